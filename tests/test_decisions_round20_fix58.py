"""Twentieth round (layouts58): a grant in the present tense after the body that grants."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Kultur- og Fritidsudvalget") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Udvalget bevilger 75.000 kr. til projektet.", "decided"),
        ("Bestyrelsen bevilger et tilskud på 10.000 kr.", "decided"),
        # a grant someone else gives, told in the decision, decides nothing here
        ("Taget til efterretning. Fonden bevilger resten af beløbet.", "noted"),
    ],
)
def test_a_present_grant_by_the_body_is_decided(text: str, want: str) -> None:
    assert _primary(text) == want
