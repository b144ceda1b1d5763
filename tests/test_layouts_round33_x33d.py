"""Round 33, second pass (x33d): decision types the set's minutes wrote in ways the
reader missed (invented examples)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a numbered proposal is no person's name, its refusal stands
        ("Forslag 2 blev ikke godkendt.", "rejected"),
        ("Punkt 4 blev ikke godkendt.", "rejected"),
        # a split vote over numbered proposals: the refused point wins
        ("Forslag 2 blev ikke godkendt, forslag 1 og 3 godkendt.", "rejected"),
        ("Forslag 1 blev godkendt. Forslag 2 blev ikke godkendt.", "rejected"),
        # (an amendment voted down before the item's approval stays no outcome)
        ("Ændringsforslag fra Ø blev forkastet. Herefter blev indstillingen godkendt.", "approved"),
        # the closed protocol, as the closed minutes: nothing said here
        ("Se lukket protokol.", "none"),
        ("Se den lukkede protokol.", "none"),
        # a result clause whose subject is the item itself is its outcome
        ("Tiden slap op, så punktet er udsat til næste møde.", "postponed"),
        ("Tilskuddet godkendes, så foreningen udsætter sæsonstarten.", "approved"),
        # the item put on the agenda of a later meeting
        ("Punktet sættes på dagsordenen til næste møde.", "postponed"),
        ("Sagen sættes på nov.-mødet.", "postponed"),
        # a compound of a case noun is the case sent on
        ("Udvalget oversender budgetforslaget til 2. behandling i Byrådet.", "referred"),
        ("Udvalget sender lokalplanforslaget videre til Økonomiudvalget.", "referred"),
        # who told the forum, another body's act told after the colon
        ("Orientering ved KJ: Økonomiudvalget udsatte sagen om grundsalget.", "noted"),
        ("Orientering fra direktøren: Byrådet har vedtaget budgettet.", "noted"),
        # (talk, then the item taken up again: the talk is what was done, as before)
        ("Drøftet – punktet genoptages på næste møde.", "discussed"),
    ],
)
def test_decision_types_x33d(text: str, want: str) -> None:
    assert _primary(text) == want
