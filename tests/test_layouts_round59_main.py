"""Fifty-ninth session, the lead's decision rule from the held-out sets (layouts429-435): a
budget's second reading lists its amendments one by one, each under its label line
("Ændringsforslag nr. 1 fra Ø (…):"), its vote's tally lines ("For stemte: …" / "Imod
stemte: …") and a bare verdict on a line of its own ("Forkastet."); the verdict is the
amendment's, and the item's own outcome is told after them. Read by
``enrich.decisions._without_rejected_amendment`` with ``_verdict_under_tally``."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


_SECOND_READING = (
    "Ændringsforslag nr. 1 fra SF (flere pædagoger i vuggestuerne):\n"
    "For stemte: F (3)\n"
    "Imod stemte: A, V, C og O (22)\n"
    "Forkastet.\n"
    "\n"
    "Ændringsforslag nr. 2 fra Venstre (lavere dækningsafgift):\n"
    "For stemte: V og C (9)\n"
    "Undlod at stemme: O (2)\n"
    "Imod stemte: A og F (14)\n"
    "Faldt.\n"
    "\n"
    "Budgettet med de vedtagne ændringer blev vedtaget med 16 stemmer mod 9.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each verdict under its amendment's tally: the budget's adoption is the item's
        (_SECOND_READING, "approved"),
        # the verdict right under the label (no tally) was read so before
        (
            "Ændringsforslag fra Ø: Skatten hæves.\nForkastet.\n\nIndstillingen blev godkendt.",
            "approved",
        ),
        # a tally under the item's own proposal, not an amendment: the rejection stands
        (
            "Forslaget om ny skole:\nFor stemte: Ø (2)\nImod stemte: A (29)\nForkastet.\n\n"
            "Sagen blev herefter godkendt.",
            "rejected",
        ),
        # a bare verdict under a tally with no label line above it stays the item's
        ("For stemte: Ø (2)\nImod stemte: A (29)\nForkastet.", "rejected"),
        # the item's own rejection after an amendment carried stays
        (
            "Ændringsforslag nr. 1 fra A:\nFor stemte: A (12)\nImod stemte: V (13)\nForkastet."
            "\n\nIndstillingen blev forkastet med 13 stemmer mod 12.",
            "rejected",
        ),
    ],
)
def test_amendment_verdict_under_its_tally(text: str, expected: str) -> None:
    assert _type(text) == expected
