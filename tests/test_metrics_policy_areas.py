"""analysis.metrics.policy_areas on a tiny hand-made corpus with the schema's columns."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.metrics import policy_areas as pm
from tests.metrics_helpers import _frame


def corpus() -> dict[str, pd.DataFrame]:
    """Two forums; 2022 (two items), 2023 (no meeting), 2024 (four items)."""
    meetings = [
        ("byraadet-2022-03-01", "Byrådet", "2022-03-01"),
        ("byraadet-2024-05-02", "Byrådet", "2024-05-02"),
        ("socialudvalget-2024-06-03", "Socialudvalget", "2024-06-03"),
    ]
    m = _frame(
        "meetings",
        [
            {
                "meeting_id": mid,
                "forum": forum,
                "date": pd.Timestamp(date),
                "year": pd.Timestamp(date).year,
                "source_file": f"{mid}.txt",
                "source_sha256": "0" * 64,
                "source_format": "txt",
            }
            for mid, forum, date in meetings
        ],
    )
    rows = [
        # meeting, number, area, decision type, minutes
        ("byraadet-2022-03-01", 1, "skole", "approved", 20),
        ("byraadet-2022-03-01", 2, None, "noted", 10),
        ("byraadet-2024-05-02", 1, "skole", "postponed", None),
        ("byraadet-2024-05-02", 2, "styrelse", "approved", None),
        ("socialudvalget-2024-06-03", 1, "social", "discussed", 30),
        ("socialudvalget-2024-06-03", 2, "social", None, 30),
    ]
    items = _frame(
        "items",
        [
            {
                "item_id": f"{mid}-{n:02d}",
                "meeting_id": mid,
                "date": pd.Timestamp(mid[-10:]),
                "number": n,
                "title": f"Punkt {n}",
                "raw_title": f"Punkt {n}",
                "policy_area": area,
                "decision_type": dtype,
                "duration_min": minutes,
            }
            for mid, n, area, dtype, minutes in rows
        ],
    )
    return {"meetings": m, "items": items}


def test_share_by_year_fills_years_and_orders_areas():
    out = pm.policy_area_share_by_year(corpus())
    assert list(out.columns) == [
        "year",
        "policy_area",
        "area_label",
        "n_items",
        "item_share",
        "minutes",
        "minutes_share",
        "year_items",
        "year_minutes",
    ]
    # skole and social have 2 items each (skole first in taxonomy order), no area last
    areas = list(dict.fromkeys(out["policy_area"]))
    assert areas == ["skole", "social", "styrelse", pm.NO_AREA]
    assert sorted(set(out["year"])) == [2022, 2023, 2024]
    assert (out.loc[out["year"] == 2023, "n_items"] == 0).all()
    assert (out.loc[out["year"] == 2023, "item_share"] == 0).all()
    y22 = out.loc[out["year"] == 2022].set_index("policy_area")
    assert y22.loc["skole", "item_share"] == pytest.approx(0.5)
    assert y22.loc["skole", "minutes_share"] == pytest.approx(20 / 30)
    assert y22.loc[pm.NO_AREA, "area_label"] == "Uden område"
    assert y22.loc["skole", "area_label"] == "Skole og uddannelse"
    for _, g in out.groupby("year"):
        assert g["item_share"].sum() in (0, pytest.approx(1.0))


def test_filters():
    out = pm.policy_area_share_by_year(corpus(), forum="Socialudvalget")
    assert set(out["year"]) == {2024}
    assert out.set_index("policy_area").loc["social", "item_share"] == pytest.approx(1.0)
    out = pm.decision_handling_by_policy_area(corpus(), years=2022)
    assert list(out["policy_area"]) == ["skole", pm.NO_AREA]


def test_decision_types_by_area():
    out = pm.decision_types_by_policy_area(corpus())
    skole = out.loc[out["policy_area"] == "skole"].set_index("decision_type")
    assert skole.loc["approved", "n_items"] == 1 and skole.loc["postponed", "n_items"] == 1
    assert skole["share"].sum() == pytest.approx(1.0)
    assert skole.loc["approved", "decision_label"] == "Godkendt"
    social = out.loc[out["policy_area"] == "social"].set_index("decision_type")
    # an item without a decision type counts as 'none'
    assert social.loc["none", "n_items"] == 1 and social.loc["discussed", "n_items"] == 1


def test_decision_handling():
    out = pm.decision_handling_by_policy_area(corpus()).set_index("policy_area")
    assert out.loc["skole", "n_items"] == 2
    assert out.loc["skole", "decided_share"] == pytest.approx(0.5)
    assert out.loc["skole", "postponed_share"] == pytest.approx(0.5)
    assert out.loc["social", "talked_share"] == pytest.approx(0.5)
    assert out.loc["social", "n_undecided"] == 1
    assert out.loc[pm.NO_AREA, "n_talked"] == 1
    assert list(out.index)[-1] == pm.NO_AREA


def test_empty_selection():
    out = pm.decision_handling_by_policy_area(corpus(), forum="Ingen")
    assert out.empty and "decided_share" in out.columns
    assert pm.policy_area_share_by_year(corpus(), forum="Ingen").empty
