"""A letterhead's two columns on one line, the owner and the kind ("Faxe Kommune<TAB>
Referat"), with the body's name on the line below (round 22, fix86)."""

from __future__ import annotations

import pytest

from analysis.layouts.owner_kind import owner_and_kind
from analysis.parse import parse_minutes

_BODY = """Mødedato:\t14. januar 2026
Mødetidspunkt:\t15:00 – 17:00
Mødested:\tByrådssalen, Torvet 1, Stenby
Afbud:\tPer Lund

Indholdsfortegnelse
Punkt 1:\tGodkendelse af dagsorden\t2
Punkt 2:\tNy busrute til Nørremark\t3

Punkt 1:\tGodkendelse af dagsorden
Beslutning:\tGodkendt.

Punkt 2:\tNy busrute til Nørremark
Sagsnr.:\t26/00412
Beslutning:\tGodkendt som indstillet.
"""


@pytest.mark.parametrize(
    "top", ["Stenby Kommune\tReferat", "Stenby Kommune – Referat", "Stenby Kommune   Referat"]
)
def test_owner_and_kind_over_the_body(top: str) -> None:
    meeting = parse_minutes(f"{top}\nVej- og Trafikudvalget\n{_BODY}")
    assert meeting.forum == "Vej- og Trafikudvalget"
    assert meeting.municipality == "Stenby Kommune"
    assert meeting.document_type == "referat"
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings
    assert [it.number for it in meeting.items] == [1, 2]


def test_only_the_owner_and_the_kind_alone() -> None:
    assert owner_and_kind("Ikast-Brande Kommune\tDagsorden") == (
        "Ikast-Brande Kommune",
        "Dagsorden",
    )
    for text in (
        "Stenby Kommune",
        "Referat",
        "Stenby Kommune – Referat af mødet 3. marts",
        "Vej- og Trafikudvalget – Referat",
        "stenby kommune referat",
    ):
        assert owner_and_kind(text) is None, text
