"""Fifty-eighth round, held-out set layouts426: minutes kept on an intranet or in a note tool.

A OneNote page saved as a single-file web page writes every paragraph as a
``<div style="position:absolute;left:…;top:…">`` in the order it was typed or moved, so the
source order is shuffled and only the ``top:`` offsets give the reading order:
``read.html._positioned_order`` sorts such sibling blocks by top, then left, as a browser
shows them (fixture ``generic-onenote-placerede-afsnit.html``). A Loop or Teams note names an
item's case by the system that keeps it, "Sag i WorkZone: 2026-004127", "Sagen i Acadre:
26/001193" (``parse._CASE_LABEL_IN_SYSTEM`` behind ``parse.match_case_number``; fixture
``generic-loop-noter-sag-i-system.html``).
"""

from __future__ import annotations

import pytest

from analysis.parse import match_case_number
from analysis.read import html

_DIV = '<div style="position:absolute;left:{left}px;top:{top}px;width:600px"><p>{text}</p></div>'


def _page(*blocks: tuple[int, int, str]) -> bytes:
    body = "".join(_DIV.format(top=t, left=left, text=x) for t, left, x in blocks)
    return f"<html><head><title>Noter</title></head><body>{body}</body></html>".encode()


def test_positioned_paragraphs_read_in_the_order_of_their_top_offsets() -> None:
    data = _page(
        (120, 40, "Beslutning: Godkendt."),
        (20, 30, "Vejudvalget 3. marts 2026"),
        (90, 30, "1. Trafiksikkerhedsplan"),
        (150, 30, "2. Eventuelt"),
        (55, 40, "Fraværende: Ingen"),
    )
    lines = [x for x in html.read(data).text.splitlines() if x.strip()]
    assert lines[1:] == [
        "Vejudvalget 3. marts 2026",
        "Fraværende: Ingen",
        "1. Trafiksikkerhedsplan",
        "Beslutning: Godkendt.",
        "2. Eventuelt",
    ]


def test_blocks_on_one_line_read_left_to_right_and_units_are_converted() -> None:
    markup = (
        '<html><body><div style="position:absolute;left:300px;top:1in">højre</div>'
        '<div style="position:absolute;left:20px;top:96px">venstre</div>'
        '<div style="position:absolute;left:20px;top:30pt">øverst</div></body></html>'
    )
    text = html.read(markup.encode()).text
    assert text.index("øverst") < text.index("venstre") < text.index("højre")


def test_a_page_with_unpositioned_siblings_keeps_its_source_order() -> None:
    markup = (
        '<html><body><div style="position:absolute;top:200px">B</div><p>Mellem</p>'
        '<div style="position:absolute;top:10px">A</div>'
        '<div style="position:absolute;top:100px">C</div></body></html>'
    )
    text = html.read(markup.encode()).text
    assert text.index("B") < text.index("Mellem") < text.index("A") < text.index("C")


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sag i SBSYS: 2026-000417", "2026-000417"),
        ("Sagen i Acadre: 26/001193", "26/001193"),
        ("Sag i WorkZone: 2026-004127", "2026-004127"),
        ("Sagsnr. i GetOrganized: 26-118", "26-118"),
    ],
)
def test_a_case_named_by_the_system_that_keeps_it(line: str, case: str) -> None:
    assert match_case_number(line) == case


def test_a_case_before_a_forum_is_no_case_label() -> None:
    assert match_case_number("Sag i udvalget: forventes behandlet i april.") is None
