"""Remarks on single items gathered under the last item of a short protocol (pure).

A beslutningsprotokol that lists every item with its outcome in a word (a table, or a list
with the outcome after a dash) may note what was said to some of them in a block after the
last item::

    Bemærkninger:
    Ad 2: Lone Jessen (SF) ønskede tilført, at rapporten bør drøftes i skolebestyrelserne.
    Ad 5: Udvalget opfordrer skolen til at søge igen med et revideret forslag.

Read as it stands the block is text of the last item's decision. :func:`trailing_remarks`
finds it: the label alone, then only ``Ad N:`` lines (to a blank line or the end), the
remarks of the protocol as a whole (``meetings.notes``).
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: "Bemærkninger:" / "Bemærkninger til punkterne" alone on its line.
_LABEL = re.compile(r"^bemærkninger(?:\s+til\s+(?:punkterne|sagerne))?\s*:?$", re.I)
#: "Ad 2: …", "Ad pkt. 5. …": a remark on the item of that number.
_REMARK = re.compile(r"^Ad\s+(?:pkt\.?\s*|punkt\s+)?\d{1,3}\s*[:.)]\s+\S", re.I)


def trailing_remarks(lines: list[Line], last_head: int, end: int) -> list[int] | None:
    """Positions of such a block between the last item's heading and ``end`` (its label
    first), else None. The block must close the minutes: nothing but blank lines after
    its remarks."""
    label = next(
        (
            k
            for k in range(last_head + 1, end)
            if lines[k].clean[:1] in "Bb" and _LABEL.match(lines[k].clean.strip())
        ),
        None,
    )
    if label is None:
        return None
    block = [label]
    for k in range(label + 1, end):
        text = lines[k].clean.strip()
        if not text:
            continue
        if not _REMARK.match(text):
            return None
        block.append(k)
    return block if len(block) > 1 else None
