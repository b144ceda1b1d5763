"""Fiftieth round, the lead's own rules: the forum's present-tense act of choosing or
setting up (``decisions._forum_acts_now``)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text, "Udvalget")]


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget nedsætter en arbejdsgruppe.",
        "Udvalget er positivt indstillet og nedsætter en arbejdsgruppe.",
        "Handicaprådet udpeger Eva Holm som repræsentant.",
        "Bestyrelsen vælger model B.",
        "Udvalget fastsætter mødedatoer for 2025.",
    ],
)
def test_the_forums_present_act_is_its_decision(text: str) -> None:
    assert _types(text) == ["decided"]


@pytest.mark.parametrize(
    "text",
    [
        # another's act, told in the present
        "Ministeren udpeger formanden.",
        # the act is the verb after "vælger at"
        "Udvalget vælger at afvente sagen.",
        # a past act first: the discussion was the meeting's act, the present its plan
        "Direktionen drøftede temaerne og udpeger trivsel som fælles fokus.",
        # negated
        "Bestyrelsen nedsætter ikke en arbejdsgruppe.",
        # a comma between the forum and the verb: another clause's subject
        "Udvalget bemærkede, at ministeriet og regionen udpeger medlemmerne.",
        "Udvalget bemærkede, at regionen samler listen og udpeger medlemmerne.",
    ],
)
def test_a_present_act_not_the_forums_decides_nothing(text: str) -> None:
    assert "decided" not in _types(text)
