"""The forty-fourth round's small rules of the session's own (pure)."""

from __future__ import annotations

from analysis.layouts import parse_text

_MINUTES = """Favrskov Kommune
Børne- og Skoleudvalget
Referat af mødet onsdag den 5. marts 2025 kl. 16.00

1. Godkendelse af dagsorden
Beslutning:
Godkendt.

2. Meddelelser
Beslutning:
Formanden orienterede om skolebesøget i Hinnerup.

{tail}
"""


def _last_decision(tail: str) -> str:
    meeting = parse_text(_MINUTES.format(tail=tail))
    return next(s.text for s in meeting.items[-1].sections if s.key == "beslutning")


def test_the_systems_approval_stamp_closes_the_minutes() -> None:
    for tail in (
        "Referent: Hanne Vestergaard\nElektronisk godkendt 07.03.2025 kl. 09.30",
        "Referent: Hanne Vestergaard\nGodkendt elektronisk 2025-03-07 09:30",
        "Godkendt digitalt den 7.3.2025 kl. 9.30",
    ):
        assert _last_decision(tail) == "Formanden orienterede om skolebesøget i Hinnerup.", tail


def test_an_item_approved_by_mail_is_no_stamp() -> None:
    # (no minute of the clock: the item's own outcome, decided between meetings)
    text = _MINUTES.format(tail="").replace(
        "Formanden orienterede om skolebesøget i Hinnerup.",
        "Godkendt elektronisk den 3. marts 2025.",
    )
    meeting = parse_text(text)
    decision = next(s.text for s in meeting.items[-1].sections if s.key == "beslutning")
    assert decision == "Godkendt elektronisk den 3. marts 2025."
