"""The explorer's pure views (filters, drill-down, keyword over time, item table) and the
saved searches (watchlist): parsing, hits by year, and new hits after each build."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import metrics
from analysis.explore import figures, views
from analysis.explore.views import Corpus, Filters


@pytest.fixture(scope="module")
def corpus(seed_tables) -> Corpus:
    return Corpus(seed_tables)


def test_no_filter_with_standing_items_is_the_whole_corpus(corpus, seed_tables):
    t = views.filter_tables(corpus, Filters(include_standing=True))
    assert len(t["items"]) == len(seed_tables["items"])
    assert list(t["meetings"]["n_items"]) == list(seed_tables["meetings"]["n_items"])
    # the default leaves the standing items out, as the theme and decision charts do
    t = views.filter_tables(corpus, Filters())
    standing = metrics.standing_items(seed_tables["items"])
    assert 0 < standing.sum() < len(standing)
    assert len(t["items"]) == int((~standing).sum())
    assert t["meetings"]["n_items"].sum() == len(t["items"])


def test_every_filter_narrows_the_items(corpus, seed_tables):
    items = corpus.items
    theme = items.loc[~items["standing"], "theme"].value_counts().index[0]
    t = views.filter_tables(corpus, Filters(themes=(theme,)))
    assert len(t["items"]) == int(((items["theme"] == theme) & ~items["standing"]).sum())
    assert set(corpus.items.loc[t["items"].index, "theme"]) == {theme}
    assert t["meetings"]["n_items"].sum() == len(t["items"])

    t = views.filter_tables(corpus, Filters(years=(2023, 2024), include_standing=True))
    assert set(t["meetings"]["year"]) == {2023, 2024}
    assert set(pd.to_datetime(t["items"]["date"]).dt.year) == {2023, 2024}

    t = views.filter_tables(corpus, Filters(forums=("Økonomiudvalget",)))
    assert t["items"].empty and t["meetings"].empty

    t = views.filter_tables(corpus, Filters(decision_types=("noted",)))
    assert set(t["items"]["decision_type"]) == {"noted"}

    t = views.filter_tables(corpus, Filters(text="budget"))
    found = set(corpus.search("budget")["item_id"])
    assert set(t["items"]["item_id"]) == found - set(items.loc[items["standing"], "item_id"])
    narrow = views.filter_tables(corpus, Filters(text="budget", compounds=False))
    assert set(narrow["items"]["item_id"]) < set(t["items"]["item_id"])


def test_search_keeps_the_case_of_acronyms(corpus):
    """An acronym ("MED", the works council) is no "med": the cached search keeps the case."""
    assert len(corpus.search("med", compounds=False)) > 0
    acronym = corpus.search("MED", compounds=False)
    assert all("MED" in m for m in acronym["match"])
    assert len(corpus.search("ØU")) > 0


def test_policy_area_filter_only_where_the_column_exists(seed_tables):
    without = Corpus({**seed_tables, "items": seed_tables["items"].drop(columns="policy_area")})
    assert without.policy_areas() == {}
    # ignored without the column
    assert len(views.filter_tables(without, Filters(policy_areas=("skole",)))["items"]) == len(
        views.filter_tables(without, Filters())["items"]
    )
    items = seed_tables["items"].copy()
    items["policy_area"] = ["skole" if i % 2 else "dagtilbud" for i in range(len(items))]
    with_area = Corpus({**seed_tables, "items": items})
    # Danish labels in the widget, keys behind them
    assert with_area.policy_areas() == {"Dagtilbud": "dagtilbud", "Skole og uddannelse": "skole"}
    t = views.filter_tables(with_area, Filters(policy_areas=("skole",), include_standing=True))
    assert set(t["items"]["policy_area"]) == {"skole"}
    shown = views.item_table(views.item_view(with_area, t))
    assert set(shown["Politikområde"]) == {"Skole og uddannelse"}
    assert "politikområde Skole og uddannelse" in Filters(policy_areas=("skole",)).describe()


def test_filters_are_described_in_danish():
    text = Filters(
        forums=("Chefforum",),
        years=(2023, 2024),
        themes=("budget",),
        decision_types=("noted",),
        text="borgermøde",
    ).describe()
    assert text.startswith("Filtre: forum Chefforum; år 2023-2024; tema ")
    assert "beslutning Taget til efterretning" in text
    assert "uden faste punkter" in text and "tekst »borgermøde«" in text


def test_a_click_on_each_chart_drills_down_to_the_items_behind_it(corpus):
    t = views.filter_tables(corpus, Filters())
    view = views.item_view(corpus, t)
    src = figures.source_text(t, Filters().describe())
    assert src.startswith("Kilde: Chefforum-referater 2022-2025, n = 23 punkter")
    for spec in figures.charts_for(corpus):
        fig = spec.make(t, src)
        if fig.data[0].type == "heatmap":
            continue  # cells: test_a_click_on_a_heatmap_cell_drills_down_to_its_items
        total = 0
        for curve, trace in enumerate(fig.data):
            cats = trace.x if spec.axis_key == "year" else trace.y
            for n, _ in enumerate(cats):
                point = {"curveNumber": curve, "pointNumber": n, "x": trace.x[n], "y": trace.y[n]}
                behind = views.drill(view, figures.point_of(fig, spec, point))
                total += len(behind)
        if spec.key == "meetings":
            assert total == len(view)  # every item sits behind exactly one bar
        else:
            assert total == len(view), spec.key
    # and the count matches what the bar says
    fig = figures.CHARTS_BY_KEY["decisions"].make(t, src)
    trace = fig.data[0]
    point = figures.point_of(
        fig,
        figures.CHARTS_BY_KEY["decisions"],
        {"curveNumber": 0, "pointNumber": 0, "x": trace.x[0]},
    )
    assert len(views.drill(view, point)) == trace.customdata[0][0]


def _two_forums(seed_tables) -> Corpus:
    """The seeds with their first two meetings moved to a second forum."""
    meetings = seed_tables["meetings"].copy()
    moved = meetings["meeting_id"].iloc[:2]
    meetings["forum"] = meetings["forum"].astype("object")
    meetings.loc[meetings["meeting_id"].isin(moved), "forum"] = "Direktionen"
    return Corpus({**seed_tables, "meetings": meetings})


@pytest.mark.parametrize("key", ["areas", "themes_by_forum"])
def test_a_click_on_a_heatmap_cell_drills_down_to_its_items(seed_tables, key):
    corpus = _two_forums(seed_tables)
    spec = figures.CHARTS_BY_KEY[key]
    assert spec in figures.charts_for(corpus)
    t = views.filter_tables(corpus, Filters())
    view = views.item_view(corpus, t)
    fig = spec.make(t, figures.source_text(t, Filters().describe()))
    (trace,) = fig.data
    assert trace.type == "heatmap"
    total, seen = 0, set()
    for i, row in enumerate(trace.customdata):
        for j, cell in enumerate(row):
            point = figures.point_of(fig, spec, {"curveNumber": 0, "pointNumber": [i, j]})
            assert set(point) == {spec.trace_key, spec.axis_key}
            # Panel's click data: the cell's labels only
            clicked = {"curveNumber": 0, "x": trace.x[j], "y": trace.y[i], "z": trace.z[i][j]}
            assert figures.point_of(fig, spec, clicked) == point
            behind = views.drill(view, point)
            assert len(behind) == cell[0]  # the count the cell shows in its hover
            seen |= set(behind["item_id"])
            total += len(behind)
    # every item sits behind exactly one cell (no more areas or themes than the chart shows)
    assert total == len(seen) == len(view)
    with pytest.raises(ValueError, match="outside"):
        figures.point_of(fig, spec, {"curveNumber": 0, "pointNumber": [len(trace.y), 0]})


def test_heatmaps_only_where_they_say_something(corpus):
    keys = [s.key for s in figures.charts_for(corpus)]
    assert "areas" in keys  # the seeds have policy areas
    assert "themes_by_forum" not in keys  # one forum: nothing to compare


def test_drill_by_policy_area_and_cell_point():
    view = pd.DataFrame(
        {"year": [2023, 2023, 2024], "policy_area": ["skole", "", "skole"], "item_id": list("abc")}
    )
    meta = {"rows": {"policy_area": ["skole", metrics.NO_AREA]}, "columns": {"year": [2023, 2024]}}
    assert views.cell_point(meta, [0, 1]) == {"year": 2024, "policy_area": "skole"}
    assert list(views.drill(view, views.cell_point(meta, [0, 0]))["item_id"]) == ["a"]
    # the charts' "Uden område" is an empty area in the item rows
    assert list(views.drill(view, views.cell_point(meta, [1, 0]))["item_id"]) == ["b"]
    assert views.drill(view, views.cell_point(meta, [1, 1])).empty
    assert views.describe_drill({"year": 2024, "policy_area": metrics.NO_AREA}) == (
        "År 2024 · Politikområde " + metrics.area_label(metrics.NO_AREA)
    )


def test_drill_rejects_unknown_keys_and_describes_in_danish(corpus):
    view = corpus.items
    with pytest.raises(ValueError, match="cannot drill down by 'colour'"):
        views.drill(view, {"colour": "red"})
    assert views.describe_drill({"year": 2024, "theme": "budget"}) == (
        "År 2024 · Tema " + metrics.theme_label("budget")
    )


@pytest.mark.parametrize("word", ["budget", "borgermøde", "MED", "målplan", "politisk proces"])
def test_matches_without_snippets_count_as_the_hit_list(corpus, word):
    """The fast path (items of the matches only) selects and counts as the rows with
    snippets do: the free-text filter, and keyword over time per period and forum."""
    for compounds in (True, False):
        f = Filters(include_standing=True, text=word, compounds=compounds)
        found = corpus.search(word, compounds)
        assert set(corpus.match_item_ids(word, compounds)) == set(found["item_id"])
        assert list(views.filter_tables(corpus, f)["items"]["item_id"]) == [
            i for i in corpus.items["item_id"] if i in set(found["item_id"])
        ]
    t = views.filter_tables(corpus, Filters(include_standing=True, forums=("Chefforum",)))
    hits = views.keyword_hits(corpus, t, word)
    matches = views.keyword_matches(corpus, t, word)
    assert len(matches) == len(hits)
    if hits.empty:  # a phrase the seeds lack
        assert word == "politisk proces"
        return
    for period in views.PERIODS_DA:
        fast = views.keyword_over_time(corpus, t, matches, period)
        pd.testing.assert_frame_equal(fast, views.keyword_over_time(corpus, t, hits, period))
    row = views.keyword_over_time(corpus, t, matches).sort_values("n_mentions").iloc[-1]
    point = views.keyword_point(matches, row["period"], row["forum_label"])["item_id"]
    expected = views.keyword_point(hits, row["period"], row["forum_label"])["item_id"]
    assert sorted(point) == sorted(expected) and len(point) == row["n_items"]
    assert views.keyword_matches(corpus, t, " ").empty


def test_hit_list_in_context_latest_first_n_and_of_some_items(corpus):
    t = views.filter_tables(corpus, Filters(include_standing=True))
    hits = views.keyword_hits(corpus, t, "budget")
    assert len(hits) == len(corpus.search("budget", True)) > 10
    assert hits["date"].is_monotonic_increasing
    assert hits["snippet"].str.contains("udget").all()
    latest = views.keyword_hits(corpus, t, "budget", limit=10)
    pd.testing.assert_frame_equal(latest, hits.tail(10).reset_index(drop=True))
    some = list(dict.fromkeys(hits["item_id"]))[:2]
    only = views.keyword_hits(corpus, t, "budget", items=some)
    pd.testing.assert_frame_equal(only, hits[hits["item_id"].isin(some)].reset_index(drop=True))


def test_keyword_over_time_counts_every_mention_per_period_and_forum(corpus):
    t = views.filter_tables(corpus, Filters(include_standing=True))
    hits = views.keyword_hits(corpus, t, "budget")
    assert len(hits) > hits["item_id"].nunique() > 0  # several mentions in some items
    assert hits["snippet"].str.contains("udget", case=False).all()
    by_year = views.keyword_over_time(corpus, t, hits, "year")
    assert list(by_year["period"]) == ["2022", "2023", "2024", "2025"]
    assert by_year["n_mentions"].sum() == len(hits)
    by_q = views.keyword_over_time(corpus, t, hits, "quarter")
    assert len(by_q) == 16 and by_q["n_mentions"].sum() == len(hits)
    assert (by_q["n_mentions"] == 0).any()  # quarters without a mention are shown as 0
    busiest = by_q.sort_values("n_mentions").iloc[-1]
    point = views.keyword_point(hits, busiest["period"], busiest["forum_label"])
    assert len(point["item_id"]) == busiest["n_items"]
    with pytest.raises(ValueError):
        views.keyword_over_time(corpus, t, hits, "month")
    assert views.keyword_hits(corpus, t, "  ").empty


def test_item_table_and_sections(corpus, seed_tables):
    t = views.filter_tables(corpus, Filters())
    table = views.item_table(views.item_view(corpus, t))
    assert list(table.columns) == [
        "Dato",
        "Forum",
        "Nr.",
        "Titel",
        "Tema",
        "Politikområde",
        "Beslutning",
        "Fil",
        "Side",
        "Punkt-id",
    ]
    assert table["Dato"].is_monotonic_increasing
    assert table["Fil"].str.startswith("albertslund/chefforum/").all()
    sections = views.item_sections(seed_tables, table["Punkt-id"].iloc[0])
    assert "Beslutning" in list(sections["label"])


# --- saved searches --------------------------------------------------------------------


def test_watchlist_file_errors_name_the_problem(tmp_path):
    from analysis.watchlist import WatchlistError, load_watchlist, parse_watchlist

    assert load_watchlist(tmp_path / "missing.yaml") == []
    bad = tmp_path / "w.yaml"
    bad.write_text("searches:\n  - name: x\n", encoding="utf-8")
    with pytest.raises(WatchlistError, match="search 1 needs a 'query'"):
        load_watchlist(bad)
    bad.write_text("searches: [\n", encoding="utf-8")
    with pytest.raises(WatchlistError, match="not valid YAML"):
        load_watchlist(bad)
    with pytest.raises(WatchlistError, match="unknown keys"):
        parse_watchlist({"searches": [{"query": "a", "colour": 1}]})
    with pytest.raises(WatchlistError, match="two searches are named"):
        parse_watchlist({"searches": [{"query": "a"}, {"name": "a", "query": "b"}]})
    (w,) = parse_watchlist(
        {"searches": [{"name": "Budget", "query": " budget ", "forums": "Chefforum"}]}
    )
    assert (w.name, w.query, w.forums, w.compounds) == ("Budget", "budget", ("Chefforum",), True)


def test_watchlist_hits_by_year(seed_tables):
    from analysis.watchlist import Watch, watchlist_hits_by_year

    watches = [Watch("Budget", "budget"), Watch("Andet forum", "budget", ("Økonomiudvalget",))]
    hits = watchlist_hits_by_year(seed_tables, watches, 2025)
    assert set(hits["name"]) == {"Budget"}
    assert set(hits["year"]) == {2025}
    assert hits["item_id"].is_unique
    assert watchlist_hits_by_year(seed_tables, watches, 2025, forum="Økonomiudvalget").empty


NEW_MEETING = """REFERAT Chefforum d. 14-01-2026

Mødedato Onsdag d. 14. januar 2026 kl. 09:00

Mødested 915

Punkt 1: CF - Budgetopfølgning januar 2026

Sagsfremstilling

Direktionen gennemgår den første budgetopfølgning for året.

Beslutning

Chefforum tog orienteringen til efterretning.

Punkt 2: CF - Nyt mødelokale

Sagsfremstilling

Mødelokalet flytter til 2. sal.

Beslutning

Godkendt.
"""


def test_build_prints_only_new_hits_the_second_time(raw_copy, tmp_path, capsys):
    from analysis.cli import main

    watchlist = tmp_path / "watchlist.yaml"
    watchlist.write_text(
        "searches:\n  - name: Budget\n    query: budget\n"
        "  - name: Mødelokale\n    query: mødelokale\n",
        encoding="utf-8",
    )
    out = tmp_path / "processed"
    args = [
        "build",
        "--raw",
        str(raw_copy),
        "--out",
        str(out),
        "--quiet",
        "--watchlist",
        str(watchlist),
    ]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert "Budget (»budget«):" in first and "første søgning" in first
    assert "Præsentation af Budget 2024" in first
    assert "Mødelokale" not in first.split("Gemte søgninger")[1]  # no hit yet

    (raw_copy / "albertslund" / "chefforum" / "chefforum-2026-01-14.txt").write_text(
        NEW_MEETING, encoding="utf-8"
    )
    assert main(args) == 0
    second = capsys.readouterr().out.split("Gemte søgninger")[1]
    assert second.startswith(": 2 nye fund siden sidste build")
    assert "Budgetopfølgning januar 2026" in second
    assert "Nyt mødelokale" in second
    assert "Præsentation af Budget 2024" not in second
    assert "første søgning" not in second

    assert main(args) == 0
    assert "Gemte søgninger: 0 nye fund" in capsys.readouterr().out
    from analysis.watchlist import seen_state

    state = seen_state(out)
    assert state["reported"] == {}
    assert "chefforum-2026-01-14-01" in state["items"]

    # Unchanged tables and searches: the check reads no table (no pandas for that) and
    # says what reading them would have said.
    import analysis

    def no_tables(*args, **kwargs):
        raise AssertionError("the tables were read")

    mp = pytest.MonkeyPatch()
    mp.setattr(analysis, "load", no_tables)
    try:
        assert main(args) == 0
    finally:
        mp.undo()
    assert "Gemte søgninger: 0 nye fund siden sidste build" in capsys.readouterr().out
    assert seen_state(out)["items"] == state["items"]
    # A new search is searched on all items, even when the tables did not change.
    watchlist.write_text(
        watchlist.read_text(encoding="utf-8") + "  - name: Januar\n    query: budgetopfølgning\n",
        encoding="utf-8",
    )
    assert main(args) == 0
    third = capsys.readouterr().out
    assert "Januar (»budgetopfølgning«):" in third and "første søgning" in third


def test_the_watchlist_module_loads_without_pandas():
    import subprocess
    import sys

    code = (
        "import sys; from analysis import watchlist; "
        "watchlist.load_watchlist('none.yaml'); print('pandas' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_no_hits_render_as_the_fast_path_says():
    from analysis import watchlist as wl

    watches = wl.parse_watchlist({"searches": [{"name": "Budget", "query": "budget"}]})
    empty = pd.DataFrame(columns=[*wl.HIT_COLUMNS, "first_run"])
    assert wl.render_new_hits(empty, watches) == wl.render_new_hits(None, watches)
    assert wl.render_new_hits(None, watches) == "Gemte søgninger: 0 nye fund siden sidste build"


def test_chart_export_is_slide_sized_and_names_the_filters(corpus):
    import io
    import re
    import shutil

    if not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (chart export needs it)")
    pytest.importorskip("panel")
    from PIL import Image

    from analysis.explore import app

    app._extension()
    explorer = app.Explorer(corpus)
    explorer.theme.value = ["budget"]
    png = explorer._image("png").getvalue()
    assert Image.open(io.BytesIO(png)).size == (1920, 1080)
    svg = explorer._image("svg").getvalue().decode("utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", svg).split())  # the source line wraps
    assert "Filtre: tema Budget og økonomi; uden faste punkter" in text


def test_the_served_plotly_bundle_is_panels_version():
    """The explorer serves plotly.js's cartesian bundle in place of Panel's full one: it
    must be the version Panel's plotly model is written for (`make plotly-bundle`)."""
    pytest.importorskip("panel")
    from panel.models.plotly import PLOTLY_VERSION

    from analysis.explore import app

    bundle = app.plotly_bundle()
    assert bundle is not None, f"no cartesian bundle for plotly.js {PLOTLY_VERSION}"
    head = bundle.read_text(encoding="utf-8")[:200]
    assert f"plotly.js (cartesian - minified) v{PLOTLY_VERSION}" in head


def test_background_index_gives_way_to_views_unless_they_need_it(seed_tables):
    """``warm_search`` pauses while a view is made (``Corpus.foreground``), and goes on
    when that view itself waits for the index (no deadlock)."""
    import threading

    corpus = Corpus(dict(seed_tables))
    done = threading.Event()

    def give_way() -> None:
        corpus._give_way()
        done.set()

    with corpus.foreground():
        waiting = threading.Thread(target=give_way, daemon=True)
        waiting.start()
        assert not done.wait(0.3)  # held back while the view is made
    assert done.wait(30)

    warming = threading.Thread(target=corpus.warm_search, daemon=True)
    with corpus.foreground():
        warming.start()
        found = corpus.match_item_ids("budget")  # needs the index: the build goes on
    warming.join(60)
    assert not warming.is_alive() and len(found) > 0


def test_search_index_pauses_every_so_many_texts(seed_tables):
    from analysis import search

    calls = []
    search.SearchIndex(seed_tables, pause=lambda: calls.append(1))
    n = len(seed_tables["sections"])
    assert n > search.PAUSE_EVERY // 10 and len(calls) == -(-n // search.PAUSE_EVERY)


def test_agenda_items_are_listed_as_on_the_agenda_not_intet():
    """The explorer keys an agenda's undecided item 'agenda' ('På dagsorden'), as the
    metrics leave such items out of 'Intet'; a decided item keeps its type."""
    from tests.metrics_helpers import tiny_tables

    t = tiny_tables()
    agenda = t["meetings"]["forum"] == "Økonomiudvalget"
    t["meetings"]["document_type"] = t["meetings"]["document_type"].mask(agenda, "dagsorden")
    c = Corpus(t)
    on_agenda = c.items["meeting_id"].isin(t["meetings"].loc[agenda, "meeting_id"])
    before = Corpus(tiny_tables()).items
    assert before.loc[on_agenda, "decision_type"].eq(metrics.NO_DECISION).any()
    undecided = on_agenda & before["decision_type"].eq(metrics.NO_DECISION)
    assert c.items.loc[undecided, "decision_type"].eq(metrics.AGENDA_ITEM).all()
    assert c.items.loc[undecided, "decision_label"].eq("På dagsorden").all()
    assert (
        c.items.loc[~undecided, "decision_type"].tolist()
        == before.loc[~undecided, "decision_type"].tolist()
    )
    assert c.decision_types()["På dagsorden"] == metrics.AGENDA_ITEM
    f = Filters(decision_types=(metrics.AGENDA_ITEM,), include_standing=True)
    assert len(views.filter_tables(c, f)["items"]) == int(undecided.sum())
