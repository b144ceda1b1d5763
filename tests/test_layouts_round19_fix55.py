"""Nineteenth round (layouts55): internal administrative meetings' notes as shared
internally: forum conclusions under their own genitive, content cells 'Title – text',
cases labelled in brackets after the title."""

from __future__ import annotations

import pytest

from analysis.layouts.inline_case import bracketed_case, content_cell
from analysis.parse import parse_minutes


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ny p-norm [sag: 05.13.00-P20-3-25]", ("Ny p-norm", "05.13.00-P20-3-25")),
        ("Budget 2026 (Sagsnr. 25/1123)", ("Budget 2026", "25/1123")),
        ("Skoledistrikter (J.nr. 17.02.00-G01-1-25)", ("Skoledistrikter", "17.02.00-G01-1-25")),
    ],
)
def test_a_labelled_case_in_brackets_after_the_title_is_the_case(
    title: str, expected: tuple[str, str]
) -> None:
    assert bracketed_case(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Ny p-norm (Skolechef)",  # who presents it
        "Budget 2026 (sag)",  # a word, no number
        "Status (2025)",
    ],
)
def test_other_brackets_stay_in_the_title(title: str) -> None:
    assert bracketed_case(title) is None


def test_a_content_cell_is_title_then_what_was_said() -> None:
    assert content_cell("Vejnavne – forslag fra borgerne er samlet. J.nr. 05.01.00-G01-2-25") == (
        "Vejnavne",
        "forslag fra borgerne er samlet.",
        "05.01.00-G01-2-25",
    )
    assert content_cell("Kantine – ny leverandør fra marts.") == (
        "Kantine",
        "ny leverandør fra marts.",
        None,
    )


@pytest.mark.parametrize(
    "cell",
    [
        "APV 2025 – tidsplan",  # a title with a dash, nothing said after it
        "Budget – status og næste skridt",  # no sentence after the dash
        "Godkendelse af referat",
    ],
)
def test_a_title_with_a_dash_stays_whole(cell: str) -> None:
    assert content_cell(cell) == (cell, None, None)


def test_the_forums_conclusion_heading_is_the_decision() -> None:
    text = "\n".join(
        [
            "Chefgruppen for Kultur",
            "Referat",
            "Dato: 4. marts 2025 kl. 10.00",
            "",
            "1. Udlån af lokaler",
            "Sagsfremstilling",
            "Foreningerne ønsker flere timer.",
            "Chefgruppens konklusion:",
            "Godkendt.",
            "",
            "2. Eventuelt",
            "Chefgruppens konklusion:",
            "Intet.",
        ]
    )
    meeting = parse_minutes(text)
    decisions = [
        next(s.text for s in item.sections if s.key == "beslutning") for item in meeting.items
    ]
    assert decisions == ["Godkendt.", "Intet."]


def test_points_with_a_zero_decimal_beside_sub_points_are_numbered_by_place() -> None:
    from analysis.evaluate import _label_numbers

    items = [{"n": n} for n in ("1.0", "2.1", "2.2", "3.0")]
    assert _label_numbers(items) == [1, 2, 3, 4]


def test_a_zero_decimal_point_is_the_whole_point_and_its_group_no_item() -> None:
    text = "\n".join(
        [
            "Referat af LokalMED Kantine – maj 2025",
            "Mødet blev holdt torsdag den 15. maj 2025 fra 13:00 til 14:00 i kantinen.",
            "",
            "Pkt. 1.0 Godkendelse af referat",
            "Referatet er godkendt. Det lægges på intranettet.",
            "",
            "Pkt. 2.0 Drift",
            "Pkt. 2.1 Åbningstider",
            "Drøftet – vi ser på det igen i juni.",
            "",
            "Pkt. 2.2 Nye borde",
            "MED anbefaler, at der købes otte borde.",
            "",
            "Pkt. 3.0 Eventuelt",
            "Intet.",
        ]
    )
    meeting = parse_minutes(text)
    assert meeting.forum == "LokalMED Kantine"
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af referat"),
        (2, "Åbningstider"),
        (3, "Nye borde"),
        (4, "Eventuelt"),
    ]
    first = meeting.items[0].sections[0]
    assert (first.key, first.text) == (
        "beslutning",
        "Referatet er godkendt. Det lægges på intranettet.",
    )
    assert "Pkt. 2.0" not in "".join(s.text for it in meeting.items for s in it.sections)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ingen bemærkninger - punktet lukket.", "none"),
        ("Intet nyt. Sagen er afsluttet.", "none"),
        ("Punktet er lukket, og ansøgningen godkendt.", "approved"),
    ],
)
def test_nothing_to_note_and_the_point_closed_decides_nothing(text: str, kind: str) -> None:
    from analysis.enrich.decisions import classify_decision, primary_decision_type

    assert primary_decision_type(t for t, _ in classify_decision(text, agreed=True)) == kind


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Direktionsmøde – noter (OneNote)", "Direktionen"),
        ("Chefgruppemøde - noter", "Chefgruppen"),
        ("Direktionsmøde – referat", "Direktionen"),
    ],
)
def test_a_meeting_kinds_notes_name_the_body(title: str, body: str) -> None:
    from analysis.layouts.meeting_kind import body_of_meeting

    assert body_of_meeting(title) == body
