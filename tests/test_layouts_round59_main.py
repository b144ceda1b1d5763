"""Fifty-ninth session, the lead's rules from the held-out sets (layouts429-435): a
budget's second reading lists its amendments one by one, each under its label line
("Ændringsforslag nr. 1 fra Ø (…):"), its vote's tally lines ("For stemte: …" / "Imod
stemte: …") and a bare verdict on a line of its own ("Forkastet."); the verdict is the
amendment's, and the item's own outcome is told after them. Read by
``enrich.decisions._without_rejected_amendment`` with ``_verdict_under_tally``. And a
region's committee named by what it is for ("Udvalget for psykiatri og social 4. februar
2026:") as the dated label over its decision (``parse._BODY_DATE_COLON``, through
``parse.decision_heading``)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.parse import decision_heading


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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a committee named by what it is for, its noun first, then the date and a colon
        (
            "Udvalget for psykiatri og social 4. februar 2026:",
            ("Udvalget for psykiatri og social", dt.date(2026, 2, 4)),
        ),
        ("Udvalg for Natur 3. marts 2025:", ("Udvalg for Natur", dt.date(2025, 3, 3))),
        # the body's noun last, read so before
        (
            "Børne- og Skoleudvalget den 6. november 2018:",
            ("Børne- og Skoleudvalget", dt.date(2018, 11, 6)),
        ),
        # no colon: a sentence or a heading, no label over a decision
        ("Udvalget for psykiatri og social 4. februar 2026", None),
        ("Udvalget for psykiatri og social holdt møde:", None),
    ],
)
def test_committee_for_dated_label(line: str, expected: tuple[str, dt.date] | None) -> None:
    assert decision_heading(line) == expected
