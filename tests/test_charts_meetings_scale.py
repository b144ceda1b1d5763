"""Items and time per meeting, and the file coverage chart, on a large corpus (hundreds
to thousands of meetings, files with long shared name prefixes) stay readable, and look
as before with a handful of meetings."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis import charts

SOURCE = "Kilde: referater fra 4 fora i Egeslev Kommune 2015-2024, n = 3.500 punkter"
FORUMS = ("Børne- og Skoleudvalget", "Chefforum", "Kommunalbestyrelsen", "Økonomiudvalget")


def overview(
    n: int, start: str, end: str, forums: tuple[str, ...] = FORUMS, seed: int = 1
) -> pd.DataFrame:
    """A metrics.meeting_overview-like frame: ``n`` meetings spread over [start, end]."""
    rng = np.random.default_rng(seed)
    dates = pd.to_datetime(np.linspace(pd.Timestamp(start).value, pd.Timestamp(end).value, n))
    minutes = rng.integers(10, 120, n).astype(float)
    minutes[rng.random(n) < 0.4] = np.nan  # 40 % state no time
    n_items = rng.integers(3, 12, n)
    return pd.DataFrame(
        {
            "meeting_id": [f"m{i:05d}" for i in range(n)],
            "forum": [forums[i % len(forums)] for i in range(n)],
            "date": dates.normalize(),
            "year": dates.year,
            "n_items": n_items,
            "duration_min": minutes,
            "n_items_with_duration": np.where(np.isnan(minutes), 0, n_items),
            "n_participants": 7,
        }
    )


def _x_positions(fig: go.Figure) -> list[str]:
    return list(dict.fromkeys(str(x) for trace in fig.data for x in trace.x))


def _subtitle(fig: go.Figure) -> str:
    return fig.layout.title.subtitle.text or ""


@pytest.mark.parametrize(
    ("chart", "unit_word"),
    [(charts.items_per_meeting_chart, "punkter"), (charts.minutes_per_meeting_chart, "min.")],
)
def test_500_meetings_over_10_years_are_a_mean_per_quarter(chart, unit_word):
    df = overview(500, "2015-01-05", "2024-12-15")
    fig = chart(df, SOURCE)
    assert {t.type for t in fig.data} == {"scatter"}  # lines, not 500 slivers
    positions = _x_positions(fig)
    assert len(positions) <= 60
    assert positions[:2] == ["K1 2015", "K2 2015"]  # Danish period labels
    assert "kvartal for kvartal" in _subtitle(fig)
    assert "Gennemsnit" in _subtitle(fig)
    assert "gennemsnit" in fig.layout.yaxis.title.text
    assert len(fig.data) == len(FORUMS)  # one line per forum
    assert [t.name for t in fig.data] == sorted(FORUMS, key=charts.danish_sort_key)
    assert unit_word in fig.data[0].hovertemplate and "pr. møde" in fig.data[0].hovertemplate
    # level, thinned labels: years named, never one label per column
    assert fig.layout.xaxis.tickangle == 0
    assert 1 < len(fig.layout.xaxis.ticktext) <= 12
    assert fig.layout.meta["period"] == "Q"


def test_the_mean_is_per_meeting_and_period():
    df = overview(500, "2015-01-05", "2024-12-15")
    fig = charts.items_per_meeting_chart(df, SOURCE)
    chef = next(t for t in fig.data if t.name == "Chefforum")
    part = df[(df["forum"] == "Chefforum") & (df["date"].dt.year == 2016)]
    q3 = part[part["date"].dt.quarter == 3]
    at = list(chef.x).index("K3 2016")
    assert chef.y[at] == pytest.approx(q3["n_items"].mean())
    assert chef.customdata[at] == len(q3)  # meetings behind the point (hover)


def test_minutes_mean_leaves_out_meetings_without_time_and_counts_them():
    df = overview(500, "2015-01-05", "2024-12-15")
    fig = charts.minutes_per_meeting_chart(df, SOURCE)
    chef = next(t for t in fig.data if t.name == "Chefforum")
    part = df[(df["forum"] == "Chefforum") & (df["date"].dt.to_period("Q") == "2016Q3")]
    at = list(chef.x).index("K3 2016")
    assert chef.y[at] == pytest.approx(part["duration_min"].dropna().mean())
    assert chef.customdata[at] == part["duration_min"].notna().sum()
    n_missing = int(df["duration_min"].isna().sum())
    assert f"{n_missing} af 500 møder angiver ingen tid" in _subtitle(fig)
    assert "angivet tid" in _subtitle(fig)


def test_twenty_years_of_meetings_are_a_mean_per_year():
    df = overview(10_000, "2006-01-09", "2025-12-15", seed=2)
    fig = charts.items_per_meeting_chart(df, SOURCE)
    assert _x_positions(fig) == [str(y) for y in range(2006, 2026)]
    assert "år for år" in _subtitle(fig)
    assert "10.000 møder" in _subtitle(fig)  # Danish thousands separator


def test_one_year_of_many_meetings_is_a_mean_per_month():
    df = overview(480, "2024-01-08", "2024-12-16")
    fig = charts.minutes_per_meeting_chart(df, SOURCE)
    assert _x_positions(fig)[:3] == ["jan. 2024", "feb. 2024", "mar. 2024"]
    assert "måned for måned" in _subtitle(fig)


def test_more_than_eight_forums_keep_the_largest_with_a_danish_note():
    forums = tuple(f"{f} ({m} Kommune)" for f in FORUMS for m in ("Egeslev", "Lyngmose", "Vesterå"))
    df = overview(1200, "2015-01-05", "2024-12-15", forums=forums)
    df["forum_label"] = df["forum"]
    df["forum"] = df["forum_label"].str.replace(r" \(.*\)$", "", regex=True)
    biggest = df.groupby("forum_label")["n_items"].sum().nlargest(8).index
    fig = charts.items_per_meeting_chart(df, SOURCE)
    assert len(fig.data) == 8
    kept = {re.sub(r"<[^>]+>", "", t.name).replace(" · ", " (") + " Kommune)" for t in fig.data}
    assert kept == set(biggest)
    assert "de 8 største af 12 fora" in _subtitle(fig)
    assert len({t.line.color for t in fig.data}) == 8  # no two lines share a colour
    fig = charts.minutes_per_meeting_chart(df, SOURCE)
    assert len(fig.data) == 8 and "de 8 største af 12 fora" in _subtitle(fig)
    assert "møder uden tid" in _subtitle(fig)


@pytest.mark.parametrize(
    "chart", [charts.items_per_meeting_chart, charts.minutes_per_meeting_chart]
)
def test_few_meetings_keep_one_bar_per_meeting(chart):
    df = overview(5, "2022-02-03", "2025-04-23", forums=("Chefforum",))
    fig = chart(df, SOURCE)
    assert {t.type for t in fig.data} == {"bar"}
    assert len(_x_positions(fig)) == 5
    assert _x_positions(fig)[0] == "3. feb. 2022"


def test_sixty_meetings_are_still_bars_and_sixty_one_are_not():
    df = overview(61, "2019-01-07", "2023-12-11")
    fig = charts.items_per_meeting_chart(df.head(60), SOURCE)
    assert {t.type for t in fig.data} == {"bar"}
    assert len(_x_positions(fig)) == 60
    assert _subtitle(fig) == "Antal dagsordenspunkter på hvert møde"
    fig = charts.items_per_meeting_chart(df, SOURCE)
    assert {t.type for t in fig.data} == {"scatter"}


def test_small_subtitles_are_unchanged():
    df = overview(5, "2022-02-03", "2025-04-23", forums=("Chefforum",))
    df["duration_min"] = [np.nan, np.nan, np.nan, np.nan, 105.0]
    fig = charts.minutes_per_meeting_chart(df, SOURCE)
    assert _subtitle(fig) == "Summen af den angivne tid pr. punkt; 4 af 5 møder angiver ingen tid"


# --- file coverage -----------------------------------------------------------------------


def coverage(files: list[str], coverage: list[float] | None = None) -> pd.DataFrame:
    n = len(files)
    return pd.DataFrame(
        {
            "source_file": files,
            "status": "ok",
            "status_label": "OK",
            "n_items": 7,
            "coverage": coverage if coverage is not None else [1.0] * n,
            "message": "",
        }
    )


def _synthetic_files(n: int, start: str = "2006-01-09") -> list[str]:
    dates = pd.date_range(start, periods=n, freq="7D")
    return [f"synthetic/SYNTETISK-boerne-og-skoleudvalget-{d:%Y-%m-%d}.txt" for d in dates]


def _y_labels(fig: go.Figure) -> list[str]:
    return [str(y) for trace in fig.data for y in trace.y]


def test_twenty_files_with_a_long_shared_prefix_get_twenty_distinct_labels():
    files = _synthetic_files(20)
    fig = charts.coverage_chart(coverage(files, [0.5 + i / 40 for i in range(20)]), SOURCE)
    labels = _y_labels(fig)
    assert len(labels) == 20 and len(set(labels)) == 20  # no bars collapse into one
    assert set(fig.layout.yaxis.categoryarray) == set(labels)
    for label, name in zip(sorted(labels), sorted(files), strict=True):
        assert len(label) <= 40
        assert not label.startswith("synthetic/")  # the shared folder is dropped
        assert name[-14:] in label  # the distinguishing end: date and extension
    # every file is named on the axis (plotly would otherwise skip every other)
    assert len(fig.layout.yaxis.tickvals) == 20
    hover = fig.data[0].customdata
    assert {row[1] for row in hover} == set(files)  # the full name in the hover


def test_file_labels_are_never_shared_by_distinct_files():
    middle = [f"arkiv/{'A' * 30}{i}{'B' * 30}.pdf" for i in range(3)]
    repeated = ["a/x.txt", "a/x.txt", "a/x (2).txt", "b/x.txt"]
    long_end = [f"d/{'x' * 60}{i}" for i in range(4)]
    for files in (_synthetic_files(20), middle, repeated, long_end):
        labels = charts.file_labels(files)
        assert len(labels) == len(files)
        assert len(set(labels)) == len(labels), labels


def test_file_labels_keep_short_names_and_the_date_of_long_ones():
    assert charts.file_labels(["chefforum-2022-02-03.txt", "chefforum-2023-06-22.md"]) == [
        "chefforum-2022-02-03.txt",
        "chefforum-2023-06-22.md",
    ]
    labels = charts.file_labels(
        [
            "synthetic/SYNTETISK-lyngmose-kommunalbestyrelsen-2019-06-11.txt",
            "synthetic/SYNTETISK-egeslev-chefforum-2022-10-27.txt",
        ]
    )
    assert labels[0].endswith("kommunalbestyrelsen-2019-06-11.txt") and len(labels[0]) <= 40
    assert labels[1] == "…egeslev-chefforum-2022-10-27.txt"  # shared 'SYNTETISK-' left out


def test_all_files_ok_and_fully_covered_is_said_in_the_subtitle():
    fig = charts.coverage_chart(coverage(_synthetic_files(30)), SOURCE)
    assert _subtitle(fig) == "Alle 30 filer har status OK og 100 % dækning (her 20 af dem)"
    assert len(set(_y_labels(fig))) == 20
    mixed = coverage(_synthetic_files(30), [0.8] + [1.0] * 29)
    fig = charts.coverage_chart(mixed, SOURCE)
    assert _subtitle(fig).endswith("(20 filer med lavest dækning)")


def test_few_files_look_as_before():
    files = ["chefforum-2022-02-03.txt", "chefforum-2023-06-22.md", "chefforum-2024-01-03.txt"]
    fig = charts.coverage_chart(coverage(files), SOURCE)
    assert _subtitle(fig) == "Andel af filens tekst, der er havnet i tabellerne"
    assert set(_y_labels(fig)) == set(files)
    assert fig.layout.yaxis.tickvals is None  # plotly's own ticks, as before


def test_many_forums_keep_every_meeting_with_the_smallest_in_one_grey_entry():
    forums = tuple(f"Udvalg {chr(65 + i)}" for i in range(17))
    df = overview(40, "2024-01-08", "2024-12-09", forums=forums)
    df.loc[df["forum"] == "Udvalg Q", "n_items"] = 30  # the largest forum
    fig = charts.items_per_meeting_chart(df, SOURCE)
    assert len(fig.data) == 8
    assert sum(len(t.x) for t in fig.data) == 40  # no meeting left out
    assert [t.name for t in fig.data][-1] == "Andre fora (10)"
    assert "Udvalg Q" in [t.name for t in fig.data]
    assert len({t.marker.color for t in fig.data}) == 8  # no colour repeated
    assert _subtitle(fig).endswith("de 7 største af 17 fora i farver, resten i gråt")
    grey = fig.data[-1]
    assert set(grey.customdata) == set(forums) - {t.name for t in fig.data[:-1]}


def test_one_forum_name_in_two_municipalities_is_two_legend_entries():
    df = overview(6, "2024-01-08", "2024-06-10", forums=("Chefforum",))
    df["forum_label"] = ["Chefforum (Næstved Kommune)", "Chefforum (Faxe Kommune)"] * 3
    fig = charts.items_per_meeting_chart(df, SOURCE)
    assert len(fig.data) == 2
    assert all("Kommune" in t.name or "Næstved" in t.name or "Faxe" in t.name for t in fig.data)
    assert fig.data[0].marker.color != fig.data[1].marker.color


def test_many_meetings_within_a_year_are_named_by_month_not_by_one_year():
    """17 bars of one year under a lone '2024' name nothing: months are named instead;
    over three or more years the years are named, as before."""
    fig = charts.items_per_meeting_chart(overview(17, "2024-01-10", "2024-12-12"), SOURCE)
    ticks = list(fig.layout.xaxis.ticktext)
    assert {t.type for t in fig.data} == {"bar"} and 3 <= len(ticks) <= 12
    assert ticks[:3] == ["jan. 2024", "feb.", "apr."]  # the year where it starts
    assert all(re.fullmatch(r"[a-zæøå]+\.?", t) for t in ticks[1:])
    fig = charts.items_per_meeting_chart(overview(20, "2023-10-02", "2024-05-30"), SOURCE)
    assert "2024" in " ".join(fig.layout.xaxis.ticktext).split("2023")[-1]  # a new year named
    fig = charts.items_per_meeting_chart(overview(30, "2021-01-10", "2024-12-12"), SOURCE)
    assert list(fig.layout.xaxis.ticktext) == ["2021", "2022", "2023", "2024"]
