"""Fifty-first round, layouts360: minutes whose orientation items are made of numbered or
lettered sub-points and whose items are split into sub-items with a decision each.

A part lettered after a space under an item whose case line stands above it, the part with
no case line of its own ("3. Title" / "Sagsnr.: …" / "3 a. Title" / "3 b. Title"), is the
item's text, not an item inserted after it (``headings._sub_point`` through
``_part_of_cased_item``); an item with no decision label whose text is numbered or lettered
sub-points, each with its own short outcome under it, has its decision open with the first
point's outcome (``outcome._point_outcome``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.headings import _part_of_cased_item
from analysis.layouts.outcome import _point_outcome
from analysis.parse import to_lines

_SPLIT = """Silkeborg Kommune
Plan- og Miljøudvalget
Referat fra mødet den 4. maj 2022 kl. 15:00 i Mødelokale 2

1. Meddelelser

Sagsnr.: 22/310
Resume:
Formanden giver meddelelser.

Udvalgets beslutning den 04-05-2022:
Taget til efterretning.

2. Spildevandsplan - tillæg

Sagsnr.: 22/1450
Resume:
Sagen er delt i to dele.

2 a. Separatkloakering i Vestbyen
Tillægget omfatter 120 ejendomme.
Udvalgets beslutning den 04-05-2022:
Anbefales over for Byrådet.

2 b. Regnvandsbassin ved Engvej
Bassinet anlægges i 2023.
Udvalgets beslutning den 04-05-2022:
Anbefales over for Byrådet.

3. Naturpleje 2022

Sagsnr.: 22/1610
Resume:
Der er afsat 0,4 mio. kr.

Udvalgets beslutning den 04-05-2022:
Godkendt.
"""


def test_parts_lettered_after_a_space_under_a_cased_item_are_its_text() -> None:
    meeting = parse_text(_SPLIT)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Meddelelser"),
        (2, "Spildevandsplan - tillæg"),
        (3, "Naturpleje 2022"),
    ]
    assert meeting.items[1].case_number == "22/1450"


def test_a_part_with_its_own_case_line_stays_an_item() -> None:
    text = _SPLIT.replace(
        "2 b. Regnvandsbassin ved Engvej\n", "2 b. Regnvandsbassin ved Engvej\nSagsnr.: 22/1777\n"
    )
    numbers = [it.number for it in parse_text(text).items]
    assert numbers.count(2) == 2  # "2 b." is filed as a case of its own: an inserted item


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the item's case above the part, none under it up to the next heading
        ("3. Title\nSagsnr.: 21/100\n3 a. Part\nText.\nBeslutning:\nGodkendt.\n4. Next", True),
        # the part's own case line under it
        ("3. Title\nSagsnr.: 21/100\n3 a. Part\nSagsnr.: 21/200\nBeslutning:\nGodkendt.", False),
        # no case line above the part: nothing says it belongs to item 3
        ("3. Title\nText.\n3 a. Part\nText.\nBeslutning:\nGodkendt.", False),
        # the next item's case line is past the part's lines
        (
            "3. Title\nSagsnr.: 21/100\n3 a. Part\nBeslutning:\nGodkendt.\n4. Next\nSagsnr.: 21/5",
            True,
        ),
    ],
)
def test_part_of_cased_item(text: str, part: bool) -> None:
    lines = to_lines(text)
    pos = next(k for k, line in enumerate(lines) if line.clean.startswith("3 a."))
    assert _part_of_cased_item(lines, 0, pos) is part


@pytest.mark.parametrize(
    ("lines", "at"),
    [
        (["2.1 Status på byggeriet", "Taget til efterretning.", "2.2 Nyt fra skolen"], 1),
        (["a. Orientering om elevtal", "b. Status på inklusion", "Drøftet."], 2),
        (["a) Formanden", "Ingen bemærkninger.", "b) Direktøren", "Godkendt."], 1),
        # the text does not open with a point: background first
        (["Forvaltningen orienterer.", "2.1 Status", "Godkendt.", "2.2 Nyt"], None),
        # one point only
        (["2.1 Status på byggeriet", "Taget til efterretning."], None),
        # points with no outcome under any
        (["2.1 Status på byggeriet", "Byggeriet er forsinket.", "2.2 Nyt fra skolen"], None),
    ],
)
def test_point_outcome(lines: list[str], at: int | None) -> None:
    assert _point_outcome(lines) == at


def test_an_orientation_item_of_points_opens_its_decision_with_the_first_outcome() -> None:
    text = _SPLIT.replace(
        "Resume:\nFormanden giver meddelelser.\n\nUdvalgets beslutning den 04-05-2022:\n"
        "Taget til efterretning.\n",
        "1.1 Nyt om trafikplanen\nTaget til efterretning.\n1.2 Møde med grundejerne\n"
        "Udvalget drøftede mødet.\n",
    )
    first = parse_text(text).items[0]
    decision = next(sec for sec in first.sections if sec.key == "beslutning")
    assert decision.text.split("\n")[0] == "Taget til efterretning."
