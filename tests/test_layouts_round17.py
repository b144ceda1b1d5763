"""Seventeenth round: the contents list headed 'Indholdsliste' (a PDF print's word)."""

from __future__ import annotations

import pytest

from analysis.parse import parse_minutes

_MINUTES = """Hedensted Kommune

Referat

Udvalg\tPlan- og Boligudvalget
Mødedato: 12-05-2025 kl. 16:00

{head}
1 Godkendelse af dagsorden\t2
2 Boligplan 2026\t2

## 1 Godkendelse af dagsorden

Sagsnr. 25/1001
Udvalgets afgørelse
Godkendt.

## 2 Boligplan 2026

Sagsnr. 25/1420
Udvalgets afgørelse
Godkendt.
"""


@pytest.mark.parametrize("head", ["Indholdsliste", "Indholdsoversigt", "Indholdsfortegnelse"])
def test_the_contents_list_under_its_head_is_placed(head: str) -> None:
    meeting = parse_minutes(_MINUTES.format(head=head))
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Boligplan 2026"]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings
