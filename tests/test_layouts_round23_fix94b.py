"""Twenty-third round, short round on minutes that arrived as e-mail (layouts94): small
rules. Every text here is invented."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import outcome_line


def _type(text: str, forum: str = "Rådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_no_time_for_the_item_is_its_outcome_line() -> None:
    """ "Vi nåede det ikke. Udsat til …" closing an item's notes is its outcome (postponed)."""
    for text in (
        "Vi nåede det ikke. Udsat til maj.",
        "Punktet blev ikke nået.",
        "Rådet nåede ikke punktet.",
    ):
        assert outcome_line(text), text
        assert _type(text) == "postponed", text
    assert not outcome_line("Vi nåede at se den nye hal.")


def test_a_members_follow_up_sent_on_is_no_referral() -> None:
    """ "Drøftet. <name> samler input og sender til <udvalg>": a person's task after the
    discussion, not the forum sending the case on; the forum doing so still is."""
    text = "Drøftet. Karen samler input og sender til Kultur- og Fritidsudvalget."
    assert _type(text) == "discussed"
    assert _type("Udvalget drøfter sagen og sender til Byrådet.") == "referred"
