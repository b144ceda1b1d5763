"""Layouts taught in the twentieth round by fix70 (invented text)."""

from __future__ import annotations

from analysis.parse import parse_minutes


def test_punkt_nr_before_the_number() -> None:
    """'Punkt nr. 2 – Title': the word 'nr.' between the item's word and its number."""
    text = "\n".join(
        [
            "Beslutningsprotokol – Byrådet",
            "Den 14.01.2025 kl. 18:30 – Rådssalen",
            "",
            "## Punkt nr. 1 – Meddelelser",
            "",
            "## Byrådets beslutning den 14-01-2025",
            "Taget til efterretning.",
            "",
            "## Punkt nr. 2 – Salg af grund på Åvej",
            "Sagsnr. 25/0099",
            "",
            "## Byrådets beslutning den 14-01-2025",
            "Godkendt.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Meddelelser"),
        (2, "Salg af grund på Åvej"),
    ]
