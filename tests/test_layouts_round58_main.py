"""Fifty-eighth session, the lead's decision rules from the held-out sets (layouts419-424):
a discussion's follow-up told after "Drøftet." or "drøftede … og" in the present (a person's
task sending "det" on, a working group the forum sets up, a hearing reply still to give, "som
aftalt" referring to an agreement), an award's nominee put up ("indstille X til prisen"), a
permit granted "på de anførte vilkår" and "drøftedes" (the s-passive's past). Read by
``enrich.decisions``: ``_is_referral``, ``_forum_acts_now``, ``_nominates`` and the rule
``prize_nominee``, ``_DISCUSSED_REPLY_LATER``, ``_not_ordered_nor_wished``, ``_PERMIT_LEAD``,
``_verb_form`` ("-edes" past)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's follow-up that sends the gathered input on, by its pronoun
        ("Drøftet. Karin samler udvalgets ønsker og sender det til Skoleafdelingen.", "discussed"),
        ("Drøftet. Ole samler bemærkningerne og sender dem til Vej og Park.", "discussed"),
        # the forum itself sending the case on stays a referral
        ("Udvalget samler forslagene og sender det til Byrådet.", "referred"),
        ("Sagen sendes til Økonomiudvalget.", "referred"),
        # the forum's present act after the bare "Drøftet.": its plan, the discussion the act
        ("Drøftet. Seniorrådet nedsætter en arbejdsgruppe.", "discussed"),
        ("Drøftet. Bestyrelsen udpeger to medlemmer til styregruppen.", "discussed"),
        ("Seniorrådet nedsætter en arbejdsgruppe.", "decided"),
        ("Udvalget er positivt indstillet og nedsætter en arbejdsgruppe.", "decided"),
        # a hearing reply announced in the present after the discussion, no reply given here
        ("Rådet drøftede udkastet og afgiver høringssvar som aftalt på mødet.", "discussed"),
        ("Rådet drøftede udkastet og udarbejder et høringssvar.", "discussed"),
        ("Rådet drøftede udkastet og afgav høringssvar.", "decided"),
        ("Rådet drøftede udkastet og afgiver følgende høringssvar:", "decided"),
        # "som aftalt" refers to an agreement; "blev aftalt" is one
        ("Forvaltningen arbejder videre som aftalt.", "other"),
        ("Det blev aftalt, at sekretæren indkalder til et ekstra møde.", "decided"),
        # an award's nominee put up by the forum
        ("Rådet besluttede at indstille Vestby Gymnastikforening til Idrætsprisen.", "decided"),
        ("Udvalget indstiller Karen Holm til Kulturprisen 2026.", "decided"),
        ("Udvalget indstiller til Byrådet, at prisen uddeles.", "recommended"),
        # the s-passive's past is a discussion held; the present passive a plan
        ("Punktet drøftedes.", "discussed"),
        ("Drøftedes. Formanden skriver til forvaltningen.", "discussed"),
        ("Sagen drøftes på næste møde.", "other"),
        # a permit granted on the conditions set out
        ("Tilladelse meddeles på de anførte vilkår.", "decided"),
        ("Landzonetilladelse meddeles på følgende vilkår:", "decided"),
        ("Dispensation meddeles ikke.", "rejected"),
    ],
)
def test_decision_types_of_the_fifty_eighth_session(text: str, expected: str) -> None:
    assert _type(text) == expected
