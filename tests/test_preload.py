"""The build workers' preload: a forkserver that has warmed up forks workers that parse
exactly as a fresh process does, and the main process loads nothing by setting it up."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analysis.pipeline import parse_bytes
from analysis.preload import WARM_MODULE, WARM_UP_NAME, WARM_UP_TEXT, preloaded_workers

from .conftest import SEEDS

SRC = Path(__file__).resolve().parents[1] / "src"


def _run(script: str, tmp_path: Path) -> str:
    """Run ``script`` as a file (a pool's workers import its functions) with this
    checkout's package; its standard output."""
    path = tmp_path / "script.py"
    path.write_text(textwrap.dedent(script), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(path)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_warm_up_text_reaches_the_enrichment() -> None:
    """The made-up meeting parses into items with decisions, themes and policy areas: a
    warm-up that the parser rejected would load next to nothing."""
    result = parse_bytes(WARM_UP_TEXT.encode("utf-8"), WARM_UP_NAME)
    assert result.records is not None
    for table in (
        "items",
        "participants",
        "attachments",
        "decisions",
        "item_decisions",
        "item_themes",
        "item_policy_areas",
        "topic_terms",
    ):
        assert result.records[table], table


def test_setting_up_the_preload_loads_nothing(tmp_path: Path) -> None:
    """The main process imports ``analysis.preload`` on every build, an unchanged one too:
    neither spaCy nor the parser may come with it."""
    out = _run(
        """
        import multiprocessing, sys
        from analysis.preload import preloaded_workers
        with preloaded_workers(multiprocessing.get_context("forkserver")):
            print(sorted(m for m in ("spacy", "pandas", "analysis.pipeline") if m in sys.modules))
        """,
        tmp_path,
    )
    assert out.strip() == "[]"


def test_a_preloaded_worker_parses_as_a_fresh_process(tmp_path: Path) -> None:
    """A worker forked from the warmed-up server has the pipeline before its first file
    (KLE's words and the area model too, and the collector's ``WORKER_GC_THRESHOLDS``, the
    main process keeping its own), and
    gives the same rows, manifest and warnings as a process that loads on demand; the
    server is stopped after the block."""
    seed = sorted(SEEDS.glob("*.txt"))[0]
    out = _run(
        f"""
        import multiprocessing, pickle, sys
        from concurrent.futures import ProcessPoolExecutor
        from pathlib import Path

        def parse_in_worker(data, name):
            import gc
            from analysis.preload import WORKER_GC_THRESHOLDS
            loaded = "spacy" in sys.modules and "analysis.enrich.themes" in sys.modules
            from analysis.nlp import danish_nlp
            from analysis.pipeline import parse_bytes
            loaded = loaded and danish_nlp.cache_info().currsize == 1
            # what the made-up meeting does not reach: KLE's words, the learned model
            from analysis.enrich import area_model, policy_areas
            loaded = loaded and policy_areas._kle_words_cached.cache_info().currsize == 1
            loaded = loaded and area_model.load_model.cache_info().currsize == 1
            loaded = loaded and gc.get_threshold() == WORKER_GC_THRESHOLDS
            return loaded, pickle.dumps(parse_bytes(data, name))

        if __name__ == "__main__":
            import gc
            from multiprocessing import forkserver
            from analysis.preload import preloaded_workers
            before = gc.get_threshold()
            context = multiprocessing.get_context("forkserver")
            data, name = Path({str(seed)!r}).read_bytes(), {seed.name!r}
            with preloaded_workers(context, start=True):
                with ProcessPoolExecutor(1, mp_context=context) as pool:
                    loaded, warm = pool.submit(parse_in_worker, data, name).result()
            # The workers collect garbage less often; the build's own process as before.
            stopped = forkserver._forkserver._forkserver_pid is None
            stopped = stopped and gc.get_threshold() == before
            from analysis.pipeline import parse_bytes
            fresh = parse_bytes(data, name)
            warm = pickle.loads(warm)
            print(loaded, stopped, fresh.records is not None)
            print(warm.records == fresh.records, warm.manifest == fresh.manifest,
                  warm.warnings == fresh.warnings, warm.content_key == fresh.content_key)
        """,
        tmp_path,
    )
    assert out.split() == ["True"] * 7


def test_only_a_forkserver_preloads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Other start methods have no server to warm up: a spawn context's
    ``set_forkserver_preload`` would still set the forkserver's (it is global)."""
    import multiprocessing.forkserver

    calls: list[list[str]] = []
    monkeypatch.setattr(multiprocessing.forkserver, "set_forkserver_preload", calls.append)
    monkeypatch.setattr("analysis.preload._stop_forkserver", lambda: calls.append(["stop"]))
    for method in ("spawn", "fork"):
        with preloaded_workers(multiprocessing.get_context(method), start=True):
            pass
    assert calls == []
    monkeypatch.setattr(multiprocessing.forkserver._forkserver, "_preload_modules", ["x"])
    with preloaded_workers(multiprocessing.get_context("forkserver")):
        assert calls == [[WARM_MODULE]]
    assert calls == [[WARM_MODULE], ["stop"], ["x"]]
