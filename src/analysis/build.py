"""The build: raw folder -> processed tables, incremental, with a progress bar and summary."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from analysis import config, store
from analysis.pipeline import (
    ALL_TABLES,
    FileResult,
    combine,
    enrich,
    finalise,
    list_raw_files,
    parse_bytes,
    reject,
    sha256_of,
)

#: Show a progress bar from this many files on.
PROGRESS_MIN_FILES = 20


def code_fingerprint() -> str:
    """Hash of the package's code and data: a change invalidates the parse cache."""
    root = resources.files("analysis")
    digest = hashlib.sha256()
    paths = sorted(
        p
        for p in Path(str(root)).rglob("*")
        if p.is_file() and p.suffix in (".py", ".yaml", ".csv") and "__pycache__" not in p.parts
    )
    for p in paths:
        digest.update(p.relative_to(Path(str(root))).as_posix().encode())
        digest.update(p.read_bytes())
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
    tables = None
    if cached.tables is not None:
        tables = dict(cached.tables)
        meetings = tables["meetings"].copy()
        meetings["source_file"] = name
        tables["meetings"] = meetings
    return FileResult(manifest, tables, list(cached.warnings))


def _read(path: Path, raw_dir: Path) -> tuple[str, bytes | None, str]:
    name = path.relative_to(raw_dir).as_posix()
    try:
        return name, path.read_bytes(), ""
    except OSError as exc:
        return name, None, f"the file cannot be read: {exc.strerror or exc}"


def build(
    raw_dir: Path | None = None,
    out_dir: Path | None = None,
    external_dir: Path | None = None,
    force: bool = False,
    progress: bool | None = None,
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
    fingerprint = code_fingerprint()

    show = progress if progress is not None else len(files) >= PROGRESS_MIN_FILES
    results: list[FileResult] = []
    hashes: dict[str, str] = {}
    n_parsed = n_cached = 0
    for path in tqdm(files, desc="Læser referater", unit="fil", disable=not show):
        name, data, error = _read(path, raw_dir)
        if data is None:
            row = {
                "source_file": name,
                "sha256": "",
                "size_bytes": 0,
                "source_format": path.suffix.lstrip(".").lower() or None,
                "encoding": None,
                "status": "ok",
                "message": "",
                "meeting_id": None,
                "n_items": 0,
                "coverage": 0.0,
            }
            results.append(reject(row, error))
            hashes[name] = "unreadable"
            continue
        sha = sha256_of(data)
        hashes[name] = sha
        cached = None if force else store.cache_get(out_dir, fingerprint, sha)
        if isinstance(cached, FileResult):
            results.append(_from_cache(cached, name))
            n_cached += 1
            continue
        result = parse_bytes(data, name)
        store.cache_put(out_dir, fingerprint, sha, result)
        results.append(result)
        n_parsed += 1

    state = {
        "code": fingerprint,
        "external": external_fingerprint(external_dir),
        "files": hashes,
    }
    if (
        not force
        and store.read_state(out_dir) == state
        and store.outputs_present(out_dir, ALL_TABLES)
    ):
        manifest = store.read_table(out_dir, "manifest")
        rows = {
            name: len(pd.read_parquet(store.table_path(out_dir, name), columns=[]))
            for name in ("meetings", "items")
        }
        return BuildSummary(
            raw_dir, out_dir, manifest, rows, n_parsed, n_cached, True, time.perf_counter() - start
        )

    tables = finalise(enrich(combine(results), external_dir))
    store.write_tables(tables, out_dir, state)
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
