"""Fifty-sixth session, held-out sets, ho_group: minutes grouped under numbered headings,
and minutes dated only by a footer.

A committee's Word template sorts the points into groups numbered in Roman numerals ("I.
Beslutningssager", "II. Sager til drøftelse", "III. Orienteringssager"), the points of
each group numbered from 1 again ("Sag 1 – Title"). The group heading is neither an item
nor text of the point above (``layouts.groups.is_group_heading`` reads the Roman numeral as
it reads a letter, "A. Sager til beslutning").

Plain-text minutes whose header names the body, the place and the hour but no date print
the meeting's date only in a footer under the last item, its parts parted by middle dots or
bars ("<owner> · <department> · Referat af møde torsdag den 5. marts 2026"):
``layouts.elsewhere_date.closing_footer`` dates the meeting from it where no header line
does, and the footer is no text of the last item.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts.elsewhere_date import closing_footer
from analysis.layouts.groups import group_headings, is_group_heading
from analysis.parse import Header, to_lines
from analysis.pipeline import parse_bytes


@pytest.mark.parametrize(
    "text",
    [
        "I. Beslutningssager",
        "II. Sager til drøftelse",
        "III. Orienteringssager",
        "IV – Lukkede sager",
    ],
)
def test_roman_numbered_group_is_a_group_heading(text: str) -> None:
    assert is_group_heading(text)


@pytest.mark.parametrize(
    "text", ["I. Budget 2027", "II. Orientering fra formanden", "X. Beslutningssager"]
)
def test_roman_numeral_alone_makes_no_group(text: str) -> None:
    assert not is_group_heading(text)


_GROUPED = """Vordingborg Kommune

Børne- og Familieudvalget

Referat

Dato: 11. marts 2026
Tidspunkt: 15:00
Sted: Byrådssalen

## I. Beslutningssager

## Sag 1 – Skoledistrikter fra skoleåret 2027/28

Beslutning:
Godkendt.

## Sag 2 – Tilskud til lektiecafeer

Beslutning:
Udvalget bevilgede 120.000 kr.

## II. Orienteringssager

## Sag 1 – Elevtal i folkeskolen

Beslutning:
Taget til efterretning.
"""


def test_roman_group_headings_are_placed_and_points_number_again() -> None:
    lines = to_lines(_GROUPED)
    grouped = {ln.clean for ln in lines if ln.index in group_headings(lines)}
    assert grouped == {"I. Beslutningssager", "II. Orienteringssager"}
    result = parse_bytes(_GROUPED.encode(), "referat.md")
    items = [(it[3], it[4]) for it in result.records["items"]]
    assert items == [
        (1, "Skoledistrikter fra skoleåret 2027/28"),
        (2, "Tilskud til lektiecafeer"),
        (1, "Elevtal i folkeskolen"),
    ]


_FOOTED = """Handicaprådet

Referat

Sted: Sundhedscentret, mødelokale 3
Mødestart: 14:00


1) Tilgængelighed på stationen
Godkendt.


2) Eventuelt
Intet.



Holstebro Kommune · Handicaprådet · Referat af møde onsdag den 4. februar 2026
"""


def test_footer_under_last_item_dates_the_meeting() -> None:
    lines = to_lines(_FOOTED)
    head, placed, skip = Header(), set(), set()
    closing_footer(lines, 0, head, placed, skip)
    footer = lines[-1] if not lines[-1].blank else [ln for ln in lines if not ln.blank][-1]
    assert head.date == dt.date(2026, 2, 4)
    assert footer.index in placed and footer.index in skip


def test_footer_makes_the_minutes_dated_and_no_decision_text() -> None:
    result = parse_bytes(_FOOTED.encode(), "referat.txt")
    assert result.manifest["status"] != "rejected"
    assert result.records["meetings"][0][3] == dt.date(2026, 2, 4)
    texts = [s[4] for s in result.records["sections"]]
    assert not any("Holstebro Kommune" in t for t in texts)


@pytest.mark.parametrize(
    "footer",
    [
        # a print stamp dates no meeting
        "Holstebro Kommune · Handicaprådet · Udskrevet 6. februar 2026",
        # two parts only: no running footer of the document's own
        "Handicaprådet · 4. februar 2026",
    ],
)
def test_footer_that_dates_no_meeting_is_left(footer: str) -> None:
    lines = to_lines(_FOOTED.replace(_FOOTED.strip().splitlines()[-1], footer))
    head = Header()
    closing_footer(lines, 0, head, set())
    assert head.date is None


_SUPPLEMENT = """Ungdomsskolebestyrelsen

Referat

Dato: 15. januar 2026
Sted: Ungdomsskolen, lærerværelset

1. Budget 2026 for ungdomsskolen
Beslutning:
Godkendt.

SUPPLERENDE DAGSORDEN
(udsendt 12. januar 2026)

2. Ansættelse af ny afdelingsleder
Beslutning:
Godkendt.
"""


def test_note_in_brackets_under_group_heading_is_the_groups() -> None:
    lines = to_lines(_SUPPLEMENT)
    grouped = {ln.clean for ln in lines if ln.index in group_headings(lines)}
    assert grouped == {"SUPPLERENDE DAGSORDEN", "(udsendt 12. januar 2026)"}
    result = parse_bytes(_SUPPLEMENT.encode(), "referat.txt")
    assert [it[4] for it in result.records["items"]] == [
        "Budget 2026 for ungdomsskolen",
        "Ansættelse af ny afdelingsleder",
    ]
    assert not any("udsendt" in s[4] for s in result.records["sections"])
