"""The only module that writes ``data/processed``: Parquet, DuckDB, the parse cache.

Writes are atomic: every file of a build is written into a staging folder first and
moved into place only when all of them are complete, so a failed run leaves the previous
tables as they were. Output is deterministic: the same tables give byte-identical Parquet.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import uuid
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis import config

STATE_FILE = ".build-state.json"
#: Sub-folder holding the tables as Parquet datasets partitioned by year.
PARTITIONED_DIR = "by_year"


def table_path(out_dir: Path, name: str) -> Path:
    return out_dir / f"{name}.parquet"


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    """Write one table as Parquet with settings that make the bytes reproducible."""
    table = pa.Table.from_pandas(df, preserve_index=False)
    pq.write_table(table, path, compression="zstd", write_statistics=True)


def write_duckdb(tables: dict[str, pd.DataFrame], path: Path) -> None:
    """One DuckDB database holding every table under its own name."""
    import duckdb

    con = duckdb.connect(str(path))
    try:
        for name, df in tables.items():
            con.register("_frame", df)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _frame')
            con.unregister("_frame")
            spec_doc = _table_doc(name)
            if spec_doc:
                con.execute(f"COMMENT ON TABLE \"{name}\" IS '{spec_doc}'")
    finally:
        con.close()


def _table_doc(name: str) -> str:
    from analysis.schema import TABLES

    spec = TABLES.get(name)
    return spec.doc.replace("'", "''") if spec else ""


def write_partitioned(df: pd.DataFrame, years: pd.Series, folder: Path) -> None:
    """Write a table as a hive-partitioned dataset ``folder/year=YYYY/part-0.parquet``.

    Spark, Dask and DuckDB read such a folder directly and skip the years a query does
    not need. Rows keep their order within a year, so the bytes are reproducible.
    """
    import pyarrow.dataset as pads

    folder.mkdir(parents=True)
    if df.empty:
        return
    table = pa.Table.from_pandas(df.assign(year=years.to_numpy()), preserve_index=False)
    pads.write_dataset(
        table,
        folder,
        format="parquet",
        partitioning=pads.partitioning(pa.schema([("year", pa.int32())]), flavor="hive"),
        basename_template="part-{i}.parquet",
        use_threads=False,
        file_options=pads.ParquetFileFormat().make_write_options(compression="zstd"),
    )


def _swap_dir(new: Path, target: Path) -> None:
    """Put folder ``new`` at ``target``, replacing what was there."""
    if target.exists():
        old = target.with_name(f".old-{target.name}-{uuid.uuid4().hex[:6]}")
        os.replace(target, old)
        os.replace(new, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(new, target)


def write_tables(
    tables: dict[str, pd.DataFrame],
    out_dir: Path,
    state: dict,
    partition_years: dict[str, pd.Series] | None = None,
) -> None:
    """Write all tables (Parquet + DuckDB) and the build state, atomically.

    ``partition_years`` (table -> year of each row) adds ``by_year/<table>/year=…``
    datasets for engines that read partitioned Parquet.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = out_dir / f".staging-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        for name, df in tables.items():
            write_parquet(df, table_path(staging, name))
        for name, years in (partition_years or {}).items():
            write_partitioned(tables[name], years, staging / PARTITIONED_DIR / name)
        write_duckdb(tables, staging / config.DUCKDB_NAME)
        (staging / STATE_FILE).write_text(json.dumps(state, indent=1, sort_keys=True))
        # Everything is complete: move into place. The state file goes last, so an
        # interrupted move is seen as "changed" by the next build and redone.
        for name in tables:
            os.replace(table_path(staging, name), table_path(out_dir, name))
        if partition_years:
            _swap_dir(staging / PARTITIONED_DIR, out_dir / PARTITIONED_DIR)
        os.replace(staging / config.DUCKDB_NAME, out_dir / config.DUCKDB_NAME)
        os.replace(staging / STATE_FILE, out_dir / STATE_FILE)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def read_state(out_dir: Path) -> dict:
    """The state of the last complete build ({} when none)."""
    try:
        return json.loads((out_dir / STATE_FILE).read_text())
    except (OSError, ValueError):
        return {}


def outputs_present(out_dir: Path, names: tuple[str, ...]) -> bool:
    return all(table_path(out_dir, n).is_file() for n in names) and (
        out_dir / config.DUCKDB_NAME
    ).is_file()


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """Read one processed table."""
    path = table_path(out_dir, name)
    if not path.is_file():
        raise FileNotFoundError(
            f"table '{name}' not found in {out_dir}: run `minutes build` first"
        )
    return pd.read_parquet(path)


# --- parse cache ----------------------------------------------------------------------


def cache_dir(out_dir: Path, fingerprint: str) -> Path:
    return out_dir / config.CACHE_DIRNAME / fingerprint


def cache_get(out_dir: Path, fingerprint: str, sha256: str) -> object | None:
    """A cached parse result for file content ``sha256``, or None."""
    path = cache_dir(out_dir, fingerprint) / f"{sha256}.pkl"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def cache_put(out_dir: Path, fingerprint: str, sha256: str, value: object) -> None:
    """Store a parse result atomically (write to a temp name, then rename)."""
    folder = cache_dir(out_dir, fingerprint)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{sha256}.{uuid.uuid4().hex[:6]}.tmp"
    with tmp.open("wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / f"{sha256}.pkl")


def cache_prune(out_dir: Path, fingerprint: str, keep: set[str]) -> int:
    """Drop cache entries of other code versions and of files no longer present."""
    root = out_dir / config.CACHE_DIRNAME
    removed = 0
    if not root.is_dir():
        return 0
    for folder in root.iterdir():
        if folder.name != fingerprint:
            shutil.rmtree(folder, ignore_errors=True)
            continue
        for entry in folder.glob("*.pkl"):
            if entry.stem not in keep:
                entry.unlink(missing_ok=True)
                removed += 1
    return removed
