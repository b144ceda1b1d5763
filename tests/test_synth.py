"""The synthetic corpus generator: reproducible, parseable, truthful, kept out of data/raw."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.pipeline import parse_bytes
from analysis.synth import corpus
from analysis.synth.corpus import DEFAULT_MUNICIPALITY as HOME
from analysis.synth.corpus import (
    NEUTRAL,
    PASSING,
    SYNTHETIC_FOLDER,
    SYNTHETIC_LABEL,
    TOPICS,
    RefusedTarget,
    edit_corpus,
    generate_corpus,
    load_ground_truth,
    plan_corpus,
)

TEXT_FORMATS = ("txt", "md", "docx", "html")
N = 12


def _formats() -> tuple[str, ...]:
    return (*TEXT_FORMATS, "pdf") if corpus.pdf_renderer() else TEXT_FORMATS


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synthetic")
    generate_corpus(out, N, seed=7, formats=_formats())
    return out


@pytest.fixture(scope="module")
def parsed(generated: Path) -> dict[str, object]:
    raw = generated / "raw"
    return {
        p.relative_to(raw).as_posix(): parse_bytes(
            p.read_bytes(), p.relative_to(raw).as_posix(), default_municipality=HOME
        )
        for p in sorted(raw.rglob("*"))
        if p.is_file()
    }


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_same_seed_gives_identical_bytes(generated: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate_corpus(again, N, seed=7, formats=_formats())
    assert _files(again / "raw") == _files(generated / "raw")
    pd.testing.assert_frame_equal(load_ground_truth(again), load_ground_truth(generated))


def test_another_seed_gives_other_minutes(generated: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    generate_corpus(other, N, seed=8, formats=_formats())
    assert _files(other / "raw") != _files(generated / "raw")


def test_layout_is_labelled_synthetic(generated: Path) -> None:
    raw = generated / "raw"
    files = [p for p in raw.rglob("*") if p.is_file()]
    assert len(files) == N
    for p in files:
        assert p.parent == raw / SYNTHETIC_FOLDER
        assert p.name.startswith(f"{SYNTHETIC_LABEL}-")
    assert {p.suffix for p in files} == {f".{f}" for f in _formats()}
    readme = (generated / "README.txt").read_text(encoding="utf-8")
    assert "SYNTHETIC" in readme and "data/raw" in readme
    assert (generated / "ground_truth.parquet").is_file()
    assert not list(raw.rglob("README*")) and not list(raw.rglob("*.parquet"))


def test_every_file_parses_ok_with_full_coverage(parsed: dict) -> None:
    for name, result in parsed.items():
        assert result.manifest["status"] == "ok", (name, result.manifest["message"])
        assert result.manifest["coverage"] == 1.0, name


def test_ground_truth_agrees_with_the_parse(generated: Path, parsed: dict) -> None:
    gt = load_ground_truth(generated)
    assert set(gt["source_file"]) == set(parsed)
    for name, result in parsed.items():
        truth = gt[gt["source_file"] == name].sort_values("number")
        items = result.tables["items"].sort_values("number")
        meeting = result.tables["meetings"].iloc[0]
        assert list(items["number"]) == list(truth["number"]), name
        assert meeting["meeting_id"] == truth["meeting_id"].iloc[0]
        assert meeting["forum"] == truth["forum"].iloc[0]
        assert meeting["municipality"] == truth["municipality"].iloc[0]
        assert meeting["date"].date() == truth["date"].iloc[0].date()
        assert meeting["start_time"] == truth["start_time"].iloc[0]
        assert meeting["location"] == truth["location"].iloc[0]
        assert meeting["n_participants"] == truth["n_participants"].iloc[0]
        assert meeting["n_items"] == truth["n_items"].iloc[0]
        for col in (
            "title",
            "closed",
            "case_number",
            "proposer",
            "duration_min",
            "n_attachments",
            "n_recommendations",
        ):
            want = [None if pd.isna(v) else v for v in truth[col]]
            got = [None if pd.isna(v) else v for v in items[col]]
            assert got == want, (name, col)


def test_ground_truth_columns_and_vocabularies(generated: Path) -> None:
    from analysis.enrich.themes import load_taxonomy
    from analysis.vocab import DECISION_TYPES

    gt = load_ground_truth(generated)
    assert list(gt.columns) == list(corpus.GROUND_TRUTH_COLUMNS)
    assert set(gt["decision_type"]) <= set(DECISION_TYPES)
    keys = {t.key for t in load_taxonomy()}
    for themes in gt["themes"].dropna():
        assert set(filter(None, themes.split(";"))) <= keys


def test_refuses_to_write_into_data_raw(tmp_path: Path) -> None:
    before = sorted(p.name for p in config.RAW_DIR.iterdir())
    with pytest.raises(RefusedTarget):
        generate_corpus(config.RAW_DIR, 2)
    with pytest.raises(RefusedTarget):
        generate_corpus(config.RAW_DIR / "synthetic", 2)
    with pytest.raises(RefusedTarget):  # out_dir/raw would be data/raw
        generate_corpus(config.RAW_DIR.parent, 2)
    assert sorted(p.name for p in config.RAW_DIR.iterdir()) == before


def test_refuses_a_raw_folder_with_other_files(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "real-minutes.txt").write_text("REFERAT", encoding="utf-8")
    with pytest.raises(RefusedTarget):
        generate_corpus(tmp_path, 2)
    assert (tmp_path / "raw" / "real-minutes.txt").is_file()


def test_regenerating_replaces_the_previous_corpus(tmp_path: Path) -> None:
    generate_corpus(tmp_path, 6, seed=1)
    generate_corpus(tmp_path, 3, seed=1)
    assert len(list((tmp_path / "raw").rglob("*.txt"))) == 3
    assert load_ground_truth(tmp_path)["source_file"].nunique() == 3


def test_edit_changes_bytes_not_truth(tmp_path: Path) -> None:
    raw = generate_corpus(tmp_path, 10, seed=3, formats=("txt", "md"))
    before = _files(raw)
    changed = edit_corpus(tmp_path, 0.2, seed=5)
    assert len(changed) == 2
    after = _files(raw)
    assert {k for k in before if before[k] != after[k]} == set(changed)
    gt = load_ground_truth(tmp_path)
    for name in changed:
        result = parse_bytes(after[name], name, default_municipality=HOME)
        assert result.manifest["status"] == "ok" and result.manifest["coverage"] == 1.0
        items = result.tables["items"]
        truth = gt[gt["source_file"] == name]
        assert list(items["title"]) == list(truth["title"])
        assert list(items["n_recommendations"]) == list(truth["n_recommendations"])
    edit_corpus(tmp_path, 0.2, seed=5, revision=0)
    assert _files(raw) == before


def test_plan_spreads_meetings_over_forums_years_and_municipalities() -> None:
    plan = plan_corpus(2600, seed=0)
    assert len({m.file_name for m in plan}) == len(plan)
    keys = {(m.municipality, m.forum, m.date) for m in plan}
    assert len(keys) == len(plan)
    assert len({m.municipality for m in plan}) == 2  # 20 years of 4 forums hold 2,000
    years = {m.date.year for m in plan}
    assert max(years) == 2025 and len(years) <= corpus.MAX_YEARS
    per_year = Counter((m.municipality, m.forum, m.date.year) for m in plan)
    assert max(per_year.values()) <= corpus.MEETINGS_PER_YEAR
    assert all(m.date.weekday() < 5 for m in plan)


def test_plan_holds_the_benchmark_sizes() -> None:
    """50,000 meetings (the benchmark's largest corpus) need 25 made-up municipalities."""
    muns, years = corpus._municipalities(50_000, len(corpus.DEFAULT_FORUMS))
    assert (len(set(muns)), years) == (25, corpus.MAX_YEARS)
    assert all(m.endswith(" Kommune") for m in muns)
    with pytest.raises(ValueError, match="municipalities"):
        corpus._municipalities(10**6, len(corpus.DEFAULT_FORUMS))


def test_cases_return_under_their_journal_number() -> None:
    plan = plan_corpus(300, seed=2)
    meetings_per_case: dict[str, set[int]] = {}
    for m in plan:
        for it in m.items:
            if it.topic not in ("first", "last", "meddelelser"):
                meetings_per_case.setdefault(it.case_number, set()).add(m.index)
    returning = [c for c, ms in meetings_per_case.items() if len(ms) > 1]
    assert len(returning) >= 20
    # standing items of a meeting share the year's standing number
    for m in plan[:20]:
        standing = {it.case_number for it in m.items if it.topic in ("first", "last")}
        assert len(standing) == 1


def test_sentence_pools_stay_inside_their_themes() -> None:
    from analysis.enrich.themes import load_taxonomy, match_terms
    from analysis.synth.corpus import title_instruments

    for sentence in NEUTRAL:
        found = {k for k in match_terms(sentence) if k != "faste_punkter"}
        assert not found, (sentence, found)
    body_themes = [t for t in load_taxonomy() if "body" in t.fields]
    for theme, sentence in PASSING:  # body sentences: themes matched in bodies only
        hits = match_terms(sentence, body_themes)
        assert list(hits) == [theme] and len(hits[theme]) == 1, sentence
    fill = {"{y}": "2024", "{n}": "2025", "{p}": "2023", "{n1}": "2026", "{n3}": "2028"}
    fill |= {"{n2}": "25", "{date}": "3. marts 2025", "{meddate}": "3. marts 2025"}
    fill |= {"{unit}": "Økonomi & Stab", "{mio}": "12", "{ddmmyy}": "030325"}
    for topic in TOPICS:
        for text in (*topic.why, *topic.body, *topic.objects, *topic.comments):
            for key, value in fill.items():
                text = text.replace(key, value)
            found = set(match_terms(text, body_themes)) - {"faste_punkter"}
            assert found <= set(topic.themes), (topic.key, text, found)
        for title in topic.titles:
            for key, value in fill.items():
                title = title.replace(key, value)
            expected = set(topic.themes) | set(title_instruments(title))
            assert set(match_terms(title)) == expected, (topic.key, title)


def test_sizes_are_like_the_seeds(generated: Path) -> None:
    raw = generated / "raw"
    sizes = [len(p.read_bytes()) for p in raw.rglob("*.txt")] + [
        len(p.read_bytes()) for p in raw.rglob("*.md")
    ]
    assert all(2_000 <= s <= 20_000 for s in sizes), sizes


def test_unknown_format_or_forum_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="formats"):
        generate_corpus(tmp_path, 2, formats=("odt",))
    with pytest.raises(ValueError, match="forums"):
        generate_corpus(tmp_path, 2, forums=("Byrådet i Gotham",))


def test_someone_listed_absent_is_never_also_listed_present() -> None:
    """The generator draws an absent member whose name no present member has: the reader
    takes a name listed present and absent as one absent person, so a shared name would
    make the truth's participant count wrong (the 10,000-meeting benchmark found some)."""
    plans = [m for m in plan_corpus(3000, seed=11) if corpus.FORUMS[m.forum].kind != "chefforum"]
    drawn = 0
    for m in plans:
        people, absent = corpus._Writer(m, 11).participants()
        names = {p.rsplit(" (", 1)[0] for p in people}
        drawn += len(absent)
        assert not [a for a in absent if a.rsplit(" (", 1)[0] in names], (m, people, absent)
    assert drawn > 100
