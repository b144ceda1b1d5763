"""analysis.metrics.cases: case threads and KLE main groups."""

from __future__ import annotations

from typing import ClassVar

import pytest

from analysis import metrics
from tests.metrics_helpers import HelperContract


class TestCaseHelpers(HelperContract):
    HELPERS: ClassVar = [
        metrics.case_threads,
        metrics.kle_main_groups_by_year,
    ]


def test_case_threads_leave_out_standing_and_single_cases(tables):
    out = metrics.case_threads(tables)
    assert set(out["thread"]) == {"00.30.00-P00-1-22"}
    assert out["appearance"].tolist() == [1, 2]
    assert out["decision_label"].tolist() == ["Udsat", "Godkendt"]
    by_kle = metrics.case_threads(tables, by="kle_code", min_meetings=1)
    assert set(by_kle["thread"]) == {"00.30.00"}
    assert by_kle["thread_title"].iloc[0] == "Budgetlægning"
    with_standing = metrics.case_threads(tables, min_meetings=1, include_standing=True)
    assert "00.01.00-A00-1-24" in set(with_standing["thread"])
    with pytest.raises(ValueError):
        metrics.case_threads(tables, by="title")


def test_kle_main_groups_by_year(tables):
    out = metrics.kle_main_groups_by_year(tables)
    assert out["year"].tolist() == [2022, 2023, 2024]
    assert out["n_items"].tolist() == [1, 0, 1]  # the standing item is left out
    assert out["kle_label"].iloc[0] == "00 Kommunens styrelse"
    assert metrics.kle_main_groups_by_year(tables, include_standing=True)["n_items"].sum() == 3
