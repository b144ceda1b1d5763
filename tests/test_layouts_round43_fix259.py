"""Forty-third round, layouts259: meeting facts written in unusual places or forms.

The date only in a page footer repeated on each page ("<body>, 9. april 2024   Side 1":
``text.dated_page_footer``, read in ``base.parse_numbered``); the place and the start in
closing sentences of their own after the last item, or the place closing the attendance
paragraph ("Mødet blev holdt i <place>.", "Mødet startede kl. 16.00 og sluttede kl. 18.10.":
``header_fallback._HELD_AT`` / ``_STARTED_AT``); a meeting line without its year and with
the weekday cut short, the year on the body's line ("<udvalg> 2024" over "tirs. d. 5/3,
kl. 16.00 - ca. 18.30": ``yearless``); ISO dates ("Møde: 2025-01-14 16:00-18:00" over
"Næste møde: …", "Beslutning <body> 2025-01-14:"); whole hours in a meta line ("kl. 16-18").
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import _SPAN_FIELD, read_header
from analysis.layouts.header_fallback import _HELD_AT, _STARTED_AT
from analysis.model import ParsedMeeting
from analysis.parse import Line, NotMinutes, decision_heading

_ITEMS = """1. Godkendelse af dagsorden
Sagsnr.: 24/0101

Beslutning
Godkendt.

2. Vejbelysning i Nordby
Sagsnr.: 24/0233

Sagsfremstilling
Lamperne udskiftes til LED.

Beslutning
Godkendt.

"""


def _lines(*texts: str) -> list[Line]:
    return [Line(k, text, 0) for k, text in enumerate(texts)]


def _footed(copies: int) -> str:
    """Minutes whose date stands only in a page footer, on ``copies`` pages."""
    footer = "Vejudvalget, 12. marts 2024\tSide {n}\n\n"
    pages = "".join(footer.format(n=n + 1) for n in range(copies))
    return f"Nordby Kommune\n\nREFERAT\n\nVejudvalget\n\n{_ITEMS}{pages}"


def test_a_page_footer_on_two_pages_dates_the_meeting() -> None:
    meeting = parse_text(_footed(2))
    assert meeting.date == dt.date(2024, 3, 12)
    assert meeting.forum == "Vejudvalget"


def test_a_footer_printed_once_dates_nothing() -> None:
    """One dated line at the foot is no page footer: it may be any date in the text."""
    with pytest.raises(NotMinutes):
        parse_text(_footed(1))


def test_closing_sentences_give_the_place_and_the_start() -> None:
    text = (
        _footed(2).replace("2. Vejbelysning", "2. Vejbelysning", 1)
        + "Mødet blev holdt i Borgersalen, Torvet 1.\n"
        "Mødet startede kl. 17.00 og sluttede kl. 19.15.\n"
    )
    meeting: ParsedMeeting = parse_text(text)
    assert meeting.location == "Borgersalen, Torvet 1"
    assert meeting.start_time == "17:00"


@pytest.mark.parametrize(
    "text",
    [
        "Mødet blev holdt i god ro og orden.",  # no name after "i"
        "Mødet blev holdt som planlagt.",
        "Mødet blev holdt kort, da flere havde meldt afbud.",
    ],
)
def test_a_held_sentence_without_a_place_names_none(text: str) -> None:
    assert _HELD_AT.search(text) is None


def test_the_place_closing_the_attendance_paragraph() -> None:
    m = _HELD_AT.search("Til stede: Ib og Kaj. Mødet blev holdt på Rådhuset, lokale 2. Ib gik.")
    assert m is not None and m.group("place") == "Rådhuset, lokale 2"


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("Mødet startede kl. 16.00 og sluttede kl. 18.10.", True),
        ("Mødet begyndte kl. 9.30.", True),
        ("Mødet startede med en rundvisning kl. 16.00.", False),
    ],
)
def test_the_started_sentence(text: str, reads: bool) -> None:
    assert (_STARTED_AT.match(text) is not None) is reads


def _yearless(title: str, when: str) -> str:
    return f"Nordby Kommune\n{title}\n\nReferat\n{when}\n\n{_ITEMS}"


def test_a_cut_weekday_and_the_year_on_the_bodys_line() -> None:
    meeting = parse_text(_yearless("Vejudvalget 2024", "tirs. d. 12/3, kl. 16.00 - ca. 18.30"))
    assert meeting.date == dt.date(2024, 3, 12)
    assert meeting.start_time == "16:00"
    assert meeting.forum == "Vejudvalget"
    assert meeting.location is None  # "ca. 18.30" is the end, no place


def test_a_cut_weekday_not_that_dates_weekday_dates_nothing() -> None:
    """12 March 2024 is a Tuesday: "ons." says the year is not the title's."""
    with pytest.raises(NotMinutes):
        parse_text(_yearless("Vejudvalget 2024", "ons. d. 12/3, kl. 16.00"))


def test_a_year_on_a_line_naming_no_body_dates_nothing() -> None:
    with pytest.raises(NotMinutes):
        parse_text(_yearless("Budget 2024", "tirs. d. 12/3, kl. 16.00"))


def test_the_meeting_field_is_not_overridden_by_the_next_meeting() -> None:
    head = read_header(
        _lines("Vejudvalget – Referat", "Møde: 2025-01-14 16:00-18:00", "Næste møde: 2025-02-11"),
        set(),
        set(),
    )
    assert head.date == dt.date(2025, 1, 14)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Beslutning Vejudvalget 2025-01-14:", ("Vejudvalget", dt.date(2025, 1, 14))),
        ("Beslutning 2025-01-14:", (None, dt.date(2025, 1, 14))),
        ("Beslutning Vejudvalget 2025-13-14:", ("Vejudvalget", None)),
    ],
)
def test_a_decision_heading_with_an_iso_date(
    text: str, found: tuple[str | None, dt.date | None]
) -> None:
    assert decision_heading(text) == found


@pytest.mark.parametrize(
    ("text", "reads"),
    [("kl. 16-18", True), ("kl. 16.00-18", True), ("16-18", False), ("16.00-18", False)],
)
def test_whole_hours_need_the_clocks_word(text: str, reads: bool) -> None:
    assert (_SPAN_FIELD.match(text) is not None) is reads


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Bemærk: Mødet er flyttet fra 4. til 11. marts 2025.", 11),
        ("Bemærk: Mødet er flyttet fra 5. til 11. marts 2025.", 4),  # another day's meeting
        ("Bemærk: Mødet er flyttet til Rådhuset.", 4),  # a place, no day
    ],
)
def test_a_note_moving_the_meeting(note: str, day: int) -> None:
    head = read_header(
        _lines("Vejudvalget", "Referat", "Mødedato: Tirsdag den 4. marts 2025", note), set(), set()
    )
    assert head.date == dt.date(2025, 3, day)


@pytest.mark.parametrize(
    ("field", "day"),
    [
        ("Tid: fredag 4. – lørdag 5. oktober 2024, kl. 10.00-15.00", 4),  # the first day
        ("Tid: kl. 10.00", 30),  # no date in the field: the sentence's is all there is
    ],
)
def test_a_time_field_with_a_date_is_not_overridden_by_a_sentence(field: str, day: int) -> None:
    head = read_header(
        _lines("Byrådet", field, "Planen behandles i Byrådet 30. oktober 2024."), set(), set()
    )
    assert head.date == dt.date(2024, 10, day)
