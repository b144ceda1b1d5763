"""Round 31 (layouts176: minutes produced with AI meeting assistants and digital tools:
Copilot and Zoom recaps, forums whose decisions are gathered at the end): the small rules.
The layouts' own rules have fixtures in ``tests/fixtures/layouts/``."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.decision_part import carried_decision
from analysis.layouts.meeting_kind import body_of_meeting
from analysis.layouts.number_under_title import counted_headings
from analysis.layouts.timecodes import timecodes_off


def test_closed_appendix_is_no_decision_here() -> None:
    # a table's closed row: its decision stands in a closed appendix
    types = [t for t, _ in classify_decision("Fremgår af lukket bilag.")]
    assert primary_decision_type(types) == "none"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("MØDENOTER · DIREKTIONSMØDE", "Direktionen"),
        ("Mødenoter · Chefgruppemøde – Teknik og Miljø", "Chefgruppen Teknik og Miljø"),
        ("Mødenoter om budgettet", None),
    ],
)
def test_notes_before_the_kind_of_meeting(text: str, want: str | None) -> None:
    assert body_of_meeting(text) == want


def test_timecodes_off_headings_only_where_two_lead() -> None:
    text = "00:01:10 – 1) Dagsorden\nTekst.\n\n00:05:00  Emne 2 – Budget\nTekst."
    assert timecodes_off(text) == "Punkt 1: Dagsorden\nTekst.\n\nPunkt 2: Budget\nTekst."
    one = "00:01:10 – 1) Dagsorden\nTekst."
    assert timecodes_off(one) == one
    # a timecode before a speaker's words is no heading
    said = "00:19:47 Copilot: Det blev foreslået.\n00:20:10 Anne: Enig."
    assert timecodes_off(said) == said


def test_counted_headings_need_one_total_and_rising_numbers() -> None:
    text = "## 1 af 3 Dagsorden\nGodkendt.\n## 2 af 3 Budget\nDrøftet."
    assert counted_headings(text) == "## 1. Dagsorden\nGodkendt.\n## 2. Budget\nDrøftet."
    ratio = "3 af 5 Medlemmer stemte for.\nResten imod."
    assert counted_headings(ratio) == ratio
    mixed = "1 af 3 Dagsorden\n2 af 4 Budget"
    assert counted_headings(mixed) == mixed


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("• Emne 2: Direktionen godkendte planen.", "Direktionen godkendte planen."),
        ("- Punkt 3: Udsat.", "Udsat."),
        ("2\tLedergruppen valgte model A.\tOle\t1/9", "Ledergruppen valgte model A. · Ole · 1/9"),
        ("4\tTaget til orientering\t-\t-", "Taget til orientering"),
        ("6", None),
        ("Ad pkt. 2", None),
    ],
)
def test_carried_decision(line: str, want: str | None) -> None:
    assert carried_decision(line) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dagsorden ok.", "approved"),
        ("Referatet OK", "approved"),
        ("Dagsorden og referat ok.", "approved"),
        # the word "ok" of something else says nothing of an approval
        ("Økonomien ser ok ud.", "other"),
    ],
)
def test_agenda_said_ok_is_approved(text: str, want: str) -> None:
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == want
