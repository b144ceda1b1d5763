"""Round thirty-seven (layouts213: councils and committees minuting attendance and
procedure inside the items: inhabilitet, members arriving or leaving, reservations,
suspensions, order changes written under the decision's label): small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import (
    classify_decision,
    positions,
    primary_decision_type,
)
from analysis.layouts import parse_text
from analysis.layouts.header import _genitive_meeting_before
from analysis.layouts.number_under_title import numbers_under_titles
from analysis.layouts.procedure_notes import procedure_notes_apart
from analysis.model import Item, Section
from analysis.vocab import HANDLING_NOTES


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def _item(decision: str, title: str = "Salg af grund") -> Item:
    return Item(
        number=3,
        raw_title=title,
        title=title,
        bodies=None,
        closed=False,
        case_number=None,
        proposer=None,
        duration_min=None,
        sections=(
            Section("indstilling", "Indstilling", "At salget godkendes."),
            Section("beslutning", "Beslutning", decision),
        ),
        recommendations=(),
        attachments=(),
        references=(),
    )


def _apart(decision: str, title: str = "Salg af grund") -> tuple[str | None, str]:
    """(the notes moved out, the decision left) for one item's decision."""
    (it,) = procedure_notes_apart([_item(decision, title)])
    notes = next((s.text for s in it.sections if s.key == HANDLING_NOTES), None)
    rest = next(s.text for s in it.sections if s.key == "beslutning")
    return notes, rest


@pytest.mark.parametrize(
    ("decision", "notes", "rest"),
    [
        (
            "Kim Lund (C) erklærede sig inhabil og forlod mødet under behandlingen.\nGodkendt.",
            "Kim Lund (C) erklærede sig inhabil og forlod mødet under behandlingen.",
            "Godkendt.",
        ),
        (
            # an arrival written first, the name after the colon
            "Mødt kl. 16.50 under behandlingen af punkt 3: Ida Holm (Ø).\n\nDrøftet.",
            "Mødt kl. 16.50 under behandlingen af punkt 3: Ida Holm (Ø).",
            "Drøftet.",
        ),
        (
            # the note and the outcome in one line (a web page's table cell)
            "Per Vang (A) var fraværende under behandlingen af punktet. Sagen sendes tilbage "
            "til Økonomiudvalget.",
            "Per Vang (A) var fraværende under behandlingen af punktet.",
            "Sagen sendes tilbage til Økonomiudvalget.",
        ),
        (
            "Eva Dahl (SF) deltog ikke i behandlingen pga. inhabilitet. Indstillingen blev "
            "godkendt.",
            "Eva Dahl (SF) deltog ikke i behandlingen pga. inhabilitet.",
            "Indstillingen blev godkendt.",
        ),
        (
            "Bo Ry (V) og Lis Kure (F) tog forbehold.\nAnbefales.",
            "Bo Ry (V) og Lis Kure (F) tog forbehold.",
            "Anbefales.",
        ),
        (
            "Mødet blev suspenderet kl. 18.40-18.55.\nSagen blev behandlet efter punkt 7.\n"
            "Godkendt.",
            "Mødet blev suspenderet kl. 18.40-18.55.\nSagen blev behandlet efter punkt 7.",
            "Godkendt.",
        ),
        (
            "Handicaprådets formand Eva Bro deltog under punktet.\nGodkendt med rettelser.",
            "Handicaprådets formand Eva Bro deltog under punktet.",
            "Godkendt med rettelser.",
        ),
        (
            # who declared himself inhabil and why, then his leaving in a sentence of its own
            "Ane Bæk (SF) oplyste, at hun er medlem af klubbens bestyrelse, og erklærede sig "
            "inhabil. Hun forlod mødet under behandlingen.\nUdvalget bevilgede 60.000 kr.",
            "Ane Bæk (SF) oplyste, at hun er medlem af klubbens bestyrelse, og erklærede sig "
            "inhabil. Hun forlod mødet under behandlingen.",
            "Udvalget bevilgede 60.000 kr.",
        ),
        (
            # a markdown quote's rest loses its marks, as a quoted decision's opening does
            "Ole Bak (A) deltog ikke i sagens behandling (inhabil).\n> Anbefalet.\n"
            "> Ib (V) stemte imod.",
            "Ole Bak (A) deltog ikke i sagens behandling (inhabil).",
            "Anbefalet.\nIb (V) stemte imod.",
        ),
    ],
)
def test_notes_over_the_outcome_moved_apart(decision: str, notes: str, rest: str) -> None:
    assert _apart(decision) == (notes, rest)


@pytest.mark.parametrize(
    "decision",
    [
        # votes, an amendment's fate and a proposal put to the vote stay the decision's
        "Forslaget blev sat til afstemning.\nFor: O (1)\nImod: A, V (5)\nForslaget faldt.",
        "Ændringsforslag fra Ø blev forkastet med 2 stemmer mod 27.\nHerefter godkendt.",
        "For stemte: A og F (15)\nImod stemte: V (14)\nGodkendt.",
        # the note after the outcome, or inside it
        "Godkendt.\nKim Lund (C) forlod mødet efter behandlingen af dette punkt.",
        "Godkendt, idet Bo Ry (V) tog forbehold.",
        "Udsat, da Per Vang (A) var fraværende under behandlingen af punktet.",
        # a note alone: nothing after it to be the decision
        "Kim Lund (C) erklærede sig inhabil og forlod mødet.",
        # a welcome and the outcome in one line stay together
        "Formanden bød velkommen. Dagsordenen blev godkendt.",
        # the forum's act, no member's note
        "Udvalget besluttede, at Kim Lund (C) deltog ikke i behandlingen.\nGodkendt.",
        "Økonomiudvalget tog forbehold for finansieringen.\nAnbefales.",
    ],
)
def test_decisions_left_whole(decision: str) -> None:
    assert _apart(decision) == (None, decision)


def test_welcome_a_note_outside_the_chairs_remarks() -> None:
    welcome = "Formanden bød velkommen til Kim Lund (F), der er indtrådt i udvalget.\nGodkendt."
    assert _apart(welcome, "Godkendelse af dagsorden")[1] == "Godkendt."
    # the chair's remarks are what the chair tells: the welcome is that item's own text
    for title in ("Formandens bemærkninger", "Meddelelser", "Velkomst"):
        assert _apart(welcome, title) == (None, welcome)


def test_positions_read_from_the_notes() -> None:
    # the stance moved out of the decision is still a position (section moedeforloeb)
    assert positions("Bo Ry (V) tog forbehold.")[0][1] == "forbehold"
    from analysis.enrich.decisions import POSITION_SECTIONS

    assert HANDLING_NOTES in POSITION_SECTIONS


def test_title_over_counted_number_line() -> None:
    text = (
        "Udvalget\n\nGodkendelse af dagsorden\nPunkt 1 af 3 · Åben sag · Sagsnummer 26/00412\n"
        "Beslutning\nGodkendt.\n\nMødeplan\nPunkt 2 af 3 · Åben sag\nBeslutning\nGodkendt.\n\n"
        "Lukket: Køb af jord\nPunkt 3 af 3 · Lukket sag\nBeslutning\nGodkendt.\n"
    )
    out = numbers_under_titles(text).split("\n")
    assert out[2:4] == ["1. Godkendelse af dagsorden", "Sagsnr. 26/00412"]
    assert out[7:9] == ["2. Mødeplan", ""]
    assert out[12:14] == ["3. Lukket: Køb af jord", "Lukket punkt"]


def test_title_line_over_the_bodys_meeting() -> None:
    # "REFERAT" / "af byrådets ordinære møde tirsdag den …": the body's common noun
    assert _genitive_meeting_before("REFERAT af byrådets ordinære møde tirsdag den ")
    assert not _genitive_meeting_before("Hermed fremsendes referat af mødet tirsdag den ")


def test_start_and_end_as_labels_on_one_line() -> None:
    text = (
        "Kulturudvalget\n\nReferat\n\nMødedato: 12.02.2024\n"
        "Mødet startede: 16:05 Mødet sluttede: 18:35\nMødested: Rådhuset\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    assert parse_text(text).start_time == "16:05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forslaget om oversendelse blev vedtaget med 25 stemmer mod 4 (Ø og F).",
            "referred",
        ),
        (
            "Puljen blev fordelt som foreslået, dog således at Ældresagen tildeles 15.000 kr. "
            "i stedet for 10.000 kr.",
            "approved",
        ),
        ("Puljen blev fordelt som foreslået.", "approved"),
        # a request met in part stays the forum's own measure
        (
            "Puljen blev fordelt som foreslået, dog således at klubben imødekommes delvist.",
            "decided",
        ),
    ],
)
def test_decision_types(text: str, expected: str) -> None:
    assert _type(text, "Byrådet") == expected
