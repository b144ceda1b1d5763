"""Decision types taught in round 18 (residual misses of earlier sets): a closed item's
decision kept in a confidential appendix, a case sent on to the chair and vice-chair
(pure)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Bestyrelsens beslutning fremgår af fortroligt bilag.",
        "Beslutningen fremgår af et fortroligt bilag.",
        "Udvalgets beslutning fremgår af lukket protokol.",
    ],
)
def test_a_decision_in_a_confidential_appendix_says_nothing_here(text: str) -> None:
    assert _types(text) == ["none"]


def test_an_appendix_that_is_not_confidential_is_no_closed_item() -> None:
    # the decision is written here; the appendix only holds its details
    assert _types("Godkendt. Beslutningen fremgår af bilag 3.") != ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "Sendes videre til formandskabet, som indhenter tilbud.",
        "Sagen oversendes til formandskabet.",
    ],
)
def test_a_case_sent_on_to_the_chairmanship_is_referred(text: str) -> None:
    assert _types(text)[0] == "referred"


def test_the_chairmanship_deciding_is_no_referral() -> None:
    assert _types("Formandskabet godkendte programmet.") == ["approved"]
