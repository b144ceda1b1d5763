"""Twenty-third round (layouts100): council and committee web pages of Zealand,
Lolland-Falster, Bornholm and the capital area, copied as text."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.ruled import ruled_titles
from analysis.layouts.text import unrule
from analysis.parse import match_case_number


@pytest.mark.parametrize(
    ("line", "case"),
    [
        # the case's number first, then the document's, in one field
        ("Sagsnr./Dokumentnr.: 25/3310 / 25/28841", "25/3310"),
        # (the other order, already read: the document's first)
        ("Doknr./Sagsnr.: 47245/25 / 25-004512", "25-004512"),
        # the file's id as the only number in an item's field line
        ("Akt-id: 21/14402   Sagsbehandler: Line Krogh", "21/14402"),
        ("Akt-id: 19/31002", "19/31002"),
    ],
)
def test_case_fields(line: str, case: str | None) -> None:
    assert match_case_number(line) == case


def test_body_and_date_alone_label_ruled_items() -> None:
    text = "\n".join(
        [
            "Kultur- og Fritidsudvalget",
            "Tirsdag den 14. maj 2024 kl. 16.30",
            *[
                line
                for n in (1, 2, 3)
                for line in (
                    "────────",
                    f"Emne nummer {n}",
                    f"Sagsnummer: 2024-000{n}",
                    "Kultur- og Fritidsudvalget 14.05.2024",
                    "Godkendt.",
                )
            ],
        ]
    )
    marked = ruled_titles(text).split("\n")
    assert marked[3] == "## Emne nummer 1"
    # the body's dated line written with its colon, the decision heading's form
    assert marked[5] == "Kultur- og Fritidsudvalget 14.05.2024:"
    assert marked[0] == "Kultur- og Fritidsudvalget"


def test_box_drawing_rules_are_blank() -> None:
    text = "Titel\n────────────────\nTekst\n════════\n━━━━━━"
    assert unrule(text) == "Titel\n\nTekst\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget ønsker flere tilbud indhentet, og sagen behandles igen på decembermødet.",
        "Punktet behandles på ny, når høringen er slut.",
    ],
)
def test_dealt_with_again_is_postponed(text: str) -> None:
    types = [t for t, _ in classify_decision(text)]
    assert primary_decision_type(types) == "postponed"
