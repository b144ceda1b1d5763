"""Decisions written in English, Swedish or German typed as the Danish ones are."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.enrich.foreign_outcomes import first_sentence, foreign_outcome


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Adopted as proposed.", "approved"),
        ("The budget was approved with one change.", "approved"),
        ("The committee approved the plan for the harbour.", "approved"),
        ("Not approved.", "rejected"),
        ("The application was not approved, as the deadline had passed.", "rejected"),
        ("The board declined the request.", "rejected"),
        ("Deferred to the December meeting.", "postponed"),
        ("The item is postponed until the survey is done.", "postponed"),
        ("Referred to the Finance Committee.", "referred"),
        ("The matter will be passed on to the city council.", "referred"),
        ("The group recommends that the council funds the project.", "recommended"),
        ("The council agreed to hold a public meeting in March.", "decided"),
        ("Marta Oyelaran was elected as secretary.", "decided"),
        ("The members debated the new signs at length.", "discussed"),
        ("Taken note of.", "noted"),
        ("The director reported on the new service centre.", "noted"),
        ("None.", "none"),
        ("Förslaget avslogs.", "rejected"),
        ("Ärendet bordläggs till nästa möte.", "postponed"),
        ("Ärendet överlämnas till kommunstyrelsen.", "referred"),
        ("Gruppen rekommenderar en gemensam satsning.", "recommended"),
        ("Godkänd.", "approved"),
        ("Styrelsen beslöt att anordna en konferens.", "decided"),
        ("Frågan diskuterades.", "discussed"),
        ("Rapporten lades till handlingarna.", "noted"),
        ("Inget.", "none"),
        ("Einstimmig angenommen.", "approved"),
        ("Der Ausschuss empfiehlt eine gemeinsame Broschüre.", "recommended"),
        ("An den Kreistag überwiesen.", "referred"),
        ("Der Vorschlag wurde erörtert.", "discussed"),
        ("Frau Petersen berichtete über die Grenzpendler.", "noted"),
        ("Der Ausschuss beschloss, im Mai zu tagen.", "decided"),
        ("Keine Bemerkungen.", "none"),
    ],
)
def test_a_foreign_decision_is_typed(text: str, kind: str) -> None:
    assert foreign_outcome(text) == (kind, first_sentence(text))
    assert classify_decision(text)[0][0] == kind


def test_the_earliest_word_types_the_sentence() -> None:
    # (a refusal told before what was approved elsewhere)
    assert (
        foreign_outcome("The request was rejected; the plan was approved in May.")[0] == "rejected"
    )
    assert foreign_outcome("Approved; the extra request was rejected.")[0] == "approved"


def test_only_the_first_sentence_is_read() -> None:
    text = "The council discussed the themes. The proposal was rejected by the region."
    assert foreign_outcome(text) == ("discussed", "The council discussed the themes.")


@pytest.mark.parametrize(
    "text",
    [
        "Der var en god stemning på mødet.",  # Danish "der", not German
        "Udvalget fik afslag fra ministeriet på puljen.",  # Danish "afslag", not "avslag"
        "Status på projekt Approved Learning Spaces blev gennemgået af de to skoler",
        "To repræsentanter deltager i konferencen i Odense",  # Danish "to" (two)
        "Aftenens tema var klimatilpasning i ådalen",
        "",
    ],
)
def test_danish_and_empty_texts_are_not_read_as_foreign(text: str) -> None:
    assert foreign_outcome(text) is None


def test_a_danish_decision_keeps_its_danish_type() -> None:
    # (the foreign words are asked only where the Danish grammar found nothing)
    assert classify_decision("Godkendt. The English summary was rejected by no one.")[0][0] == (
        "approved"
    )
