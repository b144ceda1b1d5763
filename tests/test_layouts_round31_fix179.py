"""Thirty-first round (layouts179): older minutes (2007-2014) from archived municipal web
pages: print popups, frames, a web archive's banner, titles numbered under or after them,
characters kept as HTML entities, motions voted down."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _dated_body_row
from analysis.layouts.number_under_title import bracketed_numbers_after_titles, numbers_under_titles
from analysis.layouts.outcome import _closing_outcome, outcome_line
from analysis.layouts.text import frame_menus, is_furniture, prepare
from analysis.read import Document, without_entities


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, None))


def test_number_under_title_written_pkt_nr() -> None:
    text = (
        "Indholdsfortegnelse\nGodkendelse af dagsorden\nNy sti\n\n"
        "Godkendelse af dagsorden\nPkt.nr. 1\nGodkendt.\n\nNy sti\nPkt.nr. 2\nUdsat.\n"
    )
    lines = numbers_under_titles(text).split("\n")
    # the headlines numbered, and the unnumbered contents list above them with them
    assert lines[1:3] == ["1. Godkendelse af dagsorden", "2. Ny sti"]
    assert lines[4] == "1. Godkendelse af dagsorden"
    assert lines[8] == "2. Ny sti"


def test_number_after_title() -> None:
    text = (
        "Indhold\n Ny sti (4)\n Ny hal (5)\n Eventuelt (6)\n\n"
        "Ny sti (4)\nSagsnr.: 13-1\nGodkendt.\n\nNy hal (5)\nSagsnr.: 13-2\nUdsat.\n\n"
        "Eventuelt (6)\nIntet.\n"
    )
    lines = bracketed_numbers_after_titles(text).split("\n")
    assert lines[1:4] == ["4. Ny sti", "5. Ny hal", "6. Eventuelt"]
    assert lines[5] == "4. Ny sti"
    assert lines[13] == "6. Eventuelt"


@pytest.mark.parametrize(
    "text",
    [
        # two only
        "Ny sti (4)\nGodkendt.\n\nNy hal (5)\nUdsat.\n",
        # a count after a repeated word, no number
        "Bilag (2)\nA\n\nBilag (3)\nB\n\nBilag (4)\nC\n",
        # numbers not rising
        "Ny sti (4)\nA\n\nNy hal (2)\nB\n\nNy vej (3)\nC\n",
    ],
)
def test_number_after_title_needs_three_rising_titles(text: str) -> None:
    assert bracketed_numbers_after_titles(text) == text


def test_frame_menu_is_furniture() -> None:
    lines = prepare(
        "[Frame: menu]\n  Udvalg\n  > Økonomiudvalget\n     > 01.02.2010 (referat)\n\n"
        "[Frame: indhold]\nØkonomiudvalget\nReferat\n"
    )
    out = frame_menus(lines)
    assert {0, 1, 2, 3, 5} <= out
    assert 6 not in out and 7 not in out
    # one frame mark alone is no page of frames
    assert frame_menus(prepare("[Frame: menu]\nUdvalg\n")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Wayback Machine - http://web.archive.org/web/20090514083112/http://www.x.dk/a.htm",
        "30 captures",
        "Selvbetjening  Borger  Erhverv  Politik  Job  Kontakt               Søg",
        "[ Forrige møde ]  [ Næste møde ]  [ Printvenlig version ]",
        "[Udskriv]  [Hent pdf]  [Tilbage til oversigt]",
        "« Tilbage til oversigt Udskriv Samlet referat (pdf)",
        "Udskriv    |    Luk vindue",
    ],
)
def test_archived_page_controls_are_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "Næste møde",
        "(Næste møde)",
        "Godkendelse Af Regnskab For Borgerservice Og Biblioteker",
    ],
)
def test_titles_stay(text: str) -> None:
    assert not is_furniture(text)


def test_entities_decoded() -> None:
    doc = without_entities(Document("Plan- og Milj&oslash;udvalget &amp; R&aring;det &foo;", "txt"))
    assert doc.text == "Plan- og Miljøudvalget & Rådet &foo;"
    plain = Document("Vej & Park; intet her", "txt")
    assert without_entities(plain) is plain


def test_dated_body_row() -> None:
    assert _dated_body_row("Beskæftigelsesudvalget Mødedato 19.04.2010 Referat") == (
        "Beskæftigelsesudvalget - Referat - 19.04.2010"
    )
    assert _dated_body_row("Ny hal Mødedato 19.04.2010") is None  # no body's name


@pytest.mark.parametrize(
    "text",
    [
        "Forslaget blev sat til afstemning. For stemte 2, imod stemte 3. Forslaget faldt.",
        "Ændringsforslaget bortfaldt.",
    ],
)
def test_vote_is_an_outcome(text: str) -> None:
    assert outcome_line(text)


def test_vote_before_a_members_wish_is_the_outcome() -> None:
    lines = [
        "Ib Holm motiverede forslaget.",
        "Forslaget blev sat til afstemning. For stemte 1, imod stemte 4. Forslaget faldt.",
        "Ib Holm ønskede sagen videresendt til budgetforhandlingerne.",
    ]
    assert _closing_outcome(lines) == 1


def test_a_members_wished_referral_is_no_referral() -> None:
    text = (
        "Forslaget blev sat til afstemning. For stemte 1, imod stemte 4. Forslaget faldt.\n"
        "Ib Holm ønskede sagen videresendt til budgetforhandlingerne for 2009."
    )
    assert _primary(text) == "rejected"
    assert _primary("Udvalget ønsker sagen oversendt til Økonomiudvalget.") == "referred"
    assert _primary("Sagen videresendes til Økonomiudvalget.") == "referred"
