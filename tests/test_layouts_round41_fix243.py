"""Forty-first round, layouts243: full committee pages saved from modern agenda portals.

A fold opened by a link (``<a href="#p-1" aria-expanded>``) over its hidden panel is the
item's heading and text (``read.html._unfold``, ``_toggle_link``); a case number kept only
in an attribute of the element wrapping the item (``data-case``, ``data-sagsnr``,
``data-journalnr``) is written as the case's line under the item's heading
(``read.html._attribute_cases``); the owner's address in the site's footer, left out with
the page's chrome, closes the text (``read.html._footer_owner``); a facts row
``Møde<TAB><body>`` names the forum (``parse._MEETING_FIELD_BODY``), and a page's heading
``Udvalget for <area>`` names it too (``parse._COMMITTEE_FOR``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.read.html import html_to_text

_FACTS = (
    "<h1>Erhvervs- og Turismeudvalget</h1><p>Referat</p><p>Mødedato: 12.03.2025</p>"
    "<p>Mødetidspunkt: 16:00</p><p>Mødested: Mødelokale 4, Rådhuset</p>"
)


def _page(body: str, footer: str = "", title: str = "Erhvervs- og Turismeudvalget") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><main>{_FACTS}{body}</main>"
        f"{footer}</body></html>"
    )


def _link_item(n: int, title: str, panel: str, attrs: str = "", href: bool = True) -> str:
    target = f' href="#p{n}"' if href else ""
    return (
        f'<li class="punkt"{attrs}><a{target} aria-expanded="false"><span>{n}.</span> '
        f'<span>{title}</span></a><div id="p{n}" hidden>{panel}</div></li>'
    )


def test_a_link_that_folds_its_panel_heads_the_item_and_shows_its_text() -> None:
    body = (
        "<ol>"
        + _link_item(1, "Godkendelse af dagsorden", '<div class="decision"><p>Godkendt.</p></div>')
        + _link_item(
            2,
            "Havnefront - helhedsplan",
            "<h3>Sagsfremstilling</h3><p>Planen samler tre projekter.</p>"
            '<div class="decision"><p>Anbefales.</p></div>',
        )
        + "</ol>"
    )
    text = html_to_text(_page(body))
    assert "Punkt 1: Godkendelse af dagsorden" in text
    assert "Planen samler tre projekter." in text
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Havnefront - helhedsplan"),
    ]


def test_a_hidden_panel_no_folding_link_points_to_stays_hidden() -> None:
    # a link naming the panel without aria-expanded (a contents list's anchor) folds nothing
    body = (
        '<ul><li><a href="#p1">1. Godkendelse af dagsorden</a></li></ul>'
        '<div id="p1" hidden><p>Skjult kladde.</p></div>'
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
    )
    assert "Skjult kladde." not in html_to_text(_page(body))


def test_a_folding_link_that_names_no_item_is_no_heading() -> None:
    # "Læs mere" opening a panel: the panel's text is shown, the control is no item
    body = (
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
        '<a href="#mere" aria-expanded="false">Læs mere</a>'
        '<div id="mere" hidden><p>Mødet blev holdt i fællessalen.</p></div>'
    )
    text = html_to_text(_page(body))
    assert "## Læs mere" not in text
    assert "Punkt" not in text.split("Mødet blev holdt", 1)[1]


@pytest.mark.parametrize(
    ("attribute", "value"),
    [
        ("data-sagsnr", "24-031877"),
        ("data-case", "27.12.00-P21-4-25"),
        ("data-journalnr", "25/4410"),
        ("data-case-number", "23/10522"),
    ],
)
def test_a_case_number_kept_in_the_items_attribute_is_its_case(attribute: str, value: str) -> None:
    body = (
        "<ol>"
        + _link_item(
            1,
            "Erhvervsfremme 2026",
            '<div class="decision"><p>Godkendt.</p></div>',
            f' {attribute}="{value}"',
        )
        + _link_item(2, "Eventuelt", '<div class="decision"><p>Intet.</p></div>')
        + "</ol>"
    )
    meeting = parse_text(html_to_text(_page(body)))
    assert [(it.number, it.case_number) for it in meeting.items] == [(1, value), (2, None)]


def test_a_case_attribute_over_a_heading_element() -> None:
    body = (
        '<section data-case="26/1188"><h2>1. Byfornyelse</h2><h3>Beslutning</h3>'
        "<p>Godkendt.</p></section>"
    )
    text = html_to_text(_page(body))
    assert text.index("Punkt 1: Byfornyelse") < text.index("Sagsnr.: 26/1188")


@pytest.mark.parametrize(
    "attrs",
    [
        ' data-id="88123"',  # an internal id, no case attribute
        ' data-case-id="88123"',  # the portal's own key for the case
        ' data-case=""',  # left empty
        ' data-case="ja"',  # no case number
    ],
)
def test_no_case_line_from_other_attributes_or_values(attrs: str) -> None:
    body = (
        "<ol>"
        + _link_item(1, "Erhvervsfremme", '<div class="decision"><p>Godkendt.</p></div>', attrs)
        + "</ol>"
    )
    assert "Sagsnr." not in html_to_text(_page(body))


def test_a_case_shown_in_the_item_is_not_written_twice() -> None:
    body = (
        '<section data-sagsnr="26/1188"><h2>1. Byfornyelse</h2><dl><dt>Sagsnr.</dt>'
        "<dd>26/1188</dd></dl><h3>Beslutning</h3><p>Godkendt.</p></section>"
    )
    assert html_to_text(_page(body)).count("26/1188") == 1


def test_a_case_attribute_on_an_element_with_no_heading_writes_nothing() -> None:
    body = '<h2>1. Byfornyelse</h2><div data-sagsnr="26/1188"><p>Sagen blev drøftet.</p></div>'
    assert "Sagsnr." not in html_to_text(_page(body))


_ITEMS = "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"


@pytest.mark.parametrize(
    "footer",
    [
        "<footer><p>Vejen Kommune · Rådhuspassagen 3 · 6600 Vejen</p></footer>",
        "<footer><address>Vejen Kommune, Rådhuspassagen 3, 6600 Vejen</address></footer>",
        '<div id="footer">Vejen Kommune | Rådhuspassagen 3 | 6600 Vejen | Tlf. 79 96 50 00</div>',
    ],
)
def test_the_footers_owner_address_names_the_municipality(footer: str) -> None:
    meeting = parse_text(html_to_text(_page(_ITEMS, footer)))
    assert meeting.municipality == "Vejen Kommune"
    decision = [sec.text for sec in meeting.items[-1].sections if sec.key == "beslutning"]
    assert decision == ["Godkendt."]


@pytest.mark.parametrize(
    "footer",
    [
        # no postcode: a link, not the owner's address
        "<footer><p>Vejen Kommune</p><p><a href='/job'>Job</a></p></footer>",
        # the kommune named inside a sentence
        "<footer><p>Siden drives af Vejen Kommune, 6600 Vejen.</p></footer>",
        # a partner's address in the article's own footer is the text's, read as it was
        "",
    ],
)
def test_no_owner_from_a_footer_without_the_owners_address(footer: str) -> None:
    assert "6600 Vejen" not in html_to_text(_page(_ITEMS, footer)).split("Godkendt.")[1]


def test_a_footer_inside_the_article_is_read_where_it_stands() -> None:
    page = (
        "<html><body><main>"
        + _FACTS
        + "<article>"
        + _ITEMS
        + "<footer><p>Vejen Kommune · Rådhuspassagen 3 · 6600 Vejen</p></footer>"
        "</article></main></body></html>"
    )
    assert html_to_text(page).count("Rådhuspassagen 3") == 1


@pytest.mark.parametrize("separator", [":\t", "\t", ": ", ":  "])
def test_a_meeting_row_naming_a_body_is_the_forum(separator: str) -> None:
    text = (
        f"Referat\n\nMøde{separator}Beskæftigelsesudvalget\nDato: 3. juni 2025\n"
        "Tid: 15:00\nSted: Mødelokale 1\n\nPunkt 1: Godkendelse af dagsorden\n\n"
        "Beslutning\n\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Beskæftigelsesudvalget"


def test_a_meeting_row_with_a_date_names_no_forum() -> None:
    text = (
        "Beskæftigelsesudvalget\n\nMøde: 03.06.2025 kl. 15:00\nSted: Mødelokale 1\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    assert parse_text(text).forum == "Beskæftigelsesudvalget"


def test_the_bodys_line_over_the_meeting_row_is_placed() -> None:
    text = (
        "Beskæftigelsesudvalget\n\nReferat\n\nMøde: Beskæftigelsesudvalget\n"
        "Dato: 3. juni 2025\nTid: 15:00\nSted: Mødelokale 1\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Beskæftigelsesudvalget"
    assert not any("could not be placed" in w for w in meeting.warnings)


@pytest.mark.parametrize(
    ("heading", "forum"),
    [
        ("## Udvalget for Erhverv og Turisme", "Udvalget for Erhverv og Turisme"),
        ("## Udvalg for Natur og Friluftsliv", "Udvalg for Natur og Friluftsliv"),
    ],
)
def test_a_committee_for_an_area_as_the_pages_heading_is_the_forum(
    heading: str, forum: str
) -> None:
    text = (
        f"{heading}\n\nReferat\n\nMødedato: 12.03.2025\nTid: 16:00\nSted: Mødelokale 4\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == forum
    assert not any("could not be placed" in w for w in meeting.warnings)


def test_a_plain_line_on_a_committee_is_no_heading_naming_the_forum() -> None:
    # not a heading: a sentence of the text, read as it was
    text = (
        "## Beskæftigelsesudvalget\n\nReferat\n\nMødedato: 12.03.2025\nTid: 16:00\n"
        "Sted: Mødelokale 4\n\nUdvalget for Erhverv og Turisme\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    assert parse_text(text).forum == "Beskæftigelsesudvalget"


def test_the_footer_stays_out_where_the_page_names_its_kommune() -> None:
    footer = "<footer><p>Vejen Kommune · Rådhuspassagen 3 · 6600 Vejen</p></footer>"
    for title in ("Erhvervs- og Turismeudvalget - Vejen Kommune", "Erhvervs- og Turismeudvalget"):
        body = _ITEMS if "Kommune" in title else _ITEMS + "<p>Billund Kommune deltog.</p>"
        assert "Rådhuspassagen" not in html_to_text(_page(body, footer, title))
