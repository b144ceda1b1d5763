"""The agenda export's header where it has no date line of its own (pure).

An intranet news page ("Nyt fra Koncernledelsen – mødet 21. januar 2025") may write its
items as the agenda system does (``Punkt 1 · Title``) while its header is a title line
and a lead sentence ("Koncernledelsen … mødtes tirsdag den 21. januar 2025 kl. 13.00 på
Frederikssund Rådhus, Byrådssalen. Her kan du …"): the other layouts' header grammar
reads the title; the lead sentence gives the place.
"""

from __future__ import annotations

import re

from analysis.parse import Header, Line
from analysis.vocab import MONTHS_DA

#: "… mødtes tirsdag den 21. januar 2025 kl. 13.00 på Rådhuset, Byrådssalen. Her …": the
#: place after the clock time, to the end of the sentence.
#: Also "Mødet blev holdt mandag den 10/3 kl. 19.30 i Nørre Nebel Hallens cafeteria." (an
#: association's web post: the date without its year).
_LEAD_PLACE = re.compile(
    r"\b(?:mødtes|holdt\s+møde|var\s+samlet|mødet\s+blev\s+holdt|mødet\s+holdtes"
    # ("Generalforsamlingen blev afholdt onsdag den … 2015 kl. 16.30 på <place>.": an
    # assembly's opening sentence)
    r"|(?:generalforsamlingen|årsmødet|mødet)\s+(?:blev\s+afholdt|afholdtes)"
    # ("Hermed indkaldelse til møde i <body> torsdag d. 1. juni kl. 14.30-16.30 på <place>.":
    # the invitation quoted in the reply that carries the minutes; the day without its year)
    # ("<Body> indkalder hermed til møde torsdag den … kl. 13.00 på <place>.": the body's
    # own letter of invitation)
    r"|indkaldelse\s+til\s+møde|indkalder\s+(?:hermed\s+)?til\s+møde)\b.{0,80}?"
    r"(?:\d{4}|\d{1,2}/\d{1,2}|\d{1,2}\.\s*(?:" + "|".join(MONTHS_DA) + r"))\s+"
    r"(?:kl\.?|klokken)\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+"
    r"(?:på|i)\s+(?P<place>[A-ZÆØÅ][^.]{2,80}?)\.(?:\s|$)",
    re.I,
)

#: "Mødet blev holdt torsdag kl. 16:00 - 18:15, Gothersgade 20, 2. sal, lokale 2.14 / Teams":
#: the place after the hours and a comma; "Mødet blev holdt onsdag den syvende juni 2023 som
#: virtuelt møde (Teams).": a meeting held online, the kind of meeting its place.
_HELD_PLACE = re.compile(
    r"^mødet\s+(?:blev\s+)?(?:af)?holdt(?:es)?\s+(?:"
    r"[^,]{0,60}?(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–]|til)\s*\d{1,2}(?:[.:]\d{2})?)?"
    r"\s*,\s*(?P<place>[A-ZÆØÅ].{2,100}?)"
    r"|[^,]{0,60}?\s+som\s+(?:et\s+)?(?P<online>(?:virtuelt|digitalt|online|hybridt?|teams|video)"
    r"[\wæøå-]*\s*møde(?:\s*\([^()]{2,40}\))?))\s*\.?$",
    re.I,
)


def fill_from_title(head: Header, lines: list[Line], placed: set[int]) -> None:
    """Date, time, forum and place that the layouts' header grammar finds in ``lines``
    (the lines above the first item), where ``head`` has none of its own."""
    from analysis.layouts.header import read_header  # header imports parse: import late

    found_placed: set[int] = set()
    found = read_header(lines, set(), found_placed)
    if found.date is None:
        return
    placed |= found_placed
    head.date = found.date
    head.start_time = head.start_time or found.start_time
    head.forum = head.forum or found.forum
    head.heading = head.heading or found.heading
    head.location = head.location or found.location
    if head.location is None:
        head.location = lead_place(lines, placed)


def lead_place(lines: list[Line], placed: set[int]) -> str | None:
    """The place a lead sentence names after the meeting's clock time ("… mødtes … kl.
    13.00 på Rådhuset.", "Mødet blev holdt … kl. 19.30 i <place>."), its line marked as
    placed, else None."""
    for line in lines:
        text = line.clean
        low = text.lower()  # (the grammar reads any case: "GENERALFORSAMLINGEN BLEV AFHOLDT")
        # (the cheap checks before the sentence grammars)
        lead = "mødt" in low or "øde" in low or "samlet" in low or "holdt" in low
        m = _LEAD_PLACE.search(text) if lead else None
        if m is None and low[:5] == "mødet":
            m = _HELD_PLACE.match(text)
        if m is None and "holdt" in low:
            m = _HELD_AT.search(text)
        if m:
            placed.add(line.index)
            return (m.group("place") or m.group("online")).strip()
    return None


#: "Mødet blev holdt kl. 16.00-18.00 i Fælleshuset, Nørregade 1, <town>.": the closing
#: sentence under the last item giving the hour and the place (no date: the title has it).
#: ("Mødet blev holdt fra 9.00 til 11.30 på <place> (pga. afstandskrav)": the same in the
#: header under a letterhead's date, the hours as a span in words, why there after it)
_CLOSING_FACTS = re.compile(
    r"^mødet\s+(?:blev\s+)?(?:af)?holdt(?:es)?\s+(?:kl\.?|klokken|fra)\s*"
    r"(?P<h>\d{1,2})[.:](?P<min>\d{2})(?:\s*(?:[-–]|til)\s*\d{1,2}[.:]\d{2})?\s+"
    r"(?:på|i)\s+(?P<place>[A-ZÆØÅ].{2,100}?)(?:\s+\((?:pga|p\.g\.a|grundet)\.?\s[^()]*\))?$",
    re.I,
)
#: "Mødet blev holdt på Rådhuset, lokale 2.": the place in a sentence of its own, alone on
#: its line under the last item or closing the attendance paragraph ("Til stede: … Mødet
#: blev holdt i <place>. <next sentence>"); the place opens with a capital (a name) or a
#: room's word before one, so "Mødet blev holdt i god ro og orden." names none.
_HELD_AT = re.compile(
    r"(?:^|(?<=[.!?]\s))mødet\s+blev\s+(?:af)?holdt\s+(?:på|i)\s+"
    # ("… holdt i mødelokale Vidå, Rådhuset, …": a room's word in lower case before its name
    # or the house)
    r"(?P<place>(?:(?-i:[A-ZÆØÅ])|(?:møde|udvalgs)?(?:lokale|sal(?:en)?|værelse(?:t)?)"
    r"(?=\s+[\"“]?(?-i:[A-ZÆØÅ0-9])|,\s*(?-i:[A-ZÆØÅ])))"
    r".{2,80}?)(?:\.(?=\s+(?-i:[A-ZÆØÅ]))|\.?$)",
    re.I,
)
#: "Mødet startede kl. 16.00 og sluttede kl. 18.10.": the hours in a closing sentence of
#: their own, the place (if any) in the one beside it.
_STARTED_AT = re.compile(
    r"^mødet\s+(?:startede|begyndte)\s+(?:kl\.?|klokken)\s*(?P<h>\d{1,2})[.:](?P<min>\d{2})"
    r"(?:\s+og\s+(?:sluttede|sluttes|blev\s+hævet|hævedes)\s+(?:kl\.?|klokken)\s*"
    r"\d{1,2}[.:]\d{2})?\.?$",
    re.I,
)
#: "… Nykøbing Sj.", "… Holbæk St.": a short abbreviation closing the place keeps its dot.
_ABBREVIATED_END = re.compile(r"\b[A-ZÆØÅ][a-zæøå]{0,2}\.$")


def closing_facts(lines: list[Line], after: int, head: Header, placed: set[int]) -> None:
    """The start and the place a closing sentence under the items gives ("Mødet blev holdt
    kl. 16.00-18.00 i <place>.", among the document's last lines after ``after``), where
    the header gave none; its line marked as placed."""
    from analysis import dates
    from analysis.layouts.elsewhere_date import meeting_sentences

    for line, text in meeting_sentences([ln for ln in lines[after:] if not ln.blank][-6:]):
        m = _CLOSING_FACTS.match(text)
        if m is None:
            _closing_pair(line, head, placed)
            continue
        place = m.group("place").strip()
        if place.endswith(".") and not _ABBREVIATED_END.search(place):
            place = place[:-1].rstrip()
        head.start_time = head.start_time or dates.hhmm(m.group("h"), m.group("min"))
        head.location = head.location or place
        placed.add(line.index)
        return


def _closing_pair(line: Line, head: Header, placed: set[int]) -> None:
    """The place or the start of a closing sentence of its own ("Mødet blev holdt i
    <place>.", "Mødet startede kl. 16.00 og sluttede kl. 18.10."), where ``head`` has none."""
    from analysis import dates

    text = line.clean.strip()
    if head.location is None and (held := _HELD_AT.match(text)):
        head.location = held.group("place").strip()
        placed.add(line.index)
    elif head.start_time is None and (started := _STARTED_AT.match(text)):
        head.start_time = dates.hhmm(started.group("h"), started.group("min"))
        placed.add(line.index)
