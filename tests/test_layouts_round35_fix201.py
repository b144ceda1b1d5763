"""Round thirty-five (layouts201: committees with many closed or confidential cases): small
rules."""

from __future__ import annotations

from analysis.enrich.decisions import (
    classify_decision,
    positions,
    primary_decision_type,
    same_as_item,
)
from analysis.parse import parse_minutes


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_case_wished_further_looked_into_then_resumed_is_postponed():
    text = "Bestyrelsen ønsker sagen bedre belyst, bl.a. økonomien. Sagen genoptages i juni."
    assert _type(text) == "postponed"
    assert _type("Rådet ønsker punktet nærmere undersøgt. Punktet genoptages på næste møde.") == (
        "postponed"
    )
    # the wish alone decides nothing yet
    assert _type("Nævnet ønskede punktet nærmere afklaret.") == "other"


def test_case_ruled_as_recommended_is_approved():
    assert _type("Punkt 12 afgjort jf. indstillingen.") == "approved"
    assert _type("Sagen blev afgjort som indstillet.") == "approved"
    assert _type("Besluttet jf. indstillingen.") == "approved"
    # a ruling that says what it decided stays decided
    assert _type("Sagen afgjort. Ansøgningen imødekommes delvist med 40.000 kr.") != "other"
    assert _type("Afgjort.") == "decided"


def test_present_tense_ruling_with_its_that_clause_is_decided():
    assert _type("Nævnet træffer afgørelse om, at tilskuddet bortfalder.") == "decided"
    # a decision to come is not one made
    assert _type("Udvalget træffer beslutning om sagen på næste møde.") == "other"


def test_passive_refusal_with_a_place_in_brackets_is_no_members_stand():
    text = "Planens punkt 2 (lukning af pladser i Tinglev) blev ikke godkendt."
    assert _type(text) == "rejected"
    assert positions(text) == []
    # a member's own refusal is still a stand
    assert positions("Ole Hansen (V) kunne ikke godkende indstillingen.")[0][:2] == (
        "Ole Hansen",
        "imod",
    )


def test_conditional_clause_wrapped_onto_the_next_line_stays_a_condition():
    text = "Godkendt.\nFormanden tilføjede, at den skal op, hvis borgeren har\nafslået tilbuddet."
    assert _type(text) == "approved"
    # a new line that opens a sentence of its own is still read as one
    assert _type("Godkendt.\nAnsøgningen fra foreningen blev\nafslået.") == "rejected"


def test_decision_given_as_an_earlier_items():
    earlier = {3: ["decided"], 5: ["approved", "noted"]}
    assert same_as_item(["other"], "Som pkt. 3.", earlier) == ["decided"]
    assert same_as_item(["other"], "Samme afgørelse som under punkt 5.", earlier) == [
        "approved",
        "noted",
    ]
    assert same_as_item(["other"], "Jf. beslutningen under sag 3", earlier) == ["decided"]
    # an item not (yet) seen, a typed decision, or more words keep their own type
    assert same_as_item(["other"], "Som pkt. 9.", earlier) == ["other"]
    assert same_as_item(["approved"], "Som pkt. 3.", earlier) == ["approved"]
    assert same_as_item(["other"], "Som pkt. 3, dog med en anden frist.", earlier) == ["other"]


def _closed_items(note: str) -> list[tuple[int, str]]:
    text = (
        "Socialudvalget\nReferat\nMødet blev holdt tirsdag den 9. marts 2021 kl. 14.00.\n\n"
        "Punkt 1 – Godkendelse af dagsorden\nGodkendt.\n\n"
        "Punkt 2 – Lukket punkt\nPunkt 3 – Lukket punkt\n\n"
        f"{note}\n"
    )
    meeting = parse_minutes(text, "x.txt")
    return [(it.number, it.title) for it in meeting.items]


def test_sentence_under_a_closed_items_line_is_no_title():
    items = _closed_items("Beslutningerne under punkt 2 og 3 er ført i den lukkede protokol.")
    assert items[-1] == (3, "Lukket punkt")
    # a title under the mark is still the title
    assert _closed_items("Køb af ejendom i Vester Mark")[-1] == (3, "Køb af ejendom i Vester Mark")


_SECTIONED = (
    "Økonomiudvalget\nReferat\n\n{number}\nOnsdag 17.04.2024 – kl. 15.30\n"
    "Mødested: Mødelokale 1, Parkvej 37\n\n{note}\n\n"
    "AFSNIT A: ÅBNE SAGER\n\nA1  Godkendelse af dagsorden\n    Beslutning: Godkendt.\n\n"
    "A2  Regnskab 2023\n    Beslutning: Godkendt.\n\n"
    "AFSNIT B: LUKKEDE SAGER\n\nB1  Køb af grund\n    Beslutning: Godkendt.\n\n"
    "Næste møde: onsdag den 15. maj 2024.\n\n{coda}\n"
)


def _sectioned(
    number: str = "Møde nr. 4/2024",
    note: str = "Dagsordenen havde 3 punkter; punkt B1 blev behandlet for lukkede døre.",
    coda: str = "Referatet er gengivet i forkortet form.\n\nUnderskrevet\n"
    "Hanne Nielsen        Mads Holm",
):
    return parse_minutes(_SECTIONED.format(number=number, note=note, coda=coda), "x.txt")


def _unplaced(meeting) -> list[str]:
    return [w for w in meeting.warnings if "could not be placed" in w]


def test_lettered_sections_mark_the_closed_items():
    meeting = _sectioned()
    assert [it.closed for it in meeting.items] == [False, False, True]
    assert not _unplaced(meeting)


def test_meeting_number_with_its_year_and_the_closed_items_count_are_notes():
    meeting = _sectioned()
    assert "Møde nr. 4/2024" in (meeting.notes or "")
    assert "Dagsordenen havde 3 punkter" in (meeting.notes or "")
    # another number form is still no note
    assert _unplaced(_sectioned(number="Møde nr. 4/24 af 2024"))


def test_anonymised_release_and_signed_without_colon_close_the_minutes():
    assert not _unplaced(_sectioned())
    # a sentence of text after the next meeting is still reported
    assert _unplaced(_sectioned(coda="Referatet blev læst af mange borgere i byen."))
