"""analysis.charts.layout: Danish dates, short texts, colours, the source line."""

from __future__ import annotations

from analysis import charts, metrics
from tests.metrics_helpers import tiny_tables


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
