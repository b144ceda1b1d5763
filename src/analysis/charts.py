"""Charts for analysts and chief seminars: a metrics DataFrame in, a plotly Figure out.

One template (``TEMPLATE_NAME``) gives every chart the same calm municipal look, sized
for a 16:9 slide: fonts are chosen on a 960×540 design canvas that ``analysis.export``
writes at 1920×1080. Titles, axes and legends are Danish. Every chart takes the source
line (``metrics.source_line(tables)``) and prints it at the bottom. Chart functions never
save anything and never modify their input; saving is ``analysis.export``'s business.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from analysis.metrics import (
    NO_THEME,
    RECOMMENDATION_OUTCOMES_DA,
    STATUS_LABELS_DA,
    danish_sort_key,
    format_int_da,
    join_da,
    theme_order,
)

#: Name under which the project template is registered in ``plotly.io.templates``.
TEMPLATE_NAME = "kommune"

#: Design canvas (px); export scales it by 2 to the 1920×1080 slide.
DESIGN_WIDTH, DESIGN_HEIGHT = 960, 540

FONT_FAMILY = '"Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif'
TEXT_COLOR = "#2B2F36"
TITLE_COLOR = "#1F3A5F"
MUTED_COLOR = "#5F6B7A"
GRID_COLOR = "#E3E7EC"
AXIS_COLOR = "#9AA3AE"
NEUTRAL_COLOR = "#C9CFD6"
#: Themes drawn in grey: no theme, and the standing items (agenda approval, Eventuelt).
NEUTRAL_THEMES: dict[str, str] = {NO_THEME: NEUTRAL_COLOR, "faste_punkter": "#E1E5EA"}

#: Calm municipal palette: deep and light blues, muted green, ochre, petrol, brick.
PALETTE: tuple[str, ...] = (
    "#1F4E79",  # dyb blå
    "#6A9F58",  # dæmpet grøn
    "#D9A441",  # okker
    "#4F86B8",  # mellemblå
    "#3E8E8A",  # petrol
    "#8C6D9E",  # dæmpet lilla
    "#C46A4A",  # teglrød
    "#A5C8E4",  # lys blå
    "#B9C98A",  # lys oliven
    "#E6CD8C",  # lys okker
    "#7C8C9E",  # skifergrå
    "#D3A6A0",  # lys tegl
)

#: Sequential scale for counts (heatmaps): near-white to deep blue.
SEQUENTIAL: tuple[tuple[float, str], ...] = (
    (0.0, "#F5F8FB"),
    (0.25, "#D3E2EF"),
    (0.5, "#95BAD9"),
    (0.75, "#4F86B8"),
    (1.0, "#1F4E79"),
)

DECISION_COLORS: dict[str, str] = {
    "approved": "#6A9F58",
    "decided": "#1F4E79",
    "recommended": "#B9C98A",
    "referred": "#3E8E8A",
    "discussed": "#95BAD9",
    "noted": "#7C8C9E",
    "postponed": "#D9A441",
    "rejected": "#C46A4A",
    "other": "#8C6D9E",
    "none": "#D5DAE0",
}
OUTCOME_COLORS: dict[str, str] = {
    "followed": "#6A9F58",
    "not_followed": "#C46A4A",
    "unknown": "#D5DAE0",
}
STATUS_COLORS: dict[str, str] = {"ok": "#6A9F58", "warning": "#D9A441", "rejected": "#C46A4A"}

MONTHS_SHORT_DA = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)

_BASE_FONT, _TICK_FONT, _TITLE_FONT, _SUBTITLE_FONT, _SOURCE_FONT = 16, 15, 24, 15, 13
_MARGIN = {"l": 70, "r": 30, "t": 100, "b": 78}
#: Distance (px) from the bottom of the plot area to the source line.
_SOURCE_OFFSET = 42
#: Longest source line (characters) before it is broken, and the height of an extra line.
_SOURCE_WIDTH, _SOURCE_LINE_HEIGHT = 96, 17
#: The source line never takes more lines than this; longer ones are condensed.
_SOURCE_MAX_LINES = 2
#: Space (px) between the x axis' tick labels (or title) and the source line.
_SOURCE_GAP = 14
#: Many meetings: label the axis by year instead of by meeting.
_MAX_MEETING_LABELS = 12
#: Most year labels on a year axis (more years: every 2nd, 5th ... year is named).
_MAX_YEAR_LABELS = 12
#: Most columns of the theme heatmap; more meetings are summed per month, quarter or year.
_MAX_HEATMAP_COLUMNS = 60
#: Most markers on a row of the case timeline; more: items counted per period (heatmap).
_MAX_TIMELINE_MARKERS = 40
#: Most forums a comparison chart shows; more: the largest (most items), and a note.
_MAX_FORUMS = 8
#: Most forums whose legend entries (forum_comparison_chart) take two lines each; up to
#: this many, charts by forum and year keep their bars however many years there are.
_FEW_FORUMS = 4
#: Most bars of a chart by forum and year (past a few forums); more: one line per forum.
_MAX_BARS = 48
#: Most meetings drawn one bar each (items, time per meeting); more: a mean per period.
_MAX_MEETING_BARS = 60
#: Longest file name on the coverage chart's axis (characters); longer ones are cut in
#: the middle, keeping the start and the distinguishing end (the date).
_FILE_LABEL_WIDTH = 40


def _build_template() -> go.layout.Template:
    axis = {
        "automargin": True,
        "showline": True,
        "linecolor": AXIS_COLOR,
        "ticks": "outside",
        "tickcolor": AXIS_COLOR,
        "ticklen": 5,
        "tickfont": {"size": _TICK_FONT, "color": TEXT_COLOR},
        "title": {"font": {"size": _BASE_FONT, "color": TEXT_COLOR}, "standoff": 10},
        "gridcolor": GRID_COLOR,
        "zeroline": False,
    }
    template = go.layout.Template()
    template.layout = go.Layout(
        font={"family": FONT_FAMILY, "size": _BASE_FONT, "color": TEXT_COLOR},
        title={
            "x": 0,
            "xref": "paper",
            "xanchor": "left",
            "y": 0.965,
            "yref": "container",
            "yanchor": "top",
            "font": {"size": _TITLE_FONT, "color": TITLE_COLOR},
            "subtitle": {"font": {"size": _SUBTITLE_FONT, "color": MUTED_COLOR}},
        },
        colorway=list(PALETTE),
        paper_bgcolor="white",
        plot_bgcolor="white",
        separators=",.",
        height=DESIGN_HEIGHT,
        margin=_MARGIN,
        xaxis={**axis, "showgrid": False},
        yaxis={**axis, "showgrid": True, "showline": False, "ticks": ""},
        legend={
            "font": {"size": _TICK_FONT},
            "title": {"font": {"size": _TICK_FONT, "color": MUTED_COLOR}},
            "bgcolor": "rgba(255,255,255,0)",
            "itemsizing": "constant",
            "tracegroupgap": 4,
        },
        hoverlabel={"font": {"family": FONT_FAMILY, "size": _TICK_FONT}},
        bargap=0.3,
        bargroupgap=0.08,
        colorscale={"sequential": [list(s) for s in SEQUENTIAL]},
        coloraxis={"colorbar": {"outlinewidth": 0, "thickness": 14}},
    )
    template.data.bar = [go.Bar(marker={"line": {"width": 0}})]
    template.data.heatmap = [go.Heatmap(colorscale=[list(s) for s in SEQUENTIAL])]
    template.data.scatter = [go.Scatter(marker={"line": {"width": 0}})]
    return template


pio.templates[TEMPLATE_NAME] = _build_template()


def use_template() -> None:
    """Make the project template the default for every plotly figure of this process."""
    pio.templates.default = TEMPLATE_NAME


def setup_notebook() -> None:
    """Template as default, and a renderer that JupyterLab and saved notebooks both show."""
    use_template()
    pio.renderers.default = "plotly_mimetype+notebook_connected"


# --- small helpers --------------------------------------------------------------------


def danish_date(value: object, with_year: bool = True) -> str:
    """'3. feb. 2022' (or '3. feb.')."""
    ts = pd.Timestamp(value)
    text = f"{ts.day}. {MONTHS_SHORT_DA[ts.month - 1]}"
    return f"{text} {ts.year}" if with_year else text


def shorten(text: object, limit: int = 38) -> str:
    """Text cut at a word boundary to ``limit`` characters, with '…' when cut."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" -–,:;")
    return (cut or text[: limit - 1]) + "…"


def wrap(text: object, width: int = 30) -> str:
    """Text on at most two lines ('<br>') of about ``width`` characters, '…' if longer."""
    words, lines, line = " ".join(str(text).split()).split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 2:
        lines = [lines[0], shorten(" ".join(lines[1:]), width)]
    return "<br>".join(lines)


def _color_map(keys: Iterable[str], order: Sequence[str] = ()) -> dict[str, str]:
    """Palette colours by position in ``order`` (stable across charts), other keys after."""
    keys = list(dict.fromkeys(keys))
    ranked = [*order, *sorted(k for k in keys if k not in order)]
    return {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(ranked)}


def theme_colors(keys: Iterable[str]) -> dict[str, str]:
    """Theme key -> colour, the same in every chart (taxonomy order).

    'Andet' (no theme) and the standing items' theme are grey, so the subject themes stand
    out. With more subject themes than palette colours the colours repeat.
    """
    keys = [k for k in keys if k not in NEUTRAL_THEMES]
    order = [k for k in theme_order() if k not in NEUTRAL_THEMES]
    return {**_color_map(keys, order), **NEUTRAL_THEMES}


def _finish(
    fig: go.Figure,
    title: str,
    subtitle: str | None,
    source: str | None,
    source_offset: int = _SOURCE_OFFSET,
) -> go.Figure:
    """Title, subtitle and source line; the template does the rest.

    The source line sits below the x axis' tick labels (and title), however tall they
    are (``_xaxis_band``), and takes at most ``_SOURCE_MAX_LINES`` lines (``source_lines``
    condenses a longer one; the full text is its hover text). The bottom margin is made
    from both, so labels, source and slide edge never overlap.
    """
    fig.update_layout(
        template=TEMPLATE_NAME,
        title={"text": title, "subtitle": {"text": subtitle or ""}},
    )
    if source:
        lines = source_lines(source)
        text = "<br>".join(lines)
        offset = max(source_offset, _xaxis_band(fig) + _SOURCE_GAP)
        fig.add_annotation(
            text=text,
            hovertext=source if text.replace("<br>", " ") != source else None,
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            xanchor="left",
            yanchor="top",
            yshift=-offset,
            showarrow=False,
            align="left",
            font={"size": _SOURCE_FONT, "color": MUTED_COLOR},
            name="source",
        )
        extra = _SOURCE_LINE_HEIGHT * (len(lines) - 1)
        fig.update_layout(margin={"b": max(_MARGIN["b"], offset + 36 + extra)})
    return fig


def _wrap_words(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def source_lines(
    source: str, width: int = _SOURCE_WIDTH, max_lines: int = _SOURCE_MAX_LINES
) -> list[str]:
    """The source line as printed: broken between words into lines of at most ``width``
    characters, and never more than ``max_lines`` lines.

    A source naming many municipalities and forums (``metrics.source_line``) is condensed
    until it fits: first the forums are counted instead of named ('referater fra 20 fora i
    A Kommune, B Kommune og C Kommune'), then the list is cut ('A Kommune og 4 andre
    kommuner'); the span and 'n = …' are always kept. Any other text is cut with '…'.
    """
    source = " ".join(source.split())
    for candidate in _condensed_sources(source):
        lines = _wrap_words(candidate, width)
        if len(lines) <= max_lines:
            return lines
    lines = _wrap_words(source, width)
    tail = lines[max_lines - 1 :]
    return [*lines[: max_lines - 1], shorten(" ".join(tail), width)]


#: 'Kilde: referater fra <list>[ 2022-2025], n = 33 punkter[ (uden faste punkter)]'
_SOURCE_RE = re.compile(
    r"^(?P<head>.*?referater fra )(?P<list>.+?)(?P<tail>( \d{4}(-\d{4})?)?, n = .+)$"
)
#: 'Egedal Kommune (Byråd, Chefforum)': a municipality with its forums.
_MUNI_RE = re.compile(r"^(?P<muni>[^()]+?) \((?P<forums>[^()]+)\)$")


def _condensed_sources(source: str) -> Iterable[str]:
    """``source`` itself, then ever shorter versions of a 'referater fra …' source."""
    yield source
    match = _SOURCE_RE.match(source)
    if not match:
        return
    head, tail = match["head"], match["tail"]
    entries = _split_da_list(match["list"])
    munis = [_MUNI_RE.match(e) for e in entries]
    if len(entries) > 1 and all(munis):
        names = [m["muni"] for m in munis if m]
        n_fora = sum(len(m["forums"].split(", ")) for m in munis if m)
        fora = f"{n_fora} fora i " if n_fora > len(names) else ""
        for k in range(len(names), 0, -1):
            rest = len(names) - k
            more = [f"{rest} {_other(rest, 'kommune', 'kommuner')}"] if rest else []
            yield f"{head}{fora}{join_da([*names[:k], *more])}{tail}"
    for k in range(len(entries) - 1, 0, -1):
        rest = len(entries) - k
        yield f"{head}{join_da([*entries[:k], f'{rest} {_other(rest)}'])}{tail}"


def _other(n: int, noun: str = "", plural: str = "") -> str:
    """'anden kommune' / 'andre kommuner' (or just 'anden' / 'andre')."""
    word = "anden" if n == 1 else "andre"
    noun = noun if n == 1 else plural
    return f"{word} {noun}" if noun else word


def _split_da_list(text: str) -> list[str]:
    """Inverse of ``metrics.join_da`` for 'A (x, y), B og C (z)': parentheses kept whole,
    and the 'og' of 'Børne- og Skoleudvalget' (after a hyphen) is not a separator."""
    parts, depth, current = [], 0, ""
    i = 0
    while i < len(text):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and text.startswith(", ", i):
            parts.append(current)
            current, i = "", i + 2
            continue
        current += ch
        i += 1
    parts.append(current)
    last, depth, cut = parts[-1], 0, -1
    for i, ch in enumerate(last):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and last.startswith(" og ", i) and (i == 0 or last[i - 1] != "-"):
            cut = i
    if cut > 0:
        parts[-1:] = [last[:cut], last[cut + 4 :]]
    return [p.strip() for p in parts if p.strip()]


_TAG_RE = re.compile(r"<[^>]+>")


def _xaxis_band(fig: go.Figure) -> int:
    """Height (px, design canvas) under the plot area taken by the bottom x axes' tick
    labels and titles: the source line goes below it.

    Estimated from the labels (longest line, number of '<br>' lines) and the tick angle;
    where plotly chooses the angle ('auto'), the rotation it would need is assumed.
    """
    layout = fig.layout
    legend_px = 220 if layout.showlegend is not False and len(fig.data) > 1 else 0
    band = 0.0
    for name in [k for k in layout.to_plotly_json() if k.startswith("xaxis")] or ["xaxis"]:
        ax = layout[name]
        if ax.visible is False or ax.side == "top" or ax.overlaying:
            continue
        height = 0.0
        if ax.showticklabels is not False:
            labels = _tick_labels(fig, name)
            font = ax.tickfont.size or _TICK_FONT
            n_lines = max((lab.count("<br>") + 1 for lab in labels), default=1)
            longest = max(
                (len(_TAG_RE.sub("", part)) for lab in labels for part in lab.split("<br>")),
                default=4,
            )
            w, h = longest * 0.56 * font, n_lines * font * 1.2
            angle = ax.tickangle
            if angle is None or angle == "auto":
                domain = ax.domain or (0, 1)
                avail = (DESIGN_WIDTH - 100 - legend_px) * (domain[1] - domain[0])
                per_label = avail / max(len(labels), 1)
                angle = 0 if w + 8 <= per_label else (30 if 2 * font + 4 <= per_label else 90)
            rad = math.radians(float(angle))
            ticks = (ax.ticklen if ax.ticklen is not None else 5) if ax.ticks != "" else 0
            height = abs(w * math.sin(rad)) + abs(h * math.cos(rad)) + ticks + 4
        if ax.title.text:
            height += (ax.title.font.size or _BASE_FONT) * 1.3 + (ax.title.standoff or 10)
        band = max(band, height)
    return math.ceil(band)


def _tick_labels(fig: go.Figure, axis_name: str) -> list[str]:
    """The tick labels plotly will print on a x axis (as far as they can be known)."""
    ax = fig.layout[axis_name]
    if ax.ticktext:
        return [str(t) for t in ax.ticktext]
    if ax.tickvals:
        return [str(t) for t in ax.tickvals]
    ref = "x" + axis_name.removeprefix("xaxis")
    values: list = []
    for trace in fig.data:
        if (getattr(trace, "xaxis", None) or "x") == ref and getattr(trace, "x", None) is not None:
            values.extend(trace.x)
    if ax.type == "category" or any(isinstance(v, str) for v in values):
        return [str(v) for v in (ax.categoryarray or dict.fromkeys(values))]
    if ax.type == "date" or any(isinstance(v, pd.Timestamp | np.datetime64) for v in values):
        return ["jan. 2024"]
    return ["100 %"]  # numbers: short, never rotated


def _sub(override: str | None, default: str | None) -> str | None:
    return default if override is None else override


def _empty(
    title: str, source: str | None, message: str = "Ingen data i det valgte udsnit"
) -> go.Figure:
    fig = go.Figure()
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.add_annotation(
        text=message,
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
        showarrow=False,
        font={"size": 20, "color": MUTED_COLOR},
    )
    return _finish(fig, title, None, source)


def _percent_axis(top: float | None = 100.5) -> dict:
    """Axis in percent ('50 %'), from 0 to ``top`` (None: automatic)."""
    spec: dict = {"ticksuffix": " %", "tickformat": ",.0f", "rangemode": "tozero"}
    if top is not None:
        spec["range"] = [0, top]
    return spec


def _year_axis(
    fig: go.Figure, years: Sequence[str], max_labels: int = _MAX_YEAR_LABELS, **where: int
) -> None:
    """Category axis of years, labels level; with many years only every 2nd, 5th … year
    is named (``_label_step``). ``where``: row/col of a subplot."""
    years = [str(y) for y in years]
    step = _label_step(len(years), max_labels)
    spec: dict = {"type": "category", "categoryorder": "array", "categoryarray": years}
    spec["tickangle"] = 0
    if step > 1:
        named = [y for y in years if y.isdigit() and int(y) % step == 0] or years[::step]
        spec.update(tickmode="array", tickvals=named, ticktext=named)
    fig.update_xaxes(**spec, **where)


def _label_step(n: int, max_labels: int, steps: Sequence[int] = (1, 2, 5, 10, 20, 25, 50)) -> int:
    """The smallest 'round' step that names at most ``max_labels`` of ``n`` categories."""
    return next((s for s in steps if math.ceil(n / s) <= max_labels), steps[-1])


def _meeting_labels(dates: pd.Series) -> list[str]:
    """Unique Danish labels per meeting date (a second meeting on a day gets ' (2)')."""
    labels, seen = [], {}
    for d in dates:
        label = danish_date(d)
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return labels


def _meeting_axis(fig: go.Figure, labels: list[str], dates: pd.Series) -> None:
    """Category axis of meetings; with many meetings only the first of each year is named."""
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=labels)
    if len(labels) > _MAX_MEETING_LABELS:
        years = pd.to_datetime(dates).dt.year.to_numpy()
        gap = max(2, len(labels) // 14)  # categories between two year labels, at least
        vals, text, last = [], [], -gap
        for i, (label, year) in enumerate(zip(labels, years, strict=True)):
            if (i == 0 or year != years[i - 1]) and i - last >= gap:
                vals.append(label)
                text.append(str(year))
                last = i
        fig.update_xaxes(tickmode="array", tickvals=vals, ticktext=text, tickangle=0)
    else:
        fig.update_xaxes(tickangle=0 if len(labels) <= 6 else -35)


def _legend_right(fig: go.Figure, title: str) -> None:
    fig.update_layout(
        legend={
            "title": {"text": title},
            "orientation": "v",
            "x": 1.02,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
        }
    )


def _stack(fig: go.Figure) -> None:
    fig.update_layout(barmode="stack")


def _narrow(fig: go.Figure, n_categories: int) -> None:
    """Keep one or two bars from filling the whole slide."""
    if n_categories <= 2:
        fig.update_traces(width=0.4, selector={"type": "bar"})


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


def _dtick(values: pd.Series) -> int | None:
    """Whole-number ticks for small counts."""
    top = float(pd.to_numeric(values, errors="coerce").max() or 0)
    return 1 if top <= 8 else None


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
    fig = go.Figure()
    forums = sorted(set(df["forum"]), key=danish_sort_key)  # colours as forum_colors
    for i, forum in enumerate(forums):
        mask = (df["forum"] == forum).to_numpy()
        part = df[mask]
        fig.add_bar(
            x=[lab for lab, m in zip(labels, mask, strict=True) if m],
            y=part["n_items"],
            name=str(forum),
            marker_color=PALETTE[i % len(PALETTE)],
            text=part["n_items"] if len(df) <= 24 else None,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{x}: %{y} punkter<extra>%{fullData.name}</extra>",
        )
    _meeting_axis(fig, labels, df["date"])
    fig.update_layout(barmode="relative")  # one bar per meeting, whatever its forum
    fig.update_yaxes(title="Antal punkter", rangemode="tozero", dtick=_dtick(df["n_items"]))
    if len(forums) > 1:
        _legend_right(fig, "Forum")
    fig.update_layout(showlegend=len(forums) > 1)
    return _finish(fig, title, _sub(subtitle, "Antal dagsordenspunkter på hvert møde"), source)


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
    key = "forum_label" if "forum_label" in df else "forum"
    dates = pd.to_datetime(df["date"])
    data = df.assign(
        _date=dates,
        _value=pd.to_numeric(df[value], errors="coerce").astype(float),
        _forum=df[key].astype("object").fillna("").astype(str),
    )[dates.notna().to_numpy()]
    code = heatmap_period(data["_date"])
    noun = next(n for c, n, _ in _PERIODS if c == code)
    periods = pd.period_range(
        data["_date"].min().to_period(code), data["_date"].max().to_period(code)
    )
    labels = [period_label(p) for p in periods]
    names = sorted(set(data["_forum"]), key=danish_sort_key)
    totals = pd.to_numeric(data["n_items"], errors="coerce").groupby(data["_forum"]).sum()
    kept, note = _largest_forums(names, totals, max_forums)
    colors = forum_colors(kept)  # as the forum comparison charts
    data = data.assign(_period=data["_date"].dt.to_period(code))
    inline = key == "forum_label" and "forum" in data
    fig = go.Figure()
    for name in kept:
        part = data[(data["_forum"] == name) & data["_value"].notna()]
        stats = part.groupby("_period")["_value"].agg(["mean", "size"]).reindex(periods)
        shown = (
            _forum_tick(name, part["forum"].iloc[0], layout="inline")
            if inline and len(part)
            else name
        )
        fig.add_scatter(
            x=labels,
            y=stats["mean"],
            mode="lines+markers",
            name=shown,
            line={"color": colors[name], "width": 2},
            marker={"color": colors[name], "size": 5},
            connectgaps=False,
            customdata=stats["size"].fillna(0).astype(int),
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
            text=[f"{v:.0f} %" for v in pct],
            textposition="outside",
            cliponaxis=False,
            customdata=df[["n_items"]],
            hovertemplate="%{y}: %{x:.0f} % (%{customdata[0]} punkter)<extra></extra>",
        )
    )
    fig.update_xaxes(**_percent_axis(112), showgrid=True, title=None)
    fig.update_yaxes(showgrid=False)
    fig.update_layout(showlegend=False, bargap=0.25)
    return _finish(fig, title, _sub(subtitle, "Andel af punkterne, der har afsnittet"), source)


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


# --- 02 theme trends ------------------------------------------------------------------


def theme_share_chart(
    df: pd.DataFrame,
    source: str | None = None,
    measure: str = "items",
    *,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Stacked bars: each theme's share of the year's items (or stated minutes).

    In: metrics.theme_share_by_year; ``measure`` is 'items' or 'minutes'. For minutes,
    only years where the minutes state a time are shown.
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
    colors = theme_colors(data["theme"])
    fig = go.Figure()
    for theme in dict.fromkeys(data["theme"]):
        part = data[data["theme"] == theme]
        if part[count].sum() == 0:
            continue
        fig.add_bar(
            x=part["year"].astype(str),
            y=part[share] * 100,
            name=shorten(part["theme_label"].iloc[0], 30),
            marker_color=colors.get(theme, NEUTRAL_COLOR),
            customdata=part[[count, total]].astype(float).to_numpy(),
            hovertemplate="%{x}: %{y:.0f} % (%{customdata[0]:,.0f} af %{customdata[1]:,.0f} "
            + unit
            + ")<extra>%{fullData.name}</extra>",
        )
    _stack(fig)
    _year_axis(fig, years)
    _narrow(fig, len(years))
    fig.update_yaxes(**_percent_axis())
    _legend_right(fig, "Tema")
    return _finish(fig, title, _sub(subtitle, sub), source)


#: Heatmap periods, finest first: pandas period code, Danish noun, its plural.
_PERIODS: tuple[tuple[str, str, str], ...] = (
    ("M", "måned", "måneder"),
    ("Q", "kvartal", "kvartaler"),
    ("Y", "år", "år"),
)


def _count_colorbar(noun: str, values: np.ndarray) -> dict:
    """The colour bar of a heatmap of item counts per period ("Punkter pr. år")."""
    return {
        "title": {"text": f"Punkter<br>pr. {noun}", "side": "top", "font": {"size": _TICK_FONT}},
        "thickness": 14,
        "len": 0.8,
        "dtick": _dtick(pd.Series(values.ravel())),
    }


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
    z = (
        df.pivot_table(index="theme", columns="meeting_id", values="n_items", aggfunc="sum")
        .reindex(index=themes[::-1], columns=list(meetings["meeting_id"]))
        .fillna(0)
    )
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


def heatmap_period(dates: pd.Series, max_columns: int = _MAX_HEATMAP_COLUMNS) -> str:
    """'M', 'Q' or 'Y': the finest period giving at most ``max_columns`` periods from the
    first to the last date (years when even those are more)."""
    dates = pd.to_datetime(dates).dropna()
    if dates.empty:
        return "Y"
    for code, _, _ in _PERIODS:
        span = pd.period_range(dates.min().to_period(code), dates.max().to_period(code))
        if len(span) <= max_columns:
            return code
    return "Y"


def period_label(period: pd.Period) -> str:
    """Danish column label of a period: 'jan. 2024', 'K1 2024' or '2024'."""
    code = period.freqstr[0]
    if code == "M":
        return f"{MONTHS_SHORT_DA[period.month - 1]} {period.year}"
    if code == "Q":
        return f"K{period.quarter} {period.year}"
    return str(period.year)


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
    noun, plural = next((n, pl) for c, n, pl in _PERIODS if c == code)
    meeting_dates = pd.to_datetime(meetings["date"])
    dated = meeting_dates.notna().to_numpy()
    meetings, meeting_dates = meetings[dated], meeting_dates[dated]
    df = df[df["meeting_id"].isin(set(meetings["meeting_id"]))]
    periods = pd.period_range(
        meeting_dates.min().to_period(code), meeting_dates.max().to_period(code)
    )
    n_meetings = (
        meetings.assign(period=meeting_dates.dt.to_period(code))
        .groupby("period")["meeting_id"]
        .nunique()
        .reindex(periods, fill_value=0)
    )
    z = (
        df.assign(period=pd.to_datetime(df["date"]).dt.to_period(code))
        .pivot_table(
            index="theme", columns="period", values="n_items", aggfunc="sum", observed=True
        )
        .reindex(index=themes[::-1], columns=periods)
    )
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


def _period_axis(fig: go.Figure, periods: list[pd.Period], labels: list[str]) -> None:
    """Category axis of periods with level labels: years (every 2nd, 5th … when many) at
    their first column; months over a short span named every 1, 3 or 6 months."""
    code = periods[0].freqstr[0] if periods else "Y"
    if code == "Y":
        _year_axis(fig, labels)
        return
    vals, text = [], []
    if code == "M" and len(periods) <= 36:
        step = next(s for s in (1, 3, 6, 12) if math.ceil(len(periods) / s) <= 6)
        for p, lab in zip(periods, labels, strict=True):
            if (p.month - 1) % step == 0:
                vals.append(lab)
                text.append(str(p.year) if step == 12 else lab)
    else:
        years = sorted({p.year for p in periods})
        step = _label_step(len(years), 10)
        named = {y for y in years if y % step == 0} or {years[0]}
        for i, (p, lab) in enumerate(zip(periods, labels, strict=True)):
            if p.year in named and (i == 0 or periods[i - 1].year != p.year):
                vals.append(lab)
                text.append(str(p.year))
    fig.update_xaxes(
        type="category",
        categoryorder="array",
        categoryarray=labels,
        tickmode="array",
        tickvals=vals,
        ticktext=text,
        tickangle=0,
    )


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
            x=part["weight"] * 100,
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


# --- 03 decision handling -------------------------------------------------------------


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
            customdata=part[["n_items"]],
            hovertemplate="%{x}: %{y:.0f} % (%{customdata[0]} punkter)<extra>%{fullData.name}"
            "</extra>",
        )
    _stack(fig)
    _year_axis(fig, [str(y) for y in sorted(data["year"].unique())])
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
) -> go.Figure:
    """Horizontal stacked bars: decision types within each theme. In: decision_types_by_theme."""
    title = title or "Beslutningstyper pr. tema"
    data = df[df.groupby("theme")["n_items"].transform("sum") > 0] if not df.empty else df
    if data.empty:
        return _empty(title, source)
    themes = list(dict.fromkeys(data["theme"]))[:max_themes]
    data = data[data["theme"].isin(themes)]
    totals = data.groupby("theme")["n_items"].sum()
    names = dict(zip(data["theme"], data["theme_label"], strict=False))
    ylabels = {t: f"{shorten(names[t], 26)} ({int(totals[t])})" for t in themes}
    fig = go.Figure()
    for key in dict.fromkeys(data["decision_type"]):
        part = data[data["decision_type"] == key]
        if part["n_items"].sum() == 0:
            continue
        fig.add_bar(
            x=part["share"] * 100,
            y=part["theme"].map(ylabels),
            orientation="h",
            name=part["decision_label"].iloc[0],
            marker_color=DECISION_COLORS.get(key, NEUTRAL_COLOR),
            customdata=part[["n_items"]],
            hovertemplate="%{y}: %{x:.0f} % (%{customdata[0]} punkter)<extra>%{fullData.name}"
            "</extra>",
        )
    _stack(fig)
    fig.update_yaxes(
        categoryorder="array", categoryarray=[ylabels[t] for t in themes[::-1]], showgrid=False
    )
    fig.update_layout(legend_traceorder="normal")
    fig.update_xaxes(**_percent_axis(), showgrid=True)
    _legend_right(fig, "Beslutning")
    sub = "Primær beslutningstype inden for hvert primære tema (antal punkter i parentes)"
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
    years = [str(y) for y in sorted(data["year"].unique())]
    # a bar's width (px, design canvas; the legend takes the right): does the label fit?
    bar_px = (DESIGN_WIDTH - _MARGIN["l"] - _MARGIN["r"] - 230) / len(years) * (1 - 0.3)

    def pct_text(pct: float) -> str:
        text = f"{pct:.0f} %"
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
            text=[pct_text(v) for v in part["share"] * 100],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,
            customdata=part[["n_items"]],
            hovertemplate="%{x}: %{y:.0f} % (%{customdata[0]} punkter)<extra>%{fullData.name}"
            "</extra>",
        )
    _stack(fig)
    _year_axis(fig, years)
    fig.update_yaxes(**_percent_axis())
    fig.update_traces(textfont={"size": _TICK_FONT})
    # never shrunk below a readable size nor turned: what does not fit is left out
    fig.update_layout(uniformtext={"minsize": 12, "mode": "hide"})
    _legend_right(fig, "")
    return _finish(fig, title, _sub(subtitle, "Andel af årets punkter"), source)


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


def _thread_label(title: str, thread: str, n_rows: int) -> str:
    """Row label: title over the journal number; on one line when rows are many."""
    small = f"<span style='font-size:12px;color:{MUTED_COLOR}'>{thread}</span>"
    if n_rows <= 7:
        return f"{shorten(title, 34)}<br>{small}"
    return f"{shorten(title, 26)}  {small}"


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
    code = heatmap_period(pd.Series([lo, hi]))
    noun = next(n for c, n, _ in _PERIODS if c == code)
    periods = pd.period_range(lo.to_period(code), hi.to_period(code))
    data = data.assign(period=dates.dt.to_period(code))
    threads = list(order["thread"])
    z = (
        data.pivot_table(
            index="thread", columns="period", values="date", aggfunc="size", observed=True
        )
        .reindex(index=threads, columns=periods)
        .fillna(0)
    )
    mix = (
        data.groupby(["thread", "period", "decision_label"], observed=True)
        .size()
        .rename("n")
        .reset_index()
        .sort_values(["n", "decision_label"], ascending=[False, True])
    )
    mix_text = {
        key: ", ".join(
            f"{lab} {format_int_da(k)}" for lab, k in zip(g["decision_label"], g["n"], strict=True)
        )
        for key, g in mix.groupby(["thread", "period"], observed=True, sort=False)
    }
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
    title = title or "Politikområder (KLE-hovedgrupper) pr. år"
    data = df[df.groupby("year")["n_items"].transform("sum") > 0] if not df.empty else df
    if data.empty:
        return _empty(title, source, "Ingen punkter med KLE-journalnummer i udsnittet")
    groups = list(dict.fromkeys(data["kle_main_group"]))
    keep = groups[:max_groups]
    data = data.assign(
        kle_main_group=data["kle_main_group"].where(data["kle_main_group"].isin(keep), "øvrige"),
        kle_label=data["kle_label"].where(data["kle_main_group"].isin(keep), "Øvrige"),
    )
    data = data.groupby(["year", "kle_main_group", "kle_label"], as_index=False, sort=False)[
        "n_items"
    ].sum()
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


# --- forums side by side ----------------------------------------------------------------


def forum_colors(labels: Iterable[str]) -> dict[str, str]:
    """Forum label -> colour by position (the metrics' Danish alphabetical order), so a
    forum has the same colour in every comparison chart of a selection."""
    labels = list(dict.fromkeys(labels))
    return _color_map(labels, labels)


def _municipality_of(label: str, forum: str) -> str:
    """'Egedal Kommune' from the label 'Byråd (Egedal Kommune)' of forum 'Byråd'; else ''."""
    label, forum = str(label), str(forum)
    if label != forum and label.startswith(f"{forum} (") and label.endswith(")"):
        return label[len(forum) + 2 : -1]
    return ""


def _forum_tick(
    label: str,
    forum: str,
    n_items: int | None = None,
    width: int = 34,
    layout: str = "below",
) -> str:
    """A forum as axis or legend label: its name, with the municipality and item count small.

    layout 'below': the name (cut to ``width`` characters) over one small line; 'stacked'
    (narrow heatmap columns): the name wrapped to ``width`` over the municipality (without
    'Kommune') and the count, each on a small line; 'inline' (long legends): one line, the
    municipality after the name.
    """
    muni = _municipality_of(label, forum)
    count = (
        "" if n_items is None else f"{int(n_items)} {'punkt' if int(n_items) == 1 else 'punkter'}"
    )
    if layout == "inline":
        extra = muni.removesuffix(" Kommune")
        return f"{shorten(forum, width)}{_small(' · ' + extra)}" if extra else shorten(forum, width)
    if layout == "stacked":
        details = [d for d in (muni.removesuffix(" Kommune"), count) if d]
        return "<br>".join([*_heading_lines(forum, width), *(_small(d) for d in details)])
    details = [d for d in (muni, count) if d]
    name = shorten(forum, width)
    return f"{name}<br>{_small(' · '.join(details))}" if details else name


def _small(text: str) -> str:
    return f"<span style='font-size:12px;color:{MUTED_COLOR}'>{text}</span>"


def _largest_forums(
    labels: Sequence[str], totals: pd.Series, max_forums: int
) -> tuple[list[str], str]:
    """The ``max_forums`` forum labels with the most items (``totals``: label -> items),
    in their given order, and the subtitle note saying so ('' when all are kept)."""
    labels = list(labels)
    if len(labels) <= max_forums:
        return labels, ""
    rank = sorted(range(len(labels)), key=lambda i: (-float(totals.get(labels[i], 0)), i))
    keep = {labels[i] for i in rank[:max_forums]}
    note = f"de {max_forums} største af {len(labels)} fora (flest punkter)"
    return [lab for lab in labels if lab in keep], note


#: Endings of Danish forum names where a too long word may be hyphenated.
_FORUM_WORD_ENDS = ("bestyrelsen", "bestyrelse", "udvalget", "udvalg", "forum", "rådet", "råd")


def _hyphenate(word: str, width: int) -> list[str]:
    """A word longer than ``width`` split with a hyphen ('Kommunal-', 'bestyrelsen'):
    before a known ending ('udvalget', 'bestyrelsen' …) when it fits, otherwise cut."""
    if len(word) <= width:
        return [word]
    for end in _FORUM_WORD_ENDS:
        head = word[: -len(end)]
        if word.lower().endswith(end) and 2 <= len(head) < width and len(end) <= width:
            return [f"{head}-", word[-len(end) :]]
    return [f"{word[: width - 1]}-", *_hyphenate(word[width - 1 :], width)]


def _heading_lines(text: str, width: int, max_lines: int = 3) -> list[str]:
    """``text`` on lines of at most ``width`` characters (long words hyphenated), at most
    ``max_lines`` lines (the last cut with '…')."""
    lines: list[str] = []
    glued = False  # the last line ends in a hyphen of our own: the word goes on after it
    for word in str(text).split():
        parts = _hyphenate(word, width)
        for i, part in enumerate(parts):
            if lines and not glued and len(lines[-1]) + 1 + len(part) <= width:
                lines[-1] = f"{lines[-1]} {part}"
            else:
                lines.append(part)
            glued = i < len(parts) - 1
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], shorten(" ".join(lines[max_lines - 1 :]), width)]
    return lines


def _with_note(sub: str, note: str, short: str | None = None) -> str:
    """The subtitle with the forum note appended ('…; de 8 største af 20 fora'); ``short``
    is used instead of ``sub`` then, when given (the slide's subtitle is one line)."""
    if not note:
        return sub
    return f"{short or sub}; {note}"


def _span_text(df: pd.DataFrame) -> str:
    """'2024' or '2022-2025' from a frame's year column or its first/last dates."""
    if "year" in df and len(df):
        years = df["year"].dropna().astype(int)
    elif {"first_date", "last_date"} <= set(df.columns):
        dates = pd.concat([df["first_date"], df["last_date"]]).dropna()
        years = pd.DatetimeIndex(dates).year.to_series()
    else:
        return ""
    if years.empty:
        return ""
    lo, hi = int(years.min()), int(years.max())
    return str(lo) if lo == hi else f"{lo}-{hi}"


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
    share = data.pivot(index="theme", columns="forum_label", values="share")
    count = data.pivot(index="theme", columns="forum_label", values="n_items")
    share, count = share.loc[themes, labels] * 100, count.loc[themes, labels]
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
    text = [
        [f"{v:.0f} %" if n else "" for v, n in zip(srow, crow, strict=True)]
        for srow, crow in zip(share.to_numpy(), count.to_numpy(), strict=True)
    ]
    fig = go.Figure(
        go.Heatmap(
            z=share.to_numpy(),
            x=ticks,
            y=[shorten(theme_names[t], 30) for t in themes],
            text=text,
            texttemplate="%{text}",
            textfont={"size": _TICK_FONT},
            customdata=count.to_numpy(),
            xgap=3,
            ygap=3,
            zmin=0,
            showscale=False,
            hovertemplate="%{y}<br>%{x}: %{z:.0f} % (%{customdata} punkter)<extra></extra>",
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
    fig = go.Figure()
    for key in dict.fromkeys(data["decision_type"]):
        part = data[data["decision_type"] == key]
        if part["n_items"].sum() == 0:
            continue
        pct = part["share"] * 100
        fig.add_bar(
            x=pct,
            y=part["forum_label"].map(ticks),
            orientation="h",
            name=part["decision_label"].iloc[0],
            marker_color=DECISION_COLORS.get(key, NEUTRAL_COLOR),
            text=[f"{v:.0f} %" if v >= 9 else "" for v in pct],
            textposition="inside",
            insidetextanchor="middle",
            customdata=part[["n_items"]],
            hovertemplate="%{y}: %{x:.0f} % (%{customdata[0]} punkter)<extra>%{fullData.name}"
            "</extra>",
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


__all__ = [
    "TEMPLATE_NAME",
    "PALETTE",
    "DECISION_COLORS",
    "DESIGN_WIDTH",
    "DESIGN_HEIGHT",
    "use_template",
    "setup_notebook",
    "danish_date",
    "shorten",
    "wrap",
    "theme_colors",
    "meetings_per_year_chart",
    "items_per_meeting_chart",
    "minutes_per_meeting_chart",
    "section_presence_chart",
    "coverage_chart",
    "file_labels",
    "theme_share_chart",
    "theme_heatmap",
    "heatmap_period",
    "period_label",
    "source_lines",
    "topics_chart",
    "decision_types_by_year_chart",
    "decision_types_by_theme_chart",
    "recommendation_followed_chart",
    "case_timeline_chart",
    "kle_main_groups_chart",
    "forum_colors",
    "forum_comparison_chart",
    "theme_share_by_forum_chart",
    "decision_types_by_forum_chart",
]
