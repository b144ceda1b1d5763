"""Decision types and outcome lines taught in round 18 (fix50): a note taker's quick
outcomes ("Gennemgået - ingen bem.", "Tages op igen i maj") and a closed item minuted
apart ("Fremgår af særskilt referat.") (pure)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts.outcome import outcome_line
from analysis.layouts.outcome_list import dashed_outcomes
from analysis.parse import Line


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


@pytest.mark.parametrize(
    "text",
    ["Gennemgået - ingen bem.", "Gennemgået – ingen bemærkninger.", "Gennemgået, intet at bemærke"],
)
def test_seen_through_without_remarks_is_noted(text: str) -> None:
    assert _types(text) == ["noted"]


def test_seen_through_alone_stays_a_discussion() -> None:
    assert _types("Gennemgået.") == ["discussed"]


@pytest.mark.parametrize(
    "text",
    [
        "Fremgår af særskilt referat.",
        "Beslutningen fremgår af et separat referat.",
        "Se lukket referat.",
        "Se det lukkede referat.",
    ],
)
def test_minuted_apart_is_none(text: str) -> None:
    assert _types(text) == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "OK",
        "Drøftet - DIR følger op med fagcheferne",
        "Godkendt m. bem. (KBH retter afsnit 3)",
        "Gennemgået - ingen bem.",
        "Tages op igen i maj",
        "Punktet tages op igen på næste møde.",
    ],
)
def test_quick_outcomes_are_outcome_lines(text: str) -> None:
    assert outcome_line(text)


@pytest.mark.parametrize(
    "text",
    ["Ok, vi mangler stadig tallene fra HR", "Okonomien er presset", "Godkendelse af dagsorden"],
)
def test_prose_is_no_outcome_line(text: str) -> None:
    assert not outcome_line(text)


@pytest.mark.parametrize("text", ["Ingen bem.", "Intet"])
def test_nothing_noted_shortened_is_none(text: str) -> None:
    assert outcome_line(text)
    assert _types(text) == ["none"]


def _lines(text: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(text.split("\n"))]


def test_outcome_list_keeps_a_line_without_outcome_as_an_item() -> None:
    text = (
        "1. Referat fra sidst - OK\n2. Budget - Drøftet - AB følger op\n"
        "3. Sygefravær - Gennemgået - ingen bem.\n4. Mødeplan for foråret\n5. Evt. - Udskudt"
    )
    out = [ln.clean for ln in dashed_outcomes(_lines(text))]
    assert out == [
        "1. Referat fra sidst",
        "Beslutning: OK",
        "2. Budget",
        "Beslutning: Drøftet - AB følger op",
        "3. Sygefravær",
        "Beslutning: Gennemgået - ingen bem.",
        "4. Mødeplan for foråret",
        "5. Evt.",
        "Beslutning: Udskudt",
    ]


def test_a_contents_list_with_few_outcomes_is_no_outcome_list() -> None:
    text = "1. Budget - Godkendt\n2. Skoler\n3. Veje\n4. Havn - Udsat\n5. Evt. - Intet\n6. Kultur"
    lines = _lines(text)
    assert dashed_outcomes(lines) == lines
