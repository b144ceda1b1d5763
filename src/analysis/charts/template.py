"""The project's plotly template: a calm municipal palette, Danish number
separators, fonts sized for a slide."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

from analysis.metrics import (
    NO_THEME,
    periods,
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
#: The caution line under a chart resting on few meetings or items.
CAUTION_COLOR = "#9A6A12"
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

MONTHS_SHORT_DA = periods.MONTHS_SHORT_DA

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
