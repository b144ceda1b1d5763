"""Twenty-sixth round, layouts124 (minutes kept in collaboration tools: Teams, Loop,
Confluence, Notion, Obsidian): a body named with its area in coordinated words after a
comma, a case put before a body for its information, and the last item's bare outcome
set as a bullet over the note's tail."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.header import looks_like_body
from analysis.read.text import front_matter_as_text, note_app_markup


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chefgruppen, Kultur, Fritid og Idræt",
        "Ledergruppen, Natur, Miljø og Klima",
    ],
)
def test_body_with_its_area_in_coordinated_words(text: str) -> None:
    assert looks_like_body(text)


def test_put_before_a_body_for_its_information_is_no_referral() -> None:
    assert (
        _primary("Taget til efterretning. Planen forelægges Teknisk Udvalg i juni til orientering.")
        == "noted"
    )
    # put before the body to decide, a time between: still a referral
    assert _primary("Sagen forelægges Økonomiudvalget i juni.") == "referred"


_NOTION = """# Afdelingsmøde – Natur og Miljø

Dato: 4. juni 2024 09:00 (CET) → 11:00
Sted: Teknisk Forvaltning, 2. sal, lokale Engen
Deltagere: Ida Sand, Bo Lyng, Rikke Hald
Tags: Afdelingsmøde, Referat
Status: Færdig ✅

Kalundborg Kommune – Natur og Miljø

---

1. **Godkendelse af dagsorden**
    - Aftalt: Godkendt.
2. **Grøn pulje 2024** (01.05.00-Ø00-1-24)
    - Bo: tre ansøgninger er kommet ind.
    - Aftalt: Puljen fordeles efter modellen fra sidste år.
3. **Kørselsordning**
    - Drøftet. Vi vender tilbage i august.
4. **Evt.**
    - Ingen bemærkninger.

> 💡 Næste afdelingsmøde: 18. juni 2024

- [ ] Ida: udkast til tekst til Miljøudvalget (frist 20/6)
- [ ] Bo: kort over arealer
- [x] Rikke: svar til styrelsen
"""


def test_last_items_bare_outcome_as_a_bullet_over_the_notes_tail() -> None:
    meeting = parse_text(_NOTION)
    last = meeting.items[-1]
    decision = [s.text for s in last.sections if s.key == "beslutning"]
    assert decision and decision[0].splitlines()[0] == "Ingen bemærkninger."


def test_front_matter_quoted_values_and_note_app_fields() -> None:
    text = front_matter_as_text('---\ndate: 2024-06-04\nsted: "Rådhuset, lokale 3"\n---\n')
    assert "sted: Rådhuset, lokale 3" in text.split("\n")
    text = note_app_markup("> [!success] Beslutning\n> Godkendt.\n\nsagsnr:: 24-1234\n")
    assert text.split("\n") == ["Beslutning", "Godkendt.", "", "sagsnr: 24-1234", ""]
