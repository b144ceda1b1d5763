"""Another meeting's document appended after the minutes (pure).

An agenda system's export may put two documents in one file: the minutes of this
meeting and, after them, the agenda of the next ("Referat" … items 41-45 … then a rule,
the body's name again, "Dagsorden", "Mødetidspunkt: den 02.04.2025 …", items 46-48).
Read as one document, the next meeting's items would be this meeting's, undecided. The
second document starts where a block repeating the header (the forum named again, or a
rule above it) names the kind of document alone ("Dagsorden", "Referat") and, a few
lines under it, a date field gives another date than the meeting's.
"""

from __future__ import annotations

import datetime as dt
import re

from analysis import dates
from analysis.parse import Line

#: The kind of document alone on its line (perhaps a markdown heading; not a label
#: "Referat:" over an item's notes).
_KIND_ALONE = re.compile(
    r"^(?:#+\s*)?(?:dagsorden|referat|dagsorden\s+(?:med|og)\s+referat|beslutningsprotokol)"
    r"\s*$",
    re.IGNORECASE,
)
#: "Mødetidspunkt: den 02.04.2025 kl. 15.30", "Mødedato: …", "Dato: …": the date field.
_DATE_FIELD = re.compile(
    r"^(?:mødetidspunkt|mødedato|mødetid|dato|tidspunkt)\s*(?::|\t)\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
#: "=====", "-----": a rule between the two documents.
_RULE = re.compile(r"^[=\-_*~]{3,}$")
#: How many lines with text under the kind's line may stand before the date field.
_FIELD_REACH = 4
#: How many lines above the kind's line may repeat the header (the owner, the body).
_HEADER_REACH = 8


def _header_start(lines: list[Line], kind_at: int, floor: int) -> int:
    """Where the repeated header over the kind's line at ``kind_at`` starts: the short
    lines right above it (the owner, the body), blank lines and a rule, down to
    ``floor`` (a sentence or a label ends the previous document)."""
    start = kind_at
    for pos in range(kind_at - 1, max(floor, kind_at - _HEADER_REACH) - 1, -1):
        text = lines[pos].clean.strip()
        if text and not _RULE.match(text) and (len(text) > 60 or text[-1:] in ".:!?"):
            break
        start = pos
    while start < kind_at and lines[start].blank:
        start += 1  # the blank lines stay the previous document's
    return start


def _repeats_header(lines: list[Line], start: int, kind_at: int, forum: str | None) -> bool:
    """The block over the kind's line names the forum again (or a rule parts it from the
    minutes): a header, not an item's quoted earlier minutes ("Referat" / "Dato: …")."""
    name = forum.casefold() if forum else None
    for line in lines[start:kind_at]:
        text = line.clean.strip()
        if _RULE.match(text) or (name and name in text.casefold()):
            return True
    return False


def appended_document(
    lines: list[Line], first_item: int, date: dt.date | None, forum: str | None = None
) -> int | None:
    """Position where another meeting's document starts after the item heading at
    ``first_item`` (see the module docstring), else None."""
    if date is None:
        return None
    for pos in range(first_item + 1, len(lines)):
        text = lines[pos].clean
        if text[:1] not in "DdRrBb#" or len(text) > 40 or not _KIND_ALONE.match(text.strip()):
            continue
        seen = 0
        for q in range(pos + 1, len(lines)):
            if lines[q].blank:
                continue
            seen += 1
            if seen > _FIELD_REACH:
                break
            field = lines[q].clean.strip()
            if _KIND_ALONE.match(field):
                break  # the next kind's line is the one to try
            m = _DATE_FIELD.match(field)
            if m is None:
                continue
            found = dates.find_date(m.group("value"))
            if found is not None and found.date != date:
                start = _header_start(lines, pos, first_item + 1)
                if _repeats_header(lines, start, pos, forum):
                    return start
            break
    return None


#: "FORELØBIG DAGSORDEN – Ældrerådets møde mandag den 07.04.2025 kl. 10.00", "Dagsorden
#: til næste møde 7. april 2025": the next meeting's agenda opened on one dated line (a
#: provisional or the next meeting's agenda by its words: a rule above it is blanked).
_NEXT_AGENDA = re.compile(
    r"^(?:(?:foreløbig|næste\s+mødes|kommende)\s+dagsorden|"
    r"dagsorden\s+(?:til|for)\s+(?:næste|kommende)\s+møde)\b(?P<rest>.{4,120})$",
    re.IGNORECASE,
)
#: Lines at the top where the meeting's own date is looked for.
_HEAD_REACH = 20


def next_agenda(lines: list[Line]) -> int | None:
    """Position of the next meeting's agenda appended under the minutes on a dated line
    of its own ("FORELØBIG DAGSORDEN – <forum> mandag den 07.04.2025 kl. 10.00", "Dagsorden
    til næste møde …"): its date later than the first date in the header, its numbered
    list no items of this meeting; else None."""
    for pos in range(_HEAD_REACH + 1, len(lines)):
        text = lines[pos].clean
        if text[:1] not in "DdFfNnKk" or len(text) > 140:
            continue  # the cheap check before the agenda line's grammar
        m = _NEXT_AGENDA.match(text.strip())
        found = dates.find_date(m.group("rest")) if m else None
        if found is not None and (first := _first_date(lines)) and found.date > first:
            return pos
    return None


def _first_date(lines: list[Line]) -> dt.date | None:
    """The first date among the document's top lines (the header's)."""
    for line in lines[:_HEAD_REACH]:
        if line.clean and (found := dates.find_date(line.clean)) is not None:
            return found.date
    return None


#: "## Referat fra mødet den 5. februar 2025 (til godkendelse under punkt 1)", "Referat af
#: udvalgets møde 12.01.2024", "Dagsorden for mødet den …": another meeting's document
#: named with its own date on one line (a heading, or a line set apart by blank lines).
_DATED_KIND = re.compile(
    r"^(?:#+\s*)?(?:referat|dagsorden|beslutningsprotokol)\s+(?:fra|af|for)\s+"
    r"(?:[\wæøå-]+\s+){0,4}?møde(?:t|s)?\b",
    re.IGNORECASE,
)


def earlier_minutes(lines: list[Line], last_item: int, date: dt.date | None) -> int | None:
    """Position of another meeting's minutes (or agenda) appended under the last item,
    opened by a line naming the kind of document and another date than the meeting's
    (the previous meeting's minutes, sent along for approval under item 1), else None."""
    if date is None:
        return None
    for pos in range(last_item + 1, len(lines)):
        line = lines[pos]
        # (the first character before the strip: a blank line, or one opening with another
        # letter, is never the kind's line)
        first = line.clean[:1]
        if not first or (first not in "RrDdBb#" and not first.isspace()):
            continue
        text = line.clean.strip()
        if text[:1] not in "RrDdBb#" or len(text) > 140 or text[-1:] == ".":
            continue  # the cheap check before the line's grammar
        if not _DATED_KIND.match(text):
            continue
        apart = line.heading_level > 0 or (
            0 < pos < len(lines) - 1 and lines[pos - 1].blank and lines[pos + 1].blank
        )
        found = dates.find_date(text)
        if apart and found is not None and found.date != date:
            return pos
    return None
