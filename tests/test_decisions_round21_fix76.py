"""Decision types taught in round 21 on layouts76: a list read through with nothing said."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    "text",
    [
        "Oversigten blev gennemgået uden bemærkninger.",
        "Listen over kommende sager blev gennemgået uden kommentarer.",
        "Gennemgået uden bemærkninger.",
    ],
)
def test_read_through_without_remarks_is_noted(text: str) -> None:
    assert _primary(text) == "noted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more than the reading: the rest of the sentence decides
        ("Planen blev gennemgået uden bemærkninger, og godkendt.", "approved"),
        ("Sagen blev gennemgået og drøftet.", "discussed"),
    ],
)
def test_read_through_with_more_is_not_only_noted(text: str, expected: str) -> None:
    assert _primary(text) == expected
