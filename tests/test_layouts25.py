"""Fifteenth-round layout rules of the layouts25 set (the fixtures written for its
families cover the rest): item numbers in brackets, the open/closed mark before a
title, a case id run into a heading, a council named in its meeting's word with a date
"d/m yyyy", a body and a date after a comma heading a decision, a town's initial in the
place, a vote's count and another body's proposal approved."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import dates
from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.header import _place_text
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.layouts.text import running_heads
from analysis.parse import Line, to_lines


def test_a_date_with_a_space_before_the_year() -> None:
    assert dates.parse_date("Ungerådsmøde onsdag 12/11 2025 kl. 16.30-18.00") == dt.date(
        2025, 11, 12
    )
    assert dates.parse_time("onsdag 12/11 2025 kl. 16.30-18.00") == "16:30"
    assert dates.parse_date("3/4 af 2025 stemmer") is None  # no date without its year


@pytest.mark.parametrize(
    ("line", "forum"),
    [
        ("Ungerådsmøde onsdag 12/11 2025 kl. 16.30-18.00", "Ungerådet"),
        ("Referat fra handicaprådsmødet den 3. juni 2025", "Handicaprådet"),
        ("Økonomiudvalgsmøde – referat", "Økonomiudvalget"),
        ("Rådsmøde 3. juni 2025", None),  # no body named before "råd"
    ],
)
def test_a_council_named_in_its_meetings_word(line: str, forum: str | None) -> None:
    assert forum_from_meeting_kind([Line(0, line, 0)], set()) == forum


def test_items_numbered_in_brackets_and_bracketed_numbers_in_the_text() -> None:
    meeting = parse_text(
        "Byrådet – referat – 24-04-2025 – kl. 19:00\n\nÅbne punkter\n\n"
        "(1) Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "(2) Skolestruktur\nSagsnummer: 17.03.00-G01-3-25\nSagsfremstilling\n"
        "Der er to modeller:\n(1) Pavilloner på skolen\n(2) En tilbygning\n"
        "Beslutning\nGodkendt.\n"
    )
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Skolestruktur"),
    ]
    assert meeting.items[1].case_number == "17.03.00-G01-3-25"


def test_the_open_closed_mark_before_the_title_and_a_case_id_in_the_heading() -> None:
    meeting = parse_text(
        "Referat\n\nKultur- og Fritidsudvalget\n\nOnsdag d. 22/1-2025 kl. 15.00\n\n"
        "## 1 (Åben) Godkendelse af dagsorden\n\n## Beslutning\n\nGodkendt.\n\n"
        "## 2 (Åben) Kulturpulje Sagsid: 2025-001234\n\n## Beslutning\n\nGodkendt.\n\n"
        "## 3 (Lukket) Personalesag\n\n## Beslutning\n\nGodkendt.\n"
    )
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Kulturpulje",
        "Personalesag",
    ]
    assert meeting.items[1].case_number == "2025-001234"
    assert [it.closed for it in meeting.items] == [False, False, True]


def test_a_body_and_a_date_after_a_comma_head_a_decision_not_a_running_header() -> None:
    text = "\n\n".join(
        f"{n}. Punkt {n}\nBeslutning\nBørne- og Skoleudvalget, 03-03-2025\nAnbefales.\n"
        "Byrådet, 10-03-2025\nGodkendt."
        for n in (1, 2, 3)
    )
    assert running_heads(to_lines(text), set()) == set()
    meeting = parse_text(f"Byrådet – referat – 10-03-2025\n\n{text}\n")
    # (the "Beslutning" heading over the bodies' lines opens an empty section)
    decision = [s.text for s in meeting.items[0].sections if s.key == "beslutning" and s.text]
    assert decision == ["Godkendt."]
    assert meeting.items[0].case_history[0].body == "Børne- og Skoleudvalget"


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        ("Byrådssalen, Rådhuset, Nykøbing F.", "Byrådssalen, Rådhuset, Nykøbing F."),
        ("Rådhuset, lokale B.", "Rådhuset, lokale B"),
        ("Mødelokale A.", "Mødelokale A"),
        ("Rådhuset.", "Rådhuset"),
    ],
)
def test_a_towns_initial_keeps_its_dot(place: str, kept: str) -> None:
    assert _place_text(place) == kept


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("For stemte: A, V og C (21), imod stemte: D (4).", "approved"),
        ("For stemte 3, imod stemte 6.", "rejected"),
        ("Imod stemte: V (5). For stemte: A og F (20).", "approved"),
        ("For stemte: A (3), imod stemte: V (3).", "other"),
        ("Anbefalingen fra Økonomiudvalget blev godkendt.", "approved"),
        ("Indstillingen fra Økonomiudvalget blev godkendt.", "approved"),
        ("Økonomiudvalget godkendte sagen.", "other"),  # another body's act
        ("Udvalget afslog ansøgningen.", "rejected"),
    ],
)
def test_decision_types_of_a_vote_and_another_bodys_proposal(text: str, kind: str) -> None:
    assert classify_decision(text, forum="Byrådet")[0][0] == kind


def test_an_inhabil_field_is_placed_and_names_present_members() -> None:
    none = parse_text(
        "Referat\n\nKulturudvalget\n\nOnsdag d. 22/1-2025 kl. 15.00\n\nInhabil: Ingen\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    )
    assert none.participants == [] and none.coverage == 1.0
    named = parse_text(
        "Referat\n\nKulturudvalget\n\nOnsdag d. 22/1-2025 kl. 15.00\n\n"
        "Inhabil: Jens Holm (V)\n\n1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    )
    assert [(p.name, p.present) for p in named.participants] == [("Jens Holm", True)]


def test_the_protocols_span_in_the_header_is_placed() -> None:
    meeting = parse_text(
        "## Byrådet - Referat\n\nMandag den 2. juni 2025, kl. 19.00\n\n"
        "Protokollen føres fortløbende, §§ 12-13.\n\n"
        "## § 12 Godkendelse af dagsorden\n\n## Beslutning\n\nGodkendt.\n\n"
        "## § 13 Budgetopfølgning\n\nSagsnr. 25/1200\n\n## Beslutning\n\nGodkendt.\n"
    )
    assert [it.number for it in meeting.items] == [12, 13]
    assert meeting.coverage == 1.0


def test_a_closed_mark_after_a_dash_stays_in_the_title_and_closes_the_item() -> None:
    meeting = parse_text(
        "Byrådet – Referat – 10-03-2025\n\n"
        "Punkt 1 Godkendelse af dagsorden\nBeslutning i Byrådet den 10-03-2025\nGodkendt.\n\n"
        "Punkt 2 Salg af grund - Lukket punkt\nSagsnr.: 25/0998\n"
        "Beslutning i Byrådet den 10-03-2025\nGodkendt.\n"
    )
    assert [(it.title, it.closed) for it in meeting.items] == [
        ("Godkendelse af dagsorden", False),
        ("Salg af grund - Lukket punkt", True),
    ]
