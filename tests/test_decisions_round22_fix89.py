"""Decision types taught in the twenty-second round (layouts89)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, orientation_noted


def _types(text: str, forum: str = "Ældrerådet") -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


def test_decision_left_to_a_meeting_in_a_named_month_is_no_decision() -> None:
    """ "Afgøres på mødet i september": a later meeting decides; a date a decision takes
    effect from ("med virkning fra 1. januar") is no such mark."""
    assert _types("Drøftet. Afgøres på mødet i september.") == ["discussed"]
    assert _types("Ordningen godkendes med virkning fra 1. januar 2026.") == ["approved"]
    assert _types("Indstillingen godkendes.") == ["approved"]


def test_unrecognised_text_under_any_other_business_decides_nothing() -> None:
    """Under "Eventuelt" a topic raised ("Ungdomsskolens sommerprogram.") is ``none``;
    elsewhere it stays ``other``, and a recognised type is kept."""
    assert orientation_noted(["other"], set(), "Evt. og punkter til næste møde") == ["none"]
    assert orientation_noted(["other"], set(), "Eventuelt") == ["none"]
    assert orientation_noted(["other"], set(), "Budget 2026") == ["other"]
    assert orientation_noted(["decided"], set(), "Eventuelt") == ["decided"]
