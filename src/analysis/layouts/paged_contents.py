"""Unnumbered items under a paged contents list (pure).

Some agenda systems' Word exports number nothing: the contents list ("Indhold") gives
each item's title and page ("Godkendelse af dagsorden<TAB>2", or with a dot leader) and
each item opens with its title again as a heading. Tried, like the internal forums'
unnumbered notes, only where no numbered heading and no numbered contents list was found:
the items are numbered 1, 2, 3 … in the order of the list.
"""

from __future__ import annotations

import re

from analysis.layouts.headings import (
    Contents,
    Head,
    TocEntry,
    _norm,
    marks_off,
    plausible_title,
)
from analysis.layouts.marked import MARK
from analysis.parse import Line

#: The head of a contents list.
_HEAD = re.compile(r"^(?:indhold|indholdsfortegnelse|dagsordenspunkter)\s*:?$", re.I)
#: What such a head can start with (a markdown mark left on the line, or its first letter).
_HEAD_START = frozenset("#IiDd")
#: "Godkendelse af dagsorden<TAB>2", "Eventuelt ........ 4": a title and its page.
_PAGED = re.compile(r"^(?P<title>\S.*?\S)\s*(?:\t|(?:\.\s?){3,}|…+)[\s.…]*(?P<page>\d{1,3})$")
#: "Godkendelse af dagsorden   2" in plain text: the page set off by spaces only, which the
#: lines' tidying leaves as one ("… dagsorden 2"); read only where every entry of the list
#: is so written and the pages rise (see ``_entries``).
#: "Punkt:        Title", "Emne: Title": a template's field holding the point's title, the
#: item's heading where the contents list's titles are repeated in it.
_TITLE_FIELD = re.compile(r"^(?:punkt|emne|titel|overskrift)\s*(?::|\t)\s*", re.I)
_SPACED = re.compile(r"^(?P<title>\S.*?\S) (?P<page>\d{1,3})$")
#: The bullets a contents list's entries may open with ("- Title<TAB>2", "• Title …… 3").
_BULLETS = frozenset("-•*–·▪")


def _entries(lines: list[Line], pos: int, skip: set[int]) -> tuple[list[TocEntry], int]:
    """The paged entries under the head at ``pos`` (blank lines between them allowed), and
    the position after the last one."""
    entries: list[TocEntry] = []
    end = pos + 1
    spaced: bool | None = None  # whether the list sets its pages off by spaces alone
    for k in range(pos + 1, len(lines)):
        line = lines[k]
        if line.blank or line.index in skip:
            continue
        text = line.clean.strip()
        if text[:1] in _BULLETS and text[1:2] == " ":
            text = text[2:].lstrip()  # "- Title<TAB>2": a bulleted contents list's entry
        m = _PAGED.match(text) if spaced is not True else None
        if m is None and spaced is not False and text[-1:].isdigit():
            m = _SPACED.match(text)
        if not m or not plausible_title(m.group("title")):
            break
        if spaced is None:
            spaced = m.re is _SPACED
        page = int(m.group("page"))
        if entries and page < (entries[-1].page or 0):
            break  # pages rise through a contents list
        entries.append(TocEntry(m.group("title").strip(), page, line.index, len(entries) + 1))
        end = k + 1
    return marks_off(entries), end


def paged_items(lines: list[Line], skip: set[int]) -> tuple[list[Head], Contents] | None:
    """The headings that repeat, in order, the titles of a paged contents list with no
    numbers: at least two of them and most of the list, else None."""
    for pos, line in enumerate(lines):
        if (
            line.clean[:1] not in _HEAD_START
            or line.index in skip
            or not _HEAD.match(line.clean.strip("# "))
        ):
            continue
        entries, end = _entries(lines, pos, skip)
        if len(entries) < 2 or _numbered_list(entries):
            continue
        toc = Contents(entries, set(range(pos, end)), end)
        heads = repeated_titles(lines, toc, skip)
        if heads:
            return heads, toc
    return None


#: "II.  Budgetopfølgning …": an entry opening with its Roman numeral.
_ROMAN_MARK = re.compile(r"^[IVX]{1,6}\.\s")


def _numbered_list(entries: list[TocEntry]) -> bool:
    """Whether most entries open with a Roman numeral ("I.   Meddelelser ..... 1" under one
    unnumbered "Godkendelse af dagsorden"): a numbered contents list, whose items the
    numbered headings read, not a list of bare titles."""
    marked = sum(1 for e in entries if e.title[:1] in "IVX" and _ROMAN_MARK.match(e.title))
    return marked >= 2 and 2 * marked > len(entries)


def repeated_titles(lines: list[Line], toc: Contents, skip: set[int]) -> list[Head]:
    """The lines below the contents list that repeat its titles, in its order, as the
    items' headings: a contents list whose items' headings carry no number (Word's own
    heading numbers are lost in the export, or there were none). The items keep the
    list's numbers, else number 1, 2, 3 … in its order. At least two of them and most
    of the list, else none."""
    heads: list[Head] = []
    at = toc.end
    for k, entry in enumerate(toc.entries):
        want = _norm(entry.title)
        found = next(
            (
                p
                for p in range(at, len(lines))
                if lines[p].index not in skip
                and (
                    _norm(lines[p].clean) == want
                    or (
                        # ("Punkt:        Title" under a contents list of bare titles)
                        lines[p].clean[:1] in "PpEeTtOo"
                        and _norm(_TITLE_FIELD.sub("", lines[p].clean, count=1)) == want
                    )
                )
            ),
            None,
        )
        if found is not None:
            number = entry.number or k + 1
            above = lines[found - 1].clean if found else ""
            if above[:1] in "ÅåLl" and MARK.match(above) and found - 1 >= at:
                # "Åbent punkt" / "Title": the item opens at its open/closed mark alone on
                # the line over the title (no text of the item before it)
                closed = above[:1] in "Ll"
                heads.append(
                    Head(found - 1, number, entry.title, (found,), evidence=2, closed=closed)
                )
            else:
                heads.append(Head(found, number, entry.title, evidence=2))
            at = found + 1
    return heads if len(heads) >= 2 and 2 * len(heads) > len(toc.entries) else []
