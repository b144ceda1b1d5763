"""Layouts: which family of minutes a text belongs to, and reading it (pure).

Readers (``analysis.read``) turn a file into text, keeping what structure they can; a
layout recognises the minutes in that text, whatever the file format was: the same web
page saved as HTML, as text or printed to PDF is the same minutes. Layouts are tried in
the fixed order of :data:`LAYOUTS`; the first that recognises the text and finds items
reads it, and its name is recorded (``meetings.layout``, the manifest). ``generic``
comes last and takes anything with numbered headings that agree with a contents list or
carry evidence of being item headings.

Adding a layout: write ``layouts/<name>.py`` with ``NAME``, ``recognise(lines)`` (cheap,
from markers only that family writes) and ``parse(lines) -> ParsedMeeting`` (usually
``base.parse_numbered`` with the family's own furniture), add it to :data:`LAYOUTS` before
the families it could be mistaken for, and add fixtures in ``tests/fixtures/layouts/``.

Forum and municipality come from the document; where it names neither, from the raw
folder (``data/raw/<kommune>/<forum>/…``, see :func:`hints_from_path`). There is no
silent default: a meeting whose forum or municipality is unknown gets a warning naming
what is missing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import islice, pairwise
from operator import attrgetter, methodcaller
from pathlib import PurePosixPath
from types import ModuleType
from typing import overload

from analysis import dates
from analysis.layouts import (
    aabent,
    agenda,
    beslutning_i,
    firstagenda,
    flat_toc,
    generic,
    pkt,
    running,
    udvalg_header,
    web,
)
from analysis.layouts.assembly import assembly_outcomes
from analysis.layouts.fuller_forum import fuller_in_page_title, wrapped_forum
from analysis.layouts.header import (
    KIND_IN_BRACKETS,
    REFORM_YEAR,
    county_council,
    letterhead_body,
    owner_first_off,
    without_host,
)
from analysis.layouts.meeting_kind import (
    INSTITUTION_BOARDS,
    board_beside_institution,
    board_in_site_title,
    institution_on_top,
)
from analysis.layouts.owners import (
    contact_council_name,
    joint_body,
    owned_by_no_municipality,
    owner_in_forum,
    region_over_department,
)
from analysis.layouts.page_title import split_page_title, title_date, title_facts
from analysis.layouts.procedure_notes import procedure_notes_apart
from analysis.layouts.remarks import remarks_before_decision
from analysis.layouts.routing import without_routing_marks
from analysis.layouts.signature import (
    body_in_municipality_on_top,
    body_in_running_footer,
    signed_forum,
)
from analysis.layouts.small_place import room_in_footer
from analysis.layouts.text import joined_lines, prepare
from analysis.layouts.time_slots import programme_first_slot, programme_start
from analysis.layouts.title_forum import board_named_in_full
from analysis.layouts.yearless import with_name_year
from analysis.model import ParsedMeeting
from analysis.municipalities import (
    REGION_PATTERN,
    municipality_from_case_numbers,
    municipality_from_folder,
    municipality_in,
    municipality_in_file_name,
    municipality_in_web_addresses,
    region_named,
    region_of_house,
    region_of_web_address,
    regions_in,
    regions_named_or_owning,
    same_municipality,
)
from analysis.parse import BODY_WORDS, Line, NotMinutes, heading_key, may_hold, to_lines
from analysis.read.text import (
    FILLED_PAIR,
    blank_lines_halved,
    paragraphs_restored,
    sentences_under_headings,
    wrapped_lines_joined,
)

#: The layouts in the order they are tried; ``generic`` is the fallback.
LAYOUTS: tuple[ModuleType, ...] = (
    agenda,
    firstagenda,
    web,
    udvalg_header,
    pkt,
    aabent,
    beslutning_i,
    flat_toc,
    running,
    generic,
)
LAYOUT_NAMES: tuple[str, ...] = tuple(m.NAME for m in LAYOUTS)
#: A body's word closing a name ("BEREDSKABSKOMMISSIONEN" is one word, "HMU" none).
_BODY_WORD_END = re.compile(rf"(?:{BODY_WORDS})$", re.I)
#: Forum recorded when neither the document nor the folder names one.
UNKNOWN_FORUM = "Ukendt forum"


#: The origin of hints that come from $MINUTES_DEFAULT_FORUM / $MINUTES_DEFAULT_MUNICIPALITY.
SETTINGS_ORIGIN = "the settings"


@dataclass(frozen=True)
class SourceHints:
    """What the file's place says about the meeting (used where the document is silent)."""

    forum: str | None = None
    municipality: str | None = None
    #: Where the hints come from, for the warnings ("the folder albertslund/chefforum").
    origin: str = SETTINGS_ORIGIN
    #: A web page's ``<title>`` (``page_title``): the document's, below its text.
    page_title: str | None = None
    #: The date a file's name gives ("…-kfu-2024-03-12.md"; see ``date_in_file_name``), and
    #: the name: the last resort for the year of a meeting's line written without one.
    name_date: dt.date | None = None
    file_name: str | None = None


#: "…-2024-03-12", "2019_09_10 …": an ISO date in a file's name (parts by dashes or lines).
_NAME_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_])(?P<m>\d\d)(?P=sep)(?P<d>\d\d)(?!\d)"
)


def date_in_file_name(name: str) -> dt.date | None:
    """The one ISO date a file's name writes ("boegeskov-kfu-2024-03-12.md"), else None
    (none, two or no real date)."""
    found = {
        dates.safe_date(int(m["y"]), int(m["m"]), int(m["d"])) for m in _NAME_DATE.finditer(name)
    }
    return found.pop() if len(found) == 1 else None


def hints_from_path(name: str) -> SourceHints:
    """Hints from a raw file's path relative to the raw folder.

    ``<kommune>/<forum>/file`` gives both, ``<kommune>/file`` the municipality: the first
    folder counts only when it names one of the 98 municipalities (``albertslund``,
    ``København``, ``hoeje-taastrup``). The forum folder is used as written, so name it as
    the forum should read (``Økonomiudvalget``). Where no folder names a municipality, a
    file name that names exactly one does (``albertslund-oekonomiudvalget-2019-09-10.txt``):
    downloaded minutes are often named so, and the web page's text may not say.
    """
    path = PurePosixPath(name)
    parts = path.parts[:-1]
    # (the date in the file's name: the year of a header's date written without one)
    when = date_in_file_name(path.name) if any(c.isdigit() for c in path.name) else None
    dated = {"name_date": when, "file_name": path.name} if when else {}
    municipality = municipality_from_folder(parts[0]) if parts else None
    if municipality is not None:
        forum = parts[1].strip() if len(parts) >= 2 else None
        return SourceHints(
            forum or None, municipality, f"the folder {'/'.join(parts[:2])}", **dated
        )
    named = municipality_in_file_name(path.stem)
    if named is not None:
        return SourceHints(None, named, f"the file name {path.name}", **dated)
    return SourceHints(**dated)


#: Parts of the words an institutional mention of a municipality holds ("Kommune", …).
# ("Qeqqata Kommunia", "AVANNAATA KOMMUNIA": a Greenlandic municipality's own word)
_MENTION_WORDS = ("ommune", "OMMUNE", "yråd", "YRÅD", "orgerrepr", "ommunia", "OMMUNIA")


def _municipality_in_document(
    lines: list[Line], meeting: ParsedMeeting
) -> tuple[str | None, str | None]:
    """(named in the header, most named in the body): the municipality the document names
    as an institution. The header is sure; the body ("inspiration fra Assens Kommune")
    only counts when neither the header nor the folder says."""
    if meeting.municipality:
        return municipality_from_folder(meeting.municipality) or meeting.municipality, None
    found: list[str | None] = []
    # (the first 60 lines and the rest: the rest cut from the document's joined lines,
    # made for the furniture pass, not joined again)
    head = "\n".join(map(_CLEAN, lines[:60]))
    for text in (head, joined_lines(lines)[len(head) + 1 :]):
        votes: dict[str, int] = {}
        for at in _mention_hints(text):
            # The name stands right before "Kommune" / "Byråd": look at that much only.
            name = _named_around(text[max(0, at - 50) : at + 40])
            if name:
                votes[name] = votes.get(name, 0) + 1
        found.append(max(votes, key=lambda n: votes[n]) if votes else None)
    # a region's owner line on top ("Region Syddanmark", a Word page header) is surer than
    # a kommune the first lines mention ("Vejle Kommune har søgt …"); so is the one region
    # a regionsråd's minutes name (a footer's "Region Nordjylland · …" under a contents
    # list with "Anmodning fra Hjørring Kommune om …": a kommune asks the region)
    return (
        _region_on_top(lines, meeting)
        or _kommune_on_top(lines)
        or _kommune_address_below(lines)
        or (_region_of_council(lines, meeting.forum) if found[0] else None)
        or found[0]
    ), found[1]


#: How many filled lines open a document: its owner line, if any, stands among them.
_TOP_LINES = 4
#: "Region Midtjylland – Regionsrådet – 12.03.2025": the region's name, a dash, then a
#: body, the document's kind or a date (not an item's title: "Region X - høring om …").
_REGION_LEAD = re.compile(
    # ("Region Midtjylland<gap>Referat": the kind in a column of its own, a tab or a gap)
    r"^(region\s+\w+)(?:\s+[–—·|-]\s+|\s*\t\s*|\s{2,})"
    r"(?=.*(?:råd(?:et)?\b|udvalg(?:et)?\b|referat|dagsorden"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    # ("Region Midtjylland · Politik · Møder": the region's own site's trail of pages, its
    # section a crumb of its own, closed by the next separator or the line's end)
    r"|(?:politik|møder|mødekalender)(?:\s+[·|›>/]\s|\s*$))"
    # ("Region Syddanmark Politiske dagsordener og referater": a page's top bar, the
    # region's name and the minutes site's own name as spans parted by one space; the
    # site names the minutes in the plural, a section of pages, no document's title)
    r"|^(region\s+\w+)\s(?=(?=(?-i:[A-ZÆØÅ]))(?:politiske\s+)?(?:dagsordener|referater|møder)"
    r"\s+(?:og|&)\s+(?:dagsordener|referater|beslutninger)\b)"
    # ("Region Midtjylland<gap>Regionsrådet 24. maj 2017 – Referat": a page header's two
    # columns, the gap closed to one space; the council's or a committee's one-word name
    # in the column beside the region's, a date after it)
    r"|^(region\s+\w+)\s(?=(?-i:[A-ZÆØÅ])\w*(?:rådet|udvalget)\s.*\d{4})",
    re.IGNORECASE,
)


def _region_of_council(lines: list[Line], forum: str | None) -> str | None:
    """The region a regional council's minutes name where no line on top names their owner
    ("Regionsrådet – konstituerende møde" over items saying "Region Syddanmark skal udpege
    …"): a regionsråd is always a region's, so the region its items name is its own; only
    where they name one region and no other (a kommune's minutes never come here). So too a
    committee whose cases go on to the regionsråd as their deciding body ("Sagen afgøres
    af" / "Regionsrådet", "anbefaler over for forretningsudvalget og regionsrådet, at …"):
    the regionsråd's own committee, the one region its items name (also in the genitive,
    "Region Hovedstadens Psykiatri": the region's own service) its owner."""
    if not forum:
        return None
    if forum.lower().startswith("regionsråd"):
        named = regions_in
    elif _COMMITTEE_FORUM.search(forum) and _sent_to_regional_council(lines):
        named = regions_named_or_owning
    else:
        return None
    found = {region for line in lines for region in named(line.clean)}
    return found.pop() if len(found) == 1 else None


#: "Udvalg for Sundhed", "Psykiatri- og Socialudvalget", "Forretningsudvalget": a committee.
_COMMITTEE_FORUM = re.compile(r"udvalg", re.IGNORECASE)
#: "anbefaler over for forretningsudvalget og regionsrådet", "indstiller til regionsrådet",
#: "Sagen afgøres af regionsrådet", "skal godkendes af regionsrådet": a case sent on to the
#: regionsråd, the body that decides it.
_TO_REGIONAL_COUNCIL = re.compile(
    r"\b(?:over\s+for|til|afgøres\s+af|godkendes\s+af|besluttes\s+af)\s+"
    r"(?:forretningsudvalget\s+og\s+)?regionsrådet\b",
    re.IGNORECASE,
)
#: "Sagen afgøres af" / "Sagen afgøres i": a field's label alone, the deciding body under it.
_DECIDED_BY_LABEL = re.compile(r"^sagen\s+afgøres\s+(?:af|i)\s*:?$", re.IGNORECASE)


def _sent_to_regional_council(lines: list[Line]) -> bool:
    """Whether an item of the document sends its case on to the regionsråd (see
    ``_TO_REGIONAL_COUNCIL``; also the deciding body's field, "Sagen afgøres af" over
    "Regionsrådet")."""
    if not may_hold(joined_lines(lines), ("regionsråd",)):
        return False  # (both tests read the word: most documents never write it)
    after_label = False
    for line in lines:
        text = line.clean
        if not text:
            continue
        if after_label and text.lower().rstrip(".").startswith("regionsråd"):
            return True
        after_label = bool(_DECIDED_BY_LABEL.match(text))
        if ("egionsråd" in text or "EGIONSRÅD" in text) and _TO_REGIONAL_COUNCIL.search(text):
            return True
    return False


#: ", Region Syddanmark" / " – Region Midtjylland" closing the forum's name.
_REGION_TAIL = re.compile(r"\s*(?:,|\s[–—-])\s*(region\s+\w+)$", re.IGNORECASE)
#: "HovedMED-udvalget, Odense Kommune": a forum field's body, a comma, then its owner.
_KOMMUNE_TAIL = re.compile(r",\s+((?-i:[A-ZÆØÅ])[\w-]+(?:\s(?-i:[A-ZÆØÅ])[\w-]+)?\s+Kommune)$")


def _region_on_top(lines: list[Line], meeting: ParsedMeeting) -> str | None:
    """The region a line among the document's first names alone ("REGION SYDDANMARK"),
    before a dash or a middle dot ("Region Midtjylland – Regionsrådet", "Region Syddanmark ·
    Udvalg for …") or by its own web site's address (a page's "rm.dk | Politik" bar): the
    region whose minutes they are.
    Never a region an item or a sentence mentions ("Region Hovedstaden har sendt …")."""
    filled = 0
    for line in lines:
        if line.blank:
            continue
        text = line.clean
        if text[:6].lower() == "region" and not any(
            it.title and text.endswith(it.title) for it in meeting.items
        ):
            lead = _REGION_LEAD.match(text)
            owner = next(filter(None, lead.groups())) if lead else text
            # ("Region Midtjylland · Direktionen" under "Direktionsmøde …": the body the
            # title named, the region its owner)
            region = region_named(owner) or region_over_department(text, meeting.forum)
            if region:
                return region
        if ".dk" in text and (region := region_of_web_address(text)):
            return region  # "rm.dk | Politik | Mødekalender": the region's own site on top
        filled += 1
        if filled >= _TOP_LINES:
            return None
    return None


#: "Viborg Kommune · Direktionen", "VIBORG KOMMUNE", "Odder Kommune – Referat": a line
#: opening with the kommune's name, alone or before a separator (the owner line).
_KOMMUNE_LEAD = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+)?\s+(?-i:Kommune|KOMMUNE))"
    r"\s*(?:$|[·|,\t]|\s[–—-]\s)"
)
#: "LEDØJE-SMØRUM KOMMUNE.  1971", "THEM KOMMUNE  Kommunalbestyrelsens forhandlingsprotokol",
#: "Holsted Kommune :: Dagsorden …": a line opening with a kommune's name, whatever follows
#: (a typed letterhead's full stop, its second column), for the kommuner before the reform.
_FORMER_LEAD = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+)?\s+(?-i:Kommune|KOMMUNE))(?:[.\s]|$)"
)


#: "NAKSKOV BYRÅD   Side 211" (also OCR's "BYRAD"), "Hvidebæk Kommunalbestyrelse.", "Rødby
#: kommunalbestyrelses møde tirsdag …", "Ordinært møde i Tranekær Byråd": a line opening
#: with the council of a kommune named by its town, for the kommuner before the reform.
_FORMER_COUNCIL_LEAD = re.compile(
    r"^(?:(?:ordinært|ekstraordinært)\s+møde\s+i\s+)?"
    r"(?P<town>(?-i:[A-ZÆØÅ])[\w-]+(?:[ -](?-i:[A-ZÆØÅ])[\w-]+)?)\s+"
    r"(?:byr[aå]d|kommunalbestyrelse)s?(?:[.\s]|$)",
    re.I,
)


#: "lSHØJ KOMMUNE": a name in capitals whose I a scan's OCR read as a small l.
_SMALL_L_FOR_I = re.compile(r"^l(?=[A-ZÆØÅ]{2})")


def _capital_i(text: str) -> str:
    """An owner line with the I of its name in capitals back ("lSHØJ KOMMUNE" -> "ISHØJ
    KOMMUNE"); the line as it was elsewhere."""
    return "I" + text[1:] if text[:1] == "l" and _SMALL_L_FOR_I.match(text) else text


#: A zero OCR read for the letter O inside a word in capitals ("ØK0NOMIUDVALGET").
_OCR_ZERO = re.compile(r"(?<=[A-ZÆØÅ])0(?=[A-ZÆØÅ])")


def _letterhead_on_top(lines: list[Line]) -> str | None:
    """The body the document's first filled line names beside its owner (see
    :func:`header.letterhead_body`), where the header found no body: the first page's
    letterhead repeated as each page's header, read as page furniture."""
    first = next((line.clean for line in lines if not line.blank), "")
    body = letterhead_body(first)
    if body and body.isupper():
        body = _title_case(_OCR_ZERO.sub("O", body))  # ("TEKNISK UDVALG", as above)
    return body


def _county_council_on_top(lines: list[Line]) -> tuple[str, str] | None:
    """:func:`county_council` of the document's first filled line, else None."""
    first = next((line.clean for line in lines if not line.blank), "")
    return county_council(first) if "MTSR" in first.upper() else None


def _former_kommune(text: str | None) -> str | None:
    """The kommune an owner line names when it is none of today's 98 ("LEDØJE-SMØRUM
    KOMMUNE.", "Them Kommune   Kommunalbestyrelsens forhandlingsprotokol"), as written (in
    capitals, title-cased); only for minutes of before the reform, whose kommuner merged."""
    if not text:
        return None
    if "ommune" not in text and "OMMUNE" not in text:
        council = _FORMER_COUNCIL_LEAD.match(text.strip())
        # ("NAKSKOV BYRÅD", "Rødby kommunalbestyrelses møde": the council of the town's
        # kommune names it, as the kommune's own name does)
        if council is None:
            return None
        town = council.group("town")
        text = f"{town.title() if town.isupper() else town} Kommune"
    # (a saved page's line indented by a tab: "\tNørre Alslev Kommune Forside | Politik")
    m = _FORMER_LEAD.match(_capital_i(text.lstrip("#* \t")))
    if m is None or municipality_in(m.group("name")):
        return None
    name = m.group("name")
    return name.title() if name.isupper() else name


def _former_on_top(lines: list[Line]) -> str | None:
    """:func:`_former_kommune` of the first line that opens with a kommune's name, among
    the document's first (a folio number above it aside)."""
    filled = 0
    for line in lines:
        if line.blank:
            continue
        if name := _former_kommune(line.clean):
            return name
        filled += 1
        if filled >= _TOP_LINES:
            return None
    return None


def _kommune_on_top(lines: list[Line]) -> str | None:
    """The kommune a line among the document's first names as its owner ("Viborg Kommune ·
    Direktionen"): surer than a kommune its items mention more often ("Forslag om fælles
    indkøb med Skive Kommune")."""
    filled = 0
    for line in lines:
        if line.blank:
            continue
        text = _capital_i(line.clean.lstrip("#* \t"))
        m = _KOMMUNE_LEAD.match(text) if "ommune" in text or "OMMUNE" in text else None
        if m:
            return municipality_in(m.group("name"))
        filled += 1
        if filled >= _TOP_LINES:
            return None
    return None


#: " · 4930 Maribo", ", 6100 Haderslev": a postcode and its town (an address).
_POSTCODE_TOWN = re.compile(r"\b\d{4}\s+[A-ZÆØÅ][a-zæøå]")
#: "Region Syddanmark · …": a region's name opening its address line.
_REGION_ADDRESS_LEAD = re.compile(rf"^(?P<name>{REGION_PATTERN})\s*(?:[·|,\t]|\s[–—-]\s)")
#: How many filled lines close a document: its owner's address line, if any, stands there.
_BOTTOM_LINES = 4


def _kommune_address_below(lines: list[Line], former: bool = False) -> str | None:
    """The kommune whose address closes the page ("Lolland Kommune · Jernbanegade 7 · 4930
    Maribo · Tlf. …", a web page's footer): the owner, surer than a kommune its items
    mention ("Guldborgsund Kommune har foreslået …").

    ``former``: only a kommune of before the 2007 reform, none of today's 98, as written
    ("Bjergby Kommune, Rådhuset, 4999 Bjergby - Siden er opdateret …": an old site's footer).
    """
    filled = 0
    for line in reversed(lines):
        if line.blank:
            continue
        text = line.clean
        if ("ommune" in text or "OMMUNE" in text) and _POSTCODE_TOWN.search(text):
            m = _KOMMUNE_LEAD.match(text.lstrip("#* \t"))
            if m and former:
                name = m.group("name")
                if municipality_in(name):
                    return None
                return name.title() if name.isupper() else name
            if m:
                return municipality_in(m.group("name"))
        if not former and text[:6] == "Region" and _POSTCODE_TOWN.search(text):
            # ("Region Syddanmark · Damhaven 12 · 7100 Vejle": a region's site's footer)
            m = _REGION_ADDRESS_LEAD.match(text)
            if m:
                return region_named(m.group("name"))
        filled += 1
        if filled >= _BOTTOM_LINES:
            return None
    return None


#: "Skolevej 1 · 8660 Skanderborg", "…, 7100 Vejle": a postcode and the postal town after
#: it (one or two capitalised words), the town's name ending there.
_POSTCODE_AND_TOWN = re.compile(
    r"(?<![\w.,/-])[1-9]\d{3}\s+(?P<town>(?-i:[A-ZÆØÅ])[\wæøå]+(?:[ -](?-i:[A-ZÆØÅ])[\wæøå]+)?)"
    # ("1620 København V", "8000 Aarhus C": the district's letters after the town)
    r"(?:\s+[A-ZÆØ]{1,2}\b)?(?=\s*(?:$|[·|,;)]|\s[–—-]\s))"
)


#: The marks parting an address line's words: spaces, middle dots, bars, commas, dashes.
_ADDRESS_SEPARATORS = re.compile(r"[\s·|,–—]+")


def _address_words(text: str) -> bool:
    """ "Stilling Skole · Skolevej 1 · ": an address line's words before its postcode, each
    capitalised or a number (no label's colon, no sentence)."""
    return ":" not in text and all(
        word[:1].isupper() or word[:1].isdigit() or word == "-"
        for word in _ADDRESS_SEPARATORS.split(text)
        if word
    )


def _municipality_by_postal_town(lines: list[Line]) -> str | None:
    """The municipality whose name is the postal town of an address among the document's
    first or last lines ("Stilling Skole · Skolevej 1 · 8660 Skanderborg", a school's or an
    institution's address under its name or in a page's footer): a post town that bears a
    municipality's name lies in it. Asked only where nothing surer names the municipality;
    a town of another name ("4930 Maribo") says nothing."""
    # (the first and last lines with text, as a slice of them all would take them, read
    # without walking the whole document)
    top = list(islice((ln.clean for ln in lines if not ln.blank), _TOP_LINES + 2))
    bottom = list(islice((ln.clean for ln in reversed(lines) if not ln.blank), _BOTTOM_LINES))
    for text in (*top, *reversed(bottom)):
        if not any(map(str.isdigit, text)):
            continue
        text = text.strip("*_# ")
        for m in _POSTCODE_AND_TOWN.finditer(text):
            if not _address_words(text[: m.start()]):
                # ("Mødested: Remisen, Strandvejen 40, 6700 Esbjerg": where a meeting was
                # held, perhaps another body's house; not the owner's own address line)
                continue
            town = m.group("town")
            found = municipality_from_folder(town) or (
                " " in town and municipality_from_folder(town.split(" ")[0])
            )
            if found:
                return found
    return None


#: The municipality a mention's window names (``municipality_in``, about 10 µs a window:
#: three searches, one an alternation of every name), remembered by the window's text: a
#: page footer or a sentence of a template comes again, within a document and between them.
_named_around = lru_cache(maxsize=1024)(municipality_in)


def _mention_hints(text: str) -> list[int]:
    """Positions of "…ommune" / "…yråd" / "Borgerrepr…" in order (a search for each word
    is many times faster than a regex alternation over a whole document). "ommune" and
    "ommunia" (and their capitals) share one search for "ommun", the letters after each
    hit looked at: five scans of the text, not seven."""
    out = []
    for search in _MENTION_SEARCHES:
        out.extend(map(_START, search(text)))
    for search, ends in _SHARED_MENTION_SEARCHES:
        out.extend(m.start() for m in search(text) if text.startswith(ends, m.end()))
    return sorted(out)


#: The mention words that start alike ("ommune", "ommunia", and in capitals): their common
#: start, searched once, and the ends that complete it.
_SHARED_MENTIONS = (("ommun", ("e", "ia")), ("OMMUN", ("E", "IA")))
_SHARED_WORDS = {start + end for start, ends in _SHARED_MENTIONS for end in ends}
assert _SHARED_WORDS.issubset(_MENTION_WORDS)
#: Each mention word (or shared start) as a literal regex: the same positions as
#: ``str.find`` (none of them overlaps itself), found several times faster in a long text.
_MENTION_SEARCHES = tuple(
    re.compile(re.escape(word)).finditer for word in _MENTION_WORDS if word not in _SHARED_WORDS
)
_SHARED_MENTION_SEARCHES = tuple(
    (re.compile(re.escape(start)).finditer, ends) for start, ends in _SHARED_MENTIONS
)
_START = methodcaller("start")
_CLEAN = attrgetter("clean")


def _in_web_addresses(lines: list[Line]) -> str | None:
    """The municipality the document's web and e-mail addresses name: looked for only
    where ".dk" may be written (most documents hold no address, and casefolding a whole
    document costs more than the rest of this step)."""
    text = joined_lines(lines)
    return municipality_in_web_addresses(text) if may_hold(text, (".dk",)) else None


#: " – møde nr. 14", ", møde 3": a meeting's running number after the forum's name.
_MEETING_NUMBER = re.compile(r"\s*[,–—-]\s*møde\s+(?:nr\.?\s*)?\d{1,3}\s*$", re.IGNORECASE)
#: " (forberedende)", " (konstituerende)": the kind of meeting in brackets after the name
#: ("Direktionens kriseberedskab (hedebølge)": what the body is for stays).
_KIND_NOTE = re.compile(
    r"\s+\((?:forberedende|konstituerende|ekstraordinært|ekstraordinær|ordinært|fortsat|"
    r"fortsættelse|lukket|åbent)\)$"
)
#: "Gmail - Fwd: Referat HMU": a mail printed from the web client, its page title the
#: client's name and the subject with its forward or reply marks; the body after them.
_MAIL_SUBJECT = re.compile(
    r"^(?:(?:gmail|outlook|microsoft\s+outlook|roundcube\s+webmail)\s+[–—-]\s+"
    r"(?:(?:fwd?|vs|sv|re|aw|wg)\s*:\s*)*|(?:(?:fwd?|vs|sv|re|aw|wg)\s*:\s*)+)"
    r"(?:(?:referat|dagsorden|beslutningsreferat)\s+(?:(?:fra|af)\s+(?:mødet?\s+i\s+)?)?)?"
    r"(?=(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)


#: "Strategisk ledelsesforum (SLF)": the body's abbreviation in brackets closing its name.
_ABBREVIATION = re.compile(r"^(?P<name>\S.*?)\s+\((?P<abbr>[A-ZÆØÅ][A-ZÆØÅ0-9-]{1,5})\)$")


def _abbreviation_off(forum: str) -> str:
    """The forum without its abbreviation after it, where the abbreviation starts as the
    name does ("Strategisk ledelsesforum (SLF)" is Strategisk ledelsesforum, the name the
    body's other documents write); "Direktionen (udvidet)" and a name whose bracket says
    something else keep it; so does a bracket naming the project a steering group steers.
    A bracket naming the kind of meeting ("(fællesmøde)") is no part of the name either."""
    if forum.endswith(")"):
        kind = KIND_IN_BRACKETS.search(forum) if forum[-5:].lower() == "møde)" else None
        if kind and kind.start() > 0:
            # "<A> og <B> (fællesmøde)" in a forum field: the kind of meeting the bodies
            # hold, no part of a name (as in a title, "KOMMUNALBESTYRELSEN (konstituerende
            # møde)")
            return forum[: kind.start()]
        project = _PROJECT_NOTE.search(forum)
        if project and project.start() > 0:
            # "Styregruppe for Digital Velfærd (projekt “Skærmbesøg 2.0”)": the project the
            # group steers, no part of its name
            return forum[: project.start()]
        members = _MEMBERS_NOTE.search(forum)
        if members and _MEMBER_WORD.search(members.group(0)):
            # "Ledelsesforum (direktion og centerchefer)": who sits in it, no part of the name
            return forum[: members.start()]
    m = _ABBREVIATION.match(forum)
    if m is None or m.group("abbr")[0] != m.group("name")[0].upper():
        return forum
    return m.group("name")


#: "(direktion og centerchefer)", "(direktion + stabschefer)": a bracket of small words
#: closing a body's name, saying who sits in it.
_MEMBERS_NOTE = re.compile(
    r"\s+\([a-zæøå][\wæøå-]*(?:\s*(?:,|\+|&|og)?\s+[a-zæøå][\wæøå-]*){0,5}\)$"
)
_MEMBER_WORD = re.compile(r"direktion|direktører|chefer\b|ledere\b")
#: "(projekt “Skærmbesøg 2.0”)", "(programmet Ny Skole)": a bracket naming the project a
#: steering group steers, closing the group's name.
_PROJECT_NOTE = re.compile(r"\s+\((?:projekt(?:et)?|program(?:met)?)\s+[^()]{2,60}\)$")


#: Small words a name keeps in lower case: "Børne- og Skoleudvalget", "Udvalget for Miljø".
_SMALL_WORDS = frozenset({"og", "for", "i", "af", "på", "om", "til", "med"})


_VOWEL = re.compile(r"[AEIOUYÆØÅ]", re.IGNORECASE)


def _title_case(name: str) -> str:
    """A name set in capitals as written in running text: each word capitalised but the
    small words ("CHEFFORUM TEKNIK OG MILJØ" -> "Chefforum Teknik og Miljø"); a short word
    in capitals (LMU, MED) stays so."""
    words = name.split(" ")
    out = []
    for k, word in enumerate(words):
        lower = word.lower()
        if k and lower in _SMALL_WORDS:
            out.append(lower)
        elif len(word.strip("()")) <= 4 and (k or not _VOWEL.search(word)):
            # (first too when it has no vowel: "KKR SYDDANMARK", no word but an abbreviation)
            out.append(word)
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


#: A secretary's remark after the place: "Teams – ikke Rådhuset som sædvanligt", "Rådhuset,
#: lokale 3 (OBS – ikke lokale 1 …", "(NB: elevator ved …": a note on the place, not it.
#: ("Sognehuset (store sal) – dog med én deltager i telefonen": a reservation
#: after a dash, who joined from elsewhere)
_PLACE_REMARK = re.compile(r"\s+(?:[–—-]\s+(?:ikke|dog)\s|\((?:OBS|NB)\b|(?:OBS|NB)[:!]).*$", re.I)


#: " (Erik Hansen (A) deltog via Teams)", " (to medlemmer deltager virtuelt)": a bracket
#: closing the place that says who took part from elsewhere (a member's own party letter in
#: brackets inside it): a note on the attendance, not the place.
_ATTENDANCE_BRACKET = re.compile(
    r"\s+\((?:[^()]|\([^()]*\))*?\bdelt(?:og|ager)\b(?:[^()]|\([^()]*\))*\)$", re.I
)


#: "Sted: Mødelokale Karup Å, Torvegade 10, Skive.": the sentence's stop after a word of
#: four letters or more (not an abbreviation's: "Nykøbing F.", "Rådhuset, st.").
_SENTENCE_STOP = re.compile(r"\b[^\W\d_]{4,}\.$")


def _place_remark_off(place: str | None) -> str | None:
    """The place without the sentence's stop, the remark a secretary wrote after it (see
    ``_PLACE_REMARK``), the host it names (``header.without_host``) or who joined from
    elsewhere (``_ATTENDANCE_BRACKET``)."""
    if place and place[-1] == "." and _SENTENCE_STOP.search(place):
        place = place[:-1]
    if place and ("ært" in place or "ÆRT" in place):
        place = without_host(place)
    if place and place[-1:] == ")" and ("elt" in place or "ELT" in place):
        place = _ATTENDANCE_BRACKET.sub("", place) or place
    if not place or not (" ikke " in place or "OBS" in place or "NB" in place or " dog " in place):
        return place  # the gate: a plain place names no remark
    return _PLACE_REMARK.sub("", place) or place


#: ", Sankt Hans Sogn", ", Vor Frue Sogn": the parish after a body's name.
_PARISH_TAIL = re.compile(r",\s+(?:[A-ZÆØÅ][\wæøå.-]*\s+){1,3}(?:Sogn|sogn)$")


def _parish_after(forum: str, lines: list[Line]) -> str | None:
    """The forum with its parish where a line on top names it so ("Kirkeudvalget,
    Sankt Hans Sogn" under "Kirkeudvalget – referat 3/2-21"): a parish council's
    committee, named by the parish whose it is (no municipality's body)."""
    for line in islice(lines, 20):
        if line.clean[-4:] not in _SOGN:
            continue  # (the cheap test first: most lines on top end in no parish)
        text = line.clean.strip()
        if text.startswith(forum) and _PARISH_TAIL.fullmatch(text[len(forum) :]):
            return text
    return None


#: The parish's word closing a line, in the cases minutes write it.
_SOGN = frozenset({"Sogn", "sogn", "SOGN"})


def _finish(meeting: ParsedMeeting, lines: list[Line], hints: SourceHints) -> ParsedMeeting:
    """Forum and municipality from document, else hints; warnings for what is missing."""
    warnings = list(meeting.warnings)
    tail = (
        _REGION_TAIL.search(meeting.forum) if meeting.forum and "egion" in meeting.forum else None
    )
    if tail and region_named(tail.group(1)):
        # "Forretningsudvalget, Region Syddanmark": the body, then the region it is of
        meeting = replace(
            meeting,
            forum=meeting.forum[: tail.start()],
            municipality=meeting.municipality or region_named(tail.group(1)),
        )
    elif meeting.forum and (owned := owner_in_forum(meeting.forum)):
        # "Region Syddanmark – Forretningsudvalget", "Bestyrelsen for Beredskab Østjylland":
        # the forum's own name names its region or joint rescue service, the owner
        meeting = replace(meeting, forum=owned[0], municipality=meeting.municipality or owned[1])

    if not meeting.municipality and (council := _county_council_on_top(lines)):
        # "KØBENHAVNS AMTSRÅD   Side 47": a county council's protocol under its running head
        # (page furniture to the header), the county the authority, its council the forum
        meeting = replace(meeting, municipality=council[0], forum=meeting.forum or council[1])
    municipality, in_body = _municipality_in_document(lines, meeting)
    titled_forum, titled_municipality = title_facts(hints.page_title)
    if meeting.date.year < REFORM_YEAR and not meeting.municipality and not titled_municipality:
        # a kommune of before the 2007 reform, not among today's 98 ("THEM KOMMUNE" on top,
        # "Sæby Kommune - Referat …" as the page's title): its owner line names it, surer
        # than a kommune its items mention ("sammenlægningsudvalget for Vejen Kommune")
        # (or its address in the old site's footer: "Bjergby Kommune · Torvet 3 · 4999 …")
        municipality = (
            _former_kommune(hints.page_title)
            or _former_on_top(lines)
            or _kommune_address_below(lines, former=True)
            or municipality
        )
    if titled_municipality and not meeting.municipality:
        # The page's own title ("… | Tønder Kommune") names its owner; a name in the first
        # lines may be another municipality an item mentions
        municipality = titled_municipality
    # A folder or file name speaks of this very file. A default from the settings stands in
    # only where the document says nothing surer, so a document naming another
    # municipality is not odd (a corpus of several municipalities with one default).
    from_settings = hints.origin == SETTINGS_ORIGIN
    placed = None if from_settings else hints.municipality
    default = hints.municipality if from_settings else None
    if municipality and placed and not same_municipality(municipality, placed):
        warnings.append(
            f"the document names {municipality} but {hints.origin} says {hints.municipality}; "
            "used the document's"
        )
    # Case numbers that start with a municipality's code (``330-2018-3619``) and the
    # municipality's own web and e-mail addresses (``post@esbjerg.dk``, a page's URL) are
    # surer than a name mentioned somewhere in the body.
    municipality = (
        municipality
        or placed
        or municipality_from_case_numbers([i.case_number for i in meeting.items if i.case_number])
        or _in_web_addresses(lines)
        # (a regional council's or committee's meeting held in a kommune's town: the
        # region its items name is its owner, not the town's kommune)
        or _region_of_council(lines, meeting.forum)
        or _municipality_by_postal_town(lines)
        or default
        # ("Sted: Regionshuset Viborg, lokale D3" where no line names the owner: the
        # region's own house, its seat)
        or region_of_house(meeting.location)
        or in_body
    )
    # "Styregruppen for Plejecenter Engbo – møde nr. 14": the meeting's number is no name
    forum = _MEETING_NUMBER.sub("", meeting.forum).strip() if meeting.forum else None
    if forum and (subject := _MAIL_SUBJECT.match(forum)) and subject.end() < len(forum):
        forum = forum[subject.end() :]  # "Gmail - Fwd: Referat HMU": the body
    if forum and forum[-1:] == ")":
        # "Sundhedsråd Lillebælt (forberedende)": the meeting's kind in small letters after
        # the name in brackets, no part of it
        forum = _abbreviation_off(_KIND_NOTE.sub("", forum))
    if forum and "0" in forum and forum.isupper():
        forum = _OCR_ZERO.sub("O", forum)  # "ØK0NOMIUDVALGET": a scan's O read as a zero
    if forum and forum.isupper() and (" " in forum or _BODY_WORD_END.search(forum)):
        # "CHEFFORUM TEKNIK OG MILJØ", "BEREDSKABSKOMMISSIONEN" set in capitals (not "HMU");
        # "NETVÆRK FOR DIGITALISERING OG DATA": a network named by its task, the task's
        # words common nouns (written "Netværk for digitalisering og data")
        forum = forum.capitalize() if forum.startswith("NETVÆRK FOR ") else _title_case(forum)
    if forum and (whole := wrapped_forum(forum, lines)):
        forum = whole  # "… Kontaktudvalget mellem X og" / "Y Kommune": the name wrapped
    if forum:
        # "Hjørring Ungeråd", "Svendborg Kommunes Ældreråd": the body of that municipality
        forum, owner = owner_first_off(forum)
        municipality = municipality or owner
    if (
        forum
        and forum.endswith(" Kommune")
        and (tail := _KOMMUNE_TAIL.search(forum))
        and "ommune" not in forum[: tail.start()]
    ):
        # "HovedMED-udvalget, Odense Kommune" in a forum field: the body, then its owner
        # (not "…, Faxe Kommune og Plan- og Teknikudvalget, Stevns Kommune": two owners)
        forum, municipality = forum[: tail.start()], municipality or tail.group(1)
    if forum and (" · " in forum or " – " in forum) and (beside := board_beside_institution(forum)):
        forum = beside  # "Dagtilbud Juelsminde · Forældrebestyrelsen"
    elif forum and "bestyrelsen" in forum and (titled_board := board_in_site_title(forum)):
        forum = titled_board  # "Rønde Skole - Forældre - Skolebestyrelsen": a web page title
    if forum and (full := board_named_in_full(forum, lines[:40], set())):
        # "Referat af møde i skolebestyrelsen" as a web page's heading, "Skolebestyrelsen
        # ved <skole>" under it (a layout of its own read the heading as the forum)
        forum = full
    if forum and (parish := _parish_after(forum, lines)) is not None:
        forum = parish  # "Kirkeudvalget, Sankt Hans Sogn" on a line of its own on top
    if forum in INSTITUTION_BOARDS and (institution := institution_on_top(lines)):
        forum = f"{forum}, {institution}"  # "Korsvejens Skole · Tårnby Kommune" over it
    elif forum is None or forum in INSTITUTION_BOARDS:
        # "Mvh" / "Birthe" / "Formand, Ældrerådet": a mail naming its body only when signed
        signed = signed_forum(lines)
        if signed and (forum is None or signed.startswith(f"{forum}, ")):
            forum = signed
        elif forum is None:
            # "Seniorrådet i Lejre" on top; "Vejle Kommune · Direktionen · 12-03-2019" at
            # the foot of each page under a header naming only the kind of meeting
            forum = (
                body_in_municipality_on_top(lines)
                or body_in_running_footer(lines)
                or _letterhead_on_top(lines)
            )
    if forum is None:
        forum = titled_forum or hints.forum
    elif hints.page_title and (fuller := fuller_in_page_title(forum, hints.page_title)):
        forum = fuller  # "Ledergruppen" in the text, "Ledergruppen Børn og Læring" as title
    if (
        municipality
        and municipality.endswith(" Kommune")
        and not (placed and hints.origin.startswith("the folder"))
        and joint_body(
            [line.clean for line in lines[:60]],
            "estyrelse" in (forum or ""),
            partnership="I/S" in (forum or ""),
        )
    ):
        # members listed by the municipalities they sit for ("Christian Bro, Fredericia",
        # "Tina Hansen (Assens)"): a joint body, no kommune's own; a kommune it names (the
        # host, the secretariat's) is none of its owners, only a folder says one
        municipality = default
    if forum and owned_by_no_municipality(forum):
        # "KKR Sjælland" meeting at "Sorø Kommune, Rådhusvej 8": no owner but the folder's
        # (not a file's name, "vejle-kkr-syddanmark-….md": one member's, named by whoever
        # saved it, as the council has no one owner)
        folder = placed if hints.origin.startswith("the folder") else None
        forum, municipality = contact_council_name(forum), folder or default
    missing = [
        what for what, value in (("forum", forum), ("municipality", municipality)) if not value
    ]
    if missing:
        warnings.append(
            f"the document does not name its {' or '.join(missing)} and the raw folder "
            "does not say either (put the file in data/raw/<kommune>/<forum>/ to say it)"
            + (f"; forum recorded as '{UNKNOWN_FORUM}'" if not forum else "")
        )
    return replace(
        meeting,
        forum=forum or UNKNOWN_FORUM,
        municipality=municipality,
        # a theme day's notes whose header gives no hour: its programme's first slot
        start_time=meeting.start_time or programme_start(lines, len(meeting.items)),
        # "<X> Kommune · <address> · Mødelokale 3, Rådhuset": the room in the page footer
        location=_place_remark_off(meeting.location) or room_in_footer(lines),
        warnings=warnings,
        # "Låneoptagelse 2025 (ØK/BY)": the path through the bodies, no part of the title;
        # "<name> erklærede sig inhabil …" over the outcome: a note, no part of the decision
        # "Rådets bemærkninger" over "Beslutning i Rådet den …": the remarks are text
        # ("Valg af dirigent" / "NN blev valgt som dirigent." …: a general meeting's prose)
        items=assembly_outcomes(
            procedure_notes_apart(remarks_before_decision(without_routing_marks(meeting.items)))
        ),
    )


def parse_lines(lines: list[Line], hints: SourceHints | None = None) -> ParsedMeeting:
    """Parse prepared lines with the first layout that recognises them and finds items."""
    hints = hints or SourceHints()
    failures: list[str] = []
    for layout in LAYOUTS:
        if not layout.recognise(lines):
            continue
        try:
            meeting = layout.parse(lines)
        except NotMinutes as exc:
            failures.append(str(exc))
            continue
        return _finish(meeting, lines, hints)
    if (
        hints.name_date is not None
        and any(f.startswith("no meeting date found") for f in failures)
        and (dated := with_name_year(lines, hints.name_date)) is not None
    ):
        # "Dato: tirsdag den 12. marts" and no year anywhere in the text, the file named
        # "…-2024-03-12.md": the year from the name, the last resort, said in a warning
        meeting = parse_lines(dated, replace(hints, name_date=None))
        warning = (
            f"the meeting's date is written without its year; the year {hints.name_date.year} "
            f"was taken from the file name {hints.file_name}"
        )
        return replace(meeting, warnings=[*meeting.warnings, warning])
    if (
        hints.page_title is not None
        and any(f.startswith("no meeting date found") for f in failures)
        and (titled := title_date(hints.page_title)) is not None
        and not (lines and lines[0].index == -1)  # (the title's date written once only)
    ):
        # a web page whose text dates nothing ("Tidspunkt: kl. 9.00-11.30" under the forum,
        # the day in the breadcrumb) and whose title does ("<forum> – møde 15.10.2024 – <X>
        # Kommune"): the title's date as the meeting's date field, the last resort, said in
        # a warning
        field = Line(-1, f"Mødedato: {titled.day}.{titled.month}.{titled.year}", 0)
        meeting = parse_lines([field, Line(-1, "", 0), *lines], hints)
        warning = f"the meeting's date was taken from the page's title ({hints.page_title!r})"
        return replace(meeting, warnings=[*meeting.warnings, warning])
    raise NotMinutes(
        failures[0]
        if failures
        else "no agenda items found: no layout recognised the text (expected numbered "
        "item headings such as 'Punkt 1: <title>', '1. <title>' or 'Pkt. 1')"
    )


#: How much less of the text the reading with paragraphs restored may place (a share of
#: its characters) and still be taken for the one that finds more items.
_REREAD_COVERAGE_SLACK = 0.01


@overload
def _lines_as_paragraphs_reread(
    text: str, meeting: ParsedMeeting, hints: SourceHints | None, tried: str
) -> ParsedMeeting: ...
@overload
def _lines_as_paragraphs_reread(
    text: str, meeting: None, hints: SourceHints | None, tried: str
) -> ParsedMeeting | None: ...
def _lines_as_paragraphs_reread(
    text: str, meeting: ParsedMeeting | None, hints: SourceHints | None, tried: str
) -> ParsedMeeting | None:
    """A text where every line is its own paragraph (one blank line between every two
    filled lines: a Word document read paragraph by paragraph, a web page whose every line
    is a block, a converter that doubled every line break) says nothing by its blank lines:
    a title and the sentence under it look alike. It is read again with its line breaks
    halved (``read.text.blank_lines_halved``) and its paragraphs restored two ways: where a
    line goes on the line above (``paragraphs_restored``) and, besides, every sentence
    under the heading above it (``sentences_under_headings``). A reading replaces the one
    kept so far where it finds more items and places (nearly) as much of the text, or as
    many items and more of the text; the text as written wins a tie. A cheap test first: a
    text with two filled lines together is no such text (``FILLED_PAIR``). With no reading
    yet (``meeting`` None: the text as written is rejected) the first reading found is
    kept, and the cheap test is left out (a text whose every run of blank lines is odd is
    tried, as it was).
    ``tried`` is the text ``meeting`` was read from (or failed on): the text as written,
    or its paragraphs already restored (``wrapped_lines_joined``, which then stands for
    the text as written: the lines set back under the ones they go on read the decisions
    and fields better, and the text as written replaces that reading only where it finds
    more items and no fewer of their fields: ``_finds_more``); it is not read twice."""
    if meeting is not None and FILLED_PAIR.search(text):
        return meeting
    halved = blank_lines_halved(text)
    if halved is text:
        return meeting
    # (the text as written, where its restored paragraphs were read first: it replaces
    # that reading only by more items)
    readings: list[str] = [] if tried is text else [text]
    for restore in (
        paragraphs_restored,
        partial(sentences_under_headings, section_label=_section_label),
    ):
        # (blank lines left once halved, every line break doubled: read as it was written)
        if (restored := restore(halved)) not in readings and restored != tried:
            readings.append(restored)
    for restored in readings:
        try:
            again = parse_lines(prepare(restored), hints)
        except NotMinutes:
            continue
        if meeting is None or (
            _reads_more(again, meeting) if restored is not text else _finds_more(again, meeting)
        ):
            meeting = again
    return meeting


def _finds_more(again: ParsedMeeting, kept: ParsedMeeting) -> bool:
    """Whether reading ``again`` finds more items than ``kept`` and no fewer case numbers
    and decisions (the text as written against its restored paragraphs, which read the
    items' fields better); an item that only echoes a contents list's title
    (``_echoes``) is not counted."""

    def fields(meeting: ParsedMeeting) -> tuple[int, int]:
        cases = sum(1 for item in meeting.items if item.case_number)
        decided = sum(
            1 for item in meeting.items if any(s.key == "beslutning" for s in item.sections)
        )
        return cases, decided

    more_cases, more_decided = fields(again)
    cases, decided = fields(kept)
    return (
        len(again.items) - _echoes(again) > len(kept.items)
        and more_cases >= cases
        and more_decided >= decided
        # ("1. Budget" / "5. Administration 3,2" / "2. Tilskud …": a list's last line, a
        # paragraph of its own, read as an item numbered out of turn: no more items)
        and (_numbered_in_turn(again) or not _numbered_in_turn(kept))
    )


def _echoes(meeting: ParsedMeeting) -> int:
    """How many of the items are a contents list's last title read as an item: no text,
    no case, its title a later item's ("Eventuelt" over "Godkendelse af dagsorden" where
    every line is a paragraph and the list's lines stand apart like the items')."""
    items = meeting.items
    return sum(
        1
        for k, item in enumerate(items)
        if not item.sections
        and item.case_number is None
        and any(later.title == item.title for later in items[k + 1 :])
    )


def _numbered_in_turn(meeting: ParsedMeeting) -> bool:
    """Whether the items' numbers rise from each item to the next."""
    numbers = [item.number for item in meeting.items]
    return all(a < b for a, b in pairwise(numbers))


def _section_label(text: str) -> bool:
    """Whether ``text`` (a line without its colon) is the label of an item's section
    (``Beslutning``, ``Indstilling``, ``Beslutning i Byrådet den 14-03-2023``)."""
    return heading_key(to_lines(text)[0]) is not None


def _reads_more(again: ParsedMeeting, kept: ParsedMeeting) -> bool:
    """Whether reading ``again`` finds more items than ``kept`` and places (nearly) as much
    of the text, or as many items and more of the text."""
    if len(again.items) > len(kept.items):
        return again.coverage >= kept.coverage - _REREAD_COVERAGE_SLACK
    return len(again.items) == len(kept.items) and again.coverage > kept.coverage


def parse_text(text: str, hints: SourceHints | None = None) -> ParsedMeeting:
    """Parse the text of one minutes document (see the module docstring)."""
    title, text = split_page_title(text)
    written = text
    # (each line its own paragraph: a line that goes on the one above is set back under it)
    text = wrapped_lines_joined(text)
    if title:
        hints = replace(hints or SourceHints(), page_title=title)
    try:
        meeting = parse_lines(prepare(text), hints)
    except NotMinutes as failure:
        # A text with no blank line at all that no layout reads (a .txt saved from Word):
        # read again with its paragraph breaks restored; the first failure's reason stands
        # where that fails too.
        restored = paragraphs_restored(written)
        if restored is not written:
            try:
                meeting = parse_lines(prepare(restored), hints)
            except NotMinutes:
                raise failure from None
        # every line break doubled (each line a paragraph): undone, its breaks restored
        elif (reread := _lines_as_paragraphs_reread(written, None, hints, text)) is not None:
            meeting = reread
        else:
            raise
    else:
        meeting = _lines_as_paragraphs_reread(written, meeting, hints, text)
    if meeting.start_time is None and (first := programme_first_slot(text)):
        # (a seminar's header names its days, its programme the hour it begins)
        meeting = replace(meeting, start_time=first)
    return meeting


__all__ = [
    "LAYOUTS",
    "LAYOUT_NAMES",
    "SETTINGS_ORIGIN",
    "UNKNOWN_FORUM",
    "SourceHints",
    "hints_from_path",
    "parse_lines",
    "parse_text",
]
