"""Layouts taught in the twentieth round by fix65 (invented text)."""

from __future__ import annotations

from analysis.parse import match_case_number


def test_case_system_name_labels_a_case_number() -> None:
    assert match_case_number("ESDH 25-004411") == "25-004411"
    assert match_case_number("SBSYS: 24/1187") == "24/1187"
    assert match_case_number("Acadre 82.06.00-G01-4-24") == "82.06.00-G01-4-24"


def test_case_system_name_before_a_sentence_is_no_case() -> None:
    assert match_case_number("ESDH 2025 blev indført") is None
    assert match_case_number("ESDH 25-004411 er lukket") is None
