"""A decision log above the items: a summary table of what was decided (pure).

A wiki page or a meeting app's notes (Confluence, Loop, Teams) often open or close with a
table summing up the decisions, a row per item decided: ``## Beslutningslog`` /
``Pkt.<TAB>Emne<TAB>Status`` / ``2<TAB>Porteføljestatus Q3<TAB>TAGET TIL EFTERRETNING``.
It lists only the items that got a decision, so it is no contents list of the meeting's
items (read as one, the items it leaves out, the opening and the standing items, were
lost); the items' own headings below say it all again.

A slide deck's minutes may instead close with a slide of the outcomes, a line per item
numbered as the agenda numbers it (``Beslutninger`` / ``Pkt. 1: Godkendt.`` / ``Pkt. 2:
Chefgruppen tog …``, ``Opsamling`` / ``Ad 3: Styregruppen godkendte …``), the items'
own slides holding only their bullets. Such a block (:func:`_closing_block`: two or more
such lines, their numbers rising) is read as the log's decision column.
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: "Beslutningslog", "Beslutninger (opsummering)", "Beslutningsoversigt", "Oversigt over
#: beslutninger": the head of a summary of the decisions.
_LOG_HEAD = re.compile(
    r"^(?:beslutnings(?:log|oversigt|liste|register)|beslutninger(?:\s*[(:–-].*)?|"
    r"oversigt\s+over\s+beslutninger|decision\s+log)\s*:?$",
    re.IGNORECASE,
)
#: "Konklusioner", "Opsamling", "Beslutninger": the head of a closing block of outcomes.
_CLOSING_HEADS = frozenset(
    f"{form}{colon}"
    for word in ("beslutninger", "konklusioner", "opsamling")
    for form in (word, word.title(), word.upper())
    for colon in ("", ":")
)
#: "Pkt. 2: Taget til efterretning.", "Ad 3: Godkendt.", "Punkt 4 – Drøftet.": an item's
#: outcome in the closing block, its number led by the item's word (a bare "2." is a list).
_CLOSING_ROW = re.compile(
    r"^(?:ad\.?\s*(?:pkt\.?\s*|punkt\s+)?|pkt\.?\s*|punkt\s+)(?P<num>\d{1,3})\s*[:.)–-]\s+"
    r"(?P<text>\S.*)$",
    re.IGNORECASE,
)
#: "Næste møde: 12. december": a field after the rows, which ends the block.
_FIELD = re.compile(r"^[A-ZÆØÅ][\w .-]{1,30}:\s")
#: A row of the log: the item's number in its first cell ("2<TAB>…", "Pkt. 2<TAB>…").
_LOG_ROW = re.compile(r"^(?:(?:pkt|punkt)\.?\s*)?\d{1,3}\.?\t", re.IGNORECASE)


def decision_log_lines(lines: list[Line]) -> set[int]:
    """Indexes of a decision log's lines (its head, its table's head row and its rows
    numbered by item), where a line alone, a heading or not, names the log and a table
    whose rows open with an item's number stands right under it; else none."""
    logs, closing = _logs(lines)
    return {i for p, rows in logs for i in (lines[p].index, *(lines[r].index for r in rows))} | {
        lines[p].index for p in _closing_block(lines, closing)
    }


#: A log's column of the decisions' words ("Pkt.<TAB>Beslutning<TAB>Ansvarlig<TAB>Frist").
_DECISION_COLUMN = re.compile(r"^(?:beslutning(?:en)?|konklusion(?:en)?|afgørelse)$", re.I)
_ROW_NUMBER = re.compile(r"\d{1,3}")


def logged_decisions(lines: list[Line]) -> dict[int, str]:
    """Per item number, the words in a decision log's decision column (a OneNote or wiki
    page whose items hold only notes, the outcomes gathered in the log under them: "##
    Beslutningslog" / "Pkt.<TAB>Beslutning<TAB>Ansvarlig" / "3<TAB>LMU tiltrådte …"); none
    where the log's head row names no such column (a log of titles and statuses)."""
    out: dict[int, str] = {}
    logs, closing = _logs(lines)
    for _, rows in logs:
        if not rows or _LOG_ROW.match(lines[rows[0]].clean):
            continue  # no head row naming the columns
        names = [c.strip(" *.:") for c in lines[rows[0]].clean.split("\t")]
        column = next((k for k, c in enumerate(names) if _DECISION_COLUMN.match(c)), None)
        if column is None or column == 0:
            continue
        for r in rows[1:]:
            cells = lines[r].clean.split("\t")
            number = _ROW_NUMBER.search(cells[0])
            if number and column < len(cells) and (text := cells[column].strip()):
                out.setdefault(int(number.group()), text)
    rows = _closing_block(lines, closing)
    number = None
    for p in rows[1:]:
        if m := _CLOSING_ROW.match(lines[p].clean.strip()):
            number = int(m["num"])
            out.setdefault(number, m["text"])
        elif number is not None:
            out[number] += "\n" + lines[p].clean.strip()  # (the outcome's next line)
    return out


def _closing_block(lines: list[Line], p: int | None) -> list[int]:
    """Positions of the closing block of outcomes under the head at ``p`` (its head, its
    rows and their wrapped lines, to a blank line, a field or a heading), where its rows
    are two or more and their numbers rise; else none."""
    if p is None:
        return []
    block, numbers = [p], []
    q = p + 1
    while q < len(lines) and lines[q].blank:
        q += 1
    while q < len(lines) and not lines[q].blank and not lines[q].heading_level:
        text = lines[q].clean.strip()
        if m := _CLOSING_ROW.match(text):
            numbers.append(int(m["num"]))
        elif not numbers or _FIELD.match(text):
            break
        block.append(q)
        q += 1
    return block if len(numbers) >= 2 and numbers == sorted(set(numbers)) else []


def _logs(lines: list[Line]) -> tuple[list[tuple[int, list[int]]], int | None]:
    """Each decision log's head line and its table's rows (the head row first, if any),
    and the position of the last head of a closing block of outcomes (one walk for both)."""
    out: list[tuple[int, list[int]]] = []
    closing = None
    for p, line in enumerate(lines):
        text = line.clean
        if not text or text[0] not in "BbOoDdKk" or "\t" in text or len(text) > 40:
            continue
        if text in _CLOSING_HEADS:
            closing = p  # (the last such head only: a deck's closing slide)
        if text[0] in "Kk" or not _LOG_HEAD.match(text.strip("*# ")):
            continue
        rows: list[int] = []
        q = p + 1
        while q < len(lines) and lines[q].blank:
            q += 1
        if q < len(lines) and "\t" in lines[q].clean and not _LOG_ROW.match(lines[q].clean):
            rows.append(q)  # the table's head row ("Pkt.<TAB>Emne<TAB>Status")
            q += 1
            if q + 1 < len(lines) and lines[q].blank and "\t" in lines[q + 1].clean:
                q += 1  # (a markdown table's rule under its head row, blanked)
        while q < len(lines) and "\t" in lines[q].clean and _LOG_ROW.match(lines[q].clean):
            rows.append(q)
            q += 1
        if sum(1 for r in rows if _LOG_ROW.match(lines[r].clean)) >= 2:
            out.append((p, rows))
    return out, closing


__all__ = ["decision_log_lines", "logged_decisions"]
