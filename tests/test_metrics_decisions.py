"""analysis.metrics.decisions: decision types, recommendations, postponed items, follow-ups."""

from __future__ import annotations

from typing import ClassVar

import pandas as pd

from analysis import metrics
from tests.metrics_helpers import HelperContract


class TestDecisionHelpers(HelperContract):
    HELPERS: ClassVar = [
        metrics.decision_types_by_year,
        metrics.decision_types_by_theme,
        metrics.recommendation_followed_by_year,
        metrics.postponed_items,
        metrics.follow_up_tasks,
    ]


def test_decision_helpers(tables):
    by_year = metrics.decision_types_by_year(tables)
    assert set(by_year["decision_type"]) == {"postponed", "approved", "none"}
    assert by_year.groupby("year")["share"].sum()[2023] == 0
    label = by_year.set_index("decision_type")["decision_label"].to_dict()
    assert label["postponed"] == "Udsat" and label["none"] == "Intet"
    by_theme = metrics.decision_types_by_theme(tables)
    assert by_theme.groupby("theme")["share"].sum().round(6).eq(1).all()
    followed = metrics.recommendation_followed_by_year(tables)
    counts = followed.groupby("outcome")["n_items"].sum()
    assert counts.to_dict() == {"followed": 1, "not_followed": 1, "unknown": 1}


def test_postponed_items_come_back(tables):
    out = metrics.postponed_items(tables)
    assert len(out) == 1
    row = out.iloc[0]
    assert bool(row["came_back"]) and row["next_title"] == "Budget 2023 igen"
    assert row["days_until_back"] == (pd.Timestamp("2024-05-02") - pd.Timestamp("2022-03-01")).days
    # the return is found even when only the postponement's year is selected
    assert bool(metrics.postponed_items(tables, years=2022)["came_back"].iloc[0])


def test_follow_up_tasks(tables):
    out = metrics.follow_up_tasks(tables)
    assert out[["title", "actor"]].values.tolist() == [["Budget 2023", "Økonomi"]]


def test_agenda_items_are_left_out_of_decision_shares():
    """An agenda's items have decided nothing yet: no 'Intet' share, no forum row."""
    from tests.metrics_helpers import tiny_tables

    t = tiny_tables()
    before = metrics.decision_types_by_forum(t)
    assert "Økonomiudvalget" in set(before["forum_label"])
    agenda = t["meetings"]["forum"] == "Økonomiudvalget"
    t["meetings"]["document_type"] = t["meetings"]["document_type"].mask(agenda, "dagsorden")
    by_forum = metrics.decision_types_by_forum(t)
    assert "Økonomiudvalget" not in set(by_forum["forum_label"])
    by_year = metrics.decision_types_by_year(t).groupby("year")["n_items"].sum()
    n_2024 = len(t["items"][t["items"]["date"].dt.year == 2024])
    assert by_year[2024] == n_2024 - int(agenda.sum())
    # the case threads keep an agenda's appearance (and its "Intet")
    pd.testing.assert_frame_equal(metrics.case_threads(t), metrics.case_threads(tiny_tables()))


def test_forum_overview_shares_are_of_items_in_minutes():
    """A forum's agenda items decide nothing yet: its shares count only its minutes."""
    from tests.metrics_helpers import tiny_tables

    t = tiny_tables()
    cf = t["meetings"]["meeting_id"] == "chefforum-2022-03-01"
    before = metrics.forum_overview(t).set_index("forum_label").loc["Chefforum"]
    t["meetings"]["document_type"] = t["meetings"]["document_type"].mask(cf, "dagsorden")
    after = metrics.forum_overview(t).set_index("forum_label").loc["Chefforum"]
    assert after["n_items"] == before["n_items"] == 2
    assert after["n_deciding"] == before["n_deciding"]
    # one of the two items (the postponed one) was on an agenda: the share is of the other
    assert (before["share_deciding"], after["share_deciding"]) == (0.5, 1.0)
    # a forum of agendas only: nothing to share, 0 (as a forum without items)
    t["meetings"]["document_type"] = "dagsorden"
    assert metrics.forum_overview(t)["share_deciding"].eq(0.0).all()
