"""The agenda system's export (Albertslund's Chefforum minutes, the default corpus).

``REFERAT <forum> d. DD-MM-YYYY``, ``Mødedato``, ``Mødested``, optional
``Mødedeltagere``, ``Indholdsfortegnelse`` with ``title.....<TAB>page`` lines, and items
``Punkt N: title`` followed by the journal number and headed sections. Read as TXT, MD,
PDF and DOCX exports (and web pages the HTML reader rewrites to this form).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.layouts.base import closed_part_notes, part_markers
from analysis.layouts.header import read_header
from analysis.layouts.text import furniture
from analysis.layouts.title_forum import crisis_title_forum
from analysis.model import ParsedMeeting
from analysis.parse import Line, parse_agenda_export

NAME = "agenda"
_ITEM = re.compile(r"^Punkt\s+\d{1,3}\s*(?:[:.]|\s·)\s*\S", re.IGNORECASE)


def recognise(lines: list[Line]) -> bool:
    """Any ``Punkt N: title`` line."""
    return any(_ITEM.match(line.clean) for line in lines)


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
    )
