"""A proposal put to the vote and voted down, the vote named first (round 22, fix86)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forslaget blev sat til afstemning og faldt.", "rejected"),
        ("Ændringsforslaget blev sat til afstemning og faldt med 4 mod 7 stemmer.", "rejected"),
        # the vote carried: the outcome's own verb decides
        ("Forslaget blev sat til afstemning og vedtaget.", "approved"),
        # a vote of something else than a proposal that "faldt" stays unread
        ("Mødet blev sat til afstemning og faldt sammen.", "other"),
    ],
)
def test_vote_named_before_the_fall(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected
