"""A date's month hyphenated over a typed line's end (pure).

A typed sentence of meeting wraps where the line is full, also inside the month of its
date: "fra ordinært møde i Ældrerådet torsdag den 11. no-" / "vember 2004, kl. 10.00 i
mødelokale 2, Brøndby Rådhus.". Read line by line, neither line holds a date, so the
meeting's date, hour and place are not read there. :func:`months_rejoined` writes the
month whole on the first line with the rest of the second after it, the second line left
blank (so no line moves). Only among the header's lines (the text's first 3,000
characters) and where the two halves make a Danish month's name and a four-digit year
follows: a word hyphenated elsewhere stays as typed.
"""

from __future__ import annotations

import re

from analysis.vocab import MONTHS_DA

#: How far into the text the header's sentence of meeting stands.
_HEAD_CHARS = 3000
#: A hyphen closing a line (perhaps a space or a tab after it): where a month may break.
_HYPHEN_BREAK = re.compile(r"-[ \t]?\n")
#: "8. sep": a day and a month's first letters, right before such a hyphen.
_DAY_AND_HEAD = re.compile(r"\b\d{1,2}\.?[ \t]+(?P<a>[a-zæøå]{2,8})\Z", re.IGNORECASE)
#: "tember 2003, kl. 16.30 …": the month's rest and a year opening the next line, and the
#: rest of that line.
_REST_AND_YEAR = re.compile(
    r"[ \t]*(?P<b>[a-zæøå]{2,8})(?P<rest>[ \t]+(?:19|20)\d\d\b[^\n]*)", re.IGNORECASE
)


def months_rejoined(text: str) -> str:
    """``text`` with each month hyphenated over a line's end among its first lines (the
    header's sentence of meeting) written whole (see the module); the same text where
    there is none."""
    parts: list[str] = []
    done = 0
    # (the hyphens at the lines' ends found first, a literal the engine finds fast; the
    # day and the month's halves looked for around each one only)
    for m in _HYPHEN_BREAK.finditer(text, 0, _HEAD_CHARS):
        head = _DAY_AND_HEAD.search(text, max(done, m.start() - 14), m.start())
        if head is None:
            continue
        tail = _REST_AND_YEAR.match(text, m.end())
        if tail is None or (head.group("a") + tail.group("b")).lower() not in MONTHS_DA:
            continue
        # the month whole and the second line's rest on the first line, the second blank
        parts += [text[done : m.start()], tail.group("b"), tail.group("rest"), "\n"]
        done = tail.end()
    return "".join([*parts, text[done:]]) if parts else text
