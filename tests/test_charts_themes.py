"""analysis.charts.themes: theme shares, the theme heatmap and topics."""

from __future__ import annotations

from typing import ClassVar

from analysis import charts, metrics
from tests.charts_helpers import ChartContract


class TestThemeCharts(ChartContract):
    CHARTS: ClassVar = [
        (charts.theme_share_chart, metrics.theme_share_by_year, {}),
        (charts.theme_share_chart, metrics.theme_share_by_year, {"measure": "minutes"}),
        (charts.theme_heatmap, metrics.theme_meeting_matrix, {}),
        (charts.topics_chart, metrics.topic_overview, {}),
    ]
