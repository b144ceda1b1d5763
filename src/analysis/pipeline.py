"""Wiring: raw files -> parsed per-file tables -> corpus tables -> enriched tables.

``parse_bytes`` is a function of one file's bytes and name, so a process pool, a
``dask.bag`` map or a Spark job can run it; ``combine`` and ``enrich`` work on the
collected results. File I/O stays in ``parse_file`` and ``store``.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import config, schema
from analysis.model import ParsedMeeting
from analysis.parse import NotMinutes, case_scheme, parse_minutes
from analysis.read import UnreadableDocument, read_bytes, supported_suffixes
from analysis.tables import meeting_id_for, meeting_tables

#: Tables made per file; the rest are made from the whole corpus.
FILE_TABLES = (
    "meetings",
    "participants",
    "items",
    "sections",
    "recommendations",
    "attachments",
    "references",
    "case_history",
)
#: Every table the build writes, in writing order.
ALL_TABLES = (
    *FILE_TABLES,
    "decisions",
    "follow_ups",
    "positions",
    "item_themes",
    "topics",
    "item_topics",
    "cases",
    "manifest",
)


@dataclass
class FileResult:
    """What became of one raw file: its manifest row and, unless rejected, its tables."""

    manifest: dict[str, object]
    tables: dict[str, pd.DataFrame] | None = None
    warnings: list[str] = field(default_factory=list)
    #: Fingerprint of the parsed content (see ``content_key``); '' when rejected.
    content_key: str = ""


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Every regular file below ``raw_dir`` (hidden files excepted), sorted by path."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw data folder not found: {raw_dir}")
    return sorted(
        p
        for p in raw_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
    )


def _manifest_row(name: str, data: bytes, suffix: str) -> dict[str, object]:
    return {
        "source_file": name,
        "sha256": sha256_of(data) if data is not None else "",
        "size_bytes": len(data) if data is not None else 0,
        "source_format": suffix.lstrip(".").lower() or None,
        "encoding": None,
        "status": "ok",
        "message": "",
        "meeting_id": None,
        "n_items": 0,
        "coverage": 0.0,
    }


def reject(row: dict[str, object], message: str) -> FileResult:
    """A manifest-only result for a file that could not be parsed."""
    return FileResult({**row, "status": "rejected", "message": message})


def parse_bytes(
    data: bytes,
    name: str,
    default_forum: str = config.DEFAULT_FORUM,
    default_municipality: str = config.DEFAULT_MUNICIPALITY,
) -> FileResult:
    """Parse one file's bytes into its tables and manifest row (pure; never raises)."""
    suffix = Path(name).suffix
    row = _manifest_row(name, data, suffix)
    limit = (
        config.MAX_BINARY_BYTES if suffix.lower() in (".pdf", ".docx") else config.MAX_TEXT_BYTES
    )
    if len(data) > limit:
        return reject(
            row,
            f"the file is {len(data) / 1e6:.0f} MB, more than the {limit / 1e6:.0f} MB "
            "limit for one minutes document of this type (is it several documents in one?)",
        )
    try:
        doc = read_bytes(data, suffix)
        meeting = parse_minutes(doc.text, default_forum, default_municipality)
    except (UnreadableDocument, NotMinutes) as exc:
        return reject(row, str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the build
        return reject(row, f"the parser failed on this file ({type(exc).__name__}: {exc})")
    row["source_format"] = doc.source_format
    row["encoding"] = doc.encoding
    meeting_id = meeting_id_for(meeting.forum, meeting.date.isoformat(), meeting.municipality)
    source = {
        "source_file": name,
        "source_sha256": row["sha256"],
        "source_format": doc.source_format,
    }
    tables = meeting_tables(meeting, meeting_id, source)
    warnings = [*doc.warnings, *meeting.warnings]
    row.update(
        meeting_id=meeting_id,
        n_items=len(meeting.items),
        coverage=round(meeting.coverage, 6),
        status="warning" if warnings else "ok",
        message="; ".join(warnings),
    )
    return FileResult(row, tables, warnings, content_key(meeting))


def unreadable(name: str, suffix: str, error: str) -> FileResult:
    """The result for a file whose bytes could not be read at all."""
    row = _manifest_row(name, b"", suffix)
    row["sha256"] = ""
    return reject(row, error)


def read_raw(path: Path, raw_dir: Path) -> tuple[str, bytes | None, str]:
    """(name relative to raw_dir, bytes or None, error message) for one raw file."""
    name = path.relative_to(raw_dir).as_posix()
    try:
        return name, path.read_bytes(), ""
    except OSError as exc:
        return name, None, f"the file cannot be read: {exc.strerror or exc}"


def parse_file(path: Path, raw_dir: Path) -> FileResult:
    """Read one raw file (I/O edge) and parse it."""
    name, data, error = read_raw(path, raw_dir)
    if data is None:
        return unreadable(name, path.suffix, error)
    return parse_bytes(data, name)


def content_key(meeting: ParsedMeeting) -> str:
    """Fingerprint of a meeting's content, to tell a duplicate from a conflicting file.

    Made from the parsed items, not the bytes, so the same minutes as PDF and as text
    count as one meeting. Computed where the file is parsed (in parallel, and cached).
    """
    digest = hashlib.sha256()
    for it in meeting.items:
        digest.update(f"{it.number}\x1f{it.title}\x1f{it.case_number}\x1e".encode())
        for sec in it.sections:
            digest.update(sec.text.encode())
            digest.update(b"\x1d")
    return digest.hexdigest()


def _rename_meeting(tables: dict[str, pd.DataFrame], old: str, new: str) -> dict:
    """Copy of a file's tables with its meeting id (and item ids) renamed."""
    out = {}
    for name, df in tables.items():
        df = df.copy()
        if "meeting_id" in df:
            df["meeting_id"] = df["meeting_id"].replace(old, new)
        if "item_id" in df:
            df["item_id"] = df["item_id"].str.replace(f"{old}-", f"{new}-", regex=False)
        out[name] = df
    return out


def combine(results: Iterable[FileResult]) -> dict[str, pd.DataFrame]:
    """Collect per-file results into corpus tables and the manifest.

    The same meeting in two files (identical content) is counted once; both files are
    listed in the manifest. Two different files claiming the same forum and date are both
    kept, the later one under a suffixed meeting id, and both are flagged.
    """
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in FILE_TABLES}
    manifest: list[dict[str, object]] = []
    seen: dict[str, tuple[str, str]] = {}  # meeting_id -> (content key, source file)
    for res in sorted(results, key=lambda r: str(r.manifest["source_file"])):
        row = dict(res.manifest)
        if res.tables is not None:
            tables = res.tables
            mid = str(row["meeting_id"])
            key = res.content_key
            if mid in seen and seen[mid][0] == key:
                note = f"duplicate of {seen[mid][1]}: the same meeting, counted once"
                row.update(status="warning", message=_join(row["message"], note))
                manifest.append(row)
                continue
            if mid in seen:
                suffix = 2
                while f"{mid}-v{suffix}" in seen:
                    suffix += 1
                new = f"{mid}-v{suffix}"
                note = (
                    f"{seen[mid][1]} also claims this forum and date with different content;"
                    f" kept as meeting {new}"
                )
                row.update(status="warning", message=_join(row["message"], note), meeting_id=new)
                tables = _rename_meeting(tables, mid, new)
                for prev in manifest:
                    if prev["meeting_id"] == mid:
                        prev.update(
                            status="warning",
                            message=_join(
                                prev["message"], f"{row['source_file']} claims the same meeting"
                            ),
                        )
                mid = new
            seen[mid] = (key, str(row["source_file"]))
            for name in FILE_TABLES:
                parts[name].append(tables[name])
        manifest.append(row)
    out = {}
    for name in FILE_TABLES:
        frames = [f for f in parts[name] if len(f)]
        out[name] = pd.concat(frames, ignore_index=True) if frames else schema.empty_frame(name)
    out["manifest"] = pd.DataFrame(manifest, columns=schema.TABLES["manifest"].column_names)
    return out


def _join(a: object, b: str) -> str:
    return f"{a}; {b}" if a else b


#: Workers start from a small server process instead of forking the whole build: a
#: fork would share (and count) every table the parent holds.
POOL_CONTEXT = multiprocessing.get_context("forkserver")

#: Items per chunk of the per-item enrichment; below two chunks it runs in-process.
ENRICH_CHUNK_ITEMS = 4000

_PER_ITEM_TABLES = ("summary", "decisions", "follow_ups", "positions", "item_themes")


def item_enrichment(
    items: pd.DataFrame,
    sections: pd.DataFrame,
    recs: pd.DataFrame,
    forums: dict[str, str],
) -> dict[str, pd.DataFrame]:
    """The enrichment that depends on each item alone: decisions and curated themes."""
    from analysis.enrich import decisions, themes

    return {
        "summary": decisions.decision_summary(sections, recs, forums),
        "decisions": decisions.decisions_table(sections, forums),
        "follow_ups": decisions.follow_ups_table(sections),
        "positions": decisions.positions_table(sections),
        "item_themes": themes.item_themes_table(items, sections, themes.load_taxonomy()),
    }


def _item_chunk(job: tuple) -> dict[str, pd.DataFrame]:
    return item_enrichment(*job)


def item_enrichment_parallel(
    items: pd.DataFrame,
    sections: pd.DataFrame,
    recs: pd.DataFrame,
    forums: dict[str, str],
    workers: int | None = None,
    chunk_items: int | None = None,
) -> dict[str, pd.DataFrame]:
    """``item_enrichment`` over contiguous chunks of item ids, on a process pool.

    Each output table is sorted by item id first, so concatenating the chunks in id order
    gives exactly the single-process result (deterministic whatever the pool does).
    """
    size = chunk_items or ENRICH_CHUNK_ITEMS
    ids = sorted(items["item_id"])
    if len(ids) < 2 * size:
        return item_enrichment(items, sections, recs, forums)
    bounds = [ids[i] for i in range(0, len(ids), size)]
    key = {"items": items, "sections": sections, "recs": recs}
    chunk_of = {
        name: pd.Series(bounds).searchsorted(df["item_id"], side="right") - 1
        for name, df in key.items()
    }
    jobs = []
    for k in range(len(bounds)):
        part = {name: df[chunk_of[name] == k] for name, df in key.items()}
        ids_k = set(part["items"]["item_id"])
        jobs.append(
            (
                part["items"],
                part["sections"],
                part["recs"],
                {i: f for i, f in forums.items() if i in ids_k},
            )
        )
    workers = workers or os.cpu_count() or 1
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers, mp_context=POOL_CONTEXT) as pool:
            results = list(pool.map(_item_chunk, jobs))
    else:
        results = [_item_chunk(job) for job in jobs]
    return {
        name: pd.concat([r[name] for r in results], ignore_index=True) for name in _PER_ITEM_TABLES
    }


def enrich(
    tables: dict[str, pd.DataFrame],
    external_dir: Path | None = None,
    workers: int | None = None,
) -> dict[str, pd.DataFrame]:
    """Add decisions, themes, KLE titles and case threads to combined tables."""
    from analysis.enrich import cases, kle, themes

    out = dict(tables)
    items = tables["items"].copy()
    sections, recs = tables["sections"], tables["recommendations"]

    kle_cols = kle.kle_columns(items, kle.load_kle_titles(external_dir))
    for col in kle_cols.columns:
        if col not in ("item_id", "case_scheme"):
            items[col] = kle_cols[col].array
    # The scheme comes from the parser, which knows the non-KLE schemes too.
    items["case_scheme"] = items["case_number"].map(case_scheme, na_action="ignore")

    forum_of = items[["item_id", "meeting_id"]].merge(
        tables["meetings"][["meeting_id", "forum"]], on="meeting_id", how="left"
    )
    # A council naming itself ("Byrådet godkendte") is this forum, not another body.
    forums = dict(zip(forum_of["item_id"], forum_of["forum"], strict=True))
    per_item = item_enrichment_parallel(items, sections, recs, forums, workers)
    summary = per_item["summary"]
    # An empty corpus starts from the schema's empty items, which already has these.
    added = [c for c in (*summary.columns, "theme", "themes") if c != "item_id"]
    items = items.drop(columns=[c for c in added if c in items.columns])
    items = items.merge(summary, on="item_id", how="left")
    items["n_follow_ups"] = items["n_follow_ups"].fillna(0).astype("int64")
    for name in ("decisions", "follow_ups", "positions"):
        out[name] = per_item[name]
    item_themes = per_item["item_themes"]
    primary = themes.primary_theme(item_themes)
    joined = (
        item_themes.sort_values(["item_id", "theme"])
        .groupby("item_id")["theme"]
        .agg(";".join)
        .rename("themes")
    )
    items = items.merge(primary[["item_id", "theme"]], on="item_id", how="left")
    items = items.merge(joined, on="item_id", how="left")
    out["item_themes"] = item_themes
    out["topics"], out["item_topics"] = themes.discovered_topics(items, sections)

    items["case_seq"] = cases.case_sequence(items)
    standing = cases.standing_case_numbers(items)
    items["standing_case"] = items["case_number"].isin(standing).astype("boolean")
    items.loc[items["case_number"].isna(), "standing_case"] = pd.NA
    out["cases"] = cases.case_threads_table(items)
    out["items"] = items
    return out


def finalise(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Conform every table to its schema (columns, dtypes, order) and validate it."""
    out = {}
    for name in ALL_TABLES:
        df = schema.conform(name, tables.get(name, schema.empty_frame(name)))
        out[name] = schema.validate(name, df)
    return out


def partition_years(tables: dict[str, pd.DataFrame]) -> dict[str, pd.Series]:
    """The meeting year of every row, for each table that belongs to meetings.

    Tables keyed by item or meeting take their meeting's year; cases their first year.
    Topics (corpus-wide) and the manifest (files, some never meetings) are not partitioned.
    """
    meeting_year = tables["meetings"].set_index("meeting_id")["year"]
    item_year = tables["items"].set_index("item_id")["date"].dt.year
    out: dict[str, pd.Series] = {}
    for name, df in tables.items():
        if name in ("topics", "manifest"):
            continue
        if "item_id" in df.columns:
            out[name] = df["item_id"].map(item_year).astype("int64")
        elif "meeting_id" in df.columns:
            out[name] = df["meeting_id"].map(meeting_year).astype("int64")
        elif name == "cases":
            out[name] = df["first_date"].dt.year.astype("int64")
    return out


def parse_corpus(
    raw_dir: Path | None = None, external_dir: Path | None = None, enriched: bool = True
) -> dict[str, pd.DataFrame]:
    """Every table for the files in ``raw_dir``, in memory, without writing anything.

    With ``enriched=False`` only the parsed tables are returned (not conformed), which is
    what the enrichment steps themselves start from.
    """
    raw_dir = raw_dir or config.RAW_DIR
    results = [parse_file(p, raw_dir) for p in list_raw_files(raw_dir)]
    combined = combine(results)
    if not enriched:
        return combined
    return finalise(enrich(combined, external_dir))


__all__ = [
    "FileResult",
    "parse_bytes",
    "parse_file",
    "combine",
    "enrich",
    "finalise",
    "parse_corpus",
    "list_raw_files",
    "supported_suffixes",
    "ALL_TABLES",
]
