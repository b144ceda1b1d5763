"""analysis.metrics.honesty and the rules it carries into every output: Danish numbers,
plurals, shares that sum to 100 %, caution at small numbers, ties, no comparison with a
year without data, 'ikke oplyst' instead of 0."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import metrics, questions
from analysis.metrics import honesty
from tests.metrics_helpers import tiny_tables


def test_danish_plural_singular():
    assert honesty.plural_da(1, "punkt", "punkter") == "1 punkt"
    assert honesty.plural_da(2, "møde", "møder") == "2 møder"
    assert honesty.plural_da(0, "møde", "møder") == "0 møder"
    assert honesty.plural_da(1234, "punkt", "punkter") == "1.234 punkter"


def test_danish_number_formats():
    assert honesty.format_int_da(1234567) == "1.234.567"
    assert honesty.format_decimal_da(1234.56) == "1.234,6"
    assert honesty.format_decimal_da(1.75, 2) == "1,75"
    assert honesty.format_pct_da(0.425) == "43 %"
    assert honesty.format_number_da(None) == "ikke oplyst"
    assert honesty.format_number_da(float("nan")) == "ikke oplyst"
    assert honesty.format_number_da(2.5) == "2,5"
    assert honesty.format_number_da(12000) == "12.000"


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([1, 7], [13, 87]),
        ([1, 1, 1], [34, 33, 33]),
        ([0, 0], [0, 0]),
        ([2, 1, 1, 1, 0], [40, 20, 20, 20, 0]),
    ],
)
def test_shares_sum_to_100(counts, expected):
    got = honesty.round_shares(counts)
    assert got == expected
    assert sum(got) in (0, 100)


def test_shares_of_eight_items_sum_to_100():
    # the defect: 1/8 shown as 12 % so the year's themes summed to 98 %
    counts = [1, 1, 1, 1, 2, 2]
    assert sum(honesty.round_shares(counts)) == 100
    df = pd.DataFrame({"year": [2023] * 6, "n_items": counts})
    assert honesty.share_pcts(df, "n_items", "year").sum() == 100


def test_caution_at_few_meetings_or_items():
    assert honesty.caution({2024: (5, 20)}) is None
    one = honesty.caution({2024: (1, 3)})
    assert one == "Få data: 2024 bygger kun på 1 møde og 3 punkter; tolk tallene varsomt."
    two = honesty.caution({2022: (6, 40), 2023: (2, 12), 2024: (4, 25)})
    assert "2023 (2 møder, 12 punkter) og 2024 (4 møder, 25 punkter)" in two
    many = honesty.caution({y: (1, 5) for y in range(2020, 2026)})
    assert many.startswith("Få data: 6 af 6 år har under 5 møder eller 20 punkter")
    assert honesty.caution({2022: (0, 0), 2023: (9, 90)}) is None  # a year without meetings


def test_no_comparison_with_a_year_without_data():
    assert honesty.change_text(3, None) is None
    assert honesty.change_text(3, 1) == "2 flere end året før"
    assert honesty.change_text(1, 3) == "2 færre end året før"
    assert honesty.change_text(2, 2) == "samme antal som året før"


def test_ties_are_named_as_ties():
    assert honesty.leaders({"A": 2, "B": 2, "C": 1}) == (["A", "B"], 2)
    assert honesty.leaders({"A": 3, "B": 2}) == (["A"], 3)


def test_source_carries_a_caution_for_thin_years(seed_tables):
    src = metrics.source(seed_tables, years=2024)
    assert src.caution == "Få data: 2024 bygger kun på 1 møde og 5 punkter; tolk tallene varsomt."
    fig = questions.figure("03-recommendation-followed", seed_tables, years=2024)
    note = [a for a in fig.layout.annotations if a.name == "source"][0]
    assert "Få data: 2024" in note.text


def test_missing_is_not_zero(seed_tables):
    shown = metrics.to_danish(metrics.meeting_overview(seed_tables))
    assert shown["Deltagere"].tolist()[:4] == ["ikke oplyst"] * 4  # no participant list
    assert shown["Deltagere"].iloc[4] == "9"
    assert shown["Mødetid (min.)"].iloc[0] == "ikke oplyst"
    themes = metrics.theme_share_by_year(seed_tables)
    assert themes.loc[themes["year"] == 2023, "minutes"].isna().all()  # no time stated
    shown = metrics.to_danish(themes[themes["year"] == 2023])
    assert set(shown["Minutter"]) == {"ikke oplyst"}


def test_to_danish_numbers_and_shares():
    t = tiny_tables()
    shown = metrics.to_danish(metrics.theme_share_by_year(t))
    for _, group in shown.groupby("År"):
        pcts = [int(v.removesuffix(" %")) for v in group["Andel af punkter"]]
        assert sum(pcts) in (0, 100)
    overview = metrics.to_danish(metrics.forum_overview(t))
    assert overview["Punkter pr. møde"].iloc[0] == "1,0"  # decimal comma
    big = metrics.to_danish(pd.DataFrame({"year": [2024], "n_items": [12345]}))
    assert big.iloc[0].tolist() == [2024, "12.345"]  # years stay years
