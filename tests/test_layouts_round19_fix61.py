"""Nineteenth round (layouts61): 'Åbent punkt N' and 'Sag N' alone over the title, other
words for the case text and the proposal, a member's task after a dash, footer links."""

from __future__ import annotations

import pytest

from analysis.layouts.text import is_furniture
from analysis.parse import Line, heading_key, parse_minutes, parse_participants


def _line(text: str) -> Line:
    return Line(0, text, 0)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Sagens indhold", "sagsfremstilling"),
        ("Sagsbeskrivelse", "sagsfremstilling"),
        ("Forvaltningens forslag", "indstilling"),
        ("Koncerndirektionen indstiller", "indstilling"),
        ("Direktøren for Teknik og Miljø indstiller", "indstilling"),
        ("Borgmesteren og direktionen indstiller", "indstilling"),
    ],
)
def test_other_words_for_case_text_and_proposal(text: str, key: str) -> None:
    found = heading_key(_line(text))
    assert found is not None and found[0] == key


@pytest.mark.parametrize(
    "text",
    [
        "at udvalget indstiller",  # a wrapped sentence's end
        "Hvis ikke udvalget indstiller",
        "Forvaltningen indstiller, at planen godkendes.",  # the proposal itself
    ],
)
def test_a_sentence_with_indstiller_is_no_heading(text: str) -> None:
    assert heading_key(_line(text)) is None


def test_member_task_after_a_dash() -> None:
    people = parse_participants("Karen Lund (A) - formand, Ib Holm (V)")
    assert [(p.name, p.role) for p in people] == [("Karen Lund", "Formand, A"), ("Ib Holm", "V")]


@pytest.mark.parametrize(
    "text",
    [
        "Spring til hovedindhold",
        "Udvid alle  |  Fold alle sammen",
        "Kontakt  Tilgængelighed  Cookies",
    ],
)
def test_web_page_controls_and_footer_links(text: str) -> None:
    assert is_furniture(text)


def test_open_point_and_case_number_alone_over_the_title() -> None:
    text = "\n".join(
        [
            "Miljøudvalget",
            "Referat",
            "Onsdag den 5. marts 2025 kl. 16.00",
            "",
            "Åbent punkt 1",
            "",
            "Godkendelse af dagsorden",
            "",
            "Sag: 00.01.00-A00-3-25",
            "",
            "Beslutning",
            "Godkendt.",
            "",
            "Lukket punkt 2",
            "",
            "Erstatningssag",
            "",
            "Sag: 00.16.00-G01-9-25",
            "",
            "Beslutning",
            "Afvist.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Erstatningssag", True),
    ]


def test_sag_alone_needs_evidence_under_it() -> None:
    """'Sag 2' over a line of prose with nothing of an item under it stays text."""
    text = "\n".join(
        [
            "Miljøudvalget",
            "Referat",
            "Onsdag den 5. marts 2025 kl. 16.00",
            "",
            "1. Godkendelse af dagsorden",
            "Sagsnr.: 25/301",
            "",
            "Beslutning",
            "Godkendt.",
            "",
            "2. Orientering",
            "Sagsnr.: 25/302",
            "",
            "Beslutning",
            "Formanden nævnte to sager:",
            "Sag 2",
            "Vejbump på Skolevej",
        ]
    )
    meeting = parse_minutes(text)
    assert [i.number for i in meeting.items] == [1, 2]


@pytest.mark.parametrize(
    "value",
    ["Eva Berg (A), Ib Holm, m.fl.", "Eva Berg (A), Ib Holm m.fl.", "Eva Berg (A), Ib Holm m.fl"],
)
def test_and_others_is_no_name(value: str) -> None:
    assert [p.name for p in parse_participants(value)] == ["Eva Berg", "Ib Holm"]


def test_substitute_as_a_field_after_the_absent_member() -> None:
    text = "\n".join(
        [
            "Byrådet",
            "Referat",
            "Onsdag den 5. marts 2025 kl. 19.00",
            "Medlemmer: Eva Berg (A), Ib Holm (V), Kaj Ravn (C)",
            "Afbud: Kaj Ravn (C). Stedfortræder: Lis Bak (C).",
            "",
            "1. Godkendelse af dagsorden",
            "Sagsnr.: 25/301",
            "",
            "Beslutning",
            "Godkendt.",
        ]
    )
    people = {p.name: (p.role, p.present) for p in parse_minutes(text).participants}
    assert people["Lis Bak"] == ("Suppleant, C", True)
    assert people["Kaj Ravn"] == ("C", False)


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        ("KKR NORDJYLLAND", "KKR Nordjylland"),  # no vowel: an abbreviation
        ("KOMMUNALBESTYRELSEN", "Kommunalbestyrelsen"),
        ("RÅD FOR SIKKER TRAFIK", "Råd for Sikker Trafik"),  # a short word with a vowel
    ],
)
def test_forum_in_capitals_keeps_an_abbreviation_first(title: str, forum: str) -> None:
    from analysis.layouts import _title_case

    assert _title_case(title) == forum


def test_titles_before_names_brackets_with_og_and_items_away() -> None:
    text = "\n".join(
        [
            "Beredskabskommissionen",
            "Referat",
            "Torsdag d. 13/3-2025 kl. 14.00",
            "Til stede: Borgmester Eva Berg (formand), politidirektør Ib Holm (Syd- og "
            "Sønderjyllands Politi), beredskabschef Kaj Ravn (sekretær)",
            "Fraværende: Lis Bak (V) (pkt. 2-3)",
            "",
            "1. Godkendelse af dagsorden",
            "Sagsnr.: 25/301",
            "",
            "Beslutning",
            "Godkendt.",
        ]
    )
    people = {p.name: (p.role, p.present) for p in parse_minutes(text).participants}
    assert people == {
        "Eva Berg": ("Borgmester, formand", True),
        "Ib Holm": ("Politidirektør, Syd- og Sønderjyllands Politi", True),
        "Kaj Ravn": ("Beredskabschef, sekretær", True),
        "Lis Bak": ("V, pkt. 2-3", False),
    }


def test_who_recommends_under_an_indstilling_heading_is_its_text() -> None:
    """'Indstilling' / 'Direktionen indstiller' / 'at …': one section, not an empty one and
    a second under it."""
    text = "\n".join(
        [
            "Miljøudvalget",
            "Referat",
            "Onsdag den 5. marts 2025 kl. 16.00",
            "",
            "1. Budget",
            "Sagsnr.: 25/301",
            "",
            "Indstilling",
            "Direktionen indstiller",
            "at planen godkendes.",
            "",
            "Beslutning",
            "Godkendt.",
        ]
    )
    (item,) = parse_minutes(text).items
    assert [(s.key, s.text) for s in item.sections] == [
        ("indstilling", "Direktionen indstiller\nat planen godkendes."),
        ("beslutning", "Godkendt."),
    ]
