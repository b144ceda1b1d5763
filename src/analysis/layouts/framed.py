"""A title framed by runs of marks in a plain-text mail (pure, on the raw text).

Minutes typed into a plain-text mail set their title off with the marks a typewriter had
(``*** REFERAT ***``, ``=== Referat ===``, ``~~ REFERAT ~~``): the marks frame the words,
they are none of them (read as markdown, ``***`` would leave ``* REFERAT *`` behind, and
the document's kind would not be read). The words are written alone on their line.
"""

from __future__ import annotations

import re

from analysis.parse import line_start_test

#: Two or more of one mark, a space, a short title, a space, the same marks again.
_FRAMED = re.compile(r"^[ \t]*([*=~])\1+[ \t]+(\S[^\n]{0,60}?)[ \t]+\1{2,}[ \t]*$", re.M)


def unframed(text: str) -> str:
    """``text`` with each title framed by marks written without them (see the module
    docstring); the same text where there is none."""
    if "*" not in text and "=" not in text and "~" not in text:
        return text  # (one character looked for first: a scan for it is many times faster)
    if not (
        ("*" in text and "**" in text)
        or ("=" in text and "==" in text)
        or ("~" in text and "~~" in text)
    ):
        return text  # (each mark alone first: one character is found many times faster)
    return _FRAMED.sub(r"\2", text) if _has_framed(text) else text


#: "B Y R Å D E T", "K U L T U R U D V A L G E T": a title letter-spaced, capitals parted
#: by one space each (words by two or more), alone on its line (also as a heading, "## R E
#: F E R A T", as a PDF's large type is read).
_SPACED = re.compile(
    r"^[ \t]*(#{1,6}[ \t]+)?((?:[A-ZÆØÅ] {1,3}){3,}[A-ZÆØÅ]"
    r"|[A-ZÆØÅ](?: {1,3}[A-ZÆØÅa-zæøå-]){2,} {1,3}[a-zæøå])[ \t]*$",
    re.M,
)


def _closed_up(m: re.Match[str]) -> str:
    words = " ".join(word.replace(" ", "") for word in re.split(r" {2,}", m.group(2).strip()))
    return (m.group(1) or "") + words


def unspaced(text: str) -> str:
    """``text`` with each letter-spaced title written closed up ("B Y R Å D E T" as
    "BYRÅDET": a typewriter's emphasis for the body's name on a letterhead, as a frame of
    marks is); words parted by two spaces or more stay apart ("S O C I A L  U D V A L G"
    is "SOCIAL UDVALG"); the same text where there is none."""
    return _SPACED.sub(_closed_up, text) if _has_spaced(text) else text


# (whole-text tests of the lines' starts: see ``line_start_test``)
_has_framed = line_start_test(_FRAMED)
_has_spaced = line_start_test(_SPACED)
