"""Twenty-eighth round, adjudicating boards (layouts143): a board's ruling phrases, a
nævn as a body, its remarks apart from its ruling."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.inline_case import leading_case
from analysis.layouts.tab_item_row import case_column_rows
from analysis.parse import BodyRules, _genitive_heading


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum="Ankenævnet"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klagen tages til følge.", "approved"),
        ("Klagen tages til følge. Sagen sendes tilbage til fornyet beregning.", "approved"),
        ("Anken blev taget til følge, og gebyret bortfalder.", "approved"),
        ("Klagen tages ikke til følge.", "rejected"),
        ("Klagen tages delvis til følge, idet gebyret nedsættes.", "decided"),
        ("Sagen hjemvist til forvaltningen til ny afgørelse.", "referred"),
        ("Sagen hjemvises til boligselskabet, da partshøring mangler.", "referred"),
        ("Beboeren gives medhold. Lejen tilbagebetales.", "decided"),
        ("Udlejer får delvist medhold.", "decided"),
        ("Klager får ikke medhold.", "rejected"),
        ("Forlig indgået. Aftalen er tilført protokollen.", "decided"),
        ("Parterne indgik forlig på stedet.", "decided"),
    ],
)
def test_board_ruling_phrases(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Forlig ikke opnået.",
        "Forligsforslaget blev drøftet.",
        "Der er ingen klage at tage til følge.",
    ],
)
def test_not_a_ruling(text: str) -> None:
    assert _type(text) not in ("approved", "decided", "referred")


_RULES = BodyRules(meeting_date=dt.date(2021, 9, 9), forum="Beboerklagenævnet")


def test_board_decision_heading_is_this_meetings() -> None:
    assert _genitive_heading("Nævnets afgørelse", _RULES) == ("beslutning", "Nævnets afgørelse")


def test_board_remarks_are_the_case_text() -> None:
    # "Nævnets bemærkninger" over "Nævnets afgørelse:": the reasons, not the ruling
    assert _genitive_heading("Nævnets bemærkninger", _RULES) is None
    # an advisory council's remarks stay its outcome
    council = BodyRules(meeting_date=dt.date(2021, 9, 9), forum="Ældrerådet")
    assert _genitive_heading("Rådets bemærkninger", council) == (
        "beslutning",
        "Rådets bemærkninger",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beboeren meddeles advarsel for overtrædelse af husordenen.", "decided"),
        ("Udlejer gives påbud om at udbedre taget.", "decided"),
    ],
)
def test_board_sanction_is_its_ruling(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "FN-MJS-031-2018 – Ansøgning om dispensation",
            ("Ansøgning om dispensation", "FN-MJS-031-2018"),
        ),
        ("J.nr. 23/4411 — Klage over støj, Vollsmose", ("Klage over støj, Vollsmose", "23/4411")),
        (
            "HN-2024-0117 - Lejens størrelse, Torvet 3",
            ("Lejens størrelse, Torvet 3", "HN-2024-0117"),
        ),
    ],
)
def test_case_leading_the_title(title: str, expected: tuple[str, str]) -> None:
    assert leading_case(title) == expected


@pytest.mark.parametrize(
    "title", ["45/2024 – Budgetopfølgning", "Budget 2025 – 2. behandling", "Plan – Ny skole"]
)
def test_no_case_leading_the_title(title: str) -> None:
    assert leading_case(title) is None


def test_case_table_rows_as_items() -> None:
    text = (
        "Sagsnr.\tParter / emne\tAfgørelse\tStemmer\n"
        "25/3310\tA mod B – Vestergade 4\tLejer gives medhold.\t3-0\n"
        "25/3342\tB mod A – Kirkestræde 11\tForlig indgået.\t–\n"
    )
    lines = case_column_rows(text).split("\n")
    assert "1. A mod B – Vestergade 4" in lines
    assert "Sagsnr.: 25/3342" in lines
    assert lines[lines.index("2. B mod A – Kirkestræde 11") + 3 :][:2] == [
        "Beslutning:",
        "Forlig indgået.",
    ]
    assert "Stemmer: 3-0" in lines
    one_row = "Sagsnr.\tEmne\tAfgørelse\n25/3310\tA mod B\tGodkendt.\n"
    assert case_column_rows(one_row) == one_row
