"""Round 48 (layouts293): committee minutes copied from municipal web pages with select all."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.consent import consent_banner
from analysis.layouts.text import crumb_trail, furniture, is_furniture, sidebars
from analysis.parse import to_lines

_TRAIL = "Forside\n{sep}\nPolitik\n{sep}\nUdvalg\n{sep}\nPlanudvalget\n{sep}\nReferater\n"


def _indexes(text: str, wanted: set[str]) -> set[int]:
    return {ln.index for ln in to_lines(text) if ln.clean in wanted}


def test_the_middle_crumbs_of_a_trail_a_crumb_a_line_are_furniture() -> None:
    for sep in (">", "/", "›", "»"):
        text = _TRAIL.format(sep=sep)
        found = crumb_trail(to_lines(text))
        assert found == _indexes(text, {"Politik", "Udvalg", "Planudvalget"}), sep


def test_the_trails_first_and_last_crumbs_are_left() -> None:
    """The last crumb names the page (it may be the only place naming the body); the first
    is the site's home link, furniture by its own word."""
    text = _TRAIL.format(sep=">")
    found = crumb_trail(to_lines(text))
    assert not found & _indexes(text, {"Forside", "Referater"})


def test_a_line_with_a_separator_on_one_side_only_is_no_crumb() -> None:
    text = "Økonomiudvalget\n/\nReferat\n\n1. Budget\nGodkendt.\n"
    assert crumb_trail(to_lines(text)) == set()


def test_a_long_line_between_separators_is_no_crumb() -> None:
    long = "Udvalget drøftede forslaget om en ny skolestruktur og bad om et notat til mødet i maj."
    text = f">\n{long}\n>\n"
    assert crumb_trail(to_lines(text)) == set()


def test_no_separator_alone_no_crumb() -> None:
    text = "Forside > Politik > Udvalg\nPlanudvalget\nReferat\n"
    assert crumb_trail(to_lines(text)) == set()


def test_the_trail_is_part_of_the_page_furniture() -> None:
    text = "Spring til indhold\n\n" + _TRAIL.format(sep=">") + "\nPlanudvalget\nReferat\n"
    lines = to_lines(text)
    assert _indexes(text, {"Udvalg"}) <= furniture(lines)


_PAGE = """Gå til indhold
Borger
Erhverv
Politik

Forside
{sep}
Politik
{sep}
{section}
{sep}
{crumb}
{sep}
Dagsordener og referater

Miljørådet
Referat
Onsdag 4. oktober 2023
Kl. 17:00
Mødelokale 4, Rådhuset

1. Godkendelse af dagsorden
Sagsnr.: 23/1001
Beslutning Miljørådet den 04-10-2023
Godkendt.

2. Høring over klimaplan
Sagsnr.: 23/1002
Beslutning Miljørådet den 04-10-2023
Miljørådet afgav høringssvar.
"""


def test_a_section_crumb_is_no_forum_and_the_decisions_are_this_meetings() -> None:
    """ "Råd og nævn" or "Udvalg" between two separators is the site's section: the forum is
    the body named over "Referat", and "Beslutning <forum> den <date>" heads its decisions."""
    for sep, section in ((">", "Udvalg"), ("/", "Råd og nævn")):
        meeting = parse_text(_PAGE.format(sep=sep, section=section, crumb="Miljørådet"))
        assert meeting.forum == "Miljørådet", (sep, section)
        texts = [s.text for i in meeting.items for s in i.sections if s.key == "beslutning"]
        assert texts == ["Godkendt.", "Miljørådet afgav høringssvar."], (sep, section)


_TOP = """Vesthimmerlands Kommune
Spring navigationen over
Menu
Søg
Borger
Erhverv
Politik
{section}
Kontakt

Vi bruger cookies
Vi bruger cookies til statistik. Du kan altid trække dit samtykke tilbage.
Tillad alle
Kun nødvendige

Forside > Politik > Udvalg > Planudvalget > Referater

Planudvalget
Referat
Dato: 05.06.2018
Tidspunkt: 15:00

1. Godkendelse af dagsorden
Beslutning:
Godkendt.
"""


def test_a_section_link_between_menu_words_joins_the_menu() -> None:
    for section in ("Natur og fritid", "Om Aars", "Oplev Løgstør", "Kommunen"):
        text = _TOP.format(section=section)
        found = sidebars(to_lines(text))
        assert _indexes(text, {section, "Kontakt", "Politik"}) <= found, section


def test_the_sites_name_under_a_control_is_no_menu_section() -> None:
    """ "Spring til indhold" / "<Lokalråd>" / "Menu": the control above is no section of the
    menu, so the line between is the site's name (it may name the forum)."""
    text = "Spring til indhold\nVestby Lokalråd\nMenu\nForside\nReferater\nKontakt\nSøg\n"
    assert not _indexes(text, {"Vestby Lokalråd"}) & sidebars(to_lines(text))


def test_a_section_link_lower_than_the_pages_top_is_left() -> None:
    filler = "\n".join(f"Linje {k} med tekst om noget andet." for k in range(40))
    text = f"{filler}\nBorger\nErhverv\nPolitik\nNatur og fritid\nKontakt\n"
    assert not _indexes(text, {"Natur og fritid"}) & sidebars(to_lines(text))


def test_the_skip_link_with_its_object_first_is_furniture() -> None:
    for link in ("Spring navigationen over", "Spring navigation over", "Spring menuen over"):
        assert is_furniture(link), link
    assert not is_furniture("Udvalget sprang punktet over")


def test_a_cookie_banner_under_the_sites_menu_is_furniture() -> None:
    text = _TOP.format(section="Natur og fritid")
    lines = to_lines(text)
    assert _indexes(text, {"Tillad alle", "Kun nødvendige"}) <= furniture(lines)
    meeting = parse_text(text)
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


def test_the_cookie_banner_still_wants_a_cookie_line_that_is_furniture() -> None:
    """Buttons alone under the menu, no sentence naming the cookies: nothing is taken."""
    text = "Borger\nErhverv\nPolitik\n\nTillad alle\nKun nødvendige\n\n1. Budget\nGodkendt.\n"
    lines = to_lines(text)
    assert consent_banner(lines, sidebars(lines)) == set()
