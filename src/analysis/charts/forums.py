"""Charts comparing forums side by side."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.charts.layout import (
    _dtick,
    _empty,
    _finish,
    _forum_tick,
    _largest_forums,
    _legend_right,
    _percent_axis,
    _span_text,
    _stack,
    _sub,
    _with_note,
    _year_axis,
    column_pct_cells,
    forum_colors,
    shorten,
)
from analysis.charts.template import (
    _BASE_FONT,
    _FEW_FORUMS,
    _MARGIN,
    _MAX_BARS,
    _MAX_FORUMS,
    _TICK_FONT,
    DECISION_COLORS,
    DESIGN_WIDTH,
    NEUTRAL_COLOR,
    TITLE_COLOR,
)
from analysis.metrics import (
    NO_THEME,
    share_pcts,
)
from analysis.metrics.periods import grid

_FORUM_MEASURES = (("n_meetings", "Møder", "møder"), ("n_items", "Punkter", "punkter"))


def forum_comparison_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    max_forums: int = _MAX_FORUMS,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Meetings and items of each forum side by side, in two panels.

    In: metrics.forum_overview; with ``by_year=True`` and more than one year, grouped bars
    per year (one colour per forum); otherwise one horizontal bar per forum. More than
    ``max_forums`` forums: the largest (most items), and the subtitle says so. Many forums
    over many years: one line per forum instead of ever thinner bars. A bar's number is
    printed only while it fits above its bar (the hover has it always).
    """
    title = title or "Fora side om side"
    if df.empty or df["n_meetings"].sum() == 0:
        return _empty(title, source)
    labels, note = _largest_forums(
        list(dict.fromkeys(df["forum_label"])),
        df.groupby("forum_label")["n_items"].sum(),
        max_forums,
    )
    df = df[df["forum_label"].isin(labels)]
    colors = forum_colors(labels)
    by_year = "year" in df and df["year"].nunique() > 1
    span = _span_text(df[df["n_meetings"] > 0])
    if by_year:
        fig = make_subplots(
            rows=1, cols=2, subplot_titles=[m[1] for m in _FORUM_MEASURES], horizontal_spacing=0.1
        )
        years = [str(y) for y in sorted(df["year"].unique())]
        few = len(labels) <= _FEW_FORUMS  # legend entries on two lines while they fit
        lines = not few and len(labels) * len(years) > _MAX_BARS  # bars would be too thin
        # space between the centres of two neighbouring bars (px, design canvas)
        panel_px = (DESIGN_WIDTH - _MARGIN["l"] - _MARGIN["r"] - 220) * 0.45
        bar_px = panel_px / len(years) * (1 - 0.3) / len(labels)
        for label in labels:
            part = df[df["forum_label"] == label].sort_values("year")
            name = _forum_tick(
                label,
                part["forum"].iloc[0],
                width=30 if few else 34,
                layout="below" if few else "inline",
            )
            for col, (measure, _, unit) in enumerate(_FORUM_MEASURES, start=1):
                values = part[measure].astype(int)
                common = {
                    "x": part["year"].astype(str),
                    "y": values,
                    "name": name,
                    "legendgroup": label,
                    "showlegend": col == 1,
                    "customdata": [label] * len(part),
                    "hovertemplate": f"%{{customdata}}<br>%{{x}}: %{{y}} {unit}<extra></extra>",
                }
                if lines:
                    fig.add_scatter(
                        **common,
                        mode="lines+markers",
                        line={"color": colors[label], "width": 2},
                        marker={"color": colors[label], "size": 5},
                        row=1,
                        col=col,
                    )
                    continue
                widest = max(len(str(v)) for v in df[measure].astype(int))
                fits = widest * 0.56 * _BASE_FONT + 2 <= bar_px
                fig.add_bar(
                    **common,
                    marker_color=colors[label],
                    text=[str(v) if v else "" for v in values] if fits else None,
                    textposition="outside",
                    constraintext="none",
                    cliponaxis=False,
                    row=1,
                    col=col,
                )
        for col, (measure, _, _) in enumerate(_FORUM_MEASURES, start=1):
            top = float(df[measure].max() or 1)
            _year_axis(fig, years, max_labels=6, row=1, col=col)  # half a slide wide
            fig.update_yaxes(
                range=[0, top * 1.15],
                dtick=_dtick(df[measure]),
                rangemode="tozero",
                row=1,
                col=col,
            )
        fig.update_layout(barmode="group")
        _legend_right(fig, "Forum")
        sub = f"Antal møder og dagsordenspunkter pr. år, {span}"
    else:
        data = df.groupby("forum_label", sort=False, as_index=False).agg(
            forum=("forum", "first"), n_meetings=("n_meetings", "sum"), n_items=("n_items", "sum")
        )
        ticks = [_forum_tick(r.forum_label, r.forum) for r in data.itertuples()]
        fig = make_subplots(
            rows=1,
            cols=2,
            subplot_titles=[m[1] for m in _FORUM_MEASURES],
            shared_yaxes=True,
            horizontal_spacing=0.06,
        )
        for col, (measure, _, unit) in enumerate(_FORUM_MEASURES, start=1):
            values = data[measure].astype(int)
            fig.add_bar(
                x=values,
                y=ticks,
                orientation="h",
                marker_color=[colors[lab] for lab in data["forum_label"]],
                text=values,
                textposition="outside",
                cliponaxis=False,
                customdata=data[["forum_label"]],
                hovertemplate=f"%{{customdata[0]}}: %{{x}} {unit}<extra></extra>",
                showlegend=False,
                row=1,
                col=col,
            )
            top = float(values.max() or 1)
            fig.update_xaxes(
                range=[0, top * 1.18], dtick=_dtick(values), showgrid=True, row=1, col=col
            )
        fig.update_yaxes(
            categoryorder="array", categoryarray=ticks[::-1], showgrid=False, row=1, col=1
        )
        fig.update_layout(bargap=0.35)
        sub = f"Antal møder og dagsordenspunkter i hvert forum, {span}"
    fig.update_annotations(font={"size": _BASE_FONT, "color": TITLE_COLOR})  # panel titles
    fig.update_layout(margin={"t": _MARGIN["t"] + 14})
    return _finish(fig, title, _sub(subtitle, _with_note(sub.rstrip(", "), note)), source)


def _largest_forum_rows(df: pd.DataFrame, max_forums: int) -> tuple[pd.DataFrame, list[str], str]:
    """Rows of the forums with items, cut to the ``max_forums`` largest (most items).

    In: a frame with forum_label and forum_items. Out: (rows, forum labels kept in order,
    the note for the subtitle, see ``_largest_forums``).
    """
    data = df[df["forum_items"] > 0] if not df.empty else df
    if data.empty:
        return data, [], ""
    labels, note = _largest_forums(
        list(dict.fromkeys(data["forum_label"])),
        data.groupby("forum_label")["forum_items"].first(),
        max_forums,
    )
    return data[data["forum_label"].isin(labels)], labels, note


def theme_share_by_forum_chart(
    df: pd.DataFrame,
    source: str | None = None,
    max_themes: int = 12,
    *,
    max_forums: int = _MAX_FORUMS,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Heatmap, theme × forum: each theme's share of the forum's items.

    In: metrics.theme_share_by_forum. Themes in the metrics' order (mean share), the first
    ``max_themes`` with items; 'Andet' kept last. More than ``max_forums`` forums: the
    columns of the largest (most items), and the subtitle says so; column headings are
    wrapped (long words hyphenated) to the column's width.
    """
    title = title or "Temaer i hvert forum"
    data, _, note = _largest_forum_rows(df, max_forums)
    if data.empty:
        return _empty(title, source)
    totals = data.groupby("theme", sort=False)["n_items"].sum()
    themes = [t for t in totals.index if totals[t] > 0]
    named = [t for t in themes if t != NO_THEME][:max_themes]
    themes = named + ([NO_THEME] if NO_THEME in themes else [])
    labels = list(dict.fromkeys(data["forum_label"]))
    meta = data.drop_duplicates("forum_label").set_index("forum_label")
    share = grid(data, "theme", "forum_label", "share", themes, labels) * 100
    count = grid(data, "theme", "forum_label", "n_items", themes, labels)
    theme_names = data.drop_duplicates("theme").set_index("theme")["theme_label"]
    # Column labels must fit their column: several lines and a smaller font when narrow.
    narrow = len(labels) > 3
    column_px = (DESIGN_WIDTH - 240) / len(labels)
    tick_font = _TICK_FONT if not narrow else (13 if len(labels) <= 5 else 12)
    width = max(10, int(column_px / 7)) if narrow else 34
    ticks = [
        _forum_tick(
            lab,
            meta.at[lab, "forum"],
            meta.at[lab, "forum_items"],
            width=width,
            layout="stacked" if narrow else "below",
        )
        for lab in labels
    ]
    tick_lines = max(t.count("<br>") + 1 for t in ticks)
    # percentages as rounded within each forum's column, so a column sums to 100 %
    text, cells = column_pct_cells(count)
    fig = go.Figure(
        go.Heatmap(
            z=share.to_numpy(),
            x=ticks,
            y=[shorten(theme_names[t], 30) for t in themes],
            text=text,
            texttemplate="%{text}",
            textfont={"size": _TICK_FONT},
            customdata=cells,
            xgap=3,
            ygap=3,
            zmin=0,
            showscale=False,
            hovertemplate="%{y}<br>%{x}: %{customdata[1]} % (%{customdata[0]} punkter)"
            "<extra></extra>",
            # what each row and column stands for, so a click on a cell names its items
            meta={"rows": {"theme": [str(t) for t in themes]}, "columns": {"forum_label": labels}},
        )
    )
    fig.update_yaxes(autorange="reversed", showgrid=False, ticks="")
    fig.update_xaxes(showline=False, ticks="", showgrid=False, side="top")
    fig.update_layout(margin={"t": _MARGIN["t"] + 8 + 18 * tick_lines})  # names above cells
    fig.update_xaxes(tickangle=0, tickfont={"size": tick_font})
    sub = _with_note("Andel af forummets punkter med temaet som primært tema", note)
    return _finish(fig, title, _sub(subtitle, sub), source)


def decision_types_by_forum_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    max_forums: int = _MAX_FORUMS,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Horizontal stacked bars: decision types within each forum, the deciding ones first.

    In: metrics.decision_types_by_forum. More than ``max_forums`` forums: the largest
    (most items), and the subtitle says so.
    """
    title = title or "Beslutningstyper i hvert forum"
    data, labels, note = _largest_forum_rows(df, max_forums)
    if data.empty:
        return _empty(title, source)
    meta = data.drop_duplicates("forum_label").set_index("forum_label")
    ticks = {
        lab: _forum_tick(lab, meta.at[lab, "forum"], meta.at[lab, "forum_items"]) for lab in labels
    }
    data = data.assign(_pct=share_pcts(data, "n_items", "forum_label"))
    fig = go.Figure()
    for key in dict.fromkeys(data["decision_type"]):
        part = data[data["decision_type"] == key]
        if part["n_items"].sum() == 0:
            continue
        fig.add_bar(
            x=part["share"] * 100,
            y=part["forum_label"].map(ticks),
            orientation="h",
            name=part["decision_label"].iloc[0],
            marker_color=DECISION_COLORS.get(key, NEUTRAL_COLOR),
            text=[f"{v} %" if v >= 9 else "" for v in part["_pct"]],
            textposition="inside",
            insidetextanchor="middle",
            customdata=part[["n_items", "_pct"]],
            hovertemplate="%{y}: %{customdata[1]} % (%{customdata[0]} punkter)"
            "<extra>%{fullData.name}</extra>",
        )
    _stack(fig)
    fig.update_traces(textfont={"size": _TICK_FONT})
    fig.update_yaxes(
        categoryorder="array", categoryarray=[ticks[lab] for lab in labels[::-1]], showgrid=False
    )
    fig.update_xaxes(**_percent_axis(), showgrid=True)
    fig.update_layout(legend_traceorder="normal", bargap=0.35)
    _legend_right(fig, "Beslutning")
    sub = _with_note(
        "Primær beslutningstype, andel af forummets punkter; de afgørende typer står først",
        note,
        short="Primær beslutningstype, andel af forummets punkter",
    )
    return _finish(fig, title, _sub(subtitle, sub), source)
