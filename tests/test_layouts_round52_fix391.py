"""Fifty-second round, layouts391: committee and council minutes whose meeting facts stand
in odd places.

A web page of minutes naming its meeting only in the breadcrumb's last crumb ("… › <body> ›
Referat 03.12.2012", "… › Møde 28.02.2022"): the meeting's date
(``elsewhere_date.crumb_date``). Minutes whose header names only the body, the date in a
closing sentence under the items ("Mødet afholdt den 4. juni 2015 kl. 19.00", "Mødet blev
afholdt torsdag den 26. april 2018 kl. 14.00 i <place>."): date, start and place
(``elsewhere_date.closing_meeting``), the place also from a closing "Mødested:" field
(``elsewhere_date.closing_place``). A side block headed "Mødeoplysninger" after the
first item, each label over its value: read by the header's grammar
(``elsewhere_date.sidebar_meeting``). A title and place a narrow column wrapped a few words
a line ("Referat" / "fra mødet" / "torsdag" / "den 14. november" / "2013" / "kl. 15.00"):
each run of three or more short lines joined into one (``elsewhere_date.unwrapped``,
``elsewhere_date.wrapped_header``). All are read only where the header dates nothing.

Also: a sentence recording the opening under the first item ("Mødet blev indledt kl. 15.00
i <place>.", ``header._START_LINE`` read by ``elsewhere_date.opening_sentence``); a title
line closing with the kind of document and the site's name ("… kl. 19:00 - Referat - <X>
Kommune", "… | <X> Kommune"): no place (``header._SITE_TAIL``); "… i <place>, og begyndte
kl. 17.00": the second verb no part of the place (``header._HOUR_VERB_AFTER``); "<body>
indkalder hermed til møde … kl. 13.00 på <place>." (``header_fallback._LEAD_PLACE``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts import header, header_fallback
from analysis.layouts.elsewhere_date import (
    closing_meeting,
    closing_place,
    crumb_date,
    opening_sentence,
    sidebar_meeting,
    unwrapped,
    wrapped_header,
)
from analysis.parse import Header, to_lines


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


_SIDE = """1. Meddelelser
Beslutning
Taget til efterretning.

Om mødet
Dato
tirsdag 4. oktober 2022
Tidspunkt
09:00 - 11:00
Sted
Lokale 3, Rådhuset

2. Budget
Beslutning
Godkendt.
"""


def test_a_side_block_of_the_meeting_s_facts() -> None:
    head, placed = Header(), set()
    sidebar_meeting(to_lines(_SIDE), 0, head, placed)
    assert (head.date, head.start_time, head.location) == (
        dt.date(2022, 10, 4),
        "09:00",
        "Lokale 3, Rådhuset",
    )
    assert 4 in placed  # (its heading)


def test_a_side_block_without_a_date_reads_nothing() -> None:
    head, placed = Header(), set()
    sidebar_meeting(to_lines("Om mødet\nSted\nLokale 3\n"), 0, head, placed)
    assert head.date is None and not placed


def test_short_lines_of_a_narrow_column_are_joined() -> None:
    joined, runs = unwrapped(
        to_lines("Referat\nfra mødet\nonsdag\nden 2. marts\n2016\n\nTil stede: A, B\n")
    )
    assert joined[0].clean == "Referat fra mødet onsdag den 2. marts 2016"
    assert runs == {0: [0, 1, 2, 3, 4]}


def test_two_short_lines_and_fields_stay_apart() -> None:
    lines = to_lines("Referat\nÆldrerådet\n\nDato:\n2. marts 2016\nSted:\nRådhuset\n")
    joined, runs = unwrapped(lines)
    assert not runs and joined == lines


def test_a_wrapped_header_dates_the_meeting() -> None:
    head, placed = Header(), set()
    lines = to_lines(
        "Referat\nfra mødet\nonsdag\nden 2. marts\n2016\nkl. 14.00\n\n"
        "Mødesal 1,\nRådhuset,\nOdense\n"
    )
    wrapped_header(lines, head, placed)
    assert (head.date, head.start_time, head.location) == (
        dt.date(2016, 3, 2),
        "14:00",
        "Mødesal 1, Rådhuset, Odense",
    )


def test_an_opening_sentence_under_the_first_item() -> None:
    head, placed = Header(date=dt.date(2022, 1, 3)), set()
    lines = to_lines(
        "1. Godkendelse af dagsorden\nGodkendt.\n"
        "Mødet blev indledt kl. 9.30 i Lokale 4, Torvet 1.\n"
    )
    opening_sentence(lines, 0, head, placed)
    assert (head.start_time, head.location) == ("09:30", "Lokale 4, Torvet 1")
    assert placed == {2}


@pytest.mark.parametrize(
    "text",
    [
        "Referat - Horsens Kommune",
        "Vejle Kommune",
        "Dagsorden | Ringkøbing-Skjern Kommune",
        "Region Sjælland",
    ],
)
def test_a_site_s_name_after_the_date_is_no_place(text: str) -> None:
    assert header._SITE_TAIL.match(text) is not None


@pytest.mark.parametrize(
    "text", ["Rådhuset, Vejle", "Byrådssalen, Horsens Rådhus", "Kommunens kantine"]
)
def test_places_are_no_site_s_name(text: str) -> None:
    assert header._SITE_TAIL.match(text) is None


def test_the_hour_s_verb_is_no_part_of_the_place() -> None:
    assert header._time_and_place(
        "i Amtsgården, Vejle, og begyndte kl. 17.00. Formanden bød velkommen."
    ) == (
        "17:00",
        "Amtsgården, Vejle",
    )


def test_a_body_s_own_invitation_names_the_place() -> None:
    text = (
        "Seniorrådet indkalder hermed til møde fredag den 2. juni 2023 kl. 10.00 "
        "på Hotel Ry, sal 2. Kaffe."
    )
    m = header_fallback._LEAD_PLACE.search(text)
    assert m is not None and m.group("place") == "Hotel Ry, sal 2"
