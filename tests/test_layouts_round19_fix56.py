"""Nineteenth round (layouts56): public bodies near municipalities (boards of utility
companies, school boards, local councils) and committees in unusual export styles."""

from __future__ import annotations

from analysis.evaluate import _item_number
from analysis.parse import parse_minutes


def test_cases_numbered_through_the_year_with_a_two_digit_year() -> None:
    text = "\n".join(
        [
            "Referat af bestyrelsesmøde",
            "",
            "Tirsdag den 4. marts 2025 kl. 10.00, Havnevej 2",
            "",
            "Sag 7/25 – Godkendelse af dagsorden",
            "Bestyrelsens beslutning:",
            "Godkendt.",
            "",
            "Sag 8/25 – Ny affaldsordning",
            "J.nr. 2025-00411",
            "Bestyrelsens beslutning:",
            "Ordningen blev godkendt.",
        ]
    )
    items = parse_minutes(text).items
    assert [(i.number, i.title) for i in items] == [
        (7, "Godkendelse af dagsorden"),
        (8, "Ny affaldsordning"),
    ]
    assert items[1].case_number == "2025-00411"


def test_a_label_may_number_a_case_with_a_two_digit_year() -> None:
    assert _item_number("14/25") == 14
    assert _item_number("Sag 14/2025") == 14
    assert _item_number("14/256") == "14/256"
