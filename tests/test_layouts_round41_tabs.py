"""Forty-first session: a column's gap read alike whether it is a tab or a run of spaces.

A PDF's text (the reader parts a line's segments by tabs), a Word table copied as text
(tabs) and a page printed with its layout kept (runs of spaces) write the same columns
differently; rules written for one form read the other now: a contents entry's open/closed
mark in its column (``headings._MARK_CELL``), an item's number flush right after its
title (``number_under_title._TABBED_END``), a board's case before its title
(``inline_case._CASE_LED_HEADING``), a form's ``Label:<TAB>value`` rows
(``text.colon_tabs_closed``) and an item's section labels in a column of their own
(``header_columns.gapped_section_labels``).
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.header_columns import gapped_section_labels
from analysis.layouts.text import colon_tabs_closed

_HEAD = """Gentofte Kommune
Teknik- og Miljøudvalget
Referat
Mødedato: Mandag den 3. marts 2025
Mødetidspunkt: 17:00
Mødested: Rådhuset, mødelokale 2

"""


def _items(body: str) -> list[tuple[int | None, str, str | None, str | None]]:
    meeting = parse_text(_HEAD + body)
    return [
        (
            it.number,
            it.raw_title,
            it.case_number,
            next((s.text.split("\n")[0] for s in it.sections if s.key == "beslutning"), None),
        )
        for it in meeting.items
    ]


def test_a_form_row_with_a_tab_after_the_colon_reads_as_with_a_space() -> None:
    text = "Sagsnr.:\t24/1234\nAnsvarlig:  \tFormand\nKonklusion:\tGodkendt."
    # (two spaces and a tab: a gap no form's row has, left to the tab-table rules)
    assert colon_tabs_closed(text) == (
        "Sagsnr.: 24/1234\nAnsvarlig:  \tFormand\nKonklusion: Godkendt."
    )


def test_a_row_of_several_cells_keeps_its_tabs() -> None:
    # (a table's row: a label and its value, then another label's cell)
    text = "Dato:\t3. marts 2025\tSted:\tRådhuset"
    assert colon_tabs_closed(text) == text
    # (no colon before the tab: a table's cells, no form's label)
    assert colon_tabs_closed("1.\tGodkendelse af dagsorden") == "1.\tGodkendelse af dagsorden"


def test_section_labels_in_a_column_of_spaces_get_their_tab() -> None:
    text = (
        "Sagsnr.       25-001212\nIndstilling   Forvaltningen indstiller.\nBeslutning    Godkendt."
    )
    # (the case label is no section's: its own rule reads it in either form)
    assert gapped_section_labels(text) == (
        "Sagsnr.       25-001212\nIndstilling\tForvaltningen indstiller.\nBeslutning\tGodkendt."
    )


def test_one_gapped_label_or_words_that_are_no_label_stay_as_written() -> None:
    # (a template's rows come two or more)
    assert gapped_section_labels("Beslutning    Godkendt.\nMere tekst.") == (
        "Beslutning    Godkendt.\nMere tekst."
    )
    text = "Forvaltningen  foreslår to modeller.\nUdvalget  drøftede dem."
    assert gapped_section_labels(text) == text


def test_gapped_section_labels_read_as_the_items_sections() -> None:
    body = """1. Vejvedligeholdelse
Sagsnr.       25-004411
Indstilling   Forvaltningen indstiller, at planen godkendes.
Beslutning    Godkendt.

2. Grundvand
Sagsnr.       25-004418
Indstilling   Forvaltningen indstiller, at orienteringen tages til efterretning.
Beslutning    Taget til efterretning.
"""
    assert _items(body) == [
        (1, "Vejvedligeholdelse", "25-004411", "Godkendt."),
        (2, "Grundvand", "25-004418", "Taget til efterretning."),
    ]


def test_the_number_flush_right_after_a_tab() -> None:
    body = """Godkendelse af dagsorden\t1.
Beslutning:
Godkendt.

Ny cykelsti ved skolen\t2.
25/1180
Beslutning:
Godkendt.

Vinterberedskab\t3.
25/0912
Beslutning:
Taget til efterretning.
"""
    assert [(n, t) for n, t, _, _ in _items(body)] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Ny cykelsti ved skolen"),
        (3, "Vinterberedskab"),
    ]


def test_a_figure_after_a_tab_in_a_sentence_is_no_item_number() -> None:
    # (no field under the rows: a table of figures, not headings)
    body = """1. Budgetopfølgning
Forbrug i alt\t2
Rest\t3
Beslutning:
Taget til efterretning.
"""
    assert [(n, t) for n, t, _, _ in _items(body)] == [(1, "Budgetopfølgning")]


def test_the_open_mark_in_a_tab_column_of_the_contents() -> None:
    body = """Indholdsfortegnelse
Åbent\tNy skolevej ........................ 2
Lukket\tKøb af jord ........................ 3

Åbent punkt
Ny skolevej
Sagsnr. 2025-000111
Beslutning:
Godkendt.

Lukket punkt
Køb af jord
Sagsnr. 2025-000222
Beslutning:
Godkendt.
"""
    assert [(t, c) for _, t, c, _ in _items(body)] == [
        ("Ny skolevej", "2025-000111"),
        ("Køb af jord", "2025-000222"),
    ]


def test_a_boards_case_before_its_title_after_a_tab() -> None:
    body = """Indholdsliste
Sag 2024-019\tFugt i lejligheden ........ 2
Sag 2024-023\tDepositum ................. 2

Sag 2024-019\tFugt i lejligheden
Resultat
Udlejer skal udbedre fugten.

Sag 2024-023\tDepositum
Resultat
Udlejer skal betale depositum tilbage.
"""
    meeting = parse_text("Aabenraa Kommune\tReferat\nHuslejenævnet\t11-06-2024\n\n" + body)
    assert [(it.raw_title, it.case_number) for it in meeting.items] == [
        ("Fugt i lejligheden", "2024-019"),
        ("Depositum", "2024-023"),
    ]
