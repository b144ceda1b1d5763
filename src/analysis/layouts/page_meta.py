"""The meeting's line under the first item's title, where a portal prints one page per item
(pure).

A portal that publishes each agenda item on its own page repeats the meeting's line on
every page, under the item's title ("Title (punkt 1)" / "<forum> | Onsdag 22. juni 2022,
kl. 16.30 | <place>"); minutes assembled from such pages have no header of their own above
the first item, so the meeting's facts are read from the line under it.
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: A meta line's parts: bars or middle dots between them ("<forum> | <date> | <place>").
_PARTED = re.compile(r"\S\s+[|·]\s+\S")
#: A four-digit year: the meeting's date is somewhere on the line.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def meta_under_title(lines: list[Line], pos: int, limit: int = 3) -> list[Line]:
    """The parted meta line among the first ``limit`` non-blank lines under the heading at
    ``pos`` (as a one-line list), else an empty list."""
    seen = 0
    for line in lines[pos + 1 :]:
        if line.blank:
            continue
        text = line.clean
        if ("|" in text or "·" in text) and _PARTED.search(text) and _YEAR.search(text):
            return [line]
        seen += 1
        if seen >= limit:
            break
    return []
