"""Web field lists read as 'Label: text' (fix33): the body's decision label on its text's line.

The fixture ``generic-webside-felter-beslutning-i.html`` checks the family end to end;
these tests pin the rule and what it must leave alone.
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import _place_text
from analysis.layouts.text import is_furniture
from analysis.read import read_bytes

_HEAD = (
    "Herning Kommune\nTeknik- og Miljøudvalget\n\nReferat\n\nOnsdag den 9. april 2025 kl. 8.30\n\n"
)


def _sections(body: str) -> list[tuple[str, str]]:
    meeting = parse_text(_HEAD + body)
    return [(s.key, s.text) for s in meeting.items[0].sections]


def test_body_decision_label_inline_is_this_meetings_decision() -> None:
    body = (
        "1. Vejbelysning\n\nSagsfremstilling: Lamperne skiftes.\n"
        "Beslutning i Teknik- og Miljøudvalget: Godkendt.\n"
    )
    assert ("beslutning", "Godkendt.") in _sections(body)


def test_another_bodys_inline_decision_is_case_history() -> None:
    body = (
        "1. Vejbelysning\n\nSagsfremstilling: Lamperne skiftes.\n"
        "Beslutning i Økonomiudvalget: Anbefales.\n"
        "Beslutning i Teknik- og Miljøudvalget: Godkendt.\n"
    )
    meeting = parse_text(_HEAD + body)
    item = meeting.items[0]
    keys = [(s.key, s.text) for s in item.sections]
    assert ("tidligere_beslutning", "Anbefales.") in keys
    assert ("beslutning", "Godkendt.") in keys
    assert item.case_history[-1].body == "Økonomiudvalget"


def test_beslutning_i_sentence_is_no_label() -> None:
    # "Beslutning i sagen: …" names no body: the line stays the section's text
    body = "1. Vejbelysning\n\nSagsfremstilling: Lamperne skiftes.\nBeslutning i sagen: se bilag.\n"
    assert [k for k, _ in _sections(body)] == ["sagsfremstilling"]


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        ("Ungdomshuset, Algade 3, Nykøbing Sj.", "Ungdomshuset, Algade 3, Nykøbing Sj."),
        ("Rådhuset, Nykøbing M.", "Rådhuset, Nykøbing M."),
        ("Mødelokale A.", "Mødelokale A"),
        ("Rådhuset, lokale Ab.", "Rådhuset, lokale Ab"),
        ("Rådhuset.", "Rådhuset"),
    ],
)
def test_a_towns_abbreviated_part_keeps_its_dot(place: str, kept: str) -> None:
    assert _place_text(place) == kept


def test_print_stamp_after_the_last_pages_footer_is_placed() -> None:
    # the closing "Næste møde" line, the last page's running footer, then the print stamp
    text = (
        "Svendborg Kommune\nBørnerådet\n\nREFERAT\nTirsdag den 8. april 2025 kl. 16.00\n\n"
        "01  Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "02  Eventuelt\n\nBeslutning:\nIntet.\n\n"
        "Næste møde: 3. juni 2025\n\n"
        "Børnerådet 08.04.2025                                          Side 2 af 2\n"
        "Udskrevet: 14-04-2025\n"
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2]
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


def test_a_sites_menu_by_its_class_is_no_text() -> None:
    page = (
        '<html><body><div class="topbar"><ul class="menu"><li>Borger</li><li>Erhverv</li>'
        '<li>Kommunen</li></ul></div><div class="cookieinfo">Vi bruger cookies. '
        '<a href="#">OK</a></div><h1>Referat - Ældrerådet</h1><p>Mødedato: 01.04.2025</p>'
        "</body></html>"
    )
    text = read_bytes(page.encode(), ".html").text
    assert "Borger" not in text and "cookies" not in text
    assert "Referat - Ældrerådet" in text


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Ærø Kommune, Statene 2, 5970 Ærøskøbing - Print denne side - Del på Facebook", True),
        ("Ærø Kommune, Statene 2, 5970 Ærøskøbing - Udskriv siden -", True),
        ("Forside · Selvbetjening · English · Kontakt", True),
        ("Print siden Del på Facebook", True),
        # the owner's address alone, or a body after it, is the header's to read
        ("Ærø Kommune, Statene 2, 5970 Ærøskøbing", False),
        ("Ærø Kommune, Statene 2, 5970 Ærøskøbing - Økonomiudvalget", False),
        ("Forside · Budget 2026 for ældreområdet", False),
    ],
)
def test_page_furniture_of_dashes_and_middle_dots(text: str, furniture: bool) -> None:
    assert is_furniture(text) is furniture
