"""Forty-ninth round (layouts313: the regions' political bodies): a case field written as a
section of its own at an item's foot, a region's committee owned by the region its cases go
to, the region's name beside its minutes site's name in a page's top bar, a bulleted field
with no colon."""

from __future__ import annotations

import pytest

from analysis import municipalities, parse
from analysis.layouts import (
    _REGION_LEAD,
    _region_of_council,
    _sent_to_regional_council,
    header,
    parse_text,
)


def _item_text(foot: str) -> str:
    return (
        "Kulturudvalget\n\nReferat\n\nMødedato: 3. marts 2025\n\n1. Salg af grund\n\n"
        f"SAGSFREMSTILLING\nGrunden er udbudt.\n\nBESLUTNING\nGodkendt.\n\n{foot}\n"
    )


@pytest.mark.parametrize(
    ("foot", "case"),
    [
        ("JOURNALNUMMER\n14004410", "14004410"),
        ("Sagsnr.\n25/1187", "25/1187"),
        ("J.nr.:\n\n82.02.00-G01-3-24", "82.02.00-G01-3-24"),
        ("Sagsnr.\n2025", None),  # a year alone is no case
        ("Sagsnr.\nSe tidligere sag", None),
    ],
)
def test_case_field_as_a_section_at_the_items_foot(foot: str, case: str | None) -> None:
    meeting = parse_text(_item_text(foot))
    assert meeting.items[0].case_number == case
    assert meeting.items[0].sections[-1].text.startswith("Godkendt.")


def test_case_under_label_reads_only_a_number_alone() -> None:
    lines = parse.to_lines("Journalnummer\n\n24/3301\nmere\n")
    assert parse.case_under_label(lines, 0) == ("24/3301", 2)
    lines = parse.to_lines("Journalnummer\nSagen er lukket\n")
    assert parse.case_under_label(lines, 0) is None


def test_region_named_in_the_genitive() -> None:
    assert municipalities.regions_named_or_owning("Region Sjællands sygehuse") == {
        "Region Sjælland"
    }
    assert municipalities.regions_named_or_owning("REGION NORDJYLLAND") == {"Region Nordjylland"}
    assert municipalities.regions_in("Region Sjællands sygehuse") == set()


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("Udvalget anbefaler over for forretningsudvalget og regionsrådet, at …", True),
        ("Sagen afgøres af regionsrådet.", True),
        ("Sagen afgøres af\nRegionsrådet.", True),
        ("Regionsrådet har vedtaget en ny sundhedsplan.", False),
        ("Kommunen afgiver høringssvar til regionen.", False),
    ],
)
def test_sent_to_regional_council(text: str, sent: bool) -> None:
    assert _sent_to_regional_council(parse.to_lines(text)) is sent


def test_region_of_a_committee_whose_cases_go_to_the_regionsraad() -> None:
    lines = parse.to_lines(
        "Region Sjællands Psykiatri har et mindreforbrug.\nSagen afgøres af\nRegionsrådet.\n"
    )
    assert _region_of_council(lines, "Udvalg for Psykiatri") == "Region Sjælland"
    # not a body that is no committee, nor where two regions are named
    assert _region_of_council(lines, "Handicaprådet") is None
    two = parse.to_lines("Region Sjælland og Region Hovedstaden.\nSagen afgøres af regionsrådet.\n")
    assert _region_of_council(two, "Udvalg for Sundhed") is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Region Syddanmark Politiske dagsordener og referater", "Region Syddanmark"),
        ("Region Midtjylland Dagsordener og referater Udskriv", "Region Midtjylland"),
        ("Region Sjælland Møder og referater", "Region Sjælland"),
        ("Region Sjælland har sendt dagsordener og referater", None),
        ("Region Hovedstaden Referat af mødet", None),
    ],
)
def test_region_beside_its_minutes_sites_name(text: str, region: str | None) -> None:
    m = _REGION_LEAD.match(text)
    assert (m.group(1) or m.group(2) if m else None) == region


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("- Mødested Regionshuset, Damhaven 12", "Mødested Regionshuset, Damhaven 12"),
        ("• Mødedato 10.02.2025", "Mødedato 10.02.2025"),
        ("- Mødested: Rådhuset", "Mødested: Rådhuset"),
        ("- Sted Rådhuset", "- Sted Rådhuset"),  # a key that needs its colon keeps its bullet
        ("- Mødested", "- Mødested"),  # no value
    ],
)
def test_bulleted_field_without_a_colon(text: str, out: str) -> None:
    assert header._bulleted_field(text) == out
