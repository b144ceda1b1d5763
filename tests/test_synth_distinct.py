"""The synthetic corpus at distinct level 1: texts that repeat as little as real minutes'.

The default corpus repeats its sentences (a text-level cache looks better on it than on
real minutes); ``distinct=1`` varies titles and paraphrases decisions. These tests check
the distinct shares the benchmark relies on, that the paraphrases stay theme- and
decision-neutral (the build still extracts exactly the ground truth) and that the default
corpus does not change (its digests are pinned in test_synth_layouts.py).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.bench import distinct_shares, run_build, score
from analysis.synth import corpus
from analysis.synth.corpus import generate_corpus, plan_corpus, render_meeting

N = 40
FORMATS = ("txt", "md", "docx", "html")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """A corpus at each level, generated and built (same seed, same plan of meetings).

    Built as the benchmark builds (a fresh process with the synthetic corpus' settings,
    ``BUILD_ENV``: the home municipality's minutes do not name it).
    """
    out: dict[int, Path] = {}
    for level in (0, 1):
        root = tmp_path_factory.mktemp(f"distinct{level}")
        raw = generate_corpus(root, N, seed=5, formats=FORMATS, distinct=level, workers=1)
        run = run_build(raw, root / "processed", force=True, workers=1)
        assert run.n_rejected == 0
        out[level] = root
    return out


def test_distinct_shares_reach_the_targets(built: dict[int, Path]) -> None:
    plain = distinct_shares(built[0] / "processed")
    varied = distinct_shares(built[1] / "processed")
    assert varied["titles"] >= 0.5, varied
    assert varied["decisions"] >= 0.4, varied
    # the default corpus repeats itself: the level is what makes the difference
    assert plain["titles"] < 0.3 and varied["titles"] > plain["titles"] + 0.3
    assert varied["decisions"] > plain["decisions"] + 0.2
    assert varied["recommendations"] > plain["recommendations"]


def test_build_extracts_the_ground_truth(built: dict[int, Path]) -> None:
    acc = score(built[1], built[1] / "processed")
    assert acc.matched == acc.n_items and acc.extra == 0
    assert acc.files_ok == 1.0 and acc.coverage_full == 1.0
    assert acc.fields == {k: 1.0 for k in acc.fields}, acc.misses


def test_same_plan_of_meetings_and_cases_as_the_default() -> None:
    plain, varied = plan_corpus(300, seed=3), plan_corpus(300, seed=3, distinct=1)
    assert [(m.file_name, m.fmt) for m in plain] == [(m.file_name, m.fmt) for m in varied]
    for a, b in zip(plain, varied, strict=True):
        assert [(i.topic, i.case_number, i.decision, i.stage) for i in a.items] == [
            (i.topic, i.case_number, i.decision, i.stage) for i in b.items
        ]
        for i, j in zip(a.items, b.items, strict=True):
            assert j.title.startswith(i.title)
    assert {m.distinct for m in varied} == {1} and {m.distinct for m in plain} == {0}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    m = plan_corpus(8, seed=2, distinct=1)[5]
    assert render_meeting(m, 2) == render_meeting(m, 2)
    a = generate_corpus(tmp_path / "a", 6, seed=2, distinct=1, workers=1)
    b = generate_corpus(tmp_path / "b", 6, seed=2, distinct=1, workers=1)
    files = sorted(p.relative_to(a) for p in a.rglob("*.txt"))
    assert files and all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    assert corpus.read_params(tmp_path / "a")["distinct"] == 1
    assert "distinct" not in corpus.read_params(tmp_path / "a").get("revised", {})


def test_paraphrase_pools_name_no_theme_and_no_decision() -> None:
    from analysis.enrich.decisions import classify_decision
    from analysis.enrich.themes import match_terms

    area = corpus.DISTINCT_AREAS[0]
    notes = [
        n.replace("{name}", "Anne Holm").replace("{name2}", "Bo Lund").replace("{area}", area)
        for n in corpus.DISTINCT_DECISION_NOTES
    ]
    returns = [r.format(stage=2) for r in corpus.DISTINCT_RETURNS]
    for text in (*corpus.DISTINCT_ASPECTS, *corpus.DISTINCT_AREAS, *returns, *notes):
        assert not match_terms(text), text
    for decision in ("Godkendt.", "Chefforum drøftede sagen.", "Udsat.", "Anbefales."):
        types = [t for t, _ in classify_decision(decision)]
        for note in notes:
            assert [t for t, _ in classify_decision(f"{decision} {note}")] == types, note
            assert [t for t, _ in classify_decision(note)] in ([], ["other"]), note


def test_unknown_level_is_refused() -> None:
    with pytest.raises(ValueError, match="distinct"):
        plan_corpus(4, distinct=2)


def test_default_tables_have_no_paraphrase(built: dict[int, Path]) -> None:
    items = pd.read_parquet(built[0] / "processed" / "items.parquet")
    areas = "|".join(corpus.DISTINCT_AREAS)
    assert not items["title"].str.contains(areas).any()
    varied = pd.read_parquet(built[1] / "processed" / "items.parquet")
    assert varied["title"].str.contains(areas).any()


@pytest.mark.parametrize("level", [0, 1])
def test_no_title_keeps_a_placeholder(level: int) -> None:
    # "{meddate}" in a title was once left as it was (titles are planned, not written).
    plan = plan_corpus(3000, seed=11, distinct=level)
    titles = [it.title for m in plan for it in m.items]
    assert any("KommuneMED møde d. " in t for t in titles)
    assert not [t for t in titles if "{" in t or "}" in t]
