"""Thirtieth round (layouts168: members' own points in council minutes): decision phrases."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    "text",
    [
        # a member's question answered, how and where told: nothing decided (as "Besvaret.")
        "Spørgsmålet blev besvaret på mødet af rådmanden for kultur.",
        "Besvaret skriftligt og mundtligt på mødet.",
        "Spørgsmålene blev besvaret på mødet.",
        "Besvaret mundtligt.",
        # question time no citizen used
        "Der var ingen fremmødte borgere med spørgsmål.",
        "Ingen borgere med spørgsmål.",
    ],
)
def test_answered_or_unused_question_time_is_none(text: str) -> None:
    assert _primary(text) == "none"


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        # a bare vote closing the text adopts the motion before it
        (
            "Forslaget oversendes til Kultur- og Fritidsudvalget med henblik på budget 2026.\n"
            "Vedtaget uden afstemning.",
            "referred",
        ),
        ("Sagen udsættes til næste møde. Enstemmigt vedtaget.", "postponed"),
        ("Forslaget sendes til Teknisk Udvalg. Vedtaget med 21 stemmer mod 6.", "referred"),
        # an amendment voted down, then the item adopted: still approved
        ("Ændringsforslaget blev forkastet. Vedtaget med 20 stemmer mod 5.", "approved"),
        ("Godkendt.", "approved"),
    ],
)
def test_bare_vote_adopts_the_motion_before_it(text: str, dtype: str) -> None:
    assert _primary(text) == dtype


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        # a member released from office on request
        ("Hanne Vig blev fritaget for hvervet som medlem af kommunalbestyrelsen.", "decided"),
        ("Søren Bak blev ikke fritaget for hvervet.", "rejected"),
        # what is asked for is no decision
        ("Søren Bak ønsker at blive fritaget for hvervet.", "other"),
    ],
)
def test_released_from_office(text: str, dtype: str) -> None:
    assert _primary(text) == dtype
