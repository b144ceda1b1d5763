"""Round 44 (layouts263, layouts260): a committee referring a case on in the present tense
with the case as the verb's object ("Byrådet henviser forslaget til behandling i
Seniorrådet"), where the present without an object cites ("Forvaltningen henviser til
notatet")."""

from __future__ import annotations

import pytest

from tests.test_decisions import types_of as _types


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget henviser forslaget til behandling i Seniorrådet før 2. behandling.",
        "Udvalget henviser sagen til Økonomiudvalget.",
        "Udvalget henviser ansøgningen til Teknisk Udvalg.",
        "Byrådet henviser forslaget til Børne- og Skoleudvalget.",
        # the compound of a case noun, definite: still the case itself
        "Udvalget henviser budgetforslaget til Økonomiudvalget.",
        # the past and the passive, read before the round, still read
        "Udvalget henviste sagen til Økonomiudvalget.",
        "Sagen henvises til behandling i Handicaprådet.",
    ],
)
def test_the_case_referred_on_is_referred(text: str) -> None:
    assert _types(text) == ["referred"]


@pytest.mark.parametrize(
    "text",
    [
        # the present without the case as object cites, it sends nothing on
        "Forvaltningen henviser til notatet om åbningstider.",
        "Udvalget henviser til bilag 2.",
        "Formanden henviser til Økonomiudvalget.",
        # a body's decision cited in the genitive
        "Udvalget henviser sagen til Økonomiudvalgets beslutning.",
        # a person sent to a service is no case referred
        "Udvalget henviser borgeren til Borgerservice.",
        "Der henvises til bilag 3.",
    ],
)
def test_a_citation_is_no_referral(text: str) -> None:
    assert "referred" not in _types(text)


def test_a_citation_after_the_outcome_leaves_the_outcome() -> None:
    assert _types("Taget til efterretning. Udvalget henviser i øvrigt til notatet.") == ["noted"]
