"""Decision types taught in round 17 (fix44): a refused permit, a grant in the present
passive, a condition of two joined clauses, a council's procedural motion (pure)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


def _types(text: str, forum: str | None = None) -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


@pytest.mark.parametrize(
    "text",
    [
        "Landzonetilladelse meddeles ikke.",
        "Der gives ikke dispensation.",
        "Tilladelsen kan ikke meddeles, da vejen er for smal.",
    ],
)
def test_a_refused_permit_is_rejected(text: str) -> None:
    assert _types(text) == ["rejected"]


@pytest.mark.parametrize("text", ["Dispensation.", "Dispensation meddeles."])
def test_a_permit_without_its_negation_is_no_refusal(text: str) -> None:
    assert "rejected" not in _types(text)


def test_a_grant_in_the_present_passive_is_decided() -> None:
    assert _types("Der bevilges 40.000 kr. til lejrturen.", "Kulturudvalget") == ["decided"]


def test_the_second_of_two_joined_conditions_is_no_approval() -> None:
    text = (
        "Der bevilges 60.000 kr.\n\n"
        "Beløbet frigives, når byggeriet er færdigt og regnskabet er godkendt."
    )
    assert _types(text, "Kulturudvalget") == ["decided"]


def test_an_approval_joined_to_a_main_clause_still_counts() -> None:
    assert _types("Udvalget drøftede sagen og godkendte planen.") == ["discussed", "approved"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forslaget om tilbagesendelse blev vedtaget med 15 stemmer mod 12.", "referred"),
        ("Forslaget om udsættelse blev vedtaget.", "postponed"),
    ],
)
def test_a_carried_procedural_motion_is_its_outcome(text: str, expected: str) -> None:
    assert _types(text, "Byrådet") == [expected]
