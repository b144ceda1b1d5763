"""Twenty-eighth round, the lead's own changes (invented texts)."""

from __future__ import annotations

from analysis.layouts import parse_text

_SIGNED_NOTE = """Referat

Miljøudvalget, Nordby Kommune
Mødedato: 3. marts 2025

1. Godkendelse af dagsorden

Beslutning:
Godkendt.

2. Støjskærm langs Ringvejen

Sagsfremstilling:
Forvaltningen har indhentet tre tilbud på en støjskærm.

Beslutning:
Udvalget valgte tilbud B.

Referatet er godkendt ved formandens underskrift den 5. marts 2025.
Lene Bak, formand
"""


def _decision(text: str, number: int) -> str:
    meeting = parse_text(text)
    item = next(it for it in meeting.items if it.number == number)
    return next(s.text for s in item.sections if s.key == "beslutning")


def test_minutes_signed_by_the_chair_close_the_document_not_the_last_item() -> None:
    """ "Referatet er godkendt ved formandens underskrift …" over the chair's name is how
    the minutes were approved, no part of the last item's decision."""
    assert _decision(_SIGNED_NOTE, 2) == "Udvalget valgte tilbud B."


def test_a_closing_approval_with_text_after_it_stays_the_items() -> None:
    """The note closes the minutes only as their last line (a signer under it at most)."""
    text = _SIGNED_NOTE.replace(
        "Lene Bak, formand\n", "Lene Bak, formand\nUdvalget tog en pause.\n"
    )
    assert "formandens underskrift" in _decision(text, 2)


def test_the_tick_gate_lets_every_mark_the_passes_read_through() -> None:
    """``has_tick`` gates the tick-box passes (a parse-time saving): every mark the status
    label and the option lines read must pass it, ordinary text must not."""
    from analysis.layouts import option_boxes

    for mark in ("✔", "✓", "☒", "☑", "✘", "✗", "■", "[x]", "[X]", "(x)", "(X)", "[✓]"):
        assert option_boxes.has_tick(f"Status: {mark} Godkendt")
    assert not option_boxes.has_tick("Beslutning: Godkendt (se bilag [1]).\nStatus: udsat")
    text = "**Status:** ✔ Godkendt"
    assert option_boxes.marked_status_labels(text) != text
