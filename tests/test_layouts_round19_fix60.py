"""Rules taught from a set of internal administrative meetings' notes (nineteenth round,
layouts60) (pure). The fixtures in ``tests/fixtures/layouts/`` check the families end to
end; these tests pin the rules themselves, and what they must leave alone."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.parse import match_case_number

_GROUPED = (
    "# Styregruppen for ny skole\n\n**Dato:** 06.05.2025, kl. 10.00\n\n"
    "## 1. Dagsorden\n\n**Beslutning:**\nGodkendt.\n\n"
    "## 2. Byggesager\n{under}\n"
    "### 2.1 Tag\nTilbud indhentet.\n\n**Beslutning:**\nGodkendt.\n\n"
    "### 2.2 Facade\nTo forslag.\n\n**Beslutning:**\nUdsat.\n\n"
    "## 3. Eventuelt\nIntet.\n"
)


def test_a_group_heading_with_nothing_of_its_own_gives_way_to_its_points() -> None:
    meeting = parse_text(_GROUPED.format(under=""))
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Dagsorden"),
        (2, "Tag"),
        (3, "Facade"),
        (4, "Eventuelt"),
    ]


def test_a_heading_with_text_of_its_own_keeps_its_points_as_sections() -> None:
    meeting = parse_text(_GROUPED.format(under="Projektlederen orienterede om status.\n"))
    assert [it.title for it in meeting.items] == ["Dagsorden", "Byggesager", "Eventuelt"]


def test_points_without_decisions_stay_sections() -> None:
    text = _GROUPED.format(under="").replace("**Beslutning:**\nUdsat.", "Drøftet kort.")
    meeting = parse_text(text)
    assert [it.title for it in meeting.items] == ["Dagsorden", "Byggesager", "Eventuelt"]


def test_a_labelled_case_in_brackets_alone_is_the_case() -> None:
    assert match_case_number("(Sagsnummer: 25/21908)") == "25/21908"
    assert match_case_number("(Sagsnr. 25/1123)") == "25/1123"
    assert match_case_number("(2025)") is None  # a year in brackets: no labelled case


def test_a_time_slot_under_an_unnumbered_title_is_no_part_of_it() -> None:
    text = (
        "Opsamling fra temadag tirsdag den 11. marts 2025\n\n"
        "Budget\nkl. 9.00-9.45\n(Sagsnr. 25/11)\nKonklusion:\nTaget til efterretning.\n\n"
        "Trivsel\nkl. 9.45-10.30\nKonklusion:\nDrøftet.\n"
    )
    meeting = parse_text(text)
    assert [(it.title, it.case_number, it.duration_min) for it in meeting.items] == [
        ("Budget", "25/11", 45),
        ("Trivsel", None, 45),
    ]


def test_a_pasted_action_log_without_rule_reads_lettered_rows() -> None:
    text = (
        "Ledergruppen\nDato: 14.10.2025 kl. 09.00\n\n"
        "Nr. | Emne | Referat / konklusion | Ansvar\n"
        "A | Budget | Gennemgået. Konklusion: Godkendt. | –\n"
        "B | Trivsel | Konklusion: Udsat. | HR\n"
    )
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items] == [(1, "Budget"), (2, "Trivsel")]


def test_a_row_of_pipes_with_no_decision_column_stays_text() -> None:
    text = (
        "Ledergruppen\nDato: 14.10.2025 kl. 09.00\n\n"
        "Nr. | Emne | Ansvar | Frist\nA | Budget | KD | 1/5\n\n"
        "1. Budget\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n"
    )
    meeting = parse_text(text)
    assert [it.title for it in meeting.items] == ["Budget", "Eventuelt"]


def test_a_case_label_naming_the_case_system() -> None:
    assert match_case_number("Sagsnummer i Acadre: 25/12877") == "25/12877"
    assert match_case_number("Sagsnr. i SBSYS: 24/118") == "24/118"
    assert match_case_number("Sag i Byrådet: 25/1") is None  # a body, not a case system


def test_a_mail_subject_naming_a_standing_meeting_and_its_area() -> None:
    text = (
        "Fra: Ib Lund\nSendt: 13. juni 2025 08:00\nTil: Driften\n"
        "Emne: Referat driftsmøde vej og park 12/6\n\nHej alle\n\n"
        "Mødet 12.06.2025 kl. 8.00.\n\n1. Budget\nBeslutning: Godkendt.\n\n"
        "2. Eventuelt\nBeslutning: Intet.\n"
    )
    assert parse_text(text).forum == "Driftsmøde vej og park"


_ITEMS = "\n\n1. Budget\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n"


@pytest.mark.parametrize(
    ("head", "forum"),
    [
        # the owner in capitals before a leaders' meeting with its area
        ("VEJLE KOMMUNE · Ledermøde Teknik og Miljø\n\nDen 18.11.2025 kl. 10.00", None),
        # a theme meeting named by whom it gathers
        (
            "Temamøde for ledere i ældreplejen\nOpsamling fra temamøde den 2. oktober 2025",
            "Temamøde for ledere i ældreplejen",
        ),
    ],
)
def test_forums_of_leaders_and_theme_meetings(head: str, forum: str | None) -> None:
    want = forum or head.split(" · ")[1].split("\n")[0]
    assert parse_text(head + _ITEMS).forum == want


def test_a_programmes_first_slot_is_the_start_where_the_header_has_none() -> None:
    text = (
        "Opsamling fra temadag tirsdag den 11. marts 2025\n\n"
        "Budget\nkl. 9.00-9.45\nKonklusion:\nTaget til efterretning.\n\n"
        "Trivsel\nkl. 9.45-10.30\nKonklusion:\nDrøftet.\n"
    )
    assert parse_text(text).start_time == "09:00"
    # the header's hour comes first
    timed = text.replace("2025\n", "2025 kl. 8.30\n", 1)
    assert parse_text(timed).start_time == "08:30"


def test_the_place_after_the_hour_in_a_sentence_naming_the_kind_of_meeting() -> None:
    head = (
        "Driftsmøde vej og park\n\n"
        "Referat fra driftsmødet den 12.06.2025 kl. 8.00 i Materielgården, Vestvej 4.\n"
    )
    meeting = parse_text(head + _ITEMS)
    assert (meeting.start_time, meeting.location) == ("08:00", "Materielgården, Vestvej 4")
