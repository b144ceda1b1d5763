"""Round thirty-four (layouts193: extraordinary, short-procedure and interrupted meetings):
small rules."""

from __future__ import annotations

from analysis.dates import find_dates
from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import bare_outcome
from analysis.parse import Line, heading_key, parse_minutes


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_year_written_as_one_word():
    found = find_dates("tirsdag den fjerde marts totusindeogfjorten, kl. 8.30")
    assert [(f.date.isoformat(), f.time) for f in found] == [("2014-03-04", "08:30")]
    assert find_dates("den femte maj nittenhundredeoghalvfems")[0].date.isoformat() == "1990-05-05"
    # the spaced forms still read
    assert find_dates("den niende december to tusind og tretten")[0].date.year == 2013


def test_session_mark_after_the_decision_label():
    for text in ("Beslutning: (1. del)", "Beslutning (2. del):", "Beslutning (del 2)"):
        assert heading_key(Line(0, text, 0)) == ("beslutning", "Beslutning"), text
    assert heading_key(Line(0, "Budget (2. del)", 0)) is None


def test_put_off_to_the_second_session_is_typed_by_that_session():
    assert _type("Udsat til 2. del.\n\nAnbefales godkendt over for byrådet.") == "recommended"
    assert _type("Sagen udsat til mødets anden del. Godkendt.") == "approved"
    # alone it is still put off
    assert _type("Udsat til 2. del.") == "postponed"
    assert _type("Udsat til næste møde.") == "postponed"


def test_approval_at_the_resumed_session():
    text = "Drøftet. Sagen blev genoptaget den 14. juni, hvor byrådet godkendte principperne."
    assert _type(text, "Byrådet") == "approved"
    # a "hvor" clause elsewhere is still subordinate
    assert _type("Drøftet, hvor udvalget godkendte planen.", "Udvalget") == "discussed"


def test_question_answered_and_the_askers_reaction_is_none():
    text = (
        "Formanden besvarede spørgsmålet. "
        "Lise Krog var ikke tilfreds med svaret og vil tage det op."
    )
    assert _type(text) == "none"


def test_item_dropped_is_an_outcome_line():
    assert bare_outcome("Punktet udgik.")
    assert bare_outcome("Sagen udgår.")
    assert not bare_outcome("Punktet handler om udgifter.")


def _minutes(lead: str) -> str:
    return (
        "Miljøudvalget\n\n"
        f"{lead}\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )


def test_deadline_wrapped_under_the_sending_line_is_no_date_line():
    wrapped = _minutes(
        "Sagerne er sendt ud til skriftlig behandling torsdag den 3. februar 2022 kl. 9.00\n"
        "med svarfrist fredag den 4. februar 2022 kl. 14.00."
    )
    one_line = wrapped.replace("kl. 9.00\nmed", "kl. 9.00 med")
    assert parse_minutes(wrapped).date == parse_minutes(one_line).date
    assert parse_minutes(wrapped).date.isoformat() == "2022-02-03"


def test_place_field_saying_no_meeting_was_held():
    text = _minutes(
        "Dato: 3. februar 2022 kl. 9.00\nSted: (skriftlig behandling - intet fysisk møde)"
    )
    assert parse_minutes(text).location is None
    text = _minutes("Dato: 3. februar 2022 kl. 9.00\nSted: Rådhuset, lokale 2")
    assert parse_minutes(text).location == "Rådhuset, lokale 2"
