"""Round 34 (fix194): minutes of municipal companies, joint bodies and self-governing
institutions: general assemblies and board meetings (invented examples)."""

from __future__ import annotations

import datetime as dt

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.layouts.outcome import outcome_line
from analysis.parse import to_lines


def _type(text: str, forum: str = "Generalforsamlingen") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_general_assembly_in_the_title_is_the_forum() -> None:
    for title, forum in (
        ("REFERAT AF ORDINÆR GENERALFORSAMLING 2019", "Ordinær generalforsamling"),
        ("Ekstraordinær generalforsamling – referat", "Ekstraordinær generalforsamling"),
        ("Generalforsamling 2021", "Generalforsamling"),
    ):
        assert forum_from_meeting_kind(to_lines(f"Foreningen Grøn By\n\n{title}\n"), set()) == (
            forum
        )
    # a sentence about the assembly names no forum
    lines = to_lines("Bestyrelsen forbereder generalforsamlingen i april.\n")
    assert forum_from_meeting_kind(lines, set()) is None


def test_assembly_outcomes_are_outcome_lines() -> None:
    assert outcome_line("Bestyrelsen foreslog advokat Eva Borg, der blev valgt med akklamation.")
    assert outcome_line("Lis Holm blev genvalgt, og Bo Dam, Tåsinge, blev nyvalgt. Begge for 2 år.")
    assert outcome_line("Deloitte, Odense, genvalgt.")
    assert outcome_line("Generalforsamlingen godkendte årsrapporten for 2020.")
    assert outcome_line("Eneaktionæren meddelte decharge for bestyrelse og direktion.")
    assert outcome_line("Vejle Kommune genvalgte Anna Berg og nyvalgte Kim Sø.")
    assert not outcome_line("På valg var Lis Holm og Bo Dam, der begge modtager genvalg.")


def test_assembly_outcomes_are_typed() -> None:
    assert _type("Bestyrelsen foreslog advokat Eva Borg, der blev valgt med akklamation.") == (
        "decided"
    )
    assert _type("Lis Holm blev genvalgt, og Bo Dam blev nyvalgt.") == "decided"
    assert _type("Deloitte, Odense, genvalgt.") == "decided"
    assert _type("Vejle Kommune genvalgte Anna Berg og nyvalgte Kim Sø.") == "decided"
    assert _type("Eneaktionæren meddelte decharge for bestyrelse og direktion.") == "approved"


def test_year_first_passive_opening_sentence_with_company_number_dates_the_minutes() -> None:
    text = (
        "Vand A/S\n\nOrdinær generalforsamling 2020\n\n"
        "År 2020, tirsdag den 21. april kl. 10.00, afholdtes ordinær generalforsamling i Vand "
        "A/S, CVR-nr. 11 22 33 44, på selskabets adresse, Søvej 1, 7100 Vejle, kantinen.\n\n"
        "1. Valg af dirigent\n2. Årsrapport\n3. Eventuelt\n\n"
        "Ad 1. Valg af dirigent\n\nAdvokat Ib Ravn blev valgt.\n\n"
        "Ad 2. Årsrapport\n\nGeneralforsamlingen godkendte årsrapporten.\n\n"
        "Ad 3. Eventuelt\n\nIntet.\n"
    )
    meeting = parse_text(text)
    assert meeting.date == dt.date(2020, 4, 21)
    assert meeting.start_time == "10:00"
    assert meeting.location == "Søvej 1, 7100 Vejle, kantinen"
    assert [it.title for it in meeting.items] == ["Valg af dirigent", "Årsrapport", "Eventuelt"]


def test_agenda_point_named_in_full_over_its_title() -> None:
    text = (
        "Bestyrelsen for Grenaa Havn\n\nReferat af bestyrelsesmøde\n"
        "Mødet blev afholdt tirsdag 3.9.2024 kl. 14.00 i Havnehuset.\n\n"
        "Ad dagsordenens punkt 1\n\nGodkendelse af referat\nReferatet blev godkendt.\n\n"
        "Ad dagsordenens punkt 2\n\nBudget 2025\nBestyrelsen godkendte budgettet.\n\n"
        "Ad dagsordenens punkt 3\nEventuelt\nIntet.\n"
    )
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af referat"),
        (2, "Budget 2025"),
        (3, "Eventuelt"),
    ]


def test_mandate_given_is_decided() -> None:
    assert _type("Formand og direktør fik mandat til at forhandle lejen på plads.") == "decided"
    assert _type("Bestyrelsen gav formanden mandat til at underskrive aftalen.") == "decided"


def test_board_meeting_of_a_group_named_with_its_companies_in_brackets() -> None:
    lines = to_lines("Referat - Bestyrelsesmøde i Blue (Vejen Forsyning A/S m.fl.)\n")
    assert forum_from_meeting_kind(lines, set()) == "Bestyrelsen for Blue"


def test_hearing_reply_recommended_to_another_body_is_recommended() -> None:
    text = "Bestyrelsen anbefaler Vejle Kommunes Økonomiudvalg at afgive høringssvar som foreslået."
    assert _type(text, "Bestyrelsen") == "recommended"
    assert _type("Bestyrelsen afgav følgende høringssvar: Ruten bør bevares.") == "decided"
