"""The building blocks for internal forums' notes met in the thirteenth round (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from analysis.dates import field_date, week_date
from analysis.layouts import parse_text
from analysis.layouts.outcome import headless_decisions
from analysis.model import Item, Section
from analysis.parse import split_title
from analysis.read.item_table import item_rows, pasted_item_table


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Uge 10, 2025 – tirsdag", dt.date(2025, 3, 4)),
        ("tirsdag i uge 10, 2025", dt.date(2025, 3, 4)),
        ("uge 1 2026, mandag", dt.date(2025, 12, 29)),  # the ISO week, not the calendar's
        ("Uge 10, 2025", None),  # no day: no date
        ("Uge 54, 2025 – tirsdag", None),
    ],
)
def test_week_dates(text: str, date: dt.date | None) -> None:
    assert week_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("4/3 2025", dt.date(2025, 3, 4)),
        ("tirsdag d. 4/3/25", dt.date(2025, 3, 4)),
        ("04.03.25", dt.date(2025, 3, 4)),
        ("Tirsdag, uge 10 (2025)", dt.date(2025, 3, 4)),
        ("31/2 25", None),  # no such day
        ("4/3", None),  # no year
    ],
)
def test_date_fields_written_the_short_way(text: str, date: dt.date | None) -> None:
    assert field_date(text) == date


def test_a_date_field_with_a_short_year_dates_the_meeting() -> None:
    text = (
        "# Ledergruppen Kultur\n\nDato: 4/3/25\n\n1. Godkendelse af dagsorden\nAftalt:\nGodkendt.\n"
    )
    assert parse_text(text).date == dt.date(2025, 3, 4)


def test_presenter_and_time_box_are_no_part_of_the_title() -> None:
    assert split_title("Regnskab 2023 (Jens Ole, 30 min.)") == ("Regnskab 2023", None, 30)
    assert split_title("Evt. (alle, 5 min.)")[0] == "Evt."
    assert split_title("Budget (30 min., Jette)") == ("Budget", None, 30)
    assert split_title("Budget (Jette, kl. 9.00-9.30)") == ("Budget", None, 30)
    # a bracket that is part of the title stays
    assert (
        split_title("Nyt bibliotek (udsat fra 26. april)")[0]
        == "Nyt bibliotek (udsat fra 26. april)"
    )


def _item(*lines: str) -> Item:
    return Item(
        number=1,
        raw_title="T",
        title="T",
        bodies=None,
        closed=False,
        case_number=None,
        proposer=None,
        duration_min=None,
        sections=(Section("tekst", "", "\n".join(lines)),),
        recommendations=(),
        attachments=(),
        references=(),
    )


def test_a_notes_last_line_in_a_note_takers_words_is_the_decision() -> None:
    # another item has a labelled decision: only a last line in such words is taken
    other = replace(_item("Andet."), sections=(Section("beslutning", "Aftalt", "Ja."),))
    for last in ("Dagsorden godkendt.", "Ansøgningen blev ikke godkendt. Lars melder tilbage."):
        item = headless_decisions([_item("Notat om sagen.", last), other])[0]
        assert [s.key for s in item.sections] == ["tekst", "beslutning"]
    # a past passive closing a text may be background: left as text
    item = headless_decisions([_item("Notat.", "Budgettet blev godkendt."), other])[0]
    assert [s.key for s in item.sections] == ["tekst"]


def test_a_labelled_last_bullet_is_the_decision_without_its_label() -> None:
    item = headless_decisions([_item("\t• Oplæg ved HR", "\t• Aftalt: HR sender udkast 1/10")])[0]
    assert item.sections[-1].text == "HR sender udkast 1/10"


def test_a_labelled_bullet_before_the_follow_up_bullets_is_the_decision() -> None:
    item = headless_decisions(
        [_item("\t• Oplæg ved HR", "\t• Aftalt: HR sender udkast", "\t• Opfølgning: Sofie")]
    )[0]
    assert item.sections[-1].text.split("\n")[0] == "HR sender udkast"


def test_a_column_of_what_was_said_and_concluded_by_other_names() -> None:
    rows = [
        [["Nr."], ["Punkt"], ["Drøftelse/konklusion"]],
        [["1"], ["Budget"], ["Notat.", "Konklusion: Godkendt."]],
    ]
    assert item_rows(rows) == ["## 1. Budget", "", "Notat.", "", "Konklusion: Godkendt."]


def test_referat_cell_notes_then_its_labelled_conclusion() -> None:
    rows = [
        [["Punkt"], ["Indhold"], ["Referat/Beslutning"]],
        [
            ["1. Budget", "Sag: 25/1"],
            ["Oplæg."],
            ["Drøftelse af sporene.", "Beslutning: Godkendt."],
        ],
        [["2. Evt."], [], ["Intet."]],
    ]
    assert item_rows(rows) == [
        "## 1. Budget",
        "Sag: 25/1",
        "",
        "Oplæg.",
        "",
        "Drøftelse af sporene.",
        "",
        "Beslutning: Godkendt.",
        "",
        "## 2. Evt.",
        "",
        "Referat:",
        "Intet.",
    ]


def test_pasted_table_rows_run_over_lines_without_tabs() -> None:
    text = (
        "Punkt\tIndhold\tReferat\n1. Godkendelse\t\tGodkendt.\n"
        "2. Budget\nSag: 25/1\tOplæg.\nMere tekst.\tDrøftet.\nHR følger op.\n\nNæste møde: …\n"
    )
    out = pasted_item_table(text).split("\n")
    assert out[:4] == ["## 1. Godkendelse", "", "Referat:", "Godkendt."]
    assert "Sag: 25/1" in out and out[-4:] == ["HR følger op.", "", "Næste møde: …", ""]
    # tab-separated lines that are no item table are left as they were
    plain = "Navn\tRolle\tFra\nBo\tformand\t2020\n"
    assert pasted_item_table(plain) == plain


def test_a_numbered_list_with_bullets_inside_an_item_is_no_item() -> None:
    text = (
        "Referat\nDirektionen\nMødedato: 3. marts 2025\n\n1. Budget 2026\nSagsnr.: 25/100\n"
        "Der er tre spor:\n1. Skolerne\n   - færre vikarer\n2. Dagtilbud\n   - ny normering\n"
        "Beslutning:\nGodkendt.\n\n2. Sygefravær\nSagsnr.: 25/101\nBeslutning:\nNoteret.\n\n"
        "3. Eventuelt\nIntet.\n"
    )
    items = parse_text(text).items
    assert [(i.number, i.raw_title) for i in items] == [
        (1, "Budget 2026"),
        (2, "Sygefravær"),
        (3, "Eventuelt"),
    ]


def test_a_cover_read_column_by_column_pairs_labels_with_values() -> None:
    text = (
        "Direktionen\nReferat\n\nMødedato:\nMødetid:\nMødested:\n\n"
        "Tirsdag den 4. marts 2025\nKl. 9.00 – 11.00\nRådhuset, lokale 2\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert (meeting.date, meeting.start_time, meeting.location) == (
        dt.date(2025, 3, 4),
        "09:00",
        "Rådhuset, lokale 2",
    )


def test_a_med_committees_two_sides_are_its_participants() -> None:
    meeting = parse_text(
        "Referat HovedMED 5. marts 2025\n\nLedelsessiden: Bo Ib (direktør), Eva Lund\n"
        "Medarbejdersiden: Kim Ry (FOA)\n\n1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    )
    assert meeting.forum == "HovedMED"
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Bo Ib", "direktør"),
        ("Eva Lund", None),
        ("Kim Ry", "FOA"),
    ]


def test_a_onenote_pages_time_stamp_is_no_start_time() -> None:
    text = (
        "Direktionsmøde 17. september 2024\n17. september 2024\n07:58\n\nSted: Rådhuset\n\n"
        "\t1. Godkendelse af dagsorden\n\t\t• Godkendt\n\n\t2. Budget\n\t\t• Oplæg\n\t\t• Drøftet\n"
    )
    meeting = parse_text(text)
    assert meeting.start_time is None
    assert not any("07:58" in w for w in meeting.warnings)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget"),
    ]
