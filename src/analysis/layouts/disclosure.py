"""Fold-out triangles before numbered item headings (pure, on the raw text).

A notes page in a workplace tool (Microsoft Loop, Confluence, Notion) folds each item
under a toggle; copied as a browser shows it, the toggle's triangle opens the heading's
line, pointing down where the item is open and right where it is folded::

    ▾ 2. Budgetopfølgning
    Sag: 2024-0012345
    ▸ Sagsfremstilling
    Beslutning
    Taget til efterretning.

    ▸ 3. Personalesag (lukket punkt)

The triangle is the page's control, no part of the heading: taken off, the line is the
numbered heading it shows. Only before an item's number and title, and only where two
lines or more are so marked (one triangle may be a slide's bullet, ``▸ Tidsfrist …``).
A folded section's heading (``▸ Sagsfremstilling``, nothing under it) is left as it is.
"""

from __future__ import annotations

import re

#: The triangles a toggle shows: small and large, pointing down (open) or right (folded).
#: ("►" and "▶" are a note taker's chevrons and outcomes, read by ``chevron``.)
_TRIANGLES = "▾▸▿▹▼▽"
#: A triangle, then an item's number and the first letter of its title: "▾ 4. Title".
_FOLDED_HEADING = re.compile(
    rf"^(?P<lead>[ \t]*)[{_TRIANGLES}]\ufe0f?[ \t]+(?=\d{{1,3}}[.)]?[ \t]+[A-ZÆØÅ\"«(])"
)
#: The marked headings needed for the triangles to be toggles.
_MIN_HEADINGS = 2


def unfolded_headings(text: str) -> str:
    """``text`` with the toggle's triangle taken off each numbered heading it opens (see
    the module docstring); unchanged where fewer than two headings are so marked."""
    if not any(mark in text for mark in _TRIANGLES):
        # (the cheap test: each triangle looked for alone, many times faster than a
        # search for the class of them)
        return text
    lines = text.split("\n")
    marked = {k: m for k, line in enumerate(lines) if (m := _FOLDED_HEADING.match(line))}
    if len(marked) < _MIN_HEADINGS:
        return text
    for k, m in marked.items():
        lines[k] = m.group("lead") + lines[k][m.end() :]
    return "\n".join(lines)
