"""Forum comparison, recommendation and timeline charts on a large corpus (20 forums,
20 years, thousands of items per KLE subject) stay readable, and look as before with
one to four forums."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis import charts

SOURCE = "Kilde: referater fra 20 fora i fem kommuner 2006-2025, n = 50.194 punkter"
FORUMS = ("Børne- og Skoleudvalget", "Chefforum", "Kommunalbestyrelsen", "Økonomiudvalget")
MUNICIPALITIES = ("Albertslund", "Egeslev", "Lyngmose", "Nordvig", "Vesterå")
THEMES = (
    ("budget", "Budget og økonomi"),
    ("politikker", "Politikker og strategier"),
    ("andet", "Andet"),
)
DECISIONS = (("approved", "Godkendt"), ("noted", "Taget til efterretning"))


def forum_labels(n: int) -> list[tuple[str, str]]:
    """(forum_label, forum) of ``n`` forums, the metrics' order (forum, then municipality)."""
    pairs = [(f, m) for f in FORUMS for m in MUNICIPALITIES][:n]
    return [(f"{f} ({m} Kommune)", f) for f, m in pairs]


def _items(i: int) -> int:
    """Items of the i-th forum: all different, so the largest are well defined."""
    return 2000 + 37 * ((i * 7) % 20)


def forum_overview(n_forums: int, first: int = 2006, last: int = 2025) -> pd.DataFrame:
    rows = [
        {
            "forum_label": label,
            "forum": forum,
            "year": year,
            "n_meetings": 25,
            "n_items": _items(i) // (last - first + 1),
        }
        for i, (label, forum) in enumerate(forum_labels(n_forums))
        for year in range(first, last + 1)
    ]
    return pd.DataFrame(rows)


def theme_share(n_forums: int) -> pd.DataFrame:
    rows = []
    for i, (label, forum) in enumerate(forum_labels(n_forums)):
        total = _items(i)
        for k, (theme, theme_label) in enumerate(THEMES):
            n = total // (k + 2)
            rows.append(
                {
                    "forum_label": label,
                    "forum": forum,
                    "theme": theme,
                    "theme_label": theme_label,
                    "n_items": n,
                    "forum_items": total,
                    "share": n / total,
                }
            )
    return pd.DataFrame(rows)


def decision_types(n_forums: int) -> pd.DataFrame:
    rows = []
    for i, (label, forum) in enumerate(forum_labels(n_forums)):
        total = _items(i)
        for k, (key, decision_label) in enumerate(DECISIONS):
            n = total * (k + 1) // 3
            rows.append(
                {
                    "forum_label": label,
                    "forum": forum,
                    "decision_type": key,
                    "decision_label": decision_label,
                    "n_items": n,
                    "forum_items": total,
                    "share": n / total,
                }
            )
    return pd.DataFrame(rows)


def _largest(n_forums: int, k: int) -> list[str]:
    labels = [lab for lab, _ in forum_labels(n_forums)]
    rank = sorted(range(len(labels)), key=lambda i: -_items(i))[:k]
    return [labels[i] for i in sorted(rank)]


def _subtitle(fig: go.Figure) -> str:
    return fig.layout.title.subtitle.text or ""


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


# --- forum_comparison_chart -----------------------------------------------------------


def test_forum_comparison_with_20_forums_shows_the_8_largest_with_a_note():
    fig = charts.forum_comparison_chart(forum_overview(20), SOURCE)
    legend = [tr for tr in fig.data if tr.showlegend]
    assert len(legend) == 8  # the legend fits the slide
    assert [tr.legendgroup for tr in legend] == _largest(20, 8)
    assert "de 8 største af 20 fora" in _subtitle(fig)
    assert fig.layout.legend.x >= 1 and fig.layout.legend.xanchor == "left"  # right of panels
    assert fig.layout.legend.orientation == "v"


def test_forum_comparison_with_many_forums_and_years_draws_lines_without_numbers():
    fig = charts.forum_comparison_chart(forum_overview(20), SOURCE)
    assert {tr.type for tr in fig.data} == {"scatter"}
    assert all(tr.mode == "lines+markers" for tr in fig.data)
    assert all(tr.text is None for tr in fig.data)  # no overlapping value labels


def test_forum_comparison_hides_bar_numbers_that_would_overlap():
    fig = charts.forum_comparison_chart(forum_overview(4), SOURCE)  # 4 forums × 20 years
    assert {tr.type for tr in fig.data} == {"bar"}  # few forums: bars as before
    assert all(tr.text is None for tr in fig.data)  # 80 bars: too narrow for numbers
    assert "største" not in _subtitle(fig)


def test_forum_comparison_with_few_forums_and_years_looks_as_before():
    df = forum_overview(2, 2022, 2025).assign(n_meetings=[1, 2, 1, 1, 2, 0, 3, 1])
    fig = charts.forum_comparison_chart(df.assign(n_items=df["n_meetings"] * 6), SOURCE)
    assert [tr.type for tr in fig.data] == ["bar"] * 4
    assert all(tr.textposition == "outside" and len(tr.text) == 4 for tr in fig.data)
    legend = [tr.name for tr in fig.data if tr.showlegend]
    assert len(legend) == 2 and all("<br>" in name for name in legend)  # two-line entries
    assert _subtitle(fig) == "Antal møder og dagsordenspunkter pr. år, 2022-2025"


def test_forum_comparison_totals_with_20_forums_keep_8_rows_on_two_lines():
    totals = forum_overview(20).groupby(["forum_label", "forum"], as_index=False, sort=False)
    df = totals[["n_meetings", "n_items"]].sum()
    fig = charts.forum_comparison_chart(df, SOURCE)
    assert len(fig.data[0].y) == 8
    assert "de 8 største af 20 fora" in _subtitle(fig)
    few = charts.forum_comparison_chart(df.head(3), SOURCE)
    assert len(few.data[0].y) == 3 and "største" not in _subtitle(few)


def test_max_forums_can_be_chosen():
    fig = charts.forum_comparison_chart(forum_overview(20), SOURCE, max_forums=5)
    assert len([tr for tr in fig.data if tr.showlegend]) == 5
    assert "de 5 største af 20 fora" in _subtitle(fig)


# --- theme_share_by_forum_chart -------------------------------------------------------


def test_theme_share_by_forum_with_20_forums_has_8_columns_whose_headings_fit():
    fig = charts.theme_share_by_forum_chart(theme_share(20), SOURCE)
    heat = fig.data[0]
    assert len(heat.x) == 8
    assert "de 8 største af 20 fora" in _subtitle(fig)
    assert fig.layout.xaxis.tickangle == 0
    # a heading's lines never run wider than its column (12 px font, ~7 px a character)
    column_px = (charts.DESIGN_WIDTH - 240) / len(heat.x)
    for tick in heat.x:
        for line in tick.split("<br>"):
            assert len(_plain(line)) * 7 <= column_px, tick
    names = [_plain(t.split("<br>")[0]) for t in heat.x]
    assert "Kommunal-" in names  # long Danish words hyphenated at a word part


def test_theme_share_by_forum_with_two_forums_is_unchanged():
    fig = charts.theme_share_by_forum_chart(theme_share(2), SOURCE)
    assert len(fig.data[0].x) == 2
    assert fig.data[0].x[0].startswith("Børne- og Skoleudvalget<br>")  # one line, wide
    assert _subtitle(fig) == "Andel af forummets punkter med temaet som primært tema"


# --- decision_types_by_forum_chart ----------------------------------------------------


def test_decision_types_by_forum_with_20_forums_shows_8_rows():
    fig = charts.decision_types_by_forum_chart(decision_types(20), SOURCE)
    rows = list(fig.layout.yaxis.categoryarray)
    assert len(rows) == 8
    assert all(len(tr.y) == 8 for tr in fig.data)
    assert "de 8 største af 20 fora" in _subtitle(fig)
    assert "afgørende" not in _subtitle(fig)  # shortened: one line on the slide
    assert len(_subtitle(fig)) <= 95


def test_decision_types_by_forum_with_three_forums_is_unchanged():
    fig = charts.decision_types_by_forum_chart(decision_types(3), SOURCE)
    assert len(fig.layout.yaxis.categoryarray) == 3
    assert _subtitle(fig) == (
        "Primær beslutningstype, andel af forummets punkter; de afgørende typer står først"
    )


def test_forum_helpers_split_long_words_at_word_parts():
    lines = charts._heading_lines("Børne- og Skoleudvalget", 12)
    assert lines == ["Børne- og", "Skole-", "udvalget"]
    assert charts._heading_lines("Kommunalbestyrelsen", 12) == ["Kommunal-", "bestyrelsen"]
    assert charts._heading_lines("Chefforum", 12) == ["Chefforum"]
    assert charts._heading_lines("Børne- og Skoleudvalget", 34) == ["Børne- og Skoleudvalget"]


# --- recommendation_followed_chart ----------------------------------------------------


def recommendations(first: int, last: int) -> pd.DataFrame:
    rows = [
        {"year": year, "outcome": key, "n_items": n, "share": n / 100}
        for year in range(first, last + 1)
        for key, n in (("followed", 66), ("not_followed", 28), ("unknown", 6))
    ]
    return pd.DataFrame(rows)


def test_recommendation_percentages_never_turn_and_are_left_out_when_bars_are_narrow():
    fig = charts.recommendation_followed_chart(recommendations(2006, 2025), SOURCE)
    assert all(tr.textangle == 0 for tr in fig.data)
    assert all(not any(tr.text) for tr in fig.data)  # 20 bars: too narrow for '66 %'
    assert fig.layout.uniformtext.mode == "hide" and fig.layout.uniformtext.minsize >= 12


def test_recommendation_percentages_with_few_years_as_before():
    fig = charts.recommendation_followed_chart(recommendations(2022, 2025), SOURCE)
    followed = fig.data[0]
    assert list(followed.text) == ["66 %"] * 4
    assert followed.textposition == "inside" and followed.textangle == 0
    assert list(fig.data[2].text) == [""] * 4  # under 8 %: no label, as before


# --- case / KLE subject timeline ------------------------------------------------------


def kle_threads(n_rows: int, per_row: int, first: int = 2006, last: int = 2025) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    lo, hi = pd.Timestamp(f"{first}-01-10"), pd.Timestamp(f"{last}-12-10")
    rows = []
    for r in range(n_rows):
        days = np.sort(rng.integers(0, (hi - lo).days + 1, per_row))
        for j, d in enumerate(days):
            key, label = DECISIONS[j % 2]
            rows.append(
                {
                    "thread": f"00.{r:02d}.00",
                    "thread_title": f"KLE-emne nummer {r}",
                    "date": lo + pd.Timedelta(days=int(d)),
                    "title": f"Punkt {j}",
                    "decision_type": key,
                    "decision_label": label,
                    "appearance": j + 1,
                    "n_meetings": per_row,
                }
            )
    df = pd.DataFrame(rows)
    df["first_date"] = df.groupby("thread")["date"].transform("min")
    df["last_date"] = df.groupby("thread")["date"].transform("max")
    return df


def test_kle_timeline_with_thousands_of_items_counts_them_per_year():
    df = kle_threads(12, 400)
    span = (pd.Timestamp("2006-01-05"), pd.Timestamp("2025-12-20"))
    fig = charts.case_timeline_chart(df, SOURCE, date_range=span, title="KLE-emner, der går igen")
    assert [tr.type for tr in fig.data] == ["heatmap"]  # no markers at all
    heat = fig.data[0]
    assert len(heat.x) == 20 and heat.x[0] == "2006"  # one column per year
    assert np.asarray(heat.z).shape == (12, 20)
    assert np.asarray(heat.z).sum() == len(df)  # every item counted once
    assert "pr. år" in heat.colorbar.title.text
    assert "antal punkter pr. år" in _subtitle(fig)
    assert len(fig.layout.yaxis.ticktext) == 12
    assert "Godkendt" in heat.customdata[0][0]  # the decision types in the hover
    assert fig.layout.xaxis.tickangle == 0 and len(fig.layout.xaxis.tickvals) <= 12


def test_kle_timeline_over_a_short_span_counts_per_month():
    fig = charts.case_timeline_chart(kle_threads(3, 200, 2023, 2024), SOURCE)
    assert fig.data[0].type == "heatmap" and fig.layout.meta["period"] == "M"
    assert len(fig.data[0].x) <= 60
    assert "antal punkter pr. måned" in _subtitle(fig)


@pytest.mark.parametrize("per_row", [3, 40])
def test_timeline_with_few_markers_per_row_keeps_its_markers(per_row):
    fig = charts.case_timeline_chart(kle_threads(5, per_row), SOURCE)
    assert "heatmap" not in {tr.type for tr in fig.data}
    markers = [tr for tr in fig.data if tr.mode == "markers"]
    assert sum(len(tr.x) for tr in markers) == 5 * per_row
    assert fig.layout.legend.title.text == "Beslutning"


def test_timeline_subtitle_override_still_wins_when_counting():
    fig = charts.case_timeline_chart(kle_threads(2, 100), SOURCE, subtitle="Egen undertitel")
    assert fig.data[0].type == "heatmap" and _subtitle(fig) == "Egen undertitel"


def test_kle_timeline_names_its_rows_kle_subjects_when_counting_too():
    kle = ("KLE-emne", "KLE-emner")
    counted = charts.case_timeline_chart(kle_threads(2, 100), SOURCE, rows=kle)
    assert _subtitle(counted).startswith("Én række pr. KLE-emne, der optræder på flere møder")
    assert "antal punkter pr." in _subtitle(counted)
    marked = charts.case_timeline_chart(kle_threads(2, 3), SOURCE, rows=kle)
    assert _subtitle(marked) == (
        "Én række pr. KLE-emne, der optræder på flere møder; faste punkter er udeladt"
    )
    many = charts.case_timeline_chart(kle_threads(15, 3), SOURCE, rows=kle)
    assert _subtitle(many) == "De 12 af 15 KLE-emner, der optræder på flest møder"


def test_meetings_per_year_with_20_forums_shows_the_8_largest_as_lines() -> None:
    rows = []
    for year in range(2006, 2026):
        for m in range(5):
            for f in ("Chefforum", "Økonomiudvalget", "Byråd", "Skoleudvalg"):
                rows.append(
                    {
                        "year": year,
                        "forum": f,
                        "forum_label": f"{f} (Kommune {m})",
                        "n_meetings": 25,
                        "n_items": 170 + m,
                    }
                )
    df = pd.DataFrame(rows)
    fig = charts.meetings_per_year_chart(df, "Kilde: test")
    assert len(fig.data) == 8 and all(t.type == "scatter" for t in fig.data)
    assert "de 8 største af 20 fora" in fig.layout.title.subtitle.text
    few = df[df["forum_label"].str.endswith("(Kommune 0)")]
    bars = charts.meetings_per_year_chart(few, "Kilde: test")
    assert len(bars.data) == 4 and all(t.type == "bar" for t in bars.data)
    assert "største" not in bars.layout.title.subtitle.text
