"""Twenty-second round (layouts87): a matter passed on to another unit to take up
('… tages op med Teknik og Miljø') is referred; taken up again later stays postponed."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Seniorrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Belysningen på stien tages op med Vej og Park.", "referred"),
        ("Sagen tages op med forvaltningen.", "referred"),
        ("Manglende skiltning blev taget op med Borgerservice.", "referred"),
        # the item coming back at a later meeting is no referral
        ("Tages op igen i april.", "postponed"),
    ],
)
def test_taken_up_with_another_unit_is_referred(text: str, want: str) -> None:
    assert _primary(text) == want
