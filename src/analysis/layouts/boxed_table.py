"""Tables drawn with ASCII rules in plain text (pure).

A case system or a spreadsheet printed to text writes a table as its cells parted by
``|`` with no pipe at the row's ends, and a rule of dashes crossed by ``+`` under the head
row (``Log-nr. | Emne | Sagsnr. | Beslutning``, ``--------+------+…``), as database
consoles print them (or framed all round: ``+----+----+`` rules around ``| … |`` rows);
a markdown table written without the pipes at the rows' ends (``Nr | Emne | Beslutning`` /
``---|---|---``) likewise. Written as markdown pipe rows (``| … |``), the rule a blank
line, such a table is read as every other pipe table is
(:func:`analysis.layouts.text.unpipe`).
Line numbers are kept.
"""

from __future__ import annotations

import re

#: "---------+--------+-----": the rule under the head row, a column's dashes each.
#: Also "---|---|---" and ":--|:--" (a markdown table written without the pipes at the
#: rows' ends).
_BOX_RULE = re.compile(r"^\s*:?-{2,}:?\s*(?:[+|]\s*:?-{2,}:?\s*)+$")
#: "+--------+-------+": the rules of a table framed all round, its rows "| … | … |"
#: (already markdown pipe rows); also a frame of one column ("+------+" around a decision's
#: heading and text) and the rule under a head row drawn with "=" ("+======+", a grid
#: table as pandoc writes a Word table to text, colons marking a column's alignment).
_FRAME_RULE = re.compile(r"^\s*\+(?::?(?:-{2,}|={2,}):?\+)+\s*$")
#: The widest label column whose wrapped cell is joined (``_wrapped_labels``).
_LABEL_WIDTH = 30


def unbox(text: str) -> str:
    """``text`` with its ASCII-ruled tables written as markdown pipe rows: the head row
    right above a rule, and each row under it with as many cells (the table ends at the
    first line without them); as it was where there is none."""
    if "|" not in text and "+" not in text:
        return text  # (one character looked for first: every mark below holds one of them)
    if " | " in text:
        text = unbox_bare(text)
    if not any(mark in text for mark in ("+-", "+=", "+:", "-|", "- |")):
        return text  # (a rule's dashes by a cross or a pipe, a frame's opening cross)
    lines = text.split("\n")
    changed = _wrapped_labels(lines)
    for k, line in enumerate(lines):
        if "+" in line and _FRAME_RULE.match(line):
            lines[k], changed = "", True  # "+----+------+": a framed table's rule
            continue
        if not (k and ("+" in line or "|" in line) and _BOX_RULE.match(line)):
            continue
        if line.strip()[:1] == "|" or line.rstrip()[-1:] == "|":
            continue  # "|---|---|": a markdown table's own rule, read as it is
        width = line.count("+") + line.count("|") + 1
        head = lines[k - 1]
        if head.count("|") != width - 1 or head.strip().startswith("|"):
            continue
        lines[k - 1] = _piped(head)
        lines[k] = ""
        end = k + 1
        while end < len(lines) and lines[end].count("|") == width - 1:
            lines[end] = _piped(lines[end])
            end += 1
        changed = True
    return "\n".join(lines) if changed else text


def _wrapped_labels(lines: list[str]) -> bool:
    """Each framed row of two columns whose label cell a converter wrapped over the row's
    lines ("| Beslutning i | Godkendt. |" / "| Økonomiudvalget | |" / "| den 14. maj 2024 |
    |": a narrow label column beside a wide one, each row between two rules) with the label
    whole on the row's first line, the wrapped parts taken off the lines under it: a part
    goes on the label where the label broke after a small word, a comma or a hyphen, or the
    part starts in small letters (``read.text._CONTINUES``, ``_BROKEN_END``); a field's
    own label ("Sagsnr.:", a capital after a whole one) starts a row of its own. Whether
    anything changed (``lines`` rewritten in place)."""
    from analysis.read.text import _BROKEN_END, _CONTINUES  # (layouts read after read)

    changed = False
    for k, rule in enumerate(lines):
        if "+" not in rule or not _FRAME_RULE.match(rule) or rule.count("+") != 3:
            continue
        left, mid, right = (m.start() for m in re.finditer(r"\+", rule))
        if mid - left - 1 > _LABEL_WIDTH or mid - left >= right - mid:
            continue  # no narrow label column beside a wider one
        rows: list[int] = []
        for at in range(k + 1, len(lines)):
            row = lines[at]
            if len(row) <= right or row[left] != "|" or row[mid] != "|" or row[right] != "|":
                break
            rows.append(at)
        if len(rows) < 2:
            continue
        first = lines[rows[0]]
        label = first[left + 1 : mid].strip()
        for at in rows[1:]:
            part = lines[at][left + 1 : mid].strip()
            if not label or not part or not (_BROKEN_END.search(label) or _CONTINUES.match(part)):
                break
            label = f"{label} {part}"
            lines[at] = f"{lines[at][: left + 1]}{' ' * (mid - left - 1)}{lines[at][mid:]}"
            lines[rows[0]] = f"{first[: left + 1]} {label} {first[mid:]}"
            changed = True
    return changed


def unbox_bare(text: str) -> str:
    """An item table pasted without rule and end pipes (an intranet action log copied as
    text: ``Nr. | Emne | Referat / konklusion | Ansvar | Frist`` over ``A | Title | … |
    – | –``): the head row names a number, a title and a decision column
    (:func:`analysis.layouts.text._is_item_table`), each row under it has as many cells (the
    table ends at the first line without them). Written as markdown pipe rows."""
    from analysis.layouts.text import _is_item_table  # (text imports this module)

    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        # (the cheap test first: a head row of three cells or more, no pipe at its ends)
        if line.count(" | ") < 2 or line.strip()[:1] == "|" or line.rstrip()[-1:] == "|":
            continue
        cells = [c.strip() for c in line.split("|")]
        if not _is_item_table(cells) or k >= len(lines) or lines[k].count("|") != len(cells) - 1:
            continue
        if _BOX_RULE.match(lines[k]):
            continue  # a rule under the head row: read below as a ruled table
        lines[k - 1] = _piped(line)
        while k < len(lines) and lines[k].count("|") == len(cells) - 1 and lines[k].strip():
            lines[k] = _piped(lines[k])
            k += 1
        changed = True
    return "\n".join(lines) if changed else text


def _piped(row: str) -> str:
    """A row's cells between pipes, as a markdown table writes them."""
    return "| " + " | ".join(cell.strip() for cell in row.split("|")) + " |"
