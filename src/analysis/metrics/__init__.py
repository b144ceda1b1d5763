"""Analysis helpers: the processed tables in, one tidy DataFrame per question out.

Every helper takes the dict of tables that ``analysis.load()`` returns (only the tables it
needs have to be present) plus the filters ``forum`` and ``years``, and returns a new
DataFrame; input frames are never modified. One module per question (``corpus``,
``themes``, ``decisions``, ``cases``, ``forums``) over shared helpers (``filters``,
``labels``, ``honesty``, ``source``, ``periods``, ``display``); every public name is
re-exported here, so notebooks call ``analysis.metrics.X``.

Typical use in a notebook::

    t = metrics.select(analysis.load(), forum=None, years=None)
    metrics.theme_share_by_year(t)"""

from __future__ import annotations

from analysis.metrics.cases import (
    case_threads,
    case_title,
    kle_main_groups_by_year,
)
from analysis.metrics.corpus import (
    file_coverage,
    manifest_status,
    meeting_overview,
    meetings_per_year,
    missing_meetings,
    parse_warnings,
    section_presence,
    table_counts,
)
from analysis.metrics.decisions import (
    decision_types_by_theme,
    decision_types_by_year,
    follow_up_tasks,
    postponed_items,
    recommendation_followed_by_year,
)
from analysis.metrics.display import (
    COLUMN_LABELS_DA,
    TABLE_DESCRIPTIONS_DA,
    to_danish,
)
from analysis.metrics.filters import (
    EmptySelectionError,
    check_selection,
    fold,
    is_member,
    matching,
    names_match,
    select,
    standing_items,
    what_exists,
)
from analysis.metrics.forums import (
    decision_types_by_forum,
    forum_overview,
    forums_present,
    theme_share_by_forum,
)
from analysis.metrics.honesty import (
    FEW_ITEMS,
    FEW_MEETINGS,
    MISSING_DA,
    caution,
    change_text,
    format_decimal_da,
    format_int_da,
    format_number_da,
    format_pct_da,
    is_missing,
    is_thin,
    leaders,
    plural_da,
    round_shares,
    share_pcts,
)
from analysis.metrics.labels import (
    DECIDING_TYPES,
    NO_DECISION,
    NO_THEME,
    NO_THEME_LABEL_DA,
    RECOMMENDATION_OUTCOMES_DA,
    STATUS_LABELS_DA,
    TALKING_TYPES,
    Forum,
    Tables,
    Years,
    danish_sort_key,
    decision_label,
    join_da,
    kle_main_group_labels,
    theme_label,
    theme_labels,
    theme_order,
)
from analysis.metrics.source import (
    Source,
    source,
    source_line,
)
from analysis.metrics.themes import (
    theme_meeting_matrix,
    theme_share_by_year,
    topic_overview,
)

__all__ = [
    "Tables",
    "Forum",
    "Years",
    "NO_THEME",
    "NO_THEME_LABEL_DA",
    "NO_DECISION",
    "STATUS_LABELS_DA",
    "DECIDING_TYPES",
    "TALKING_TYPES",
    "RECOMMENDATION_OUTCOMES_DA",
    "theme_labels",
    "theme_order",
    "theme_label",
    "decision_label",
    "kle_main_group_labels",
    "join_da",
    "danish_sort_key",
    "fold",
    "names_match",
    "matching",
    "EmptySelectionError",
    "check_selection",
    "what_exists",
    "is_member",
    "select",
    "standing_items",
    "format_int_da",
    "MISSING_DA",
    "FEW_MEETINGS",
    "FEW_ITEMS",
    "plural_da",
    "format_decimal_da",
    "format_pct_da",
    "is_missing",
    "format_number_da",
    "round_shares",
    "share_pcts",
    "is_thin",
    "caution",
    "leaders",
    "change_text",
    "Source",
    "source",
    "source_line",
    "COLUMN_LABELS_DA",
    "to_danish",
    "TABLE_DESCRIPTIONS_DA",
    "table_counts",
    "meetings_per_year",
    "meeting_overview",
    "section_presence",
    "manifest_status",
    "file_coverage",
    "parse_warnings",
    "missing_meetings",
    "theme_share_by_year",
    "theme_meeting_matrix",
    "topic_overview",
    "decision_types_by_year",
    "decision_types_by_theme",
    "recommendation_followed_by_year",
    "postponed_items",
    "follow_up_tasks",
    "case_title",
    "case_threads",
    "kle_main_groups_by_year",
    "forums_present",
    "forum_overview",
    "theme_share_by_forum",
    "decision_types_by_forum",
]
