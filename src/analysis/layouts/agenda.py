"""The agenda system's export (Albertslund's Chefforum minutes, the default corpus).

``REFERAT <forum> d. DD-MM-YYYY``, ``Mødedato``, ``Mødested``, optional
``Mødedeltagere``, ``Indholdsfortegnelse`` with ``title.....<TAB>page`` lines, and items
``Punkt N: title`` followed by the journal number and headed sections. Read as TXT, MD,
PDF and DOCX exports (and web pages the HTML reader rewrites to this form).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import count, takewhile

from analysis.layouts.base import closed_part_notes, part_markers
from analysis.layouts.header import read_header
from analysis.layouts.text import furniture
from analysis.layouts.title_forum import crisis_title_forum
from analysis.model import ParsedMeeting
from analysis.parse import Line, decision_point, parse_agenda_export, wrapped_contents_entry

NAME = "agenda"
_ITEM = re.compile(r"^Punkt\s+\d{1,3}\s*(?:[:.]|\s·)\s*\S", re.IGNORECASE)
#: "Punkt 3. Title 7": an entry closed by its page number (the gap or leader before it lost).
_PAGED_ENTRY = re.compile(r"^Punkt\s+\d{1,3}\s*[:.]\s*\S.*\s\.*\d{1,4}$", re.IGNORECASE)


def _paged(lines: list[Line], k: int) -> bool:
    # ("Punkt 8. Title …" / "rest ..... 4": an entry wrapped before its page is one too)
    return 0 <= k < len(lines) and (
        _PAGED_ENTRY.match(lines[k].clean) is not None
        or (_ITEM.match(lines[k].clean) is not None and wrapped_contents_entry(lines, k))
    )


def _contents_entry(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is one of three or more adjacent ``Punkt N title page`` lines: a
    contents list, whose entries say nothing of how the items below are headed (they may be
    "Punkt 3." alone over the title, a heading another layout reads)."""
    if not _paged(lines, k):
        return False
    run = 1 + sum(1 for _ in takewhile(lambda j: _paged(lines, j), count(k - 1, -1)))
    return run + sum(1 for _ in takewhile(lambda j: _paged(lines, j), count(k + 1))) >= 3


def recognise(lines: list[Line]) -> bool:
    """Any ``Punkt N: title`` line heading an item: not a contents list's entry nor a
    point of a decision."""
    return any(
        _ITEM.match(line.clean) and not _contents_entry(lines, k) and not decision_point(lines, k)
        for k, line in enumerate(lines)
    )


def parse(lines: list[Line]) -> ParsedMeeting:
    # "Åbne punkter" over the first item: the open part's heading, no text of the header
    markers = part_markers(lines)
    # ("LUKKET DAGSORDEN" / "Punkterne 9-11 er behandlet for lukkede døre.": the closed
    # part's line and its note, no text of the last open item)
    skip = furniture(lines) | set(markers) | closed_part_notes(lines, markers)
    meeting = parse_agenda_export(lines, skip)
    if meeting.forum and meeting.location and meeting.start_time:
        return meeting
    # The export's own title ("REFERAT <forum> d. …") missing, the forum may still stand in
    # a title line the other layouts read ("Referat – Chefforum, Økonomiforvaltningen");
    # its "Mødested:" missing, the place in a meta line they read ("Mødedato: … · Kl. … ·
    # Stiager 2, Direktionens mødelokale"), its time in a second field on the date's line
    # ("Dato: 04.02.2025   Tid: 10:00 – 12:00")
    first = next((k for k, line in enumerate(lines) if _ITEM.match(line.clean)), len(lines))
    head = read_header(lines[:first], skip, set())
    return replace(
        meeting,
        # ("Sundheds- og omsorgsberedskabet – hedebølge juli 2019": an emergency body's title)
        forum=meeting.forum or head.forum or crisis_title_forum(lines[:first], set(), skip=skip),
        location=meeting.location or head.location,
        start_time=meeting.start_time or head.start_time,
        # ("Dato: 7. oktober 2019" in a memo's reference block over "Mødet blev holdt
        # torsdag den 3. oktober 2019 kl. 8.30 …": the memo's day is no meeting's)
        date=head.date if _memo_dated(meeting.date, head.letter_date) else meeting.date,
    )


def _memo_dated(date: object, letter_date: dt.date | None) -> bool:
    """Whether the export's date is the day its letter or memo was written."""
    if letter_date is None or date is None:
        return False
    return (date.date() if isinstance(date, dt.datetime) else date) == letter_date
