"""Forty-fourth round, layouts262: minutes written in workplace tools (Loop, OneNote,
Confluence, Notion, Teams, Google Docs) and exported as Markdown, HTML or text.

A toggle's triangle before a numbered heading ("▾ 2. Title": ``disclosure``); a Markdown
table "Punkt | Drøftelse | Aftale | …" whose first cell holds the number and the title
(``text._is_shared_item_table``); a pictogram between a heading's number and its title
("### 4. 🔒 Title") and the information sign "ℹ️" before a callout's label
(``pictograms``); the owner in brackets after a forum field's body and the department after
a municipality field's name (``header._field``); a numbered list under its lead-in in the
text of an unnumbered item that a contents list titles, or folded under a ``<summary>``
caption (``lead_in_list``); the last meeting's checklist under "Opfølgning fra sidst" above
unnumbered heading items (``unnumbered._last_tasks``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.disclosure import unfolded_headings
from analysis.layouts.lead_in_list import folded_caption, lead_in_list
from analysis.layouts.pictograms import unpictogram
from analysis.layouts.text import unpipe
from analysis.parse import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(k, text, 0) for k, text in enumerate(texts)]


# --- a toggle's triangle before a numbered heading ---------------------------------------


def test_triangles_before_numbered_headings_are_taken_off() -> None:
    text = "▾ 1. Godkendelse af dagsorden\nGodkendt.\n\n▸ 2. Personalesag (lukket punkt)\n"
    assert unfolded_headings(text) == (
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Personalesag (lukket punkt)\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "▾ 1. Godkendelse af dagsorden\nGodkendt.\n",  # one heading alone
        "▸ Sagsfremstilling\n▸ Bilag (3)\n",  # folded sections, no numbers
        "▸ Tidsfrist 1. maj\n▸ Ansvarlig: HR\n",  # a slide's bullets
        "▸ 3 mio. kr. i 2025\n▸ 4 mio. kr. i 2026\n",  # amounts, no titles after a number
    ],
)
def test_triangles_before_other_lines_are_left(text: str) -> None:
    assert unfolded_headings(text) == text


def test_a_page_of_toggled_items_is_read() -> None:
    meeting = parse_text(
        "Direktionen – møde 4. marts 2024\n\n"
        "▾ 1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "▾ 2. Budgetopfølgning\nSag: 2024-0001234\nBeslutning\nTaget til efterretning.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budgetopfølgning"),
    ]


# --- a Markdown table whose first cell holds number and title ----------------------------

_SHARED = (
    "| Punkt | Drøftelse | Aftale | Ansvarlig |\n"
    "|---|---|---|---|\n"
    "| 1. Godkendelse af dagsorden | | Godkendt | |\n"
    "| 2. Vejbelysning | Sagsnr. 24/1234<br>Lamperne er gamle. | Udsat. | @Ole |\n"
)


def test_a_shared_number_and_title_cell_is_parted() -> None:
    lines = [ln for ln in unpipe(_SHARED).split("\n") if ln]
    assert lines[0] == "Pkt. 1 Godkendelse af dagsorden"
    assert "Pkt. 2 Vejbelysning" in lines
    assert lines[lines.index("Pkt. 2 Vejbelysning") + 1] == "Ansvarlig: @Ole"
    assert "Aftale:" in lines


def test_a_decision_log_over_numbers_alone_is_no_shared_table() -> None:
    log = "| Pkt. | Beslutning | Ansvarlig |\n|---|---|---|\n| 1 | Godkendt | |\n"
    assert "Pkt. 1" not in unpipe(log)


def test_a_table_without_an_agreed_column_is_no_shared_table() -> None:
    plan = "| Punkt | Indhold | Tid |\n|---|---|---|\n| 1. Velkomst | Kaffe | 10 min |\n"
    assert "Pkt. 1" not in unpipe(plan)


# --- pictograms ---------------------------------------------------------------------------


def test_a_pictogram_between_a_headings_number_and_title_is_dropped() -> None:
    assert unpictogram("### 4. 🔒 Valg af leverandør\n") == "### 4. Valg af leverandør\n"


def test_a_pictogram_after_a_plain_lines_number_stays() -> None:
    # (no heading's hashes: a list's point may open with a pictogram that means something)
    assert unpictogram("4. 🔒 Valg af leverandør\n") == "4. 🔒 Valg af leverandør\n"


def test_the_information_sign_before_a_bold_label_marks_a_heading() -> None:
    assert unpictogram("ℹ️ **Beslutning**\n") == "### Beslutning\n"


def test_the_information_sign_before_an_outcome_stays() -> None:
    # (under the decision's label, not on the page's first line, where a post's title is)
    text = "Beslutning\nℹ️ Taget til efterretning.\n"
    assert unpictogram(text) == text


def test_a_pause_sign_before_a_dated_outcome_stays() -> None:
    text = "Beslutning\n⏸ Udsat til mødet 23. september.\n"
    assert unpictogram(text) == text


def test_a_pictogram_before_a_case_line_is_dropped() -> None:
    assert unpictogram("Noter\n📎 Sag 25/00417\n") == "Noter\nSag 25/00417\n"


# --- the owner after a forum, the department after a municipality --------------------------


def _header_meeting(field: str) -> object:
    return parse_text(
        f"{field}\nDato: 3. marts 2024\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Eventuelt\nBeslutning: Intet.\n"
    )


def test_the_owner_in_brackets_is_no_part_of_the_forum() -> None:
    meeting = _header_meeting("Forum: Styregruppen for Nyt Bibliotek (Lejre Kommune, Kultur)")
    assert meeting.forum == "Styregruppen for Nyt Bibliotek"


def test_other_brackets_after_the_forum_stay() -> None:
    meeting = _header_meeting("Forum: Ledergruppen (udvidet)")
    assert meeting.forum == "Ledergruppen (udvidet)"


def test_the_department_after_the_municipality_is_dropped() -> None:
    meeting = _header_meeting("Kommune: Lejre Kommune, Teknik og Miljø\nForum: Ledergruppen")
    assert meeting.municipality == "Lejre Kommune"


# --- a numbered list inside an unnumbered item's text ---------------------------------------


def test_a_list_under_its_lead_in_below_listed_titles_is_in_an_item() -> None:
    lines = _lines(
        "Agenda",
        "1. Budget",
        "2. Trivsel",
        "Budget",
        "Drøftet.",
        "Trivsel",
        "Udvalget pegede på:",
        "1. Støj",
        "2. Travlhed",
    )
    listed = frozenset({"Budget", "Trivsel"})
    assert lead_in_list([7, 8], lines, listed)
    assert not lead_in_list([7, 8], lines)  # (plain lines, no titles known: no headings)


def test_a_list_under_one_listed_title_is_not_enough() -> None:
    lines = _lines("Agenda", "1. Budget", "Budget", "Udvalget pegede på:", "1. Støj", "2. Ro")
    assert not lead_in_list([4, 5], lines, frozenset({"Budget"}))


def test_a_folded_sections_caption_leads_in_its_list() -> None:
    assert folded_caption("<summary>Program (udkast)</summary>")
    assert not folded_caption("<summary>")
    assert not folded_caption("Program (udkast)")


def test_meeting_notes_with_a_list_in_an_item_are_read_by_their_agenda() -> None:
    meeting = parse_text(
        "Ledergruppen – møde\nonsdag 6. marts 2024 · 09:00 - 10:00\n\n"
        "Agenda\n1. Godkendelse af dagsorden\n2. Trivselsmåling\n3. Eventuelt\n\n"
        "Noter\n\nGodkendelse af dagsorden\nKonklusion\nGodkendt.\n\n"
        "Trivselsmåling\nResultatet viser:\n1. Mere travlhed\n2. Bedre samarbejde\n"
        "Konklusion\nTaget til efterretning.\n\n"
        "Eventuelt\nKonklusion\nIntet.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Trivselsmåling"),
        (3, "Eventuelt"),
    ]


# --- the last meeting's checklist above heading items ---------------------------------------

_NOTION = (
    "# Styregruppemøde\n\nMødedato: 6. marts 2024\n\n"
    "## Opfølgning fra sidst\n\n{under}\n\n"
    "# Dagsorden\n\n## Budget\n\n**Beslutning:** Godkendt.\n\n"
    "## Eventuelt\n\n**Beslutning:** Intet.\n"
)


def test_the_last_meetings_checklist_is_no_item() -> None:
    meeting = parse_text(_NOTION.format(under="- [x] Per: tilbud indhentet\n- [ ] Mona: kort"))
    assert [i.title for i in meeting.items] == ["Budget", "Eventuelt"]


def test_a_follow_up_with_its_own_decision_is_an_item() -> None:
    meeting = parse_text(_NOTION.format(under="**Beslutning:** Referatet godkendt."))
    assert [i.title for i in meeting.items][0] == "Opfølgning fra sidst"


# --- "Ingen aftale nødvendig." ----------------------------------------------------------------


@pytest.mark.parametrize("agreed", [False, True])
def test_no_agreement_needed_is_none(agreed: bool) -> None:
    from analysis.enrich.decisions import classify_decision

    assert classify_decision("Ingen aftale nødvendig.", agreed=agreed)[0][0] == "none"


def test_no_agreement_yet_is_no_none() -> None:
    from analysis.enrich.decisions import classify_decision

    found = classify_decision("Ingen aftale om lokaler endnu; tages op igen.")
    assert found[0][0] != "none"
