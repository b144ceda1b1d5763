"""Decision types (sixteenth round, fix36): a refusal as the sentence's head and a decision
left to a later meeting."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the refusal as the head: the application fell, as recommended or not
        ("Afslag meddeles i overensstemmelse med indstillingen.", "rejected"),
        ("Afslag givet, jf. indstillingen.", "rejected"),
        ("Afslag meddeles.", "rejected"),
        # the body's refusal as its act on an application stays a permit decision
        ("Udvalget meddelte afslag på ansøgningen.", "decided"),
        # a grant as recommended stays approved
        ("Tilladelse meddeles i overensstemmelse med indstillingen.", "approved"),
        # the decision itself waits for a later meeting
        (
            "Udvalget vil have en drøftelse på et temamøde, inden der træffes beslutning.",
            "postponed",
        ),
        ("Beslutning træffes på næste møde.", "postponed"),
        # a decision made now, the next one later: the decision made counts
        ("Godkendt, inden der træffes beslutning om anlægget.", "approved"),
    ],
)
def test_refusal_lead_and_decision_later(text: str, expected: str) -> None:
    assert classify_decision(text, "Teknisk Udvalg")[0][0] == expected
