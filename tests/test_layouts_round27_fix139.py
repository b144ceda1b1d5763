"""Twenty-seventh round (layouts139: minutes written carelessly): a date field with the
month's name and a two-digit year, labels typed with a letter left out or two letters
swapped, a decision label in small letters before a dash, numbered titles in small letters
that fill the run of the others, and the outcome written after a dash on a full item's
heading line."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import dates
from analysis.layouts import parse_text
from analysis.layouts.headings import _lower_case_title
from analysis.ocr_labels import ocr_heading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8. juni 22, kl. 17:00-19:30, afd. Vest", dt.date(2022, 6, 8)),
        ("14 mar. 24", dt.date(2024, 3, 14)),
        ("tirsdag d. 3. okt 23", dt.date(2023, 10, 3)),
        ("4/3 25", dt.date(2025, 3, 4)),
    ],
)
def test_field_date_with_month_name_and_two_digit_year(text: str, expected: dt.date) -> None:
    assert dates.field_date(text) == expected


def test_two_digit_year_with_month_name_is_not_read_in_running_text() -> None:
    assert dates.find_date("Mødet 8. juni 22 deltagere") is None


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Beslutnig", "beslutning"),
        ("Beslutnign", "beslutning"),
        ("Indstiling", "indstilling"),
        ("BESLUTNIG", "beslutning"),
    ],
)
def test_label_typed_with_a_letter_left_out_or_swapped(typed: str, name: str) -> None:
    assert ocr_heading(typed) == name


@pytest.mark.parametrize("text", ["Bestilling", "Bemærkning", "Orientering", "eslutning"])
def test_other_words_are_no_typed_label(text: str) -> None:
    assert ocr_heading(text) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("godkendelse af dagsorden", True),
        ("klassedannelse 7. årgang", True),
        ("at udvalget godkender planen", False),
        ("der er afsat 2 mio. kr.", False),
        ("Godkendelse af dagsorden", False),
        ("godkendelse af dagsorden.", False),
    ],
)
def test_lower_case_title(title: str, expected: bool) -> None:
    assert _lower_case_title(title) is expected


_CARELESS = """Fanø Kommune
Referat af møde i Ungdomsrådet
Dato: 5. maj 2025 kl. 16.00
Sted: Rådhuset, lokale 3

1. godkendelse af dagsorden
beslutning - godkendt

2. Nyt fra formanden
Emma fortalte om skaterbanen.
beslutning - taget til efterretning

3. høring om busplan 2026
Sagsnr. 25/3301
Rådet har læst planen.
Beslutnig: Rådet sender et høringssvar om aftenbusser.

4. Eventuelt
Intet.
"""


def _decision(item: object) -> str | None:
    found = [s.text for s in item.sections if s.key == "beslutning"]  # type: ignore[attr-defined]
    return found[0].strip() if found else None


def test_lower_case_titles_and_dash_labels_are_read() -> None:
    items = parse_text(_CARELESS).items
    assert [(i.number, i.title) for i in items] == [
        (1, "godkendelse af dagsorden"),
        (2, "Nyt fra formanden"),
        (3, "høring om busplan 2026"),
        (4, "Eventuelt"),
    ]
    assert _decision(items[0]) == "godkendt"
    assert _decision(items[1]) == "taget til efterretning"
    assert items[2].case_number == "25/3301"
    assert _decision(items[2]) == "Rådet sender et høringssvar om aftenbusser."


def test_lower_case_numbered_line_out_of_the_run_is_no_heading() -> None:
    text = _CARELESS.replace(
        "Emma fortalte om skaterbanen.", "Emma fortalte:\n\n7. skaterbanen er åbnet igen"
    )
    assert [i.number for i in parse_text(text).items] == [1, 2, 3, 4]
