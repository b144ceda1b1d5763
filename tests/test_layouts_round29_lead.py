"""Twenty-ninth round, the lead's own changes (invented texts)."""

from __future__ import annotations

import re

from analysis.enrich.decisions import classify_decision
from analysis.layouts import option_boxes
from analysis.vocab import CROSSES, OPTION_BOX, TICKED_BOXES, TICKED_LETTER_BOX, TICKS


def test_every_tick_mark_is_read_alike_by_the_layouts_and_the_decision_types() -> None:
    """One set of marks (``vocab``): each box or tick the option lines take as ticked is
    also what the status field, the tick gate and the decision types read as a mark."""
    letter_boxes = ("[x]", "(X)", "[✓]", "(✔)")
    for mark in (*TICKED_BOXES, *TICKS, *letter_boxes):
        text = f"Status: {mark} Godkendt"
        assert option_boxes.has_tick(text), mark
        assert option_boxes.marked_status_labels(text) == f"Beslutning: {mark} Godkendt", mark
        assert classify_decision(f"{mark} Udsat til næste møde")[0][0] == "postponed", mark
    for mark in (*TICKED_BOXES, *letter_boxes):
        assert re.fullmatch(OPTION_BOX, mark), mark
        assert re.fullmatch(TICKED_LETTER_BOX, mark) or mark in TICKED_BOXES
    # a cross is a mark set by hand (the status field), not a box
    for mark in CROSSES:
        assert option_boxes.marked_status_labels(f"Resultat: {mark} Ikke tiltrådt").startswith(
            "Beslutning:"
        )
        assert re.fullmatch(OPTION_BOX, mark) is None


def test_an_unlabelled_option_line_ticked_with_a_tick_in_brackets_is_the_decision() -> None:
    """ "( ) Taget til efterretning (✓) Drøftet": the ticked letter box of any kind, as the
    option lines read it, labels the line as the decision."""
    text = "Beslutning: se nedenfor\n\n( ) Taget til efterretning (✓) Drøftet"
    assert "Beslutning: ( ) Taget til efterretning (✓) Drøftet" in (
        option_boxes.marked_outcome_lines(text)
    )
