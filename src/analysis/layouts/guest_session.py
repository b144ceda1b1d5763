"""A session with guests before the ordinary items (pure).

A committee meeting a council or a board of users once or twice a year often opens with
an unnumbered part of its own before item 1, headed by the kind of meeting and its guest::

    ## Dialogmøde med Ældrerådet
    *Kl. 14.00-15.00. Fra Ældrerådet: …*
    Rådet havde sendt to emner: …
    Rådets medlemmer forlod mødet kl. 15.00.

    ## 1. Godkendelse af dagsorden

The part is no item (the labels number the ordinary items from 1, and its record of the
talk decides nothing): its text is the meeting's note, placed, so it neither lands in the
header's facts nor warns as text no table holds.
"""

from __future__ import annotations

from analysis.layouts.header import _MEETING_WITH_GUEST
from analysis.parse import Line

#: The longest heading read as a session's: a kind of meeting and its guest, no sentence.
_MAX_HEAD = 80


def _session_head(lines: list[Line], p: int) -> bool:
    """Whether the line at ``p`` heads a session with a guest ("Dialogmøde med <råd>",
    "Fællesmøde med skolebestyrelserne"): styled as a heading, or a plain line standing
    alone between blank lines, short and no sentence."""
    text = lines[p].clean.strip()
    if not text or len(text) > _MAX_HEAD or text[-1:] in ".:" or "øde" not in text.lower():
        return False  # (the cheap test: "møde" in the line)
    if _MEETING_WITH_GUEST.match(text) is None:
        return False
    if lines[p].heading_level:
        return True
    return (p == 0 or lines[p - 1].blank) and p + 1 < len(lines) and lines[p + 1].blank


def guest_session(
    lines: list[Line], first_item: int, placed: set[int], skip: set[int], after: int = -1
) -> list[int]:
    """Positions of the session with guests standing between the header and the first
    item at ``first_item`` (see the module docstring): its heading and the lines under it
    that no table holds. None of the header's placed lines (``placed``, line indexes) may
    follow its heading, nor any line at or before ``after`` (a contents list's last
    line): the header and the contents come first. Else []."""
    last_placed = max(placed, default=-1)
    for p in range(max(after + 1, 0), first_item):
        if lines[p].blank or lines[p].index <= last_placed or not _session_head(lines, p):
            continue
        part = [
            q
            for q in range(p, first_item)
            if not lines[q].blank and lines[q].index not in skip and lines[q].index not in placed
        ]
        return part if len(part) > 1 else []
    return []
