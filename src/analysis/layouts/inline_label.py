"""A decision label run into the text above it (pure).

In text taken from a PDF the note taker's label sometimes follows the item's last
sentence on the same line ("… borgermøde den 19. marts. Referat: Taget til
efterretning."): the line broke where the PDF's paragraph did, not before the label. Where
the document writes the same label at a line's start for other items (two or more), the
label inside a line after a sentence's end is the same label: the line is read as its
text and, as a line of its own, the label with the outcome.
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: The labels a decision is written under ("Referat:", "Beslutning:", "Konklusion:"; a
#: leadership forum's Word template "Referat/beslutning:").
_LABELS = ("Referat/beslutning", "Referat", "Beslutning", "Konklusion")
#: ". Referat: Taget til efterretning.": the label after a sentence's end, its text after.
_INLINE = re.compile(
    r"^(?P<before>.*?[.!?])\s+(?P<label>Referat/beslutning|Referat|Beslutning|Konklusion):"
    r"\s+(?P<rest>\S.*)$"
)

#: ". Referat: ", ". Beslutning: ", ". Konklusion: " as one search.
_ANY_INLINE = re.compile(rf"\. (?:{'|'.join(_LABELS)}): ").search


def split_inline_labels(lines: list[Line], text: str) -> list[Line]:
    """The lines with each such run-in label on a line of its own (same line index);
    the lines as they were where the document has none."""
    # (one search for the three first: few texts hold any)
    marks = [label for label in _LABELS if f". {label}: " in text] if _ANY_INLINE(text) else []
    if not marks:
        return lines  # (most texts: a cheap test of the whole text first)
    at_start = {label: 0 for label in marks}
    for line in lines:
        for label in marks:
            if line.clean.startswith(f"{label}:"):
                at_start[label] += 1
    wanted = {label for label, n in at_start.items() if n >= 2}
    if not wanted:
        return lines
    out: list[Line] = []
    for line in lines:
        m = _INLINE.match(line.clean) if not line.heading_level else None
        if m is None or m.group("label") not in wanted:
            out.append(line)
            continue
        out.append(line._replace(clean=m.group("before")))
        out.append(Line(line.index, f"{m.group('label')}: {m.group('rest')}", 0))
    return out
