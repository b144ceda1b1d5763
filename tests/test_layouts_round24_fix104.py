"""Twenty-fourth round (layouts104): older council and committee web pages (frames and
tables, 2007-2016) copied by a browser and cut short."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.proposal_outcome import proposal_outcomes
from analysis.model import Item, Section


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        # a person taking up a post on a date is news, not the forum acceding
        (
            "- Ny leder af Hjemmeplejen Nord tiltræder 1. april\n"
            "Meddelelserne taget til efterretning.",
            "noted",
        ),
        (
            "Den nye skolechef tiltræder den 1. august. Orienteringen taget til efterretning.",
            "noted",
        ),
        ("Ny sekretariatschef tiltræder stillingen i maj. Taget til efterretning.", "noted"),
        # the forum acceding stays approved
        ("Udvalget tiltræder indstillingen.", "approved"),
        ("Indstillingen tiltrådt.", "approved"),
    ],
)
def test_takes_office_is_no_accession(text: str, dtype: str) -> None:
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == dtype


def _item(n: int, text: str) -> Item:
    return Item(
        number=n,
        raw_title=f"Sag {n}",
        title=f"Sag {n}",
        bodies=None,
        closed=False,
        case_number=None,
        proposer=None,
        duration_min=None,
        sections=(Section("resume", "Resume", text),),
        recommendations=(),
        attachments=(),
        references=(),
    )


def test_outcome_under_proposal_needs_two_items() -> None:
    text = "Baggrund.\n\nForslag:\nUdvalget indstiller, at planen godkendes.\n\nGodkendt."
    one = proposal_outcomes([_item(1, text), _item(2, "Kort tekst.")])
    assert [s.key for s in one[0].sections] == ["resume"]
    two = proposal_outcomes([_item(1, text), _item(2, text)])
    assert [s.key for s in two[1].sections] == ["resume", "beslutning"]
    assert two[1].sections[-1].text == "Godkendt."


def test_proposal_points_are_no_outcome() -> None:
    text = (
        "Forslag:\nDirektøren indstiller,\n\n1. at planen godkendes,\n\n2. at den offentliggøres."
    )
    items = proposal_outcomes([_item(1, text), _item(2, text)])
    assert all(s.key != "beslutning" for it in items for s in it.sections)


def test_agenda_and_minutes_heading_over_the_list_is_minutes() -> None:
    # "DAGSORDEN / REFERAT" over the items (a pupils' council's notes): minutes, whose
    # arrowed outcomes are decisions, not an agenda's list heading
    from analysis.layouts import parse_text

    text = "\n".join(
        [
            "ELEVRÅDSMØDE - HOLTE SKOLE",
            "onsdag 6. marts 2024 i biblioteket",
            "",
            "DAGSORDEN / REFERAT",
            "",
            "1) Godkendelse af sidste referat",
            "   -> godkendt",
            "",
            "2) Skolefesten",
            "   Vi vil gerne have diskotek i gymnastiksalen.",
            "   -> vedtaget",
        ]
    )
    meeting = parse_text(text)
    assert meeting.document_type == "referat"
    assert [s.key for s in meeting.items[1].sections][-1] == "beslutning"
