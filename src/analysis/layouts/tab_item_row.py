"""An item table's row printed as one line: number and title, a tab, the text and the
decision (pure).

A PDF of minutes set as one table (``Pkt. / Emne / Referat / beslutning``) whose third
cell holds both what was said and the decision comes out of the PDF reader as one line a
row: the number and title, a tab, then the prose running into its label (``4. Title<TAB>
The case was … Beslutning: Godkendt.``; sub-items ``3.1 Title<TAB>…`` alike). Read as it
stands the heading's title is the whole row and the decision is lost. Split back, the row
is the numbered heading it means, the prose under it and the decision on a line of its
own, which the item grammar reads as every other item.
"""

from __future__ import annotations

import re

from analysis.parse import lines_holding

#: A row: the item's number ("4.", "3.1", "3.1."), a title without a tab, a tab, then
#: the cell's text holding a decision label.
_ROW = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2})?\.?)[ \t]+(?P<title>[A-ZÆØÅ0-9\"«][^\t]{1,150}?)[ \t]*\t"
    r"(?P<text>.*?)\s*(?P<label>\b(?:Beslutning|Besluttet|Konklusion|Aftale|Indstilling"
    r" og beslutning)\s*:.*)$"
)
#: Rows needed for the text to be such a table (one row alone may be anything).
_MIN_ROWS = 2


def tabbed_item_rows(text: str) -> str:
    """``text`` with each one-line item row (``N. Title<TAB>text … Beslutning: …``) as its
    heading, its text and its decision on lines of their own; as it was where fewer than
    two lines are such rows."""
    if "\t" not in text or ":" not in text:
        return text  # (the cheap gate: most texts have no tab)
    tabbed = lines_holding(text, "\t")
    # (a row indented is read too: ``_ROW`` is tried on the stripped line)
    if sum(1 for ln in tabbed if ln.lstrip()[:1].isdigit() and _ROW.match(ln.strip())) < _MIN_ROWS:
        return text  # (the rows found below, looked for in the lines with a tab alone)
    lines = text.split("\n")
    rows = {}
    for i, line in enumerate(lines):
        if "\t" not in line or not line.lstrip()[:1].isdigit():
            continue
        m = _ROW.match(line.strip())
        if m is not None:
            rows[i] = m
    if len(rows) < _MIN_ROWS:
        return text
    last = max(rows)
    if (tail := _closing_row(lines, last, rows[last])) is not None:
        rows[tail[0]] = tail[1]  # "7 Evt.<TAB>Steen: …": the last row, no decision in it
    # (headings marked as the text's others are: a PDF's bold headings come as markdown)
    mark = "## " if "\n## " in text else ""
    groups = _group_headings(lines, rows) if mark else set()
    out: list[str] = []
    for i, line in enumerate(lines):
        m = rows.get(i)
        if m is None:
            out.append(f"{mark}{line.strip()}" if i in groups else line)
            continue
        out.extend(("", f"{mark}{m.group('num')} {m.group('title').strip()}", ""))
        if m.group("text").strip():
            out.extend((m.group("text").strip(), ""))
        if m.groupdict().get("label"):
            out.extend((m.group("label").strip(), ""))
    return "\n".join(out)


#: The table's last row without a decision label ("7 Evt.<TAB>Steen: Cykelskuret …").
_PLAIN_ROW = re.compile(
    r"^(?P<num>\d{1,2})\.?[ \t]+(?P<title>[A-ZÆØÅ][^\t]{1,60}?)[ \t]*\t(?P<text>\S.*)$"
)


def _closing_row(lines: list[str], last: int, m: re.Match[str]) -> tuple[int, re.Match[str]] | None:
    """(line, row) of the row after the table's last decided row where it is numbered next
    and holds no decision (the standing last item, "Eventuelt": a remark, no outcome)."""
    if "." in m.group("num").rstrip("."):
        return None
    for k in range(last + 1, min(last + 4, len(lines))):
        line = lines[k].strip()
        if not line:
            continue
        row = _PLAIN_ROW.match(line) if "\t" in line else None
        if row is not None and int(row.group("num")) == int(m.group("num").rstrip(".")) + 1:
            return k, row
        return None
    return None


#: A group's heading on a line of its own: a whole number and a short title ("3. Økonomi").
_GROUP = re.compile(r"^(?P<num>\d{1,2})\.?[ \t]+[A-ZÆØÅ][^\t.:]{1,60}$")


def _group_headings(lines: list[str], rows: dict[int, re.Match[str]]) -> set[int]:
    """The lines that head a group of sub-item rows: "3. Title" right above the row
    numbered "3.1" (blank lines between)."""
    out = set()
    for i, m in rows.items():
        num = m.group("num").rstrip(".")
        if not num.endswith(".1"):
            continue
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        g = _GROUP.match(lines[j].strip()) if j >= 0 else None
        if g is not None and g.group("num") == num.split(".")[0]:
            out.add(j)
    return out


#: A two-column decision table's head row: the item's column, then the decision's
#: ("Sag | Beslutning", "Punkt<TAB>Beslutning", "Dagsordenspunkt | Udvalgets beslutning").
_DECISION_HEAD = re.compile(
    r"^(?:sag|punkt|pkt\.?|emne|dagsordenspunkt|nr\.?|titel)\t(?:[\wæøå-]+s\s+)?beslutning(?:er)?$",
    re.I,
)
#: A row under it: the number and title in the first cell, the decision in the second.
_DECISION_ROW = re.compile(
    r"^(?P<num>\d{1,4})\.?[ ]+(?P<title>[A-ZÆØÅ0-9\"«][^\t]{1,200}?)\t(?P<decision>\S[^\t]*)$"
)
#: A Markdown table's rule under its head ("|-----|:---|").
_RULE_ROW = re.compile(r"^\|?[\s:|-]+\|?$")


def _cells(line: str) -> str:
    """A table row's cells parted by tabs (a Markdown row's pipes or a tabbed row)."""
    line = line.strip()
    if line.startswith("|"):
        line = line.strip("|")
        return "\t".join(cell.strip() for cell in line.split("|"))
    return "\t".join(cell.strip() for cell in line.split("\t"))


def decision_column_rows(text: str) -> str:
    """``text`` with each row of a two-column decision table (``Sag | Beslutning`` over
    ``N. Title | Godkendt.``, as a Markdown, Word or web table: a decisions-only protocol)
    as its numbered heading and its decision under a ``Beslutning:`` label; as it was where
    no such head row stands over two or more rows."""
    if ("eslutning" not in text and "ESLUTNING" not in text) or (
        "\t" not in text and "|" not in text
    ):
        return text  # (the cheap gate)
    if not any(
        _DECISION_HEAD.match(_cells(line))
        for mark in ("\t", "|")
        for line in lines_holding(text, mark)
    ):
        return text  # (no head row: it holds a tab or a bar, only those lines looked at)
    lines = text.split("\n")
    out: list[str] = []
    i, changed = 0, False
    while i < len(lines):
        line = lines[i]
        if ("\t" not in line and "|" not in line) or not _DECISION_HEAD.match(_cells(line)):
            out.append(line)
            i += 1
            continue
        j, rows = i + 1, []
        if j < len(lines) and lines[j].strip()[:1] == "|" and _RULE_ROW.match(lines[j].strip()):
            j += 1
        while j < len(lines):
            row = _cells(lines[j])
            m = _DECISION_ROW.match(row) if row[:1].isdigit() else None
            if m is None:
                break
            rows.append(m)
            j += 1
        if len(rows) < _MIN_ROWS:
            out.append(line)
            i += 1
            continue
        for m in rows:
            out.extend(("", f"{m.group('num')}. {m.group('title').strip()}", ""))
            out.extend(("Beslutning:", m.group("decision").strip(), ""))
        i, changed = j, True
    return "\n".join(out) if changed else text


#: A table of the items with a column for each part (a Word "beslutningsreferat" in
#: landscape): the number's column, the title's, then columns among which one holds the
#: decision ("Nr.<TAB>Emne<TAB>Drøftelse (AI-resumé)<TAB>Beslutning/aftale<TAB>Ansvar /
#: frist").
#: ("Pkt.<TAB>Tid<TAB>Emne<TAB>Resultat": a seminar's programme and results in one table,
#: the slot's column between the number's and the title's, the result's alone after them)
_COLUMNS_HEAD = re.compile(
    r"^(?:nr|pkt|punkt)\.?\t(?P<slot>(?:tid|tidspunkt|kl\.?)\t)?(?:emne|titel|overskrift|sag|punkt)"
    r"\t(?P<rest>[^\t]+(?(slot)|\t[^\t]+)(?:\t[^\t]+)*)$",
    re.I,
)
#: The decision's column among the rest ("Beslutning/aftale", "Konklusion", "Aftaler",
#: "Resultat").
_DECISION_CELL = re.compile(r"^(?:beslutning|konklusion|aftale|afgørelse|resultat)", re.I)
#: A row of the slotted table: the number (an inserted item's letter after it, "3a"), the
#: slot, the title and the other cells.
_SLOTTED_ROW = re.compile(
    r"^(?P<num>\d{1,2}[a-h]?)\.?\t(?:kl\.\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?"
    r"\t(?P<title>[A-ZÆØÅ0-9\"«][^\t]{1,200})(?P<rest>(?:\t[^\t]*)*)$"
)
#: The slotted table's row of no item: a break (its number's cell empty, so the slot opens
#: the stripped line) or a day's head ("Fredag den 1. juni").
_SLOTTED_GAP = re.compile(
    r"^(?:(?:kl\.\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\t[^\t]*"
    r"|(?:man|tirs|ons|tors|fre|lør|søn)dag\b[^\t]{0,40})$",
    re.I,
)
#: A row under it: the number ("3", "3.1", "3."), the title, and the other cells.
_COLUMNS_ROW = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2})?)\.?\t(?P<title>[A-ZÆØÅ0-9\"«][^\t]{1,200})(?P<rest>(?:\t[^\t]*)*)$"
)
#: A cell left empty on purpose.
_EMPTY_CELL = frozenset(("", "-", "–", "—"))


#: ``_COLUMNS_HEAD``'s start at a line's start (the lines are stripped before it).
_COLUMNS_HEAD_START = re.compile(
    r"^[ \t]*(?:nr|pkt|punkt)\.?\t(?:(?:tid|tidspunkt|kl\.?)\t)?"
    r"(?:emne|titel|overskrift|sag|punkt)\t",
    re.I | re.M,
)


#: Each ``_DECISION_CELL`` word's rest, as written and in capitals: the cheap gate.
_DECISION_CELL_WORDS = ("eslutning", "onklusion", "ftale", "fgørelse", "esultat")
_DECISION_CELL_WORDS += tuple(w.upper() for w in _DECISION_CELL_WORDS)


def _may_be_columns_head(text: str) -> bool:
    """Whether ``_COLUMNS_HEAD_START`` matches at a line's start: tried on the lines that
    hold a tab alone (a match holds one and no line break), found by their tabs."""
    return any(_COLUMNS_HEAD_START.match(line) for line in lines_holding(text, "\t"))


def column_item_rows(text: str) -> str:
    """``text`` with each row of a table of the items whose head row names a decision
    column among three or more (see ``_COLUMNS_HEAD``) as its numbered heading, its other
    cells as lines of text (a named column's value after its name: "Ansvar / frist: JET")
    and its decision under a ``Beslutning:`` label; as it was where no such head row
    stands over two or more rows."""
    if "\t" not in text or not any(w in text for w in _DECISION_CELL_WORDS):
        return text  # (the cheap gate)
    if not _may_be_columns_head(text):
        return text  # (no line can be the head row: the walk below is skipped)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line[:1] not in "NnPp" or not (m := _COLUMNS_HEAD.match(line.strip())):
            continue
        names = m.group("rest").split("\t")
        if m.group("slot"):
            names = ["", *names]  # (no notes' column: the cells after the title are named)
        decision = next((k for k, n in enumerate(names) if _DECISION_CELL.match(n.strip())), None)
        if decision is None:
            continue
        slotted = m.group("slot") is not None
        rows: list[re.Match[str] | None] = []  # (None: a slotted table's break or day)
        j = i + 1
        while j < len(lines):
            line = lines[j].strip()
            row = (_SLOTTED_ROW if slotted else _COLUMNS_ROW).match(line)
            if row is None and not (slotted and _SLOTTED_GAP.match(line)):
                break
            rows.append(row)
            j += 1
        if sum(row is not None for row in rows) < _MIN_ROWS:
            continue
        out: list[str] = []
        for row in rows:
            if row is None:
                out.append("")
                continue
            # (the slotted row's cells after the title start at its first tab, no notes')
            cells = [c.strip() for c in row.group("rest").split("\t")[1:]]
            if slotted:
                cells = ["", *cells]
            # ("3.1 Title": a sub-item's number without a dot, as ``tabbed_item_rows`` writes it)
            num = row.group("num") + ("" if "." in row.group("num") else ".")
            out.extend(("", f"{num} {row.group('title').strip()}", ""))
            for k, cell in enumerate(cells[: len(names)]):
                if k == decision or cell in _EMPTY_CELL:
                    continue
                # (the first column after the title holds the notes; the others are named)
                out.extend((cell if k == 0 else f"{names[k].strip()}: {cell}", ""))
            if decision < len(cells) and cells[decision] not in _EMPTY_CELL:
                out.extend((f"Beslutning: {cells[decision]}", ""))
        return "\n".join([*lines[:i], *out, *lines[j:]])
    return text


#: A board's protocol set as one table of its cases, no item numbers: the case number's
#: column first, the matter's, then the ruling's, further columns after it ("Sagsnr. |
#: Adresse / emne | Afgørelse | Stemmer", "J.nr. | Emne | Resultat").
_CASE_TABLE_HEAD = re.compile(
    r"^(?:sagsnr\.?|sag\s+nr\.?|j\.\s*nr\.?|journalnr\.?)\t"
    r"(?P<title>(?:[\wæøå.-]+\s*/\s*)?(?:emne|sag|titel|adresse|overskrift|sagen))\t"
    r"(?:afgørelse|beslutning|resultat|udfald|kendelse)(?P<more>(?:\t[^\t]+)*)$",
    re.I,
)
#: A row under it: a case number (two to four digits, a slash or a hyphen, three to six
#: digits), the matter, the ruling, and as many cells as the head has after it.
_CASE_ROW = re.compile(r"^(?P<case>\d{2,4}[/-]\d{3,6})\t(?P<title>[^\t]{3,200})\t(?P<rest>\S.*)$")


#: ``"nr" in text`` as a literal regex search (several times faster for two characters).
_NR = re.compile("nr").search


def case_column_rows(text: str) -> str:
    """``text`` with each row of a table of cases (see ``_CASE_TABLE_HEAD``) as an item
    numbered by place, its case on a ``Sagsnr.:`` line and its ruling under a
    ``Beslutning:`` label (a further column, "Stemmer", on a labelled line after it); as
    it was where no such head row stands over two or more rows."""
    # (every head ``_CASE_TABLE_HEAD`` reads holds "nr", in any case: "Sagsnr.", "J.nr.",
    # "Journalnr.", "Sag Nr.", "SAGSNR.")
    if "\t" not in text or not (_NR(text) or "NR" in text or "Nr" in text):
        return text  # (the cheap gate)
    lines = text.split("\n")
    out: list[str] = []
    i, changed = 0, False
    while i < len(lines):
        line = lines[i]
        head = _CASE_TABLE_HEAD.match(line.strip()) if "\t" in line and line[:1] in "SsJj" else None
        if head is None:
            out.append(line)
            i += 1
            continue
        more = [c.strip() for c in head.group("more").split("\t") if c.strip()]
        j, rows = i + 1, []
        while j < len(lines) and (m := _CASE_ROW.match(lines[j].strip())):
            cells = m.group("rest").split("\t")
            if len(cells) > 1 + len(more):
                break
            rows.append((m.group("case"), m.group("title").strip(), cells))
            j += 1
        if len(rows) < _MIN_ROWS:
            out.append(line)
            i += 1
            continue
        for k, (case, title, cells) in enumerate(rows, start=1):
            out.extend(("", f"{k}. {title}", f"Sagsnr.: {case}", "", "Beslutning:"))
            out.append(cells[0].strip())
            out.extend(
                f"{h}: {c.strip()}" for h, c in zip(more, cells[1:], strict=False) if c.strip()
            )
        out.append("")
        i, changed = j, True
    return "\n".join(out) if changed else text
