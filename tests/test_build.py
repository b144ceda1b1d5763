"""End-to-end build: tables on disk, atomicity, determinism, incremental rebuilds, bad input."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

import analysis
from analysis import schema, store
from analysis.build import build
from analysis.pipeline import ALL_TABLES, list_raw_files

from .conftest import RAW, SEEDS

#: The seeds' folder inside a copy of the raw folder.
SEED_DIR = SEEDS.relative_to(RAW).as_posix()

SEED_FILES = sorted(p.name for p in SEEDS.iterdir() if p.is_file())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("processed")
    summary = build(RAW, out, progress=False)
    assert summary.exit_code == 0
    return out


def test_every_table_written_as_parquet_and_duckdb(built: Path) -> None:
    for name in ALL_TABLES:
        assert (built / f"{name}.parquet").is_file(), name
    con = duckdb.connect(str(built / "minutes.duckdb"), read_only=True)
    try:
        for name in ALL_TABLES:
            n_db = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert n_db == len(pd.read_parquet(built / f"{name}.parquet")), name
        assert con.execute("SELECT count(*) FROM items").fetchone()[0] == 33
    finally:
        con.close()


def test_tables_match_the_schema(built: Path) -> None:
    tables = analysis.load(processed_dir=built)
    for name, df in tables.items():
        assert list(df.columns) == schema.TABLES[name].column_names, name
        schema.validate(name, df)


def test_tables_written_one_at_a_time_equal_the_tables_written_together(
    built: Path, tmp_path: Path
) -> None:
    """The build finalises and writes one table at a time, letting go of each: the files
    equal those of every finalised table written together (Parquet and by-year bytes,
    DuckDB rows)."""
    from analysis.pipeline import combine, enrich, finalise, parse_file, partition_years

    tables = finalise(enrich(combine([parse_file(p, RAW) for p in list_raw_files(RAW)])))
    together = store.write_tables(tables, tmp_path, {}, partition_years(tables))
    assert_same_files(store.current_dir(built), together)


def assert_same_files(got: Path, want: Path) -> None:
    """The two version folders hold the same Parquet and by-year bytes (some by-year
    files among them) and the same DuckDB rows."""

    def parquet(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.parquet")}

    expected_files = parquet(want)
    assert {n for n in expected_files if n.startswith("by_year/")}
    assert parquet(got) == expected_files
    dbs = [duckdb.connect(str(f / "minutes.duckdb"), read_only=True) for f in (got, want)]
    try:
        for name in ALL_TABLES:
            found, expected = (db.execute(f'SELECT * FROM "{name}"').df() for db in dbs)
            pd.testing.assert_frame_equal(found, expected, obj=name)
    finally:
        for db in dbs:
            db.close()


def test_partitions_from_the_arrow_table_have_the_bytes_of_the_frame(
    built: Path, tmp_path: Path
) -> None:
    """The build writes the by-year files from the Arrow table it made for the table's
    own Parquet file: the same bytes as from the frame (a table with a year column of
    its own, meetings, included)."""
    import pyarrow as pa

    from analysis.pipeline import PartitionYears

    tables = store.read_tables(built, ("meetings", "items", "sections"))
    years_of = PartitionYears(tables["meetings"], tables["items"])
    for name, df in tables.items():
        years = years_of(name, df)
        arrow = pa.Table.from_pandas(df, preserve_index=False)
        store.write_partitioned(df, years, tmp_path / name / "frame")
        store.write_partitioned(df, years, tmp_path / name / "arrow", arrow)
        files = {
            how: {p.relative_to(tmp_path / name / how): p.read_bytes() for p in found}
            for how in ("frame", "arrow")
            if (found := sorted((tmp_path / name / how).rglob("*.parquet")))
        }
        assert len(files["frame"]) > 1 and files["arrow"] == files["frame"], name


def test_parquet_bytes_do_not_follow_the_chunks_the_rows_arrived_in(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh parse and the parse cache hand the rows over in batches of different
    sizes: a table's Parquet file and its by-year files get the same bytes either way
    (several row groups forced by a small group size)."""
    import pyarrow as pa

    from analysis.pipeline import PartitionYears

    monkeypatch.setattr(store, "ROW_GROUP_ROWS", 50)
    tables = store.read_tables(built, ("meetings", "items", "sections"))
    years_of = PartitionYears(tables["meetings"], tables["items"])
    df = tables["sections"]
    whole = pa.Table.from_pandas(df, preserve_index=False)
    chunked = pa.Table.from_batches(whole.to_batches(max_chunksize=17))
    assert len(df) > 100 and chunked.column(0).num_chunks > 1
    files = {}
    for how, arrow in (("whole", whole), ("chunked", chunked)):
        store.write_parquet(arrow, tmp_path / f"{how}.parquet")
        store.write_partitioned(df, years_of("sections", df), tmp_path / how, arrow)
        found = [tmp_path / f"{how}.parquet", *sorted((tmp_path / how).rglob("*.parquet"))]
        files[how] = [p.read_bytes() for p in found]
    assert len(files["whole"]) > 2 and files["chunked"] == files["whole"]


def test_every_written_file_is_flushed_before_the_pointer_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each table's Parquet and by-year files are flushed on a thread as soon as they are
    written; by the swap every file and folder of the new version is flushed."""
    import threading

    from analysis.pipeline import combine, enrich, finalise, parse_file, partition_years

    tables = finalise(enrich(combine([parse_file(p, RAW) for p in list_raw_files(RAW)])))
    flushed: dict[Path, str] = {}
    real_fsync, real_swap = store._fsync_path, store._symlink_replace
    unflushed_at_swap: list[set[Path]] = []

    def fsync(path: Path) -> None:
        real_fsync(path)
        flushed.setdefault(Path(path), threading.current_thread().name)

    def swap(link: Path, target: str, fault: str | None = None) -> None:
        if link.name == store.CURRENT:
            version = link.parent / target
            every = {version, *version.rglob("*")}
            unflushed_at_swap.append(every - set(flushed))
        real_swap(link, target, fault)

    monkeypatch.setattr(store, "_fsync_path", fsync)
    monkeypatch.setattr(store, "_symlink_replace", swap)
    version = store.write_tables(tables, tmp_path, {}, partition_years(tables))
    assert unflushed_at_swap == [set()]
    for name in ("items", "sections"):
        assert flushed[version / f"{name}.parquet"].startswith("fsync"), name
        by_year = next((version / store.PARTITIONED_DIR / name).rglob("*.parquet"))
        assert flushed[by_year].startswith("fsync"), name
    assert not flushed[version / "minutes.duckdb"].startswith("fsync")


def test_topics_fitted_aside_equal_the_topics_fitted_in_line() -> None:
    """The build fits the topic model on a thread beside the writing: the same tables."""
    from analysis.pipeline import combine, enrich, loaded, parse_file

    combined = combine([parse_file(p, RAW) for p in list_raw_files(RAW)])
    want = enrich(combined)
    got = enrich(combined, topics_aside=True)
    assert callable(got["topics"]) and callable(got["item_topics"])
    for name in want:
        pd.testing.assert_frame_equal(loaded(got[name]), want[name], check_exact=True, obj=name)
    assert len(want["topics"]) and len(want["item_topics"])


def test_a_large_table_is_copied_to_duckdb_after_its_files() -> None:
    """DuckDB copies a table beside its Parquet and by-year files up to a size, and a
    larger one after them (their buffers not held at once)."""
    assert store.duckdb_beside(0)
    assert store.duckdb_beside(store.DUCKDB_BESIDE_MAX_BYTES)
    assert not store.duckdb_beside(store.DUCKDB_BESIDE_MAX_BYTES + 1)
    # 10,000 meetings' sections (105 MB of Arrow) beside, 50,000 meetings' items after.
    assert store.duckdb_beside(105_000_000) and not store.duckdb_beside(240_000_000)


def test_a_small_corpus_is_written_beside_its_enrichment(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A corpus whose topic model runs beside the writing: the tables the enrichment does
    not touch are conformed on a thread of their own while it runs, each table's Parquet,
    by-year and DuckDB files are written on the writer's threads (DuckDB's in the order
    the tables came), and the files are those of the tables written one by one; also
    when each table must wait for the one before it (no room for two)."""
    import threading

    from analysis.pipeline import ENRICH_FREE

    seen: dict[str, list[tuple[str, str]]] = {"conform": [], "duckdb": [], "parquet": []}
    real_conform, real_duckdb = schema.conform, store.write_duckdb
    real_parquet = store.write_parquet

    def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
        seen["conform"].append((name, threading.current_thread().name))
        return real_conform(name, df)

    def duckdb_copy(tables: dict, path: Path, *con: object) -> None:
        seen["duckdb"].append((next(iter(tables)), threading.current_thread().name))
        real_duckdb(tables, path, *con)

    def parquet(df: pa.Table, path: Path) -> None:
        seen["parquet"].append((path.name, threading.current_thread().name))
        real_parquet(df, path)

    monkeypatch.setattr(schema, "conform", conform)
    monkeypatch.setattr(store, "write_duckdb", duckdb_copy)
    monkeypatch.setattr(store, "write_parquet", parquet)
    for room, out in ((store.OVERLAP_MAX_BYTES, tmp_path / "a"), (1, tmp_path / "b")):
        monkeypatch.setattr(store, "OVERLAP_MAX_BYTES", room)
        for found in seen.values():
            found.clear()
        assert build(RAW, out, progress=False).exit_code == 0
        assert_same_files(store.current_dir(out), store.current_dir(built))
        conformed = dict(seen["conform"])
        assert set(conformed) == set(ALL_TABLES)
        assert {conformed[n] for n in ENRICH_FREE} == {"tables_0"}
        assert {conformed[n] for n in ALL_TABLES if n not in ENRICH_FREE} == {"MainThread"}
        assert [n for n, _ in seen["duckdb"]] == [n for n, _ in seen["conform"]]
        assert {t for _, t in seen["duckdb"]} == {"duckdb_0"}
        assert {t.rpartition("_")[0] for _, t in seen["parquet"]} == {"files"}


def test_a_large_corpus_waits_for_the_topic_model_before_its_large_tables() -> None:
    from analysis.build import TOPICS_BESIDE_WRITING_MAX_ITEMS, topics_beside_writing

    assert topics_beside_writing(0)
    assert topics_beside_writing(TOPICS_BESIDE_WRITING_MAX_ITEMS)
    assert not topics_beside_writing(TOPICS_BESIDE_WRITING_MAX_ITEMS + 1)
    # 10,000 meetings (70,554 items) beside the writing, 50,000 (about 350,000) before it.
    assert topics_beside_writing(70_554) and not topics_beside_writing(350_000)


def test_a_build_of_large_tables_writes_the_same_files(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every table taken as large (DuckDB after the files; the build writes the
    small tables the topic model does not touch, ``BESIDE_TOPICS``, then waits for the
    model before the others) the build writes the same files: Parquet and by-year bytes,
    DuckDB rows; the DuckDB copies and the wait run on the main thread."""
    import threading

    import analysis.build as build_module

    monkeypatch.setattr(store, "DUCKDB_BESIDE_MAX_BYTES", -1)
    monkeypatch.setattr(build_module, "TOPICS_BESIDE_WRITING_MAX_ITEMS", -1)
    threads: list[str] = []
    real_duckdb, real_wait = store.write_duckdb, build_module._wait_for_topics

    def duckdb_copy(tables: dict, path: Path, *con: object) -> None:
        threads.append(threading.current_thread().name)
        real_duckdb(tables, path, *con)

    def wait(enriched: dict) -> None:
        assert callable(enriched["topics"]) and callable(enriched["item_topics"])
        real_wait(enriched)
        assert not callable(enriched["topics"]) and not callable(enriched["item_topics"])
        threads.append("waited")

    monkeypatch.setattr(store, "write_duckdb", duckdb_copy)
    monkeypatch.setattr(build_module, "_wait_for_topics", wait)
    summary = build(RAW, tmp_path, progress=False)
    assert summary.exit_code == 0
    early = len(build_module.BESIDE_TOPICS)
    assert threads[early] == "waited"
    assert threads[:early] + threads[early + 1 :] == ["MainThread"] * len(ALL_TABLES)
    assert_same_files(store.current_dir(tmp_path), store.current_dir(built))


def test_a_large_corpus_writes_its_small_tables_beside_the_topic_model(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The large corpus's path with tables of ordinary size: ``BESIDE_TOPICS`` are
    conformed before the wait for the topic model and the others after it, every table
    copied to DuckDB on the writer's thread (``overlap``); the same files."""
    import threading

    import analysis.build as build_module

    monkeypatch.setattr(build_module, "TOPICS_BESIDE_WRITING_MAX_ITEMS", -1)
    seen: list[str] = []
    real_conform, real_wait = schema.conform, build_module._wait_for_topics
    real_duckdb = store.write_duckdb
    duckdb_threads: set[str] = set()

    def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
        seen.append(name)
        return real_conform(name, df)

    def wait(enriched: dict) -> None:
        real_wait(enriched)
        seen.append("waited")

    def duckdb_copy(tables: dict, path: Path, *con: object) -> None:
        duckdb_threads.add(threading.current_thread().name)
        real_duckdb(tables, path, *con)

    monkeypatch.setattr(schema, "conform", conform)
    monkeypatch.setattr(build_module, "_wait_for_topics", wait)
    monkeypatch.setattr(store, "write_duckdb", duckdb_copy)
    summary = build(RAW, tmp_path, progress=False)
    assert summary.exit_code == 0
    early = list(build_module.BESIDE_TOPICS)
    assert seen == [*early, "waited", *(n for n in ALL_TABLES if n not in early)]
    assert duckdb_threads == {"duckdb_0"}
    assert_same_files(store.current_dir(tmp_path), store.current_dir(built))


def test_seed_corpus_counts_and_coverage(built: Path) -> None:
    t = analysis.load(["meetings", "items", "manifest", "cases"], processed_dir=built)
    assert len(t["meetings"]) == 5 and len(t["items"]) == 33
    assert set(t["manifest"]["status"]) == {"ok"}
    assert (t["manifest"]["coverage"] == 1.0).all()
    assert t["meetings"]["forum"].eq("Chefforum").all()
    # the same journal number recurs across meetings in the seeds
    recurring = t["cases"].set_index("case_number")
    assert recurring.loc["00.01.00-P35-7-23", "n_meetings"] == 2
    assert recurring.loc["00.01.00-P22-3-23", "n_meetings"] == 2


def test_items_carry_kle_parts(built: Path) -> None:
    items = analysis.load(["items"], processed_dir=built)["items"].set_index("item_id")
    row = items.loc["chefforum-2024-01-03-03"]
    assert (row["kle_code"], row["facet"], row["case_serial"], row["case_year"]) == (
        "00.30.00",
        "P00",
        7,
        2023,
    )


def test_build_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    build(RAW, a, progress=False)
    build(RAW, b, progress=False, force=True)
    for name in ALL_TABLES:
        assert (a / f"{name}.parquet").read_bytes() == (b / f"{name}.parquet").read_bytes(), name


def test_unchanged_rebuild_parses_nothing(tmp_path: Path, raw_copy: Path) -> None:
    out = tmp_path / "out"
    first = build(raw_copy, out, progress=False)
    assert first.n_parsed == 5
    again = build(raw_copy, out, progress=False)
    assert (again.n_parsed, again.skipped) == (0, True)
    # one changed file is parsed again, the others come from the cache
    f = raw_copy / SEED_DIR / "chefforum-2024-01-03.txt"
    f.write_text(
        f.read_text(encoding="utf-8").replace("Mødested 915", "Mødested 916"), encoding="utf-8"
    )
    third = build(raw_copy, out, progress=False)
    assert (third.n_parsed, third.n_cached, third.skipped) == (1, 4, False)
    meetings = analysis.load(["meetings"], processed_dir=out)["meetings"]
    assert "916" in set(meetings["location"])


def _age(raw: Path, seconds: int = 3600) -> None:
    """Date every raw file back, as files that were not touched since long before a build."""
    past = time.time_ns() - seconds * 10**9
    for f in raw.rglob("*"):
        if f.is_file():
            os.utime(f, ns=(past, past))


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import analysis.build as build_module

    reads: list[str] = []
    real = build_module.read_raw

    def counting(path: Path, raw_dir: Path) -> tuple[str, bytes | None, str]:
        reads.append(path.name)
        return real(path, raw_dir)

    monkeypatch.setattr(build_module, "read_raw", counting)
    return reads


def test_unchanged_rebuild_reads_no_file(
    tmp_path: Path, raw_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files whose size, times and inode match the last build are not read again: the
    check of an unchanged corpus costs a stat a file, not a hash."""
    out = tmp_path / "out"
    _age(raw_copy)
    build(raw_copy, out, progress=False)
    reads = _count_reads(monkeypatch)
    again = build(raw_copy, out, progress=False)
    assert (again.skipped, again.n_cached, reads) == (True, 5, [])


def test_changed_file_with_old_mtime_is_read(
    tmp_path: Path, raw_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit that keeps the size and sets the old modification time back still changes
    the inode's change time: the file is read, hashed and parsed again."""
    out = tmp_path / "out"
    _age(raw_copy)
    build(raw_copy, out, progress=False)
    f = raw_copy / SEED_DIR / "chefforum-2024-01-03.txt"
    st = f.stat()
    time.sleep(0.01)  # a later change time on coarse clocks
    f.write_bytes(f.read_bytes().replace(b"sted 915", b"sted 916"))
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert f.stat().st_size == st.st_size
    reads = _count_reads(monkeypatch)
    again = build(raw_copy, out, progress=False)
    assert (again.n_parsed, again.n_cached, reads) == (1, 4, [f.name])
    meetings = analysis.load(["meetings"], processed_dir=out)["meetings"]
    assert "916" in set(meetings["location"])


def test_renamed_and_added_files_are_picked_up_without_reading_the_others(
    tmp_path: Path, raw_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A renamed file keeps its signature but not its name, and an added one has none:
    the rebuild is not skipped, reads only those two and takes the renamed one's rows
    from the cache under its new name (the copy is parsed: its folder says nothing of
    forum and municipality, the seeds' folder does). The new name keeps the date the old
    one gives (a part of the cache key: ``SourceHints.name_date``)."""
    out = tmp_path / "out"
    _age(raw_copy)
    build(raw_copy, out, progress=False)
    seeds = raw_copy / SEED_DIR
    (seeds / "chefforum-2024-01-03.txt").rename(seeds / "omdøbt-2024-01-03.txt")
    extra = raw_copy / "ekstra"
    extra.mkdir()
    shutil.copy(seeds / "chefforum-2022-02-03.txt", extra / "kopi.txt")
    reads = _count_reads(monkeypatch)
    again = build(raw_copy, out, progress=False)
    assert not again.skipped
    assert sorted(reads) == ["kopi.txt", "omdøbt-2024-01-03.txt"]
    assert (again.n_parsed, again.n_cached) == (1, 5)
    manifest = analysis.load(["manifest"], processed_dir=out)["manifest"]
    names = set(manifest["source_file"])
    assert f"{SEED_DIR}/omdøbt-2024-01-03.txt" in names and "ekstra/kopi.txt" in names
    assert f"{SEED_DIR}/chefforum-2024-01-03.txt" not in names
    meetings = analysis.load(["meetings"], processed_dir=out)["meetings"]
    assert f"{SEED_DIR}/omdøbt-2024-01-03.txt" in set(meetings["source_file"])


def test_raw_entries_list_the_files_as_sorted_paths_do(tmp_path: Path) -> None:
    """The build lists the raw folder as strings (pathlib costs more than the stat calls
    of an unchanged rebuild at 50,000 files) in the order of the sorted paths."""
    from analysis.pipeline import raw_entries

    names = ["a/x.txt", "a-b/x.txt", "a.txt", "a b/y.md", "ab/z.txt", "æble.txt", "a/b/c.txt"]
    for name in [*names, ".skjult/q.txt", ".cache"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    entries = raw_entries(tmp_path)
    paths = sorted(tmp_path / n for n in names)
    assert [Path(p) for _, p in entries] == paths == list_raw_files(tmp_path)
    assert [n for n, _ in entries] == [p.relative_to(tmp_path).as_posix() for p in paths]


def test_recently_modified_file_is_hashed_again(tmp_path: Path, raw_copy: Path) -> None:
    """A file modified just before it was read is not trusted by its signature: it could
    change again within the same timestamp."""
    out = tmp_path / "out"
    _age(raw_copy, 0)  # every file just modified
    build(raw_copy, out, progress=False)
    state = store.read_state(out)
    assert state["signatures"] == {}
    _age(raw_copy)
    build(raw_copy, out, progress=False, force=True)
    state = store.read_state(out)
    assert len(state["signatures"]) == 5


def test_trusted_files_missing_from_the_cache_are_read(
    tmp_path: Path, raw_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unchanged files whose rows are gone from the parse cache (pruned, another code
    version) are read and parsed again, and the tables stay the same."""
    out = tmp_path / "out"
    _age(raw_copy)
    build(raw_copy, out, progress=False)
    before = (out / "items.parquet").read_bytes()
    shutil.rmtree(out / ".cache")
    (raw_copy / SEED_DIR / "chefforum-2022-02-03.txt").unlink()  # so the build runs
    reads = _count_reads(monkeypatch)
    again = build(raw_copy, out, progress=False)
    assert (again.n_parsed, again.n_cached, len(reads)) == (4, 0, 4)
    items = pd.read_parquet(out / "items.parquet")
    assert len(items) < len(pd.read_parquet(io.BytesIO(before)))
    assert not items["meeting_id"].eq("chefforum-2022-02-03").any()


def test_unchanged_rebuild_loads_no_language_model_nor_pandas(built: Path) -> None:
    """The fast path of a rebuild (the command an analyst re-runs) imports neither spaCy
    nor scikit-learn, nor pandas or pyarrow: importing them took longer than the check of
    an unchanged corpus. Its summary comes from the build state."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from analysis.build import build\n"
        f"summary = build(Path({str(RAW)!r}), Path({str(built)!r}), progress=False)\n"
        "assert summary.skipped, summary\n"
        "print(summary.render().split(chr(10), 1)[1])\n"
        "heavy = {'spacy', 'sklearn', 'thinc', 'pandas', 'pyarrow', 'duckdb', 'numpy'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr
    *rendered, imported = done.stdout.rstrip("\n").splitlines()
    assert imported == "[]"
    assert rendered == _expected_unchanged_summary(built)


def _expected_unchanged_summary(out: Path) -> list[str]:
    """The summary lines (after the first) of an unchanged rebuild of the seeds into
    ``out``, made from the published tables."""
    manifest = analysis.load(["manifest"], processed_dir=out)["manifest"]
    tables = analysis.load(["meetings", "items"], processed_dir=out)
    ok = int((manifest["status"] == "ok").sum())
    return [
        f"  raw:       {RAW}",
        f"  processed: {out}",
        f"  files:     {len(manifest)} (ok {ok}, warning 0, rejected 0); parsed 0, "
        f"from cache {len(manifest)}",
        "  coverage:  min 100.0%, mean 100.0%",
        f"  tables:    meetings {len(tables['meetings'])}, items {len(tables['items'])}",
    ]


def test_state_of_an_earlier_build_still_allows_the_fast_path(built: Path, tmp_path: Path) -> None:
    """The state is written as compact JSON with the summary in it; the indented state
    without summary of earlier builds is still read: nothing is parsed again, and the
    summary is then made from the manifest."""
    import json

    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    state_file = store.current_dir(out) / store.STATE_FILE
    text = state_file.read_text()
    assert "\n" not in text and ": " not in text  # compact
    state = json.loads(text)
    assert state["summary"]["table_rows"]["items"] == 33
    assert state["summary"]["manifest"]["status"] == {"ok": 5}
    del state["summary"]
    state_file.write_text(json.dumps(state, indent=1, sort_keys=True))
    again = build(RAW, out, progress=False)
    assert (again.skipped, again.n_parsed, again.exit_code) == (True, 0, 0)
    assert again.render().splitlines()[1:] == [
        line.replace(str(built), str(out)) for line in _expected_unchanged_summary(built)
    ]
    assert list(again.manifest["source_file"]) == sorted(again.manifest["source_file"])


def test_summary_of_flagged_files_is_the_same_from_the_state(
    tmp_path: Path, raw_copy: Path
) -> None:
    """An unchanged rebuild prints the flagged files and coverage the full build printed,
    without reading the manifest."""
    (raw_copy / "tom.txt").write_text("", encoding="utf-8")
    (raw_copy / "noter.txt").write_text("Ikke et referat.\n", encoding="utf-8")
    out = tmp_path / "out"
    first = build(raw_copy, out, progress=False)
    again = build(raw_copy, out, progress=False)
    assert again.skipped and again.exit_code == first.exit_code == 1
    assert again.n_rejected == first.n_rejected == 2
    full, fast = first.render().splitlines(), again.render().splitlines()
    assert fast[1:3] == full[1:3]
    assert fast[3] == full[3].replace("parsed 7, from cache 0", "parsed 0, from cache 7")
    assert fast[4].startswith("  coverage:") and fast[4] == full[4]
    start = full.index("  files needing a look:")
    assert fast[fast.index("  files needing a look:") :] == full[start:]
    assert "[rejected] noter.txt" in "\n".join(fast)


def test_removed_file_disappears_from_tables(tmp_path: Path, raw_copy: Path) -> None:
    out = tmp_path / "out"
    build(raw_copy, out, progress=False)
    (raw_copy / SEED_DIR / "chefforum-2022-02-03.txt").unlink()
    build(raw_copy, out, progress=False)
    t = analysis.load(["meetings", "items", "manifest"], processed_dir=out)
    assert "chefforum-2022-02-03" not in set(t["meetings"]["meeting_id"])
    assert not t["items"]["meeting_id"].eq("chefforum-2022-02-03").any()
    assert len(t["manifest"]) == 4


def test_failed_write_leaves_previous_tables(
    tmp_path: Path, raw_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(raw_copy, out, progress=False)
    before = {n: (out / f"{n}.parquet").read_bytes() for n in ALL_TABLES}
    (raw_copy / SEED_DIR / "chefforum-2022-02-03.txt").unlink()

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("analysis.store.write_duckdb", boom)
    with pytest.raises(RuntimeError):
        build(raw_copy, out, progress=False)
    after = {n: (out / f"{n}.parquet").read_bytes() for n in ALL_TABLES}
    assert before == after
    assert not [p for p in out.iterdir() if p.name.startswith(".staging")]


def test_failed_parquet_write_waits_for_duckdb_before_removing_the_version(
    tmp_path: Path, raw_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DuckDB writes each table on a thread beside the Parquet files: when the Parquet
    write fails, the new version folder is removed only after DuckDB let go of it."""
    import threading

    failed = threading.Event()
    started: list[bool] = []
    finished: list[bool] = []

    def parquet_boom(*args, **kwargs):
        failed.set()
        raise RuntimeError("disk full")

    def late_duckdb(tables, path: Path, *con: object) -> None:
        started.append(True)
        failed.wait()
        (path.parent / "duckdb-was-here").write_text("")  # fails if the folder is gone
        finished.append(True)

    monkeypatch.setattr("analysis.store.write_parquet", parquet_boom)
    monkeypatch.setattr("analysis.store.write_duckdb", late_duckdb)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="disk full"):
        build(raw_copy, out, progress=False)
    # one table's copy, or more when the next table was added before the failure showed:
    # each finished writing into the folder before it was removed
    assert started and finished == started
    assert not list((out / store.VERSIONS_DIR).iterdir())


def _manifest_row(out: Path, name: str) -> pd.Series:
    m = analysis.load(["manifest"], processed_dir=out)["manifest"].set_index("source_file")
    return m.loc[name]


def test_bad_files_get_clear_manifest_entries(tmp_path: Path, raw_copy: Path) -> None:
    (raw_copy / "indkøbsliste.txt").write_text("Mælk\nBrød\n1. æg\n", encoding="utf-8")
    (raw_copy / "tom.txt").write_bytes(b"")
    (raw_copy / "billede.pdf.txt").write_bytes(bytes(range(256)) * 40)
    (raw_copy / "regneark.xlsx").write_bytes(b"PK\x03\x04 not really")
    seed = (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    moved = seed.replace("03-01-2024", "10-01-2024").replace("03. januar", "10. januar")
    (raw_copy / SEED_DIR / "referat windows æøå.txt").write_bytes(moved.encode("cp1252"))
    out = tmp_path / "out"
    summary = build(raw_copy, out, progress=False)
    assert summary.exit_code == 1  # something was rejected
    text = summary.render()
    assert "rejected" in text and "tom.txt" in text

    assert _manifest_row(out, "indkøbsliste.txt")["status"] == "rejected"
    assert "no agenda items" in _manifest_row(out, "indkøbsliste.txt")["message"]
    assert "empty" in _manifest_row(out, "tom.txt")["message"]
    assert "binary" in _manifest_row(out, "billede.pdf.txt")["message"]
    assert "unsupported file type" in _manifest_row(out, "regneark.xlsx")["message"]
    cp = _manifest_row(out, f"{SEED_DIR}/referat windows æøå.txt")
    assert (cp["status"], cp["encoding"], cp["coverage"]) == ("ok", "cp1252", 1.0)
    t = analysis.load(["meetings", "items"], processed_dir=out)
    assert len(t["meetings"]) == 6  # the five seeds plus the Windows-1252 copy
    titles = set(t["items"]["title"])
    assert "Planlægning Borgermøde om budget 2025" in titles  # æøå decoded right


def test_duplicate_meeting_counted_once(tmp_path: Path, raw_copy: Path) -> None:
    shutil.copy(raw_copy / SEED_DIR / "chefforum-2024-01-03.txt", raw_copy / "kopi af referat.txt")
    summary = build(raw_copy, tmp_path / "out", progress=False)
    assert summary.exit_code == 0
    t = analysis.load(["meetings", "items", "manifest"], processed_dir=tmp_path / "out")
    assert len(t["meetings"]) == 5 and len(t["items"]) == 33
    dup = t["manifest"].set_index("source_file").loc["kopi af referat.txt"]
    assert dup["status"] == "warning" and "duplicate of" in dup["message"]


def test_conflicting_files_for_one_meeting_both_kept(tmp_path: Path, raw_copy: Path) -> None:
    seed = (raw_copy / SEED_DIR / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    (raw_copy / "udkast.txt").write_text(
        seed.replace("Chefforum drøftede oplægget.", "Sagen blev udsat."), encoding="utf-8"
    )
    build(raw_copy, tmp_path / "out", progress=False)
    t = analysis.load(["meetings", "manifest"], processed_dir=tmp_path / "out")
    assert len(t["meetings"]) == 6
    flagged = t["manifest"][t["manifest"]["message"].str.contains("same meeting|claims")]
    assert set(flagged["source_file"]) == {f"{SEED_DIR}/chefforum-2024-01-03.txt", "udkast.txt"}


def test_empty_raw_folder_builds_empty_tables(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.exit_code == 0
    assert len(analysis.load(["items"], processed_dir=tmp_path / "out")["items"]) == 0


def test_load_without_build_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="minutes build"):
        analysis.load(["items"], processed_dir=tmp_path)


def test_case_threads_from_a_three_row_frame() -> None:
    from analysis.enrich.cases import case_sequence, case_threads_table

    items = pd.DataFrame(
        {
            "item_id": ["m1-01", "m1-02", "m2-01"],
            "meeting_id": ["m1", "m1", "m2"],
            "date": pd.to_datetime(["2024-01-03", "2024-01-03", "2024-02-01"]),
            "number": [1, 2, 1],
            "title": ["Eventuelt", "Budget 2025", "Budget 2025 igen"],
            "case_number": ["00.01.00-P35-7-23", "00.30.00-P00-7-23", "00.30.00-P00-7-23"],
            "decision_type": ["none", "discussed", "approved"],
            "kle_title": ["Kommunens styrelse", "Budget", "Budget"],
        }
    )
    before = items.copy()
    threads = case_threads_table(items).set_index("case_number")
    budget = threads.loc["00.30.00-P00-7-23"]
    assert (budget["n_meetings"], budget["n_items"], budget["standing"]) == (2, 2, False)
    assert budget["dates"] == "2024-01-03;2024-02-01"
    assert budget["decision_types"] == "discussed;approved"
    assert budget["titles"] == "Budget 2025 | Budget 2025 igen"
    assert bool(threads.loc["00.01.00-P35-7-23", "standing"])
    assert list(case_sequence(items)) == [1, 1, 2]
    pd.testing.assert_frame_equal(items, before)


FORUM_FIXTURES = Path(__file__).parent / "fixtures" / "forums"


@pytest.mark.parametrize("raw", [RAW, FORUM_FIXTURES], ids=["seeds", "forums"])
def test_per_file_enrichment_equals_the_table_functions(raw: Path) -> None:
    """The rows each file brings (decisions, positions, themes, topic words) equal what
    the DataFrame functions compute over the combined corpus."""
    from analysis.enrich import decisions, themes
    from analysis.pipeline import combine, enrich, list_raw_files, parse_file

    t = combine([parse_file(p, raw) for p in list_raw_files(raw)])
    items, sections, recs = t["items"], t["sections"], t["recommendations"]
    assert len(items) > 5
    forum_of = items.merge(t["meetings"][["meeting_id", "forum"]], on="meeting_id")
    forums = dict(zip(forum_of["item_id"], forum_of["forum"], strict=True))

    def same(got: pd.DataFrame, want: pd.DataFrame, by: list[str], name: str) -> None:
        got = got.sort_values(by, kind="mergesort").reset_index(drop=True)
        want = want.sort_values(by, kind="mergesort").reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want, obj=name, check_dtype=False)

    same(t["decisions"], decisions.decisions_table(sections, forums), ["item_id", "position"], "d")
    same(t["follow_ups"], decisions.follow_ups_table(sections), ["item_id", "position"], "f")
    same(t["positions"], decisions.positions_table(sections), ["item_id", "seq"], "p")
    titles = dict(zip(items["item_id"], items["title"], strict=True))
    summary = decisions.decision_summary(sections, recs, forums, titles)
    same(t["item_decisions"], summary, ["item_id"], "summary")
    want_themes = themes.item_themes_table(items, sections)
    same(t["item_themes"], want_themes, ["item_id", "theme"], "item_themes")
    topics, item_topics = themes.discovered_topics(items, sections)
    enriched = enrich(t)
    pd.testing.assert_frame_equal(enriched["topics"], topics)
    pd.testing.assert_frame_equal(enriched["item_topics"], item_topics)
    # Each corpus exercises the rows it is rich in.
    assert len(recs) and len(t["item_themes"]) and len(t["decisions"])
    assert len(t["positions"] if raw == FORUM_FIXTURES else t["follow_ups"])


def test_code_fingerprint_ignores_downstream_modules(tmp_path: Path, monkeypatch) -> None:
    """A chart or report change keeps the parse cache; a parser change invalidates it."""
    from analysis import build as build_mod

    pkg = tmp_path / "analysis"
    shutil.copytree(Path(analysis.__file__).parent, pkg)
    monkeypatch.setattr(build_mod.resources, "files", lambda name: pkg)
    before = build_mod.code_fingerprint()
    for downstream in ("charts.py", "report/overview.py"):
        with (pkg / downstream).open("a") as fh:
            fh.write("\n# edited\n")
    assert build_mod.code_fingerprint() == before
    with (pkg / "parse.py").open("a") as fh:
        fh.write("\n# edited\n")
    assert build_mod.code_fingerprint() != before


def test_a_new_theme_file_parses_again_and_changes_the_themes(
    tmp_path: Path, raw_copy: Path, monkeypatch
) -> None:
    """The cached rows hold themes: a new $MINUTES_THEMES_FILE must not reuse them."""
    from analysis.enrich.themes import THEMES_FILE_ENV

    out = tmp_path / "out"
    first = build(raw_copy, out, progress=False)
    assert first.n_parsed == len(SEED_FILES)
    user = tmp_path / "themes.yaml"
    user.write_text(
        "themes:\n  - {key: dagsorden, label: Dagsorden, terms: ['dagsorden*']}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(THEMES_FILE_ENV, str(user))
    second = build(raw_copy, out, progress=False)
    assert (second.skipped, second.n_parsed, second.n_cached) == (False, len(SEED_FILES), 0)
    item_themes = pd.read_parquet(out / "item_themes.parquet")
    assert "dagsorden" in set(item_themes["theme"])
    # the same file again: from the cache, nothing changed
    assert build(raw_copy, out, progress=False).skipped


def test_an_enrichment_bug_rejects_the_file_with_a_message(monkeypatch) -> None:
    from analysis import pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline.item_enrich, "meeting_enrichment", broken)
    data = (SEEDS / SEED_FILES[0]).read_bytes()
    result = pipeline.parse_bytes(data, f"{SEED_DIR}/{SEED_FILES[0]}")
    assert result.records is None and result.tables is None
    assert result.manifest["status"] == "rejected"
    assert "enrichment failed" in result.manifest["message"]
    assert "RuntimeError: boom" in result.manifest["message"]


def test_parallel_build_equals_one_process_and_workers_fill_the_cache(tmp_path: Path) -> None:
    """On the pool (40+ files) the tables equal a one-process build, and every file's
    result is in the parse cache, written by the workers."""
    from analysis import build as build_mod
    from analysis.synth.corpus import generate_corpus

    generate_corpus(tmp_path / "synth", 45, seed=3, formats=("txt",))
    raw = tmp_path / "synth" / "raw"
    n_files = sum(1 for p in raw.rglob("*") if p.is_file())
    assert n_files >= build_mod.PARALLEL_MIN_FILES
    pooled = build(raw, tmp_path / "pooled", progress=False, workers=2)
    single = build(raw, tmp_path / "single", progress=False, workers=1)
    assert pooled.n_parsed == single.n_parsed == n_files
    entries = list((tmp_path / "pooled" / ".cache").glob("*/*.entry"))
    assert len(entries) == n_files
    for name in ALL_TABLES:
        a = pd.read_parquet(tmp_path / "pooled" / f"{name}.parquet")
        b = pd.read_parquet(tmp_path / "single" / f"{name}.parquet")
        pd.testing.assert_frame_equal(a, b, obj=name)
    again = build(raw, tmp_path / "pooled", progress=False, workers=2, force=False)
    assert again.skipped


@pytest.mark.parametrize(
    ("spill", "arrow"),
    [(False, False), (True, False), (True, "slices"), (True, "chunks")],
    ids=["in-memory", "spilled", "arrow-slices-per-file", "arrow-chunks-whole"],
)
def test_streamed_tables_equal_combine_in_any_order(
    raw_copy: Path, tmp_path: Path, spill: bool, arrow: bool | str
) -> None:
    """The build's ``TableCollector`` (rows to Arrow in groups, as results arrive in any
    order, kept in memory or in Arrow files; with ``arrow`` some tables' rows come as
    Arrow made where the files were parsed, as the pool's workers send them: a slice per
    file, or a worker's chunk whole with ``add_chunk``) gives the tables ``combine``
    gives: duplicates counted once, conflicting files renamed (-v2, -v3, item ids too),
    an agenda superseded by its minutes."""
    import random

    from analysis.pipeline import (
        TableCollector,
        arrow_chunk,
        attach_arrow,
        combine,
        enrich,
        finalise,
        parse_file,
    )

    from .test_layouts_core import AGENDA, MINUTES

    seed = (raw_copy / SEED_DIR / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    shutil.copy(raw_copy / SEED_DIR / "chefforum-2024-01-03.txt", raw_copy / "kopi.txt")
    for n, text in enumerate(["Sagen blev udsat.", "Sagen blev afvist."]):
        changed = seed.replace("Chefforum drøftede oplægget.", text)
        (raw_copy / f"udkast-{n}.txt").write_text(changed, encoding="utf-8")
    (raw_copy / "dagsorden.txt").write_text(AGENDA, encoding="utf-8")
    (raw_copy / "referat.txt").write_text(MINUTES, encoding="utf-8")
    (raw_copy / "tom.txt").write_text("", encoding="utf-8")  # rejected
    results = [parse_file(p, raw_copy) for p in list_raw_files(raw_copy)]
    want = finalise(enrich(combine(results)))
    renamed = {"chefforum-2024-01-03-v2", "chefforum-2024-01-03-v3"}
    assert renamed <= set(want["meetings"]["meeting_id"])
    assert set(want["manifest"]["status"]) == {"ok", "warning", "superseded", "rejected"}
    collector = TableCollector(group=2, spill_dir=tmp_path if spill else None)
    random.Random(3).shuffle(results)
    if arrow:
        # A worker's chunk of three files; the sections of the second chunk hold a value
        # only pandas converts alike, so they stay rows beside the other chunks' slices.
        odd = next(r for r in results[3:6] if r.records and r.records["sections"])
        row = odd.records["sections"][0]  # type: ignore[index]
        odd.records["sections"][0] = (row[0], float(row[1]), *row[2:])  # type: ignore[index]
        chunks = []
        for k in range(0, len(results), 3):
            records = [r.records for r in results[k : k + 3]]
            chunks.append(arrow_chunk(records))
            if arrow == "slices":
                attach_arrow(records, chunks[-1])
        # The odd chunk's sections stay rows, converted by the collector.
        assert "sections" not in chunks[1] and "sections" in chunks[0]
        assert isinstance(odd.records["sections"], list)  # type: ignore[index]
        if arrow == "slices":
            kinds = {type(r.records["sections"]) for r in results if r.records}
            assert kinds == {pa.Table, list}
    if arrow == "chunks":
        for k, chunk in zip(range(0, len(results), 3), chunks, strict=True):
            collector.add_chunk(results[k : k + 3], chunk)
    else:
        for result in results:
            collector.add(result)
    lazy = collector.lazy_tables()  # each table combined when asked for, once
    got = finalise(enrich(lazy), release=True)
    assert list(got) == list(want)
    for name in want:
        pd.testing.assert_frame_equal(got[name], want[name], check_exact=True, obj=name)
    with pytest.raises(RuntimeError, match="taken already"):
        lazy["sections"]()


def test_gc_paused_restores_the_collector() -> None:
    """The check of the raw folder pauses the cyclic collector and gives it back as it
    was, also when the check fails."""
    import gc

    from analysis.build import gc_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def _arrow_via_pandas(name: str, rows: list[tuple]):
    """What ``arrow_rows`` made before it skipped pandas (and still makes as fallback)."""
    import pyarrow as pa

    from analysis.pipeline import typed_frame

    return pa.Table.from_pandas(typed_frame(name, rows), preserve_index=False)


def test_arrow_rows_straight_from_the_rows_equal_the_pandas_way() -> None:
    """Every table's rows of the seeds become the same Arrow table (values, types, the
    pandas metadata) straight from their columns as through a typed frame."""
    from analysis.pipeline import ROW_TABLES, _direct_arrow, arrow_rows, parse_file

    rows: dict[str, list[tuple]] = {name: [] for name in ROW_TABLES}
    for path in sorted(SEEDS.iterdir()):
        records = parse_file(path, RAW).records or {}
        for name, part in records.items():
            rows[name] += part
    for name, part in rows.items():
        if not part:
            continue
        assert _direct_arrow(name, part) is not None, name  # not the fallback
        got = arrow_rows(name, part, list(range(len(part))))
        want = _arrow_via_pandas(name, part)
        assert got.drop_columns(["__file_seq"]).equals(want, check_metadata=True), name
        assert got.column("__file_seq").to_pylist() == list(range(len(part)))


@pytest.mark.parametrize(
    ("name", "column", "value"),
    [
        ("item_themes", "score", 1),  # an int in a float column: pandas makes it 1.0
        ("sections", "position", 2.7),  # a float in an int column: Arrow would cut it
        ("sections", "text", b"bytes"),  # pandas writes "b'bytes'"
        ("meetings", "date", dt.datetime(2024, 1, 3, 12, 30)),  # keeps its time
        ("meetings", "duration_min", 2**60),  # beside a null: rounded through float
    ],
)
def test_arrow_rows_of_odd_values_go_through_pandas(name: str, column: str, value: object) -> None:
    """A value Arrow would convert otherwise than pandas sends the rows the pandas way."""
    from analysis.pipeline import ROW_TABLES, _direct_arrow, arrow_rows, parse_file

    columns = ROW_TABLES[name][0]
    rows = [row for f in SEED_FILES[:2] for row in (parse_file(SEEDS / f, RAW).records or {})[name]]
    assert len(rows) >= 2
    at = columns.index(column)
    rows[0] = (*rows[0][:at], value, *rows[0][at + 1 :])
    if column == "duration_min":
        rows[1] = (*rows[1][:at], None, *rows[1][at + 1 :])
    assert _direct_arrow(name, rows) is None
    got = arrow_rows(name, rows, [0] * len(rows)).drop_columns(["__file_seq"])
    assert got.equals(_arrow_via_pandas(name, rows), check_metadata=True)


def test_cache_entries_read_ahead_equal_those_read_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``cache_get_many`` (entries read on a thread ahead of their decoding) gives what
    ``cache_get`` gives each key, in order, a missing or damaged entry a None."""
    from analysis.pipeline import parse_file

    keys = []
    for n, f in enumerate(SEED_FILES[:3]):
        result = parse_file(SEEDS / f, RAW)
        sha = f"{n:064x}"
        assert store.cache_put(tmp_path, "fp", sha, ".txt", result)
        keys.append((sha, ".txt"))
    keys.insert(1, ("f" * 64, ".txt"))  # never stored
    damaged = store._cache_path(tmp_path, "fp", store.cache_key(*keys[-1]))
    damaged.write_bytes(damaged.read_bytes()[:-5])
    monkeypatch.setattr(store, "CACHE_READ_BLOCK", 1)  # blocks beyond the two ahead
    got = list(store.cache_get_many(tmp_path, "fp", keys))
    want = [store.cache_get(tmp_path, "fp", *key) for key in keys]
    assert got == want
    assert [g is None for g in got] == [False, True, False, True]


def test_in_key_order_says_what_a_stable_sort_by_the_key_would_do() -> None:
    """``schema.in_key_order`` (one pass, so ``conform`` sorts only a table out of
    order) is True exactly where a stable sort by the key leaves every row in place:
    strings by code point (æ after z, 'B' before 'a'), ties, dates, ints; a null key
    says 'not known'."""
    import random

    rng = random.Random(5)
    words = ["a", "B", "z", "æ", "å", "ab", "a b", "", "Ø"]
    for _ in range(300):
        n = rng.randint(1, 6)
        df = pd.DataFrame(
            {
                "s": pd.array([rng.choice(words) for _ in range(n)], dtype="string"),
                "i": [rng.randint(0, 2) for _ in range(n)],
                "d": pd.to_datetime([f"2024-01-0{rng.randint(1, 3)}" for _ in range(n)]),
            }
        )
        if rng.random() < 0.5:  # often in order, as the build hands most tables over
            df = df.sort_values(["s", "i", "d"], kind="mergesort").reset_index(drop=True)
        for keys in (["s"], ["s", "i"], ["i", "d", "s"]):
            order = df[keys].sort_values(keys, kind="mergesort").index.to_numpy()
            assert schema.in_key_order(df, keys) == bool((order == range(n)).all()), (df, keys)
    nulls = pd.DataFrame({"s": pd.array(["a", None], dtype="string")})
    assert not schema.in_key_order(nulls, ["s"])


def test_the_enrichment_of_the_corpus_needs_no_language_stack() -> None:
    """The build's main process enriches the combined tables without spaCy (importing it
    took seconds); its primary policy area is ``policy_areas.primary_area``'s."""
    import subprocess
    import sys

    code = (
        "import sys, pandas as pd\n"
        "from analysis import pipeline\n"
        "from analysis.enrich import cases, kle, themes\n"
        "assert 'spacy' not in sys.modules\n"
        "df = pd.DataFrame({'item_id': ['a', 'a', 'b', 'c'], 'area': ['x', 'y', 'z', 'w'],\n"
        "                   'rank': [1, 2, 1, 2]})\n"
        "got = pipeline._primary_area(df)\n"
        "from analysis.enrich import policy_areas\n"
        "pd.testing.assert_series_equal(got, policy_areas.primary_area(df))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(analysis.__file__).parents[1])}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def test_pool_ahead_only_for_a_pool(monkeypatch):
    """The forkserver is started ahead only for a build that parses on a pool; the
    imports ahead never fail a build (a module that will not import is left to its step)."""
    from analysis import build as build_mod
    from analysis import preload

    started = []
    monkeypatch.setattr(
        preload, "preloaded_workers", lambda *a, **k: started.append(k) or _nothing()
    )
    monkeypatch.setattr(build_mod, "AFTER_POOL_IMPORTS", ("analysis.no_such_module",))
    with build_mod._pool_ahead(build_mod.PARALLEL_MIN_FILES - 1, 2):
        pass
    with build_mod._pool_ahead(1000, 1):
        pass
    assert started == []
    with build_mod._pool_ahead(1000, 2):
        pass
    assert started == [{"start": True}]


def test_a_build_after_an_edit_starts_the_pool_for_what_the_cache_lacks(
    tmp_path: Path, raw_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build that finds a parse cache starts the pool's warm-up for the files the cache
    has no entry for, before it decodes a single entry; an unchanged file is not counted,
    and a forced build still starts it for every file, once."""
    import contextlib

    from analysis import build as build_mod

    out = tmp_path / "out"
    build(raw_copy, out, progress=False)
    events: list[object] = []

    @contextlib.contextmanager
    def ahead(n_files: int, workers: int | None):
        events.append(n_files)
        yield

    decode = store.decode_entry
    monkeypatch.setattr(build_mod, "_pool_ahead", ahead)
    monkeypatch.setattr(store, "decode_entry", lambda *a: events.append("decode") or decode(*a))
    for name in SEED_FILES[:2]:
        f = raw_copy / SEED_DIR / name
        f.write_text(f.read_text(encoding="utf-8") + "\nEkstra linje.\n", encoding="utf-8")
    again = build(raw_copy, out, progress=False)
    assert (again.n_parsed, again.n_cached) == (2, 3)
    assert events[0] == 2 and events[1:] == ["decode"] * 3
    events.clear()
    build(raw_copy, out, progress=False, force=True)
    assert events == [len(SEED_FILES)]


def _nothing():
    import contextlib

    return contextlib.nullcontext()


def test_decision_summary_equals_the_build_on_every_layout() -> None:
    """``decisions.decision_summary`` (the DataFrame API a notebook may call) types every
    decided item of the layout fixtures as the build does: both go through
    ``item_decision_rows``, with the items table for references to an earlier item. An
    agenda's items are the build's to leave undecided."""
    from analysis.enrich import decisions
    from analysis.pipeline import combine, list_raw_files, parse_file

    raw = Path(__file__).parent / "fixtures" / "layouts" / "raw"
    t = combine([parse_file(p, raw) for p in list_raw_files(raw)])
    items = t["items"].merge(
        t["meetings"][["meeting_id", "forum", "document_type"]], on="meeting_id"
    )
    forums = dict(zip(items["item_id"], items["forum"], strict=True))
    titles = dict(zip(items["item_id"], items["title"], strict=True))
    got = decisions.decision_summary(
        t["sections"], t["recommendations"], forums, titles, t["items"]
    )
    decided = set(items.loc[items["document_type"] == "referat", "item_id"])
    assert len(decided) > 5000
    got = got[got["item_id"].isin(decided)].reset_index(drop=True)
    want = t["item_decisions"]
    want = want[want["item_id"].isin(decided)].sort_values("item_id", kind="mergesort")
    pd.testing.assert_frame_equal(got, want.reset_index(drop=True), check_dtype=False)
