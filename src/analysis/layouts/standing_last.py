""" "EVT." closing numbered items with no number of its own (pure).

A forum's notes typed as text number their items "1)" … "6)" and close with the standing
item in capitals, unnumbered, its text under it:

    6) Budgetforslag til Social- og Sundhedsudvalget
       Opsummering: Anbefales …

    EVT.
       Intet

The capitals (or a heading's style) set it apart from the last item's text, as the
group headings above the items ("TIL BESLUTNING") are set apart: it is the next item.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.layouts.headings import Head
from analysis.parse import Line

#: "EVT.", "EVENTUELT", "Eventuelt:" (as a heading): the standing last item's title alone.
_EVT = re.compile(r"^(?:eventuelt|evt\.?)\s*:?$", re.I)


def with_unnumbered_last(lines: list[Line], heads: list[Head], end: int | None) -> list[Head]:
    """``heads`` with the unnumbered standing item after the last one added (numbered
    next), where the heads are numbered 1, 2, 3 … and none is that item already; else
    ``heads`` as they were."""
    if len(heads) < 2 or [h.number for h in heads] != list(range(1, len(heads) + 1)):
        return heads
    if any(_EVT.match(h.title.strip()) for h in heads):
        return heads
    stop = len(lines) if end is None else end
    for p in range(heads[-1].pos + 2, stop):
        line = lines[p]
        text = line.clean.strip()
        if not text or len(text) > 12 or not lines[p - 1].blank or not _EVT.match(text):
            continue
        if not (line.heading_level or text.isupper()):
            continue
        under = next((k for k in range(p + 1, stop) if not lines[k].blank), None)
        if under is None:
            return heads
        return [*heads, unnumbered_head(heads[-1], p, len(heads) + 1, text)]
    return heads


def unnumbered_head(last: Head, pos: int, number: int, title: str) -> Head:
    """The head of an unnumbered item at ``pos`` after the numbered ``last``, numbered
    ``number``: styled as the heads before it, none of their case, marks or parts."""
    return replace(
        last,
        pos=pos,
        number=number,
        title=title,
        consumed=(),
        case_number=None,
        evidence=1,
        closed=False,
        inserted=False,
        part="",
    )
