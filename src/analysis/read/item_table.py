"""An agenda written as one table, a row per item (pure).

Some councils write the whole agenda as a table: a head row ``Nr. | Sag | Indstilling |
Beslutning`` and then one row per item, the number, the title (with the case number on
a second line), and each field in its own column. Read as rows of cells the item grammar
sees no headings; rewritten as the text a reader sees when reading down the row
(``1. Title`` / ``Sagsnr. 19/100`` / ``Indstilling`` / text / ``Beslutning`` / text) it is
the common numbered layout. Used by the Word and web readers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import compress, count
from operator import methodcaller

from analysis.case_labels import CASE_LABEL, CASE_NUMBER_LABEL
from analysis.vocab import SECTION_HEADINGS

#: The number column's head ("Nr.", "Pkt.", "Punkt", "#"); "Dagsorden" over a small
#: council's column of "1. Title" (and the item's short text) beside its "Referat".
#: Also a decision log's "ID", "Løbenr.", "Log-nr." over its ids.
_NUMBER_HEAD = re.compile(
    r"^(?:nr|pkt|punkt|sag\s*nr|dagsordenspunkt|dagsorden|#|id|løbe(?:nr|nummer)|log-?nr)\.?$",
    re.I,
)
#: The title column's head.
_TITLE_HEAD = re.compile(r"^(?:sag|emne|titel|overskrift|sagstitel|dagsordenspunkt|punkt)$", re.I)
#: "12", "12." and, where the row repeats the item's word, "Punkt 12." / "Pkt. 12".
_NUMBER = re.compile(r"^(?:(?:punkt|pkt\.?)\s*)?(?P<num>\d{1,4})\.?$", re.I)
#: An empty field: "–", "-", "…".
_EMPTY = re.compile(r"^[\s\-–—…./]*$")


def _head(text: str) -> str:
    return text.strip().rstrip(":").strip()


#: "Udfald", "Resultat": a column of each item's outcome in a word ("Godkendt", "Udsat"),
#: the decision of a short table of minutes (``Pkt. | Emne | Sagsnr. | Udfald``).
_OUTCOME_HEAD = re.compile(r"^(?:udfald|resultat)$", re.I)


def _field_head(text: str) -> bool:
    head = _head(text).lower()
    return (
        head in SECTION_HEADINGS
        or head.startswith("beslutning")
        or _OUTCOME_HEAD.match(head) is not None
        or _referat(head)
        or _GENITIVE_DECISION_HEAD.match(head) is not None
    )


#: "Bestyrelsens beslutning", "Udvalgets konklusion": the forum's own decision column,
#: its body in the genitive (one word) before the word.
_GENITIVE_DECISION_HEAD = re.compile(
    r"^[a-zæøå]{3,}s\s+(?:beslutning(?:er)?|konklusion|afgørelse)$", re.I
)


def _referat(head: str) -> bool:
    """ "Referat", "Referat/Beslutning", "Referat og beslutning", "Drøftelse/konklusion": a
    forum's column of what was said and concluded."""
    parts = [p.strip() for p in _PARTS.split(head.lower()) if p.strip()]
    return bool(parts) and (
        parts[0] == "referat" or (len(parts) > 1 and any(p in _CONCLUDED for p in parts))
    )


_PARTS = re.compile(r"/|,|\bog\b|&")
_CONCLUDED = frozenset(
    {"referat", "beslutning", "beslutninger", "konklusion", "aftalt", "aftale", "aftaler"}
)


def _field_line(head: str) -> str:
    """The column's head as the field's label above its text: "Referat" (a MED
    committee's column of what was concluded) as the label "Referat:"."""
    if _GENITIVE_DECISION_HEAD.match(_head(head)) or _OUTCOME_HEAD.match(_head(head)):
        return "Beslutning:"  # the table is the forum's own minutes: its decision
    return "Referat:" if _referat(head) else head


#: "Beslutning: …", "Konklusion: …", "Aftalt: …": the conclusion labelled inside a cell.
_LABELLED = re.compile(r"^(?:beslutning|konklusion|aftalt|aftaler?)\s*:", re.I)


def _referat_cell(cell: list[str]) -> list[str]:
    """A Referat cell as lines: the notes, then the conclusion under "Referat:". The
    conclusion is the cell's own "Beslutning:" / "Konklusion:" paragraph where it has one,
    else its last paragraph where that states the outcome and the first does not
    ("Mette orienterede om …" / "HovedMED tog meddelelserne til efterretning."), else the
    whole cell."""
    from analysis.layouts.outcome import outcome_line

    at = next((k for k, line in enumerate(cell) if _LABELLED.match(line)), None)
    if at is not None:
        return [*cell[:at], "", *cell[at:]]
    if len(cell) > 1 and not outcome_line(cell[0]) and outcome_line(cell[-1]):
        return [*cell[:-1], "", "Referat:", cell[-1]]
    return ["Referat:", *cell]


#: "1. Godkendelse af dagsorden": the number and the title in one cell.
_NUMBERED_TITLE = re.compile(r"^(?P<num>\d{1,4})\.?\s+(?P<title>\S.*)$")


def concluded_cells(
    rows: list[list[list[str]]], closing: Mapping[tuple[int, int], int]
) -> list[list[list[str]]]:
    """``rows`` with a "Beslutning:" line put over a cell's closing lines that ``closing``
    names ((row, cell) -> how many of the cell's last lines the writer set apart by their
    type, in italics under the notes), in a column headed as the forum's notes
    ("Referat") where the cell labels no line itself: the conclusion, as the cell's own
    "Beslutning:" would mark it. ``rows`` as they were where nothing is so set apart."""
    if not closing or not rows:
        return rows
    heads = [_head(" ".join(cell)) for cell in rows[0]]
    out = [list(row) for row in rows]
    for (r, c), n in closing.items():
        if not 0 < r < len(rows) or c >= min(len(heads), len(rows[r])):
            continue
        if not _referat(heads[c]) or _decides(heads[c]):
            continue
        lines = [ln for ln in rows[r][c] if ln.strip()]
        if n >= len(lines) or any(_LABELLED.match(ln.strip()) for ln in lines):
            continue
        out[r][c] = [*lines[:-n], "Beslutning:", *lines[-n:]]
    return out


def _title_rest(line: str) -> str:
    """A further line of the title cell: "Beslutning" / "Drøftelse" alone under the title
    says what the item is for (not a field of its own)."""
    return f"Formål: {line}" if _head(line).lower() in SECTION_HEADINGS else line


def _cell_heading(parts: list[str], k: int) -> bool:
    """Whether the title cell's line ``parts[k]`` heads a section of the item's text in
    the same cell: a heading the item grammar knows ("Sagsfremstilling", "Indstilling")
    over a sentence ("Direktionen indstiller, at …"), as a case system's export writes
    the whole case under the title in its column."""
    return (
        _head(parts[k]).lower() in SECTION_HEADINGS
        and k + 1 < len(parts)
        and _ABOUT.search(parts[k + 1]) is not None
    )


def _text_lines(parts: list[str], start: int, other=lambda line: line) -> list[str]:
    """The title cell's lines from ``start`` on: each section's heading (see
    :func:`_cell_heading`) after a blank line, any other line as ``other`` writes it."""
    out: list[str] = []
    for k in range(start, len(parts)):
        out.extend(["", parts[k]] if _cell_heading(parts, k) else [other(parts[k])])
    return out


#: A column of who does what by when: "Ansvarlig / frist", "Hvem", "Tid", "Opfølgning";
#: an action log's "Ansvar" and "Status" (open or closed).
_WHO_HEAD = re.compile(
    # ("Ansv.", "Formål": who presents it and what for, beside the title; "Tidsfrist": by
    # when)
    r"^(?:ansvarlig|ansvar|ansv\.?|frist|tidsfrist|hvem|tid|tidsramme|deadline|opfølgning"
    r"|status|formål)"
    r"(?:\s*[/,&]\s*\w+)*$",
    re.I,
)
#: "Kl.", "Klokken", "Tidspunkt": a column of each item's clock time (a crisis staff's log
#: of the points taken in turn), read as the "Tid" column of a day's programme.
_CLOCK_HEAD = re.compile(r"^(?:kl|klokken|klokkeslæt|tidspunkt)\.?$", re.I)
#: "O/D/B", "B/D/O": the column of what each item is for, in a letter (orientering,
#: drøftelse, beslutning); a cell of one letter, left where it stands (written "O/D/B: B"
#: it would read as a decision labelled "B:").
PURPOSE_LETTERS = re.compile(r"^[ODB](?:\s*/\s*[ODB]){1,2}$", re.I)
#: A column of the item's case number beside its title: "Sag", "Sagsnr.", "J.nr.".
_CASE_HEAD = re.compile(rf"^{CASE_LABEL}\.?$", re.I)
#: The same named as a number ("Sagsnr.", "J.nr.", not the bare "Sag" that heads a title).
_CASE_NUMBER_HEAD = re.compile(rf"^{CASE_NUMBER_LABEL}\.?$", re.I)
#: "Sagsnr. 20/41277 · v/Kim": the title cell's small line, its parts apart.
_PARTED = re.compile(r"\s+[·|]\s+")


#: A sentence under the title in the title's cell ("Foreningen søger 24.000 kr. til en fest."):
#: three words or more ending in a full stop, no title's line.
_ABOUT = re.compile(r"^\S+(?:\s+\S+){2,}[^.\s]\.$")


#: The words of a column of what was agreed, and nothing else ("Aftale / beslutning").
_AGREED = _CONCLUDED - {"referat"}


def _agreement_head(head: str) -> bool:
    """A column named by two or more words of what was concluded and none of what was
    said ("Aftale / beslutning", "Beslutning/aftaler"): the decision, where a "Referat"
    column beside it holds the notes."""
    parts = [p.strip() for p in _PARTS.split(head.lower()) if p.strip()]
    return len(parts) > 1 and all(p in _AGREED for p in parts)


def _agreement_first(head: str) -> bool:
    """A column named first by what was agreed ("Aftale / ansvarlig", "Aftaler og
    opfølgning"): the agreement, with who does it; labelled "Aftale:" as the forum's own
    label for what it agreed."""
    parts = [p.strip() for p in _PARTS.split(head.lower()) if p.strip()]
    return bool(parts) and parts[0] in ("aftale", "aftaler", "aftalt")


def _decides(head: str) -> bool:
    """A column of the conclusion alone ("Konklusion", "Beslutning", "Aftale /
    beslutning"), not of the notes."""
    head = head.lower()
    if _agreement_head(head):
        return True
    return not _referat(head) and (
        head.startswith("beslutning")
        or head == "konklusion"
        or _OUTCOME_HEAD.match(head) is not None
        or _GENITIVE_DECISION_HEAD.match(head) is not None
    )


_ROMAN_CELL = re.compile(r"^(?P<roman>[IVX]{1,6})\.?$")


def _arabic(cell: str) -> str:
    """A number cell as digits: "II" / "II." (an intranet table numbering its rows with
    Roman numerals) is "2"; any other text as it was."""
    m = _ROMAN_CELL.match(cell.strip())
    if m is None:
        return cell
    from analysis.layouts.headings import roman_value  # the layouts' numeral values

    value = roman_value(m.group("roman"))
    return str(value) if value else cell


def _lettered(rows: list[list[list[str]]]) -> list[list[list[str]]]:
    """Rows numbered "A", "B", "C" … in their number cell (a MED committee's table
    lettering its items) numbered by the letter's place, as lettered headings are (A is
    1); the rows as they were unless every row has the next letter."""
    cells = [" ".join(row[0]).strip().rstrip(".") if row else "" for row in rows]
    if not cells or any(c != chr(ord("A") + k) for k, c in enumerate(cells)):
        return rows
    return [[[str(k)], *row[1:]] for k, row in enumerate(rows, start=1)]


def _logged(rows: list[list[list[str]]]) -> list[list[list[str]]]:
    """Rows numbered by a decision log's or a year's running ids ("2023-41", "2025/03",
    "B-24-031": the year, with the log's letter code, and the running number through it)
    numbered by the running number, as "45/2024" is item 45; the rows as they were unless
    every row has such an id, all of one year, the numbers rising."""
    from analysis.layouts.text import LOG_ID  # the layouts' log ids

    ids = [" ".join(row[0]).strip() if row else "" for row in rows]
    matches = [LOG_ID.match(text) or _YEAR_PREFIXED_CELL.match(text) for text in ids]
    if not matches or any(m is None for m in matches):
        return rows
    years = {
        _ID_YEAR_END.sub("", text[: m.start("num")])
        for text, m in zip(ids, matches, strict=True)
        if m
    }
    numbers = [int(m.group("num")) for m in matches if m]
    if len(years) != 1 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return rows
    return [[[str(n)], *row[1:]] for n, row in zip(numbers, rows, strict=True)]


#: "2025-03", "2025/03": an item numbered after the year (a forum numbering its items
#: through the year, "Punkterne er nummereret løbende").
_YEAR_PREFIXED_CELL = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*[-/]\s*(?P<num>\d{1,4})\.?$")
#: The separator (and the zeros) between an id's year and its running number.
_ID_YEAR_END = re.compile(r"[\s/-]+0*$")


#: "A1", "B2.", "A.1": an item numbered within its agenda's lettered group (a point between
#: the group's letter and the number: a project group's table of A, B and C points).
_GROUPED_CELL = re.compile(r"^(?P<letter>[A-H])\.?(?P<num>[1-9]\d?)\.?$")


def _grouped(rows: list[list[list[str]]]) -> list[list[list[str]]]:
    """Rows numbered within lettered groups ("A1", "A2", "B1" …, also "A.1": a chiefs'
    meeting's table of orientation, decision and discussion points) with the number cell
    written "A1", the form of such headings, which the heading grammar numbers 1, 2, 3 …
    in order over the whole document (a table per group, "B.1", "B.2" under "B.
    Orientering", goes on from the table before); the rows as they were unless they run
    from a group's 1 by the next number or the next group's 1."""
    keys: list[tuple[int, int]] = []
    for row in rows:
        m = _GROUPED_CELL.match(" ".join(row[0]).strip()) if row else None
        if m is None:
            return rows
        keys.append((ord(m.group("letter")) - ord("A"), int(m.group("num"))))
    for k, (group, num) in enumerate(keys):
        prev = keys[k - 1] if k else (group, 0)
        if not ((group == prev[0] and num == prev[1] + 1) or (group == prev[0] + 1 and num == 1)):
            return rows
    return [[[f"{chr(ord('A') + g)}{n}"], *row[1:]] for (g, n), row in zip(keys, rows, strict=True)]


#: "7.1", "7.2": an item numbered after the meeting's own number (meeting 7, item 1); also
#: "B7.1" (a decision log's letter code before the meeting's number).
_MEETING_PREFIXED_CELL = re.compile(
    r"^(?:[A-ZÆØÅ]{1,3}-?)?(?P<meeting>\d{1,3})\.(?P<num>[1-9]\d?)\.?$"
)


def _meeting_prefixed(rows: list[list[list[str]]]) -> list[list[list[str]]]:
    """Rows numbered "7.1", "7.2", "7.3" … (a forum numbering its meetings through the year
    and the items within each: one prefix on every row, the second number running from 1)
    numbered 1, 2, 3 …; the rows as they were otherwise (sub-points "2.1", "2.2" under
    group rows are read by :func:`grouped_item_rows`)."""
    if len(rows) < 2:
        return rows
    matches = [
        _MEETING_PREFIXED_CELL.match(" ".join(row[0]).strip()) if row else None for row in rows
    ]
    if any(m is None for m in matches):
        return rows
    if len({m.group("meeting") for m in matches if m}) != 1:
        return rows
    if [int(m.group("num")) for m in matches if m] != list(range(1, len(rows) + 1)):
        return rows
    return [[[m.group("num")], *row[1:]] for m, row in zip(matches, rows, strict=True) if m]


#: "3.1", "3.2.": a sub-item numbered within its item's number, in a table whose other rows
#: carry whole numbers ("1", "2", "3.1", "3.2", "4": point 3 in two parts).
_DOTTED_CELL = re.compile(r"^(?P<num>\d{1,3}\.[1-9]\d?)\.?$")


def _dotted_with_whole(rows: list[list[list[str]]]) -> bool:
    """Whether the rows' number cells mix whole numbers and two or more sub-numbers ("1",
    "2", "3.1", "3.2", "4"), and hold nothing else: the sub-items are items of their own,
    written "3.1." as the heading grammar reads such a heading (numbered by place)."""
    cells = [" ".join(ln.strip() for ln in row[0] if ln.strip()) if row else "" for row in rows]
    if not cells or not any(c[:1].isdigit() and "." in c.rstrip(".") for c in cells):
        return False  # (the cheap gate: no "3.1" in any number cell)
    dotted = sum(1 for c in cells if _DOTTED_CELL.match(c))
    whole = sum(1 for c in cells if _NUMBER.match(c) and c[:1].isdigit())
    return dotted >= 2 and whole >= 1 and dotted + whole == len(cells)


def _split_number(cells: list[list[str]]) -> list[list[str]]:
    """A row whose number and title were set in one cell ("1 Godkendelse af dagsorden",
    a PDF's narrow number column joined to the title beside it) as the two cells."""
    if not cells or not cells[0] or _NUMBER.match(_arabic(cells[0][0])):
        return cells
    m = _NUMBERED_TITLE.match(cells[0][0])
    if m is None:
        return cells
    return [[m.group("num")], [m.group("title"), *cells[0][1:]], *cells[1:]]


def _empty_case_cell(fields: list[str], cells: list[list[str]]) -> list[list[str]]:
    """A row short of a cell whose case column holds no case number ("3.1 Temadrøftelse"
    / "Drøftet" under "Sag | Sagsnr. | Beslutning": a PDF has no text, so no cell, where
    the case was left empty) with that cell put back empty; the row as it was otherwise."""
    if len(cells) - 2 >= len(fields):
        return cells
    from analysis.parse import match_case_number  # (the item grammar's case numbers)

    for at, head in enumerate(fields, start=2):
        if at >= len(cells):
            break
        if _CASE_HEAD.match(head) and not match_case_number(" ".join(cells[at])):
            return [*cells[:at], [], *cells[at:]]
    return cells


#: "7 a", "9 A", "12b": an item inserted after item 7 (a sub-item, or a supplementary
#: agenda's item after the agenda's own), read as the heading grammar reads "7a. Title".
_INSERTED_CELL = re.compile(r"^(?P<num>\d{1,4})\s?(?P<part>[a-hA-H])\.?$")


def _group_row(cells: list[list[str]]) -> str | None:
    """The text of a row that heads a group of the rows under it ("Tillægsdagsorden",
    "Lukket del": one short cell across the table, no number), else None."""
    filled = [" ".join(cell).strip() for cell in cells if any(ln.strip() for ln in cell)]
    if len(filled) != 1 or len(filled[0]) > 60 or not filled[0][:1].isalpha():
        return None
    text = filled[0].rstrip(":")
    return text if text[:1].isupper() and not text.endswith(".") else None


def _case_before_title(heads: list[str]) -> bool:
    """Whether a table's head names the case number's column between the number's and the
    title's (``Pkt. | Sagsnr. | Emne | Beslutning``): the case system's order, its number
    first."""
    return (
        len(heads) > 3
        and _CASE_NUMBER_HEAD.match(heads[1]) is not None
        and _TITLE_HEAD.match(heads[2]) is not None
    )


def item_head(cells: list[str]) -> bool:
    """Whether ``cells`` are an item table's head row: a number column, a title column (the
    case number's column may stand before it) and a field the item grammar knows after
    them (``Nr. | Sag | Indstilling | Beslutning``)."""
    heads = [_head(cell) for cell in cells]
    return (
        len(heads) >= 3
        and _NUMBER_HEAD.match(heads[0]) is not None
        and (_TITLE_HEAD.match(heads[1]) is not None or _case_before_title(heads))
        and any(_field_head(h) for h in heads[2:])
    )


def _titles_without_numbers(heads: list[str], body: list[list[list[str]]]) -> bool:
    """Whether a first column headed by a word that names both the number and the title
    ("Punkt | Referat": a leadership forum's Word table) holds the titles alone, no row
    numbered ("Godkendelse af dagsorden" over "Ansvarlig: …"): the rows are the items in
    order, as under "Emne | Referat". Not where the next column is the title's ("Punkt |
    Emne | …": the first column is the number's, left empty or not), nor where any first
    cell opens with a figure, a numeral or a letter alone."""
    if len(body) < 2 or len(heads) < 2 or _TITLE_HEAD.match(heads[1]):
        return False
    for row in body:
        first = next((ln.strip() for ln in row[0] if ln.strip()), "") if row else ""
        if not first[:1].isalpha() or _MARK_WORD.match(first):
            return False
    return True


#: A first word that numbers a row: a Roman numeral or a letter alone ("II", "B.", "c)").
_MARK_WORD = re.compile(r"^(?:[IVXLC]{1,6}|\w)[.)]?(?:\s|$)")


def _cell_texts(row: list[list[str]]) -> list[str]:
    return [" ".join(ln.strip() for ln in cell if ln.strip()) for cell in row]


def _without_repeated_head(rows: list[list[list[str]]]) -> list[list[list[str]]]:
    """``rows`` without the head row repeated over each item's row ("Nr. | Sag |
    Beslutning" before every item: a case system's export setting each item under the
    table's head) and the empty spacer rows between the items; as they were where the
    head is no item table's or no row repeats it."""
    head = _cell_texts(rows[0])
    repeats = [k for k, row in enumerate(rows[1:], start=1) if _cell_texts(row) == head]
    if not repeats or not item_head(head):
        return rows
    return [
        rows[0],
        *(
            row
            for k, row in enumerate(rows[1:], start=1)
            if k not in repeats and any(_cell_texts(row))
        ),
    ]


def item_rows(rows: list[list[list[str]]]) -> list[str] | None:
    """The text of an item table, row by row, else None when ``rows`` is no such table.

    ``rows`` are the table's rows, each a list of cells, each cell a list of its lines.
    The head row must name a number column (or, in a forum's notes, only a title column
    ``Emne | Referat``: the rows are the items in order), a title column and at least one
    field the item grammar knows (``Indstilling``, ``Beslutning`` …); every other row must
    start with an item number.
    """
    if len(rows) < 2:
        return None
    if len(rows) > 3 and rows[1] and rows[1][0] and rows[1][0][0][:1].isdigit():
        grouped = grouped_item_rows(rows)  # "1. Beslutningssager" / "1.1 …" / "1.2 …"
        if grouped is not None:
            return grouped
    heads = [_head(" ".join(cell)) for cell in rows[0]]
    if len(heads) < 2:
        return None
    if len(rows) > 3:
        rows = _without_repeated_head(rows)
    unnumbered = bool(_TITLE_HEAD.match(heads[0])) and (
        not _NUMBER_HEAD.match(heads[0]) or _titles_without_numbers(heads, rows[1:])
    )
    if unnumbered:
        heads = ["Nr.", *heads]
        rows = [[[], *row] for row in rows]
    elif not _NUMBER_HEAD.match(heads[0]):
        return None
    if _case_before_title(heads):
        # "Pkt. | Sagsnr. | Sag | Beslutning": the case number's column before the title's;
        # read with the case after the title, as "Pkt. | Emne | Sagsnr. | Udfald" is
        heads = [heads[0], heads[2], heads[1], *heads[3:]]
        rows = [[*row[:1], *row[2:3], *row[1:2], *row[3:]] for row in rows]
    if len(heads) > 2 and _CLOCK_HEAD.match(heads[1]) and _TITLE_HEAD.match(heads[2]):
        # "Pkt. | Kl. | Emne | …": a crisis staff's log, the clock time named "Kl."
        heads = [heads[0], "Tid", *heads[2:]]
    if len(heads) > 2 and _WHO_HEAD.match(heads[1]) and _TITLE_HEAD.match(heads[2]):
        # "Nr. | Tid | Emne | Opsamling": a day's programme, the clock time between the
        # number and the title; read with the time after the title, as a who/when column
        heads = [heads[0], heads[2], heads[1], *heads[3:]]
        rows = [[*row[:1], *row[2:3], *row[1:2], *row[3:]] for row in rows]
    # "Punkt | Indhold | Referat/Beslutning" with "1. Title" in the first column: the number
    # and the title share a cell
    shared = not _TITLE_HEAD.match(heads[1])
    fields = heads[1:] if shared else heads[2:]
    # "Godkendt | Anbefalet | Udsat" with a tick in the row's column: the outcome marked
    ticks = set() if shared else _tick_columns(rows[1:], len(heads))
    if not fields or not all(h for h in fields):
        return None
    if not ticks and not any(_field_head(h) for h in fields):
        return None
    # beside a column of the conclusion ("Referat | Konklusion") the Referat column is notes
    notes = any(_decides(h) for h in fields)
    in_groups = False  # rows numbered "A1", "B1" … in a run (see _grouped)
    dotted = not unnumbered and _dotted_with_whole(rows[1:])  # "1", "2", "3.1", "3.2", "4"
    if not unnumbered:
        body = _lettered(_logged(rows[1:]))
        grouped = _grouped(body)
        in_groups = grouped is not body
        rows = [rows[0], *_meeting_prefixed(grouped)]
    out: list[str] = []
    for k, row in enumerate(rows[1:], start=1):
        cells = [[ln.strip() for ln in cell if ln.strip()] for cell in row]
        row_fields = fields
        said: list[str] = []  # what was said, after the title in a content cell
        if unnumbered:
            number = _NUMBER.match(str(k))
        elif shared and cells and len(cells[0]) == 1 and _NUMBER.match(cells[0][0]):
            # "Punkt | Indhold | Beslutning" with the number in a cell of its own: the
            # Indhold cell opens with the title (bold) over the item's text
            number, row_fields = _NUMBER.match(cells[0][0]), heads[2:]
            if len(cells) > 1 and len(cells[1]) == 1:
                # one line: "Title – what was said. J.nr. …" (see content_cell)
                from analysis.layouts.inline_case import content_cell

                head, text, case = content_cell(cells[1][0])
                said = [*([f"Sagsnr.: {case}"] if case else []), *([text] if text else [])]
                cells[1] = [head]
        elif shared and cells and cells[0]:
            m = _NUMBERED_TITLE.match(cells[0][0])
            number = m
            if m and len(heads) > 2 and len(cells) == len(heads) - 1:
                # "Pkt. | Emne / sagsfremstilling | Beslutning" with "1. Title" printed
                # across the number's and the title's columns (a PDF's grid): one cell
                # fewer, the fields from the third head on
                row_fields = heads[2:]
            cells = [[m.group("num")], [m.group("title"), *cells[0][1:]], *cells[1:]] if m else []
        else:
            group = _group_row(cells)
            if group is not None:
                # "Tillægsdagsorden", "Lukket del": a row across the table heading the rows
                # under it (the group's line, as between headings in a text)
                out.extend([*([""] if out else []), group])
                continue
            inserted_row = bool(cells and cells[0]) and _INSERTED_CELL.match(cells[0][0])
            cells = cells if inserted_row else _split_number(cells)  # ("7 a" is no "7 Title")
            first = " ".join(cells[0]) if cells and cells[0] else ""
            number = (
                _NUMBER.match(_arabic(first))
                or _INSERTED_CELL.match(first)
                or (_GROUPED_CELL.match(first) if in_groups else None)
                or (_DOTTED_CELL.match(first) if dotted else None)
            )
        title = cells[1] if len(cells) > 1 else []
        if number is None or not title:
            return None
        cells = _empty_case_cell(row_fields, cells)
        if out:
            out.append("")
        # a row of such a table is surely an item: written as a heading, so the notes under
        # it (no field label in the first line, the Referat cell's notes above its own
        # "Beslutning:") do not make it doubtful; "A1 Title" numbered within its group
        grouped = number.groupdict().get("letter")
        inserted = number.groupdict().get("part")
        mark = (
            f"{grouped}{number.group('num')}"
            if grouped
            else f"{number.group('num')}{inserted.lower() if inserted else ''}."
        )
        out.append(f"## {mark} {title[0]}")
        rest = [part for line in title[1:] for part in _PARTED.split(line)]
        # (a sentence under the title in its cell is what the item is about, its text;
        # followed by a case or who line the heading's block would read it as the title's
        # rest: then written after them)
        about = next(
            (k for k, part in enumerate(rest) if _ABOUT.search(part) or _cell_heading(rest, k)),
            len(rest),
        )
        out.extend(_title_rest(part) for part in rest[:about])
        at = len(out)
        out.extend(said)
        under = len(out)
        columns = list(zip(row_fields, cells[2:], strict=False))
        if ticks:
            columns = _ticked_outcome(columns, {h for k, h in enumerate(heads) if k in ticks})
        # who and by when first: after the conclusion they would read as part of it
        for head, cell in columns:
            if _CASE_HEAD.match(head) and len(cell) == 1 and not _EMPTY.match(cell[0]):
                # the case column beside the title ("Sag: 25/31456": labelled in the cell)
                labelled = _CASE_HEAD.match(cell[0].split(":", 1)[0].strip())
                out.append(cell[0] if labelled and ":" in cell[0] else f"Sagsnr.: {cell[0]}")
        for head, cell in columns:
            if _WHO_HEAD.match(head) and not all(_EMPTY.match(ln) for ln in cell):
                out.append(f"{head.capitalize() if head.isupper() else head}: {' '.join(cell)}")
        if len(out) > under:
            out.extend(["", *_text_lines(rest, about)] if rest[about:] else [])
        else:
            out[at:at] = _text_lines(rest, about, _title_rest)
        for head, cell in columns:
            if not cell or all(_EMPTY.match(ln) for ln in cell) or _WHO_HEAD.match(head):
                continue
            if _CASE_HEAD.match(head) and len(cell) == 1:
                continue
            if _agreement_head(head):
                out.extend(["", "Beslutning:", *cell])
            elif _referat(head) and not notes and _agreement_first(head):
                out.extend(["", "Aftale:", *cell])  # "Aftale / ansvarlig": what was agreed
            elif _referat(head) and not notes:
                out.extend(["", *_referat_cell(cell)])
            elif _field_head(head) and not _referat(head):
                # "Konklusion: Drøftet." in the Konklusion column: the cell labels itself
                labelled = cell[0].lower().startswith(f"{_head(head).lower()}:")
                out.extend(["", *([] if labelled else [_field_line(head)]), *cell])
            else:  # "Indhold": what the item is about, the item's text
                out.extend(["", *cell])
    return out


#: A cell's tick: the column's head is the row's outcome.
_TICK = frozenset({"✓", "✔", "x", "X", "☒", "☑", "■", "●", "✅"})
#: "Bemærkninger", "Kommentarer", "Note": a column of remarks beside the ticks, said with
#: the outcome (the decision's words where no column is ticked: "Drøftet. …", "Intet.").
_REMARK_HEAD = re.compile(r"^(?:bemærkning(?:er)?|bem\.|kommentar(?:er)?|noter?)$", re.I)


def _tick_columns(body: list[list[list[str]]], width: int) -> set[int]:
    """The columns (after the number's and the title's) of a table whose cells hold a tick
    or nothing, and a tick in at least two rows: each an outcome ("Godkendt", "Udsat")."""
    out: set[int] = set()
    for k in range(2, width):
        marks = [" ".join(row[k]).strip() if k < len(row) else "" for row in body]
        if all(not m or m in _TICK for m in marks) and sum(bool(m) for m in marks) >= 1:
            out.add(k)
    return (
        out
        if sum(any(k < len(row) and " ".join(row[k]).strip() for k in out) for row in body) >= 2
        else set()
    )


def _ticked_outcome(
    columns: list[tuple[str, list[str]]], tick_heads: set[str]
) -> list[tuple[str, list[str]]]:
    """A row's columns with its ticked outcome's head and the remarks beside it as one
    decision column ("Beslutning": "Anbefalet" / "Anbefales over for Byrådet."), the
    columns of ticks left out."""
    outcome = [h for h, cell in columns if h in tick_heads and any(c.strip() for c in cell)]
    remarks = [ln for h, cell in columns if _REMARK_HEAD.match(_head(h)) for ln in cell]
    rest = [
        (h, cell) for h, cell in columns if h not in tick_heads and not _REMARK_HEAD.match(_head(h))
    ]
    said = [*outcome, *remarks]
    return [*rest, ("Beslutning", said)] if said else rest


#: "Pkt. 4", "4.", "4": the item's number alone in a row's first cell.
_MARK_CELL = re.compile(r"^(?:(?:pkt|punkt|sag)\.?\s*)?(?P<num>\d{1,4})\.?$", re.I)
#: A field's label over its text in a cell: a few words, no sentence ("Resumé", "Forslag",
#: "Økonomiudvalgets beslutning").
_FIELD_LABEL = re.compile(r"^[A-ZÆØÅ][\wæøå/-]*(?:\s+[\wæøå/-]+){0,3}:?$")


#: A field's label alone in a row's first cell: one to three words ("Beslutning", "Rådets
#: bemærkninger/beslutning"), no sentence.
_LABEL_CELL = re.compile(r"^[A-ZÆØÅ][\wæøå./-]*(?:\s[\wæøå./-]+){0,2}:?$")


def label_cell(text: str) -> bool:
    """Whether ``text`` is a field's label alone (the first cell of a field table's row)."""
    return len(text) <= 40 and _LABEL_CELL.match(text.strip()) is not None


def label_row_lines(cells: list[list[str]]) -> list[str] | None:
    """A field table's row as lines, where its text cell holds several paragraphs (or
    ``<br>`` lines): "Label<TAB>first" and each further paragraph a line of its own under it
    (the vote lines "For stemte: … (5)" / "Imod stemte: … (2)" under "Beslutning" stay
    lines, as in the PDF reader); None for any other row (read as it stands), and for a
    row of the meeting's facts ("Medlemmer | A (V)<br>B (A)": the header reads those)."""
    if len(cells) != 2 or len(cells[0]) != 1 or len(cells[1]) < 2:
        return None
    if not label_cell(cells[0][0]) or not _field_head(cells[0][0]):
        return None
    return [f"{cells[0][0].strip()}\t{cells[1][0]}", *cells[1][1:]]


def field_row_items(rows: list[list[list[str]]]) -> list[str] | None:
    """The text of an old web page's item table with a row per field, else None.

    With no head row, an item opens with a row of its number alone in the first cell
    (``Pkt. 4``) and its title (the case line under it) in the second; each field follows
    in a row of its own, the first cell empty and the second the field's label over its
    text (``Resumé`` / text, ``Beslutning`` / text); an empty row (a rule) parts the items.
    Read down the rows, the heading, each label and each of its lines on a line of their
    own, the item grammar sees the usual numbered layout (the vote's lines under the
    decision stay lines). Two items or more, each with a field the item grammar knows
    (``Beslutning``, ``Resumé`` …)."""
    out: list[str] = []
    items = 0
    known = True
    worded = False  # the number's cell says "Punkt 4." / "Pkt. 4", not a bare "4"
    bare = False  # the last item opened has no field row under it (yet)
    for row in rows:
        cells = [[ln.strip() for ln in cell if ln.strip()] for cell in row]
        if (
            len(cells) == 3
            and not cells[0]
            and len(cells[1]) == 1
            and cells[2]
            and _FIELD_LABEL.match(cells[1][0])
        ):
            # "<td></td><td>Beslutning</td><td colspan=2>Godkendt.</td>": the field's label
            # in a cell of its own beside its text, read as the label over the text
            if items and _CASE_HEAD.match(_head(cells[1][0])) and len(cells[2]) == 1:
                # ("Sag | 24/18230": the case number's field, as beside an item table's title)
                out.append(f"Sagsnr.: {cells[2][0]}")
                bare = False
                continue
            cells = [[], [cells[1][0], *cells[2]]]
        filled = [k for k, cell in enumerate(cells) if cell]
        if not filled:
            continue  # a rule between items
        if len(cells) < 2 or filled[-1] != 1:
            return None
        mark = _MARK_CELL.match(" ".join(cells[0])) if cells[0] else None
        if mark is not None:
            if not known:
                return None
            items += 1
            known = False
            bare = True
            worded = not cells[0][0][:1].isdigit()
            first, *rest = cells[1]
            out.extend([*([""] if out else []), f"{' '.join(cells[0])} {first}", *rest])
        elif not cells[0] and items and len(cells[1]) >= 2 and _FIELD_LABEL.match(cells[1][0]):
            label = cells[1][0]
            bare = False
            # (a known label further down the cell: "Magistratens indstilling:" / text /
            # "Beslutning:" / text, two fields in one cell)
            known = known or bool(_field_head(label)) or any(map(_known_label, cells[1][1:]))
            out.extend(["", label, *_split_at_labels(cells[1][1:])])
        elif not cells[0] and items and len(cells[1]) >= 2 and any(map(_known_label, cells[1])):
            # the item's text first, its fields' labels further down the same cell
            # ("Jan Hoby (O) har fremsendt …<br>"…"<br><i>Beslutning:</i><br>Oversendes …")
            known, bare = True, False
            out.extend(_split_at_labels(cells[1]))
        else:
            return None
    # (a page may set each item in a table of its own: one item, its number's cell worded)
    # (the last item's row alone, no field under it, after two items with their fields or
    # more: a standing item closing the agenda, "Næste møde", with nothing to record)
    known = known or (bare and items >= 3)
    return out if (items >= 2 or (items == 1 and worded)) and known else None


def _split_at_labels(lines: list[str]) -> list[str]:
    """``lines`` of one cell, a blank line before each known field's label among them."""
    out: list[str] = []
    for line in lines:
        out.extend(["", line] if _known_label(line) else [line])
    return out


def _known_label(line: str) -> bool:
    """Whether ``line`` is a field's label the item grammar knows ("Beslutning:")."""
    return _FIELD_LABEL.match(line) is not None and bool(_field_head(line))


def field_columns(rows: list[list[list[str]]]) -> list[str] | None:
    """The text of a table of an item's fields set side by side, else None: a head row of
    two or more known field names (``Indstilling | Beslutning``) over one row of their
    texts, as a Word template writes them under each item heading. Read as each head over
    its cell ("Indstilling" / text / "Beslutning" / text), the item grammar sees its
    sections; a head row with no row under it is left to be read as it stands (nothing
    lost where the "heads" are the text itself)."""
    if not rows or len(rows) > 2:
        return None
    heads = [_head(" ".join(cell)) for cell in rows[0]]
    if len(heads) < 2 or not all(h and _field_head(h) for h in heads):
        return None
    if len(set(heads)) < len(heads) or not any(_decides(h) for h in heads):
        return None  # a template's heads differ and one of them holds the outcome
    if len(rows) == 1:
        return None  # the heads alone: read as they stand (they may be the text itself)
    cells = [[ln.strip() for ln in cell if ln.strip()] for cell in rows[1]]
    if len(cells) != len(heads):
        return None
    out: list[str] = []
    for head, cell in zip(heads, cells, strict=True):
        if cell and not all(_EMPTY.match(ln) for ln in cell):
            out.extend([*([""] if out else []), head, *cell])
    return out


#: A row of a pasted table starts with its item's number: "2. Kapacitet …" or "2<TAB>…".
#: "IV<TAB>…": a Roman numeral, only before a tab (a word "I" may open a line of text).
_ROW_START = re.compile(
    r"^(?:(?P<num>\d{1,4}|[A-H]\.?[1-9]\d?)(?:\.?\s+\S|\.?\t)|(?P<roman>[IVX]{1,6})\.?\t)"
)


def _row_key(num: str) -> int:
    """A row's number as one rising int: "12" is 12, "B2" or "B.2" (group B's 2) is 202,
    "IV" 4."""
    if num[0] in "IVX" and set(num) <= set("IVX"):
        from analysis.layouts.headings import roman_value  # the layouts' numeral values

        return roman_value(num) or 0
    if num[0].isdigit():
        return int(num)
    return (ord(num[0]) - ord("A") + 1) * 100 + int(num[1:].lstrip("."))


_HAS_TAB = methodcaller("__contains__", "\t")
#: Two tabs on one line (the cells of a row of three or more), looked for by the tab.
_TWO_TABS = re.compile(r"\t[^\t\n]*\t").search


def pasted_item_table(text: str) -> str:
    """Text with an item table copied out of Word rewritten as :func:`item_rows` does.

    Copied as text, a Word table keeps its cells parted by tabs, but a cell's further
    paragraphs land on lines of their own without tabs ("2. Title" / "Sag: …<TAB>notes" /
    "more notes<TAB>conclusion" / "Beslutning: …"). Under a head row of such a table
    (``Punkt<TAB>Indhold<TAB>Referat/Beslutning``) each row runs from a line starting with
    the next item number to the line before the next; its text split at the tabs gives the
    cells. The text is returned as it was where no such table is found.
    """
    if "\t" not in text or _TWO_TABS(text) is None:
        # (a head row has three cells or more: no line with two tabs, no table; most texts
        # with a tab hold it alone on each line, a contents list's page column)
        return text
    lines = text.split("\n")
    for k in compress(count(), map(_HAS_TAB, lines)):  # the lines with a tab, picked in C
        line = lines[k]
        heads = [c.strip() for c in line.split("\t")]
        if len(heads) < 3 or not _NUMBER_HEAD.match(heads[0]):
            continue
        grouped = _grouped_rows(lines, k, heads)
        if grouped is not None:
            found_lines, end = grouped
            return "\n".join([*lines[:k], *found_lines, *lines[end:]])
        rows: list[list[list[str]]] = [[[h] for h in heads]]
        end, last = k + 1, 0
        current: list[str] = []
        while end < len(lines) and lines[end].strip():
            m = _ROW_START.match(lines[end])
            key = _row_key(m.group("num") or m.group("roman")) if m else 0
            if m and key > last:
                if current:
                    rows.append(_cells("\n".join(current), len(heads)))
                current, last = [lines[end]], key
            elif current:
                current.append(lines[end])
            else:
                break
            end += 1
        if current:
            rows.append(_cells("\n".join(current), len(heads)))
        found = item_rows(rows) if len(rows) >= 3 else None
        if found is not None:
            return "\n".join([*lines[:k], *found, *lines[end:]])
    return text


#: "1. Beslutningssager": a group row of a table whose items number within their group.
_GROUP_ROW = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>[^\t\d][^\t]*)$")
#: "1.2 Erhvervsfremmeaftale …<TAB>24/38122<TAB>Anbefalet": an item row of such a table.
_SUB_ROW = re.compile(r"^(?P<group>\d{1,2})\.(?P<num>\d{1,2})\.?\s+(?P<rest>[^\t]+(?:\t.*)?)$")
#: "1.2" alone in a row's number cell (a Word or web table: the title in the next cell).
_SUB_NUMBER = re.compile(r"^(?P<group>\d{1,2})\.(?P<num>\d{1,2})\.?(?:\s+(?P<rest>\S.*))?$")


def _grouped_rows(lines: list[str], k: int, heads: list[str]) -> tuple[list[str], int] | None:
    """:func:`grouped_item_rows` of the pasted rows under the head row at ``k`` (one line
    a row, its cells parted by tabs), and the position after them; None where they are no
    such table."""
    rows: list[list[list[str]]] = [[[h] for h in heads]]
    end = k + 1
    while end < len(lines) and lines[end].strip():
        line = lines[end].strip()
        rows.append([[line]] if "\t" not in line else _cells(line, len(heads)))
        end += 1
    found = grouped_item_rows(rows)
    return (found, end) if found is not None else None


def _group_title(row: list[list[str]]) -> tuple[int, str] | None:
    """(number, title) of a group row: "1. Beslutningssager" in its first cell (the other
    cells empty, or repeating it where the row's cells were merged), or "1." there and the
    title in the next cell; else None."""
    cells = [" ".join(ln.strip() for ln in cell if ln.strip()) for cell in row]
    first = cells[0] if cells else ""
    m = _GROUP_ROW.match(first)
    if m and all(c in ("", first) for c in cells[1:]):
        return int(m.group("num")), m.group("title").strip()
    num = _NUMBER.match(first)
    if num and len(cells) > 1 and cells[1] and all(c in ("", cells[1]) for c in cells[2:]):
        return int(num.group("num")), cells[1]
    return None


def grouped_item_rows(rows: list[list[list[str]]]) -> list[str] | None:
    """The text of an item table whose rows number within groups (a short protocol's
    ``Pkt. | Sag | Sagsnr. | Beslutning`` with group rows "1. Beslutningssager" over rows
    "1.1 Title …", "1.2 …", "2. Orienteringssager", "2.1 …"), else None. The items are
    numbered by their place in the table (as items numbered "A1", "B2" are); each group
    row stays as its title alone, a group heading. Two groups or more, numbered from 1
    one after another, each item under its own group's number."""
    out: list[str] = []
    group = place = 0
    for row in rows[1:]:
        if not row or not row[0]:
            return None
        first = " ".join(ln.strip() for ln in row[0] if ln.strip())
        sub = _SUB_NUMBER.match(first)
        titled = _group_title(row) if sub is None else None
        if titled is not None and titled[0] == group + 1:
            group = titled[0]
            out.extend(["", titled[1]])
        elif sub is not None and group and int(sub.group("group")) == group:
            place += 1
            rest = sub.group("rest")
            lead = [[f"{place} {rest}"]] if rest else [[str(place)]]
            found = item_rows([rows[0], [*lead, *row[1:]]])
            if found is None:
                return None
            out.extend(["", *found])
        else:
            return None
    return out if place >= 2 and group >= 2 else None


#: A head row of a table set in fixed-width columns: a number column's head, then two or
#: more further heads, each after a run of two or more spaces ("NR  EMNE   SAG   …").
_FIXED_HEAD = re.compile(r"^(?:nr|pkt|punkt|#)\.?(?: {2,}\S+(?: \S+)*){2,}\s*$", re.I)
#: A cell of the rule under such a head row ("---", "=======").
_RULE_CELL = re.compile(r"^(?:-{2,}|={2,}|_{2,})$")
#: A rule drawn across the whole table in one run ("-------…", "=======…").
_RULE_LINE = re.compile(r"^\s*(?:-{10,}|={10,}|_{10,})\s*$")
#: Where each column of such a head row starts.
_FIXED_COLUMN = re.compile(r"(?:^|(?<= {2}))\S")


def fixed_width_item_table(text: str) -> str:
    """Text with an item table set in fixed-width columns (a plain-text log printed from a
    spreadsheet or a case system: ``NR  EMNE  SAG  BESLUTNING / AFTALE  ANSVAR``, then a
    row per item aligned under the heads) rewritten as tab-parted rows, which
    :func:`pasted_item_table` reads. A row must break at every column's start (a space
    before it, or the row ends before it); a row with nothing in the number column wraps
    the row above (its cells go on there). The text is returned as it was otherwise."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line[:1] not in "NnPp#" or not _FIXED_HEAD.match(line):
            continue
        starts = [m.start() for m in _FIXED_COLUMN.finditer(line)]
        rows: list[list[str]] = []
        end = k + 1
        while end < len(lines) and lines[end].strip():
            row = lines[end]
            if row[-1:] in "-=_" and _RULE_LINE.match(row):
                # "------------------------------------": one rule drawn across every
                # column, under the head row (skipped) or closing the table (its end)
                if rows:
                    break
                end += 1
                continue
            if any(len(row) > s and s and row[s - 1] != " " for s in starts[1:]):
                break  # not aligned under the heads: no such table
            bounds = [*starts, max(len(row), starts[-1])]
            cells = [row[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
            cells += [""] * (len(starts) - len(cells))
            if not rows and all(_RULE_CELL.match(c) for c in cells):
                end += 1  # "---   ------   ---": the rule drawn under the head row
                continue
            if cells[0] or not rows:
                rows.append(cells)
            else:  # "    … go-live dato": a title or a decision wrapped in its column
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            end += 1
        if len(rows) < 2 or (
            end < len(lines) and lines[end].strip() and not _RULE_LINE.match(lines[end])
        ):
            continue
        head = "\t".join(
            line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)
        )
        return "\n".join([*lines[:k], head, *map("\t".join, rows), *lines[end:]])
    return text


def _cells(row: str, width: int) -> list[list[str]]:
    """A pasted row's cells (tab-parted), each its lines; cells past the head's width
    join the last."""
    lined = _lined_cells(row, width)
    if lined is not None:
        return lined
    cells = row.split("\t")
    k = 0
    while len(cells) > width and k < len(cells) - 1:
        # "Ledelsen foreslår at<TAB>bruge KL's spørgeskema.": a tab typed inside a cell's
        # sentence (three words or more, running on in small letters), the text joined again
        left, right = cells[k].rstrip(), cells[k + 1].lstrip()
        if (
            left.count(" ") >= 2
            and right[:1].islower()
            and left[-1:].isalpha()
            and left[-1:].islower()
        ):
            cells[k : k + 2] = [f"{left} {right}"]
        else:
            k += 1
    if len(cells) > width:
        cells = [*cells[: width - 1], " ".join(cells[width - 1 :])]
    return [cell.split("\n") for cell in cells]


def _lined_cells(row: str, width: int) -> list[list[str]] | None:
    """The cells of a row saved as text printed line by line: each further line of a
    wrapped cell on a line of its own with every column's tabs, the number's cell empty
    (``<TAB>(05.01.10-P20-2-20)<TAB>further proposal<TAB>``), so the lines of one column
    are that cell's lines, read down. None where the row is not written so (a cell's
    further paragraphs copied out of Word have no tabs, see :func:`pasted_item_table`)."""
    lines = row.split("\n")
    if (
        len(lines) < 2
        or any(line.count("\t") != width - 1 for line in lines)
        or not all(line.startswith("\t") for line in lines[1:])
    ):
        return None
    cells: list[list[str]] = [[] for _ in range(width)]
    for line in lines:
        for k, cell in enumerate(line.split("\t")):
            if cell.strip():
                cells[k].append(cell)
    return cells
