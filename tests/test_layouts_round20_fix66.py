"""Layouts taught in the twentieth round by fix66 (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts.header import _weekday_short_date
from analysis.parse import match_case_number


def test_case_system_name_as_label() -> None:
    assert match_case_number("Acadre: 24-118830") == "24-118830"
    assert match_case_number("SBSYS: 25/4410") == "25/4410"
    # the system's name without a colon is prose, not a label
    assert match_case_number("Acadre 24-118830 er lukket") is None


def test_weekday_short_date_on_a_meta_line() -> None:
    found = _weekday_short_date("Torsdag 13.02.25 · Lokale 4")
    assert found is not None and found.date == dt.date(2025, 2, 13)
    # 13.02.25 is a Thursday: another weekday says the short year is not the 2000s'
    assert _weekday_short_date("Mandag 13.02.25 · Lokale 4") is None


def _heads(text: str) -> list[tuple[int, str]]:
    from analysis.layouts.headings import candidates
    from analysis.parse import to_lines

    return [(h.number, h.title) for h in candidates(to_lines(text), set())]


def test_year_numbered_headings_make_a_run() -> None:
    text = "## 21/25  Budget\n\nTekst.\n\n## 22/25  Personale\n\nTekst.\n"
    assert _heads(text) == [(21, "Budget"), (22, "Personale")]


def test_one_year_numbered_heading_is_none() -> None:
    # a day and month over one heading ("12/03 Title") is no item number
    assert _heads("## 12/03  Besøg fra ministeriet\n\nTekst.\n") == []


def test_forum_abbreviation_and_year_number_headings() -> None:
    from analysis.layouts.meeting_prefixed import unprefixed_year_headings

    text = (
        "ÅBEN  BU 4/25  Skoleindskrivning ...... 1\n"
        "BU 4/25  Skoleindskrivning\nTekst.\n"
        "BU 5/25  Dagplejen\nTekst.\nBU 6/25  Meddelelser\n"
    )
    assert unprefixed_year_headings(text).splitlines()[:3] == [
        "4. Skoleindskrivning ...... 1",
        "Pkt. 4: Skoleindskrivning",
        "Tekst.",
    ]
    # two such lines are not enough to say the lead is the forum's
    assert unprefixed_year_headings("BU 4/25  A\nBU 5/25  B\n") == "BU 4/25  A\nBU 5/25  B\n"


def test_open_mark_with_right_aligned_case_label() -> None:
    assert match_case_number("ÅBEN SAG Sagsid: 01.02.05-P16-3-24") == "01.02.05-P16-3-24"
    assert match_case_number("Lukket punkt Sagsnr.: 25/3301") == "25/3301"


def test_resultat_label_is_the_outcome() -> None:
    from analysis.parse import Line, heading_key

    assert heading_key(Line(0, "Resultat:", 0)) == ("beslutning", "Resultat")
    assert heading_key(Line(0, "Resultat", 0)) is None  # a bare word in the text


def test_case_row_repeating_the_labels_word() -> None:
    assert match_case_number("Journalnr.\tJ.nr. 24-311") == "24-311"
    assert match_case_number("Journalnr.\t–") is None


def test_dl_of_sections_keeps_the_case_field() -> None:
    from analysis.read.html import html_to_text

    page = (
        "<article><h2>2. Title</h2><dl><dt>Sagsnr.</dt><dd>25/0117</dd>"
        "<dt>Sagsfremstilling</dt><dd><p>Tekst.</p></dd>"
        "<dt>Beslutning</dt><dd><p>Godkendt.</p></dd></dl></article>"
    )
    text = html_to_text(page)
    assert "Sagsnr.: 25/0117" in text.splitlines()


def test_clock_word_as_the_time_label_after_a_tab() -> None:
    from analysis.layouts.header import _split_columns
    from analysis.parse import Line

    row = "Dato: Mandag 7. april 2025\tKl.: 9.00 – 11.00\tSted: Lokale 3"
    cells = [ln.clean for ln in _split_columns([Line(0, row, 0)])]
    assert cells == ["Dato: Mandag 7. april 2025", "Kl.: 9.00 – 11.00", "Sted: Lokale 3"]


@pytest.mark.parametrize(
    "line",
    [
        "Portal Kalender Min profil Logget ind som: abc",
        "Intranet / Organisation / Chefgruppen / Referater",
        "Tilbage til oversigt | Udskriv",
        "Udskriv | Download som PDF",
    ],
)
def test_intranet_chrome_is_furniture(line: str) -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture(line)


def test_prose_about_signing_in_is_no_furniture() -> None:
    from analysis.layouts.text import is_furniture

    assert not is_furniture("Medarbejderne har logget ind som gæster i systemet i en periode.")
    assert not is_furniture("Intranet / hjemmeside")  # two parts: no trail
    assert not is_furniture("Hun har logget ind som administrator.")
