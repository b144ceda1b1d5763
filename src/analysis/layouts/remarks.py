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
from dataclasses import replace

from analysis.model import Item
from analysis.parse import Line, slugify

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


#: "Ældrerådets bemærkninger", "Rådets udtalelse", "Handicaprådets høringssvar": a council's
#: own remarks on a case put to it (read as its outcome where nothing else decides).
_OWN_REMARKS = re.compile(r"^\S.{0,60}?s\s+(?:bemærkninger|udtalelse|høringssvar)\s*:?$", re.I)
#: The last letters ``_OWN_REMARKS`` reads ("…bemærkninger", "…udtalelse", "…høringssvar", a
#: colon after them), in any case: the cheap test before it.
_REMARKS_ENDS = frozenset("rReE:")
#: "Beslutning i Ældrerådet den …", "Afgørelse", "Rådets beslutning": the item's decision
#: heading (not a signature's "Ref.: …" read as one, nor more remarks).
_DECISION_HEAD = re.compile(r"^(?:beslutning|afgørelse|konklusion)\b|s\s+beslutning\b", re.I)


def remarks_before_decision(items: list[Item]) -> list[Item]:
    """``items`` with a council's remarks read as a decision turned back into the item's text
    where a decision heading of the item's own follows them ("Ældrerådets bemærkninger" /
    <the answer drafted> / "Beslutning i Ældrerådet den …" / "Høringssvaret blev vedtaget
    …"): the decision is what the meeting did with the remarks."""
    out = items
    for i, item in enumerate(items):
        sections = item.sections
        if len(sections) < 2:
            continue
        first = 0
        while first < len(sections) and sections[first].key != "beslutning":
            first += 1
        if first == len(sections):
            continue
        section = sections[first]
        heading = section.heading.rstrip()
        if heading[-1:] not in _REMARKS_ENDS or heading[:10] == "Beslutning":
            continue  # (the cheap checks before the patterns: most decisions are "Beslutning")
        later = next((s.heading for s in sections[first + 1 :] if s.key == "beslutning"), None)
        if later is None or not _OWN_REMARKS.match(heading) or not _DECISION_HEAD.search(later):
            continue
        turned = replace(section, key=slugify(heading))
        out = [
            *out[:i],
            replace(item, sections=(*sections[:first], turned, *sections[first + 1 :])),
            *out[i + 1 :],
        ]
    return out
