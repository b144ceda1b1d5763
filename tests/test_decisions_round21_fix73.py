"""Twenty-first round (layouts73): a closed item's decision kept in a separate protocol
decides nothing in the published minutes."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Direktionen") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lukket punkt – referat i særskilt protokol.", "none"),
        ("Lukket sag. Beslutningen fremgår af den lukkede protokol.", "none"),
        ("Referatet er ført i særskilt protokol.", "none"),
        # a decision beside the note is still that decision; a protocol approved is one
        ("Godkendt. Referat i særskilt protokol.", "approved"),
        ("Den lukkede protokol blev godkendt.", "approved"),
    ],
)
def test_withheld_decision_is_none(text: str, want: str) -> None:
    assert _primary(text) == want
