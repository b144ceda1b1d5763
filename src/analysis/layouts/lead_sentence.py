"""A news post's lead sentence naming the body that met, when and where (pure).

A summary of a meeting published for citizens or staff ("Kort nyt fra byrådsmødet", "Det
besluttede udvalget") has no header fields: its lead paragraph says who met, and often
when and where, in running text: "Frederikshavn Byråd holdt onsdag aften møde i
Byrådssalen på Rådhuset i Frederikshavn. Mødet startede kl. 18.00.", "Økonomiudvalget i
Næstved Kommune holdt mandag møde på Rådhuset kl. 8.30.", "Onsdag den 25. februar 2026 var
der byrådsmøde i Silkeborg. Mødet begyndte kl. 17.00 i byrådssalen, Søvejen 1.".
:func:`meeting_lead` reads the body (the forum, "<Town> Byråd" as "Byrådet"), the clock
time and the place from such a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis import dates
from analysis.parse import BODY_WORDS

#: A body's name: capitalised, of up to five words, ending in a body's word ("Direktionen",
#: "Teknisk Udvalg", "Kultur- og Fritidsudvalget", "Social-, Sundheds- og Ældreudvalget").
BODY_NAME = rf"(?=(?-i:[A-ZÆØÅ]))(?:[\wæøå-]+,?\s+(?:og\s+)?){{0,4}}?[\wæøå-]*?(?:{BODY_WORDS})"
#: "Frederikshavn Byråd holdt onsdag aften møde …", "Økonomiudvalget i Næstved Kommune
#: holdt mandag møde …", "Direktionen holder møde …": the body as the subject of holding
#: a meeting (the town before a council's name, the municipality after a committee's).
_BODY_MET = re.compile(
    rf"^(?P<body>{BODY_NAME}"
    # ("Bestyrelsen for Vestby Havn holdt møde …": a board named by what it is the board of,
    # capitalised words after "for", part of the body's name)
    r"(?:\s+for\s+(?-i:[A-ZÆØÅ])[\wæøå&/.-]*(?:\s+(?-i:[A-ZÆØÅ])[\wæøå&/.-]*){0,4})?)"
    r"(?:\s+i\s+(?-i:[A-ZÆØÅ])[\wæøå-]+\s+Kommune)?\s+(?:holdt|holder|afholdt|afholder)\s+"
    r"(?:[\wæøå.]+\s+){0,6}?møde\b",
    re.IGNORECASE,
)
#: "var der byrådsmøde i Silkeborg", "var der møde i Klima- og Miljøudvalget": the meeting
#: named by its kind.
_COUNCIL_MET = re.compile(r"\bvar\s+der\s+(?P<kind>byråds|kommunalbestyrelses)møde\b", re.I)
#: "Mødet startede kl. 18.00", "Mødet begyndte kl. 17.00 i byrådssalen, Søvejen 1": the
#: meeting's start told in the past (or the future: "Mødet begynder kl. …").
_STARTED = re.compile(
    r"\bmødet\s+(?:startede|begyndte|starter|begynder|blev\s+holdt|holdes)\s+(?:[\wæøå]+\s+){0,2}?"
    + dates.clock_time(),
    re.IGNORECASE,
)
#: "kl. 8.30", "klokken 17.00": a clock time in the lead.
_CLOCK = re.compile(r"\b" + dates.clock_time(), re.I)
#: " i Byrådssalen på Rådhuset i Frederikshavn.", " på Rådhuset kl. 8.30": the place after
#: the meeting's word or after its clock time, to the sentence's end (or to the time, a
#: weekday, a subordinate clause after a comma).
#: ("… fra kl. 14.00 til 16.30 i Mødelokale 3 …", "kl. 9.00-11.00 på …": the end after it)
_PLACE = re.compile(
    r"(?:\bmøde(?:t)?|\bkl\.?\s*\d{1,2}[.:]\d{2}(?:(?:\s*[-–]|\s+til)\s*\d{1,2}(?:[.:]\d{2})?)?)"
    r"\s+(?:i|på)\s+"
    # (not "i byrådsmødet", a meeting; "i Mødelokale 3" is a room)
    r"(?P<place>(?!(?:[a-zæøå]+s)?møde(?:t|r)?\b)[\wæøÆØÅ][^.;]{1,80}?)"
    r"(?=\s+(?:kl\.|klokken)|\s+(?:man|tirs|ons|tors|fre|lør|søn)dag\b"
    r"|,\s+(?:så|da|fordi|hvor|og|men)\b|\.(?:\s|$)|$)",
    re.IGNORECASE,
)

#: "værkets kantine, Kalorievej 2, 8500 Grenaa": a room in lower case, then after a comma
#: its house or street, capitalised with a number (the place after the clock time in a small
#: board's sentence: "… holdt møde … fra kl. 15.00 i bestyrelseslokalet, Havnegade 2, …").
_ROOM_THEN_ADDRESS = re.compile(r"[a-zæøå][\wæøå-]*(?:\s+[\wæøå-]+){0,3},\s+[A-ZÆØÅ][^,]{0,40}?\d")


#: A council named with its town ("Frederikshavn Byråd"): the forum as the project writes it.
_COUNCILS = {"byråd": "Byrådet", "kommunalbestyrelse": "Kommunalbestyrelsen"}


@dataclass(frozen=True)
class Lead:
    """What a lead paragraph says of the meeting (None where it does not say)."""

    forum: str | None
    start: str | None
    place: str | None


def meeting_lead(text: str) -> Lead | None:
    """The body, start and place a news post's lead paragraph gives (see the module
    docstring); None where the paragraph tells of no meeting held."""
    if "øde" not in text and "ØDE" not in text:
        return None  # (the cheap gate: "møde", "byrådsmøde", "Mødet", "MØDE")
    met = _BODY_MET.match(text)
    council = _COUNCIL_MET.search(text) if met is None else None
    started = _STARTED.search(text)
    if met is None and council is None:
        return None
    forum = None
    if met is not None:
        body = met.group("body")
        forum = body[:1].upper() + body[1:]
        last = forum.rsplit(" ", 1)[-1].lower()
        if last in _COUNCILS:  # "Frederikshavn Byråd": the town's council, "Byrådet"
            forum = _COUNCILS[last]
    elif council is not None:
        forum = {"byråds": "Byrådet", "kommunalbestyrelses": "Kommunalbestyrelsen"}[
            council.group("kind").lower()
        ]
    clock = started or _CLOCK.search(text)
    start = dates.hhmm(clock.group("h"), clock.group("min")) if clock else None
    place = None
    for m in _PLACE.finditer(text):
        candidate = m.group("place").strip()
        if (
            candidate[:1].isupper()
            or (started is not None and m.start() >= started.start())
            # ("… fra kl. 16.30 i værkets kantine, Kalorievej 2, …": a room, its address)
            or (m.group(0)[:2].lower() == "kl" and _ROOM_THEN_ADDRESS.match(candidate))
        ):
            place = candidate
            break
    return Lead(forum, start, place)


#: A news post's headline naming the body whose decisions it tells: "Det besluttede
#: Børne- og Ungdomsudvalget", "Resumé: Klima- og Miljøudvalget 16. maj 2023", "Resumé af
#: Klima- og Miljøudvalgets møde", "Byrådet kort fortalt", "Kort fortalt fra Byrådet",
#: "Beslutninger fra Direktionens møde 13. september 2022", "Nyt fra Økonomiudvalgets møde".
_BODY = rf"(?P<body>{BODY_NAME})"
_NEWS_TITLE = re.compile(
    r"^(?:(?:det\s+besluttede|resum[ée]\s*[:–—-]|resum[ée]\s+(?:af|fra)|kort\s+fortalt\s+fra|"
    r"(?:beslutninger|nyt|nyheder|kort\s+nyt)\s+fra)\s+"
    rf"{_BODY}(?P<gen>s)?(?:\s+møde(?:t)?)?"
    r"|" + _BODY.replace("?P<body>", "?P<body2>") + r"\s+kort\s+fortalt)"
    r"(?:\s*[:–—-]?\s+(?:(?:den|d\.)\s+)?\d.*|\s+(?:i\s+dag|i\s+går))?$",
    re.IGNORECASE,
)

#: How such a headline starts (the cheap gate before the pattern).
#: (No white space in it: ``_NEWS_TITLE`` reads "Det  besluttede", "Nyt\u00a0fra".)
_TITLE_STARTS = ("det", "resum", "beslutn", "nyt", "nyhed", "kort")


def news_title_forum(text: str) -> str | None:
    """The body a news post's headline names (see ``_NEWS_TITLE``), in its own form
    ("Direktionens møde" -> "Direktionen"); None for other lines."""
    text = text.strip().strip("#*").strip()
    if not 12 <= len(text) <= 120:
        return None
    low = text[:14].lower()
    # ("Fortalt" too: a headline in title case, "Udvalget Kort Fortalt")
    if "ortalt" not in text and "ORTALT" not in text and not low.startswith(_TITLE_STARTS):
        return None  # (the cheap gate)
    m = _NEWS_TITLE.match(text)
    if m is None:
        return None
    body = m.group("body") or m.group("body2")
    genitive = m.group("body") and m.group("gen") is None and body.endswith("s")
    if genitive and "møde" in text[m.end("body") :]:
        body = body[:-1]
    return body[:1].upper() + body[1:]
