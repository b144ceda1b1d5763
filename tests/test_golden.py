"""Outputs identical: every table built from the golden corpora, compared table by table.

The digests in ``tests/fixtures/golden/digests.json`` are the tables as the code built
them when they were last accepted. A difference names the corpus and the table; when the
change is intended, regenerate with ``make golden`` (see ``tests/golden.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from . import golden

REGENERATE = "if the change is intended: make golden (PYTHONPATH=src python -m tests.golden)"


@pytest.fixture(scope="module", params=sorted(golden.CORPORA))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    name = request.param
    out = golden.build_corpus(golden.CORPORA[name], tmp_path_factory.mktemp(f"golden-{name}"))
    return name, out


def _expected() -> dict:
    return json.loads(golden.DIGESTS.read_text())


def _compare(name: str, got: dict, want: dict, what: str) -> None:
    assert sorted(got) == sorted(want), f"{name}: {what} tables differ. {REGENERATE}"
    changed = {
        t: f"{want[t]['rows']} -> {got[t]['rows']} rows"
        + ("" if got[t]["columns"] == want[t]["columns"] else ", columns changed")
        for t in want
        if got[t] != want[t]
    }
    assert not changed, f"{name}: {what} tables changed: {changed}. {REGENERATE}"


def test_parquet_tables_are_identical(built: tuple[str, Path]) -> None:
    name, out = built
    _compare(name, golden.parquet_digests(out), _expected()[name], "Parquet")


def test_duckdb_holds_the_same_tables(built: tuple[str, Path]) -> None:
    name, out = built
    want = _expected()[name]
    _compare(name, golden.duckdb_digests(out, want), want, "DuckDB")


def test_by_year_partitions_hold_the_same_rows(built: tuple[str, Path]) -> None:
    name, out = built
    want = _expected()[name]
    parts = golden.by_year_digests(out)
    assert parts, name
    folders = {p.name for p in (out / "by_year").iterdir()}
    assert all(want[t]["rows"] == 0 for t in folders - set(parts)), name
    _compare(name, parts, {t: want[t] for t in parts}, "by-year")


def test_the_golden_corpus_covers_layouts_and_formats() -> None:
    files = [p for p in golden.CORPORA["synthetic"].rglob("*") if p.is_file()]
    assert {p.suffix for p in files} >= {".txt", ".md", ".docx", ".html"}
    texts = " ".join(p.read_text("utf-8", errors="replace") for p in files if p.suffix == ".txt")
    assert "Printvenlig version" in texts or "UDVALG" in texts


def test_digest_ignores_row_order_and_dtype_but_not_values() -> None:
    a = pd.DataFrame({"x": [1, 2], "y": ["a", None], "d": pd.to_datetime(["2024-01-02"] * 2)})
    b = a.iloc[::-1].astype({"x": "Int64", "y": "string"})
    assert golden.table_digest(a) == golden.table_digest(b)
    c = a.copy()
    c.loc[0, "y"] = "b"
    assert golden.table_digest(a) != golden.table_digest(c)
    assert golden.table_digest(a) != golden.table_digest(a.rename(columns={"x": "z"}))
