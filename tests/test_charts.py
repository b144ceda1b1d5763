"""analysis.charts and analysis.export: one template, Danish text, source line, slide export."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from analysis import charts, export, metrics
from tests.test_metrics import tiny_tables

SOURCE = "Kilde: Chefforum-referater 2022-2024, n = 3 punkter"


def _cases(t, forum=None, years=None):
    return metrics.case_threads(t, forum, years, min_meetings=1)


def _forums_by_year(t, forum=None, years=None):
    return metrics.forum_overview(t, forum, years, by_year=True)


#: chart function, metrics helper producing its input, extra keyword arguments
CHARTS = [
    (charts.meetings_per_year_chart, metrics.meetings_per_year, {}),
    (charts.items_per_meeting_chart, metrics.meeting_overview, {}),
    (charts.minutes_per_meeting_chart, metrics.meeting_overview, {}),
    (charts.section_presence_chart, metrics.section_presence, {}),
    (charts.coverage_chart, metrics.file_coverage, {}),
    (charts.theme_share_chart, metrics.theme_share_by_year, {}),
    (charts.theme_share_chart, metrics.theme_share_by_year, {"measure": "minutes"}),
    (charts.theme_heatmap, metrics.theme_meeting_matrix, {}),
    (charts.topics_chart, metrics.topic_overview, {}),
    (charts.decision_types_by_year_chart, metrics.decision_types_by_year, {}),
    (charts.decision_types_by_theme_chart, metrics.decision_types_by_theme, {}),
    (charts.recommendation_followed_chart, metrics.recommendation_followed_by_year, {}),
    (charts.case_timeline_chart, _cases, {}),
    (charts.kle_main_groups_chart, metrics.kle_main_groups_by_year, {}),
    (charts.forum_comparison_chart, _forums_by_year, {}),
    (charts.forum_comparison_chart, metrics.forum_overview, {}),
    (charts.theme_share_by_forum_chart, metrics.theme_share_by_forum, {}),
    (charts.decision_types_by_forum_chart, metrics.decision_types_by_forum, {}),
]
IDS = [f"{c.__name__}-{h.__name__}-{k.get('measure', '')}" for c, h, k in CHARTS]


def _texts(fig: go.Figure) -> list[str]:
    """Every text a reader sees: title, subtitle, axis titles, legend, annotations."""
    layout = fig.layout
    out = [layout.title.text or "", layout.title.subtitle.text or ""]
    out += [layout.xaxis.title.text or "", layout.yaxis.title.text or ""]
    out += [a.text or "" for a in layout.annotations]
    out += [t.name or "" for t in fig.data]
    return out


@pytest.mark.parametrize(("chart", "helper", "kwargs"), CHARTS, ids=IDS)
def test_every_chart_uses_the_template_and_carries_the_source(chart, helper, kwargs):
    df = helper(tiny_tables())
    before = df.copy()
    fig = chart(df, SOURCE, **kwargs)
    assert isinstance(fig, go.Figure)
    assert fig.layout.template.layout.separators == ",."  # the project template
    assert fig.layout.title.text
    assert SOURCE in [a.text for a in fig.layout.annotations]
    pd.testing.assert_frame_equal(df, before)  # input untouched


@pytest.mark.parametrize(("chart", "helper", "kwargs"), CHARTS, ids=IDS)
def test_every_chart_handles_an_empty_selection(chart, helper, kwargs):
    df = helper(tiny_tables(), forum="Nowhere")
    fig = chart(df, "Kilde: referater, n = 0 punkter", **kwargs)
    assert isinstance(fig, go.Figure)
    assert fig.layout.title.text


@pytest.mark.parametrize(("chart", "helper", "kwargs"), CHARTS, ids=IDS)
def test_title_and_subtitle_can_be_overridden(chart, helper, kwargs):
    fig = chart(
        helper(tiny_tables()), SOURCE, title="Min titel", subtitle="Min undertitel", **kwargs
    )
    assert fig.layout.title.text == "Min titel"
    assert fig.layout.title.subtitle.text == "Min undertitel"


def test_reader_texts_are_danish():
    t = tiny_tables()
    fig = charts.decision_types_by_year_chart(metrics.decision_types_by_year(t), SOURCE)
    texts = " ".join(_texts(fig))
    assert "Beslutningstyper pr. år" in texts and "Udsat" in texts and "Godkendt" in texts
    for english in ("postponed", "approved", "Decision", "Year", "share"):
        assert english not in texts
    fig = charts.theme_share_chart(metrics.theme_share_by_year(t), SOURCE)
    assert "Andet" in [tr.name for tr in fig.data]  # items without a theme, Danish label
    assert all(tr.x is not None and all(isinstance(x, str) for x in tr.x) for tr in fig.data)


def test_template_is_registered_once_for_the_project():
    assert charts.TEMPLATE_NAME in pio.templates
    template = pio.templates[charts.TEMPLATE_NAME]
    assert list(template.layout.colorway) == list(charts.PALETTE)
    assert "Liberation Sans" in template.layout.font.family
    charts.use_template()
    try:
        assert pio.templates.default == charts.TEMPLATE_NAME
    finally:
        pio.templates.default = "plotly"


def test_theme_colours_are_stable_and_grey_for_no_theme():
    a = charts.theme_colors(["budget", "politikker", metrics.NO_THEME])
    b = charts.theme_colors(["politikker"])
    assert a["politikker"] == b["politikker"]
    assert a[metrics.NO_THEME] == charts.NEUTRAL_COLOR
    assert len({a["budget"], a["politikker"]}) == 2


def test_danish_helpers():
    assert charts.danish_date("2022-02-03") == "3. feb. 2022"
    assert charts.shorten("Orientering om arbejdet med den konstituerende dagsorden", 30) == (
        "Orientering om arbejdet med…"
    )


def test_chart_set_covers_the_notebooks(seed_tables):
    figs = export.chart_set(seed_tables)
    assert len(figs) >= 14
    for name, fig in figs.items():
        sources = [a.text for a in fig.layout.annotations if (a.text or "").startswith("Kilde:")]
        assert sources and "Chefforum-referater 2022-2025" in sources[0], name
    assert not [name for name in figs if "forum" in name]  # one forum: nothing to compare


FORUM_CHARTS = ("01-forum-comparison", "02-theme-share-by-forum", "03-decisions-by-forum")


def test_chart_set_compares_forums_only_when_there_are_several():
    t = tiny_tables()
    figs = export.chart_set(t)
    assert set(FORUM_CHARTS) <= set(figs)
    src = figs["01-forum-comparison"].layout.annotations[-1].text
    assert src.startswith("Kilde: referater fra Chefforum og Økonomiudvalget")
    assert "uden faste punkter" in figs["03-decisions-by-forum"].layout.annotations[-1].text
    assert not set(FORUM_CHARTS) & set(export.chart_set(t, forum="Chefforum"))
    assert not set(FORUM_CHARTS) & set(export.chart_set(t, years=2022))


def test_forum_comparison_by_year_and_for_one_year():
    t = tiny_tables()
    fig = charts.forum_comparison_chart(metrics.forum_overview(t, by_year=True), SOURCE)
    assert len(fig.data) == 2 * 2  # forums x panels (meetings, items)
    assert [tr.name for tr in fig.data if tr.showlegend] == ["Chefforum", "Økonomiudvalget"]
    assert list(fig.data[0].x) == ["2022", "2023", "2024"]
    assert list(fig.data[0].y) == [1, 0, 1]  # Chefforum's meetings, the empty year as 0
    panels = [a.text for a in fig.layout.annotations]
    assert "Møder" in panels and "Punkter" in panels
    colours = {tr.name: tr.marker.color for tr in fig.data}
    assert colours == charts.forum_colors(["Chefforum", "Økonomiudvalget"])
    one_year = charts.forum_comparison_chart(metrics.forum_overview(t, years=2024), SOURCE)
    assert len(one_year.data) == 2 and one_year.data[0].orientation == "h"
    assert list(one_year.data[1].x) == [1, 1]  # items: one each
    assert "2024" in one_year.layout.title.subtitle.text


def test_forum_labels_carry_the_municipality_below_the_name():
    t = tiny_tables()
    t["meetings"] = t["meetings"].assign(
        municipality=pd.array(["Albertslund Kommune"] * 2 + ["Egedal Kommune"], dtype="string")
    )
    fig = charts.decision_types_by_forum_chart(metrics.decision_types_by_forum(t), SOURCE)
    ticks = list(fig.data[0].y)
    assert ticks[0].startswith("Chefforum<br>") and "Albertslund Kommune · 2 punkter" in ticks[0]
    heat = charts.theme_share_by_forum_chart(metrics.theme_share_by_forum(t), SOURCE)
    assert list(heat.data[0].text[0]) == ["100 %", ""]  # budget: all of Chefforum, none of ØU


def test_decision_types_have_their_own_colours():
    colours = [charts.DECISION_COLORS[k] for k in ("recommended", "referred", "none", "approved")]
    assert len(set(colours)) == len(colours)


def test_long_source_lines_are_broken():
    short = "Kilde: Chefforum-referater 2022-2025, n = 33 punkter"
    assert charts.source_lines(short) == [short]
    long = (
        "Kilde: referater fra Albertslund Kommune (Chefforum, Økonomiudvalget) og Egedal "
        "Kommune (Byråd) 2022-2025, n = 27 punkter (uden faste punkter)"
    )
    lines = charts.source_lines(long)
    assert len(lines) == 2 and " ".join(lines) == long
    assert all(len(line) <= 96 for line in lines)
    fig = charts.decision_types_by_forum_chart(metrics.decision_types_by_forum(tiny_tables()), long)
    assert fig.layout.annotations[-1].text == "<br>".join(lines)
    assert fig.layout.margin.b > 78  # room for the second line


def _png_size(path: Path) -> tuple[int, int]:
    with path.open("rb") as fh:
        head = fh.read(24)
    return struct.unpack(">II", head[16:24])


needs_browser = pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")),
    reason="static export needs Chromium (apt-get install chromium)",
)


@needs_browser
def test_save_figure_writes_png_and_svg_at_slide_size(tmp_path):
    pytest.importorskip("kaleido")
    t = tiny_tables()
    fig = charts.theme_share_chart(metrics.theme_share_by_year(t), metrics.source_line(t))
    before = fig.to_json()
    files = export.save_figure(fig, tmp_path / "sub" / "tema")
    assert [p.name for p in files] == ["tema.png", "tema.svg"]
    assert _png_size(files[0]) == (1920, 1080)
    svg = files[1].read_text(encoding="utf-8")
    assert 'width="1920"' in svg and 'height="1080"' in svg
    assert "Temaernes andel af punkterne pr. år" in svg  # æøå survive
    assert fig.to_json() == before


@needs_browser
def test_export_charts_writes_every_chart(tmp_path, seed_tables):
    pytest.importorskip("kaleido")
    files = export.export_charts(seed_tables, tmp_path / "charts")
    assert len(files) == 2 * len(export.chart_set(seed_tables))
    assert all(p.is_file() and p.stat().st_size > 1000 for p in files)
    pngs = [p for p in files if p.suffix == ".png"]
    assert all(_png_size(p) == (1920, 1080) for p in pngs)
