"""Filters: forum and municipality match without regard to case and accents everywhere; a
filter that matches nothing exits 2, names what exists and writes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import metrics, search
from analysis.metrics import filters
from analysis.report.figures import overview
from tests.conftest import ROOT
from tests.metrics_helpers import tiny_tables


@pytest.mark.parametrize(
    ("asked", "name"),
    [
        ("chefforum", "Chefforum"),
        ("CHEFFORUM", "Chefforum"),
        ("Okonomiudvalget", "Økonomiudvalget"),
        ("oekonomiudvalget", "Økonomiudvalget"),
        ("børne- og skoleudvalget", "Børne- og Skoleudvalget"),
        ("aabenraa", "Åbenrå"),
        ("albertslund", "Albertslund Kommune"),
        ("Cafe-udvalget", "Café-udvalget"),
    ],
)
def test_names_match_case_and_accent_insensitively(asked, name):
    assert filters.names_match(asked, name)


def test_different_names_do_not_match():
    assert not filters.names_match("Chefforum", "Økonomiudvalget")
    assert not filters.names_match("Byråd", "Byrådet i Egedal")


def test_select_overview_and_search_fold_forum_names(seed_tables):
    assert len(metrics.select(seed_tables, forum="chefforum")["items"]) == 33
    assert len(metrics.select(seed_tables, municipality="albertslund")["items"]) == 33
    assert metrics.select(seed_tables, municipality="Egedal")["meetings"].empty
    ov = overview(seed_tables, 2023, forum="CHEFFORUM")
    assert ov.forum == "Chefforum" and ov.figures["meetings"] == 2
    t = tiny_tables()
    assert search.find_items(t, "budget", forum="chefforum")["item_id"].tolist() == (
        search.find_items(t, "budget", forum="Chefforum")["item_id"].tolist()
    )
    assert not search.find_items(t, "budget", forum="chefforum").empty


def test_empty_selection_names_what_exists(seed_tables):
    with pytest.raises(filters.EmptySelectionError) as err:
        filters.check_selection(seed_tables, "Byrådet", [2030])
    message = str(err.value)
    assert "forum Byrådet og år 2030" in message
    assert "Chefforum (2022-2025)" in message and "2022, 2023, 2024, 2025" in message
    filters.check_selection(seed_tables, "chefforum", [2024])  # matches: no error


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    from analysis.build import build

    out = tmp_path_factory.mktemp("processed")
    assert build(ROOT / "data" / "raw", out, progress=False).exit_code == 0
    return out


def _minutes(*args: str) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.parametrize(
    "args",
    [
        ("charts", "--forum", "Byrådet"),
        ("charts", "--year", "2030"),
        ("overview", "--year", "2030"),
        ("overview", "--all", "--forum", "Byrådet"),
    ],
)
def test_cli_filter_matching_nothing_exits_2_and_writes_nothing(processed, tmp_path, args):
    out = tmp_path / "out"
    done = _minutes(*args, "--processed", str(processed), "--out", str(out))
    assert done.returncode == 2, done.stderr
    assert "Chefforum (2022-2025)" in done.stderr and "2022, 2023, 2024, 2025" in done.stderr
    assert not out.exists()


def test_select_filters_every_table_by_forum_and_year(tables):
    sel = metrics.select(tables, forum="Chefforum", years=2024)
    assert list(sel["meetings"]["meeting_id"]) == ["chefforum-2024-05-02"]
    assert list(sel["items"]["item_id"]) == ["chefforum-2024-05-02-01"]
    assert set(sel["item_themes"]["item_id"]) == {"chefforum-2024-05-02-01"}
    assert list(sel["manifest"]["meeting_id"]) == ["chefforum-2024-05-02"]
    assert sel["topics"] is tables["topics"]  # corpus-wide
    several = metrics.select(tables, forum=["Chefforum", "Økonomiudvalget"], years=[2022, 2024])
    assert len(several["items"]) == 3
    assert metrics.select(tables) == tables


def test_select_can_leave_out_standing_items(tables):
    sel = metrics.select(tables, include_standing=False)
    assert "Eventuelt" not in set(sel["items"]["title"])
    assert len(sel["meetings"]) == 3  # meetings stay
    assert metrics.standing_items(tables["items"]).tolist() == [False, False, True]


def test_is_member_equals_isin_on_arrow_strings() -> None:
    col = pd.Series(["a", "b", None, "c", "b"], dtype="string[pyarrow]", index=[5, 6, 7, 8, 9])
    got = metrics.is_member(col, {"b", "c", "x"})
    pd.testing.assert_series_equal(got, col.isin(["b", "c", "x"]).astype(bool))
    assert list(got.index) == [5, 6, 7, 8, 9]
    assert not metrics.is_member(col, set()).any()
