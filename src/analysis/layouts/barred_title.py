"""An export's page header naming owner, body and kind between bars (pure).

"Gribskov Kommune | Teknikudvalget | Referat": an agenda system's printout opens with the
municipality, the body and the document's kind parted by bars (or middle dots). Shaped
as a web page's breadcrumb is, it is no navigation: it names the meeting's forum.
"""

from __future__ import annotations

import re

from analysis.parse import BODY_WORDS

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
    # ("Task force for energibesparelser i kommunale bygninger": a task force named by its
    # task after "for", in small letters)
    r"opgaveudvalg(?:et)?|task\s?force(?:n)?)"
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
        m = _OWNER_INFORMAL_BODY.match(text) or _OWNER_BODY_PLACE.match(text)
    return (m.group("owner"), m.group("forum").strip()) if m else None


#: "Odense Kommune · Direktionen · Mødelokale D4.12, Rådhuset / Microsoft Teams": a meeting
#: app's (Teams, Zoom) line under its recap's title, the owner, the body (its name ending in
#: a body's word) and the room the meeting was held in (a room's or a meeting app's word);
#: no page trail's nor site footer's ("<Name> Kommune · Rådhuset · 5000 Odense C").
_OWNER_BODY_PLACE = re.compile(
    r"^(?P<owner>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE))\s+[|·]\s+"
    rf"(?P<forum>(?=[A-ZÆØÅ])[^|·]{{0,60}}?(?i:{BODY_WORDS}|{INFORMAL_BODY}))\s+[|·]\s+"
    r"(?P<place>[^|·]*?(?i:lokale|sal(?:en)?|rådhus(?:et)?|teams|zoom|online)\b[^|·]{0,60})$"
)


def body_place(text: str) -> str | None:
    """The room of such a line (owner · body · room), else None."""
    m = _OWNER_BODY_PLACE.match(text) if "ommune" in text[:40] else None
    return m.group("place").strip() if m else None
