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
#: "Emne 3: Vejbump", "Tema 2 – Budget": the same numbered (a volunteer's plain text); the
#: numbers must run 1, 2, 3 … in the order the lines stand (see :func:`topic_items`).
_TOPIC = re.compile(
    r"^(?:emne|tema)(?:\s+(?P<num>\d{1,3}))?(?:\s*(?::|\t)|(?(num)\s+[-–.]|(?!)))\s*(?P<title>\S.*)$",
    re.I,
)


def _topic(line: Line) -> tuple[str, int | None] | None:
    """The title a topic line opens with and its number if written, else None (cheap
    first-letter check first)."""
    text = line.clean
    if not text or text.lstrip("*_#> ")[:1] not in "EeTt":
        return None
    m = _TOPIC.match(text.lstrip("*_#> ").replace("**", "").replace("__", "").strip())
    if not m:
        return None
    title = unnumbered_title(m.group("title").strip(" *_"))
    return (title, int(m["num"]) if m["num"] else None) if title else None


def topic_items(lines: list[Line], skip: set[int]) -> list[Head]:
    """Items opened by "Emne: <title>" (or "Emne 3: <title>") lines, where at least two of
    them hold a decision label before the next topic line; else []. Numbered topic lines
    count only when their numbers run 1, 2, 3 … (else they are a list's, not the items')."""
    opens: list[tuple[int, str, str | None]] = []
    numbers: list[int | None] = []
    for p, line in enumerate(lines):
        if line.index in skip or line.blank:
            continue
        topic = _topic(line)
        if topic:
            opens.append((p, topic[0], None))
            numbers.append(topic[1])
    written = [n for n in numbers if n is not None]
    if written and (len(written) != len(numbers) or written != list(range(1, len(written) + 1))):
        return []
    return decided_heads(lines, opens, decision_label)


def list_in_one_topic(lines: list[Line], positions: list[int], skip: set[int]) -> list[Head]:
    """The topic items (:func:`topic_items`, three or more) where the only numbered run is a
    list inside one topic's text (a steering group's "Tema: Budget" over "1. Udeladelse af
    solceller …" / "2. …", the proposals the decision below them answers); else [].
    ``positions``: the numbered run's lines."""
    if not positions or not any(_topic(lines[p]) for p in range(min(positions))):
        return []  # (the cheap test: no topic line above the run)
    found = topic_items(lines, skip)
    if len(found) < 3:
        return []
    opens = [h.pos for h in found]
    gaps = {sum(1 for p in opens if p < pos) for pos in positions}
    return found if len(gaps) == 1 and 0 not in gaps else []
