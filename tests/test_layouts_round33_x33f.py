"""Round 33, second pass (x33f): meeting facts a header names only in passing (invented
examples): a running page footer's body, a wiki page's ISO-dated title, how often a body
meets after its name, a forum field naming its owner after a comma."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.signature import body_in_running_footer
from analysis.parse import Line

_ITEMS = (
    "\n\nDagsorden\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n"
    "2. Eventuelt\nBeslutning: Intet.\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(text.split("\n"))]


def test_running_footer_names_the_body_between_owner_and_date() -> None:
    footer = "Tønder Kommune · Chefgruppen Kultur · 07-05-2021  2"
    assert body_in_running_footer(_lines(f"Tekst\n{footer}\n")) == "Chefgruppen Kultur"
    iso = "*Tønder Kommune · Styregruppen for Skolereform · 2021-05-07*"
    assert body_in_running_footer(_lines(iso)) == "Styregruppen for Skolereform"
    # an address between the owner and the date names no body
    assert body_in_running_footer(_lines("Tønder Kommune · Kongevej 57 · 07-05-2021")) is None
    assert body_in_running_footer(_lines("Tønder Kommune · Kongevej · 6270 Tønder")) is None


def test_running_footer_gives_the_forum_a_bare_header_leaves_open() -> None:
    text = (
        "Ugentligt møde\nDato: 7. maj 2021 kl. 9.00"
        + _ITEMS
        + "\nTønder Kommune · Chefgruppen Kultur · 07.05.2021 · 1\n"
    )
    assert parse_text(text).forum == "Chefgruppen Kultur"


def test_iso_dated_wiki_title_names_the_body() -> None:
    text = "2021-05-07 Ledergruppen Social og Sundhed – referat\nDato: 7. maj 2021" + _ITEMS
    assert parse_text(text).forum == "Ledergruppen Social og Sundhed"


def test_how_often_the_body_meets_is_no_part_of_its_name() -> None:
    text = "Chefforum Kultur og Fritid – månedligt møde\nDato: 7. maj 2021" + _ITEMS
    assert parse_text(text).forum == "Chefforum Kultur og Fritid"


def test_owner_after_a_comma_in_the_forum_field_is_the_municipality() -> None:
    meeting = parse_text("Forum: Hoved-MED, Tønder Kommune\nDato: 7. maj 2021" + _ITEMS)
    assert (meeting.forum, meeting.municipality) == ("Hoved-MED", "Tønder Kommune")
    # two bodies, each with its owner: the whole line stays the forum
    two = "Teknikudvalget, Tønder Kommune og Planudvalget, Aabenraa Kommune"
    assert parse_text(f"Forum: {two}\nDato: 7. maj 2021" + _ITEMS).forum == two


def test_secretarys_remark_after_the_place_is_no_part_of_it() -> None:
    place = "Sted: Rådhuset, lokale 2.04 (OBS – ikke lokale 1.01 som vanligt)"
    assert parse_text(f"Chefgruppen\nDato: 7. maj 2021\n{place}" + _ITEMS).location == (
        "Rådhuset, lokale 2.04"
    )
    teams = "Sted: Teams – ikke Rådhuset denne gang"
    assert parse_text(f"Chefgruppen\nDato: 7. maj 2021\n{teams}" + _ITEMS).location == "Teams"
