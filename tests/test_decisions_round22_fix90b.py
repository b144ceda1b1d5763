"""Twenty-second round, short round on leftovers (fix90b): decision types of volunteers'
and councils' own wording."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def test_the_act_agreed_on_is_the_decision() -> None:
    assert _primary("Vi blev enige om at godkende budgettet for næste år.") == "approved"
    assert _primary("Bestyrelsen var enige om at afvise ansøgningen.") == "rejected"
    # an act without a type of its own stays decided
    assert _primary("Vi blev enige om at holde sommerfest i juni.") == "decided"


def test_a_decision_in_the_infinitive_form() -> None:
    assert _primary("At anbefale over for Byrådet, at der bygges en ny hal.") == "recommended"
    assert _primary("At godkende regnskabet.") == "approved"
    # an infinitive inside a sentence is no decision form
    assert _primary("Formanden foreslog at godkende regnskabet.") == "other"


def test_the_municipality_proposing_is_not_the_forum_rejecting() -> None:
    text = "Kommunen indstiller ikke til flere p-pladser i år. Rådet tog det til efterretning."
    assert _primary(text) == "noted"
    assert _primary("Rådet indstiller ikke forslaget.") == "rejected"


def test_a_recommendation_in_a_relative_clause_is_what_a_document_says() -> None:
    text = "Vi blev enige om at sende et brev, der anbefaler en ny busrute. Ole skriver det."
    assert _primary(text) == "decided"
    assert _primary("Rådet anbefaler en ny busrute.") == "recommended"
