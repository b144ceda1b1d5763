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

from analysis.parse import Line, titles_match

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


def _ad(text: str) -> re.Match[str] | None:
    return _AD_TITLE.match(text) if text[:2] in ("Ad", "AD", "ad") else None


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
    if len(ads) < 2:
        return None
    start = ads[0][1]
    above = next((k for k in range(start - 1, last_head, -1) if not lines[k].blank), None)
    if above is not None and _PART_HEAD.match(lines[above].clean.strip()):
        start = above
    out: dict[int, list[int]] = {}
    for j, (num, k) in enumerate(ads):
        stop = ads[j + 1][1] if j + 1 < len(ads) else end
        out[num] = [k, *range(k + 1, stop)]
    return start, out
