"""Decisions set off by their indentation alone (pure).

A scanned protocol's clerk typed the case flush with the page's margin and the
committee's decision as an indented paragraph under it, with no label over it
("Økonomiafdelingen indstiller, at …" / "          Økonomiudvalget anbefaler over for
Byrådet, at …"). Read as it stands, the decision is one more paragraph of the case, and
the first sentence anywhere in the case that tells of a decision ("Byrådet besluttede den
12. marts 2001, at …") would be taken for it. Where the minutes write no decision label
at all and two or more such indented paragraphs open with an outcome, the indentation is
the minutes' mark of the decision: each indented paragraph is read under a
``Beslutning:`` label, written on the blank line above it (so no line moves), also the
ones whose wording states no outcome the vocabulary knows ("Udvalget stadfæstede sin
tidligere afgørelse.").

Not read so: a paragraph indented far to the right (a page's footer, "Protokol 2002, blad
42"), one set in columns (a table of figures), one run on into text below it without a
blank line, or one not opening with a capital; nor in minutes whose lines are mostly
indented as deep, or where two indented paragraphs follow each other with nothing at the
margin between them (a PDF's text set out in its page's layout, a case's text indented
under headings at the margin: the indentation marks nothing there).
"""

from __future__ import annotations

import re

from analysis.layouts.outcome import opens_with_outcome

#: Words of a decision's label (any case minutes write them in): the cheap test before
#: ``_LABEL_LINE``.
_LABEL_WORDS = ("eslutning", "ESLUTNING", "fgørelse", "FGØRELSE", "onklusion", "ONKLUSION")
#: "Beslutning:", "Udvalgets beslutning:", "Beslutning i Socialudvalget den …": a line
#: opening with a decision's label (a body's genitive perhaps before it), no sentence's
#: word ("Afgørelsen blev …"): minutes holding one label their decisions themselves.
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[\wæøå-]+s[ \t]+)?(?:beslutning|afgørelse|konklusion)\b[^\n]{0,70}$",
    re.IGNORECASE | re.MULTILINE,
)
#: The cheap test of a text for an indented line: a line break, then six spaces.
_INDENTED = "\n      "
#: How much deeper than the margin a decision's paragraph is set, at least and at most
#: (deeper still is a page's footer or a signature flush right).
_MIN_STEP, _MAX_STEP = 6, 24
#: The most lines such a paragraph runs to.
_MAX_LINES = 8
#: A gap of three spaces inside a line: columns (a table's row), no paragraph's line.
_COLUMN_GAP = re.compile(r"\S {3,}\S")
#: Indented paragraphs opening with an outcome the minutes need before the mark counts.
_MIN_OUTCOMES = 2


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each paragraph indented as a decision is (see the module)."""
    depths = [_indent(line) for line in lines if line.strip()]
    if not depths:
        return []
    margin = max(set(depths), key=depths.count)
    if depths.count(margin) * 2 < len(depths):
        return []  # no margin most lines keep: the indentation marks nothing
    found = []
    i = 1
    while i < len(lines):
        line = lines[i]
        depth = _indent(line)
        if (
            lines[i - 1].strip()
            or not line.strip()
            or not _MIN_STEP <= depth - margin <= _MAX_STEP
            or line[depth : depth + 1] == "\t"
        ):
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].strip() and _indent(lines[end]) == depth:
            end += 1
        if (
            (end == len(lines) or not lines[end].strip())
            and end - i <= _MAX_LINES
            and line[depth].isupper()
            and not any(_COLUMN_GAP.search(lines[k], depth) for k in range(i, end))
        ):
            found.append((i, end))
        i = end
    if any(
        not any(line.strip() for line in lines[a_end:b_start])
        for (_, a_end), (b_start, _) in zip(found, found[1:], strict=False)
    ):
        # two indented paragraphs with nothing flush with the margin between them: the
        # case's text is indented too (under headings set at the margin), no mark
        return []
    return found


def indented_outcomes(text: str) -> str:
    """``text`` with a ``Beslutning:`` label over each paragraph the minutes mark as the
    decision by its indentation alone (see the module); as it was elsewhere."""
    if _INDENTED not in text:
        return text
    if any(word in text for word in _LABEL_WORDS) and _LABEL_LINE.search(text):
        return text
    lines = text.split("\n")
    blocks = _blocks(lines)
    stated = sum(1 for start, _ in blocks if opens_with_outcome(lines[start].strip()))
    if stated < _MIN_OUTCOMES:
        return text
    for start, _ in blocks:
        lines[start - 1] = "Beslutning:"
    return "\n".join(lines)
