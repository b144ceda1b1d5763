"""Fourteenth-round layout rules of the layouts24 set (the fixtures written for its
families cover the rest): a title sentence with a comma before its date, a meta line's
fields parted by middle dots, a forum named with its municipality, letters inside an item
and slashed decision headings."""

from __future__ import annotations

import datetime as dt

from analysis.layouts import parse_text
from analysis.layouts.header import looks_like_body
from analysis.parse import Line, heading_key


def test_a_workplace_body_with_a_comma_before_the_date() -> None:
    meeting = parse_text(
        "REFERAT\n\naf møde i MED-udvalget, Plejecenter Solgården, den 02.04.2025 kl. 9.00\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    )
    assert meeting.forum == "MED-udvalget, Plejecenter Solgården"
    assert (meeting.date, meeting.start_time) == (dt.date(2025, 4, 2), "09:00")


def test_a_meta_line_drops_the_meeting_number_and_takes_the_bare_span() -> None:
    meeting = parse_text(
        "Styregruppen for Ny Hal\nMøde nr. 4 · torsdag 3. april 2025 · 14.00–15.30\n\n"
        "1. Godkendelse af dagsorden\nKonklusion: Godkendt.\n"
    )
    assert (meeting.date, meeting.start_time) == (dt.date(2025, 4, 3), "14:00")


def test_a_body_of_a_municipality_is_the_body() -> None:
    meeting = parse_text(
        "Seniorrådet i Gribskov Kommune\n\n=== REFERAT ===\n"
        "Seniorrådets møde mandag den 07.04.2025 kl. 10.00 i Mødelokale 3, Rådhuset\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    )
    assert meeting.forum == "Seniorrådet"
    assert meeting.location == "Mødelokale 3, Rådhuset"
    assert looks_like_body("Ældrerådet i Lolland Kommune")


def test_letters_inside_an_item_do_not_number_items() -> None:
    # no case lines under the lettered lines: options of item 1, not items
    meeting = parse_text(
        "Udvalget for Teknik\nDato: 1. april 2025\n\n1. Valg af model\nSagsnr.: 25/100\n"
        "A. Model med hal\nB. Model uden hal\nC. Ingen model\nBeslutning:\nModel A valgt.\n\n"
        "2. Eventuelt\nBeslutning:\nIntet.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Valg af model"),
        (2, "Eventuelt"),
    ]


def test_slashed_decision_headings() -> None:
    assert heading_key(Line(0, "Rådets bemærkninger/beslutning:", 0)) == (
        "beslutning",
        "Rådets bemærkninger/beslutning",
    )
    assert heading_key(Line(0, "Handicaprådets udtalelse/beslutning", 0))[0] == "beslutning"
    # a recommendation and a decision under one heading: which it heads is moot
    assert heading_key(Line(0, "Indstilling/beslutning", 0)) is None
    # words that name no decision are no heading
    assert heading_key(Line(0, "Spørgsmål/svar", 0)) is None


def test_who_came_who_was_invited_and_who_was_away_are_participants() -> None:
    meeting = parse_text(
        "Handicaprådet\nDato: 6. februar 2025\nFremmødte: Bo Holm (formand), Ida Krog\n"
        "Indbudte: Kim Vang\nAfbud/fravær: Ida Krog\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    )
    # (Ida Krog, listed as come and as away, is one entry: absent)
    assert [(p.name, p.present) for p in meeting.participants] == [
        ("Bo Holm", True),
        ("Kim Vang", True),
        ("Ida Krog", False),
    ]
    assert not any("could not be placed" in w for w in meeting.warnings)
