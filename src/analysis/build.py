"""The build: raw folder -> processed tables, incremental, with a progress bar and summary."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import shutil
import stat
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import config, store
from analysis.errors import EnvironmentProblem
from analysis.memory import release_freed_memory
from analysis.rawfiles import raw_entries, read_raw, sha256_of

if TYPE_CHECKING:
    from concurrent.futures import Future

    import pandas as pd
    from tqdm import tqdm

    from analysis.pipeline import ArrowChunk, FileResult, TableCollector, TableOrLoader

# pandas, pyarrow, the parsing modules (``analysis.pipeline``), the process pool and the
# progress bars are imported where they are used: a rebuild that finds nothing changed
# needs none of them, and importing them took 2-3 s of its time.


#: Show a progress bar from this many files on.
PROGRESS_MIN_FILES = 20
#: Parse on a process pool from this many files on (below, start-up costs more).
PARALLEL_MIN_FILES = 40
#: Files sent to a pool worker at a time (fewer round trips than one by one).
CHUNK_SIZE = 16
#: The manifest message of a file whose worker died while parsing it (killed, out of
#: memory): the file is rejected, the build goes on.
CRASH_MESSAGE = "the reader crashed or ran out of memory"
#: Pool breaks in a row with no file to blame (workers dying at start-up) before the
#: build gives up: then the machine, not a file, is the problem.
MAX_BLAMELESS_BREAKS = 3


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
    """Hash of the settings that change what a file parses to: the user's theme and
    policy-area files ($MINUTES_THEMES_FILE, $MINUTES_POLICY_AREAS_FILE) and the default
    forum and municipality."""
    digest = hashlib.sha256()
    digest.update(f"{config.DEFAULT_FORUM}\x1f{config.DEFAULT_MUNICIPALITY}\x1f".encode())
    for env in (config.THEMES_FILE_ENV, config.POLICY_AREAS_FILE_ENV):
        user_file = os.environ.get(env)
        if user_file:
            digest.update(f"{env}={user_file}".encode())
            try:
                digest.update(Path(user_file).read_bytes())
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


#: Flagged files the summary lists by name (the manifest table has all of them).
SUMMARY_FLAGGED = 12


def manifest_facts(manifest: pd.DataFrame) -> dict[str, Any]:
    """What the build summary says of the manifest: the files by status, the coverage of
    the parsed ones, and the first flagged files. Kept in the build state, so that a
    rebuild that finds nothing changed prints its summary without reading the manifest
    (and without importing pandas)."""
    status = manifest["status"]
    cov = manifest.loc[status != "rejected", "coverage"]
    flagged = manifest[status != "ok"]
    return {
        "n_files": len(manifest),
        "status": {str(k): int(v) for k, v in status.value_counts().items()},
        "coverage": [float(cov.min()), float(cov.mean())] if len(cov) else None,
        "flagged": [
            [str(s), str(f), _short(str(m))]
            for s, f, m in flagged[["status", "source_file", "message"]]
            .head(SUMMARY_FLAGGED)
            .itertuples(index=False)
        ],
        "n_flagged": len(flagged),
    }


def _short(message: str) -> str:
    return message if len(message) <= 110 else message[:107] + "..."


@dataclass
class BuildSummary:
    """What a build did; ``render()`` is the one-screen summary printed at the end.

    ``facts`` is ``manifest_facts`` of the manifest; the manifest itself is read from the
    tables when asked for (``manifest``) unless the build hands it over.
    """

    raw_dir: Path
    out_dir: Path
    facts: dict[str, Any]
    table_rows: dict[str, int]
    n_parsed: int = 0
    n_cached: int = 0
    skipped: bool = False
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    _manifest: pd.DataFrame | None = field(default=None, repr=False)

    @property
    def manifest(self) -> pd.DataFrame:
        """The manifest table of the build (read from the published tables when the build
        did not hold it)."""
        if self._manifest is None:
            self._manifest = store.read_table(self.out_dir, "manifest")
        return self._manifest

    @property
    def n_rejected(self) -> int:
        return int(self.facts["status"].get("rejected", 0))

    @property
    def exit_code(self) -> int:
        """0 when every file was parsed, 1 when any was rejected."""
        return 1 if self.n_rejected else 0

    def render(self) -> str:
        f = self.facts
        counts = f["status"]
        lines = [
            f"Build {'skipped: nothing changed' if self.skipped else 'done'} "
            f"in {self.seconds:.1f} s",
            f"  raw:       {self.raw_dir}",
            f"  processed: {self.out_dir}",
            f"  files:     {f['n_files']} (ok {counts.get('ok', 0)}, warning "
            f"{counts.get('warning', 0)}, rejected {counts.get('rejected', 0)}); "
            f"parsed {self.n_parsed}, from cache {self.n_cached}",
        ]
        if f["coverage"] is not None:
            low, mean = f["coverage"]
            lines.append(f"  coverage:  min {low:.1%}, mean {mean:.1%}")
        lines.append(
            "  tables:    " + ", ".join(f"{name} {rows}" for name, rows in self.table_rows.items())
        )
        if f["n_flagged"]:
            lines.append("  files needing a look:")
            for status, source_file, message in f["flagged"]:
                lines.append(f"    [{status}] {source_file}: {_short(message)}")
            if f["n_flagged"] > SUMMARY_FLAGGED:
                more = f["n_flagged"] - SUMMARY_FLAGGED
                lines.append(f"    … and {more} more (see the manifest table)")
        lines.extend(f"  {note}" for note in self.notes)
        return "\n".join(lines)


def _from_cache(cached: FileResult, name: str) -> FileResult:
    """A cached result under the file's current name (same bytes may have moved)."""
    from analysis.pipeline import ROW_TABLES, FileResult

    manifest = {**cached.manifest, "source_file": name}
    records = cached.records
    if records is not None:
        col = ROW_TABLES["meetings"][0].index("source_file")
        records = dict(records)
        records["meetings"] = [(*r[:col], name, *r[col + 1 :]) for r in records["meetings"]]
    return FileResult(manifest, records, list(cached.warnings), cached.content_key)


#: A file modified this close before it was read may change again within the same
#: timestamp: its signature is not trusted and it is hashed again at the next build
#: (git's "racily clean" rule).
RACY_NS = 2_000_000_000


def file_signature(path: Path | str) -> list[int] | None:
    """[size, mtime, ctime, inode] of a regular file (None for anything else): a file whose
    signature matches the last build's is not read again to check that it is unchanged."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def trusted_signature(sig: list[int], now_ns: int | None = None) -> bool:
    """Whether a signature taken now may stand for the file's content next time.

    Only the modification time counts: a later write sets it to its own time, which
    differs from an old one (even one set back with ``utime``, whose change time is
    in the signature)."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    return now_ns - sig[1] > RACY_NS


#: (bytes, name, sha256, ``name_variant``) of a file to parse.
Job = tuple[bytes, str, str, str]


def _parse_job(job: Job, cache: tuple[Path, str] | None = None) -> FileResult:
    """Parse one file and, with ``cache`` = (processed folder, fingerprint), store the
    result (in the worker, in parallel)."""
    from analysis.pipeline import parse_bytes

    data, name, sha, variant = job
    store.fault_point(f"worker:{name}")
    result = parse_bytes(data, name)
    if cache is not None:
        store.cache_put(cache[0], cache[1], sha, variant, result)
    return result


def name_variant(name: str) -> str:
    """What of a file's name changes its parse, for the cache key: the suffix (it picks
    the reader) and what the folder says (``data/raw/<kommune>/<forum>/``), so the same
    bytes moved to another municipality's folder are parsed again; and the date the name
    gives (the year of a header's date written without one: ``SourceHints.name_date``)."""
    from analysis.layouts import hints_from_path

    hints = hints_from_path(name)
    suffix = path_suffix(name)
    if hints.name_date is not None:
        suffix = f"{suffix}@{hints.name_date.isoformat()}"
    if hints.forum is None and hints.municipality is None:
        return suffix
    return f"{suffix}#{hints.municipality or ''}/{hints.forum or ''}"


def path_suffix(name: str) -> str:
    """``Path(name).suffix`` without making a Path (the build asks it of every file)."""
    base = name.rstrip("/").rpartition("/")[2]
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


#: Takes the results of a worker's chunk of files and their rows as Arrow
#: (``TableCollector.add_chunk``).
ChunkSink = Callable[[list["FileResult"], "ArrowChunk"], None]

#: Per job, in memory shared with the pool's workers: 0 waiting, 1 being parsed, 2 done.
_progress: Any = None


def _init_worker(progress: Any) -> None:
    global _progress
    _progress = progress


def _parse_chunk(
    chunk: list[tuple[int, Job]], cache: tuple[Path, str] | None, arrow: bool = False
) -> tuple[list[tuple[int, FileResult]], ArrowChunk | None]:
    """Parse some jobs in a pool worker, marking each as being parsed while it is, so a
    worker that dies can be matched to its file. With ``arrow`` their rows are also
    converted to Arrow here (``pipeline.arrow_chunk``), for ``attach_arrow``."""
    out = []
    for i, job in chunk:
        _progress[i] = 1
        out.append((i, _parse_job(job, cache)))
        _progress[i] = 2
    if not arrow:
        return out, None
    from analysis.pipeline import arrow_chunk

    return out, arrow_chunk([result.records for _, result in out])


def _crashed(job: Job) -> FileResult:
    """The result of a file whose worker died while parsing it alone."""
    from analysis.pipeline import unreadable

    data, name, sha, _ = job
    result = unreadable(name, Path(name).suffix, CRASH_MESSAGE)
    result.manifest.update(sha256=sha, size_bytes=len(data))
    return result


def _run_pool(
    indices: list[int],
    jobs: list[Job],
    workers: int,
    cache: tuple[Path, str] | None,
    progress: Any,
    deliver: Deliver,
    bar: tqdm,
    arrow: bool = False,
) -> list[int] | None:
    """Parse ``jobs[i]`` for ``i`` in ``indices`` on one pool, handing each result to
    ``deliver`` (with ``arrow``, its rows as Arrow slices: see ``_parse_chunk``).

    Returns None when the pool finished, or the jobs being parsed when a worker died
    (the pool is then broken and every unfinished job lost).
    """
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    from analysis.pipeline import POOL_CONTEXT

    for i in indices:
        progress[i] = 0
    size = CHUNK_SIZE if len(indices) > workers * CHUNK_SIZE else 1
    starts = range(0, len(indices), size)
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(starts)),
        mp_context=POOL_CONTEXT,
        initializer=_init_worker,
        initargs=(progress,),
    )
    try:
        # Only as_completed holds the futures (and the pool its unfinished chunks): it lets
        # go of each future it has yielded, so neither a delivered result (every row of a
        # chunk of files) nor a parsed chunk's bytes are kept alive until the pool ends.
        chunks = ([(i, jobs[i]) for i in indices[k : k + size]] for k in starts)
        pending = as_completed([pool.submit(_parse_chunk, c, cache, arrow) for c in chunks])
        for future in pending:
            done, rows = future.result()
            del future
            deliver.many(done, rows)
            bar.update(len(done))
            del done, rows
    except BrokenProcessPool:
        return [i for i in indices if progress[i] == 1 and not deliver.done[i]]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return None


def _parse_on_pools(
    jobs: list[Job],
    workers: int,
    cache: tuple[Path, str] | None,
    deliver: Deliver,
    bar: tqdm,
    arrow: bool = False,
) -> None:
    """Parse on a process pool that outlives dying workers (``arrow``: see ``_run_pool``).

    A worker killed by the kernel (out of memory) or by anyone else breaks the whole pool
    (``BrokenProcessPool``) and every unfinished job with it. Each worker marks in shared
    memory which job it is parsing, so after a break the jobs that were being parsed are
    the suspects: each is parsed again alone on a one-worker pool, and a file that kills
    that worker too is rejected with ``CRASH_MESSAGE``; the other jobs go on a new pool.
    Each break thus costs at most ``workers`` lone runs, however many files there are.
    """
    from analysis.pipeline import POOL_CONTEXT

    progress = POOL_CONTEXT.RawArray("b", len(jobs))
    todo = list(range(len(jobs)))
    blameless = 0
    while todo:
        suspects = _run_pool(todo, jobs, workers, cache, progress, deliver, bar, arrow)
        if suspects is None:
            return
        for i in suspects:
            if _run_pool([i], jobs, 1, cache, progress, deliver, bar, arrow):  # died on it
                deliver(i, _crashed(jobs[i]))
                bar.update()
        blameless = 0 if suspects else blameless + 1
        if blameless >= MAX_BLAMELESS_BREAKS:
            raise EnvironmentProblem(
                "the parse workers keep dying before they parse anything (out of memory?); "
                "try again with fewer workers or more free memory"
            )
        todo = [i for i in todo if not deliver.done[i]]


class Deliver:
    """Where parsed results go: kept in job order, or handed to ``sink`` as they arrive
    (and then the job's entry in ``jobs`` becomes None, releasing the file's bytes).
    ``done[i]`` tells which jobs have their result (the pool's bookkeeping after a break).
    """

    def __init__(
        self,
        jobs: list,
        sink: Callable[[FileResult], None] | None = None,
        chunk_sink: ChunkSink | None = None,
    ) -> None:
        self.done = [False] * len(jobs)
        self.results: list[FileResult | None] = [None] * len(jobs)
        self._jobs = jobs
        self._sink = sink
        self._chunk_sink = chunk_sink

    def many(self, done: list[tuple[int, FileResult]], chunk: ArrowChunk | None) -> None:
        """The results of a worker's chunk, with their rows as Arrow (``_parse_chunk``):
        handed whole to ``chunk_sink`` when there is one, else each file given its slices
        (``attach_arrow``) and delivered alone."""
        if chunk and self._chunk_sink is not None and self._sink is not None:
            for i, _ in done:
                self.done[i] = True
                self._jobs[i] = None
            self._chunk_sink([result for _, result in done], chunk)
            return
        if chunk:
            from analysis.pipeline import attach_arrow

            attach_arrow([result.records for _, result in done], chunk)
        for i, result in done:
            self(i, result)

    def __call__(self, i: int, result: FileResult) -> None:
        self.done[i] = True
        if self._sink is None:
            self.results[i] = result
        else:
            self._jobs[i] = None
            self._sink(result)


def parse_many(
    jobs: list[Job],
    workers: int | None = None,
    progress: bool = False,
    cache: tuple[Path, str] | None = None,
    sink: Callable[[FileResult], None] | None = None,
    arrow: bool = False,
    chunk_sink: ChunkSink | None = None,
) -> list[FileResult]:
    """Parse (bytes, name, sha256) jobs, on a process pool when there are enough of them.

    With ``cache`` = (processed folder, fingerprint) each result is also stored in the
    parse cache by the process that made it. The results come back in the order of
    ``jobs`` whatever the pool does, so the output stays deterministic; with ``sink``
    each result is instead handed to it as soon as it arrives (in no set order), its job
    in ``jobs`` set to None, and none is returned, so that the build need not hold every
    file's rows, nor every file's bytes, at once. On the pool,
    a file whose worker dies is rejected with ``CRASH_MESSAGE`` and the others are parsed.
    With ``arrow`` and ``sink`` the pool's workers hand their results' rows over as Arrow:
    each worker's chunk of results whole to ``chunk_sink`` (``TableCollector.add_chunk``)
    when given, else each result with its slices (``pipeline.attach_arrow``), which
    only ``TableCollector.add`` takes.
    """
    from tqdm import tqdm

    workers = workers or os.cpu_count() or 1
    parallel = workers > 1 and len(jobs) >= PARALLEL_MIN_FILES
    deliver = Deliver(jobs, sink, chunk_sink)
    with tqdm(total=len(jobs), desc="Fortolker referater", unit="fil", disable=not progress) as bar:
        if parallel:
            from analysis.pipeline import POOL_CONTEXT
            from analysis.preload import preloaded_workers

            # Workers fork from a server that loaded spaCy, the lemma table and the rules
            # once (see ``analysis.preload``); it stops when the parsing ends.
            with preloaded_workers(POOL_CONTEXT):
                _parse_on_pools(jobs, workers, cache, deliver, bar, arrow and sink is not None)
        else:
            for i, job in enumerate(jobs):
                deliver(i, _parse_job(job, cache))
                bar.update()
    return [result for result in deliver.results if result is not None]


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
    changed and the outputs exist, nothing is rewritten. One build at a time writes a
    folder (a second waits); it starts by removing what killed builds left there.
    Disk-full and permission errors raise ``EnvironmentProblem`` (exit code 3).
    """
    start = time.perf_counter()
    raw_dir = raw_dir or config.RAW_DIR
    out_dir = out_dir or config.PROCESSED_DIR
    external_dir = external_dir or config.EXTERNAL_DIR
    with gc_paused():
        files = raw_entries(raw_dir)
    with store.build_lock(out_dir):
        store.clean_leftovers(out_dir)
        summary = _build(files, raw_dir, out_dir, external_dir, force, progress, workers)
    summary.seconds = time.perf_counter() - start
    return summary


@dataclass
class _FilesRead:
    """The raw files as the build found them: each file's path, hash and signature
    (``file_signature``), and the bytes of those it had to read to hash them."""

    raw_dir: Path
    paths: dict[str, str]
    contents: dict[str, bytes]
    hashes: dict[str, str]
    signatures: dict[str, list[int]]
    #: Each file's ``name_variant`` (a part of its cache key), worked out once.
    variants: dict[str, str] = field(default_factory=dict)

    def variant(self, name: str) -> str:
        found = self.variants.get(name)
        if found is None:
            found = self.variants[name] = name_variant(name)
        return found

    def data(self, name: str) -> tuple[bytes | None, str]:
        """(bytes, '') of the file, read now if its signature spared reading them before;
        (None, why) when it cannot be read any more (its hash becomes "unreadable")."""
        data = self.contents.pop(name, None)
        if data is not None:
            return data, ""
        _, data, error = read_raw(Path(self.paths[name]), self.raw_dir)
        sha = sha256_of(data) if data is not None else "unreadable"
        if sha != self.hashes[name]:  # changed since its signature was taken: no trust
            self.hashes[name] = sha
            self.signatures.pop(name, None)
        return data, error


def _collect(
    collector: TableCollector,
    files: _FilesRead,
    out_dir: Path,
    fingerprint: str,
    force: bool,
    show: bool,
    workers: int | None,
    pool_ahead: Callable[[int], object] | None = None,
) -> tuple[list[str], int, int]:
    """Hand every file's result to ``collector`` as soon as it is there (cache or
    worker), so that its rows become Arrow batches at once; returns the files whose
    reader crashed, and how many files were parsed and taken from the cache.

    ``pool_ahead(n)`` (a build whose pool was not started ahead) starts the pool's
    warm-up for the ``n`` files the cache has no entry for, before the entries of the
    others are read and decoded: a build after an edit of some files then decodes the
    rest while the forkserver loads, instead of waiting for it afterwards."""
    from analysis.pipeline import FileResult, unreadable

    todo: list[Job] = []
    n_cached = 0
    # The cache key holds the suffix and the folder's hints: they change the result.
    keys = [(files.hashes[name], files.variant(name)) for name in files.paths]
    if pool_ahead is not None and not force:
        present = store.cache_keys(out_dir, fingerprint)
        pool_ahead(sum(store.cache_key(*key) not in present for key in keys))
    found = iter(()) if force else store.cache_get_many(out_dir, fingerprint, keys)
    for (name, path), key in zip(files.paths.items(), keys, strict=True):
        cached = None if force else next(found)
        if isinstance(cached, FileResult):
            collector.add(_from_cache(cached, name))
            files.contents.pop(name, None)
            n_cached += 1
            continue
        data, error = files.data(name)
        if data is None:
            collector.add(unreadable(name, Path(path).suffix, error))
            continue
        todo.append((data, name, files.hashes[name], key[1]))
    files.contents.clear()  # the bytes are in the jobs now
    crashed: list[str] = []

    def note_crash(result: FileResult) -> None:
        if result.manifest["message"] == CRASH_MESSAGE:
            crashed.append(str(result.manifest["source_file"]))

    def take(result: FileResult) -> None:
        note_crash(result)
        collector.add(result)

    def take_chunk(results: list[FileResult], chunk: ArrowChunk) -> None:
        for result in results:
            note_crash(result)
        collector.add_chunk(results, chunk)

    parse_many(
        todo,
        workers,
        show,
        cache=(out_dir, fingerprint),
        sink=take,
        arrow=True,
        chunk_sink=take_chunk,
    )
    return crashed, len(todo), n_cached


def _bar(items: list, **kwargs: Any) -> tqdm:
    """A progress bar over ``items`` (tqdm imported only when a bar is shown)."""
    from tqdm import tqdm

    return tqdm(items, **kwargs)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the state is read and the raw folder checked:
    they make hundreds of thousands of small objects and no cycles, and the collector's
    passes over them cost an unchanged rebuild of 50,000 files 0.13 of its 1.4 CPU
    seconds (measured under load)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(
    files: list[tuple[str, str]],
    raw_dir: Path,
    out_dir: Path,
    external_dir: Path,
    force: bool,
    progress: bool | None,
    workers: int | None,
) -> BuildSummary:
    """The build proper, holding the folder's lock."""
    with gc_paused():
        previous = {} if force else store.read_state(out_dir)
    # A forced build, or the first into a folder without a parse cache, parses every
    # file: the pool's start-up begins now (``_pool_ahead``), and ends at the latest when
    # the files are parsed. (Stopping a forkserver that still warms up waits for it: a
    # build that may find its files in the cache does not start one it may not need.)
    first = not previous and not (out_dir / config.CACHE_DIRNAME).exists()
    with contextlib.ExitStack() as ahead:
        started = force or first
        if started:
            ahead.enter_context(_pool_ahead(len(files), workers))
        return _build_from(
            previous,
            files,
            raw_dir,
            out_dir,
            external_dir,
            force,
            progress,
            workers,
            ahead,
            started,
        )


#: Modules only the steps after the pool import: scikit-learn and SciPy for the topic
#: model (its thread's first 0.7 s of CPU, holding the interpreter lock, on the build's
#: critical path after the pool), the corpus-wide enrichment, the writers' DuckDB and
#: Parquet. ``_pool_ahead`` imports them while the pool's forkserver warms up. (Not
#: pandera: ``schema.validate`` asks it only of a table its own checks do not pass.)
AFTER_POOL_IMPORTS = (
    "analysis.enrich.themes",
    "analysis.enrich.cases",
    "analysis.enrich.kle",
    "scipy.sparse",
    "sklearn.feature_extraction.text",
    "sklearn.preprocessing",
    "sklearn.decomposition",
    "duckdb",
    "pyarrow.parquet",
    "pyarrow.dataset",
)


@contextlib.contextmanager
def _pool_ahead(n_files: int, workers: int | None) -> Iterator[None]:
    """For a build that will parse ``n_files`` on a pool: start the pool's forkserver
    warming up (``preload.preloaded_workers(start=True)``, about 2 s of one core's CPU
    before a worker can fork) while this process imports the parsing modules and hashes
    the files, and import ``AFTER_POOL_IMPORTS`` on a thread beside the hashing, so that
    their time is taken from the idle core of the warm-up and not after the pool.
    Outputs do not change: the same modules, imported earlier."""
    if (workers or os.cpu_count() or 1) < 2 or n_files < PARALLEL_MIN_FILES:
        yield
        return
    import multiprocessing
    import threading

    from analysis.preload import preloaded_workers

    # ``pipeline.POOL_CONTEXT``: the forkserver starts before pipeline is imported.
    with preloaded_workers(multiprocessing.get_context("forkserver"), start=True):
        # The parsing modules (pandas, pyarrow, the parser) first, on this thread: the
        # other then imports no package this one is importing (two threads importing
        # each other's modules at once can deadlock Python's import locks).
        import analysis.pipeline  # noqa: F401

        imports = threading.Thread(target=_import_all, args=(AFTER_POOL_IMPORTS,), daemon=True)
        imports.start()
        try:
            yield
        finally:
            # Done before the steps after the pool start their threads (which import
            # some of these): at once unless the pool was short.
            imports.join()


def _import_all(names: Sequence[str]) -> None:
    import importlib

    for name in names:
        with contextlib.suppress(Exception):  # the step that needs it says why
            importlib.import_module(name)


def _build_from(
    previous: dict,
    files: list[tuple[str, str]],
    raw_dir: Path,
    out_dir: Path,
    external_dir: Path,
    force: bool,
    progress: bool | None,
    workers: int | None,
    ahead: contextlib.ExitStack,
    started: bool,
) -> BuildSummary:
    """``_build`` from the last build's state; ``ahead`` holds the pool started ahead
    (``started``: already by ``_build``, else by ``_collect`` once it knows how many
    files the cache lacks), closed (its forkserver stopped) once the files are parsed."""
    # The parse cache holds each file's enriched rows: the code and the settings key it.
    fingerprint = f"{code_fingerprint()}-{settings_fingerprint()}"

    show = progress if progress is not None else len(files) >= PROGRESS_MIN_FILES
    with gc_paused():
        known, known_hashes = previous.get("signatures", {}), previous.get("files", {})
        hashes: dict[str, str] = {}
        signatures: dict[str, list[int]] = {}
        paths: dict[str, str] = {}
        contents: dict[str, bytes] = {}
        unreadable_files: dict[str, tuple[str, str]] = {}  # name -> (suffix, why)
        listed = _bar(files, desc="Læser filer", unit="fil") if show else files
        for name, path in listed:
            sig = file_signature(path)
            if sig is not None and known.get(name) == sig and name in known_hashes:
                # Unchanged since the last build: its hash is trusted without reading it.
                hashes[name], signatures[name], paths[name] = known_hashes[name], sig, path
                continue
            name, data, error = read_raw(Path(path), raw_dir)
            if data is None:
                unreadable_files[name] = (Path(path).suffix, error)
                hashes[name] = "unreadable"
                continue
            hashes[name], paths[name], contents[name] = sha256_of(data), path, data
            if sig is not None and trusted_signature(sig):
                signatures[name] = sig

    state = {
        "code": fingerprint,
        "external": external_fingerprint(external_dir),
        "files": hashes,
    }
    # Nothing changed: say so without touching the cache (the fast path of a rebuild).
    if (
        not force
        and {k: v for k, v in previous.items() if k not in UNCOMPARED_STATE} == state
        and store.outputs_present(out_dir, _written_tables(previous))
    ):
        with store.environment_errors(f"linking the tables in {out_dir}"):
            store.ensure_links(out_dir)
        facts, rows = _unchanged_summary(out_dir, previous)
        return BuildSummary(raw_dir, out_dir, facts, rows, 0, len(paths), True)

    from analysis.pipeline import TableCollector, unreadable

    # The rows go to Arrow files beside the tables while the files are parsed (see
    # TableCollector); a killed build leaves them as a .staging-* leftover. They stay
    # until every table is written: each is combined from them when its turn comes.
    spill = out_dir / f".staging-rows-{uuid.uuid4().hex[:8]}"
    with store.environment_errors(f"keeping the parsed rows in {spill}"):
        spill.mkdir()
    try:
        with store.environment_errors(f"keeping the parsed rows in {spill}"):
            collector = TableCollector(spill_dir=spill)
            for name, (suffix, error) in unreadable_files.items():
                collector.add(unreadable(name, suffix, error))
            files_read = _FilesRead(raw_dir, paths, contents, hashes, signatures)
            # No cyclic garbage collection while the results come in: every file's rows
            # are new tuples (and no cycles), and the collector's full passes over the
            # growing list of results took a fifth of the collection's CPU time.
            with gc_paused():
                crashed, n_parsed, n_cached = _collect(
                    collector,
                    files_read,
                    out_dir,
                    fingerprint,
                    force,
                    show,
                    workers,
                    None if started else lambda n: ahead.enter_context(_pool_ahead(n, workers)),
                )
            ahead.close()  # no warm forkserver beside the combining and writing
            tables = collector.lazy_tables()
            del collector
        if crashed:
            # Not the state of a complete build: the next build parses these files again.
            state["crashed"] = sorted(crashed)
        state["signatures"] = signatures
        rows: dict[str, int] = {}
        manifest = _enrich_and_write(tables, external_dir, out_dir, state, rows)
        facts = state["summary"]["manifest"]
    finally:
        shutil.rmtree(spill, ignore_errors=True)
    keep = {
        store.cache_key(h, files_read.variant(n))
        for n, h in hashes.items()
        if n in paths and h != "unreadable"
    }
    store.cache_prune(out_dir, fingerprint, keep)
    summary = BuildSummary(raw_dir, out_dir, facts, rows, n_parsed, n_cached, _manifest=manifest)
    if crashed:
        summary.notes.append(
            f"{len(crashed)} file(s) crashed their reader; the next build tries them again"
        )
    return summary


#: Entries of the build state that are not compared to tell whether anything changed:
#: the files' signatures (only a shortcut to their hashes) and what the summary prints.
UNCOMPARED_STATE = ("signatures", "summary")
#: Tables whose row counts the summary of an unchanged rebuild prints.
SUMMARY_TABLES = ("meetings", "items")


#: Items up to which the topic model's thread (``enrich(topics_aside=True)``) may still run
#: while the tables are written (``topics_beside_writing``). Its working memory (the
#: items' word lists, the TF-IDF rows, the item weights) grows with the items: at
#: 10,000 meetings (70,554 items), under load, it was still fitted while ``sections``,
#: the largest table, was written, the build's peak. Twice the items of 10,000 meetings
#: keeps the overlap there; 50,000 meetings (about 350,000 items) wait for it.
TOPICS_BESIDE_WRITING_MAX_ITEMS = 150_000


#: The tables a large corpus writes while its topic model is still fitted (the enrichment
#: done): those ``enrich`` passes through (``pipeline.ENRICH_FREE``) but ``sections``,
#: the largest table by far (1.6 million rows, about 530 MB of Arrow at 50,000 meetings),
#: which is written with nothing beside it after the model has let go of its memory. The
#: others are at most a fifth of it; in ``ALL_TABLES`` order.
BESIDE_TOPICS = (
    "meetings", "participants", "recommendations", "attachments", "references",
    "case_history", "decisions", "follow_ups", "positions",
)  # fmt: skip


def topics_beside_writing(n_items: int) -> bool:
    """Whether the topic model of ``n_items`` items may go on beside the writing of the
    tables (faster), or the build waits for it before writing all but its small
    ``BESIDE_TOPICS`` (a large corpus: its memory is let go of before the largest tables
    are written)."""
    return n_items <= TOPICS_BESIDE_WRITING_MAX_ITEMS


def _wait_for_topics(enriched: dict[str, TableOrLoader]) -> None:
    """Wait for the topic model's thread: its two tables replace their loaders."""
    from analysis.pipeline import loaded

    for name in ("topics", "item_topics"):
        enriched[name] = loaded(enriched[name])


def _written_tables(state: dict) -> tuple[str, ...]:
    """The tables the build of ``state`` wrote (its summary lists them; a state of an
    earlier build without summary: every table this code writes)."""
    summary = state.get("summary")
    if isinstance(summary, dict) and isinstance(summary.get("table_rows"), dict):
        return tuple(summary["table_rows"])
    from analysis.pipeline import ALL_TABLES

    return ALL_TABLES


def _unchanged_summary(out_dir: Path, state: dict) -> tuple[dict[str, Any], dict[str, int]]:
    """(``manifest_facts``, rows of ``SUMMARY_TABLES``) of the published set: from the
    state when it holds them, else (the state of an earlier build) read from the tables."""
    summary = state.get("summary")
    try:
        facts = summary["manifest"]  # type: ignore[index]
        rows = {name: int(summary["table_rows"][name]) for name in SUMMARY_TABLES}  # type: ignore[index]
        if isinstance(facts, dict) and {"n_files", "status", "coverage", "flagged"} <= set(facts):
            return facts, rows
    except (KeyError, TypeError, ValueError):
        pass
    import pyarrow.parquet as pq

    current = store.current_dir(out_dir)
    rows = {
        name: pq.ParquetFile(store.table_path(current, name)).metadata.num_rows
        for name in SUMMARY_TABLES
    }
    return manifest_facts(store.read_table(out_dir, "manifest")), rows


def _enrich_and_write(
    tables: dict[str, TableOrLoader],
    external_dir: Path,
    out_dir: Path,
    state: dict,
    rows: dict[str, int],
) -> pd.DataFrame:
    """The corpus-wide enrichment (``pipeline.enrich``), then every table conformed,
    validated and written as a new version (``store.VersionWriter``), which is published;
    fills ``rows`` with each table's row count (``ALL_TABLES`` order) and returns the
    manifest. The state gets the summary (``manifest_facts`` and the row counts) before
    the store writes it.

    After the parse one core would idle while the main process enriches and writes. So
    for a corpus whose topic model may run beside the writing (``topics_beside_writing``)
    the tables ``enrich`` does not touch (``pipeline.ENRICH_FREE``: sections, meetings,
    decisions, …) are conformed, validated and written on a thread while ``enrich`` runs
    and the topic model is fitted, and each table's Parquet, by-year and DuckDB writing
    runs on the writer's threads while the next table is conformed (``overlap``). A
    large corpus writes after the enrichment, each table let go of before the next is
    made: first the small tables the topic model does not touch (``BESIDE_TOPICS``)
    while the model is fitted, then, the model done, the others; a table larger than
    ``store.DUCKDB_BESIDE_MAX_BYTES`` (``sections``, ``items``: its peak memory) is
    written alone, the others beside the conforming of the next (``overlap``).
    """
    from concurrent.futures import wait

    from analysis.pipeline import ALL_TABLES, ENRICH_FREE, PartitionYears, enrich, loaded

    counts: dict[str, int] = {}
    kept: dict[str, pd.DataFrame] = {}
    tables["items"] = loaded(tables["items"])  # the enrichment's first step anyway
    if topics_beside_writing(len(tables["items"])):
        # The tables written beside the enrichment are partitioned by meeting year.
        tables["meetings"] = loaded(tables["meetings"])
        years = PartitionYears(tables["meetings"], tables["items"])
        with store.VersionWriter(out_dir, years, overlap=True) as writer:
            owners = tables["meetings"].set_index("meeting_id")["municipality"]
            free = {name: tables.pop(name) for name in ENRICH_FREE}
            beside = _thread_call(_write_each, writer, free, ENRICH_FREE, counts, state, kept)
            try:
                enriched = enrich(tables, external_dir, topics_aside=True, owners=owners)
            finally:
                wait([beside])  # never two threads adding tables
            beside.result()  # its error, if it failed
            rest = [name for name in ALL_TABLES if name not in ENRICH_FREE]
            _write_each(writer, enriched, rest, counts, state, kept)
            writer.publish(state)
    else:
        enriched = enrich(tables, external_dir, topics_aside=True)
        enriched["meetings"] = loaded(enriched["meetings"])  # its years partition the others
        years = PartitionYears(enriched["meetings"], loaded(enriched["items"]))
        release_freed_memory()  # what the corpus-wide steps let go of
        # Overlapping: the small tables' files are written on the writer's threads (the
        # second core) while the next table is conformed; a large one waits for them and
        # is written alone, with DuckDB's copy after its files.
        with store.VersionWriter(out_dir, years, overlap=True) as writer:
            # While the topic model is fitted: the small tables it does not wait for.
            _write_each(writer, enriched, BESIDE_TOPICS, counts, state, kept)
            _wait_for_topics(enriched)
            release_freed_memory()  # the model's working memory, before the largest tables
            rest = [name for name in ALL_TABLES if name not in BESIDE_TOPICS]
            _write_each(writer, enriched, rest, counts, state, kept)
            writer.publish(state)
    rows.update((name, counts[name]) for name in ALL_TABLES if name in counts)
    return kept["manifest"]


def _thread_call(fn: Callable[..., Any], *args: Any) -> Future:
    """``fn(*args)`` on a thread of its own (its future)."""
    from concurrent.futures import ThreadPoolExecutor

    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tables")
    future = executor.submit(fn, *args)
    executor.shutdown(wait=False)  # the thread ends with its one task
    return future


def _write_each(
    writer: store.VersionWriter,
    tables: dict[str, TableOrLoader],
    names: Sequence[str],
    counts: dict[str, int],
    state: dict,
    kept: dict[str, pd.DataFrame],
) -> None:
    """Conform, validate and add to ``writer`` the tables ``names`` in that order, each
    taken out of ``tables`` (and let go of here once added); counts their rows. The
    manifest comes last: every count is in, and the state gets the summary."""
    import pyarrow as pa

    from analysis.pipeline import ALL_TABLES, finalised

    for name, df in finalised(tables, release=True, names=names):
        counts[name] = len(df)
        if name == "manifest":
            kept[name] = df
            table_rows = {n: counts[n] for n in ALL_TABLES if n in counts}
            state["summary"] = {"manifest": manifest_facts(df), "table_rows": table_rows}
        writer.add(name, df)
        del df
        pa.default_memory_pool().release_unused()  # cheap; a full release is not
