"""Pages whose items are numbered through the year (Thisted, Herning and others).

Items ``148. Title`` (also ``1.Title`` without a space, or the number glued to the
title), web controls ``Udskriv`` / ``Til toppen``, ``Deltagere:`` bullets with party
letters, dates like ``02. sep 2020``; or ``Udvalg:`` / ``Mødedato:`` / ``Mødested:``,
``Dagsordenpunkter`` and ``Sagsnr.: … Sagsbehandler: …`` lines (Herning). Item numbers
that continue through the year are normal here.
"""

from __future__ import annotations

import re

from analysis.layouts.base import parse_numbered
from analysis.layouts.headings import candidates
from analysis.layouts.text import furniture
from analysis.model import ParsedMeeting
from analysis.parse import Line

NAME = "running"
_CONTROLS = re.compile(r"^(?:udskriv|til toppen)$", re.IGNORECASE)


def recognise(lines: list[Line]) -> bool:
    """Web controls between items, or numbered headings with evidence starting above 1
    (a weaker heading numbered one below the first strong one starts the run instead)."""
    if sum(1 for line in lines if _CONTROLS.match(line.clean)) >= 2:
        return True
    skip = furniture(lines)
    heads = candidates(lines, skip)
    strong = [h for h in heads if h.evidence >= 2]
    if not strong or strong[0].number == 1:
        return False
    styled = [h for h in heads if h.styled]
    if not strong[0].styled and len(styled) >= 2 and styled[0].number == 1:
        return False  # "## 1. Title" headings, the strong one a numbered list's line in them
    # "Punkt 1: MEDDELELSER" (weaker: no case, a short body) right before a strong
    # "Punkt 2": the items start at 1, numbered per meeting, not through the year.
    # (a heading styled as one counts: "## 1. Godkendelse af dagsorden" with a note under it)
    before = [h for h in heads if h.pos < strong[0].pos and (h.evidence >= 1 or h.styled)]
    if before and before[-1].number == strong[0].number - 1:
        return False
    # "A. Velkommen" (nothing under it) right above a strong "B. …": the run from 1 (see
    # ``headings._lead_filled``)
    n = strong[0].number
    lead = [h.number for h in heads if h.pos < strong[0].pos][-(n - 1) :] if n <= 3 else []
    if lead == list(range(1, n)):
        return False
    # "1) Situationsbillede" / text / "2) Status …" / … / "4) Title" over "Indstilling: …":
    # every heading above the first strong one numbered 1 … n-1 in order, each with text of
    # its own under it (no list's lines): an agenda's first items, whose outcome label does
    # not stand right under the title
    above = [h for h in heads if h.pos < strong[0].pos]
    return not (
        n > 3
        and [h.number for h in above] == list(range(1, n))
        and all(b.pos - a.pos >= 3 for a, b in zip(above, [*above[1:], strong[0]], strict=True))
    )


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME)
