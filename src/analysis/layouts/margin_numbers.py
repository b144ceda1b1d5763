"""Line numbers printed in a page's margin, read off (pure).

A protocol printed with its lines numbered down the margin (every line, counted anew on
each page, or every fifth line) and then extracted from its PDF keeps each number at its
line's start: "  9  Punkt 1.", "12  Godkendt.", "15   Punkt 30: Title", "10" alone on a
blank line. The numbers are no part of the text: they would be read as an item's number
or glued to a title. They are told from a numbered list or a table of contents by three
things together: they all stand before one text column, they rise with the lines they
stand on (a page's furniture between aside), and some stand on a line of no text at all
or before a section's label ("Beslutning"), which no list's number does.
"""

from __future__ import annotations

import re

from analysis.parse import Line, heading_key

#: "  9  Punkt 1.", "15   Punkt 30: …", "10": a number at a line's start, then a gap of two
#: or more spaces (or nothing: the margin's number on a blank line).
_MARGIN = re.compile(r"^(?P<num> {0,3}\d{1,3})(?: {2,}(?=\S)|[ \t]*$)", re.MULTILINE)
#: The same after a line break: counted over the text before its lines are looked at.
_MARGIN_AFTER_BREAK = re.compile(r"\n" + _MARGIN.pattern[1:], re.MULTILINE)
#: Lines so numbered before a text is read as numbered down its margin.
_MIN_NUMBERED = 6
#: Lines of a page's furniture (a running head, a footer, blank lines) a count may skip.
_SLACK = 6


def _counts_lines(found: list[tuple[int, int]]) -> bool:
    """Whether the numbers rise with the lines they stand on: from one numbered line to the
    next the number grows by the lines between (every line numbered, or every fifth: a
    page's running head and footer may stand between uncounted), or starts again low on a
    new page."""
    good = 0
    for (i, a), (j, b) in zip(found, found[1:], strict=False):
        if b > a and b - a <= j - i <= b - a + _SLACK or b < a and b <= 5:
            good += 1
    return good >= 0.9 * (len(found) - 1)


def _one_column(columns: dict[int, int], gaps: dict[int, int]) -> bool:
    """Whether the numbered lines' text stands in one column: four in five of them start at
    one place; or the numbers stand flush left, each the same gap before its text ("9  Punkt
    1." / "10  Godkendt.": the text a place further right after a number of two digits, as a
    margin written flush left puts it)."""
    total = sum(columns.values())
    if max(columns.values()) >= 0.8 * total:
        return True
    return bool(gaps) and max(gaps.values()) >= 0.8 * total


def margin_numbers_off(text: str) -> str:
    """``text`` with the line numbers printed down its margin blanked (each number and its
    gap as spaces, so the text column stays where it was; line numbers kept), where six or
    more lines are so numbered before one text column, their numbers count the lines, and
    one of them stands alone or before a section's label; else as it was."""
    if "  " not in text or len(_MARGIN_AFTER_BREAK.findall(text)) < _MIN_NUMBERED - 1:
        # (the cheap gates: the gap after a number in any line, then the pattern at the
        # lines' starts only, counted)
        return text
    lines = text.split("\n")
    found: list[tuple[int, int]] = []
    columns: dict[int, int] = {}
    gaps: dict[int, int] = {}
    bare = False
    for k, line in enumerate(lines):
        if not line[:4].strip()[:1].isdigit():
            continue
        m = _MARGIN.match(line)
        if m is None:
            continue
        found.append((k, int(m.group("num"))))
        rest = line[m.end() :]
        if rest:
            columns[m.end()] = columns.get(m.end(), 0) + 1
            if line[:1].isdigit():  # (a number flush left: its gap, see _one_column)
                gap = m.end() - m.end("num")
                gaps[gap] = gaps.get(gap, 0) + 1
        bare = bare or not rest or heading_key(Line(0, rest, 0)) is not None
    if len(found) < _MIN_NUMBERED or not bare or not columns:
        return text
    if not _one_column(columns, gaps) or not _counts_lines(found):
        return text
    for k, _ in found:
        line = lines[k]
        m = _MARGIN.match(line)
        assert m is not None
        lines[k] = " " * m.end() + line[m.end() :] if line[m.end() :] else ""
    return "\n".join(lines)
