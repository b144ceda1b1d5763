"""Nineteenth round (fix54): hard export shapes of everyday minutes."""

from __future__ import annotations

from analysis.layouts.stacked_table import may_stack, stacked_item_table

_STACKED = """Punkt
Drøftelse
Aftale
1. Budgetopfølgning
Økonomichefen gennemgik tallene.
Taget til efterretning.
2. Sommerferie
Planen blev drøftet.
Godkendt.
"""


def test_stacked_table_rows_become_items() -> None:
    text = stacked_item_table(_STACKED)
    assert "## 1. Budgetopfølgning" in text
    assert "## 2. Sommerferie" in text
    # the last cell of a row (the agreement) is the item's conclusion, under a label
    lines = text.split("\n")
    assert lines.index("Godkendt.") > lines.index("## 2. Sommerferie")
    assert lines[lines.index("Godkendt.") - 1] == "Aftale"


def test_stacked_table_needs_a_field_head_and_row_one() -> None:
    # heads naming no field the item grammar knows: a list, no table
    plain = _STACKED.replace("Drøftelse", "Farve").replace("Aftale", "Størrelse")
    assert stacked_item_table(plain) == plain
    # the first row numbered 3: no head row right above its first row
    late = _STACKED.replace("1. Budget", "3. Budget")
    assert stacked_item_table(late) == late


def test_stacked_table_cheap_test() -> None:
    assert may_stack(_STACKED)
    assert not may_stack("Punkt 1: Godkendelse\nPkt. 2 Budget\n")


def test_meeting_prefixed_headings() -> None:
    from analysis.layouts.meeting_prefixed import unprefixed_headings

    text = "## BU 3/4 – Punkt 7: Skoleplan\n\ntekst\n\n## BU 3/4 – Punkt 8: Budget\n"
    assert unprefixed_headings(text) == "## Pkt. 7: Skoleplan\n\ntekst\n\n## Pkt. 8: Budget\n"
    # one such line is a reference, not a run of headings; a sentence's small title neither
    once = "BU 3/4 – pkt. 7: Skoleplan\n"
    assert unprefixed_headings(once) == once
    prose = "Se pkt. 4 nedenfor.\nSe pkt. 5 nedenfor.\n"
    assert unprefixed_headings(prose) == prose


def test_closed_point_headings_keep_their_word() -> None:
    from analysis.layouts.meeting_prefixed import unprefixed_headings

    text = "Lukket punkt 12 Salg af jord\n\nLukket punkt 13 Køb af bygning\n"
    assert unprefixed_headings(text) == text
