"""An agenda portal's side menu of committees (pure).

A municipality's minutes page printed or saved from its agenda portal keeps the portal's
left-hand navigation above the minutes: a heading "Udvalg" (or "Udvalg og råd",
"Politiske udvalg") over a bulleted list of the bodies whose minutes the portal holds,
one name a line, and "Møder 2021" over the dates of the body's meetings. The names and
dates are no members, no item and no header of this meeting (the meeting's own date is
in its header).
"""

from __future__ import annotations

import re

from analysis.parse import BODY_WORDS, Line

#: The menu's heading: "Udvalg", "Udvalg og råd", "Politiske udvalg", "Fagudvalg"; "Politik"
#: (the site's section, over its bodies' names: an old portal's left-hand table cell).
_HEAD = re.compile(
    r"^(?:politiske\s+|alle\s+)?(?:fag)?udvalg(?:\s+og\s+(?:råd|nævn|råd\s+og\s+nævn))?$"
    r"|^råd\s+og\s+nævn$|^politik$",
    re.IGNORECASE,
)


def section_heading(text: str) -> bool:
    """Whether ``text`` is such a heading: the site's section of all its bodies
    ("Politiske udvalg", "Udvalg og råd"), a plural or the bare kind, no one body's name
    (a page's running title "<Kommune> - Politiske udvalg" names the section, the body the
    page is of stands on its own line under it)."""
    return _HEAD.match(text.strip()) is not None


#: "Møder 2021", "Mødedatoer", "Tidligere møder": the heading of the body's meetings.
_MEETINGS_HEAD = re.compile(r"^(?:tidligere\s+)?møde(?:r|datoer)(?:\s+\d{4})?$", re.I)
#: "- 21-06-2021": one meeting's date as a bulleted entry.
_DATE_ENTRY = re.compile(r"^[-•*]\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
#: "- Social- og Seniorudvalget": one body's name as a bulleted entry (or a link a line,
#: unbulleted, in an old portal's menu cell: "Klima-, Natur- og Miljøudvalget"); the body
#: word may be a word of its own in capitals ("Erhvervs Udvalg", "Grønt Råd": a menu
#: prints names as the bodies write them).
_BODY_ENTRY = re.compile(rf"^(?:[-•*]\s+)?[A-ZÆØÅ][^:.]{{0,60}}(?i:{BODY_WORDS})$")
#: "- Udvalget for Børn og Læring", "- Senior og Sundhed": a body named by what it covers
#: (its name opening with the body word, or the area alone), bulleted and short; part of
#: the menu only among three or more names that say they are bodies.
_AREA_ENTRY = re.compile(r"^[-•*]\s+[A-ZÆØÅ][\w ,-]{0,45}$")


#: Lines of a page's top, where an old portal's menu cell of unbulleted names stands.
_TOP = 30


def committee_menu(lines: list[Line]) -> set[int]:
    """Indexes of such a menu: its heading (a heading or a line alone, no colon) and the
    three or more body names right under it (a blank line after the heading allowed),
    with a list of two or more meeting dates under "Møder 2021" beside it."""
    out: set[int] = set()
    bodies: set[int] = set()
    for k, line in enumerate(lines):
        text = line.clean
        if not text or len(text) > 32 or text[:1] not in "UuPpAaFfRrMmTt":
            continue
        if _HEAD.match(text):
            entry, least = _BODY_ENTRY, 3
        elif _MEETINGS_HEAD.match(text):
            entry, least = _DATE_ENTRY, 2
        else:
            continue
        entries: list[int] = []
        named = 0  # entries that say they are bodies (or dates)
        for nxt in lines[k + 1 : k + 40]:
            if nxt.blank and not entries:
                continue
            if nxt.blank:
                break
            if entry.match(nxt.clean):
                named += 1
            elif not (entry is _BODY_ENTRY and _AREA_ENTRY.match(nxt.clean)):
                break
            if k >= _TOP and nxt.clean[:1] not in "-•*":
                break  # (unbulleted names only in the page's top: lower, a list of the text)
            entries.append(nxt.index)
        if named >= least:
            found = {line.index, *entries}
            if entry is _BODY_ENTRY:
                bodies |= found
            out |= found
    # the list of meeting dates only beside the list of bodies: alone it may be the
    # minutes' own ("Møder i 2025:" over the year's dates in a plan)
    return out if bodies else set()
