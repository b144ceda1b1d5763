"""Minutes whose decisions are headed "Beslutning i <forum> den <date>:" (Slagelse and
other municipalities' Word/PDF exports).

A title line ``<forum> – Referat – 1. oktober 2018``; items ``N. Title`` with the title
repeated; ``Sagsnr.: … Dok.nr.: … Åbent`` on one line; ``Kompetence:``,
``Beslutningstema``, ``Indstilling``; the decision under ``Beslutning i <forum> den
<date>:`` with a ``Fraværende:`` line. Decisions of earlier bodies shown beside this
meeting's (another forum or date) go to ``case_history``. Variants write ``Beslutning
<forum> den …`` or put the decision before the case description.
"""

from __future__ import annotations

import re

from analysis.layouts.base import parse_numbered
from analysis.model import ParsedMeeting
from analysis.parse import Line, decision_heading

NAME = "beslutning_i"
_TITLE = re.compile(r"^.+?\s+[–—-]\s+(?:Referat|Dagsorden|Beslutningsprotokol)\s+[–—-]\s+\S", re.I)


def recognise(lines: list[Line]) -> bool:
    """A ``<forum> – Referat – <date>`` title or a "Beslutning i <forum> den <date>" line."""
    if any(_TITLE.match(line.clean) for line in lines[:20]):
        return True
    return any(
        line.clean.lower().startswith("beslutning") and decision_heading(line.clean.strip())
        for line in lines
    )


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME)
