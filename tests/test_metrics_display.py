"""analysis.metrics.display: tables renamed and formatted for Danish readers."""

from __future__ import annotations

from analysis import metrics


def test_to_danish_renames_and_formats(tables):
    shown = metrics.to_danish(metrics.theme_share_by_year(tables))
    assert "Tema" in shown.columns and "Tema (nøgle)" not in shown.columns
    assert shown["Andel af punkter"].iloc[0].endswith(" %")
    dates = metrics.to_danish(metrics.postponed_items(tables))
    assert dates["Dato"].iloc[0] == "01.03.2022" and dates["Kom igen"].iloc[0] == "ja"
    missing = metrics.to_danish(metrics.meeting_overview(tables))["Mødetid (min.)"]
    assert missing.tolist() == ["10", "ikke oplyst", "ikke oplyst"]


def test_to_danish_shows_forum_figures(tables):
    shown = metrics.to_danish(metrics.forum_overview(tables))
    assert list(shown.columns[:4]) == ["Forum", "Møder", "Punkter", "Punkter pr. møde"]
    assert "Kommune" not in shown.columns  # the label names the municipality when needed
    row = shown.iloc[0]
    assert (row["Punkter pr. møde"], row["Andel afgjort"], row["Mødetid (min., angivet)"]) == (
        "1,0",
        "50 %",
        "10",
    )
    assert shown.iloc[1]["Mødetid (min., angivet)"] == "ikke oplyst"
    keys = metrics.to_danish(metrics.forum_overview(tables), drop_keys=False)
    assert {"Forum", "Forum (navn)", "Kommune"} <= set(keys.columns)
