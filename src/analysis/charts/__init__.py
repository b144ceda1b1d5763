"""Charts for analysts and chief seminars: a metrics DataFrame in, a plotly Figure out.

One template (``TEMPLATE_NAME``) gives every chart the same calm municipal look, sized
for a 16:9 slide: fonts are chosen on a 960×540 design canvas that ``analysis.export``
writes at 1920×1080. Titles, axes and legends are Danish. Every chart takes the source
(``metrics.source(tables)``, a :class:`analysis.metrics.Source`) and prints it at the
bottom. Chart functions draw only: aggregation and period binning are the metrics'
business; they never save anything and never modify their input. One module per question
(``corpus``, ``themes``, ``decisions``, ``cases``, ``forums``, ``policy_areas``) over
``template`` and ``layout``; every public name is re-exported here.
"""

from __future__ import annotations

from analysis.charts.cases import (
    case_timeline_chart,
    kle_main_groups_chart,
)
from analysis.charts.corpus import (
    coverage_chart,
    file_labels,
    items_per_meeting_chart,
    meetings_per_year_chart,
    minutes_per_meeting_chart,
    section_presence_chart,
)
from analysis.charts.decisions import (
    decision_types_by_theme_chart,
    decision_types_by_year_chart,
    recommendation_followed_chart,
)
from analysis.charts.forums import (
    decision_types_by_forum_chart,
    forum_comparison_chart,
    theme_share_by_forum_chart,
)
from analysis.charts.layout import (
    _heading_lines as _heading_lines,
)
from analysis.charts.layout import (
    danish_date,
    forum_colors,
    heatmap_period,
    shorten,
    source_lines,
    theme_colors,
    wrap,
)
from analysis.charts.policy_areas import (
    decision_types_by_policy_area_chart,
    policy_area_share_chart,
)
from analysis.charts.template import (
    AXIS_COLOR,
    DECISION_COLORS,
    DESIGN_HEIGHT,
    DESIGN_WIDTH,
    FONT_FAMILY,
    GRID_COLOR,
    MONTHS_SHORT_DA,
    MUTED_COLOR,
    NEUTRAL_COLOR,
    NEUTRAL_THEMES,
    OUTCOME_COLORS,
    PALETTE,
    SEQUENTIAL,
    STATUS_COLORS,
    TEMPLATE_NAME,
    TEXT_COLOR,
    TITLE_COLOR,
    setup_notebook,
    use_template,
)
from analysis.charts.themes import (
    theme_heatmap,
    theme_share_chart,
    topics_chart,
)
from analysis.metrics import danish_sort_key
from analysis.metrics.periods import period_label

__all__ = [
    "danish_sort_key",
    "TEMPLATE_NAME",
    "DESIGN_WIDTH",
    "DESIGN_HEIGHT",
    "FONT_FAMILY",
    "TEXT_COLOR",
    "TITLE_COLOR",
    "MUTED_COLOR",
    "GRID_COLOR",
    "AXIS_COLOR",
    "NEUTRAL_COLOR",
    "NEUTRAL_THEMES",
    "PALETTE",
    "SEQUENTIAL",
    "DECISION_COLORS",
    "OUTCOME_COLORS",
    "STATUS_COLORS",
    "MONTHS_SHORT_DA",
    "use_template",
    "setup_notebook",
    "danish_date",
    "shorten",
    "wrap",
    "theme_colors",
    "source_lines",
    "heatmap_period",
    "period_label",
    "forum_colors",
    "meetings_per_year_chart",
    "items_per_meeting_chart",
    "minutes_per_meeting_chart",
    "section_presence_chart",
    "coverage_chart",
    "file_labels",
    "theme_share_chart",
    "theme_heatmap",
    "topics_chart",
    "decision_types_by_year_chart",
    "decision_types_by_theme_chart",
    "recommendation_followed_chart",
    "case_timeline_chart",
    "kle_main_groups_chart",
    "forum_comparison_chart",
    "theme_share_by_forum_chart",
    "decision_types_by_forum_chart",
    "policy_area_share_chart",
    "decision_types_by_policy_area_chart",
]
