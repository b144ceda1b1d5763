"""The only module that writes ``data/processed``: the table set and the parse cache.

**Publishing.** A build writes a complete table set (one Parquet file per table,
``by_year/``, ``minutes.duckdb`` and the build state) into a new version folder
``.versions/<id>/``, fsyncs it, and then swaps one pointer, the relative symlink
``.current``, with ``os.replace`` (atomic on POSIX) and fsyncs the folder. Whenever the
build is killed, ``.current`` names either the old complete set or the new one.

The documented paths stay where users expect them: ``items.parquet``, ``minutes.duckdb``
and ``by_year`` are symlinks *through* the pointer (``items.parquet ->
.current/items.parquet``). They are made once and never rewritten, so DuckDB, pandas,
Spark or Dask opening them get the current set without knowing about versions, and a swap
moves all of them at once. Why not a pointer file: the documented paths would then have
to be rewritten one by one at every build (not atomic as a set), or every reader would
have to learn to read the pointer. A reader that opens two of these paths one after the
other can still straddle a swap; ``read_tables`` (and so ``analysis.load()``) resolves the
pointer once and reads every table from that one folder. The previous version is kept
(``.previous``) so that a reader that resolved the pointer just before a swap can finish;
older versions are removed.

Builds of one folder hold a lock (``.build.lock``, ``flock``; a second build waits), so
whatever a killed build left (version folders nothing points to, ``.staging-*`` and
``.old-*`` folders of the earlier layout, temporary links, cache temp files) is removed
at the next start without touching a running build. Disk full and permission errors
while writing raise :class:`~analysis.errors.EnvironmentProblem` (exit code 3) and leave
the previous set in place. Output is deterministic: the same tables give byte-identical
Parquet.

**Parse cache.** ``.cache/<code+settings fingerprint>/<sha256><suffix>.json`` holds one
file's parse result as JSON behind a header with the SHA-256 of the entry. The key holds
the name's suffix because the suffix picks the reader: the same bytes as ``.txt`` and as
``.pdf.download`` parse differently. JSON runs no code when read (pickle could), and an
unreadable, truncated, altered or misplaced entry is a miss, never an error or altered
rows.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import fcntl
import hashlib
import json
import marshal
import os
import re
import shutil
import signal
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import config
from analysis.errors import EnvironmentProblem

if TYPE_CHECKING:
    import duckdb
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.pipeline import FileResult

# pandas and pyarrow are imported by the functions that use them: a rebuild that finds
# nothing changed reads the state and checks the links, and needs neither.
_LAZY_MODULES = {"pd": "pandas", "pa": "pyarrow", "pq": "pyarrow.parquet"}


def __getattr__(name: str) -> Any:
    """``store.pd``, ``store.pa`` and ``store.pq`` as before they were imported lazily."""
    if name in _LAZY_MODULES:
        import importlib

        return importlib.import_module(_LAZY_MODULES[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


STATE_FILE = ".build-state.json"
#: Sub-folder holding the tables as Parquet datasets partitioned by year.
PARTITIONED_DIR = "by_year"
#: Folder of the complete table sets, one sub-folder per build.
VERSIONS_DIR = ".versions"
#: The pointer (relative symlink) to the current table set; swapped atomically.
CURRENT = ".current"
#: Symlink to the set before the current one, kept for readers still reading it.
PREVIOUS = ".previous"
#: Lock file: one build at a time writes a processed folder.
LOCK_FILE = ".build.lock"
#: Names a killed build (or the earlier layout) may leave in the processed folder.
LEFTOVER_PREFIXES = (".staging-", ".old-", ".tmp-link-")

#: The points where ``$MINUTES_FAULT=publish:<point>`` kills a build (chaos tests), in order.
PUBLISH_POINTS = (
    "start",  # nothing written yet
    "written",  # the new version folder is complete, not yet synced
    "synced",  # the new version is on disk, nothing points to it
    "previous",  # .previous moved to the old set, .current not yet swapped
    "pointer",  # the temporary link to the new set exists, not yet renamed
    "swapped",  # .current names the new set, top-level links not yet checked
    "link",  # the first top-level link was checked (and remade if it had to be)
    "linked",  # every link in place, old versions not yet removed
)


def fault_point(name: str) -> None:
    """Kill this process (SIGKILL) when ``$MINUTES_FAULT`` names this point.

    The chaos tests' hook, so that a kill lands at an exact step instead of at a random
    time; unset in normal use, where it costs one environment lookup.
    """
    if os.environ.get(config.FAULT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def table_path(out_dir: Path, name: str) -> Path:
    return out_dir / f"{name}.parquet"


#: Rows per Parquet row group. Each group is written from one contiguous slice of the
#: table, so a file's bytes follow its rows only, not the Arrow chunks they arrived in:
#: a fresh parse and the parse cache hand the rows over in batches of different sizes,
#: and the row groups and the point where a column's dictionary gives way to plain pages
#: used to follow those batches. One slice at a time is copied, so writing holds at most
#: one group's extra.
ROW_GROUP_ROWS = 1 << 17


def write_parquet(df: pd.DataFrame | pa.Table, path: Path) -> None:
    """Write one table as Parquet with settings that make the bytes reproducible (a
    frame, or the Arrow table ``pa.Table.from_pandas`` makes of it)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = df if isinstance(df, pa.Table) else pa.Table.from_pandas(df, preserve_index=False)
    with pq.ParquetWriter(path, table.schema, compression="zstd", write_statistics=True) as out:
        if not table.num_rows:
            out.write_table(table)
        for start in range(0, table.num_rows, ROW_GROUP_ROWS):
            out.write_table(table.slice(start, ROW_GROUP_ROWS).combine_chunks())


#: DuckDB's memory while it writes the database: it spills to disk beyond this instead
#: of holding every table in its buffers (by default it may take 80 % of the machine).
DUCKDB_MEMORY_LIMIT = "512MB"
#: DuckDB's threads while it copies a table in. One: with two, copying the 50,000-meeting
#: corpus's tables took twice the CPU time (15 s against 7) and longer on two busy cores,
#: and the build runs it beside the writing of the Parquet files (``duckdb_beside``).
DUCKDB_THREADS = 1


def duckdb_connect(path: Path) -> duckdb.DuckDBPyConnection:
    """A connection to the DuckDB database at ``path`` (made when missing), with the
    build's memory and thread limits."""
    import duckdb

    return duckdb.connect(
        str(path), config={"memory_limit": DUCKDB_MEMORY_LIMIT, "threads": DUCKDB_THREADS}
    )


def write_duckdb(
    tables: dict[str, pd.DataFrame | pa.Table],
    path: Path,
    con: duckdb.DuckDBPyConnection | None = None,
) -> None:
    """Add each table to the DuckDB database at ``path`` under its own name (the file is
    made by the first call). DuckDB reads an Arrow table (``pa.Table.from_pandas`` of a
    frame) directly, faster than the frame and into the same column types and values.

    ``con``: an open connection to that database (``duckdb_connect``), left open for the
    next table (``VersionWriter`` keeps one for a build's 17 tables: opening, closing and
    so checkpointing the file once per table took 0.9 s of CPU and 1.8 s of wall at 3,500
    meetings, one connection 0.6 s and 1.2 s). None: a connection of its own, closed once
    the tables are in, so its buffers are let go of (the large tables of a large corpus).
    """
    own = con is None
    if con is None:
        con = duckdb_connect(path)
    try:
        for name, df in tables.items():
            con.register("_frame", df)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _frame')
            con.unregister("_frame")
            spec_doc = _table_doc(name)
            if spec_doc:
                con.execute(f"COMMENT ON TABLE \"{name}\" IS '{spec_doc}'")
    finally:
        if own:
            con.close()


def _table_doc(name: str) -> str:
    from analysis.schema import TABLES

    spec = TABLES.get(name)
    return spec.doc.replace("'", "''") if spec else ""


def write_partitioned(
    df: pd.DataFrame, years: pd.Series, folder: Path, arrow: pa.Table | None = None
) -> None:
    """Write a table as a hive-partitioned dataset ``folder/year=YYYY/part-0.parquet``.

    Spark, Dask and DuckDB read such a folder directly and skip the years a query does
    not need. Rows keep their order within a year, so the bytes are reproducible.
    ``arrow`` is the frame as ``pa.Table.from_pandas`` made it (for the table's own
    Parquet file): given, the frame is not copied and converted a second time.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    folder.mkdir(parents=True)
    if df.empty:
        return
    if arrow is None or "year" in df.columns:  # a year column of its own is replaced
        table = pa.Table.from_pandas(df.assign(year=years.to_numpy()), preserve_index=False)
    else:
        table = _with_year(arrow, years)
    # Each year's rows written by ``write_parquet`` (one year copied at a time), not by
    # Arrow's dataset writer, whose row groups follow the batches the rows arrived in.
    column = table.column("year")
    for year in sorted(pc.unique(column).to_pylist()):
        part = table.filter(pc.equal(column, year)).drop_columns(["year"])
        (folder / f"year={year}").mkdir()
        write_parquet(part, folder / f"year={year}" / "part-0.parquet")


def _with_year(arrow: pa.Table, years: pd.Series) -> pa.Table:
    """``pa.Table.from_pandas(df.assign(year=years.to_numpy()))`` made from ``arrow`` (that
    of ``df``): the year column appended and named in the pandas metadata as
    ``from_pandas`` names an int64 column, so the partition files keep their bytes."""
    import pyarrow as pa

    year = pa.array(years.to_numpy(dtype="int64"), pa.int64())
    table = arrow.append_column("year", year)
    meta = dict(arrow.schema.metadata or {})
    if b"pandas" in meta:
        pandas_meta = json.loads(meta[b"pandas"])
        pandas_meta["columns"].append(
            {
                "name": "year",
                "field_name": "year",
                "pandas_type": "int64",
                "numpy_type": "int64",
                "metadata": None,
            }
        )
        meta[b"pandas"] = json.dumps(pandas_meta).encode()
    return table.replace_schema_metadata(meta)


# --- errors of the machine ------------------------------------------------------------


def _plain_reason(exc: BaseException) -> str:
    """What went wrong, in the words a user can act on."""
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code in (errno.ENOSPC, errno.EDQUOT) or "No space left" in text or "quota" in text:
        return "the disk is full"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "Permission denied" in text:
        return "no permission to write there"
    if isinstance(exc, MemoryError) or "Out of Memory" in text:
        return "out of memory"
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or text}{where}"
    return text.splitlines()[0] if text else type(exc).__name__


def _is_environmental(exc: BaseException) -> bool:
    """An error of the machine (disk, permissions, memory), not of the code or the data."""
    if isinstance(exc, OSError | MemoryError):
        return True
    duckdb = sys.modules.get("duckdb")
    return duckdb is not None and isinstance(exc, duckdb.IOException | duckdb.OutOfMemoryException)


@contextlib.contextmanager
def environment_errors(doing: str) -> Iterator[None]:
    """Turn disk-full, permission and memory errors into one ``EnvironmentProblem``
    (exit code 3, a one-line message) instead of a traceback."""
    try:
        yield
    except EnvironmentProblem:
        raise
    except Exception as exc:
        if not _is_environmental(exc):
            raise
        raise EnvironmentProblem(f"cannot finish {doing}: {_plain_reason(exc)}") from exc


# --- publishing -----------------------------------------------------------------------


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    """Flush every file and folder below ``folder`` to disk, before a pointer names it."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            _fsync_path(Path(root) / name)
        _fsync_path(Path(root))


def _fsync_table(version: Path, name: str) -> None:
    """Flush one table's Parquet and by-year files to disk as soon as they are written.

    On a thread beside the next table's conforming and writing (``os.fsync`` waits for
    the disk outside the GIL): the flush before the swap (``_fsync_tree``) then finds
    little left to wait for. Alone at the end it waited 2.8-3.0 s of a 2,000-file
    build (load 8-15), with nothing else to do.
    """
    _fsync_path(table_path(version, name))
    by_year = version / PARTITIONED_DIR / name
    if by_year.is_dir():
        _fsync_tree(by_year)


def _symlink_replace(link: Path, target: str, fault: str | None = None) -> None:
    """Point ``link`` at ``target`` in one step: a new link renamed over the old one."""
    tmp = link.with_name(f".tmp-link-{uuid.uuid4().hex[:8]}")
    os.symlink(target, tmp)
    if fault:
        fault_point(fault)
    try:
        os.replace(tmp, link)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _link_target(link: Path) -> str | None:
    """Name of the version a pointer names (None when there is no pointer)."""
    try:
        return Path(os.readlink(link)).name
    except OSError:
        return None


def current_dir(out_dir: Path) -> Path:
    """The folder of the current table set, resolved once: read every table from it.

    That is the version ``.current`` names, or ``out_dir`` itself for tables written
    before versions existed (and when nothing was built yet).
    """
    try:
        target = os.readlink(out_dir / CURRENT)
    except OSError:
        return out_dir
    return out_dir / target


#: Year of each row of a table (None: not partitioned), asked one table at a time.
YearsOf = Callable[[str, "pd.DataFrame"], "pd.Series | None"]


def write_tables(
    tables: dict[str, pd.DataFrame] | Iterable[tuple[str, pd.DataFrame]],
    out_dir: Path,
    state: dict,
    partition_years: dict[str, pd.Series] | YearsOf | None = None,
) -> Path:
    """Write all tables (Parquet + DuckDB) and the build state as a new version, then
    publish it in one step; returns the version folder.

    ``tables`` is a dict, or (name, frame) pairs made one at a time (``pipeline.finalised``):
    each table is then written whole (Parquet, its by-year dataset, its DuckDB table)
    and let go of before the next is made, so memory holds one table, not all.
    ``partition_years`` (table -> year of each row, or a function of the table's name and
    frame giving it) adds ``by_year/<table>/year=…`` datasets for engines that read
    partitioned Parquet. A failure before the swap leaves the previous set as it was and
    removes the new folder.
    """
    pairs = tables.items() if isinstance(tables, dict) else tables
    with VersionWriter(out_dir, partition_years) as writer:
        for name, df in pairs:
            writer.add(name, df)
            del df
        return writer.publish(state)


def _years_function(
    partition_years: dict[str, pd.Series] | YearsOf | None,
) -> YearsOf | None:
    if partition_years is None or callable(partition_years):
        return partition_years
    given = partition_years

    def years_of(name: str, df: pd.DataFrame) -> pd.Series | None:
        return given.get(name)

    return years_of


#: Arrow bytes of the tables a ``VersionWriter`` may have being written on its threads
#: at once (``overlap``): the next table waits (conformed, not yet written) until the
#: tables before it leave room. At 10,000 meetings every table but ``sections`` (105 MB)
#: fits beside another.
OVERLAP_MAX_BYTES = 256 * 2**20


class VersionWriter:
    """Writes one table set into a new version folder (``add`` each table, then
    ``publish``); used as a context manager, which removes the folder when anything
    fails before the swap.

    A table is written as Parquet, as its by-year dataset and into DuckDB. With
    ``overlap`` (the build's tables: ``build._enrich_and_write``) the three are written
    on threads of their own (in C++, outside the GIL) while ``add`` returns at once, so
    the caller conforms the next table meanwhile; up to ``OVERLAP_MAX_BYTES`` of tables
    are in flight. Otherwise, or for a table larger than ``DUCKDB_BESIDE_MAX_BYTES``
    (written alone: the peak memory of a large corpus), the old way: the tables before
    it are waited for, its Parquet and by-year files are written, with DuckDB's copy
    beside them (``duckdb_beside``) or after them on the calling thread, before ``add``
    returns. DuckDB copies one table at a time, in the order they were added (on one
    connection from table to table with ``overlap``, closed before the folder is flushed). Each
    table's files are flushed to disk on a thread once written (``_fsync_table``).
    """

    def __init__(
        self,
        out_dir: Path,
        partition_years: dict[str, pd.Series] | YearsOf | None = None,
        overlap: bool = False,
    ) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.out_dir = out_dir
        self.overlap = overlap
        self._years_of = _years_function(partition_years)
        with environment_errors(f"writing the tables to {out_dir}"):
            fault_point("publish:start")
            self._versions = out_dir / VERSIONS_DIR
            self._versions.mkdir(parents=True, exist_ok=True)
            name = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
            self.version = self._versions / name
            self.version.mkdir()
        self._database = self.version / config.DUCKDB_NAME
        self._syncing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fsync")
        self._synced: list[Any] = []
        self._files: Any = None  # Parquet and by-year writers (``overlap``), made when needed
        self._duckdb: Any = None  # DuckDB's one thread
        #: The database's connection on that thread (``overlap``), open from the first
        #: table it copies to the end (``_close``) or to a large table's own copy.
        self._con: duckdb.DuckDBPyConnection | None = None
        #: Tables being written on the threads: (name, futures, Arrow bytes).
        self._inflight: list[tuple[str, list[Any], int]] = []
        self._published = False

    def __enter__(self) -> VersionWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self._close(wait_only=kind is not None)
        if kind is not None and _link_target(self.out_dir / CURRENT) != self.version.name:
            shutil.rmtree(self.version, ignore_errors=True)

    def _close(self, wait_only: bool) -> None:
        """Wait for every thread's work (never leave one writing into a folder being
        removed); raise the first error unless ``wait_only``."""
        from concurrent.futures import wait

        futures = [f for _, fs, _ in self._inflight for f in fs] + self._synced
        wait(futures)
        for pool in (self._files, self._duckdb, self._syncing):
            if pool is not None:
                pool.shutdown(wait=True)
        closing: Exception | None = None
        try:
            self._close_database()
        except Exception as exc:  # noqa: BLE001 - raised below, after the threads' errors
            closing = exc
        if not wait_only:
            for f in futures:
                f.result()
            if closing is not None:
                raise closing

    def _close_database(self) -> None:
        """Close the connection the DuckDB thread kept (checkpointing the database)."""
        con, self._con = self._con, None
        if con is not None:
            con.close()

    def _to_duckdb(self, name: str, arrow: pa.Table) -> None:
        """Copy a table into the database (on DuckDB's thread), on the connection kept."""
        if self._con is None:
            self._con = duckdb_connect(self._database)
        write_duckdb({name: arrow}, self._database, self._con)

    def add(self, name: str, df: pd.DataFrame) -> None:
        """Write table ``name`` (see the class); ``df`` is not changed."""
        import pyarrow as pa

        with environment_errors(f"writing the tables to {self.out_dir}"):
            arrow = pa.Table.from_pandas(df, preserve_index=False)
            if not (self.overlap and duckdb_beside(arrow.nbytes)):
                self._drain()
                self._close_database()  # the large table's copy opens the file alone
                _write_table(name, df, arrow, self._years_of, self.version)
                self._synced.append(self._syncing.submit(_fsync_table, self.version, name))
                return
            years = self._years_of(name, df) if self._years_of else None
            self._wait_for_room(arrow.nbytes)
            self._start(name, df, arrow, years)

    def _start(self, name: str, df: pd.DataFrame, arrow: pa.Table, years: pd.Series | None) -> None:
        from concurrent.futures import ThreadPoolExecutor

        if self._files is None:
            self._files = ThreadPoolExecutor(max_workers=2, thread_name_prefix="files")
            self._duckdb = ThreadPoolExecutor(max_workers=1, thread_name_prefix="duckdb")
        futures = [
            self._duckdb.submit(_released, self._to_duckdb, name, arrow),
            self._files.submit(_released, write_parquet, arrow, table_path(self.version, name)),
        ]
        if years is not None:
            folder = self.version / PARTITIONED_DIR / name
            futures.append(
                self._files.submit(_released, write_partitioned, df, years, folder, arrow)
            )
        self._inflight.append((name, futures, arrow.nbytes))

    def _settle(self, block: bool) -> None:
        """Take finished tables out of flight (their errors raised, their files flushed
        on the fsync thread); with ``block`` wait for the oldest first."""
        from concurrent.futures import wait

        while self._inflight:
            name, futures, _ = self._inflight[0]
            if block:
                wait(futures)
            elif not all(f.done() for f in futures):
                return
            self._inflight.pop(0)
            for f in futures:
                f.result()
            self._synced.append(self._syncing.submit(_fsync_table, self.version, name))
            block = False

    def _wait_for_room(self, nbytes: int) -> None:
        self._settle(block=False)
        while self._inflight and sum(n for *_, n in self._inflight) + nbytes > OVERLAP_MAX_BYTES:
            self._settle(block=True)

    def _drain(self) -> None:
        while self._inflight:
            self._settle(block=True)

    def publish(self, state: dict) -> Path:
        """Wait for every table, write the state, flush the folder and swap the pointer to
        it; returns the version folder."""
        version, versions, out_dir = self.version, self._versions, self.out_dir
        with environment_errors(f"writing the tables to {out_dir}"):
            self._drain()
            self._close(wait_only=False)
            (version / STATE_FILE).write_text(state_text(state))
            fault_point("publish:written")
            _fsync_tree(version)  # the rest: the state, DuckDB's file, the folders
            _fsync_path(versions)
            fault_point("publish:synced")
            previous = _link_target(out_dir / CURRENT)
            if previous is not None:
                _symlink_replace(out_dir / PREVIOUS, f"{VERSIONS_DIR}/{previous}")
            fault_point("publish:previous")
            target = f"{VERSIONS_DIR}/{version.name}"
            _symlink_replace(out_dir / CURRENT, target, fault="publish:pointer")
            _fsync_path(out_dir)
        fault_point("publish:swapped")
        with environment_errors(f"writing the tables to {out_dir}"):
            ensure_links(out_dir)
            fault_point("publish:linked")
            _prune_versions(out_dir)
        return version


def _released(fn: Callable[..., None], *args: Any) -> None:
    """``fn(*args)`` on a writer's thread, then what it freed of Arrow's pool handed back:
    the pool (mimalloc) keeps each thread's freed blocks for that thread, and the main
    thread's release (``release_freed_memory``) does not reach them; the large corpus
    writes its small tables on these threads before ``sections``, its peak."""
    import pyarrow as pa

    try:
        fn(*args)
    finally:
        pa.default_memory_pool().release_unused()


#: Arrow size of a table up to which DuckDB copies it beside the writing of its Parquet
#: and by-year files (``duckdb_beside``). Each of the three holds buffers that grow with
#: the table (the Parquet writer's pages, the by-year dataset's partitions, DuckDB's
#: blocks): at 10,000 meetings writing ``sections`` (105 MB of Arrow) with DuckDB beside
#: raised the build's memory by 350 MB, its peak. Twice that table at 10,000 meetings
#: keeps their overlap (and its wall time) there; at 50,000 meetings ``sections``
#: (about 530 MB) and ``items`` (about 240 MB) are written one after the other.
DUCKDB_BESIDE_MAX_BYTES = 200 * 2**20


def duckdb_beside(nbytes: int) -> bool:
    """Whether DuckDB copies a table of ``nbytes`` (its Arrow size) on a thread beside
    the writing of its Parquet and by-year files (faster: both run in C++ outside the
    GIL), or after them (a large table: their buffers are not held at once)."""
    return nbytes <= DUCKDB_BESIDE_MAX_BYTES


def _write_table(
    name: str, df: pd.DataFrame, arrow: pa.Table, years_of: YearsOf | None, version: Path
) -> None:
    """Write one table into the version folder: Parquet, by-year dataset, DuckDB.

    DuckDB copies the Arrow table into its file on a thread of its own while this one
    writes the Parquet files, unless the table is large (``duckdb_beside``): after the
    parse the build has a core to spare. One table at a time still, so memory holds one
    table.
    """
    from concurrent.futures import ThreadPoolExecutor, wait

    def files() -> None:
        write_parquet(arrow, table_path(version, name))
        years = years_of(name, df) if years_of else None
        if years is not None:
            write_partitioned(df, years, version / PARTITIONED_DIR / name, arrow)

    database = version / config.DUCKDB_NAME
    if not duckdb_beside(arrow.nbytes):
        files()
        write_duckdb({name: arrow}, database)
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="duckdb") as pool:
        loading = pool.submit(write_duckdb, {name: arrow}, database)
        try:
            files()
        finally:
            wait([loading])  # never leave DuckDB writing into a folder being removed
        loading.result()  # its error, if it failed


def ensure_links(out_dir: Path) -> None:
    """Make the documented paths (``items.parquet``, ``minutes.duckdb``, ``by_year``, …)
    symlinks through ``.current``, replacing the plain files of the earlier layout.

    Cheap when all is in place (one ``readlink`` per table), so every build checks.
    """
    if _link_target(out_dir / CURRENT) is None:
        return
    names = sorted(p.name for p in current_dir(out_dir).iterdir() if not p.name.startswith("."))
    changed = False
    for name in names:
        link, want = out_dir / name, f"{CURRENT}/{name}"
        if not (link.is_symlink() and os.readlink(link) == want):
            if link.is_dir() and not link.is_symlink():  # by_year/ of the earlier layout
                old = out_dir / f".old-{name}-{uuid.uuid4().hex[:6]}"
                os.replace(link, old)
                _symlink_replace(link, want)
                shutil.rmtree(old, ignore_errors=True)
            else:
                _symlink_replace(link, want)
            changed = True
        fault_point("publish:link")
    for p in out_dir.iterdir():  # links to tables no longer built
        if p.is_symlink() and p.name not in names and os.readlink(p).startswith(f"{CURRENT}/"):
            p.unlink()
            changed = True
    if (out_dir / STATE_FILE).is_file():  # the earlier layout's state, now in the version
        (out_dir / STATE_FILE).unlink()
        changed = True
    if changed:
        _fsync_path(out_dir)


def _prune_versions(out_dir: Path) -> None:
    """Remove every version but the current and the previous one."""
    keep = {_link_target(out_dir / CURRENT), _link_target(out_dir / PREVIOUS)}
    versions = out_dir / VERSIONS_DIR
    if not versions.is_dir():
        return
    for folder in versions.iterdir():
        if folder.name not in keep:
            _remove(folder)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def clean_leftovers(out_dir: Path) -> None:
    """Remove what killed builds left: version folders nothing points to, staging and
    ``.old-*`` folders, temporary links and cache temp files. Call it holding the lock,
    so that nothing of a running build is taken for a leftover."""
    if not out_dir.is_dir():
        return
    with contextlib.suppress(OSError):
        for p in out_dir.iterdir():
            if p.name.startswith(LEFTOVER_PREFIXES):
                _remove(p)
        _prune_versions(out_dir)
        cache_root = out_dir / config.CACHE_DIRNAME
        if cache_root.is_dir():
            for tmp in cache_root.glob("*/.*.tmp"):
                tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Hold the build lock of ``out_dir`` for the duration of a build.

    A second build of the same folder waits (and says so) instead of interleaving its
    writes; the kernel drops the lock when a build dies, so a killed build never blocks
    the next one.
    """
    with environment_errors(f"preparing {out_dir}"):
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"Another build is writing {out_dir}; waiting for it …", file=sys.stderr)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def write_file_atomic(out_dir: Path, name: str, data: bytes) -> Path:
    """Write ``out_dir/name`` in one step (a fsynced temporary file renamed over it), for
    small state files beside the table set (the watchlist's seen hits). A killed write
    leaves a ``.staging-*`` file, removed at the next build."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / name
    tmp = out_dir / f".staging-{name}-{uuid.uuid4().hex[:8]}"
    with environment_errors(f"writing {target}"):
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        _fsync_path(out_dir)
    return target


# --- reading --------------------------------------------------------------------------


def state_text(state: dict) -> str:
    """The build state as written: compact JSON (no indentation; 50,000 files' hashes
    and signatures took 14 MB indented). ``read_state`` reads the indented form of
    earlier builds too."""
    return json.dumps(state, sort_keys=True, separators=(",", ":"))


def read_state(out_dir: Path) -> dict:
    """The state of the last complete build ({} when none)."""
    try:
        return json.loads((current_dir(out_dir) / STATE_FILE).read_text())
    except (OSError, ValueError):
        return {}


def outputs_present(out_dir: Path, names: tuple[str, ...]) -> bool:
    folder = current_dir(out_dir)
    return (
        all(table_path(folder, n).is_file() for n in names)
        and (folder / config.DUCKDB_NAME).is_file()
    )


def _existing(folder: Path, name: str, out_dir: Path) -> Path:
    path = table_path(folder, name)
    if not path.is_file():
        raise FileNotFoundError(f"table '{name}' not found in {out_dir}: run `minutes build` first")
    return path


def _read(folder: Path, name: str, out_dir: Path) -> pd.DataFrame:
    import pandas as pd

    return pd.read_parquet(_existing(folder, name, out_dir))


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """Read one processed table (of the current set)."""
    return read_tables(out_dir, (name,))[name]


def read_tables(out_dir: Path, names: tuple[str, ...] | list[str]) -> dict[str, pd.DataFrame]:
    """Read tables from one complete set: the pointer is resolved once for all of them.

    Should a build remove that set while it is being read (two builds in the meantime),
    the tables are read again from the new one.
    """
    return _from_one_set(out_dir, lambda folder: {n: _read(folder, n, out_dir) for n in names})


def open_tables(out_dir: Path, names: Sequence[str]) -> dict[str, pq.ParquetFile]:
    """``read_tables``' one complete set, opened as Parquet files to be read in parts
    (columns, batches)."""
    import pyarrow.parquet as pq

    return _from_one_set(
        out_dir, lambda folder: {n: pq.ParquetFile(_existing(folder, n, out_dir)) for n in names}
    )


def _from_one_set(out_dir: Path, read: Callable[[Path], dict]) -> dict:
    """``read(folder)`` of the current set, again from the new one should a build remove
    that set meanwhile."""
    for attempt in range(3):
        folder = current_dir(out_dir)
        try:
            return read(folder)
        except FileNotFoundError:
            if attempt == 2 or current_dir(out_dir) == folder:
                raise
    raise AssertionError("unreachable")


# --- parse cache ----------------------------------------------------------------------

#: First bytes of a cache entry; a new format gets a new number (format 1 was JSON).
CACHE_MAGIC = b"minutes-parse-cache 2\n"
#: ``marshal``'s format of the payload, fixed so that a later Python writes the same
#: entries (every later Python reads it).
_MARSHAL_VERSION = 4
_DIGEST_LEN = 64
_PLAIN = frozenset({str, int, float, bool, type(None)})
_SIMPLE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,12}")
#: File name ending of a cache entry (format 1's ``.json`` entries are pruned).
_ENTRY_SUFFIX = ".entry"


def cache_dir(out_dir: Path, fingerprint: str) -> Path:
    return out_dir / config.CACHE_DIRNAME / fingerprint


def cache_key(sha256: str, suffix: str) -> str:
    """Name of a file's cache entry: its content hash and its name's suffix (the suffix
    picks the reader). Unusual suffixes are hashed to keep the name a safe file name."""
    if not suffix or _SIMPLE_SUFFIX.fullmatch(suffix):
        return f"{sha256}{suffix}"
    return f"{sha256}.~{hashlib.sha256(os.fsencode(suffix)).hexdigest()[:16]}"


def _cache_path(out_dir: Path, fingerprint: str, key: str) -> Path:
    return cache_dir(out_dir, fingerprint) / f"{key}{_ENTRY_SUFFIX}"


def cache_keys(out_dir: Path, fingerprint: str) -> set[str]:
    """The keys (``cache_key``) that have an entry under ``fingerprint``, from one listing
    of the cache's folder: what a build will find there, before it reads any entry."""
    try:
        with os.scandir(cache_dir(out_dir, fingerprint)) as entries:
            return {
                e.name.removesuffix(_ENTRY_SUFFIX)
                for e in entries
                if e.name.endswith(_ENTRY_SUFFIX)
            }
    except OSError:
        return set()


def _encode_value(v: object) -> list[str]:
    """[tag, text] of a value JSON has no exact type for (NA, dates, times)."""
    import pandas as pd

    if v is pd.NA:
        return ["na", ""]
    kind = type(v)
    if kind in (dt.datetime, dt.date, dt.time):
        return [kind.__name__, v.isoformat()]  # type: ignore[attr-defined]
    raise TypeError(f"cannot cache a value of type {kind.__name__}")


def _na() -> object:
    import pandas as pd

    return pd.NA


_DECODERS = {
    "na": lambda text: _na(),
    "date": dt.date.fromisoformat,
    "datetime": dt.datetime.fromisoformat,
    "time": dt.time.fromisoformat,
}


def _encode_rows(name: str, rows: list[tuple], special: list[list]) -> tuple[int, tuple]:
    """A table's rows as (number of rows, its columns); a value ``marshal`` has no exact
    type for is written as None and listed in ``special`` as [table, row, column, tag,
    text]. Kept apart from the rows, so that reading needs no per-value hook (the cache is
    read for every unchanged file). Columns, because most hold one plain type throughout
    and are tested with one set operation each (the dates of a few columns are the
    values to list), and ``zip`` makes them and the rows again in C.

    Raises TypeError for rows of different lengths (never written by the parser)."""
    if not rows:
        return 0, ()
    width = len(rows[0])
    if set(map(len, rows)) != {width}:
        raise TypeError(f"rows of table {name} differ in length")
    columns = list(zip(*rows, strict=True))
    for c, column in enumerate(columns):
        if _PLAIN.issuperset(map(type, column)):
            continue
        plain = list(column)
        for r, v in enumerate(column):
            if type(v) not in _PLAIN:
                plain[r] = None
                special.append([name, r, c, *_encode_value(v)])
        columns[c] = tuple(plain)
    return len(rows), tuple(columns)


#: The fields of ``FileResult`` an entry holds: a new field must be cached too (or the
#: cache would hand back results without it), so until it is, nothing is cached.
_ENTRY_FIELDS = ("manifest", "records", "warnings", "content_key")


def encode_entry(key: list[str], result: FileResult) -> bytes:
    """A parse result as a cache entry: header, SHA-256 of the payload, payload.

    The payload is ``marshal``'s (format 4) of plain values only: str, int, float, bool,
    None, and lists, tuples and dicts of them. That is exact where JSON needs care (NaN
    and infinities, -0.0, ints of any size, lone surrogates, tuples, bool apart from int),
    several times cheaper to write and to read than JSON, and it builds no object but
    those (it runs no code, unlike ``pickle``); ``decode_entry`` accepts no other type.
    NA, dates and times go in a list of their own (``_encode_rows``).

    Raises TypeError for a value it cannot hold exactly (the result is then not cached).
    """
    if tuple(f.name for f in dataclasses.fields(result)) != _ENTRY_FIELDS:
        raise TypeError("FileResult has fields the parse cache does not know")
    special: list[list] = []
    records = result.records
    payload = {
        "key": list(key),
        "manifest": {
            k: v if type(v) in _PLAIN else _encode_value(v) for k, v in result.manifest.items()
        },
        "records": None
        if records is None
        else {name: _encode_rows(name, rows, special) for name, rows in records.items()},
        "special": special,
        "warnings": list(result.warnings),
        "content_key": result.content_key,
    }
    if type(payload["content_key"]) is not str or not all(
        type(w) is str for w in payload["warnings"]
    ):
        raise TypeError("warnings and the content key must be strings")
    body = marshal.dumps(payload, _MARSHAL_VERSION)
    return CACHE_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def decode_entry(data: bytes, key: list[str]) -> FileResult | None:
    """The parse result in a cache entry, or None for anything not exactly as written
    under ``key`` (corrupt, truncated, altered, another key or format). Never raises."""
    try:
        return _decode_entry(data, key)
    except Exception:  # noqa: BLE001 - a cache entry is only a hint: any fault is a miss
        return None


def _decode_entry(data: bytes, key: list[str]) -> FileResult | None:
    from analysis.pipeline import ROW_TABLES, FileResult

    start = len(CACHE_MAGIC)
    end = start + _DIGEST_LEN
    if not data.startswith(CACHE_MAGIC) or data[end : end + 1] != b"\n":
        return None
    body = data[end + 1 :]
    if hashlib.sha256(body).hexdigest().encode() != data[start:end]:
        return None
    obj = marshal.loads(body)
    if type(obj) is not dict or obj.get("key") != key:
        return None
    manifest, records = obj["manifest"], obj["records"]
    warnings, content, special = obj["warnings"], obj["content_key"], obj["special"]
    if (
        type(manifest) is not dict
        or type(warnings) is not list
        or not all(type(w) is str for w in warnings)
        or type(content) is not str
        or type(special) is not list
    ):
        return None
    for k, v in manifest.items():
        if type(v) is list:
            manifest[k] = _DECODERS[v[0]](v[1])
        elif type(v) not in _PLAIN:
            return None
    rows_of: dict[str, list[tuple]] | None = None
    if records is not None:
        if type(records) is not dict:
            return None
        rows_of = {}
        for name, table in records.items():
            layout = ROW_TABLES.get(name)
            if layout is None or type(table) is not tuple or len(table) != 2:
                return None
            n, columns = table
            # The checksum guards against damage; this only keeps a hand-made entry
            # from breaking the build later (or handing over values JSON never could).
            if type(n) is not int or type(columns) is not tuple:
                return None
            if n == 0:
                if columns:
                    return None
                rows_of[name] = []
                continue
            if len(columns) != len(layout[0]):
                return None
            for column in columns:
                if (
                    type(column) is not tuple
                    or len(column) != n
                    or not _PLAIN.issuperset(map(type, column))
                ):
                    return None
            rows_of[name] = list(zip(*columns, strict=True))
        for name, r, c, tag, text in special:
            rows = rows_of[name]
            if type(r) is not int or type(c) is not int or r < 0 or c < 0:
                return None
            row = list(rows[r])
            if row[c] is not None or type(text) is not str:
                return None
            row[c] = _DECODERS[tag](text)
            rows[r] = tuple(row)
    elif special:
        return None
    return FileResult(manifest, rows_of, warnings, content)


def cache_get(out_dir: Path, fingerprint: str, sha256: str, suffix: str) -> FileResult | None:
    """The cached parse result of content ``sha256`` under a name ending in ``suffix``,
    or None (no entry, or an entry that is not exactly what was stored)."""
    data = _cache_read(out_dir, fingerprint, sha256, suffix)
    return None if data is None else decode_entry(data, [fingerprint, sha256, suffix])


def _cache_read(out_dir: Path, fingerprint: str, sha256: str, suffix: str) -> bytes | None:
    """The bytes of a cache entry, None where it cannot be read (missing, unreadable)."""
    try:
        return _cache_path(out_dir, fingerprint, cache_key(sha256, suffix)).read_bytes()
    except (OSError, MemoryError):
        return None


#: Cache entries read by one task of the reading thread (``cache_get_many``): one task
#: per entry cost more in the executor's bookkeeping (futures, locks, wake-ups, all under
#: the interpreter lock the decoding holds) than the reads themselves. About 26 KB an
#: entry at 50,000 meetings; two blocks are read ahead.
CACHE_READ_BLOCK = 64


def cache_get_many(
    out_dir: Path, fingerprint: str, keys: Sequence[tuple[str, str]]
) -> Iterator[FileResult | None]:
    """``cache_get`` of each (sha256, suffix) in ``keys``, in order, with the entries'
    bytes read on a thread ahead of their decoding: on a cold page cache the 1.3 GB of
    entries of 50,000 meetings took 25-50 s to read one by one, while the decoding (which
    holds the interpreter) waited; a read waits outside it."""
    from concurrent.futures import ThreadPoolExecutor

    def read(block: Sequence[tuple[str, str]]) -> list[bytes | None]:
        return [_cache_read(out_dir, fingerprint, *key) for key in block]

    size = CACHE_READ_BLOCK
    blocks = [keys[k : k + size] for k in range(0, len(keys), size)]
    if not blocks:
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache-read") as reader:
        ahead = deque(reader.submit(read, block) for block in blocks[:2])
        for b, block in enumerate(blocks):
            found = ahead.popleft().result()
            if b + 2 < len(blocks):
                ahead.append(reader.submit(read, blocks[b + 2]))
            for (sha256, suffix), data in zip(block, found, strict=True):
                yield None if data is None else decode_entry(data, [fingerprint, sha256, suffix])


def cache_put(
    out_dir: Path, fingerprint: str, sha256: str, suffix: str, result: FileResult
) -> bool:
    """Store a parse result atomically (a temp name, then a rename); False when it could
    not be stored (a value JSON cannot hold, a full disk): the cache is only a shortcut."""
    key = cache_key(sha256, suffix)
    try:
        data = encode_entry([fingerprint, sha256, suffix], result)
    except (TypeError, ValueError):
        return False
    folder = cache_dir(out_dir, fingerprint)
    tmp = folder / f".{key}.{uuid.uuid4().hex[:6]}.tmp"
    try:
        try:
            _write_new(tmp, data)
        except FileNotFoundError:  # the first entry: the folder is made then, not per entry
            folder.mkdir(parents=True, exist_ok=True)
            _write_new(tmp, data)
        os.replace(tmp, _cache_path(out_dir, fingerprint, key))
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    return True


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file (a cache entry's temp name) by plain system calls: no
    file object, buffer or encoding layer is built for one write per parsed file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def cache_prune(out_dir: Path, fingerprint: str, keep: set[str]) -> int:
    """Drop cache entries of other code versions, of files no longer present (``keep``
    holds the ``cache_key`` of every present file) and of earlier formats."""
    root = out_dir / config.CACHE_DIRNAME
    removed = 0
    if not root.is_dir():
        return 0
    wanted = {f"{key}{_ENTRY_SUFFIX}" for key in keep}
    with contextlib.suppress(OSError):  # the tables are published: pruning can wait
        for folder in root.iterdir():
            if folder.name != fingerprint:
                _remove(folder)
                continue
            for entry in folder.iterdir():
                if entry.name not in wanted:
                    _remove(entry)
                    removed += 1
    return removed
