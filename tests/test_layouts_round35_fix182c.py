"""Round thirty-five (layouts182, second pass: volunteers' and citizen bodies' minutes):
an item put off in a closing sentence of the notes, no label before it."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import bare_outcome
from analysis.parse import parse_minutes


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, None))


def _decision(item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


_HEADER = "Skovby Ældreråd\n\nReferat af møde mandag den 3. marts 2025 kl. 10.00 i Rådhuset\n\n"


def test_taken_up_at_the_next_meeting_is_an_outcome():
    for line in (
        "Tages op på næste møde.",
        "Punktet tages op på et senere møde.",
        "Ingen beslutning – tages op igen, når prisen kendes.",
    ):
        assert bare_outcome(line), line
        assert _type(line) == "postponed", line
    # taken up with another body, or no decision on its own: not this rule's
    assert not bare_outcome("Tages op med kommunen.")
    assert not bare_outcome("Ingen beslutning om taget.")


def test_closing_sentence_after_a_question_is_the_decision():
    text = _HEADER + (
        "Ad 1) Godkendelse af dagsorden\nGodkendt.\n\n"
        "Ad 2) Eventuelt\nOle spurgte om bussen kan køre om lørdagen. Tages op på næste møde.\n"
        "Grethe takkede for kaffen.\n"
    )
    items = parse_minutes(text).items
    assert _decision(items[1]) is not None
    assert _decision(items[1]).startswith("Tages op på næste møde.")
