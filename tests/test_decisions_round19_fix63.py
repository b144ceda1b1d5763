"""Nineteenth round (layouts63): a member's stance holds the rest of its sentence, and an
"idet" clause after a comma gives no outcome of its own."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Teknik- og Miljøudvalget") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what the dissenting member wished is hers, not the committee's
        (
            "Anbefales.\nBo Lind (C) kunne ikke anbefale og ønskede taksten fastholdt.",
            "recommended",
        ),
        ("Godkendt.\nEva Ryg (Ø) stemte imod og ønskede sagen udsat.", "approved"),
        # another subject after "men": the forum's outcome again
        ("Eva Ryg (Ø) stemte imod, men forslaget blev godkendt.", "approved"),
    ],
)
def test_a_members_stance_holds_its_sentence(text: str, want: str) -> None:
    assert _primary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Anbefales over for Byrådet, idet høringssvaret fra Tarm Vandværk imødekommes.",
            "recommended",
        ),
        ("Taget til efterretning, idet ansøgningen godkendes administrativt.", "noted"),
        # the "idet" clause opening the sentence is no attachment to an outcome before it
        ("Idet planen er vedtaget, tages orienteringen til efterretning.", "approved"),
    ],
)
def test_an_idet_clause_after_a_comma_gives_no_outcome(text: str, want: str) -> None:
    assert _primary(text) == want
