"""An item's fields as a one-row table under its heading (pure).

Some templates put a small table under each item's heading: a head row naming the
fields and one row of values (``| Sag | Formål | Aftale | Ansvarlig |`` over ``| 81.00.00-
P00-2-23 | Drøftelse | Chefforum drøftede … | HR-chef |``). Read as a row of cells the
item grammar sees no decision; written as the fields a reader sees (``Sagsnr.: …``,
``Formål: …``, ``Ansvarlig: …``, then the decision's label over its text) it is the
common numbered layout. Only a table of exactly one row of values whose head names a
decision column (``Aftale``, ``Beslutning``, ``Konklusion`` …) is so read; as in a table
of items (:func:`analysis.layouts.text.unpipe`), the lines after it move. A PDF converter
(docling, marker) writes a Word template's field box the same way without a decision
column (``| Sagsnr.: | Dokumentnr.: | Sagsansvarlig: |`` over ``| 24/4410 | 24/71233 | Mette
Lind |``, the labels keeping their colons): such a row is read as the item's fields where
its case column holds a case number. ``pdftotext -layout`` prints the same box as a
fixed-width table, its cells parted by runs of spaces (``Sagsnr.      Dok.nr.      Åben/
Lukket`` over ``00.22.04-A00-5-17      88412-17      Åben``): alone between blank lines, a
head row with a case column over one row of values is read as the item's fields too, each
value under the head whose column it stands in (:func:`_gapped_field_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.case_labels import CASE_LABEL
from analysis.parse import Line, heading_key, holds_after, holds_before, match_case_number

#: "|---|:--|": a markdown table's rule under its head row.
_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
#: A field's name in a head cell: one to three words, no sentence.
_NAME = re.compile(r"^[A-ZÆØÅ][\wæøå.]*(?:[ /][\wæøå.]+){0,2}$")
#: "Sag", "Sagsnr.", "J.nr.": the case column.
_CASE = re.compile(rf"^{CASE_LABEL}$", re.I)
#: An empty cell: "–", "-", "…".
_EMPTY = re.compile(r"^[\s\-–—…./]*$")


def _cells(line: str) -> list[str] | None:
    text = line.strip()
    if len(text) < 3 or text[0] != "|" or text[-1] != "|":
        return None
    return [c.strip() for c in text[1:-1].split("|")]


def _decision_head(name: str) -> bool:
    key = heading_key(Line(0, f"{name}:", 0))
    return key is not None and key[0] == "beslutning"


def _fields(heads: list[str], values: list[str]) -> list[str] | None:
    """The row's fields as lines, the decision last; None unless every head is a field's
    name and one names the decision."""
    if not 2 <= len(heads) <= 6 or len(values) != len(heads):
        return None
    # ("Sagsnr.:": a label's colon kept in its head cell)
    heads = [h[:-1].rstrip() if h[-1:] == ":" else h for h in heads]
    if not all(_NAME.match(h) and len(h) <= 30 for h in heads):
        return None
    decisions = [k for k, h in enumerate(heads) if _decision_head(h)]
    if not decisions and any(_CASE.match(h) for h in heads):
        decisions = [-1]  # a field box without a decision column: its case says it is one
    if len(decisions) != 1:
        return None
    out: list[str] = []
    for head, value in zip(heads, values, strict=True):
        if _EMPTY.match(value) or _decision_head(head):
            continue
        if _CASE.match(head):
            if match_case_number(f"Sagsnr.: {value}") is None:
                return None  # a "Sag" column of titles: another kind of table
            out.append(f"Sagsnr.: {value}")
        else:
            out.append(f"{head}: {value}")
    at = decisions[0]
    if at < 0:
        return out if any(line.startswith("Sagsnr.: ") for line in out) else None
    if not _EMPTY.match(values[at]):
        out.extend(["", f"{heads[at]}:", values[at]])
    return out


def _tab_cells(line: str) -> list[str] | None:
    return [c.strip() for c in line.strip().split("\t")] if "\t" in line.strip() else None


def _tabbed_line_numbers(text: str) -> list[int]:
    """The numbers of the lines of ``text`` (split at "\\n") that hold a tab, in order:
    found by a scan for the tabs and a count of the line breaks before each."""
    out: list[int] = []
    number = previous = 0
    at = text.find("\t")
    while at >= 0:
        number += text.count("\n", previous, at)
        previous = at
        if not out or out[-1] != number:
            out.append(number)
        at = text.find("\t", at + 1)
    return out


def _tab_field_rows(text: str) -> str:
    """A Word table of one row under its head, cells parted by tabs (``Tid<TAB>Ansvarlig
    <TAB>Form<TAB>Sagsnr.`` over ``8.20 (30 min.)<TAB>JL<TAB>Beslutning<TAB>18/6621``),
    written as its fields' lines where a head names the case and its cell holds one; the
    table alone between lines with no tab."""
    # (a pair of tabbed lines alone between lines without a tab: the only rows to look at;
    # the tabbed lines found by their tabs, the text split only where a pair stands)
    tabbed = _tabbed_line_numbers(text)
    held = set(tabbed)
    pairs = [k for k in tabbed if k + 1 in held and k - 1 not in held and k + 2 not in held]
    if not pairs:
        return text
    lines = text.split("\n")
    rows: dict[int, list[str]] = {}
    for k in pairs:
        heads, values = _tab_cells(lines[k]), _tab_cells(lines[k + 1])
        if heads and values and len(values) < len(heads):
            # ("Sagsbehandler<TAB>Sagsnr.<TAB>Dato" over "<name><TAB>01.05.10-P19-88-23":
            # the row's last cells left empty, their tabs lost with the line's end)
            values = values + [""] * (len(heads) - len(values))
        if heads and values and any(_CASE.match(h.rstrip(":")) for h in heads):
            fields = _fields(heads, values)
            if fields:
                rows[k] = fields
    if not rows:
        return text
    out: list[str] = []
    k = 0
    while k < len(lines):
        if k in rows:
            out.extend(rows[k])
            k += 2
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)


#: The decision column's head right after a tab (the cheap test of such a table).
_DECISION_CELLS = ("Beslutning", "BESLUTNING")
#: "Møde", "Udvalg", "Mødedato": the head of a table's column naming the body (and date)
#: whose decision the row beside it gives.
_MEETING_HEAD = re.compile(r"^(?:møde|mødedato|udvalg|organ|forum|behandlet\s+i)$", re.I)


def _meeting_decision_rows(text: str) -> str:
    """``text`` with each table of decisions by meeting, cells parted by tabs (``Møde<TAB>
    Beslutning`` over ``Økonomiudvalget 11-06-2018<TAB>Godkendt.``, a row per body that
    treated the case), written as "Beslutning i <meeting>" over each row's decision, as
    the item grammar reads a decision's heading naming its body and date."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        heads = [h for h in _tab_cells(lines[k]) or [] if h]
        if (
            len(heads) != 2
            or heads[1].rstrip(":") not in _DECISION_CELLS
            or f"\t{heads[1]}" not in lines[k]
            or not _MEETING_HEAD.match(heads[0])
        ):
            out.append(lines[k])
            k += 1
            continue
        end = k + 1
        rows: list[tuple[str, str]] = []
        while end < len(lines) and (cells := _tab_cells(lines[end])) is not None:
            filled = [c for c in cells if c]
            if len(filled) != 2:
                break
            rows.append((filled[0], filled[1]))
            end += 1
        if not rows:
            out.append(lines[k])
            k += 1
            continue
        for meeting, decision in rows:
            out.extend([f"Beslutning i {meeting}", decision])
        k = end
    return "\n".join(out)


def _section_heads(heads: list[str]) -> list[str] | None:
    """The heads of a table of an item's sections set side by side, one row per point of
    the recommendation (``Indstilling | Beslutning``), as labels; None unless there are two
    to four, each a section's name the item grammar knows, no two the same, one the
    recommendation and one the decision."""
    if not 2 <= len(heads) <= 4 or not all(0 < len(h) <= 40 for h in heads):
        return None
    keys = [heading_key(Line(0, h.rstrip(":").strip() + ":", 0)) for h in heads]
    if any(k is None for k in keys):
        return None
    found = [k[0] for k in keys if k is not None]
    if len(set(found)) < len(found) or "indstilling" not in found or "beslutning" not in found:
        return None
    return [h.rstrip(":").strip() for h in heads]


def _section_columns(heads: list[str], rows: list[list[str]]) -> list[str]:
    """Each column of such a table as its section: the label over its cells, one a line
    (the points' outcomes in the order of the points: "Anbefales." / "Godkendt."), a column
    with nothing in it left out."""
    out: list[str] = []
    for at, head in enumerate(heads):
        cells = [row[at] for row in rows if at < len(row) and not _EMPTY.match(row[at])]
        if cells:
            out.extend([*([""] if out else []), f"{head}:", *cells])
    return out


def _point_tables(lines: list[str], cells: Callable[[str], list[str] | None]) -> list[str]:
    """``lines`` with each table of an item's sections side by side (see
    :func:`_section_heads`; its rows read by ``cells``, a markdown rule under its head
    skipped) written as its sections' lines."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        heads = cells(line) if "ndstilling" in line or "NDSTILLING" in line else None
        labels = _section_heads(heads) if heads else None
        if labels is None:
            out.append(lines[k])
            k += 1
            continue
        end = k + 1
        if end < len(lines) and "---" in lines[end] and _RULE.match(lines[end].strip()):
            end += 1
        rows: list[list[str]] = []
        while end < len(lines):
            row = cells(lines[end])
            if row is None or len(row) > len(heads):
                break
            rows.append(row)
            end += 1
        if not rows:
            out.append(lines[k])
            k += 1
            continue
        out.extend(_section_columns(labels, rows))
        k = end
    return out


#: A case column's head as a cell of a fixed-width head row ("Sagsnr." with a gap of two or
#: more spaces before or after it): the cheap test before the rows are split into cells.
_GAPPED_CASE_HEAD = re.compile(
    rf"(?:^|\S {{2,}})[ \t]*{CASE_LABEL}:?(?: {{2,}}\S|[ \t]*$)", re.I | re.M
)
#: A cell of a fixed-width row: words parted by single spaces (a run of two or more parts
#: two cells).
_GAPPED_CELL = re.compile(r"\S+(?: \S+)*")
#: How far left of its head's column a value may start (a right-aligned or shifted cell).
_SLACK = 2


def _gapped_cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of each cell of a fixed-width row, cells parted by two or more
    spaces; tabs count as the spaces they stand for."""
    return [(m.start(), m.group()) for m in _GAPPED_CELL.finditer(line.expandtabs())]


def _values_under(heads: list[tuple[int, str]], row: list[tuple[int, str]]) -> list[str] | None:
    """Each head's value in the row under it, by the columns the cells start at (a value
    left empty an empty string); None where a cell stands left of the first head's column
    or two cells under one head (no row of this table)."""
    values = [""] * len(heads)
    for at, cell in row:
        column = max((k for k, (start, _) in enumerate(heads) if start <= at + _SLACK), default=-1)
        if column < 0 or values[column]:
            return None
        values[column] = cell
    return values


def _title_over_box(above: str, head: str) -> bool:
    """Whether the line ``above`` a fixed-width field box's head row is the item's title
    right over it (``1. Godkendelse af dagsorden`` over an indented ``Sagsnr. <gap>
    Sagsbehandler <gap> Dokumenter``): one cell, no gap in it, starting left of the box; or,
    where the box stands flush at the margin (a web page's text, where no line is indented:
    ``Pkt. 98`` / ``Title`` over ``Sagsnr. <gap> Dok.nr. <gap> Status``), at the margin too
    (the title's last line where it wrapped) and no sentence's end (``Se nedenfor.`` over a
    box is text leading to a table, no title)."""
    title = above.expandtabs()
    indent = len(title) - len(title.lstrip())
    box = len(head.expandtabs()) - len(head.expandtabs().lstrip())
    if "  " in title.strip():
        return False
    return indent < box or (indent == box == 0 and title.rstrip()[-1:] not in ".:!?")


#: The most lines a fixed-width box's cell may go on under its row (a list of attachments
#: in its documents column, one file a line).
_MOST_CONTINUED = 6


def _continued_values(
    heads: list[tuple[int, str]], values: list[str], lines: list[str], end: int
) -> tuple[int, list[str] | None]:
    """(the line after the box, its values) where the row of ``values`` ends the box: a
    blank line or the text's end after it, or lines going on under it that only continue
    cells already filled outside the case column (``Lokalplan 12.pdf`` / ``Kort.pdf`` under
    ``Dokumenter``: one attachment a line), each joined to its cell by a comma; values
    None where the box does not end so (more rows of a wider table, or text)."""
    values = list(values)
    for _ in range(_MOST_CONTINUED + 1):
        if end >= len(lines) or not lines[end].strip():
            return end, values
        more = _values_under(heads, _gapped_cells(lines[end]))
        if more is not None and heads[0][0] == 0:
            more = _flush_continued(heads, values, more)
        if more is None or any(
            cell and (not values[at] or _CASE.match(heads[at][1].rstrip(":")))
            for at, cell in enumerate(more)
        ):
            return end, None
        values = [f"{v}, {m}" if m else v for v, m in zip(values, more, strict=True)]
        end += 1
    return end, None


def _flush_continued(
    heads: list[tuple[int, str]], values: list[str], more: list[str]
) -> list[str] | None:
    """A line of one cell at the margin under a box that stands flush at the margin too (a
    web page's text, where no line keeps its indent: ``Sagsnr. <gap> Sagsbehandler <gap>
    Dokumenter`` over ``22/18844 <gap> Jonas Friis <gap> Plan.pdf`` over ``Kort.pdf``): the
    last filled cell going on (one attachment a line), no value of the first column, which
    its place alone would say; the values read as they stand otherwise."""
    if not more[0] or any(more[1:]):
        return more
    last = max((k for k, v in enumerate(values) if v), default=0)
    if last == 0 or _CASE.match(heads[last][1].rstrip(":")):
        return more
    return ["" if k != last else more[0] for k in range(len(values))]


def _row_under(lines: list[str], k: int) -> int:
    """The line of a fixed-width box's values under its head row ``k``: the next, or the one
    after a single blank line where a blank line (or the text's end) follows it too (each
    row a paragraph of its own); 0 where neither holds."""
    if k + 1 < len(lines) and lines[k + 1].strip():
        return k + 1
    if (
        k + 2 < len(lines)
        and not lines[k + 1].strip()
        and lines[k + 2].strip()
        and (k + 3 >= len(lines) or not lines[k + 3].strip())
    ):
        return k + 2
    return 0


def _gapped_field_rows(text: str) -> str:
    """``text`` with each fixed-width field box (a head row of two to six field names, one
    a case column's, over one row of values, blank lines above and below; or the item's
    title right above it, ``_title_over_box``, and a cell going on over the next lines,
    ``_continued_values``) written as its fields' lines, as :func:`_fields` reads a pipe
    table's; the same text where none is."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    changed = False
    while k < len(lines):
        line = lines[k]
        fields = None
        # (the row of values under its head, or after one blank line where every line of
        # the text is a paragraph of its own, as a Word file's text gives it: the box ends
        # with the row, a blank line after it)
        below = _row_under(lines, k)
        end = below + 1
        if (
            below
            and _GAPPED_CASE_HEAD.search(line)
            and (k == 0 or not lines[k - 1].strip() or _title_over_box(lines[k - 1], line))
        ):
            heads = _gapped_cells(line)
            values = _values_under(heads, _gapped_cells(lines[below]))
            if values is not None and below == k + 1:
                end, values = _continued_values(heads, values, lines, end)
            if len(heads) >= 2 and values is not None:
                fields = _fields([h for _, h in heads], values)
        if fields:
            out.extend(fields)
            k = end
            changed = True
        else:
            out.append(line)
            k += 1
    return "\n".join(out) if changed else text


def field_rows(text: str) -> str:
    """``text`` with each one-row field table (head row, rule, one row of values) written
    as its fields' lines, and each table of an item's sections side by side (``Indstilling
    | Beslutning`` over a row per point of the recommendation, the point's outcome beside
    it) as its sections; as it was where there is none."""
    if "  " in text and _GAPPED_CASE_HEAD.search(text):  # (a PDF's box in fixed width)
        text = _gapped_field_rows(text)
    if "\t" in text:  # (a Word table's head and one row, its cells parted by tabs)
        text = _tab_field_rows(text)
        if holds_after(text, "\t", _DECISION_CELLS):
            text = _meeting_decision_rows(text)
        if holds_before(text, "\t", ("ndstilling", "NDSTILLING")):  # (found by the tabs)
            text = "\n".join(_point_tables(text.split("\n"), _tab_cells))
    if "|" not in text or "---" not in text:
        return text
    lines = text.split("\n")
    if "ndstilling" in text or "NDSTILLING" in text:
        lines = _point_tables(lines, _cells)
    out: list[str] = []
    k = 0
    while k < len(lines):
        fields = None
        if k + 2 < len(lines) and "---" in lines[k + 1] and _RULE.match(lines[k + 1].strip()):
            heads, values = _cells(lines[k]), _cells(lines[k + 2])
            after = lines[k + 3] if k + 3 < len(lines) else ""
            if heads is not None and values is not None and _cells(after) is None:
                fields = _fields(heads, values)
        if fields:
            out.extend(fields)
            k += 3
        else:
            out.append(lines[k])
            k += 1
    joined = "\n".join(out)
    return joined if joined != text else text
