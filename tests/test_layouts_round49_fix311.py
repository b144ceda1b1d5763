"""Forty-ninth round, layouts311: meeting facts written in unusual ways.

A note moving the meeting as the header's only date ("Mødet er flyttet fra mandag den 14.
til onsdag den 16. oktober 2024": ``header._moved_date``); the start in the past tense
without "kl." ("Mødet begyndte 14.10.": ``header._START_LINE``); whole hours and "fra kl. …
til ca. …" after the place of a "Mødet blev holdt …" sentence (``header._CLOCK_SPAN``,
``header._TRAILING_CLOCK``); the kind of meeting, a colon and the place ("som hybridmøde:
<place>": ``header._KIND_THEN_PLACE``); a closing "Mødet blev holdt i mødesal Nord, …"
naming the room in lower case, read where the header gave the start
(``header_fallback._HELD_AT``, ``base.parse_numbered``); "positivt indstillet" is a stance,
no recommendation (``decisions._DISPOSED``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.header import (
    _START_LINE,
    _TRAILING_CLOCK,
    _moved_date,
    _place_text,
    _time_and_place,
)
from analysis.layouts.header_fallback import _HELD_AT

_ITEMS = """1. Godkendelse af dagsorden

Beslutning
Godkendt.


2. Cykelsti langs Fjordvej

Sagsnr.: 23/4410

Beslutning
Projektet blev godkendt.

"""


def test_a_moving_note_alone_dates_the_meeting_it_was_moved_to() -> None:
    notes = ["Mødet er flyttet fra mandag den 14. oktober til onsdag den 16. oktober 2024."]
    assert _moved_date(notes, None) == dt.date(2024, 10, 16)


def test_a_moving_note_without_the_year_dates_nothing() -> None:
    notes = ["Mødet er flyttet fra mandag den 14. til onsdag den 16. oktober."]
    assert _moved_date(notes, None) is None


def test_a_moving_note_of_another_day_keeps_the_date_field() -> None:
    notes = ["Mødet er flyttet fra 3. til 5. juni 2024."]
    assert _moved_date(notes, dt.date(2024, 6, 10)) == dt.date(2024, 6, 10)


def test_minutes_dated_only_by_the_moving_note_are_read() -> None:
    text = (
        "Viborg Kommune\nVejudvalget - Referat\n\n"
        "BEMÆRK: Mødet er flyttet fra tirsdag den 5. marts til torsdag den 7. marts 2024.\n\n"
        f"Mødested: Rådhuset, lokale 4\n\n{_ITEMS}"
    )
    meeting = parse_text(text)
    assert meeting.date == dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "start"),
    [("Mødet startede 15.05.", "15:05"), ("Mødet begyndte 9.30", "09:30")],
)
def test_the_past_tense_start_without_kl(text: str, start: str) -> None:
    m = _START_LINE.match(text)
    assert m is not None
    assert f"{int(m['h']):02d}:{m['m']}" == start


@pytest.mark.parametrize("text", ["Mødet starter 15.05.", "Mødet startede 1.000 meter væk."])
def test_no_start_without_kl_outside_the_past_tense(text: str) -> None:
    assert _START_LINE.match(text) is None


def test_whole_hours_from_and_to_in_a_held_sentence() -> None:
    rest = "på Rådhuset, Torvet 1, fra kl. 10 til ca. 12."
    assert _time_and_place(rest) == ("10:00", "Rådhuset, Torvet 1")


def test_the_hours_after_a_place_are_no_part_of_it() -> None:
    assert _TRAILING_CLOCK.search(", fra kl. 10 til ca. 12.") is not None
    assert _place_text("hos formanden, Skovvej 3, Nordby, fra kl. 10 til ca. 12.") == (
        "hos formanden, Skovvej 3, Nordby"
    )
    # (a house number is no hour)
    assert _place_text("Kulturhuset, Klostergade 12") == "Kulturhuset, Klostergade 12"


def test_the_kind_of_meeting_then_a_colon_then_the_place() -> None:
    rest = "som hybridmøde: Rådhuset, lokale 12 og via Teams."
    assert _time_and_place(rest) == (None, "Rådhuset, lokale 12 og via Teams")
    # (the kind of meeting alone, no place after it, names none)
    assert _time_and_place("som ekstraordinært møde: se nedenfor.")[1] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mødet blev holdt i mødelokale Vidå, Rådhuset.", "mødelokale Vidå, Rådhuset"),
        ("Mødet blev holdt i mødesalen, Kulturhuset.", "mødesalen, Kulturhuset"),
        ("Mødet blev holdt på Rådhuset.", "Rådhuset"),
    ],
)
def test_a_closing_sentence_names_a_room_in_lower_case(text: str, place: str) -> None:
    m = _HELD_AT.match(text)
    assert m is not None
    assert m["place"].strip() == place


@pytest.mark.parametrize(
    "text", ["Mødet blev holdt i god ro og orden.", "Mødet blev holdt i lokalet ved siden af."]
)
def test_no_place_without_a_name_or_a_room_before_one(text: str) -> None:
    assert _HELD_AT.match(text) is None


def test_a_closing_place_read_where_the_header_gave_the_start() -> None:
    text = (
        "Vejudvalget\nReferat, 12. marts 2024\n\nMødet startede 16.05.\n\n"
        f"{_ITEMS}\nMødet blev holdt i mødelokale 2, Rådhuset, Torvet 1.\n"
    )
    meeting = parse_text(text)
    assert meeting.start_time == "16:05"
    assert meeting.location == "mødelokale 2, Rådhuset, Torvet 1"


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget drøftede forslaget og er positivt indstillet.",
        "Udvalget er negativt indstillet over for ansøgningen.",
    ],
)
def test_a_stance_is_no_recommendation(text: str) -> None:
    assert "recommended" not in {kind for kind, _ in classify_decision(text)}


def test_a_recommendation_to_another_body_stays_one() -> None:
    text = "Udvalget indstiller forslaget til godkendelse i Byrådet."
    assert "recommended" in {kind for kind, _ in classify_decision(text)}
