"""A decision withheld from the published or released minutes (aktindsigt, closed items):
nothing is said here, so ``none``, as a decision kept in a closed protocol is."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    "text",
    [
        "█████",
        "█████ █████.",
        "[udeladt]",
        "[Udeladt jf. offentlighedslovens § 30]",
        "[XXX]",
        "*** fortroligt ***",
        "*** FORTROLIGT ***",
        "(Undtaget fra aktindsigt jf. offentlighedslovens § 23)",
        "Undtaget fra aktindsigt jf. offentlighedslovens § 23.",
        # (in capitals, as a banner: the cheap test before the pattern read "ndtaget" only)
        "UNDTAGET FRA AKTINDSIGT JF. OFFENTLIGHEDSLOVENS § 23.",
    ],
)
def test_redacted_decision_says_nothing(text: str) -> None:
    assert _primary(text) == "none"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a redaction inside a decision leaves what is said
        ("Udvalget besluttede █████.", "decided"),
        ("Godkendt. [udeladt]", "approved"),
        ("[udeladt] Godkendt.", "approved"),
        ("Sagen udsat (XXX deltog ikke).", "postponed"),
        ("Godkendt (fortroligt bilag udeladt).", "approved"),
        # brackets or stars that redact nothing
        ("(Sagen blev drøftet efter punkt 5)", "discussed"),
        ("*** Godkendt ***", "approved"),
    ],
)
def test_redaction_within_a_decision(text: str, primary: str) -> None:
    assert _primary(text) == primary
