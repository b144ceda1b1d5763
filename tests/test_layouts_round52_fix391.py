"""Fifty-second round, layouts391: committee and council minutes whose meeting facts stand
in odd places.

A web page of minutes naming its meeting only in the breadcrumb's last crumb ("… › <body> ›
Referat 03.12.2012", "… › Møde 28.02.2022"): the meeting's date
(``elsewhere_date.crumb_date``). Minutes whose header names only the body, the date in a
closing sentence under the items ("Mødet afholdt den 4. juni 2015 kl. 19.00", "Mødet blev
afholdt torsdag den 26. april 2018 kl. 14.00 i <place>."): date, start and place
(``elsewhere_date.closing_meeting``), the place also from a closing "Mødested:" field
(``elsewhere_date.closing_place``). Both are read only where the header dates nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts.elsewhere_date import closing_meeting, closing_place, crumb_date
from analysis.parse import to_lines


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Forside › Politik › Udvalg › Teknisk Udvalg › Referat 05.11.2019", dt.date(2019, 11, 5)),
        ("Tårnby Kommune › Politik › Børneudvalget › Møde 14.02.2021", dt.date(2021, 2, 14)),
        ("Forside » Politik » Byrådet » 3. marts 2020", dt.date(2020, 3, 3)),
        (
            "Forside > Dagsordener > Ældrerådet > Dagsorden og referat 7. maj 2018",
            dt.date(2018, 5, 7),
        ),
    ],
)
def test_a_breadcrumb_s_last_crumb_dates_the_meeting(text: str, date: dt.date) -> None:
    assert crumb_date(to_lines(f"{text}\n\nReferat\n")) == date


@pytest.mark.parametrize(
    "text",
    [
        # (no trail: two crumbs only)
        "Politik › Referat 05.11.2019",
        # (the last crumb is no meeting's page: a case's date inside a title)
        "Forside › Politik › Teknisk Udvalg › Budget 2020 vedtaget 05.11.2019 i byrådet",
        "Forside › Politik › Teknisk Udvalg › Referat",
    ],
)
def test_other_trails_date_nothing(text: str) -> None:
    assert crumb_date(to_lines(text)) is None


def test_a_closing_sentence_dates_the_meeting() -> None:
    lines = to_lines(
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "Mødet blev afholdt tirsdag den 9. maj 2017 kl. 13.30 i kantinen, Havnegade 4, Ribe.\n"
        "Mødet sluttede kl. 15.00.\n"
    )
    found = closing_meeting(lines, 0)
    assert found is not None
    assert (found.date, found.start, found.place) == (
        dt.date(2017, 5, 9),
        "13:30",
        "kantinen, Havnegade 4, Ribe",
    )


def test_a_closing_sentence_without_place() -> None:
    found = closing_meeting(
        to_lines("2. Eventuelt\nIntet.\n\nMødet afholdt den 2. juni 2016 kl. 19.00\n"), 0
    )
    assert found is not None
    assert (found.date, found.start, found.place) == (dt.date(2016, 6, 2), "19:00", None)


@pytest.mark.parametrize(
    "text",
    [
        "Mødet blev holdt i god ro og orden.",
        "Mødet sluttede kl. 17.30.",
        "Mødet afholdtes på Rådhuset.",
    ],
)
def test_closing_sentences_without_a_date(text: str) -> None:
    assert closing_meeting(to_lines(f"1. Eventuelt\nIntet.\n\n{text}\n"), 0) is None


def test_a_closing_place_field() -> None:
    placed: set[int] = set()
    lines = to_lines(
        "1. Eventuelt\nIntet.\n\nMødet startede kl. 17.00.\nMødested: Byrådssalen, Rådhuset\n"
    )
    assert closing_place(lines, 0, placed) == "Byrådssalen, Rådhuset"
    assert placed == {next(ln.index for ln in lines if ln.clean.startswith("Mødested"))}
