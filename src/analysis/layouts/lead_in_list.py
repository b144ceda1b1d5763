"""A numbered list under a lead-in line inside an item is no contents list (pure).

Notes typed into a chat or a notes page, whose items are headings without numbers, write an
item's next steps as a short numbered list right under a line that introduces it::

    ### Udskiftning af fagsystem
    Beslutning: Styregruppen anbefaler …
    Næste skridt:
    1. Kravspecifikation – dec.
    2. Miniudbud – Q1 2025

Such a list, its lines side by side under a lead-in ending in a colon (right under it, or
after one blank line, as a web page parts a paragraph from its list) that names no
contents ("Dagsorden:", "Punkter:" do), below two headings or more, is no contents list
where no numbered heading repeats its entries: the items are the document's headings.
Plain text's headings count too: titles in capitals opening their paragraphs (a chair's
notes, ``HØRING: NATURPLAN FOR ÅDALEN  (sag 25/20417)`` / notes / ``Afgørelse: Rådet
giver følgende bemærkninger:`` / ``1) …`` / ``2) …``), read by ``capital_titles``.
"""

from __future__ import annotations

import re

from analysis.layouts.capital_titles import capital_title
from analysis.layouts.headings import Head
from analysis.layouts.unnumbered import cased_title
from analysis.parse import Line, heading_key

#: A lead-in that heads a contents list, not a list inside an item.
_CONTENTS_LEAD = re.compile(
    r"^(?:dagsorden\w*|agenda|indhold\w*|punkter|emner|program)\b", re.IGNORECASE
)


#: "<summary>Program (udkast)</summary>": the caption of a folded section in a notes page
#: exported to Markdown (``<details>``), over the list folded under it.
_SUMMARY = re.compile(r"^<summary>[^<>]{1,80}</summary>$", re.IGNORECASE)


def folded_caption(text: str) -> bool:
    """Whether ``text`` is a folded section's caption, which leads in its list as a line
    ending in a colon does."""
    return text[:1] == "<" and _SUMMARY.match(text) is not None


def lead_in_list(
    positions: list[int], lines: list[Line], listed: frozenset[str] = frozenset()
) -> bool:
    """Whether the lines at ``positions`` (sorted, the list's own) are one list under a
    lead-in inside an item (see the module docstring). ``listed``: the titles of a contents
    list above, whose repetitions alone on a line are the items' headings in plain text."""
    if len(positions) < 2 or positions[0] < 1:
        return False
    if positions != list(range(positions[0], positions[0] + len(positions))):
        return False
    at = positions[0] - 1
    if lines[at].blank and at >= 1:
        # (a page's paragraph and its list are parted by a blank line: "… bemærkninger:" /
        # "" / "1. …")
        at -= 1
    lead = lines[at]
    if lead.heading_level or not (lead.clean.endswith(":") or folded_caption(lead.clean)):
        return False
    # (the lead-in the last sentence of a longer paragraph: "Beslutning: Rådet sender
    # høringssvar. … Hovedpunkter:" introduces its list as "Hovedpunkter:" alone would)
    said = lead.clean if len(lead.clean) <= 80 else lead.clean.rpartition(". ")[2]
    if len(said) > 80 and not _decision_opening(lines, at):
        return False
    if _CONTENTS_LEAD.match(said):
        return False
    if _decision_opening(lines, at):
        # "Beslutning" / "… godkendte udkastet med følgende tilføjelser:" / "1. …": a list
        # the decision leads in under its own label is the decision's, never the agenda
        return True
    above = sum(1 for line in lines[:at] if line.heading_level)
    if above < 2 and not any(ln.heading_level for ln in lines):
        # plain text: titles in capitals opening their paragraphs are its headings
        above += sum(1 for p in range(1, at) if capital_title(lines, p))
        if above < 2:
            # or unnumbered titles each over its case field ("Title" / "Akt-id: 1129034")
            above += sum(1 for p in range(1, at) if cased_title(lines, p))
        if above < 2 and listed:
            # or a contents list's titles written again alone on a line, unnumbered (a
            # meeting app's notes: "Agenda" / "1. Title" … then "Noter" / "Title" / …)
            above += sum(1 for p in range(1, at) if lines[p].clean in listed)
    return above >= 2


def _decision_opening(lines: list[Line], at: int) -> bool:
    """Whether the line at ``at`` opens a decision, right under its label: "Resultat:" /
    "Der var enighed om, at <forvaltningen> udarbejder oplæg på følgende tre forslag:" /
    "1. …". A decision's first sentence may be long and still introduce its own list."""
    return (
        at >= 1 and (found := heading_key(lines[at - 1])) is not None and found[0] == "beslutning"
    )


def lists_under_their_items(heads: list, lines: list[Line]) -> set[int]:
    """Positions of the numbered lists inside items' text among the candidate headings
    ``heads`` (sorted by position): lines side by side numbered 1, 2, … under a lead-in
    ending in a colon ("Forslagene omfatter bl.a.:" / "1) …" / "2) …"), below item headings
    (evidence under them) that already took the numbers 1 and 2. A contents list stands
    above the items it lists, never below them; such lines are neither contents nor items."""
    out: set[int] = set()
    k = 0
    while k < len(heads):
        first = heads[k]
        j = k + 1
        while (
            j < len(heads)
            and heads[j].pos == first.pos + (j - k)
            and heads[j].number == first.number + (j - k)
        ):
            j += 1
        if first.number == 1 and j - k >= 2 and _under_its_items(heads, first.pos, lines, j):
            out.update(h.pos for h in heads[k:j])
        elif (
            first.number == 2
            and first.pos >= 2
            and _first_point_aside(lines[first.pos - 1].clean)
            and _under_its_items(heads, first.pos - 1, lines, j)
        ):
            # "om:" / "1. fodgængerfelt …" (small letters: no candidate) / "2. 40 km-zone" /
            # "3. …": the list's first point was kept aside, the rest are its points too
            out.update(h.pos for h in heads[k:j])
        elif first.number == 1 and j - k >= 2 and _inside_marked_item(heads, k, j, lines):
            # "## Pkt. 3 – Investeringsplan" / "1. <projekt>: 28,0 mio. kr." / … / "## Pkt. 4
            # – …": plain lines numbered from 1 inside the text of an item whose headings
            # are styled or worded, the run of those going on after them
            out.update(h.pos for h in heads[k:j])
        k = j
    return out


#: "Pkt. 3 Title", "Punkt 3:", "## 3. Title": an item heading's own word before its number.
_ITEM_WORD = re.compile(r"^[#*\s]*(?:pkt|punkt|dagsordenspunkt)\b", re.IGNORECASE)


def _inside_marked_item(heads: list[Head], k: int, j: int, lines: list[Line]) -> bool:
    """Whether the plain run ``heads[k:j]`` (bare numbers, no heading's style or word)
    stands inside the text of an item whose headings are marked (styled, or worded "Pkt.
    N"): the marked headings above it are numbered 1, 2, … N (two or more, the last no
    contents list's own heading) and the first marked heading after it is N + 1. Such a
    list needs no lead-in: the headings' marks and their unbroken run say where items are
    (a board's investment plan or a budget's points listed under its item)."""

    def marked(h: Head) -> bool:
        return h.styled or _ITEM_WORD.match(lines[h.pos].clean) is not None

    if any(marked(h) for h in heads[k:j]):
        return False
    above = [h for h in heads[:k] if marked(h)]
    if len(above) < 2 or [h.number for h in above] != list(range(1, len(above) + 1)):
        return False
    if _CONTENTS_LEAD.match(above[-1].title):
        return False
    after = next((h for h in heads[j:] if marked(h)), None)
    return after is not None and after.number == len(above) + 1


#: "1. fodgængerfelt ved Søndergade": a list's first point in small letters (never a
#: candidate heading).
_FIRST_POINT = re.compile(r"^\s*1\s?[.)]\s+[a-zæøå]")


def _first_point_aside(text: str) -> bool:
    return text.lstrip()[:1] == "1" and _FIRST_POINT.match(text) is not None


#: A list's caption under its lead-in: short, no sentence, no heading's style.
_CAPTION_MAX = 30


def _captioned(lines: list[Line], pos: int) -> bool:
    """Whether the line above the list at ``pos`` is its caption ("Top 5",
    "Prioriteringsliste") under a blank line and a lead-in ending in a colon."""
    caption = lines[pos - 1]
    return (
        not caption.heading_level
        and 0 < len(caption.clean) <= _CAPTION_MAX
        and caption.clean[-1:] not in ".:"
        and lines[pos - 2].blank
        and lines[pos - 3].clean.endswith(":")
    )


def _under_its_items(heads: list, pos: int, lines: list[Line], end: int) -> bool:
    """Whether the list starting at ``pos`` stands under a lead-in ending in a colon (right
    over it or one blank line up) and
    below headings with evidence numbered 1 and 2; or below headings 1, 2 … N (evidence or
    not) whose run goes on with N + 1 after the list (``heads[end]`` onwards: "3)
    Rekrutteringsstrategi" / "Strategien indeholder 3 spor:" / "1) …" "2) …" "3) …" / "4)
    Velfærdsteknologi": the list restarts inside item 3, the items' run resumes)."""
    if pos < 1:
        return False
    lead = lines[pos - 1].clean
    if not lead and pos >= 2:
        # ("Forvaltningen orienterer om:" / "" / "1. …": a web page parts a paragraph from
        # its <ol> by a blank line, as ``lead_in_list`` reads it)
        lead = lines[pos - 2].clean
    if not lead.endswith(":") and pos >= 3 and _captioned(lines, pos):
        # ("Resultat:" / "" / "Top 5" / "1) …": the list's caption under the lead-in)
        lead = lines[pos - 3].clean
    if not lead.endswith(":") or _CONTENTS_LEAD.match(lead):
        return False
    above = {h.number for h in heads if h.pos < pos and h.evidence >= 1}
    if 1 in above and 2 in above:
        return True
    run = 0  # the items' run above the list: 1, 2, … in order
    for h in heads:
        if h.pos >= pos:
            break
        if h.number == run + 1:
            run += 1
    return run >= 2 and any(h.number == run + 1 for h in heads[end : end + 2])
