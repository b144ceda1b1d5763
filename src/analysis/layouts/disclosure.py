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

A minutes portal's mobile page folds its items the same way, with a chevron or a plus
(``› 4. Title``, ``+ 4. Title``), and each section of an opened item under its own mark,
a plus where it is folded (nothing under it) and a minus where it is open::

    + 2. Budgetopfølgning
    Åben sag · Sagsnr. 24/0012
    + Sagsfremstilling
    − Beslutning
    Taget til efterretning.

The mark before a known section's label is taken off too (``unfolded_sections``), where
two lines or more are so marked: the label is then read as written without it, the text
under an opened one as that section's, and a folded one is a label with nothing under it.
"""

from __future__ import annotations

import re

from analysis.vocab import SECTION_HEADINGS

#: The triangles a toggle shows: small and large, pointing down (open) or right (folded).
#: ("►" and "▶" are a note taker's chevrons and outcomes, read by ``chevron``.)
_TRIANGLES = "▾▸▿▹▼▽"
#: A minutes portal's mobile page marks a folded item the same way with a chevron or a plus
#: ("› 4. Title", "+ 4. Title"; "−" where it is open).
_EXPANDERS = "›+−"
_MARKS = _TRIANGLES + _EXPANDERS
#: A mark, then an item's number and the first letter of its title: "▾ 4. Title".
_FOLDED_HEADING = re.compile(
    # ("## + 3. Title": a browser's print of the page, the heading's bold kept before the
    # mark, which is taken off the same)
    rf"^(?P<lead>[ \t]*(?:#{{1,4}}[ \t]+)?)[{_MARKS}]\ufe0f?[ \t]+"
    rf"(?=\d{{1,3}}[.)]?[ \t]+[A-ZÆØÅ\"«(])"
)
#: The marked headings needed for the triangles to be toggles.
_MIN_HEADINGS = 2


def unfolded_headings(text: str) -> str:
    """``text`` with the toggle's triangle taken off each numbered heading it opens (see
    the module docstring); unchanged where fewer than two headings are so marked."""
    if not any(mark in text for mark in _MARKS):
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


#: A solid square, triangle or diamond a template sets before each item's decision label
#: in a box of its own ("■ Beslutning:", "► Beslutning:"): the label's mark, no bullet of
#: a list (a known section's label alone after it, on two lines or more, as a fold's).
_LABEL_MARKS = "■►▶◆"
_SECTION_MARKS = _MARKS + _LABEL_MARKS
#: A mark, then a known section's label alone on the line: "+ Indstilling", "− Beslutning"
#: (a folded or opened section of an item on a portal's mobile page), "■ Beslutning:".
_FOLDED_SECTION = re.compile(
    rf"^(?P<lead>[ \t]*)[{_SECTION_MARKS}]\ufe0f?[ \t]+(?P<label>[A-ZÆØÅ][^\n]{{2,40}})$"
)


def unfolded_sections(text: str) -> str:
    """``text`` with the fold's mark taken off each section label it opens (``+ Resume``
    folded, ``− Beslutning`` opened): the label is then read as written without it, the
    text under an opened one as that section's. Only before a known section's label
    (``vocab.SECTION_HEADINGS``), and only where two lines or more are so marked."""
    if not any(mark in text for mark in _SECTION_MARKS):
        return text
    lines = text.split("\n")
    marked = {
        k: m
        for k, line in enumerate(lines)
        if (m := _FOLDED_SECTION.match(line))
        and m.group("label").rstrip(":").strip().lower() in SECTION_HEADINGS
    }
    if len(marked) < _MIN_HEADINGS:
        return text
    for k, m in marked.items():
        lines[k] = m.group("lead") + m.group("label")
    return "\n".join(lines)
