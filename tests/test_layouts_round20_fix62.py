"""Layouts taught in the twentieth round by fix62: web pages and Word documents of many
publishing systems (invented text)."""

from __future__ import annotations

from analysis.parse import match_case_number
from analysis.read.html import html_to_text

_CARDS = """<html><body><h1>Referat - Seniorrådet</h1>
<p>Dato: 4. juni 2025</p>
<div class="sag-kort"><div class="sag-kort__head">Budget 2026 - høring</div>
<dl class="sag-kort__body"><dt>Sagsfremstilling</dt><dd>Rådet drøftede forslaget.</dd>
<dt>Beslutning</dt><dd>Rådet afgiver høringssvar.</dd></dl></div>
<div class="sag-kort"><div class="sag-kort__head">Eventuelt</div>
<dl class="sag-kort__body"><dt>Beslutning</dt><dd>Intet.</dd></dl></div>
</body></html>"""


def test_card_head_over_its_body_is_a_heading() -> None:
    text = html_to_text(_CARDS)
    assert "## Budget 2026 - høring" in text.split("\n")
    assert "## Eventuelt" in text.split("\n")
    assert "Beslutning: Rådet afgiver høringssvar." in text


def test_title_class_without_a_body_stays_text() -> None:
    # a page's title block over ordinary paragraphs: no card, so no heading is made
    page = '<html><body><div class="page-title">Referat</div><p>Tekst.</p></body></html>'
    assert "## Referat" not in html_to_text(page)


def test_side_column_of_links_is_chrome() -> None:
    page = """<html><body>
<div class="topbar"><a href="/">kommune.dk</a> <a href="/x">Log ind</a></div>
<aside><h2>Udvalg</h2><ul><li><a href="?a">Byrådet</a></li>
<li><a href="?b">Seniorrådet</a></li></ul></aside>
<h1>Seniorrådet</h1><p>Dato: 4. juni 2025</p></body></html>"""
    text = html_to_text(page)
    assert "Byrådet" not in text and "Log ind" not in text
    assert "## Seniorrådet" in text


def test_aside_with_the_meetings_own_text_stays() -> None:
    page = """<html><body><h1>Seniorrådet</h1>
<aside><h2>Mødet</h2><p>Sted: Rådhuset, lokale 2</p>
<a href="/a">Kort</a> <a href="/b">Print</a></aside>
</body></html>"""
    assert "Sted: Rådhuset, lokale 2" in html_to_text(page)


def test_case_field_repeating_its_label() -> None:
    assert match_case_number("Journalnummer: J.nr. 2024-003311") == "2024-003311"
    assert match_case_number("Journalnr.: J.nr. 17.01.00-A00-3-25") == "17.01.00-A00-3-25"
    assert match_case_number("Journalnummer: Jens Hansen") is None


def test_orientering_alone_is_a_standing_title() -> None:
    from analysis.layouts.outcome import standing_title

    assert standing_title("Orientering")
    assert standing_title("Orienteringer")
    assert standing_title("Gensidig orientering")
    assert not standing_title("Orientering om skolernes budget")


def test_closed_item_with_its_conclusion_kept_apart_decides_nothing() -> None:
    from analysis.enrich.decisions import classify_decision

    for text in (
        "Lukket punkt – konklusionen fremgår af særskilt notat.",
        "Lukket punkt - beslutning fremgår af fortroligt bilag.",
    ):
        assert classify_decision(text)[0][0] == "none", text
    assert classify_decision("Konklusionen blev godkendt.")[0][0] != "none"


def test_comment_count_and_way_back_are_page_controls() -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture("Kommentarer (3) · Abonnér på siden · Print")
    assert is_furniture("\tOversigt | Udskriv")
    # alone, either word may head a section of the minutes
    assert not is_furniture("Oversigt")
    assert not is_furniture("Kommentarer")


def test_owner_line_then_body_word_gives_way_to_the_titled_board() -> None:
    from analysis.layouts.meeting_kind import board_of_owner_header
    from analysis.parse import Line

    lines = [Line(0, "Referat af bestyrelsesmøde i Odder Musikskole", 0)]
    placed: set[int] = set()
    got = board_of_owner_header("Odder Musikskole · Bestyrelsen", lines, placed)
    assert got == "Bestyrelsen for Odder Musikskole" and placed == {0}
    # another organisation in the title: the header's forum stands
    assert board_of_owner_header("Ry Musikskole · Bestyrelsen", lines, set()) is None
