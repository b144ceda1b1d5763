"""Twenty-first round (layouts75): a working group set up in the present passive after a
discussion is the discussion's next step."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Kulturudvalget") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Udvalget drøftede oplægget. Der nedsættes en arbejdsgruppe.", "discussed"),
        # alone, or in the past, setting it up is what was decided
        ("Der nedsættes en arbejdsgruppe med tre medlemmer.", "decided"),
        ("Drøftet. Udvalget nedsatte en arbejdsgruppe.", "decided"),
        ("Drøftet. Der blev nedsat en arbejdsgruppe.", "decided"),
    ],
)
def test_a_working_group_ordered_after_a_discussion(text: str, want: str) -> None:
    assert _primary(text) == want
