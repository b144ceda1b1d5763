"""The yearly overview reads only the year's sections and searches the watchlist over the
year's items slice by slice: the same sheets, charts and files as from every table with
one search index over everything, however small the slices."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import search
from analysis import watchlist as wl
from analysis.report.figures import overview, watchlist_sheet
from analysis.report.overview import load_overview_tables, write_overview, write_overviews
from analysis.watchlist import Watch
from tests.test_report import build_multi_forum
from tests.test_watchlist_slices import WATCHES, _tables

SEED_WATCHES = [
    *WATCHES,
    Watch("Chefforum", "chefforum"),
    Watch("Møde", "møde"),
    Watch("Til efterretning", "til efterretning"),
    Watch("Godkendt", "godkendt"),
    Watch("Kun Byråd", "godkendt", forums=("Byråd",)),
]


@pytest.mark.parametrize("units", [1, 2, 3, 10**6])
@pytest.mark.parametrize("forum", [None, "Udvalg A", "Udvalg B"])
def test_year_hits_are_those_of_one_index_over_every_item(units, forum, monkeypatch):
    monkeypatch.setattr(wl, "SLICE_UNITS", units)
    tables = _tables()
    expected = wl.watch_hits(tables, WATCHES, forum=forum, years=2025)  # one index
    assert len(expected) >= (2 if forum else 10)
    search._CACHE.clear()
    got = wl.watchlist_hits_by_year(tables, WATCHES, 2025, forum)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert search._CACHE == []  # no slice's index is kept
    assert wl.watchlist_hits_by_year(tables, WATCHES, 2024, forum).empty


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    return build_multi_forum(tmp_path_factory.mktemp("overview-slices"))


def _assert_same_overview(got, expected) -> None:
    assert (got.year, got.forum, got.forums) == (expected.year, expected.forum, expected.forums)
    assert (got.source, got.figures, got.notes) == (
        expected.source,
        expected.figures,
        expected.notes,
    )
    assert list(got.sheets) == list(expected.sheets)
    for name, sheet in expected.sheets.items():
        pd.testing.assert_frame_equal(got.sheets[name], sheet, check_exact=True)
        assert got.sheets[name].attrs == sheet.attrs, name
    assert [(c.name, c.takeaway, c.alt) for c in got.charts] == [
        (c.name, c.takeaway, c.alt) for c in expected.charts
    ]
    for a, b in zip(got.charts, expected.charts, strict=True):
        assert a.figure.to_json() == b.figure.to_json(), a.name


def test_overview_of_the_years_sections_is_that_of_every_table(processed, monkeypatch):
    import analysis

    monkeypatch.setattr(wl, "SLICE_UNITS", 3)  # the year's items in many slices
    everything = analysis.load(processed_dir=processed)
    years = sorted(everything["meetings"]["year"].unique())
    assert len(years) >= 3
    hits = []
    for year in years:
        lean = load_overview_tables(processed, [year])
        assert len(lean["sections"]) < len(everything["sections"])
        for forum in (None, "Chefforum"):
            if forum and year not in set(
                everything["meetings"].loc[everything["meetings"]["forum"] == forum, "year"]
            ):
                continue
            expected = overview(everything, int(year), forum, SEED_WATCHES)
            got = overview(lean, int(year), forum, SEED_WATCHES)
            _assert_same_overview(got, expected)
            # the saved searches' sheet is that of one index over every item
            whole = wl.watch_hits(everything, SEED_WATCHES, forum=forum, years=int(year))
            sheet = got.sheets["Gemte søgninger"]
            pd.testing.assert_frame_equal(sheet, watchlist_sheet(whole), check_exact=True)
            hits.append(len(sheet))
    assert max(hits) > 5


def test_written_files_are_those_of_every_table(processed, tmp_path, monkeypatch):
    import analysis

    monkeypatch.setattr(wl, "SLICE_UNITS", 2)
    everything = analysis.load(processed_dir=processed)
    year = int(everything["meetings"]["year"].max())
    before = write_overview(everything, year, tmp_path / "whole", None, SEED_WATCHES)
    written = write_overviews(processed, [year], tmp_path / "lean", None, SEED_WATCHES)
    assert list(written) == [year]
    for a, b in zip(written[year], before, strict=True):
        assert a.name == b.name
        if a.suffix == ".html":  # the page's bytes (the others carry their creation time)
            assert a.read_bytes() == b.read_bytes()
    every = write_overviews(processed, None, tmp_path / "all", None, SEED_WATCHES)
    assert sorted(every) == sorted(int(y) for y in everything["meetings"]["year"].unique())
    assert every[year][0].read_bytes() == before[0].read_bytes()


def test_cli_writes_the_overview_from_the_year_sections(processed, tmp_path, capsys):
    from analysis.cli import main

    watchlist = tmp_path / "watchlist.yaml"
    watchlist.write_text("searches:\n  - name: Budget\n    query: budget\n", encoding="utf-8")
    args = ["overview", "--processed", str(processed), "--watchlist", str(watchlist)]
    assert main([*args, "--year", "1990", "--out", str(tmp_path / "none")]) == 2
    assert "1990" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()
    assert main([*args, "--year", "2024", "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "2024" / "aarsoversigt-2024.html").is_file()
