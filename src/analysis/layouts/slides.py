"""Minutes written as a slide deck: the slide's own mark off each slide's first line (pure).

A presentation exported to text or PDF, or copied as an outline, starts each slide with
its number (``Dias 3``, ``Slide 3 of 11``), alone on its line or before the slide's title
(``Dias 3 · pkt 1 Godkendelse af dagsorden``, ``## Slide 3 of 11 — 1 · Title``). Read as
it stands, the mark was taken for the item's title (every slide a numbered item) or hid
the item's number behind it. Rewritten, a mark alone is a blank line (the slides' border)
and a mark before a title leaves the title as the heading it is, so the item grammar
reads the number written on the slide. Used only where two or more slides are marked so.
"""

from __future__ import annotations

import re

from analysis.parse import line_start_test

#: "Dias 3", "Slide 3 of 11", "Dias 2 af 9 – Program", "## Slide 4 — 2 · Title": a slide's
#: number (and the deck's count), then nothing or a dash or dot and the slide's title.
_SLIDE_MARK = re.compile(
    r"^(?P<mark>#{1,4}[ \t]+)?(?:dias|slide)[ \t]+\d{1,3}(?:[ \t]+(?:af|of|/)[ \t]+\d{1,3})?"
    r"(?:[ \t]*[·•|:–—-][ \t]*(?P<title>\S[^\n]*)|[ \t]*)$",
    re.MULTILINE | re.IGNORECASE,
)
_has_slide_mark = line_start_test(_SLIDE_MARK)
#: "pkt 1 Title", "pkt. 2 Title": the item's word in small letters on a slide, as the item
#: grammar reads it with a capital.
_SMALL_POINT = re.compile(r"^pkt(\.?[ \t]+\d)")
#: "Dagsorden": the agenda slide's title, the heading of the list of items on it (not the
#: document's title, which says an agenda: the deck's minutes write the decisions on it).
_AGENDA_SLIDE = frozenset({"dagsorden", "agenda"})


def _slide_line(m: re.Match[str]) -> str:
    title = m["title"]
    if not title:
        return ""  # the mark alone: the border between two slides
    if title.lower() in _AGENDA_SLIDE:
        return f"{m['mark'] or ''}{title}:"  # the list's label, as "Dagsorden:" over it
    return (m["mark"] or "") + _SMALL_POINT.sub(r"Pkt\1", title)


def slide_marks_off(text: str) -> str:
    """``text`` with each slide's mark off its first line (see the module docstring);
    unchanged unless two or more lines start with a slide's mark."""
    if "ias " not in text and "lide " not in text or not _has_slide_mark(text):
        return text  # (the cheap gates: the word, then the pattern at the lines' starts)
    found = _SLIDE_MARK.findall(text)
    if len(found) < 2:
        return text
    return _SLIDE_MARK.sub(_slide_line, text)
