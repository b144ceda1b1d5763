"""Thirtieth round, layouts163 (minutes whose agenda changed at the meeting): items numbered
"- 3 -" alone on their line, "- 3a -" for one added (page numbers are set so too); a
renumbered item's former number in brackets ("3 (tidl. 5). Title"); "Sag: … – lukket
punkt"; the meta line parted by em dashes; "Flyttet til mødet den …"; the agenda's
approval naming the changes; an amendment voted down told on a hard-wrapped line."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import (
    agenda_changes_named,
    classify_decision,
    primary_decision_type,
)
from analysis.layouts.header import read_header
from analysis.layouts.headings import candidates
from analysis.layouts.text import furniture
from analysis.parse import match_case_number, to_lines


def _primary(text: str) -> str:
    return primary_decision_type([t for t, _ in classify_decision(text)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flyttet til mødet den 3. juni 2021.", "postponed"),
        ("Rykket til næste møde.", "postponed"),
        ("Flyttes til et senere møde.", "postponed"),
        # a place, no meeting: not the item's postponement
        ("Flyttes til Multisalen.", "other"),
    ],
)
def test_an_item_moved_on_without_its_subject(text: str, expected: str) -> None:
    assert _primary(text) == expected


def test_an_amendment_voted_down_on_a_wrapped_line_is_not_the_decision() -> None:
    text = (
        "Indstillingen blev godkendt.\n"
        "Forinden blev et ændringsforslag fra Bo Krogh (Ø) om en pulje på\n"
        "2 mio. kr. forkastet med 1 stemme for og 6 imod."
    )
    assert _primary(text) == "approved"
    # a paragraph of its own (a blank line between) is not a wrapped sentence's rest
    alone = "Godkendt.\n\nUdvalget drøftede forslaget om en pulje på\n\nForkastet."
    assert "rejected" in [t for t, _ in classify_decision(alone)]


def test_the_agenda_approval_naming_the_changes_is_approved() -> None:
    text = "Godkendt med den ændring, at punkt 4 udgår. Punkt 9 blev udsat."
    types = [t for t, _ in classify_decision(text)]
    assert "postponed" in types
    assert primary_decision_type(agenda_changes_named(types, "Godkendelse af dagsorden")) == (
        "approved"
    )
    # another item's title keeps the postponement
    assert agenda_changes_named(types, "Budget 2022") == types
    # the agenda not approved stays as it is
    assert agenda_changes_named(["rejected"], "Godkendelse af dagsordenen") == ["rejected"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sag: 21/6610 – lukket punkt", "21/6610"),
        ("Sag: 21/6610 - Lukket", "21/6610"),
        ("Sag: 21/6610 · Åbent punkt", "21/6610"),
        ("Sag: 21/6610 Lukket punkt", "21/6610"),
    ],
)
def test_the_open_or_closed_mark_after_a_dash(text: str, expected: str) -> None:
    assert match_case_number(text) == expected


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("3 (tidl. 5). Budgetopfølgning 2. kvartal", "Budgetopfølgning 2. kvartal"),
        ("4 (tidligere punkt 7) Salg af grund", "Salg af grund"),
        ("5 (opr. pkt. 6): Eventuelt", "Eventuelt"),
    ],
)
def test_the_former_number_is_no_part_of_the_title(line: str, title: str) -> None:
    lines = to_lines(f"{line}\nSagsnr.: 21/4410\n\nBeslutning\nGodkendt.\n")
    assert [h.title for h in candidates(lines, set())] == [title]


def test_numbers_between_dashes_over_titles_are_items_not_pages() -> None:
    items = (
        "- 1 -\nGodkendelse af dagsorden\nJ.nr. 00.01.00-A00-1-21\nBeslutning: Godkendt.\n\n"
        "- 2 -\nSalg af grund\nJ.nr. 02.34.02-G01-3-21\nBeslutning: Godkendt.\n\n"
        "- 2a -\nEkstrapunkt: Vandskade\nJ.nr. 82.00.00-G01-9-21\nBeslutning: Drøftet.\n"
    )
    lines = to_lines(items)
    assert not {0, 5, 10} & furniture(lines)
    heads = candidates(lines, set())
    assert [(h.number, h.part, h.title) for h in heads] == [
        (1, "", "Godkendelse af dagsorden"),
        (2, "", "Salg af grund"),
        (2, "a", "Ekstrapunkt: Vandskade"),
    ]
    # a page's number between dashes at the page's foot is still one
    pages = to_lines("Teksten fortsætter her.\n\n- 2 -\n\nByrådet, 4. maj 2021\n\nMere tekst.\n")
    assert 2 in furniture(pages)


def test_the_place_after_an_em_dash_on_the_meta_line() -> None:
    lines = to_lines(
        "Sorø Kommune\nPlanudvalget\n\n"
        "Referat — torsdag 06.05.2021 kl. 17.00 — Rådhuset i Sorø, mødelokale 4\n"
    )
    head = read_header(lines, set(), set())
    assert head.location == "Rådhuset i Sorø, mødelokale 4"
    assert head.start_time == "17:00"
