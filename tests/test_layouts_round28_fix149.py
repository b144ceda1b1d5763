"""Twenty-eighth round, fix149: minutes of the large municipalities' councils.

The small rules of the round (decision phrases of a city council's minutes, a ruled page
header, a genitive title line, a header table's "Mødt" row); the layout families are held
by the fixtures named in docs/layouts.md (``generic-punkt-komma-moede-dato.txt``,
``generic-genitiv-forum-lang-titel.txt``, ``agenda-indhold-tre-prikker-sidehoved.txt``,
``flat_toc-pdf-grupper-over-indhold.pdf``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text, prepare
from analysis.layouts.text import furniture
from analysis.parse import parse_participants


def _primary(text: str) -> str:
    return classify_decision(text)[0][0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # question time no one used
        ("Ingen spørgsmål modtaget.", "none"),
        ("Der var ingen spørgsmål til spørgetiden.", "none"),
        ("Ingen spørgsmål stillet på mødet.", "none"),
        ("Ingen spørgsmål. Godkendt.", "approved"),
        # a question answered by a post of several words, or a named member
        ("Rådmand for Teknik- og Miljøforvaltningen besvarede spørgsmålet.", "none"),
        ("Borgmester Ida Krogh (A) besvarede spørgsmålene.", "none"),
        ("Direktør for Børn og Unge besvarede spørgsmålet fra Ø.", "none"),
        # withdrawn from the agenda and sent back: referred; withdrawn alone: none
        ("Sagen blev trukket af dagsordenen og sendes tilbage til Kulturudvalget.", "referred"),
        ("Sagen blev trukket af dagsordenen.", "none"),
        # a motion to reject voted down, the item approved after it
        (
            "Afvisningsforslag stillet af Liberal Alliance (I):\n"
            '"Byrådet afviser indstillingen."\n\n'
            "Afvisningsforslaget blev forkastet efter følgende afstemning:\n"
            "For stemte 3: I\nImod stemte 28: A, V\n\n"
            "Indstillingen blev herefter godkendt.",
            "approved",
        ),
        # a motion to reject carried: the item rejected
        ("Afvisningsforslaget blev vedtaget med 16 stemmer mod 15.", "rejected"),
        (
            'Afvisningsforslag fra C: "Udvalget afviser at behandle forslaget."\n\n'
            "Afvisningsforslaget blev vedtaget. Forslaget er dermed afvist.",
            "rejected",
        ),
    ],
)
def test_council_decision_phrases(text: str, expected: str) -> None:
    assert _primary(text) == expected


def test_ruled_page_header_over_items_is_furniture() -> None:
    rule = "_" * 60
    head = "Vejen Kommune          Byrådet          12.03.2024"
    parts = ["Referat", "Byrådet", "", "Mødedato: 12.03.2024", ""]
    for n in range(1, 4):
        parts += [rule, head, rule, "", f"Punkt {n}.   Sag nummer {n}", "", "Beslutning:"]
        parts += ["Godkendt.", ""]
    lines = prepare("\n".join(parts))
    heads = {ln.index for ln in lines if ln.clean.startswith("Vejen Kommune")}
    assert len(heads) == 3
    assert heads <= furniture(lines)


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        (
            "Borgerrepræsentationens møde torsdag den 5. marts 2020 kl. 17.30",
            "Borgerrepræsentationen",
        ),
        ("Magistratens møde mandag den 9. marts 2020 kl. 13.00", "Magistraten"),
    ],
)
def test_genitive_title_of_a_one_word_body(title: str, forum: str) -> None:
    text = (
        f"{title}\n\nReferat\nMødested: Rådhuset\n\n1. Godkendelse af dagsorden\n\n"
        "Beslutning\nGodkendt.\n\n2. Regnskab 2019\n\nBeslutning\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == forum
    assert meeting.start_time in ("17:30", "13:00")


def test_members_row_of_a_header_table_with_semicolons() -> None:
    people = parse_participants("Eva Lund (V), formand; Bo Sand (A); Kim Hald (O)")
    assert [p.name for p in people] == ["Eva Lund", "Bo Sand", "Kim Hald"]
    assert people[0].role == "Formand, V"
    text = (
        "Teknisk Udvalg\n\nReferat\n\nMødedato\tTirsdag den 4. maj 2021\nMødested\tRådhuset\n"
        "Mødt\tEva Lund (V), formand; Bo Sand (A); Kim Hald (O)\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Vejplan\n\nBeslutning\n"
        "Godkendt.\n"
    )
    meeting = parse_text(text)
    assert not any("could not be placed" in w for w in meeting.warnings)
    assert {p.name for p in meeting.participants or []} >= {"Eva Lund", "Bo Sand", "Kim Hald"}
