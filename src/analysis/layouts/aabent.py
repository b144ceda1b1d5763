"""Static minutes pages with ``åbent N title`` contents lines (Bornholm's InfRef export).

``Referat`` / ``<forum>`` / ``06-11-2018 kl. 13:00`` / ``<place>``, ``Dagsordenspunkter``
with ``åbent N title`` lines, ``Til indholdsfortegnelse`` links; each item ``Åbent punkt``
then ``N title``, the case number on its own line (``00.30.02G01-0022``), a Behandling /
Mødedato table, and the decision as ``<forum> den D. month YYYY:`` inside ``Indstilling og
beslutning``. Variants: ``Sag nr. 129`` after the title, date, time and place on one
line, one item per page.
"""

from __future__ import annotations

import re

from analysis.layouts.base import parse_numbered
from analysis.model import ParsedMeeting
from analysis.parse import Line

NAME = "aabent"
_TOC = re.compile(r"^(?:åbent|åben|lukket)\s+\d{1,4}\s+\S", re.IGNORECASE)
_OPEN = re.compile(r"^(?:åbent|åben|lukket)\s+punkt$", re.IGNORECASE)
_TABLE = ("behandling", "mødedato", "åbent punkt", "lukket punkt")


def recognise(lines: list[Line]) -> bool:
    """``åbent N title`` contents lines or ``Åbent punkt`` lines above items."""
    toc = sum(1 for line in lines if _TOC.match(line.clean))
    opened = sum(1 for line in lines if _OPEN.match(line.clean))
    return toc >= 2 or opened >= 2


def treatment_tables(lines: list[Line]) -> set[int]:
    """Lines of the "Behandling | Mødedato | Åbent punkt | Lukket punkt" table: the
    forum, date and item number again, not text of the item."""
    out: set[int] = set()
    for pos, line in enumerate(lines):
        if line.clean.lower() != "behandling":
            continue
        nonblank = [p for p in range(pos, min(len(lines), pos + 20)) if not lines[p].blank]
        if len(nonblank) < 4 or lines[nonblank[1]].clean.lower() != "mødedato":
            continue
        for p in nonblank:
            out.add(lines[p].index)
            if re.fullmatch(r"\d{1,4}", lines[p].clean):
                break
    return out


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME, treatment_tables(lines))
