"""Fifty-ninth session, held-out sets, ho_council: city councils' and small councils' minutes.

A city council's minutes numbered through the year say when and where the meeting began in
a sentence naming who opened it ("Mødet blev åbnet kl. 17:00 af borgmesteren i
Byrådssalen, …."): ``layouts.header._START_LINE`` reads "blev åbnet" / "åbnedes" as the
start's verb and passes over "af <who>" before the place. The same sentence may go on with
the end ("Mødet startede kl. 8.00 i <place>, og sluttede kl. 10.15."): ``header._place_text``
takes the hour off the place, then the verb ", og sluttede" that is left.

Closed items printed at the end with only their titles ("309. Lukket dagsorden: Køb af
jord ved Kliplev") have nothing under them to prove the heading: ``headings.candidates``
gives the closed mark before the title the evidence of one (``_CLOSED_TITLED``), so the
run counts on to them past a supplementary item printed where it was treated (which
``taken_out_of_order`` still places).

A council's secretary writes "Punkt 4  Lukket punkt" with the note "Sagen blev drøftet for
lukkede døre og …." right under it, no blank line between: a whole sentence of six words or
more with a finite verb is the closed item's note, not its title (``headings.candidates``,
as it was with a blank line between); the mark is the title, the contents list above then
matches the headings, and its "Dagsorden" heads that list, no agenda's title.
"""

from __future__ import annotations

from pathlib import Path

from analysis.layouts.header import _START_LINE, _place_text
from analysis.layouts.headings import candidates
from analysis.parse import to_lines
from analysis.pipeline import parse_bytes
from tests.fixture_helpers import fixture_decisions

_FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def _tables(name: str) -> dict:
    return parse_bytes((_FIXTURES / "raw" / name).read_bytes(), name).tables


def test_the_meeting_opened_by_its_chair_gives_start_and_place() -> None:
    m = _START_LINE.match("Mødet blev åbnet kl. 19.30 af formanden i Salen, Aabybro Rådhus.")
    assert m is not None
    assert (m["h"], m["m"], m["place"]) == ("19", "30", "Salen, Aabybro Rådhus")
    m = _START_LINE.match("Mødet åbnedes kl. 9.00 af næstformand Ib Holm (V).")
    assert m is not None
    assert (m["h"], m["place"]) == ("9", None)
    # a reason after the hour is no one who opened the meeting
    assert _START_LINE.match("Mødet blev åbnet kl. 9.00 af hensyn til bussen.") is None


def test_the_place_stops_before_the_end_of_the_meeting() -> None:
    assert _place_text("Mødelokale 1, Varde Rådhus, og sluttede kl. 10.15.") == (
        "Mødelokale 1, Varde Rådhus"
    )
    # "og" inside the place's own name stays
    assert _place_text("Kultur- og Fritidshuset, Vestergade 2") == (
        "Kultur- og Fritidshuset, Vestergade 2"
    )


def test_the_fixtures_header_facts() -> None:
    for name, start, place in (
        (
            "running-byraad-moedet-aabnet-af-borgmesteren.txt",
            "17:00",
            "Byrådssalen, Haderslev Rådhus",
        ),
        ("generic-moedet-startede-sted-og-sluttede.txt", "08:00", "Mødelokale 1, Varde Rådhus"),
    ):
        meeting = _tables(name)["meetings"]
        assert meeting.start_time.iloc[0] == start
        assert meeting.location.iloc[0] == place


def test_closed_items_with_only_their_titles_end_the_run() -> None:
    name = "running-byraad-lukkede-punkter-kun-titel-til-sidst.txt"
    items = _tables(name)["items"]
    assert items.number.tolist() == [301, 302, 308, 303, 304, 305, 306, 307, 309, 310]
    assert items.title.tolist()[-3:] == [
        "Eventuelt",
        "Lukket dagsorden: Køb af jord ved Kliplev",
        "Personalesag",
    ]
    assert fixture_decisions(name)[-3:] == [None, None, None]


def test_a_closed_title_is_evidence_of_its_heading() -> None:
    text = (
        "Referat\n\n12. Budget\nSagsnr.: 26/1\n\nBeslutning\nGodkendt.\n\n"
        "14. Lukket dagsorden: Køb af jord\n\nTekst.\n\n16. Lukket sag – Klage\n"
    )
    heads = {h.number: h for h in candidates(to_lines(text), set())}
    assert heads[14].evidence == 1 and heads[16].evidence == 1
    # a numbered line that merely starts with the word is no such heading
    plain = {h.number: h for h in candidates(to_lines("Referat\n\n7. Lukket i juli\n"), set())}
    assert all(h.evidence == 0 for h in plain.values())


def test_a_sentence_right_under_a_closed_mark_is_its_note() -> None:
    name = "generic-punkt-to-mellemrum-droeftelse-lukket-note.txt"
    tables = _tables(name)
    assert tables["items"].title.tolist() == [
        "Godkendelse af dagsorden",
        "Tilgængelighed på stranden ved Ebeltoft",
        "Høring om kvalitetsstandard for ledsagelse",
        "Lukket punkt",
        "Eventuelt",
    ]
    assert tables["meetings"].document_type.iloc[0] == "referat"
    assert fixture_decisions(name)[:3] == [
        "Dagsordenen er godkendt.",
        "Rådet besluttede at skrive til Natur og Miljø om en måtte ned til vandet.",
        "Høringssvaret sendes til Social- og Sundhedsudvalget inden 1. marts.",
    ]


def test_a_title_right_under_a_closed_mark_stays_the_title() -> None:
    text = (
        "Referat\n\nPunkt 3  Lukket punkt\nSalg af grund i Tirstrup\n"
        "Beslutning: Godkendt.\n\nPunkt 4  Eventuelt\nIntet.\n"
    )
    heads = {h.number: h for h in candidates(to_lines(text), set())}
    assert heads[3].title == "Salg af grund i Tirstrup"
