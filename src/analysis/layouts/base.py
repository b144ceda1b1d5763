"""What every layout shares: the line pre-pass, page furniture, item-heading candidates,
contents lists, header facts and the assembly of a :class:`ParsedMeeting` (pure).

A layout module (``layouts/<family>.py``) says how its family marks the header, the
item headings and the decisions; this module holds the building blocks they combine:

* :func:`prepare` turns text into lines, splitting PDF text whose lines ran together;
* :func:`furniture` finds web controls and navigation (``Til toppen``, ``Udskriv``,
  ``Hent som PDF``, cookie banners, breadcrumbs): never titles, sections or decisions,
  and counted as furniture, not as lost text;
* :func:`candidates` finds every line shaped like a numbered item heading, with the
  evidence around it (a repeated title, a case number, a section heading, a web control);
* :func:`contents` finds a contents list (``Indholdsfortegnelse``, ``PUNKTER``,
  ``Dagsordenspunkter`` or a run of numbered lines) and :func:`match_contents` finds the
  item headings that agree with it; without one, :func:`chain` keeps the increasing run
  of numbered headings that carry evidence;
* :func:`read_header` reads the header facts in any of the families' forms;
* :func:`assemble` parses each item's body with the shared item grammar (``parse.py``)
  and cross-checks the contents list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from analysis import dates
from analysis.model import Item, ParsedMeeting, Participant
from analysis.parse import (
    BodyRules,
    Header,
    Line,
    NotMinutes,
    _parse_item,
    closed_title,
    decision_heading,
    finished_meeting,
    match_case_number,
    parse_participants,
    split_title,
    titles_match,
    to_lines,
    warn_odd_dates,
)
from analysis.vocab import SECTION_HEADINGS

# --- the pre-pass -----------------------------------------------------------------------

#: Where a flattened PDF line (Gentofte's abcdocz export) starts a new line: header keys,
#: the contents heading and contents entries "12 (Åben) Title ....... 4".
_FLAT_BREAKS = re.compile(
    r"\s+(?=(?:Referat af møde|Dagsorden til møde|Mødetidspunkt|Mødeafholdelse|Mødested|"
    r"Protokollen blev|Tilstede:|Til stede:|Fraværende:|Afbud:|Indholdsfortegnelse|"
    r"\d{1,3}\s+\((?:Åben|Lukket)\)\s))"
)
_FLAT_LEADER = re.compile(r"(\.{4,}\s*\d{1,4}|Indholdsfortegnelse)\s+")


def unflatten(text: str) -> str:
    """Split lines of several hundred characters where a header key or contents entry
    starts: PDF text extraction sometimes runs a whole page into one line."""
    if max(map(len, text.split("\n")), default=0) <= 400:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) > 400:
            line = _FLAT_LEADER.sub(r"\1\n", line)
            line = _FLAT_BREAKS.sub("\n", line)
        out.append(line)
    return "\n".join(out)


def prepare(text: str) -> list[Line]:
    """The lines of a document, flattened PDF text split first."""
    return to_lines(unflatten(text))


# --- page furniture ---------------------------------------------------------------------

_BULLET = re.compile(r"^(?:[-•*–·▪◦]|\u2022)\s*")
_FURNITURE = re.compile(
    r"^(?:til toppen|tilbage til toppen|til indholdsfortegnelse|tilbage til indholdsfortegnelse|"
    r"tilbage til forsiden|til forsiden|udskriv|print|printvenlig version|hent som pdf|"
    r"hent hele dagsordenen|kopier link|del(?: på \w+)?|del siden|luk|vis mere|vis alle|"
    r"læs mere|you are here|du er her(?:\s*:)?|forside\s*:?|skip to main content|"
    r"gå til indhold|spring til indhold|accepter(?: alle)?(?: cookies)?|afvis(?: alle)?|"
    r"cookie(?:s|indstillinger|politik)?|ok|menu|søg|\.)$",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_BREADCRUMB = re.compile(r"^(?:[^>›»/|\n]{1,40}\s[>›»|]\s){2,}[^>›»|\n]{1,60}$")


#: A page footer: "Albertslund Kommune · Rådhuset · Nordmarks Allé 1", "© 2024 …", CVR.
_FOOTER = re.compile(
    r"^(?:©|copyright\b)|\b(?:cvr|ean|p)-?(?:nr\.?|nummer)\s*:?\s*\d|"
    r"^[A-ZÆØÅ][\w\- ]{1,40}\b(?:Kommune|Regionskommune)\s*[·|•]\s",
    re.IGNORECASE,
)


#: Characters or words every footer, cookie notice or breadcrumb trail holds one of: a
#: line without any is tested no further (most lines are prose).
_HINTS = ("·", "|", "©", ">", "›", "»", "cookie", "Cookie", "COOKIE", "CVR", "cvr", "EAN")


_HINT = re.compile("|".join(re.escape(h) for h in _HINTS))
#: What a web control can start with (a bullet, or the first letter of one of the words).
_CONTROL_START = re.compile(r"^[-•*–·▪◦\u2022tTuUpPhHkKdDlLvVyYsSgGaAcCfFoOmM.]")


def is_furniture(text: str) -> bool:
    """True for a web control, a cookie notice, a page footer or a breadcrumb trail."""
    if (len(text) > 45 or not _CONTROL_START.match(text)) and not _HINT.search(text):
        return False  # controls are short; other furniture carries one of the hints
    text = _BULLET.sub("", text).strip()
    if not text:
        return False
    if _FURNITURE.match(text) or _BREADCRUMB.match(text) or _FOOTER.search(text):
        return True
    return (
        bool(_COOKIE.search(text))
        and len(text) < 400
        and (
            "accept" in text.lower()
            or "bruger cookies" in text.lower()
            or "samtykke" in text.lower()
        )
    )


#: Lines before this marker on a web page are the site's navigation, not the minutes.
_PRINT_MARKER = re.compile(r"^printvenlig version$", re.IGNORECASE)


def furniture(lines: list[Line]) -> set[int]:
    """Indexes of furniture lines; on a printable web page also the navigation above it."""
    out = {ln.index for ln in lines if ln.clean and is_furniture(ln.clean)}
    marker = next((ln for ln in lines[:80] if _PRINT_MARKER.match(ln.clean)), None)
    if marker is not None:
        out.update(ln.index for ln in lines[: marker.index] if not ln.blank)
    return out


# --- item-heading candidates ------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """A line that opens an item: its position in the line list, number and title."""

    pos: int
    number: int
    title: str
    #: Positions of other lines that belong to the heading (a number on a line of its
    #: own, the title repeated, the case-number line).
    consumed: tuple[int, ...] = ()
    case_number: str | None = None
    #: How much the text around the line says it is an item heading.
    evidence: int = 0
    #: The line was written as a heading (markdown / HTML heading, bold PDF line).
    styled: bool = False


@dataclass(frozen=True)
class TocEntry:
    """One line of a contents list."""

    title: str
    page: int | None
    pos: int
    number: int | None = None


_NUMBERED = re.compile(r"^(?P<num>\d{1,4})\s*(?:\.|\)|\s[-–])\s*(?P<title>\S.*)$")
_GLUED = re.compile(r"^(?P<num>\d{1,4})(?P<title>[A-ZÆØÅ][a-zæøå].*)$")
_PKT = re.compile(r"^(?:Pkt|Punkt)\.?\s*(?P<num>\d{1,4})\s*[.:)\-–]?\s*(?P<title>.*)$", re.I)
_NUMBER_ALONE = re.compile(r"^(?:(?:Pkt|Punkt)\.?\s*)?(?P<num>\d{1,4})\.?$", re.I)
_BARE = re.compile(r"^(?P<num>\d{1,4})\s+(?P<title>[A-ZÆØÅ\"'«(].*)$")
_OPEN_CLOSED = re.compile(r"^(?:åben|åbent|lukket)(?:\s+punkt)?$", re.IGNORECASE)
_OPEN_PREFIX = re.compile(
    r"^(?:(?P<oc1>åbent|åben|lukket)\s+(?P<num1>\d{1,4})\s+|(?P<num2>\d{1,4})\s+\("
    r"(?P<oc2>åben|åbent|lukket)\)\s+)(?P<title>\S.*?)(?:\s*(?:\.\s?){3,}[\s.]*(?P<page>\d{1,4}))?$",
    re.IGNORECASE,
)
_DOT_LEADER = re.compile(r"^(?P<title>.*?\S)\s*(?:(?:\.\s?){3,}|…+|\t)[\s.…]*(?P<page>\d{1,4})$")
_TRAILING_OPEN = re.compile(r"\s+(?:Åbent|Åben|Lukket)(?:\s+punkt)?$")
_SECTION_NUMBER = re.compile(r"^\d+\.\d")


def plausible_title(title: str) -> bool:
    """A numbered line's text can be an item title: it starts like a title and has words.

    "at godkende …" (a recommendation), "5. + 26." (a calendar), "1.5. …" (a section
    number) and "2018" are not titles.
    """
    title = title.strip()
    if len(title) < 2 or len(title) > 300 or _SECTION_NUMBER.match(title):
        return False
    first = title[0]
    if first.isalpha() and not first.isupper():
        return False
    if not (first.isalpha() or first.isdigit() or first in "\"'«(§"):
        return False
    return sum(ch.isalpha() for ch in title) >= 3


def _next_nonblank(lines: list[Line], pos: int, skip: set[int], limit: int = 4) -> list[int]:
    out = []
    k = pos + 1
    while k < len(lines) and len(out) < limit:
        if not lines[k].blank and lines[k].index not in skip:
            out.append(k)
        k += 1
    return out


def _prev_nonblank(lines: list[Line], pos: int, skip: set[int]) -> int | None:
    k = pos - 1
    while k >= 0:
        if not lines[k].blank and lines[k].index not in skip:
            return k
        k -= 1
    return None


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _is_known_heading(text: str) -> bool:
    head = text.rstrip(":").strip().lower()
    if head in SECTION_HEADINGS:
        return True
    m = re.match(r"^([^:]{3,40}?)\s*:", text)
    return bool(m and m.group(1).lower() in SECTION_HEADINGS)


def _evidence(
    lines: list[Line], pos: int, title: str, skip: set[int]
) -> tuple[int, list[int], str | None]:
    """(evidence score, consumed positions, case number) from the lines after a heading."""
    score = 0
    consumed: list[int] = []
    case = None
    after = _next_nonblank(lines, pos, skip)
    want = _norm(title)
    repeated = False
    for rank, k in enumerate(after):
        text = lines[k].clean
        m = _NUMBERED.match(text) or _BARE.match(text)
        body = m.group("title") if m else text
        if rank <= 2 and want and _norm(body) == want and not repeated:
            consumed.append(k)  # the title repeated under the heading (or the case line)
            repeated = True
            score += 2
            continue
        found = match_case_number(text)
        if found and case is None and rank <= 2:
            case = found
            consumed.append(k)
            score += 2
            continue
        if is_furniture(text):
            score += 2 if rank == 0 else 0
            continue
        if _is_known_heading(text) or _OPEN_CLOSED.match(text):
            score += 2 if rank <= 1 else 1
        break
    prev = _prev_nonblank(lines, pos, skip)
    if prev is not None and is_furniture(lines[prev].clean):
        score += 1
    return score, consumed, case


def candidates(lines: list[Line], skip: set[int], start: int = 0) -> list[Head]:
    """Every line from ``start`` on shaped like a numbered item heading, with evidence.

    Forms: ``12. Title``, ``12.Title``, ``12Title``, ``Pkt. 12 Title``, ``• 301. Title``,
    a number alone with the title on the next line (``12`` / ``Title``, FirstAgenda and
    Drupal pages), and ``12 Title`` right under an "Åbent punkt" line.
    """
    out: list[Head] = []
    for pos in range(start, len(lines)):
        line = lines[pos]
        if line.blank or line.index in skip:
            continue
        text = _BULLET.sub("", line.clean).strip()
        number: int | None = None
        title = ""
        consumed: list[int] = []
        m = _NUMBER_ALONE.match(text)
        if m:
            nxt = _next_nonblank(lines, pos, skip, 1)
            if nxt:
                candidate = lines[nxt[0]].clean
                if (
                    plausible_title(candidate)
                    and not _is_known_heading(candidate)
                    and not match_case_number(candidate)
                    and not _NUMBER_ALONE.match(candidate)
                ):
                    number, title, consumed = int(m.group("num")), candidate, [nxt[0]]
        if number is None:
            for pattern in (_PKT, _NUMBERED, _GLUED):
                m = pattern.match(text)
                if m and plausible_title(m.group("title")):
                    number, title = int(m.group("num")), m.group("title").strip()
                    break
        opened_at = None
        if number is None:
            m = _BARE.match(text)
            prev = _prev_nonblank(lines, pos, skip)
            if m and prev is not None and _OPEN_CLOSED.match(lines[prev].clean):
                number, title = int(m.group("num")), m.group("title").strip()
                opened_at = prev  # "Åbent punkt" above "1 Title" opens the item
        if number is None:
            continue
        title = _TRAILING_OPEN.sub("", title).strip()
        last = consumed[-1] if consumed else pos
        score, more, case = _evidence(lines, last, title, skip)
        if _PKT.match(text):
            score += 1
        head_pos = pos
        if opened_at is not None:
            head_pos, consumed = opened_at, [pos, *consumed]
        out.append(
            Head(
                head_pos,
                number,
                title,
                tuple(consumed + more),
                case,
                score,
                bool(line.heading_level),
            )
        )
    return out


# --- contents lists ---------------------------------------------------------------------

_TOC_HEAD = re.compile(
    r"^(?:indholdsfortegnelse|indhold|punkter|dagsordens?punkter|punkter på dagsordenen|"
    r"dagsordenen|sagsliste|oversigt over punkter)\s*:?$",
    re.IGNORECASE,
)


def toc_entry(line: Line) -> TocEntry | None:
    """A line of a contents list in any family's form, else None."""
    text = _BULLET.sub("", line.clean).strip()
    m = _OPEN_PREFIX.match(text)
    if m:
        num = m.group("num1") or m.group("num2")
        page = m.group("page")
        return TocEntry(m.group("title").strip(), int(page) if page else None, line.index, int(num))
    m = _PKT.match(text)
    if m and plausible_title(m.group("title")):
        return TocEntry(m.group("title").strip(), None, line.index, int(m.group("num")))
    m = _NUMBERED.match(text) or _GLUED.match(text)
    if m and plausible_title(m.group("title")):
        title, page = m.group("title").strip(), None
        lead = _DOT_LEADER.match(title)
        if lead:
            title, page = lead.group("title").strip(), int(lead.group("page"))
        return TocEntry(title, page, line.index, int(m.group("num")))
    lead = _DOT_LEADER.match(text)
    if lead and "\t" not in text and plausible_title(lead.group("title")):
        # "Godkendelse af dagsorden ........ 3": a contents line that lost its number.
        return TocEntry(lead.group("title").strip(), int(lead.group("page")), line.index)
    return None


@dataclass
class Contents:
    """A contents list: its entries and the positions of its lines (heading included)."""

    entries: list[TocEntry]
    positions: set[int] = field(default_factory=set)
    #: Position after the list's last line.
    end: int = 0


def contents(lines: list[Line], skip: set[int]) -> Contents | None:
    """The document's contents list, if it has one.

    Either the lines under a contents heading (``Indholdsfortegnelse``, ``PUNKTER``,
    ``Dagsordenspunkter`` …), or the first run of two or more numbered lines with no other
    text between them and rising numbers (a list of titles, not yet the items).
    """
    for pos, line in enumerate(lines):
        if line.index in skip or not _TOC_HEAD.match(line.clean):
            continue
        found = _run(lines, pos + 1, skip, allow_gap_lines=True)
        if found and found.entries:
            found.positions.add(pos)
            return found
    for pos, line in enumerate(lines):
        if line.blank or line.index in skip:
            continue
        if toc_entry(line) is None:
            continue
        found = _run(lines, pos, skip, allow_gap_lines=False)
        if found and len(found.entries) >= 2:
            return found
    return None


def _run(lines: list[Line], pos: int, skip: set[int], allow_gap_lines: bool) -> Contents | None:
    """Consecutive contents entries from ``pos`` (blank lines between them allowed)."""
    entries: list[TocEntry] = []
    positions: set[int] = set()
    k = pos
    end = pos
    pending_gap = 0
    while k < len(lines):
        line = lines[k]
        if line.blank or line.index in skip:
            k += 1
            continue
        entry = toc_entry(line)
        rising = (
            not entries
            or entry is not None
            and (entry.number is None or (entry.number or 0) > (entries[-1].number or 0))
        )
        if entry is not None and rising:
            # A title line that repeats the previous entry's number is an item, not a list.
            entries.append(entry)
            positions.add(k)
            end = k + 1
            pending_gap = 0
            k += 1
            continue
        if not entries and allow_gap_lines and pending_gap < 2:
            # A line such as "Kommunalbestyrelsen 31-08-2015 18:00" under the heading.
            pending_gap += 1
            positions.add(k)
            k += 1
            continue
        break
    if not entries:
        return None
    return Contents(entries, positions, end)


def match_contents(heads: list[Head], toc: Contents) -> list[Head]:
    """The item headings that agree with the contents list, in its order.

    A heading agrees when its number is an entry's number (or the entry has none) and the
    titles match (the contents may shorten a title). Headings inside the list are not
    items; an entry whose heading is missing is left for :func:`assemble`.
    """
    out: list[Head] = []
    k = 0
    after = toc.end
    for entry in toc.entries:
        for j in range(k, len(heads)):
            h = heads[j]
            if h.pos < after or h.pos in toc.positions:
                continue
            same_number = entry.number is None or h.number == entry.number
            if same_number and (
                titles_match(entry.title, h.title) or _norm(entry.title) == _norm(h.title)
            ):
                out.append(h)
                k = j + 1
                after = h.pos + 1
                break
    return out


def chain(heads: list[Head], min_evidence: int = 1, max_step: int = 5) -> list[Head]:
    """The best increasing run of headings that carry evidence (no contents list).

    Item numbers rise through a document (1, 2, 3 … or 148, 149 … through the year);
    numbered lines in item bodies (a calendar, a list) either carry no evidence or break
    the rise. Dynamic programming over the candidates: the run with the most evidence.
    """
    cands = [h for h in heads if h.evidence >= min_evidence or h.styled]
    if not cands:
        return []
    best: list[float] = []
    back: list[int] = []
    for i, h in enumerate(cands):
        score, prev = 1.0 + h.evidence, -1
        for j in range(i):
            step = h.number - cands[j].number
            if 0 < step <= max_step:
                s = best[j] + 1.0 + h.evidence - 0.5 * (step - 1)
                if s > score:
                    score, prev = s, j
        best.append(score)
        back.append(prev)
    i = max(range(len(cands)), key=lambda x: (best[x], -x))
    out = []
    while i >= 0:
        out.append(cands[i])
        i = back[i]
    return out[::-1]


# --- header facts -----------------------------------------------------------------------

_FIELD = re.compile(
    r"^(?P<key>udvalg|forum|mødeforum|organ|dato|mødedato|tid|tidspunkt|mødetidspunkt|"
    r"starttidspunkt|sluttidspunkt|sted|mødested|mødelokale|mødeafholdelse|lokale|adresse|møde|"
    r"deltagere|mødedeltagere|til stede|tilstede|indkaldelse|indkaldte|medlemmer|"
    r"fraværende|afbud|stedfortrædere|stedfortræder|kommune)(?=[\s:]|$)\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_MEMBER_KEYS = {
    "deltagere": True,
    "mødedeltagere": True,
    "til stede": True,
    "tilstede": True,
    "indkaldelse": True,
    "indkaldte": True,
    "medlemmer": True,
    "stedfortræder": True,
    "stedfortrædere": True,
    "fraværende": False,
    "afbud": False,
}
_DOC_WORD = r"(?:referat|dagsorden|beslutningsprotokol|protokol)"
#: "Økonomiudvalget – Referat – 1. oktober 2018"
_TITLE_DASHED = re.compile(
    rf"^(?P<forum>.+?)\s+[–—-]\s+(?P<kind>{_DOC_WORD})\s+[–—-]\s+(?P<rest>.+)$", re.I
)
#: "Referat - Byrådet - 12. juni 2024"
_TITLE_KIND_FIRST = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+[–—-]\s+(?P<forum>[A-ZÆØÅ].+?)\s+[–—-]\s+(?P<rest>\S.*)$", re.I
)
#: "Referat fra Økonomiudvalgets møde den 3. maj 2024" (the forum in the genitive)
_TITLE_GENITIVE = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?:af|fra|for|til)\s+(?P<forum>[A-ZÆØÅ].+?)s\s+"
    r"(?:ordinære\s+|ekstraordinære\s+)?møde(?:\s+(?:den|d\.)\s+(?P<rest>\S.*))?$",
    re.I,
)
#: "Referat af møde i Kommunalbestyrelsen", "Dagsorden for Byrådet den 3. maj 2020"
_TITLE_OF = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?:af|fra|for|til)\s+(?:(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+)?"
    rf"møde(?:t)?\s+i\s+)?(?P<forum>[A-ZÆØÅ].+?)(?:\s+(?:den|d\.)\s+(?P<rest>\d.*))?$",
    re.I,
)
#: "REFERAT Chefforum d. 03-02-2022" (the agenda system's title line)
_TITLE_FORUM_DATE = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?P<forum>[A-ZÆØÅ].+?)\s+(?:d\.|den)\s*(?P<rest>\d.*)$", re.I
)
#: A dated line that says what the document is: "Referat fra mødet den 4. april 2023 …".
_KIND_WORD = re.compile(rf"^({_DOC_WORD})\b", re.I)
#: "Dagsorden 8. oktober 2025 kl. 16.00", "Referat" alone
_TITLE_KIND = re.compile(rf"^(?P<kind>{_DOC_WORD})(?:\s+(?P<rest>\d.*))?$", re.I)
_BODY_NOUN = re.compile(
    r"(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|forum|råd(?:et)?|magistrat(?:en)?|"
    r"bestyrelse(?:n)?|direktion(?:en)?|repræsentantskab(?:et)?|borgerrepræsentation(?:en)?|"
    r"udvalget for .+|udvalg for .+)$",
    re.IGNORECASE,
)
_PARTY = re.compile(
    r"^(?:(?P<chair>formand|næstformand|borgmester)\s+)?(?P<name>[^()]+?)\s*(?:\((?P<role>[^()]*)\))?\s*$",
    re.I,
)


def looks_like_body(text: str) -> bool:
    """True for a name such as "Børne- og Skoleudvalget", "Herning Byråd", "Chefforum"."""
    text = text.strip()
    return 2 < len(text) <= 90 and bool(_BODY_NOUN.search(text)) and text[0].isupper()


def _kind(word: str) -> str:
    return "dagsorden" if word.lower().startswith("dagsorden") else "referat"


def _people_line(value: str, present: bool) -> list[Participant]:
    value = re.sub(r"\s+og\s+(?=[A-ZÆØÅ])", ", ", value.strip().rstrip("."))
    people = parse_participants(value)
    return [_person(p.name + (f" ({p.role})" if p.role else ""), present) for p in people]


def _person(text: str, present: bool) -> Participant:
    text = _BULLET.sub("", text).strip()
    m = _PARTY.match(text)
    if not m:
        return Participant(text, None, present)
    role = (m.group("role") or "").strip() or None
    chair = m.group("chair")
    if chair and role:
        role = f"{chair.capitalize()}, {role}"
    elif chair:
        role = chair.capitalize()
    return Participant(m.group("name").strip(), role, present)


def _date_and_time(text: str) -> tuple[dt.date | None, str | None]:
    found = dates.find_date(text)
    if found is None:
        return None, dates.parse_time(text)
    return found.date, found.time or dates.parse_time(text[found.end :])


def read_header(lines: list[Line], skip: set[int], placed: set[int]) -> Header:
    """Header facts from the lines before the first item (or the contents list).

    Reads ``Key: value`` fields, labels above their values (``UDVALG`` / ``Børne- og
    Skoleudvalget``), title lines (``<forum> – Referat – <date>``, ``Referat af møde i
    <forum>``, ``REFERAT <forum> d. <date>``, ``Dagsorden <date> kl. …``), a lone
    ``Referat`` followed by forum, date and place lines, member lists (inline, bullets or
    one name a line) and a municipality named as an institution.
    """
    head = Header()
    date_rank = 9  # lower is surer: 0 a date field, 1 a title line, 2 a lone date line
    k = 0
    after_kind = False  # just after a lone "Referat": forum, date, place may follow
    while k < len(lines):
        line = lines[k]
        if line.blank or line.index in skip:
            k += 1
            continue
        text = line.clean
        if _TOC_HEAD.match(text):
            break
        invalid = dates.invalid_date_in(text)
        if invalid and head.invalid_date is None:
            head.invalid_date = invalid
        m = _FIELD.match(text)
        if m and m.group("value").strip() and not _colon_ok(m):
            m = None  # "Mødelokale A, …", "Tid til …": a sentence, not a field
        if m:
            key, value = m.group("key").lower(), m.group("value").strip()
            taken = [k]
            if key in _MEMBER_KEYS:
                names, k2 = _member_values(lines, k, value, skip)
                head.participants += (
                    [_person(n, _MEMBER_KEYS[key]) for n in names]
                    if not value
                    else _people_line(value, _MEMBER_KEYS[key])
                )
                placed.update(lines[j].index for j in range(k, k2) if not lines[j].blank)
                k = k2
                continue
            if not value:  # label above its value
                nxt = _next_nonblank(lines, k, skip, 1)
                if (
                    nxt
                    and not _field_match(lines[nxt[0]].clean)
                    and not _TOC_HEAD.match(lines[nxt[0]].clean)
                ):
                    value = lines[nxt[0]].clean
                    taken.append(nxt[0])
            if value or key in ("sted", "mødested"):
                _field(head, key, value)
                if (
                    key in ("dato", "mødedato", "mødetidspunkt", "starttidspunkt")
                    and head.date
                    and date_rank > 0
                ):
                    date_rank = 0
                placed.update(lines[j].index for j in taken)
                k = taken[-1] + 1
                after_kind = False
                continue
        m = (
            _TITLE_DASHED.match(text)
            or _TITLE_KIND_FIRST.match(text)
            or _TITLE_GENITIVE.match(text)
            or _TITLE_OF.match(text)
            or _TITLE_FORUM_DATE.match(text)
        )
        if m and looks_like_body(m.group("forum")) or (m and m.re is _TITLE_FORUM_DATE):
            head.heading = head.heading or text
            head.document_type = head.document_type or _kind(m.group("kind"))
            head.forum = head.forum or m.group("forum").strip()
            rest = m.group("rest") or ""
            d, t = _date_and_time(rest)
            if d and date_rank > 1:
                head.date, date_rank = d, 1
            head.start_time = head.start_time or t
            placed.add(line.index)
            k += 1
            continue
        m = _TITLE_KIND.match(text)
        if m:
            head.document_type = head.document_type or _kind(m.group("kind"))
            head.heading = head.heading or text
            d, t = _date_and_time(m.group("rest") or "")
            if d and date_rank > 1:
                head.date, date_rank = d, 1
            head.start_time = head.start_time or t
            placed.add(line.index)
            after_kind = not m.group("rest")
            k += 1
            continue
        found = dates.find_date(text)
        place = _place_after(text[found.end :]) if found is not None and found.start <= 30 else None
        if found is not None and (len(text) - (found.end - found.start) <= 32 or place):
            # A line that is (mostly) a date: "02. sep 2020", "06-11-2018 kl. 13:00", or
            # "Mødet afholdt 4. juni 2020 kl. 16.00, Rådhuset, mødesal 1".
            if date_rank > 2:
                head.date, date_rank = found.date, 2
            head.start_time = head.start_time or found.time or dates.parse_time(text[found.end :])
            if place and head.location is None:
                head.location = place
            kind = _KIND_WORD.match(text)
            if kind and head.document_type is None:  # "Dagsorden til mødet 8. maj 2024 …"
                head.document_type = _kind(kind.group(1))
            placed.add(line.index)
            k += 1
            continue
        if head.forum is None and looks_like_body(text) and len(text) <= 60:
            head.forum = text  # a line of its own naming the body: "Beskæftigelsesudvalget"
            placed.add(line.index)
            k += 1
            continue
        if found is not None and date_rank > 3:
            head.date, date_rank = found.date, 3  # the header's first date, if nothing better
            head.start_time = head.start_time or found.time
        if after_kind and head.forum is None and looks_like_body(text):
            head.forum = text
            placed.add(line.index)
            k += 1
            continue
        if after_kind and head.forum and head.date and head.location is None and len(text) <= 120:
            head.location = text  # "Referat / <forum> / <date> / <place>"
            placed.add(line.index)
            after_kind = False
            k += 1
            continue
        k += 1
    return head


#: Keys the agenda systems write without a colon before the value ("Mødedato Torsdag …").
_NO_COLON_KEYS = {
    "mødedato", "mødested", "mødedeltagere", "mødetidspunkt", "mødeafholdelse",
    "starttidspunkt", "sluttidspunkt", "deltagere", "fraværende", "afbud", "tilstede",
    "til stede", "indkaldelse", "stedfortræder", "stedfortrædere",
}  # fmt: skip


def _field_match(text: str) -> re.Match[str] | None:
    """A header field ("Sted: …", "Mødedato …", a label alone), else None."""
    m = _FIELD.match(text)
    if m and m.group("value").strip() and not _colon_ok(m):
        return None
    return m


def _colon_ok(m: re.Match[str]) -> bool:
    """A field written with its value needs a colon unless its key is one written without."""
    if m.group("key").lower() in _NO_COLON_KEYS:
        return True
    return ":" in m.group(0)[len(m.group("key")) : m.start("value")]


_PLACE_AFTER = re.compile(
    r"^\s*(?:(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?\s*)?(?:,|\s[-–]\s|\s(?:i|på)\s)\s*"
    r"(?:(?:i|på)\s+)?(?P<place>[A-ZÆØÅ].{1,100})$"
)


def _place_after(rest: str) -> str | None:
    """The place written after a date (and time) on the same line, if any."""
    m = _PLACE_AFTER.match(rest)
    return m.group("place").strip(" .") if m else None


_BARE_TIME = re.compile(r"^\s*(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)\b", re.I)


def _field(head: Header, key: str, value: str) -> None:
    if key in ("udvalg", "forum", "mødeforum", "organ"):
        head.forum = value
    elif key in ("dato", "mødedato", "mødetidspunkt", "starttidspunkt"):
        d, t = _date_and_time(value)
        if d:
            head.date = d
        head.start_time = t or head.start_time
    elif key in ("tid", "tidspunkt"):
        # "Tidspunkt: 16.00 - 18.00": a time field may write the hour with a dot, no "kl."
        bare = _BARE_TIME.match(value)
        start = dates.parse_time(value) or (
            f"{int(bare.group(1)):02d}:{bare.group(2)}" if bare else None
        )
        head.start_time = start or head.start_time
    elif key in ("sted", "mødested", "mødelokale", "mødeafholdelse", "lokale", "adresse"):
        head.location = value or None
    elif key == "møde":
        if re.match(rf"^{_DOC_WORD}$", value, re.I):
            head.document_type = _kind(value)
    elif key == "kommune":
        head.municipality = value


def _member_values(lines: list[Line], k: int, value: str, skip: set[int]) -> tuple[list[str], int]:
    """Names under a member label (bullets or one name a line); position after them."""
    if value:
        return [value], k + 1
    names: list[str] = []
    j = k + 1
    while j < len(lines):
        line = lines[j]
        if line.blank or line.index in skip:
            j += 1
            continue
        text = line.clean
        if _field_match(text) or _TOC_HEAD.match(text) or len(text) > 90 or text.endswith("."):
            break
        if dates.find_date(text) is not None:
            break
        names.append(text)
        j += 1
    while j > k + 1 and lines[j - 1].blank:
        j -= 1
    return names, j


def place_known_lines(lines: list[Line], head: Header, placed: set[int]) -> None:
    """Header lines that only repeat what was read (a contents heading, "GENTOFTE
    KOMMUNE", "Aarhus Byråd - Byrådssalen") are placed, not reported as lost."""
    from analysis.municipalities import municipality_in

    known = [v for v in (head.forum, head.location) if v]
    for line in lines:
        if line.blank or line.index in placed:
            continue
        text = line.clean
        rest = text
        for value in known:
            rest = rest.replace(value, " ")
        if (
            _TOC_HEAD.match(text)
            or not re.sub(r"[\W_]+", "", rest)
            or len(text) <= 60
            and municipality_in(text)
            and not re.sub(
                r"(?i)\b(?:kommune|regionskommune|byråd(?:et)?)\b|[\W_]+", "", _strip_names(text)
            )
        ):
            placed.add(line.index)


def _strip_names(text: str) -> str:
    from analysis.municipalities import municipalities

    out = text
    for m in municipalities():
        out = re.sub(re.escape(m.name) + "s?", "", out, flags=re.IGNORECASE)
    return out


def forum_from_body(lines: list[Line], date: dt.date | None) -> str | None:
    """The forum named in the body as the body deciding on the meeting's date.

    "Beslutning i Økonomiudvalget den 1. oktober 2018:", "Børne- og Skoleudvalget den 6.
    november 2018:", "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42", "Social- og
    Sundhedsudvalget den 2. september 2020" (Høring og sagsgang), "Sagsnr. 299835
    Kultur- og Idrætsudvalget Åbent punkt": the most frequent such name wins.
    """
    votes: Counter[str] = Counter()
    for line in lines:
        text = line.clean.strip()
        if not text or len(text) > 140:
            continue
        found = decision_heading(text) or _bare_body_date(text)
        if found and found[0] and looks_like_body(found[0]) and (date is None or found[1] == date):
            votes[found[0]] += 1
            continue
        m = _CASE_FORUM.match(text)
        if m and looks_like_body(m.group("forum")):
            votes[m.group("forum").strip()] += 1
    if not votes:
        return None
    return votes.most_common(1)[0][0]


_CASE_FORUM = re.compile(
    r"^Sags?\s*nr\.?\s*:?\s*\S+\s+(?P<forum>[A-ZÆØÅ].+?)\s+(?:Åbent|Åben|Lukket)(?:\s+punkt)?$",
    re.I,
)
_BARE_BODY_DATE = re.compile(r"^(?P<body>[A-ZÆØÅ][^:]{2,80}?)\s+(?:den|d\.)\s+(?P<date>.+?)\s*:?$")


def _bare_body_date(text: str) -> tuple[str, dt.date | None] | None:
    m = _BARE_BODY_DATE.match(text)
    if not m or not looks_like_body(m.group("body")):
        return None
    found = dates.find_date(m.group("date"))
    if found is None or found.start > 0:
        return None
    return m.group("body"), found.date


def date_from_body(lines: list[Line]) -> dt.date | None:
    """The date the body's decision headings agree on (when the header gives none)."""
    votes: Counter[dt.date] = Counter()
    for line in lines:
        found = decision_heading(line.clean.strip())
        if found and found[1]:
            votes[found[1]] += 1
    return votes.most_common(1)[0][0] if votes else None


# --- assembly ---------------------------------------------------------------------------


@dataclass
class Found:
    """What a layout found: item headings, the contents list and where the header ends."""

    heads: list[Head]
    toc: Contents | None
    header_end: int
    #: Line indexes that are furniture (or otherwise not text of the minutes).
    skip: set[int] = field(default_factory=set)


def assemble(
    lines: list[Line],
    layout: str,
    found: Found,
    head: Header,
    placed: set[int],
    warnings: list[str],
) -> ParsedMeeting:
    """A :class:`ParsedMeeting` from the headings a layout found and the header facts."""
    if head.date is None:
        raise NotMinutes(
            (
                f"the meeting date '{head.invalid_date}' is not a real date (or its year is "
                f"outside {dates.MIN_YEAR}-{dates.MAX_YEAR}): correct it in the header"
                if head.invalid_date
                else "no meeting date found"
            )
            + f" (layout: {layout}; expected e.g. 'Dato: Onsdag den 6. februar 2019', "
            "'Mødedato: 3. januar 2024 kl. 9.00' or a title line with the date)"
        )
    skip = found.skip
    placed.update(skip)
    agenda = head.document_type == "dagsorden"
    rules = BodyRules(head.date, head.forum, agenda, frozenset(skip))
    toc_entries = found.toc.entries if found.toc else []
    if found.toc:
        placed.update(lines[p].index for p in found.toc.positions)
    heads = found.heads
    items: list[Item] = []
    odd: list[str] = []
    for k, h in enumerate(heads):
        end = heads[k + 1].pos if k + 1 < len(heads) else len(lines)
        placed.add(lines[h.pos].index)
        consumed = set(h.consumed)
        placed.update(lines[p].index for p in consumed)
        body = [
            ln for p, ln in enumerate(lines[h.pos + 1 : end], start=h.pos + 1) if p not in consumed
        ]
        item = _parse_item(
            h.number, h.title, body, head.date, placed, None, rules, h.case_number, odd
        )
        items.append(item)
    warn_odd_dates(odd, warnings)
    items = _with_contents(items, toc_entries, heads, lines, warnings)
    if not items:
        raise NotMinutes(f"no agenda items found (layout: {layout})")
    decided = [any(sec.key == "beslutning" for sec in it.sections) for it in items]
    if not agenda and len(items) > 1 and items[-1].sections and not decided[-1] and any(decided):
        warnings.append(
            f"the last item ({items[-1].number}) has no decision: the file may be cut short"
        )
    return finished_meeting(
        head, items, lines, placed, warnings, layout, head.document_type or "referat"
    )


def _with_contents(
    items: list[Item],
    toc: list[TocEntry],
    heads: list[Head],
    lines: list[Line],
    warnings: list[str],
) -> list[Item]:
    """Items with their contents line attached; entries without a heading become items
    of their own (title only) when the document stops before their text."""
    from dataclasses import replace

    if not toc:
        return items
    by_number = {h.number: i for i, h in enumerate(heads)}
    out = list(items)
    used: set[int] = set()
    for entry in toc:
        i = by_number.get(entry.number) if entry.number is not None else None
        if i is None:
            i = next(
                (
                    j
                    for j, it in enumerate(items)
                    if j not in used and titles_match(entry.title, it.raw_title)
                ),
                None,
            )
        if i is not None and i not in used:
            used.add(i)
            out[i] = replace(out[i], toc_title=entry.title, toc_page=entry.page)
    missing = [e for e in toc if e.number is None or e.number not in by_number]
    missing = [e for e in missing if not any(titles_match(e.title, it.raw_title) for it in items)]
    if missing:
        # Entries numbered after the last heading: the document stops before their text.
        last_number = heads[-1].number if heads else 0
        cut = [e for e in missing if (e.number or 0) > last_number]

        for e in missing:
            title, bodies, duration = split_title(e.title)
            title, closed = closed_title(title)
            out.append(
                Item(
                    number=e.number if e.number is not None else len(out) + 1,
                    raw_title=e.title,
                    title=title,
                    bodies=bodies,
                    closed=closed,
                    case_number=None,
                    proposer=None,
                    duration_min=duration,
                    sections=(),
                    recommendations=(),
                    attachments=(),
                    references=(),
                    toc_title=e.title,
                    toc_page=e.page,
                )
            )
        numbers = ", ".join(str(e.number) for e in missing if e.number is not None)
        if heads and len(cut) == len(missing):
            warnings.append(
                f"the document stops before the text of item(s) {numbers}: it may be cut off; "
                "their titles are taken from the table of contents"
            )
        elif not heads:
            warnings.append(
                "only the table of contents was found (no item text): items are its lines"
            )
        else:
            warnings.append(
                f"item(s) {numbers or len(missing)} of the table of contents have no text in "
                "the document; their titles are taken from the table of contents"
            )
        out.sort(key=lambda it: it.number)
    return out


# --- the shared flow --------------------------------------------------------------------


def absorb_duplicates(
    heads: list[Head], cands: list[Head], lines: list[Line], toc: Contents | None = None
) -> list[Head]:
    """Headings with the lines that announce them: a candidate not taken whose number and
    title repeat a chosen heading just below it (an accordion header "• Pkt. 43 Title"
    above "Pkt. 43" / "Title") belongs to that heading, not to the item before. Never a
    contents line, and never above the previous heading's own lines."""
    from dataclasses import replace

    chosen = {h.pos for h in heads}
    listed = toc.positions if toc else set()
    out = []
    floor = -1
    for h in heads:
        extra = [
            c.pos
            for c in cands
            if c.pos not in chosen
            and c.pos not in listed
            and c.number == h.number
            and floor < c.pos < h.pos
            and sum(1 for ln in lines[c.pos : h.pos] if not ln.blank) <= 6
            and (titles_match(c.title, h.title) or _norm(c.title) == _norm(h.title))
        ]
        if extra:
            start = min(extra)
            h = replace(h, pos=start, consumed=(*h.consumed, *([h.pos] if h.pos != start else [])))
            h = replace(h, consumed=tuple(p for p in h.consumed if p != start))
        out.append(h)
        floor = max([h.pos, *h.consumed])
    return out


def parse_numbered(
    lines: list[Line],
    layout: str,
    extra_skip: set[int] | None = None,
    min_evidence: int = 1,
) -> ParsedMeeting:
    """Parse a document whose items are numbered headings (every family but the agenda
    system's ``Punkt N:``): contents list first, else the increasing run with evidence."""
    skip = furniture(lines) | (extra_skip or set())
    cands = candidates(lines, skip)
    strong = [h.pos for h in cands if h.evidence >= 2]
    toc = contents(lines[: strong[0]] if strong else lines, skip)
    if toc is not None and len(toc.entries) < 2:
        toc = None
    heads = match_contents(cands, toc) if toc else []
    if not heads:
        heads = chain(cands, min_evidence)
        if toc:  # keep what the contents list says about them
            heads = [h for h in heads if h.pos >= toc.end]
    heads = absorb_duplicates(heads, cands, lines, toc)
    if not heads and toc is None:
        raise NotMinutes(
            f"no agenda items found (layout {layout}: expected numbered item headings such "
            "as '1. <title>' under a contents list, 'Pkt. 1', or 'Punkt 1: <title>')"
        )
    starts = [h.pos for h in heads] + ([min(toc.positions)] if toc and toc.positions else [])
    header_end = min(starts) if starts else len(lines)
    placed: set[int] = set()
    warnings: list[str] = []
    head = read_header(lines[:header_end], skip, placed)
    if head.date is None:
        head.date = date_from_body(lines)
    if not head.forum:
        head.forum = forum_from_body(lines, head.date)
    place_known_lines(lines[:header_end], head, placed)
    found = Found(heads, toc, header_end, skip)
    return assemble(lines, layout, found, head, placed, warnings)
