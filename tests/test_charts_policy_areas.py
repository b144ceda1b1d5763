"""The policy-area view: charts, registry entries, overview, notebooks."""

from __future__ import annotations

import pytest

from analysis import charts, metrics, questions
from analysis.report.figures import overview
from tests.conftest import ROOT
from tests.test_metrics_policy_areas import corpus


def test_share_heatmap_columns_sum_to_100_with_n_per_year():
    t = corpus()
    df = metrics.policy_area_share_by_year(t)
    fig = charts.policy_area_share_chart(df, metrics.source(t), title="T")
    heat = fig.data[0]
    # rows: areas with items, 'Uden område' last; columns: years with items (2023 has none)
    assert list(heat.y)[-1] == metrics.area_label(metrics.NO_AREA)
    assert len(heat.y) == 4
    assert [x.split("<br>")[0] for x in heat.x] == ["2022", "2024"]
    assert "n = 2" in heat.x[0] and "n = 4" in heat.x[1]
    for col in range(len(heat.x)):
        pcts = [int(str(row[col]).rstrip(" %")) for row in heat.text if row[col]]
        assert sum(pcts) == 100
    # the hover's count is the metric's count
    counts = df.set_index(["year", "policy_area"])["n_items"]
    skole = list(heat.y).index(metrics.area_label("skole"))
    assert heat.customdata[skole][0][0] == counts[(2022, "skole")]


def test_share_heatmap_empty_selection_says_so():
    t = corpus()
    df = metrics.policy_area_share_by_year(t).iloc[0:0]
    fig = charts.policy_area_share_chart(df, metrics.source(t))
    assert not fig.data
    assert "Ingen data" in str(fig.layout.annotations)


def test_decisions_by_area_rows_carry_area_and_n():
    t = corpus()
    df = metrics.decision_types_by_policy_area(t)
    fig = charts.decision_types_by_policy_area_chart(df, metrics.source(t), title="T")
    rows = {y for trace in fig.data for y in trace.y}
    assert f"{metrics.area_label('skole')} (n = 2)" in rows
    assert "politikområde" in fig.layout.title.subtitle.text


def test_registry_has_the_policy_area_view_and_the_overview_shows_it(seed_tables):
    assert {"02-policy-area-share", "03-decisions-by-policy-area"} <= set(questions.QUESTIONS)
    ov = overview(seed_tables, 2023)
    names = [c.name for c in ov.charts]
    assert "politikomraader" in names
    chart = ov.charts[names.index("politikomraader")]
    # the overview's 2023 column counts the same items as the registry's data for 2023
    heat = chart.figure.data[0]
    col = [x.split("<br>")[0] for x in heat.x].index("2023")
    drawn = sum(int(row[col][0]) for row in heat.customdata)
    df = questions.data("02-policy-area-share", seed_tables, years=[2023])
    assert drawn == int(df["n_items"].sum()) > 0
    assert "fyldte mest i 2023" in chart.takeaway or "lige meget" in chart.takeaway
    assert "Varmekort" in chart.alt


def test_takeaway_names_a_tie_as_a_tie():
    t = corpus()
    df = metrics.policy_area_share_by_year(t, years=[2024])
    text = questions.takeaway("02-policy-area-share", df, questions.Context(year=2024))
    # 2024: skole 1, styrelse 1, social 2 -> social alone is largest
    assert text.startswith(metrics.area_label("social"))
    df22 = metrics.policy_area_share_by_year(t, years=[2022])
    only = questions.takeaway("02-policy-area-share", df22, questions.Context(year=2022))
    assert only.startswith(metrics.area_label("skole")) and "1 punkt " in only


@pytest.mark.parametrize(
    "notebook, name",
    [
        ("02-theme-trends.py", "02-policy-area-share"),
        ("03-decision-handling.py", "03-decisions-by-policy-area"),
    ],
)
def test_notebooks_show_the_policy_area_view(notebook, name):
    assert f'questions.figure("{name}"' in (ROOT / "notebooks" / notebook).read_text()
