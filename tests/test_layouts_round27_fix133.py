"""Twenty-seventh round (layouts133): planning, technical and environment committees'
minutes: a case line whose document id stands beside the case without a colon, and a
numbered room in lower case named before its address after "på"."""

from __future__ import annotations

import pytest

from analysis.layouts import header
from analysis.parse import match_case_number


@pytest.mark.parametrize(
    ("text", "case"),
    [
        # the word "Sag", the case, then the paper's id as a cell of its own, no colons
        ("Sag 21/40877 · Akt-id 1188230", "21/40877"),
        ("Sag 21/40877 | Akt-id 1188230", "21/40877"),
        ("Sag 21/40877 · Aktnr. 77", "21/40877"),
        ("Sag 21/40877 · Dokument-id 5521", "21/40877"),
        ("Sag 21/40877 · Akt-id 1188230 · Sagsbehandler: Ida Moos", "21/40877"),
        # (prose beside it stays no case line)
        ("Sag 21/40877 · blev behandlet i marts", None),
    ],
)
def test_case_beside_document_id_without_colon(text: str, case: str | None) -> None:
    assert match_case_number(text) == case


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        (
            " kl. 15.30 i mødelokale 3 på Torvegade 4, 4200 Slagelse",
            "mødelokale 3 på Torvegade 4, 4200 Slagelse",
        ),
        (" kl. 9.00 i lokale 12 i Kulturhuset, Nørrebro 3", "lokale 12 i Kulturhuset, Nørrebro 3"),
        # (the room alone and the room before a comma read as before)
        (" kl. 9.00, lokale 212", "lokale 212"),
        (" kl. 9.00, mødelokale 2.14, Rådhuset", "mødelokale 2.14, Rådhuset"),
    ],
)
def test_numbered_room_then_address_after_paa(rest: str, place: str) -> None:
    assert header._place_after(rest) == place
