"""The twenty-first round's merge: a meeting line naming the body the forum's name closes with."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.header import _meeting_of_forum

_TEXT = """Bestyrelsen for Ribe Spillemandsskole

## Bestyrelsesmøde i Ribe Spillemandsskole

Den 4. marts 2026 kl. 18.30 i Spillemandsskolen, Sct. Nicolaj Gade 3

Til stede: Anne Holm (formand), Per Lind, Rikke Sand

## Ad 1) Godkendelse af referat

Beslutning: Godkendt.

## Ad 2) Budget 2026

Skolelederen gennemgik budgettet.

Beslutning: Godkendt med en ramme på 1,2 mio. kr.
"""


def test_meeting_line_of_the_forum_is_placed() -> None:
    meeting = parse_text(_TEXT)
    assert meeting.forum == "Bestyrelsen for Ribe Spillemandsskole"
    assert not any("Bestyrelsesmøde i" in w for w in meeting.warnings)


def test_meeting_of_forum() -> None:
    assert _meeting_of_forum("Møde i Integrationsrådet", "Integrationsrådet")
    assert _meeting_of_forum(
        "Bestyrelsesmøde i Ribe Spillemandsskole", "Bestyrelsen for Ribe Spillemandsskole"
    )
    assert not _meeting_of_forum("Møde i rådet", "Ældrerådet")  # (no name: a sentence)
    assert not _meeting_of_forum("Bestyrelsesmøde i Ribe", "Bestyrelsen for Esbjerg Musikskole")
