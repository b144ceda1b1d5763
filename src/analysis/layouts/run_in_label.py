"""A decision label run into the text before it (pure).

A PDF's text layer, or a note typed without a line break, may join an item's last
sentence and its decision's label on one line: "Forslag om fast nyhedsbrev … efter hvert
møde. Styregruppens beslutning: Besluttet at …". The label after a sentence's full stop
opens a line of its own, as it would have been printed.
"""

from __future__ import annotations

import re

from analysis.parse import BODY_WORDS, Line

#: ". Styregruppens beslutning: …", ". Beslutning: …", ". Konklusion: …": a decision's
#: label (a body's, in the genitive, or bare) after a sentence's end, its text after it.
_RUN_IN = re.compile(
    r"(?<=[a-zæøå0-9)][.!?])\s+(?=(?:[A-ZÆØÅ][\wæøåÆØÅ'’-]*s\s+beslutning|Beslutning|Konklusion)"
    r"\s*:\s+\S)"
)
#: ". Beslutning i Børne- og Ungeudvalget" closing the line: a decision heading of its
#: own line (a body named, no colon, its text on the next line) after the sentence's end
#: and one space (a PDF's text layer joining the two lines).
_RUN_IN_HEADING = re.compile(
    rf"(?<=[a-zæøå0-9)][.!?]) (?=Beslutning i [A-ZÆØÅ][^.:;!?]{{0,80}}?(?:{BODY_WORDS})$)"
)


def split_run_in_labels(body: list[Line]) -> list[Line]:
    """``body`` with each line holding a decision label after a sentence, or ending in a
    decision heading after one, split in two at the label (both parts keep the line's
    index); the lines as they were when none does."""
    # (a colon first: most lines of prose hold none, and one character is found faster)
    for ln in body:  # the cheap test: a label's colon or a run-in heading somewhere
        text = ln.clean
        if (":" in text and ("ning:" in text or "sion:" in text)) or " Beslutning i " in text:
            break
    else:
        return body
    out: list[Line] = []
    for ln in body:
        m = _RUN_IN.search(ln.clean) if ("ning:" in ln.clean or "sion:" in ln.clean) else None
        if m is None and " Beslutning i " in ln.clean:
            m = _RUN_IN_HEADING.search(ln.clean)
        if m is None or ln.heading_level:
            out.append(ln)
            continue
        out.append(Line(ln.index, ln.clean[: m.start()], 0))
        out.append(Line(ln.index, ln.clean[m.end() :], 0))
    return out
