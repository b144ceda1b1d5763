"""A decision label after the name of the one who wrote it (pure, on the raw text).

A task board or a wiki copied as text (Trello's activity, a card's comments, a page's
comment thread) puts each comment's author before the words: the secretary records an
item's outcome as a comment of her own, "Anne Holm: BESLUTNING: Godkendt.". The author's
name hides the label from the section reader, so the name goes and the label opens the
line, as it would in typed minutes. Only a name of two to four capitalised words right
before a decision label is dropped: "Anne: Beslutning …" in a sentence stays.
"""

from __future__ import annotations

import re

#: The decision labels a comment may open with.
_LABELS = ("BESLUTNING", "Beslutning", "KONKLUSION", "Konklusion")
#: "Anne Holm Berg: BESLUTNING: …": a person's name (two to four capitalised words) and a
#: colon at the line's start, a decision label and its colon after it.
_AUTHORED = re.compile(
    r"^(?P<lead>[ \t]*)(?:[A-ZÆØÅ][a-zæøå.-]+[ ]){1,3}[A-ZÆØÅ][a-zæøå-]+:[ \t]+"
    rf"(?=(?:{'|'.join(_LABELS)})[ \t]*:)",
    re.MULTILINE,
)

#: The cheap test: a label right after a colon and white space anywhere, as ``_AUTHORED``
#: allows it (one pass over the text; four substring tests cost twice as much,
#: "Beslutning:" being common).
_GATE = re.compile(rf":[ \t]+(?:{'|'.join(_LABELS)})[ \t]*:")


def authored_labels(text: str) -> str:
    """``text`` with the author's name before each decision label dropped (see the module
    docstring); unchanged where no line holds one."""
    if _GATE.search(text) is None:
        return text  # the cheap test: no label right after a colon anywhere
    return _AUTHORED.sub(r"\g<lead>", text)


__all__ = ["authored_labels"]
