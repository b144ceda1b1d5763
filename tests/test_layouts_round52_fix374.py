"""Fifty-second round, layouts374: committee and council minutes in many case-number styles.

A case field as the item's footer under its decision, the bare word "Sag" its label and
other fields beside it ("Sag: <number> | Ansvarlig: <unit>"), is the item's case
(``parse._closing_case_field``). A case system's name joined to the case label by a hyphen
("Captia-sagsnr. 18/1475   Akt-id: 881102") labels the case as the name apart does
(``parse._CASE_LINE``). A fixed-width fact box flush at the margin right under the title
(a web page's text, no line indented) is read as the item's fields as an indented box under
its title is (``field_row._title_over_box``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.field_row import _gapped_field_rows, _title_over_box
from analysis.parse import _closing_case_field, match_case_number

# --- the case field in the item's footer ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sag: 27.00.00-A00-4-23 | Ansvarlig: Byggeri", "27.00.00-A00-4-23"),
        ("Sag: 23/5512", "23/5512"),
        ("Sag: 23/5512 · Sagsbehandler: Ole Nør", "23/5512"),
    ],
)
def test_a_bare_case_label_in_the_footer_is_the_case(line: str, case: str) -> None:
    assert _closing_case_field(line) == case


@pytest.mark.parametrize(
    "line", ["Sag: 2 punkter blev drøftet", "Sag: 12 mio. kr. til vejene", "Sag: 3. behandling"]
)
def test_a_sentence_after_sag_is_no_footer(line: str) -> None:
    assert _closing_case_field(line) is None


def test_the_footer_under_the_decision_gives_the_item_its_case() -> None:
    text = (
        "Klimaudvalget\nReferat\n02-05-2023 kl. 16:00\nMødelokale 4, Rådhuset\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Sag: 00.01.00-A00-9-23 | Ansvarlig: Sekretariat\n\n"
        "2. Plan for skybrudssikring\n\nBeslutning\nGodkendt.\n\n"
        "Sag: 13.00.00-P20-2-23 | Ansvarlig: Klima\n"
    )
    meeting = parse_text(text)
    assert [it.case_number for it in meeting.items] == ["00.01.00-A00-9-23", "13.00.00-P20-2-23"]
    assert meeting.items[0].sections[-1].text == "Godkendt."


# --- a case system's name joined to the label by a hyphen --------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Captia-sagsnr. 19/4410   Akt-id: 77120", "19/4410"),
        ("Acadre-sagsnr.: 21/118", "21/118"),
        ("WorkZone-sagsnummer 2022-004411", "2022-004411"),
    ],
)
def test_a_system_joined_to_the_label_by_a_hyphen(line: str, case: str) -> None:
    assert match_case_number(line) == case


def test_a_hyphened_system_field_closes_an_item() -> None:
    assert _closing_case_field("Acadre-sagsnr. 12/2209") == "12/2209"


# --- a fixed-width fact box flush at the margin --------------------------------------------

_FLUSH_HEAD = "Sagsnr.        Dok.nr.       Status"


def test_a_flush_title_over_a_flush_box() -> None:
    assert _title_over_box("Salg af grund ved stationen", _FLUSH_HEAD)
    # a line of cells is another table's row; an indented box keeps its old rule
    assert not _title_over_box("Navn          Rolle", _FLUSH_HEAD)
    assert not _title_over_box("   Se bilag", "   " + _FLUSH_HEAD)


def test_a_flush_box_becomes_the_items_fields() -> None:
    text = "\n".join(
        [
            "Pkt. 7",
            "Salg af grund ved stationen",
            _FLUSH_HEAD,
            "22/4471        9912/22       Åben",
            "",
        ]
    )
    out = _gapped_field_rows(text).split("\n")
    assert out[:5] == [
        "Pkt. 7",
        "Salg af grund ved stationen",
        "Sagsnr.: 22/4471",
        "Dok.nr.: 9912/22",
        "Status: Åben",
    ]


def test_a_sentence_over_a_flush_box_is_no_title() -> None:
    assert not _title_over_box("Se oversigten nedenfor.", _FLUSH_HEAD)
    assert not _title_over_box("Sagens data:", _FLUSH_HEAD)
