"""A meeting's place written in lower case or unlabelled by the dated line (pure).

Small bodies' minutes write where they met after the hour without a capital or a room's
word ("Tirsdag den 4. marts 2025 kl. 19.00 i skolens bibliotek", "… kl. 17 på hallens
cafeteria", "… kl. 19.30 i det lille mødelokale på rådhuset"), or on the line under the
dated line with no label ("Torsdag den 6. marts 2025 kl. 16.00" / "Rådhuset, mødelokale
2", "Hos Birthe, Bøstrupvej 4", "skolens bibliotek"), or the platform a virtual meeting
was held on ("Zoom / Teams (online møde)").
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: "skolens bibliotek", "hallens cafeteria", "kommunens mødelokale på rådhuset": a room or
#: house named by whose it is; "det lille mødelokale på rådhuset", "den store sal": a room
#: named with its article (at most two words between).
_LOWER_PLACE = (
    r"(?:[a-zæøå]{3,20}s\s+[a-zæøå]{4,25}"
    r"|(?:det|den)\s+(?:[a-zæøå]{3,15}\s+){0,2}[a-zæøå]{3,25})"
    r"(?:\s+(?:på|i|ved)\s+[a-zæøå]{4,25})?"
)
#: "lærerværelset (bygning C)", "personalerummet", "festsalen": a room named alone by its
#: noun in the definite form (a room's word closing it, so "i weekenden" names none), a
#: note on where it is in brackets after it; an institution's board meets in its own house.
#: A building alone ("i biblioteket", "på kommunekontoret") stays unread, as the fixtures
#: label it.
_ROOM_ALONE = (
    r"[a-zæøå]{0,20}(?:rummet|værelset|lokalet|stuen|salen|kantinen)"
    r"(?:\s*\([^()\n]{1,30}\))?"
)
#: The same closing a dated line after its hour: "… kl. 19.00 i skolens bibliotek".
_AFTER_HOUR = re.compile(
    r"\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?"
    rf"\s+(?:i|på)\s+(?P<place>{_LOWER_PLACE}|{_ROOM_ALONE})\.?$",
    re.IGNORECASE,
)
#: The same alone on the line under the dated line ("i skolens bibliotek", "skolens bibliotek").
_ALONE = re.compile(rf"^(?:(?:i|på)\s+)?(?P<place>{_LOWER_PLACE})\.?$")
#: Words that end a genitive-looking pair but name no place: "dagens program", "mødets
#: formål", "rådets medlemmer".
_NO_PLACE = re.compile(
    r"^(?:dagens|mødets|rådets|bestyrelsens|udvalgets|årets|ugens|aftenens|forrige|sidste)\s",
    re.IGNORECASE,
)

#: "Zoom / Teams (online møde)", "Microsoft Teams", "Teams-møde", "Virtuelt møde på
#: Zoom": a meeting held on a platform, named alone on the line under the dated line.
#: ("Virtuelt møde (Teams)": how it was held, the platform in brackets after it)
_PLATFORMS = r"(?:microsoft\s+)?(?:teams|skype(?:\s+for\s+business)?|zoom|webex|google\s+meet)"
_PLATFORM_LINE = re.compile(
    rf"^(?:(?:virtuelt|online|digitalt)\s+møde\s*\(\s*{_PLATFORMS}\s*\)$|"
    rf"(?:(?:virtuelt|online|digitalt)\s+(?:møde\s+)?(?:på|via|over)\s+)?{_PLATFORMS}"
    rf"(?:\s*(?:/|\+|og|eller)\s*{_PLATFORMS})*(?:[-\s]?møde)?"
    r"(?:\s*\((?:virtuelt|online|digitalt)(?:\s+møde)?\))?$)",
    re.IGNORECASE,
)


def lower_place_after_hour(text: str) -> str | None:
    """The place in lower case closing a dated line after its hour, else None."""
    m = _AFTER_HOUR.search(text)
    if m is None or _NO_PLACE.match(m.group("place")):
        return None
    return m.group("place")


def place_line_under(text: str, room: bool) -> str | None:
    """The place a line right under a dated line with an hour names unlabelled, else None:
    a place in lower case ("skolens bibliotek"), or a line that names a place as a title
    block does (``room``, the caller's test) with an address's or a room's number in it
    ("Rådhuset, mødelokale 2", "Hos Birthe, Bøstrupvej 4"), or the platform a virtual
    meeting was held on ("Zoom / Teams (online møde)", "Microsoft Teams")."""
    text = text.strip()
    m = _ALONE.match(text)
    if m is not None and not _NO_PLACE.match(m.group("place")):
        return m.group("place")
    if room and any(ch.isdigit() for ch in text) and len(text) <= 100:
        return text.rstrip(" .")
    if len(text) <= 60 and _PLATFORM_LINE.match(text.rstrip(" .")):
        return text.rstrip(" .")
    if room and text[-1:] in ")sSmMeE" and len(text) <= 100 and _HYBRID_END.search(text):
        # "Frederiksberg Rådhus, Direktionsgangen (og Teams)", "Rådhuset, lokale Æ + Zoom": a
        # room a hybrid meeting was held in, its platform after it
        return text.rstrip(" .")
    return None


#: A hybrid meeting's platform closing the line of its room: "(og Teams)", "+ Teams",
#: "/ Zoom", "og via Teams", "(også på Teams)".
_HYBRID_END = re.compile(
    rf",\s*[^,()]{{3,}}?\s*(?:\(\s*(?:og|også|eller|\+)\s+(?:(?:på|via)\s+)?{_PLATFORMS}\s*\)"
    rf"|(?:\+|/|og\s+(?:via\s+|på\s+)?)\s*{_PLATFORMS})$",
    re.IGNORECASE,
)

#: A footer's part that names a meeting room: "Mødelokale 3, Rådhuset Grindsted",
#: "Byrådssalen", "Udvalgsværelse 2".
_FOOTER_ROOM = re.compile(
    r"^(?:mødelokale|mødesal(?:en)?|byrådssal(?:en)?|udvalgsværelse|rådssal(?:en)?|lokale)\b",
    re.IGNORECASE,
)
#: How many filled lines close a document: its page footer, if any, stands there.
_FOOTER_LINES = 4


def room_in_footer(lines: list[Line]) -> str | None:
    """The meeting room an agenda names only in its page footer, after the owner and its
    address ("Billund Kommune · Jorden Rundt 1 · 7200 Grindsted · Mødelokale 3, Rådhuset"
    / "Udsendt …  Side 1/1"): the parts from the room on, else None."""
    filled = 0
    for line in reversed(lines):
        if line.blank:
            continue
        text = line.clean
        if "ommune" in text and (" · " in text or " | " in text):
            parts = [p.strip() for p in re.split(r"\s+[·|]\s+", text)]
            if "ommune" in parts[0]:
                at = next((k for k, p in enumerate(parts) if _FOOTER_ROOM.match(p)), None)
                return ", ".join(parts[at:]) if at else None
        filled += 1
        if filled >= _FOOTER_LINES:
            return None
    return None
