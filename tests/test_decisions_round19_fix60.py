"""Nineteenth round (layouts60): a closed item's record after a dash says nothing decided."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "OmrådeMED Teknik") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lukket punkt – behandlet for lukkede døre.", "none"),
        ("Lukket punkt – fremgår ikke af referatet.", "none"),
        ("Lukket punkt – beslutningen fremgår ikke af det offentlige referat.", "none"),
        # what was agreed after the closed mark is still the decision
        ("Lukket punkt. Aftalt at HR går videre med sagen.", "decided"),
    ],
)
def test_a_closed_items_record(text: str, want: str) -> None:
    assert _primary(text) == want
