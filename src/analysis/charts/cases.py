"""Charts of recurring cases: the case timeline and KLE main groups per year."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.layout import (
    _PERIODS,
    _color_map,
    _count_colorbar,
    _empty,
    _finish,
    _label_step,
    _legend_right,
    _period_axis,
    _small,
    _stack,
    _sub,
    _year_axis,
    danish_date,
    shorten,
    wrap,
)
from analysis.charts.template import (
    _MAX_HEATMAP_COLUMNS,
    _MAX_TIMELINE_MARKERS,
    _TICK_FONT,
    DECISION_COLORS,
    MONTHS_SHORT_DA,
    NEUTRAL_COLOR,
)
from analysis.metrics import (
    format_int_da,
)
from analysis.metrics.cases import thread_counts_per_period, top_groups
from analysis.metrics.periods import period_label, period_noun

# --- 04 case threads ------------------------------------------------------------------


def _date_ticks(
    start: pd.Timestamp, end: pd.Timestamp, max_labels: int = 8
) -> tuple[list, list[str], list]:
    """Danish tick positions and labels for a date axis: years, or quarters when short.

    At most ``max_labels`` labels, so they stand level: with many years only every 2nd,
    5th … year is named, with few months every half year. Also returns the positions of
    every year (or quarter) for a faint grid of its own.
    """
    if (end - start).days > 540:
        every = pd.date_range(f"{start.year}-01-01", f"{end.year + 1}-01-01", freq="YS")
        every = [v for v in every if start <= v <= end] or [pd.Timestamp(f"{start.year}-07-01")]
        step = _label_step(len(every), max_labels)
        vals = [v for v in every if v.year % step == 0] or every[:1]
        return vals, [str(v.year) for v in vals], every
    every = [v for v in pd.date_range(start.normalize(), end, freq="QS") if start <= v <= end]
    vals = every if len(every) <= 5 else [v for v in every if v.month in (1, 7)]
    return vals, [f"{MONTHS_SHORT_DA[v.month - 1]} {v.year}" for v in vals], every


def _short_case_title(title: str, width: int) -> str:
    """A case title in ``width`` characters; two titles ('A / B') are cut each to half."""
    parts = str(title).split(" / ")
    if len(parts) == 2 and len(title) > width:
        half = (width - 3) // 2
        return " / ".join(shorten(p, half) for p in parts)
    return shorten(title, width)


def _thread_label(title: str, thread: str, n_rows: int) -> str:
    """Row label: the case's journal number (its identity) and its title; the title
    wraps onto a second line while rows are few, and is cut shorter when they are many."""
    number = f"<b>{thread}</b>"
    if n_rows <= 7:  # room for the title on two small lines
        lines = wrap(title, 36).split("<br>")
        return "<br>".join([number, *(_small(line) for line in lines)])
    return f"{number}  {_small(_short_case_title(title, 30))}"


def case_timeline_chart(
    df: pd.DataFrame,
    source: str | None = None,
    max_rows: int = 12,
    date_range: tuple[object, object] | None = None,
    *,
    max_markers: int = _MAX_TIMELINE_MARKERS,
    rows: tuple[str, str] = ("journalnummer", "journalnumre"),
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Timeline, one row per recurring case, markers coloured by decision type.

    In: metrics.case_threads (thread, thread_title, date, title, decision_type,
    decision_label, n_meetings). ``date_range`` widens the axis (e.g. the corpus' span).
    ``rows``: what a row is, singular and plural, for the subtitle (("KLE-emne",
    "KLE-emner") for threads by KLE subject).
    Shows the ``max_rows`` threads met most often. When a row would carry more than
    ``max_markers`` markers (a KLE subject over thousands of meetings), the items are
    counted per year, quarter or month instead (``heatmap_period``): one heatmap cell per
    row and period, the decision types in the hover.
    """
    title = title or "Sager, der går igen"
    if df.empty:
        return _empty(title, source, "Ingen journalnumre går igen i det valgte udsnit")
    rank = (
        df.drop_duplicates("thread")
        .sort_values(["n_meetings", "first_date"], ascending=[False, True])
        .head(max_rows)
    )
    data = df[df["thread"].isin(set(rank["thread"]))]
    order = rank.sort_values("first_date", ascending=False)  # earliest thread on top
    row = {thread: i for i, thread in enumerate(order["thread"])}
    n = df["thread"].nunique()
    one, many = rows
    sub = f"Én række pr. {one}, der optræder på flere møder; faste punkter er udeladt"
    if n > len(rank):
        sub = f"De {len(rank)} af {format_int_da(n)} {many}, der optræder på flest møder"
    if int(data.groupby("thread").size().max()) > max_markers:
        fig = _timeline_counts(data, order, date_range)
        code = fig.layout.meta["period"]
        noun = next(n for c, n, _ in _PERIODS if c == code)
        sub = f"{sub.split(';')[0]}; antal punkter pr. {noun}"
        return _finish(fig, title, _sub(subtitle, sub), source)
    # several items of a thread at one meeting: spread them a little around the row
    k = data.groupby(["thread", "date"]).cumcount()
    n_same = data.groupby(["thread", "date"])["date"].transform("size")
    step = (0.8 / n_same).clip(upper=0.16)
    y = data["thread"].map(row) + (k - (n_same - 1) / 2) * step
    fig = go.Figure()
    for r in order.itertuples(index=False):
        fig.add_scatter(
            x=[r.first_date, r.last_date],
            y=[row[r.thread]] * 2,
            mode="lines",
            line={"color": NEUTRAL_COLOR, "width": 3},
            hoverinfo="skip",
            showlegend=False,
        )
    keys = [k for k in DECISION_COLORS if k in set(data["decision_type"])]
    for key in keys + sorted(set(data["decision_type"]) - set(DECISION_COLORS)):
        mask = data["decision_type"] == key
        part = data[mask]
        fig.add_scatter(
            x=part["date"],
            y=y[mask],
            mode="markers",
            name=part["decision_label"].iloc[0],
            marker={
                "size": 16,
                "color": DECISION_COLORS.get(key, NEUTRAL_COLOR),
                "line": {"width": 1.5, "color": "white"},
            },
            customdata=pd.concat([part["date"].map(danish_date), part["title"]], axis=1).to_numpy(),
            hovertemplate="%{customdata[0]}: %{customdata[1]}<extra>%{fullData.name}</extra>",
        )
    lo, hi = (pd.Timestamp(d) for d in (date_range or (data["date"].min(), data["date"].max())))
    lo, hi = min(lo, data["date"].min()), max(hi, data["date"].max())
    pad = pd.Timedelta(days=max(30, int((hi - lo).days * 0.05)))
    tickvals, ticktext, every = _date_ticks(lo - pad, hi + pad)
    fig.update_xaxes(
        type="date",
        range=[lo - pad, hi + pad],
        tickmode="array",
        tickvals=tickvals,
        ticktext=ticktext,
        tickangle=0,
        showgrid=True,
        minor={"tickmode": "array", "tickvals": every, "showgrid": True, "gridcolor": "#F0F2F5"},
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(row.values()),
        ticktext=[_thread_label(r.thread_title, r.thread, len(row)) for r in order.itertuples()],
        range=[len(row) - 0.4, -0.6],
        showgrid=False,
        zeroline=False,
    )
    _legend_right(fig, "Beslutning")
    return _finish(fig, title, _sub(subtitle, sub), source)


def _timeline_counts(
    data: pd.DataFrame, order: pd.DataFrame, date_range: tuple[object, object] | None
) -> go.Figure:
    """case_timeline_chart's rows as a heatmap: items per row and period (see there).

    The period (``layout.meta['period']``: 'M', 'Q' or 'Y') is the finest giving at most
    ``_MAX_HEATMAP_COLUMNS`` columns over the axis' span; a cell's hover names the decision
    types of its items.
    """
    dates = pd.to_datetime(data["date"])
    lo, hi = (pd.Timestamp(d) for d in (date_range or (dates.min(), dates.max())))
    lo, hi = min(lo, dates.min()), max(hi, dates.max())
    threads = list(order["thread"])
    z, mix_text, code, periods = thread_counts_per_period(
        data, threads, lo, hi, _MAX_HEATMAP_COLUMNS
    )
    noun = period_noun(code)
    labels = [period_label(p) for p in periods]
    custom = [[mix_text.get((t, p), "") for p in periods] for t in threads]
    values = z.to_numpy(dtype=float)
    many = len(periods) > 16 or values.max() >= 1000  # cells too narrow for numbers
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=labels,
            y=list(range(len(threads))),
            text=[["" if many or not v else format_int_da(v) for v in r] for r in values],
            texttemplate="%{text}",
            textfont={"size": _TICK_FONT},
            customdata=custom,
            xgap=1 if len(periods) > 16 else 3,
            ygap=3,
            zmin=0,
            zmax=max(float(values.max()), 1.0),
            colorbar=_count_colorbar(noun, values),
            hovertemplate="%{x}: %{z:,.0f} punkter<br>%{customdata}<extra></extra>",
        )
    )
    _period_axis(fig, list(periods), labels)
    fig.update_xaxes(showline=False, ticks="", showgrid=False)
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(threads))),
        ticktext=[
            _thread_label(r.thread_title, r.thread, len(threads)) for r in order.itertuples()
        ],
        range=[len(threads) - 0.5, -0.5],
        showgrid=False,
        zeroline=False,
    )
    fig.update_layout(showlegend=False, meta={"period": code})
    return fig


def kle_main_groups_chart(
    df: pd.DataFrame,
    source: str | None = None,
    max_groups: int = 10,
    *,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Stacked bars: items per KLE main group (policy area) per year.

    In: metrics.kle_main_groups_by_year. Groups beyond ``max_groups`` become 'Øvrige'.
    """
    title = title or "KLE-hovedgrupper pr. år"
    data = df[df.groupby("year")["n_items"].transform("sum") > 0] if not df.empty else df
    if data.empty:
        return _empty(title, source, "Ingen punkter med KLE-journalnummer i udsnittet")
    keep = list(dict.fromkeys(data["kle_main_group"]))[:max_groups]
    data = top_groups(data, max_groups)
    colors = {**_color_map(sorted(keep)), "øvrige": NEUTRAL_COLOR}
    fig = go.Figure()
    for group in [*keep, "øvrige"]:
        part = data[data["kle_main_group"] == group]
        if part.empty or part["n_items"].sum() == 0:
            continue
        fig.add_bar(
            x=part["year"].astype(str),
            y=part["n_items"],
            name=shorten(part["kle_label"].iloc[0], 32),
            marker_color=colors.get(group, NEUTRAL_COLOR),
            hovertemplate="%{x}: %{y} punkter<extra>%{fullData.name}</extra>",
        )
    _stack(fig)
    _year_axis(fig, [str(y) for y in sorted(data["year"].unique())])
    fig.update_yaxes(title="Antal punkter", rangemode="tozero")
    _legend_right(fig, "KLE-hovedgruppe")
    sub = "Antal punkter med KLE-journalnummer, fordelt på hovedgruppe"
    return _finish(fig, title, _sub(subtitle, sub), source)
