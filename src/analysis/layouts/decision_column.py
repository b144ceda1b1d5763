"""A typed protocol in two columns, the case on the left and the decision on the right.

Old forhandlingsprotokoller were typed with a column head ``Sag:`` over the items and
``Beslutning:`` far to the right over the outcomes; OCR reads such a page line by line, so
the decision stands on the same lines as the item's number and title:

    Sag:                                   Beslutning:
    ------------------------------------------------------
    Punkt 2.  J.nr. 02.34.16               Vedtaget, idet salgsprisen
    Salg af parcel nr. 9, Bakkevej.        fastsættes til 28 kr./m2.

:func:`decision_column_off` writes each paragraph's left column first, then a
``Beslutning:`` label and its right column, as minutes written one below the other read.
"""

from __future__ import annotations

import re

from analysis.parse import join_wrapped, line_start_test

#: "Sag:<gap>Beslutning:" (or "Sagen", "Emne", "Afgørelse"): the two column heads alone on
#: a line, the second one at least 30 characters in.
_COLUMN_HEADS = re.compile(
    r"^[ \t]*(?:Sag(?:en)?|Emne|Punkt)[ \t]*:?(?P<gap>[ \t]{2,})"
    r"(?P<label>Beslutning|Afgørelse)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: ``_COLUMN_HEADS`` tried at the lines' starts only (the cheap test before it).
_column_heads_in = line_start_test(_COLUMN_HEADS)
#: A ruled line of dashes, equals or underscores closing or opening the table.
_RULE = re.compile(r"^[ \t]*[-=_]{10,}[ \t]*$")


#: A gap of two or more spaces before text: where a line's right column may start.
_GAP = re.compile(r" {2,}(?=\S)")


def _cells(line: str, col: int) -> tuple[str, str]:
    """(left, right) cells of a line whose right column starts near ``col`` (a typist's
    tab stop, give or take a few characters)."""
    if len(line) - len(line.lstrip(" ")) >= col - 4:
        return "", line.strip()
    for gap in _GAP.finditer(line):
        if abs(gap.end() - col) <= 4:
            return line[: gap.start()].rstrip(), line[gap.end() :].strip()
    return line.rstrip(), ""


#: "Punkt 2.  J.nr. 02.34.16", "Pkt. 14": an item's number alone on its line (a case
#: number after it at most), its title on the lines under it.
_BARE_HEADING = re.compile(
    r"^[ \t]*(?:Punkt|Pkt\.?|Sag(?:[ \t]+nr\.)?|§)[ \t]*[\dlO]{1,4}\.?"
    r"(?:[ \t]+J\.?[ \t]?nr\.?[ \t]*\S+)?[ \t]*$",
    re.IGNORECASE,
)


def _title_joined(left: list[str]) -> list[str]:
    """A paragraph's left cells with the title under a bare heading joined into one line:
    the narrow column wrapped it (hyphenated words made whole), and it ends at the first
    line that ends with a full stop."""
    if len(left) < 3 or not _BARE_HEADING.match(left[0]):
        return left
    end = next((j for j in range(1, min(len(left), 5)) if left[j].rstrip().endswith(".")), None)
    if end is None or end == 1:
        return left
    title = left[1].strip()
    for rest in left[2 : end + 1]:
        title = join_wrapped(title, rest.strip())
    return [left[0], title, *left[end + 1 :]]


def decision_column_off(text: str) -> str:
    """The text with a two-column protocol's decisions written under each paragraph's
    case text (see the module); a text without the column heads is returned as it is."""
    if not any(w in text for w in ("eslutning", "fgørelse", "ESLUTNING", "FGØRELSE")):
        return text  # (the heads in capitals too: "SAG  BESLUTNING")
    if not _column_heads_in(text):
        return text
    heads = _COLUMN_HEADS.search(text)
    if heads is None:
        return text
    col = heads.start("label") - heads.start()
    if col < 30:
        return text
    label = heads.group("label").capitalize()
    before = text[: heads.start()]
    lines = text[heads.end() :].split("\n")[1:]
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        out.extend(_title_joined(left))
        if right:
            out.extend([f"{label}:", *right])
        left.clear()
        right.clear()

    first = 1 if lines and _RULE.match(lines[0]) else 0
    for k in range(first, len(lines)):
        line = lines[k]
        if _RULE.match(line):
            flush()
            out.extend(lines[k + 1 :])
            break
        if not line.strip():
            flush()
            out.append("")
            continue
        cell_left, cell_right = _cells(line, col)
        if cell_left.strip():
            left.append(cell_left)
        if cell_right:
            right.append(cell_right)
    else:
        flush()
    return before + "\n".join(out)
