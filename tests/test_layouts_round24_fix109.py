"""Twenty-fourth round (layouts109): whole saved web pages of council, committee and
special-council minutes: decision phrases."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        # (a body named stays a referral)
        ("Sagen oversendes til Kommunalbestyrelsen.", "referred"),
        # a public authority named as where the matter goes: referred
        ("Borgerens henvendelse sendes til Midt- og Vestsjællands Politi.", "referred"),
        ("Ansøgningen oversendes til Vejdirektoratet.", "referred"),
        # the forum's own input sent on, its subject opening the sentence: the discussion's
        # follow-up, not the case
        (
            "Drøftet. Input samles af sekretæren og sendes til forvaltningen inden 1. april.",
            "discussed",
        ),
        # what the forum wishes done after a discussion: no decision of the meeting
        ("Drøftet. Rådet ønsker, at der prioriteres flere bænke langs stierne.", "discussed"),
        ("Drøftet. Udvalget ønsker at der udarbejdes en plan for skolevejene.", "discussed"),
        # (an agreement on a choice after a discussion stays decided)
        ("Drøftet. Udvalget besluttede at prioritere cykelstien ved Hvalsø.", "decided"),
    ],
)
def test_decision_phrases(text: str, dtype: str) -> None:
    types = [t for t, _ in classify_decision(text, "Teknik- og Miljøudvalget")]
    assert primary_decision_type(types) == dtype
