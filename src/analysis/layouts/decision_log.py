"""A decision log above the items: a summary table of what was decided (pure).

A wiki page or a meeting app's notes (Confluence, Loop, Teams) often open or close with a
table summing up the decisions, a row per item decided: ``## Beslutningslog`` /
``Pkt.<TAB>Emne<TAB>Status`` / ``2<TAB>Porteføljestatus Q3<TAB>TAGET TIL EFTERRETNING``.
It lists only the items that got a decision, so it is no contents list of the meeting's
items (read as one, the items it leaves out, the opening and the standing items, were
lost); the items' own headings below say it all again.
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
#: A row of the log: the item's number in its first cell ("2<TAB>…", "Pkt. 2<TAB>…").
_LOG_ROW = re.compile(r"^(?:(?:pkt|punkt)\.?\s*)?\d{1,3}\.?\t", re.IGNORECASE)


def decision_log_lines(lines: list[Line]) -> set[int]:
    """Indexes of a decision log's lines (its head, its table's head row and its rows
    numbered by item), where a line alone, a heading or not, names the log and a table
    whose rows open with an item's number stands right under it; else none."""
    out: set[int] = set()
    for p, line in enumerate(lines):
        text = line.clean
        if not text or text[0] not in "BbOoDd" or "\t" in text or len(text) > 40:
            continue
        if not _LOG_HEAD.match(text.strip("*# ")):
            continue
        rows: list[int] = []
        q = p + 1
        while q < len(lines) and lines[q].blank:
            q += 1
        if q < len(lines) and "\t" in lines[q].clean and not _LOG_ROW.match(lines[q].clean):
            rows.append(q)  # the table's head row ("Pkt.<TAB>Emne<TAB>Status")
            q += 1
        while q < len(lines) and "\t" in lines[q].clean and _LOG_ROW.match(lines[q].clean):
            rows.append(q)
            q += 1
        if sum(1 for r in rows if _LOG_ROW.match(lines[r].clean)) >= 2:
            out |= {line.index, *(lines[r].index for r in rows)}
    return out


__all__ = ["decision_log_lines"]
