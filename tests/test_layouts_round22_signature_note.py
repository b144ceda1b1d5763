"""A header note saying where the signature page is, placed (round 22, fix86)."""

from __future__ import annotations

import pytest

from analysis.layouts.signature_note import signatures_elsewhere
from analysis.parse import parse_minutes

_TEXT = """REFERAT
Kommunalbestyrelsen
Ordinært møde den 09.02.2026 kl. 17.00 i Byrådssalen, Rådhuset, Torvet 2, Vesterby

Fraværende: Lene Holt (C)
{note}

1. Meddelelser
Kommunalbestyrelsens beslutning
Taget til efterretning.

2. Salg af byggegrund på Åvej
Kommunalbestyrelsens beslutning
Godkendt.
"""


@pytest.mark.parametrize(
    "note",
    [
        "Underskriftsblad findes sidst i referatet",
        "Underskrifterne fremgår af sidste side.",
        "Se underskriftsside bagerst",
    ],
)
def test_signature_note_placed(note: str) -> None:
    meeting = parse_minutes(_TEXT.format(note=note))
    assert [it.number for it in meeting.items] == [1, 2]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings


def test_only_the_note() -> None:
    assert not signatures_elsewhere("Underskrifter indhentes digitalt efter mødet hos alle")
    assert not signatures_elsewhere("Undersøgelsen findes sidst i referatet")
    assert not signatures_elsewhere("Se bilag 3")
