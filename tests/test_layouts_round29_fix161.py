"""Twenty-ninth round (layouts161): public versions of minutes, their case numbers partly
masked and their closed items' decisions kept in the closed protocol."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import outcome_line
from analysis.parse import match_case_number, strip_markdown


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sagsnr.: 23/****", "23/****"),
        ("J.nr. 09.02.00-P19-***-21", "09.02.00-P19-***-21"),
        ("Sag: 19/[UDELADT]", "19/[UDELADT]"),
        ("Sagsnr. 20/[skjult]", "20/[skjult]"),
        ("Sagsnummer: 2022-00████", "2022-00████"),
        ("KLE: 09.02.00-P19-**-21", "09.02.00-P19-**-21"),
        ("Journalnummer: 28.*****", "28.*****"),
        ("Akt-id: ******   Sags-id: 19/******", "19/******"),
        ("Sagsnr.: 23/1187", "23/1187"),
    ],
)
def test_masked_case_number_read_with_its_masks(line: str, case: str) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize("line", ["Sagsnr.: [UDELADT]", "Sagsnr.: ██████", "**Godkendelse**"])
def test_no_digit_shown_is_no_case(line: str) -> None:
    assert match_case_number(line) is None


@pytest.mark.parametrize(
    "text",
    [
        "Fremgår af den lukkede protokol.",
        "Fremgår af lukket protokol.",
        "Afgørelsen fremgår af den lukkede protokol.",
        "Beslutningen fremgår af det lukkede referat.",
    ],
)
def test_closed_protocol_decision_says_nothing(text: str) -> None:
    assert primary_decision_type(t for t, _ in classify_decision(text)) == "none"


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("Klage over kørsel - Elev *****", "Klage over kørsel - Elev *****"),
        ("Sags-id: 19/******", "Sags-id: 19/******"),
        ("**Klage - Borger ***, Vestby**", "Klage - Borger ***, Vestby"),
        ("***fed og kursiv***", "fed og kursiv"),
    ],
)
def test_masking_stars_are_no_emphasis(line: str, clean: str) -> None:
    assert strip_markdown(line) == clean


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Sagen blev sendt retur til Økonomiudvalget.", "referred"),
        ("Sagen sendes tilbage til Plan- og Teknikudvalget.", "referred"),
        ("Følgende blev valgt:\n- Ulla Brix (A)", "decided"),
    ],
)
def test_sent_back_and_elected_list(text: str, primary: str) -> None:
    assert outcome_line(text.split("\n")[0])
    assert primary_decision_type(t for t, _ in classify_decision(text)) == primary
