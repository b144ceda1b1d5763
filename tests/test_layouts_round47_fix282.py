"""The forty-seventh round's rules for leadership forums' Word minutes (layouts282): a
two-column table per item whose first row is the item's word and its number
(``Punkt<TAB>3``, no full stop), no title numbered at its right; and the directors'
meeting titled by its kind (``Direktørmøde – referat``) as the forum."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.layouts import meeting_kind, trailing_number

_ITEM_TABLES = (
    "Ledergruppen\n\nReferat af møde den 3. marts 2026\n\nTidspunkt: kl. 13.00-15.00\n\n"
    "Punkt\t1\nEmne\tGodkendelse af dagsorden\nSagsnr.\nBeslutning\tGodkendt.\n\n"
    "Punkt\t2\nEmne\tBudgetopfølgning\nSagsnr.\t26/0412\n"
    "Drøftelse\tMindreforbrug på hjælpemidler.\nBeslutning\tTaget til efterretning.\n\n"
    "Punkt\t3\nEmne\tEventuelt\nSagsnr.\nBeslutning\tIntet.\n"
)


def test_number_row_of_an_item_table_is_no_title_numbered_right() -> None:
    assert trailing_number.trailing_numbers(_ITEM_TABLES) == _ITEM_TABLES


def test_title_numbered_right_still_read() -> None:
    text = (
        "Referat\n\nGodkendelse af dagsorden\t1\nGodkendt.\n\n"
        "Budgetopfølgning\t2\nTaget til efterretning.\n\nEventuelt\t3\nIntet.\n"
    )
    out = trailing_number.trailing_numbers(text)
    assert "1. Godkendelse af dagsorden" in out and "3. Eventuelt" in out


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Punkt", True),
        ("Pkt", True),
        ("Sag nr", True),
        ("Dagsordenspunkt", True),
        ("Punktet om budget", False),
        ("Meddelelser", False),
    ],
)
def test_number_label(title: str, label: bool) -> None:
    assert (trailing_number._NUMBER_LABEL.fullmatch(title) is not None) is label


def test_item_table_rows_read_as_items() -> None:
    meeting = parse.parse_minutes(_ITEM_TABLES, default_municipality="Viborg")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Budgetopfølgning", "26/0412"),
        (3, "Eventuelt", None),
    ]


@pytest.mark.parametrize(
    "line",
    ["Direktørmøde – referat", "Referat af direktørmøde", "Direktørmøde"],
)
def test_directors_meeting_is_the_forum(line: str) -> None:
    lines = parse.to_lines(f"Svendborg Kommune\n\n{line}\n\nTorsdag den 15. januar 2026\n")
    assert meeting_kind.forum_from_meeting_kind(lines, set()) == "Direktørmøde"


def test_directors_meeting_with_its_area() -> None:
    lines = parse.to_lines("Direktørmøde – Børn og Unge\n\nDen 15. januar 2026\n")
    assert meeting_kind.forum_from_meeting_kind(lines, set()) == "Direktørmøde – Børn og Unge"
