"""Twenty-first round (layouts80): a decided move of a project's date is no postponement
of the item; a closed item 'er behandlet for lukkede døre' says nothing decided."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Direktionen") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Besluttet at beholde leverandøren og udskyde udrulningen til august.", "decided"),
        ("Det blev besluttet at udsætte byggestarten til foråret.", "decided"),
        # the item itself put off stays postponed
        ("Besluttet at udsætte sagen til næste møde.", "postponed"),
        ("Besluttet at udskyde behandlingen, til økonomien er kendt.", "postponed"),
        ("Sagen udsættes.", "postponed"),
    ],
)
def test_a_decided_move_of_a_date_is_decided_not_postponed(text: str, want: str) -> None:
    assert _primary(text) == want


@pytest.mark.parametrize(
    "text",
    ["Sagen er behandlet for lukkede døre.", "Punktet blev behandlet bag lukkede døre."],
)
def test_a_closed_item_handled_behind_closed_doors_decides_nothing(text: str) -> None:
    assert _primary(text) == "none"
