"""Decision types taught in the twenty-second round (layouts88)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision


def _types(text: str, forum: str = "Teknisk Udvalg") -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


def test_proposal_put_to_public_consultation_is_decided() -> None:
    """ "Forslaget blev sendt i offentlig høring.": the forum put the proposal out for
    consultation (a public hearing in any form, or the sending told in the past)."""
    assert _types("Planforslaget blev sendt i offentlig høring.") == ["decided"]
    assert _types("Tillægget sendes i offentlig høring i seks uger.") == ["decided"]
    assert _types("Udvalget sendte regulativet i høring.") == ["decided"]
    assert _types("Strategien blev sendt til høring.") == ["decided"]


def test_consultation_not_decided_here_keeps_its_type() -> None:
    """What the text says more wins: as recommended, a vote, a discussion; a condition or
    a proposal's clause decides nothing; a unit's own sending is its next step."""
    assert _types("Tillægget sendes i offentlig høring som indstillet.") == ["approved"]
    assert _types("For stemte 6: A og F. Imod stemte 1: V. Tillægget sendes i høring.") == [
        "approved"
    ]
    assert _types("Drøftet. Forvaltningen sender udkastet i høring.") == ["discussed"]
    assert _types("Hvis planen godkendes, sendes den i offentlig høring.") == ["other"]
    assert _types("Forvaltningen indstiller, at planen sendes i offentlig høring.") == ["other"]
    assert _types("Forvaltningen sender udkastet i høring.") == ["other"]
