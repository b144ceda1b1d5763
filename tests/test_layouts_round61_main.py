"""Sixty-first session, the lead's rules.

* A received stamp atop a scanned page ("Modtaget 23. FEB. 1998", "MODTAGET" / "14. OKT.
  1996") dates the minutes only for want of a better date: where OCR spoilt the meeting's
  own line ("mandag den 2O. februar 1998", "6. nov. 200l"), that line read again
  (``layouts.ocr_date.with_ocr_date``) dates the meeting (``Header.stamp_dated``, set by
  ``layouts.header.read_header``; ``layouts.base.parse_numbered`` reads again).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis import parse
from analysis.layouts import header, parse_text
from analysis.pipeline import parse_bytes

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _head(text: str) -> header.Header:
    return header.read_header(parse.to_lines(text), set(), set())


BODY = (
    "\n\n1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
    "2. Vejbelysning på Skolevej\n\nSagsfremstilling:\nForvaltningen foreslår nye lamper.\n\n"
    "Beslutning:\nGodkendt.\n"
)


@pytest.mark.parametrize(
    ("top", "meeting_line", "day"),
    [
        ("MODTAGET\n14. OKT. 1996", "Referat af møde onsdag den l2. oktober 1996 kl. 19.30.", 12),
        ("Modtaget 14. OKT. 1996", "Møde onsdag den 1O. oktober 1996 kl. 19.30", 10),
        ("MODTAGET\n14. OKT. 1996", "Møde onsdag den 9. oktober l996 kl. 19.30", 9),
    ],
)
def test_spoilt_meeting_line_dates_over_a_received_stamp(
    top: str, meeting_line: str, day: int
) -> None:
    text = f"{top}\n\nTEKNISK UDVALG\n\n{meeting_line}{BODY}"
    meeting = parse_text(text)
    assert meeting.date == dt.date(1996, 10, day)
    assert meeting.start_time == "19:30"


def test_stamp_dated_flag() -> None:
    assert _head("Modtaget d. 14. oktober 1996\nKommunalbestyrelsen\n").stamp_dated
    clean = _head("MODTAGET\n14. OKT. 1996\n\nOnsdag den 9. oktober 1996 kl. 19.30.\n")
    assert clean.date == dt.date(1996, 10, 9) and not clean.stamp_dated
    assert not _head("Onsdag den 9. oktober 1996 kl. 19.30 i mødesalen.\n").stamp_dated


def test_stamp_alone_still_dates_the_minutes() -> None:
    # nothing else dates the meeting, and no line OCR spoilt: the stamp stands
    assert parse_text("Modtaget 14. OKT. 1996\n\nTEKNISK UDVALG" + BODY).date == dt.date(
        1996, 10, 14
    )


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("pkt-ocr-modtaget-stempel-moedelinje.txt", dt.date(1998, 2, 20)),
        ("generic-ocr-indgaaet-stempel-genitiv-beslutnlng.txt", dt.date(2001, 11, 6)),
    ],
)
def test_fixtures_dated_by_the_meeting_line(name: str, date: dt.date) -> None:
    meeting = parse_bytes((RAW / name).read_bytes(), name).tables["meetings"].iloc[0]
    assert meeting["date"].date() == date
