"""Routing marks after item titles (pure).

Some agenda systems print under each item heading the path the case takes through the
bodies as abbreviations in brackets after the title: "Låneoptagelse 2025 (ØK/BY)" goes
from Økonomiudvalget to Byrådet, "Godkendelse af dagsorden (ØK)" stays with it. The mark
is no part of the title; it is the same fact a prefix "ØU/BY - Title" gives (the item's
``bodies``). One bracket of capitals after a single title is often part of the name
("Forslag fra Kristian Østergaard (SF)", "Tilskud til DGI (DGI)"), so the marks count
only as a document's convention: three items or more, two in three or more of them
marked, all the marked ones sharing an abbreviation (the forum's own).
"""

from __future__ import annotations

import re

from analysis.model import Item

#: " (ØK/BY)", " (BUU)": one to four abbreviations of one to four capitals, parted by "/".
_MARK = re.compile(r"\s+\((?P<bodies>[A-ZÆØÅ]{1,4}(?:/[A-ZÆØÅ]{1,4}){0,3})\)$")


def without_routing_marks(items: list[Item]) -> list[Item]:
    """The items with the routing marks after their titles taken off into ``bodies`` (see
    the module), or the items as they were where the document has no such convention."""
    if len(items) < 3 or sum(it.title.endswith(")") for it in items) * 3 < len(items) * 2:
        return items  # most titles end in a bracket, or there is no convention (cheap test)
    marks = [_MARK.search(it.title) if it.title.endswith(")") else None for it in items]
    found = [m for m in marks if m is not None]
    if len(found) < 3 or len(found) * 3 < len(items) * 2:
        return items
    shared = set.intersection(*(set(m.group("bodies").split("/")) for m in found))
    if not shared:
        return items
    out = []
    for it, m in zip(items, marks, strict=True):
        if m is None or it.bodies:
            out.append(it)
            continue
        out.append(
            Item(**{**vars(it), "title": it.title[: m.start()], "bodies": m.group("bodies")})
        )
    return out
