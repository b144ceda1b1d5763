"""Twenty-third round (layouts98): informal boards' and councils' outcomes in prose."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import outcome_line


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the point's kind, a dash, then the outcome
        ("Orientering – taget til efterretning.", "noted"),
        ("Drøftelse - godkendt.", "approved"),
        # approved with a small correction
        ("Vedtægten blev godkendt med en lille rettelse i § 3.", "approved"),
        # approved and sent on to the body that decides next
        ("Planen blev godkendt og sendes til Økonomiudvalget.", "approved"),
        # a note taker's one word for the point heard, alone on its line
        ("Orientering.", "noted"),
        # no agreement: the item comes back later
        ("Vi blev ikke enige og tager den op igen i juni.", "postponed"),
        ("Rådet kunne ikke blive enige og tager punktet op igen i august.", "postponed"),
    ],
)
def test_prose_outcomes(line: str, kind: str) -> None:
    assert outcome_line(line)
    assert _primary(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        # background, no outcome
        "Orientering om den nye legeplads.",
        "Vi blev enige om at mødes igen.",  # (an agreement: read elsewhere, not postponed)
    ],
)
def test_not_postponed(line: str) -> None:
    assert _primary(line) != "postponed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a note taker's one word for the point heard
        ("Orientering.", "noted"),
        ("orientering", "noted"),
        # nothing decided
        ("intet besluttet", "none"),
        # sent on to the unit's leader (in small letters)
        ("sendes videre til skolelederen (Ida tager det med)", "referred"),
        ("Ønsket sendes videre til centerlederen.", "referred"),
    ],
)
def test_terse_decisions(text: str, kind: str) -> None:
    assert _primary(text) == kind
