"""Sixtieth session, held-out sets, ho_duration: an item's stated time on a line of its own.

Leadership forums' minutes (Chefforum, Direktionen, Koncernledelsen) write the time set
aside for an item as a field line right under its title, before its first section: ``Tid:
10 min``, ``TID: 15 min``, ``Tid: 20 min.``, ``Tidsramme: 5 minutter``, ``Varighed: ca. 30
min``; in a fields row with others after it (``Tid: 10 min | Ansvarlig: HR-chef …``, ``Tid:
20 min Sagsnr. 2026-000412``); or as the item's slot (``Tid: kl. 10.15-10.40``, 25 minutes).
``parse._parse_item`` reads it (``parse._stated_duration``, ``_DURATION_FIELD``) into
``items.duration_min``; a line holding only the duration leaves the item's text, the rest of
a fields row reads on (the case number, the responsible). ``Tid: 11.00``, a time of day, is
no duration; the meeting's own ``Tid: kl. 9.00-11.30`` in the header is no item's.

Fixtures ``generic-chefforum-tid-felt-under-titlen.txt``,
``generic-direktion-varighed-felt-under-titlen.md``.
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.parse import _stated_duration
from analysis.pipeline import parse_bytes
from tests.fixture_helpers import FIXTURES


def _items(name: str):
    path = FIXTURES / "raw" / name
    return parse_bytes(path.read_bytes(), name)


@pytest.mark.parametrize(
    ("name", "durations"),
    [
        ("generic-chefforum-tid-felt-under-titlen.txt", [5, 15, 10, 25, None, None]),
        ("generic-direktion-varighed-felt-under-titlen.md", [10, 20, 30, None]),
    ],
)
def test_the_duration_line_under_the_title_is_the_items_duration(
    name: str, durations: list[int | None]
) -> None:
    items = _items(name).tables["items"]
    got = [None if d is None or d != d else int(d) for d in items["duration_min"]]
    assert got == durations


def test_the_rest_of_a_fields_row_reads_on_and_the_duration_line_leaves_the_text() -> None:
    parsed = _items("generic-chefforum-tid-felt-under-titlen.txt")
    items = parsed.tables["items"]
    assert items["case_number"].iloc[1] == "25/2201"
    sections = parsed.tables["sections"]
    texts = list(sections["text"])
    assert "Ansvarlig: HR-chef Sanne Friis" in texts
    assert not any(t.startswith(("Tid: ", "Tidsramme")) and "min" in t for t in texts)
    # the time of day stays the item's text, no duration
    assert "Tid: 11.00" in texts
    assert parsed.tables["meetings"]["start_time"].iloc[0] == "09:00"


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Tid: 10 min", (10, "")),
        ("TID: 15 min", (15, "")),
        ("Tid: 20 min.", (20, "")),
        ("Tidsramme: 15 minutter", (15, "")),
        ("Varighed: 30 min", (30, "")),
        ("Tid: ca. 10 min", (10, "")),
        ("Tid: 10 min | Ansvarlig: Økonomichefen", (10, "Ansvarlig: Økonomichefen")),
        ("Tid: 25 min Sagsnr. 2024-001234", (25, "Sagsnr. 2024-001234")),
        ("Tid: 14.00-14.20", (20, "")),
        ("Tid: kl. 9.30-10.15", (45, "")),
        ("Tid: 14.00", None),
        ("Tid: Kl. 14.00", None),
        ("Tidligere behandlet: 10 min", None),
        ("Tid: 10 minutters pause", None),
    ],
)
def test_stated_duration(line: str, read: tuple[int, str] | None) -> None:
    assert _stated_duration(line) == read


def test_an_item_of_nothing_but_its_duration_keeps_the_line_as_its_text() -> None:
    """A closed item with only its time under the title: the duration is read and the line
    stays its only text (an item with text and no decision is one of no decision)."""
    text = (
        "Direktionen\n\nReferat\n\nDato: 5. maj 2024\n\n"
        "1. Personalesag\nTid: 10 min\n\n"
        "2. Orientering\nTid: 5 min\n\nBeslutning:\nTaget til efterretning.\n"
    )
    items = parse_text(text).items
    assert [it.duration_min for it in items] == [10, 5]
    assert [[s.text for s in it.sections] for it in items] == [
        ["Tid: 10 min"],
        ["Taget til efterretning."],
    ]
