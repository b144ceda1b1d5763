"""The items of minutes that answer an agenda list point by point: "Ad 1)", "Ad.4) Økonomi",
"Ad 5 - Sct. Hans" under "Dagsorden:" / "1. Title" / "2. Title" … (pure).

A local council's secretary lists the agenda at the top and writes the minutes under "Ad N"
lines, the title shortened, reworded or left out ("Ad 3)" with the notes on the next
line). "Ad" says the text is about the agenda's point N, so where every listed number has
its "Ad N" line below the list, in the list's order, those lines are the items, titled as
the list titles them; no heading's wording is matched against the list's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.layouts.headings import Contents, Head
from analysis.parse import Line

#: "Ad 3)", "Ad. 3.", "Ad pkt. 3:": the point's number and nothing after it.
_BARE_AD = re.compile(r"^ad\.?\s*(?:pkt\.?|punkt)?\s*\d{1,3}[a-z]?\s*[).:]?$", re.IGNORECASE)


def ad_points(heads: list[Head], cands: list[Head], lines: list[Line], toc: Contents) -> list[Head]:
    """The "Ad N" headings below the contents list where they answer its every numbered
    entry in order and the headings matched by title are fewer; else ``heads``."""
    numbers = [e.number for e in toc.entries]
    if len(heads) >= len(numbers) or None in numbers or len(numbers) < 3:
        return heads
    ads = [
        h
        for h in cands
        if h.pos >= toc.end
        and h.pos not in toc.positions
        and lines[h.pos].clean[:2].lower() == "ad"
        and not h.inserted
    ]
    if [h.number for h in ads] != numbers:
        return heads
    return [
        # ("Ad 3)" alone: the line under it, taken for its title, is the item's text)
        replace(h, title=e.title, consumed=() if _BARE_AD.match(lines[h.pos].clean) else h.consumed)
        for h, e in zip(ads, toc.entries, strict=True)
    ]
