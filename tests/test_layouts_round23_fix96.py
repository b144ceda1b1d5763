"""Twenty-third round (layouts96: full council and committee minutes): the small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the participle closing a short sentence that names only what was granted
        ("Fritagelse bevilget.", "decided"),
        ("Orlov bevilget.", "decided"),
        ("Godkendt. Orlov bevilget.", "approved"),
        # (a participle after a longer sentence is no grant of this meeting's)
        ("Midlerne anvendes som bevilget.", "other"),
        # the body's lead-in over its numbered points: the points are what was decided
        ("Byrådet besluttede:\n\n1. at vedtage planen\n\n2. at frigive midlerne", "approved"),
        ("Kommunalbestyrelsen besluttede:\n\n1. at prioritere projekterne", "decided"),
        # (an empty field over "Intet." still says nothing)
        ("Opfølgning: –\n\nIntet.", "none"),
    ],
)
def test_decision_types(text: str, primary: str) -> None:
    assert primary_decision_type(t for t, _ in classify_decision(text)) == primary
