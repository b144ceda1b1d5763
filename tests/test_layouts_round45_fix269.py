"""The forty-fifth round's rules for minutes typed before the 2007 reform (layouts269): a
county written "X AMTSKOMMUNE", a meeting line with the meeting's running number before a
two-digit year, and two-digit years from 70 on read as of the 1900s in date fields."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import dates, parse
from analysis.layouts import header


@pytest.mark.parametrize(
    ("line", "county"),
    [
        ("VEJLE AMTSKOMMUNE", "Vejle Amt"),
        ("Fyns Amtskommune", "Fyns Amt"),
        ("RIBE AMT", "Ribe Amt"),
        ("Odense Kommune", None),  # a kommune, no county
        ("Sorø Amtskommune", None),  # no county of 1970–2006 by that name
        ("Vejle Amtskommune, Teknik og Miljø", None),  # more than the name alone
    ],
)
def test_county_by_either_name(line: str, county: str | None) -> None:
    assert header._county(line) == county


def test_amtskommune_header_names_the_county() -> None:
    text = "STORSTRØMS AMTSKOMMUNE\nSocialudvalget\nMøde den 3. marts 1998 kl. 9.00\n"
    head = header.read_header(parse.to_lines(text), set(), set())
    assert head.municipality == "Storstrøms Amt"


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Møde nr. 4/97 d. 11.02.97 kl. 13.30 - 16.00", dt.date(1997, 2, 11), "13:30"),
        ("Møde nr. 12 den 3.9.04 kl. 19.00", dt.date(2004, 9, 3), "19:00"),
        ("Mødet den 14/3-95 kl. 15.00", dt.date(1995, 3, 14), "15:00"),
    ],
)
def test_meeting_line_with_its_number(text: str, date: dt.date, time: str) -> None:
    found = header._short_year_meeting(text)
    assert found is not None and (found.date, found.time) == (date, time)


@pytest.mark.parametrize(
    "text",
    [
        "Møde nr. 4/97 blev aflyst.",  # no date after the number
        "Sag nr. 4/97 d. 11.02.97 kl. 13.30",  # a case, not a meeting
        "Møde nr. 4/97 d. 11.02.97",  # no clock time vouches for the short year
    ],
)
def test_meeting_number_without_a_meeting_date_is_not_read(text: str) -> None:
    assert header._short_year_meeting(text) is None


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("02.09.99", dt.date(1999, 9, 2)),
        ("14/3 70", dt.date(1970, 3, 14)),
        ("05.03.25", dt.date(2025, 3, 5)),
        ("8. juni 69", dt.date(2069, 6, 8)),
        ("4/3 2025", dt.date(2025, 3, 4)),
    ],
)
def test_field_date_century_of_a_two_digit_year(value: str, date: dt.date) -> None:
    assert dates.field_date(value) == date


@pytest.mark.parametrize("year", [1899, 2101])
def test_full_year_leaves_four_digits(year: int) -> None:
    assert dates.full_year(year) == year
