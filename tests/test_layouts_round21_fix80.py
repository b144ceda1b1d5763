"""Twenty-first round (layouts80): internal forums' notes in layouts the reader had not
seen (leadership forums written by their own secretaries)."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.titled_paragraphs import paragraph_items
from analysis.parse import to_lines

_PARAGRAPH_TITLES = """Styregruppemøde Ny Daginstitution
Dato: 2. februar 2026

Byggeregnskab
Sag: 82.06.00-G01-3-26

Regnskabet viser et mindreforbrug.

Referat:
Godkendt.


Navn til institutionen

Forældrebestyrelsen har foreslået tre navne.

Referat:

Drøftet; navnet vælges på næste møde.


Eventuelt

Intet.
"""


def test_one_line_paragraphs_each_followed_by_their_decision_label_are_the_items() -> None:
    meeting = parse_text(_PARAGRAPH_TITLES)
    assert [i.title for i in meeting.items] == [
        "Byggeregnskab",
        "Navn til institutionen",
        "Eventuelt",
    ]
    assert meeting.items[0].case_number == "82.06.00-G01-3-26"
    # the outcome under "Referat:" after a blank line is the decision, no title
    decided = [s.text for s in meeting.items[1].sections if s.key == "beslutning"]
    assert decided and decided[0].startswith("Drøftet")


def test_a_one_line_paragraph_without_a_decision_among_decided_ones_refuses_the_reading() -> None:
    # "Flytning af legepladsen" is no standing item and no decision label follows it before the next
    # title: one-line paragraphs are then no evidence of items
    text = _PARAGRAPH_TITLES.replace(
        "Navn til institutionen\n",
        "Flytning af legepladsen\n\nUdbuddet er forsinket.\n\n\nNavn til institutionen\n",
    )
    assert paragraph_items(to_lines(text), set()) == []


_CODED_AGENDA = """Referat – LokalMED Hjemmeplejen Nord
Dato: 4. marts 2026, kl. 14.00-15.30
Sted: Plejecenter Lyngbo, mødelokalet

Nr.\tEmne\tFormål\tTid
1\tBudget for uddannelse\tB\t15 min
2\tSygefravær i første kvartal\tD\t20 min

B = beslutning, D = drøftelse, O = orientering

1) Budget for uddannelse

Besluttet: Godkendt.

2) Sygefravær i første kvartal

Besluttet: Drøftet.
"""


def test_the_key_to_a_contents_tables_purpose_codes_is_placed() -> None:
    meeting = parse_text(_CODED_AGENDA)
    assert [i.title for i in meeting.items] == [
        "Budget for uddannelse",
        "Sygefravær i første kvartal",
    ]
    assert not [w for w in meeting.warnings if "could not be placed" in w]


def test_a_wiki_pages_owner_and_its_row_of_parent_links_are_no_text() -> None:
    from analysis.layouts.text import is_furniture
    from analysis.read.text import front_matter_as_text

    text = front_matter_as_text("---\ntitle: Referat\nowner: @anne.lund\ndate: 2026-01-08\n---\n")
    assert "anne.lund" not in text and "2026-01-08" in text
    assert is_furniture("[[Forside]] · [[Referater 2026]]")
    assert is_furniture("[[Teamets side]] > [[Mødereferater]] > [[2026]]")
    # a single link (an attachment named in an item) stays text
    assert not is_furniture("[[Bilag 2 – Tidsplan]]")


def test_a_title_abbreviating_the_forums_body_word_repeats_the_forum() -> None:
    from analysis.layouts.header import _abbreviated_forum

    forum = "Arbejdsmiljøudvalget for Skole og Fritid"
    assert _abbreviated_forum("AMU Skole og Fritid – referat", forum)
    assert _abbreviated_forum("AMU Skole og Fritid", forum)
    # another area, or letters that do not abbreviate the body's word, are no repeat
    assert not _abbreviated_forum("AMU Teknik og Miljø – referat", forum)
    assert not _abbreviated_forum("HR Skole og Fritid", forum)
