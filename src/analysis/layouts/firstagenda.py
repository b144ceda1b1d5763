"""FirstAgenda web pages (Aarhus and others publishing through FirstAgenda).

``Dagsorden <date> kl. HH.MM`` / ``Udvalg:`` / ``Mødedato: <weekday> den D. <month> YYYY
kl. HH.MM`` / ``Mødested:``; items as a number on its own line, the title, and the case
(``EMN-2025-008308``); web controls (``Hent som PDF``, ``Kopier link``); sections
Resume / Beslutningspunkter / Sagsforløb (earlier bodies as ``Udvalg: / Dato: /
Punktnummer:`` blocks) / Bilag. In an agenda a proposal may hold a ``Beslutning:``
heading: its proposed text, not a decision (``vocab.PROPOSED_DECISION_KEY``).
"""

from __future__ import annotations

import re

from analysis.layouts.base import parse_numbered
from analysis.model import ParsedMeeting
from analysis.parse import Line

NAME = "firstagenda"
_CONTROLS = re.compile(r"^(?:[-•]\s*)?(?:hent som pdf|kopier link)$", re.IGNORECASE)
_EMN = re.compile(r"^[A-ZÆØÅ]{2,5}-\d{4}-\d{3,}$")
#: The item table's column heads, glued to an empty "Mødedeltagere:" cell.
_TABLE_HEAD = re.compile(r"^(?:(?:Mødedeltagere:?\s+)?Punkt|Titel)$", re.IGNORECASE)


def recognise(lines: list[Line]) -> bool:
    """``Mødedato:`` and FirstAgenda's item controls or ``EMN-`` case lines."""
    head = any(line.clean.lower().startswith("mødedato") for line in lines[:60])
    marks = sum(1 for line in lines if _CONTROLS.match(line.clean) or _EMN.match(line.clean))
    return head and marks >= 2


def parse(lines: list[Line]) -> ParsedMeeting:
    skip = {line.index for line in lines[:80] if _TABLE_HEAD.match(line.clean)}
    return parse_numbered(lines, NAME, skip)
