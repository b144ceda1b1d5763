"""Round fifty-two (layouts394: minutes whose item number stands after or beside the
title): ``trailing_number._beside_title_numbers`` and its helpers."""

from __future__ import annotations

from analysis.layouts.trailing_number import (
    _after_break,
    _beside_title_numbers,
    _numbered_upwards,
    trailing_numbers,
)


def test_a_bare_number_in_brackets_after_the_title_goes_first():
    text = "Referat\n\nVelkomst (1)\nBeslutning\nGodkendt.\n\nBudget 2030 [2]\nTekst\n"
    out = _beside_title_numbers(text)
    assert "\n1. Velkomst\n" in out
    assert "\n2. Budget 2030\n" in out


def test_the_number_after_nr_or_sag_in_brackets_and_a_wrapped_title():
    text = (
        "Referat\n\nGodkendelse (sag 12)\nGodkendt.\n\n"
        "Orientering om den samlede plan for vejvedligeholdelse\ni 2031 (sag 13)\nTekst\n"
    )
    out = _beside_title_numbers(text)
    assert "\n12. Godkendelse\n" in out
    assert "\n13. Orientering om den samlede plan for vejvedligeholdelse i 2031\n" in out


def test_the_number_after_a_dot_bar_comma_or_em_dash_and_the_items_word():
    text = (
        "Intro\n\nMeddelelser · Punkt 7\nx\n\nSpørgetid | Punkt 8\nx\n\n"
        "Regnskab, pkt. 9\nx\n\nLukket punkt: Salg — nr. 10\n"
    )
    out = trailing_numbers(text)
    for line in ("7. Meddelelser", "8. Spørgetid", "9. Regnskab", "10. Lukket punkt: Salg"):
        assert f"\n{line}\n" in out or out.endswith(f"\n{line}\n")


def test_a_dot_leaders_item_word_reads_the_contents_and_the_headings():
    text = (
        "Indhold\nBeretning ........ Sag nr. 4\nTakster for vand og spildevand, ændring af\n"
        "gebyret ........ Sag nr. 5\n\nBeretning ........ Sag nr. 4\nTaget til efterretning.\n"
    )
    out = _beside_title_numbers(text)
    assert out.startswith("Indhold\n4. Beretning\n5. Takster for vand og spildevand, ændring")
    assert "\n\n4. Beretning\nTaget" in out


def test_what_stays_as_it_was():
    # one such line only; numbers that jump; prose ending in a bracketed number
    assert (
        _beside_title_numbers("Intro\n\nVelkomst (1)\nTekst\n") == "Intro\n\nVelkomst (1)\nTekst\n"
    )
    jumps = "Intro\n\nVelkomst (1)\nx\n\nBudget (9)\nx\n"
    assert _beside_title_numbers(jumps) == jumps
    prose = "Intro\n\nSe bilag (1)\nUdvalget drøftede sagen jf. bilag (2)\n"
    assert _beside_title_numbers(prose) == prose
    # a contents row numbered first: the bracketed number is its page
    pages = "Indhold\n\n1. Velkomst (3)\n2. Budget (4)\n"
    assert _beside_title_numbers(pages) == pages
    # a portal's print line: the meeting and its date before "– Punkt 1"
    printed = "Byudvalget – 2. maj 2024 – Punkt 1\n\nx\n\nByudvalget – 2. maj 2024 – Punkt 2\n"
    assert _beside_title_numbers(printed) == printed


def test_after_break():
    text = "a\n\nb\nc"
    assert _after_break(text, 0, -1)
    assert _after_break(text, 3, -1)
    assert not _after_break(text, 5, -1)
    assert _after_break(text, 5, 4)


def test_numbered_upwards():
    assert _numbered_upwards([1, 2, 3])
    assert _numbered_upwards([201, 202, 204])
    assert _numbered_upwards([41, 42, 43, 41, 42])
    assert not _numbered_upwards([1])
    assert not _numbered_upwards([1, 5])
    assert not _numbered_upwards([1, 2, 1, 2, 1])
    assert not _numbered_upwards([3, 4, 7])
    assert not _numbered_upwards([1, 2, 3, 9])
