"""The shared Danish pipeline: lemmas are lower-case and ignore sentence-initial capitals."""

from __future__ import annotations

import pytest

from analysis.nlp import danish_nlp, lemmas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Godkendt", ["godkende"]),
        ("godkendte", ["godkende"]),
        ("Orienteringen blev taget", ["orientering", "blive", "tag"]),
        ("BUDGETTET", ["budget"]),
        ("", []),
    ],
)
def test_lemmas(text: str, expected: list[str]) -> None:
    assert lemmas(text) == expected


def test_same_word_same_lemma_in_every_doc() -> None:
    nlp = danish_nlp()
    first = [t.lemma_ for t in nlp("Sagen udskydes. Sagen udskydes.")]
    again = [t.lemma_ for t in nlp("sagen UDSKYDES")]
    assert first[:2] == again == ["sag", "udskyde"]
