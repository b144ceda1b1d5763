"""A numbered list under a lead-in line inside an item is no contents list (pure).

Notes typed into a chat or a notes page, whose items are headings without numbers, write an
item's next steps as a short numbered list right under a line that introduces it::

    ### Udskiftning af fagsystem
    Beslutning: Styregruppen anbefaler …
    Næste skridt:
    1. Kravspecifikation – dec.
    2. Miniudbud – Q1 2025

Such a list, its lines side by side under a lead-in ending in a colon (right under it, or
after one blank line, as a web page parts a paragraph from its list) that names no
contents ("Dagsorden:", "Punkter:" do), below two headings or more, is no contents list
where no numbered heading repeats its entries: the items are the document's headings.
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: A lead-in that heads a contents list, not a list inside an item.
_CONTENTS_LEAD = re.compile(
    r"^(?:dagsorden\w*|agenda|indhold\w*|punkter|emner|program)\b", re.IGNORECASE
)


def lead_in_list(positions: list[int], lines: list[Line]) -> bool:
    """Whether the lines at ``positions`` (sorted, the list's own) are one list under a
    lead-in inside an item (see the module docstring)."""
    if len(positions) < 2 or positions[0] < 1:
        return False
    if positions != list(range(positions[0], positions[0] + len(positions))):
        return False
    at = positions[0] - 1
    if lines[at].blank and at >= 1:
        # (a page's paragraph and its list are parted by a blank line: "… bemærkninger:" /
        # "" / "1. …")
        at -= 1
    lead = lines[at]
    if lead.heading_level or not lead.clean.endswith(":") or len(lead.clean) > 80:
        return False
    if _CONTENTS_LEAD.match(lead.clean):
        return False
    return sum(1 for line in lines[:at] if line.heading_level) >= 2
