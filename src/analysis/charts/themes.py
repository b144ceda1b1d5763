"""Charts of themes: shares per year, theme heatmap, discovered topics."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.charts.layout import (
    _count_colorbar,
    _dtick,
    _empty,
    _finish,
    _legend_right,
    _meeting_axis,
    _meeting_labels,
    _narrow,
    _percent_axis,
    _period_axis,
    _stack,
    _sub,
    _year_axis,
    heatmap_period,
    shorten,
    theme_colors,
    wrap,
)
from analysis.charts.template import (
    _MAX_HEATMAP_COLUMNS,
    _SOURCE_OFFSET,
    _TICK_FONT,
    NEUTRAL_COLOR,
    PALETTE,
)
from analysis.metrics import (
    format_int_da,
    share_pcts,
)
from analysis.metrics.periods import (
    distinct_per_period,
    grid,
    per_period,
    period_label,
    period_noun,
)

# --- 02 theme trends ------------------------------------------------------------------


def theme_share_chart(
    df: pd.DataFrame,
    source: str | None = None,
    measure: str = "items",
    *,
    title: str | None = None,
    subtitle: str | None = None,
    key: str = "theme",
    label: str = "theme_label",
    legend: str = "Tema",
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """Stacked bars: each theme's share of the year's items (or stated minutes).

    In: metrics.theme_share_by_year; ``measure`` is 'items' or 'minutes'. For minutes,
    only years where the minutes state a time are shown. ``key``/``label``/``legend``/
    ``colors`` draw another classification of the same shape (policy areas).
    """
    if measure not in ("items", "minutes"):
        raise ValueError("measure must be 'items' or 'minutes'")
    if measure == "items":
        title = title or "Temaernes andel af punkterne pr. år"
        sub = "Hvert punkt tælles under sit primære tema"
        share, count, total = "item_share", "n_items", "year_items"
        unit = "punkter"
    else:
        title = title or "Temaernes andel af mødetiden pr. år"
        sub = "Angivet tid pr. punkt; kun år, hvor referaterne angiver tid"
        share, count, total = "minutes_share", "minutes", "year_minutes"
        unit = "min."
    data = df[df[total] > 0] if not df.empty else df
    if data.empty:
        message = (
            "Referaterne i udsnittet angiver ikke tid pr. punkt"
            if measure == "minutes"
            else "Ingen data i det valgte udsnit"
        )
        return _empty(title, source, message)
    years = [str(y) for y in sorted(data["year"].unique())]
    colors = theme_colors(data[key]) if colors is None else colors
    data = data.assign(_pct=share_pcts(data.fillna({count: 0}), count, "year"))
    fig = go.Figure()
    for theme in dict.fromkeys(data[key]):
        part = data[data[key] == theme]
        if part[count].fillna(0).sum() == 0:
            continue
        fig.add_bar(
            x=part["year"].astype(str),
            y=part[share].fillna(0) * 100,
            name=shorten(part[label].iloc[0], 30),
            marker_color=colors.get(theme, NEUTRAL_COLOR),
            customdata=part[[count, total, "_pct"]].astype(float).fillna(0).to_numpy(),
            hovertemplate="%{x}: %{customdata[2]:.0f} % (%{customdata[0]:,.0f} af "
            "%{customdata[1]:,.0f} " + unit + ")<extra>%{fullData.name}</extra>",
        )
    _stack(fig)
    n_year = data.groupby(data["year"].astype(str))[total].first()
    _year_axis(fig, years, n_by_year=n_year, unit="" if measure == "items" else " min.")
    _narrow(fig, len(years))
    fig.update_yaxes(**_percent_axis())
    _legend_right(fig, legend)
    return _finish(fig, title, _sub(subtitle, sub), source)


def theme_heatmap(
    df: pd.DataFrame,
    source: str | None = None,
    max_themes: int = 14,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    max_columns: int = _MAX_HEATMAP_COLUMNS,
) -> go.Figure:
    """Heatmap theme × meeting: items carrying the theme. In: metrics.theme_meeting_matrix.

    Up to ``max_columns`` meetings: one column per meeting. More meetings: one column per
    month, quarter or year (``heatmap_period``, the finest giving at most ``max_columns``
    columns over the meetings' span); a cell is then the number of items carrying the
    theme at that period's meetings, and a period without meetings stays blank. Title,
    subtitle, colour bar and hover say what a column is ('Temaer kvartal for kvartal').
    """
    if df.empty or df["n_items"].sum() == 0:
        return _empty(title or "Temaer møde for møde", source)
    themes = list(dict.fromkeys(df["theme"]))[:max_themes]
    df = df[df["theme"].isin(themes)]
    meetings = df.drop_duplicates("meeting_id").sort_values(["date", "meeting_id"])
    theme_names = dict(zip(df["theme"], df["theme_label"], strict=False))
    if len(meetings) > max_columns:
        return _period_heatmap(
            df, meetings, themes, theme_names, source, max_columns, title=title, subtitle=subtitle
        )
    title = title or "Temaer møde for møde"
    labels = _meeting_labels(meetings["date"])
    label_of = dict(zip(meetings["meeting_id"], labels, strict=True))
    z = grid(df, "theme", "meeting_id", "n_items", themes[::-1], meetings["meeting_id"]).fillna(0)
    y = [shorten(theme_names.get(t, t), 30) for t in z.index]
    many = z.shape[1] > 16  # too narrow cells for numbers: the colour says it
    text = [["" if v == 0 or many else f"{int(v)}" for v in row] for row in z.to_numpy()]
    fig = go.Figure(
        go.Heatmap(
            z=z.to_numpy(),
            x=[label_of[m] for m in z.columns],
            y=y,
            text=text,
            texttemplate="%{text}",
            textfont={"size": _TICK_FONT},
            xgap=1 if many else 3,
            ygap=3,
            zmin=0,
            colorbar={
                "title": {"text": "Punkter", "side": "top", "font": {"size": _TICK_FONT}},
                "thickness": 14,
                "len": 0.8,
                "dtick": _dtick(df["n_items"]),
            },
            hovertemplate="%{y}<br>%{x}: %{z} punkter<extra></extra>",
        )
    )
    _meeting_axis(fig, [label_of[m] for m in z.columns], meetings["date"])
    fig.update_xaxes(showline=False, ticks="", showgrid=False)
    fig.update_yaxes(showgrid=False)
    sub = "Antal punkter med temaet (alle tildelte temaer, ikke kun det primære)"
    return _finish(fig, title, _sub(subtitle, sub), source)


def _period_heatmap(
    df: pd.DataFrame,
    meetings: pd.DataFrame,
    themes: list[str],
    theme_names: dict[str, str],
    source: str | None,
    max_columns: int,
    *,
    title: str | None,
    subtitle: str | None,
) -> go.Figure:
    """theme_heatmap with one column per month, quarter or year (see there)."""
    code = heatmap_period(meetings["date"], max_columns)
    noun = period_noun(code)
    meetings = meetings[pd.to_datetime(meetings["date"]).notna().to_numpy()]
    df = df[df["meeting_id"].isin(set(meetings["meeting_id"]))]
    meetings, periods = per_period(meetings, "date", code)
    n_meetings = distinct_per_period(meetings, "meeting_id", periods)
    binned, _ = per_period(df, "date", code, periods)
    z = grid(binned, "theme", "period", "n_items", themes[::-1], periods)
    held = (n_meetings > 0).to_numpy()
    z.loc[:, held] = z.loc[:, held].fillna(0)  # no meetings: blank, not 0
    values = z.to_numpy(dtype=float)
    labels = [period_label(p) for p in periods]
    many = len(periods) > 16 or np.nanmax(values) >= 1000  # cells too narrow for numbers
    text = [["" if many or not v > 0 else format_int_da(v) for v in row] for row in values]
    held_text = [
        f"{format_int_da(n)} {'møde' if n == 1 else 'møder'}" if n else "ingen møder"
        for n in n_meetings
    ]
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=labels,
            y=[shorten(theme_names.get(t, t), 30) for t in z.index],
            text=text,
            texttemplate="%{text}",
            textfont={"size": _TICK_FONT},
            customdata=[held_text] * len(z.index),
            xgap=1 if len(periods) > 16 else 3,
            ygap=3,
            zmin=0,  # with zmax too, or plotly ignores it and the lowest count looks like 0
            zmax=max(float(np.nanmax(values)), 1.0),
            hoverongaps=False,
            colorbar=_count_colorbar(noun, values),
            hovertemplate=f"%{{y}}<br>{noun.capitalize()} %{{x}} (%{{customdata}}): "
            "%{z:,.0f} punkter<extra></extra>",
        )
    )
    _period_axis(fig, list(periods), labels)
    fig.update_xaxes(showline=False, ticks="", showgrid=False)
    fig.update_yaxes(showgrid=False)
    total = format_int_da(len(meetings))
    sub = f"Antal punkter med temaet pr. {noun} (alle tildelte temaer), {total} møder"
    if not held.all():
        sub += f"; tom: {noun} uden møder"
    return _finish(fig, title or f"Temaer {noun} for {noun}", _sub(subtitle, sub), source)


def topics_chart(
    df: pd.DataFrame,
    source: str | None = None,
    max_topics: int = 12,
    *,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Horizontal bars of discovered topics, coloured by whether a theme covers them.

    In: metrics.topic_overview (topic, label, top_terms, covered_label, missed, weight).
    """
    title = title or "Emner fundet i teksten"
    df = df[df["weight"] > 0] if not df.empty else df
    if df.empty:
        return _empty(title, source, "Ingen fundne emner i det valgte udsnit")
    df = df.head(max_topics).iloc[::-1]
    fig = go.Figure()
    names = {True: "Ikke dækket af et tema", False: "Dækket af et tema"}
    colors = {True: PALETTE[2], False: PALETTE[0]}
    order = [wrap(lab, 34) for lab in df["label"]]
    for missed in (True, False):
        part = df[df["missed"] == missed]
        if part.empty:
            continue
        covered = part["covered_label"].replace("", "intet tema")
        fig.add_bar(
            # (rounded: the topic model's last bits differ between machines' BLAS, and a
            # saved chart or notebook should not change with them)
            x=(part["weight"] * 100).round(6),
            y=[wrap(lab, 34) for lab in part["label"]],
            orientation="h",
            name=names[missed],
            marker_color=colors[missed],
            customdata=pd.concat([part["top_terms"], covered], axis=1).to_numpy(),
            hovertemplate="%{y}: %{x:.0f} %<br>Ord: %{customdata[0]}<br>Nærmeste tema: "
            "%{customdata[1]}<extra></extra>",
        )
    fig.update_yaxes(categoryorder="array", categoryarray=order, showgrid=False)
    fig.update_xaxes(**_percent_axis(None), showgrid=True, title="Andel af emnevægten")
    _legend_right(fig, "")
    fig.update_layout(showlegend=True)
    n_missed = int(df["missed"].sum())
    sub = "Emner fundet automatisk (NMF) i punkternes tekst; "
    sub += (
        f"{n_missed} af {len(df)} deler ingen ord med et tema"
        if n_missed
        else "alle deler ord med et tema"
    )
    return _finish(fig, title, _sub(subtitle, sub), source, source_offset=_SOURCE_OFFSET + 26)
