"""Fifty-sixth session, the lead's rules.

An agenda system's export sets each "Beslutning i <forum> den …" label apart as a heading of
its own, a blank line above and under it, so a heading it proves ("2. Meddelelser") stands
over a blank line. Items passed en bloc under item 1 ("Se punkt 1.") have nothing but that
line under their titles; the run to the standing last item ("10. Eventuelt") proves them
(``layouts.headings._run_to_standing_last``), and a proven heading's blank line under it
must not break the run.
"""

from __future__ import annotations

from analysis.layouts.headings import candidates
from analysis.parse import to_lines
from analysis.pipeline import parse_bytes

_EXPORT = """Referat
Kommunalbestyrelsen

Mødedato: 02-05-2024
Mødetidspunkt: 18:00 - 20:15
Mødested: Byrådssalen, Rådhuspladsen 4

1. Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-7-24

## Beslutning i Kommunalbestyrelsen den 02-05-2024:

Dagsordenen blev godkendt. Punkterne 3-5 blev behandlet samlet.

2. Orientering fra borgmesteren

## Beslutning i Kommunalbestyrelsen den 02-05-2024:

Borgmesteren orienterede om byggeriet ved stationen.

3. Valg af medlem til Ungdomsskolebestyrelsen
Se punkt 1.

4. Takster for madservice 2024
Se punkt 1.

5. Regnskab for Havnefonden 2023
Se punkt 1.

6. Eventuelt

## Beslutning i Kommunalbestyrelsen den 02-05-2024:

Intet.
"""


def test_en_bloc_items_under_an_export_s_headed_decisions_are_items() -> None:
    items = parse_bytes(_EXPORT.encode(), "kommunalbestyrelsen-2024-05-02.md").tables["items"]
    assert list(items["number"]) == [1, 2, 3, 4, 5, 6]
    assert items["title"].iloc[3] == "Takster for madservice 2024"


def test_a_proven_heading_over_a_blank_line_keeps_the_run() -> None:
    lines = to_lines(_EXPORT)
    heads = candidates(lines, set())
    assert [h.number for h in heads] == [1, 2, 3, 4, 5, 6]
    assert all(h.evidence >= 1 for h in heads)


def test_an_unproven_heading_over_a_blank_line_breaks_the_run() -> None:
    # "3. Valg af medlem" / "" / "Se punkt 1.": nothing proves it, so no run of plain notes
    text = _EXPORT.replace("Ungdomsskolebestyrelsen\n", "Ungdomsskolebestyrelsen\n\n")
    heads = candidates(to_lines(text), set())
    assert [h.evidence for h in heads if h.number in (3, 4, 5)] == [0, 0, 0]


def test_a_grant_given_by_its_kind_or_as_a_commitment_is_decided() -> None:
    from analysis.enrich.decisions import classify_decision

    # "gav tilsagn", "gav driftstilskud": the committee's own grant, as "gav tilskud" is
    for text in (
        "Udvalget gav tilsagn til 6 projekter for i alt 210.000 kr.",
        "Fritidsudvalget gav driftstilskud til fire foreninger.",
    ):
        assert [t for t, _ in classify_decision(text, "Fritidsudvalget")] == ["decided"]
    # another body's commitment is no decision of this forum's
    assert classify_decision("Regionen gav tilsagn om 2 mio. kr. i 2023.", "Fritidsudvalget")[0][
        0
    ] not in ("decided",)


def test_funds_released_in_the_irregular_past_are_decided() -> None:
    from analysis.enrich.decisions import classify_decision

    found = classify_decision("Teknikudvalget frigav 1,8 mio. kr. til stien.", "Teknikudvalget")
    assert [t for t, _ in found] == ["decided"]


def test_every_reader_of_contents_lists_knows_the_same_heads() -> None:
    from analysis.read.text import _contents_titles

    # "Indholdsoversigt" over bare titles, the first item's heading repeating one of them:
    # a contents list as "Indhold" is (the word list is ``vocab.CONTENTS_HEADS``)
    lines = ["Indholdsoversigt", "Godkendelse af dagsorden", "Budget 2026", "Eventuelt"]
    lines += ["Godkendelse af dagsorden", "Dagsordenen blev godkendt."]
    assert _contents_titles(lines) == {1, 2, 3}
    assert _contents_titles(["Bilagsoversigt", *lines[1:]]) == set()


def test_a_case_sent_to_the_meeting_above_the_board_is_referred() -> None:
    from analysis.enrich.decisions import classify_decision

    for text in (
        "Forslaget sendes videre til afdelingsmødet den 4. april 2024.",
        "Regnskabet sendes til generalforsamlingen.",
    ):
        assert [t for t, _ in classify_decision(text, "Afdelingsbestyrelsen")] == ["referred"]


def test_sent_to_the_forum_s_own_next_meeting_is_no_referral() -> None:
    from analysis.enrich.decisions import classify_decision

    text = "Bestyrelsen drøftede strategien.\n\nDen sendes til endelig behandling på næste møde."
    assert [t for t, _ in classify_decision(text, "Bestyrelsen")] == ["discussed"]
    # a committee named after the meeting is where the case goes
    sent = classify_decision("Sagen sendes til godkendelse på mødet i Byrådet.", "Bestyrelsen")
    assert [t for t, _ in sent] == ["referred"]


def test_a_meeting_s_kind_as_the_subject_of_the_held_sentence_gives_the_place() -> None:
    from analysis.layouts.header import _HELD_BEFORE_DATE, _place_after

    # "Ordinært menighedsrådsmøde afholdt onsdag den …": the kind of meeting, not "Mødet"
    assert _HELD_BEFORE_DATE.search("Ordinært menighedsrådsmøde afholdt onsdag den ")
    assert _HELD_BEFORE_DATE.search("Bestyrelsen har godkendt budgettet afholdt den ") is None
    # "… i konfirmandstuen i <house>": the room, then the house it is in
    place = _place_after(" kl. 17.30 i konfirmandstuen i Nørby Præstegård.")
    assert place == "konfirmandstuen i Nørby Præstegård"
    raw = "tests/fixtures/layouts/raw/pkt-menighedsraadsmoede-afholdt-sted-i-saetning.txt"
    with open(raw, "rb") as fh:
        meeting = parse_bytes(fh.read(), "x.txt").tables["meetings"].iloc[0]
    assert meeting["location"] == "mødelokalet i Vesterlund Sognehus"


def test_a_permit_by_a_compound_of_its_kind_refused_and_a_loan_taken() -> None:
    from analysis.enrich.decisions import classify_decision

    refused = classify_decision("Nedrivningstilladelse gives ikke.", "Planudvalget")
    assert [t for t, _ in refused] == ["rejected"]
    # "Der optages lån …": the council's own borrowing, decided as "Der ydes tilskud" is
    loan = classify_decision("Der optages lån på 6 mio. kr. i KommuneKredit.", "Byrådet")
    assert [t for t, _ in loan] == ["decided"]
    told = classify_decision("Forvaltningen undersøger, om der optages lån.", "Byrådet")
    assert [t for t, _ in told] != ["decided"]


def test_a_proviso_after_an_approval_postpones_no_case() -> None:
    from analysis.enrich.decisions import classify_decision

    # "godkendte planen, dog således at <a part> udskydes": approved as changed (the gate
    # before the amendment filter lets "således" through, not only "med de")
    text = "Styregruppen godkendte indkøbsplanen,\ndog således at rengøringsudbuddet udskydes."
    assert [t for t, _ in classify_decision(text, "Styregruppen")] == ["approved"]
    # the proviso after a postponement leaves it postponed
    text = "Sagen udsættes, dog således at forvaltningen undersøger prisen."
    assert [t for t, _ in classify_decision(text, "Styregruppen")] == ["postponed"]


def test_agreed_as_proposed_is_the_proposal_approved() -> None:
    from analysis.enrich.decisions import classify_decision

    for text in ("Fordelingen blev aftalt som foreslået i bilag 2.", "Aftalt som indstillet."):
        assert [t for t, _ in classify_decision(text, "Direktørkredsen")] == ["approved"]
    # an agreement of its own stays decided
    agreed = classify_decision(
        "Det blev aftalt, at sekretariatet laver et oplæg.", "Direktørkredsen"
    )
    assert [t for t, _ in agreed] == ["decided"]


def test_the_opening_line_s_place_after_paa() -> None:
    from analysis.layouts.header import _START_LINE

    # "Mødet begyndte kl. 10.00 på <house>, <room>.": the start and the place
    m = _START_LINE.match("Mødet begyndte kl. 10.00 på Vestby Rådhus, mødelokale Åen.")
    assert m is not None and (m["h"], m["place"]) == ("10", "Vestby Rådhus, mødelokale Åen")
    # "på grund af …" says why, no place
    late = _START_LINE.match("Mødet startede kl. 16.20 på grund af forsinket tog.")
    assert late is not None and late["place"] is None
