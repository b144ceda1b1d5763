"""Twenty-fifth round (layouts117: modern council and committee web pages): a pool shared
out or a grant or prize awarded by the forum is its decision, as ranking applications is;
the hyphenated case label ("Sags-nr.", "Journal-nr.") reads as the unhyphenated one."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.parse import match_case_number


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the forum shares out a pool or awards a grant or prize: it settles the applications
        ("Udvalget fordelte midlerne fra aktivitetspuljen som foreslået.", "decided"),
        ("Udvalget fordelte puljen, dog således at Rønne Teater får 25.000 kr.", "decided"),
        ("Udvalget tildelte Idrætsprisen 2025 til Tarm Svømmeklub.", "decided"),
        ("Bestyrelsen tildelte to legater á 10.000 kr.", "decided"),
        # (a discussion of how to share it out stays a discussion)
        ("Udvalget drøftede, hvordan midlerne skal fordeles.", "discussed"),
        ("Udvalget drøftede fordelingen af puljen.", "discussed"),
        # (a participle after its noun is a report's breakdown, no act of the meeting)
        ("Taget til efterretning. Udvalget vil se en status med sager fordelt på skoler.", "noted"),
        # (approval of the recommendation stays approval)
        ("Godkendt. Puljen fordeles efter ansøgning.", "approved"),
    ],
)
def test_round25_fix117_pool_shared_out(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sags-nr. 25/120", "25/120"),
        ("Sags-nr.: 24/19032", "24/19032"),
        ("Journal-nr. 05.01.00-P20-3-25", "05.01.00-P20-3-25"),
        # (the unhyphenated labels as before)
        ("Sagsnr.: 25/120", "25/120"),
        ("Journal nr. 24/88", "24/88"),
    ],
)
def test_round25_fix117_hyphenated_case_label(line: str, case: str) -> None:
    assert match_case_number(line) == case
