"""Charts on large corpora: the theme heatmap sums meetings per period, and tick labels,
source line and slide edge never overlap, however long the source text is."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis import charts
from analysis.metrics import Source

SHORT_SOURCE = "Kilde: Chefforum-referater 2022-2025, n = 23 punkter"
MUNICIPALITIES = (
    "Albertslund",
    "Egeslev",
    "Lyngmose",
    "Nordvig",
    "Vesterå",
    "Ærø",
    "Øster Hjerting",
    "Åbenrå",
    "Frederiksberg",
    "Hørsholm",
)
FORUMS_EACH = ("Børne- og Skoleudvalget", "Chefforum", "Kommunalbestyrelsen", "Økonomiudvalget")
LONG_SOURCE = Source(
    municipalities=tuple((f"{m} Kommune", FORUMS_EACH) for m in MUNICIPALITIES),
    years=(2006, 2025),
    n=50_194,
    left_out="faste punkter",
)
THEMES = (
    ("budget", "Budget og økonomi"),
    ("politikker", "Politikker og strategier"),
    ("borgerinddragelse", "Borgerinddragelse"),
    ("andet", "Andet"),
)


def theme_matrix(n_meetings: int, start: str, end: str, seed: int = 1) -> pd.DataFrame:
    """A frame shaped like metrics.theme_meeting_matrix: meetings spread over start-end."""
    rng = np.random.default_rng(seed)
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    offsets = np.sort(rng.integers(0, (hi - lo).days + 1, n_meetings))
    dates = [lo + pd.Timedelta(days=int(d)) for d in offsets]
    dates[0], dates[-1] = lo, hi  # the span is exactly start-end
    rows = [
        {
            "meeting_id": f"m{i:05d}",
            "date": date,
            "forum": "Chefforum",
            "theme": theme,
            "theme_label": label,
            "n_items": int(rng.integers(0, 4)),
            "meeting_items": 6,
        }
        for i, date in enumerate(dates)
        for theme, label in THEMES
    ]
    return pd.DataFrame(rows)


def _heat(fig: go.Figure) -> go.Heatmap:
    (trace,) = [t for t in fig.data if t.type == "heatmap"]
    return trace


def _source(fig: go.Figure):
    (note,) = [a for a in fig.layout.annotations if (a.text or "").startswith("Kilde:")]
    return note


# --- theme heatmap ----------------------------------------------------------------------


def test_heatmap_with_500_meetings_has_at_most_60_columns_named_by_period():
    df = theme_matrix(500, "2006-01-01", "2025-12-31")
    fig = charts.theme_heatmap(df, SHORT_SOURCE)
    heat = _heat(fig)
    assert len(heat.x) <= 60
    assert list(heat.x) == [str(y) for y in range(2006, 2026)]  # 20 years: one column each
    assert fig.layout.title.text == "Temaer år for år"
    assert "pr. år" in fig.layout.title.subtitle.text
    assert "500 møder" in fig.layout.title.subtitle.text
    assert heat.colorbar.title.text == "Punkter<br>pr. år"
    assert heat.hovertemplate.startswith("%{y}<br>År %{x} (%{customdata}): ")  # '25 møder'
    assert "punkter" in heat.hovertemplate and heat.customdata[0][0].endswith("møder")
    # the unit stays 'items carrying the theme': the cells add up to the input
    assert np.nansum(np.array(heat.z, dtype=float)) == df["n_items"].sum()
    budget_2010 = df[(df["theme"] == "budget") & (df["date"].dt.year == 2010)]["n_items"].sum()
    row = list(heat.y).index("Budget og økonomi")
    assert heat.z[row][list(heat.x).index("2010")] == budget_2010


@pytest.mark.parametrize(
    ("start", "end", "noun", "first_label", "n_columns"),
    [
        ("2021-01-01", "2024-12-31", "måned", "jan. 2021", 48),
        ("2022-03-01", "2023-02-28", "måned", "mar. 2022", 12),
        ("2014-01-01", "2025-12-31", "kvartal", "K1 2014", 48),
        ("2011-04-01", "2025-12-31", "kvartal", "K2 2011", 59),
        ("1990-01-01", "2025-12-31", "år", "1990", 36),
    ],
)
def test_heatmap_period_is_the_finest_giving_at_most_60_columns(
    start, end, noun, first_label, n_columns
):
    fig = charts.theme_heatmap(theme_matrix(400, start, end), SHORT_SOURCE)
    heat = _heat(fig)
    assert len(heat.x) == n_columns <= 60
    assert heat.x[0] == first_label
    assert fig.layout.title.text == f"Temaer {noun} for {noun}"
    assert f"pr. {noun}" in fig.layout.title.subtitle.text
    assert heat.colorbar.title.text.endswith(f"pr. {noun}")
    assert f"<br>{noun.capitalize()} %{{x}}" in heat.hovertemplate
    ticks = list(fig.layout.xaxis.ticktext or [])
    assert 0 < len(ticks) <= 10 and fig.layout.xaxis.tickangle == 0  # level, not crowded


def test_heatmap_keeps_one_column_per_meeting_with_few_meetings():
    five = theme_matrix(5, "2022-02-03", "2025-04-23")
    fig = charts.theme_heatmap(five, SHORT_SOURCE)
    heat = _heat(fig)
    assert len(heat.x) == 5
    assert heat.x[0] == "3. feb. 2022" and heat.x[-1] == "23. apr. 2025"
    assert fig.layout.title.text == "Temaer møde for møde"
    assert heat.colorbar.title.text == "Punkter"
    assert heat.hovertemplate == "%{y}<br>%{x}: %{z} punkter<extra></extra>"
    sixty = charts.theme_heatmap(theme_matrix(60, "2022-01-01", "2024-12-31"), SHORT_SOURCE)
    assert len(_heat(sixty).x) == 60 and sixty.layout.title.text == "Temaer møde for møde"
    sixty_one = charts.theme_heatmap(theme_matrix(61, "2022-01-01", "2024-12-31"), SHORT_SOURCE)
    assert len(_heat(sixty_one).x) == 36  # months of 2022-2024


def test_heatmap_periods_without_meetings_are_blank_not_zero():
    df = theme_matrix(200, "2020-01-01", "2023-12-31")
    df = df[df["date"].dt.year != 2021]  # a year without meetings
    fig = charts.theme_heatmap(df, SHORT_SOURCE)
    heat = _heat(fig)
    x = list(heat.x)
    z = np.array(heat.z, dtype=float)
    gap = [i for i, lab in enumerate(x) if lab.endswith("2021")]
    assert len(gap) == 12 and np.isnan(z[:, gap]).all()
    held = [i for i in range(len(x)) if i not in gap]
    assert not np.isnan(z[:, held]).any()
    assert heat.customdata[0][gap[0]] == "ingen møder"
    assert heat.zmin == 0 and heat.zmax == np.nanmax(z)  # the colours start at 0 items
    assert "tom: måned uden møder" in fig.layout.title.subtitle.text


def test_heatmap_title_and_subtitle_can_still_be_overridden():
    fig = charts.theme_heatmap(
        theme_matrix(300, "2010-01-01", "2025-12-31"), SHORT_SOURCE, title="T", subtitle="U"
    )
    assert fig.layout.title.text == "T" and fig.layout.title.subtitle.text == "U"


# --- source line and bottom margin ------------------------------------------------------


def test_long_source_is_condensed_to_a_bounded_number_of_lines():
    lines = charts.source_lines(LONG_SOURCE)
    assert len(lines) <= 2 and all(len(line) <= 96 for line in lines)
    text = " ".join(lines)
    assert text.startswith("Kilde: referater fra 40 fora i Albertslund Kommune")
    assert "andre kommuner" in text  # ten municipalities do not fit by name
    assert text.endswith("2006-2025, n = 50.194 punkter (uden faste punkter)")
    five = Source(municipalities=LONG_SOURCE.municipalities[:5], years=(2006, 2025), n=5)
    five_text = " ".join(charts.source_lines(five))
    assert five_text.startswith("Kilde: referater fra 20 fora i Albertslund Kommune, Egeslev")
    assert "Vesterå Kommune 2006-2025" in five_text  # all five named, forums counted
    assert charts.source_lines(SHORT_SOURCE) == [SHORT_SOURCE]


def test_source_condensing_keeps_danish_compound_forum_names_whole():
    src = Source(
        forums=(
            "Børne- og Skoleudvalget",
            "Chefforum",
            "Kultur- og Fritidsudvalget",
            "Social- og Sundhedsudvalget",
            "Teknik- og Miljøudvalget",
            "Beskæftigelses- og Integrationsudvalget",
            "Økonomiudvalget",
            "Børne- og Ungeudvalget",
        ),
        years=(2022, 2025),
        n=1234,
    )
    lines = charts.source_lines(src, width=60)
    assert len(lines) <= 2
    text = " ".join(lines)
    assert "Børne- og Skoleudvalget" in text and "andre" in text
    assert text.endswith("2022-2025, n = 1.234 punkter")
    odd = "Kilde: " + "meget lang kildetekst " * 20
    assert len(charts.source_lines(odd)) == 2 and charts.source_lines(odd)[-1].endswith("…")


def test_condensed_source_keeps_the_full_text_as_hover():
    fig = charts.theme_share_chart(_theme_share(2006, 2025), LONG_SOURCE)
    note = _source(fig)
    assert note.text.count("<br>") <= 1
    assert note.hovertext == str(LONG_SOURCE)
    assert (
        _source(charts.theme_share_chart(_theme_share(2022, 2024), SHORT_SOURCE)).hovertext is None
    )


def _bottom_ok(fig: go.Figure, min_offset: int) -> None:
    """The source sits at least ``min_offset`` px under the plot and the margin holds it."""
    note = _source(fig)
    offset = -note.yshift
    n_lines = note.text.count("<br>") + 1
    assert offset >= min_offset
    assert fig.layout.margin.b >= offset + n_lines * 17 + 10


def _theme_share(first: int, last: int) -> pd.DataFrame:
    rows = [
        {
            "year": year,
            "theme": theme,
            "theme_label": label,
            "n_items": 5,
            "year_items": 20,
            "item_share": 0.25,
            "minutes": 0.0,
            "year_minutes": 0.0,
            "minutes_share": 0.0,
        }
        for year in range(first, last + 1)
        for theme, label in THEMES
    ]
    return pd.DataFrame(rows)


def _case_threads(first: int, last: int, n_threads: int = 12) -> pd.DataFrame:
    rows = []
    for k in range(n_threads):
        start = pd.Timestamp(f"{first + k % (last - first + 1)}-03-01")
        for j in range(3):
            rows.append(
                {
                    "thread": f"00.01.00-P20-{k}-{first % 100}",
                    "thread_title": f"Sag nummer {k} om økonomi og måltal",
                    "date": start + pd.Timedelta(days=120 * j),
                    "title": f"Sag {k}",
                    "decision_type": ("approved", "postponed", "noted")[j],
                    "decision_label": ("Godkendt", "Udsat", "Taget til efterretning")[j],
                    "appearance": j + 1,
                    "n_meetings": 3,
                }
            )
    df = pd.DataFrame(rows)
    df["first_date"] = df.groupby("thread")["date"].transform("min")
    df["last_date"] = df.groupby("thread")["date"].transform("max")
    return df


def test_case_timeline_year_labels_stay_level_and_clear_of_the_source():
    df = _case_threads(2006, 2025, n_threads=1200)
    span = (pd.Timestamp("2006-01-05"), pd.Timestamp("2025-12-10"))
    fig = charts.case_timeline_chart(df, LONG_SOURCE, date_range=span)
    ax = fig.layout.xaxis
    assert ax.tickangle == 0  # 20 years: not rotated, but thinned
    assert 2 <= len(ax.ticktext) <= 8
    assert all(len(t) == 4 and t.isdigit() for t in ax.ticktext)
    assert len(ax.minor.tickvals) >= 20  # every year keeps a faint grid line
    assert "1.200 journalnumre" in fig.layout.title.subtitle.text  # Danish thousands
    _bottom_ok(fig, min_offset=35)
    assert _source(fig).text.count("<br>") <= 1


@pytest.mark.parametrize(
    "make",
    [
        lambda src: charts.theme_share_chart(_theme_share(2006, 2025), src),
        lambda src: charts.theme_share_chart(_theme_share(1980, 2025), src),
        lambda src: charts.decision_types_by_year_chart(
            pd.DataFrame(
                {
                    "year": list(range(2006, 2026)),
                    "decision_type": "approved",
                    "decision_label": "Godkendt",
                    "n_items": 3,
                    "share": 1.0,
                }
            ),
            src,
        ),
    ],
    ids=["20-years", "46-years", "decisions-by-year"],
)
def test_year_axes_are_thinned_instead_of_rotated(make):
    fig = make(LONG_SOURCE)
    ax = fig.layout.xaxis
    assert ax.tickangle == 0
    assert len(ax.tickvals) <= 12
    step = int(ax.tickvals[1]) - int(ax.tickvals[0])
    assert step in (2, 5, 10) and all(int(v) % step == 0 for v in ax.tickvals)  # round years
    _bottom_ok(fig, min_offset=35)


def test_few_years_keep_every_year_label():
    fig = charts.theme_share_chart(_theme_share(2022, 2025), SHORT_SOURCE)
    years = ["2022", "2023", "2024", "2025"]
    assert [str(v) for v in fig.layout.xaxis.tickvals] == years  # every year named
    assert all("n = " in t for t in fig.layout.xaxis.ticktext)  # with the n it rests on
    assert _source(fig).yshift < -42 and fig.layout.margin.b > 78  # below the two lines


def test_rotated_meeting_labels_push_the_source_down():
    dates = pd.date_range("2023-01-15", periods=10, freq="37D")
    overview = pd.DataFrame(
        {
            "meeting_id": [f"m{i}" for i in range(10)],
            "date": dates,
            "forum": "Chefforum",
            "n_items": range(3, 13),
            "duration_min": 60.0,
            "n_items_with_duration": 3,
        }
    )
    fig = charts.items_per_meeting_chart(overview, LONG_SOURCE)
    assert fig.layout.xaxis.tickangle == -35
    # '15. jan. 2023' at -35°: about 13 characters × 8 px × sin 35° + a line, plus the tick
    label_height = 13 * 8 * math.sin(math.radians(35)) + 15 * math.cos(math.radians(35))
    _bottom_ok(fig, min_offset=math.ceil(label_height) + 5)


def test_axis_title_under_the_ticks_is_cleared_too():
    topics = pd.DataFrame(
        {
            "topic": [1, 2],
            "label": ["budget, økonomi", "skole, børn"],
            "top_terms": ["budget, økonomi", "skole, børn"],
            "covered_by": ["budget", ""],
            "covered_label": ["Budget og økonomi", ""],
            "missed": [False, True],
            "weight": [0.6, 0.4],
            "n_items": [3, 2],
        }
    )
    fig = charts.topics_chart(topics, LONG_SOURCE)
    assert fig.layout.xaxis.title.text == "Andel af emnevægten"
    _bottom_ok(fig, min_offset=60)  # tick labels and the axis title above the source
