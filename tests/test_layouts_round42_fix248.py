"""Forty-second round (layouts248): older scanned minutes saved as OCR text.

A margin number beside a labelled case with the title under it, a contents entry wrapped
before its page, a municipality in capitals on top, and a recommendation followed that is
named by whose it is.
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.inline_case import margin_numbers_beside_cases
from analysis.parse import to_lines, wrapped_contents_entry

_MARGIN = """NYBORG KOMMUNE

REFERAT

KULTURUDVALGET

Mødedato:   Onsdag den 2. marts 2016
Starttid:   Kl. 16.00
Mødested:   Mødelokale A, Rådhuset

12                         Sag nr.: 00.01.00A00-2-16
Godkendelse af dagsorden

Beslutning:
Godkendt.

13                         Sag nr.: 18.15.00G01-5-16
Tilskud til byfesten

Beslutning:
Sagen blev udsat.
"""


def test_margin_numbers_beside_cases_read_as_headings_over_cases() -> None:
    out = margin_numbers_beside_cases(_MARGIN)
    assert "12. Godkendelse af dagsorden\nSag nr.: 00.01.00A00-2-16" in out
    assert "13. Tilskud til byfesten\nSag nr.: 18.15.00G01-5-16" in out


def test_margin_numbers_beside_cases_parse_as_items() -> None:
    meeting = parse_text(_MARGIN)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (12, "Godkendelse af dagsorden", "00.01.00A00-2-16"),
        (13, "Tilskud til byfesten", "18.15.00G01-5-16"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one such line alone: no run of headings
        "12                         Sag nr.: 00.01.00A00-2-16\nGodkendelse af dagsorden\n",
        # "Sag nr. 12" is an item's word and number, no case number's shape
        "4      Sag nr. 12\nGodkendelse\n\n5      Sag nr. 13\nBudget\n",
        # one space between number and label: a sentence, no margin
        "12 Sag nr.: 16/2201\nTitel\n\n13 Sag nr.: 16/2202\nTitel\n",
        # the line under it in small letters: no title
        "12     Sag nr.: 16/2201\nog mere\n\n13     Sag nr.: 16/2202\nog mere\n",
    ],
)
def test_margin_numbers_beside_cases_not_read(text: str) -> None:
    assert margin_numbers_beside_cases(text) == text


def test_wrapped_contents_entry() -> None:
    lines = to_lines(
        "Punkt 2. Ansøgning om tilskud til lejrskole i\n"
        "distrikt vest ........................ 1\n"
        "Punkt 3. Skoledistrikter ............. 2\n"
        "\n"
        "Punkt 4. Eventuelt\n"
        "Sagsnr.: 14/8802\n"
    )
    assert wrapped_contents_entry(lines, 0)
    assert not wrapped_contents_entry(lines, 2)  # (the next entry, no rest)
    assert not wrapped_contents_entry(lines, 4)  # (a heading over its case line)


_WRAPPED_TOC = """SKIVE KOMMUNE

REFERAT

Miljøudvalget

Mødedato:      Mandag den 3. november 2014
Mødetidspunkt: Kl. 15.00
Mødested:      Lokale 1, Rådhuset

Indholdsfortegnelse

Punkt 1.  Godkendelse af dagsorden ........................ 1
Punkt 2.  Udpegning af medlemmer til det grønne råd for
          perioden 2015-2018 .............................. 1

Punkt 1.  Godkendelse af dagsorden

Beslutning:
Godkendt.

Punkt 2.  Udpegning af medlemmer til det grønne råd for perioden 2015-2018

Beslutning:
Godkendt.
"""


def test_contents_entry_wrapped_before_its_page_is_no_item() -> None:
    meeting = parse_text(_WRAPPED_TOC)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Udpegning af medlemmer til det grønne råd for perioden 2015-2018"),
    ]
    assert meeting.municipality == "Skive Kommune"
    assert not any("contents" in w for w in meeting.warnings)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Indstillingen fra Børneudvalget blev fulgt.", "approved"),
        ("Indstillingen fra forvaltningen blev fulgt.", "approved"),
        ("Anbefalingen fra direktionen blev ikke fulgt.", "rejected"),
        # whose it is no body: no rule
        ("Anbefalingen fra borgerne blev fulgt.", "other"),
    ],
)
def test_recommendation_followed_named_by_whose(sentence: str, expected: str) -> None:
    assert classify_decision(sentence)[0][0] == expected


def _sentence_header(under: str) -> str:
    return (
        "BYRÅDET\n\nREFERAT\n\n"
        "Ordinært møde onsdag den 7. december 2016 kl. 18.00 i Byrådssalen,\n"
        f"{under}\n\n1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Budget\n\nBeslutning:\nGodkendt.\n"
    )


def test_place_wrapped_with_street_and_town_but_no_postal_code() -> None:
    meeting = parse_text(_sentence_header("Rådhuset, Torvegade 3, Nakskov."))
    assert meeting.location == "Byrådssalen, Rådhuset, Torvegade 3, Nakskov"


def test_prose_under_a_place_left_open_is_no_address() -> None:
    # (a sentence under it, no street and number before a town)
    meeting = parse_text(_sentence_header("Der var afbud fra to medlemmer."))
    assert meeting.location != "Byrådssalen, Der var afbud fra to medlemmer"
