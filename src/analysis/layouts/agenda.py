"""The agenda system's export (Albertslund's Chefforum minutes, the default corpus).

``REFERAT <forum> d. DD-MM-YYYY``, ``Mødedato``, ``Mødested``, optional
``Mødedeltagere``, ``Indholdsfortegnelse`` with ``title.....<TAB>page`` lines, and items
``Punkt N: title`` followed by the journal number and headed sections. Read as TXT, MD,
PDF and DOCX exports (and web pages the HTML reader rewrites to this form).
"""

from __future__ import annotations

import re

from analysis.layouts.text import furniture
from analysis.model import ParsedMeeting
from analysis.parse import Line, parse_agenda_export

NAME = "agenda"
_ITEM = re.compile(r"^Punkt\s+\d{1,3}\s*(?:[:.]|\s·)\s*\S", re.IGNORECASE)


def recognise(lines: list[Line]) -> bool:
    """Any ``Punkt N: title`` line."""
    return any(_ITEM.match(line.clean) for line in lines)


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_agenda_export(lines, furniture(lines))
