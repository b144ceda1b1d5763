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


_TIMETABLE_ROWS = """Referat fra møde i Hovedudvalget

Tirsdag 3. marts 2026 kl. 9.00-11.30, Rådhuset, mødelokale 2

Tid\tPkt.\tPunkt\tAnsvarlig\tForm
9.00\t1\tGodkendelse af dagsorden\tKD\tB
\t\tReferat: Godkendt.
9.05\t2\tØkonomi
9.05\t2.1\tBudgetopfølgning marts\tØkonomichef\tO
\t\tReferat: Taget til efterretning.
9.40\t2.2\tAnlægsplan 2027\tØkonomichef\tB
\t\tReferat: Godkendt med en bemærkning om skolerne.
10.15\t\tPause (15 min.)
10.30\t3\tSygefravær\tHR-chef\tD
\t\tReferat: Drøftet.
11.20\t4\tEventuelt
\t\tReferat: Intet.
"""


def test_a_timetable_row_with_its_number_in_a_column_is_no_programme_line() -> None:
    """ "9.05<TAB>2<TAB>Økonomi": a start alone, then the item's number in its column, is a
    timetable's row; a plain-text programme's "16.00  Velkomst" (a start alone before a
    title, fix160) has no number first, so the row does not become a programme slot and
    the break ("Pause (15 min.)") no item."""
    from analysis.layouts import parse_text

    meeting = parse_text(_TIMETABLE_ROWS)
    titles = [it.title for it in meeting.items]
    assert "Økonomi" in titles and not any(t.startswith("Pause") for t in titles)
    assert titles[-1] == "Eventuelt"
