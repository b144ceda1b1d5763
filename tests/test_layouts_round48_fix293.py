"""Round 48 (layouts293): committee minutes copied from municipal web pages with select all."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.text import crumb_trail, furniture
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
