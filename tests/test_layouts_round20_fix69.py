"""Round 20, layouts69: internal forums' notes in the shapes that set taught."""

from __future__ import annotations

from analysis.read.html import html_to_text


def _page(paragraphs: str) -> str:
    return f"<html><body><main><h1>Ledergruppen – referat</h1>{paragraphs}</main></body></html>"


def test_bold_title_over_italic_outcome_is_an_item_heading_and_its_decision() -> None:
    text = html_to_text(
        _page(
            "<p><strong>Budgetopfølgning</strong><br><em>Taget til efterretning.</em></p>"
            "<p>Tekst om budgettet.</p>"
            "<p><strong>Ny mødeplan</strong><br><em>Aftale: møder hver anden uge.</em></p>"
        )
    )
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert "## Budgetopfølgning" in lines
    assert "Beslutning: Taget til efterretning." in lines
    # an outcome that writes its own label keeps it
    assert "Aftale: møder hver anden uge." in lines


def test_a_single_bold_title_over_italics_stays_text() -> None:
    text = html_to_text(
        _page("<p><strong>Bemærk</strong><br><em>Mødet flyttes.</em></p><p>Tekst.</p>")
    )
    assert "Beslutning:" not in text
    assert "##  Bemærk" not in text and "## Bemærk" not in text
