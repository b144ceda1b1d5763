"""Twenty-fourth round (leftover decision phrases of layouts101-110): a grant refused in the
passive negation, a permit named before its verb, and the case line of two fields parted by
a middle dot."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.parse import match_case_number


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a grant refused in the passive negation: the application fell
        ("Der ydes ikke tilskud.", "rejected"),
        ("Der gives ikke tilskud til foreningens sommerlejr.", "rejected"),
        ("Der bevilges ikke støtte, da puljen er opbrugt.", "rejected"),
        ("Der ydes ikke underskudsgaranti til koncerten.", "rejected"),
        # (the grant given stays decided)
        ("Der ydes tilskud på 15.000 kr.", "decided"),
        # a permit named first, then its verb: decided as "Der meddeles tilladelse" is
        ("Tilladelse meddelt.", "decided"),
        ("Dispensation meddelt som ansøgt.", "decided"),
        ("Landzonetilladelse gives på vilkår om beplantning.", "decided"),
        ("Der meddeles tilladelse.", "decided"),
        # (the permit refused stays rejected)
        ("Dispensation meddeles ikke.", "rejected"),
    ],
)
def test_round24_fixphr_decision_phrases(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("line", "case"),
    [
        # the case system's id, a middle dot, then the case's own "Sags ID" field
        ("Akt-id: 4471093 · Sags ID: 25/3318", "25/3318"),
        ("Akt-id: 4471093 | Sags ID: 24/907", "24/907"),
        ("Formål: Beslutning · Sags ID: 25/77", "25/77"),
    ],
)
def test_round24_fixphr_case_after_akt_id(line: str, case: str) -> None:
    assert match_case_number(line) == case
