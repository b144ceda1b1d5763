"""Twenty-fifth round (layouts112: minutes written in Word): a case sent to boards or
councils for their comments ("til udtalelse") is consultation, no referral, as "til
høring" is (to a committee or the council it is a referral); the forum's
recommendation carried after a vote ("Anbefalingen er hermed vedtaget") is recommended; the
platform of a virtual meeting alone under the dated line is its place."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.small_place import place_line_under


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # sent out for comments: consultation, as "sendes i høring" is
        ("Drøftet, og planen sendes til udtalelse i skolebestyrelserne.", "discussed"),
        ("Planen sendes til udtalelse i Handicaprådet.", "other"),
        ("Forslaget sendes til Ældrerådet til udtalelse.", "other"),
        ("Udkastet sendes til Integrationsrådet til kommentering.", "other"),
        # (the body named, then "til høring": the same, as "til orientering" already was)
        ("Sagen sendes til Ældrerådet til høring.", "other"),
        # (sent on for the body to act stays a referral, and so does a case sent to a
        # committee or the council for its statement: it goes on in the chain that decides)
        ("Sagen sendes til Ældrerådet til videre behandling.", "referred"),
        ("Sendes til udtalelse i Plan- og Miljøudvalget.", "referred"),
        ("Sagen sendes til Teknik- og Miljøudvalget til udtalelse.", "referred"),
        ("Sendes til udtalelse i ØU.", "referred"),
        ("Sagen oversendes til Økonomiudvalget.", "referred"),
    ],
)
def test_round25_fix112_sent_for_comments(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the forum's recommendation carried: recommended, as "Indstillingen anbefales" is
        (
            "For stemte: A, B og F (5)\nImod stemte: V (2)\nAnbefalingen er hermed vedtaget.",
            "recommended",
        ),
        ("Anbefalingerne blev vedtaget.", "recommended"),
        # (another body's advice adopted, or the administration's "Anbefaling" approved)
        ("Anbefalingen fra Ældrerådet blev vedtaget.", "approved"),
        ("Anbefalingen blev godkendt.", "approved"),
        ("Indstillingen er hermed vedtaget.", "approved"),
    ],
)
def test_round25_fix112_recommendation_carried(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Zoom / Teams (online møde)", "Zoom / Teams (online møde)"),
        ("Microsoft Teams", "Microsoft Teams"),
        ("Teams-møde", "Teams-møde"),
        ("Virtuelt møde på Zoom", "Virtuelt møde på Zoom"),
        # (a team or a sentence is no platform)
        ("Teamsamarbejde i hjemmeplejen", None),
        ("Mødet holdes på Teams, hvis smitten stiger", None),
    ],
)
def test_round25_fix112_platform_under_dated_line(line: str, place: str | None) -> None:
    assert place_line_under(line, False) == place
