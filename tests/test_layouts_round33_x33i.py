"""Round 33, second pass (x33i): a slide outline's number column, notes' bullets over a
labelled outcome (invented examples)."""

from __future__ import annotations

import pytest

from analysis.layouts.base import parse_numbered
from analysis.layouts.slides import outline_numbers_off
from analysis.layouts.text import prepare

_OUTLINE = (
    "1\tLedermøde\n\tMandag 2. juni 2025\n\tLedelsen · 02-06-2025\t1\n\n"
    "2\t1. Godkendelse af dagsorden\n\tBESLUTNING: Godkendt.\n\tLedelsen · 02-06-2025\t2\n\n"
    "3\t2. Budget\n\t•\tRamme\n\tBESLUTNING: Drøftet.\n\tLedelsen · 02-06-2025\t3\n"
)


def test_outline_numbers_off_reads_the_slides_own_numbers() -> None:
    out = outline_numbers_off(_OUTLINE)
    lines = out.split("\n")
    assert "1. Godkendelse af dagsorden" in lines
    assert "2. Budget" in lines
    assert "•\tRamme" in lines
    assert "Ledelsen · 02-06-2025" in lines  # the footer without the slide's number


def test_outline_numbers_off_leaves_other_text() -> None:
    # a numbered table's rows (no indented lines under them), and numbers not from 1
    rows = "1\tGodkendelse\tGodkendt\n2\tBudget\tDrøftet\n3\tEvt.\tIntet\n"
    assert outline_numbers_off(rows) == rows
    skipped = _OUTLINE.replace("3\t2. Budget", "4\t2. Budget")
    assert outline_numbers_off(skipped) == skipped
    assert outline_numbers_off("Referat\n1\tTitle\n\tText\n") == "Referat\n1\tTitle\n\tText\n"


@pytest.mark.parametrize(
    ("bullet", "outcome"),
    [("•", "Til beslutning\nBeslutning: Godkendt."), ("▸", "⇒ Godkendt.")],
)
def test_notes_bullets_do_not_hide_the_outcome(bullet: str, outcome: str) -> None:
    # "• …" notes over a labelled outcome, a slide's "▸ …" points over an arrowed one
    text = "Styregruppen\nReferat 3. marts 2025\n"
    for n, title in enumerate(("Velkomst", "Tidsplan", "Inddragelse", "Navn"), 1):
        bullets = "" if n == 1 else "".join(f"{bullet} note {k}\n" for k in range(3))
        text += f"\n\n{n}. {title}\n{bullets}{outcome}\n"
    meeting = parse_numbered(prepare(text), "generic")
    assert [i.title for i in meeting.items] == ["Velkomst", "Tidsplan", "Inddragelse", "Navn"]
