"""The build: raw folder -> processed tables, incremental, with a progress bar and summary."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
from tqdm import tqdm

from analysis import config, store
from analysis.pipeline import (
    ALL_TABLES,
    POOL_CONTEXT,
    ROW_TABLES,
    FileResult,
    combine,
    enrich,
    finalise,
    list_raw_files,
    parse_bytes,
    partition_years,
    read_raw,
    sha256_of,
    unreadable,
)

#: Show a progress bar from this many files on.
PROGRESS_MIN_FILES = 20
#: Parse on a process pool from this many files on (below, start-up costs more).
PARALLEL_MIN_FILES = 40


#: Package parts that only read the built tables (analysis, charts, reports, tools): a
#: change there must not invalidate the parse cache and force a full re-parse.
DOWNSTREAM = (
    "__main__.py",
    "bench.py",
    "charts.py",
    "cli.py",
    "export.py",
    "metrics.py",
    "notebooks.py",
    "search.py",
    "report",
    "synth",
)


def code_fingerprint() -> str:
    """Hash of the package code and data that make the tables: a change there
    invalidates the parse cache (everything except ``DOWNSTREAM``)."""
    root = Path(str(resources.files("analysis")))
    digest = hashlib.sha256()
    paths = sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix in (".py", ".yaml", ".csv")
        and "__pycache__" not in p.parts
        and p.relative_to(root).parts[0] not in DOWNSTREAM
    )
    for p in paths:
        digest.update(p.relative_to(root).as_posix().encode())
        digest.update(p.read_bytes())
    return digest.hexdigest()[:16]


def settings_fingerprint() -> str:
    """Hash of the settings that change what a file parses to: the user's theme file
    ($MINUTES_THEMES_FILE) and the default forum and municipality."""
    digest = hashlib.sha256()
    digest.update(f"{config.DEFAULT_FORUM}\x1f{config.DEFAULT_MUNICIPALITY}\x1f".encode())
    themes_file = os.environ.get(config.THEMES_FILE_ENV)
    if themes_file:
        digest.update(themes_file.encode())
        try:
            digest.update(Path(themes_file).read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()[:16]


def external_fingerprint(external_dir: Path) -> str:
    """Hash of the user's KLE XML files, which change the KLE titles."""
    if not external_dir.is_dir():
        return ""
    digest = hashlib.sha256()
    for p in sorted(external_dir.glob("*.xml")):
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class BuildSummary:
    """What a build did; ``render()`` is the one-screen summary printed at the end."""

    raw_dir: Path
    out_dir: Path
    manifest: pd.DataFrame
    table_rows: dict[str, int]
    n_parsed: int = 0
    n_cached: int = 0
    skipped: bool = False
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def n_rejected(self) -> int:
        return int((self.manifest["status"] == "rejected").sum())

    @property
    def exit_code(self) -> int:
        """0 when every file was parsed, 1 when any was rejected."""
        return 1 if self.n_rejected else 0

    def render(self) -> str:
        m = self.manifest
        counts = m["status"].value_counts()
        lines = [
            f"Build {'skipped: nothing changed' if self.skipped else 'done'} "
            f"in {self.seconds:.1f} s",
            f"  raw:       {self.raw_dir}",
            f"  processed: {self.out_dir}",
            f"  files:     {len(m)} (ok {counts.get('ok', 0)}, warning "
            f"{counts.get('warning', 0)}, rejected {counts.get('rejected', 0)}); "
            f"parsed {self.n_parsed}, from cache {self.n_cached}",
        ]
        if len(m):
            cov = m.loc[m["status"] != "rejected", "coverage"]
            if len(cov):
                lines.append(f"  coverage:  min {cov.min():.1%}, mean {cov.mean():.1%}")
        lines.append(
            "  tables:    " + ", ".join(f"{name} {rows}" for name, rows in self.table_rows.items())
        )
        flagged = m[m["status"] != "ok"]
        if len(flagged):
            lines.append("  files needing a look:")
            for _, row in flagged.head(12).iterrows():
                msg = str(row["message"])
                msg = msg if len(msg) <= 110 else msg[:107] + "..."
                lines.append(f"    [{row['status']}] {row['source_file']}: {msg}")
            if len(flagged) > 12:
                lines.append(f"    … and {len(flagged) - 12} more (see the manifest table)")
        lines.extend(f"  {note}" for note in self.notes)
        return "\n".join(lines)


def _from_cache(cached: FileResult, name: str) -> FileResult:
    """A cached result under the file's current name (same bytes may have moved)."""
    manifest = {**cached.manifest, "source_file": name}
    records = cached.records
    if records is not None:
        col = ROW_TABLES["meetings"][0].index("source_file")
        records = dict(records)
        records["meetings"] = [(*r[:col], name, *r[col + 1 :]) for r in records["meetings"]]
    return FileResult(manifest, records, list(cached.warnings), cached.content_key)


#: (bytes, name, sha256) of a file to parse.
Job = tuple[bytes, str, str]


def _parse_job(job: Job, cache: tuple[Path, str] | None = None) -> FileResult:
    """Parse one file and, with ``cache`` = (processed folder, fingerprint), store the
    result (in the worker, in parallel)."""
    data, name, sha = job
    result = parse_bytes(data, name)
    if cache is not None:
        store.cache_put(cache[0], cache[1], sha, result)
    return result


def parse_many(
    jobs: list[Job],
    workers: int | None = None,
    progress: bool = False,
    cache: tuple[Path, str] | None = None,
) -> list[FileResult]:
    """Parse (bytes, name, sha256) jobs, on a process pool when there are enough of them.

    With ``cache`` = (processed folder, fingerprint) each result is also stored in the
    parse cache by the process that made it. The results come back in the order of
    ``jobs`` whatever the pool does, so the output stays deterministic.
    """
    workers = workers or os.cpu_count() or 1
    parallel = workers > 1 and len(jobs) >= PARALLEL_MIN_FILES
    job = partial(_parse_job, cache=cache)
    out: list[FileResult] = []
    with (
        ExitStack() as stack,
        tqdm(total=len(jobs), desc="Fortolker referater", unit="fil", disable=not progress) as bar,
    ):
        if parallel:
            pool = stack.enter_context(
                ProcessPoolExecutor(max_workers=workers, mp_context=POOL_CONTEXT)
            )
            results: Iterable[FileResult] = pool.map(job, jobs, chunksize=16)
        else:
            results = map(job, jobs)
        for result in results:
            out.append(result)
            bar.update()
    return out


def build(
    raw_dir: Path | None = None,
    out_dir: Path | None = None,
    external_dir: Path | None = None,
    force: bool = False,
    progress: bool | None = None,
    workers: int | None = None,
) -> BuildSummary:
    """Build every table from ``raw_dir`` into ``out_dir``.

    Unchanged files are taken from the parse cache; when neither the files nor the code
    changed and the outputs exist, nothing is rewritten.
    """
    start = time.perf_counter()
    raw_dir = raw_dir or config.RAW_DIR
    out_dir = out_dir or config.PROCESSED_DIR
    external_dir = external_dir or config.EXTERNAL_DIR
    files = list_raw_files(raw_dir)
    # The parse cache holds each file's enriched rows: the code and the settings key it.
    fingerprint = f"{code_fingerprint()}-{settings_fingerprint()}"

    show = progress if progress is not None else len(files) >= PROGRESS_MIN_FILES
    hashes: dict[str, str] = {}
    contents: dict[str, bytes] = {}
    unreadable_files: dict[str, FileResult] = {}
    for path in tqdm(files, desc="Læser filer", unit="fil", disable=not show):
        name, data, error = read_raw(path, raw_dir)
        if data is None:
            unreadable_files[name] = unreadable(name, path.suffix, error)
            hashes[name] = "unreadable"
        else:
            hashes[name] = sha256_of(data)
            contents[name] = data

    state = {
        "code": fingerprint,
        "external": external_fingerprint(external_dir),
        "files": hashes,
    }
    # Nothing changed: say so without touching the cache (the fast path of a rebuild).
    if (
        not force
        and store.read_state(out_dir) == state
        and store.outputs_present(out_dir, ALL_TABLES)
    ):
        manifest = store.read_table(out_dir, "manifest")
        rows = {
            name: pq.ParquetFile(store.table_path(out_dir, name)).metadata.num_rows
            for name in ("meetings", "items")
        }
        return BuildSummary(
            raw_dir,
            out_dir,
            manifest,
            rows,
            0,
            len(contents),
            True,
            time.perf_counter() - start,
        )

    results: dict[str, FileResult] = dict(unreadable_files)
    todo: list[Job] = []
    for name, data in contents.items():
        cached = None if force else store.cache_get(out_dir, fingerprint, hashes[name])
        if isinstance(cached, FileResult):
            results[name] = _from_cache(cached, name)
        else:
            todo.append((data, name, hashes[name]))
    n_cached = len(contents) - len(todo)
    contents.clear()  # the bytes are no longer needed; free them before parsing
    for result in parse_many(todo, workers, show, cache=(out_dir, fingerprint)):
        results[str(result.manifest["source_file"])] = result
    n_parsed = len(todo)
    del todo
    ordered = [results.pop(name) for name in sorted(results)]

    tables = finalise(enrich(combine(ordered), external_dir))
    del ordered
    store.write_tables(tables, out_dir, state, partition_years(tables))
    store.cache_prune(out_dir, fingerprint, set(hashes.values()))
    rows = {name: len(df) for name, df in tables.items()}
    return BuildSummary(
        raw_dir,
        out_dir,
        tables["manifest"],
        rows,
        n_parsed,
        n_cached,
        False,
        time.perf_counter() - start,
    )
