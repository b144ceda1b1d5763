"""The forty-eighth round's rules for minutes of 1995-2006 (layouts301): an old web page's
item cell whose paragraphs are parted by two ``<br>`` in a row, its head cell beside the
logo read line by line where it holds "Mødested:", the county named in the page's title,
a committee's closing "Udvalgets indstilling til amtsrådet:" as its outcome, a council's
letterhead over its committee's name, a numbered room "på rådhuset i <town>" after the
hour, and the forum pointing out savings ("Udvalget anviste besparelser …") as decided."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.enrich.decisions import classify_decision
from analysis.layouts import header, parse_text
from analysis.layouts.page_title import county_in_title, title_facts
from analysis.read.html import html_to_text

_ITEM_ROWS = (
    "<table><tr><td><b>2.</b></td><td><b>Tilskud til museet</b></td></tr>"
    "<tr><td></td><td><font>J.nr. 3-10-2-01{sep}Museet søger om tilskud.{sep}"
    "<i>Udvalgets beslutning:</i><br>Godkendt.</font></td></tr></table>"
)


def test_blank_line_of_two_breaks_parts_the_item_cell() -> None:
    text = html_to_text(_ITEM_ROWS.format(sep="<br><br>"))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert "Udvalgets beslutning:" in lines
    assert "Godkendt." in lines


def test_breaks_with_white_space_between_are_a_blank_line_too() -> None:
    text = html_to_text(_ITEM_ROWS.format(sep="<br>\n <br>"))
    assert "Godkendt." in [ln.strip() for ln in text.splitlines()]


def test_one_break_keeps_a_run_in_label_on_its_line() -> None:
    text = html_to_text(_ITEM_ROWS.format(sep=" "))
    assert "Godkendt." not in [ln.strip() for ln in text.splitlines()]


def test_head_cell_beside_the_logo_is_read_line_by_line() -> None:
    markup = (
        '<table><tr><td><img src="logo.gif"></td><td><b>Kulturudvalget</b><br>Referat<br>'
        "Onsdag den 2. april 2003 kl. 16.00<br>Mødested: Mødesal 1, Amtshuset</td></tr>"
        "</table>"
    )
    lines = [ln.strip() for ln in html_to_text(markup).splitlines() if ln.strip()]
    assert "Mødested: Mødesal 1, Amtshuset" in lines


@pytest.mark.parametrize(
    ("title", "county"),
    [
        ("Ribe Amt - Miljøudvalget - Referat 11.09.2003", "Ribe Amt"),
        ("Sundhedsudvalget | FYNS AMT", "Fyns Amt"),
        ("Sorø Amt - Referat", None),  # no county of 1970-2006 by that name
        ("Amtsrådet - Referat", None),
        ("Teknisk Udvalg - Referat - Ry Kommune", None),
    ],
)
def test_county_in_title(title: str, county: str | None) -> None:
    assert county_in_title(title) == county


def test_title_facts_name_the_county_as_owner() -> None:
    assert title_facts("Vejle Amt - Kulturudvalget - Referat 03.03.2004")[1] == "Vejle Amt"


@pytest.mark.parametrize(
    ("forum", "text", "expected"),
    [
        ("Hovedstadens Udviklingsråd", "Trafikudvalget", True),
        ("Roskilde Amtsråd", "Teknik- og Miljøudvalget", True),
        ("Kommunalbestyrelsen", "Økonomiudvalget", True),
        ("Trafikudvalget", "Planudvalget", False),  # a committee over a committee
        ("Amtsrådet", "Referat af mødet", False),
        ("Amtsrådet", "Udvalget om trafik og veje er nedlagt", False),
    ],
)
def test_council_over_committee(forum: str, text: str, expected: bool) -> None:
    assert header.council_over_committee(forum, text) is expected


def test_committee_under_the_letterhead_is_the_forum() -> None:
    text = (
        "Vestegnens Trafikråd\nPlanudvalget\n\nReferat af mødet mandag den 7. oktober 2002 "
        "kl. 15.30\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n"
    )
    assert parse_text(text).forum == "Planudvalget"


def test_numbered_room_on_the_town_hall_in_lower_case() -> None:
    text = "Torsdag den 3. april 1997 kl. 19.00 i mødelokale 1 på rådhuset i Gørlev\n"
    head = header.read_header(parse.to_lines(text), set(), set())
    assert head.location == "mødelokale 1 på rådhuset i Gørlev"


_ONWARD = (
    "Miljøudvalget\nReferat af mødet den 11. september 2003 kl. 13.30\n\n"
    "1. Vandplan for Kongeåen\nDer er kommet 17 bemærkninger.\n"
    "Udvalgets indstilling til amtsrådet:\nUdvalget anbefaler, at planen vedtages.\n\n"
    "2. Takster\nUdvalgets indstilling til amtsrådet:\nAt taksterne godkendes.\n"
    "Udvalgets beslutning:\nAnbefales.\n"
)


def test_committees_onward_recommendation_is_its_outcome() -> None:
    items = parse_text(_ONWARD).items
    first = {s.key: s.text for s in items[0].sections}
    assert first["beslutning"].startswith("Udvalget anbefaler")


def test_onward_recommendation_before_a_decision_stays_the_recommendation() -> None:
    second = parse_text(_ONWARD).items[1]
    keys = [s.key for s in second.sections]
    assert keys == ["indstilling", "beslutning"]


def test_councils_own_minutes_keep_a_committees_onward_recommendation() -> None:
    text = _ONWARD.replace("Miljøudvalget\n", "Amtsrådet\n", 1)
    first = parse_text(text).items[0]
    assert [s.key for s in first.sections][-1] == "indstilling"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Udvalget anviste besparelser for 0,4 mio. kr. på natbusserne.", "decided"),
        ("Udgiften afholdes som anvist i sagsfremstillingen.", "other"),
        ("Der anvises finansiering senere.", "other"),
    ],
)
def test_pointing_out_savings_is_decided(text: str, kind: str) -> None:
    assert classify_decision(text)[0][0] == kind
