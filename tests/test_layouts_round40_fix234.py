"""Round forty (layouts234: minutes of unusual meetings: extraordinary, by written
procedure, by telephone, in two parts, joint, with closed items, cancelled, suspended):
items headed by their count of the agenda's points (``Punkt 3 af 9`` over an unnumbered
title), which were read as an accordion's pager and lost; a decision given as the members'
answers, a line each (``Name (party): Godkendt``), typed by the outcome summed up under
them or by most answers, not by one member's refusal; and the agenda system's export
closed by the chair's approval of the minutes or ``Mødet hævet``, no text of the last
decision. The fixtures ``generic-punkt-n-af-m-over-unummereret-titel.txt`` and
``agenda-skriftlig-procedure-medlemmers-svar-godkendt-af-formanden.txt`` hold the layouts."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.header import meeting_event
from analysis.layouts.text import furniture
from analysis.parse import to_lines

# --- "Punkt N af M" over an unnumbered title: the item's heading -----------------------------


def _counted(titles: list[str], numbered: bool = False) -> str:
    parts = ["Ærø Kommune", "Økonomiudvalget", "Referat af mødet den 4. juni 2025 kl. 9.00", ""]
    for n, title in enumerate(titles, 1):
        parts += [f"Punkt {n} af {len(titles)}", f"{n}. {title}" if numbered else title]
        parts += ["Beslutning", "Godkendt.", ""]
    return "\n".join(parts)


def test_a_count_over_an_unnumbered_title_heads_the_item() -> None:
    meeting = parse_text(_counted(["Færgeplan 2026", "Salg af grund", "Tilskud til museet"]))
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Færgeplan 2026"),
        (2, "Salg af grund"),
        (3, "Tilskud til museet"),
    ]


def test_a_pager_over_numbered_headings_stays_furniture() -> None:
    lines = to_lines(_counted(["Færgeplan 2026", "Salg af grund"], numbered=True))
    pagers = {ln.index for ln in lines if ln.clean.startswith("Punkt ")}
    assert pagers <= furniture(lines)
    meeting = parse_text(_counted(["Færgeplan 2026", "Salg af grund"], numbered=True))
    assert [it.title for it in meeting.items] == ["Færgeplan 2026", "Salg af grund"]


def test_one_pager_over_a_numbered_heading_keeps_every_pager_furniture() -> None:
    """The pages of one accordion: one numbered heading under a pager makes them all pagers."""
    text = _counted(["Færgeplan 2026", "Salg af grund"]).replace(
        "Punkt 2 af 2\nSalg af grund", "Punkt 2 af 2\n2. Salg af grund"
    )
    lines = to_lines(text)
    pagers = {ln.index for ln in lines if ln.clean.startswith("Punkt ")}
    assert pagers <= furniture(lines)


def test_a_pager_with_nothing_under_it_stays_furniture() -> None:
    lines = to_lines("Ærø Kommune\n\nPunkt 1 af 3\n")
    assert {ln.index for ln in lines if ln.clean == "Punkt 1 af 3"} <= furniture(lines)


# --- the members' answers, a line each ---------------------------------------------------------


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, "Plan- og Boligudvalget"))


def test_most_answers_type_the_decision() -> None:
    text = "Ane Berg (A): Godkendt\nTue Lind (V): Ikke godkendt\nEva Juhl (F): Godkendt"
    assert _type(text) == "approved"
    text = "Ane Berg (A): Afvist\nTue Lind (V): Ikke godkendt\nEva Juhl (F): Godkendt"
    assert _type(text) == "rejected"


def test_the_outcome_under_the_answers_types_the_decision() -> None:
    text = (
        "Ane Berg (A): Godkendt\nTue Lind (V): Ikke godkendt – ønsker en ny udbudsrunde\n"
        "\nIndstillingen er dermed godkendt med 1 stemme for og 1 imod."
    )
    assert _type(text) == "approved"
    text = "Ane Berg (A): Godkendt\nTue Lind (V): Godkendt\n\nSagen blev udsat."
    assert _type(text) == "postponed"


def test_one_answer_or_a_name_without_party_is_no_round_of_answers() -> None:
    assert _type("Godkendt.\nTue Lind (V): Ikke godkendt") == "rejected"
    # (no party in brackets: fields, not members; typed as before)
    assert _type("Status: Ikke godkendt\nBemærkning: Godkendt af HR") == "rejected"


# --- the agenda export closed by the minutes' approval ---------------------------------------


def _export(last: str) -> str:
    return (
        "REFERAT Kulturudvalget d. 02-06-2025\n\nMødedato: Mandag d. 2. juni 2025\n"
        "Mødested: Biblioteket\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\n"
        "Godkendt.\n\nPunkt 2: Orientering om sommerens arrangementer\n\nBeslutning\n\n"
        f"Taget til efterretning.\n\n{last}\n"
    )


def test_the_chairs_approval_closing_the_export_is_no_decisions_text() -> None:
    meeting = parse_text(_export("Referatet er godkendt af formanden den 3. juni 2025."))
    last = meeting.items[-1].sections[-1]
    assert last.text.strip() == "Taget til efterretning."


def test_the_meeting_raised_closes_the_export() -> None:
    meeting = parse_text(_export("Mødet hævet kl. 17.45."))
    assert meeting.items[-1].sections[-1].text.strip() == "Taget til efterretning."


def test_a_sentence_of_the_last_decision_stays_its_text() -> None:
    meeting = parse_text(_export("Udvalget ønsker en evaluering i efteråret."))
    assert "evaluering" in meeting.items[-1].sections[-1].text


# --- a cancelled meeting's mark and why an extraordinary one was called ------------------------


def test_a_cancelled_or_called_meeting_is_a_note() -> None:
    assert meeting_event("MØDET AFLYST")
    assert meeting_event("Mødet er aflyst.")
    assert meeting_event(
        "Mødet er indkaldt som ekstraordinært møde efter anmodning fra tre medlemmer."
    )
    # (what the meeting does later, or a call without its kind, is no such note)
    assert not meeting_event("Mødet indkaldes igen, når sagen er klar.")
    assert not meeting_event("Mødet er indkaldt")
