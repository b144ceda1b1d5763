"""Benchmark of the build on generated corpora: speed, memory and extraction accuracy.

Run ``python -m analysis.bench`` (not part of the tests). For each corpus it

1. generates synthetic minutes (:mod:`analysis.synth.corpus`) into a work folder outside
   the repository (default ``/tmp/minutes-bench``), or reuses an identical earlier one;
2. measures two *floors* in the same run, in one process: reading every file and one
   regex pass over it (best of three passes, so from a warm page cache like the builds),
   and parse-only: reading and parsing every file into a meeting (no rows, enrichment or
   writing), one pass;
3. runs ``analysis.build.build`` in a fresh process into a temporary processed folder:
   a full build, an unchanged rebuild, and a rebuild after 1 % of the files changed,
   each timed with ``time.perf_counter`` around ``build()`` and with the peak memory of
   the process and its workers (the sum of their resident sets, sampled every 20 ms);
   after each, the check of the saved searches ``minutes build`` runs next (the project's
   watchlist, ``watchlist.report_new_hits``) is timed on its own: the user waits for it
   too;
4. scores the full build's tables against the generator's ground truth, field by field,
   and reports how repetitive the corpus is (the share of distinct titles, decision and
   recommendation texts: text-level caches look better on a repetitive corpus).

The sized text corpora are generated twice: the default corpus and the one at distinct
level 1 (paraphrased titles and decisions, :mod:`analysis.synth.corpus`); ``--distinct 0``
or ``--distinct 1`` runs one of them.

``--layouts web beslutning_i udvalg_header`` generates the corpora in those document
layouts (:data:`analysis.synth.corpus.LAYOUTS`; default: the agenda-system export only),
each format in the layouts that exist in it, and breaks the accuracy down by layout. The
mixed corpus is generated in every layout unless ``--mixed-layouts`` says otherwise, so
the accuracy always covers the new layouts.

It prints a table with the targets (issue 17: 10,000 distinct text meetings in <= 30 s and
within 60x the read-and-scan floor, peak memory <= 1.2 GB; 50,000 in <= 3 min and <= 2.5
GB; an unchanged rebuild in <= 3 s; 1,000 PDF meetings in < 60 s) marked PASS or MISS.
A miss is reported, not an error: the exit code is 0.

``--stages`` adds an in-process build of the largest text corpus with a timer around each
step (parse pool, combine, KLE, primary themes, NMF topics, cases, conform, pandera
validation, Parquet, DuckDB, parse cache) and a serial breakdown of the per-file work
(read, parse, rows, per-item enrichment, pickling) that the pool runs.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: Targets of issue 17 (distinct text corpora), checked on a 2-core machine.
TARGET_FULL_10K_S = 30.0
TARGET_FULL_50K_S = 180.0
TARGET_FLOOR_RATIO = 60.0
TARGET_UNCHANGED_S = 3.0
#: Peak memory (summed RSS of the build and its workers) by corpus size.
TARGET_PEAK_10K_BYTES = int(1.2 * 1024**3)
TARGET_PEAK_50K_BYTES = int(2.5 * 1024**3)
TARGET_PDF_1K_S = 60.0


def peak_target(n: int) -> int:
    """The peak-memory target for a corpus of ``n`` meetings (the 10,000 one below that)."""
    return TARGET_PEAK_50K_BYTES if n > 10_000 else TARGET_PEAK_10K_BYTES


#: The floor's one regex pass: every item heading.
_FLOOR_RE = re.compile(r"^\W*Punkt\s+\d+\s*[:.]", re.MULTILINE)

_FIELDS_ITEM = (
    "title",
    "case_number",
    "proposer",
    "duration_min",
    "n_attachments",
    "n_recommendations",
    "closed",
    "decision_type",
    "themes",
)
_FIELDS_MEETING = ("forum", "municipality", "date", "start_time", "location", "n_participants")


# --- measuring a build in its own process ------------------------------------------------


class _PeakSampler:
    """Peak of the summed RSS of this process and all its descendants (psutil), and of
    their summed PSS (``peak_pss``).

    RSS counts a page shared by several processes once in each: the build's workers are
    forked from a server that loaded the language data (``analysis.preload``), so their
    summed RSS overstates what the build takes from the machine; PSS splits each shared
    page between its processes. PSS is dearer to read (``smaps_rollup``: the kernel walks
    each process's page tables), so it is read only when the summed RSS grew by
    ``PSS_STEP`` since the last reading, and at least every ``PSS_MAX_AGE`` seconds.
    Reading it every 0.1 s cost about 55 ms of CPU a time with the build's four
    processes at 50,000 meetings: a third to half of a core taken from the build it
    measured (on two cores). The total PSS grows by no more than the total RSS (a page
    that becomes private or shared among the build's processes moves PSS between them;
    only new pages add to both), so the peak it misses is under ``PSS_STEP``.

    Without psutil ``available`` is False and ``peak`` stays 0; the caller then falls
    back to ``resource.getrusage`` (largest single process, self and children).
    """

    #: Samples between two listings of the descendants: listing them reads every process
    #: of the machine (/proc), which at 20 ms took the measured build's time (an unchanged
    #: rebuild of 50,000 files: 3.4 s with, 2.3 s without); pool workers live long.
    LIST_EVERY = 25
    #: Growth of the summed RSS since the last PSS reading that calls for a new one.
    PSS_STEP = 16 << 20
    #: Seconds between two PSS readings at most, and at least (while RSS grows).
    PSS_MAX_AGE = 2.0
    PSS_MIN_AGE = 0.1

    def __init__(self, interval: float = 0.02) -> None:
        try:
            import psutil
        except ImportError:
            psutil = None
        self.available = psutil is not None
        self._proc = psutil.Process() if psutil else None
        self._interval = interval
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._children: list = []
        self._n = 0
        self._clock = time.monotonic
        self._pss_at = -float("inf")  # when PSS was last read (``_clock``)
        self._rss_at_pss = 0  # the summed RSS then

    def _sample(self, relist: bool = False) -> int:
        if self._proc is None:
            return 0
        if relist or self._n % self.LIST_EVERY == 0:
            with contextlib.suppress(Exception):  # a process may vanish while listed
                self._children = self._proc.children(recursive=True)
        self._n += 1
        procs = [self._proc, *self._children]
        total = 0
        for p in procs:
            with contextlib.suppress(Exception):
                total += p.memory_info().rss
        age = self._clock() - self._pss_at
        grew = total - self._rss_at_pss >= self.PSS_STEP
        if relist or age >= self.PSS_MAX_AGE or (grew and age >= self.PSS_MIN_AGE):
            total_pss = 0
            for p in procs:
                with contextlib.suppress(Exception):
                    total_pss += p.memory_full_info().pss
            self.peak_pss = max(self.peak_pss, total_pss)
            self._pss_at, self._rss_at_pss = self._clock(), total
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self._interval)

    def __enter__(self) -> _PeakSampler:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.available:
            self._stop.set()
            self._thread.join()
            self.peak = max(self.peak, self._sample(relist=True))


def _child_build(raw: str, out: str, force: bool, workers: int | None) -> None:
    """Run one build and print its figures as JSON (the ``--child-build`` mode)."""
    import resource

    from analysis.build import build

    with _PeakSampler() as sampler:
        t0 = time.perf_counter()
        summary = build(Path(raw), Path(out), force=force, progress=False, workers=workers)
        seconds = time.perf_counter() - t0
    # What ``minutes build`` does next, timed apart: the build's figures stay comparable
    # with earlier runs and the watchlist's cost (after a changed build it searches the
    # new items) cannot hide in them.
    from analysis import config
    from analysis.watchlist import report_new_hits

    t0 = time.perf_counter()
    report_new_hits(Path(out), config.WATCHLIST_FILE)
    watch_seconds = time.perf_counter() - t0
    ru_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    ru_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "watch_seconds": watch_seconds,
                # without psutil: the self and largest-child maxima added (an estimate)
                "peak_rss": sampler.peak if sampler.available else ru_self + ru_children,
                "peak_pss": sampler.peak_pss,
                "maxrss_self": ru_self,
                "maxrss_child": ru_children,
                "n_parsed": summary.n_parsed,
                "n_cached": summary.n_cached,
                "skipped": summary.skipped,
                "n_rejected": summary.n_rejected,
                "table_rows": summary.table_rows,
            }
        )
    )


@dataclass
class BuildRun:
    seconds: float
    wall: float  # the whole process, imports included
    peak_rss: int
    n_parsed: int
    n_cached: int
    skipped: bool
    n_rejected: int
    table_rows: dict
    watch_seconds: float = 0.0  # the watchlist check after the build (not in ``seconds``)
    peak_pss: int = 0  # summed PSS (0 without psutil): shared pages counted once


def run_build(raw: Path, out: Path, force: bool = False, workers: int | None = None) -> BuildRun:
    """One build of ``raw`` into ``out`` in a fresh Python process."""
    cmd = [sys.executable, "-m", "analysis.bench", "--child-build", str(raw), str(out)]
    if force:
        cmd.append("--force")
    if workers:
        cmd += ["--workers", str(workers)]
    from analysis.synth.corpus import BUILD_ENV

    t0 = time.perf_counter()
    env = {**os.environ, **BUILD_ENV}
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"the build failed:\n{proc.stderr[-4000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return BuildRun(
        data["seconds"],
        wall,
        max(data["peak_rss"], data["maxrss_self"]),
        data["n_parsed"],
        data["n_cached"],
        data["skipped"],
        data["n_rejected"],
        data["table_rows"],
        data["watch_seconds"],
        data.get("peak_pss", 0),
    )


# --- the floor --------------------------------------------------------------------------


def floor(raw: Path, repeats: int = 3) -> tuple[float, int, int, int]:
    """(seconds, files, bytes, headings found): read every file, one regex pass over it.

    The best of ``repeats`` passes: the first may read from disk, while the builds it is
    compared with read the files from a warm page cache (a cold first pass measured up to
    3x the warm one at 10,000 files, which flattered the ratio).
    """
    files = sorted(p for p in raw.rglob("*") if p.is_file())
    best = float("inf")
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        total = hits = 0
        for p in files:
            data = p.read_bytes()
            total += len(data)
            text = data.decode("utf-8", errors="replace")
            hits += sum(1 for _ in _FLOOR_RE.finditer(text))
        best = min(best, time.perf_counter() - t0)
    return best, len(files), total, hits


def parse_floor(raw: Path) -> tuple[float, int]:
    """(seconds, items): read and parse every file into a meeting, one process, one pass.

    The second floor: what the readers and layouts cost without rows, enrichment, the
    pool or writing, so the report separates parsing from everything the build adds.
    """
    from analysis.layouts import parse_text
    from analysis.pipeline import source_hints
    from analysis.read import read_bytes
    from analysis.synth.corpus import DEFAULT_MUNICIPALITY

    files = sorted(p for p in raw.rglob("*") if p.is_file())

    def parse(p: Path) -> int:
        doc = read_bytes(p.read_bytes(), p.suffix)
        hints = source_hints(p.relative_to(raw).as_posix(), None, DEFAULT_MUNICIPALITY)
        return len(parse_text(doc.text, hints).items)

    if files:  # warm up: imports and tables load once per process
        parse(files[0])
    t0 = time.perf_counter()
    items = sum(parse(p) for p in files)
    return time.perf_counter() - t0, items


def distinct_shares(processed: Path) -> dict[str, float]:
    """Share of distinct texts among item titles, decisions and recommendations."""
    import pandas as pd

    items = pd.read_parquet(processed / "items.parquet", columns=["title"])
    sections = pd.read_parquet(processed / "sections.parquet", columns=["section", "text"])
    recs = pd.read_parquet(processed / "recommendations.parquet", columns=["text"])
    decisions = sections.loc[sections["section"] == "beslutning", "text"]

    def share(values: pd.Series) -> float:
        values = values.dropna()
        return float(values.nunique() / len(values)) if len(values) else 0.0

    return {
        "titles": share(items["title"]),
        "decisions": share(decisions),
        "recommendations": share(recs["text"]),
    }


# --- accuracy ---------------------------------------------------------------------------


def _norm(value: object) -> object:
    import pandas as pd

    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item") and not isinstance(value, str):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return value
    return value


@dataclass
class Accuracy:
    n_items: int
    matched: int
    extra: int
    files_ok: float
    coverage_full: float
    fields: dict[str, float]
    by_format: dict[str, dict[str, float]] = field(default_factory=dict)
    by_layout: dict[str, dict[str, float]] = field(default_factory=dict)
    decision_by_forum: dict[str, float] = field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)
    #: Files not "ok" by status and kind of message ("warning: duplicate of <fil> …").
    not_ok: dict[str, int] = field(default_factory=dict)


#: What a manifest message names (files, municipalities, numbers) is left out of its
#: kind, so that the same warning about different files counts as one kind.
_MESSAGE_PARTS = (
    (re.compile(r"\S+\.(?:txt|md|pdf|docx|html?|xlsx)\b"), "<fil>"),
    (re.compile(r"(?:[A-ZÆØÅ][\w-]*\s)+(?:Kommune|Byråd)"), "<kommune>"),
    (re.compile(r"'[^']*'"), "'…'"),
    (re.compile(r"\d+"), "#"),
)


def message_kind(status: str, message: str) -> str:
    """The kind of one manifest message, ``"<status>: <message with names left out>"``:
    what the "files ok" share is short of."""
    text = str(message or "")
    for pattern, repl in _MESSAGE_PARTS:
        text = pattern.sub(repl, text)
    return f"{status}: {text[:140] or '(no message)'}"


def not_ok_kinds(manifest: pd.DataFrame) -> dict[str, int]:
    """Files whose status is not "ok", counted by kind of message, most frequent first."""
    counts: dict[str, int] = {}
    flagged = manifest[manifest["status"] != "ok"]
    for status, message in zip(flagged["status"], flagged["message"], strict=True):
        kind = message_kind(str(status), str(message))
        counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def score(corpus: Path, processed: Path) -> Accuracy:
    """Compare the build's tables in ``processed`` with the corpus' ground truth."""
    import pandas as pd

    from analysis.synth.corpus import load_ground_truth

    gt = load_ground_truth(corpus)
    items = pd.read_parquet(processed / "items.parquet")
    meetings = pd.read_parquet(processed / "meetings.parquet")
    manifest = pd.read_parquet(processed / "manifest.parquet")
    cols = ["meeting_id", "source_file", *_FIELDS_MEETING]
    got = items.merge(meetings[cols], on="meeting_id", suffixes=("", "_m"))
    if "date_m" in got:
        got["date"] = got["date_m"]
    m = gt.merge(got, on=["source_file", "number"], how="left", suffixes=("", "_p"))
    matched = int(m["item_id"].notna().sum())
    extra = len(got) - matched
    synthetic = manifest[manifest["source_file"].isin(set(gt["source_file"]))]
    fields: dict[str, float] = {}
    per_row: dict[str, list[bool]] = {}
    misses: dict[str, list[str]] = {}
    for col in (*_FIELDS_ITEM, *_FIELDS_MEETING):
        want = [_norm(v) for v in m[col]]
        have = [_norm(v) for v in m[f"{col}_p"]]
        if col == "themes":
            want = [w or "" for w in want]
            have = [h or "" for h in have]
        ok = [w == h for w, h in zip(want, have, strict=True)]
        per_row[col] = ok
        fields[col] = sum(ok) / len(ok) if ok else 1.0
        bad = [i for i, o in enumerate(ok) if not o][:3]
        if bad:
            misses[col] = [
                f"{m['source_file'].iloc[i]} #{m['number'].iloc[i]}: {want[i]!r} vs {have[i]!r}"
                for i in bad
            ]

    def shares(key: str) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for value in sorted(set(m[key])):
            mask = (m[key] == value).to_numpy()
            out[str(value)] = {
                col: sum(o for o, k in zip(ok, mask, strict=True) if k) / max(1, int(mask.sum()))
                for col, ok in per_row.items()
            }
        return out

    by_format = shares("format")
    by_layout = shares("document_layout") if "document_layout" in m else {}
    dec_ok = pd.Series(per_row["decision_type"], index=m.index)
    by_forum = dec_ok.groupby(m["forum"]).mean().to_dict()
    wrong = m[~dec_ok]
    conf = (
        wrong.groupby(["decision_type", "decision_type_p"], dropna=False)
        .size()
        .sort_values(ascending=False)
    )
    confusions = [(str(a), str(b), int(c)) for (a, b), c in conf.head(8).items()]
    return Accuracy(
        n_items=len(gt),
        matched=matched,
        extra=extra,
        files_ok=float((synthetic["status"] == "ok").mean()) if len(synthetic) else 0.0,
        coverage_full=float((synthetic["coverage"] >= 1.0).mean()) if len(synthetic) else 0.0,
        fields=fields,
        by_format=by_format,
        by_layout=by_layout,
        decision_by_forum={str(k): float(v) for k, v in by_forum.items()},
        confusions=confusions,
        misses=misses,
        not_ok=not_ok_kinds(synthetic),
    )


# --- one corpus -------------------------------------------------------------------------


@dataclass
class CorpusResult:
    label: str
    n: int
    formats: list[str]
    n_items: int = 0
    bytes: int = 0
    generated_s: float | None = None
    floor_s: float = 0.0
    parse_s: float = 0.0
    distinct: int = 0
    shares: dict[str, float] = field(default_factory=dict)
    full: BuildRun | None = None
    unchanged: BuildRun | None = None
    changed: BuildRun | None = None
    n_changed: int = 0
    accuracy: Accuracy | None = None


def _corpus_label(
    formats: list[str], n: int, seed: int, layouts: list[str], distinct: int = 0
) -> str:
    label = f"{'-'.join(formats)}-{n}-s{seed}"
    label = label if layouts == ["agenda"] else f"{label}-{'-'.join(layouts)}"
    return f"{label}-d{distinct}" if distinct else label


def layout_formats(formats: list[str], layouts: list[str]) -> list[str]:
    """The ``formats`` at least one of ``layouts`` is rendered in (others are left out)."""
    from analysis.synth.corpus import LAYOUT_FORMATS

    return [f for f in formats if any(f in LAYOUT_FORMATS[x] for x in layouts)]


def ensure_corpus(
    workdir: Path,
    n: int,
    formats: list[str],
    seed: int,
    layouts: list[str] | None = None,
    distinct: int = 0,
) -> tuple[Path, float | None]:
    """A generated corpus for (n, formats, seed, layouts, distinct), reused when identical."""
    from analysis.synth import corpus as synth

    layouts = list(layouts or ["agenda"])
    out = workdir / "corpora" / _corpus_label(formats, n, seed, layouts, distinct)
    params = synth.read_params(out)
    same = (
        params.get("generator_sha256") == synth.generator_fingerprint()
        and params.get("n") == n
        and params.get("seed") == seed
        and params.get("formats") == formats
        and params.get("forums") == list(synth.DEFAULT_FORUMS)
        and params.get("layouts", ["agenda"]) == layouts
        and params.get("distinct", 0) == distinct
        and not params.get("revised")
        and (out / "ground_truth.parquet").is_file()
        and sum(1 for _ in (out / "raw").rglob("*.*")) == n
    )
    if same:
        return out, None
    t0 = time.perf_counter()
    synth.generate_corpus(out, n, seed=seed, formats=formats, layouts=layouts, distinct=distinct)
    return out, time.perf_counter() - t0


def bench_corpus(
    workdir: Path,
    n: int,
    formats: list[str],
    seed: int,
    workers: int | None,
    incremental: bool = True,
    keep: bool = False,
    log=print,
    layouts: list[str] | None = None,
    distinct: int = 0,
) -> CorpusResult:
    from analysis.synth import corpus as synth

    kind = "mixed" if len(formats) > 2 else "+".join(formats)
    label = f"{kind} x {n:,}" + (" distinct" if distinct else "")
    res = CorpusResult(label, n, formats, distinct=distinct)
    log(f"\n== {res.label}: generating …")
    out, gen_s = ensure_corpus(workdir, n, formats, seed, layouts, distinct)
    res.generated_s = gen_s
    params = synth.read_params(out)
    res.n_items, res.bytes = params.get("n_items", 0), params.get("bytes", 0)
    raw = out / "raw"
    log(
        f"   {'generated in ' + format(gen_s, '.1f') + ' s' if gen_s else 'reused'}: "
        f"{n:,} meetings, {res.n_items:,} items, {res.bytes / 1e6:.1f} MB in {out}"
    )
    res.floor_s, _, _, _ = floor(raw)
    log(f"   floor (read + one regex pass): {res.floor_s:.2f} s")
    res.parse_s, _ = parse_floor(raw)
    log(f"   parse-only floor (read + parse, one process): {res.parse_s:.2f} s")
    processed = Path(tempfile.mkdtemp(prefix="processed-", dir=workdir))
    try:
        log("   full build …")
        res.full = run_build(raw, processed, force=True, workers=workers)
        log(
            f"   full build: {res.full.seconds:.1f} s, peak {res.full.peak_rss / 2**30:.2f} GB"
            f" (PSS {res.full.peak_pss / 2**30:.2f} GB),"
            f" then the watchlist check {res.full.watch_seconds:.1f} s"
        )
        res.accuracy = score(out, processed)
        res.shares = distinct_shares(processed)
        if incremental:
            res.unchanged = run_build(raw, processed, workers=workers)
            log(
                f"   unchanged rebuild: {res.unchanged.seconds:.2f} s, "
                f"watchlist {res.unchanged.watch_seconds:.2f} s"
            )
            changed = synth.edit_corpus(out, 0.01, seed=seed + 1, revision=1)
            res.n_changed = len(changed)
            try:
                res.changed = run_build(raw, processed, workers=workers)
            finally:
                synth.edit_corpus(out, 0.01, seed=seed + 1, revision=0)
            log(
                f"   1% changed ({res.n_changed} files): {res.changed.seconds:.1f} s, "
                f"watchlist {res.changed.watch_seconds:.1f} s"
            )
    finally:
        if keep:
            log(f"   processed tables kept in {processed}")
        else:
            shutil.rmtree(processed, ignore_errors=True)
    return res


# --- stage timings ----------------------------------------------------------------------

#: Functions timed by ``--stages`` (module attribute lookups, so wrapping them works).
STAGES = (
    "analysis.build.code_fingerprint",
    "analysis.build.read_raw",
    "analysis.build.sha256_of",
    "analysis.store.decode_entry",
    "analysis.build.parse_many",
    "analysis.pipeline.arrow_rows",
    "analysis.pipeline._combined_arrow",
    "analysis.pipeline.TableCollector.lazy_tables",
    "analysis.pipeline.enrich",
    "analysis.enrich.kle.load_kle_titles",
    "analysis.enrich.kle.kle_columns",
    "analysis.enrich.themes.primary_theme",
    "analysis.enrich.themes.topics_from_terms",
    "analysis.enrich.themes._fitted_topic_model",
    "analysis.enrich.cases.case_sequence",
    "analysis.enrich.cases.standing_case_numbers",
    "analysis.enrich.cases.case_threads_table",
    "analysis.build._enrich_and_write",
    "analysis.schema.conform",
    "analysis.schema.validate",
    "analysis.store.write_tables",
    "analysis.store.write_parquet",
    "analysis.store.write_partitioned",
    "analysis.store.write_duckdb",
    "analysis.store.cache_prune",
)


class _StagePeaks:
    """Peak resident memory of this process during each timed step (psutil, sampled
    every 10 ms): the step running when the build's peak is reached is where memory
    goes. Empty without psutil."""

    def __init__(self, interval: float = 0.01) -> None:
        try:
            import psutil
        except ImportError:
            psutil = None
        self._proc = psutil.Process() if psutil else None
        self._interval = interval
        self.running: list[str] = []
        self.peaks: dict[str, int] = defaultdict(int)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            rss = self._proc.memory_info().rss  # type: ignore[union-attr]
            self.peak = max(self.peak, rss)
            for key in list(self.running):
                self.peaks[key] = max(self.peaks[key], rss)
            self._stop.wait(self._interval)

    def __enter__(self) -> _StagePeaks:
        if self._proc is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            self._stop.set()
            self._thread.join()


def _instrument(
    names: tuple[str, ...], peaks: _StagePeaks | None = None
) -> tuple[dict[str, float], dict[str, int], list]:
    timings: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    patches = []
    for dotted in names:
        modname, attr = dotted.rsplit(".", 1)
        owner = None
        try:
            mod = importlib.import_module(modname)
        except ImportError:
            # A method: module.Class.method
            modname, cls = modname.rsplit(".", 1)
            try:
                owner = getattr(importlib.import_module(modname), cls, None)
            except ImportError:
                continue
            if owner is None:
                continue
            mod = owner
        fn = getattr(mod, attr, None)
        if fn is None:
            continue

        def wrapper(*args, _fn=fn, _key=dotted, **kwargs):
            if peaks is not None:
                peaks.running.append(_key)
            t0 = time.perf_counter()
            try:
                return _fn(*args, **kwargs)
            finally:
                timings[_key] += time.perf_counter() - t0
                calls[_key] += 1
                if peaks is not None:
                    peaks.running.remove(_key)

        functools.update_wrapper(wrapper, fn)
        setattr(mod, attr, wrapper)
        patches.append((mod, attr, fn))
    return timings, calls, patches


def stage_timings(raw: Path, workdir: Path, workers: int | None, sample: int = 500) -> str:
    """An in-process full build with a timer on every step, and a per-file parse breakdown."""
    from analysis import build as build_mod
    from analysis import store

    peaks = _StagePeaks()
    timings, calls, patches = _instrument(STAGES, peaks)
    processed = Path(tempfile.mkdtemp(prefix="stages-", dir=workdir))
    try:
        with peaks:
            t0 = time.perf_counter()
            build_mod.build(raw, processed, force=True, progress=False, workers=workers)
            total = time.perf_counter() - t0
    finally:
        for mod, attr, fn in patches:
            setattr(mod, attr, fn)
        shutil.rmtree(processed, ignore_errors=True)
    lines = [
        f"Stages of one in-process full build ({total:.1f} s; calls in brackets; peak: the "
        f"build process' largest resident set while the step ran, {_gb(peaks.peak)} overall, "
        "workers not counted):"
    ]
    for key in STAGES:
        if key in timings:
            short = key.removeprefix("analysis.")
            share = timings[key] / total
            peak = f"{_gb(peaks.peaks[key]):>9}" if key in peaks.peaks else ""
            lines.append(f"  {short:<42} {timings[key]:8.2f} s {share:6.1%}  [{calls[key]}]{peak}")

    # Serial per-file breakdown of the parse step on a sample.
    from analysis.enrich.items import meeting_enrichment
    from analysis.parse import parse_minutes
    from analysis.pipeline import FileResult
    from analysis.read import read_bytes
    from analysis.synth.corpus import DEFAULT_MUNICIPALITY
    from analysis.tables import meeting_id_for, meeting_records

    files = sorted(p for p in raw.rglob("*") if p.is_file())[:sample]
    if files:  # warm up: the lemma table and matchers load once per process
        from analysis.pipeline import parse_bytes

        parse_bytes(files[0].read_bytes(), files[0].name)
    parts = defaultdict(float)
    for p in files:
        data = p.read_bytes()
        t = time.perf_counter()
        doc = read_bytes(data, p.suffix)
        t1 = time.perf_counter()
        meeting = parse_minutes(doc.text, default_municipality=DEFAULT_MUNICIPALITY)
        t2 = time.perf_counter()
        mid = meeting_id_for(meeting.forum, meeting.date.isoformat(), meeting.municipality)
        source = {"source_file": p.name, "source_sha256": "", "source_format": doc.source_format}
        records = meeting_records(meeting, mid, source)
        t3 = time.perf_counter()
        records.update(meeting_enrichment(meeting, [r[0] for r in records["items"]]))
        t4 = time.perf_counter()
        blob = store.encode_entry(["bench"], FileResult({}, records))
        t5 = time.perf_counter()
        parts["read (decode/extract text)"] += t1 - t
        parts["parse_minutes"] += t2 - t1
        parts["meeting_records (rows)"] += t3 - t2
        parts["meeting_enrichment (decisions, themes)"] += t4 - t3
        parts["cache entry (JSON + checksum)"] += t5 - t4
        parts["cache bytes"] += len(blob)
    n = max(1, len(files))
    lines.append(f"Per-file parse, serial, {len(files)} files (ms per file):")
    for k, v in parts.items():
        if k == "cache bytes":
            lines.append(f"  {'cache entry size':<42} {v / n / 1024:8.1f} KB")
        else:
            lines.append(f"  {k:<42} {1000 * v / n:8.2f} ms")
    return "\n".join(lines)


# --- report -----------------------------------------------------------------------------


def _mark(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def _gb(b: int) -> str:
    return f"{b / 2**30:.2f} GB"


def render(results: list[CorpusResult]) -> str:
    out: list[str] = []
    head = (
        f"{'corpus':<28}{'floor s':>9}{'parse s':>9}{'full s':>9}{'files/s':>9}{'MB/s':>8}"
        f"{'items/s':>9}{'x floor':>9}{'x parse':>9}{'peak':>10}{'PSS':>9}{'unchanged s':>13}"
        f"{'1% chg s':>10}{'watch s':>9}"
    )
    out += ["", "BENCHMARK (synthetic minutes; builds in a fresh process, 2 workers)", head]
    out.append("-" * len(head))
    for r in results:
        if r.full is None:
            continue
        f = r.full
        ratio = f.seconds / r.floor_s if r.floor_s else float("nan")
        parse_ratio = f.seconds / r.parse_s if r.parse_s else float("nan")
        unchanged = f"{r.unchanged.seconds:.2f}" if r.unchanged else "-"
        changed = f"{r.changed.seconds:.1f}" if r.changed else "-"
        out.append(
            f"{r.label:<28}{r.floor_s:>9.2f}{r.parse_s:>9.2f}{f.seconds:>9.1f}"
            f"{r.n / f.seconds:>9.0f}{r.bytes / 1e6 / f.seconds:>8.2f}"
            f"{r.n_items / f.seconds:>9.0f}{ratio:>8.0f}x{parse_ratio:>8.1f}x"
            f"{_gb(f.peak_rss):>10}{_gb(f.peak_pss):>9}{unchanged:>13}{changed:>10}"
            f"{f.watch_seconds:>9.1f}"
        )
    out.append("")
    out.append("Notes: floor = read every file + one regex pass (one process, best of 3 passes:")
    out.append("warm page cache, as the builds read it); parse = read and parse every file into")
    out.append("a meeting (one process, one pass; no rows, enrichment, pool or writing);")
    out.append("full = build(force=True) into an empty folder; unchanged = build() again;")
    out.append("1% chg = build() after rewriting 1% of the files; peak = summed RSS of the")
    out.append("build process and its workers (a page they share counts once in each); PSS =")
    out.append("their summed proportional set size (a shared page split between them);")
    out.append("watch = the watchlist check 'minutes build' runs")
    out.append("after the full build (the project's saved searches, every item new; not in")
    out.append("full). Process wall time (imports and the watchlist check included) and the")
    out.append("watchlist check after the other builds below.")
    for r in results:
        if r.unchanged:
            out.append(
                f"  {r.label}: full process {r.full.wall:.1f} s, unchanged process "
                f"{r.unchanged.wall:.1f} s (skipped={r.unchanged.skipped}), 1% changed "
                f"parsed {r.changed.n_parsed if r.changed else 0} of {r.n_changed} changed; "
                f"watchlist check after unchanged {r.unchanged.watch_seconds:.2f} s, after "
                f"1% changed {r.changed.watch_seconds if r.changed else 0:.2f} s"
            )

    shares = [r for r in results if r.shares]
    if shares:
        out.append("Distinct texts (share of distinct values; real minutes repeat little):")
        for r in shares:
            out.append(
                f"  {r.label}: titles {r.shares['titles']:.1%}, decisions "
                f"{r.shares['decisions']:.1%}, recommendations {r.shares['recommendations']:.1%}"
            )

    out += ["", "TARGETS (issue 17; the timed ones on the distinct corpus)"]
    for r in results:
        if r.full is None:
            continue
        fmts = set(r.formats)
        if fmts == {"txt"} and r.n >= 10_000 and r.distinct:
            big = r.n >= 50_000
            limit = TARGET_FULL_50K_S if big else TARGET_FULL_10K_S
            ratio = r.full.seconds / r.floor_s
            out.append(
                f"  {_mark(r.full.seconds <= limit)}  {r.n:,} text meetings full build "
                f"<= {limit:.0f} s: {r.full.seconds:.1f} s"
            )
            if not big:
                out.append(
                    f"  {_mark(ratio <= TARGET_FLOOR_RATIO)}  within {TARGET_FLOOR_RATIO:.0f}x "
                    f"the read-and-scan floor: {ratio:.0f}x ({r.floor_s:.2f} s floor)"
                )
        if r.unchanged:
            out.append(
                f"  {_mark(r.unchanged.seconds <= TARGET_UNCHANGED_S)}  unchanged rebuild "
                f"<= {TARGET_UNCHANGED_S:.0f} s ({r.label}): {r.unchanged.seconds:.2f} s"
            )
        limit_b = peak_target(r.n)
        # The memory the build takes is the summed PSS where it was read: the summed RSS
        # counts every page the warmed workers share with their server once per process.
        peak = r.full.peak_pss or r.full.peak_rss
        kind = "PSS" if r.full.peak_pss else "RSS"
        out.append(
            f"  {_mark(peak <= limit_b)}  peak memory <= {_gb(limit_b)} "
            f"({r.label}): {_gb(peak)} {kind} (summed RSS {_gb(r.full.peak_rss)})"
        )
        if fmts == {"pdf"} and r.n >= 1000:
            out.append(
                f"  {_mark(r.full.seconds < TARGET_PDF_1K_S)}  1,000 PDF meetings "
                f"< {TARGET_PDF_1K_S:.0f} s: {r.full.seconds:.1f} s"
            )

    out += ["", "ACCURACY against the generator's ground truth (share of items right)"]
    fields = (*_FIELDS_ITEM, *_FIELDS_MEETING)
    short = {
        "case_number": "case_no",
        "duration_min": "durat.",
        "n_attachments": "n_bilag",
        "n_recommendations": "n_recs",
        "decision_type": "decision",
        "municipality": "municip.",
        "start_time": "time",
        "location": "place",
        "n_participants": "n_pers",
    }
    head = f"{'corpus':<28}{'files ok':>9}{'items':>8}" + "".join(
        f"{short.get(c, c)[:8]:>9}" for c in fields
    )
    out += [head, "-" * len(head)]
    for r in results:
        a = r.accuracy
        if a is None:
            continue
        found = a.matched / a.n_items if a.n_items else 1.0
        out.append(
            f"{r.label:<28}{a.files_ok:>9.1%}{found:>8.1%}"
            + "".join(f"{a.fields[c]:>9.1%}" for c in fields)
        )
        for breakdown in (a.by_format, a.by_layout):
            if len(breakdown) > 1:
                for key, vals in breakdown.items():
                    out.append(
                        f"{'  ' + key:<28}{'':>9}{'':>8}"
                        + "".join(f"{vals[c]:>9.1%}" for c in fields)
                    )
    for r in results:
        a = r.accuracy
        if a is None:
            continue
        out.append(
            f"  {r.label}: {a.n_items:,} items, {a.extra} extra items parsed; "
            f"coverage 100% in {a.coverage_full:.1%} of files"
        )
        for kind, count in list(a.not_ok.items())[:6]:
            out.append(f"    files not ok: {count:,} {kind}")
        if len(a.not_ok) > 6:
            out.append(f"    files not ok: … {len(a.not_ok) - 6} more kinds (see --json)")
        out.append(
            "    decision type by forum: "
            + ", ".join(f"{k} {v:.1%}" for k, v in sorted(a.decision_by_forum.items()))
        )
        if a.confusions:
            out.append(
                "    decision confusions (truth -> found): "
                + ", ".join(f"{t}->{g} {c}" for t, g, c in a.confusions)
            )
        for col, examples in a.misses.items():
            if col == "decision_type":
                continue
            out.append(f"    {col} misses, e.g. " + "; ".join(examples))
    return "\n".join(out)


def _as_json(results: list[CorpusResult]) -> list[dict]:
    from dataclasses import asdict

    return [asdict(r) for r in results]


# --- command line -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m analysis.bench",
        description="Benchmark the build on generated synthetic minutes (a report, not a test).",
    )
    ap.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        default=[1000, 10000],
        help="text corpus sizes (default: 1000 10000)",
    )
    ap.add_argument(
        "--formats", nargs="*", default=["txt"], help="formats of the sized corpora (default: txt)"
    )
    ap.add_argument("--pdf", type=int, default=1000, help="PDF corpus size, 0 to skip")
    ap.add_argument(
        "--mixed",
        type=int,
        default=250,
        help="a corpus in all five formats, for accuracy per format (0 to skip)",
    )
    ap.add_argument(
        "--layouts",
        nargs="+",
        default=["agenda"],
        metavar="LAYOUT",
        help="document layouts of the generated meetings: agenda, web, beslutning_i, "
        "udvalg_header (default: agenda); formats no layout renders are left out",
    )
    ap.add_argument(
        "--mixed-layouts",
        nargs="+",
        default=None,
        metavar="LAYOUT",
        help="layouts of the mixed corpus (default: every layout, so the accuracy covers "
        "them all; the sized and PDF corpora stay in --layouts for comparable timings)",
    )
    ap.add_argument(
        "--distinct",
        type=int,
        nargs="+",
        default=[0, 1],
        choices=[0, 1],
        metavar="LEVEL",
        help="distinct levels of the sized text corpora: 0 the default corpus, 1 paraphrased "
        "titles and decisions (default: both)",
    )
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "minutes-bench")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=None, help="build workers (default: all cores)")
    ap.add_argument(
        "--quick", action="store_true", help="smoke run: 200 text meetings, 40 mixed, 40 PDF"
    )
    ap.add_argument(
        "--stages",
        action="store_true",
        help="also time every build step in-process on the largest text corpus",
    )
    ap.add_argument("--keep", action="store_true", help="keep the processed tables")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    ap.add_argument("--child-build", nargs=2, metavar=("RAW", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child_build:
        _child_build(*args.child_build, force=args.force, workers=args.workers)
        return 0

    if args.quick:
        args.sizes, args.mixed, args.pdf = [200], 40, 40
    workdir = args.workdir.resolve()
    from analysis import config

    if workdir == config.PROJECT_ROOT.resolve() or config.PROJECT_ROOT.resolve() in workdir.parents:
        print(f"--workdir must be outside the repository ({config.PROJECT_ROOT})", file=sys.stderr)
        return 2
    workdir.mkdir(parents=True, exist_ok=True)
    load_start = os.getloadavg()[0]
    print(
        f"work folder: {workdir}; {os.cpu_count()} cores; Python {sys.version.split()[0]}; "
        f"load average {load_start:.2f}"
    )

    from analysis.synth.corpus import LAYOUTS, pdf_renderer

    layouts = list(args.layouts)
    unknown = [x for x in layouts if x not in LAYOUTS]
    if unknown:
        print(f"unknown layouts {unknown}; known: {', '.join(LAYOUTS)}", file=sys.stderr)
        return 2
    sized = layout_formats(list(args.formats), layouts)
    if not sized:
        print(f"no layout of {layouts} is rendered as {args.formats}", file=sys.stderr)
        return 2
    if layouts != ["agenda"]:
        print(f"layouts: {', '.join(layouts)}; formats {', '.join(sized)}")
    results: list[CorpusResult] = []
    for n in args.sizes:
        for level in args.distinct:
            results.append(
                bench_corpus(
                    workdir, n, sized, args.seed, args.workers, layouts=layouts, distinct=level
                )
            )
    if args.mixed:
        every = (
            ["txt", "md", "docx", "html", "pdf"]
            if pdf_renderer()
            else ["txt", "md", "docx", "html"]
        )
        mixed_layouts = list(args.mixed_layouts or LAYOUTS)
        results.append(
            bench_corpus(
                workdir,
                args.mixed,
                layout_formats(every, mixed_layouts),
                args.seed,
                args.workers,
                incremental=False,
                layouts=mixed_layouts,
            )
        )
    if args.pdf:
        if pdf_renderer() is None:
            print("\nPDF corpus skipped: analysis.synth.render_pdf (reportlab) is not importable")
        elif not layout_formats(["pdf"], layouts):
            print(f"\nPDF corpus skipped: no layout of {layouts} is rendered as PDF")
        else:
            results.append(
                bench_corpus(workdir, args.pdf, ["pdf"], args.seed, args.workers, layouts=layouts)
            )

    report = render(results)
    report += (
        f"\n\nLoad average (1 min) at start {load_start:.2f}, at end {os.getloadavg()[0]:.2f}: "
        "above ~0.2 other processes shared the 2 cores and the times are inflated."
    )
    if args.stages:
        text_runs = [r for r in results if r.formats == ["txt"]]
        if text_runs:
            biggest = max(text_runs, key=lambda r: (r.n, r.distinct))
            label = _corpus_label(biggest.formats, biggest.n, args.seed, layouts, biggest.distinct)
            raw = workdir / "corpora" / label / "raw"
            report += "\n\n" + stage_timings(raw, workdir, args.workers)
    print(report)
    if args.json:
        args.json.write_text(json.dumps(_as_json(results), indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
