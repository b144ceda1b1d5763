"""Twenty-eighth round, joint meetings (layouts145): the joint meeting's own decision label,
the bodies of a joint meeting as its forum, case numbers led by their municipality."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts.title_forum import body_of_title_forum
from analysis.parse import BodyRules, _genitive_heading, match_case_number

_RULES = BodyRules(
    meeting_date=dt.date(2025, 4, 9), forum="Kultur- og Fritidsudvalget og Ungerådet"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Fællesmødets beslutning:",
        "Dialogmødets konklusion",
        "Udvalgenes beslutning",
        "Rådenes beslutning:",
    ],
)
def test_joint_meeting_decision_label_is_this_meetings(heading: str) -> None:
    assert _genitive_heading(heading, _RULES) == ("beslutning", heading)


def test_another_bodys_decision_stays_earlier() -> None:
    heading = "Økonomiudvalgets beslutning den 2. april 2025:"
    assert _genitive_heading(heading, _RULES)[0] == "tidligere_beslutning"


@pytest.mark.parametrize(
    ("title", "bodies"),
    [
        (
            "Fællesmøde mellem Sundheds- og Omsorgsudvalget, Socialudvalget og Handicaprådet",
            "Sundheds- og Omsorgsudvalget, Socialudvalget og Handicaprådet",
        ),
        (
            "Dialogmøde mellem Landdistriktsudvalget og lokalrådene",
            "Landdistriktsudvalget og lokalrådene",
        ),
        ("Dialogmøde mellem Ældrerådet og Sundhedsudvalget", "Ældrerådet og Sundhedsudvalget"),
    ],
)
def test_bodies_of_a_joint_meeting(title: str, bodies: str) -> None:
    assert body_of_title_forum(title) == bodies


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("J.nr. Faxe 05.01.08-P20-4-24 / Stevns 24-008812", "05.01.08-P20-4-24"),
        ("Sagsnr. Stevns 24-008812", "24-008812"),
        ("Sagsnr. TBV 25/08", "TBV 25/08"),
    ],
)
def test_case_led_by_its_municipality(line: str, case: str) -> None:
    assert match_case_number(line) == case


def test_case_led_by_another_word_is_not_read_so() -> None:
    assert match_case_number("J.nr. Bemærk 05.01.08-P20-4-24") is None
