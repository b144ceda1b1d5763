"""Thirtieth round, layouts171 (minutes as the text of printed pages, the page furniture in
the flow): a page break's own notices ("Fortsættes næste side", "Punkt 6 (fortsat)"),
page numbers "N/M" alone on a line, a title repeated atop the next page with "(fortsat)",
a running header's second line under the dated one, titles underlined by rules of their
own length (one parted from its rule by a page break)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.ruled import ruled_titles, underlined_titles
from analysis.layouts.text import continuation_notes, furniture, page_numbers
from analysis.parse import split_title, to_lines


@pytest.mark.parametrize(
    "text",
    [
        "Fortsættes næste side",
        "(fortsættes på næste side)",
        "Fortsætter på følgende side",
        "Punkt 6 (fortsat)",
        "Punkt 3, fortsat",
        "*Punkt 3, fortsat*",
        "Pkt. 4 - fortsat",
        "(fortsat)",
    ],
)
def test_a_page_breaks_notice_is_furniture(text: str) -> None:
    lines = to_lines(f"Beslutning:\n\n{text}\n\nGodkendt.")
    assert continuation_notes(lines) == {2}


@pytest.mark.parametrize(
    "text",
    [
        "Sagen fortsættes næste side af vejen.",
        "Udvalget fortsat drøftelsen.",
        "Projektet er fortsat i gang.",
        "Punkt 6 Budget fortsat",
    ],
)
def test_a_sentence_on_going_on_is_no_notice(text: str) -> None:
    assert continuation_notes(to_lines(text)) == set()


def test_bare_page_numbers_on_two_pages_or_more() -> None:
    text = "Beslutning\n\n        2/3\n\nGodkendt.\n\nSag: 21/3122\n\n        3/3\n"
    lines = to_lines(text)
    assert page_numbers(lines) == {2, 8}
    # one "N/M" alone, or a case's number: no page number
    assert page_numbers(to_lines("Sag:\n3/4\nGodkendt.")) == set()
    assert page_numbers(to_lines("Journal\n12/345\n\n12/346")) == set()


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Svømmehal - renovering (fortsat)", "Svømmehal - renovering"),
        ("Budget 2025 (forts.)", "Budget 2025"),
        ("Kulturstrategi (Fortsættelse)", "Kulturstrategi"),
        # the word inside a title stays
        ("Fortsat drift af Café Lyst", "Fortsat drift af Café Lyst"),
    ],
)
def test_a_continued_titles_mark_is_no_part_of_it(raw: str, title: str) -> None:
    assert split_title(raw)[0] == title


def test_a_running_headers_second_line_under_the_dated_one() -> None:
    page = (
        "*Kulturudvalget – Referat – 3. maj 2016*\n*Thisted Kommune*\n\n"
        "Tekst på siden.\n\nSide {n} af 3\n\n"
    )
    text = "".join(page.format(n=n) for n in (1, 2, 3))
    lines = to_lines(text)
    found = furniture(lines)
    assert {ln.index for ln in lines if "Thisted" in ln.clean} <= found


_UNDERLINED = """Referat

Vandløbsregulativ for Skals Å
-----------------------------
Sagsnr.: 20/1133

Tekst.

Miljøudvalget, 04-05-2020:
Godkendt.


Naturpark Nedre Mølleådal

Side 1

Miljøudvalget 04-05-2020

-------------------------
Sagsnr.: 20/1201

Tekst.

Miljøudvalget, 04-05-2020:
Drøftet.


Eventuelt
---------

Miljøudvalget, 04-05-2020:
Intet.
"""


def test_titles_underlined_by_rules_of_their_length_are_no_item_rules() -> None:
    # the rules underline the titles above them: ruled_titles leaves them (it would take
    # the case line under each rule for a title)
    assert ruled_titles(_UNDERLINED) == _UNDERLINED
    marked = underlined_titles(_UNDERLINED).split("\n")
    assert "## Vandløbsregulativ for Skals Å" in marked
    # the title parted from its rule by a page break, and the body's dated line as the
    # decision label
    assert "## Naturpark Nedre Mølleådal" in marked
    assert "## Eventuelt" in marked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tillægsbevilling på 4,2 mio. kr. bevilget, finansieret af kassebeholdningen.", "decided"),
        ("Tilskud på 75.000 kr. bevilget.", "decided"),
        # a grant made before, or one the sentence goes on to qualify: no grant here
        ("Der er tidligere på 200.000 kr. bevilget, og resten udestår.", "other"),
        ("Puljen blev i 2015 på 2 mio. kr. bevilget, men den er nu opbrugt.", "other"),
    ],
)
def test_what_was_granted_and_its_amount_before_the_participle(text: str, expected: str) -> None:
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == expected
