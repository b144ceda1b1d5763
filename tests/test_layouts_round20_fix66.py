"""Layouts taught in the twentieth round by fix66 (invented text)."""

from __future__ import annotations

import datetime as dt

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
