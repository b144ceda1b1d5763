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


#: "Tønder Kommune<TAB>Kultur- og Fritidsudvalget<TAB>14-08-2024<TAB>Side 1": a Word page
#: header's table copied as text, owner, body, the meeting's date in digits and the page
#: number each in a cell of its own.
_OWNER_BODY_DATE = re.compile(
    r"^(?P<owner>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE))\t+"
    r"(?P<forum>[A-ZÆØÅ][^\t]{1,60}?)\t+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"(?:\t+(?i:side)\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?)?\s*$"
)


#: The words the less formal bodies' names are built on, one word with what it is for before
#: it: "Sundhedspartnerskab", "Borgerpanelet", "Borgersamlingen", "Klimanetværket",
#: "Følgegruppen", "Opgaveudvalget" (a § 17, stk. 4 committee).
INFORMAL_BODY = (
    r"(?:[\wæøå-]*partnerskab(?:et)?|[\wæøå-]*panel(?:et)?|borgersamling(?:en)?|"
    r"[\wæøå-]*netværk(?:et)?|(?:følge|arbejds|styre|projekt|reference)gruppe(?:n)?|"
    r"opgaveudvalg(?:et)?)"
)
#: "Tårnby Kommune | Følgegruppen for Ny Svømmehal": a Word template's first line, the owner
#: and one of the less formal bodies, no kind after them (a site footer's "<Name> Kommune |
#: <street> | <town>" names no body).
_OWNER_INFORMAL_BODY = re.compile(
    r"^(?P<owner>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE))\s+[|·]\s+"
    rf"(?P<forum>(?i:{INFORMAL_BODY})\s[^|·]{{2,60}})$"
)


def owner_body_kind(text: str) -> tuple[str, str] | None:
    """(owner, body) of such a header line (or of a page header's cells parted by tabs,
    owner, body, date and page), else None."""
    if "ommune" not in text[:40] and "OMMUNE" not in text[:40]:
        return None  # the cheap test: no owner named at the start
    m = _OWNER_BODY_DATE.match(text) if "\t" in text else _OWNER_BODY_KIND.match(text)
    if m is None and "\t" not in text:
        m = _OWNER_INFORMAL_BODY.match(text)
    return (m.group("owner"), m.group("forum").strip()) if m else None
