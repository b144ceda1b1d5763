"""Twenty-sixth round (layouts126): board minutes of municipal companies and joint bodies
(I/S, A/S: utilities, waste, harbours, transport, fire and rescue)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts.outcome import outcome_line


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # approved, then signed by those present: the outcome all the same
        ("Protokollen blev godkendt og underskrevet.", True),
        # a request refused in the board's own words (or granted)
        ("Bestyrelsen kunne ikke imødekomme anmodningen.", True),
        ("Udvalget imødekom ansøgningen om tilskud.", True),
        # the item's purpose alone as a label is no outcome, its text is under it
        ("Til orientering:", False),
        ("Til beslutning:", False),
        # (the note taker's own "Til orientering." still is)
        ("Til orientering.", True),
    ],
)
def test_board_outcome_lines(text: str, outcome: bool) -> None:
    assert outcome_line(text) is outcome


def test_audit_firm_name_is_no_approval() -> None:
    # "Godkendt" in an audit firm's legal name: the election is the decision
    text = "Nordvest Godkendt Revisionspartnerselskab blev genvalgt som revisor for 2025."
    assert classify_decision(text, "Repræsentantskabet")[0][0] == "decided"
    # (the word as the outcome is still approval)
    assert classify_decision("Godkendt. Revisionsaktieselskabet orienterede.")[0][0] == "approved"
