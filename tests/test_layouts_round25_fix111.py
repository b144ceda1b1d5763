"""Twenty-fifth round (layouts111): committee and joint bodies' web pages of the western
suburbs copied by a browser, some cut short."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.outcome import outcome_line


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # the forum electing someone, in the past: the outcome itself
        ("Bestyrelsen valgte Eva Holm (Køge).", True),
        ("Udvalget udpegede Per Lind som repræsentant i Trafikrådet.", True),
        ("Ældrerådet genvalgte formanden.", True),
        # (not a clause that merely tells of an election elsewhere)
        ("Byrådet har tidligere valgt at prioritere skoleområdet.", False),
    ],
)
def test_forum_elected_is_an_outcome(text: str, outcome: bool) -> None:
    assert outcome_line(text) is outcome


def test_election_alone_is_the_items_decision() -> None:
    text = "\n".join(
        [
            "# Referat af bestyrelsesmøde nr. 3/2025",
            "",
            "*Onsdag den 17. september 2025 kl. 14.00 – 16.00 på Kraftværket, Havnevej 4, Korsør*",
            "",
            "### Ad 1 – Godkendelse af dagsorden",
            "",
            "Bestyrelsen godkendte dagsordenen.",
            "",
            "### Ad 2 – Valg af næstformand",
            "",
            "Bestyrelsen valgte Eva Holm (Slagelse).",
            "",
            "### Ad 3 – Eventuelt",
            "",
            "Intet.",
        ]
    )
    items = parse_text(text).items
    assert [it.title for it in items] == [
        "Godkendelse af dagsorden",
        "Valg af næstformand",
        "Eventuelt",
    ]
    decision = [s.text for s in items[1].sections if s.key == "beslutning"]
    assert decision and decision[0].startswith("Bestyrelsen valgte Eva Holm")
