"""analysis.metrics.themes: theme shares, the theme-meeting matrix and topics."""

from __future__ import annotations

from typing import ClassVar

import pytest

from analysis import metrics
from tests.metrics_helpers import HelperContract


class TestThemeHelpers(HelperContract):
    HELPERS: ClassVar = [
        metrics.theme_share_by_year,
        metrics.theme_meeting_matrix,
        metrics.topic_overview,
    ]


def test_theme_share_by_year(tables):
    out = metrics.theme_share_by_year(tables)
    assert sorted(out["year"].unique()) == [2022, 2023, 2024]
    assert set(out["theme"]) == {"budget", metrics.NO_THEME}
    per_year = out.groupby("year")["item_share"].sum()
    assert per_year[2022] == pytest.approx(1) and per_year[2024] == pytest.approx(1)
    assert per_year[2023] == 0  # no meetings: zeros, not missing rows
    budget_2022 = out[(out["year"] == 2022) & (out["theme"] == "budget")].iloc[0]
    assert budget_2022["minutes"] == 10 and budget_2022["minutes_share"] == 1
    no_time = out[out["year"] == 2024]
    # no time stated: not recorded, not 0
    assert no_time["year_minutes"].isna().all() and no_time["minutes_share"].isna().all()
    assert out.loc[out["theme"] == metrics.NO_THEME, "theme_label"].iloc[0] == "Andet"


def test_theme_meeting_matrix_counts_every_assigned_theme(tables):
    out = metrics.theme_meeting_matrix(tables)
    assert len(out) == 3 * 2  # meetings x themes found
    cell = out[(out["meeting_id"] == "chefforum-2024-05-02") & (out["theme"] == "politikker")]
    assert cell["n_items"].tolist() == [1]


def test_topic_overview_flags_topics_the_taxonomy_misses(tables):
    out = metrics.topic_overview(tables).set_index("topic")
    assert bool(out.loc[2, "missed"]) and not bool(out.loc[1, "missed"])
    assert out["weight"].sum() == pytest.approx(1)
    assert out.loc[1, "top_terms"] == "budget, oplæg, møde"
