"""analysis.metrics.periods: period binning lives in metrics; charts only draw."""

from __future__ import annotations

import pandas as pd

from analysis.metrics import periods


def test_period_code_is_the_finest_within_the_limit():
    short = pd.Series(pd.to_datetime(["2024-01-05", "2024-11-20"]))
    assert periods.period_code(short) == "M"
    ten_years = pd.Series(pd.to_datetime(["2015-01-05", "2024-12-15"]))
    assert periods.period_code(ten_years) == "Q"
    assert periods.period_code(ten_years, max_columns=12) == "Y"
    assert periods.period_code(pd.Series([], dtype="datetime64[ns]")) == "Y"


def test_period_labels_are_danish():
    assert periods.period_label(pd.Period("2024-03", "M")) == "mar. 2024"
    assert periods.period_label(pd.Period("2024Q2", "Q")) == "K2 2024"
    assert periods.period_label(pd.Period("2024", "Y")) == "2024"
    assert periods.period_noun("Q") == "kvartal" and periods.period_noun("M", True) == "måneder"


def test_mean_per_period_leaves_out_nulls_and_keeps_gaps():
    df = pd.DataFrame(
        {
            "forum": ["A", "A", "A", "B"],
            "date": pd.to_datetime(["2024-01-10", "2024-01-20", "2024-03-01", "2024-01-15"]),
            "value": [10.0, 20.0, None, 6.0],
        }
    )
    out, code, span = periods.mean_per_period(df, "forum", "date", "value")
    assert code == "M" and len(span) == 3
    a = out[out["forum"] == "A"].set_index("period")
    assert a.loc[pd.Period("2024-01", "M"), "mean"] == 15.0
    assert a.loc[pd.Period("2024-01", "M"), "size"] == 2
    assert pd.isna(a.loc[pd.Period("2024-02", "M"), "mean"])  # a gap, not 0
    assert pd.isna(a.loc[pd.Period("2024-03", "M"), "mean"])  # only a null value


def test_grid_sums_in_the_given_order():
    df = pd.DataFrame({"r": ["x", "x", "y"], "c": [1, 1, 2], "v": [1, 2, 5]})
    g = periods.grid(df, "r", "c", "v", ["y", "x"], [1, 2, 3])
    assert g.loc["x", 1] == 3 and g.loc["y", 2] == 5 and pd.isna(g.loc["x", 3])
    counts = periods.grid(df, "r", "c", None, ["x", "y"], [1, 2])
    assert counts.loc["x", 1] == 2
