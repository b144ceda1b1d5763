"""A grant or permit that says no more than that it is done "som indstillet" is the
recommendation approved (thirty-first round: two labellers of budget minutes, and the
project's own rule for "Sendes i høring som indstillet."); a grant that says more stays
the forum's own decision."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


@pytest.mark.parametrize(
    "text",
    [
        "Bevilget som indstillet.",
        "Anlægsbevillingen blev givet som indstillet.",
        "Dispensation meddelt som indstillet.",
        "Tilladelsen meddeles som indstillet",
    ],
)
def test_done_as_recommended_is_approved(text: str) -> None:
    assert classify_decision(text)[0][0] == "approved"


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget bevilgede 150.000 kr.",
        "Bevilget 60.000 kr. fra puljen.",
        "Udvalget bevilgede 50.000 kr. til projektet som indstillet af forvaltningen i sagen.",
        "Udvalget bevilgede 120.000 kr. som indstillet.",
        "Udvalget fordelte midlerne som foreslået.",
    ],
)
def test_a_grant_that_says_more_is_decided(text: str) -> None:
    assert classify_decision(text)[0][0] == "decided"
