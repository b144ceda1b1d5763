"""Round thirty-nine (layouts226: minutes whose municipality and forum are hard to name:
owners in the genitive, joint meetings, ad hoc committees named by their statute): small
rules."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import owner_first_off
from analysis.parse import BodyRules, Line, heading_key


@pytest.mark.parametrize(
    ("forum", "body", "owner"),
    [
        # a city's council by its own word, its owner in the genitive first
        ("Københavns Borgerrepræsentation", "Borgerrepræsentationen", "Københavns Kommune"),
        ("Aarhus Kommunes Magistrat", "Magistraten", "Aarhus Kommune"),
        # as before: a council or committee named after its owner
        ("Svendborg Kommunes Ældreråd", "Ældrerådet", "Svendborg Kommune"),
        # no municipality before the body: the name as written
        ("Borgerrepræsentationen", "Borgerrepræsentationen", None),
        ("Nordisk Magistrat", "Nordisk Magistrat", None),
        # a town's council keeps the name it goes by
        ("Herning Byråd", "Herning Byråd", None),
    ],
)
def test_owner_first_off(forum: str, body: str, owner: str | None) -> None:
    assert owner_first_off(forum) == (body, owner)


def _forum(field: str) -> str | None:
    text = (
        f"REFERAT\n\nUdvalg: {field}\nDato: 15. oktober 2025 kl. 14.00\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    )
    return parse_text(text).forum


@pytest.mark.parametrize(
    ("field", "forum"),
    [
        # the kind of meeting in brackets after the bodies: no part of their names
        (
            "Social- og Sundhedsudvalget og Ældrerådet (fællesmøde)",
            "Social- og Sundhedsudvalget og Ældrerådet",
        ),
        ("Økonomiudvalget (temamøde)", "Økonomiudvalget"),
        ("Plan- og Miljøudvalget (FÆLLESMØDE)", "Plan- og Miljøudvalget"),
        # a bracket that says something else stays
        ("Direktionen (udvidet)", "Direktionen (udvidet)"),
    ],
)
def test_kind_of_meeting_in_brackets_off_the_forum(field: str, forum: str) -> None:
    assert _forum(field) == forum


def test_joint_decision_label() -> None:
    assert heading_key(Line(0, "Fælles beslutning", 0)) == ("beslutning", "Fælles beslutning")
    assert heading_key(Line(0, "Fælles beslutning:", 0)) == ("beslutning", "Fælles beslutning")
    # (a sentence that opens so is no label)
    assert heading_key(Line(0, "Fælles beslutning om skolernes ferieplan", 0)) is None


_RULES = BodyRules(
    meeting_date=dt.date(2025, 9, 2), forum="§ 17, stk. 4-udvalget for Bosætning og Landsbyer"
)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        # an ad hoc committee named by its statute, the meeting's date, a colon
        ("§ 17, stk. 4-udvalget den 02.09.2025:", "beslutning"),
        ("§ 17, stk. 4-udvalget, den 2. september 2025:", "beslutning"),
        ("§ 17, stk. 4-udvalget 02.09.2025:", "beslutning"),
        # another date: an earlier decision of the committee
        ("§ 17, stk. 4-udvalget den 03.06.2025:", "tidligere_beslutning"),
    ],
)
def test_statute_committee_decision_heading(line: str, key: str) -> None:
    found = heading_key(Line(0, line, 0), _RULES)
    assert found is not None and found[0] == key


@pytest.mark.parametrize(
    "line",
    [
        # a statute cited with a date, no committee named: no heading
        "§ 17, stk. 4 i lov om kommunernes styrelse, den 2. september 2025:",
        # no colon closing it: a sentence
        "§ 17, stk. 4-udvalget den 02.09.2025 godkendte planen",
        "§ 3. Udvalget mødes fire gange om året.",
    ],
)
def test_statute_lines_that_are_no_decision_heading(line: str) -> None:
    assert heading_key(Line(0, line, 0), _RULES) is None
