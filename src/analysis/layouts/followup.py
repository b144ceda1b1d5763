"""A follow-up label that carries the outcome ("Opfølgning: Referatet godkendt.", pure).

An association's or a local council's minutes (a lokalråd, a borgerforening) often note
each item's result on an ``Opfølgning:`` line under the item's points: "Opfølgning:
Taget til orientering.", "Opfølgning: Besluttet at søge puljen.". Where no item carries a
decision label of its own and the label's text states an outcome on at least two items,
the label is the document's decision field and is read as ``Beslutning:``. Elsewhere
"Opfølgning" stays what it usually is: a follow-up list or an item's next step.
"""

from __future__ import annotations

import re

from analysis.layouts.outcome import outcome_line
from analysis.parse import Line

#: "Opfølgning: …" with its text on the label's line (indented under the item's points).
_FOLLOW_UP = re.compile(r"^\s*opfølgning\s*:\s*(?P<text>\S.*)$", re.I)
#: "Opfølgning:" alone on its line, the text on the line under it (the label written over a
#: longer outcome as a board's Word template sets it).
_FOLLOW_UP_ALONE = re.compile(r"^\s*opfølgning\s*:\s*$", re.I)
#: "Besluttet at …", "Det blev aftalt, at …": an agreement stated as the outcome.
_AGREED = re.compile(r"^(?:det\s+blev\s+)?(?:aftalt|besluttet|vedtaget),?\s+at\s", re.I)
#: A decision label of the document's own: then "Opfølgning" is not the decision.
_DECISION_LABEL = ("beslutning", "konklusion", "aftalt", "aftale", "afgørelse")
#: The end of the first sentence: a full stop before a capital.
_SENTENCE_END = re.compile(r"(?<=[a-zæøå)][.!])\s+(?=[A-ZÆØÅ])")


def states_outcome(text: str) -> bool:
    """Whether the first sentence of ``text`` states an outcome (or an agreement)."""
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    return outcome_line(first) or _AGREED.match(first) is not None


def follow_up_outcomes(lines: list[Line]) -> list[Line]:
    """The lines with each "Opfølgning: <text>" as "Beslutning: <text>" where the label is
    the document's decision field (see the module docstring); else as they were."""
    found: list[tuple[int, str]] = []
    alone: list[int] = []
    for i, line in enumerate(lines):
        head = line.clean.lstrip()[:12].lower()
        if head.startswith(_DECISION_LABEL):
            return lines  # the minutes label their decisions themselves
        if head.startswith("opfølgning"):
            m = _FOLLOW_UP.match(line.clean)
            if m:
                found.append((i, m.group("text")))
            elif (
                _FOLLOW_UP_ALONE.match(line.clean) and i + 1 < len(lines) and not lines[i + 1].blank
            ):
                # ("Opfølgning:" / "<the outcome>": the same field, its text under it; it
                # counts for no outcome, the labels with their text on the line decide)
                alone.append(i)
    if sum(states_outcome(text) for _, text in found) < 2:
        return lines
    out = list(lines)
    for i, text in found:
        out[i] = lines[i]._replace(clean=f"Beslutning: {text}")
    for i in alone:
        out[i] = lines[i]._replace(clean="Beslutning:")
    return out
