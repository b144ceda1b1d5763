"""analysis.charts.cases: the case timeline and KLE main groups."""

from __future__ import annotations

from typing import ClassVar

from analysis import charts, metrics
from tests.charts_helpers import ChartContract


def _cases(t, forum=None, years=None):
    return metrics.case_threads(t, forum, years, min_meetings=1)


class TestCaseCharts(ChartContract):
    CHARTS: ClassVar = [
        (charts.case_timeline_chart, _cases, {}),
        (charts.kle_main_groups_chart, metrics.kle_main_groups_by_year, {}),
    ]
