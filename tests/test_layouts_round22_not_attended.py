"""'Ikke mødt: …' / 'Ikke fremmødt: …' in the header lists the absent (round 22, fix86)."""

from __future__ import annotations

import pytest

from analysis.parse import parse_minutes

_TEXT = """HOLMBY KOMMUNE - ÆLDRERÅDET
BESLUTNINGSPROTOKOL

Mødet afholdt: tirsdag den 3. februar 2026, kl. 10.00
Mødested: Mødelokale 2, Rådhuset, Torvegade 4, Holmby

Deltagere: Grethe Mols, Anders Kjær (formand), Lis Bach
{key}: Erik Vinter, Hanne Skov

1. Godkendelse af dagsorden
   Beslutning: Godkendt.

2. Høring om madservice
   Beslutning: Ældrerådet afgav høringssvar.
"""


@pytest.mark.parametrize("key", ["Ikke mødt", "Ikke fremmødt", "IKKE MØDT"])
def test_absent_listed_and_placed(key: str) -> None:
    meeting = parse_minutes(_TEXT.format(key=key))
    absent = [p.name for p in meeting.participants or [] if not p.present]
    assert absent == ["Erik Vinter", "Hanne Skov"]
    assert "Lis Bach" in [p.name for p in meeting.participants or [] if p.present]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings
