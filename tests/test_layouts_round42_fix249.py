"""Round forty-two (layouts249: minutes of inter-municipal and regional bodies): the owner
of a joint rescue service's company written with its company form ("Beredskab X I/S"), a
region's letterhead naming its department after a middle dot, and a company's board whose
members are listed under the kommuner they sit for (a joint body: no kommune its owner)."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.owners import (
    is_company,
    joint_body,
    member_municipalities,
    region_over_department,
    rescue_service,
)

_ITEMS = (
    "1. Godkendelse af dagsorden\nSagsnr.: 25/10\nBeslutning: Godkendt.\n\n"
    "2. Eventuelt\nSagsnr.: 25/11\nBeslutning: Intet.\n"
)


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("BEREDSKAB KYSTLAND I/S", "Beredskab Kystland I/S"),
        ("Midtsjællands Brandvæsen I/S", "Midtsjællands Brandvæsen I/S"),
        ("Beredskab Kystland", "Beredskab Kystland"),
        # what must not be read: a company of another kind, a sentence
        ("Vandselskabet Kystland I/S", None),
        ("Beredskab Kystland I/S holder møde", None),
    ],
)
def test_a_rescue_service_keeps_its_company_form(line: str, owner: str | None) -> None:
    assert rescue_service(line) == owner


def test_only_a_company_is_owned_by_itself() -> None:
    assert is_company("Beredskab Kystland I/S")
    assert not is_company("Beredskab Kystland")


def test_a_service_company_over_its_owner_kommuner_is_the_owner() -> None:
    """The kommuner named under the company's line own it: no kommune's own service."""
    text = (
        "BEREDSKAB KYSTLAND I/S\nFor Lemvig, Struer og Holstebro Kommuner\n\nREFERAT\n\n"
        "Dato: 3. februar 2025 kl. 16.00\nSted: Brandstationen, Havnevej 2, 7620 Lemvig\n\n"
        + _ITEMS
    )
    assert parse_text(text).municipality == "Beredskab Kystland I/S"


def test_a_kommune_naming_its_own_service_keeps_the_kommune() -> None:
    """Without the company form the service under a kommune's header is the kommune's."""
    text = (
        "Beredskab Kystland\nLemvig Kommune\n\nReferat\n\n"
        "Dato: 3. februar 2025 kl. 16.00\nSted: Rådhuset\n\n" + _ITEMS
    )
    assert parse_text(text).municipality == "Lemvig Kommune"


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("Region Hovedstaden · Center for Sundhed", "Region Hovedstaden"),
        ("Region Syddanmark | Psykiatri og Social", "Region Syddanmark"),
        # what must not be read: a body or the document's kind after the dot (read as the
        # forum and the kind elsewhere), a dash (an item's title may be so written), a
        # sentence, a town in a region's place
        ("Region Syddanmark · Udvalg for forebyggelse", None),
        ("Region Midtjylland · Referat", None),
        ("Region Sjælland - Høring om trafikplan", None),
        ("Region Sjælland · Sundhed har sendt planen i høring til alle kommuner", None),
        ("Region Vest · Sundhed", None),
    ],
)
def test_a_region_over_its_department(line: str, region: str | None) -> None:
    assert region_over_department(line) == region


def test_the_region_of_a_letterhead_owns_the_minutes() -> None:
    text = (
        "Region Hovedstaden · Center for Sundhed\n\nArbejdsgruppen for akutpladser\n"
        "Referat af møde mandag den 3. marts 2025 kl. 10.00\nMødested: Regionsgården\n\n" + _ITEMS
    )
    assert parse_text(text).municipality == "Region Hovedstaden"


_SEATS = [
    "Gribskov Kommune: Anne Holm (formand), Bo Lind",
    "Halsnæs Kommune: Eva Dahl",
    "Hillerød Kommune\tIb Krog",
]


def test_members_under_their_kommuner_make_a_board_joint() -> None:
    assert member_municipalities(_SEATS, board=True) == {"Gribskov", "Halsnæs", "Hillerød"}
    assert joint_body(_SEATS, board=True)
    # what must not be read: the label form outside a board (a network's officials so
    # listed meet at a host kommune), two kommuner, a kommune that is none, a sentence
    assert not joint_body(_SEATS)
    assert not joint_body(_SEATS[:2], board=True)
    assert member_municipalities(["Fra Gribskov Kommune: Ole Bak"], board=True) == set()
    assert member_municipalities(["Nordby Kommune: Ole Bak"], board=True) == set()
    assert member_municipalities(["Gribskov Kommune har sendt et brev"], board=True) == set()


def test_a_company_board_with_members_by_kommune_has_no_owner() -> None:
    text = (
        "Referat af bestyrelsesmøde i Nordkystens Vand I/S\n\n"
        "Dato: 2. juni 2025, kl. 15.00\nSted: Vandværket, Søvej 1, 3200 Helsinge\n\n"
        "Deltagere:\n" + "\n".join(_SEATS[:2]) + "\nHillerød Kommune: Ib Krog\n\n" + _ITEMS
    )
    meeting = parse_text(text)
    assert meeting.forum == "Bestyrelsen for Nordkystens Vand I/S"
    assert meeting.municipality is None
