"""Sixteenth round (fix34): the bodies' dated outcomes in turn inside the recommendation
("Økonomiudvalget 03-06-2025" / "Anbefales." / "Byrådet 10-06-2025" / the decision)."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.text import running_heads
from analysis.parse import Line, comma_dated


def _item(title: str, n: int, chain: list[str]) -> list[str]:
    return [
        f"Punkt {n} {title}",
        "",
        "Indstilling",
        "Direktøren indstiller, at sagen godkendes.",
        *chain,
        "",
        "Sagsfremstilling",
        f"Sagen om {title.lower()} er beskrevet i bilaget.",
        "",
    ]


def _minutes() -> str:
    lines = ["Byrådet", "Referat", "Mandag 3. marts 2025 kl. 17:00 i Byrådssalen", ""]
    lines += _item("Godkendelse af dagsorden", 1, ["Byrådet 03-03-2025", "Godkendt."])
    outcomes = ["Godkendt.", "Udsat.", "Taget til efterretning.", "Oversendes til Økonomiudvalget."]
    for n, outcome in enumerate(outcomes, start=2):
        chain = ["Økonomiudvalget 24-02-2025", "Anbefales.", "Byrådet 03-03-2025", outcome]
        lines += _item(f"Sag nummer {n}", n, chain)
    return "\n".join(lines)


def test_dated_bodies_in_the_recommendation_head_their_outcomes() -> None:
    meeting = parse_text(_minutes())
    decisions = {
        it.number: next((s.text for s in it.sections if s.key == "beslutning"), None)
        for it in meeting.items
    }
    assert decisions == {
        1: "Godkendt.",
        2: "Godkendt.",
        3: "Udsat.",
        4: "Taget til efterretning.",
        5: "Oversendes til Økonomiudvalget.",
    }
    earlier = [s for s in meeting.items[1].sections if s.key == "tidligere_beslutning"]
    assert [(s.heading, s.text) for s in earlier] == [("Økonomiudvalget 24-02-2025", "Anbefales.")]


def test_a_dated_body_outside_the_recommendation_is_no_heading() -> None:
    """The same plain line in the case's text stays text: only the recommendation or a
    decision goes on with the bodies' outcomes."""
    text = _minutes().replace(
        "Sagen om sag nummer 3 er beskrevet i bilaget.",
        "Sagen om sag nummer 3 er beskrevet i bilaget.\nByrådet 03-03-2025\nSe bilaget.",
    )
    item = parse_text(text).items[2]
    assert [s.key for s in item.sections].count("beslutning") == 1
    assert "Se bilaget." in next(s.text for s in item.sections if s.key == "sagsfremstilling")


def test_a_comma_before_a_long_date() -> None:
    assert comma_dated("Byrådet, 17. september 2025")
    assert comma_dated("Byrådet, 9. april 2025")
    assert not comma_dated("Budgettet for 2025")


def test_a_running_header_is_still_one() -> None:
    """A body and a date at the top of each page, the same text each time, no chain."""
    page = ["Økonomiudvalget 14-03-2022", "Tekst på siden om sagen.", "Mere tekst.", "Side 1 af 3"]
    lines = [Line(i, t, 0) for i, t in enumerate(page * 3)]
    heads = running_heads(lines, {3, 7, 11})
    assert {0, 4, 8} <= heads
