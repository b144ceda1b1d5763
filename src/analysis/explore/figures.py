"""The explorer's charts: the one place where it draws, through the registry of questions
(``analysis.questions``: each chart's metric and chart function), so its numbers are
those of the notebooks, ``minutes charts`` and the yearly overview. The explorer's own
filters (standing items on/off among them) select the tables the question counts.

Each chart is a ``ChartSpec``: a Danish tab label, and a function from the filtered tables
(and the source line) to a plotly figure whose traces carry in ``meta`` the key they
stand for (a forum label, theme or decision type), so a click can be turned into a
drill-down (``point_of``) without parsing labels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import plotly.graph_objects as go

from analysis import charts, metrics, questions
from analysis.explore import views
from analysis.explore.views import PERIODS_DA

if TYPE_CHECKING:
    from analysis.explore.views import Corpus


@dataclass(frozen=True)
class ChartSpec:
    key: str
    label: str
    make: Callable[[Mapping[str, pd.DataFrame], str], go.Figure]
    #: What the trace stands for (a column of Corpus.items), and what the category axis;
    #: of a heatmap: what its rows and its columns stand for.
    trace_key: str
    axis_key: str
    #: Whether the chart says something about this corpus (None: always).
    shown: Callable[[Corpus], bool] | None = None


def _tag(fig: go.Figure, names: Mapping[str, str]) -> go.Figure:
    """Put each trace's key in its ``meta`` (names: trace name -> key)."""
    for trace in fig.data:
        trace.meta = names.get(trace.name)
    return fig


def _question(name: str, t: Mapping[str, pd.DataFrame], source: str) -> tuple:
    """The registry question's data over the filtered tables, and its chart."""
    q = questions.question(name)
    df = q.metric(t)
    return df, q.chart(df, source, title=q.title)


def _meetings(t: Mapping[str, pd.DataFrame], source: str) -> go.Figure:
    df, fig = _question("01-meetings-per-year", t, source)
    return _tag(fig, {str(v): str(v) for v in df.get("forum_label", df["forum"])})


def _themes(t: Mapping[str, pd.DataFrame], source: str) -> go.Figure:
    df, fig = _question("02-theme-share-items", t, source)
    names = {
        charts.shorten(lbl, 30): key
        for key, lbl in zip(df["theme"], df["theme_label"], strict=True)
    }
    return _tag(fig, names)


def _decisions(t: Mapping[str, pd.DataFrame], source: str) -> go.Figure:
    df, fig = _question("03-decisions-by-year", t, source)
    return _tag(fig, dict(zip(df["decision_label"], df["decision_type"], strict=True)))


def _decisions_by_theme(t: Mapping[str, pd.DataFrame], source: str) -> go.Figure:
    df, fig = _question("03-decisions-by-theme", t, source)
    _tag(fig, dict(zip(df["decision_label"], df["decision_type"], strict=True)))
    # The theme axis reads 'Label (n)' (the label shortened): each point's theme key goes
    # in the trace's ``ids``, 'theme|decision type', which plotly keeps per point.
    labels = {
        charts.shorten(lbl, 26): key
        for key, lbl in zip(df["theme"], df["theme_label"], strict=True)
    }
    for trace in fig.data:
        trace.ids = [labels.get(str(y).rsplit(" (", 1)[0], "") + f"|{trace.meta}" for y in trace.y]
    return fig


def _areas(t: Mapping[str, pd.DataFrame], source: str) -> go.Figure:
    # a heatmap: its trace's meta names each row's area and column's year (cell_point)
    return _question("02-policy-area-share", t, source)[1]


def _themes_by_forum(t: Mapping[str, pd.DataFrame], source: str) -> go.Figure:
    # a heatmap: its trace's meta names each row's theme and column's forum (cell_point)
    return _question("02-theme-share-by-forum", t, source)[1]


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("meetings", "Møder pr. år", _meetings, "forum_label", "year"),
    ChartSpec("themes", "Temaer pr. år", _themes, "theme", "year"),
    ChartSpec("decisions", "Beslutninger pr. år", _decisions, "decision_type", "year"),
    ChartSpec(
        "decisions_by_theme", "Beslutninger pr. tema", _decisions_by_theme, "decision_type", "theme"
    ),
    ChartSpec(
        "areas",
        "Politikområder pr. år",
        _areas,
        "policy_area",
        "year",
        shown=lambda c: bool(c.policy_areas()),
    ),
    ChartSpec(
        "themes_by_forum",
        "Temaer pr. forum",
        _themes_by_forum,
        "theme",
        "forum_label",
        shown=lambda c: c.items["forum_label"].nunique() > 1,
    ),
)
CHARTS_BY_KEY = {c.key: c for c in CHARTS}


def charts_for(corpus: Corpus) -> tuple[ChartSpec, ...]:
    """The charts that say something about ``corpus`` (policy areas where the tables have
    them, forums side by side where there are several)."""
    return tuple(c for c in CHARTS if c.shown is None or c.shown(corpus))


def source_text(filtered: Mapping[str, pd.DataFrame], filters_text: str) -> str:
    """The source line of every explorer chart and export: the metrics' source line of
    the selection, then the filters."""
    return f"{metrics.source_line(filtered)}. {filters_text}"


def point_of(fig: go.Figure, spec: ChartSpec, point: Mapping[str, object]) -> dict[str, object]:
    """The drill-down (columns of Corpus.items -> value) of a plotly click point."""
    trace = fig.data[int(point["curveNumber"])]  # type: ignore[arg-type]
    if trace.type == "heatmap":
        cell = point.get("pointNumber")
        if not isinstance(cell, list | tuple):
            # Panel's click data leaves out plotly's [row, column]: found by the labels
            cell = [list(trace.y).index(point["y"]), list(trace.x).index(point["x"])]
        return views.cell_point(trace.meta, cell)  # type: ignore[arg-type]
    out: dict[str, object] = {}
    if spec.axis_key == "year":
        out["year"] = int(str(point["x"]))
    elif spec.axis_key == "theme":
        ident = point.get("id") or trace.ids[int(point["pointNumber"])]  # type: ignore[arg-type,index]
        out["theme"] = str(ident).split("|", 1)[0]
    if trace.meta is not None:
        out[spec.trace_key] = trace.meta
    return out


def keyword_chart(counts: pd.DataFrame, query: str, period: str, source: str) -> go.Figure:
    """Mentions of ``query`` per period, one line per forum (the chart template)."""
    fig = go.Figure()
    for i, (forum, part) in enumerate(counts.groupby("forum_label", sort=False)):
        fig.add_scatter(
            x=part["period"],
            y=part["n_mentions"],
            mode="lines+markers",
            name=str(forum),
            meta=str(forum),
            line={"color": charts.PALETTE[i % len(charts.PALETTE)]},
            customdata=part[["n_items"]],
            hovertemplate="%{x}: %{y} omtaler i %{customdata[0]} punkter"
            "<extra>%{fullData.name}</extra>",
        )
    noun = PERIODS_DA[period].lower()
    fig.update_layout(
        template=charts.TEMPLATE_NAME,
        title={
            "text": f"Omtaler af »{query}« pr. {noun}",
            "subtitle": {"text": "Søgeordet i alle bøjninger og sammensatte ord"},
        },
        showlegend=counts["forum_label"].nunique() > 1,
        margin={"b": 110},
    )
    fig.update_xaxes(type="category")
    fig.update_yaxes(title="Antal omtaler", rangemode="tozero")
    fig.add_annotation(
        text="<br>".join(charts.source_lines(source)),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-60,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        align="left",
        font={"size": 11, "color": charts.MUTED_COLOR},
    )
    return fig


__all__ = [
    "CHARTS",
    "CHARTS_BY_KEY",
    "ChartSpec",
    "charts_for",
    "keyword_chart",
    "point_of",
    "source_text",
]
