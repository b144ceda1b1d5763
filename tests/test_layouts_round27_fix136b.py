"""Twenty-seventh round, second helper on layouts136 (short summaries of meetings for
citizens and staff): a forum's decision told in the perfect ("Direktionen har besluttet, at
…") is an outcome line, and a case field cut off a title takes the spaced dash before it
along ("Title (høring)  -  j.nr. …")."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.inline_case import trailing_case
from analysis.layouts.outcome import outcome_line


@pytest.mark.parametrize(
    "text",
    [
        "Koncernledelsen har besluttet, at alle møder slutter senest kl. 15.30 om fredagen.",
        "Udvalget har godkendt den nye plan for vintertjenesten.",
        "Direktionen har vedtaget en ny rejsepolitik. Den gælder fra 1. marts.",
        "Bestyrelsen har afvist ansøgningen fra roklubben.",
    ],
)
def test_forum_perfect_tense_is_outcome(text: str) -> None:
    assert outcome_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lederne har besluttet, at mødet flyttes.",  # no forum's name as the subject
        "Direktionen har drøftet sagen før.",  # no verb of deciding
    ],
)
def test_other_perfect_sentences_are_not_outcomes(text: str) -> None:
    assert not outcome_line(text)


def test_forum_perfect_tense_is_decided() -> None:
    text = "Koncernledelsen har besluttet, at alle møder slutter senest kl. 15.30."
    kinds = primary_decision_type(t for t, _ in classify_decision(text, "Koncernledelsen"))
    assert kinds == "decided"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Ny hjemmeplejeplan (høring)  -  j.nr. 27.12.00-P22-3-16",
            ("Ny hjemmeplejeplan (høring)", "27.12.00-P22-3-16"),
        ),
        (
            "Budget 2026 – 2. behandling – Sagsnr.: 25/1123",
            ("Budget 2026 – 2. behandling", "25/1123"),
        ),
        ("Ny p-norm   Sagsnr.: 25/1123", ("Ny p-norm", "25/1123")),
    ],
)
def test_trailing_case_takes_its_dash(title: str, expected: tuple[str, str]) -> None:
    assert trailing_case(title) == expected
