"""Item headings that give the item's time slot a column of its own (pure).

An internal forum's agenda often plans the meeting by the clock, and some templates set
the slot beside the item's number rather than after the title:

* ``### C | 13.25–14.00 | Revision af trivselspolitik``: a markdown (or plain) heading
  whose mark, slot and title are parted by pipes (the mark a number or a capital letter,
  the slot a span or the start alone);
* ``09.40-10.10<TAB>3. Trivselsmåling blandt unge``: the slot first, then the numbered
  title (a Word paragraph with a tab stop, text copied from one; also a markdown heading,
  a lettered title and ``Punkt 3:`` / ``Pkt. 3``).

Either is written as the common heading with the time box after the title
(``C. Revision af trivselspolitik (13.25–14.00)``), which the item grammar reads as the
title and its duration. A document must write two or more headings the same way: a single
such line is left as it stands.
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: "13.25–14.00", "9:00-9:30": a time span; the start alone ("15.00") in the piped form.
_SPAN = r"\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}"
_SLOT = rf"(?:kl\.\s*)?(?:{_SPAN}|\d{{1,2}}[.:]\d{{2}})"

#: "### C | 13.25–14.00 | Title": heading marks, the item's mark, its slot, the title.
_PIPED = re.compile(
    rf"^(?P<hashes>#{{1,6}}[ \t]+)?(?P<mark>[A-ZÆØÅ]|\d{{1,3}})\.?[ \t]*\|[ \t]*"
    rf"(?P<slot>{_SLOT})[ \t]*\|[ \t]*(?P<title>[^|\s][^|\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: "09.40-10.10<TAB>3. Title": the slot first, then the numbered (or lettered) title.
#: ("… Punkt 3: Title", "… Pkt. 3 Title": the item's word kept, as its layout reads it)
_MARK = r"(?:\d{1,3}|[A-ZÆØÅ])\.|(?:Punkt|Pkt\.)[ \t]?\d{1,3}[.:]?"
_SLOT_FIRST = re.compile(
    rf"^(?P<hashes>#{{1,6}}[ \t]+)?(?P<slot>(?:kl\.\s*)?{_SPAN})"
    rf"(?:\t+|[ \t]{{2,}}|[ ](?=(?:{_MARK})\s))(?P<mark>{_MARK})[ \t]+"
    r"(?P<title>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)


def _box(slot: str) -> str:
    """The slot as the time box after a title: a span in brackets; the start alone says
    nothing the title needs (the item's end is unknown), so none."""
    slot = re.sub(r"^kl\.\s*", "", slot.strip())
    return f" ({slot})" if re.search(r"[-–]", slot) else ""


def _piped(m: re.Match[str]) -> str:
    return f"{m.group('hashes') or ''}{m.group('mark')}. {m.group('title')}{_box(m.group('slot'))}"


def _slot_first(m: re.Match[str]) -> str:
    hashes = m.group("hashes") or ""
    return f"{hashes}{m.group('mark')} {m.group('title')}{_box(m.group('slot'))}"


#: "Kl. 9.15-10.15   Title": a day's programme whose slots number nothing (a OneNote page's
#: lines, the slot, a gap of spaces or a tab, the title; the notes indented under it).
_SLOT_ONLY = re.compile(
    rf"^(?P<slot>(?:[Kk]l\.\s*)?{_SPAN})(?:\t+|[ ]{{2,}})(?P<title>[A-ZÆØÅ0-9\"«][^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: "PAUSE", "Frokost", "Kaffepause": a programme's break, no item.
_BREAK = re.compile(
    r"^(?:(?:kaffe|frokost|formiddags|eftermiddags)?pause|frokost|kaffe(?:\s+og\s+\w+)?|"
    r"ankomst(?:\s+og\s+\w+)?|morgenmad|middag)\.?$",
    re.IGNORECASE,
)
#: Slot lines before a programme is read from them (two of them items).
_MIN_SLOTS = 3


def _numbered_slots(text: str) -> str:
    """A programme's slot lines written as ``N. Title (slot)``, numbered in order; its
    breaks blanked (no item, no text of the item before). As it was where fewer than
    ``_MIN_SLOTS`` lines, or fewer than two items, are so written."""
    found = list(_SLOT_ONLY.finditer(text))
    items = [m for m in found if not _BREAK.match(m.group("title"))]
    if len(found) < _MIN_SLOTS or len(items) < 2:
        return text
    out: list[str] = []
    end = 0
    number = 0
    for m in found:
        out.append(text[end : m.start()])
        if _BREAK.match(m.group("title")):
            out.append("")
        else:
            number += 1
            slot = re.sub(r"^[Kk]l\.\s*", "", m.group("slot"))
            out.append(f"{number}. {m.group('title')}{_box(slot)}")
        end = m.end()
    out.append(text[end:])
    return "".join(out)


#: "| 08:15–08:25 | B | Title | Områdeleder | Drøftelse |" (or its cells parted by tabs): an
#: agenda table whose first column is the time slot, the item's mark (a number or a
#: capital) the second, the title the third, and short planning cells (who, why) after.
_SLOT_MARK_ROW = re.compile(
    rf"^[ \t]*\|?[ \t]*(?P<slot>{_SLOT})[ \t]*[|\t][ \t]*(?P<mark>[A-ZÆØÅ]|\d{{1,3}})\.?"
    r"[ \t]*[|\t][ \t]*(?P<title>[^|\t\n]*[^|\t\s])[ \t]*(?P<rest>[|\t][^\n]*)?$",
    re.MULTILINE,
)
#: "| 09:35–09:50 | – | Pause | | |": the table's break, its mark cell empty.
_SLOT_BREAK_ROW = re.compile(
    rf"^[ \t]*\|?[ \t]*{_SLOT}[ \t]*[|\t][ \t]*[-–—]?[ \t]*[|\t][ \t]*(?P<title>[^|\t\n]*[^|\t\s])"
    r"[ \t]*(?:[|\t][^\n]*)?$",
    re.MULTILINE,
)
#: A slot's end, a cell's edge and a mark in the next cell: a row's start as
#: :data:`_SLOT_MARK_ROW` reads it, looked for in one pass.
_SLOT_THEN_MARK = re.compile(r"\d[.:]\d\d[ \t]*[|\t][ \t]*(?:[A-ZÆØÅ]|\d{1,3})\.?[ \t]*[|\t]")
#: A planning cell beside the title (who presents it, why): short, no sentence.
_PLAN_CELL_MAX = 40


def _planning(rest: str | None) -> bool:
    """Whether a row's cells after the title are planning cells only (none a text)."""
    cells = [c.strip() for c in re.split(r"[|\t]", rest or "")]
    return all(len(c) <= _PLAN_CELL_MAX for c in cells)


def _slot_mark_rows(text: str) -> str:
    """An agenda table's rows with the slot before the mark written as contents lines
    ``B. Title<TAB>slot`` (the slot a planning cell after the title, as the contents
    reader takes it off: a time box would stand after a title's bracketed case number)
    and its breaks blanked; as it was unless two or more rows are so written, each with
    planning cells only after the title (a table whose cells hold the notes is read as a
    table)."""
    if _SLOT_THEN_MARK.search(text) is None:
        return text  # the cheap check first: most texts have no such row
    rows = [m for m in _SLOT_MARK_ROW.finditer(text) if _planning(m.group("rest"))]
    if len(rows) < 2:
        return text
    text = _SLOT_MARK_ROW.sub(
        lambda m: (
            f"{m.group('mark')}. {m.group('title')}\t{m.group('slot')}"
            if _planning(m.group("rest"))
            else m.group(0)
        ),
        text,
    )
    return _SLOT_BREAK_ROW.sub(lambda m: "" if _BREAK.match(m.group("title")) else m.group(0), text)


def time_slot_headings(text: str) -> str:
    """``text`` with its time-slot headings written as ``N. Title (slot)``; as it was where
    the document has fewer than two of them (three for a programme numbering nothing)."""
    if "|" in text and len(_PIPED.findall(text)) >= 2:
        text = _PIPED.sub(_piped, text)
    if "|" in text or "\t" in text:
        text = _slot_mark_rows(text)
    if len(_SLOT_FIRST.findall(text)) >= 2:  # (one pass in C: most texts have no match)
        text = _SLOT_FIRST.sub(_slot_first, text)
    elif "  " in text or "\t" in text:
        text = _numbered_slots(text)
    return text


#: "kl. 9.00-9.15" alone on its line: an item's slot under its title.
_SLOT_LINE = re.compile(
    r"^(?:[Kk]l\.\s*)?(?P<h>\d{1,2})[.:](?P<m>\d{2})\s*[-–]\s*\d{1,2}[.:]\d{2}$"
)


def programme_start(lines: list[Line], items: int) -> str | None:
    """The first slot's start ("09:00") where the items' titles each have their slot on
    the line under them (a theme day's programme: ``Title`` / ``kl. 9.00-9.15``), one slot
    an item at least; else None."""
    if items < 2:
        return None
    slots = [
        k
        for k, line in enumerate(lines)
        if k
        and line.clean[-1:].isdigit()
        and not lines[k - 1].blank
        and _SLOT_LINE.match(line.clean.strip())
    ]
    if len(slots) < items:
        return None
    first = _SLOT_LINE.match(lines[slots[0]].clean.strip())
    assert first is not None
    hour, minute = int(first.group("h")), int(first.group("m"))
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None
