"""Thirtieth round, layouts164 (minutes published from a template with its bones showing):
a prize or pool given in the present passive as the outcome ("Kulturprisen tildeles …");
what a past presentation tells in its that-clause is no act of the forum ("Formanden
orienterede om, at Kulturnatten aflyses"); a template's unfilled case field under an
unnumbered title ("Sagsnr.: xx/xxxx", "J.nr.:"); a template's status marks ("UDKAST ·
UDKAST", "Foreløbigt referat – ikke godkendt") and its guidance left in brackets ("<Slet
denne tekst: …>") as furniture."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.text import furniture, is_furniture
from analysis.layouts.titled_paragraphs import unfilled_case
from analysis.parse import to_lines


def _primary(text: str) -> str:
    return primary_decision_type([t for t, _ in classify_decision(text)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kulturprisen 2024 tildeles Gørlev Spillemandslaug.", "decided"),
        ("Årets idrætspris tildeles svømmeklubben Delfinen.", "decided"),
        ("Puljen fordeles som indstillet.", "approved"),
        # told in a that-clause, or a plan: no award
        ("Det blev oplyst, at midlerne fordeles efter antal elever.", "other"),
        ("Prisen tildeles på næste møde.", "other"),
    ],
)
def test_prize_given_in_the_present_passive(text: str, expected: str) -> None:
    assert _primary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Formanden orienterede om, at sommerfesten på Havnen aflyses grundet vejret.", "noted"),
        ("Direktøren informerede om, at byggeriet udsættes til efteråret.", "noted"),
        ("Borgmesteren orienterede om at dialogmødet med erhvervslivet udsættes.", "noted"),
        # the forum's own acts stay theirs
        ("Mødet i juni aflyses.", "decided"),
        ("Sagen udsættes til næste møde.", "postponed"),
        ("Formanden orienterede. Sagen udsættes til næste møde.", "postponed"),
        ("Det blev besluttet, at mødet aflyses.", "decided"),
    ],
)
def test_what_a_presentation_tells_is_no_act(text: str, expected: str) -> None:
    assert _primary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sagsnr.:", True),
        ("Sagsnr.: xx/xxxx", True),
        ("Sag: XX-XXXX", True),
        ("J.nr.: [Indsæt journalnummer]", True),
        ("Sagsnr.: <<sagsnr>>", True),
        ("Sagsnr.: {{sagsnummer}}", True),
        ("Sagsnr.: 25/1187", False),
        ("Sagsnr.: Lukket sag", False),
        ("Indstilling: Skriv her", False),
    ],
)
def test_unfilled_case_field(text: str, expected: bool) -> None:
    assert unfilled_case(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KLADDE", True),
        ("UDKAST · UDKAST · UDKAST", True),
        ("Kladde – kladde", True),
        ("Foreløbigt referat – ikke godkendt", True),
        ("FORELØBIGT REFERAT", True),
        ("Endelig version", True),
        ("Internt arbejdsdokument", True),
        ("<Slet denne tekst: Husk at lægge referatet på intranettet inden fredag>", True),
        ("[Skriv her, hvad sagen handler om]", True),
        ("{{Indsæt mødested}}", True),
        # the meeting's own words stay
        ("Udkast til høringssvar", False),
        ("Referat – Foreløbigt referat – ikke godkendt", False),
        ("[Bilag 2: Kort over området]", False),
        ("Endelig vedtagelse af lokalplan 88", False),
    ],
)
def test_status_marks_and_guidance_are_furniture(text: str, expected: bool) -> None:
    assert is_furniture(text) is expected


def test_status_mark_placed_as_furniture() -> None:
    lines = to_lines("UDKAST · UDKAST\n\nReferat\n\n<Slet denne tekst: husk bilag>\n")
    assert furniture(lines) == {0, 4}
