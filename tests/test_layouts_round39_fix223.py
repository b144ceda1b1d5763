"""Round thirty-nine (layouts223: city council minutes with party politics in the decisions):
a web page's meeting facts in a box of their own before its ``<main>``, an amendment's vote
tallied on a line closed by its verdict before the item's adoption, a referral carried by a
vote whose parties stand in brackets after the count, a closed item's title alone after
the last rule of unnumbered minutes, a case overview (``Sagsoversigt``) with the case
numbers in a column, and a member list under its label closed by ``m.fl.``. The fixtures
``web-moedeboks-foer-main-optaelling-under-aendringsforslag.html``,
``generic-streger-lukket-titel-sidst-medlemmer-mfl.txt`` and
``generic-sagsoversigt-sagsnr-kolonne-afskaaret.txt`` hold the layouts."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.headings import toc_entry
from analysis.parse import Line, marked_closed
from analysis.read.html import read as read_html


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, "Byrådet"))


# --- the meeting's facts before the page's <main> --------------------------------------------

_ITEMS = (
    "<main><h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
    "<h2>2. Vejplan</h2><h3>Beslutning</h3><p>Godkendt.</p></main>"
)


def _page(before: str, items: str = _ITEMS) -> str:
    return read_html(f"<html><body>{before}{items}</body></html>".encode()).text


def test_a_box_of_facts_before_main_is_read() -> None:
    text = _page(
        '<nav><a href="/">Forside</a><a href="/politik">Politik</a></nav>'
        '<div class="info"><h1>Byrådet</h1><p>Mødedato: 3. marts 2025</p>'
        "<p>Mødested: Rådhuset, sal 2</p></div>"
    )
    assert "Mødedato: 3. marts 2025" in text
    assert "Mødested: Rådhuset, sal 2" in text
    assert "Forside" not in text  # (the site's chrome stays out)
    assert text.index("Mødedato") < text.index("Godkendelse af dagsorden")


def test_a_block_before_main_without_a_field_stays_out() -> None:
    text = _page('<div class="intro"><p>Velkommen til kommunens hjemmeside.</p></div>')
    assert "Velkommen" not in text


def test_a_main_with_its_own_facts_takes_nothing_from_before_it() -> None:
    items = "<main><p>Dato: 3. marts 2025</p>" + _ITEMS[len("<main>") :]
    text = _page('<div class="teaser"><p>Dato: 1. april 2025 · Næste møde</p></div>', items)
    assert "1. april 2025" not in text
    assert "Dato: 3. marts 2025" in text


# --- an amendment's tally closed by its verdict ------------------------------------------------


def test_a_tally_under_an_amendments_label_is_the_amendments_verdict() -> None:
    text = (
        "Ændringsforslag 2 fra Liberal Alliance: Dækningsafgiften nedsættes.\n\n"
        "For: I (2). Imod: A, V og F (25). Forkastet.\n\n"
        "Herefter blev budgettet vedtaget."
    )
    assert _type(text) == "approved"


def test_tallies_over_tallies_under_the_label_are_read_together() -> None:
    text = (
        "Afvisningsforslag fra Ø:\nSagen afvises.\n"
        "For stemte: Ø (2)\nImod stemte: A og V (20). Forkastet.\n"
        "Herefter blev indstillingen godkendt."
    )
    assert _type(text) == "approved"


def test_a_tally_of_the_items_own_vote_stays_its_rejection() -> None:
    text = (
        "Indstillingen blev sat til afstemning.\n"
        "For: A (4). Imod: V og C (9). Forkastet.\n"
        "Herefter blev forslaget om en mindre bevilling vedtaget."
    )
    assert _type(text) == "rejected"


def test_a_tally_with_nothing_approved_after_it_stays_a_rejection() -> None:
    text = "Ændringsforslag fra V: Flere p-pladser.\nFor: V (3). Imod: A (20). Forkastet."
    assert _type(text) == "rejected"


# --- a referral carried by a counted vote ------------------------------------------------------


def test_a_referral_carried_with_the_parties_against_in_brackets() -> None:
    text = "Forslaget oversendes til Kulturudvalget.\nDette blev godkendt med 20 stemmer mod 7 (V)."
    assert _type(text) == "referred"


def test_the_recommendation_approved_after_a_referral_stays_approved() -> None:
    text = "Forslaget oversendes til Kulturudvalget. Indstillingen blev herefter godkendt."
    assert _type(text) == "approved"


def test_a_counted_approval_alone_is_approved() -> None:
    assert _type("Indstillingen blev godkendt med 20 stemmer mod 7 (V og O).") == "approved"


# --- a closed item's title alone after the last rule ----------------------------------------

_RULE = "- - - - - - - - - - - - - - -"


def _ruled(last: str) -> str:
    return "\n\n".join(
        [
            "Hjørring Kommune\n\nReferat\nByrådet\n\nMødetidspunkt: 3. marts 2025 kl. 17.00",
            _RULE,
            "Godkendelse af dagsorden\n\nByrådets beslutning den 3. marts 2025\nGodkendt.",
            _RULE,
            "Vejplan 2030\n\nByrådets beslutning den 3. marts 2025\nGodkendt.",
            _RULE,
            last,
        ]
    )


def test_a_closed_title_alone_after_the_last_rule_is_an_item() -> None:
    meeting = parse_text(_ruled("Salg af grund ved havnen (lukket punkt)"))
    assert [it.title for it in meeting.items][-1] == "Salg af grund ved havnen"
    assert meeting.items[-1].closed


def test_a_coda_after_the_last_rule_is_still_no_item() -> None:
    meeting = parse_text(_ruled("Referent: Bente Lassen"))
    assert [it.title for it in meeting.items] == ["Godkendelse af dagsorden", "Vejplan 2030"]


def test_the_closed_mark_after_a_title() -> None:
    assert marked_closed("Personalesag (Lukket)")
    assert marked_closed("Salg af grund - Lukket punkt")
    assert not marked_closed("Lukket punkt om salg af grund")
    assert not marked_closed("Åbningstider i svømmehallen")


# --- a case overview's rows --------------------------------------------------------------------


def test_a_row_with_the_case_in_a_column_of_its_own() -> None:
    entry = toc_entry(Line(0, "4 25/7716 ØU/BY - Budgetopfølgning", 0))
    assert entry is not None
    assert (entry.number, entry.title, entry.case) == (4, "ØU/BY - Budgetopfølgning", "25/7716")
    entry = toc_entry(Line(0, "12 00.30.10-S00-1-25 Regnskab 2024", 0))
    assert entry is not None and entry.case == "00.30.10-S00-1-25"


def test_a_short_number_or_a_year_in_the_second_column_is_no_case() -> None:
    assert toc_entry(Line(0, "3 12/05 Møde i styregruppen", 0)) is None
    assert toc_entry(Line(0, "2 2024 Budget", 0)) is None


# --- a member list closed by "m.fl." under its label ---------------------------------------


def test_a_member_list_under_its_label_closed_by_and_others() -> None:
    text = "\n".join(
        [
            "Byrådet",
            "Mødedato: 3. marts 2025 kl. 17.00",
            "",
            "Medlemmer:",
            "Ulla Brink (A), Peter Ravn (V), Tove Lykke (C) m.fl.",
            "",
            "1. Godkendelse af dagsorden",
            "Beslutning:",
            "Godkendt.",
            "",
            "2. Vejplan 2030",
            "Beslutning:",
            "Godkendt.",
        ]
    )
    meeting = parse_text(text)
    assert [p.name for p in meeting.participants] == ["Ulla Brink", "Peter Ravn", "Tove Lykke"]
    assert not meeting.warnings or "could not be placed" not in meeting.warnings[0]
