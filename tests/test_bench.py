"""The benchmark's floor (the benchmark itself runs outside the tests: `make bench`)."""

from __future__ import annotations

from analysis.bench import floor


def test_floor_reads_every_file_and_counts_item_headings(tmp_path):
    (tmp_path / "a").mkdir()
    one = "Referat\n\nPunkt 1: Budget\nTekst\nPunkt 2. Målplan\n".encode()
    two = "Punkt 1: Personalepolitik\nI punkt 3: nævnt i teksten\n".encode("latin-1")
    (tmp_path / "a" / "one.txt").write_bytes(one)
    (tmp_path / "two.md").write_bytes(two)

    for repeats in (1, 3):
        seconds, files, size, headings = floor(tmp_path, repeats=repeats)
        assert (files, size, headings) == (2, len(one) + len(two), 3)
        assert seconds >= 0


def test_parse_floor_parses_every_item(tmp_path):
    from analysis.bench import parse_floor
    from analysis.synth.corpus import generate_corpus, load_ground_truth

    raw = generate_corpus(tmp_path, 3, seed=1, distinct=1, workers=1)
    seconds, items = parse_floor(raw)
    assert items == len(load_ground_truth(tmp_path)) and items > 0
    assert seconds > 0


def test_files_not_ok_are_counted_by_kind_without_the_names():
    import pandas as pd

    from analysis.bench import not_ok_kinds

    manifest = pd.DataFrame(
        {
            "status": ["ok", "warning", "warning", "warning", "rejected"],
            "message": [
                "",
                "duplicate of synthetic/a-2006-05-16.txt: the same meeting, counted once",
                "duplicate of synthetic/b-2007-01-02.txt: the same meeting, counted once",
                "the document names Søby Strand Kommune but the folder x/y says Aslev Kommune",
                "no agenda items found",
            ],
        }
    )
    assert not_ok_kinds(manifest) == {
        "warning: duplicate of <fil>: the same meeting, counted once": 2,
        "rejected: no agenda items found": 1,
        "warning: the document names <kommune> but the folder x/y says <kommune>": 1,
    }


def test_a_build_run_times_the_watchlist_check_apart(tmp_path):
    """The benchmark's build runs the check of the saved searches 'minutes build' runs
    next and reports its time on its own (a slow check cannot hide)."""
    from analysis import config
    from analysis.bench import run_build
    from analysis.synth.corpus import generate_corpus

    raw = generate_corpus(tmp_path / "corpus", 3, seed=1, distinct=1, workers=1)
    run = run_build(raw, tmp_path / "out", force=True, workers=1)
    assert run.n_parsed == 3 and run.watch_seconds > 0
    assert (tmp_path / "out" / config.WATCHLIST_STATE_NAME).is_file()  # the check ran


def test_the_peak_sampler_reads_pss_beside_rss():
    """PSS splits pages shared with other processes, so the summed PSS of a process
    tree is positive and no more than its summed RSS (the workers forked from a warmed
    server share most of their pages: RSS alone overstates the build's memory)."""
    import pytest

    pytest.importorskip("psutil")
    from analysis.bench import _PeakSampler

    with _PeakSampler(interval=0.005) as sampler:
        block = bytearray(32 * 2**20)  # touched: 32 MB resident in this process
        block[::4096] = b"x" * len(block[::4096])
        import time

        time.sleep(0.1)
    assert sampler.available
    assert 32 * 2**20 < sampler.peak_pss <= sampler.peak


def test_the_peak_sampler_reads_pss_only_when_rss_grew_or_it_is_old():
    """Reading PSS makes the kernel walk every page table (about 55 ms of CPU a time for
    a 50,000-meeting build): it is read when the summed RSS grew by ``PSS_STEP`` since
    the last reading, or every ``PSS_MAX_AGE`` seconds, not at every sample."""
    from types import SimpleNamespace

    from analysis.bench import _PeakSampler

    class Process:
        rss = 500 << 20
        reads = 0

        def children(self, recursive: bool = False) -> list:
            return []

        def memory_info(self) -> SimpleNamespace:
            return SimpleNamespace(rss=self.rss)

        def memory_full_info(self) -> SimpleNamespace:
            self.reads += 1
            return SimpleNamespace(pss=self.rss - (100 << 20))

    proc, now = Process(), [1000.0]
    sampler = _PeakSampler()
    sampler._proc, sampler._clock = proc, lambda: now[0]

    step = 1 / 32  # a sampling interval that adds up exactly

    def samples(n: int) -> None:
        for _ in range(n):
            now[0] += step
            sampler._sample()

    samples(32)  # one second, RSS flat: the first sample reads
    assert proc.reads == 1 and sampler.peak_pss == 400 << 20
    proc.rss += _PeakSampler.PSS_STEP
    samples(1)
    assert proc.reads == 2 and sampler.peak_pss == (400 << 20) + _PeakSampler.PSS_STEP
    proc.rss += 1 << 20  # less than a step: not read again until it is two seconds old
    samples(int(_PeakSampler.PSS_MAX_AGE / step) - 2)
    assert proc.reads == 2
    samples(2)
    assert proc.reads == 3
    assert sampler.peak_pss == proc.rss - (100 << 20)


def test_the_memory_target_compares_the_summed_pss_where_it_was_read():
    """A build whose summed RSS counts shared pages twice passes on its PSS, and says
    both; without a PSS reading (no psutil) the RSS is compared."""
    from analysis.bench import BuildRun, CorpusResult, render

    def line(rss_gb: float, pss_gb: float) -> str:
        run = BuildRun(100.0, 101.0, int(rss_gb * 2**30), 10_000, 0, False, 0, {})
        run.peak_pss = int(pss_gb * 2**30)
        result = CorpusResult("txt-10000", 10_000, ["txt"], n_items=70_000, full=run)
        result.floor_s, result.parse_s = 1.0, 40.0
        return next(ln for ln in render([result]).splitlines() if "peak memory" in ln)

    assert "PASS" in line(1.73, 0.92) and "0.92 GB PSS (summed RSS 1.73 GB)" in line(1.73, 0.92)
    assert "MISS" in line(1.73, 1.30)
    assert "MISS" in line(1.73, 0.0) and "1.73 GB RSS" in line(1.73, 0.0)
