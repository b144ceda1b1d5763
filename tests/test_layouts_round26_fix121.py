"""Twenty-sixth round, fix121: historic minutes (1975-2006) as local archives digitise them.

The older past passive of the verbs of deciding ("Vedtoges enstemmigt.", "Indstillingen
tiltrådtes.", "Afslaaes." with "aa" for "å") and a case put before a committee named in
lower case ("Forelægges økonomiudvalget.") are read as the forum's outcome; the layout
families are held by the fixtures named in docs/layouts.md.
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import bare_outcome, outcome_line


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vedtoges enstemmigt.", "approved"),
        ("Vedtoges med 9 stemmer mod 2 (F og Z).", "approved"),
        ("Efter en kort drøftelse vedtoges forslaget med 12 stemmer mod 3.", "approved"),
        ("Tiltrådtes.", "approved"),
        ("Indstillingen tiltraadtes.", "approved"),
        ("Tiltraadt.", "approved"),
        ("Bifaldtes.", "approved"),
        ("Imødekommedes.", "approved"),
        ("Afslaaes.", "rejected"),
        ("Afslaaet.", "rejected"),
    ],
)
def test_historic_passive_decisions(text: str, expected: str) -> None:
    assert _type(text) == expected


def test_taking_up_a_post_is_no_approval() -> None:
    assert _type("Hun tiltrådte stillingen den 1. august.") == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forelægges økonomiudvalget.", "referred"),
        ("Sagen forelægges byrådet med henblik på godkendelse.", "referred"),
        ("Sagen forelægges udvalget igen.", "other"),
        ("Forelægges udvalget på et senere møde.", "other"),
    ],
)
def test_put_before_a_body_in_lower_case(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Godkendtes uden bemærkninger.",
        "Udsattes til næste møde.",
        "Forkastedes med 9 mod 6 stemmer.",
        "Oversendtes til Kultur- og Fritidsudvalget.",
    ],
)
def test_historic_passive_is_a_bare_outcome(text: str) -> None:
    assert bare_outcome(text) and outcome_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Efter en længere forhandling vedtoges forslaget med 13 stemmer",
        "Indstillingen tiltrådtes.",
        "Oversendes til teknisk udvalg til nærmere undersøgelse.",
        "Oversendes til miljøudvalget til fornyet behandling.",
    ],
)
def test_historic_outcome_lines(text: str) -> None:
    assert outcome_line(text)


@pytest.mark.parametrize(
    "text",
    ["Skrivelsen oplæstes.", "Lokalplanen blev vedtaget i 1984 og er siden ændret."],
)
def test_background_is_no_outcome_line(text: str) -> None:
    assert not outcome_line(text)


def test_meeting_closed_with_the_protocol_read() -> None:
    from analysis.layouts.base import _CLOSING

    assert _CLOSING.match("Protokollen oplæst og godkendt. Mødet hævet kl. 20.10.")
    assert _CLOSING.match("Mødet hævet kl. 22.05. Protokollen oplæst og godkendt.")
    assert _CLOSING.match("Protokollen blev læst og mødet hævet kl. 21.00")


def test_hour_after_the_place_is_no_part_of_it() -> None:
    from analysis.layouts.header import _place_text

    assert _place_text("Amtsgården, Viborg, kl. 13.00.") == "Amtsgården, Viborg"
    assert _place_text("Rådhuset, mødesal 2") == "Rådhuset, mødesal 2"


def test_condition_written_verb_first_is_no_outcome() -> None:
    assert not outcome_line("Forkastedes forslaget, ville skatten stige.")
    assert outcome_line("Forkastedes, idet 6 stemte for og 9 imod.")
