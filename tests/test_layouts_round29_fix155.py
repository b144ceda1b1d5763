"""Round 29 (layouts155: items marked only by typography): the small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text

_BODY = """

Godkendelse af dagsorden

Beslutning

Godkendt.

Trafiksikkerhedsplan

Beslutning

Taget til efterretning.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the part an outcome excepts, refused in a relative clause: the outcome stands
        (
            "Anbefales med undtagelse af puljen til stier, som udvalget ikke kan anbefale.",
            "recommended",
        ),
        (
            "Anbefales, bortset fra bevillingen til broen, som udvalget ikke kan anbefale.",
            "recommended",
        ),
        # a refusal of the item itself stays one
        ("Udvalget kan ikke anbefale forslaget.", "rejected"),
        ("Forslaget, som udvalget ikke kan anbefale, afvises.", "rejected"),
    ],
)
def test_excepted_part_refused_is_no_outcome(text: str, want: str) -> None:
    assert primary_decision_type(t for t, _ in classify_decision(text)) == want


@pytest.mark.parametrize(
    ("line", "start", "place"),
    [
        (
            "Referat af møde kl. 16.30-18.00, Sorø Rådhus, Rådhusvej 8, mødelokale 2",
            "16:30",
            "Sorø Rådhus, Rådhusvej 8, mødelokale 2",
        ),
        ("Referat fra mødet kl. 9.00-11.00 i Kulturhuset", "09:00", "Kulturhuset"),
    ],
)
def test_kind_of_document_before_the_hour_and_place(line: str, start: str, place: str) -> None:
    """The date on the line above, the kind of document before the hour: the start and
    the place are read as from "Møde kl. …, <place>"."""
    text = f"Sorø Kommune\n\nÆldrerådet\n\n12. maj 2022\n\n{line}\n\nDeltagere: Ib Holm.\n{_BODY}"
    meeting = parse_text(text)
    assert (meeting.start_time, meeting.location) == (start, place)
