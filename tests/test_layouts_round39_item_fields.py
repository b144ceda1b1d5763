"""A field no rule names on the line under an item's title ("Emnenr.: …", "Fagområde: …",
"Sagsansvarlig: …") says nothing either way: the section heading under it is the
evidence (before, the items under such fields were silently lost in the one above)."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text

_HEAD = "Teknik- og Miljøudvalget\nReferat af mødet den 6. februar 2025 kl. 15.30\n\n"
_FIRST = "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"


@pytest.mark.parametrize(
    "fields",
    [
        "Emnenr.: 05.01.10-G01-2-24",
        "Fagområde: Affald og genbrug",
        "Sagsansvarlig: Mette Brink",
        "Emne: Klimatilpasning",
        "Fagområde: Veje\nSagsansvarlig: Ib Holm",
    ],
)
def test_items_under_an_unknown_field(fields: str) -> None:
    text = (
        f"{_HEAD}{_FIRST}2. Vintertjeneste 2024/25\n{fields}\nSagsfremstilling:\n"
        "Der har været 14 udkald.\nBeslutning:\nTaget til efterretning.\n\n"
        f"3. Kystsikring\n{fields}\nSagsfremstilling:\nDer er søgt om tilskud.\n"
        "Beslutning:\nUdsat.\n"
    )
    items = parse_text(text).items
    assert [(i.number, i.title) for i in items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Vintertjeneste 2024/25"),
        (3, "Kystsikring"),
    ]


def test_a_numbered_line_over_a_field_and_prose_is_no_item() -> None:
    text = (
        f"{_HEAD}{_FIRST}2. Busplan 2025\nSagsfremstilling:\nForvaltningen foreslår:\n"
        "1. Ny rute fra august\nBemærk: ruten er midlertidig\nDen kører hver time.\n"
        "Beslutning:\nGodkendt.\n"
    )
    assert [i.number for i in parse_text(text).items] == [1, 2]


@pytest.mark.parametrize(
    "note",
    [
        "(Udsat fra mødet den 4. februar)",
        "[Til orientering]",
        "Beslutningssag",
        "Varighed 10 min.",
        # (with a field over or under it)
        "(Udsat fra mødet den 4. februar)\nFagområde: Veje",
        "Fagområde: Veje\n[Til orientering]",
    ],
)
def test_items_under_a_short_line_of_their_own(note: str) -> None:
    """One short line under the title, then the item's section heading: still an item."""
    text = (
        f"{_HEAD}{_FIRST}2. Vintertjeneste 2024/25\n{note}\nSagsfremstilling:\n"
        "Der har været 14 udkald.\nBeslutning:\nTaget til efterretning.\n\n"
        f"3. Kystsikring\n{note}\nSagsfremstilling:\nDer er søgt om tilskud.\n"
        "Beslutning:\nUdsat.\n"
    )
    assert [i.number for i in parse_text(text).items] == [1, 2, 3]


def test_a_recommendation_point_over_its_wrapped_line_is_no_item() -> None:
    """ "1. at grunden sælges" / "for 2 mio. kr." / "Beslutning:": the recommendation's
    point wrapped over two lines, no item, though a section heading follows."""
    text = (
        f"{_HEAD}{_FIRST}2. Salg af grund\nIndstilling:\nForvaltningen indstiller:\n"
        "1. at grunden sælges\nfor 2 mio. kr.\n2. at provenuet indgår i kassen\nsom anlæg\n"
        "Beslutning:\nGodkendt.\n"
    )
    assert [(i.number, i.title) for i in parse_text(text).items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Salg af grund"),
    ]
