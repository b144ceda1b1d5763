"""Twentieth round (layouts67): a hearing reply sent by the body is its decision."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Landdistriktsrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rådet sender høringssvar til Movia inden 1. april.", "decided"),
        ("Seniorrådet indsendte høringssvar som drøftet.", "decided"),
        ("Ældrerådet afgav følgende høringssvar:", "decided"),
        # another body that will reply is no reply of this one
        ("Oversendes til Område-MED, som afgiver høringssvar.", "referred"),
    ],
)
def test_a_hearing_reply_sent(text: str, want: str) -> None:
    assert _primary(text) == want
