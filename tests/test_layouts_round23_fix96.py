"""Twenty-third round (layouts96: full council and committee minutes): the small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.evaluate import _label_numbers


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


def test_unnumbered_labels_numbered_by_place() -> None:
    # items the document numbers nowhere, labelled null: numbered 1, 2, 3 … as read
    items = [{"n": None}, {"n": None}, {"n": None}]
    assert _label_numbers(items) == [1, 2, 3]
    # (a label that numbers some and not others keeps its numbers)
    assert _label_numbers([{"n": 1}, {"n": None}]) == [1, None]
