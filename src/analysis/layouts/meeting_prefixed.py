"""Item headings led by the meeting's short name (pure).

Some agenda systems export each item's heading with the meeting it belongs to in front:
the forum's abbreviation and the meeting's day, then the item's number in the year and
its title (``ØU 1/9 – pkt. 118: Halvårsregnskab 2025``, ``KB 24.02.2025 - Punkt 12:
Title``). The lead is the same on every item and no part of the title; without it the
heading is the common ``Pkt. 118: Title``.
"""

from __future__ import annotations

import re
from collections import Counter

#: The lead (the forum's abbreviation in two to five capitals, perhaps the day: never a
#: word such as "Lukket" in "Lukket punkt 12", which the heading grammar reads itself),
#: then "pkt." or "punkt" and the number, then the title.
_PREFIXED = re.compile(
    r"^(?P<md>#{1,6}[ \t]+)?(?P<lead>[A-ZÆØÅ]{2,5}"
    r"(?:[ \t]+\d{1,2}[./-]\d{1,2}(?:[./-](?:19|20)?\d{2})?)?)"
    r"[ \t]*(?:[-–—:|][ \t]*)?(?i:pkt\.?|punkt)[ \t]*(?P<num>\d{1,4})[ \t]*[:.\-–]?[ \t]+"
    r"(?P<title>[A-ZÆØÅ0-9\"«].*)$",
    re.MULTILINE,
)
#: The cheap test: "pkt." or "punkt" with a number after a dash or the day.
_MAY = re.compile(r"[\d\-–—:|][ \t]*(?:pkt\.?|punkt)[ \t]*\d", re.IGNORECASE)


def unprefixed_headings(text: str) -> str:
    """``text`` with item headings led by the meeting's short name written ``Pkt. N:
    Title``, where two headings or more share the lead; as it was otherwise."""
    if _MAY.search(text) is None:
        return text
    found = list(_PREFIXED.finditer(text))
    if len(found) < 2:
        return text
    lead, n = Counter(m.group("lead") for m in found).most_common(1)[0]
    if n < 2 or lead.lower() in ("pkt", "punkt", "pkt."):
        return text
    out: list[str] = []
    pos = 0
    for m in found:
        if m.group("lead") != lead:
            continue
        out.append(text[pos : m.start()])
        out.append(f"{m.group('md') or ''}Pkt. {m.group('num')}: {m.group('title')}")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
