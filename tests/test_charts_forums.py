"""analysis.charts.forums: forums side by side."""

from __future__ import annotations

from typing import ClassVar

import pandas as pd

from analysis import charts, metrics
from tests.charts_helpers import SOURCE, ChartContract
from tests.metrics_helpers import tiny_tables


def _forums_by_year(t, forum=None, years=None):
    return metrics.forum_overview(t, forum, years, by_year=True)


class TestForumCharts(ChartContract):
    CHARTS: ClassVar = [
        (charts.forum_comparison_chart, _forums_by_year, {}),
        (charts.forum_comparison_chart, metrics.forum_overview, {}),
        (charts.theme_share_by_forum_chart, metrics.theme_share_by_forum, {}),
        (charts.decision_types_by_forum_chart, metrics.decision_types_by_forum, {}),
    ]


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
