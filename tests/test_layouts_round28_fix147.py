"""Twenty-eighth round, layouts147 (minutes and agendas laid out as a timetable): the small
rules. The item's form letter beside its slot and initials on a middle-dot meta line is a
planning cell, so the case at the line's end is read; a slot line under the title that
leads the planning fields ("kl. 14:20 · Tid: 25 min · Ansvarlig: …") is no wrapped title,
even where a case line follows; "Ingen bemærkninger." with a note in brackets after it
still says nothing was decided; a title's slot cell after a tab is no part of the title.
The timetable families themselves are held by the fixtures ``generic-tidsplan-*`` and
``pkt-felttabel-tabulator-sagsnr.txt``."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.parse import match_case_number, split_title


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("*09.20–09.50 · KT · D* · Sagsnr. 2025-013377", "2025-013377"),
        ("10.00-10.30 · HR · O/D · Sag: 25/6120", "25/6120"),
    ],
)
def test_form_letter_on_a_slot_meta_line_leaves_the_case(line: str, case: str) -> None:
    assert match_case_number(line) == case


def test_a_capital_word_on_a_meta_line_is_still_no_plan_cell() -> None:
    assert match_case_number("09.20-09.50 · Budget · Sagsnr. 2025-013377") is None


_SLOT_UNDER_TITLE = """Mødedato: 14.05.2024
Mødetid: 14:00 - 16:00
Mødested: Rådhuset, mødelokale 2

Punkt 1: Godkendelse af dagsorden

kl. 14:00 · Tid: 10 min · Ansvarlig: formanden

Beslutning

Godkendt.

Punkt 2: Tilskud til foreningernes klubhuse

kl. 14:10 · Tid: 25 min · Ansvarlig: fritidschef Eva Lund

Sagsnr.: 24/5512

Beslutning

Bevilget.
"""


def test_slot_line_under_the_title_is_no_wrapped_title() -> None:
    meeting = parse_text(_SLOT_UNDER_TITLE)
    assert [item.title for item in meeting.items] == [
        "Godkendelse af dagsorden",
        "Tilskud til foreningernes klubhuse",
    ]


@pytest.mark.parametrize(
    "text",
    ["Ingen bemærkninger. (KM holder fri i uge 8.)", "Intet. (Næste møde er i Ry.)"],
)
def test_nothing_with_a_note_in_brackets_is_none(text: str) -> None:
    assert [t for t, _ in classify_decision(text, agreed=True)] == ["none"]


def test_an_outcome_with_a_note_keeps_its_type() -> None:
    assert [t for t, _ in classify_decision("Godkendt. (KM holder fri i uge 8.)")] == ["approved"]


def test_slot_cell_after_the_title_is_no_part_of_it() -> None:
    assert split_title("Evt.\tkl. 13:00")[0] == "Evt."
    assert split_title("Budget 2026\t08.35-09.05")[0] == "Budget 2026"
