"""Round thirty-three (layouts188: minutes written onto slide decks): small rules."""

from __future__ import annotations

from analysis.layouts.decision_log import decision_log_lines, logged_decisions
from analysis.layouts.decision_part import carried_decision
from analysis.layouts.slides import slide_marks_off
from analysis.parse import _title_continuation, to_lines


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


def test_a_closing_slides_outcomes_are_the_items_decisions():
    text = "Opsamling\nAd 1: Godkendt.\nAd 2: Drøftet.\nSe næste møde.\nNæste møde: 3. maj\n"
    lines = to_lines(text)
    assert logged_decisions(lines) == {1: "Godkendt.", 2: "Drøftet.\nSe næste møde."}
    assert decision_log_lines(lines) == {0, 1, 2, 3}  # (the field after them is no row)
    # one row, or numbers that do not rise, are no such block
    assert logged_decisions(to_lines("Opsamling\nAd 2: Godkendt.\n")) == {}
    assert logged_decisions(to_lines("Beslutninger\nPkt. 2: A\nPkt. 1: B\n")) == {}
    # a numbered list under the head is no block of outcomes
    assert logged_decisions(to_lines("Konklusioner\n1. Godkendt\n2. Udsat\n")) == {}


def test_a_bare_point_line_under_the_decisions_head():
    assert carried_decision("Pkt. 2: Taget til efterretning.") == "Taget til efterretning."
    assert carried_decision("• Punkt 3: Udsat.") == "Udsat."


def test_the_minutes_in_a_slides_text_box_are_its_decision():
    deck = (
        "Dias 1\nA\n\nDias 2\n1) B\n    o Til beslutning\n    o X\n[Tekstfelt] REFERAT: Godkendt.\n"
    )
    out = slide_marks_off(deck).split("\n")
    assert "Beslutning: Godkendt." in out
    assert "    • Til beslutning" in out  # (the letter read as the bullet it stands for)
    # capitals twice, no box: the slides' notes; once (the note taker) stays
    twice = "Slide 1\nREFERAT: Godkendt.\nSlide 2\nREFERAT: Udsat.\n"
    assert slide_marks_off(twice).count("Beslutning:") == 2
    once = "Slide 1\nREFERAT: Bo Holm\nSlide 2\nTekst\n"
    assert "REFERAT: Bo Holm" in slide_marks_off(once)


def test_a_round_bullet_holding_the_case_is_its_field():
    deck = "Dias 1\nA\nDias 2\n    o Sagsnr. 13.02.00-P00-2-24\n- J.nr. 24/1\n"
    out = slide_marks_off(deck).split("\n")
    assert "    Sagsnr. 13.02.00-P00-2-24" in out
    assert "- J.nr. 24/1" in out  # (a dash stays)


def test_a_round_bullet_ends_a_wrapped_title():
    body = to_lines("• Til beslutning\nSagsnr. 13.05.00-G01-4-24\n")
    assert _title_continuation("Solceller", body, None) == []
