"""Twenty-eighth round, layouts148 (real PDF files imitating a dozen publishing systems):
a committee's statement to another authority, the one word saying how it reads between
the article and the noun ("afgiver en positiv udtalelse", "afgav et kritisk
høringssvar"), is the body's decision on the item, as "afgiver høringssvar" was; a
statement not given stays unread."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum=forum))


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget afgiver en positiv udtalelse til Miljøstyrelsen.",
        "Udvalget fulgte ikke indstillingen og afgiver en negativ udtalelse.",
        "Rådet afgav et kritisk høringssvar om busplanen.",
        "Handicaprådet afgiver sit samlede høringssvar som beskrevet.",
    ],
)
def test_statement_with_a_word_on_how_it_reads_is_decided(text: str) -> None:
    assert _primary(text) == "decided"


def test_statement_not_given_is_no_decision() -> None:
    assert _primary("Udvalget afgiver ikke udtalelse i sagen.") != "decided"


_MEMBERS = [
    "Anders Vig (V)",
    "Birgit Lund (A)",
    "Carl Hvid (F)",
    "Dorthe Sand (V)",
    "Erik Møller (O)",
    "Frida Kjær (K)",
    "Gunnar Bech (Ø)",
    "Hanne Toft (A)",
    "Ivan Krogh (V)",
    "Jette Storm (B)",
    "Karl Due (A)",
    "Lise Brink (D)",
    "Mads Hald (V)",
    "Nina Fogh (A)",
    "Otto Rask (I)",
]
_SIGNED_COUNCIL = (
    """Lejre Kommune

## Referat

## Byrådet

Mandag 16. juni 2025, kl. 18:00-20:30
Byrådssalen, Lejre Rådhus

## 1. Godkendelse af dagsorden

## Beslutning

Godkendt.

## 2. Salg af byggegrund i Kirke Hyllinge

## Beslutning

Godkendt.

## Underskriftsblad

Byrådets møde den 16. juni 2025. Referatet er underskrevet af de tilstedeværende.

Tina Mandrup (V),
borgmester

"""
    + "\n\n".join(_MEMBERS)
    + "\n"
)


def test_council_signature_page_of_many_names_is_placed() -> None:
    from analysis.layouts import parse_text

    meeting = parse_text(_SIGNED_COUNCIL)
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Salg af byggegrund i Kirke Hyllinge",
    ]
    assert not [w for w in meeting.warnings if "could not be placed" in w]
