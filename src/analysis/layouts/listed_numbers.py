"""A header line listing the meeting's items by number ("Sager på mødet: 019, 020, 021").

An agenda system numbering items through the year prints, under the meeting's facts, the
numbers of the cases on this meeting: no fact of the meeting but the contents in short.
Such a line is placed where its numbers are the items' own (pure).
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: "Sager på mødet: 019, 020, 021", "Punkter: 4, 5 og 6", "Behandlede sager: 12-15".
_LISTED = re.compile(
    r"^(?:sager|punkter|dagsordenspunkter|behandlede\s+(?:sager|punkter))"
    r"(?:\s+(?:på|behandlet\s+på)\s+(?:mødet|dagsordenen))?\s*:\s*"
    r"(?P<numbers>\d{1,4}(?:\s*(?:,|og|-|–)\s*\d{1,4})+)\.?$",
    re.IGNORECASE,
)


def _numbers(text: str) -> set[int] | None:
    """The numbers a listed line names, a range "12-15" spelled out."""
    out: set[int] = set()
    for part in re.split(r"\s*(?:,|\bog\b)\s*", text):
        ends = re.split(r"\s*[-–]\s*", part.strip())
        if len(ends) == 2 and ends[0].isdecimal() and ends[1].isdecimal():
            a, b = int(ends[0]), int(ends[1])
            if not a < b <= a + 50:
                return None
            out.update(range(a, b + 1))
        elif len(ends) == 1 and ends[0].isdecimal():
            out.add(int(ends[0]))
        else:
            return None
    return out


def listed_item_numbers(lines: list[Line], end: int, numbers: set[int]) -> list[int]:
    """Indexes of the lines above ``end`` that list exactly the items' ``numbers``."""
    out: list[int] = []
    for line in lines[:end]:
        text = line.clean.strip()
        if text[:1] not in "SsPpDdBb" or not text[-1:].isdigit() and text[-1:] != ".":
            continue
        m = _LISTED.match(text)
        if m and _numbers(m.group("numbers")) == numbers:
            out.append(line.index)
    return out
