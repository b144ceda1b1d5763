"""Hardening of the build (issue 14): the parse cache, dying workers, atomic publishing,
leftovers of killed builds and errors of the machine.

The chaos tests run builds in subprocesses and kill them (SIGKILL) at each step of
publishing, through the ``$MINUTES_FAULT`` hook, and at random times; a reader must
always see one complete table set, the old or the new one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import fcntl
import json
import marshal
import math
import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import build as build_mod
from analysis import config, store
from analysis.build import CRASH_MESSAGE, build
from analysis.errors import EnvironmentProblem
from analysis.pipeline import ALL_TABLES, FileResult, list_raw_files, parse_bytes

from .conftest import RAW

#: The seed files, wherever in data/raw they live.
SEED_PATHS = list_raw_files(RAW)


def _raw(tmp_path: Path, name: str, seeds: list[Path] | None = None) -> Path:
    """A flat raw folder holding copies of (some of) the seeds."""
    folder = tmp_path / name
    folder.mkdir()
    for p in seeds if seeds is not None else SEED_PATHS:
        shutil.copy(p, folder / p.name)
    return folder


def _manifest(out: Path) -> pd.DataFrame:
    return analysis.load(["manifest"], processed_dir=out)["manifest"].set_index("source_file")


def _subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != config.FAULT_ENV}
    return {**env, **extra}


#: Runs one build in a fresh process: argv = raw, out, force, workers; prints the summary
#: as JSON and exits with the build's exit code.
BUILD_SCRIPT = """
import json, sys
from pathlib import Path
from analysis.build import build

if __name__ == "__main__":
    raw, out, force, workers = sys.argv[1:5]
    s = build(Path(raw), Path(out), force=force == "1", progress=False, workers=int(workers))
    rows = s.manifest[["source_file", "status", "message"]].to_dict("records")
    print(json.dumps({"manifest": rows, "n_parsed": s.n_parsed, "notes": s.notes}))
    sys.exit(s.exit_code)
"""


def _start_build(
    raw: Path, out: Path, *, fault: str | None = None, force: bool = False, workers: int = 1
) -> subprocess.Popen:
    env = _subprocess_env(**({config.FAULT_ENV: fault} if fault else {}))
    return subprocess.Popen(
        [sys.executable, "-c", BUILD_SCRIPT, str(raw), str(out), str(int(force)), str(workers)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# --- case 3: the cache key holds the file name's suffix -------------------------------


def test_a_renamed_download_is_parsed_again(tmp_path: Path) -> None:
    """'x.txt.download' is rejected (unsupported type); renamed to 'x.txt' it must be
    read as text, not served the cached rejection of the same bytes."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_PATHS[0], raw / "referat.txt.download")
    out = tmp_path / "out"
    build(raw, out, progress=False)
    assert _manifest(out).loc["referat.txt.download", "status"] == "rejected"
    (raw / "referat.txt.download").rename(raw / "referat.txt")
    summary = build(raw, out, progress=False)
    assert summary.exit_code == 0
    assert _manifest(out).loc["referat.txt", "status"] == "ok"
    assert len(analysis.load(["meetings"], processed_dir=out)["meetings"]) == 1


def test_the_same_bytes_under_two_suffixes_keep_their_own_results(tmp_path: Path) -> None:
    raw = _raw(tmp_path, "raw", SEED_PATHS[:1])
    shutil.copy(SEED_PATHS[0], raw / "kopi.download")
    out = tmp_path / "out"
    build(raw, out, progress=False)
    shutil.copy(SEED_PATHS[1], raw / SEED_PATHS[1].name)  # a change: the cache is read
    second = build(raw, out, progress=False)
    assert (second.n_parsed, second.n_cached) == (1, 2)
    m = _manifest(out)
    assert m.loc[SEED_PATHS[0].name, "status"] == "ok"
    assert m.loc["kopi.download", "status"] == "rejected"
    assert "unsupported" in m.loc["kopi.download", "message"]


def test_cache_key_is_a_safe_file_name() -> None:
    sha = "a" * 64
    assert store.cache_key(sha, ".txt") == f"{sha}.txt"
    assert store.cache_key(sha, "") == sha
    odd = {store.cache_key(sha, s) for s in (". ø", ".a/b", ".\udcff", ".x" * 20, ".TXT")}
    assert len(odd) == 5
    assert all("/" not in k and k.isascii() for k in odd)


# --- case 4: the cache cannot run code; damaged entries are misses --------------------


@pytest.fixture(scope="module")
def seed_results() -> list[tuple[list[str], FileResult]]:
    """(cache key, parse result) of every seed."""
    out = []
    for p in SEED_PATHS:
        result = parse_bytes(p.read_bytes(), p.name)
        out.append((["fp", str(result.manifest["sha256"]), p.suffix], result))
    return out


def _same(a: FileResult | None, b: FileResult) -> bool:
    """Equal, value types included (NaN equal to NaN): re-encoded bytes are identical."""
    return a is not None and store.encode_entry(["k"], a) == store.encode_entry(["k"], b)


def test_every_seed_result_round_trips_exactly(seed_results) -> None:
    for key, result in seed_results:
        back = store.decode_entry(store.encode_entry(key, result), key)
        assert back == result
        for name, rows in result.records.items():
            for row, row_back in zip(rows, back.records[name], strict=True):
                assert [type(v) for v in row] == [type(v) for v in row_back], name


def test_special_values_round_trip_and_unknown_types_are_not_cached(
    tmp_path: Path, seed_results
) -> None:
    key, result = seed_results[0]
    name = next(iter(result.records))
    width = len(result.records[name][0])
    values = [pd.NA, dt.date(2024, 1, 3), dt.datetime(2024, 1, 3, 9, 30), dt.time(9, 30)]
    values += [math.nan, math.inf, -0.0, True, 0, None, "æøå \udcff", 2**70]
    rows = [tuple((values * width)[i : i + width]) for i in range(len(values))]
    special = dataclasses.replace(result, records={**result.records, name: rows})
    back = store.decode_entry(store.encode_entry(key, special), key)
    assert _same(back, special)
    assert [type(v) for v in back.records[name][0]] == [type(v) for v in rows[0]]
    odd = dataclasses.replace(result, records={**result.records, name: [(object(),) * width]})
    assert not store.cache_put(tmp_path, "fp", key[1], key[2], odd)
    assert not list(tmp_path.rglob("*.entry"))


def test_an_entry_under_another_key_is_a_miss(seed_results) -> None:
    key, result = seed_results[0]
    entry = store.encode_entry(key, result)
    for other in (["fp2", key[1], key[2]], ["fp", "b" * 64, key[2]], ["fp", key[1], ".pdf"]):
        assert store.decode_entry(entry, other) is None


def test_a_crafted_entry_runs_no_code_and_is_a_miss(tmp_path: Path, seed_results) -> None:
    import hashlib

    key, result = seed_results[0]
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (Path.touch, (marker,))

    evil = pickle.dumps(Evil())
    body = json.dumps({"key": key, "manifest": [], "records": {}, "warnings": []}).encode()
    well_summed = store.CACHE_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body
    for data in (evil, store.CACHE_MAGIC + evil, well_summed):
        assert store.decode_entry(data, key) is None
    assert not marker.exists()


def _summed(body: bytes, magic: bytes = store.CACHE_MAGIC) -> bytes:
    import hashlib

    return magic + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def test_a_well_summed_entry_with_values_json_never_held_is_a_miss(seed_results) -> None:
    """marshal builds bytes, sets, code objects...: an entry made by hand with a valid
    checksum holding one is refused, so the rows hold only what the parser writes."""
    key, result = seed_results[0]
    name = next(iter(result.records))
    width = len(result.records[name][0])
    good = {
        "key": key,
        "manifest": {},
        "records": {name: (1, ((None,),) * width)},
        "special": [],
        "warnings": [],
        "content_key": "",
    }
    assert store.decode_entry(_summed(marshal.dumps(good, 4)), key) is not None
    for odd in (b"x", frozenset({1}), (1,), compile("1", "<odd>", "eval")):
        bad = {**good, "records": {name: (1, ((odd,), *((None,),) * (width - 1)))}}
        assert store.decode_entry(_summed(marshal.dumps(bad, 4)), key) is None
    for manifest in ({"a": b"x"}, {"a": (1,)}, []):
        assert (
            store.decode_entry(_summed(marshal.dumps({**good, "manifest": manifest})), key) is None
        )
    # columns of different lengths, or as many as another table has
    ragged = {name: (1, ((None,), (), *((None,),) * (width - 2)))}
    assert store.decode_entry(_summed(marshal.dumps({**good, "records": ragged})), key) is None
    narrow = {name: (1, ((None,),) * (width + 1))}
    assert store.decode_entry(_summed(marshal.dumps({**good, "records": narrow})), key) is None


def test_an_entry_of_the_json_format_is_a_miss(seed_results) -> None:
    """Format 1 entries (JSON) left by an earlier version are parsed again, not misread."""
    key, result = seed_results[0]
    body = json.dumps(
        {
            "key": key,
            "manifest": {},
            "records": {},
            "special": [],
            "warnings": [],
            "content_key": "",
        }
    ).encode()
    assert store.decode_entry(_summed(body, b"minutes-parse-cache 1\n"), key) is None
    assert store.decode_entry(_summed(body), key) is None


MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "truncate", "insert", "delete", "duplicate"]),
        st.floats(0, 1, exclude_max=True),
        st.integers(1, 255),
    ),
    min_size=1,
    max_size=4,
)


def _mutate(data: bytes, ops: list[tuple[str, float, int]]) -> bytes:
    buf = bytearray(data)
    for op, where, value in ops:
        i = int(where * len(buf)) if buf else 0
        if op == "flip" and buf:
            buf[i] ^= value
        elif op == "truncate":
            del buf[i:]
        elif op == "insert":
            buf[i:i] = bytes([value]) * (1 + value % 7)
        elif op == "delete":
            del buf[i : i + 1 + value % 13]
        elif op == "duplicate":
            buf[i:i] = buf[i : i + value]
    return bytes(buf)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SEED_PATHS) - 1), MUTATIONS)
def test_fuzz_cache_reader_never_raises_nor_alters_rows(seed_results, which, ops) -> None:
    key, result = seed_results[which]
    data = _mutate(store.encode_entry(key, result), ops)
    back = store.decode_entry(data, key)  # must not raise
    assert back is None or _same(back, result)


def test_fuzz_cache_reader_every_truncation_and_single_byte_flips(seed_results) -> None:
    key, result = seed_results[-1]
    entry = store.encode_entry(key, result)
    rnd = random.Random(14)
    for cut in range(0, len(entry), 37):
        assert store.decode_entry(entry[:cut], key) is None
    for _ in range(300):
        buf = bytearray(entry)
        buf[rnd.randrange(len(buf))] ^= 1 << rnd.randrange(8)
        assert store.decode_entry(bytes(buf), key) is None


def _cache_entries(out: Path) -> list[Path]:
    return sorted(p for p in (out / config.CACHE_DIRNAME).glob("*/*") if p.is_file())


def test_damaged_cache_entries_are_reparsed_not_errors_or_altered_rows(tmp_path: Path) -> None:
    """Garbage, a truncated entry, an entry with one word changed, an empty file, a
    pickle that would run code: each is a miss, and the tables equal a clean build."""
    raw = _raw(tmp_path, "raw")
    out = tmp_path / "out"
    build(raw, out, progress=False)
    entries = _cache_entries(out)
    assert len(entries) == len(SEED_PATHS) >= 5
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (Path.touch, (marker,))

    data = [p.read_bytes() for p in entries]
    entries[0].write_bytes(b"\x80\x05\x95" + bytes(range(256)) * 4)
    entries[1].write_bytes(data[1][: len(data[1]) // 2])
    entries[2].write_bytes(data[2].replace(b"Chefforum", b"Chefforun"))
    entries[3].write_bytes(b"")
    entries[4].write_bytes(pickle.dumps(Evil()))
    extra = raw / "ekstra.txt"  # a change, so the build reads the cache
    extra.write_bytes(SEED_PATHS[0].read_bytes())
    summary = build(raw, out, progress=False)
    assert not marker.exists()
    assert summary.n_parsed >= 5  # every damaged entry was parsed again
    clean = tmp_path / "clean"
    build(raw, clean, progress=False)
    got = analysis.load(processed_dir=out)
    want = analysis.load(processed_dir=clean)
    for name in ALL_TABLES:
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)
    # the damaged entries were replaced by good ones
    assert build(raw, out, progress=False, force=False).skipped
    (raw / "ekstra.txt").unlink()
    again = build(raw, out, progress=False)
    assert again.n_parsed == 0


def test_unwritable_cache_does_not_stop_the_parse(tmp_path: Path, seed_results) -> None:
    key, result = seed_results[0]
    (tmp_path / config.CACHE_DIRNAME).write_text("a file where the folder should be")
    assert not store.cache_put(tmp_path, "fp", key[1], key[2], result)
    assert store.cache_get(tmp_path, "fp", key[1], key[2]) is None


# --- case 6: a worker that dies -------------------------------------------------------


def test_a_worker_that_dies_rejects_its_file_and_the_build_goes_on(tmp_path: Path) -> None:
    """On the pool (40+ files) a worker killed while parsing one file (SIGKILL through
    the fault hook) marks that file rejected; every other file is parsed."""
    raw = tmp_path / "raw"
    raw.mkdir()
    n = build_mod.PARALLEL_MIN_FILES + 5
    for k in range(n):
        seed = SEED_PATHS[k % len(SEED_PATHS)]
        shutil.copy(seed, raw / f"kopi-{k:02d}-{seed.name}")
    victim = f"kopi-07-{SEED_PATHS[7 % len(SEED_PATHS)].name}"
    with (raw / victim).open("ab") as fh:  # bytes of its own, so no other copy is cached
        fh.write(b"\n")
    out = tmp_path / "out"
    proc = _start_build(raw, out, fault=f"worker:{victim}", workers=2)
    stdout, stderr = proc.communicate(timeout=900)
    assert proc.returncode == 1, stderr  # a file was rejected, the build finished
    report = json.loads(stdout.splitlines()[-1])
    rows = {r["source_file"]: r for r in report["manifest"]}
    assert len(rows) == n
    assert (rows[victim]["status"], rows[victim]["message"]) == ("rejected", CRASH_MESSAGE)
    assert all(r["status"] != "rejected" for name, r in rows.items() if name != victim)
    assert any("crashed" in note for note in report["notes"])
    meetings = analysis.load(["meetings"], processed_dir=out)["meetings"]
    assert len(meetings) == len(SEED_PATHS)
    # without the fault the next build parses that one file again (the rest is cached)
    again = build(raw, out, progress=False, workers=2)
    assert (again.skipped, again.n_parsed, again.exit_code) == (False, 1, 0)
    assert _manifest(out).loc[victim, "status"] != "rejected"


# --- case 7: one atomic publish -------------------------------------------------------


def test_documented_paths_lead_into_one_version(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(_raw(tmp_path, "raw"), out, progress=False)
    current = store.current_dir(out)
    assert current.parent == out / store.VERSIONS_DIR
    for name in ALL_TABLES:
        link = out / f"{name}.parquet"
        assert link.is_symlink() and link.resolve() == (current / link.name).resolve()
    assert (out / config.DUCKDB_NAME).resolve() == (current / config.DUCKDB_NAME).resolve()
    assert (out / store.PARTITIONED_DIR).resolve() == (current / "by_year").resolve()
    con = duckdb.connect(str(out / config.DUCKDB_NAME), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM items").fetchone()[0] == 33
    finally:
        con.close()
    assert len(pd.read_parquet(out / "items.parquet")) == 33
    # a second build keeps the previous set for readers still reading it, no more
    build(_raw(tmp_path, "raw2", SEED_PATHS[:3]), out, progress=False)
    versions = sorted(p.name for p in (out / store.VERSIONS_DIR).iterdir())
    assert len(versions) == 2 and current.name in versions
    build(_raw(tmp_path, "raw3", SEED_PATHS[:2]), out, progress=False)
    assert current.name not in {p.name for p in (out / store.VERSIONS_DIR).iterdir()}


def test_a_folder_of_the_earlier_layout_is_taken_over(tmp_path: Path) -> None:
    """Plain files at the documented paths (builds before versions) become links."""
    raw = _raw(tmp_path, "raw")
    out = tmp_path / "out"
    build(raw, out, progress=False)
    version = store.current_dir(out)
    for p in list(out.iterdir()):
        if p.is_symlink():
            p.unlink()
    for p in version.iterdir():
        shutil.move(p, out / p.name)
    shutil.rmtree(out / store.VERSIONS_DIR)
    assert (out / "by_year").is_dir() and (out / store.STATE_FILE).is_file()
    before = analysis.load(processed_dir=out)  # the earlier layout is still read
    (raw / SEED_PATHS[0].name).unlink()
    build(raw, out, progress=False)
    assert all(
        p.is_symlink() for p in out.iterdir() if not p.name.startswith(".") or p.name == ".current"
    )
    assert not (out / store.STATE_FILE).exists()
    after = analysis.load(processed_dir=out)
    assert len(after["meetings"]) == len(before["meetings"]) - 1


def test_readers_retry_when_their_set_is_removed(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    build(_raw(tmp_path, "raw"), out, progress=False)
    real = store.current_dir
    calls = iter([tmp_path / "gone"])

    def stale_once(folder: Path) -> Path:
        return next(calls, None) or real(folder)

    monkeypatch.setattr(store, "current_dir", stale_once)
    assert len(store.read_tables(out, ["items"])["items"]) == 33


def _complete_set(out: Path, sets: dict[str, dict[str, pd.DataFrame]]) -> str:
    """Which complete table set a reader sees, failing on a mix or a missing table."""
    tables = analysis.load(processed_dir=out)
    seen = [
        label
        for label, ref in sets.items()
        if all(tables[name].equals(ref[name]) for name in ALL_TABLES)
    ]
    assert len(seen) == 1, f"the tables match no complete set: {seen}"
    con = duckdb.connect(str(out / config.DUCKDB_NAME), read_only=True)
    try:
        for name in ALL_TABLES:
            n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert n == len(tables[name]), f"DuckDB and Parquet differ on {name}"
    finally:
        con.close()
    n_by_year = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{out / 'by_year' / 'items'}/*/*.parquet')"
    ).fetchall()[0][0]
    assert n_by_year == len(tables["items"])
    return seen[0]


def _assert_no_leftovers(out: Path) -> None:
    names = [p.name for p in out.iterdir()]
    assert not [n for n in names if n.startswith(store.LEFTOVER_PREFIXES)], names
    keep = {os.readlink(out / store.CURRENT), os.readlink(out / store.PREVIOUS)}
    versions = {f"{store.VERSIONS_DIR}/{p.name}" for p in (out / store.VERSIONS_DIR).iterdir()}
    assert versions <= keep, versions
    assert not list((out / config.CACHE_DIRNAME).glob("*/.*.tmp"))


@pytest.fixture()
def two_sets(tmp_path: Path) -> tuple[dict[str, Path], dict[str, dict[str, pd.DataFrame]], Path]:
    """Raw folders A (every seed) and B (one fewer), the reference tables of each, and
    an output folder holding set B."""
    raws = {"A": _raw(tmp_path, "rawA"), "B": _raw(tmp_path, "rawB", SEED_PATHS[1:])}
    out = tmp_path / "out"
    sets = {}
    for label, raw in raws.items():
        build(raw, out, progress=False)
        sets[label] = analysis.load(processed_dir=out)
    return raws, sets, out


def test_chaos_kill_at_every_publish_step(two_sets) -> None:
    """SIGKILL at each step of publishing: a reader sees the old set before the pointer
    swap and the new one after it, never a mix; the next build succeeds and cleans up."""
    raws, sets, out = two_sets
    have = "B"
    swap = store.PUBLISH_POINTS.index("swapped")
    for k, point in enumerate(store.PUBLISH_POINTS):
        want = "A" if have == "B" else "B"
        proc = _start_build(raws[want], out, fault=f"publish:{point}")
        _, stderr = proc.communicate(timeout=600)
        assert proc.returncode == -signal.SIGKILL, f"{point}: {stderr[-2000:]}"
        seen = _complete_set(out, sets)
        assert seen == (want if k >= swap else have), point
        summary = build(raws[want], out, progress=False)
        assert summary.exit_code == 0
        assert _complete_set(out, sets) == want
        _assert_no_leftovers(out)
        have = want


def test_chaos_kill_at_random_times_and_read_during_builds(two_sets) -> None:
    """Builds killed at random times, and a reader reading while builds publish: every
    read is one complete set. (The seed of the random delays is in the failure output.)"""
    raws, sets, out = two_sets
    seed = random.randrange(2**32)
    rnd = random.Random(seed)
    for k in range(3):
        proc = _start_build(raws["A" if k % 2 == 0 else "B"], out, force=True)
        time.sleep(rnd.uniform(0.5, 8.0))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=600)
        assert _complete_set(out, sets) in sets, f"seed {seed}"
    # a reader while builds alternate between the sets
    script = "; ".join(
        f"build(Path({str(raws[label])!r}), Path({str(out)!r}), force=True, progress=False)"
        for label in "ABAB"
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from pathlib import Path\nfrom analysis.build import build\n{script}",
        ],
        env=_subprocess_env(),
        stderr=subprocess.PIPE,
        text=True,
    )
    reads = 0
    while proc.poll() is None:
        tables = analysis.load(processed_dir=out)
        assert any(all(tables[n].equals(ref[n]) for n in ALL_TABLES) for ref in sets.values()), (
            f"a read mixed two sets after {reads} reads"
        )
        reads += 1
    assert proc.returncode == 0, proc.stderr.read()[-2000:]
    assert reads > 0
    build(raws["A"], out, progress=False)
    assert _complete_set(out, sets) == "A"
    _assert_no_leftovers(out)


# --- case 9: leftovers of killed builds -----------------------------------------------


def test_leftovers_of_killed_builds_are_removed_at_the_next_start(tmp_path: Path) -> None:
    raw = _raw(tmp_path, "raw")
    out = tmp_path / "out"
    build(raw, out, progress=False)
    junk = [
        out / ".staging-1a2b3c4d",
        out / ".old-by_year-5e6f70",
        out / store.VERSIONS_DIR / "20200101T000000-dead00",
    ]
    for folder in junk:
        (folder / "by_year").mkdir(parents=True)
        (folder / "items.parquet").write_bytes(b"half written")
    (out / ".tmp-link-0badf00d").symlink_to(store.VERSIONS_DIR)
    cache_tmp = _cache_entries(out)[0].with_name(".abc.123456.tmp")
    cache_tmp.write_bytes(b"half")
    summary = build(raw, out, progress=False)
    assert summary.skipped  # unchanged: the fast path cleans too
    assert not any(p.exists() or p.is_symlink() for p in [*junk, out / ".tmp-link-0badf00d"])
    assert not cache_tmp.exists()
    assert len(analysis.load(["items"], processed_dir=out)["items"]) == 33


def test_a_second_build_waits_for_the_first(tmp_path: Path, capfd) -> None:
    """Builds of one folder take turns, so one never removes the other's files."""
    raw = _raw(tmp_path, "raw")
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out / store.LOCK_FILE, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as a running build does
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(build(raw, out, progress=False)))
    worker.start()
    try:
        deadline = time.monotonic() + 120
        while "waiting" not in capfd.readouterr().err:
            assert time.monotonic() < deadline, "the second build did not wait"
            time.sleep(0.05)
        assert not done and not (out / store.CURRENT).exists()
    finally:
        os.close(fd)
        worker.join(timeout=600)
    assert done and done[0].exit_code == 0


# --- errors of the machine ------------------------------------------------------------


def _built(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    raw = _raw(tmp_path, "raw")
    out = tmp_path / "out"
    build(raw, out, progress=False)
    before = {n: (out / f"{n}.parquet").read_bytes() for n in ALL_TABLES}
    (raw / SEED_PATHS[0].name).unlink()
    return raw, out, before


def _unchanged(out: Path, before: dict[str, bytes]) -> None:
    assert {n: (out / f"{n}.parquet").read_bytes() for n in ALL_TABLES} == before
    assert len(list((out / store.VERSIONS_DIR).iterdir())) == 1


def test_disk_full_while_writing_is_an_environment_problem(tmp_path: Path, monkeypatch) -> None:
    raw, out, before = _built(tmp_path)
    real = store.pq.ParquetWriter
    written: list[str] = []

    def fills_the_disk(path, *args, **kwargs):
        if written:  # the second table no longer fits (pyarrow's own error)
            raise OSError(
                errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left"
            )
        written.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(store.pq, "ParquetWriter", fills_the_disk)
    with pytest.raises(EnvironmentProblem, match="disk is full") as caught:
        build(raw, out, progress=False)
    assert caught.value.exit_code == 3
    assert "\n" not in str(caught.value)
    assert not Path(written[0]).exists()  # the half-written version is gone
    _unchanged(out, before)


@pytest.mark.parametrize(
    "target, error",
    [
        (
            "write_duckdb",
            lambda: duckdb.IOException('Could not write file "x": No space left on device'),
        ),
        (
            "_symlink_replace",
            lambda: PermissionError(errno.EACCES, "Permission denied", "/x/.current"),
        ),
        ("_fsync_tree", lambda: OSError(errno.EIO, "Input/output error")),
        # a table's files flushed on a thread while the next table is written
        ("_fsync_table", lambda: OSError(errno.EIO, "Input/output error")),
    ],
)
def test_machine_errors_while_publishing_leave_the_previous_set(
    tmp_path: Path, monkeypatch, target, error
) -> None:
    raw, out, before = _built(tmp_path)

    def fail(*args, **kwargs):
        raise error()

    monkeypatch.setattr(store, target, fail)
    with pytest.raises(EnvironmentProblem) as caught:
        build(raw, out, progress=False)
    assert caught.value.exit_code == 3
    _unchanged(out, before)


def test_a_bug_while_writing_is_not_disguised(tmp_path: Path, monkeypatch) -> None:
    raw, out, before = _built(tmp_path)

    def bug(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(store, "write_duckdb", bug)
    with pytest.raises(KeyError):
        build(raw, out, progress=False)
    _unchanged(out, before)
