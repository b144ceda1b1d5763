"""A grant refused in the negation ("Ansøgningen blev ikke bevilget") is ``rejected``."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


@pytest.mark.parametrize(
    "text",
    [
        "Ansøgningen blev ikke bevilget.",
        "Tilskud bevilges ikke.",
        "Udvalget bevilgede ikke tilskuddet.",
        "Der blev ikke bevilget midler til projektet.",
    ],
)
def test_negated_grant_is_rejected(text: str) -> None:
    assert [t for t, _ in classify_decision(text)] == ["rejected"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Udvalget bevilgede 25.000 kr.", ["decided"]),
        ("Bevilget.", ["decided"]),
        # a grant in part is not a refusal (read as nothing rather than rejected)
        ("Udvalget bevilgede ikke det fulde beløb, men 20.000 kr.", ["other"]),
        # a participle before its noun is no grant of this meeting
        ("De ikke bevilgede midler overføres til næste år.", ["other"]),
    ],
)
def test_grant_and_partial_grant_are_not_refusals(text: str, expected: list[str]) -> None:
    assert [t for t, _ in classify_decision(text)] == expected
