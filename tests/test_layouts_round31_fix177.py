"""Round 31 (layouts177: school and daycare boards, pupils' councils and workplace MED
committees posting their minutes on school sites and intranets): the small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, is_agreed_label, primary_decision_type
from analysis.layouts.header import looks_like_body, read_header
from analysis.layouts.outcome import arrow_closing
from analysis.layouts.trailing_number import trailing_numbers
from analysis.parse import split_title, to_lines


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the set phrase of an item for information, a task after its comma
        ("til orientering, alle tager plakater med.", "noted"),
        ("Til orientering; formanden svarer.", "noted"),
        # the item taken up at the next meeting: postponed, as "tages op igen" is
        ("tages op på næste møde", "postponed"),
        ("Punktet tages op på et senere møde.", "postponed"),
        ("Tages op igen i april.", "postponed"),
        # a closed item dealt with, nothing said of how
        ("Lukket punkt. Behandlet.", "none"),
        ("Lukket punkt. Aftalt at HR går videre med sagen.", "decided"),
    ],
)
def test_decision_types(text: str, want: str) -> None:
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == want


def test_first_person_decided_label_is_agreed() -> None:
    # "Vi besluttede: koncert i parken.": what follows is what the council decided
    assert is_agreed_label("Vi besluttede")
    assert is_agreed_label("Bestyrelsen besluttede:")
    assert not is_agreed_label("Byrådet besluttede at sende sagen videre")
    kinds = classify_decision("koncert i parken. Ingen tur i år.", agreed=True)
    assert primary_decision_type([t for t, _ in kinds]) == "decided"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Ingen kommentarer. => godkendt", True),
        ("Et par rettelser -> Godkendt.", True),
        ("Se bilag => side 4", False),  # an arrow, no outcome after it
        ("Godkendt.", False),  # no arrow
    ],
)
def test_arrow_closing(line: str, want: bool) -> None:
    assert arrow_closing(line) is want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Ferieplan 2026/27 (beslutning)", "Ferieplan 2026/27"),
        ("Skolefoto (til orientering)", "Skolefoto"),
        ("Meddelelser a. formanden b. skolelederen (orientering)", "Meddelelser"),
        # a bracket saying more than the purpose stays the title's
        ("Trafik (fortsat drøftelse)", "Trafik (fortsat drøftelse)"),
        # lettered sub-points without the purpose after them stay (read off only above it)
        ("Meddelelser a. formanden b. lederen", "Meddelelser a. formanden b. lederen"),
    ],
)
def test_purpose_after_title(raw: str, want: str) -> None:
    assert split_title(raw)[0] == want


def test_trailing_numbers() -> None:
    text = "### ★ Velkommen (pkt. 1)\nTekst.\n### Ekstra: Arbejdsdag (pkt. 2)\n→ Afvist."
    out = trailing_numbers(text)
    assert "### 1. Velkommen\n" in out
    assert "### 2. Ekstra: Arbejdsdag\n" in out
    # one heading naming a point is no numbering of the items
    single = "## Opfølgning (pkt. 3)\nTekst."
    assert trailing_numbers(single) == single
    # nor are two headings naming the same point
    twice = "## A (pkt. 3)\n## B (pkt. 3)\n"
    assert trailing_numbers(twice) == twice


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Skolebestyrelsen ved Tingskolen", True),
        ("Skolebestyrelsen ved Nørre Skole", True),
        ("Dagtilbudsbestyrelsen Område Nord", True),
        ("LMU (lokal-MED) Vestre Skole", True),
        ("LMU Vestre Skole", True),
        ("Skolebestyrelsen ved mødet drøftede", False),
    ],
)
def test_boards_named_by_their_institution(text: str, want: bool) -> None:
    assert looks_like_body(text) is want


def test_daycare_room_named_by_its_group_is_the_place() -> None:
    text = (
        "Referat - Forældrebestyrelsen i Solhuset\n"
        "Tirsdag d. 03.02.26 kl. 19.00 - 21.00 i stuen hos Blå gruppe\n"
    )
    head = read_header(to_lines(text), set(), set())
    assert head.location == "stuen hos Blå gruppe"
