"""Layout families taught in round 18 (fix49): internal meetings' programmes, action logs,
reply chains and templates (pure)."""

from __future__ import annotations

from analysis.layouts.time_slots import time_slot_headings


def test_a_programme_of_slots_numbers_its_items_and_drops_breaks() -> None:
    text = (
        "Kl. 9.00-9.30   Velkomst\n    Opsamling: Intet.\n\n"
        "Kl. 9.30-10.00   PAUSE\n\n"
        "Kl. 10.00-11.00\tBudget 2026\n    Opsamling: Godkendt.\n\n"
        "kl. 11.00-11.30  Frokost\n\n"
        "Kl. 11.30-12.00   Afrunding\n"
    )
    lines = time_slot_headings(text).split("\n")
    assert lines[0] == "1. Velkomst (9.00-9.30)"
    assert lines[3] == ""  # the break: no item, no text of the item before
    assert lines[5] == "2. Budget 2026 (10.00-11.00)"
    assert lines[8] == ""
    assert lines[10] == "3. Afrunding (11.30-12.00)"
    assert len(lines) == len(text.split("\n"))  # line numbers kept


def test_two_slot_lines_are_no_programme() -> None:
    text = "1. Budget\nKl. 9.00-9.30   Oplæg ved økonomi\nKl. 9.30-10.00   Drøftelse\n"
    assert time_slot_headings(text) == text


def test_a_programme_of_breaks_alone_is_left() -> None:
    text = "Kl. 9.00-9.15   Kaffe\nKl. 10.00-10.15   Pause\nKl. 12.00-12.30   Frokost\n"
    assert time_slot_headings(text) == text
