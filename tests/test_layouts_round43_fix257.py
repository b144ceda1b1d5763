"""Round 43 (layouts257): PDF minutes through ``pdftotext -layout`` whose item headings
carry the unlabelled whole KLE journal number flush right on the title's row, a long title
wrapped onto the row under it beside the case column."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts.header import _spaced_head_row
from analysis.layouts.inline_case import closing_journal
from analysis.parse import Line, parse_minutes


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Godkendelse af dagsorden 00.22.04-A00-12-24",
            ("Godkendelse af dagsorden", "00.22.04-A00-12-24"),
        ),
        ("Eventuelt 00.01.00-A00-7-25", ("Eventuelt", "00.01.00-A00-7-25")),
        ("Tilskud til sejlklub 24.10.00-Ø40-6-25", ("Tilskud til sejlklub", "24.10.00-Ø40-6-25")),
    ],
)
def test_a_whole_journal_number_closing_the_title_is_its_case(
    title: str, expected: tuple[str, str]
) -> None:
    assert closing_journal(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Budget 2026-2029",  # a year range
        "Forslag til lokalplan nr. 19.07",  # a plan's number
        "Status på 00.01.00-A00",  # the subject and facet alone: where filed, not which case
        "00.22.04-A00-12-24",  # the number alone: no title before it
        "Opfølgning 05.13.00-G00-1-2024x",  # no number's end
    ],
)
def test_other_figures_closing_a_title_are_no_case(title: str) -> None:
    assert closing_journal(title) is None


_WRAPPED = (
    "  Lejre Kommune                                                 Referat\n"
    "                                                                Naturudvalget\n"
    "                                                                Mandag den 3. marts 2025\n"
    "\n"
    "  Mødested:         Lokale 4, Rådhuset\n"
    "\n"
    "  1.  Godkendelse af dagsorden                                     00.01.00-A00-4-25\n"
    "\n"
    "  Beslutning:\n"
    "  Godkendt.\n"
    "\n"
    "  2.  Naturpleje på de kommunale arealer ved Ledreborg - plan     01.05.00-P20-3-25\n"
    "      for afgræsning\n"
    "\n"
    "  Beslutning:\n"
    "  Godkendt.\n"
    "\n"
    "  3.  Orientering om vandløb                                       06.02.00-G00-8-25\n"
    "  Udvalget fik en gennemgang af vedligeholdelsen.\n"
    "\n"
    "  Beslutning:\n"
    "  Taget til efterretning.\n"
)


def test_the_title_wrapped_beside_the_case_column_is_joined() -> None:
    items = parse_minutes(_WRAPPED).items
    assert [(it.title, it.case_number) for it in items[:2]] == [
        ("Godkendelse af dagsorden", "00.01.00-A00-4-25"),
        (
            "Naturpleje på de kommunale arealer ved Ledreborg - plan for afgræsning",
            "01.05.00-P20-3-25",
        ),
    ]


def test_a_sentence_under_the_title_row_stays_the_items_text() -> None:
    """The row under the heading ends with a full stop: the item's text, not the title's
    rest."""
    item = parse_minutes(_WRAPPED).items[2]
    assert (item.title, item.case_number) == ("Orientering om vandløb", "06.02.00-G00-8-25")


@pytest.mark.parametrize(
    "text", ["Afslag tiltrådt.", "Afslag godkendt som indstillet.", "Afslag tiltrædes."]
)
def test_a_recommended_refusal_endorsed_is_rejected(text: str) -> None:
    assert classify_decision(text)[0][0] == "rejected"


@pytest.mark.parametrize(
    "text",
    [
        "Godkendt.",
        # (the refusal undone, no refusal endorsed)
        "Afslaget på ansøgningen blev omgjort, og tilladelse gives.",
    ],
)
def test_no_refusal_endorsed_is_no_rejection(text: str) -> None:
    assert classify_decision(text)[0][0] != "rejected"


_RULED_HEADER = (
    "  Vesthimmerlands Kommune\n\n  Referat\n\n  Miljøudvalget\n\n"
    "  {rule}\n"
    "  Mødedato            Mødetidspunkt            Mødested\n"
    "  12-05-2025          09:00 - 11:00            Lokale 3, Rådhuset, Aars\n"
    "  {rule}\n\n"
    "  1.   Godkendelse af dagsorden\n\n  Beslutning\n  Godkendt.\n"
).replace("{rule}", "-" * 80)


def test_three_heads_over_a_row_of_values_give_the_place() -> None:
    """The first head's gap read as a field's tab: the three heads are still one row."""
    rows = [
        Line(0, "Mødedato\tMødetidspunkt Mødested", 0),
        Line(1, "12-05-2025 09:00 - 11:00 Lokale 3, Rådhuset, Aars", 0),
    ]
    assert [ln.clean for ln in _spaced_head_row(rows)] == [
        "Mødedato: 12-05-2025 09:00",
        "Mødetidspunkt: 09:00",
        "Mødested: Lokale 3, Rådhuset, Aars",
    ]
    meeting = parse_minutes(_RULED_HEADER)
    assert (meeting.location, meeting.start_time) == ("Lokale 3, Rådhuset, Aars", "09:00")


def test_a_field_and_its_value_over_the_row_stay_a_field() -> None:
    """A label with a value after its tab is no row of heads."""
    text = _RULED_HEADER.replace(
        "Mødedato            Mødetidspunkt", "Mødested            Byrådssalen"
    )
    meeting = parse_minutes(text)
    assert meeting.location != "Lokale 3, Rådhuset, Aars"
