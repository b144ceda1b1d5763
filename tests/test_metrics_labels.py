"""analysis.metrics.labels: Danish labels, word lists and order, decision groups."""

from __future__ import annotations

from analysis import metrics


def test_deciding_is_defined_once():
    from analysis.report import figures

    assert figures.DECIDING_TYPES is metrics.DECIDING_TYPES
    assert figures.TALKING_TYPES is metrics.TALKING_TYPES
    assert set(metrics.DECIDING_TYPES) == {
        "approved",
        "decided",
        "rejected",
        "recommended",
        "referred",
    }


def test_danish_words_and_order():
    assert metrics.join_da(["Chefforum"]) == "Chefforum"
    assert metrics.join_da(["A", "B", "C"]) == "A, B og C"
    assert metrics.join_da([]) == ""
    words = ["Åby", "Ølstykke", "Zealand", "Ærø", "Albertslund"]
    assert sorted(words, key=metrics.danish_sort_key) == [
        "Albertslund",
        "Zealand",
        "Ærø",
        "Ølstykke",
        "Åby",
    ]
