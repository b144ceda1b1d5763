"""Twenty-sixth round (layouts125: minutes of bodies that grant money, pools and their
applications): a request met in part is decided, as a grant is; a pool's grant on the
outcome's first line (also "Bevilget kr. 60.000", the currency before the amount, after
an applicant's name) decides the applications though one is refused after it; a grant or
a request met in part with its amount is an outcome line; a KLE subject code beside an
item's case number is no case; "Møde kl. … i <place>" under a dated header is the hour and
the place; a building and its room by the room's word alone is a place."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _room
from analysis.layouts.outcome import outcome_line
from analysis.parse import match_case_number


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a request met in part: the forum's own measure of it, decided as a grant is
        ("Ansøgningen imødekommes delvist.", "decided"),
        ("Ansøgningen blev delvis imødekommet med 5.000 kr.", "decided"),
        ("Imødekommet delvist med 7.500 kr. til lejeudgifter.", "decided"),
        (
            "Imødekommet delvist med 7.500 kr. til lejeudgifter.\nResten af ansøgningen afvist.",
            "decided",
        ),
        (
            "Bevilget som indstillet, dog således at Hadsten Skakklub imødekommes delvist "
            "med 4.000 kr.",
            "decided",
        ),
        # (met whole it approves, refused it is rejected, as before)
        ("Ansøgningen imødekommes.", "approved"),
        ("Ansøgningen blev ikke imødekommet.", "rejected"),
        ("Ansøgningen afvist.", "rejected"),
    ],
)
def test_round26_fix125_met_in_part(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the pool's grant on the outcome's first line, one applicant refused on a later one
        (
            "Bevilget kr. 118.000 som anført i oversigten.\n"
            "Hinnerup Bådelaug: Ansøgningen afvist, da projektet ligger uden for puljens formål.",
            "decided",
        ),
        # a numbered list of applicants, each line with its own outcome
        (
            "1. Hadsten Spejderne - sommerlejr. Bevilget kr. 12.000\n"
            "2. Søften Koret - jubilæumskoncert. Bevilget kr. 8.000\n"
            "3. Ulstrup Skytteforening - ansøgningen afvist, da der er tale om drift",
            "decided",
        ),
        # (the list with no refusal: each line's grant opening its sentence is decided)
        (
            "1. Hadsten Spejderne - sommerlejr. Bevilget kr. 12.000\n"
            "2. Søften Koret - jubilæumskoncert. Bevilget kr. 8.000",
            "decided",
        ),
        ("Hinnerup Bådelaug: Bevilget 6.000 kr.", "decided"),
        # (the participle before a noun is no grant of this meeting)
        ("Det blev oplyst. Bevilget beløb i 2023 var 40.000 kr.", "other"),
        # (no grant before it: the refusal stands)
        ("Hinnerup Bådelaug: Ansøgningen afvist.\nBevilget kr. 10.000 til de øvrige.", "rejected"),
        ("Ansøgningen afvist. Der henvises til Kulturpuljen.", "rejected"),
    ],
)
def test_round26_fix125_pool_granted_one_refused(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Imødekommet delvist med 7.500 kr. til lejeudgifter.", True),
        ("Bevilget 20.000 kr.", True),
        ("Bevilget kr. 20.000", True),
        ("Imødekommet.", True),
        ("Bevilget ramme: 2,1 mio. kr.", False),
        ("Bevilgede midler fra sidste år er brugt.", False),
    ],
)
def test_round26_fix125_grant_is_an_outcome_line(line: str, outcome: bool) -> None:
    assert outcome_line(line) is outcome


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sag: 24/10211 · KLE 00.01.10", "24/10211"),
        ("Sagsnr.: 23/8812 | KLE 18.15", "23/8812"),
        ("Sag: 24/10211", "24/10211"),
        # (the KLE code alone is no case)
        ("KLE 00.01.10", None),
    ],
)
def test_round26_fix125_kle_subject_beside_case(line: str, case: str | None) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    ("line", "room"),
    [
        ("Thyborøn Kulturhus, mødelokalet", True),
        ("Ry Hallen, salen", True),
        ("Thyborøn Kulturhus, Lemvig", True),  # (a building and its town, as before)
        ("Anne Dam, formand", False),
        ("Deltagere: Anne Dam, Knud Rye", False),
    ],
)
def test_round26_fix125_building_and_room_word(line: str, room: bool) -> None:
    assert _room(line) is room
