"""Twentieth round (layouts72): the last meeting's minutes signed are approved."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Idrætsrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Protokollen underskrevet.", "approved"),
        ("Referatet blev underskrevet af de fremmødte.", "approved"),
        ("Beslutningsprotokollen fra mødet 4. marts blev underskrevet.", "approved"),
        # a contract signed is no approval of minutes; a refusal to sign approves nothing
        ("Formanden underskrev lejekontrakten.", "other"),
        ("Protokollen blev ikke underskrevet.", "other"),
    ],
)
def test_minutes_signed_are_approved(text: str, want: str) -> None:
    assert _primary(text) == want
