"""Items opened by a topic label: "Emne: <title>" (pure).

An advisory council's or working group's "mødenotat" often numbers nothing and opens each
item with a labelled line, "Emne: Velkommen" (or "Tema: …"), the notes and a decision
label ("Konklusion:", "Beslutning:", "Aftalt:") under it. Tried only where no numbered
heading, no contents list and no other unnumbered layout was found; the items are
numbered 1, 2, 3 … in the order they stand. At least two topic lines must hold a
decision label before the next one, so a mail's single "Emne: Referat …" subject line
never opens an item.
"""

from __future__ import annotations

import re

from analysis.layouts.headings import Head
from analysis.layouts.unnumbered import decided_heads, decision_label, unnumbered_title
from analysis.parse import Line

#: "Emne: Mødekalender 2026", "**Tema:** Budget", "Emne<TAB>Evt.": a topic line.
_TOPIC = re.compile(r"^(?:emne|tema)\s*(?::|\t)\s*(?P<title>\S.*)$", re.I)


def _topic(line: Line) -> str | None:
    """The title a topic line opens with, else None (cheap first-letter check first)."""
    text = line.clean
    if not text or text.lstrip("*_#> ")[:1] not in "EeTt":
        return None
    m = _TOPIC.match(text.lstrip("*_#> ").replace("**", "").replace("__", "").strip())
    if not m:
        return None
    return unnumbered_title(m.group("title").strip(" *_"))


def topic_items(lines: list[Line], skip: set[int]) -> list[Head]:
    """Items opened by "Emne: <title>" lines, where at least two of them hold a decision
    label before the next topic line; else []."""
    opens: list[tuple[int, str, str | None]] = []
    for p, line in enumerate(lines):
        if line.index in skip or line.blank:
            continue
        title = _topic(line)
        if title:
            opens.append((p, title, None))
    return decided_heads(lines, opens, decision_label)
