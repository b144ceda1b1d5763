"""Forty-ninth round, layouts306: leadership forums' notes written with meeting tools.

A meeting tool's recap ("Opsummering") over the item's own "Beslutning" is the item's text
(``parse.notes_before_conclusion``); an owner field inside the time box's bracket stays for
``split_title`` (``headings.owner_field_off``); a decision's bullets over a follow-up list's
label lose their marks (``parse.unbulleted``); a recap's label under an unnumbered title
("Copilot-opsummering (…):") makes it a title as bullets do (``unnumbered._plain_title``);
"Mødenoter: Direktionsmøde" names the body (``meeting_kind._KIND``); "Region X · <the body
a title named>" names the owner (``owners.region_over_department``); a status mark
("Endelig version") is furniture only in capitals (``text._STATUS_START``), a wrapped
title's rest in lower case is none; "Ad N. Title" lines taking again items headed above
with notes under them are the gathered decisions, no items (``decision_part.ads_taken_again``);
"Centerledelsen i <department>" names a body (``header._BODY_NOUN``); "<room> · kl. 13.00–14.30"
under a dated title gives the place and the start (``header``'s middle-dot meta line).
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.decision_part import ads_taken_again
from analysis.layouts.header import looks_like_body
from analysis.layouts.headings import Head, owner_field_off
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.layouts.owners import region_over_department
from analysis.layouts.text import is_furniture
from analysis.parse import Line, notes_before_conclusion, unbulleted


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_recap_over_decision_is_the_items_text() -> None:
    sections = [
        ("beslutning", "Opsummering", _lines("Per fortalte om status.")),
        ("beslutning", "Beslutning", _lines("Godkendt.")),
    ]
    out = notes_before_conclusion(sections)
    assert [k for k, _, _ in out] == ["tekst", "beslutning"]


def test_recap_alone_stays_the_decision() -> None:
    sections = [("beslutning", "Opsummering", _lines("Taget til efterretning."))]
    assert notes_before_conclusion(sections) == sections


def test_owner_field_in_the_time_box_stays() -> None:
    assert owner_field_off("Budget (20 min, ansvarlig: HR-chef)") == (
        "Budget (20 min, ansvarlig: HR-chef)"
    )
    assert owner_field_off("Budget   Ansv.: LTH") == "Budget"


def test_bullets_over_follow_up_list_dropped() -> None:
    text = "- Drøftet, plan til marts.\n\nOpfølgning\n\n- [ ] Lis sender skabelon"
    assert unbulleted(text).split("\n")[0] == "Drøftet, plan til marts."
    assert unbulleted("Drøftet.\n- en note") == "Drøftet.\n- en note"


def test_recap_label_under_unnumbered_title() -> None:
    text = (
        "Teammøde\n\ntirsdag 12. marts 2024\n\nLedergruppen i Teknik og Miljø\n\n"
        "Vinter\n- Salt fyldt op\nBeslutning: Taget til efterretning.\n\n"
        "Sagssystem\nCopilot-opsummering (Teams-møde 7/3):\n  Tidsplanen holder.\n"
        "Beslutning: Orienteringen taget til efterretning.\n\n"
        "Naturpleje\n- To forslag\nBeslutning: Forslag 2 valgt.\n"
    )
    assert [it.title for it in parse_text(text).items] == ["Vinter", "Sagssystem", "Naturpleje"]


def test_notes_word_and_colon_before_meeting_kind() -> None:
    assert forum_from_meeting_kind(_lines("Mødenoter: Direktionsmøde"), set()) == "Direktionen"


def test_region_over_the_forum_a_title_named() -> None:
    line = "Region Midtjylland · Direktionen"
    assert region_over_department(line) is None
    assert region_over_department(line, "Direktionen") == "Region Midtjylland"
    assert region_over_department("Region Midtjylland · Referat", "Direktionen") is None


def test_status_mark_in_capitals_only() -> None:
    assert is_furniture("Endelig version")
    assert is_furniture("ENDELIG VERSION")
    assert not is_furniture("endelig version")


def test_ad_lines_taking_items_again_are_no_items() -> None:
    lines = _lines(
        "1. Budget",
        "Noter om budget.",
        "2. Skoler",
        "Noter om skoler.",
        "BESLUTNINGER",
        "Ad 1. Budget",
        "Godkendt.",
        "Ad 2. Skoler",
        "Drøftet.",
    )
    cands = [
        Head(0, 1, "Budget"),
        Head(2, 2, "Skoler"),
        Head(5, 1, "Budget", evidence=1),
        Head(7, 2, "Skoler", evidence=1),
    ]
    kept = ads_taken_again(cands, lines)
    assert [(h.pos, h.evidence) for h in kept] == [(0, 1), (2, 1)]
    # over a contents list (no text under its lines) the Ad lines stay the items
    listed = _lines("1. Budget", "2. Skoler", "", "Ad 1. Budget", "Godkendt.", "Ad 2. Skoler", "x")
    cands = [Head(0, 1, "Budget"), Head(1, 2, "Skoler"), Head(3, 1, "Budget"), Head(5, 2, "Skoler")]
    assert ads_taken_again(cands, listed) == cands


def test_leadership_of_one_department_looks_like_a_body() -> None:
    assert looks_like_body("Centerledelsen i Sundhed og Pleje")
    assert looks_like_body("Områdeledelsen i Dagtilbud Syd")
    assert not looks_like_body("Mødet med ledelsen i Dagtilbud Syd")


def test_place_and_hours_on_a_dotted_line() -> None:
    text = (
        "# Ledergruppemøde 21. januar 2025\n\nLemvig Kommune · Ledergruppen\n"
        "Rådhuset, mødelokale 4 · kl. 13.00–14.30\n\n## 1. Godkendelse af dagsorden\n\n"
        "### Beslutning\nGodkendt.\n\n## 2. Eventuelt\n\n### Beslutning\nIntet.\n"
    )
    meeting = parse_text(text)
    assert (meeting.location, meeting.start_time) == ("Rådhuset, mødelokale 4", "13:00")
