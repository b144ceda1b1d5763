"""Helpers shared by tests that read the layout fixtures."""

from __future__ import annotations

from pathlib import Path

from analysis.pipeline import parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def fixture_decisions(name: str) -> list[str | None]:
    """Each item's decision text (its "beslutning" section) of the fixture ``name``, in the
    items' order; None for an item with no decision."""
    result = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name)
    sections = result.tables["sections"]
    out = []
    for item_id in result.tables["items"]["item_id"]:
        rows = sections[(sections.item_id == item_id) & (sections.section == "beslutning")]
        out.append(rows.text.iloc[0] if len(rows) else None)
    return out
