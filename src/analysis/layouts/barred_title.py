"""An export's page header naming owner, body and kind between bars (pure).

"Gribskov Kommune | Teknikudvalget | Referat": an agenda system's printout opens with the
municipality, the body and the document's kind parted by bars (or middle dots). Shaped
as a web page's breadcrumb is, it is no navigation: it names the meeting's forum.
"""

from __future__ import annotations

import re

#: The owner "<Name> Kommune", the body, the kind ("Referat", "Dagsorden", …).
_OWNER_BODY_KIND = re.compile(
    r"^(?P<owner>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE))\s+[|·]\s+"
    r"(?P<forum>[A-ZÆØÅ][^|·]{1,60}?)\s+[|·]\s+"
    r"(?i:referat|dagsorden|beslutningsprotokol|protokol|beslutningsreferat)$"
)


def owner_body_kind(text: str) -> tuple[str, str] | None:
    """(owner, body) of such a header line, else None."""
    if "ommune" not in text[:40] and "OMMUNE" not in text[:40]:
        return None  # the cheap test: no owner named at the start
    m = _OWNER_BODY_KIND.match(text)
    return (m.group("owner"), m.group("forum").strip()) if m else None
