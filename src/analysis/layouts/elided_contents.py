"""A contents list cut short by an ellipsis: "1. Title" / "2. Title" / "3. Title" / "...".

A web page's summary of the minutes (a city council's page that shows its first entries
and "..." for the rest, the full list one click away) lists only the first items; the
items below go on numbering from the last one listed. Without this reading the list
bounds the items and the rest are read into the last listed item's text.
"""

from __future__ import annotations

import re

from analysis.layouts.headings import Contents, Head, chain
from analysis.parse import Line

#: "...", ". . .", "…", "[…]", "(...)": an ellipsis alone on its line (the list's rest left
#: out). Four dots at most: five or more are a typed separator (``text._DOT_RULE``).
_ELLIPSIS = re.compile(r"^[\[(]?\s?(?:(?:\.\s?){3,4}|…)\s?[\])]?$")


def ellipsis_alone(text: str) -> bool:
    """Whether ``text`` is an ellipsis alone (a list's left-out rest), no word with it."""
    text = text.strip()
    # (a cheap test first: twelve characters at most, opening as an ellipsis does)
    return len(text) <= 12 and text[:1] in ".…[(" and _ELLIPSIS.match(text) is not None


def elided_mark(lines: list[Line], toc: Contents) -> int | None:
    """Position of the ellipsis closing the contents list (right under its last entry, at
    most one blank line between), or None where the list is not cut short."""
    pos = toc.end
    for _ in range(2):
        if pos >= len(lines):
            return None
        if not lines[pos].blank:
            break
        pos += 1
    return pos if ellipsis_alone(lines[pos].clean) else None


def continued_heads(
    lines: list[Line], heads: list[Head], cands: list[Head], toc: Contents
) -> list[Head]:
    """``heads`` (those the contents list matched) with the run of headings that number on
    from the last of them, where the list is cut short by an ellipsis; the ellipsis line is
    the list's (placed). The run is the candidates' best rising run with evidence (see
    :func:`headings.chain`), kept only where it goes on from the last matched heading."""
    if not heads or not toc.entries:
        return heads
    mark = elided_mark(lines, toc)
    if mark is None:
        return heads
    toc.positions.add(mark)
    last = heads[-1]
    listed = max((e.number for e in toc.entries if e.number is not None), default=None)
    if listed is None or last.number != listed:
        return heads  # (an entry's heading missing: the list and the text disagree)
    below = [h for h in cands if h.pos > last.pos and h.number > last.number and not h.inserted]
    if not below:
        return heads
    run = chain([last, *below])
    if len(run) < 2 or run[0].pos != last.pos:
        return heads
    return [*heads, *run[1:]]
