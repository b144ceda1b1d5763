"""Shared by the tests of analysis.charts: the source line they pass and the contract every
chart keeps (the project template, the source, an empty selection, own title and subtitle)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import pandas as pd
import plotly.graph_objects as go

from tests.metrics_helpers import tiny_tables

SOURCE = "Kilde: Chefforum-referater 2022-2024, n = 3 punkter"


class ChartContract:
    """Mixed into a ``Test…`` class listing one question's charts in ``CHARTS``: chart
    function, metrics helper producing its input, extra keyword arguments."""

    CHARTS: ClassVar[list[tuple[Callable[..., go.Figure], Callable, dict[str, Any]]]] = []

    def pytest_generate_tests(self, metafunc) -> None:
        if "chart" in metafunc.fixturenames:
            ids = [f"{c.__name__}-{h.__name__}-{k.get('measure', '')}" for c, h, k in self.CHARTS]
            metafunc.parametrize(("chart", "helper", "kwargs"), self.CHARTS, ids=ids)

    def test_every_chart_uses_the_template_and_carries_the_source(self, chart, helper, kwargs):
        df = helper(tiny_tables())
        before = df.copy()
        fig = chart(df, SOURCE, **kwargs)
        assert isinstance(fig, go.Figure)
        assert fig.layout.template.layout.separators == ",."  # the project template
        assert fig.layout.title.text
        assert SOURCE in [a.text for a in fig.layout.annotations]
        pd.testing.assert_frame_equal(df, before)  # input untouched

    def test_every_chart_handles_an_empty_selection(self, chart, helper, kwargs):
        df = helper(tiny_tables(), forum="Nowhere")
        fig = chart(df, "Kilde: referater, n = 0 punkter", **kwargs)
        assert isinstance(fig, go.Figure)
        assert fig.layout.title.text

    def test_title_and_subtitle_can_be_overridden(self, chart, helper, kwargs):
        fig = chart(
            helper(tiny_tables()), SOURCE, title="Min titel", subtitle="Min undertitel", **kwargs
        )
        assert fig.layout.title.text == "Min titel"
        assert fig.layout.title.subtitle.text == "Min undertitel"
