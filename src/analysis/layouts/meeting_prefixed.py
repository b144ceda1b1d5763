"""Item headings led by the meeting's short name (pure).

Some agenda systems export each item's heading with the meeting it belongs to in front:
the forum's abbreviation and the meeting's day, then the item's number in the year and
its title (``ØU 1/9 – pkt. 118: Halvårsregnskab 2025``, ``KB 24.02.2025 - Punkt 12:
Title``). The lead is the same on every item and no part of the title; without it the
heading is the common ``Pkt. 118: Title``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from analysis.parse import line_start_test

#: The lead (the forum's abbreviation in two to five capitals, perhaps the day: never a
#: word such as "Lukket" in "Lukket punkt 12", which the heading grammar reads itself),
#: then "pkt." or "punkt" and the number, then the title.
_PREFIXED = re.compile(
    r"^(?P<md>#{1,6}[ \t]+)?(?P<lead>[A-ZÆØÅ]{2,5}"
    r"(?:[ \t]+\d{1,2}[./-]\d{1,2}(?:[./-](?:19|20)?\d{2})?)?)"
    r"[ \t]*(?:[-–—:|][ \t]*)?(?i:pkt\.?|punkt)[ \t]*(?P<num>\d{1,4})[ \t]*[:.\-–]?[ \t]+"
    r"(?P<title>[A-ZÆØÅ0-9\"«].*)$",
    re.MULTILINE,
)
#: The item's word and number ("pkt. 118", "Punkt 12", "PKT 3"): the cheap search (a
#: literal start the regex engine looks for fast), whose lines alone are then tried.
_WORD_NUMBER = re.compile(r"kt\.?[ \t]*\d")
_WORD_NUMBER_UPPER = re.compile(r"KT\.?[ \t]*\d")


def _prefixed_lines(
    text: str, hits: list[re.Match[str]], pattern: re.Pattern[str], reach: int
) -> list[re.Match[str]]:
    """The lines ``pattern`` matches whole, of those a cheap search hit within ``reach``
    characters of the line's start (each line tried once)."""
    found: list[re.Match[str]] = []
    done = -1
    for hit in hits:
        start = text.rfind("\n", 0, hit.start()) + 1
        if start <= done or hit.start() - start > reach:
            continue  # (a line already tried, or the hit too far in to follow a lead)
        end = text.find("\n", hit.end())
        done = start
        m = pattern.match(text, start, len(text) if end < 0 else end)
        if m is not None:
            found.append(m)
    return found


def _plain_heading(m: re.Match[str]) -> str:
    """``Pkt. N: Title`` (a contents line led by its open or closed mark: ``N. Title``)."""
    if m.groupdict().get("mark"):
        return f"{m.group('num')}. {m.group('title')}"
    return f"{m.group('md') or ''}Pkt. {m.group('num')}: {m.group('title')}"


def _rewritten(
    text: str,
    found: list[re.Match[str]],
    least: int,
    write: Callable[[re.Match[str]], str] = _plain_heading,
) -> str:
    """``text`` with the found lines of the lead most of them share rewritten by ``write``
    (plain headings, ``Pkt. N: Title``), where at least ``least`` share it; as it was
    otherwise."""
    if len(found) < least:
        return text
    lead, n = Counter(m.group("lead") for m in found).most_common(1)[0]
    if n < least:
        return text
    out: list[str] = []
    pos = 0
    for m in found:
        if m.group("lead") != lead:
            continue
        out.append(text[pos : m.start()])
        out.append(write(m))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


#: ``"KT" in text`` as a literal regex search (Python 3.11 looks for a needle of two
#: characters slowly: several times faster in a text that holds none).
_CAPS_KT = re.compile("KT").search


def unprefixed_headings(text: str) -> str:
    """``text`` with item headings led by the meeting's short name written ``Pkt. N:
    Title``, where two headings or more share the lead; as it was otherwise."""
    hits = list(_WORD_NUMBER.finditer(text))
    if _CAPS_KT(text):  # "PKT. 3", "PUNKT 3" in capitals
        hits = sorted([*hits, *_WORD_NUMBER_UPPER.finditer(text)], key=lambda h: h.start())
    return _rewritten(text, _prefixed_lines(text, hits, _PREFIXED, 40), 2)


#: "DIR: 3. Title": the forum's abbreviation before the item's number (a secretary's Word
#: template leading every heading with it), the title after the number.
_LEAD_BEFORE_NUMBER = re.compile(
    r"^(?P<md>#{1,6}[ \t]+)?(?P<lead>[A-ZÆØÅ]{2,5}):[ \t]+"
    r"(?P<num>\d{1,3})\.[ \t]+(?P<title>[A-ZÆØÅ0-9\"«].*)$",
    re.MULTILINE,
)
_HAS_LEAD_BEFORE_NUMBER = line_start_test(_LEAD_BEFORE_NUMBER)
#: ": 1. ": the cheap gate (a regular expression's literal search, some 3 µs a page; the
#: template leads item 1's heading too), with the white space ``_LEAD_BEFORE_NUMBER`` reads
_FIRST_LED = re.compile(r":[ \t]+1\.[ \t]")


def numbers_before_leads(text: str) -> str:
    """``text`` with item headings led by the forum's abbreviation before their number
    (``DIR: 3. Title``) written ``3. DIR: Title``, the abbreviation kept with the title as
    the corpus's ``CF - Title`` is, where two lines or more share the lead; as it was
    otherwise."""
    if _FIRST_LED.search(text) is None or not _HAS_LEAD_BEFORE_NUMBER(text):
        return text
    return _rewritten(text, list(_LEAD_BEFORE_NUMBER.finditer(text)), 2, _number_first)


def _number_first(m: re.Match[str]) -> str:
    """``N. LEAD: Title``: the number before the abbreviation, which stays with the title."""
    return f"{m.group('md') or ''}{m.group('num')}. {m.group('lead')}: {m.group('title')}"


#: "ØU 31/25  Title": the forum's abbreviation, then the item's running number in the year
#: with the year (two or four digits) and the title after a gap or a dash; a contents
#: line may open with the item's open or closed mark ("ÅBEN  ØU 31/25  Title ..... 2").
_YEAR_PREFIXED = re.compile(
    r"^(?P<md>#{1,6}[ \t]+)?(?P<mark>(?i:åben|åbent|lukket)[ \t]+)?(?P<lead>[A-ZÆØÅ]{2,5})"
    r"[ \t]+(?P<num>\d{1,4})/(?:19|20)?\d{2}[ \t]*(?:[:.\-–][ \t]*|[ \t])[ \t]*"
    r"(?P<title>[A-ZÆØÅ0-9\"«].*)$",
    re.MULTILINE,
)
#: A number, a slash and a year's two digits, then a space: the cheap search.
_NUMBER_YEAR = re.compile(r"\d/\d{2}(?:\d{2})?[ \t:.\-–]")


def _number_year_hits(text: str) -> list[re.Match[str]]:
    """``list(_NUMBER_YEAR.finditer(text))``, each tried at the digit before a slash: a
    pattern led by a digit class is tried at every position of the text (~0.1 ms a page), a scan
    for the slash is fast. (No two of its matches overlap: each ends on a separator, and
    the next one's digit can only follow it.)"""
    hits: list[re.Match[str]] = []
    at = text.find("/", 1)
    while at >= 0:
        m = _NUMBER_YEAR.match(text, at - 1)
        if m is not None:
            hits.append(m)
        at = text.find("/", at + 1)
    return hits


def unprefixed_year_headings(text: str) -> str:
    """``text`` with item headings led by the forum's abbreviation and numbered through
    the year (``ØU 31/25  Title``, a committee's agenda system printing the points so)
    written ``Pkt. 31: Title``, where three lines or more share the lead (the contents
    list's lines, led by the open or closed mark, written ``31. Title``); as it was
    otherwise."""
    if "/" not in text:
        return text  # (one character looked for first: most texts hold no slash at all)
    found = _prefixed_lines(text, _number_year_hits(text), _YEAR_PREFIXED, 24)
    return _rewritten(text, found, 3)


#: "Møde nr. 14, kl. 08.00", "REFERAT AF KRISESTABSMØDE NR. 4": the meeting's number.
_MEETING_NUMBER = re.compile(r"møde\s+nr\.?\s*(?P<n>\d{1,3})\b", re.IGNORECASE)
#: "14.1  Situationsbillede", "## 14.2 Status": an item numbered after the meeting's number.
_MEETING_POINT = re.compile(
    r"^(?P<md>#{1,6}[ \t]+)?(?P<major>\d{1,3})\.(?P<minor>[1-9]\d?)\.?[ \t]+"
    r"(?P<title>[A-ZÆØÅ\"«].*)$",
    re.MULTILINE,
)


def unprefixed_meeting_points(text: str) -> str:
    """``text`` with items numbered after the meeting's number ("Møde nr. 14" over "14.1
    Situationsbillede", "14.2 …": a staff meeting often, its log ids "14-1" likewise) written
    ``1. Title``, ``2. …``, where two or more run from 1 in order under that number and no
    heading of the number alone groups them; as it was otherwise."""
    head = text[:3000].lower()
    if "øde nr" not in head or (number := _MEETING_NUMBER.search(head)) is None:
        return text
    major = number.group("n")
    if f"\n{major}." not in text and f" {major}." not in text:
        return text
    found = [m for m in _MEETING_POINT.finditer(text) if m.group("major") == major]
    if len(found) < 2 or [int(m.group("minor")) for m in found] != list(range(1, len(found) + 1)):
        return text
    if re.search(rf"(?m)^(?:#{{1,6}}[ \t]+)?{major}\.?[ \t]+[A-ZÆØÅ]", text):
        return text  # ("14 Beredskab" over "14.1 …": a numbered group's points)
    out: list[str] = []
    pos = 0
    for m in found:
        out.append(text[pos : m.start()])
        out.append(f"{m.group('md') or ''}{m.group('minor')}. {m.group('title')}")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
