"""An item table copied out of Word or a PDF with every cell on a line of its own (pure).

Copied as text, some programs lose a table's tabs as well as its borders: the head row
comes out as one line per column (``Punkt`` / ``Drøftelse`` / ``Aftale / ansvarlig``),
then each row as its cells one under the other (``2. Title`` / what was said / what was
agreed). Read as it stands the item grammar sees a numbered title over two lines of prose
with no field label, and the agreement is no decision. Put back into rows of cells, the
table is the item table :func:`analysis.read.item_table.item_rows` reads: each row an
item heading over its fields, the last column (the agreement) as the decision.
"""

from __future__ import annotations

import re

from analysis.parse import break_led
from analysis.read.item_table import _TITLE_HEAD, _WHO_HEAD, item_rows

#: A number column's head alone on its line ("Punkt", "Pkt.", "Nr.", "#").
_NUMBER_HEAD = re.compile(r"^(?:nr|pkt|punkt|dagsordenspunkt|#)\.?$", re.I)
#: A further column's head: a few words, no sentence ("Drøftelse", "Aftale / ansvarlig").
_COLUMN_HEAD = re.compile(r"^[A-ZÆØÅ][\wæøå.]*(?:\s*[/&,-]?\s*[\wæøå.]+){0,3}:?$")
#: A row's first cell: the item's number and its title ("2. Normeringstal 2024").
_ROW_START = re.compile(r"^(?P<num>\d{1,3})\.?\s+(?P<title>[A-ZÆØÅ0-9\"«].*)$")
#: A number column's head alone on a line anywhere in a text: the cheap test (a newline
#: first, a literal the regex engine looks for fast, and no case folding; then a look-ahead
#: for the heads' first letters, see ``break_led``).
_ANY_NUMBER_HEAD = re.compile(
    break_led(r"(?:[Pp]unkt|[Pp]kt\.?|[Nn]r\.?|#|PUNKT|PKT\.?|NR\.?|[Dd]agsordenspunkt)[ \t]*\n")
)
#: The first row's number alone on its line, under the heads ("1", "1."): each cell of the
#: rows is a line of its own, the number's too.
_FIRST_NUMBER = frozenset({"1", "1."})
#: Columns a head row may have (the number's, the title's or a field's, and the others).
_MIN_COLUMNS, _MAX_COLUMNS = 3, 6


def may_stack(text: str) -> bool:
    """Whether ``text`` may hold such a table (one search of the whole text)."""
    return (
        _ANY_NUMBER_HEAD.search(text) is not None
        or _ANY_NUMBER_HEAD.match(f"\n{text[:24]}") is not None  # (on the first line)
    )


def _heads(lines: list[str], at: int) -> list[str] | None:
    """The column heads from ``at`` (the number column's head) on, one a line, up to the
    first row; None unless they are a head row's: three to six short labels, one of them a
    field the item grammar knows, right above the row numbered 1."""
    from analysis.read.item_table import _field_head  # the item tables' field heads

    heads = [lines[at].strip()]
    for line in lines[at + 1 : at + _MAX_COLUMNS + 1]:
        text = line.strip()
        if _ROW_START.match(text) or text in _FIRST_NUMBER:
            break
        if not text or len(text) > 40 or "\t" in text or not _COLUMN_HEAD.match(text):
            return None
        heads.append(text)
    else:
        return None
    nxt = lines[at + len(heads)].strip() if at + len(heads) < len(lines) else ""
    first = _ROW_START.match(nxt)
    if len(heads) < _MIN_COLUMNS or (first is None and nxt not in _FIRST_NUMBER):
        return None
    if first is not None and first.group("num") != "1":
        return None
    return heads if any(_field_head(h) for h in heads[1:]) else None


def _cells(row: list[str], width: int) -> list[list[str]]:
    """A row's lines as its ``width`` cells: one a cell where they fill the row; else the
    first the title's, the last the last column's (the agreement: a cell left empty
    in the middle is the one lost) and those between the middle columns', the last middle
    column taking any lines left over (a cell of several paragraphs)."""
    if len(row) == width:
        return [[line] for line in row]
    first, *rest = row
    if width == 2:
        return [[first], rest]
    last = [rest.pop()] if rest else []
    middle: list[list[str]] = [[] for _ in range(width - 2)]
    for k, line in enumerate(rest):
        middle[min(k, width - 3)].append(line)
    return [[first], *middle, last]


#: A row's number alone on its line, under its title ("3").
_BARE_NUMBER = re.compile(r"^(?P<num>\d{1,3})\.?$")
#: Who answers for it, in initials ("BR", "SB/AMK"): a who column's cell, not a sentence.
_INITIALS = re.compile(r"^[A-ZÆØÅ]{1,5}(?:\s?[/,]\s?[A-ZÆØÅ]{1,5})*$")


def _title_first_heads(lines: list[str], at: int) -> list[str] | None:
    """The column heads of a table whose title column comes before the number's
    (``Emne`` / ``Nr.`` / ``Drøftelse / beslutning`` / ``Ansvarlig``, ``at`` the number's
    head), one a line up to a blank line; None unless three to six short labels, one of
    them a field the item grammar knows."""
    from analysis.read.item_table import _field_head

    if at == 0 or not _TITLE_HEAD.match(lines[at - 1].strip().rstrip(".:")):
        return None
    heads = [lines[at - 1].strip(), lines[at].strip()]
    for line in lines[at + 1 : at + _MAX_COLUMNS]:
        text = line.strip()
        if not text:
            break
        if len(text) > 40 or "\t" in text or not _COLUMN_HEAD.match(text):
            return None
        heads.append(text)
    if len(heads) < _MIN_COLUMNS or not any(_field_head(h) for h in heads[2:]):
        return None
    return heads


def _row_start(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a row's title: a line over its number alone."""
    return (
        k + 1 < len(lines)
        and bool(lines[k].strip())
        and _BARE_NUMBER.match(lines[k].strip()) is None
        and _BARE_NUMBER.match(lines[k + 1].strip()) is not None
    )


def _title_first_table(lines: list[str], at: int) -> tuple[list[list[list[str]]], int] | None:
    """The rows (head row first, the number's column put first) of a table whose rows are
    each its title over its number alone and then its other cells, rows parted by blank
    lines (Word's paragraphs between them), and the line after the table; None where
    fewer than two rows follow the heads."""
    heads = _title_first_heads(lines, at)
    if heads is None:
        return None
    fields = heads[2:]
    who = len(fields) > 1 and _WHO_HEAD.match(fields[-1].rstrip(".:")) is not None
    rows: list[list[list[str]]] = []
    k = at + len(heads) - 1
    while k < len(lines):
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or not _row_start(lines, k):
            break
        title, number = lines[k].strip(), lines[k + 1].strip()
        rest: list[str] = []
        k += 2
        while k < len(lines) and not (not lines[k - 1].strip() and _row_start(lines, k)):
            if lines[k].strip():
                rest.append(lines[k].strip())
            elif k + 1 < len(lines) and lines[k + 1].strip() and not _row_start(lines, k + 1):
                break  # a blank line before what is no row: the table ends
            k += 1
        owner = [rest.pop()] if who and rest and _INITIALS.match(rest[-1]) else []
        width = len(fields) - 1 if who else len(fields)
        cells = [rest] if width == 1 or not rest else _cells(rest, width)
        rows.append([[number], [title], *cells, *([owner] if who else [])])
    if len(rows) < 2:
        return None
    return [[[heads[1]], [heads[0]], *([h] for h in fields)], *rows], k


def stacked_item_table(text: str) -> str:
    """Text with an item table whose cells were copied one per line rewritten as the item
    table's text (see the module docstring); as it was where there is none. The rows run
    from the line numbered 1 under the heads, each to the line before the next number, up
    to a blank line; two rows or more."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if len(line) > 16 or not _NUMBER_HEAD.match(line.strip()):
            continue  # (the cheap test: most lines are longer than a number's head)
        heads = _heads(lines, at)
        if heads is None:
            title_first = _title_first_table(lines, at)
            if title_first is not None:
                found = item_rows(title_first[0])
                if found is not None:
                    return "\n".join([*lines[: at - 1], *found, "", *lines[title_first[1] :]])
            continue
        if lines[at + len(heads)].strip() in _FIRST_NUMBER:
            bare = _bare_number_table(lines, at + len(heads), heads)
            found = item_rows(bare[0]) if bare is not None else None
            if bare is not None and found is not None:
                return "\n".join([*lines[:at], *found, *lines[bare[1] :]])
            continue
        rows: list[list[str]] = []
        end = at + len(heads)
        while end < len(lines) and lines[end].strip():
            text_line = lines[end].strip()
            m = _ROW_START.match(text_line)
            if m and int(m.group("num")) == len(rows) + 1:
                rows.append([text_line])
            else:
                rows[-1].append(text_line)
            end += 1
        if len(rows) < 2:
            continue
        if _TITLE_HEAD.match(heads[1]):
            # "Nr." / "Emne" / …: the number and the title came out on one line ("2. Title"),
            # read as the number column's cell holding both
            heads = [heads[0], *heads[2:]]
        table = [[[h] for h in heads], *(_cells(row, len(heads)) for row in rows)]
        found = item_rows(table)
        if found is not None:
            return "\n".join([*lines[:at], *found, *lines[end:]])
    return text


def _bare_number_table(
    lines: list[str], start: int, heads: list[str]
) -> tuple[list[list[list[str]]], int] | None:
    """The rows (head row first) of a table whose every cell is a line of its own, the
    row's number alone first (``Pkt.`` / ``Emne`` / ``Sagsnr.`` / ``Beslutning`` over ``1``
    / title / case / decision, a browser's copy of a responsive table), from ``start`` (the
    line ``1``) to a blank line, and the line after them; None where the second head names
    no title or fewer than two rows follow. A row runs from its number (the next one) over
    a line of text to the line before the next number."""
    if not _TITLE_HEAD.match(heads[1].rstrip(".:")):
        return None
    rows: list[list[str]] = []
    k = start
    while k < len(lines) and lines[k].strip():
        text = lines[k].strip()
        m = _BARE_NUMBER.match(text)
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if m and int(m.group("num")) == len(rows) + 1 and nxt and not _BARE_NUMBER.match(nxt):
            rows.append([m.group("num"), nxt])
            k += 2
            continue
        if not rows:
            return None
        rows[-1].append(text)
        k += 1
    if len(rows) < 2:
        return None
    fields = heads[2:]
    body = [[[row[0]], [row[1]], *_bare_cells(row[2:], fields)] for row in rows]
    return [[[h] for h in heads], *body], k


def _bare_cells(rest: list[str], fields: list[str]) -> list[list[str]]:
    """A bare-numbered row's lines after its title as the cells of ``fields``: one field of
    text (the decision) takes every line the others leave; each other field (a case, who,
    by when, what for) one line, those before the text from the top, those after it from
    the bottom. A case column's line must be a case number or an empty mark ("–"), else
    the case was left empty (no line). Where two or more fields may hold text, the lines
    are dealt out as :func:`_cells` does."""
    from analysis.parse import match_case_number  # (the item grammar's case numbers)
    from analysis.read.item_table import _CASE_HEAD, _EMPTY, PURPOSE_LETTERS

    short = [
        any(p.match(h.rstrip(":")) for p in (_CASE_HEAD, _WHO_HEAD, PURPOSE_LETTERS))
        for h in fields
    ]
    if short.count(False) != 1:
        return _cells(rest, len(fields)) if rest else [[] for _ in fields]
    text_at = short.index(False)
    cells: list[list[str]] = [[] for _ in fields]
    lines = list(rest)
    for k in range(text_at):
        if not lines:
            break
        if _CASE_HEAD.match(fields[k].rstrip(":")) and not (
            _EMPTY.match(lines[0]) or match_case_number(lines[0])
        ):
            continue  # (the case's cell left empty: no line of its own)
        cells[k] = [lines.pop(0)]
    for k in range(len(fields) - 1, text_at, -1):
        if len(lines) > 1 and len(lines[-1]) <= 40:
            cells[k] = [lines.pop()]  # ("Formand", "30.08.2024": a short cell)
    cells[text_at] = lines
    return cells
