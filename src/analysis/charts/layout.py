"""What every chart shares: title, subtitle and source line; axes of years,
meetings and periods; Danish labels of forums and files."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.charts.template import (
    _BASE_FONT,
    _MARGIN,
    _MAX_HEATMAP_COLUMNS,
    _MAX_MEETING_LABELS,
    _MAX_YEAR_LABELS,
    _SOURCE_FONT,
    _SOURCE_GAP,
    _SOURCE_LINE_HEIGHT,
    _SOURCE_MAX_LINES,
    _SOURCE_OFFSET,
    _SOURCE_WIDTH,
    _TICK_FONT,
    CAUTION_COLOR,
    DESIGN_WIDTH,
    MONTHS_SHORT_DA,
    MUTED_COLOR,
    NEUTRAL_THEMES,
    PALETTE,
    TEMPLATE_NAME,
)
from analysis.metrics import (
    Source,
    format_int_da,
    round_shares,
    theme_order,
)
from analysis.metrics.periods import PERIODS, period_code

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
    source: Source | str | None,
    source_offset: int = _SOURCE_OFFSET,
) -> go.Figure:
    """Title, subtitle, source line and caution line; the template does the rest.

    The source line sits below the x axis' tick labels (and title), however tall they
    are (``_xaxis_band``), and takes at most ``_SOURCE_MAX_LINES`` lines (``source_lines``
    condenses a longer one; the full text is its hover text). A :class:`Source` with a
    caution (a period resting on few meetings or items) adds it as one more line, in
    ochre. The bottom margin is made from all of them, so labels, source and slide edge
    never overlap.
    """
    fig.update_layout(
        template=TEMPLATE_NAME,
        title={"text": title, "subtitle": {"text": subtitle or ""}},
    )
    if source:
        full = str(source)
        lines = source_lines(source)
        text = "<br>".join(lines)
        offset = max(source_offset, _xaxis_band(fig) + _SOURCE_GAP)
        note = getattr(source, "caution", None)
        shown = [*lines, *([shorten(note, _SOURCE_WIDTH)] if note else [])]
        if note:
            text += f"<br><span style='color:{CAUTION_COLOR}'>{shorten(note, _SOURCE_WIDTH)}</span>"
        fig.add_annotation(
            text=text,
            hovertext=full if " ".join(lines) != full else None,
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
        extra = _SOURCE_LINE_HEIGHT * (len(shown) - 1)
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
    source: Source | str, width: int = _SOURCE_WIDTH, max_lines: int = _SOURCE_MAX_LINES
) -> list[str]:
    """The source line as printed: broken between words into lines of at most ``width``
    characters, and never more than ``max_lines`` lines.

    A :class:`Source` naming many municipalities and forums is condensed until it fits
    (``Source.versions``: forums counted, then municipalities cut; span and 'n = …' always
    kept). Plain text is cut with '…'.
    """
    versions = source.versions() if isinstance(source, Source) else iter([str(source)])
    full = ""
    for candidate in versions:
        candidate = " ".join(candidate.split())
        full = full or candidate
        lines = _wrap_words(candidate, width)
        if len(lines) <= max_lines:
            return lines
    lines = _wrap_words(full, width)
    tail = lines[max_lines - 1 :]
    return [*lines[: max_lines - 1], shorten(" ".join(tail), width)]


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
    fig: go.Figure,
    years: Sequence[str],
    max_labels: int = _MAX_YEAR_LABELS,
    n_by_year: Mapping[str, float] | None = None,
    unit: str = "",
    **where: int,
) -> None:
    """Category axis of years, labels level; with many years only every 2nd, 5th … year
    is named (``_label_step``). ``n_by_year``: the count each year's share bar rests on,
    printed small under the year ('n = 8', with ``unit`` 'n = 105 min.'), so a 100 % bar
    of 3 items reads as such. ``where``: row/col of a subplot."""
    years = [str(y) for y in years]
    step = _label_step(len(years), max_labels)
    spec: dict = {"type": "category", "categoryorder": "array", "categoryarray": years}
    spec["tickangle"] = 0
    named = years
    if step > 1:
        named = [y for y in years if y.isdigit() and int(y) % step == 0] or years[::step]
    if step > 1 or n_by_year is not None:
        text = named
        if n_by_year is not None:
            text = [
                f"{y}<br>{_small(f'n = {format_int_da(n_by_year.get(y, 0))}{unit}')}" for y in named
            ]
        spec.update(tickmode="array", tickvals=named, ticktext=text)
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
    """Category axis of meetings; with many meetings only the first of each year is named,
    or of each month ('jan. 2024', 'mar.', …) when the meetings span fewer than three years
    (a year label alone would leave a year's bars unnamed)."""
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=labels)
    if len(labels) > _MAX_MEETING_LABELS:
        when = pd.to_datetime(dates)
        years, months = when.dt.year.to_numpy(), when.dt.month.to_numpy()
        by_month = len(set(years)) < 3
        keys = years * 12 + months if by_month else years
        gap = max(2, len(labels) // 14)  # categories between two labels, at least
        vals, text, last = [], [], -gap
        for i, label in enumerate(labels):
            if (i == 0 or keys[i] != keys[i - 1]) and i - last >= gap:
                name = str(years[i])
                if by_month:  # the year only where it starts or changes: 'jan. 2024', 'mar.'
                    named = bool(vals) and years[last] == years[i]
                    name = MONTHS_SHORT_DA[months[i] - 1] + ("" if named else f" {name}")
                vals.append(label)
                text.append(name)
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


def _dtick(values: pd.Series) -> int | None:
    """Whole-number ticks for small counts."""
    top = float(pd.to_numeric(values, errors="coerce").max() or 0)
    return 1 if top <= 8 else None


#: Periods, finest first (``metrics.periods.PERIODS``): code, Danish noun, plural.
_PERIODS = PERIODS


def _count_colorbar(noun: str, values: np.ndarray) -> dict:
    """The colour bar of a heatmap of item counts per period ("Punkter pr. år")."""
    return {
        "title": {"text": f"Punkter<br>pr. {noun}", "side": "top", "font": {"size": _TICK_FONT}},
        "thickness": 14,
        "len": 0.8,
        "dtick": _dtick(pd.Series(values.ravel())),
    }


def heatmap_period(dates: pd.Series, max_columns: int = _MAX_HEATMAP_COLUMNS) -> str:
    """``metrics.periods.period_code`` with the charts' column limit."""
    return period_code(dates, max_columns)


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


def column_pct_cells(count: pd.DataFrame) -> tuple[list[list[str]], np.ndarray]:
    """A heatmap's cells from its counts: each column's percentages rounded to sum to 100
    (``round_shares``), the cell texts ('' where the count is 0) and the hover's customdata
    (count, percent)."""
    pcts = count.apply(lambda col: pd.Series(round_shares(col), index=col.index))
    text = [
        [f"{p} %" if n else "" for p, n in zip(prow, crow, strict=True)]
        for prow, crow in zip(pcts.to_numpy(), count.to_numpy(), strict=True)
    ]
    return text, np.dstack([count.to_numpy(), pcts.to_numpy()])
