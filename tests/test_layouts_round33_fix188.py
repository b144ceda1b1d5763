"""Round thirty-three (layouts188: minutes written onto slide decks): small rules."""

from __future__ import annotations

from analysis.layouts.slides import slide_marks_off


def test_a_slides_mark_goes_and_leaves_its_title():
    text = "Dias 1\nMøde uge 11\n\nDias 3 · pkt 1 Godkendelse\nKonklusion: OK\n"
    assert slide_marks_off(text).split("\n")[:4] == ["", "Møde uge 11", "", "Pkt 1 Godkendelse"]
    md = "## Slide 3 of 9 — 2 · Budget\n## Slide 4 of 9 — 3 · Regnskab\n"
    assert slide_marks_off(md) == "## 2 · Budget\n## 3 · Regnskab\n"


def test_the_agenda_slides_title_is_the_lists_label():
    text = "Slide 2 – Dagsorden\n\tBudget\n\nSlide 3\nPKT 1 Budget\n"
    assert slide_marks_off(text).split("\n")[0] == "Dagsorden:"


def test_one_mark_or_none_leaves_the_text():
    one = "Dias 4 viser kortet.\nSlide 2\nTekst\n"
    assert slide_marks_off(one) == one  # (one mark alone: no deck)
    plain = "1. Budget\nBeslutning: Godkendt.\n"
    assert slide_marks_off(plain) is plain  # (the cheap gate)
    prose = "Dias 4 blev vist.\nSlide 5 blev vist.\n"
    assert slide_marks_off(prose) == prose  # (a sentence after the number: no mark)
