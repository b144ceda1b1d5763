"""The forty-ninth round's rules for city councils' minutes cut to their first page as a
browser shows them (layouts319): a contents table's open/closed status column between the
number and the title (a tab's cell, or every row's mark after its number); the copy
stopped inside the last item's heading, whose contents row holds the whole title; question
time no one used, said with whose questions ("… fra borgerne")."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.base import cut_in_heading
from analysis.layouts.headings import TocEntry, marks_off, toc_entry
from analysis.parse import Line, _parse_item


@pytest.mark.parametrize(
    ("row", "title"),
    [
        ("4.\tÅbent\tNy legeplads i Bakkeparken", "Ny legeplads i Bakkeparken"),
        ("9.\tLukket\tKøb af grund ved Møllevej", "Køb af grund ved Møllevej"),
        # (a title cell closing with a year range is no planning cell once the mark is off)
        ("7.\tÅbent\tKlimaplan 2026-2030", "Klimaplan 2026-2030"),
        ("3.\tÅbent punkt\tValg af formand", "Valg af formand"),
    ],
)
def test_a_status_cell_between_number_and_title_is_no_part_of_the_title(
    row: str, title: str
) -> None:
    entry = toc_entry(Line(0, row, 0))
    assert entry is not None and entry.title == title


def test_a_title_opening_with_the_word_after_one_space_stays_whole() -> None:
    entry = toc_entry(Line(0, "3. Åben skole i Vestbyen", 0))
    assert entry is not None and entry.title == "Åben skole i Vestbyen"


def test_every_numbered_rows_mark_after_its_number_is_a_column() -> None:
    entries = [
        TocEntry("Åben Godkendelse af dagsorden", None, 0, 1),
        TocEntry("Åben Vinterbadeanlæg", None, 1, 2),
        TocEntry("Lukket Personalesag", None, 2, 3),
    ]
    assert [e.title for e in marks_off(entries)] == [
        "Godkendelse af dagsorden",
        "Vinterbadeanlæg",
        "Personalesag",
    ]


def test_one_title_opening_with_the_word_keeps_it() -> None:
    entries = [TocEntry("Åben Skole-projekt", None, 0, 1), TocEntry("Budget 2026", None, 1, 2)]
    assert marks_off(entries) == entries


def _bare(title: str):
    return _parse_item(2, title, [], dt.date(2023, 9, 11), set())


def test_a_last_heading_the_contents_row_goes_on_from_is_cut() -> None:
    assert cut_in_heading(
        _bare("Udbygning af fjernvarmen i Jue"), "Udbygning af fjernvarmen i Juelsminde"
    )
    assert not cut_in_heading(_bare("Udbygning af fjernvarmen"), "Udbygning af fjernvarmen")
    assert not cut_in_heading(_bare("Budget"), "Lokalplan for boliger")


def test_the_cut_heading_takes_the_contents_rows_title() -> None:
    text = (
        "Byrådet\n\nReferat\n\nMødedato: 11.09.2023\nMødetidspunkt: 17:00\n\n"
        "Dagsorden\n1. Godkendelse af dagsorden\n2. Anlæg af ny multibane ved skolen\n"
        "3. Eventuelt\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "2. Anlæg af ny multi"
    )
    titles = [it.title for it in parse_text(text).items]
    assert titles == ["Godkendelse af dagsorden", "Anlæg af ny multibane ved skolen", "Eventuelt"]


@pytest.mark.parametrize(
    "text",
    [
        "Der var ingen spørgsmål fra borgerne.",
        "Ingen henvendelser fra offentligheden.",
        "Der var ingen spørgsmål fra tilhørerne.",
    ],
)
def test_question_time_no_one_used_with_whose_questions_is_none(text: str) -> None:
    assert classify_decision(text)[0][0] == "none"
