"""A contents list lettered in small letters under named groups (pure).

A council's typed minutes may letter its items across the agenda's groups ("a)" … "g)")
and list them first, indented under the groups' own names, which are no fixed group words
("Temadrøftelser", "Sager til drøftelse og udtalelse", "Meddelelser", "Øvrigt"):

    Dagsorden
      Temadrøftelser
         a) Title
      Sager til drøftelse og udtalelse
         b) Title

A small letter and a bracket otherwise opens an item's sub-points, so such lines count as
the contents list only here: under the list's head above the first heading, every entry
naming the lettered heading of its letter below, in order, with nothing but the groups'
names between them.
"""

from __future__ import annotations

import re

from analysis.layouts.headings import Contents, Head, TocEntry
from analysis.parse import Line, titles_match

#: "Dagsorden", "Indhold", "Dagsordenspunkter": the head of the list.
_HEAD = re.compile(r"^(?:dagsorden|dagsordenspunkter|indhold|indholdsfortegnelse)\s*:?$", re.I)
#: "a) Title": an entry lettered in small letters with a bracket.
_ENTRY = re.compile(r"^(?P<letter>[a-h])\)\s+(?P<title>[A-ZÆØÅ0-9].*)$")
#: "Meddelelser": a group's name (a capital, a few words, no digit, no full stop).
_GROUP = re.compile(r"^[A-ZÆØÅ][^\d.:;!?()]{2,48}$")


def lettered_contents(lines: list[Line], heads: list[Head], skip: set[int]) -> Contents | None:
    """The list above the first of ``heads`` (lettered items, numbered by the letter's
    place) whose entries name the heads in order, one entry an item; else None."""
    if len(heads) < 2:
        return None
    first = heads[0].pos
    for pos in range(first):
        line = lines[pos]
        if line.index in skip or not line.clean or not _HEAD.match(line.clean.strip()):
            continue
        entries: list[TocEntry] = []
        placed = {pos}
        k = pos + 1
        while k < first:
            text = lines[k].clean.strip()
            if lines[k].blank:
                k += 1
                continue
            m = _ENTRY.match(text)
            if m:
                number = ord(m.group("letter")) - ord("a") + 1
                entries.append(TocEntry(m.group("title").strip(), None, k, number))
            elif not _GROUP.match(text):
                break
            placed.add(k)
            k += 1
        if len(entries) != len(heads):
            continue
        if all(
            e.number == h.number and titles_match(e.title, h.title)
            for e, h in zip(entries, heads, strict=True)
        ):
            return Contents(entries, placed, max(placed) + 1)
    return None
