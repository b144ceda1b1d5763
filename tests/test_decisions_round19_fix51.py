"""Nineteenth round (fix51): decision types in internal forums' minutes."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text, "Ledergruppen")]


@pytest.mark.parametrize(
    "text",
    [
        "Behandlet. Fremgår af lukket referat.",
        "Behandlet – se særskilt notat.",
        "Se separat notat.",
    ],
)
def test_closed_item_handled_and_minuted_elsewhere_decides_nothing(text: str) -> None:
    assert _types(text) == ["none"]


def test_handled_then_what_was_decided_is_not_nothing() -> None:
    assert _types("Behandlet. Ledergruppen godkendte planen.") != ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "Brevet oversendes til Center for Sundhed, som svarer borgeren.",
        "Sagen sendes videre til afdelingen for Vej og Park.",
    ],
)
def test_sent_on_to_a_department_by_its_name_is_referred(text: str) -> None:
    assert _types(text)[0] == "referred"


def test_material_sent_to_people_is_no_referral() -> None:
    assert "referred" not in _types("Præsentationen oversendes til deltagerne.")
