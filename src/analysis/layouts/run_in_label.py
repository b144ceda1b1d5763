"""A decision label run into the text before it (pure).

A PDF's text layer, or a note typed without a line break, may join an item's last
sentence and its decision's label on one line: "Forslag om fast nyhedsbrev … efter hvert
møde. Styregruppens beslutning: Besluttet at …". The label after a sentence's full stop
opens a line of its own, as it would have been printed.
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: ". Styregruppens beslutning: …", ". Beslutning: …", ". Konklusion: …": a decision's
#: label (a body's, in the genitive, or bare) after a sentence's end, its text after it.
_RUN_IN = re.compile(
    r"(?<=[a-zæøå0-9)][.!?])\s+(?=(?:[A-ZÆØÅ][\wæøåÆØÅ'’-]*s\s+beslutning|Beslutning|Konklusion)"
    r"\s*:\s+\S)"
)


def split_run_in_labels(body: list[Line]) -> list[Line]:
    """``body`` with each line holding a decision label after a sentence split in two at
    the label (both parts keep the line's index); the lines as they were when none does."""
    # (a colon first: most lines of prose hold none, and one character is found faster)
    if not any(":" in ln.clean and ("ning:" in ln.clean or "sion:" in ln.clean) for ln in body):
        return body  # the cheap test: no label's colon anywhere
    out: list[Line] = []
    for ln in body:
        m = _RUN_IN.search(ln.clean) if ("ning:" in ln.clean or "sion:" in ln.clean) else None
        if m is None or ln.heading_level:
            out.append(ln)
            continue
        out.append(Line(ln.index, ln.clean[: m.start()], 0))
        out.append(Line(ln.index, ln.clean[m.end() :], 0))
    return out
