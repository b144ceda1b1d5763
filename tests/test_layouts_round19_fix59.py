"""Rules taught from a set of internal forums' own templates (nineteenth round, layouts59)
(pure). The fixtures in ``tests/fixtures/layouts/`` check the families end to end; these
tests pin the rules themselves, and what they must leave alone."""

from __future__ import annotations

import pytest

from analysis.evaluate import _item_number
from analysis.layouts import parse_text
from analysis.parse import NotMinutes
from analysis.read.item_table import item_rows

_LOG = (
    "Styregruppen for Ny Bydel\nBeslutningslog – møde nr. 3\nDato: 12.03.2025 kl. 10.00\n\n"
    "ID | Emne | Sag | Beslutning\n---+---+---+---\n"
    "{a} | Godkendelse af dagsorden | – | Godkendt.\n"
    "{b} | Valg af rådgiver | 25/118 | Taget til efterretning.\n"
)


def test_a_decision_log_id_after_the_meetings_number_numbers_the_item() -> None:
    meeting = parse_text(_LOG.format(a="B3.1", b="B3.2"))
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Valg af rådgiver"),
    ]
    assert meeting.items[1].case_number == "25/118"


def test_a_meetings_log_id_needs_the_id_column() -> None:
    # under a plain "Nr." head "B3.1" may be a sub-point's mark: no item of the table
    with pytest.raises(NotMinutes):
        parse_text(_LOG.format(a="B3.1", b="B3.2").replace("ID |", "Nr. |", 1))


def test_a_word_tables_log_ids_after_the_meetings_number() -> None:
    rows = [
        [["ID"], ["Emne"], ["Beslutning"]],
        [["B7.1"], ["Godkendelse af dagsorden"], ["Godkendt."]],
        [["B7.2"], ["Budget"], ["Udsat."]],
    ]
    out = item_rows(rows) or []
    assert "## 1. Godkendelse af dagsorden" in out and "## 2. Budget" in out


def test_a_label_numbers_a_meetings_log_id_by_its_running_number() -> None:
    assert _item_number("B7.3") == 3
    assert _item_number("D-12.10") == 10


def test_a_letterhead_owner_in_capitals_beside_the_bodys_name() -> None:
    text = (
        "FAXE KOMMUNE          Styregruppen for Ny Skole\n\n"
        "Referat\nDato: 12.03.2025 kl. 10.00\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    assert parse_text(text).forum == "Styregruppen for Ny Skole"


def test_a_slot_before_the_mark_in_an_agenda_table() -> None:
    from analysis.layouts.time_slots import time_slot_headings

    text = (
        "| 9.00-9.10 | 1 | Velkomst | Chef | Beslutning |\n"
        "| 9.10-9.20 | – | Pause | | |\n"
        "| 9.20-9.50 | 2 | Budget | Økonomi | Drøftelse |\n"
    )
    assert time_slot_headings(text).split("\n") == [
        "1. Velkomst\t9.00-9.10",
        "",
        "2. Budget\t9.20-9.50",
        "",
    ]


def test_a_slot_table_whose_cells_hold_notes_is_left_as_a_table() -> None:
    from analysis.layouts.time_slots import time_slot_headings

    notes = "Direktionen drøftede budgettet og bad om et nyt overslag til næste møde."
    text = f"| 9.00-9.10 | 1 | Velkomst | {notes} |\n| 9.20-9.50 | 2 | Budget | {notes} |\n"
    assert time_slot_headings(text) == text


def test_a_one_row_field_table_under_a_heading_is_the_items_fields() -> None:
    from analysis.layouts.field_row import field_rows

    text = "| Sag | Formål | Aftale |\n|---|---|---|\n| 24/118 | Drøftelse | Godkendt. |\n"
    assert field_rows(text).split("\n") == [
        "Sagsnr.: 24/118",
        "Formål: Drøftelse",
        "",
        "Aftale:",
        "Godkendt.",
        "",
    ]


def test_a_field_table_of_several_rows_or_without_a_decision_column_stays() -> None:
    from analysis.layouts.field_row import field_rows

    rows = "| Sag | Formål | Aftale |\n|---|---|---|\n| 24/118 | Drøftelse | Godkendt. |\n"
    two = rows + "| 24/119 | Beslutning | Udsat. |\n"
    assert field_rows(two) == two
    plain = "| Navn | Rolle |\n|---|---|\n| Jens Holm | Formand |\n"
    assert field_rows(plain) == plain


def test_a_hearing_reply_not_yet_given_is_no_decision_to_reply() -> None:
    from analysis.enrich.decisions import classify_decision

    text = "Udsat til næste møde, da MED endnu ikke har afgivet høringssvar."
    assert classify_decision(text)[0][0] == "postponed"
    assert classify_decision("Ældrerådet afgav følgende høringssvar: Godt.")[0][0] == "decided"


def test_a_place_sentence_ends_before_a_field_label() -> None:
    from analysis.layouts.header import _place_text

    text = "Rådhuset, Torvet 1, mødelokale Lillesø. Afbud: Kultur og Fritid."
    assert _place_text(text) == "Rådhuset, Torvet 1, mødelokale Lillesø"
    assert _place_text("Nykøbing F. Rådhus") == "Nykøbing F. Rådhus"


def test_a_covering_sentence_dates_the_meeting_in_its_brackets() -> None:
    text = (
        "Hej alle\n\nHermed referat fra gårsdagens møde i chefgruppen (30.08.2022 kl. 9-11 i "
        "Byrådssalen). Sig til, hvis der er rettelser.\n\n"
        "Ad 1) Meddelelser\n=> Taget til efterretning.\n\nAd 2) Evt.\n=> Intet.\n"
    )
    meeting = parse_text(text)
    assert str(meeting.date) == "2022-08-30"
    assert meeting.location == "Byrådssalen"


def test_a_bracket_naming_the_steered_project_is_no_part_of_the_forum() -> None:
    from analysis.layouts import _abbreviation_off

    assert _abbreviation_off("Styregruppe for Ny Skole (projekt “Skole 2030”)") == (
        "Styregruppe for Ny Skole"
    )
    assert _abbreviation_off("Direktionen (udvidet)") == "Direktionen (udvidet)"
