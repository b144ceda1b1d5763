"""A title framed by runs of marks in a plain-text mail (pure, on the raw text).

Minutes typed into a plain-text mail set their title off with the marks a typewriter had
(``*** REFERAT ***``, ``=== Referat ===``, ``~~ REFERAT ~~``): the marks frame the words,
they are none of them (read as markdown, ``***`` would leave ``* REFERAT *`` behind, and
the document's kind would not be read). The words are written alone on their line.
"""

from __future__ import annotations

import re

#: Two or more of one mark, a space, a short title, a space, the same marks again.
_FRAMED = re.compile(r"^[ \t]*([*=~])\1+[ \t]+(\S[^\n]{0,60}?)[ \t]+\1{2,}[ \t]*$", re.M)


def unframed(text: str) -> str:
    """``text`` with each title framed by marks written without them (see the module
    docstring); the same text where there is none."""
    if "**" not in text and "==" not in text and "~~" not in text:
        return text
    return _FRAMED.sub(r"\2", text)
