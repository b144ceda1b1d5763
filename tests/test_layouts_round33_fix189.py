"""Round thirty-three (layouts189: internal leadership forums' minutes, direktion,
chefgruppe, koncernledelse): small rules."""

from __future__ import annotations

import datetime as dt

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _FORUM_PREFIX, lone_date
from analysis.layouts.inline_label import split_inline_labels
from analysis.layouts.meeting_kind import area_of_bare_body
from analysis.layouts.meeting_prefixed import numbers_before_leads
from analysis.layouts.outcome import outcome_line
from analysis.layouts.trailing_number import trailing_numbers
from analysis.parse import _titled_minutes, to_lines


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def test_letterhead_date_alone_with_a_short_year():
    placed: set[int] = set()
    lines = to_lines("Referat\nChefgruppen (CG)      Fanø Kommune\n        d. 14.3.23\n")
    assert lone_date(lines, placed) == dt.date(2023, 3, 14)
    assert placed == {2}
    assert lone_date(to_lines("den 2.11.2019\n"), set()) == dt.date(2019, 11, 2)
    # a date inside a sentence is no letterhead's
    assert lone_date(to_lines("Mødet d. 14.3.23 blev aflyst\n"), set()) is None


def test_abbreviation_before_the_item_number_moves_after_it():
    text = "Dagsorden\nLG: 1. Godkendelse\nLG: 2. Budget\n\nLG: 1. Godkendelse\nGodkendt.\n"
    out = numbers_before_leads(text)
    assert "\n1. LG: Godkendelse\n2. LG: Budget\n" in out
    # one such line is no template's
    assert numbers_before_leads("Tekst\nOK: 3. gang\n") == "Tekst\nOK: 3. gang\n"


def test_point_number_last_in_square_brackets():
    text = "■ Godkendelse  [pkt. 1]\nGodkendt.\n\n■ Budget  [pkt. 2]\nDrøftet.\n"
    assert trailing_numbers(text) == "1. Godkendelse\nGodkendt.\n\n2. Budget\nDrøftet.\n"
    # one bracketed reference alone stays text
    assert trailing_numbers("■ Opfølgning  [pkt. 3]\n") == "■ Opfølgning  [pkt. 3]\n"


def test_item_left_for_lack_of_time_is_its_outcome():
    assert outcome_line("Punktet blev ikke behandlet pga. tid - tages op på næste møde.")
    assert outcome_line("Punktet blev ikke nået.")
    assert not outcome_line("Sagen blev ikke behandlet i udvalget sidste år.")


def test_decisions_of_leadership_forums():
    assert _type("Sagen afventer – tages op igen, når lovforslaget er i høring.") == "postponed"
    assert _type("Sagen afventer svar fra KL.") == "other"
    assert _type("Fremgår af fortroligt notat.") == "none"


def test_combined_decision_label_run_into_the_text():
    text = (
        "Referat/beslutning: Godkendt.\nDer er venteliste. Referat/beslutning: Drøftet.\n"
        "Referat/beslutning:\nTaget til efterretning.\n"
    )
    lines = split_inline_labels(to_lines(text), text)
    assert [ln.clean for ln in lines][1:3] == ["Der er venteliste.", "Referat/beslutning: Drøftet."]


def test_kind_of_meeting_before_the_body_in_the_title():
    assert _FORUM_PREFIX.sub("", "Referat af direktionsmøde – Direktionen") == "Direktionen"
    lines = to_lines("Referat af direktionsmøde – Direktionen\n")
    assert area_of_bare_body("Direktionen", lines, set()) is None


def test_minutes_heading_over_a_lone_agenda_heading():
    assert _titled_minutes(to_lines("## Referat af møde i Koncernledelsen\n\n## Dagsorden\n"))
    assert not _titled_minutes(to_lines("Referat af møde i Koncernledelsen\n"))
    assert not _titled_minutes(to_lines("## Dagsorden\n"))


def test_hours_and_place_in_words_under_the_letterhead():
    from analysis.layouts.header_fallback import _CLOSING_FACTS

    m = _CLOSING_FACTS.match("Mødet blev holdt fra 9.00 til 11.30 på Skolen, personalerummet")
    assert m is not None and m.group("place") == "Skolen, personalerummet"
    m = _CLOSING_FACTS.match("Mødet blev holdt fra 9.00 til 11.30 på Skolen (pga. afstandskrav)")
    assert m is not None and m.group("place") == "Skolen"
