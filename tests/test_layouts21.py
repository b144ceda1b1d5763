"""Families taught by the fourteenth round's set of internal forums' notes (layouts21)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.evaluate import _item_number
from analysis.layouts import parse_text
from analysis.parse import BodyRules, heading_key, to_lines


def test_a_med_committees_genitive_with_an_apostrophe_heads_the_decision() -> None:
    rules = BodyRules(meeting_date=dt.date(2025, 1, 9), forum="LokalMED")
    found = heading_key(to_lines("LokalMED's beslutning:")[0], rules)
    assert found is not None and found[0] == "beslutning"


@pytest.mark.parametrize(("label", "number"), [("A", 1), ("C", 3), ("12", 12), ("2.1", "2.1")])
def test_lettered_labels_are_numbered_by_the_letters_place(label: str, number: object) -> None:
    assert _item_number(label) == number


def test_names_with_initials_beside_numbered_items_are_no_lettered_items() -> None:
    text = (
        "Referat\nMødedato: 3. marts 2025\n\n1. Godkendelse af dagsorden\n\nSagsnr.: 25/100\n\n"
        "Beslutning\n\nGodkendt.\n\n2. Orientering fra formanden\n\nSagsnr.: 25/101\n\n"
        "Orientering ved\n\nA. Hansen\n\nB. Jensen\n\nC. Holm\n\nBeslutning\n\n"
        "Taget til efterretning.\n"
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2]


def test_lettered_headings_number_a_document_that_numbers_nothing() -> None:
    text = (
        "## Projektgruppemøde – Skolestruktur\n\nTirsdag den 4. marts 2025 kl. 9.00\n\n"
        "## A. Status\n\nReferat: Taget til efterretning.\n\n## B. Tidsplan\n\n"
        "Referat: Godkendt.\n\n## C. Eventuelt\n\nIntet.\n"
    )
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Status"),
        (2, "Tidsplan"),
        (3, "Eventuelt"),
    ]
    assert meeting.forum == "Projektgruppen Skolestruktur"


def test_a_committees_chair_and_deputy_fields_are_participants() -> None:
    text = (
        "Hovedudvalget\n\nREFERAT\n\nMødetidspunkt: Torsdag den 06.03.2025 kl. 10.00\n"
        "Formand: Kommunaldirektør Ib Sand\nNæstformand: Lis Mo (FOA)\n\n"
        "Pkt. 1 Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        "Pkt. 2 Eventuelt\nBeslutning:\nIntet.\n"
    )
    meeting = parse_text(text)
    roles = {p.role for p in meeting.participants}
    assert {"Formand", "Næstformand"} <= roles
    assert not any("could not be placed" in w for w in meeting.warnings)
