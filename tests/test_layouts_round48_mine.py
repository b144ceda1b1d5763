"""The forty-eighth round's rules outside the fixers' sets: a decision hard-wrapped right
after its negation ("Udvalget kan ikke" / "imødekomme anmodningen") is read as one line."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the negation at the line's end, the verb it denies on the next line
        ("Udvalget kunne ikke\nimødekomme anmodningen.", "rejected"),
        ("Forslaget blev ikke\nvedtaget.", "rejected"),
        ("Økonomiudvalget kan ikke\ngodkende planen, da den er for dyr.", "rejected"),
        # the same sentence on one line reads the same
        ("Udvalget kunne ikke imødekomme anmodningen.", "rejected"),
        # a line that ends with "ikke" before a new sentence is left apart
        ("Det tilføjede udvalget ikke\nGodkendt.", "approved"),
    ],
)
def test_negation_wrapped_before_its_verb(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected


def test_negation_wrap_joined_only_before_lower_case() -> None:
    # "ikke" then a line in capitals is not joined: the wrap rule asks for a small letter
    found = [t for t, _ in classify_decision("Sagen blev ikke\nBehandlet.")]
    assert "rejected" not in found
