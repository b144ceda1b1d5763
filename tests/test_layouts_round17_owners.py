"""Seventeenth round: a joint rescue service as the owner of its own minutes."""

from __future__ import annotations

import pytest

from analysis.layouts.owners import rescue_service
from analysis.parse import parse_minutes


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Beredskab Fyn", "Beredskab Fyn"),
        ("Hovedstadens Beredskab", "Hovedstadens Beredskab"),
        ("Brand & Redning Sønderjylland", "Brand & Redning Sønderjylland"),
        ("TREKANTOMRÅDETS BRANDVÆSEN", "Trekantområdets Brandvæsen"),
        ("MIDT- OG SYDSJÆLLANDS BRAND & REDNING", "Midt- og Sydsjællands Brand & Redning"),
        ("Frederiksborg Brand og Redning", "Frederiksborg Brand og Redning"),
    ],
)
def test_a_rescue_service_named_alone_is_an_owner(line: str, owner: str) -> None:
    assert rescue_service(line) == owner


@pytest.mark.parametrize(
    "line",
    [
        "Beredskabskommissionen",  # the body, not the owner
        "Beredskab",  # no place
        "Kommunens Beredskab",  # no place either
        "Beredskab og sikkerhed",  # a department's area
        "Orientering om beredskab ved Fyn",  # a sentence mentioning one
        "Sagen om Nordjyllands Beredskab og budgettet for 2026 drøftes",
    ],
)
def test_other_lines_name_no_rescue_service(line: str) -> None:
    assert rescue_service(line) is None


_MINUTES = """{owner}

Beredskabskommissionen - Referat
Tirsdag den 4. marts 2025 kl. 10.00
Brandstationen i Middelfart

Pkt. 1 - Godkendelse af dagsorden
Beslutning: Godkendt.

Pkt. 2 - Budgetopfølgning
Beslutning: Taget til efterretning.
"""


def test_the_service_is_the_municipality_of_its_commissions_minutes() -> None:
    meeting = parse_minutes(_MINUTES.format(owner="Beredskab Fyn"))
    assert meeting.municipality == "Beredskab Fyn"
    assert meeting.forum == "Beredskabskommissionen"


def test_a_kommune_named_first_stays_the_owner() -> None:
    text = _MINUTES.format(owner="Middelfart Kommune\nBeredskab Fyn")
    assert parse_minutes(text).municipality in ("Middelfart", "Middelfart Kommune")
