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
#: A date cell of the table ("03-12-2019") and an item's number in it ("2").
_DATE_CELL = re.compile(r"\d{1,2}-\d{1,2}-\d{4}")
_NUMBER_CELL = re.compile(r"\d{1,4}")


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
        nonblank = [p for p in range(pos, min(len(lines), pos + 40)) if not lines[p].blank]
        if len(nonblank) < 4 or lines[nonblank[1]].clean.lower() != "mødedato":
            continue
        for k, p in enumerate(nonblank):
            out.add(lines[p].index)
            if _NUMBER_CELL.fullmatch(lines[p].clean) and not _another_row(
                lines, nonblank[k + 1 :]
            ):
                break
    return out


def _another_row(lines: list[Line], after: list[int]) -> bool:
    """Whether the table goes on with the next body's row: a forum, its meeting's date and
    the item's number there ("Økonomiudvalget / 03-12-2019 / 2" then "Kommunalbestyrelsen
    / 12-12-2019 / 2": the case's way through the bodies, no decision)."""
    if len(after) < 3:
        return False
    body, date, number = (lines[p].clean for p in after[:3])
    return (
        bool(_DATE_CELL.fullmatch(date))
        and bool(_NUMBER_CELL.fullmatch(number))
        and body[:1].isupper()
        and len(body) <= 80
        and not body.endswith((".", ":"))
    )


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME, treatment_tables(lines))
