"""An item's heading in capitals, its title repeated in a field under it (pure, on the text).

A leadership forum's plain-text template may set each item off with a banner in capitals
(``=== PUNKT 3: NY PARKERINGSPOLITIK ===``, the frame read off before) and write the
title once more as a field right under it, in its ordinary case::

    PUNKT 3: NY PARKERINGSPOLITIK
    Titel: Ny parkeringspolitik
    Sag: 2024-11873

The field is the title as written (the banner is its emphasis): the heading takes the
field's text, and the field's line is blanked (its line kept, so line numbers hold), so
the field is never read as the title's second line nor as the item's text. Only where the
field's text is the heading's end in other letters' case, word for word.
"""

from __future__ import annotations

import re

from analysis.parse import matchable_lower

#: "Titel: Ny parkeringspolitik", "Overskrift: …": a field of the item's title.
_TITLE_FIELD = re.compile(
    r"^[ \t]*(?:titel|overskrift)[ \t]*:[ \t]*(?P<title>\S[^\n]*?)[ \t]*$", re.I
)


def cased_title_fields(text: str) -> str:
    """``text`` with each heading in capitals that a title field right under it repeats
    written with the field's text, the field's line blanked (see the module docstring)."""
    if "itel" not in text and "ITEL" not in text and "verskrift" not in _lowered(text):
        return text  # (the cheap gate: no title field)
    lines = text.split("\n")
    changed = False
    for k in range(1, len(lines)):
        if (m := _TITLE_FIELD.match(lines[k])) is None:
            continue
        title = m["title"]
        heading = lines[k - 1].rstrip()
        capitals = title.upper()
        if (
            title == capitals
            or sum(map(str.isalpha, title)) < 3
            or not heading.endswith(capitals)
            or heading == capitals  # (a bare title in capitals: the field is its own item)
            or not heading[: -len(capitals)][-1:].isspace()
            # ("PUNKT 3: ", "3. ", "## Pkt. 3 – ": an item's number before the title)
            or not any(ch.isdigit() for ch in heading[: -len(capitals)])
        ):
            continue
        lines[k - 1] = heading[: -len(capitals)] + title
        lines[k] = ""
        changed = True
    return "\n".join(lines) if changed else text


def _lowered(text: str) -> str:
    """``text.lower()`` as far as a word of a-z is found in it: ``matchable_lower``'s
    Latin-1 table (about ten times faster than ``str.lower`` over a page of Danish, which
    looks up every character's case), ``str.lower`` where the text holds a character
    beyond Latin-1 that lowers to such a letter (the Kelvin sign, "İ")."""
    low = matchable_lower(text)
    return text.lower() if low is None else low
