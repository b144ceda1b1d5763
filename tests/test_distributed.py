"""The README's Dask example runs, and the partitioned Parquet is what engines expect."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analysis import config
from analysis.build import build

from .conftest import RAW, ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("processed")
    build(RAW, out, progress=False)
    return out


def _readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- dask-example -->\s*```python\n(.*?)```", readme, re.DOTALL)
    assert m, "the README lost its Dask example"
    return m.group(1)


def test_readme_dask_example_runs(built: Path, monkeypatch, capsys) -> None:
    pytest.importorskip("dask.bag")
    monkeypatch.setattr(config, "RAW_DIR", RAW)
    monkeypatch.setattr(config, "PROCESSED_DIR", built)
    exec(compile(_readme_example(), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "33 punkter" in out
    assert re.search(r"2023\s+12", out)


def test_partitioned_tables_match_the_flat_tables(built: Path) -> None:
    by_year = built / "by_year"
    assert sorted(p.name for p in (by_year / "items").iterdir()) == [
        "year=2022",
        "year=2023",
        "year=2024",
        "year=2025",
    ]
    for name in ("items", "sections", "decisions", "meetings", "cases"):
        flat = pd.read_parquet(built / f"{name}.parquet")
        parts = duckdb.sql(
            f"SELECT * FROM read_parquet('{by_year / name}/*/*.parquet', hive_partitioning=true)"
        ).df()
        assert len(parts) == len(flat), name
    counts = duckdb.sql(
        f"SELECT year, count(*) AS n FROM read_parquet('{by_year}/items/*/*.parquet', "
        "hive_partitioning=true) GROUP BY year ORDER BY year"
    ).fetchall()
    assert counts == [(2022, 7), (2023, 12), (2024, 5), (2025, 9)]
