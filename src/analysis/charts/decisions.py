"""Charts of decisions: decision types per year and theme, recommendations followed."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.layout import (
    _empty,
    _finish,
    _legend_right,
    _percent_axis,
    _stack,
    _sub,
    _year_axis,
    shorten,
)
from analysis.charts.template import (
    _MARGIN,
    _TICK_FONT,
    DECISION_COLORS,
    DESIGN_WIDTH,
    NEUTRAL_COLOR,
    OUTCOME_COLORS,
)
from analysis.metrics import (
    RECOMMENDATION_OUTCOMES_DA,
    format_int_da,
    share_pcts,
)

# --- 03 decision handling -------------------------------------------------------------

#: Hover of a share bar: the share as rounded for the whole bar (sums to 100 %) and n.
_HOVER = "%{x}: %{customdata[1]} % (%{customdata[0]} punkter)<extra>%{fullData.name}</extra>"


def _years(data: pd.DataFrame) -> list[str]:
    return [str(y) for y in sorted(data["year"].unique())]


def _n_by_year(data: pd.DataFrame) -> pd.Series:
    """Items each year's bar rests on (for the 'n = …' under the year)."""
    return data.groupby(data["year"].astype(str))["n_items"].sum()


def decision_types_by_year_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Stacked bars: decision types' share of each year's items. In: decision_types_by_year."""
    title = title or "Beslutningstyper pr. år"
    data = df[df.groupby("year")["n_items"].transform("sum") > 0] if not df.empty else df
    if data.empty:
        return _empty(title, source)
    data = data.assign(_pct=share_pcts(data, "n_items", "year"))
    fig = go.Figure()
    for key in dict.fromkeys(data["decision_type"]):
        part = data[data["decision_type"] == key]
        if part["n_items"].sum() == 0:
            continue
        fig.add_bar(
            x=part["year"].astype(str),
            y=part["share"] * 100,
            name=part["decision_label"].iloc[0],
            marker_color=DECISION_COLORS.get(key, NEUTRAL_COLOR),
            customdata=part[["n_items", "_pct"]],
            hovertemplate=_HOVER,
        )
    _stack(fig)
    _year_axis(fig, _years(data), n_by_year=_n_by_year(data))
    fig.update_yaxes(**_percent_axis())
    _legend_right(fig, "Beslutning")
    sub = "Primær beslutningstype, andel af årets punkter"
    return _finish(fig, title, _sub(subtitle, sub), source)


def decision_types_by_theme_chart(
    df: pd.DataFrame,
    source: str | None = None,
    max_themes: int = 12,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    key: str = "theme",
    label: str = "theme_label",
    label_width: int = 26,
) -> go.Figure:
    """Horizontal stacked bars: decision types within each theme. In: decision_types_by_theme
    (``key``/``label``: another classification of the same shape, e.g. policy areas)."""
    title = title or "Beslutningstyper pr. tema"
    data = df[df.groupby(key)["n_items"].transform("sum") > 0] if not df.empty else df
    if data.empty:
        return _empty(title, source)
    themes = list(dict.fromkeys(data[key]))[:max_themes]
    data = data[data[key].isin(themes)]
    totals = data.groupby(key)["n_items"].sum()
    names = dict(zip(data[key], data[label], strict=False))
    ylabels = {
        t: f"{shorten(names[t], label_width)} (n = {format_int_da(totals[t])})" for t in themes
    }
    data = data.assign(_pct=share_pcts(data, "n_items", key))
    fig = go.Figure()
    for dtype in dict.fromkeys(data["decision_type"]):
        part = data[data["decision_type"] == dtype]
        if part["n_items"].sum() == 0:
            continue
        fig.add_bar(
            x=part["share"] * 100,
            y=part[key].map(ylabels),
            orientation="h",
            name=part["decision_label"].iloc[0],
            marker_color=DECISION_COLORS.get(dtype, NEUTRAL_COLOR),
            customdata=part[["n_items", "_pct"]],
            hovertemplate=_HOVER.replace("%{x}", "%{y}"),
        )
    _stack(fig)
    fig.update_yaxes(
        categoryorder="array", categoryarray=[ylabels[t] for t in themes[::-1]], showgrid=False
    )
    fig.update_layout(legend_traceorder="normal")
    fig.update_xaxes(**_percent_axis(), showgrid=True)
    _legend_right(fig, "Beslutning")
    sub = "Primær beslutningstype inden for hvert primære tema (n = antal punkter)"
    return _finish(fig, title, _sub(subtitle, sub), source)


def recommendation_followed_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Stacked bars per year: decision followed / departed from the recommendation.

    In: metrics.recommendation_followed_by_year. The percentages stand level inside the
    bars, and only where they fit (with many years the bars are too narrow: the hover and
    the y axis tell the share then).
    """
    title = title or "Fulgte beslutningen indstillingen?"
    data = df[df.groupby("year")["n_items"].transform("sum") > 0] if not df.empty else df
    if data.empty:
        return _empty(title, source)
    years = _years(data)
    data = data.assign(_pct=share_pcts(data, "n_items", "year"))
    # a bar's width (px, design canvas; the legend takes the right): does the label fit?
    bar_px = (DESIGN_WIDTH - _MARGIN["l"] - _MARGIN["r"] - 230) / len(years) * (1 - 0.3)

    def pct_text(pct: int) -> str:
        text = f"{pct} %"
        return text if pct >= 8 and len(text) * 0.56 * _TICK_FONT + 4 <= bar_px else ""

    fig = go.Figure()
    for key, label in RECOMMENDATION_OUTCOMES_DA.items():
        part = data[data["outcome"] == key]
        if part.empty:
            continue
        fig.add_bar(
            x=part["year"].astype(str),
            y=part["share"] * 100,
            name=label,
            marker_color=OUTCOME_COLORS[key],
            text=[pct_text(int(v)) for v in part["_pct"]],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,
            customdata=part[["n_items", "_pct"]],
            hovertemplate=_HOVER,
        )
    _stack(fig)
    _year_axis(fig, years, n_by_year=_n_by_year(data))
    fig.update_yaxes(**_percent_axis())
    fig.update_traces(textfont={"size": _TICK_FONT})
    # never shrunk below a readable size nor turned: what does not fit is left out
    fig.update_layout(uniformtext={"minsize": 12, "mode": "hide"})
    _legend_right(fig, "")
    return _finish(fig, title, _sub(subtitle, "Andel af årets punkter"), source)
