"""Rules taught from a set of internal forums' minutes (time-slot agendas, text tables,
plain sub-numbered points) (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

from analysis.evaluate import _label_numbers
from analysis.layouts import parse_text
from analysis.layouts.boxed_table import unbox
from analysis.layouts.time_slots import time_slot_headings
from analysis.parse import match_case_number

_HEAD = "Thisted Kommune\nLedergruppen\n\nReferat\n\nTirsdag den 4. marts 2025 kl. 9.00\n\n"


def _items(body: str) -> list[tuple[int, str, int | None]]:
    meeting = parse_text(_HEAD + body)
    return [(it.number, it.title, it.duration_min) for it in meeting.items]


def test_piped_time_slot_headings_are_items_with_their_time_box() -> None:
    text = "### B | 9.10–9.40 | Budget\n### C | 9.40 | Evt.\n"
    assert time_slot_headings(text) == "### B. Budget (9.10–9.40)\n### C. Evt.\n"


def test_time_slot_before_the_number_is_the_items_time_box() -> None:
    text = "9.00-9.30\t1. Velkomst\nNoter\n9.30-10.00\t2. Budget\n"
    assert time_slot_headings(text) == "1. Velkomst (9.00-9.30)\nNoter\n2. Budget (9.30-10.00)\n"


def test_a_single_time_slot_line_is_left_alone() -> None:
    text = "Program\n9.00-9.30\t1. Velkomst\n| A | 10.00 | Kaffe |\n"
    assert time_slot_headings(text) == text


def test_a_pause_with_no_text_is_no_contents_list() -> None:
    body = (
        "09.00-09.30\t1. Status på skoleudbygning\n\nSag 25/114 / v. Skolechef\n\nNoter.\n\n"
        "Konklusion\n\nGodkendt.\n\n"
        "09.30-09.40\t2. Pause\n\n"
        "09.40-10.00\t3. Eventuelt\n\nKonklusion\n\nIntet.\n"
    )
    assert _items(body) == [
        (1, "Status på skoleudbygning", 30),
        (2, "Pause", 10),
        (3, "Eventuelt", 20),
    ]


def test_case_line_with_its_presenter_and_a_kle_field() -> None:
    assert match_case_number("Sag 25/114 / v. Skolechef Ida Holm") == "25/114"
    assert match_case_number("Sagsnr. 24/3301 – v/ HR") == "24/3301"
    assert match_case_number("Formål: Drøftelse · KLE: 81.10.00-A00-1-25") == "81.10.00-A00-1-25"
    assert match_case_number("Formål: Drøftelse · KLE: 81.10.00") is None  # the subject only
    assert match_case_number("Sag om v. Hansen") is None


def test_ascii_ruled_table_is_read_as_a_pipe_table() -> None:
    text = "Nr | Emne | Beslutning\n---+------+----\n1  | Budget | Godkendt.\n\nNoter | her\n"
    assert unbox(text) == (
        "| Nr | Emne | Beslutning |\n\n| 1 | Budget | Godkendt. |\n\nNoter | her\n"
    )


def test_a_rule_without_its_head_row_is_left_alone() -> None:
    text = "Resultat\n---+---\na | b\n"
    assert unbox(text) == text
    assert unbox("a - b\n") == "a - b\n"


def test_year_and_running_number_ids_number_a_log() -> None:
    body = (
        "Log-nr. | Emne | Sagsnr. | Beslutning/Aftale | Ansvarlig\n"
        "--------+------+---------+-------------------+----------\n"
        "2025-07 | Budget | 25/1 | Godkendt. | ØK\n"
        "2025-08 | Sygefravær | - | Taget til efterretning. | HR\n"
    )
    assert [(n, t) for n, t, _ in _items(body)] == [(7, "Budget"), (8, "Sygefravær")]
    assert _label_numbers([{"n": "2025-07"}, {"n": "2025-08"}]) == [7, 8]


def test_plain_points_within_numbered_groups_are_the_items() -> None:
    body = (
        "1 Indledning\n1.1 Dagsorden\nBeslutning: Godkendt.\n\n"
        "1.2 Nyt fra formanden\nBeslutning: Taget til efterretning.\n\n"
        "2 Sager\n2.1 Budget\nJ.nr. 25-000114\nBeslutning: Godkendt.\n\n"
        "3 Eventuelt\nBeslutning: Intet.\n"
    )
    meeting = parse_text(_HEAD + body)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Dagsorden"),
        (2, "Nyt fra formanden"),
        (3, "Budget"),
        (4, "Eventuelt"),
    ]
    # the group's heading "2 Sager" is no text of the item above it
    assert all("2 Sager" not in s.text for s in meeting.items[1].sections)


def test_an_items_own_sections_numbered_within_it_stay_sections() -> None:
    body = (
        "1. Budget 2026\nSagsnr. 25/100\n1.1 Baggrund\nTekst.\n1.2 Økonomi\nTekst.\n"
        "Beslutning: Godkendt.\n\n"
        "2. Skolestruktur\nSagsnr. 25/101\n2.1 Baggrund\nTekst.\nBeslutning: Drøftet.\n"
    )
    assert [(n, t) for n, t, _ in _items(body)] == [(1, "Budget 2026"), (2, "Skolestruktur")]


def test_steering_group_named_by_its_task_in_sentence_case() -> None:
    text = (
        "# Styregruppe – Ny svømmehal i Vestby\n\n**Referat** · tirsdag 3. juni 2025, kl. 9–11\n\n"
        "## 1. Status\n\n**Beslutning:** Taget til efterretning.\n\n"
        "## 2. Økonomi\n*Sagsnr. 25/1*\n\n**Beslutning:** Godkendt.\n"
    )
    assert parse_text(text).forum == "Styregruppe – Ny svømmehal i Vestby"


def test_agenda_export_without_its_title_takes_the_forum_from_a_title_line() -> None:
    text = (
        "Referat – Chefforum, Kultur og Fritid\n\nDato: 19.11.2024\nTid: Kl. 9.00\n\n"
        "Punkt 1: Meddelelser\n\nAftale\n\nTaget til efterretning.\n\n"
        "Punkt 2: Budget\n\nAftale\n\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert (meeting.layout, meeting.forum) == ("agenda", "Chefforum, Kultur og Fritid")


def test_framed_table_rules_are_blank_lines() -> None:
    text = "+----+------+-----+\n| Nr | Emne | Beslutning |\n+----+------+-----+\n| 1 | A | Ok |\n"
    assert unbox(text) == "\n| Nr | Emne | Beslutning |\n\n| 1 | A | Ok |\n"
    body = (
        "+-----+--------+----------------+\n| Nr. | Emne | Beslutning |\n"
        "+-----+--------+----------------+\n| 1 | Budget | Godkendt. |\n"
        "| 2 | Sygefravær | Taget til efterretning. |\n+-----+--------+----------------+\n"
    )
    assert [(n, t) for n, t, _ in _items(body)] == [(1, "Budget"), (2, "Sygefravær")]


def test_time_slot_first_in_a_markdown_heading() -> None:
    text = "## 9.00-9.30 1. Velkomst\n## 9.30-10.00 2. Budget\n"
    assert time_slot_headings(text) == "## 1. Velkomst (9.00-9.30)\n## 2. Budget (9.30-10.00)\n"


def test_markdown_table_without_end_pipes_is_a_pipe_table() -> None:
    text = "Nr | Emne | Beslutning\n:--|---|---\n1 | Budget | Godkendt.\n"
    assert unbox(text) == "| Nr | Emne | Beslutning |\n\n| 1 | Budget | Godkendt. |\n"
    framed = "| Nr | Emne |\n|---|---|\n| 1 | A |\n"
    assert unbox(framed) == framed  # a markdown table's own rule: read as it is


def test_slot_first_with_kl_and_lettered_items() -> None:
    text = "kl. 9.00-9.30\tA. Velkomst\nkl. 9.30-10.00\tB. Budget\n"
    assert time_slot_headings(text) == "A. Velkomst (9.00-9.30)\nB. Budget (9.30-10.00)\n"


def test_slot_first_before_the_items_word_keeps_the_word() -> None:
    text = "09.00-09.30\tPunkt 1: Velkomst\n09.30-10.00\tPunkt 2: Budget\n"
    assert time_slot_headings(text) == (
        "Punkt 1: Velkomst (09.00-09.30)\nPunkt 2: Budget (09.30-10.00)\n"
    )


def test_markdown_points_within_groups_beside_a_whole_numbered_item() -> None:
    body = (
        "## 1 Indledning\n### 1.1 Dagsorden\nBeslutning: Godkendt.\n\n"
        "### 1.2 Nyt\nBeslutning: Taget til efterretning.\n\n"
        "## 2 Sager\n### 2.1 Budget\nBeslutning: Godkendt.\n\n"
        "## 3 Eventuelt\nBeslutning: Intet.\n"
    )
    meeting = parse_text(_HEAD + body)
    assert [it.title for it in meeting.items] == ["Dagsorden", "Nyt", "Budget", "Eventuelt"]
    assert all("Sager" not in s.text for s in meeting.items[1].sections)
