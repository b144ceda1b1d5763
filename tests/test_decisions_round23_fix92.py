"""Twenty-third round, decision-only minutes and action lists (layouts92): decision types.
Every text here is invented."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _type(text: str, forum: str = "Udvalget") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_tasks_agreed_on_a_noted_orientation_stay_noted() -> None:
    """ "Taget til efterretning … følgende blev aftalt:" over a list of tasks: the tasks are
    follow-ups, the orientation noted (as "Drøftet. Det blev aftalt, at der udarbejdes …"
    stays discussed)."""
    text = (
        "Orienteringen blev taget til efterretning. Medarbejdersiden spurgte til\n"
        "tidsplanen, og følgende blev aftalt:\n"
        "  1) Ledelsen udsender en tidsplan\n"
        "  2) Der holdes et informationsmøde i maj"
    )
    assert _type(text, "LokalMED") == "noted"
    # an agreement that is the choice itself stays decided
    assert _type("Taget til efterretning. Det blev aftalt at vælge model B.") == "decided"


def test_recommendation_not_followed_for_the_forums_own_decision() -> None:
    """ "Indstillingen blev ikke fulgt. Udvalget besluttede …": the forum's decision is the
    outcome, as "fulgte ikke indstillingen, men besluttede …" reads; alone it is refused."""
    text = (
        "Forvaltningens indstilling blev ikke fulgt. Udvalget besluttede at give "
        "dispensation på vilkår om afskærmning."
    )
    assert _type(text, "Teknik- og Miljøudvalget") == "decided"
    assert _type("Indstillingen blev ikke fulgt.") == "rejected"


def test_approval_over_a_list_of_changes() -> None:
    """ "Godkendt med følgende ændringer:" over the changes is the approval, no empty field."""
    text = "Godkendt med følgende ændringer:\n\n• Spejderne: 12.000 kr.\n\n• Koret: 4.000 kr."
    assert _type(text) == "approved"
    assert _type("Intet.\nOpfølgning: –") == "none"  # an empty field row still is none
