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

from analysis.layouts.groups import is_group_heading
from analysis.parse import Line, line_start_test, lines_holding

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
#: ("**9.10-9.50** **2. Title (B)**": slot and heading each set in bold, a markdown note's;
#: "kl. 9.45   2. Title (30 min.)": the start alone after "kl.", the duration after the title)
_SLOT_FIRST = re.compile(
    rf"^(?P<hashes>#{{1,6}}[ \t]+)?(?:\*\*|__)?"
    # ("17.35   Pkt. 2   Title": the start alone in a clock column, a gap after it)
    rf"(?P<slot>(?:kl\.\s*)?{_SPAN}|[Kk]l\.\s*\d{{1,2}}[.:]\d{{2}}|"
    r"\d{1,2}[.:]\d{2}(?=\t|[ ]{2,}))(?:\*\*|__)?"
    rf"(?:\t+|[ \t]{{2,}}|[ ](?=(?:\*\*|__)?(?:{_MARK})\s))(?P<em>\*\*|__)?(?P<mark>{_MARK})[ \t]+"
    r"(?P<title>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: "Title (B)", "Title (O/D)": the item's form (beslutning, orientering, drøftelse,
#: information) after the title of a timetable's slot, a planning cell as the slot is.
_FORM_MARK = re.compile(r"\s*\([BDOI](?:/[BDOI])?\)$")


def _box(slot: str) -> str:
    """The slot as the time box after a title: a span in brackets; the start alone says
    nothing the title needs (the item's end is unknown), so none."""
    slot = re.sub(r"^kl\.\s*", "", slot.strip())
    return f" ({slot})" if re.search(r"[-–]", slot) else ""


def _piped(m: re.Match[str]) -> str:
    return f"{m.group('hashes') or ''}{m.group('mark')}. {m.group('title')}{_box(m.group('slot'))}"


def _slot_first(m: re.Match[str]) -> str:
    hashes, em, title = m.group("hashes") or "", m.group("em") or "", m.group("title")
    if em and title.endswith(em):  # (the bold closed after the box: one heading)
        title = title[: -len(em)].rstrip()
    title = _FORM_MARK.sub("", title) if title.endswith(")") else title
    return f"{hashes}{em}{m.group('mark')} {title}{_box(m.group('slot'))}{em}"


#: "Kl. 9.15-10.15   Title": a day's programme whose slots number nothing (a OneNote page's
#: lines, the slot, a gap of spaces or a tab, the title; the notes indented under it).
#: ("16.00  Velkomst …": the start alone too, a plain-text programme's clock column, each
#: slot ending where the next starts; three such lines or more, as for spans)
_SLOT_ONLY = re.compile(
    rf"^(?P<slot>(?:[Kk]l\.\s*)?(?:(?P<span>{_SPAN})|\d{{1,2}}[.:]\d{{2}}))(?:\t+|[ ]{{2,}})"
    # (after a start alone, no number first: "14.10<TAB>3<TAB>Arbejdsmiljø" is a timetable's
    # row, its item numbered in the next column)
    r"(?P<title>(?(span)[A-ZÆØÅ0-9\"«]|[A-ZÆØÅ\"«])[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: "PAUSE", "Frokost", "Kaffepause": a programme's break, no item.
#: ("Pause - sandwich i foyeren", "Frokost og tak for i dag", "Middag i restauranten": the
#: break word first, what is served or where after a dash, "og", "i" or "på")
#: ("Frokost (afstand ved bordene!)": a remark in brackets after it; "Slut": the day's end)
_BREAK = re.compile(
    r"^(?:(?:kaffe|frokost|formiddags|eftermiddags)?pause|frokost|kaffe(?:\s+og\s+\w+)?|"
    r"ankomst(?:\s+og\s+\w+)?|morgenmad|middag|aftensmad|slut)"
    r"(?:[ \t]*[-–][ \t]+[^\n]*|[ \t]+(?:og|i|på)[ \t]+[^\n]*|[ \t]*\([^()\n]*\))?\.?$",
    re.IGNORECASE,
)
#: Slot lines before a programme is read from them (two of them items).
_MIN_SLOTS = 3

#: "## 13:10 · Title", "### kl. 9.00-9.30 – Title": a markdown heading led by its slot and a
#: separator (a middle dot, a dash, a pipe), the programme's items numbering nothing.
#: ("## Kl. 9:00 – 9:45 Title": after a span, a space alone parts it from the title)
_HEADED_SLOT = re.compile(
    rf"^(?P<hashes>#{{1,6}}[ \t]+)"
    rf"(?P<slot>(?:[Kk]l\.\s*)?(?:(?P<span>{_SPAN})|\d{{1,2}}[.:]\d{{2}}))"
    r"(?(span)[ \t]+(?:[·•|–-][ \t]+)?|[ \t]+[·•|–-][ \t]+)(?P<title>[A-ZÆØÅ\"«][^\n]*?)[ \t]*$",
    re.MULTILINE,
)


#: "12.45 | Session 1 | Title", "13.00  Modul 2: Title": a seminar's slot, then the session
#: (module, block, workshop) numbered, then its title: the session's number is the item's.
_SESSION_SLOT = re.compile(
    rf"^(?P<slot>(?:[Kk]l\.\s*)?(?:{_SPAN}|\d{{1,2}}[.:]\d{{2}}))(?:[ \t]+\|[ \t]*|\t+|[ ]{{2,}})"
    r"(?:Session|Modul|Blok|Workshop)[ \t]+(?P<mark>\d{1,2})[ \t]*[|:·•–—-][ \t]*"
    r"(?P<title>[A-ZÆØÅ\"«][^\n]*?)[ \t]*$",
    re.MULTILINE,
)


def _session_slots(text: str) -> str:
    """A seminar's slot lines naming their session's number written as ``N. Title
    (slot)`` (the programme's and the summary's alike: the first the contents list, the
    second the items' headings); as it was where fewer than two lines are so written."""
    if len(_SESSION_SLOT.findall(text)) < 2:
        return text
    return _SESSION_SLOT.sub(
        lambda m: f"{m.group('mark')}. {m.group('title')}{_box(m.group('slot'))}", text
    )


def _headed_slots(text: str) -> str:
    """A programme's markdown headings led by their slots written as ``## N. Title (slot)``,
    numbered in order (a break's heading blanked); as it was where fewer than
    ``_MIN_SLOTS`` headings, or fewer than two items, are so written."""
    found = list(_HEADED_SLOT.finditer(text))
    if len(found) < _MIN_SLOTS:
        return text
    if sum(1 for m in found if not _BREAK.match(_FORM_MARK.sub("", m.group("title")))) < 2:
        return text
    number = 0

    def numbered(m: re.Match[str]) -> str:
        nonlocal number
        title = m.group("title")
        if _BREAK.match(title):
            return ""
        number += 1
        slot = re.sub(r"^[Kk]l\.\s*", "", m.group("slot"))
        return f"{m.group('hashes')}{number}. {_FORM_MARK.sub('', title)}{_box(slot)}"

    return _HEADED_SLOT.sub(numbered, text)


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
    summary = _summary_numbered(text[found[-1].end() :], [m.group("title") for m in items])
    for m in found:
        between = text[end : m.start()]
        if end and summary is not None:
            # ("Dag 2 – fredag den 15. marts" between a two days' slots: the programme's
            # day heads, which would part it in two contents lists)
            between = _DAY_HEAD.sub("", between)
        out.append(between)
        if _BREAK.match(m.group("title")):
            out.append("")
        else:
            number += 1
            slot = re.sub(r"^[Kk]l\.\s*", "", m.group("slot"))
            out.append(f"{number}. {m.group('title')}{_box(slot)}")
        end = m.end()
    return "".join(out) + (text[end:] if summary is None else summary)


#: "kl. 12.00      Frokost": a programme's break in its clock column (no number, no item).
_SLOT_BREAK = re.compile(
    rf"^(?:[Kk]l\.\s*)?(?:{_SPAN}|\d{{1,2}}[.:]\d{{2}})(?:\t+|[ ]+)(?P<title>[^\n]*?)[ \t]*$"
)


def _programme_gaps_off(text: str) -> str:
    """``text`` with the lines between a programme's numbered slots (``kl. 13.15  Pkt. 2
    Title``) that part it blanked: its breaks in the clock column and the heads of its days
    ("Fredag den 5. april" over the second day's slots), so the programme is one contents
    list once its slots are written as items' lines. Only between two such slots, a few
    lines at most."""
    lines = text.split("\n")
    numbered = [k for k, line in enumerate(lines) if _SLOT_FIRST.match(line)]
    # (and the breaks right above the first: "Kl. 10.00  Kaffe og ankomst" under "DAG 1")
    first = numbered[0] if numbered else 0
    while first > 0 and _slot_break(lines[first - 1]):
        first -= 1
        lines[first] = ""
    for a, b in zip(numbered, numbered[1:], strict=False):
        gap = range(a + 1, b)
        if not 0 < len(gap) <= _MAX_GAP:
            continue
        if all(_programme_gap(lines[k]) for k in gap):
            for k in gap:
                # (a day's head that groups the items, "DAG 2 - FREDAG", stays: the second
                # day may number from 1 again)
                if not is_group_heading(lines[k].strip()):
                    lines[k] = ""
    return "\n".join(lines)


def _slot_break(line: str) -> bool:
    """A break in the programme's clock column ("kl. 12.00      Frokost")."""
    brk = _SLOT_BREAK.match(line.strip())
    return bool(brk and _BREAK.match(brk.group("title")))


#: Lines between two slots of a programme (a break, a day's end and the next day's head).
_MAX_GAP = 6


def _programme_gap(line: str) -> bool:
    """A blank line, a break in the clock column or a day's head."""
    return not line.strip() or _slot_break(line) or _DAY_HEAD.match(line) is not None


#: Titles of a programme that must recur below it before its summary is read by them.
_MIN_RECURRING = 2
#: "Dag 2 – fredag den 15. marts", "Fredag", "DAG 1 - TORSDAG": a day's head in a programme.
_DAY_HEAD = re.compile(
    r"^[ \t]*(?:dag[ \t]+\d|(?:man|tirs|ons|tors|fre|lør|søn)dag\b)[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)


def _summary_numbered(rest: str, titles: list[str]) -> str | None:
    """The summary after a programme whose slots number nothing, each of its titles
    repeated alone on a line below (a seminar's notes: the programme first, then a
    paragraph or two under each title again) with the item's number before it, so the
    programme is its contents list and each repeat opens the item's text; None unless
    ``_MIN_RECURRING`` titles or more recur, in the programme's order."""
    lines = rest.split("\n")
    at = 0
    found: list[tuple[int, int]] = []
    for number, title in enumerate(titles, 1):
        want = title.casefold()
        k = next((j for j in range(at, len(lines)) if lines[j].strip().casefold() == want), None)
        if k is not None:
            found.append((k, number))
            at = k + 1
    if len(found) < _MIN_RECURRING:
        return None
    for k, number in found:
        lines[k] = f"{number}. {lines[k].strip()}"
    return "\n".join(lines)


#: "| 08:15–08:25 | B | Title | Områdeleder | Drøftelse |" (or its cells parted by tabs): an
#: agenda table whose first column is the time slot, the item's mark (a number or a
#: capital) the second, the title the third, and short planning cells (who, why) after.
_SLOT_MARK_ROW = re.compile(
    rf"^[ \t]*\|?[ \t]*(?P<slot>{_SLOT})[ \t]*[|\t][ \t]*(?:(?:Pkt|Punkt)\.?[ \t]*)?"
    r"(?P<mark>[A-ZÆØÅ]|\d{1,3})\.?"
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
_SLOT_THEN_MARK = re.compile(
    r"\d[.:]\d\d[ \t]*[|\t][ \t]*(?:(?:Pkt|Punkt)\.?[ \t]*)?(?:[A-ZÆØÅ]|\d{1,3})\.?[ \t]*[|\t]"
)
#: A planning cell beside the title (who presents it, why): short, no sentence.
_PLAN_CELL_MAX = 40


def _planning(rest: str | None) -> bool:
    """Whether a row's cells after the title are planning cells only (none a text)."""
    cells = [c.strip() for c in re.split(r"[|\t]", rest or "")]
    return all(len(c) <= _PLAN_CELL_MAX for c in cells)


#: "Tid<TAB>Nr.<TAB>Punkt<TAB>Ansvarlig<TAB>Formål<TAB>Referat": a timetable's head whose
#: last column holds each item's outcome (its label a decision label).
_OUTCOME_HEAD = re.compile(
    r"^[ \t|]*Tid(?:spunkt)?[ \t]*[|\t][^\n]*[|\t][ \t]*"
    r"(?P<label>Referat|Beslutning|Konklusion|Aftalt|Aftaler|Opfølgning)[ \t|]*$",
    re.MULTILINE,
)


def _outcome_column(text: str) -> str | None:
    """The label of a timetable's last column where its head names the outcome, else None."""
    m = _OUTCOME_HEAD.search(text) if "Tid" in text else None
    return m.group("label") if m else None


def _but_last(rest: str | None) -> str:
    """A row's cells after the title without the last one."""
    cells = re.split(r"[|\t]", (rest or "").strip(" |\t"))
    return "\t".join(cells[:-1])


def _slot_mark_rows(text: str) -> str:
    """An agenda table's rows with the slot before the mark written as contents lines
    ``B. Title<TAB>slot`` (the slot a planning cell after the title, as the contents
    reader takes it off: a time box would stand after a title's bracketed case number)
    and its breaks blanked; as it was unless two or more rows are so written, each with
    planning cells only after the title (a table whose cells hold the notes is read as a
    table)."""
    # the cheap check first: most texts have no such row (a row is one line holding a tab
    # or a bar; those lines alone are searched, found by the mark: no match spans lines)
    if not any(
        _SLOT_THEN_MARK.search(line) for mark in ("\t", "|") for line in lines_holding(text, mark)
    ):
        return text
    label = _outcome_column(text)
    rows = [
        m
        for m in _SLOT_MARK_ROW.finditer(text)
        if _planning(m.group("rest")) or (label and _planning(_but_last(m.group("rest"))))
    ]
    if len(rows) < 2:
        return text

    def row(m: re.Match[str]) -> str:
        head = f"{m.group('mark')}. {m.group('title')}\t{m.group('slot')}"
        if label and _planning(_but_last(m.group("rest"))):
            # ("… | HJ | O | Taget til efterretning.": the last column the outcome)
            outcome = re.split(r"[|\t]", (m.group("rest") or "").strip(" |\t"))[-1].strip()
            return f"{head}\n{label}: {outcome}" if outcome else head
        return head if _planning(m.group("rest")) else m.group(0)

    text = _SLOT_MARK_ROW.sub(row, text)
    return _SLOT_BREAK_ROW.sub(_break_off, text)


def _break_off(m: re.Match[str]) -> str:
    """A slot line matched with its ``title``: blank where the title is a break."""
    return "" if _BREAK.match(m.group("title")) else m.group(0)


#: "08.35-09.05   2    Budget 2025 - tidsplan og      MBS    B": a typed timetable's row,
#: the slot, the number, the title and its planning cells (who, the form) in columns parted
#: by two spaces or more; the title's words that wrapped stand on the lines under it, at
#: the title's column.
_TYPED_ROW = re.compile(
    rf"^(?P<slot>(?:kl\.\s*)?{_SPAN})(?P<gap>[ ]{{2,}})(?P<mark>\d{{1,3}})\.?[ ]{{2,}}"
    r"(?P<title>\S(?:[^\n]*?\S)??)(?:[ ]{2,}(?P<rest>\S[^\n]*?))?[ \t]*$",
    re.MULTILINE,
)
#: A typed row's planning cells: the initials or the role of who presents it, the form.
_TYPED_CELLS = re.compile(r"^(?:[A-ZÆØÅ]{2,4}|[Aa]lle)(?:[ ]{2,}(?:[BDOI](?:/[BDOI])?|[-–]))?$")
#: "09.35-09.50        Pause": the typed timetable's break, its number column empty.
_TYPED_BREAK = re.compile(rf"^(?:kl\.\s*)?{_SPAN}[ ]{{2,}}(?P<title>\S[^\n]*?)[ \t]*$")
#: A line under a typed row that is not its title's wrapped words: a case or a label.
_LABELLED = re.compile(r"^(?:Sag|J\.\s*nr|Journal|Dok)|^[^\s:]{1,25}:")


def _typed_rows(text: str) -> str:
    """A typed timetable's rows written as ``N. Title (slot)``, the title's wrapped words
    joined to it (their lines left blank) and its breaks blanked; as it was unless two or
    more rows end in planning cells (initials, the form letter)."""
    rows = [
        m
        for m in _TYPED_ROW.finditer(text)
        if m.group("rest") and _TYPED_CELLS.match(m.group("rest"))
    ]
    if len(rows) < 2:
        return text
    lines = text.split("\n")
    starts = {m.start() for m in rows}
    offset = 0
    for k, line in enumerate(text.split("\n")):
        m = _TYPED_ROW.match(line) if offset in starts else None
        offset += len(line) + 1
        line = lines[k]  # (blank where an earlier row's title took its words)
        if m is None:
            brk = _TYPED_BREAK.match(line) if line[:1].isdigit() else None
            if brk and _BREAK.match(brk.group("title")):
                lines[k] = ""
            continue
        title, column = m.group("title"), m.start("title")
        j = k + 1
        while j < len(lines):
            nxt = lines[j]
            if len(nxt) - len(nxt.lstrip(" ")) != column or _LABELLED.match(nxt.strip()):
                break
            title = f"{title} {nxt.strip()}"
            lines[j] = ""
            j += 1
        lines[k] = f"{m.group('mark')}. {_FORM_MARK.sub('', title)}{_box(m.group('slot'))}"
    return "\n".join(lines)


#: "Punkt 3            09.15-09.35" over "Title": the item's number with its slot set flush
#: right on the heading's line (a secretariat's template: the slot in a right tab stop),
#: the title alone on the line right under it.
_NUMBER_THEN_SLOT = re.compile(
    rf"^(?P<mark>{_MARK})(?:\t+|[ ]{{2,}})(?P<slot>(?:kl\.\s*)?{_SPAN})[ \t]*\n"
    r"(?P<title>[A-ZÆØÅ\"«][^\n]*[^\s:])[ \t]*$",
    re.MULTILINE,
)
_has_number_then_slot = line_start_test(_NUMBER_THEN_SLOT)
#: "Pause                 10.05-10.15": a break in the same template, the slot flush right.
_BREAK_THEN_SLOT = re.compile(
    rf"^(?P<title>[^\n\t]*?\S)(?:\t+|[ ]{{2,}})(?:kl\.\s*)?{_SPAN}[ \t]*$", re.MULTILINE
)


def _slots_right_of_numbers(text: str) -> str:
    """Headings whose slot stands right of the item's number, the title on the next line
    (``Punkt 3<gap>09.15-09.35`` / ``Title``), written ``Punkt 3 Title (09.15-09.35)`` (the
    title's line left blank, so lines keep their numbers), and the template's breaks
    (``Pause<gap>10.05-10.15``) blanked; as it was where fewer than two headings are so
    written."""
    rows = list(_NUMBER_THEN_SLOT.finditer(text))
    if len(rows) < 2:
        return text
    text = _NUMBER_THEN_SLOT.sub(
        lambda m: f"{m.group('mark')} {m.group('title')}{_box(m.group('slot'))}\n", text
    )
    return _BREAK_THEN_SLOT.sub(_break_off, text)


def time_slot_headings(text: str) -> str:
    """``text`` with its time-slot headings written as ``N. Title (slot)``; as it was where
    the document has fewer than two of them (three for a programme numbering nothing)."""
    # (each pattern below matches in few texts: a test of the lines' starts first, see
    # ``line_start_test``; a whole-text search of a pattern led by "^" costs ~0.1 ms)
    if "|" in text and _has_piped(text) and len(_PIPED.findall(text)) >= 2:
        text = _PIPED.sub(_piped, text)
    if "|" in text or "\t" in text:
        text = _slot_mark_rows(text)
    clock = _has_clock_start(text)  # (what each of the three patterns below needs first)
    if clock and _has_session_slot(text):
        text = _session_slots(text)  # ("12.45 | Session 1 | Title": the session's number)
        clock = _has_clock_start(text)
    if clock and "   " in text and _has_typed_row(text):
        text = _typed_rows(text)  # ("08.35-09.05   2    Title    MBS    B": a timetable's rows)
        clock = _has_clock_start(text)
    if clock and _has_slot_first(text) and len(_SLOT_FIRST.findall(text)) >= 2:
        text = _SLOT_FIRST.sub(_slot_first, _programme_gaps_off(text))
    elif clock and ("  " in text or "\t" in text) and _has_slot_only(text):
        text = _numbered_slots(text)
    if ("  " in text or "\t" in text) and _has_number_then_slot(text):
        text = _slots_right_of_numbers(text)  # ("Punkt 3<gap>09.15-09.35" over the title)
    if "#" in text and _has_headed_slot(text):
        text = _headed_slots(text)  # ("## 13:10 · Title": markdown headings led by their slots)
    return text


#: A clock at a line's start (after a markdown heading's marks, a bold mark or "kl."),
#: then white space, a dash or a bold mark (not "00.01.00-P35-…", a case's number): where
#: a time slot's typed row or slot-led heading starts (``_TYPED_ROW``, ``_SLOT_FIRST``,
#: ``_SLOT_ONLY``), one test for the three (most texts have none).
_CLOCK_START = re.compile(
    r"^(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:[Kk]l\.\s*)?\d{1,2}[.:]\d{2}[\s*_–-]", re.M
)
_has_clock_start = line_start_test(_CLOCK_START)
_has_piped = line_start_test(_PIPED)
_has_typed_row = line_start_test(_TYPED_ROW)
_has_slot_first = line_start_test(_SLOT_FIRST)
_has_slot_only = line_start_test(_SLOT_ONLY)
_has_headed_slot = line_start_test(_HEADED_SLOT)
_has_session_slot = line_start_test(_SESSION_SLOT)


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


#: "kl. 12.00      Frokost", "- 15.30 Kaffe og kage", "09.30-10.00   Title": a line of a
#: programme led by its slot's start (a bullet, a bold mark or "kl." before it).
_PROGRAMME_SLOT = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?:[Kk]l\.\s*)?(?P<h>\d{1,2})[.:](?P<m>\d{2})"
    r"(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?(?:\*\*)?(?:[ \t]*\|)?[ \t]+(?:\d{1,2}\.[ \t]+)?[A-ZÆØÅ\"«]",
    re.MULTILINE,
)
_has_programme_slot = line_start_test(_PROGRAMME_SLOT)
#: Lines a programme's slots stand apart at most (a day's head and a blank line between).
_SLOTS_APART = 4


def programme_first_slot(text: str) -> str | None:
    """The start ("12:00") of the first slot of a programme (``_MIN_SLOTS`` lines or more
    led by their slots, each within ``_SLOTS_APART`` lines of the last): a seminar's notes
    whose header names the days but no hour begin with the programme's first slot, its
    break too ("kl. 12.00  Frokost"); else None."""
    if not _has_programme_slot(text):
        return None
    run: list[re.Match[str]] = []
    last_line = -_SLOTS_APART - 1
    pos = at = 0
    for m in _PROGRAMME_SLOT.finditer(text):
        at += text.count("\n", pos, m.start())  # (the match's line, counted on from the last)
        pos = m.start()
        if at - last_line > _SLOTS_APART:
            run = []
        run.append(m)
        last_line = at
        if len(run) >= _MIN_SLOTS:
            h, mm = int(run[0].group("h")), int(run[0].group("m"))
            return f"{h:02d}:{mm:02d}" if h < 24 and mm < 60 else None
    return None


#: "Program for mødet:", "Tidsplan": the head of a meeting's timetable among the header's
#: lines (its slots under it). Not "Program" or "Dagens program" alone: a seminar's
#: programme whose slots are its items (``headings._TOC_HEAD``).
_PROGRAMME_HEAD = re.compile(
    r"^(?:\*\*)?(?:program\s+for\s+mødet|tidsplan(?:\s+for\s+mødet)?):?(?:\*\*)?$", re.I
)
#: "Kl. 15.00 – 15.45: Oplæg fra …", "- kl. 16.30-17.15 Dialogmøde med …": a slot of the
#: meeting's timetable, a span and what happens in it.
_TIMETABLE_SLOT = re.compile(
    r"^(?:[-*•]\s+)?(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*:?\s+\S",
    re.I,
)


def timetable_slots(lines: list[Line], k: int) -> list[int]:
    """Positions of the slots of a meeting's timetable headed at ``lines[k]`` ("Program for
    mødet:" / "Kl. 15.00 – 15.45: Oplæg …" / "Kl. 15.45 – 16.00: Kaffe"): two or more slot
    lines one under the other, right under the head or after one blank line; else []. Such
    a timetable in an agenda's header plans the meeting (a visit, a dialogue, the meeting
    itself), its slots no items."""
    if _PROGRAMME_HEAD.match(lines[k].clean.strip()) is None:
        return []
    j = k + 1
    if j < len(lines) and lines[j].blank:
        j += 1
    slots: list[int] = []
    while j < len(lines) and _TIMETABLE_SLOT.match(lines[j].clean.strip()):
        slots.append(j)
        j += 1
    return slots if len(slots) >= 2 else []
