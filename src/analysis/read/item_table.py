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

from analysis.vocab import SECTION_HEADINGS

#: The number column's head ("Nr.", "Pkt.", "Punkt", "#").
_NUMBER_HEAD = re.compile(r"^(?:nr|pkt|punkt|sag\s*nr|dagsordenspunkt|#)\.?$", re.I)
#: The title column's head.
_TITLE_HEAD = re.compile(r"^(?:sag|emne|titel|overskrift|sagstitel|dagsordenspunkt|punkt)$", re.I)
_NUMBER = re.compile(r"^(?P<num>\d{1,4})\.?$")
#: An empty field: "–", "-", "…".
_EMPTY = re.compile(r"^[\s\-–—…./]*$")


def _head(text: str) -> str:
    return text.strip().rstrip(":").strip()


def _field_head(text: str) -> bool:
    head = _head(text).lower()
    return head in SECTION_HEADINGS or head.startswith("beslutning") or head == "referat"


def _field_line(head: str) -> str:
    """The column's head as the field's label above its text: "Referat" (a MED
    committee's column of what was concluded) as the label "Referat:"."""
    return f"{head}:" if head.lower() == "referat" else head


def _title_rest(line: str) -> str:
    """A further line of the title cell: "Beslutning" / "Drøftelse" alone under the title
    says what the item is for (not a field of its own)."""
    return f"Formål: {line}" if _head(line).lower() in SECTION_HEADINGS else line


def item_rows(rows: list[list[list[str]]]) -> list[str] | None:
    """The text of an item table, row by row, else None when ``rows`` is no such table.

    ``rows`` are the table's rows, each a list of cells, each cell a list of its lines.
    The head row must name a number column, a title column and at least one field the
    item grammar knows (``Indstilling``, ``Beslutning`` …); every other row must start with
    an item number.
    """
    if len(rows) < 2:
        return None
    heads = [_head(" ".join(cell)) for cell in rows[0]]
    if len(heads) < 3 or not _NUMBER_HEAD.match(heads[0]) or not _TITLE_HEAD.match(heads[1]):
        return None
    fields = heads[2:]
    if not any(_field_head(h) for h in fields) or not all(h for h in fields):
        return None
    out: list[str] = []
    for row in rows[1:]:
        cells = [[ln.strip() for ln in cell if ln.strip()] for cell in row]
        number = _NUMBER.match(" ".join(cells[0])) if cells and cells[0] else None
        title = cells[1] if len(cells) > 1 else []
        if number is None or not title:
            return None
        if out:
            out.append("")
        out.append(f"{number.group('num')}. {title[0]}")
        out.extend(_title_rest(line) for line in title[1:])
        for head, cell in zip(fields, cells[2:], strict=False):
            if not cell or all(_EMPTY.match(ln) for ln in cell):
                continue
            out.extend(["", _field_line(head), *cell])
    return out
