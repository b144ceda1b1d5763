"""Twenty-sixth round (layouts127): headers that write the meeting's date, time and place
in uncommon ways, and a grant given in the past passive."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        # a grant named, then given in the past passive
        ("Bevilling på 2,1 mio. kr. til anlægget blev givet.", "decided"),
        ("Støtten blev ydet som ansøgt.", "decided"),
        ("Der blev givet et tilskud på 15.000 kr. til koret.", "decided"),
        # (a grant of before, told in a clause of the outcome, stays background)
        ("Udvalget tog til efterretning, at tilskuddet blev givet i 2021.", "noted"),
    ],
)
def test_grant_given_in_past_passive(text: str, dtype: str) -> None:
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == dtype


_BODY = "\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n"


@pytest.mark.parametrize(
    ("head", "date", "start", "place"),
    [
        # place and time in one field, parted by a slash or written in one run
        (
            "Sted/tid: Byrådssalen, Torvet 1 / torsdag 4/5-2023, kl. 17.00",
            "2023-05-04",
            "17:00",
            "Byrådssalen, Torvet 1",
        ),
        (
            "Tid og sted: 4. maj 2023 kl. 17.00, Byrådssalen, Torvet 1",
            "2023-05-04",
            "17:00",
            "Byrådssalen, Torvet 1",
        ),
    ],
)
def test_place_and_time_field(head: str, date: str, start: str, place: str) -> None:
    text = f"Vejle Kommune\nReferat - Børne- og Familieudvalget\n\n{head}\n{_BODY}"
    meeting = parse_text(text)
    assert meeting.date.isoformat() == date
    assert meeting.start_time == start
    assert meeting.location == place
