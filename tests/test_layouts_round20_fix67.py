"""Twentieth round (layouts67): everyday committee and council minutes in hard export
shapes — the year's running number alone over the title, 'Ad 1.' over the title."""

from __future__ import annotations

from analysis.parse import parse_minutes


def test_running_number_with_the_year_alone_over_the_title() -> None:
    text = "\n".join(
        [
            "Seniorrådet",
            "Referat",
            "Mødedato: 5. marts 2025",
            "",
            "21/2025",
            "Budgetønsker for 2026",
            "J.nr. 00.30.00-S00-2-25",
            "Beslutning:",
            "Drøftet.",
            "",
            "22/2025",
            "Eventuelt",
            "Sagsfremstilling:",
            "Intet.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (21, "Budgetønsker for 2026", "00.30.00-S00-2-25"),
        (22, "Eventuelt", None),
    ]

