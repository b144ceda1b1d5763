"""Twentieth round (layouts66): a consultative council's statement given is its decision,
and a case sent out for consultation is not sent on to a body (invented text)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Ældrerådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rådet afgav følgende udtalelse: Der skal være plads til kørestole i bussen.", "decided"),
        ("Ældrerådet afgiver en udtalelse til Social- og Sundhedsudvalget.", "decided"),
        # the reply not given yet: no statement decided
        ("Udsat, da rådet endnu ikke har afgivet udtalelse.", "postponed"),
    ],
)
def test_a_statement_given_is_decided(text: str, want: str) -> None:
    assert _primary(text) == want


def test_sent_out_for_consultation_is_no_referral() -> None:
    assert _primary("Drøftet. Udkastet sendes til høring i de lokale MED-udvalg.") == "discussed"
    # sent on to a body by name stays a referral
    assert _primary("Sagen sendes videre til Økonomiudvalget.") == "referred"
