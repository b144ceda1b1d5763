"""A note over the items that some numbers are minuted elsewhere (pure).

A council's protocol may open at item 7 under a line such as "Punkt 1-6 er behandlet i
særskilt protokol (spørgetid og temadrøftelse)." or "Pkt. 1-3 blev behandlet for lukkede
døre": the note says why the numbers start later. It is a header line (placed, a remark on
the meeting), never an item heading "Pkt. 1" titled "3 blev behandlet …".
"""

from __future__ import annotations

import re

#: "Punkt 1-6 er behandlet i særskilt protokol.", "Pkt. 1-3 blev behandlet for lukkede
#: døre", "Sagerne 1 og 2 er ført i den lukkede protokol": a range or pair of item numbers,
#: then that they were dealt with or minuted somewhere else.
_ITEMS_ELSEWHERE = re.compile(
    r"^(?:punkt(?:erne)?|pkt\.?|sag(?:erne)?|dagsordenspunkt(?:erne)?)\s*(?:nr\.?\s*)?"
    r"\d{1,4}\s*(?:[-–]|til|og)\s*\d{1,4}\s+(?:er\s+|blev\s+)?"
    r"(?:behandlet|behandles|ført|føres|optaget|protokolleret|refereret)\s+"
    r"(?:i|på|for|under|ved|som)\b[^\n]{0,120}$",
    re.IGNORECASE,
)


def notes_items_elsewhere(text: str) -> bool:
    """Whether ``text`` (a stripped line) is such a note."""
    return text[:1] in "PpSsDd" and _ITEMS_ELSEWHERE.match(text) is not None
