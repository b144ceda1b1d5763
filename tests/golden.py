"""Golden digests of the built tables: "outputs identical", table by table.

Two corpora are built: the seeds (``data/raw``) and a small fixed synthetic corpus stored
in ``tests/fixtures/golden/raw`` (every document layout, five formats, distinct texts; the
files are stored, so a change of the generator does not move them). For every table the
digest is the SHA-256 of its rows, each serialised as canonical JSON and sorted, so row
order and storage details do not count but every value does. ``digests.json`` holds them;
``tests/test_golden.py`` rebuilds and compares table by table (Parquet, DuckDB and the
by-year partitions).

When an output change is intended (a new table, a widened taxonomy, a parser fix), run
from the project root::

    make golden        # = PYTHONPATH=src .venv/bin/python -m tests.golden

and commit ``tests/fixtures/golden/digests.json``: the diff names the tables that moved.
``--corpus`` also rewrites the stored synthetic corpus (only when the generator's output
itself should change what the golden corpus covers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "fixtures" / "golden"
DIGESTS = GOLDEN / "digests.json"
#: The seeds, and the stored synthetic corpus (its municipality from the folder name).
CORPORA = {"seeds": ROOT / "data" / "raw", "synthetic": GOLDEN / "raw"}
#: How the stored synthetic corpus was generated (``--corpus`` writes it again).
SYNTHETIC = {"n": 16, "seed": 17, "distinct": 1}
SYNTHETIC_FOLDER = "albertslund"


def _value(v: object) -> object:
    """A value in a canonical JSON form: equal content gives equal text, whatever the dtype."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "tolist") and not isinstance(v, (str, bytes)):  # numpy scalars and arrays
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return [_value(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _value(x) for k, x in sorted(v.items())}
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        if math.isnan(v):
            return None
        if v.is_integer() and abs(v) < 2**53:
            return int(v)
        return float(format(v, ".6g"))  # NMF weights: stable to 6 digits across BLAS builds
    if isinstance(v, (pd.Timestamp, dt.datetime, dt.date)):
        ts = pd.Timestamp(v)
        return ts.date().isoformat() if ts == ts.normalize() else ts.isoformat()
    if isinstance(v, (dt.time, dt.timedelta)):
        return str(v)
    return v


def table_digest(df: pd.DataFrame) -> dict[str, object]:
    """Rows, columns and the SHA-256 of the sorted canonical rows of one table."""
    cols = list(df.columns)
    lines = sorted(
        json.dumps([_value(v) for v in row], ensure_ascii=False, separators=(",", ":"))
        for row in df.itertuples(index=False, name=None)
    )
    h = hashlib.sha256()
    h.update(json.dumps(cols).encode())
    for line in lines:
        h.update(line.encode() + b"\n")
    return {"rows": len(df), "columns": cols, "sha256": h.hexdigest()}


def build_corpus(raw: Path, out: Path) -> Path:
    """Build ``raw`` into ``out`` (in process, serial: the output does not depend on it)."""
    from analysis.build import build

    summary = build(raw, out, force=True, progress=False, workers=1)
    if summary.exit_code not in (0, 1):
        raise RuntimeError(f"the build of {raw} failed (exit code {summary.exit_code})")
    return out


def parquet_digests(processed: Path) -> dict[str, dict[str, object]]:
    return {p.stem: table_digest(pd.read_parquet(p)) for p in sorted(processed.glob("*.parquet"))}


def duckdb_digests(processed: Path, tables: Iterable[str]) -> dict[str, dict[str, object]]:
    import duckdb

    con = duckdb.connect(str(processed / "minutes.duckdb"), read_only=True)
    try:
        return {t: table_digest(con.execute(f'SELECT * FROM "{t}"').df()) for t in tables}
    finally:
        con.close()


def by_year_digests(processed: Path) -> dict[str, dict[str, object]]:
    """Each partitioned table's rows, all years together (in the whole table's columns)."""
    out = {}
    root = processed / "by_year"
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        whole = list(pd.read_parquet(processed / f"{folder.name}.parquet").columns)
        parts = []
        for p in sorted(folder.glob("year=*/*.parquet")):
            part = pd.read_parquet(p)
            if "year" in whole:  # the partition key lives in the folder name
                part["year"] = int(p.parent.name.removeprefix("year="))
            parts.append(part)
        if not parts:  # an empty table has no partition
            continue
        out[folder.name] = table_digest(pd.concat(parts, ignore_index=True)[whole])
    return out


def compute(workdir: Path) -> dict[str, dict[str, dict[str, object]]]:
    """The Parquet digests of every table of every golden corpus."""
    return {
        name: parquet_digests(build_corpus(raw, workdir / name)) for name, raw in CORPORA.items()
    }


def write_corpus() -> None:
    """Generate the stored synthetic corpus again (see ``SYNTHETIC``)."""
    from analysis.synth.corpus import LAYOUTS, generate_corpus, pdf_renderer

    formats = ["txt", "md", "docx", "html", *(["pdf"] if pdf_renderer() else [])]
    with tempfile.TemporaryDirectory() as tmp:
        raw = generate_corpus(
            Path(tmp), SYNTHETIC["n"], seed=SYNTHETIC["seed"], formats=formats,
            layouts=LAYOUTS, distinct=SYNTHETIC["distinct"], workers=1,
        )  # fmt: skip
        target = GOLDEN / "raw"
        shutil.rmtree(target, ignore_errors=True)
        (target / SYNTHETIC_FOLDER).mkdir(parents=True)
        for p in sorted(raw.rglob("*")):
            if p.is_file():
                shutil.copy2(p, target / SYNTHETIC_FOLDER / p.name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", action="store_true", help="also regenerate the stored corpus")
    args = ap.parse_args(argv)
    if args.corpus:
        write_corpus()
    with tempfile.TemporaryDirectory(prefix="golden-") as tmp:
        digests = compute(Path(tmp))
    old = json.loads(DIGESTS.read_text()) if DIGESTS.is_file() else {}
    DIGESTS.write_text(json.dumps(digests, indent=1, ensure_ascii=False) + "\n")
    for corpus, tables in digests.items():
        for table, d in tables.items():
            before = old.get(corpus, {}).get(table)
            if before != d:
                was = f"{before['rows']} rows" if before else "new"
                print(f"{corpus}/{table}: {was} -> {d['rows']} rows, changed")
    print(f"wrote {DIGESTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
