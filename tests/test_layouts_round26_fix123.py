"""Twenty-sixth round, layouts123 (minutes whose agenda changed): a grant or a refusal
written as the outcome's first word ("Bevilget, …", "Afslag, da …") with no decision
label, and an inserted item's capital glued to its number after "Pkt." ("Pkt. 6A – …")."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.headings import candidates
from analysis.layouts.outcome import bare_outcome
from analysis.parse import to_lines


def test_grant_and_refusal_are_bare_outcomes() -> None:
    assert bare_outcome("Bevilget.")
    assert bare_outcome("Bevilget, 300.000 kr. finansieret af anlægspuljen.")
    assert bare_outcome("Bevilges som ansøgt.")  # "… som ansøgt": as applied for
    assert bare_outcome("Afslag, da ansøgningen kom for sent.")
    assert bare_outcome("Afslag.")


def test_grant_words_in_a_sentence_stay_text() -> None:
    assert not bare_outcome("Bevilget beløb udgør i alt 2 mio. kr.")
    assert not bare_outcome("Afslag på tidligere ansøgning er vedlagt.")


def test_capital_glued_to_the_pkt_number_is_an_inserted_item() -> None:
    lines = to_lines(
        "Pkt. 6 – Meddelelser\nSags-ID: 25/101\n\nPkt. 6A – Oversvømmelse ved havnen\n"
        "Sags-ID: 25/140\n\nPunkt 7 B: Tilskud til diget\nSags-ID: 25/141\n"
    )
    heads = [(h.number, h.inserted, h.part, h.title) for h in candidates(lines, set())]
    assert heads == [
        (6, False, "", "Meddelelser"),
        (6, True, "a", "Oversvømmelse ved havnen"),
        (7, True, "b", "Tilskud til diget"),
    ]


def test_a_title_opening_with_initials_keeps_them() -> None:
    lines = to_lines("Punkt 5 A. P. Møller Fonden – ansøgning\nSagsnr.: 25/9\n")
    assert [h.title for h in candidates(lines, set())] == ["A. P. Møller Fonden – ansøgning"]


_SLASHED_OWNER = """Mariagerfjord Kommune / Ældre- og Handicapudvalget

# Referat – 12.03.2024

Tid: 13.00 – 15.00
Sted: Rådhuset, Nordre Kajgade 1, Hobro

### 1. Godkendelse af dagsorden
Sagsnr.: 24/1101

**Beslutning:** Godkendt.

### 2. Meddelelser
Sagsnr.: 24/1102

**Beslutning:** Taget til efterretning.
"""


def test_owner_and_body_parted_by_a_slash() -> None:
    meeting = parse_text(_SLASHED_OWNER)
    assert meeting.forum == "Ældre- og Handicapudvalget"
    assert (meeting.municipality or "").startswith("Mariagerfjord")
