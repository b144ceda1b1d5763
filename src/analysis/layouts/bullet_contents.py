"""An overview of the items as bullets above numbered items (pure).

A Word note whose items Word numbers by itself (the reader writes the numbers back) often
lists the agenda first as a bulleted overview under "Dagsorden": "- Title (sag 25/1187)",
one bullet an item, in the items' order, with the case number in brackets that the item's
own heading leaves out. The list is the contents list: its lines are placed, and each
entry's case number is its item's where the heading names none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.layouts.headings import _INLINE_CASE, Contents, Head, TocEntry
from analysis.layouts.text import _BULLET
from analysis.parse import Line, match_case_number, titles_match

#: "Dagsorden", "Dagsordenspunkter", "Indhold": the head of the overview list.
_OVERVIEW_HEAD = re.compile(r"^(?:dagsorden|dagsordenspunkter|indhold|punkter)\s*:?$", re.I)


def bulleted_contents(
    lines: list[Line], heads: list[Head], skip: set[int]
) -> tuple[Contents, list[Head]] | None:
    """The bulleted overview above the first heading whose entries name the items in order
    (one bullet per item, every item listed), and the heads with the entries' case
    numbers; else None."""
    if len(heads) < 2:
        return None
    first = heads[0].pos
    for pos in range(first):
        line = lines[pos]
        if line.index in skip or not line.clean or not _OVERVIEW_HEAD.match(line.clean):
            continue
        bullets: list[int] = []
        k = pos + 1
        while k < first and (lines[k].blank or _BULLET.match(lines[k].clean)):
            if not lines[k].blank:
                bullets.append(k)
            k += 1
        if len(bullets) != len(heads):
            continue
        entries: list[TocEntry] = []
        cases: list[str | None] = []
        for p, h in zip(bullets, heads, strict=True):
            text = _BULLET.sub("", lines[p].clean, count=1).strip()
            inline = _INLINE_CASE.search(text)
            case = match_case_number(inline.group(0).strip().strip("()[]")) if inline else None
            title = text[: inline.start()].strip() if inline and case else text
            if not titles_match(title, h.title):
                break
            entries.append(TocEntry(title, None, p, number=h.number))
            cases.append(case)
        else:
            toc = Contents(entries, {pos, *bullets}, bullets[-1] + 1)
            cased = [
                replace(h, case_number=case) if case and h.case_number is None else h
                for h, case in zip(heads, cases, strict=True)
            ]
            return toc, cased
    return None
