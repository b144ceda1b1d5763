"""Web field lists read as 'Label: text' (fix33): the body's decision label on its text's line.

The fixture ``generic-webside-felter-beslutning-i.html`` checks the family end to end;
these tests pin the rule and what it must leave alone.
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import _place_text

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
