"""analysis.metrics.corpus: meetings per year, overview, sections, manifest, coverage."""

from __future__ import annotations

from typing import ClassVar

import pytest

from analysis import metrics
from tests.metrics_helpers import HelperContract, _with_municipalities


class TestCorpusHelpers(HelperContract):
    HELPERS: ClassVar = [
        metrics.meetings_per_year,
        metrics.meeting_overview,
        metrics.section_presence,
        metrics.manifest_status,
        metrics.file_coverage,
        metrics.parse_warnings,
        metrics.table_counts,
    ]


def test_meetings_per_year_fills_missing_years_with_zeros(tables):
    out = metrics.meetings_per_year(tables, forum="Chefforum")
    assert out["year"].tolist() == [2022, 2023, 2024]
    assert out["n_meetings"].tolist() == [1, 0, 1]
    both = metrics.meetings_per_year(tables)
    assert len(both) == 3 * 2  # years x forums
    assert both.loc[both["year"] == 2023, "n_meetings"].sum() == 0
    assert metrics.meetings_per_year(tables, years=[2024])["year"].unique().tolist() == [2024]


def test_meeting_overview_and_sections(tables):
    ov = metrics.meeting_overview(tables)
    assert ov["n_items_with_duration"].tolist() == [1, 0, 0]
    assert ov["n_source_files"].tolist() == [1, 1, 1]
    sec = metrics.section_presence(tables)
    assert sec["section"].tolist()[:6] == [
        "anledning",
        "resume",
        "sagsfremstilling",
        "indstilling",
        "beslutning",
        "bilag",
    ]
    other = sec.set_index("section").loc["tidsplan"]
    assert other["label"] == "Tidsplan" and other["n_items"] == 1
    assert sec.set_index("section").loc["beslutning", "share"] == pytest.approx(1 / 3)


def test_manifest_status_and_warnings(tables):
    status = metrics.manifest_status(tables).set_index("status")
    assert status.loc["ok", "n_files"] == 2 and status.loc["warning", "n_files"] == 1
    assert status.loc["warning", "status_label"] == "Advarsel"
    warnings = metrics.parse_warnings(tables)
    assert warnings["message"].tolist() == ["no date found", "odd heading"]
    assert metrics.file_coverage(tables)["coverage"].iloc[0] == 0.9


def test_meeting_overview_labels_forums_by_municipality_when_several(tables):
    one = metrics.meeting_overview(tables).set_index("meeting_id")["forum_label"]
    assert one["chefforum-2024-05-02"] == "Chefforum"
    two = _with_municipalities(tables, "Albertslund Kommune", "Egedal Kommune", None)
    labels = metrics.meeting_overview(two).set_index("meeting_id")["forum_label"]
    assert labels["chefforum-2022-03-01"] == "Chefforum (Albertslund Kommune)"
    assert labels["chefforum-2024-05-02"] == "Chefforum (Egedal Kommune)"
    assert labels["oekonomiudvalget-2024-06-03"] == "Økonomiudvalget"


def test_meetings_per_year_counts_a_forum_in_each_municipality_apart(tables):
    two = _with_municipalities(tables, "Albertslund Kommune", "Egedal Kommune", None)
    out = metrics.meetings_per_year(two)
    labels = sorted(out["forum_label"].unique())
    assert labels == [
        "Chefforum (Albertslund Kommune)",
        "Chefforum (Egedal Kommune)",
        "Økonomiudvalget",
    ]
    assert len(out) == 3 * 3  # years x forum labels
    egedal = out[out["forum_label"] == "Chefforum (Egedal Kommune)"]
    assert egedal.set_index("year")["n_meetings"].to_dict() == {2022: 0, 2023: 0, 2024: 1}
