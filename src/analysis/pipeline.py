"""Wiring: raw files -> per-file rows -> corpus tables -> enriched tables.

``parse_bytes`` is a function of one file's bytes and name, so a process pool, a
``dask.bag`` map or a Spark job can run it: it parses the file and does every enrichment
that depends on one item alone, returning plain rows. ``combine`` makes each table once
from the rows of all files, and ``enrich`` adds what needs the whole corpus. File I/O
stays in ``parse_file`` and ``store``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc  # noqa: F401 - pa.ipc

from analysis import config, schema
from analysis.enrich import items as item_enrich
from analysis.layouts import SETTINGS_ORIGIN, SourceHints, hints_from_path, parse_text
from analysis.model import ParsedMeeting
from analysis.parse import NotMinutes, case_scheme
from analysis.rawfiles import raw_entries, read_raw, sha256_of
from analysis.read import UnreadableDocument, read_bytes, supported_suffixes
from analysis.tables import (
    COLUMNS,
    DATE_COLUMNS,
    Records,
    frame,
    joined_by_key,
    meeting_id_for,
    meeting_records,
)

#: The per-meeting tables, read straight from each document (``tables.COLUMNS``).
FILE_TABLES = tuple(COLUMNS)
#: Every table the build writes, in writing order.
ALL_TABLES = (
    *FILE_TABLES,
    "decisions",
    "follow_ups",
    "positions",
    "item_themes",
    "item_policy_areas",
    "topics",
    "item_topics",
    "cases",
    "manifest",
)


#: Tables of the rows in a ``FileResult``: the per-meeting tables, then the per-item
#: enrichment (``enrich.items``): name -> (columns, dtypes or None, date columns).
ROW_TABLES: dict[str, tuple[tuple[str, ...], dict[str, str] | None, tuple[str, ...]]] = {
    **{name: (cols, None, DATE_COLUMNS.get(name, ())) for name, cols in COLUMNS.items()},
    **{name: (tuple(d), d, ()) for name, d in item_enrich.COLUMNS.items()},
}


@dataclass
class FileResult:
    """What became of one raw file: its manifest row and, unless rejected, its rows.

    ``records`` holds the rows of every table in ``ROW_TABLES`` (tuples, cheap to pickle
    and to concatenate); ``tables`` shows them as DataFrames.
    """

    manifest: dict[str, object]
    records: Records | None = None
    warnings: list[str] = field(default_factory=list)
    #: Fingerprint of the parsed content (see ``content_key``); '' when rejected.
    content_key: str = ""

    @property
    def tables(self) -> dict[str, pd.DataFrame] | None:
        """This file's tables as DataFrames (None when the file was rejected)."""
        if self.records is None:
            return None
        return {name: rows_frame(name, rows) for name, rows in self.records.items()}


def rows_frame(name: str, rows: list[tuple]) -> pd.DataFrame:
    """A DataFrame of rows of table ``name`` (see ``ROW_TABLES``)."""
    columns, dtypes, dates = ROW_TABLES[name]
    df = frame(rows, columns, dates)
    return df.astype(dtypes) if dtypes else df


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Every entry below ``raw_dir`` that the manifest lists, sorted by path.

    Regular files, and also links, named pipes, sockets, device files and folders that
    cannot be listed: ``read_raw`` turns those into a rejection with a plain message
    instead of skipping them unseen. Hidden entries (".cache") are left out; links to
    folders are not followed.
    """
    return [Path(path) for _, path in raw_entries(raw_dir)]


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
        "layout": None,
        "document_type": None,
    }


def reject(row: dict[str, object], message: str) -> FileResult:
    """A manifest-only result for a file that could not be parsed."""
    return FileResult({**row, "status": "rejected", "message": message})


def source_hints(
    name: str, default_forum: str | None = None, default_municipality: str | None = None
) -> SourceHints:
    """What a file's place says of its meeting: the raw folder layout
    (``<kommune>/<forum>/…``), else the forum and municipality set in the environment
    (``MINUTES_DEFAULT_FORUM`` / ``MINUTES_DEFAULT_MUNICIPALITY``, unset by default)."""
    hints = hints_from_path(name)
    if hints.forum or hints.municipality:
        return hints
    if default_forum or default_municipality:
        return replace(
            hints, forum=default_forum, municipality=default_municipality, origin=SETTINGS_ORIGIN
        )
    return hints


def parse_bytes(
    data: bytes,
    name: str,
    default_forum: str | None = config.DEFAULT_FORUM,
    default_municipality: str | None = config.DEFAULT_MUNICIPALITY,
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
        meeting = parse_text(doc.text, source_hints(name, default_forum, default_municipality))
        if doc.family and meeting.layout == "agenda":
            # A web page the reader rewrote into the agenda system's form is still a web page.
            meeting = replace(meeting, layout=doc.family)
    except (UnreadableDocument, NotMinutes) as exc:
        return reject(row, str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the build
        return reject(row, f"the parser failed on this file ({type(exc).__name__}: {exc})")
    row["source_format"] = doc.source_format
    row["encoding"] = doc.encoding
    row["layout"] = meeting.layout
    row["document_type"] = meeting.document_type
    meeting_id = meeting_id_for(meeting.forum, meeting.date.isoformat(), meeting.municipality)
    source = {
        "source_file": name,
        "source_sha256": row["sha256"],
        "source_format": doc.source_format,
    }
    records = meeting_records(meeting, meeting_id, source)
    try:
        ids = [r[0] for r in records["items"]]
        records.update(item_enrich.meeting_enrichment(meeting, ids))
    except Exception as exc:  # noqa: BLE001 - an enrichment bug must not stop the build
        return reject(row, f"the enrichment failed on this file ({type(exc).__name__}: {exc})")
    warnings = [*doc.warnings, *meeting.warnings]
    row.update(
        meeting_id=meeting_id,
        n_items=len(meeting.items),
        coverage=round(meeting.coverage, 6),
        status="warning" if warnings else "ok",
        message="; ".join(warnings),
    )
    return FileResult(row, records, warnings, content_key(meeting))


def unreadable(name: str, suffix: str, error: str) -> FileResult:
    """The result for a file whose bytes could not be read at all."""
    row = _manifest_row(name, b"", suffix)
    row["sha256"] = ""
    return reject(row, error)


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


def _rename_meeting(records: Records, old: str, new: str) -> Records:
    """Copy of a file's rows with its meeting id (and the item ids) renamed."""
    out = {}
    for name, rows in records.items():
        columns = ROW_TABLES[name][0]
        m = columns.index("meeting_id") if "meeting_id" in columns else None
        i = columns.index("item_id") if "item_id" in columns else None
        renamed = []
        for r in rows:
            r = list(r)
            if m is not None and r[m] == old:
                r[m] = new
            if i is not None and isinstance(r[i], str) and r[i].startswith(f"{old}-"):
                r[i] = new + r[i][len(old) :]
            renamed.append(tuple(r))
        out[name] = renamed
    return out


def _plan(results: list[FileResult]) -> tuple[list[dict[str, object]], dict[int, str | None]]:
    """What ``combine`` makes of results sorted by source file: the manifest rows, and
    for each result whose rows go into the tables (by position) its new meeting id
    (None: unchanged). Needs no rows, only each file's manifest row and content key.
    """
    manifest: list[dict[str, object]] = []
    kept: dict[int, str | None] = {}
    seen: dict[str, tuple[str, str]] = {}  # meeting_id -> (content key, source file)
    minutes_of = _minutes_by_meeting(results)
    for index, res in enumerate(results):
        row = dict(res.manifest)
        replaced_by = minutes_of.get(str(row["meeting_id"]))
        if res.records is not None and row.get("document_type") == "dagsorden" and replaced_by:
            # The minutes of the same meeting arrived: they replace the agenda.
            note = f"superseded by the minutes in {replaced_by}"
            row.update(status="superseded", message=_join(row["message"], note))
            manifest.append(row)
            continue
        if res.records is not None:
            mid = str(row["meeting_id"])
            key = res.content_key
            if mid in seen and seen[mid][0] == key:
                note = f"duplicate of {seen[mid][1]}: the same meeting, counted once"
                row.update(status="warning", message=_join(row["message"], note))
                manifest.append(row)
                continue
            new = None
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
            kept[index] = new
        manifest.append(row)
    return manifest, kept


def _by_source_file(results: Iterable[FileResult]) -> list[FileResult]:
    return sorted(results, key=lambda r: str(r.manifest["source_file"]))


def _manifest_frame(manifest: list[dict[str, object]]) -> pd.DataFrame:
    return pd.DataFrame(manifest, columns=schema.TABLES["manifest"].column_names)


def combine(results: Iterable[FileResult]) -> dict[str, pd.DataFrame]:
    """Collect per-file results into corpus tables and the manifest.

    The same meeting in two files (identical content) is counted once; both files are
    listed in the manifest. Two different files claiming the same forum and date are both
    kept, the later one under a suffixed meeting id, and both are flagged. Besides the
    per-meeting tables and the manifest, the result holds the per-item enrichment
    (``decisions``, ``follow_ups``, ``positions``, ``item_themes``, and the internal
    ``item_decisions`` and ``topic_terms`` that ``enrich`` uses).
    """
    results = _by_source_file(results)
    manifest, kept = _plan(results)
    parts = _kept_rows(results, kept, ROW_TABLES)
    out = {}
    for name in ROW_TABLES:
        out[name] = rows_frame(name, parts.pop(name))
    out["manifest"] = _manifest_frame(manifest)
    return out


def _kept_rows(
    results: list[FileResult], kept: dict[int, str | None], names: Iterable[str]
) -> dict[str, list[tuple]]:
    """The rows of tables ``names`` of the kept results (see ``_plan``), in order, with
    renamed meetings renamed."""
    parts: dict[str, list[tuple]] = {name: [] for name in names}
    for index, new in kept.items():
        records = results[index].records or {}
        if new is not None:
            records = _rename_meeting(records, str(results[index].manifest["meeting_id"]), new)
        for name, rows in records.items():
            parts[name] += rows
    return parts


#: Column of a streamed batch: the number of the file the row came from (dropped at the end).
_SEQ = "__file_seq"


def typed_frame(name: str, rows: list[tuple]) -> pd.DataFrame:
    """``rows_frame`` with each column the schema knows cast as ``schema.conform`` casts
    it (value by value, so a table cast in parts equals the table cast whole); the
    build-internal tables keep the dtypes ``rows_frame`` gives them."""
    df = rows_frame(name, rows)
    return schema.cast_columns(name, df, present_only=True) if name in schema.TABLES else df


def arrow_rows(name: str, rows: list[tuple], seqs: list[int]) -> pa.Table:
    """Rows of table ``name`` as an Arrow table typed by ``typed_frame``, with each row's
    file number in ``_SEQ``: ``pa.Table.from_pandas(typed_frame(name, rows))``, made
    straight from the rows' columns when every value is of a type that converts alike
    (``_direct_arrow``), else through pandas."""
    table = _direct_arrow(name, rows)
    if table is None:
        table = pa.Table.from_pandas(typed_frame(name, rows), preserve_index=False)
    return table.append_column(_SEQ, pa.array(seqs, pa.int32()))


_NA_TYPES = frozenset({type(None), type(pd.NA)})
#: Per pandas dtype that ``typed_frame`` gives a column: the Python types of values that
#: Arrow converts to what pandas would hand it (strings and nulls; exact ints; floats;
#: bools; dates at midnight). A value of any other type (an int in a float column, a
#: float in an int column, bytes, a datetime) sends the rows through pandas.
_DIRECT_TYPES: dict[str, frozenset[type]] = {
    "string": frozenset({str}) | _NA_TYPES,
    "int64": frozenset({int}),
    "Int64": frozenset({int}) | _NA_TYPES,
    "bool": frozenset({bool}),
    "boolean": frozenset({bool}) | _NA_TYPES,
    "float64": frozenset({float, type(None)}),
    "datetime64[ns]": frozenset({dt.date, type(None)}),
}
#: pandas reads ints beside nulls as float64 before ``Int64``: beyond this they round.
_EXACT_FLOAT_INT = 2**53


@cache
def _direct_layout(name: str) -> tuple[pa.Schema, tuple[str, ...]] | None:
    """The Arrow schema (with its pandas metadata) ``arrow_rows`` gives table ``name``,
    and the pandas dtype of each column; None when a column's dtype is not fixed by the
    table's layout (left to what its values are)."""
    empty = typed_frame(name, [])
    if list(empty.columns) != list(ROW_TABLES[name][0]):
        return None
    kinds = tuple(str(dtype) for dtype in empty.dtypes)
    if not set(kinds) <= set(_DIRECT_TYPES):
        return None
    return pa.Schema.from_pandas(empty, preserve_index=False), kinds


def _direct_arrow(name: str, rows: list[tuple]) -> pa.Table | None:
    """``pa.Table.from_pandas(typed_frame(name, rows))`` without the frame (the build's
    rows from 50,000 files took half a minute through pandas), or None when a value
    might convert otherwise than through pandas."""
    layout = _direct_layout(name)
    if layout is None or not rows:
        return None
    schema_, kinds = layout
    if set(map(len, rows)) != {len(kinds)}:
        return None
    arrays = []
    for values, kind, field_ in zip(zip(*rows, strict=True), kinds, schema_, strict=True):
        if not _DIRECT_TYPES[kind].issuperset(map(type, values)):
            return None
        try:
            if kind == "datetime64[ns]":
                arr = pa.array(values, pa.date32()).cast(field_.type)
            else:
                arr = pa.array(values, field_.type, from_pandas=True)
        except (pa.ArrowException, OverflowError, TypeError, ValueError):
            return None
        if kind == "Int64" and arr.null_count and len(arr) > arr.null_count:
            low, high = pc.min_max(arr).values()
            if max(-low.as_py(), high.as_py()) > _EXACT_FLOAT_INT:
                return None
        arrays.append(arr)
    return pa.Table.from_arrays(arrays, schema=schema_)


#: Rows of some files converted to Arrow where they were parsed (``arrow_chunk``): per
#: table, the rows of every file in the files' order and each file's number of rows.
ArrowChunk = dict[str, tuple[pa.Table, list[int]]]


def arrow_chunk(records: list[Records | None]) -> ArrowChunk:
    """The rows of some files (a pool worker's chunk) as one Arrow table per table,
    typed as ``arrow_rows`` types them (without the file numbers, which the collector
    gives); the tables converted leave ``records``. A table whose rows need pandas to
    convert (``_direct_arrow`` says None) stays in ``records`` as rows, for the
    collector to convert as before.

    The worker does this so that the build's main process neither unpickles every value
    as a Python object nor converts it (its CPU time during the parse competes with the
    workers' on two cores); an Arrow table pickles as its buffers.
    """
    out: ArrowChunk = {}
    for name in ROW_TABLES:
        counts = [len(r.get(name, ())) if r is not None else 0 for r in records]
        if not any(counts):
            continue
        table = _direct_arrow(name, [row for r in records if r for row in r.get(name, ())])
        if table is None:
            continue
        for r in records:
            if r is not None:
                r.pop(name, None)
        out[name] = (table, counts)
    return out


def attach_arrow(records: list[Records | None], chunk: ArrowChunk) -> None:
    """Give each file's records its part of ``arrow_chunk``'s tables (zero-copy slices):
    ``TableCollector.add`` takes a table's rows as tuples or as such a slice."""
    for name, (table, counts) in chunk.items():
        offset = 0
        for r, count in zip(records, counts, strict=True):
            if count:
                r[name] = table.slice(offset, count)  # type: ignore[index]
                offset += count


class TableCollector:
    """``combine`` for results that arrive one by one, in any order, holding little.

    The build hands each result over as soon as a worker or the cache gives it. Every
    ``group`` files the rows become Arrow tables, typed as the schema says, and their
    tuples are dropped; what ``combine`` decides (superseded agendas, duplicates, renamed
    meetings) needs only each file's manifest row and content key, and is then applied to
    the Arrow rows as a filter and a rename. Memory grows with the tables' Arrow columns
    instead of with a Python object per value; with ``spill_dir`` the Arrow batches go to
    Arrow IPC files there (one per table) and are memory-mapped back at the end, so that
    memory holds one group of rows while the files are parsed. ``tables()`` gives what
    ``combine`` gives for the same results, already cast to the schema dtypes (strings
    held by Arrow).
    """

    def __init__(self, group: int = 500, spill_dir: Path | None = None) -> None:
        self.group = group
        self._spill_dir = spill_dir
        self._writers: dict[str, pa.ipc.RecordBatchFileWriter] = {}
        self._results: list[FileResult] = []  # manifest rows and content keys; rows: {}
        self._pending: dict[str, list[tuple]] = {name: [] for name in ROW_TABLES}
        self._pending_seq: dict[str, list[int]] = {name: [] for name in ROW_TABLES}
        #: Rows that came as Arrow (``add_chunk``, ``attach_arrow``): (table, each row's
        #: file number).
        self._pending_arrow: dict[str, list[tuple[pa.Table, np.ndarray]]] = {
            name: [] for name in ROW_TABLES
        }
        self._n_pending = 0
        self._batches: dict[str, list[pa.Table]] = {name: [] for name in ROW_TABLES}
        self._taken: set[str] = set()

    def add(self, result: FileResult) -> None:
        """Take one file's result (its rows leave the result)."""
        self._add(result)
        if self._n_pending >= self.group:
            self._flush()

    def add_chunk(self, results: list[FileResult], chunk: ArrowChunk) -> None:
        """Take the results of some files and their rows that ``arrow_chunk`` made (the
        tables it converted left their records): each table of the chunk is kept whole,
        with each row's file number, instead of a slice per file (``attach_arrow``) that
        the main process would make, keep and concatenate again, some 15 per file."""
        first = len(self._results)
        for result in results:
            self._add(result)
        files = np.arange(first, first + len(results), dtype=np.int32)
        for name, (table, counts) in chunk.items():
            self._pending_arrow[name].append((table, np.repeat(files, counts)))
        if self._n_pending >= self.group:
            self._flush()

    def _add(self, result: FileResult) -> None:
        seq = len(self._results)
        records = result.records
        if records is not None:
            for name in ROW_TABLES:
                rows = records.get(name, ())
                if isinstance(rows, pa.Table):
                    seqs = np.full(rows.num_rows, seq, dtype=np.int32)
                    self._pending_arrow[name].append((rows, seqs))
                    continue
                self._pending[name] += rows
                self._pending_seq[name] += [seq] * len(rows)
            records = {}
            self._n_pending += 1
        kept = FileResult(result.manifest, records, result.warnings, result.content_key)
        self._results.append(kept)

    def _flush(self) -> None:
        for name in ROW_TABLES:
            rows, seqs = self._pending[name], self._pending_seq[name]
            self._pending[name], self._pending_seq[name] = [], []
            if rows:
                self._keep(name, arrow_rows(name, rows, seqs))
            parts, self._pending_arrow[name] = self._pending_arrow[name], []
            if parts:
                table = pa.concat_tables([part for part, _ in parts]).combine_chunks()
                seq = np.concatenate([s for _, s in parts])
                self._keep(name, table.append_column(_SEQ, pa.array(seq, pa.int32())))
        self._n_pending = 0

    def _keep(self, name: str, table: pa.Table) -> None:
        if self._spill_dir is None:
            self._batches[name].append(table)
            return
        writer = self._writers.get(name)
        if writer is None:
            path = self._spill_dir / f"{name}.arrow"
            writer = self._writers[name] = pa.ipc.new_file(str(path), table.schema)
        writer.write_table(table)

    def _take_batches(self, name: str) -> list[pa.Table]:
        """The batches of one table (memory-mapped from its spill file, if spilled);
        they leave the collector, so a table can be taken once."""
        if name in self._taken:
            raise RuntimeError(f"the rows of table {name!r} were taken already")
        self._taken.add(name)
        writer = self._writers.pop(name, None)
        if writer is None:
            return self._batches.pop(name)
        writer.close()
        path = self._spill_dir / f"{name}.arrow"  # type: ignore[operator]
        return [pa.ipc.open_file(pa.memory_map(str(path))).read_all()]

    def tables(self) -> dict[str, pd.DataFrame]:
        """The combined tables (see ``combine``); the collector is empty afterwards."""
        return {name: loaded(table) for name, table in self.lazy_tables().items()}

    def lazy_tables(self) -> dict[str, TableOrLoader]:
        """``tables()`` with each streamed table as a function that combines it when
        called (once), so that a caller can hold one table at a time; the manifest is a
        frame. With ``spill_dir`` the spill files must stay until every loader ran.
        """
        self._flush()
        names = [str(r.manifest["source_file"]) for r in self._results]
        order = sorted(range(len(names)), key=names.__getitem__)
        results = [self._results[s] for s in order]
        self._results = []
        manifest, kept = _plan(results)
        # Each file's place in the combined tables (-1: its rows are left out), by file number.
        rank = np.full(len(order), -1, dtype=np.int64)
        renames: dict[int, tuple[str, str]] = {}
        for index, new in kept.items():
            rank[order[index]] = index
            if new is not None:
                renames[order[index]] = (str(results[index].manifest["meeting_id"]), new)

        def loader(name: str) -> Callable[[], pd.DataFrame]:
            return lambda: _combined_arrow(name, self._take_batches(name), rank, renames)

        out: dict[str, TableOrLoader] = {name: loader(name) for name in ROW_TABLES}
        out["manifest"] = _manifest_frame(manifest)
        return out


def _combined_arrow(
    name: str, batches: list[pa.Table], rank: np.ndarray, renames: dict[int, tuple[str, str]]
) -> pd.DataFrame:
    """One streamed table: the kept files' rows in ``combine``'s order (in key order for
    a table ``enrich`` does not read), renamed meetings renamed, as a DataFrame of the
    schema's dtypes (strings stay in Arrow)."""
    if not batches:
        return typed_frame(name, [])
    table = pa.concat_tables(batches)
    batches.clear()
    seq = table.column(_SEQ)
    where = pa.array(rank).take(seq)
    keep = pc.greater_equal(where, 0)
    if not pc.all(keep).as_py():
        table, seq, where = table.filter(keep), seq.filter(keep), where.filter(keep)
    for file_seq, (old, new) in renames.items():
        table = _rename_arrow(table, pc.equal(seq, file_seq), old, new)
    # combine's order is the files' order; a table enrich does not read is put in its key
    # order instead (ties in file order), which is what conform sorts it into: conform
    # then finds it in order and need not copy it.
    keys = schema.TABLES[name].key if name in schema.TABLES and name not in ENRICH_INPUTS else ()
    sort_by = pa.table({**{k: table.column(k) for k in keys}, _SEQ: where})
    order = [(k, "ascending") for k in sort_by.column_names]
    indices = pc.sort_indices(sort_by, sort_keys=order).to_numpy()
    del sort_by
    if not np.array_equal(indices, np.arange(len(indices))):
        table = table.take(indices)
    # Else the rows stay where they are: in the spill file, memory-mapped, not copied.
    return table.drop_columns([_SEQ]).to_pandas()


def _rename_arrow(table: pa.Table, mask: pa.ChunkedArray, old: str, new: str) -> pa.Table:
    """``_rename_meeting`` on the rows of ``mask``: the meeting id, and item ids of it."""
    names = table.column_names
    if "meeting_id" in names:
        col = table.column("meeting_id")
        hit = pc.and_(mask, pc.equal(col, old))
        fixed = pc.if_else(hit, pa.scalar(new, col.type), col)
        table = table.set_column(names.index("meeting_id"), "meeting_id", fixed)
    if "item_id" in names:
        col = table.column("item_id")
        hit = pc.and_(mask, pc.starts_with(col, f"{old}-"))
        renamed = pc.utf8_replace_slice(col, start=0, stop=len(old), replacement=new)
        table = table.set_column(names.index("item_id"), "item_id", pc.if_else(hit, renamed, col))
    return table


def _minutes_by_meeting(results: list[FileResult]) -> dict[str, str]:
    """meeting_id -> source file of its minutes (referat), for meetings that have them."""
    out: dict[str, str] = {}
    for res in results:
        row = res.manifest
        if res.records is not None and row.get("document_type") == "referat":
            out.setdefault(str(row["meeting_id"]), str(row["source_file"]))
    return out


def _join(a: object, b: str) -> str:
    return f"{a}; {b}" if a else b


#: Workers start from a small server process instead of forking the whole build: a
#: fork would share (and count) every table the parent holds.
POOL_CONTEXT = multiprocessing.get_context("forkserver")


#: A table, or a function that loads it when it is needed (``TableCollector.lazy_tables``).
TableOrLoader = pd.DataFrame | Callable[[], pd.DataFrame]
#: The inputs ``enrich`` reads (the other tables pass through it untouched).
ENRICH_INPUTS = ("items", "item_decisions", "item_themes", "item_policy_areas", "topic_terms")
#: Build-internal tables: ``enrich`` consumes them, nothing writes them.
INTERNAL_TABLES = ("item_decisions", "topic_terms")
#: Tables written as the files gave them: ``enrich`` passes them through untouched, so
#: the build may write them while it enriches the others.
ENRICH_FREE = tuple(n for n in ALL_TABLES if n in ROW_TABLES and n not in ENRICH_INPUTS)


def loaded(table: TableOrLoader) -> pd.DataFrame:
    """The table itself, loading it first when it is given as a loader."""
    return table() if callable(table) else table


def _left_join(items: pd.DataFrame, right: pd.DataFrame) -> pd.DataFrame:
    """``items.merge(right, on="item_id", how="left")`` without copying every column of
    ``items``: when ``right`` has one row per item and no column ``items`` already has,
    only its columns are aligned (by a merge of the item ids alone) and added."""
    extra = [c for c in right.columns if c != "item_id"]
    if not right["item_id"].is_unique or set(extra) & set(items.columns):
        return items.merge(right, on="item_id", how="left")
    aligned = items[["item_id"]].merge(right, on="item_id", how="left")
    out = items.reset_index(drop=True)  # what merge gives; lazy under copy-on-write
    for col in extra:
        out[col] = aligned[col].array
    return out


def enrich(
    tables: dict[str, TableOrLoader],
    external_dir: Path | None = None,
    topics_aside: bool = False,
    owners: pd.Series | None = None,
) -> dict[str, TableOrLoader]:
    """Add what needs the whole corpus to combined tables: KLE titles, each item's
    decision summary and primary theme, discovered topics and case threads.

    ``owners`` (meeting_id -> municipality) keys the case threads; without it they come
    from ``tables["meetings"]``, which is loaded for them.

    The per-item enrichment (decisions, themes, topic words) came with each file's rows
    (see ``enrich.items``); here it is joined to the items. Only ``ENRICH_INPUTS`` are
    read; the other tables (or their loaders) pass through as they are, and the steps
    work on the columns they need, not on copies of whole tables (the build's peak
    memory at 50,000 meetings).

    With ``topics_aside`` the topic model is fitted on a thread of its own and
    ``topics`` and ``item_topics`` are loaders that wait for it (see ``_topics_aside``).
    """
    from analysis.enrich import cases, kle, themes

    out = {k: v for k, v in tables.items() if k not in INTERNAL_TABLES}
    # A shallow copy: columns added below do not reach the caller's frame (copy-on-write).
    items = loaded(tables["items"]).copy(deep=False)

    # The topics first: aside, the model is fitted while the steps below run. The joins
    # below keep the items' rows and their order (one row per item on the right; else
    # the items' key would repeat and the build fail), so these are the items' ids.
    terms = loaded(tables["topic_terms"]).set_index("item_id")["terms"]
    ids = items["item_id"].astype(str).tolist()
    docs = terms.reindex(ids).fillna("").astype(str).tolist()
    del terms
    # ``docs`` is handed over: the model lets go of its strings as it counts them.
    if topics_aside:
        out["topics"], out["item_topics"] = _topics_aside(ids, docs)
    else:
        out["topics"], out["item_topics"] = themes.topics_from_terms(ids, docs, release_terms=True)
    del ids, docs

    kle_cols = kle.kle_columns(items[["item_id", "case_number"]], kle.load_kle_titles(external_dir))
    for col in kle_cols.columns:
        if col not in ("item_id", "case_scheme"):
            items[col] = kle_cols[col].array
    del kle_cols
    # The scheme comes from the parser, which knows the non-KLE schemes too.
    items["case_scheme"] = items["case_number"].map(case_scheme, na_action="ignore")

    items = _left_join(items, loaded(tables["item_decisions"]))
    items["n_follow_ups"] = items["n_follow_ups"].fillna(0).astype("int64")
    # Both are written too: loaded once, kept for the writing.
    item_themes = out["item_themes"] = loaded(tables["item_themes"])
    primary = themes.primary_theme(item_themes)
    by_key = item_themes.sort_values(["item_id", "theme"], kind="mergesort")
    joined = joined_by_key(by_key["item_id"], by_key["theme"], ";")
    del by_key
    items = _left_join(items, primary[["item_id", "theme"]])
    items["themes"] = items["item_id"].map(joined)
    del primary, joined
    out["item_policy_areas"] = loaded(tables["item_policy_areas"])
    items["policy_area"] = items["item_id"].map(_primary_area(out["item_policy_areas"]))

    # A journal number is a case within its municipality ('25/1234' recurs across kommuner).
    if owners is None:
        out["meetings"] = meetings = loaded(tables["meetings"])
        owners = meetings.set_index("meeting_id")["municipality"]
    owner = items["meeting_id"].map(owners)
    items["case_seq"] = cases.case_sequence(
        items[["item_id", "date", "number", "case_number"]], owner
    )
    standing = cases.standing_case_numbers(items[["title", "case_number"]], owner)
    keys = cases.case_keys(items["case_number"], owner)
    items["standing_case"] = keys.isin(standing).astype("boolean")
    items.loc[items["case_number"].isna(), "standing_case"] = pd.NA
    thread_cols = [
        "item_id", "meeting_id", "date", "number", "title", "case_number", "decision_type",
        "kle_title",
    ]  # fmt: skip
    out["cases"] = cases.case_threads_table(items[thread_cols], standing, owner)
    del owner, keys
    out["items"] = items
    return out


def _primary_area(item_policy_areas: pd.DataFrame) -> pd.Series:
    """item_id -> primary area (rank 1): ``enrich.policy_areas.primary_area``, which is
    not imported for it: that module loads spaCy and the lemma table (2-5 s of the
    build's main process, which needs neither; the workers match the areas)."""
    first = item_policy_areas.loc[item_policy_areas["rank"] == 1]
    return pd.Series(first["area"].to_numpy(), index=first["item_id"].astype(str), name="area")


def _topics_aside(
    ids: list[str], docs: list[str]
) -> tuple[Callable[[], pd.DataFrame], Callable[[], pd.DataFrame]]:
    """Loaders of (``topics``, ``item_topics``) whose topic model is fitted on a thread.

    After the parse one of the two cores idles while the build enriches the items and
    conforms, validates and writes the tables one by one; the topics are written after
    most of them; ``enrich`` starts the model before it enriches the items. The model's
    heavy parts (scikit-learn's import, the sparse TF-IDF sums, the NMF's Cython and
    BLAS loops) run beside that work, much of it outside the GIL. The same call on the
    same input: the same tables. ``docs`` is handed over (emptied as it is counted).
    """
    from concurrent.futures import ThreadPoolExecutor

    from analysis.enrich import themes

    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="topics")
    future = executor.submit(themes.topics_from_terms, ids, docs, release_terms=True)
    executor.shutdown(wait=False)  # the thread ends with its one task
    return (lambda: future.result()[0]), (lambda: future.result()[1])


def finalised(
    tables: dict[str, TableOrLoader], release: bool = False, names: Iterable[str] = ALL_TABLES
) -> Iterator[tuple[str, pd.DataFrame]]:
    """Each table conformed to its schema (columns, dtypes, order) and validated, one at
    a time in ``ALL_TABLES`` order (or that of ``names``), loading those given as
    loaders when their turn comes; a table missing from ``tables`` is empty.

    With ``release`` each table is taken out of ``tables`` when its turn comes, so that a
    consumer that writes each table and lets go of it before asking for the next holds
    one table (and its conformed copy) at a time: the build's peak memory.
    """
    for name in names:
        df = tables.pop(name, None) if release else tables.get(name)
        df = schema.empty_frame(name) if df is None else loaded(df)
        df = schema.conform(name, df)
        df = schema.validate(name, df)
        yield name, df
        del df


def finalise(tables: dict[str, TableOrLoader], release: bool = False) -> dict[str, pd.DataFrame]:
    """Every table conformed to its schema and validated (see ``finalised``)."""
    return dict(finalised(tables, release))


class PartitionYears:
    """The meeting year of every row of a table that belongs to meetings.

    Tables keyed by item or meeting take their meeting's year; cases their first year.
    Topics (corpus-wide) and the manifest (files, some never meetings) are not
    partitioned. Made from the meetings and items tables, and then asked for one table
    at a time, so the tables can be written (and let go of) one by one.
    """

    def __init__(self, meetings: pd.DataFrame, items: pd.DataFrame) -> None:
        self._meeting_year = meetings.set_index("meeting_id")["year"]
        self._item_year = items.set_index("item_id")["date"].dt.year

    def __call__(self, name: str, df: pd.DataFrame) -> pd.Series | None:
        """The year of each row of table ``name`` (None: not partitioned)."""
        if name in ("topics", "manifest"):
            return None
        if "item_id" in df.columns:
            return _mapped_years(df["item_id"], self._item_year)
        if "meeting_id" in df.columns:
            return _mapped_years(df["meeting_id"], self._meeting_year)
        if name == "cases":
            return df["first_date"].dt.year.astype("int64")
        return None


def _mapped_years(keys: pd.Series, years: pd.Series) -> pd.Series:
    """``keys.map(years).astype("int64")``, looked up in Arrow when the keys are strings
    (pandas made a Python string of every key of the 1.6 million sections); the pandas
    way for anything else (a key without a year, a repeated id, a missing year: its
    error as before)."""
    if (
        isinstance(keys.dtype, pd.StringDtype)
        and isinstance(years.index.dtype, pd.StringDtype)
        and years.index.is_unique
        and not years.isna().any()
    ):
        at = pc.index_in(pa.array(keys), value_set=pa.array(years.index))
        if not at.null_count:
            values = years.to_numpy()[at.to_numpy()].astype("int64")
            return pd.Series(values, index=keys.index, name=keys.name)
    return keys.map(years).astype("int64")


def partition_years(tables: dict[str, pd.DataFrame]) -> dict[str, pd.Series]:
    """``PartitionYears`` of every table of finalised ``tables`` (table -> year of each
    row, for the tables that are partitioned)."""
    years = PartitionYears(tables["meetings"], tables["items"])
    out: dict[str, pd.Series] = {}
    for name, df in tables.items():
        found = years(name, df)
        if found is not None:
            out[name] = found
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
    "raw_entries",
    "supported_suffixes",
    "ALL_TABLES",
]
