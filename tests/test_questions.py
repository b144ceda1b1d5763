"""The registry of questions drives minutes charts, the yearly overview and the notebooks,
so a figure is the same number wherever it appears."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from analysis import charts, export, metrics, questions
from analysis.report.figures import overview
from tests.conftest import ROOT

YEARS = (2022, 2023, 2024, 2025)


def _trace_counts(fig, key: str = "n_items") -> dict[str, int]:
    """Trace name -> summed n (customdata[0]) of a chart's share bars."""
    return {t.name: int(sum(row[0] for row in t.customdata)) for t in fig.data}


@pytest.mark.parametrize("year", YEARS)
def test_overview_key_figures_equal_the_charts_data(seed_tables, year):
    ov = overview(seed_tables, year)
    f = ov.figures
    charts_by_name = {c.name: c.figure for c in ov.charts}
    # the same charts as minutes charts / the notebooks, over the year
    decided = questions.data("03-decisions-by-theme", seed_tables, years=[year])
    n = decided.groupby("decision_type")["n_items"].sum()
    assert f["deciding"] == int(n.reindex(metrics.DECIDING_TYPES).fillna(0).sum())
    assert f["talking"] == int(n.reindex(metrics.TALKING_TYPES).fillna(0).sum())
    assert f["decided_items"] == int(n.sum())
    drawn = _trace_counts(charts_by_name["beslutninger-pr-tema"])
    assert sum(drawn.values()) == f["decided_items"]
    labels = {metrics.decision_label(k) for k in metrics.DECIDING_TYPES}
    assert sum(v for k, v in drawn.items() if k in labels) == f["deciding"]
    # recommendation followed: key figure, chart (whole corpus, the year's bar) and overview chart
    followed = questions.data("03-recommendation-followed", seed_tables)
    row = followed[followed["year"] == year].set_index("outcome")["n_items"]
    assert f["followed"] == row["followed"]
    assert f["with_recommendation"] == row["followed"] + row["not_followed"]
    everything = export.chart_set(seed_tables)["03-recommendation-followed"]
    bars = {
        t.name: dict(zip(t.x, (c[0] for c in t.customdata), strict=True)) for t in everything.data
    }
    assert bars["Fulgte indstillingen"][str(year)] == f["followed"]
    followed_chart = {c.name: c for c in ov.charts}["indstillinger"]
    assert f"i {f['followed']} af {f['with_recommendation']} " in followed_chart.takeaway
    # meetings and items: the items-per-meeting chart's bars
    per_meeting = charts_by_name["punkter-pr-moede"]
    assert sum(sum(t.y) for t in per_meeting.data) == f["items"]
    assert sum(len(t.y) for t in per_meeting.data) == f["meetings"]
    # the key-figure sheet holds the same numbers, as numbers
    sheet = ov.sheets["Nøgletal"].set_index("Nøgletal")["Værdi"]
    assert sheet["Fulgte indstillingen"] == f["followed"]
    assert sheet["Andel afgjort"] == f["share_deciding"]
    # shares in the key figures are rounded together so they never exceed 100 %
    assert f["share_deciding"] + f["share_talking"] <= 1.0


def test_the_quoted_disagreements_are_gone(seed_tables):
    # 2023: the overview said 8 af 10, the chart 6 of 8; 2025: 44 % against 29 %
    f23 = overview(seed_tables, 2023).figures
    assert (f23["followed"], f23["with_recommendation"]) == (6, 8)
    f25 = overview(seed_tables, 2025).figures
    assert f25["share_deciding"] == pytest.approx(0.29)


def test_first_year_is_not_compared_and_ties_are_ties(seed_tables):
    ov22 = overview(seed_tables, 2022)
    themes = ov22.charts[0]
    assert "året før" not in themes.takeaway
    assert "Ændring" not in ov22.sheets["Temaer"].columns
    assert "Punkter året før" not in ov22.sheets["Temaer"].columns
    ov23 = overview(seed_tables, 2023)
    assert "fyldte lige meget" in ov23.charts[0].takeaway  # two themes with 2 items each
    assert "fyldte mest" not in ov23.charts[0].takeaway
    assert "Ændring" in ov23.sheets["Temaer"].columns
    # 2025 against 2024: one meeting each, so no trend in the headline (the sheet has it)
    ov25 = overview(seed_tables, 2025)
    assert "året før" not in ov25.charts[0].takeaway
    assert "Ændring" in ov25.sheets["Temaer"].columns


def test_takeaways_are_grammatical(seed_tables):
    text = " ".join(c.takeaway for y in YEARS for c in overview(seed_tables, y).charts)
    assert not re.search(r"\b1 (punkter|møder|sager)\b", text)
    assert "1 møde med" in text and "1 sag var" in text


def test_overview_notes_name_thin_years_and_missing_meetings(seed_tables):
    ov = overview(seed_tables, 2023)
    assert any(n.startswith("Få data: 2023") for n in ov.notes)
    missing = [n for n in ov.notes if n.startswith("Referaterne nævner")]
    assert missing and "24.5.2023" in missing[0] and "15.6.2023" in missing[0]
    all_missing = metrics.missing_meetings(seed_tables)
    assert len(all_missing) >= 6 and set(all_missing["forum"]) == {"Chefforum"}
    held = set(seed_tables["meetings"]["date"])
    assert not held & set(all_missing["date"])


def test_every_overview_chart_has_an_alt_text(seed_tables):
    for chart in overview(seed_tables, 2023).charts:
        assert chart.alt.startswith(questions.question(_question_of(chart.name)).alt)
        assert chart.takeaway in chart.alt


def _question_of(name: str) -> str:
    return next(q for n, q, _ in questions.OVERVIEW if n == name)


def test_sheets_are_numeric_with_formats(seed_tables):
    ov = overview(seed_tables, 2025)
    key = ov.sheets["Nøgletal"]
    values = key.set_index("Nøgletal")["Værdi"]
    assert isinstance(values["Andel afgjort"], float) and values["Andel afgjort"] <= 1
    assert isinstance(values["Møder"], int)
    formats = key.attrs["formats"]["Værdi"]
    assert len(formats) == len(key) and "0 %" in formats and "0.0" in formats
    themes = ov.sheets["Temaer"]
    assert themes["Andel af punkter"].sum() == pytest.approx(1.0)
    assert themes.attrs["formats"]["Andel af punkter"] == "0 %"
    meetings = overview(seed_tables, 2023).sheets["Møder"]
    assert set(meetings["Deltagere"]) == {"ikke oplyst"}  # no participant list in 2023


def test_chart_set_is_the_registry(seed_tables):
    figs = export.chart_set(seed_tables)
    single = [q for q in questions.QUESTIONS.values() if not q.several_forums]
    assert list(figs) == [q.name for q in single]
    for q in single:
        assert figs[q.name].layout.title.text == q.title


def test_adding_a_question_is_one_entry(seed_tables, monkeypatch):
    base = questions.QUESTIONS["03-decisions-by-year"]
    extra = replace(base, name="05-test-question", title="Et nyt spørgsmål")
    monkeypatch.setitem(questions.QUESTIONS, extra.name, extra)
    figs = export.chart_set(seed_tables)
    assert figs["05-test-question"].layout.title.text == "Et nyt spørgsmål"


def test_notebooks_draw_from_the_registry():
    names = set(questions.QUESTIONS)
    used = set()
    for path in sorted((ROOT / "notebooks").glob("0[1-4]-*.py")):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'questions\.\w+\("([\w-]+)"', text))
        assert "INCLUDE_STANDING" not in text  # the rule is the registry's
        assert not re.search(r"charts\.\w+_chart\(", text), path.name  # no chart by hand
    assert used <= names
    assert names - used == set()  # every question shows in a notebook


def test_share_bars_show_n(seed_tables):
    fig = questions.figure("03-recommendation-followed", seed_tables)
    ticks = list(fig.layout.xaxis.ticktext)
    assert ticks[2].startswith("2024<br>") and "n = 3" in ticks[2]  # 2 followed, 1 unknown
    theme = questions.figure("02-theme-share-items", seed_tables)
    assert all("n = " in t for t in theme.layout.xaxis.ticktext)
    by_theme = questions.figure("03-decisions-by-theme", seed_tables)
    assert all("(n = " in label for label in by_theme.layout.yaxis.categoryarray)


def test_timeline_rows_tell_cases_apart():
    import pandas as pd

    rows = []
    for case, titles in (
        ("00.01.00-A00-1-23", ["Orientering om arbejdet med den konstituerende dagsorden"] * 2),
        ("00.01.00-A00-2-23", ["Orientering om budgetprocessen", "Budgetprocessen 2025"]),
    ):
        for i, title in enumerate(titles):
            rows.append(
                {
                    "item_id": f"{case}-{i}",
                    "meeting_id": f"m{i}",
                    "date": pd.Timestamp(f"2024-0{i + 1}-01"),
                    "number": 1,
                    "title": title,
                    "case_number": case,
                    "kle_code": "00.01.00",
                    "decision_type": "noted",
                    "standing_case": False,
                }
            )
    items = pd.DataFrame(rows)
    meetings = pd.DataFrame(
        {
            "meeting_id": ["m0", "m1"],
            "date": pd.to_datetime(["2024-01-01", "2024-02-01"]),
            "year": [2024, 2024],
            "forum": ["Chefforum"] * 2,
        }
    )
    threads = metrics.case_threads({"items": items, "meetings": meetings})
    titles = threads.drop_duplicates("thread").set_index("thread")["thread_title"]
    assert titles["00.01.00-A00-1-23"] == "Arbejdet med den konstituerende dagsorden"
    assert titles["00.01.00-A00-2-23"] == "Budgetprocessen / Budgetprocessen 2025"
    fig = charts.case_timeline_chart(threads, "Kilde: test")
    labels = list(fig.layout.yaxis.ticktext)
    assert len(set(labels)) == 2
    assert all("00.01.00-A00-" in label for label in labels)
    assert not any("Orientering om…" in label for label in labels)


def test_decision_takeaway_counts_below_the_few_items_line_and_shares_above():
    import pandas as pd

    def frame(counts: dict[str, int]) -> pd.DataFrame:
        return pd.DataFrame({"decision_type": list(counts), "n_items": list(counts.values())})

    few = questions.takeaway(
        "03-decisions-by-theme", frame({"decided": 1, "discussed": 1, "other": 1})
    )
    assert few == "1 af 3 punkter blev afgjort; 1 blev kun drøftet eller taget til efterretning."
    many = questions.takeaway(
        "03-decisions-by-theme", frame({"approved": 10, "noted": 8, "other": 3})
    )
    assert many.startswith("48 % af 21 punkter blev afgjort; 38 % blev kun drøftet")
