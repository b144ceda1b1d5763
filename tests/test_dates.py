"""The date and time grammar of minutes headers (analysis.dates)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from analysis.dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateMatch,
    clock_time,
    find_date,
    find_dates,
    invalid_date_in,
    month_number,
    parse_date,
    parse_time,
)

D = dt.date


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("januar", 1),
        ("jan", 1),
        ("jan.", 1),
        ("January", 1),
        ("febr.", 2),
        ("marts", 3),
        ("March", 3),
        ("mar", 3),
        ("maj", 5),
        ("May", 5),
        ("June", 6),
        ("juli", 7),
        ("July", 7),
        ("sep", 9),
        ("sept", 9),
        ("sept.", 9),
        ("okt", 10),
        ("October", 10),
        ("oct.", 10),
        ("DECEMBER", 12),
        ("dec", 12),
        ("", None),
        ("måned", None),
        ("janu", None),
        ("13", None),
    ],
)
def test_month_number(word: str, expected: int | None) -> None:
    assert month_number(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Danish long dates.
        ("6. februar 2019", D(2019, 2, 6)),
        ("06. februar 2019", D(2019, 2, 6)),
        ("6 februar 2019", D(2019, 2, 6)),
        ("1. oktober 2018", D(2018, 10, 1)),
        ("02. sep 2020", D(2020, 9, 2)),
        ("2. sept. 2020", D(2020, 9, 2)),
        ("12. dec. 2022", D(2022, 12, 12)),
        ("7. Marts 2021", D(2021, 3, 7)),
        ("7. MARTS 2021", D(2021, 3, 7)),
        ("Onsdag den 06. februar 2019", D(2019, 2, 6)),
        ("torsdag d. 3. januar 2024", D(2024, 1, 3)),
        ("Mødet holdes tirsdag d.9. maj 2023", D(2023, 5, 9)),
        ("møde den 4. juni 2020", D(2020, 6, 4)),
        ("Lørdag den 1. juli 2023", D(2023, 7, 1)),
        ("6.\u00a0februar\u00a02019", D(2019, 2, 6)),
        # English order and English month names.
        ("Onsdag, April 3, 2019 - 18:00", D(2019, 4, 3)),
        ("Wednesday, April 3, 2019", D(2019, 4, 3)),
        ("April 3 2019", D(2019, 4, 3)),
        ("3 April 2019", D(2019, 4, 3)),
        ("May 15, 2021", D(2021, 5, 15)),
        ("1st October 2020", D(2020, 10, 1)),
        # Numeric.
        ("04-06-2020", D(2020, 6, 4)),
        ("4-6-2020", D(2020, 6, 4)),
        ("04.06.2020", D(2020, 6, 4)),
        ("04/06/2020", D(2020, 6, 4)),
        ("Dato: 14/3-2023", D(2023, 3, 14)),
        ("(31.12.2021)", D(2021, 12, 31)),
        ("2020-06-04", D(2020, 6, 4)),
        ("2020-06-04T09:00", D(2020, 6, 4)),
        ("29-02-2024", D(2024, 2, 29)),
        # Edges of the year range.
        (f"01-01-{MIN_YEAR}", D(MIN_YEAR, 1, 1)),
        (f"31. december {MAX_YEAR}", D(MAX_YEAR, 12, 31)),
        # Not dates: case and journal numbers, amounts, sections, two-digit years.
        ("00.01.00-G01-4-19", None),
        ("330-2018-3619", None),
        ("00.30.02G01-0022", None),
        ("EMN-2025-008308", None),
        ("Sag 27.69.48-A00-3-2021", None),
        ("2.018.000 kr.", None),
        ("1,3 mio.", None),
        ("punkt 55.", None),
        ("afsnit 4.13", None),
        ("04-06-20", None),
        ("1.04.06.2020", None),
        ("04.06.2020.2", None),
        ("februar 2019", None),
        ("6. februar", None),
        ("6. februarmøde 2019", None),
        ("april 2019 20 deltagere", None),
        ("Ingen dato her", None),
        ("", None),
        # Not calendar dates or outside the year range.
        ("31-02-2024", None),
        ("29-02-2023", None),
        ("30. februar 2020", None),
        ("1. januar 2300", None),
        ("0224-01-05", None),
        ("01-01-1899", None),
        ("2024-13-01", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onsdag, April 3, 2019 - 18:00", "18:00"),
        ("04-06-2020 09:00:00", "09:00"),
        ("31-08-2015 18:00", "18:00"),
        ("06-11-2018 kl. 13:00", "13:00"),
        ("6. februar 2019 kl. 16.00", "16:00"),
        ("6. februar 2019 Kl. 9", "09:00"),
        ("6. februar 2019, klokken 16.30", "16:30"),
        ("6. februar 2019 16.00", "16:00"),
        ("6. februar 2019 fra kl. 8.30 til 10.00", "08:30"),
        ("2020-06-04T09:00", "09:00"),
        ("2020-06-04 09:00:00", "09:00"),
        ("May 3, 2019 at 6:00 PM", "18:00"),
        ("6. februar 2019", None),
        ("6. februar 2019 4.13 Orientering", None),
        ("6. februar 2019 kl. 25", None),
        ("6. februar 2019 kl. 16.75", None),
        ("04-06-2020 24:00", None),
    ],
)
def test_time_with_date(text: str, expected: str | None) -> None:
    found = find_date(text)
    assert found is not None
    assert found.time == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kl. 17:00", "17:00"),
        ("kl. 16.00", "16:00"),
        ("kl 9", "09:00"),
        ("klokken 16.30", "16:30"),
        ("Mødetidspunkt: kl. 16.00-18.00", "16:00"),
        ("KL. 8.15", "08:15"),
        ("09:00:00", "09:00"),
        ("18:00", "18:00"),
        ("Tid: 9:30", "09:30"),
        ("Mødedato: 6. februar 2019 16.00", "16:00"),
        ("Onsdag, April 3, 2019 - 18:00", "18:00"),
        ("fra 16:00, den 6. februar 2019 kl. 18.00", "16:00"),
        # Not times.
        ("16.00", None),
        ("afsnit 4.13", None),
        ("kl. 25", None),
        ("24:00", None),
        ("12:60", None),
        ("kl. 16.60", None),
        ("målestok 1:2000", None),
        ("2.018.000 kr.", None),
        ("klip 9", None),
        ("6. februar 2019", None),
        ("", None),
    ],
)
def test_parse_time(text: str, expected: str | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onsdag den 06. februar 2019 kl. 16.00", [(D(2019, 2, 6), 0, 37, "16:00")]),
        ("Mødedato: 04-06-2020", [(D(2020, 6, 4), 10, 20, None)]),
        ("Wednesday, April 3, 2019", [(D(2019, 4, 3), 0, 24, None)]),
        (
            "Referat af 6. februar 2019, jf. mødet den 3.1.2019 og 2019-03-07",
            [
                (D(2019, 2, 6), 11, 26, None),
                (D(2019, 1, 3), 38, 50, None),
                (D(2019, 3, 7), 54, 64, None),
            ],
        ),
        ("1.-3. marts 2021", [(D(2021, 3, 3), 3, 16, None)]),
        ("31-02-2024 og 01-03-2024", [(D(2024, 3, 1), 14, 24, None)]),
        ("sag 00.01.00-G01-4-19 af 2.018.000 kr.", []),
    ],
)
def test_find_dates_spans(text: str, expected: list[tuple[dt.date, int, int, str | None]]) -> None:
    assert find_dates(text) == [DateMatch(*e) for e in expected]


def test_find_date_is_first() -> None:
    text = "Dagsorden til 1. marts 2022, udsendt 20-02-2022"
    first = find_date(text)
    assert first == find_dates(text)[0]
    assert first is not None and first.date == D(2022, 3, 1)
    assert find_date("intet her") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-02-2024", "31-02-2024"),
        ("Mødedato: 1. januar 2300", "1. januar 2300"),
        ("Dato 0224-01-05 kl. 10", "0224-01-05"),
        ("Onsdag den 31. april 2019", "31. april 2019"),
        ("April 31, 2019", "April 31, 2019"),
        ("2024-13-01", "2024-13-01"),
        ("15/13-2023", "15/13-2023"),
        ("6. februar 2019 og 32.01.2019", "32.01.2019"),
        # Valid dates and non-dates are not invalid dates.
        ("6. februar 2019", None),
        ("29-02-2024", None),
        ("00.01.00-G01-4-19", None),
        ("330-2018-3619", None),
        ("2.018.000 kr.", None),
        ("04-06-20", None),
        ("", None),
    ],
)
def test_invalid_date_in(text: str, expected: str | None) -> None:
    assert invalid_date_in(text) == expected


def test_clock_time_fragment_reads_hour_and_minutes() -> None:
    """The shared "kl. 8.30" fragment: hour 0-23, minutes 00-59, its minute group named."""
    pattern = re.compile(clock_time("m"), re.I)
    m = pattern.search("Mødet begyndte klokken 17.05 i salen")
    assert m and (m["h"], m["m"]) == ("17", "05")
    assert re.search(clock_time(), "kl. 8:30")["min"] == "30"
    assert pattern.search("kl. 25.00") is None
    assert pattern.search("Kl.9.60") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day as an ordinal word, the year in digits or in words, a time after it.
        (
            "Referat af mødet onsdag den toogtyvende august 2007, kl. 15.00",
            [(D(2007, 8, 22), 17, 62, "15:00")],
        ),
        ("mandag den niende december to tusind og tretten", [(D(2013, 12, 9), 0, 47, None)]),
        ("den enogtredivte marts totusind og fem", [(D(2005, 3, 31), 0, 38, None)]),
        ("d. første juli nitten hundrede og otteoghalvfems", [(D(1998, 7, 1), 0, 48, None)]),
        # Danish ordinal endings on a numeral.
        ("Mødet den 4de september 2017 kl. 9", [(D(2017, 9, 4), 6, 34, "09:00")]),
        (
            "den 1ste marts 2009 og den 2den april 2009",
            [
                (D(2009, 3, 1), 0, 19, None),
                (D(2009, 4, 2), 23, 42, None),
            ],
        ),  # fmt: skip
        # A year word that is no number, a day that does not exist, no year at all.
        ("den trettende maj to tusind i salen", [(D(2000, 5, 13), 0, 27, None)]),
        ("den tredivte februar 2024", []),
        ("den fjortende marts kl. 17", []),
        ("en anden maj-plan for 2024", []),
        # Numeric dates keep their place; a written one beside them is found too.
        (
            "6. februar 2019 og den tredje marts 2019",
            [
                (D(2019, 2, 6), 0, 15, None),
                (D(2019, 3, 3), 19, 40, None),
            ],
        ),  # fmt: skip
    ],
)
def test_find_dates_written_out(
    text: str, expected: list[tuple[dt.date, int, int, str | None]]
) -> None:
    assert find_dates(text) == [DateMatch(*e) for e in expected]
