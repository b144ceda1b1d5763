"""Fortieth round, layouts238: ordinary committee and council minutes of small and mid-sized
municipalities as their agenda systems publish them.

An item's heading row with the case and the open/closed mark in columns after its number,
the title on the line under it (``headings._NUMBER_ALONE``); the open minutes' kind line
("Referat - Åben", "Referat<TAB>Åben") in either header reader (``header._TITLE_KIND``,
``parse._KIND_ALONE``); the forum declining to do what it was asked whether to do
(``decisions._AGREED_OR_WISHED``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.pipeline import parse_bytes

_HEAD = """Vordingborg Kommune
Teknik- og Miljøudvalget
Referat - Åben
Tirsdag den 4. december 2018
Mødetidspunkt: 17:00
Mødelokale: Mødelokale 1, Rådhuset

"""


def _items(body: str) -> list[tuple[int, str, str | None, bool]]:
    meeting = parse_text(_HEAD + body)
    return [(it.number, it.raw_title, it.case_number, it.closed) for it in meeting.items]


def test_the_case_and_the_mark_in_columns_after_the_number() -> None:
    body = """Punkt 118   Sagsnr. 18/14402   Åben
Godkendelse af dagsorden

Teknik- og Miljøudvalgets beslutning den 04-12-2018:
Godkendt.

Punkt 119   Sagsnr. 18/09917   Åbent punkt
Vintervedligeholdelse af stier

Teknik- og Miljøudvalgets beslutning den 04-12-2018:
Godkendt.

Punkt 120   Sagsnr. 18/15020   Lukket
Erstatningssag

Teknik- og Miljøudvalgets beslutning den 04-12-2018:
Afvist.
"""
    assert _items(body) == [
        (118, "Godkendelse af dagsorden", "18/14402", False),
        (119, "Vintervedligeholdelse af stier", "18/09917", False),
        (120, "Erstatningssag", "18/15020", True),
    ]


def test_a_mark_without_a_case_is_no_such_row() -> None:
    # a word other than the open/closed mark after the case ("Vedtaget") is no column of
    # the heading row: the line under it is not read as the item's title
    body = """Punkt 4   Sagsnr. 18/14402   Vedtaget
Godkendelse af dagsorden

Beslutning
Godkendt.
"""
    titles = [t for _, t, _, _ in _items(body)]
    assert "Godkendelse af dagsorden" not in titles


@pytest.mark.parametrize(
    "kind_line", ["Referat - Åben", "Referat\tÅben", "Referat – Åbent", "Referat Åben"]
)
def test_the_open_minutes_kind_line_is_placed(kind_line: str) -> None:
    for text in (
        f"Odsherred Kommune\nSocialudvalget\n{kind_line}\nMødedato: 12.03.2018\n"
        "Starttidspunkt: 15:00\nMødested: Mødelokale 2\n\n1. Godkendelse af dagsorden\n"
        "Beslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n",
        f"## Socialudvalget\n\n{kind_line}\nMødedato: 12.03.2018\nStarttidspunkt: 15:00\n"
        "Mødested: Mødelokale 2\n\nPunkt 41: Godkendelse af dagsorden\n\nBeslutning\n\n"
        "Godkendt.\n\nPunkt 42: Eventuelt\n\nBeslutning\n\nIntet.\n",
    ):
        result = parse_bytes(text.encode(), "t.md")
        assert "could not be placed" not in result.manifest["message"], text
        assert result.manifest["document_type"] == "referat"


def test_a_closed_or_other_word_after_the_kind_is_not_the_open_minutes_line() -> None:
    text = (
        "Odsherred Kommune\nSocialudvalget\nReferat - Åbenhed i forvaltningen\n"
        "Mødedato: 12.03.2018\nStarttidspunkt: 15:00\nMødested: Mødelokale 2\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n"
    )
    result = parse_bytes(text.encode(), "t.txt")
    assert result.tables["meetings"]["forum"].iloc[0] == "Socialudvalget"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Udvalget ønsker ikke at påbegynde en lokalplan for området.", "decided"),
        ("Byrådet ønsker ikke at videreføre forsøget.", "decided"),
        # a refusal or a postponement written the same way keeps its own type
        ("Udvalget ønsker ikke at godkende ansøgningen.", "rejected"),
        ("Udvalget ønsker ikke at tage stilling nu.", "postponed"),
        # a member's wish is no decision of the forum
        ("Anne Holm ønsker ikke at deltage i behandlingen.", "other"),
    ],
)
def test_the_forum_declines_to_act(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected
