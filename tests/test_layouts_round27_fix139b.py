"""Twenty-seventh round, second pass on layouts139 (minutes written carelessly): an
approval given with a change ("Godkendt med den ændring at … udskydes") is an approval,
not a postponement. The numbering families (a number printed twice over two case numbers,
a title in small letters after a list numbered from 1) are held by the fixture
``generic-sjusket-gentaget-nummer-sagsnr.txt``."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


@pytest.mark.parametrize(
    "text",
    [
        "Godkendt med den ændring at åbningen af den nye hal udskydes til 1/3-2025.",
        "Godkendt, med den ændring, at renoveringen af Bording Hallen udsættes et år.",
        "Godkendt med de ændringer at tidsplanen udskydes og budgettet justeres.",
    ],
)
def test_approval_with_a_change_is_approved(text: str) -> None:
    assert [t for t, _ in classify_decision(text)] == ["approved"]


def test_postponement_outside_the_change_still_counts() -> None:
    types = [
        t
        for t, _ in classify_decision("Sagen udsættes. Godkendt med den ændring at mødet flyttes.")
    ]
    assert "postponed" in types
