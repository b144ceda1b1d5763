"""The forty-eighth round's rules for the minutes of statutory advisory councils
(layouts300): an advisory council's reply to a hearing under a bare "Høringssvar" or
"Udtalelse" heading after the item's Indstilling is the council's outcome; a prize given
to its winner in the present passive ("Prisen som årets … gives til …") is decided."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import parse
from analysis.enrich import decisions
from analysis.enrich.decisions import classify_decision
from analysis.parse import BodyRules, Line, council_reply_heading

_COUNCIL = BodyRules(forum="Seniorrådet")


@pytest.mark.parametrize("label", ["Høringssvar", "Høringssvar:", "Udtalelse", "UDTALELSE:"])
def test_a_bare_reply_label_heads_an_advisory_councils_decision(label: str) -> None:
    assert council_reply_heading(label, _COUNCIL) == ("beslutning", label.rstrip(":"))


@pytest.mark.parametrize("forum", ["Handicaprådet", "Grønt Råd", "Børne- og Ungerådet"])
def test_each_kind_of_advisory_council_counts(forum: str) -> None:
    assert council_reply_heading("Udtalelse", BodyRules(forum=forum)) is not None


@pytest.mark.parametrize("forum", ["Byrådet", "Regionsrådet", "Teknikudvalget", None])
def test_not_in_the_minutes_of_a_deciding_body(forum: str | None) -> None:
    assert council_reply_heading("Høringssvar", BodyRules(forum=forum)) is None


def test_not_without_the_meetings_rules_nor_for_another_label() -> None:
    assert council_reply_heading("Høringssvar", None) is None
    assert council_reply_heading("Høringssvar fra skolebestyrelserne", _COUNCIL) is None


def test_an_agenda_holds_the_proposed_reply() -> None:
    rules = BodyRules(forum="Ældrerådet", agenda=True)
    assert council_reply_heading("Høringssvar", rules) == (
        parse.PROPOSED_DECISION_KEY,
        "Høringssvar",
    )


def _item(text: str, forum: str = "Seniorrådet") -> parse.Item:
    body = [Line(k, line, 0) for k, line in enumerate(text.split("\n"))]
    return parse._parse_item(
        2, "Høring om plan", body, dt.date(2025, 9, 9), set(), rules=BodyRules(forum=forum)
    )


_AFTER_RECOMMENDATION = (
    "Sagsfremstilling\n"
    "Planen er i høring.\n"
    "\n"
    "Indstilling\n"
    "Det indstilles, at rådet afgiver høringssvar.\n"
    "\n"
    "Høringssvar\n"
    "Rådet anbefaler planen.\n"
)


def test_the_reply_after_the_recommendation_is_the_decision() -> None:
    keys = [s.key for s in _item(_AFTER_RECOMMENDATION).sections]
    assert keys[-1] == "beslutning"


def test_a_replies_section_in_the_case_text_stays_text() -> None:
    # "Høringssvar" before the Indstilling: the replies received, the case's own text
    text = "Sagsfremstilling\nPlanen var i høring.\n\nHøringssvar\nTo svar kom ind.\n"
    assert "beslutning" not in [s.key for s in _item(text).sections]


def test_a_deciding_bodys_replies_section_stays_text() -> None:
    keys = [s.key for s in _item(_AFTER_RECOMMENDATION, "Byrådet").sections]
    assert "beslutning" not in keys


# --- a prize given to its winner in the present passive (decisions.prize_given) ---------


@pytest.mark.parametrize(
    "text",
    [
        "Hæderprisen gives til Strikkeklubben Maskeløs.",
        "Prisen som årets frivillige gives til Vagn Ebbesen.",
        "Drøftet. Prisen som månedens medarbejder gives til Eva Lund.",
    ],
)
def test_a_prize_given_to_its_winner_is_decided(text: str) -> None:
    assert "decided" in [t for t, _ in classify_decision(text, "Ældrerådet")]


@pytest.mark.parametrize(
    "text",
    [
        "Formanden oplyste, at prisen gives til Vagn Ebbesen.",
        "Prisen gives til Vagn Ebbesen på næste møde.",
        "Prisen gives på næste møde.",
    ],
)
def test_a_prize_told_or_given_later_is_no_decision(text: str) -> None:
    assert "decided" not in [t for t, _ in classify_decision(text, "Ældrerådet")]


def test_prize_awarded_judges_the_clause_at_the_prize() -> None:
    w = decisions._words("Prisen som årets frivillige gives til Vagn Ebbesen.")
    assert decisions._prize_awarded(w, w.lowers.index("gives"))
    w = decisions._words("Det blev oplyst, at prisen gives til Vagn Ebbesen.")
    assert not decisions._prize_awarded(w, w.lowers.index("gives"))
    w = decisions._words("Beløbet gives til Vagn Ebbesen.")
    assert not decisions._prize_awarded(w, w.lowers.index("gives"))


def test_som_before_a_title_of_the_period_opens_no_relative_clause() -> None:
    w = decisions._words("Prisen som årets frivillige gives til Vagn Ebbesen.")
    head = w.lowers.index("gives")
    assert not decisions._later_act(w, head, decisions._left(w, head, 8))
    w = decisions._words("Rådet udarbejder høringssvar, som formanden godkender.")
    head = w.lowers.index("godkender")
    assert decisions._later_act(w, head, decisions._left(w, head, 8))


# --- a series' letters before a year and a serial, unlabelled (parse.match_case_number) --


@pytest.mark.parametrize("text", ["HR 2019-0123", "AB 2021-004417", "TMF 2018-1200"])
def test_series_letters_before_a_year_and_serial_are_the_case(text: str) -> None:
    assert parse.match_case_number.__wrapped__(text) == text


@pytest.mark.parametrize(
    "text", ["EU 2020-2024", "HR 19-0123", "Hr 2019-0123", "HR 2019-0123 blev", "ABCDEF 2019-0123"]
)
def test_a_span_of_years_or_another_shape_is_no_case(text: str) -> None:
    assert parse.match_case_number.__wrapped__(text) is None
