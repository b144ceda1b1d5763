"""analysis.charts.corpus: the charts of what the corpus holds."""

from __future__ import annotations

from typing import ClassVar

from analysis import charts, metrics
from tests.charts_helpers import ChartContract


class TestCorpusCharts(ChartContract):
    CHARTS: ClassVar = [
        (charts.meetings_per_year_chart, metrics.meetings_per_year, {}),
        (charts.items_per_meeting_chart, metrics.meeting_overview, {}),
        (charts.minutes_per_meeting_chart, metrics.meeting_overview, {}),
        (charts.section_presence_chart, metrics.section_presence, {}),
        (charts.coverage_chart, metrics.file_coverage, {}),
    ]
