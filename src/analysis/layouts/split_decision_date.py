"""A decision heading whose date was printed on the next line (pure).

An agenda system's export may break "Beslutning i Miljøudvalget den" and the
meeting's date ("02-10-2024") onto two lines, the date alone on its line under the
heading. Read together they are the one heading "Beslutning i <forum> den <date>"; the
date's line is part of it, not the decision's first line.
"""

from __future__ import annotations

import re
from operator import attrgetter, methodcaller

from analysis.parse import Line

_CLEAN = attrgetter("clean")
_ENDS_OPEN = methodcaller("endswith", (" den", " d."))

#: "Beslutning i Miljøudvalget den", "Indstilling fra Økonomiudvalget d.":
#: the heading's words up to the "den" that the date follows.
_OPEN_HEADING = re.compile(
    r"^(?:Beslutning|Indstilling)\s+(?:i\s+|fra\s+)?[A-ZÆØÅ§].{1,80}?\s+(?:den|d\.)$"
)
#: "02-10-2024", "2. oktober 2024", "02.10.2024:": a date alone on its line.
_DATE_ALONE = re.compile(r"^(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.?\s+[a-zæøå]+\.?\s+\d{4}):?$")


def joined_decision_dates(body: list[Line]) -> tuple[list[Line], set[int]]:
    """``body`` with each "Beslutning i <forum> den" line joined to the date alone on the
    next non-blank line, and the indexes of the date lines so joined (read, not text)."""
    if not any(map(_ENDS_OPEN, map(_CLEAN, body))):
        return body, set()  # the cheap test (C loops): no line ends where a date follows
    out: list[Line] = []
    joined: set[int] = set()
    k = 0
    while k < len(body):
        ln = body[k]
        nxt = k + 1
        while nxt < len(body) and body[nxt].blank:
            nxt += 1
        if (
            ln.clean.endswith((" den", " d."))
            and nxt < len(body)
            and _OPEN_HEADING.match(ln.clean)
            and _DATE_ALONE.match(body[nxt].clean.strip())
        ):
            date = body[nxt].clean.strip().rstrip(":")
            out.append(Line(ln.index, f"{ln.clean} {date}", ln.heading_level))
            joined.add(body[nxt].index)
            k = nxt + 1
            continue
        out.append(ln)
        k += 1
    return out, joined
