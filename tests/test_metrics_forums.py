"""analysis.metrics.forums: forums side by side."""

from __future__ import annotations

from typing import ClassVar

import pandas as pd

from analysis import metrics
from tests.metrics_helpers import HelperContract, _with_municipalities


class TestForumHelpers(HelperContract):
    HELPERS: ClassVar = [
        metrics.forum_overview,
        metrics.theme_share_by_forum,
        metrics.decision_types_by_forum,
    ]


def test_forums_present(tables):
    assert metrics.forums_present(tables) == ["Chefforum", "Økonomiudvalget"]
    assert metrics.forums_present(tables, forum="Chefforum") == ["Chefforum"]
    assert metrics.forums_present(tables, years=2022) == ["Chefforum"]
    assert metrics.forums_present(tables, forum="Nowhere") == []
    one = _with_municipalities(tables, "Albertslund Kommune", "Albertslund Kommune", None)
    assert metrics.forums_present(one) == ["Chefforum", "Økonomiudvalget"]  # one municipality
    two = _with_municipalities(tables, "Albertslund Kommune", "Egedal Kommune", None)
    # the same forum name in two municipalities is two forums
    assert metrics.forums_present(two) == [
        "Chefforum (Albertslund Kommune)",
        "Chefforum (Egedal Kommune)",
        "Økonomiudvalget",
    ]


def test_forum_overview(tables):
    out = metrics.forum_overview(tables).set_index("forum_label")
    assert out.index.tolist() == ["Chefforum", "Økonomiudvalget"]
    cf, ou = out.loc["Chefforum"], out.loc["Økonomiudvalget"]
    assert (cf["n_meetings"], cf["n_items"], cf["items_per_meeting"]) == (2, 2, 1.0)
    assert cf["minutes_stated"] == 10 and cf["n_items_with_duration"] == 1
    assert pd.isna(ou["minutes_stated"])  # no stated time: unknown, not 0
    # postponed + approved: one of two items settled something; 'none' is neither
    assert (cf["n_deciding"], cf["share_deciding"], cf["n_talking"]) == (1, 0.5, 0)
    assert (ou["n_deciding"], ou["share_deciding"], ou["share_talking"]) == (0, 0.0, 0.0)
    assert cf["first_date"] == pd.Timestamp("2022-03-01")
    assert cf["last_date"] == pd.Timestamp("2024-05-02")
    assert out["municipality"].isna().all()


def test_forum_overview_by_year_fills_zeros(tables):
    out = metrics.forum_overview(tables, by_year=True)
    assert len(out) == 2 * 3  # forums x years 2022-2024
    cf = out[out["forum_label"] == "Chefforum"].set_index("year")
    assert cf["n_meetings"].tolist() == [1, 0, 1]
    assert pd.isna(cf.loc[2023, "items_per_meeting"]) and cf.loc[2023, "share_deciding"] == 0
    assert metrics.forum_overview(tables, years=[2024], by_year=True)["year"].unique() == [2024]


def test_theme_share_by_forum(tables):
    out = metrics.theme_share_by_forum(tables)
    assert len(out) == 2 * 2  # forums x themes found, zeros filled
    assert out["theme"].tolist() == ["budget", "andet", "budget", "andet"]  # 'Andet' last
    share = out.set_index(["forum_label", "theme"])["share"]
    assert share["Chefforum", "budget"] == 1 and share["Økonomiudvalget", metrics.NO_THEME] == 1
    assert share["Økonomiudvalget", "budget"] == 0
    assert out.groupby("forum_label")["share"].sum().eq(1).all()
    assert set(out["theme_label"]) == {"Andet", metrics.theme_label("budget")}
    assert out["forum_items"].tolist() == [2, 2, 1, 1]


def test_decision_types_by_forum(tables):
    out = metrics.decision_types_by_forum(tables)
    assert len(out) == 2 * 3  # forums x types found, zeros filled
    cf = out[out["forum_label"] == "Chefforum"]
    # the deciding types first, then the rest in vocabulary priority order
    assert cf["decision_type"].tolist() == ["approved", "postponed", "none"]
    assert cf["decision_label"].tolist() == ["Godkendt", "Udsat", "Intet"]
    assert cf["deciding"].tolist() == [True, False, False]
    assert cf["n_items"].tolist() == [1, 1, 0]
    ou = out[out["forum_label"] == "Økonomiudvalget"].set_index("decision_type")
    assert ou.loc["none", "share"] == 1 and ou.loc["approved", "n_items"] == 0
    assert out.groupby("forum_label")["share"].sum().eq(1).all()
