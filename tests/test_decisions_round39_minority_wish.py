"""A postponement a member or minority wished for under the outcome is theirs, not the
forum's ("Godkendt. 2 stemte imod, idet de ønsker projektet udskudt."); the forum's own
wish ("Udvalget ønsker sagen udsat") still puts the item off."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Godkendt med 15 stemmer for.\n3 stemte imod (Ida Lund og Per Bak, Lokallisten), "
            "idet de\nønsker renoveringen udskudt til 2026.",
            "approved",
        ),
        ("Anbefales. Et mindretal (Ø) ønskede sagen udsat.", "recommended"),
        ("Udvalget ønsker sagen udsat til næste møde.", "postponed"),
        ("Byrådet ønskede punktet udskudt til efter budgetforhandlingerne.", "postponed"),
        ("Sagen blev udsat.", "postponed"),
    ],
)
def test_wished_postponement(text: str, kind: str) -> None:
    assert _type(text) == kind
