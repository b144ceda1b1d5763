"""Items written as bullets: a note taker's quick notes (pure).

Notes typed into a mail or a Teams chat often make each agenda point a bullet of its own,
"• Nyt fra direktionen", with the notes indented under it and the outcome after an arrow
("-> Taget til efterretning", "-> Aftale: …") or a decision label. The indentation is lost
when lines are read, so a title bullet is told from a bullet in the notes by standing
apart: a blank line above it, and no bullet right under it (a list of bullets is notes).
Tried only where no numbered heading, no contents list and no other unnumbered layout was
found; the items are numbered 1, 2, 3 … in the order they stand. At least two of them
must hold an outcome (an arrow line or a decision label) before the next one.

An agenda sent out before the meeting (a "foreløbig dagsorden" in plain text) has no
outcomes yet: there the evidence is the case field on the line right under the bullet
("* Title" / "j.nr. 00.01.00-A00-1-25"), under at least two bullets and most of them.
"""

from __future__ import annotations

import re

from analysis.case_labels import CASE_LABEL
from analysis.layouts.headings import Head
from analysis.layouts.unnumbered import arrow_or_label, decided_heads, unnumbered_title
from analysis.parse import Line, match_case_number

#: "• Title", "▪ Title", "* Title", "- Title": a bullet and its text ("->" is an arrow);
#: "■ Title", "◆ Title": a word processor's black square or diamond as the bullet.
_TITLE_BULLET = re.compile(r"^[•▪◦·*–■◆-]\s+(?P<title>\S.*)$")
_BULLET_STARTS = "•▪◦·*–■◆-"
#: "Sag 25/2893. Gode input …": the case opening the notes' first line, a sentence after it.
_CASE_FIRST = re.compile(rf"^{CASE_LABEL}\s*:?\s*(?P<case>\d[\w./-]*\d)[.,;]?(?:\s|$)", re.I)


def _bullet(line: Line) -> str | None:
    """The text of a bullet line, else None (cheap first-character check first)."""
    text = line.clean
    if text[:1] not in _BULLET_STARTS:
        return None
    m = _TITLE_BULLET.match(text)
    return m.group("title").strip() if m else None


def bullet_items(lines: list[Line], skip: set[int]) -> list[Head]:
    """Items opened by bullets standing apart (a blank line above, no bullet right under),
    where at least two of them hold an outcome before the next; else []."""
    opens: list[tuple[int, str, str | None]] = []
    for p, line in enumerate(lines):
        if p == 0 or line.index in skip or not lines[p - 1].blank:
            continue
        text = _bullet(line)
        if text is None:
            continue
        if p + 1 < len(lines) and _bullet(lines[p + 1]) is not None:
            continue  # a list of bullets: notes, no items
        title = unnumbered_title(text)
        if title:
            opens.append((p, title, _case(lines, p)))
    return decided_heads(lines, opens, arrow_or_label) or _cased_heads(opens)


def _cased_heads(opens: list[tuple[int, str, str | None]]) -> list[Head]:
    """An agenda's bullets with their case field right under them ("* Title" / "j.nr. …"):
    at least two bullets and most of them carry one; else []."""
    cased = sum(case is not None for _, _, case in opens)
    if cased < 2 or 2 * cased <= len(opens):
        return []
    return [
        Head(p, k + 1, title, case_number=case, evidence=1)
        for k, (p, title, case) in enumerate(opens)
    ]


def _case(lines: list[Line], p: int) -> str | None:
    """The case number opening the first line under the title ("Sag 25/2893. …")."""
    if p + 1 >= len(lines) or lines[p + 1].clean[:1] not in "SsJj":
        return None
    m = _CASE_FIRST.match(lines[p + 1].clean)
    return match_case_number(m.group("case")) if m else None
