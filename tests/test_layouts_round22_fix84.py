"""Twenty-second round (layouts84: contested political meetings): the families taught."""

from __future__ import annotations

from analysis.layouts import parse_text

_SIGNED = """Referat

Bestyrelsen for Sølund Fritidscenter
Tirsdag den 5. marts 2024 kl. 19.00 i klubhuset

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Sommerarrangement
Beslutning: Arrangementet holdes den 22. juni.

Mødet hævet kl. 21.10
Protokollen underskrevet digitalt af de tilstedeværende medlemmer.
"""


def test_protocol_signed_after_closing_is_placed() -> None:
    meeting = parse_text(_SIGNED)
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings
    last = meeting.items[-1]
    assert all("Protokollen" not in sec.text for sec in last.sections)


def test_protocol_line_before_closing_is_text() -> None:
    # Only after "Mødet hævet kl. …" is the line a coda; inside an item it stays its text.
    text = _SIGNED.replace(
        "Beslutning: Arrangementet holdes den 22. juni.",
        "Beslutning: Arrangementet holdes den 22. juni.\nProtokollen underskrevet af formanden.",
    )
    last = parse_text(text).items[-1]
    assert any("Protokollen underskrevet" in sec.text for sec in last.sections)
