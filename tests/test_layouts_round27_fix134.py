"""Round 27 (fix134, budget meetings' minutes): the small rules taught with the set."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts.framed import unspaced
from analysis.layouts.header import _place_text
from analysis.layouts.headings import _case_of
from analysis.parse import match_case_number


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


def test_attributive_participle_is_no_decision() -> None:
    # "en prioriteret liste": the participle describes the list the administration makes
    assert _types("Drøftet. Administrationen laver en prioriteret oversigt til næste møde.") == [
        "discussed"
    ]
    assert _types("Udvalget prioriterede fire af projekterne.") == ["decided"]


@pytest.mark.parametrize(
    "text",
    [
        "Forslagsstilleren trak forslaget tilbage. Intet at beslutte.",
        "Konservative har trukket ændringsforslaget tilbage.",
        "Intet at beslutte.",
    ],
)
def test_withdrawn_proposal_is_none(text: str) -> None:
    assert _types(text) == ["none"]


def test_sent_back_stays_referred() -> None:
    assert _types("Udvalget sendte sagen tilbage til forvaltningen.") == ["referred"]


def test_case_in_square_brackets() -> None:
    assert match_case_number("[Sag 19/4410]") == "19/4410"
    assert match_case_number("[Sagsnr.: 19/4410]") == "19/4410"
    assert match_case_number("[") is None


def test_document_id_beside_case_number_on_barred_line() -> None:
    assert _case_of("Akt-id: 2022-301122 | Sagsnr.: 2022-000415") == "2022-000415"
    assert _case_of("Åben sag | Sagsnr.: 14/8120 | Sagsansvarlig: AB") == "14/8120"


def test_letter_spaced_title_closed_up() -> None:
    assert unspaced("  Ø K O N O M I U D V A L G E T\nx") == "ØKONOMIUDVALGET\nx"
    assert unspaced("T E K N I K  O G  M I L J Ø") == "TEKNIK OG MILJØ"
    assert unspaced("A B C") == "A B C"  # too short: no title


def test_place_line_opening_with_preposition() -> None:
    assert _place_text("i rådssalen, Hørsholm Rådhus") == "rådssalen, Hørsholm Rådhus"
