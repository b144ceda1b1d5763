"""Twenty-fourth round (layouts110: council and økonomiudvalg minutes where the decisions
are the point): the small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.pipeline import parse_text, source_hints


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a referral to a committee named by coordinated compounds, commas between them
        ("Oversendt til Klima-, Natur- og Fritidsudvalget.", "referred"),
        ("Sendes videre til Børne-, Skole- og Familieudvalget.", "referred"),
        # (material sent to people is still no referral)
        ("Præsentationen oversendt til deltagerne.", "other"),
        # an amendment voted down first, its wording run into its label: the item's own
        # outcome is the decision
        (
            "Ændringsforslag fra O om at udsætte sagen til næste møde:\n"
            "For stemte 3, imod stemte 22.\n"
            "Ændringsforslaget blev forkastet.\n"
            "Indstillingen blev godkendt med 22 stemmer for og 3 imod.",
            "approved",
        ),
        (
            "Ændringsforslag fra V om, at sagen sendes tilbage til udvalget, blev forkastet. "
            "Indstillingen anbefales.",
            "recommended",
        ),
        # (an amendment carried is what the forum decided)
        ("Ændringsforslag fra V om at udsætte sagen blev vedtaget.", "postponed"),
    ],
)
def test_decision_types(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (
            "Referat af møde d. 2/4-2025 kl. 16.30 på rådhuset, Søndergade 3, Ærøskøbing",
            "rådhuset, Søndergade 3, Ærøskøbing",
        ),
        (
            "Referat af møde d. 2/4-2025 kl. 16.30 i medborgerhuset, Bygaden 14, Tranebjerg",
            "medborgerhuset, Bygaden 14, Tranebjerg",
        ),
    ],
)
def test_house_in_lower_case_then_its_address(line: str, place: str) -> None:
    text = (
        f"Ærø Kommune – Kommunalbestyrelsen\n\n{line}\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Eventuelt\nBeslutning: Intet.\n"
    )
    meeting = parse_text(text, source_hints("aeroe-kb.txt", None, None))
    assert meeting.location == place
