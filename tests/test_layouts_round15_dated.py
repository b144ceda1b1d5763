"""Rules of the fifteenth round's fourth fixer (pure): a decision heading dated but naming
no body."""

from __future__ import annotations

import datetime as dt

from analysis.layouts import parse_text
from analysis.layouts.followup import follow_up_outcomes
from analysis.layouts.header import _dashed_workplace, looks_like_body
from analysis.parse import Line, decision_heading
from analysis.read.item_table import item_rows

_MINUTES = "\n".join(
    [
        "FAXE KOMMUNE",
        "Landdistriktsudvalget",
        "Referat  -  12.05.2025 kl. 16:00  -  Byrådssalen",
        "",
        "----------------------------------------",
        "17. Tilskud til forsamlingshuse",
        "----------------------------------------",
        "SagsID: 25/3321",
        "",
        "Beslutning (12.05.2025):",
        "Fordelingen blev godkendt.",
        "",
        "Beslutning (03.03.2025):",
        "Sagen blev udsat.",
        "",
        "Sagsfremstilling:",
        "Der er indkommet elleve ansøgninger.",
        "",
        "----------------------------------------",
        "18. Orientering om stiplan",
        "----------------------------------------",
        "SagsID: 25/0410",
        "",
        "Beslutning den 12. maj 2025:",
        "Taget til efterretning.",
    ]
)


def test_dated_decision_without_body() -> None:
    assert decision_heading("Beslutning (07.04.2025):") == (None, dt.date(2025, 4, 7))
    assert decision_heading("Beslutning den 7. april 2025:") == (None, dt.date(2025, 4, 7))
    # a body in the brackets is still read as before; an undated word is no such heading
    assert decision_heading("Beslutning (Byrådet 12-03-2025)") == ("Byrådet", dt.date(2025, 3, 12))
    assert decision_heading("Beslutning:") is None
    assert decision_heading("Indstilling (07.04.2025):") is None


def test_dated_decision_is_this_meetings_only_on_its_date() -> None:
    items = parse_text(_MINUTES).items
    assert [it.number for it in items] == [17, 18]
    first = {s.key: s.text for s in items[0].sections}
    assert first["beslutning"] == "Fordelingen blev godkendt."
    assert first["tidligere_beslutning"] == "Sagen blev udsat."
    assert {s.key: s.text for s in items[1].sections}["beslutning"] == "Taget til efterretning."


def _lines(text: str) -> list[Line]:
    return [Line(i, t, 0) for i, t in enumerate(text.split("\n"))]


def test_follow_up_label_read_as_the_decision_where_it_states_outcomes() -> None:
    lines = _lines(
        "1) Referat\n   Opfølgning: Godkendt.\n2) Kassen\n   Opfølgning: Taget til efterretning."
    )
    assert [ln.clean for ln in follow_up_outcomes(lines)][1::2] == [
        "Beslutning: Godkendt.",
        "Beslutning: Taget til efterretning.",
    ]


def test_follow_up_label_left_alone() -> None:
    # next steps, not outcomes: a to-do line stays a to-do line
    steps = _lines(
        "1) Referat\nOpfølgning: Ole ringer til kommunen.\n2) Kassen\nOpfølgning: Lis tjekker."
    )
    assert follow_up_outcomes(steps) is steps
    # the minutes label their decisions themselves: "Opfølgning" is the next step
    own = _lines("1. Budget\nBeslutning: Godkendt.\nOpfølgning: Godkendt.\nOpfølgning: Drøftet.")
    assert follow_up_outcomes(own) is own


def test_item_table_decision_column_named_by_the_body() -> None:
    rows = [
        [["Pkt."], ["Emne"], ["Styrelsens beslutning"]],
        [["1."], ["Årsrapport", "Rapporten er udsendt."], ["Godkendt."]],
    ]
    assert item_rows(rows) == [
        "## 1. Årsrapport",
        "Rapporten er udsendt.",
        "",
        "Beslutning:",
        "Godkendt.",
    ]
    # a column of another kind after the genitive is no decision column
    rows[0][2] = ["Styrelsens bemærkninger"]
    assert item_rows(rows) is None


def test_items_numbered_within_lettered_groups() -> None:
    text = "\n".join(
        [
            "Styrelsen, Fjordens Vandlaug",
            "Referat af møde den 2. juni 2025 kl. 15.00",
            "",
            "A. Sager til beslutning",
            "",
            "A1  Budget 2026",
            "Sagsfremstilling: Udkastet er udsendt.",
            "",
            "A2  Vedtægtsændring",
            "Sagsfremstilling: Forslag fra formanden.",
            "",
            "B. Orientering",
            "",
            "B1  Nyt fra formanden",
            "Sagsfremstilling: Intet.",
        ]
    )
    items = parse_text(text).items
    assert [(it.number, it.title) for it in items] == [
        (1, "Budget 2026"),
        (2, "Vedtægtsændring"),
        (3, "Nyt fra formanden"),
    ]


def test_grouped_numbers_need_a_run_from_a1() -> None:
    # "B12 …" and "C3 …" in a text are no run from A1: no items of their own
    text = "\n".join(
        [
            "Referat af møde den 2. juni 2025 kl. 15.00",
            "",
            "1. Vejbelysning",
            "Sagsfremstilling: Lamperne på B12 Ringvejen skiftes.",
            "",
            "B12 Ringvejen er lukket i uge 20",
            "C3 Vejen åbner igen",
            "",
            "2. Eventuelt",
            "Sagsfremstilling: Intet.",
        ]
    )
    assert [it.number for it in parse_text(text).items] == [1, 2]


def test_place_label_lokation_and_the_municipality_in_brackets() -> None:
    body = (
        "\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet."
    )
    labelled = parse_text("Vejudvalget\nDato: 3. juni 2025\nLokation: Sognegården" + body)
    assert labelled.location == "Sognegården"
    bracketed = parse_text(
        "Referat\n\nBestyrelsesmøde tirsdag 3. juni 2025 kl. 10.00\n"
        "Havnevej 4, 8500 Grenå (Norddjurs Kommune)" + body
    )
    assert bracketed.location == "Havnevej 4, 8500 Grenå"


_BODY = "\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet."


def test_forum_of_a_workplace_after_a_dash() -> None:
    head = "Forældrebestyrelsen – Børnehuset Mælkebøtten\n\nReferat fra møde den 2. juni 2025"
    assert parse_text(head + _BODY).forum == "Forældrebestyrelsen, Børnehuset Mælkebøtten"
    assert _dashed_workplace("Byrådet – Referat") is None
    assert _dashed_workplace("Økonomiudvalget – Ekstraordinært møde") is None
    assert _dashed_workplace("Skolebestyrelsen – Vejle Kommune") is None


def test_forum_of_a_regions_contact_council_and_of_a_board_meeting() -> None:
    assert looks_like_body("KKR Hovedstaden")
    assert not looks_like_body("KKR")
    title = "Referat af bestyrelsesmøde i Fjernvarme Syd A/S\n\nDato: 2. juni 2025 kl. 9.00"
    assert parse_text(title + _BODY).forum == "Bestyrelsen for Fjernvarme Syd A/S"


def test_a_room_alone_in_lower_case_after_the_time() -> None:
    head = "Skolebestyrelsen\nReferat\nOnsdag d. 4/6-2025 kl. 17.00-19.00 i fællesskab"
    assert parse_text(head + _BODY).location is None  # no room word: not taken
    head = "Skolebestyrelsen\nReferat\nOnsdag d. 4/6-2025 kl. 17.00-19.00 i lærerværelset"
    assert parse_text(head + _BODY).location == "lærerværelset"  # (a room: "-værelset")
    head = "Skolebestyrelsen\nReferat\nOnsdag d. 4/6-2025 kl. 17.00-19.00 i mødelokalet"
    assert parse_text(head + _BODY).location == "mødelokalet"


def test_company_beside_the_kind_of_meeting() -> None:
    text = (
        "VARMEVÆRK NORD A/S      Bestyrelsesmøde nr. 3/2025\n\nREFERAT\n\n"
        "Bestyrelsesmøde onsdag 4. juni 2025 kl. 9.00" + _BODY
    )
    assert parse_text(text).forum == "Bestyrelsen for Varmeværk Nord A/S"
