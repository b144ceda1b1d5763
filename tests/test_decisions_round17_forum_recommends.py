"""A direktion's own recommendation in its own minutes (pure).

"Direktionen indstiller …" is elsewhere the proposal put before a committee; in the
Direktion's own minutes it is what the forum decided to recommend.
"""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision

_TEXT = "Direktionen indstiller prognosen til Økonomiudvalget uden yderligere tiltag."


def _types(text: str, forum: str | None) -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


def test_the_forum_recommending_is_its_decision() -> None:
    assert _types(_TEXT, "Direktionen") == ["recommended"]


def test_the_administration_recommending_to_another_forum_is_not() -> None:
    assert "recommended" not in _types(_TEXT, "Økonomiudvalget")
    assert "recommended" not in _types(_TEXT, None)
