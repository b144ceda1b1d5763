"""The year of e-mailed minutes dated by day and month only (pure).

Minutes pasted into a mail are often dated as colleagues write it to each other: the
weekday and day/month on the title line ("LEDERMØDE – tirsdag 14/1 kl. 12.30-15.00 i …"),
no year. The mail's envelope ("Sendt: 15. januar 2025 09:12") gives it: the meeting is
the last such day on or before the day the mail was sent, and the weekday written must be
that day's (a check that the year is right, as a date with a wrong year falls on another
weekday).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from analysis import dates
from analysis.parse import Line
from analysis.vocab import MAIL_SUBJECT, MONTHS_DA

#: The envelope's sending date: "Sendt: 15. januar 2025 09:12", "Date: 15 January 2025".
_SENT = re.compile(r"^(?:sendt|sent|dato|date)\s*:\s*(?P<when>.+)$", re.IGNORECASE)
_WEEKDAYS = dates.WEEKDAYS_DA
#: "tirsdag 14/1", "tirsdag d. 14/1", "tirsdag den 14.1", "torsdag d. 1. juni" (a
#: Danish month word, as an invitation quoted in the reply writes it) with no year after it.
_YEARLESS = re.compile(
    r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r")\s+(?:den\s+|d\.\s*)?"
    r"(?P<d>\d{1,2})(?:[/.](?P<m>\d{1,2})\.?(?![\d/.-]|\s*[-/]\s*\d)"
    r"|\.\s*(?P<mon>" + "|".join(MONTHS_DA) + r")\b(?!\s*\d))",
    re.IGNORECASE,
)


def sent_date(lines: list[Line]) -> dt.date | None:
    """The sending date in the mail envelope among the first lines, else None."""
    for line in lines[:15]:
        m = _SENT.match(line.clean) if line.clean[:1] in "SsDd" else None
        if m and (found := dates.parse_date(m.group("when"))):
            return found
    return None


def _dated_by_sending(m: re.Match[str], sent: dt.date) -> dt.date | None:
    """The day and month of ``m`` (groups ``d``, ``m``, ``wd``) in the year that makes it
    the last such day on or before the mail was sent, where its weekday is the one written."""
    day = int(m.group("d"))
    month = int(m.group("m")) if m.group("m") else dates.month_number(m.group("mon"))
    if month is None:
        return None  # ("7. kan …": no month's word)
    date = dates.safe_date(sent.year, month, day)
    if date is not None and date > sent:
        date = dates.safe_date(sent.year - 1, month, day)
    if date is None or _WEEKDAYS[date.weekday()] != m.group("wd").lower():
        return None
    return date


def with_mail_year(lines: list[Line], header_end: int) -> list[Line] | None:
    """``lines`` with the year written into the first weekday-and-day/month date of the
    header (above ``header_end``), taken from the mail's sending date; None where the
    file is no mail, the header has no such date, or the weekday is not the day's."""
    sent = sent_date(lines)
    if sent is None:
        return None
    for pos, line in enumerate(lines[:header_end]):
        text = line.clean
        if "/" not in text and "." not in text:
            continue  # the cheap check before the date grammar
        m = _YEARLESS.search(text)
        if m is None:
            continue
        date = _dated_by_sending(m, sent)
        if date is None:
            continue
        # ("14/1-2025", "1. juni 2017": each as a dated header line writes it)
        year = f" {date.year}" if m.group("mon") else f"-{date.year}"
        written = f"{text[: m.end()]}{year}{text[m.end() :]}"
        return [*lines[:pos], line._replace(clean=written), *lines[pos + 1 :]]
    return _subject_dated(lines, header_end, sent)


#: "Emne: VS: Referat fra Klima- og Miljøudvalget 11/9": the subject naming the document
#: and closing with the meeting's day and month.
_SUBJECT_DAY = re.compile(
    rf"^{MAIL_SUBJECT}(?:referat|dagsorden|mødereferat|noter)\b.*\s"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})\.?$",
    re.IGNORECASE,
)
#: "Mødet blev holdt torsdag kl. 16:00 - 18:15, …": the meeting's weekday without its date.
_HELD_ON = re.compile(
    r"\bmødet\s+(?:blev\s+)?(?:af)?holdt(?:es)?\s+(?:om\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
#: How long after the meeting its minutes may be mailed for the subject's day to be its.
_MAILED_WITHIN = dt.timedelta(days=62)


def _subject_dated(lines: list[Line], header_end: int, sent: dt.date) -> list[Line] | None:
    """``lines`` with the year written into a mail subject that dates the minutes by day and
    month ("Emne: Referat fra <forum> 11/9"), the year the last such day on or before the
    mail was sent (within two months of it); a weekday the header gives the meeting
    ("Mødet blev holdt torsdag kl. …") must be that day's. None where nothing so fits."""
    found = None
    weekday = None
    for pos, line in enumerate(lines[:header_end]):
        text = line.clean
        if found is None and "/" in text and text[:1] in "EeSs" and (m := _SUBJECT_DAY.match(text)):
            found = pos, m
        elif (
            weekday is None
            and ("ødet" in text or "ØDET" in text)
            and (held := _HELD_ON.search(text))
        ):
            weekday = held.group("wd").lower()
    if found is None:
        return None
    pos, m = found
    day, month = int(m.group("d")), int(m.group("m"))
    date = dates.safe_date(sent.year, month, day)
    if date is not None and date > sent:
        date = dates.safe_date(sent.year - 1, month, day)
    if date is None or sent - date > _MAILED_WITHIN:
        return None
    if weekday is not None and _WEEKDAYS[date.weekday()] != weekday:
        return None
    written = f"{lines[pos].clean}-{date.year}"
    return [*lines[:pos], lines[pos]._replace(clean=written), *lines[pos + 1 :]]


#: "noterne fra torsdagens chefgruppemøde (28/8, kl. 9-11, Odense Rådhus, mødelokale …)":
#: the covering note naming the meeting by its weekday's genitive, with its day and month,
#: its hours and its place in brackets after it.
_NOTE_MEETING = re.compile(
    r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r")ens\s+[\w-]*møde[t]?\s+\("
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2}),\s*kl\.\s*(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?"
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?(?:,\s*(?P<place>[^()]{3,80}))?\)",
    re.IGNORECASE,
)


#: "Her kommer referatet fra Faggruppen for X, tirsdag den 12. okt. kl. 13.00-15.00 i
#: mødelokale 2, <address>.": the covering note naming the forum, then the meeting's weekday,
#: day and month (a month's word perhaps shortened, no year), hours and place.
_NOTE_MINUTES = re.compile(
    r"\breferat(?:et)?\s+(?:fra|af)\s+(?P<forum>[A-ZÆØÅ][^,.:;]{3,80}?),?\s+"
    r"(?P<wd>" + "|".join(_WEEKDAYS) + r")\s+(?:den\s+|d\.\s*)?(?P<d>\d{1,2})"
    r"(?:/(?P<m>\d{1,2})|\.\s*(?P<mon>[a-zæøå]{3,9})\.?)"
    r",?\s+kl\.\s*(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?"
    r"(?:,?\s+(?:i|på)\s+(?P<place>.{3,80}?))?(?:\.\s|\.?$)",
    re.IGNORECASE,
)


class NotedMeeting(NamedTuple):
    """The meeting a mail's covering note names, and the note's line."""

    date: dt.date
    start: str
    place: str | None
    forum: str | None  # (None where the note names the meeting by its kind alone)
    index: int


def covering_note_meeting(lines: list[Line]) -> NotedMeeting | None:
    """The meeting (date, start, place, forum) the mail's covering note names in brackets
    ("torsdagens chefgruppemøde (28/8, kl. 9-11, <place>)", no forum) or after the forum
    ("referatet fra <forum>, tirsdag den 12. okt. kl. 13.00-15.00 i <place>."), the year from
    the mail's sending date and checked by the weekday; None where the mail says no such
    thing."""
    sent = sent_date(lines)
    if sent is None:
        return None
    for line in lines[:40]:
        text = line.clean
        if "møde" in text and (m := _NOTE_MEETING.search(text)) is not None:
            forum = None
        elif ("eferat" in text or "EFERAT" in text) and (m := _NOTE_MINUTES.search(text)):
            forum = m.group("forum").strip()
        else:
            continue
        date = _dated_by_sending(m, sent)
        if date is None:
            continue
        start = f"{int(m.group('h')):02d}:{m.group('min') or '00'}"
        place = (m.group("place") or "").strip() or None
        return NotedMeeting(date, start, place, forum, line.index)
    return None
