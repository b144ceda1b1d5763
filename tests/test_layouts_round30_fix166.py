"""Thirtieth round, layouts166 (messy text encodings and characters): letters written
decomposed and full-width forms read as a reader sees them, a KLE subject and facet before
the case's own number on the journal line, Bornholm's owner word "Regionskommune" in a
page header, and the standing items' outcomes right under their unnumbered titles."""

from __future__ import annotations

import pytest

from analysis.layouts.header import _FORUM_PREFIX
from analysis.layouts.outcome import opening_title
from analysis.parse import match_case_number
from analysis.read import read_bytes


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("Ra\u030adhuset i Grena\u030a", "Rådhuset i Grenå"),  # a + combining ring
        ("Cafe\u0301 Lunden", "Café Lunden"),
        ("Sagsnr.\uff1a\uff12\uff15\uff0f\uff11\uff14\uff14\uff11\uff10", "Sagsnr.:25/14410"),
        ("Salg af grund \uff08Lukket\uff09", "Salg af grund (Lukket)"),
        ("Punkt\u30003", "Punkt 3"),  # the ideographic space
        ("CO\u2082-udledning, \u00bd time", "CO\u2082-udledning, \u00bd time"),  # kept
    ],
)
def test_decomposed_and_full_width_read_as_shown(raw: str, read: str) -> None:
    assert read_bytes(f"{raw}\n".encode(), ".txt").text.strip() == read


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("J.nr. 00.01A00 - 09/8812", "09/8812"),
        ("J.nr. 05.01.08G01 – 09/6120", "09/6120"),
        ("Sagsnr. 82.02.00-G01 2009-004471", "2009-004471"),
        ("J.nr. 00.01A00", "00.01A00"),  # the class alone stays the case
        ("Sagsnr. 00.30.00-P00-7-23", "00.30.00-P00-7-23"),  # a whole journal number
        ("J.nr. 00.01A00 - se bilag", "00.01A00"),
    ],
)
def test_case_number_after_a_kle_class(line: str, case: str) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    "text",
    [
        "Bornholms Regionskommune                Teknik- og Miljøudvalget",
        "Bornholms Regionskommune - Kommunalbestyrelsen",
        "BORNHOLMS REGIONSKOMMUNE      KOMMUNALBESTYRELSEN",
    ],
)
def test_regionskommune_as_the_owner_before_the_body(text: str) -> None:
    assert _FORUM_PREFIX.sub("", text).split()[0] in (
        "Teknik-",
        "Kommunalbestyrelsen",
        "KOMMUNALBESTYRELSEN",
    )


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("Velkommen og godkendelse af dagsorden", True),
        ("Velkomst og godkendelse af dagsordenen", True),
        ("Godkendelse af dagsorden", True),
        ("Velkommen til nye medlemmer af rådet", False),
    ],
)
def test_opening_title(title: str, opening: bool) -> None:
    assert opening_title(title) is opening
