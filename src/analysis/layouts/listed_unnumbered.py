"""Unnumbered items after numbered ones, listed as bullets under the contents (pure).

A static site's minutes in markdown number their ordinary items and close with standing
items that carry no number, in the contents list and as the items' headings alike:

    ## Indhold

    1. Godkendelse af dagsorden
    …
    3. Naturplejedag 2026
    - Nyt fra medlemmerne
    - Eventuelt

    …
    ## 3. Naturplejedag 2026
    …
    ## Nyt fra medlemmerne

The bullets under the list's last numbered entry name the headings of the same style
after the last numbered item: they are items too, numbered on from the last number (as
the reader numbers an unnumbered list), not sections of the item above them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.layouts.headings import Contents, Head, TocEntry
from analysis.layouts.standing_last import unnumbered_head
from analysis.parse import Line, titles_match

#: "- Eventuelt", "• Nyt fra medlemmerne": an unnumbered entry of the list.
_BULLET_ENTRY = re.compile(r"^[-•*]\s+(?P<title>\S.{0,118})$")


def listed_after_numbered(
    lines: list[Line], heads: list[Head], toc: Contents | None, end: int | None
) -> tuple[list[Head], Contents | None]:
    """``heads`` and ``toc`` with the unnumbered items after the numbered ones added, where
    bullets right under the contents list's last numbered line each name, in order, a
    heading of the last item's style below it (down to ``end``); else both as they were."""
    if toc is None or not toc.positions or len(heads) < 2 or not lines[heads[-1].pos].heading_level:
        return heads, toc
    last = max(toc.positions)
    if last >= heads[0].pos or toc.entries[-1].number is None:
        return heads, toc
    titles: list[tuple[int, str]] = []
    for p in range(last + 1, heads[0].pos):
        entry = _BULLET_ENTRY.match(lines[p].clean.strip()) if not lines[p].blank else None
        if entry is None:
            break
        titles.append((p, entry.group("title").strip()))
    if not titles:
        return heads, toc
    level = lines[heads[-1].pos].heading_level
    stop = len(lines) if end is None else end
    added: list[Head] = []
    entries: list[TocEntry] = []
    at = heads[-1].pos + 1
    for listed, title in titles:
        found = next(
            (
                p
                for p in range(at, stop)
                if lines[p].heading_level == level and titles_match(title, lines[p].clean.strip())
            ),
            None,
        )
        if found is None:
            return heads, toc
        number = heads[-1].number + len(added) + 1
        added.append(unnumbered_head(heads[-1], found, number, lines[found].clean.strip()))
        entries.append(TocEntry(title, None, listed, number))
        at = found + 1
    contents = replace(
        toc,
        entries=[*toc.entries, *entries],
        positions=toc.positions | {p for p, _ in titles},
        end=max(toc.end, titles[-1][0] + 1),
    )
    return [*heads, *added], contents
