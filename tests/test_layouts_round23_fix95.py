"""Twenty-third round (layouts95): minutes laid out as tables; the small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.evaluate import _label_numbers
from analysis.layouts import parse_text


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an election written in the passive: decided
        ("Som formand valgtes Jonna Ravn (Ældre Sagen).", "decided"),
        ("Til næstformand genvalgtes Poul Eg.", "decided"),
        ("Karen Holt Lund blev valgt som formand.", "decided"),
        # (the item's word alone is no election)
        ("Valg af formand.", "other"),
        # a postponement in a result clause with a subject of its own is what the
        # decision brings about, not a postponement of the item
        ("Udvalget bevilgede tilskud, så foreningen udsætter byggeriet et år.", "decided"),
        # (the verb right after "så": a main clause, the item put off)
        ("Drøftet, så udsættes sagen til juni.", "postponed"),
    ],
)
def test_decision_types(text: str, primary: str) -> None:
    assert _primary(text) == primary


def test_abbreviated_decision_label_in_a_table_cell() -> None:
    """'Besl.: Godkendt.': the decision's word shortened in a school board's table cell."""
    text = (
        "# Skolebestyrelsen – Hvidebæk Skole\n\n**Referat**\n\nDato: 4. marts 2025\n\n"
        "| # | Punkt | Drøftelse | Beslutning |\n|---|---|---|---|\n"
        "| 1 | Godkendelse af dagsorden |  | Besl.: Godkendt. |\n"
        "| 2 | Skolens budget | Lederen gennemgik budgettet. | Besl.: Til efterretning. |\n"
    )
    meeting = parse_text(text)
    decisions = [
        next(s.text for s in it.sections if s.key == "beslutning" and s.text)
        for it in meeting.items
    ]
    assert decisions == [
        "Godkendt.",
        "Til efterretning.",
    ]


def test_label_numbers_all_null_are_places() -> None:
    """Items printed without numbers, labelled "n": null each: numbered by place, as the
    reader numbers them."""
    items = [{"n": None}, {"n": None}, {"n": None}]
    assert _label_numbers(items) == [1, 2, 3]
    assert _label_numbers([{"n": 1}, {"n": None}]) == [1, None]
