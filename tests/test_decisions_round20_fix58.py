"""Twentieth round (layouts58): a grant in the present tense after the body that grants."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Kultur- og Fritidsudvalget") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Udvalget bevilger 75.000 kr. til projektet.", "decided"),
        ("Bestyrelsen bevilger et tilskud på 10.000 kr.", "decided"),
        # a grant someone else gives, told in the decision, decides nothing here
        ("Taget til efterretning. Fonden bevilger resten af beløbet.", "noted"),
    ],
)
def test_a_present_grant_by_the_body_is_decided(text: str, want: str) -> None:
    assert _primary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Der udarbejdes en plan for indfasningen.", "decided"),
        ("Sagen haster.\nDer igangsættes en analyse af behovet.", "decided"),
        # a discussion named beside it is the outcome (the order is weak)
        ("Oplægget blev gennemgået.\nDer igangsættes en analyse af behovet.", "discussed"),
        # the next step agreed after a discussion stays the discussion's
        ("Drøftet. Det blev aftalt, at der udarbejdes et notat.", "discussed"),
        # told by the administration, ordered by nobody
        ("Forvaltningen oplyste, at der udarbejdes en plan.", "other"),
    ],
)
def test_an_order_in_the_present_passive_opening_a_sentence_is_decided(
    text: str, want: str
) -> None:
    assert _primary(text, "Direktionen") == want
