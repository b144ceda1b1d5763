"""A header note saying where the members' signatures are (pure).

A council's printed minutes often say under the meeting's facts where the signature page
is: "Underskriftsblad findes sidst i referatet", "Underskrifterne fremgår af sidste side",
"Se underskriftsside bagerst". It is no fact of the meeting and no item's text: the
header places it as it places a decisions-only protocol's scope note.
"""

from __future__ import annotations

import re

_SIGNATURES_ELSEWHERE = re.compile(
    r"^(?:se\s+)?underskrift(?:sblad(?:et)?|sside(?:n)?|erne|er)\s+"
    r"(?:(?:findes|fremgår|følger|ses|står|er\s+(?:vedlagt|placeret|indsat))\s+)?"
    r"(?:sidst|bagerst|til\s+sidst|nederst|af\s+(?:den\s+)?sidste\s+side|på\s+(?:den\s+)?"
    r"sidste\s+side|som\s+(?:sidste\s+)?bilag|i\s+bilag)\b[^\n]{0,40}$",
    re.IGNORECASE,
)


def signatures_elsewhere(text: str) -> bool:
    """Whether ``text`` only says where the signature page is ("Underskriftsblad findes
    sidst i referatet")."""
    if text[:3].lower() not in ("und", "se "):  # (most lines: a cheap look first)
        return False
    return _SIGNATURES_ELSEWHERE.match(text) is not None
