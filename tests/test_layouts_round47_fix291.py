"""The forty-seventh round's rules for minutes written as tables (layouts291): the case
number's column before the title's in an item table, a tab-separated row whose wrapped
cells go on line by line with every column's tabs, a body's constitution of itself, and a
grant as the body's second verb after "og"."""

from __future__ import annotations

import pytest

from analysis.enrich import decisions
from analysis.enrich.decisions import classify_decision
from analysis.read import item_table


def _types(text: str, forum: str | None = "Ældrerådet") -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


# --- the case number's column before the title's ---------------------------------------


@pytest.mark.parametrize(
    "heads",
    [
        ["Pkt.", "Sagsnr.", "Emne", "Beslutning"],
        ["Nr.", "J.nr.", "Sag", "Beslutning"],
        ["Punkt", "Sags nr.", "Titel", "Indstilling", "Beslutning"],
    ],
)
def test_case_before_title(heads: list[str]) -> None:
    assert item_table._case_before_title(heads)
    assert item_table.item_head(heads)


@pytest.mark.parametrize(
    "heads",
    [
        ["Pkt.", "Emne", "Sagsnr.", "Beslutning"],  # (the usual order)
        ["Nr.", "Sag", "Emne", "Beslutning"],  # ("Sag" alone names no number)
        ["Nr.", "Sagsnr.", "Beslutning"],  # (no title's column)
    ],
)
def test_no_case_before_title(heads: list[str]) -> None:
    assert not item_table._case_before_title(heads)


def test_item_rows_read_the_case_column_before_the_title() -> None:
    rows = [
        [["Nr."], ["J.nr."], ["Emne"], ["Beslutning"]],
        [["1"], [""], ["Godkendelse af dagsorden"], ["Godkendt."]],
        [["2"], ["21/3310"], ["Vinterberedskab"], ["Taget til efterretning."]],
    ]
    out = item_table.item_rows(rows)
    assert out is not None
    assert "## 1. Godkendelse af dagsorden" in out
    assert "## 2. Vinterberedskab" in out
    assert out[out.index("## 2. Vinterberedskab") + 1] == "Sagsnr.: 21/3310"


# --- a row's wrapped cells line by line, every column's tabs -----------------------------


def test_lined_cells_read_down_each_column() -> None:
    row = (
        "3\tSkolestier\tAt planen\tDrøftet.\n"
        "\t(19-00412)\tgodkendes.\t\n"
        "\t\t\tUdvalget vil se en plan."
    )
    assert item_table._lined_cells(row, 4) == [
        ["3"],
        ["Skolestier", "(19-00412)"],
        ["At planen", "godkendes."],
        ["Drøftet.", "Udvalget vil se en plan."],
    ]
    assert item_table._cells(row, 4)[1] == ["Skolestier", "(19-00412)"]


@pytest.mark.parametrize(
    "row",
    [
        "3\tSkolestier\tAt planen godkendes.\tDrøftet.",  # (one line)
        # (a Word copy: the cell's further paragraph has no tabs)
        "3\tSkolestier\tAt planen godkendes.\tDrøftet.\nUdvalget vil se en plan.",
        # (a further line opening with text: a cell's paragraph with its own tab)
        "3\tSkolestier\tAt planen\tDrøftet.\nSag: 19-00412\tgodkendes.\t",
    ],
)
def test_lined_cells_not_for_other_rows(row: str) -> None:
    assert item_table._lined_cells(row, 4) is None


# --- a body's constitution of itself ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rådet konstituerede sig med Per Lund som formand og Eva Bak som næstformand.",
        "Bestyrelsen har konstitueret sig således: formand Per Lund, kasserer Eva Bak.",
    ],
)
def test_constitution_decided(text: str) -> None:
    assert _types(text) == ["decided"]


@pytest.mark.parametrize(
    "text",
    [
        "Konstitueret direktør Per Lund orienterede om budgettet.",  # (acting, no election)
        "Rådet konstituerer sig på det næste møde.",  # (ahead)
    ],
)
def test_constitution_not_read_elsewhere(text: str) -> None:
    assert "decided" not in _types(text)


# --- a grant as the body's second verb after "og" ----------------------------------------


def test_grant_after_og_decided() -> None:
    text = "Udvalget støtter initiativet og bevilger 12.000 kr. af puljen."
    assert _types(text, "Kulturudvalget") == ["decided"]
    w = decisions._words(text)
    head = w.lowers.index("bevilger")
    assert decisions._granter_and(w, head)


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget drøftede de tidligere og bevilgede midler.",  # (a participle, no amount)
        "Formanden og bevilger 12.000 kr.",  # (no body opens the sentence's clause)
    ],
)
def test_grant_after_og_needs_body_and_amount(text: str) -> None:
    w = decisions._words(text)
    head = next(k for k in range(w.n) if w.lowers[k].startswith("bevilge"))
    assert not decisions._granter_and(w, head)
