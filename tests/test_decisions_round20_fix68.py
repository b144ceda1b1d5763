"""Twentieth round (fix68): an item moved in the agenda's order decides nothing there."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision


def test_an_item_moved_in_the_order_is_no_decision() -> None:
    assert classify_decision("Punktet behandles efter § 7.")[0][0] == "none"
    assert classify_decision("Punktet behandles efter sag nr. 9.")[0][0] == "none"
    # moved, then decided: the decision counts
    moved = "Punktet behandles efter pkt. 7.\n(Behandlet efter pkt. 7) Godkendt."
    assert "approved" in [kind for kind, _ in classify_decision(moved)]


def test_sent_on_in_the_past_tense_is_a_referral() -> None:
    assert classify_decision("Regnskabet blev oversendt til revisionen.")[0][0] == "referred"
    # material sent to the meeting's own people is no referral
    assert classify_decision("Præsentationen blev oversendt til deltagerne.")[0][0] != "referred"
