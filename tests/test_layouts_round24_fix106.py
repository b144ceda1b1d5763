"""Twenty-fourth round (layouts106): special councils' and advisory bodies' minutes; the
small rules (a case field's label, decision phrases)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.parse import match_case_number


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("line", "case"),
    [
        # the case system's document id before the case's own "Sags-id" on one line: the
        # case is the Sags-id, as it is after a "Sagsnr."
        ("Akt-id:   5120447         Sags-id: 25/7731", "25/7731"),
        ("Akt-id: 5120447   Sagsid: 25/7731", "25/7731"),
        # (an "Akt-id" alone is still the case given)
        ("Akt-id: 5120447", "5120447"),
    ],
)
def test_akt_id_before_sags_id(line: str, case: str) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a grant opening a line of its own after a vote's lead-in and count: decided
        ("Der blev stemt:\n- Ja: 5\n- Nej: 3\n\nBevilget – 8.000 kr. til turen.", "decided"),
        ("Afstemning om forslaget:\nFor: 6\nImod: 1\nBevilget 20.000 kr.", "decided"),
        # (a heading's noun after it is no grant: the orientation stays noted)
        ("Taget til efterretning.\n\nBevilget ramme: 2 mio. kr.", "noted"),
        # the recommendation approved in the clause before the hearing reply: approved
        ("Seniorrådet tiltrådte indstillingen og afgiver følgende høringssvar:", "approved"),
        ("Indstillingen blev godkendt, og rådet afgiver høringssvar.", "approved"),
        # (the reply alone stays decided)
        ("Seniorrådet afgav følgende høringssvar: rådet kan ikke godkende planen.", "decided"),
        # a talk on a topic written as a noun, no verb: discussed
        ("Snak om skolevejen og cykelhjelme – vi vender tilbage.", "discussed"),
        ("Kort drøftelse af næste års tema.", "discussed"),
        # the forum moved its own meeting: decided (a date merely told decides nothing)
        ("Næste møde flyttes til den 2. oktober.", "decided"),
        ("Mødet den 4. juni rykkes frem til 28. maj.", "decided"),
        ("Næste møde holdes den 2. oktober.", "none"),
    ],
)
def test_decision_types(text: str, primary: str) -> None:
    assert _primary(text) == primary
