"""One decision for several items at once (pure).

Long council meetings settle the items nobody asked to debate together, in one line the
secretary writes once: under the agenda's approval ("Dagsordenen blev godkendt. /
Punkterne 3-11 blev godkendt en bloc."), above the items ("Pkt. 4, 6 og 9: Godkendt uden
bemærkninger."), in the minutes of a council's "Ad N." notes ("Ad punkt 2-5: Taget til
efterretning."), under a group heading ("Beslutning for punkt 6-8: …"), for a part of the
agenda ("Beslutning for A-sagerne: Alle A-sager godkendt som indstillet.", "Beslutning
A-del:" / "Alle punkter på dagsordenens A-del blev godkendt.") or closing the minutes
("Samtlige punkter blev godkendt."). The items it covers then say nothing, or only point
to it ("Se punkt 1.", "SE OVENFOR").

:func:`block_decisions` gives each such item that line as its decision. A line counts
only where every item it names has no decision of its own (or a pointer only), so a
decision's own points ("punkt 1 og 3 godkendt, punkt 2 ikke godkendt" of the
recommendation) never leak into other items: numbers named in a later item's decision
are never read (the recommendation's points there number from 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from analysis.layouts.outcome import outcome_line
from analysis.model import Item, Section
from analysis.parse import Line, line_start_test

#: The word for items before their numbers ("Punkterne", "pkt.", "sag", "Ad punkt").
_ITEM_WORD = r"(?:ad\s+)?(?:pkt\.?|punkt(?:erne|er)?|sag(?:erne|er)?|dagsordenspunkt(?:erne|er)?)"
#: "3-11", "2 – 5", "6 til 8", "4, 6 og 9", "4 og 6": two or more items' numbers.
_NUMBERS = (
    r"(?P<numbers>\d{1,3}\s*(?:-|–|til)\s*\d{1,3}"
    r"|\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|og|&)\s*\d{1,3})"
)
#: "Beslutning for punkt 6-8:", "Beslutning for A-sagerne:", "Beslutning A-del:": the
#: decision's label naming what it covers (its text after the colon or on the next line).
_LABEL = r"(?:beslutning|afgørelse|konklusion)(?:\s+(?:for|vedr\.?|vedrørende|om))?\s+"
#: A part of the agenda settled without debate: "A-del", "A-sagerne", "A-listen".
_PART = r"A-(?:del(?:en)?|sag(?:en|er|erne)?|punkt(?:er|erne)?|list(?:e|en)|dagsorden(?:en)?)\b"
#: The line of a block decision (see the module): by the items' numbers, by the agenda's
#: A part, or every item (the closing line).
_BLOCK = re.compile(
    # (an indented line too: the sections' lines are read stripped)
    rf"^[ \t\u00a0]*(?:(?P<nlabel>{_LABEL})?{_ITEM_WORD}\s*(?:nr\.?\s*)?{_NUMBERS}"
    r"\s*(?::\s*(?P<out>.*)|\s+(?P<verb>\S.*))"
    rf"|(?P<plabel>{_LABEL}(?:øvrige\s+)?{_PART}\s*:)\s*(?P<pout>.*)"
    rf"|(?P<part>(?:alle|samtlige)\s[^\n:]{{0,40}}?{_PART}.*|{_PART}.*)"
    r"|(?P<all>(?:(?:samtlige|alle)\s+(?:(?:øvrige|resterende|andre)\s+)?"
    r"|(?:øvrige|resterende)\s+|dagsordenens\s+(?:øvrige\s+)?)"
    r"(?:dagsordens)?(?:punkter|sager)(?:\s+på\s+dagsordenen)?\s+(?:blev\s+|er\s+)?"
    r"(?:godkendt|vedtaget|tiltrådt)(?:\s+(?:som\s+indstillet|uden\s+bemærkninger"
    r"|uden\s+debat))?\s*[.!]?))$",
    re.IGNORECASE | re.MULTILINE,
)
#: The test of a text for a block decision's line (``_BLOCK`` at the lines' starts).
_block_in = line_start_test(_BLOCK)
#: "en bloc", "samlet", "under ét" after the outcome: how it was taken, no other outcome.
_MANNER = re.compile(r"\s+(?:en\s+bloc|samlet|under\s+ét|i\s+ét\s+hele)(?=\s*[.!]?$)", re.I)
#: "blev godkendt …", "er taget til efterretning": the verb's auxiliary before the outcome.
_AUXILIARY = re.compile(r"^(?:blev|er)\s+", re.IGNORECASE)
#: "Alle A-sager godkendt som indstillet.": a part's outcome without its auxiliary.
_PART_OUTCOME = re.compile(
    r"\b(?:godkendt|godkendes|vedtaget|vedtages|tiltrådt|anbefalet|anbefales|"
    r"taget\s+til\s+efterretning)\b",
    re.IGNORECASE,
)
#: "Se punkt 1.", "SE OVENFOR", "Jf. ovenfor": a decision that only points to the block's.
_POINTER = re.compile(
    r"^(?:se|jf\.?|som)\s+(?:ovenfor|ovenstående|under\s+(?:punkt|pkt\.?)\s*\d{1,3}"
    r"|(?:punkt|pkt\.?)\s*\d{1,3})\s*[.!]?$",
    re.IGNORECASE,
)
#: Blank lines left where a block's lines were cut: one paragraph break is enough.
_BLANKS = re.compile(r"\n\s*\n(?:\s*\n)+")
#: The most items a range may cover (a year's numbering aside, no meeting settles more).
_MAX_RANGE = 80


def _numbers(text: str) -> list[int]:
    """The items' numbers of a ``_NUMBERS`` match: a range written out, or the list."""
    found = [int(n) for n in re.findall(r"\d{1,3}", text)]
    if len(found) == 2 and re.search(r"-|–|til", text) and "," not in text and "og" not in text:
        low, high = found
        return list(range(low, high + 1)) if low < high <= low + _MAX_RANGE else []
    return found


def _outcome(text: str) -> bool:
    """Whether ``text`` (the line's part after the items) states an outcome."""
    text = _MANNER.sub("", _AUXILIARY.sub("", text.strip()))
    return bool(text) and outcome_line(text[:1].upper() + text[1:])


@dataclass(frozen=True)
class _Block:
    """A block decision found: what it covers and the decision each covered item gets."""

    #: "numbers" (the items named), "part" (the agenda's A part) or "all" (every item).
    kind: str
    numbers: tuple[int, ...]
    heading: str
    text: str
    #: Where it stands: the item's place in the list (None: outside the items, in the
    #: lines no item holds), the section's place and the lines' span in its text.
    host: int | None
    section: int = -1
    span: tuple[int, int] = (0, 0)
    #: Outside the items: whether it stands above the first one, and its lines' indexes.
    above: bool = False
    at: tuple[int, ...] = ()


#: What :func:`_read` finds: (kind, heading, decision text, numbers, end).
_Read = tuple[str, str, str, tuple[int, ...], int]


def _read(rows: list[str], k: int) -> _Read | None:
    """(kind, heading, decision text, numbers, end) of the block decision on ``rows[k]``
    (its text running on to a blank line or the next such line), or None."""
    m = _BLOCK.match(rows[k].strip())
    if m is None:
        return None
    end = k + 1
    while end < len(rows) and rows[end].strip() and not _BLOCK.match(rows[end].strip()):
        end += 1
    rest = [r.strip() for r in rows[k + 1 : end]]
    line = rows[k].strip()
    if m["numbers"] is not None:
        numbers = tuple(_numbers(m["numbers"]))
        if len(numbers) < 2:
            return None
        if m["nlabel"] is not None:
            # "Beslutning for punkt 6-8: Orienteringerne blev taget til efterretning."
            if m["out"] is None:
                return None
            said = m["out"].strip()
            body = [said, *rest] if said else rest
            if not body or not _outcome(body[0]):
                return None
            return "numbers", line[: m.start("out")].strip(" :"), "\n".join(body), numbers, end
        if not _outcome(m["out"] or m["verb"] or ""):
            return None
        # "Pkt. 4, 6 og 9: Godkendt …", "Punkterne 3-11 blev godkendt en bloc.": the line
        # as written, the items it names kept in it
        return "numbers", "Beslutning", "\n".join([line, *rest]), numbers, end
    if m["plabel"] is not None:
        said = m["pout"].strip()
        body = [said, *rest] if said else rest
        if not body or not (_outcome(body[0]) or _PART_OUTCOME.search(body[0])):
            return None
        return "part", m["plabel"].strip(" :"), "\n".join(body), (), end
    if m["part"] is not None:
        if not _PART_OUTCOME.search(line):
            return None
        return "part", "Beslutning", "\n".join([line, *rest]), (), end
    return "all", "Beslutning", "\n".join([line, *rest]), (), end


#: "Orienteringssager (punkt 6-8)": a group heading naming its items' numbers.
_GROUP_NUMBERS = re.compile(rf"\(\s*{_ITEM_WORD}\s*{_NUMBERS}\s*\)\s*:?$", re.IGNORECASE)


def _group_heading(rows: list[str], k: int, numbers: tuple[int, ...]) -> int:
    """Where the block on ``rows[k]`` starts: at the group heading alone on its line above
    it that names the same items ("Orienteringssager (punkt 6-8)" / "Beslutning for punkt
    6-8: …"), which is no text of the item before the group; else at ``k``."""
    p = k - 1
    while p >= 0 and not rows[p].strip():
        p -= 1
    if p < 0 or (p > 0 and rows[p - 1].strip()) or len(rows[p]) > 80:
        return k
    m = _GROUP_NUMBERS.search(rows[p])
    return p if m is not None and tuple(_numbers(m["numbers"])) == numbers else k


def _pointer(text: str) -> bool:
    text = text.strip()
    return len(text) <= 40 and text[:1] in "SsJj" and _POINTER.match(text) is not None


def _undecided(item: Item) -> bool:
    """No decision of its own: no decision section, an empty one, or one that only points
    elsewhere ("Se punkt 1.", "SE OVENFOR")."""
    for sec in item.sections:
        if sec.key != "beslutning":
            continue
        head = sec.text[:1]
        if head in "SsJj" or head.isspace():
            if sec.text.strip() and not _pointer(sec.text):
                return False
        elif head:
            return False  # (the cheap answer for most: no pointer opens so)
    return True


def _found(items: list[Item], lines: list[Line], placed: set[int]) -> list[_Block]:
    """Every block decision in the items' sections and in the lines no item holds."""
    out: list[_Block] = []
    for k, item in enumerate(items):
        for j, sec in enumerate(item.sections):
            if not _block_in(sec.text):
                continue
            rows = sec.text.split("\n")
            for i, (kind, heading, text, numbers, end) in _reads(rows):
                start = _group_heading(rows, i, numbers)
                out.append(_Block(kind, numbers, heading, text, k, j, (start, end)))
    free = [ln for ln in lines if ln.clean and ln.index not in placed]
    if free and items:
        first = items[0].raw_title[:40]
        for i, (kind, heading, text, numbers, end) in _reads([ln.clean for ln in free]):
            at = free[i].index
            above = any(first in ln.clean for ln in lines if ln.index > at)
            at_lines = tuple(ln.index for ln in free[i:end])
            out.append(_Block(kind, numbers, heading, text, None, -1, (i, end), above, at_lines))
    return out


def _reads(rows: list[str]) -> Iterator[tuple[int, _Read]]:
    """(row, what :func:`_read` found there) for each block decision in ``rows``."""
    i = 0
    while i < len(rows):
        read = _read(rows, i)
        if read is None:
            i += 1
            continue
        yield i, read
        i = read[-1]


def _covered(block: _Block, items: list[Item], given: dict[int, _Block]) -> list[int]:
    """The places of the items ``block`` gives its decision (none where it is no block
    decision of these minutes after all); ``given``: the items an earlier block decided."""
    undecided = [_undecided(it) and k not in given for k, it in enumerate(items)]
    host = block.host
    if block.kind == "numbers":
        places = {it.number: k for k, it in enumerate(items)}
        if any(n not in places for n in block.numbers):
            return []
        covered = [places[n] for n in block.numbers]
        if host is not None and items[host].number > max(block.numbers):
            return []  # (a later item's points: its recommendation's, no items')
        return covered if all(undecided[k] or k == host for k in covered) else []
    if block.kind == "all":
        # the closing line: in the last item's text or under it
        if host is not None and host != len(items) - 1 or host is None and block.above:
            return []
        return [k for k, u in enumerate(undecided) if u and k != host] + (
            [host] if host is not None and _host_undecided(items[host], block) else []
        )
    # the A part: the run of items without a decision of their own it stands beside
    if host is None:
        start = 0 if block.above else len(items)
        run = range(start, len(items))
    elif _host_undecided(items[host], block):
        run = range(host, -1, -1)
    else:
        run = range(host + 1, len(items))
    out: list[int] = []
    for k in run:
        if not (undecided[k] or (k == host)):
            break
        out.append(k)
    return sorted(out) if len(out) >= 2 else []


def _without_block(item: Item, block: _Block) -> str:
    """The text of the host's section that holds ``block``, its lines left out."""
    rows = item.sections[block.section].text.split("\n")
    a, b = block.span
    return "\n".join([*rows[:a], *rows[b:]])


def _host_undecided(item: Item, block: _Block) -> bool:
    """The host item has no decision but the block (the line stands in its text)."""
    rest = _without_block(item, block).strip()
    return all(
        not text or _pointer(text)
        for j, s in enumerate(item.sections)
        if s.key == "beslutning"
        for text in [rest if j == block.section else s.text.strip()]
    )


def _cut(item: Item, block: _Block) -> Item:
    """``item`` without the block's lines in its section (the section dropped where
    nothing else is left in it)."""
    sec = item.sections[block.section]
    kept = _BLANKS.sub("\n\n", _without_block(item, block)).strip()
    sections = list(item.sections)
    if kept:
        sections[block.section] = replace(sec, text=kept)
    else:
        del sections[block.section]
    return replace(item, sections=tuple(sections))


def _given(item: Item, block: _Block) -> Item:
    """``item`` with the block's decision as its own (a pointer's text replaced)."""
    sections = [s for s in item.sections if s.key != "beslutning" or not _pointer(s.text)]
    sections = [s for s in sections if s.key != "beslutning" or s.text.strip()]
    sections.append(Section("beslutning", block.heading, block.text))
    return replace(item, sections=tuple(sections))


def block_decisions(
    items: list[Item], lines: list[Line], text: str, placed: set[int]
) -> list[Item]:
    """``items`` with each block decision (see the module) given to the items it covers;
    taken out of the item that held it, or placed where it stood outside the items.
    ``text``: the document's joined clean lines (the cheap test)."""
    if len(items) < 2:
        return items
    open_items = sum(map(_undecided, items))
    if not open_items:
        return items  # (the cheap test first: most minutes decide every item)
    if open_items == 1:
        # one item without a decision (an Eventuelt with nothing to say): only a closing
        # line for every item could be for it, in or under the last item (the text of
        # whose last section a closing line runs into)
        last = items[-1]
        if not any(_block_in(sec.text) for sec in last.sections):
            return items
        blocks = [b for b in _found([last], [], placed) if b.kind == "all"]
        blocks = [replace(b, host=len(items) - 1) for b in blocks]
    elif not _block_in(text):
        return items
    else:
        blocks = _found(items, lines, placed)
    if not blocks:
        return items
    given: dict[int, _Block] = {}
    cuts: list[_Block] = []
    # (the items named first, the part beside its line next, the closing line's "every
    # item" last: what the narrower blocks settle is no longer without a decision)
    for block in sorted(blocks, key=lambda b: ("numbers", "part", "all").index(b.kind)):
        covered = _covered(block, items, given)
        if not covered:
            continue
        if block.host is None:
            placed.update(block.at)
        else:
            cuts.append(block)
        given.update(dict.fromkeys(covered, block))
    if not given:
        return items
    out = list(items)
    # (each host's lines cut last to first, so the spans found hold; then the decisions)
    for block in sorted(cuts, key=lambda b: (b.host or 0, b.section, b.span), reverse=True):
        out[block.host or 0] = _cut(out[block.host or 0], block)
    for k, block in given.items():
        out[k] = _given(out[k], block)
    return out


__all__ = ["block_decisions"]
