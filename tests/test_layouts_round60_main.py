"""Sixtieth session, the lead's rules from the held-out sets (layouts438-445): a forum's
decision that the case goes no further ("Udvalget besluttede, at sagen ikke fremmes.",
"Bestyrelsen besluttede ikke at fremme forslaget.") is a refusal, though the matcher reads
the forum's "besluttede" (``enrich.decisions._NOT_SUPPORTED`` under ``_classified``); not
a case held back until something has happened ("…, før der foreligger en plan."). And a
closed item's standing note in the present ("Lukket punkt – behandles for lukkede døre.",
"Behandles for lukkede døre.") says nothing decided (``_NOT_MINUTED``)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget besluttede, at sagen ikke fremmes.",
        "Bestyrelsen besluttede ikke at fremme forslaget.",
        "Rådet besluttede, at ansøgningen ikke skal fremmes.",
        "Sagen fremmes ikke.",
    ],
)
def test_case_not_advanced_is_refused(text: str) -> None:
    assert _type(text) == "rejected"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held back until something has happened: not refused
        ("Udvalget besluttede, at sagen ikke fremmes, før der foreligger en plan.", "decided"),
        ("Udvalget besluttede at fremme sagen.", "decided"),
    ],
)
def test_case_advanced_or_held_back_is_not_refused(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lukket punkt – behandles for lukkede døre.",
        "Behandles for lukkede døre.",
        "Punktet blev behandlet for lukkede døre.",
    ],
)
def test_closed_items_note_in_the_present_says_nothing_decided(text: str) -> None:
    assert _type(text) == "none"
