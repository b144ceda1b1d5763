"""Fifty-eighth session, held-out sets (ho_columns): PDF minutes whose page layout is hard.

- **A page set in two text columns**, the masthead at the head of the left column and the
  right column drawn after the left one from the page's top: in content order the right
  column's first line stands level with the left column's first line, and the table
  reader took the page for one table row of two cells (each column one cell, run together
  into one line: no item found). Two items' headings or more counting on by one in a left
  column of twelve lines or more, a right column about as wide starting beside it, make
  it a page of columns, read column by column (``read.pdf._text_columns``).
- **A heading wrapped after its last preposition** in a narrow column ("Pkt. 1 Meddelelser
  og godkendelse af" / "dagsorden"): the word would have fitted the page's width, so the
  line under it was not read as the title's rest (and "dagsorden", a section's word in
  bold, stood as a heading of its own) (``read.pdf._wrapped_after``).
- **An item table's last row holding only its number and title** ("5  Eventuelt", its
  Indstilling and Beslutning cells empty): one line under the table, read as a line after
  it; now the table's next row where it stands at the row above's left edge and its
  number is the row above's plus one (``read.pdf._lone_row``).
- **A title ending ", Lukket punkt"**: the mark printed as the title's last clause is kept
  as printed, as after a dash, and marks the item closed (``parse._TRAILING_OPEN_MARK``,
  ``parse._CLOSED_AFTER``).

Fixtures ``pkt-pdf-to-spalter-punkt-videre-i-hoejre-spalte.pdf``,
``generic-pdf-to-spalter-nummer-foran-titel.pdf``,
``generic-pdf-tabel-sidste-raekke-kun-titel.pdf`` (``gen/text_columns_pdf.py``).
"""

from __future__ import annotations

import re

import pytest

from analysis import parse
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.pdf import _lone_row, _Seg, _text_columns, _wrapped_after
from tests.conftest import FIXTURES

RAW = FIXTURES / "layouts" / "raw"


def _seg(text: str, x0: float, y: float, width: float = 200.0, **kw) -> _Seg:
    return _Seg(text, 0, x0, x0 + width, y, 10.0, False, 30.0, 2.8, x0, **kw)


def _column(x0: float, texts: list[str], top: float = 780.0) -> list[_Seg]:
    return [_seg(t, x0, top - 13.5 * k) for k, t in enumerate(texts)]


LEFT = [
    "Fanø Kommune",
    "Skolebestyrelsen ved Nordby Skole",
    "2 · Skolens budget",
    "Budgettet viser et lille overskud.",
    "Beslutning",
    "Godkendt.",
    "3 · Skolefesten",
    "Festen holdes i juni.",
    "Beslutning",
    "Drøftet.",
    "4 · Elevrådet",
    "Elevrådet ønsker nye bænke.",
]


def test_a_page_of_two_text_columns_is_no_table_row() -> None:
    assert _text_columns([_column(56, LEFT), _column(314, ["5 · Eventuelt", "Intet."])])


@pytest.mark.parametrize(
    "cells",
    [
        # a left column too short for a page's column
        [_column(56, LEFT[:8]), _column(314, ["5 · Eventuelt"])],
        # only one item's heading in the left column: a table row's cell
        [
            _column(56, [t for t in LEFT if not t.startswith(("3", "4"))] + ["x"] * 4),
            _column(314, ["Godkendt."]),
        ],
        # a narrow second column (a decision cell beside a wide text)
        [_column(56, LEFT), [_seg("Godkendt.", 314, 780, width=60)]],
        # three cells: a table's row
        [_column(56, LEFT), _column(314, ["Godkendt."]), _column(450, ["Ja"])],
    ],
)
def test_no_page_of_columns(cells: list[list[_Seg]]) -> None:
    assert not _text_columns(cells)


@pytest.mark.parametrize(
    ("above", "text", "expected"),
    [
        ("Pkt. 1 Meddelelser og godkendelse af", "dagsorden", True),
        ("3 · Tilskud til", "foreningernes lokaleleje", True),
        ("3 · Tilskud til", "Foreningernes lokaleleje", False),  # a capital: a line of its own
        ("3 · Tilskud til foreningerne", "drøftet i udvalget", False),  # no open end
    ],
)
def test_a_heading_wrapped_after_a_preposition(above: str, text: str, expected: bool) -> None:
    assert _wrapped_after(above, text, aligned=True) is expected
    assert not _wrapped_after(above, text, aligned=False)


def _row(first: str, x0: float = 40.0, y: float = 400.0) -> _Seg:
    return _seg(first, x0, y, cells=[first, "Indstilling", "Godkendt."], lefts=[x0, 300, 600])


@pytest.mark.parametrize(
    ("seg", "out", "expected"),
    [
        (_seg("5 Eventuelt", 40, 380), [_row("4 Trafiktælling")], True),
        (_seg("5. Eventuelt", 40, 380), [_row("4.")], True),
        (_seg("6 Eventuelt", 40, 380), [_row("4 Trafiktælling")], False),  # not the next
        (_seg("5 Eventuelt", 120, 380), [_row("4 Trafiktælling")], False),  # not at its edge
        (_seg("5 Eventuelt", 40, 380), [_seg("4 Trafiktælling", 40, 400)], False),  # no row
        (_seg("Mødet sluttede kl. 17.", 40, 380), [_row("4 Trafiktælling")], False),
    ],
)
def test_an_item_tables_last_row_of_a_title_alone(
    seg: _Seg, out: list[_Seg], expected: bool
) -> None:
    assert _lone_row(seg, out) is expected


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Køb af areal ved havnen, Lukket punkt", True),
        ("Salg af byggegrund - Lukket punkt", True),
        ("Salg af byggegrund Lukket punkt", False),  # a badge run into the title
    ],
)
def test_a_closed_mark_after_a_comma_is_kept(title: str, kept: bool) -> None:
    assert (parse._TRAILING_OPEN_MARK.search(title) is None) is kept
    assert parse.marked_closed(title) is kept


def test_two_columns_read_column_by_column() -> None:
    data = (RAW / "pkt-pdf-to-spalter-punkt-videre-i-hoejre-spalte.pdf").read_bytes()
    text = read_bytes(data, ".pdf").text
    assert "Pkt. 1 Meddelelser og godkendelse af dagsorden" in text
    # the left column's last label, then the right column's first line: the decision
    assert re.search(r"Pkt. 3 .*Udvalgets beslutning\s+Godkendt med et tilskud", text, re.S)
    assert "\t" not in text


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        (
            "generic-pdf-to-spalter-nummer-foran-titel.pdf",
            [
                "Godkendelse af referat",
                "Høring om madservice",
                "Seniorrådets budget 2025",
                "Meddelelser",
                "Eventuelt",
            ],
        ),
        (
            "generic-pdf-tabel-sidste-raekke-kun-titel.pdf",
            [
                "Godkendelse af dagsorden",
                "Vintervedligeholdelse af cykelstier",
                "Køb af areal ved havnen, Lukket punkt",
                "Trafiktælling på Algade",
                "Eventuelt",
            ],
        ),
    ],
)
def test_fixture_titles(name: str, titles: list[str]) -> None:
    tables = parse_bytes((RAW / name).read_bytes(), name).tables
    assert tables is not None
    assert list(tables["items"]["title"]) == titles
