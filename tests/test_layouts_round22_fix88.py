"""Twenty-second round (layouts88: everyday published minutes): the families taught."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.portal_menu import committee_menu
from analysis.parse import to_lines
from analysis.read import read_bytes

_MENU = """## Udvalg

- Kommunalbestyrelsen
- Økonomiudvalget
- Teknik- og Miljøudvalget
- Udvalget for Kultur og Fritid
- Natur og Landdistrikter

## Møder 2024

- 09-01-2024
- 06-02-2024
"""


def test_portal_menu_keeps_bodies_named_by_their_area() -> None:
    """ "- Udvalget for Kultur og Fritid", "- Natur og Landdistrikter": bodies named by
    what they cover belong to the menu among three or more names that say they are bodies;
    alone (or among fewer) such a list is the text's own."""
    found = committee_menu(to_lines(_MENU))
    assert len(found) == 6 + 3
    areas = "## Udvalg\n\n- Kultur og Fritid\n- Natur og Landdistrikter\n- Økonomiudvalget\n"
    assert committee_menu(to_lines(areas)) == set()


_PAGE = """<html><body>
<div class="nav"><a href="/">Faaborg-Midtfyn Kommune</a><a href="/politik">Politik</a><a
href="/moeder">Møder</a><a href="/soeg">Søg i referater</a></div>
<div class="content"><h1>Ældrerådet</h1><h2>Referat</h2>
<p>Dato: 14-05-2024</p><p>Starttidspunkt: 10:00</p><p>Sted: Mødelokale 2, Rådhuset</p>
<h2>Punkt 1: Godkendelse af dagsorden</h2>
<h4>Beslutning Ældrerådet den 14-05-2024</h4><p>Godkendt.</p>
<h2>Punkt 2: Aktivitetscentrenes åbningstider</h2>
<h4>Beslutning Ældrerådet den 14-05-2024</h4><p>Taget til efterretning.</p>
</div></body></html>"""


def test_nav_div_of_site_links_is_page_chrome() -> None:
    """A ``<div class="nav">`` of the site's links (no ``<nav>``) is dropped as a nav
    bar is: its links read together ("KommunePolitikMøder…") were no line of the meeting."""
    text = read_bytes(_PAGE.encode(), ".html").text
    assert "Politik" not in text
    meeting = parse_text(text)
    assert [item.number for item in meeting.items] == [1, 2]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings
