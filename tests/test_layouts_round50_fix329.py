"""Fiftieth round, layouts329: decisions taken without an ordinary meeting, and meetings
held in unusual ways.

A chairman's or a mayor's decision taken between meetings under its own label
("Formandens beslutning", "Borgmesterens beslutning", "Hastebeslutning") in an item that
reports it, followed by the body's own decision, is an earlier decision: the body's is the
item's outcome (``parse.interim_decision_reported``). Under Eventuelt, "Intet ud over
<a matter> … under punkt N" says nothing but a matter dealt with under another point: no
decision (``decisions._NOTHING_BEYOND_ELSEWHERE``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.parse import Line, interim_decision_reported


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


def _section(key: str, heading: str, *texts: str) -> tuple[str, str, list[Line]]:
    return key, heading, [Line(k, t, 0) for k, t in enumerate(texts)]


def _keys(sections: list[tuple[str, str, list[Line]]]) -> list[str]:
    return [key for key, _, _ in sections]


@pytest.mark.parametrize(
    "label", ["Formandens beslutning", "Borgmesterens beslutning:", "Hastebeslutning"]
)
def test_an_interim_decision_followed_by_the_bodys_own_is_an_earlier_one(label: str) -> None:
    sections = [
        _section("sagsfremstilling", "Sagsfremstilling", "Stævnet kunne ikke holdes."),
        _section("beslutning", label, "Formanden besluttede at aflyse stævnet."),
        _section("indstilling", "Indstilling", "Det indstilles, at orienteringen noteres."),
        _section("beslutning", "Beslutning", "Taget til efterretning."),
    ]
    assert _keys(interim_decision_reported(sections)) == [
        "sagsfremstilling",
        "tidligere_beslutning",
        "indstilling",
        "beslutning",
    ]


def test_an_interim_decision_alone_stays_the_items_decision() -> None:
    sections = [
        _section("sagsfremstilling", "Sagsfremstilling", "Hallen lukker i fire uger."),
        _section("beslutning", "Formandsbeslutning", "Formanden har godkendt indstillingen."),
    ]
    assert interim_decision_reported(sections) == sections


def test_an_empty_decision_after_it_leaves_the_interim_decision() -> None:
    sections = [
        _section("beslutning", "Formandsbeslutning", "Formanden har godkendt indstillingen."),
        _section("beslutning", "Beslutning"),
    ]
    assert interim_decision_reported(sections) == sections


def test_the_bodys_decision_after_a_reported_chairmans_decision_types_the_item() -> None:
    meeting = parse_text("""Nyborg Kommune

Teknik- og Miljøudvalget
Referat

Mødedato: 14.04.2020
Mødetid: 16:00 - 17:30
Mødested: Virtuelt møde via Teams

1. Orientering om formandsbeslutning om lukning af genbrugspladsen
Sagsnr.: 20/4411

Formandens beslutning
Formanden besluttede den 18. marts 2020 at lukke genbrugspladsen i to uger.

Beslutning:
Udvalget tog orienteringen til efterretning.

2. Eventuelt

Beslutning:
Intet.
""")
    item = meeting.items[0]
    decisions = [s.text for s in item.sections if s.key == "beslutning"]
    assert decisions == ["Udvalget tog orienteringen til efterretning."]
    assert [s.key for s in item.sections if s.key == "tidligere_beslutning"] == [
        "tidligere_beslutning"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Intet ud over spørgsmålet om parkering, som blev drøftet under punkt 5.",
        "Intet udover det, der blev besluttet under punkt 2.",
        "Ingen bemærkninger bortset fra spørgsmålet om kørsel, jf. pkt. 3.",
        "Intet andet ud over orienteringen om budgettet, se punkt 4.",
    ],
)
def test_nothing_but_a_matter_dealt_with_under_another_point_is_no_decision(text: str) -> None:
    assert _types(text) == ["none"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was told under the point itself is noted
        ("Intet ud over, at formanden orienterede om ferieplanen.", "noted"),
        # a decision under the point, even one that names another point
        ("Udvalget drøftede sagen under punkt 3 og besluttede at udsætte den.", "discussed"),
    ],
)
def test_a_matter_of_the_point_itself_keeps_its_type(text: str, expected: str) -> None:
    assert _types(text)[0] == expected
