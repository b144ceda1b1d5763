"""Unnumbered items whose titles are lines in capitals (pure).

A task force's or working group's short minutes typed as plain text often number nothing
and write each item's title in capitals, opening a paragraph with the notes and the outcome
right under it (no decision label; an action line after it)::

    TRAFIKSIKKERHED VED SKOLERNE
    Gennemgang af de nye tællinger.
    Taget til efterretning.
    Handling: LK sender tallene rundt – frist uge 12

Each such title line (a blank line above it, the item's text right under it, shaped like a
title) opens an item, numbered 1, 2, 3 … in order, where at least three of them open a
paragraph and at least two of the paragraphs state an outcome ("Godkendt.", "Taget til
efterretning.", "Udsat til …"). Tried after the other unnumbered families, below the
header's dated line only, so a letterhead in capitals is never an item.
"""

from __future__ import annotations

from analysis.layouts.headings import Head
from analysis.layouts.inline_case import bracketed_case
from analysis.layouts.outcome import outcome_line
from analysis.layouts.unnumbered import OWNERS_POINT, dated_line, decided_heads, unnumbered_title
from analysis.parse import Line


def _capitals(text: str) -> bool:
    """A line written in capitals: letters, none of them small ("EVT." too), no field. A
    case closing it in brackets with its label ("… ÅDALEN  (sag 25/20417)") is no part of
    the title, and a kind's word before a colon opens a title of two words or more
    ("HØRING: NATURPLAN FOR …"), where a field's label closes the line or stands
    before one word ("STED: RÅDHUSET")."""
    if text[-1:] == ")" and (cased := bracketed_case(text)) is not None:
        text = cased[0]
    if ":" in text:
        label, _, rest = text.partition(":")
        if (
            ":" in rest
            or (" " in label.strip() and not OWNERS_POINT.match(label.strip()))
            or len(rest.split()) < 2
        ):
            return False
    return text[:1].isupper() and text.upper() == text and sum(map(str.isalpha, text)) >= 3


def capital_title(lines: list[Line], p: int) -> bool:
    """The line at ``p`` is a title in capitals opening a paragraph: a blank line above,
    the item's text right under it (``lead_in_list`` counts such titles as headings)."""
    return (
        0 < p < len(lines) - 1
        and lines[p - 1].blank
        and not lines[p + 1].blank
        and _capitals(lines[p].clean.strip())
    )


def _states_outcome(line: Line) -> bool:
    return outcome_line(line.clean)


def capital_items(lines: list[Line], skip: set[int]) -> list[Head]:
    """The items opened by title lines in capitals (see the module docstring), else []."""
    dated = dated_line(lines)
    if dated is None:
        return []
    opens: list[tuple[int, str, str | None]] = []
    for p in range(dated + 1, len(lines) - 1):
        line = lines[p]
        if line.blank or line.index in skip or not lines[p - 1].blank or lines[p + 1].blank:
            continue
        text = line.clean.strip()
        if _capitals(text) and unnumbered_title(text) is not None:
            opens.append((p, text, None))
    if len(opens) < 3:
        return []
    return decided_heads(lines, opens, _states_outcome)
