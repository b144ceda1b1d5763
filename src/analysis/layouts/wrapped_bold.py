"""Bold titles hard-wrapped over two or three lines: "**Landsbypuljen 2013 - fordeling af
midler" / "til forsamlingshuse og lokale projekter**". A Markdown file written at a fixed
width breaks the bold span where the line is full, so the opening ``**`` stands at one
line's start and the closing ``**`` at the end of the next (or the one after). Read as one
title on one line, as the writer meant it; a span that closes on its own line is left."""

from __future__ import annotations

import re

from analysis.parse import join_wrapped

#: "**first line" / ["middle line" /] "last line**": a bold span opened at a line's start
#: and closed at a later line's end, no blank line and no other star in it.
_WRAPPED_BOLD = re.compile(
    r"^\*\*(?P<first>[^*\n]*\S)[ \t]*\n"
    r"(?P<middle>[ \t]*[^*\s][^*\n]*\n)?"
    r"[ \t]*(?P<last>[^*\s][^*\n]*?)\*\*[ \t]*$",
    re.M,
)


def _joined(m: re.Match[str]) -> str:
    title = m.group("first").strip()
    if m.group("middle"):
        title = join_wrapped(title, m.group("middle").strip())
    title = join_wrapped(title, m.group("last").strip())
    return f"**{title}**"


#: "**\n" or "** \n" as one search (led by the stars: faster than two searches).
_BOLD_AT_BREAK = re.compile(r"\*\* ?\n").search


def joined_bold_titles(text: str) -> str:
    """``text`` with each bold title wrapped over two or three lines on one line."""
    if "*" not in text:
        return text  # (one character looked for first: a scan for it is many times faster)
    if _BOLD_AT_BREAK(text) is None and not text.endswith("**"):
        return text  # (no bold span closes at a line's end: nothing to join)
    return _WRAPPED_BOLD.sub(_joined, text)
