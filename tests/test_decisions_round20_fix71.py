"""Twentieth round (layouts71): a closed item whose decision is kept in the closed
protocol decides nothing the minutes can say."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Beredskabskommissionen") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lukket punkt – beslutning ført i lukket protokol.", "none"),
        ("Lukket punkt - ført til lukket protokol.", "none"),
        ("Beslutningen er ført til lukket protokol.", "none"),
        # a protocol that is no closed one says nothing of the kind
        ("Godkendt og ført til protokol.", "approved"),
    ],
)
def test_closed_protocol_is_no_decision(text: str, want: str) -> None:
    assert _primary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Høringssvar udarbejdes af formanden og sendes til forvaltningen.", "decided"),
        ("Et høringssvar skrives af sekretariatet på baggrund af drøftelsen.", "decided"),
        # another body's reply to be written is no reply of this forum's: sent on
        ("Oversendes til Område-MED, som afgiver høringssvar.", "referred"),
    ],
)
def test_a_reply_to_be_written_is_decided(text: str, want: str) -> None:
    assert _primary(text, "Forældrebestyrelsen") == want
