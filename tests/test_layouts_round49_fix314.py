"""Round 49 (layouts314): minutes whose items have several proposals and mixed outcomes."""

from __future__ import annotations

from analysis import parse
from analysis.enrich.decisions import _time_preposition, _words, amendment_decided
from analysis.layouts import headings
from analysis.layouts.headings import _dated_decision_with_text, _without_range_groups
from analysis.layouts.text import furniture
from tests.test_decisions import types_of as _types


def _heads(text: str) -> list[headings.Head]:
    lines = parse.to_lines(text)
    return headings.candidates(lines, furniture(lines))


# --- the case field labelled "ID-nr." ----------------------------------------------------


def test_id_number_label_reads_the_case() -> None:
    assert parse.match_case_number("ID-nr.: 20-41187") == "20-41187"
    assert parse.match_case_number("Id-nr. 21-3302") == "21-3302"
    assert parse.match_case_number("ID nr.: 19/4410") == "19/4410"


def test_id_number_label_wants_a_case_numbers_shape() -> None:
    # a year alone, or an identity card's number in prose, is no case
    assert parse.match_case_number("ID-nr.: 2025") is None
    assert parse.match_case_number("ID-kort 20-41187") is None


# --- the body's dated decision with its outcome on the label's line -----------------------


def test_dated_decision_with_text_is_a_labelled_outcome() -> None:
    assert _dated_decision_with_text("Beslutning i Teknisk Udvalg den 04-03-2021: Godkendt.")
    assert not _dated_decision_with_text("Mødet i Teknisk Udvalg den 04-03-2021: aflyst.")
    assert not _dated_decision_with_text("Beslutning: Godkendt.")


def test_first_item_with_only_a_dated_decision_is_a_heading() -> None:
    text = (
        "Referat\n\n"
        "310. Godkendelse af dagsorden\n\n"
        "Beslutning i Plan- og Miljøudvalget den 02-02-2022: Godkendt.\n\n\n"
        "311. Lokalplan for Havnekvarteret\n\n"
        "Sagsnr.: 22/1187\n\n"
        "Beslutning i Plan- og Miljøudvalget den 02-02-2022: Anbefales.\n"
    )
    first = next(h for h in _heads(text) if h.number == 310)
    assert first.evidence >= 1


# --- a heading numbered by a range of items ----------------------------------------------


def test_range_heading_over_its_first_item_is_no_item() -> None:
    text = (
        "## 2. Regnskab\n\nSagsnr.: 22/1105\n\nBeslutning:\nAnbefales.\n\n"
        "# Punkt 3-4: Salg af grunde\n\n"
        "## 3. Salg af grund, Ringvejen 14\n\nSagsnr.: 22/2287\n\nBeslutning:\nGodkendt.\n\n"
        "## 4. Salg af grund, Ringvejen 16\n\nSagsnr.: 22/2290\n\nBeslutning:\nGodkendt.\n"
    )
    heads = _heads(text)
    assert [h.number for h in heads] == [2, 3, 4]
    assert heads[1].title == "Salg af grund, Ringvejen 14"


def test_range_heading_with_no_item_of_its_first_number_stays() -> None:
    lines = parse.to_lines("Punkt 4-9 Orienteringssager\n\n10. Eventuelt\n")
    out = [
        headings.Head(0, 4, "9 Orienteringssager", evidence=1),
        headings.Head(2, 10, "Eventuelt", evidence=1),
    ]
    assert _without_range_groups(lines, out) == out


# --- "før kl. 12": a preposition of time, no subordinate clause ---------------------------


def test_time_preposition_opens_no_clause() -> None:
    w = _words("Ændringen om åbning før kl. 10 blev vedtaget.")
    k = w.lowers.index("før")
    assert _time_preposition(w, k)
    w = _words("Sagen drøftes igen, før planen godkendes.")
    assert not _time_preposition(w, w.lowers.index("før"))
    assert _types("Forslaget om åbning før kl. 10 blev vedtaget.") == ["approved"]
    assert _types("Udvalget ønsker sagen genoptaget, inden planen godkendes.") != ["approved"]


# --- an amendment carried under a recommendation that left the outcome open ---------------


def test_amendment_carried_under_an_open_recommendation_is_decided() -> None:
    text = (
        "SF's forslag blev forkastet med 2 stemmer for og 5 imod.\n"
        "Et ændringsforslag fra V om gratis adgang før kl. 10 blev vedtaget med 5 mod 2."
    )
    open_ask = ["at udvalget tager stilling til forslaget"]
    assert _types(text) == ["approved"]
    assert amendment_decided(["approved"], text, open_ask) == ["decided"]


def test_amendment_carried_under_a_proposal_stays_approved() -> None:
    text = "Et ændringsforslag fra A om åbning kl. 7 blev vedtaget. Indstillingen blev godkendt."
    assert amendment_decided(["approved"], text, ["at åbningstiden udvides"]) == ["approved"]
    # no amendment named: the forum approved what it was asked about
    open_ask = ["at udvalget tager stilling til ansøgningen"]
    assert amendment_decided(["approved"], "Godkendt.", open_ask) == ["approved"]
    assert amendment_decided(["rejected"], text, open_ask) == ["rejected"]
