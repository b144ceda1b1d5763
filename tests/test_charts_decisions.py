"""analysis.charts.decisions: decision types and recommendations followed."""

from __future__ import annotations

from typing import ClassVar

import plotly.graph_objects as go

from analysis import charts, metrics
from tests.charts_helpers import SOURCE, ChartContract
from tests.metrics_helpers import tiny_tables


class TestDecisionCharts(ChartContract):
    CHARTS: ClassVar = [
        (charts.decision_types_by_year_chart, metrics.decision_types_by_year, {}),
        (charts.decision_types_by_theme_chart, metrics.decision_types_by_theme, {}),
        (charts.recommendation_followed_chart, metrics.recommendation_followed_by_year, {}),
    ]


def _texts(fig: go.Figure) -> list[str]:
    """Every text a reader sees: title, subtitle, axis titles, legend, annotations."""
    layout = fig.layout
    out = [layout.title.text or "", layout.title.subtitle.text or ""]
    out += [layout.xaxis.title.text or "", layout.yaxis.title.text or ""]
    out += [a.text or "" for a in layout.annotations]
    out += [t.name or "" for t in fig.data]
    return out


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
