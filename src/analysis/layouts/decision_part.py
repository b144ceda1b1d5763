"""The decisions printed as a part of their own after the agenda's items (pure).

A "dagsorden og beslutningsreferat" prints the agenda first, every item with its case and
proposal, then a second part that takes the items again by number and title with only
what was decided under each::

    8. Salg af ejendommen …
    Forslag til beslutning
    Fremgår af det lukkede bilag.

    II. BESLUTNINGSREFERAT

    Ad pkt. 1 - Godkendelse af dagsorden
    Godkendt.

    Ad pkt. 2 - Meddelelser
    Taget til efterretning.

Read as it stands the second part is text of the last item. :func:`decision_part` finds
it: after the last item's heading, two or more lines ``Ad pkt. N - Title`` (also ``Ad
punkt N:``, ``Ad sag N``, ``Ad N. Title``) whose numbers rise and whose titles repeat the
items' own; the part's heading just above them (a short line naming the decisions or the
minutes) goes with it. Each item then takes the lines under its ``Ad`` line as its
decision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.layouts.headings import Head
from analysis.parse import Line, _closing_case_field, titles_match

#: "Ad pkt. 3 - Title", "Ad punkt 3: Title", "Ad sag 3. Title", "Ad 3. Title": the item's
#: number after "Ad", then its title (or nothing: the number alone).
_AD_TITLE = re.compile(
    r"^Ad\s+(?:(?:pkt|punkt|sag)\.?\s*(?:nr\.?\s*)?)?(?P<num>\d{1,3})\b\s*[.:)]?\s*"
    r"(?:[-–—:]\s*)?(?P<title>\S.*)?$",
    re.IGNORECASE,
)
#: "II. BESLUTNINGSREFERAT", "Beslutninger", "Del B: Referat", "Referat af beslutningerne":
#: the second part's heading (short, no sentence).
_PART_HEAD = re.compile(
    r"^(?:(?:[IVX]{1,4}|[A-D]|\d)[.)]?\s+|del\s+(?:[IVX]{1,4}|[A-D]|\d|\w+)\s*[:.–-]?\s*)?"
    r"(?:beslutnings(?:referat|protokol)|beslutninger(?:ne)?|referat)"
    r"(?:\s+(?:af|fra|over)\s+[\wæøå ]{1,40})?\s*:?$",
    re.IGNORECASE,
)


#: "• Emne 2: Direktionen godkendte …", "- Punkt 3: Udsat.": an AI recap's list of the
#: decisions after its notes, a bullet a point with the decision after the colon.
#: (Also with no bullet, "Pkt. 2: Taget til efterretning.": a slide deck's closing slide of
#: the outcomes.)
_POINT_BULLET = re.compile(
    r"^(?:[•*-]\s+)?(?:emne|punkt|pkt\.?)\s*(?P<num>\d{1,3})\s*:\s*(?P<text>\S.*)$",
    re.IGNORECASE,
)
#: "Pkt.<TAB>Beslutning / aftale<TAB>Ansvarlig<TAB>Frist": the head row of a table of the
#: decisions after the notes (an intranet page's "Beslutningsoversigt"), a row a point.
_TABLE_HEAD = re.compile(r"^(?:pkt|punkt|nr|emne)\.?\t[^\t]*beslutning", re.IGNORECASE)
#: "2<TAB>Der udarbejdes …<TAB>Ole Fenger<TAB>15.08.25", "6": a row of that table.
_POINT_ROW = re.compile(r"^(?P<num>\d{1,3})\.?(?:\t(?P<text>[^\t]*)(?P<rest>(?:\t[^\t]*)*))?$")
#: "Beslutninger og aftaler", "Beslutningsoversigt", "Aftaler": a heading over such a
#: list or table (a markdown heading's marks already off).
#: (Also "Opsamling", "Beslutninger på mødet", "Opsamling – beslutninger på mødet": a
#: closing list of what was decided, a point a line.)
_GATHERED_HEAD = re.compile(
    r"^(?:beslutninger(?:\s+og\s+aftaler|\s+på\s+mødet)?|aftaler(?:\s+og\s+beslutninger)?|"
    r"beslutningsoversigt|opsamling(?:\s*[–—:-]\s*beslutninger(?:\s+på\s+mødet)?)?)\s*:?$",
    re.IGNORECASE,
)


def _ad(text: str) -> re.Match[str] | None:
    return _AD_TITLE.match(text) if text[:2] in ("Ad", "AD", "ad") else None


def ads_taken_again(cands: Sequence[Head], lines: list[Line]) -> list[Head]:
    """``cands`` without the ``Ad N. Title`` lines that take again, below, items headed
    above with text of their own ("2. Title" / the notes / … / "BESLUTNINGER" / "Ad 2.
    Title" / the decision): a recap's decisions gathered after its notes, "Ad" (regarding)
    the items, no items of their own (``decision_part`` then reads them as such). Only
    where two or more do; an item's heading over no text (a contents list's line) leaves
    the ``Ad`` lines the items."""
    own: dict[int, Head] = {}
    again: dict[int, int] = {}  # the Ad line's position -> the item's heading's
    for k, h in enumerate(cands):
        text = lines[h.pos].clean.strip()
        if _ad(text) is None:
            if h.number not in own and _text_under(h, cands[k + 1 : k + 2], lines):
                own[h.number] = h
            continue
        first = own.get(h.number)
        if first is not None and titles_match(first.title, h.title):
            again[h.pos] = first.pos
    if len(again) < 2:
        return list(cands)
    # (each item's title repeated on its Ad line: the evidence a repeated title gives)
    taken = set(again.values())
    return [
        replace(h, evidence=h.evidence + 1) if h.pos in taken else h
        for h in cands
        if h.pos not in again
    ]


def _text_under(h: Head, after: Sequence[Head], lines: list[Line]) -> bool:
    """Whether a filled line that is no heading stands right under ``h``'s lines."""
    last = max((h.pos, *h.consumed))
    stop = after[0].pos if after else len(lines)
    return any(not lines[p].blank for p in range(last + 1, stop))


def carried_decision(text: str) -> str | None:
    """The decision a gathered point's own line carries ("• Emne 2: <decision>", a table
    row's decision cell with its owner and deadline after it), else None (an ``Ad pkt.
    N`` line carries none: its decision is on the lines under it)."""
    if m := _POINT_BULLET.match(text.strip()):
        return m.group("text")
    if "\t" in text and (m := _POINT_ROW.match(text.strip())):
        rest = (m.group("rest") or "").split("\t")
        cells = [c.strip() for c in rest if c.strip() not in ("", "-", "–", "—")]
        decision = (m.group("text") or "").strip()
        return " · ".join([decision, *cells]) if decision else None
    return None


def _gathered(lines: list[Line], last_head: int, end: int) -> list[tuple[int, int]]:
    """(number, line) of the points under a heading that gathers the decisions after the
    notes (``_GATHERED_HEAD`` over ``• Emne N: …`` bullets or over a table's head row and
    its rows ``N<TAB>…``), else []."""
    for k in range(last_head + 1, end):
        if not _GATHERED_HEAD.match(lines[k].clean.strip()):
            continue
        found: list[tuple[int, int]] = []
        table = False
        for j in range(k + 1, end):
            text = lines[j].clean.strip()
            if not text:
                continue
            if not found and not table and _TABLE_HEAD.match(text):
                table = True
            elif m := (_POINT_ROW.match(text) if table else _POINT_BULLET.match(text)):
                found.append((int(m.group("num")), j))
            elif not found or table:
                break  # (the table's rows end at its first other line)
        return found
    return []


def decision_part(
    lines: list[Line], titles: dict[int, str], last_head: int, end: int
) -> tuple[int, dict[int, list[int]]] | None:
    """(where the part starts, {item number: [its ``Ad`` line, the decision's lines]}) for
    such a part between the last heading (``last_head``) and ``end``, else None.
    ``titles`` maps the items' numbers to their titles."""
    ads: list[tuple[int, int]] = []
    for k in range(last_head + 1, end):
        text = lines[k].clean.strip()
        if not (m := _ad(text)):
            continue
        num, title = int(m.group("num")), (m.group("title") or "").strip()
        if num not in titles or (title and not titles_match(titles[num], title)):
            return None  # a remark on an item ("Ad 2: Lone Jessen ønskede …"), no part
        if ads and num <= ads[-1][0]:
            return None
        ads.append((num, k))
    if not ads:
        # "Beslutninger" / "• Emne 1: Godkendt." / "• Emne 2: …": a recap's decisions
        # gathered after its notes, each on its point's own line; the list ends at its
        # first blank line (a correction note or the page's controls under it are no
        # decision of the last point)
        ads = _gathered(lines, last_head, end)
        if ads:
            end = next((k for k in range(ads[-1][1] + 1, end) if lines[k].blank), end)
        if any(num not in titles for num, _ in ads) or [n for n, _ in ads] != sorted(
            {n for n, _ in ads}
        ):
            return None
    if len(ads) < 2:
        return None
    start = ads[0][1]
    above = next((k for k in range(start - 1, last_head, -1) if not lines[k].blank), None)
    if above is not None and (
        _PART_HEAD.match(text := lines[above].clean.strip()) or _GATHERED_HEAD.match(text)
    ):
        start = above
    out: dict[int, list[int]] = {}
    for j, (num, k) in enumerate(ads):
        stop = ads[j + 1][1] if j + 1 < len(ads) else end
        out[num] = [k, *range(k + 1, stop)]
    return start, out


def part_case(lines: list[Line], part: list[int]) -> tuple[str | None, list[int]]:
    """The case a point of the part opens with and the point without its line: "Ad 23." /
    "Sagsnr. 25-1190" / the decision (the case's field is the item's case, not the
    decision's first line); (None, ``part``) where the point opens otherwise."""
    first = next((p for p in part[1:] if not lines[p].blank), None)
    text = lines[first].clean.strip() if first is not None else ""
    case = _closing_case_field(text) if text[:1] in "SsJj" else None
    return (case, [p for p in part if p != first]) if case else (None, part)


def part_lines(lines: list[Line], part: list[int], after: int) -> list[Line]:
    """The lines an item takes from the part (``part``: its point's line, then the lines
    under it): a blank line (numbered ``after``, the item's last line), the decision's own
    label, the decision the point's line carries, if any, and the lines under it."""
    label = Line(lines[part[0]].index, "Beslutning", 0)
    out = [Line(after, "", 0), label]
    if carried := carried_decision(lines[part[0]].clean):
        out.append(lines[part[0]]._replace(clean=carried))
    return out + [lines[p] for p in part[1:]]
