"""The meeting's decisions collected in one table after the last item (pure, on the text).

Some committees print each item's case text without its decision and gather every
decision at the end of the minutes, one row an item (``Pkt. | Emne | Beslutning`` under
"Beslutningsoversigt"). The readers write such a table's rows as the text read down each
row, an item table's form::

    9. Title
    Sagsfremstilling
    …
    10. Eventuelt

    Beslutningsoversigt
    ## 1. Short title

    Beslutning
    Godkendt.

    ## 2. …

Read as it stands, the rows are the last item's text (or more items) and every item above
has no decision. Here each row's decision is written under its item, as the
``Beslutning`` the item grammar reads, and the summary (its title and rows) is blanked.

Only under the summary's title, where every row's number heads an item above it, in the
rows' order and numbered without a gap, no item above carries a decision label of its
own, and most rows' short titles share a word with their item's heading (a table of other
things numbered alike is left as it is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from analysis.layouts.decision_log import _LOG_HEAD
from analysis.parse import Line, break_led, heading_key, line_numbers

#: The summary's title ("Beslutningsoversigt", "Oversigt over beslutninger", "##
#: Beslutninger"): a decision log's head (``decision_log._LOG_HEAD``), perhaps marked as a
#: heading, looked for over the whole text at once.
_SUMMARY_TITLE = re.compile(r"^(?:#{1,6}[ \t]*)?" + _LOG_HEAD.pattern[1:], re.I | re.M)
#: A word every title holds (its rest after the first letter, and in capitals): the cheap
#: gate.
_TITLE_WORDS = ("eslutning", "ESLUTNING", "ecision", "ECISION")
#: An item's heading with its number ("3. Title", "Pkt. 3 Title", "## Punkt 3: Title").
_ITEM_HEADING = re.compile(
    r"^(?:#{1,6}\s+)?(?:(?:punkt|pkt\.?)\s*)?(?P<num>\d{1,3})(?:[.):]|\s+[-–])?\s+(?P<title>\S.*)$",
    re.I,
)
#: A row's decision label, the decision perhaps on its line ("Beslutning", "Beslutning:
#: Godkendt.", "Udvalgets beslutning", "Afgørelse", "Udfald").
_ROW_LABEL = re.compile(
    r"^(?:#{1,6}\s+)?(?:[\wæøå-]+s\s+)?(?:beslutning|afgørelse|konklusion|udfald|resultat)"
    r"\s*:?\s*(?P<rest>.*)$",
    re.I,
)
#: A word that names the matter (four letters or more), for the short title's check.
_WORD = re.compile(r"[a-zæøå0-9]{4,}")
#: Rows needed (one row alone may be anything).
_MIN_ROWS = 2


def _next_filled(lines: list[str], k: int) -> int:
    """The position of the first non-blank line from ``k`` (``len(lines)`` if none)."""
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


def _rows(lines: list[str], title: int) -> tuple[list[tuple[int, str, list[str]]], int]:
    """The summary's rows under its title at ``title`` as (number, short title, decision
    lines), and the position after the last row's decision."""
    rows: list[tuple[int, str, list[str]]] = []
    j = end = title + 1
    while True:
        k = _next_filled(lines, j)
        m = _ITEM_HEADING.match(lines[k].strip()) if k < len(lines) else None
        if m is None:
            break
        label = _next_filled(lines, k + 1)
        lab = _ROW_LABEL.match(lines[label].strip()) if label < len(lines) else None
        if lab is None:
            break
        decision = [lab.group("rest")] if lab.group("rest") else []
        j = label + 1
        while j < len(lines) and lines[j].strip():
            decision.append(lines[j].strip())
            j += 1
        if not decision:
            break
        rows.append((int(m.group("num")), m.group("title"), decision))
        end = j
    return rows, end


def _shares_word(short: str, heading: str) -> bool:
    """The short title shares a word of four letters or more with the item's heading."""
    return bool(set(_WORD.findall(short.lower())) & set(_WORD.findall(heading.lower())))


@lru_cache(maxsize=8)
def _after_break(source: str, flags: int) -> re.Pattern[str]:
    """The pattern ``source`` (``^``-led, multi-line) led by a line break instead, its
    alternatives grouped: found where the break is (made once), a look-ahead for its first
    characters after the break (see ``break_led``)."""
    return re.compile(break_led("(?:" + source[1:] + ")", flags), flags)


def heads_in(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[list[str], int]]:
    """(the text's lines, the position of a line ``pattern`` finds) for each one found,
    the lines split once, at the first."""
    # (no gate first: the search below is the pattern tried at the lines' starts alone,
    # as ``line_start_test`` would try it, so a gate would only search the text twice
    # where it holds a head, as two texts in five do)
    lines: list[str] | None = None
    # (the lines' starts found as ``pattern.finditer`` finds them, by the pattern led by the
    # line break after the first line: its ``^`` is not tried at every position. A match
    # ends before a line break or at the end, so the search after it goes on from a line
    # break, and a line it may run into holds only white space or a dash's rest, no head)
    first = pattern.match(text)
    if first is not None:
        lines = text.split("\n")
        yield lines, 0
    after_break = _after_break(pattern.pattern, pattern.flags)
    found = after_break.finditer(text, first.end() if first is not None else 0)
    for number in line_numbers(text, (m.start() + 1 for m in found)):
        lines = lines if lines is not None else text.split("\n")
        yield lines, number


def numbered_in_turn(numbers: list[int]) -> bool:
    """Whether the rows' ``numbers`` are enough rows (``_MIN_ROWS``), one after another."""
    return len(numbers) >= _MIN_ROWS and numbers == list(
        range(numbers[0], numbers[0] + len(numbers))
    )


def summary_decisions(text: str) -> str:
    """``text`` with each row of a summary of decisions after the last item (see the
    module docstring) written as ``Beslutning`` at the end of its item, the summary
    blanked; as it was where no such summary stands."""
    if not any(w in text for w in _TITLE_WORDS):
        return text  # (the cheap gate: the title's words)
    for lines, title in heads_in(text, _SUMMARY_TITLE):
        rows, end = _rows(lines, title)
        numbers = [n for n, _, _ in rows]
        if not numbered_in_turn(numbers):
            continue
        headings = _item_headings(lines, title, numbers)
        if headings is None:
            continue
        if 2 * sum(_shares_word(short, lines[headings[n]]) for n, short, _ in rows) < len(rows):
            continue  # (most short titles name their items' matters)
        if _labelled_decision(lines, headings[numbers[0]], title):
            continue
        return "\n".join(_written_under(lines, rows, headings, title, end))
    return text


def _item_headings(lines: list[str], start: int, numbers: list[int]) -> dict[int, int] | None:
    """The position of each number's item heading above ``start`` (the last one so
    numbered: a contents list comes first), in the numbers' order, with no heading
    numbered next after the last; None where any is missing."""
    found: dict[int, int] = {}
    wanted = set(numbers) | {numbers[-1] + 1}
    for k in range(start - 1, -1, -1):
        text = lines[k].strip()
        if not text[:1].isdigit() and text[:1] not in "#Pp":
            continue
        m = _ITEM_HEADING.match(text)
        if m is not None and int(m.group("num")) in wanted and int(m.group("num")) not in found:
            found[int(m.group("num"))] = k
    if numbers[-1] + 1 in found and found[numbers[-1] + 1] > found.get(numbers[-1], start):
        return None  # (an item after the last row's: the table summarises some items only)
    if any(n not in found for n in numbers):
        return None
    positions = [found[n] for n in numbers]
    if positions != sorted(positions):
        return None
    return {n: found[n] for n in numbers}


def _labelled_decision(lines: list[str], first: int, start: int) -> bool:
    """Whether a line between the first item's heading and the summary is a decision label
    (the items carry their own decisions: the table is a recap, not where they are)."""
    for k in range(first + 1, start):
        text = lines[k].strip()
        if not text or len(text) > 60 or text[:1] not in "BbAaKkRr":
            continue
        key = heading_key(Line(k, text, 0))
        if key is not None and key[0] == "beslutning":
            return True
    return False


def _written_under(
    lines: list[str],
    rows: list[tuple[int, str, list[str]]],
    headings: dict[int, int],
    start: int,
    end: int,
) -> list[str]:
    """The lines with each row's decision at the end of its item (before the next row's
    heading, the last before the summary), the summary from ``start`` to ``end`` blanked
    (its lines kept as blank ones)."""
    ends = {n: headings[rows[i + 1][0]] for i, (n, _, _) in enumerate(rows[:-1])}
    ends[rows[-1][0]] = start
    return written_at(lines, {ends[n]: decision for n, _, decision in rows}, start, end)


def written_at(lines: list[str], at: dict[int, list[str]], start: int, end: int) -> list[str]:
    """The lines with each decision of ``at`` written as ``Beslutning:`` before the line it
    is keyed by (at the end where that is past the last line), the blank lines above it
    dropped, and the lines from ``start`` to ``end`` blanked (kept as blank ones)."""
    out: list[str] = []
    for k, line in enumerate([*lines, ""]):
        if k in at:
            while out and not out[-1].strip():
                out.pop()
            out.extend(["", "Beslutning:", *at[k], ""])
        if k < len(lines):
            out.append("" if start <= k < end else line)
    return out
