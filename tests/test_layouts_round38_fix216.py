"""Round thirty-eight (layouts216: general meetings and annual meetings of municipal
companies, joint bodies, social housing and associations: generalforsamling,
repræsentantskabsmøde, afdelingsmøde, årsmøde): small rules."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.dates import find_date
from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.assembly import assembly_heads, assembly_outcomes, statutory_point
from analysis.layouts.header_fallback import lead_place
from analysis.layouts.headings import Head
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.model import Item, Section
from analysis.parse import Line


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("title", "point"),
    [
        ("Valg af dirigent", True),
        ("Bestyrelsens beretning for det forløbne år", True),
        ("Fremlæggelse af det reviderede regnskab for 2022 til godkendelse", True),
        ("Forelæggelse af budget 2023/24", True),
        ("Indkomne forslag", True),
        ("Fastsættelse af kontingent", True),
        ("Valg til bestyrelsen", True),
        ("Evt.", True),
        ("Lokalplan for boliger ved Åvej", False),
        ("Status på skolernes økonomi", False),
    ],
)
def test_statutory_points(title: str, point: bool) -> None:
    assert statutory_point(title) is point


def test_statutory_points_are_evidence_only_where_the_dirigent_is_elected() -> None:
    heads = [Head(3, 1, "Valg af dirigent"), Head(6, 2, "Beretning"), Head(9, 3, "Lokalplan 12")]
    assert [h.evidence for h in assembly_heads(heads)] == [1, 1, 0]
    council = [Head(3, 1, "Beretning"), Head(6, 2, "Regnskab")]
    assert assembly_heads(council) == council


def test_points_numbered_last_over_prose_are_items() -> None:
    text = (
        "REFERAT AF GENERALFORSAMLINGEN\n"
        "Sted: Klubhuset, Havnevej 2\n"
        "Dato: 4. april 2022 kl. 19.00\n\n"
        "Valg af dirigent (pkt. 1)\n"
        "Formanden foreslog Ole Vang, der blev valgt. Han takkede for valget.\n\n"
        "Beretning (pkt. 2)\n"
        "Formanden fortalte om sæsonen.\n"
        "Efter en kort debat blev beretningen godkendt.\n\n"
        "Regnskab (pkt. 3)\n"
        "Kassereren gennemgik regnskabet. Overskud 4.100 kr.\n"
        "Regnskabet blev godkendt.\n\n"
        "Evt. (pkt. 4)\n"
        "Der blev spurgt til klubbladet.\n"
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2, 3, 4]
    decisions = [
        next((s.text for s in it.sections if s.key == "beslutning"), None) for it in meeting.items
    ]
    assert decisions[1] == "Efter en kort debat blev beretningen godkendt."
    assert decisions[2] == "Regnskabet blev godkendt."
    assert decisions[3] is None


@pytest.mark.parametrize(
    ("line", "forum"),
    [
        (
            "Ordinær generalforsamling i Hammerup Fjernvarme a.m.b.a.",
            "Ordinær generalforsamling i Hammerup Fjernvarme a.m.b.a.",
        ),
        ("ORDINÆR GENERALFORSAMLING I NORDVAND A/S", "ORDINÆR GENERALFORSAMLING I NORDVAND A/S"),
        (
            "Referat – Ordinært afdelingsmøde i afdeling 4, Engparken",
            "Ordinært afdelingsmøde i afdeling 4, Engparken",
        ),
        ("Beboermøde i afd. 12 Toftevej", "Beboermøde i afd. 12 Toftevej"),
        (
            "Referat af ekstraordinær generalforsamling i Vig Bådelaug",
            "ekstraordinær generalforsamling i Vig Bådelaug",
        ),
    ],
)
def test_general_meeting_of_a_named_body_is_the_forum(line: str, forum: str) -> None:
    assert forum_from_meeting_kind([Line(0, line, 0)], set()) == forum


def test_year_first_date_with_dots() -> None:
    found = find_date("Dato: 2025.04.03    Tid: 19:00")
    assert found is not None and found.date == dt.date(2025, 4, 3)


def test_place_after_the_clock_in_the_assembly_sentence() -> None:
    line = Line(
        0,
        "Generalforsamlingen blev afholdt onsdag den 3. maj 2023 kl. 17.00 på Kroen, Torvet 1.",
        0,
    )
    assert lead_place([line], set()) == "Kroen, Torvet 1"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kaj Holm og Jens Chr. Lykke genvalgt.", "decided"),
        ("Birk Revision, Skive blev genvalgt.", "decided"),
        ("Genvalgt: Ebbe Juhl og Inger Lund. Nyvalgt: Mads Bro.", "decided"),
        ("Suppleanter: Grethe Holm og Henrik Bo (begge genvalg).", "decided"),
        ("Genvalg af Vestrevision Statsautoriseret Revisionspartnerselskab.", "decided"),
        ("Gunnar Lyk genvalgt, revisorsuppleant Lis Holm genvalgt", "decided"),
        ("Intet at behandle.", "none"),
    ],
)
def test_election_and_nothing_to_treat_types(text: str, kind: str) -> None:
    assert _type(text) == kind


def _item(title: str, text: str) -> Item:
    """Item 1 titled ``title`` whose one section is the prose ``text``."""
    return Item(
        1, title, title, None, False, None, None, None, (Section("tekst", "", text),), (), (), ()
    )


def _decision(item: Item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (
            "Svend Bo valgtes som dirigent.\nDirigenten konstaterede, at mødet var lovligt.",
            "Svend Bo valgtes som dirigent.\nDirigenten konstaterede, at mødet var lovligt.",
        ),
        (
            "Formanden redegjorde for aftalen.\nResultat: 40 for, 5 imod. Forslaget er vedtaget.",
            "Resultat: 40 for, 5 imod. Forslaget er vedtaget.",
        ),
        (
            "Forslaget var vedtaget på sidste generalforsamling.\nVedtaget ved håndsoprækning.",
            ("Vedtaget ved håndsoprækning."),
        ),
        ("Uændret 150 kr. pr. husstand – vedtaget.", "Uændret 150 kr. pr. husstand – vedtaget."),
        ("Formanden fortalte om året.", None),
    ],
)
def test_general_meetings_outcome_in_the_prose(text: str, decision: str | None) -> None:
    items = [_item("Valg af dirigent", "Ole Dam blev valgt."), _item("Forslag", text)]
    assert _decision(assembly_outcomes(items)[1]) == decision


def test_outcomes_in_prose_only_in_a_general_meeting() -> None:
    items = [_item("Godkendelse af dagsorden", "Godkendt."), _item("Forslag", "Vedtaget.")]
    assert assembly_outcomes(items) == items
