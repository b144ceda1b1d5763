"""Round forty (layouts234: minutes of unusual meetings: extraordinary, by written
procedure, by telephone, in two parts, joint, with closed items, cancelled, suspended):
items headed by their count of the agenda's points (``Punkt 3 af 9`` over an unnumbered
title), which were read as an accordion's pager and lost. The fixture
``generic-punkt-n-af-m-over-unummereret-titel.txt`` holds the layout."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.text import furniture
from analysis.parse import to_lines

# --- "Punkt N af M" over an unnumbered title: the item's heading -----------------------------


def _counted(titles: list[str], numbered: bool = False) -> str:
    parts = ["Ærø Kommune", "Økonomiudvalget", "Referat af mødet den 4. juni 2025 kl. 9.00", ""]
    for n, title in enumerate(titles, 1):
        parts += [f"Punkt {n} af {len(titles)}", f"{n}. {title}" if numbered else title]
        parts += ["Beslutning", "Godkendt.", ""]
    return "\n".join(parts)


def test_a_count_over_an_unnumbered_title_heads_the_item() -> None:
    meeting = parse_text(_counted(["Færgeplan 2026", "Salg af grund", "Tilskud til museet"]))
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Færgeplan 2026"),
        (2, "Salg af grund"),
        (3, "Tilskud til museet"),
    ]


def test_a_pager_over_numbered_headings_stays_furniture() -> None:
    lines = to_lines(_counted(["Færgeplan 2026", "Salg af grund"], numbered=True))
    pagers = {ln.index for ln in lines if ln.clean.startswith("Punkt ")}
    assert pagers <= furniture(lines)
    meeting = parse_text(_counted(["Færgeplan 2026", "Salg af grund"], numbered=True))
    assert [it.title for it in meeting.items] == ["Færgeplan 2026", "Salg af grund"]


def test_one_pager_over_a_numbered_heading_keeps_every_pager_furniture() -> None:
    """The pages of one accordion: one numbered heading under a pager makes them all pagers."""
    text = _counted(["Færgeplan 2026", "Salg af grund"]).replace(
        "Punkt 2 af 2\nSalg af grund", "Punkt 2 af 2\n2. Salg af grund"
    )
    lines = to_lines(text)
    pagers = {ln.index for ln in lines if ln.clean.startswith("Punkt ")}
    assert pagers <= furniture(lines)


def test_a_pager_with_nothing_under_it_stays_furniture() -> None:
    lines = to_lines("Ærø Kommune\n\nPunkt 1 af 3\n")
    assert {ln.index for ln in lines if ln.clean == "Punkt 1 af 3"} <= furniture(lines)
