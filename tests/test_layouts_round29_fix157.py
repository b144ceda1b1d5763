"""Twenty-ninth round, layouts157 (minutes printed in two languages: Danish with German,
Swedish or English): the second language told from the Danish by its words, so a
heading, a label or a cell in both languages reads as its Danish part, and a header's
Danish label before its translation ("Sted / Venue: …") as the Danish field."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.bilingual import danish_text, foreign, foreign_columns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Genehmigung der Tagesordnung", True),
        ("Mitteilungen", True),
        ("Verschiedenes", True),
        ("Approval of the agenda", True),
        ("Any other business", True),
        ("Godkännande av dagordningen", True),
        ("Godkendelse af dagsorden", False),
        ("Meddelelser", False),
        ("Budget 2025 – ændringer", False),
        ("selvbetjening", False),
    ],
)
def test_foreign_words(text: str, expected: bool) -> None:
    assert foreign(text) is expected


def test_language_heads_name_the_columns_to_leave_out() -> None:
    assert foreign_columns(["Nr.", "Dansk", "Deutsch"]) == [2]
    assert foreign_columns(["**ENGLISH**", "**DANSK**"]) == [0]
    assert foreign_columns(["Pkt.", "Emne", "Beslutning"]) == []
    assert foreign_columns(["Deutsch", "English"]) == []  # no Danish column


def test_monolingual_slashes_stay() -> None:
    text = "1. Budget / regnskab 2024\nBeslutning: Godkendt.\n2. Veje / stier\nBeslutning: Udsat."
    assert danish_text(text) == text


def test_danish_label_before_its_translation_is_the_field() -> None:
    meeting = parse_text(
        "Ældrerådet\n"
        "Referat\n"
        "Dato: 4. februar 2025 kl. 10.00\n"
        "Sted / Venue: Aktivitetscentret, Storegade 3\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n\n"
        "2. Eventuelt\n\nBeslutning: Intet.\n"
    )
    assert meeting.location == "Aktivitetscentret, Storegade 3"
