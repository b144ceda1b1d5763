"""Nineteenth round (layouts61): a member's question answered at the meeting decides nothing."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


@pytest.mark.parametrize(
    "text",
    [
        "Besvaret.",
        "Besvaret af borgmesteren.",
        "Spørgsmålet blev besvaret af udvalgsformanden.",
        "Spørgsmålene er besvaret",
    ],
)
def test_an_answered_question_alone_is_no_decision(text: str) -> None:
    assert [t for t, _ in classify_decision(text)] == ["none"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # an answer, then what the body did: the decision is the rest
        (
            "Besvaret af borgmesteren. Udvalget besluttede at sende sagen videre.",
            ["decided", "referred"],
        ),
        # a letter to be answered later is no answer given at the meeting
        ("Henvendelsen besvares af forvaltningen.", ["other"]),
    ],
)
def test_more_than_an_answer_keeps_its_types(text: str, types: list[str]) -> None:
    assert [t for t, _ in classify_decision(text)] == types
