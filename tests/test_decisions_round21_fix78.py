"""Twenty-first round (layouts78): the forum's own yes or no; a question answered in the
active voice decides nothing, as "Besvaret af borgmesteren." does."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Fritidsrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rådet siger ja til at stå for åbningsdagen.", "decided"),
        ("Udvalget sagde ja tak til tilbuddet om en rundvisning.", "decided"),
        ("Der blev sagt ja til at låne hallen ud.", "decided"),
        ("Bestyrelsen sagde nej til ansøgningen fra roklubben.", "rejected"),
        # others' yes is no decision of the forum; another body's neither
        ("Forældrene siger ja til at hjælpe ved boden.", "other"),
        ("Byrådet sagde ja til planen i sidste måned.", "other"),
    ],
)
def test_forum_says_yes_or_no(text: str, want: str) -> None:
    assert _primary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Borgmesteren besvarede spørgsmålet.", "none"),
        ("Formanden besvarede spørgsmålene fra Ida Lund (F).", "none"),
        # a decision after the answer is still the decision
        ("Formanden besvarede spørgsmålet, og udvalget godkendte svaret.", "approved"),
    ],
)
def test_question_answered_actively_decides_nothing(text: str, want: str) -> None:
    assert _primary(text) == want
