"""Fifty-second round, layouts396: minutes from phone portals printing every field as a card.

Each field's label on its own line over its value (``card_fields.card_fields``): the item's
number card ``Punkt`` / ``3`` read as ``Punkt 3``, every other field card (``Titel``,
``Sagsnummer``, ``Status``, ``Dato``, ``Sted`` …) as one labelled line, only where two item
numbers at least are cards; ``Klokkeslæt`` as the meeting's start's label
(``header._FIELD``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.card_fields import card_fields

_CARDS = """Referat

Udvalg
Plan- og Boligudvalget

Dato
05.06.2024

Klokkeslæt
16:00

Sted
Udvalgsværelse 2, Rådhuset

Punkt
7

Titel
Godkendelse af dagsorden

Sagsnummer
24/1180

Status
Åben

Beslutning
Godkendt.

Punkt
8

Titel
Boligsocial helhedsplan for Nørrevang
- forlængelse

Sagsnummer
24/0977

Status
Åben

Beslutning
Taget til efterretning.
"""


def test_number_and_field_cards_are_read_as_labelled_lines() -> None:
    out = card_fields(_CARDS)
    lines = out.split("\n")
    assert len(lines) == len(_CARDS.split("\n"))  # the lines keep their numbers
    assert "Punkt 7" in lines
    assert "Titel: Godkendelse af dagsorden" in lines
    assert "Sagsnummer: 24/1180" in lines
    assert "Status: Åben" in lines
    assert "Klokkeslæt: 16:00" in lines
    # a title's wrapped rest stays under the joined line; a section stays a heading
    assert "Titel: Boligsocial helhedsplan for Nørrevang\n- forlængelse" in out
    assert "Beslutning\nGodkendt." in out


def test_cards_parse_as_items_with_titles_cases_and_decisions() -> None:
    meeting = parse_text(_CARDS)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (7, "Godkendelse af dagsorden", "24/1180"),
        (8, "Boligsocial helhedsplan for Nørrevang - forlængelse", "24/0977"),
    ]
    assert meeting.start_time == "16:00"
    assert meeting.forum == "Plan- og Boligudvalget"


@pytest.mark.parametrize(
    "text",
    [
        # one number card alone: no card layout
        "Referat\n\nPunkt\n1\n\nTitel\nGodkendelse af dagsorden\n",
        # a label alone over its text in ordinary minutes
        "1. Godkendelse af dagsorden\n\nStatus\nSagen er afsluttet.\n\n2. Eventuelt\n",
    ],
)
def test_text_without_number_cards_is_left_as_it_was(text: str) -> None:
    assert card_fields(text) is text


def test_a_label_not_after_a_blank_line_is_no_card() -> None:
    text = "Punkt\n1\n\nPunkt\n2\n\nSagen drøftes\nStatus\nuændret\n"
    assert "Status\nuændret" in card_fields(text)


def test_a_label_with_its_colon_over_the_value_is_a_card() -> None:
    text = "Punkt:\n1\n\nTitel:\nBudgetopfølgning\n\nPunkt:\n2\n\nTitel:\nEventuelt\n"
    out = card_fields(text)
    assert "Punkt 1" in out.split("\n")
    assert "Titel: Budgetopfølgning" in out.split("\n")
