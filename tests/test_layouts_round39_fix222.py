"""Thirty-ninth round, layouts222: committee pages copied from eight publishing systems.

An item's open/closed mark and its case line between its number alone and its title
(``headings._marks_under_number``); a closed item with no text whose case line stands over
its number, the line under it the next item's (``headings._next_items_case``); a menu of
bodies one of which writes its body word in capitals (``portal_menu``); a cookie banner's
heading and buttons (``consent``), skip links and search boxes; a footer's address with its
post code after a comma, its row of links and a box of related links over it
(``text.site_footer``); a question answered and the answer taken to note
(``decisions._ANSWERED_ONLY``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.portal_menu import committee_menu
from analysis.layouts.text import furniture, prepare, site_footer

_HEAD = """Teknik- og Miljøudvalget
Referat fra mødet mandag den 9. februar 2026
Kl. 16:00 i Mødelokale 4, Rådhuset
"""


def _items(body: str) -> list[tuple[int, str, str | None, bool]]:
    meeting = parse_text(_HEAD + body)
    return [(it.number, it.raw_title, it.case_number, it.closed) for it in meeting.items]


def test_the_mark_and_the_case_line_between_the_number_and_the_title() -> None:
    body = """Punkt 1
Åbent
Sagsnr.: 00.01.00-A00-3-26
Godkendelse af dagsorden
Beslutning
Godkendt.
Punkt 2
Lukket
Sagsnr.: 13.02.00-G01-1-26
Erstatningskrav efter vandskade
Beslutning
Afvist.
Punkt 3
Sagsnr.: 05.01.00-P20-2-26
Vejnavn i ny udstykning
Beslutning
Godkendt.
"""
    assert _items(body) == [
        (1, "Godkendelse af dagsorden", "00.01.00-A00-3-26", False),
        (2, "Erstatningskrav efter vandskade", "13.02.00-G01-1-26", True),
        (3, "Vejnavn i ny udstykning", "05.01.00-P20-2-26", False),
    ]


def test_the_mark_over_the_title_and_the_case_line_under_it() -> None:
    body = """Sag 1
Åben sag
Godkendelse af dagsorden
J.nr. 00.01.00-A00-9-26
Udvalgets beslutning
Godkendt.
Sag 2
Åben sag
Skolernes ferieplan
J.nr. 17.01.00-A00-4-26
Udvalgets beslutning
Godkendt.
"""
    assert _items(body) == [
        (1, "Godkendelse af dagsorden", "00.01.00-A00-9-26", False),
        (2, "Skolernes ferieplan", "17.01.00-A00-4-26", False),
    ]


@pytest.mark.parametrize(
    "under",
    [
        # the mark is the closed item's title where a section heading or the next item
        # follows it, or a note that it was dealt with behind closed doors
        "Lukket punkt\nBeslutning\nGodkendt.",
        "Lukket punkt\nSagen er behandlet for lukkede døre.",
    ],
)
def test_a_mark_over_no_title_stays_the_title(under: str) -> None:
    body = f"Punkt 1\nGodkendelse af dagsorden\nBeslutning\nGodkendt.\nPunkt 2\n{under}\n"
    body += "Punkt 3\nEventuelt\nBeslutning\nIntet.\n"
    items = _items(body)
    assert [n for n, *_ in items] == [1, 2, 3]
    assert items[1][1] == "Lukket punkt"


def test_a_closed_item_without_text_keeps_its_own_case_line() -> None:
    body = """Udskriv
Sagsnr. 26/210 - Åben sag
Pkt. 1 - Godkendelse af dagsorden
Udvalgets beslutning
Godkendt.
Til toppen
Sagsnr. 26/388 - Lukket sag
Pkt. 2 - Køb af areal
Til toppen
Sagsnr. 26/512 - Lukket sag
Pkt. 3 - Personalesag
Til toppen
Sagsnr. 26/640 - Åben sag
Pkt. 4 - Eventuelt
Udvalgets beslutning
Intet.
"""
    assert [(n, case, closed) for n, _, case, closed in _items(body)] == [
        (1, "26/210", False),
        (2, "26/388", True),
        (3, "26/512", True),
        (4, "26/640", False),
    ]


def test_a_case_line_under_the_heading_stays_its_own() -> None:
    """Where the case line stands under each heading, the next heading has none over it:
    the line under a heading with no text is still its own."""
    body = """Pkt. 1 - Godkendelse af dagsorden
Sagsnr. 26/210
Udvalgets beslutning
Godkendt.
Pkt. 2 - Køb af areal
Sagsnr. 26/388
Pkt. 3 - Eventuelt
Sagsnr. 26/640
Udvalgets beslutning
Intet.
"""
    assert [(n, case) for n, _, case, _ in _items(body)] == [
        (1, "26/210"),
        (2, "26/388"),
        (3, "26/640"),
    ]


def test_a_menu_of_bodies_with_a_body_word_in_capitals() -> None:
    lines = prepare(
        "Til indhold\nPolitik\nByrådet\nØkonomiudvalget\nErhvervs Udvalg\nSkoleudvalget\n"
        "Ældrerådet\nForside / Politik / Skoleudvalget / Referater\nSkoleudvalget\nReferat\n"
    )
    # the menu from its heading "Politik" to its last body; not the page's own heading
    assert sorted(committee_menu(lines)) == [1, 2, 3, 4, 5, 6]


def test_a_list_of_site_sections_is_no_menu_of_bodies() -> None:
    lines = prepare("Politik\nBorger\nErhverv\nErhvervs Udvalg\nKontakt\n")
    assert committee_menu(lines) == set()


def _furniture_texts(text: str) -> set[str]:
    lines = prepare(text)
    found = furniture(lines)
    return {ln.clean for ln in lines if ln.index in found}


def test_a_cookie_banner_and_skip_links_are_furniture() -> None:
    found = _furniture_texts(
        "Cookies på frederikssund.dk\n"
        "Vi vil gerne bruge cookies til statistik. Du kan altid trække dit samtykke tilbage.\n"
        "Tillad alle   Kun nødvendige\n"
        "Tilpas\n"
        "Spring over navigationen\n"
        "Frederikssund Kommune\n"
        "Hvad søger du?\n"
        "Økonomiudvalget\nReferat\n"
    )
    assert {
        "Cookies på frederikssund.dk",
        "Tillad alle Kun nødvendige",
        "Tilpas",
        "Spring over navigationen",
        "Hvad søger du?",
    } <= found
    assert "Økonomiudvalget" not in found


def test_the_logo_line_at_the_top_is_furniture_a_site_in_the_text_is_not() -> None:
    found = _furniture_texts(
        "Spring til hovedindhold\nSkanderborg.dk\nBorger\nErhverv\nPolitik\n"
        "Økonomiudvalget\nReferat\nMødedato: 3. marts 2026\n1. Ansøgninger\n"
        "Ansøgningen sendes digitalt via\nborger.dk\nBeslutning\nGodkendt.\n"
    )
    assert "Skanderborg.dk" in found
    assert "borger.dk" not in found


def test_buttons_without_a_cookie_notice_are_no_banner() -> None:
    found = _furniture_texts(
        "Økonomiudvalget\nReferat\n1. Tilpas\nJa tak\nNej tak\nBeslutning\nGodkendt.\n"
    )
    assert not {"Ja tak", "Nej tak"} & found


def _footer(text: str) -> set[str]:
    lines = prepare(text)
    controls = {ln.index for ln in lines if ln.clean == "Til toppen"}
    return {ln.clean for ln in lines if ln.index in site_footer(lines, controls)}


def test_a_footer_with_post_code_after_a_comma_and_a_row_of_links() -> None:
    found = _footer(
        "Beslutning\nIntet.\nTil toppen\nLæs også\nMødeplan for udvalget\nSådan søger du tilskud\n"
        "Ringsted Kommune\nSankt Bendts Allé 1, 4100 Ringsted\nTelefon: 57 62 62 62\n"
        "Find vej   Job   Om cookies\n"
    )
    assert found == {
        "Læs også",
        "Mødeplan for udvalget",
        "Sådan søger du tilskud",
        "Ringsted Kommune",
        "Sankt Bendts Allé 1, 4100 Ringsted",
        "Telefon: 57 62 62 62",
        "Find vej Job Om cookies",
    }


def test_a_box_of_sentences_or_with_no_control_over_it_is_no_footer() -> None:
    # the lines under "Se også" end sentences: the item's own text
    assert "Se også" not in _footer(
        "Til toppen\nSe også\nSagen behandles igen i maj.\nRingsted Kommune\nTelefon: 57 62 62 62\n"
    )
    # no control over the heading: the item's own list of references
    assert "Se også" not in _footer(
        "Beslutning\nGodkendt.\nSe også\nPlanstrategi 2025\nRingsted Kommune\n"
        "Telefon: 57 62 62 62\n"
    )


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Spørgsmålet blev besvaret af rådmanden, og udvalget tog svaret til efterretning.",
            "noted",
        ),
        ("Spørgsmålet blev besvaret af formanden.", "none"),
        ("Besvaret af rådmanden, Per Lund.", "none"),
    ],
)
def test_a_question_answered_and_the_answer_noted(text: str, primary: str) -> None:
    assert classify_decision(text)[0][0] == primary


def test_the_facts_box_names_the_room() -> None:
    """``Mødelokale:`` in the agenda export's header is its place, and the line is placed;
    ``Mødelokale 3, Rådhuset`` without a colon is no such field."""
    text = (
        "## Børne- og Ungeudvalget\n\nReferat\n\nMødedato: Torsdag 8. januar 2026\n"
        "Starttidspunkt: 15:00\nMødelokale: Lokale 1.04, Rådhuset\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert meeting.location == "Lokale 1.04, Rådhuset"
    assert not [w for w in meeting.warnings if "could not be placed" in w]
