"""Charts of the corpus: meetings per year, items and time per meeting, sections, file coverage."""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.charts.layout import (
    _dtick,
    _empty,
    _finish,
    _forum_tick,
    _largest_forums,
    _legend_right,
    _meeting_axis,
    _meeting_labels,
    _percent_axis,
    _period_axis,
    _sub,
    _with_note,
    _year_axis,
    forum_colors,
    shorten,
)
from analysis.charts.template import (
    _FEW_FORUMS,
    _FILE_LABEL_WIDTH,
    _MAX_BARS,
    _MAX_FORUMS,
    _MAX_HEATMAP_COLUMNS,
    _MAX_MEETING_BARS,
    MUTED_COLOR,
    NEUTRAL_COLOR,
    PALETTE,
    STATUS_COLORS,
    TEXT_COLOR,
)
from analysis.metrics import (
    STATUS_LABELS_DA,
    danish_sort_key,
    format_int_da,
    format_pct_da,
)
from analysis.metrics.periods import mean_per_period, period_label, period_noun

# --- 01 corpus overview ---------------------------------------------------------------


def meetings_per_year_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    max_forums: int = _MAX_FORUMS,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Meetings per year, one colour per forum. In: metrics.meetings_per_year.

    Forums by ``forum_label`` when the frame has it (one forum name in several
    municipalities is several forums). More than ``max_forums``: the largest (most items)
    and a note in the subtitle; more than a few forums and ``_MAX_BARS`` bars: one line per
    forum instead of bars.
    """
    title = title or "Møder pr. år"
    if df.empty:
        return _empty(title, source)
    key = "forum_label" if "forum_label" in df else "forum"
    forums = sorted(set(df[key]), key=danish_sort_key)  # colours as forum_colors
    forums, note = _largest_forums(forums, df.groupby(key)["n_items"].sum(), max_forums)
    years = [str(y) for y in sorted(df["year"].unique())]
    lines = len(forums) > _FEW_FORUMS and len(forums) * len(years) > _MAX_BARS
    fig = go.Figure()
    for i, forum in enumerate(forums):
        part = df[df[key] == forum]
        common = {
            "x": part["year"].astype(str),
            "y": part["n_meetings"],
            "name": str(forum),
            "customdata": part[["n_items"]],
            "hovertemplate": "%{x}: %{y} møder, %{customdata[0]} punkter"
            "<extra>%{fullData.name}</extra>",
        }
        color = PALETTE[i % len(PALETTE)]
        if lines:
            fig.add_scatter(mode="lines+markers", line={"color": color}, **common)
        else:
            fig.add_bar(
                marker_color=color,
                text=part["n_meetings"],
                textposition="outside",
                cliponaxis=False,
                **common,
            )
    _year_axis(fig, years)
    fig.update_yaxes(title="Antal møder", rangemode="tozero", dtick=_dtick(df["n_meetings"]))
    if len(forums) > 1:
        _legend_right(fig, "Forum")
    fig.update_layout(showlegend=len(forums) > 1)
    default = "Antal møder med referat i materialet" + (f"; {note}" if note else "")
    return _finish(fig, title, _sub(subtitle, default), source)


def items_per_meeting_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    max_meetings: int = _MAX_MEETING_BARS,
    max_forums: int = _MAX_FORUMS,
) -> go.Figure:
    """Bars of agenda items per meeting. In: metrics.meeting_overview.

    Up to ``max_meetings`` meetings: one bar per meeting. More: the mean number of items
    per meeting in each month, quarter or year (``heatmap_period``, at most
    ``_MAX_HEATMAP_COLUMNS`` points), one line per forum (``forum_label`` when the frame
    has it, else ``forum``); more than ``max_forums`` forums: the largest (most items),
    and the subtitle says so.
    """
    title = title or "Punkter pr. møde"
    if df.empty:
        return _empty(title, source)
    if len(df) > max_meetings and pd.to_datetime(df["date"]).notna().any():
        fig, noun, note, n = _mean_per_period(df, "n_items", "punkter", max_forums)
        fig.update_yaxes(title="Punkter pr. møde (gennemsnit)")
        sub = _with_note(
            f"Gennemsnit pr. møde, {noun} for {noun}: antal dagsordenspunkter "
            f"({format_int_da(n)} møder)",
            note,
            short=f"Gennemsnitligt antal punkter pr. møde, {noun} for {noun}",
        )
        return _finish(fig, title, _sub(subtitle, sub), source)
    df = df.sort_values("date")
    labels = _meeting_labels(df["date"])
    names, inline = _forum_names(df)
    forums = sorted(set(names), key=danish_sort_key)
    kept, note = _coloured_forums(forums, df["n_items"].groupby(names.to_numpy()).sum(), max_forums)
    colors = forum_colors(kept)  # as the forum comparison charts
    fig = go.Figure()
    for name in [*kept, _OTHER_FORUMS]:
        if name == _OTHER_FORUMS:
            mask = (~names.isin(kept)).to_numpy()
        else:
            mask = (names == name).to_numpy()
        if not mask.any():
            continue
        part = df[mask]
        if name == _OTHER_FORUMS:
            shown = f"{name} ({format_int_da(len(set(names[mask])))})"
        else:
            shown = _legend_name(name, part, inline)
        fig.add_bar(
            x=[lab for lab, m in zip(labels, mask, strict=True) if m],
            y=part["n_items"],
            name=shown,
            marker_color=colors.get(name, NEUTRAL_COLOR),
            text=part["n_items"] if len(df) <= 24 else None,
            textposition="outside",
            cliponaxis=False,
            customdata=names[mask].to_numpy(),  # the forum, also of a grey bar
            hovertemplate="%{x}: %{y} punkter<extra>%{customdata}</extra>",
        )
    _meeting_axis(fig, labels, df["date"])
    fig.update_layout(barmode="relative")  # one bar per meeting, whatever its forum
    fig.update_yaxes(title="Antal punkter", rangemode="tozero", dtick=_dtick(df["n_items"]))
    if len(forums) > 1:
        _legend_right(fig, "Forum")
    fig.update_layout(showlegend=len(forums) > 1)
    sub = _with_note("Antal dagsordenspunkter på hvert møde", note)
    return _finish(fig, title, _sub(subtitle, sub), source)


def _forum_names(df: pd.DataFrame) -> tuple[pd.Series, bool]:
    """Each row's forum as the charts by forum name it: ``forum_label`` where the frame
    has it (one forum name in several municipalities is several forums), else ``forum``;
    and whether a legend entry adds the municipality after the name (``_legend_name``)."""
    key = "forum_label" if "forum_label" in df else "forum"
    return df[key].astype("object").fillna("").astype(str), key == "forum_label" and "forum" in df


def _legend_name(name: str, part: pd.DataFrame, inline: bool) -> str:
    """A forum's legend entry: with ``inline`` its name and, small after it, the
    municipality of its rows ``part`` ("Chefforum · Næstved"); else the name."""
    if inline and len(part):
        return _forum_tick(name, part["forum"].iloc[0], layout="inline")
    return name


#: The grey bars' legend entry where a chart of meetings colours only the largest forums.
_OTHER_FORUMS = "Andre fora"


def _coloured_forums(
    forums: list[str], totals: pd.Series, max_forums: int
) -> tuple[list[str], str]:
    """The forums a chart of every meeting gives colours of their own: all up to
    ``max_forums``, else the ``max_forums - 1`` with most items (the rest share one grey
    entry, no meeting left out), and the subtitle note saying so ('' when all are kept)."""
    if len(forums) <= max_forums:
        return forums, ""
    kept, _ = _largest_forums(forums, totals, max_forums - 1)
    return kept, f"de {max_forums - 1} største af {len(forums)} fora i farver, resten i gråt"


def minutes_per_meeting_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    max_meetings: int = _MAX_MEETING_BARS,
    max_forums: int = _MAX_FORUMS,
) -> go.Figure:
    """Bars of stated meeting time per meeting; meetings without stated time are marked.

    In: metrics.meeting_overview (date, duration_min, n_items, n_items_with_duration).
    More than ``max_meetings`` meetings: the mean stated time per meeting (of the meetings
    that state a time) in each month, quarter or year, one line per forum, as
    ``items_per_meeting_chart``; the subtitle still counts the meetings without time.
    """
    title = title or "Mødetid pr. møde"
    if df.empty or df["duration_min"].isna().all():
        return _empty(title, source, "Referaterne i udsnittet angiver ikke tid pr. punkt")
    n_missing = int(pd.to_numeric(df["duration_min"], errors="coerce").isna().sum())
    missing = f"{format_int_da(n_missing)} af {format_int_da(len(df))} møder angiver ingen tid"
    if len(df) > max_meetings and pd.to_datetime(df["date"]).notna().any():
        fig, noun, note, _ = _mean_per_period(df, "duration_min", "min.", max_forums)
        fig.update_yaxes(title="Minutter pr. møde (gennemsnit)")
        sub = f"Gennemsnit pr. møde med angivet tid, {noun} for {noun}"
        if note:  # the subtitle is one line: shorter words
            sub = f"Gennemsnit pr. møde med tid, {noun} for {noun}; {note}"
            missing = missing.replace("angiver ingen tid", "uden tid")
        if n_missing:
            sub += f"; {missing}"
        return _finish(fig, title, _sub(subtitle, sub), source)
    df = df.sort_values("date")
    labels = _meeting_labels(df["date"])
    minutes = pd.to_numeric(df["duration_min"], errors="coerce").astype(float)
    stated = minutes.notna().to_numpy()
    many = len(df) > 24
    text = [
        ("" if many else f"{m:.0f} min.") if ok else ("" if many else "ingen tid angivet")
        for m, ok in zip(minutes.fillna(0), stated, strict=True)
    ]
    custom = df[["n_items_with_duration", "n_items"]].to_numpy()
    fig = go.Figure(
        go.Bar(
            x=labels,
            y=minutes.fillna(0),
            marker_color=PALETTE[0],
            text=text,
            textposition="outside",
            textfont={"color": [TEXT_COLOR if ok else MUTED_COLOR for ok in stated]},
            cliponaxis=False,
            customdata=custom,
            hovertemplate="%{x}: %{y} min. (tid angivet for %{customdata[0]} af "
            "%{customdata[1]} punkter)<extra></extra>",
        )
    )
    _meeting_axis(fig, labels, df["date"])
    fig.update_yaxes(title="Minutter", rangemode="tozero")
    fig.update_layout(showlegend=False)
    sub = "Summen af den angivne tid pr. punkt"
    if n_missing:
        sub += f"; {missing}"
    return _finish(fig, title, _sub(subtitle, sub), source)


def _mean_per_period(
    df: pd.DataFrame, value: str, unit: str, max_forums: int
) -> tuple[go.Figure, str, str, int]:
    """Lines: the mean of ``value`` per meeting in each month, quarter or year.

    The period is ``heatmap_period``'s over the meetings' dates (at most
    ``_MAX_HEATMAP_COLUMNS`` points); meetings where ``value`` is null are left out of the
    mean, and a period without such meetings is a gap. One line per forum (``forum_label``
    when present, else ``forum``), at most ``max_forums`` (the most items; colours as
    ``forum_colors`` of those). Returns the figure, the period's Danish noun, the forum
    note ('' when every forum is drawn) and the number of dated meetings.
    """
    names, inline = _forum_names(df)
    dates = pd.to_datetime(df["date"])
    data = df.assign(
        _date=dates,
        _value=pd.to_numeric(df[value], errors="coerce").astype(float),
        _forum=names,
    )[dates.notna().to_numpy()]
    means, code, periods = mean_per_period(data, "_forum", "_date", "_value", _MAX_HEATMAP_COLUMNS)
    noun = period_noun(code)
    labels = [period_label(p) for p in periods]
    names = sorted(set(data["_forum"]), key=danish_sort_key)
    totals = pd.to_numeric(data["n_items"], errors="coerce").groupby(data["_forum"]).sum()
    kept, note = _largest_forums(names, totals, max_forums)
    colors = forum_colors(kept)  # as the forum comparison charts
    fig = go.Figure()
    for name in kept:
        part = data[data["_forum"] == name]
        stats = means[means["_forum"] == name]
        shown = _legend_name(name, part, inline)
        fig.add_scatter(
            x=labels,
            y=stats["mean"],
            mode="lines+markers",
            name=shown,
            line={"color": colors[name], "width": 2},
            marker={"color": colors[name], "size": 5},
            connectgaps=False,
            customdata=stats["size"],
            hovertemplate=f"{noun.capitalize()} %{{x}}: %{{y:.1f}} {unit} pr. møde "
            f"(%{{customdata:,.0f}} møder)<extra>{name}</extra>",
        )
    _period_axis(fig, list(periods), labels)
    fig.update_yaxes(rangemode="tozero")
    if len(kept) > 1:
        _legend_right(fig, "Forum")
    fig.update_layout(showlegend=len(kept) > 1, meta={"period": code})
    return fig, noun, note, len(data)


def section_presence_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Horizontal bars: share of items having each section. In: metrics.section_presence."""
    title = title or "Afsnit i punkterne"
    df = df[df["n_items"] > 0] if not df.empty else df
    if df.empty:
        return _empty(title, source)
    df = df.iloc[::-1]
    pct = df["share"] * 100
    fig = go.Figure(
        go.Bar(
            x=pct,
            y=[shorten(lab, 34) for lab in df["label"]],
            orientation="h",
            marker_color=PALETTE[0],
            text=[
                f"{format_pct_da(v)} ({format_int_da(n)})"
                for v, n in zip(df["share"], df["n_items"], strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
            customdata=df[["n_items"]],
            hovertemplate="%{y}: %{x:.0f} % (%{customdata[0]} punkter)<extra></extra>",
        )
    )
    fig.update_xaxes(**_percent_axis(112), showgrid=True, title=None)
    fig.update_yaxes(showgrid=False)
    fig.update_layout(showlegend=False, bargap=0.25)
    sub = "Andel af punkterne, der har afsnittet (antal punkter i parentes)"
    return _finish(fig, title, _sub(subtitle, sub), source)


def coverage_chart(
    df: pd.DataFrame,
    source: str | None = None,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    max_rows: int = 20,
) -> go.Figure:
    """Horizontal bars: coverage per raw file, coloured by status. In: metrics.file_coverage.

    Shows the ``max_rows`` files with the lowest coverage. File names are labelled by
    ``file_labels`` (common folders dropped, long names cut in the middle), so distinct
    files always get distinct bars; the hover has the full name. When every file has
    status OK and full coverage but not all are shown, the subtitle says so.
    """
    title = title or "Referatfiler: status og dækning"
    if df.empty:
        return _empty(title, source)
    n_files = len(df)
    all_fine = bool((df["status"] == "ok").all() and (df["coverage"] >= 1).all())
    fig = go.Figure()
    df = df.iloc[::-1]
    if len(df) > max_rows:
        df = df.tail(max_rows)  # the lowest coverage is last after the reversal
    label_of = pd.Series(file_labels(df["source_file"]), index=df.index)
    for status, label in STATUS_LABELS_DA.items():
        part = df[df["status"] == status]
        if part.empty:
            continue
        pct = part["coverage"] * 100
        fig.add_bar(
            x=pct,
            y=label_of[part.index],
            orientation="h",
            name=label,
            marker_color=STATUS_COLORS[status],
            text=[f"{v:.0f} %" for v in pct],
            textposition="outside",
            cliponaxis=False,
            customdata=part[["n_items", "source_file"]].astype("object").to_numpy(),
            hovertemplate="%{customdata[1]}: %{x:.1f} % dækket, %{customdata[0]} punkter<extra>"
            "%{fullData.name}</extra>",
        )
    fig.update_yaxes(categoryorder="array", categoryarray=list(label_of), showgrid=False)
    if len(df) > 12:  # every file named (plotly would skip every other): smaller labels
        font = 13 if len(df) <= 20 else 11
        fig.update_yaxes(tickmode="array", tickvals=list(label_of), tickfont={"size": font})
        fig.update_traces(textfont={"size": font}, constraintext="none")
    fig.update_xaxes(**_percent_axis(112), showgrid=True)
    _legend_right(fig, "Status")
    fig.update_layout(showlegend=True)
    sub = "Andel af filens tekst, der er havnet i tabellerne"
    if len(df) == max_rows:
        sub += f" ({max_rows} filer med lavest dækning)"
    if all_fine and n_files > len(df):  # the bars cannot show it: the subtitle says it
        sub = f"Alle {format_int_da(n_files)} filer har status OK og 100 % dækning"
        sub += f" (her {len(df)} af dem)"
    return _finish(fig, title, _sub(subtitle, sub), source)


#: A file name split after its separators: 'a-b_c.txt' -> 'a-', 'b_', 'c.', 'txt'.
_NAME_PARTS_RE = re.compile(r"(?<=[-_. /])")


def file_labels(files: Iterable[object], width: int = _FILE_LABEL_WIDTH) -> list[str]:
    """Short, distinct axis labels for file names (one per file, in order).

    Folders common to all files are dropped ('synthetic/…'). A name longer than ``width``
    characters is cut between its parts ('-', '_', '.'), '…' marking each cut: its end
    (the date) is always kept, and of the rest what the other files do not share first
    (``_cut_middle``). Distinct files never share a label: names that would are cut to
    their ends instead, and numbered (' (2)') as a last resort - as are repeated names.
    """
    names = [str(f).replace("\\", "/") for f in files]
    parts = [n.split("/") for n in names]
    common = 0
    while (
        parts and all(len(p) > common + 1 for p in parts) and len({p[common] for p in parts}) == 1
    ):
        common += 1
    names = ["/".join(p[common:]) for p in parts]
    tokens = [_NAME_PARTS_RE.split(n) for n in names]
    shared = 0  # leading name parts every file has
    while (
        len(tokens) > 1
        and all(len(t) > shared + 1 for t in tokens)
        and len({t[shared] for t in tokens}) == 1
    ):
        shared += 1
    labels = [_cut_middle(t, width, shared) for t in tokens]
    clash = pd.Series(labels).duplicated(keep=False).to_numpy()
    keep = max(width - 7, 4)
    for i in np.flatnonzero(clash):  # the difference was cut out: the plain ends instead
        name = names[i]
        labels[i] = name if len(name) <= width else f"{name[:6]}…{name[-keep:]}"
    out = labels
    while len(set(out)) < len(out):  # number what is still the same ('a (2)' may exist)
        seen: dict[str, int] = {}
        numbered = []
        for label in out:
            seen[label] = seen.get(label, 0) + 1
            numbered.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
        out = numbered
    return out


def _cut_middle(tokens: list[str], width: int, shared: int = 0) -> str:
    """The name made of ``tokens`` in at most ``width`` characters.

    Whole parts are left out, '…' in their place: a start (which may skip the ``shared``
    leading parts every file has), '…', and an end that always has the last part and the
    parts with digits just before it (the date). Chosen to keep most characters the files
    do not share, then most characters, then the longest end; an end too long for
    ``width`` is cut to its last characters.
    """
    name = "".join(tokens)
    if len(name) <= width:
        return name
    n = len(tokens)
    sizes = [len(t) for t in tokens]
    own = [0 if k < shared else sizes[k] for k in range(n)]
    last = n - 1  # the end kept whole: the last part, and the numbers before it (a date)
    while last > 0 and any(c.isdigit() for c in tokens[last - 1]):
        last -= 1
    best: tuple | None = None
    for skip in range(shared + 1):  # leading shared parts left out
        for i in range(skip, last + 1):  # start: tokens[skip:i]
            for j in range(max(i, 1), last + 1):  # end: tokens[j:]
                cuts = (skip > 0) + (j > i)
                kept = sum(sizes[skip:i]) + sum(sizes[j:])
                if kept + cuts > width:
                    continue
                score = (sum(own[skip:i]) + sum(own[j:]), kept, sum(sizes[j:]))
                if best is None or score > best[0]:
                    best = (score, skip, i, j)
    if best is None:  # the last part alone is too long
        return "…" + name[-(width - 1) :]
    _, skip, i, j = best
    start = ("…" if skip else "") + "".join(tokens[skip:i])
    return start + ("…" if j > i else "") + "".join(tokens[j:])
