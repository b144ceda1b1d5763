"""Unnumbered items each opened by an "Åbent punkt" / "Lukket punkt" line (pure).

A municipality's web portal copied as text (or saved as a page) lists the meeting's items
without numbers: each item opens with its open/closed mark alone on a line, the title on
the next line, then labelled sections ("Sagsnummer" / the case number, "Sagsfremstilling",
"Beslutning <forum>"). Tried only where no numbered heading and no contents list was
found: the items are numbered 1, 2, 3 … in the order they stand, and at least two of them
must hold a decision label (marks alone are no evidence).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.layouts.headings import Head
from analysis.layouts.unnumbered import decided_heads, decision_label, unnumbered_title
from analysis.parse import Line, heading_key

#: "Åbent punkt", "Lukket punkt", "Åben sag", "Lukket sag": the item's mark alone on a line.
MARK = re.compile(r"^(?:åbent|åben|lukket)\s+(?:punkt|sag)$", re.IGNORECASE)


def marked_items(lines: list[Line], skip: set[int]) -> list[Head]:
    """Items opened by a mark line with the title on the next line: the head sits at the
    mark, the title line is consumed; [] unless two items or more hold a decision."""
    opens: list[tuple[int, str, str | None]] = []
    titles: dict[int, int] = {}
    closed: set[int] = set()
    for p, line in enumerate(lines):
        text = line.clean
        if line.blank or text[:1] not in "ÅåLl" or line.index in skip or not MARK.match(text):
            continue
        q = next((k for k in range(p + 1, min(p + 4, len(lines))) if not lines[k].blank), None)
        if q is None or heading_key(lines[q]) is not None:
            continue
        title = unnumbered_title(lines[q].clean)
        if title is None or MARK.match(title) or title[:1].isdigit():
            continue  # a numbered heading under the mark is the numbered families' own
        opens.append((p, title, None))
        titles[p] = q
        if text[:1] in "Ll":
            closed.add(p)
    heads = decided_heads(lines, opens, decision_label)
    return [replace(h, consumed=(titles[h.pos],), closed=h.pos in closed) for h in heads]
