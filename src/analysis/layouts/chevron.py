"""Unnumbered items whose titles a note taker marked with a chevron (pure, on the raw text).

Minutes typed by a small body's secretary (a youth council, a user board) number nothing:
each item's title opens a paragraph behind a chevron or an arrow (">> Title", "» Title",
"► Title"), its notes and its decision label ("Aftale: …", "Beslutning: …") under it::

    >> Budgetønsker
    Rådet kan sende ønsker til budgettet.
    Aftale: Sendes videre til udvalget.

The titles are marked here as the headings they stand for ("## Title"); the unnumbered
layouts then read them as a Word note's styled headings (``unnumbered.heading_items``), as
``ruled.py`` does for titles under rules.

Only where at least two such lines open a paragraph (a blank line above, the item's text
right under it), each shaped like a title, and at least two of the blocks they open hold a
decision label. A chevron under a line of text (">> Godkendt." after the item's notes) is a
note taker's outcome, no title, and is left as it is.
"""

from __future__ import annotations

import re

from analysis.layouts.outcome import opens_with_outcome
from analysis.layouts.ruled import _DECISION_LABEL, _title_like

#: ">> Title", "» Title", "► Title", "▶ Title": the mark, a space, the title.
_MARKED = re.compile(r"^\s*(?:>>|»|►|▶)\s+(?P<title>\S.*?)\s*$")
#: A mark and its space anywhere in a text (the cheap test before the lines are split).
_ANY_MARK = re.compile(r"(?:>>|»|►|▶) ")


def _title(line: str) -> str | None:
    """The title of a marked line shaped like a title ("Evt." too), else None; a quote
    ("» … «") and a field ("Ordstyrer: …") are none."""
    m = _MARKED.match(line)
    if m is None:
        return None
    title = m.group("title")
    if "«" in title or _DECISION_LABEL.match(title) or not _title_like(title):
        return None
    return title


def chevron_titles(text: str) -> str:
    """``text`` with each chevron-marked title opening a paragraph written as a heading
    ("## Title"), where such titles part the items (see the module docstring); else
    unchanged."""
    if (
        # (each mark's character looked for alone first: most texts hold none)
        (">" not in text and "»" not in text and "►" not in text and "▶" not in text)
        or _ANY_MARK.search(text) is None
    ):
        return text
    lines = text.split("\n")
    marked = [
        k
        for k, line in enumerate(lines)
        if line.lstrip()[:1] in ">»►▶"
        and (k == 0 or not lines[k - 1].strip())
        and k + 1 < len(lines)
        and lines[k + 1].strip()
        and _title(line) is not None
    ]
    if len(marked) < 2:
        return text
    decided = 0
    for n, k in enumerate(marked):
        end = marked[n + 1] if n + 1 < len(marked) else len(lines)
        decided += any(_DECISION_LABEL.match(lines[q].strip()) for q in range(k + 1, end))
    if decided < 2:
        return text
    for k in marked:
        lines[k] = "## " + (_title(lines[k]) or "")
    return "\n".join(lines)


#: "► Godkendt.", "▶ Orienteringen blev taget til efterretning.": a solid triangle opening a
#: line, a space, then the text after it.
_TRIANGLE = re.compile(r"^(?P<lead>\s*)[►▶]\s+(?P<text>\S.*)$")


def triangle_outcomes(text: str) -> str:
    """``text`` with each line a solid triangle opens before a stated outcome ("► Godkendt",
    "► Forslaget blev forkastet …") written behind the note taker's arrow ("→ Godkendt"),
    which the outcome rules read wherever it stands: a committee page that marks its
    decisions with the triangle under the case text, no label. A triangle before a title
    or before any other text ("► Budget 2025", "► at udvalget drøfter …": a bullet) stays
    as it is, for :func:`chevron_titles` and the text."""
    if "►" not in text and "▶" not in text:
        return text  # (the cheap gate: most texts hold neither)
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        if line.lstrip()[:1] not in "►▶":
            continue
        m = _TRIANGLE.match(line)
        if m is None or not opens_with_outcome(m.group("text")):
            continue
        lines[k] = f"{m.group('lead')}→ {m.group('text')}"
        changed = True
    return "\n".join(lines) if changed else text
