"""Fifty-first round, layouts353: minutes whose items are numbered in unusual ways.

The line under an item's title counting it among the agenda's with its open or closed mark
written without its noun ("Punkt 2 af 9 | Åben | Sagsnr. …", "Punkt 9 af 9 | Lukket",
``number_under_title._NUMBER_LINE``); an item added to the agenda numbered as the item
before it, a space and a capital ("Punkt 4 C Title", ``headings._pkt_letter`` through
``_PKT_SPACED_CAPITAL``); a standing committee named by its area after the definite noun
("Udvalget Miljø og Plan", ``header.looks_like_body``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import looks_like_body
from analysis.layouts.headings import _PKT, _pkt_letter
from analysis.layouts.number_under_title import _NUMBER_LINE, numbers_under_titles


@pytest.mark.parametrize(
    ("line", "number", "case", "shut"),
    [
        ("Punkt 2 af 9 | Åben | Sagsnr. 23-001122", "2", "Sagsnr. 23-001122", None),
        ("Punkt 7 af 9 · Åbent · Sagsnummer 21/4410", "7", "Sagsnummer 21/4410", None),
        ("Punkt 9 af 9 | Lukket", "9", None, "Lukket"),
        ("Punkt 3 af 9 | Åben", "3", None, None),
        # the marks with their noun, read before
        ("Punkt 2 af 5 · Åben sag · Sagsnummer 26/00871", "2", "Sagsnummer 26/00871", None),
        ("Punkt 5 · Lukket punkt", "5", None, "Lukket punkt"),
    ],
)
def test_the_open_or_closed_mark_may_stand_without_its_noun(
    line: str, number: str, case: str | None, shut: str | None
) -> None:
    m = _NUMBER_LINE.match(line)
    assert m is not None
    assert (m.group("num"), m.group("case"), m.group("shut")) == (number, case, shut)


@pytest.mark.parametrize("line", ["Punkt 3 af 9 | Åbenlyst forkert", "Punkt 2 | Åbenrå"])
def test_a_word_merely_opening_like_the_mark_is_no_number_line(line: str) -> None:
    assert _NUMBER_LINE.match(line) is None


def test_titles_over_number_lines_with_bare_marks_become_numbered_headings() -> None:
    text = (
        "Vejnavne i Nyby\nPunkt 1 af 3 | Åben | Sagsnr. 22-000101\nBeslutning\nGodkendt.\n\n"
        "Budget 2023\nPunkt 2 af 3 | Åben | Sagsnr. 22-000202\nBeslutning\nGodkendt.\n\n"
        "Personalesag\nPunkt 3 af 3 | Lukket\nBeslutning\nGodkendt.\n"
    )
    out = numbers_under_titles(text).split("\n")
    assert out[0] == "1. Vejnavne i Nyby"
    assert out[1] == "Sagsnr. 22-000101"
    assert "3. Personalesag" in out


@pytest.mark.parametrize(
    ("line", "title", "letter"),
    [
        ("Punkt 4 C Vandløbsregulativ for Holmå", "Vandløbsregulativ for Holmå", "c"),
        ("Pkt. 11 A Ekstra bevilling til vejbelysning", "Ekstra bevilling til vejbelysning", "a"),
        # the forms read before
        ("Punkt 7 B – Salg af jord", "Salg af jord", "b"),
        ("Pkt. 6A – Akut renovering", "Akut renovering", "a"),
    ],
)
def test_an_added_items_capital_may_stand_one_space_before_the_title(
    line: str, title: str, letter: str
) -> None:
    m = _PKT.match(line)
    assert m is not None
    assert _pkt_letter(line, m) == (title, letter)


@pytest.mark.parametrize(
    "line", ["Punkt 5 A. P. Møller Fonden", "Punkt 3 A/S Vandværket", "Punkt 2 E 45 udvidelse"]
)
def test_an_initial_or_a_name_is_no_added_items_capital(line: str) -> None:
    m = _PKT.match(line)
    assert m is not None
    assert _pkt_letter(line, m) is None


def test_an_added_item_keeps_the_number_of_the_item_before_it() -> None:
    meeting = parse_text("""Teknik- og Miljøudvalget - Referat

Mødedato: Tirsdag den 5. maj 2020
Mødetid: Kl. 08:00

Punkt 1 Godkendelse af dagsorden

Beslutning Teknik- og Miljøudvalget den 05-05-2020
Godkendt.

Punkt 1 A Ekstra vintervedligeholdelse

Beslutning Teknik- og Miljøudvalget den 05-05-2020
Godkendt.

Punkt 2 Trafikplan for midtbyen

Beslutning Teknik- og Miljøudvalget den 05-05-2020
Taget til efterretning.
""")
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (1, "Ekstra vintervedligeholdelse"),
        (2, "Trafikplan for midtbyen"),
    ]


@pytest.mark.parametrize(
    "name", ["Udvalget Teknik", "Udvalget Miljø og Plan", "Udvalget Social, Sundhed og Omsorg"]
)
def test_a_committee_named_by_its_area_after_the_definite_noun_is_a_body(name: str) -> None:
    assert looks_like_body(name)


@pytest.mark.parametrize(
    "text", ["Udvalget Teknik blev orienteret", "udvalget Teknik", "Udvalget godkendte det"]
)
def test_a_sentence_about_the_committee_is_no_body_name(text: str) -> None:
    assert not looks_like_body(text)


def test_the_areas_committee_over_referat_names_the_forum() -> None:
    meeting = parse_text("""Udvalget Miljø og Plan - Referat

Mødedato: Torsdag den 7. maj 2020
Mødetid: Kl. 16:00

1. Godkendelse af dagsorden

Beslutning
Godkendt.
""")
    assert meeting.forum == "Udvalget Miljø og Plan"
