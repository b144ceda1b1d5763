"""The forum as a heading spells it out in full, where the header took a shorter name.

An e-mail's subject ("Emne: Referat fra centerchefmøde Voksen & Sundhed 5/6"), a wiki
page's front matter (``title: "AMU Skoleområdet – referat …"``) or a Word page header
("LokalMED Jobcenter Vordingborg") names the forum in short, and the document's own heading
under it names it in full: "CENTERCHEFMØDE – VOKSEN & SUNDHED", "# Arbejdsmiljøudvalget for
Skoleområdet (AMU-Skole)", "## LokalMED – Jobcenter og Ydelse". The header reads the short
name first; the heading is the body's name as it writes it. Only a heading that holds every
word of the short name (a name of two words or more: one word, "Byrådet", is no short name
a heading could spell out, save a body named by its owner, "Bestyrelsen" under "Bestyrelsen
for Svendborg Ungdomsskole") and is no sentence, date or title of the document.
"""

from __future__ import annotations

import re

from analysis.municipalities import municipality_from_folder
from analysis.parse import Line

#: Words and abbreviations: "LokalMED", "AMU-Skole" -> "amu", "skole"; "&" is none.
_WORD = re.compile(r"[^\W_]+")
#: A heading naming the document or the meeting rather than the body ("Referat fra …",
#: "Dagsorden", "Møde i …", "Grønt Forum Aalborg – mødenoter"), or the municipality
#: ("VORDINGBORG KOMMUNE").
_NO_NAME = re.compile(
    r"\b(?:referat|dagsorden|beslutningsprotokol|protokol|notat|møde|mødet|mødenoter|noter|"
    r"kommune|region)\b",
    re.I,
)
#: How far down a heading may be: the title block, not an item's text.
_TOP_LINES = 40


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def fuller_heading_forum(forum: str | None, lines: list[Line], placed: set[int]) -> str | None:
    """The heading in ``lines`` that names ``forum`` in full (see the module), the line
    placed; else None."""
    short = _words(forum or "")
    owned = len(short) == 1 and short[0] in _OWNED_BODIES
    if len(short) < 2 and not owned:
        return None
    filled = [ln for ln in lines if not ln.blank][:_TOP_LINES]
    for line in filled:
        text = line.clean.strip().lstrip("#").strip()
        if len(text) > 80 or any(ch.isdigit() for ch in text) or text[-1:] in ".:!?":
            continue
        capitals = text.isupper()
        if not (line.heading_level or capitals) or _NO_NAME.search(text):
            continue
        if text.casefold() == (forum or "").casefold():
            continue
        if capitals:
            if _words(text) != short:
                continue  # "CENTERCHEFMØDE – VOKSEN & SUNDHED": only the joint added
            text = _cased_as(text, forum or "")
        elif owned:
            if not _owner_after(text, short[0]):
                continue
        elif not (_continues(text, short) or _abbreviated(text, short)):
            continue
        placed.add(line.index)
        return text
    return None


#: One-word bodies that are named by their owner ("Bestyrelsen", "Styregruppen"): the
#: header's word alone is a short name a heading may spell out, "Bestyrelsen for Svendborg
#: Ungdomsskole" (a template's page header names the body as "Bestyrelsen", its heading in
#: full; "Byrådet" or "Direktionen" alone is the body's whole name).
_OWNED_BODIES = frozenset(
    {"bestyrelsen", "styregruppen", "styrelsen", "repræsentantskabet", "følgegruppen"}
    | {"arbejdsgruppen", "brugerrådet", "forretningsudvalget", "præsidiet"}
)


def _owner_after(text: str, word: str) -> bool:
    """Whether ``text`` is the one-word body's name with its owner after "for" ("Bestyrelsen
    for Svendborg Ungdomsskole", "Styregruppen for Sundhedshus Vest"): the name, two to six
    words of the owner, no separator."""
    found = _words(text)
    return (
        len(found) >= 3
        and found[0] == word
        and found[1] == "for"
        and len(found) <= 8
        and _SEPARATOR.search(text) is None
    )


#: What parts a name from what follows it: a dash, bar, colon, point or comma between
#: words ("Chefgruppen Børn og Unge – beslutningsnotat", "Byråd - Byrådssalen").
_SEPARATOR = re.compile(r"\s[–—|·-]\s|[:,]")


def _continues(text: str, short: list[str]) -> bool:
    """Whether ``text`` opens with the short name's words in order (a joint between them
    allowed: "LokalMED – Jobcenter") and goes on with no separator before the words it
    adds ("… og Ydelse"), so the words are the name's own, not a kind or place after it."""
    found = list(_WORD.finditer(text))
    if len(found) <= len(short) or [m.group(0).casefold() for m in found[: len(short)]] != short:
        return False
    gap = text[found[len(short) - 1].end() : found[len(short)].start()]
    return _SEPARATOR.search(gap) is None and len(found) <= len(short) + 6


#: "Arbejdsmiljøudvalget for Skoleområdet (AMU-Skole)": a name, its abbreviation in
#: brackets after it.
_NAME_ABBREVIATED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<abbr>[A-ZÆØÅ]{2,}(?:-[^\W\d_]+)*)\)$")


def _abbreviated(text: str, short: list[str]) -> bool:
    """Whether ``text`` is a name with its abbreviation in brackets ("… (AMU-Skole)") and
    the short name the abbreviation with words of the name ("AMU Skoleområdet")."""
    m = _NAME_ABBREVIATED.match(text)
    if m is None or _SEPARATOR.search(m.group("name")):
        return False
    abbreviation = m.group("abbr").split("-")[0].casefold()
    name = set(_words(m.group("name")))
    return abbreviation in short and all(w in name for w in short if w != abbreviation)


def _cased_as(capitals: str, forum: str) -> str:
    """A heading in capitals written with the forum's own casing, word by word."""
    cased = {w.casefold(): w for w in _WORD.findall(forum)}
    return _WORD.sub(lambda m: cased.get(m.group(0).casefold(), m.group(0)), capitals)


#: "Referat: ", "Dagsorden fra møde i ": the document's kind opening a page title's part.
_TITLE_KIND = re.compile(
    r"^(?:referat|dagsorden)(?:\s+(?:fra|af)(?:\s+mødet?\s+i)?)?\s*:?\s+", re.IGNORECASE
)
#: " Børn og Læring", " Teknik & Miljø": an area's name of one to four words after a body's
#: one word, each capitalised but the joints.
_AREA_AFTER = re.compile(r"^(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){1,4}$")


def fuller_in_page_title(forum: str | None, title: str | None) -> str | None:
    """The forum as a web page's ``<title>`` spells it out where the page's own heading
    names the body by one word ("Referat fra møde i Ledergruppen" under the title "Referat:
    Ledergruppen Børn og Læring 21.01.2025 - Intra Syddjurs": "Ledergruppen Børn og
    Læring"): a part of the title opening with that word, then the area's name and no
    more (the document's kind and a date left out); else None."""
    if not forum or not title or " " in forum.strip():
        return None
    from analysis.layouts.page_title import _DATE, _PARTS  # (imports the layouts' kinds)

    for part in _PARTS.split(title):
        part = " ".join(_DATE.sub(" ", part).split()).strip(" -–|,.")
        part = _TITLE_KIND.sub("", part)
        head, rest = part[: len(forum)], part[len(forum) :]
        if head.casefold() == forum.casefold() and _AREA_AFTER.match(rest):
            if municipality_from_folder(rest.strip()) is not None:
                continue  # "Seniorrådet Hedensted": the owner's bare name, no area's
            return forum + rest
    return None


#: The words a body's name cannot end on: a joint, a preposition ("Kontaktudvalget mellem
#: Ishøj Boligforening og", "Styregruppen for").
_OPEN_NAME_END = re.compile(r"(?:\s(?:og|mellem|for|i|til|om|af|med|vedrørende|samt)|\s&|,)$")


def wrapped_forum(forum: str | None, lines: list[Line]) -> str | None:
    """The forum's name going on in the line right under the line it ends, where the name
    stops on a joint or preposition ("Referat fra møde i Kontaktudvalget mellem X og" /
    "Y Kommune": a title line wrapped); else None. The rest: a short line of capitalised
    words, no figure, label or full stop."""
    if not forum or _OPEN_NAME_END.search(forum) is None:
        return None
    for k, line in enumerate(lines[: _TOP_LINES + 20]):
        if not line.clean.rstrip().endswith(forum) or k + 1 >= len(lines):
            continue
        rest = lines[k + 1].clean.strip()
        if (
            rest
            and len(rest) <= 50
            and rest[:1].isupper()
            and not any(ch.isdigit() for ch in rest)
            and not any(ch in rest for ch in ":.;|")
        ):
            return f"{forum} {rest}"
        return None
    return None
