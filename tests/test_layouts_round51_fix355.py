"""Fifty-first round, layouts355: the minutes of boards of elected users and employees.

A consulted council's reply written noun first in the passive ("Høringssvar afgives.",
``decisions._HEARING_REPLY``), also as the outcome line of minutes with no decision heading
(``outcome._BARE``); a stance that cannot recommend, then the reply in the next sentence
(``decisions.reply_after_stance``); a follow-up list's label on its own line under a typed
outcome (``decisions.above_follow_up``); a long heading wrapped onto a short lower-case line
set off by a blank line (``headings._lower_rest_alone``); a board named in full by its
institution above the title naming its kind of meeting (``meeting_kind._BOARD_NAMED_FOR``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import above_follow_up, classify_decision, reply_after_stance
from analysis.layouts import parse_text
from analysis.layouts.meeting_kind import _BOARD_NAMED_FOR, forum_from_meeting_kind
from analysis.layouts.outcome import outcome_line
from analysis.parse import to_lines


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Høringssvar afgives.",
        "Høringssvar afgives. Rådet støtter planen, men savner en tidsplan.",
        "Høringssvar afgives med de bemærkninger, der faldt på mødet.",
        "Et høringssvar afgives af formanden.",
    ],
)
def test_a_hearing_reply_given_in_the_passive_is_decided(text: str) -> None:
    assert _types(text) == ["decided"]


def test_a_hearing_reply_not_given_is_no_decision_to_reply() -> None:
    assert _types("Høringssvar afgives ikke.") != ["decided"]


def test_a_stance_then_the_reply_is_the_reply_decided() -> None:
    text = "Rådet kan ikke anbefale forslaget. Høringssvar udarbejdes af næstformanden."
    assert reply_after_stance(text) == "Høringssvar udarbejdes af næstformanden."
    assert _types(text) == ["decided"]


@pytest.mark.parametrize(
    "text",
    [
        "Rådet kan ikke anbefale forslaget.",
        "Rådet kan ikke anbefale forslaget. Sagen afventer, at Hoved-MED har afgivet høringssvar.",
        "Udvalget godkendte forslaget. Høringssvar udarbejdes af formanden.",
    ],
)
def test_no_reply_after_the_stance_leaves_it_as_it_was(text: str) -> None:
    assert reply_after_stance(text) is None


def test_the_stance_alone_stays_a_refusal() -> None:
    assert _types("Rådet kan ikke anbefale de nye regler.") == ["rejected"]


def test_the_follow_up_list_under_a_typed_outcome_does_not_type_it() -> None:
    text = "Taget til efterretning.\n\nOpfølgning:\nKim og Bo deltager i arbejdsgruppen."
    assert above_follow_up(text) == "Taget til efterretning."
    assert _types(text) == ["noted"]
    assert _types("Drøftet.\n\nOpfølgning:\nResultatet sendes til Hoved-MED.") == ["discussed"]


def test_a_follow_up_label_opening_the_text_is_no_cut() -> None:
    assert above_follow_up("Opfølgning:\nKim sender planen.") is None
    assert above_follow_up("Godkendt. Opfølgning på sagen i maj.") is None


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Høringssvar afgives.", True),
        ("Høringssvar afgives. Formanden skriver et udkast.", True),
        ("Høringssvar afgives med rådets bemærkninger.", True),
        ("Høringssvar afgives senest den 1. maj til forvaltningen.", False),
    ],
)
def test_a_hearing_reply_given_opens_an_unlabelled_decision(line: str, outcome: bool) -> None:
    assert outcome_line(line) is outcome


#: A MED committee's header and its first item, over the item the test is about.
_HEAD = """Referat fra mødet i Område-MED Sundhed
Aarhus Kommune

Mandag den 3. marts 2025, kl. 9.00-11.00
Mødelokale 2, Rådhuset, Aarhus

1. Godkendelse af dagsorden

Konklusion:
Godkendt.

"""


def test_a_lower_case_rest_under_a_long_heading_is_the_titles() -> None:
    meeting = parse_text(
        _HEAD
        + """2. Arbejdsmiljø: Plan for forebyggelse af stress blandt sygeplejersker
   i akutteamet 2025

Konklusion:
Drøftet.

3. Eventuelt

Intet til referat.
"""
    )
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden",
        "Arbejdsmiljø: Plan for forebyggelse af stress blandt sygeplejersker i akutteamet 2025",
        "Eventuelt",
    ]


def test_a_short_heading_keeps_its_lower_case_line_as_text() -> None:
    meeting = parse_text(
        _HEAD
        + """2. Sygefravær
intet nyt

Konklusion:
Drøftet.
"""
    )
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Sygefravær"]


@pytest.mark.parametrize(
    "line",
    [
        "Forældrebestyrelsen for Børnehuset Mælkebøtten",
        "Skolebestyrelsen ved Nørre Skole",
        "Skolebestyrelsen på Lindeskolen",
    ],
)
def test_a_board_named_by_its_institution(line: str) -> None:
    assert _BOARD_NAMED_FOR.match(line) is not None


@pytest.mark.parametrize(
    "line",
    ["Forældrebestyrelsen for alle dagtilbud i kommunen.", "Bestyrelsen for Vejle Vand A/S"],
)
def test_no_board_named_by_an_institution(line: str) -> None:
    assert _BOARD_NAMED_FOR.match(line) is None


def test_the_board_named_in_full_above_the_title_is_the_forum() -> None:
    lines = to_lines(
        "Vejle Kommune\nForældrebestyrelsen for Dagtilbud Nord\n\n"
        "Referat af forældrebestyrelsesmøde\n"
    )
    assert forum_from_meeting_kind(lines, set()) == "Forældrebestyrelsen for Dagtilbud Nord"


def test_another_board_above_the_title_is_not_the_forum() -> None:
    lines = to_lines(
        "Vejle Kommune\nSkolebestyrelsen ved Nørre Skole\n\nReferat af forældrebestyrelsesmøde\n"
    )
    assert forum_from_meeting_kind(lines, set()) == "Forældrebestyrelsen"
