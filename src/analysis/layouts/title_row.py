"""A fixed-width title row: the body on the left, the document's kind on the right (pure).

Text printed from a fixed-width template sets its title row in two columns parted by a
run of spaces ("Frederikssund Idrætsråd          Referat – bestyrelsesmøde", "SKIVE
KOMMUNE          BESLUTNINGSPROTOKOL"). Runs of spaces are collapsed when the text is
read, and the two columns would run together as one name; read before that, the gap is
a tab between two cells, and the header reads the row as the dashed title it means
("Frederikssund Idrætsråd - Referat – bestyrelsesmøde", see ``header._split_columns``).
"""

from __future__ import annotations

import re

#: How many filled lines open a document: a title row stands among them.
_TOP = 5
#: The left column, four or more spaces, then the right one opening with the kind of
#: document (its word alone or before a dash, a colon or the rest of the title).
_ROW = re.compile(
    r"^(?P<left>[^\s:][^:\t]{1,60}?\S) {4,}"
    r"(?P<right>(?:referat|dagsorden|beslutningsprotokol|protokol)\b(?![:.]).{0,60})$",
    re.IGNORECASE,
)


def tabbed_title_rows(text: str) -> str:
    """The text with the gap of a two-column title row among its first lines as a tab
    ("Body<TAB>Referat – …"); the same text where there is none."""
    if "    " not in text[:2000]:
        return text  # (most texts: no run of spaces on top)
    lines = text.split("\n", 40)
    filled = 0
    for i, line in enumerate(lines[:40]):
        if not line.strip():
            continue
        m = _ROW.match(line.strip())
        if m:
            lines[i] = f"{m.group('left')}\t{m.group('right').strip()}"
            return "\n".join(lines)
        filled += 1
        if filled >= _TOP:
            break
    return text
