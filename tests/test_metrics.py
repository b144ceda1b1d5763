"""analysis.metrics on tiny hand-made tables with the schema's columns."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import metrics, schema

_DEFAULTS = {"int": 0, "float": 0.0, "bool": False, "string": ""}


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A frame conforming to the schema; required columns a test does not set get a default."""
    if not rows:
        return schema.empty_frame(name)
    df = pd.DataFrame(rows)
    for col in schema.TABLES[name].columns:
        if col.name not in df and not col.nullable and col.dtype in _DEFAULTS:
            df[col.name] = _DEFAULTS[col.dtype]
    return schema.conform(name, df)


def tiny_tables() -> dict[str, pd.DataFrame]:
    """Three meetings (two forums, 2022 and 2024), three items, a postponed case that returns.

    Shared with test_charts and test_search.
    """
    meetings = [
        ("chefforum-2022-03-01", "Chefforum", "2022-03-01", 1, 10),
        ("chefforum-2024-05-02", "Chefforum", "2024-05-02", 1, None),
        ("oekonomiudvalget-2024-06-03", "Økonomiudvalget", "2024-06-03", 1, None),
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
                "n_items": n,
                "n_participants": 0,
                "duration_min": dur,
            }
            for mid, forum, date, n, dur in meetings
        ],
    )
    base = {"n_sections": 1, "n_recommendations": 1, "n_attachments": 0, "n_follow_ups": 0}
    items = _frame(
        "items",
        [
            {
                **base,
                "item_id": "chefforum-2022-03-01-01",
                "meeting_id": "chefforum-2022-03-01",
                "date": pd.Timestamp("2022-03-01"),
                "number": 1,
                "title": "Budget 2023",
                "raw_title": "CF - Budget 2023",
                "case_number": "00.30.00-P00-1-22",
                "kle_code": "00.30.00",
                "kle_main_group": "00",
                "kle_main_group_title": "Kommunens styrelse",
                "kle_title": "Budgetlægning",
                "standing_case": False,
                "duration_min": 10,
                "decision_type": "postponed",
                "decision_types": "postponed;discussed",
                "followed_recommendation": False,
                "n_follow_ups": 1,
                "theme": "budget",
                "themes": "budget",
            },
            {
                **base,
                "item_id": "chefforum-2024-05-02-01",
                "meeting_id": "chefforum-2024-05-02",
                "date": pd.Timestamp("2024-05-02"),
                "number": 1,
                "title": "Budget 2023 igen",
                "raw_title": "CF - Budget 2023 igen",
                "case_number": "00.30.00-P00-1-22",
                "kle_code": "00.30.00",
                "kle_main_group": "00",
                "kle_main_group_title": None,
                "standing_case": False,
                "decision_type": "approved",
                "decision_types": "approved",
                "followed_recommendation": True,
                "theme": "budget",
                "themes": "budget;politikker",
            },
            {
                **base,
                "item_id": "oekonomiudvalget-2024-06-03-01",
                "meeting_id": "oekonomiudvalget-2024-06-03",
                "date": pd.Timestamp("2024-06-03"),
                "number": 1,
                "title": "Eventuelt",
                "raw_title": "Eventuelt",
                "case_number": "00.01.00-A00-1-24",
                "kle_code": "00.01.00",
                "kle_main_group": "00",
                "standing_case": True,
                "decision_type": None,
                "theme": None,
                "themes": None,
            },
        ],
    )
    sections = _frame(
        "sections",
        [
            {
                "item_id": "chefforum-2022-03-01-01",
                "position": 1,
                "section": "beslutning",
                "heading": "Beslutning",
                "text": "Chefforum udsatte budgettet til næste møde. Økonomi udarbejder et oplæg.",
            },
            {
                "item_id": "chefforum-2024-05-02-01",
                "position": 1,
                "section": "sagsfremstilling",
                "heading": "Sagsfremstilling",
                "text": "Budgetprocessen starter med et borgermøde om budget 2025 i Rådhushallen.",
            },
            {
                "item_id": "oekonomiudvalget-2024-06-03-01",
                "position": 1,
                "section": "tidsplan",
                "heading": "Tidsplan",
                "text": "Intet at bemærke.",
            },
        ],
    )
    item_themes = _frame(
        "item_themes",
        [
            {
                "item_id": "chefforum-2022-03-01-01",
                "theme": "budget",
                "score": 3.0,
                "method": "title",
            },
            {
                "item_id": "chefforum-2024-05-02-01",
                "theme": "budget",
                "score": 3.0,
                "method": "title",
            },
            {
                "item_id": "chefforum-2024-05-02-01",
                "theme": "politikker",
                "score": 1.0,
                "method": "body",
            },
        ],
    )
    follow_ups = _frame(
        "follow_ups",
        [
            {
                "item_id": "chefforum-2022-03-01-01",
                "position": 1,
                "actor": "Økonomi",
                "text": "Økonomi udarbejder et oplæg.",
            }
        ],
    )
    topics = _frame(
        "topics",
        [
            {
                "topic": 1,
                "label": "budget, oplæg, møde",
                "top_terms": "budget;oplæg;møde",
                "weight": 0.7,
                "covered_by_taxonomy": "budget",
            },
            {
                "topic": 2,
                "label": "rådhushal, borgermøde",
                "top_terms": "rådhushal;borgermøde",
                "weight": 0.3,
                "covered_by_taxonomy": None,
            },
        ],
    )
    item_topics = _frame(
        "item_topics",
        [
            {"item_id": "chefforum-2022-03-01-01", "topic": 1, "weight": 1.0},
            {"item_id": "chefforum-2024-05-02-01", "topic": 1, "weight": 0.5},
            {"item_id": "chefforum-2024-05-02-01", "topic": 2, "weight": 0.5},
        ],
    )
    manifest = _frame(
        "manifest",
        [
            {
                "source_file": f"{mid}.txt",
                "sha256": "0" * 64,
                "size_bytes": 100,
                "status": "warning" if i == 2 else "ok",
                "message": "no date found; odd heading" if i == 2 else "",
                "meeting_id": mid,
                "n_items": 1,
                "coverage": 0.9 if i == 2 else 1.0,
            }
            for i, (mid, *_rest) in enumerate(meetings)
        ],
    )
    return {
        "meetings": m,
        "items": items,
        "sections": sections,
        "decisions": schema.empty_frame("decisions"),
        "follow_ups": follow_ups,
        "item_themes": item_themes,
        "topics": topics,
        "item_topics": item_topics,
        "manifest": manifest,
    }


@pytest.fixture()
def tables() -> dict[str, pd.DataFrame]:
    return tiny_tables()


HELPERS = [
    metrics.meetings_per_year,
    metrics.meeting_overview,
    metrics.section_presence,
    metrics.manifest_status,
    metrics.file_coverage,
    metrics.parse_warnings,
    metrics.table_counts,
    metrics.theme_share_by_year,
    metrics.theme_meeting_matrix,
    metrics.topic_overview,
    metrics.decision_types_by_year,
    metrics.decision_types_by_theme,
    metrics.recommendation_followed_by_year,
    metrics.postponed_items,
    metrics.follow_up_tasks,
    metrics.case_threads,
    metrics.kle_main_groups_by_year,
    metrics.forum_overview,
    metrics.theme_share_by_forum,
    metrics.decision_types_by_forum,
]


@pytest.mark.parametrize("helper", HELPERS, ids=lambda f: f.__name__)
def test_helpers_return_frames_and_never_mutate(tables, helper):
    before = {name: df.copy() for name, df in tables.items()}
    for forum, years in [(None, None), ("Chefforum", None), (None, [2024]), ("Nowhere", None)]:
        out = helper(tables, forum=forum, years=years)
        assert isinstance(out, pd.DataFrame)
    for name, df in tables.items():
        pd.testing.assert_frame_equal(df, before[name])


def test_select_filters_every_table_by_forum_and_year(tables):
    sel = metrics.select(tables, forum="Chefforum", years=2024)
    assert list(sel["meetings"]["meeting_id"]) == ["chefforum-2024-05-02"]
    assert list(sel["items"]["item_id"]) == ["chefforum-2024-05-02-01"]
    assert set(sel["item_themes"]["item_id"]) == {"chefforum-2024-05-02-01"}
    assert list(sel["manifest"]["meeting_id"]) == ["chefforum-2024-05-02"]
    assert sel["topics"] is tables["topics"]  # corpus-wide
    several = metrics.select(tables, forum=["Chefforum", "Økonomiudvalget"], years=[2022, 2024])
    assert len(several["items"]) == 3
    assert metrics.select(tables) == tables


def test_select_can_leave_out_standing_items(tables):
    sel = metrics.select(tables, include_standing=False)
    assert "Eventuelt" not in set(sel["items"]["title"])
    assert len(sel["meetings"]) == 3  # meetings stay
    assert metrics.standing_items(tables["items"]).tolist() == [False, False, True]


def test_source_line_is_computed_from_the_data(tables):
    assert metrics.source_line(tables, forum="Chefforum") == (
        "Kilde: Chefforum-referater 2022-2024, n = 2 punkter"
    )
    assert metrics.source_line(tables) == (
        "Kilde: referater fra Chefforum og Økonomiudvalget 2022-2024, n = 3 punkter"
    )
    assert metrics.source_line(tables, years=2022) == "Kilde: Chefforum-referater 2022, n = 1 punkt"
    assert metrics.source_line(tables, include_standing=False).endswith(
        "n = 2 punkter (uden faste punkter)"
    )
    assert metrics.format_int_da(1234567) == "1.234.567"


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


def test_theme_share_by_year(tables):
    out = metrics.theme_share_by_year(tables)
    assert sorted(out["year"].unique()) == [2022, 2023, 2024]
    assert set(out["theme"]) == {"budget", metrics.NO_THEME}
    per_year = out.groupby("year")["item_share"].sum()
    assert per_year[2022] == pytest.approx(1) and per_year[2024] == pytest.approx(1)
    assert per_year[2023] == 0  # no meetings: zeros, not missing rows
    budget_2022 = out[(out["year"] == 2022) & (out["theme"] == "budget")].iloc[0]
    assert budget_2022["minutes"] == 10 and budget_2022["minutes_share"] == 1
    no_time = out[out["year"] == 2024]
    # no time stated: not recorded, not 0
    assert no_time["year_minutes"].isna().all() and no_time["minutes_share"].isna().all()
    assert out.loc[out["theme"] == metrics.NO_THEME, "theme_label"].iloc[0] == "Andet"


def test_theme_meeting_matrix_counts_every_assigned_theme(tables):
    out = metrics.theme_meeting_matrix(tables)
    assert len(out) == 3 * 2  # meetings x themes found
    cell = out[(out["meeting_id"] == "chefforum-2024-05-02") & (out["theme"] == "politikker")]
    assert cell["n_items"].tolist() == [1]


def test_topic_overview_flags_topics_the_taxonomy_misses(tables):
    out = metrics.topic_overview(tables).set_index("topic")
    assert bool(out.loc[2, "missed"]) and not bool(out.loc[1, "missed"])
    assert out["weight"].sum() == pytest.approx(1)
    assert out.loc[1, "top_terms"] == "budget, oplæg, møde"


def test_decision_helpers(tables):
    by_year = metrics.decision_types_by_year(tables)
    assert set(by_year["decision_type"]) == {"postponed", "approved", "none"}
    assert by_year.groupby("year")["share"].sum()[2023] == 0
    label = by_year.set_index("decision_type")["decision_label"].to_dict()
    assert label["postponed"] == "Udsat" and label["none"] == "Intet"
    by_theme = metrics.decision_types_by_theme(tables)
    assert by_theme.groupby("theme")["share"].sum().round(6).eq(1).all()
    followed = metrics.recommendation_followed_by_year(tables)
    counts = followed.groupby("outcome")["n_items"].sum()
    assert counts.to_dict() == {"followed": 1, "not_followed": 1, "unknown": 1}


def test_postponed_items_come_back(tables):
    out = metrics.postponed_items(tables)
    assert len(out) == 1
    row = out.iloc[0]
    assert bool(row["came_back"]) and row["next_title"] == "Budget 2023 igen"
    assert row["days_until_back"] == (pd.Timestamp("2024-05-02") - pd.Timestamp("2022-03-01")).days
    # the return is found even when only the postponement's year is selected
    assert bool(metrics.postponed_items(tables, years=2022)["came_back"].iloc[0])


def test_follow_up_tasks(tables):
    out = metrics.follow_up_tasks(tables)
    assert out[["title", "actor"]].values.tolist() == [["Budget 2023", "Økonomi"]]


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


def test_to_danish_renames_and_formats(tables):
    shown = metrics.to_danish(metrics.theme_share_by_year(tables))
    assert "Tema" in shown.columns and "Tema (nøgle)" not in shown.columns
    assert shown["Andel af punkter"].iloc[0].endswith(" %")
    dates = metrics.to_danish(metrics.postponed_items(tables))
    assert dates["Dato"].iloc[0] == "01.03.2022" and dates["Kom igen"].iloc[0] == "ja"
    missing = metrics.to_danish(metrics.meeting_overview(tables))["Mødetid (min.)"]
    assert missing.tolist() == ["10", "ikke oplyst", "ikke oplyst"]


# --- forums side by side ----------------------------------------------------------------


def _with_municipalities(tables, *munis):
    """The tiny tables with meetings.municipality set (one value per meeting, in order)."""
    out = dict(tables)
    out["meetings"] = tables["meetings"].assign(municipality=pd.array(list(munis), dtype="string"))
    return out


def test_forums_present(tables):
    assert metrics.forums_present(tables) == ["Chefforum", "Økonomiudvalget"]
    assert metrics.forums_present(tables, forum="Chefforum") == ["Chefforum"]
    assert metrics.forums_present(tables, years=2022) == ["Chefforum"]
    assert metrics.forums_present(tables, forum="Nowhere") == []
    one = _with_municipalities(tables, "Albertslund Kommune", "Albertslund Kommune", None)
    assert metrics.forums_present(one) == ["Chefforum", "Økonomiudvalget"]  # one municipality
    two = _with_municipalities(tables, "Albertslund Kommune", "Egedal Kommune", None)
    # the same forum name in two municipalities is two forums
    assert metrics.forums_present(two) == [
        "Chefforum (Albertslund Kommune)",
        "Chefforum (Egedal Kommune)",
        "Økonomiudvalget",
    ]


def test_forum_overview(tables):
    out = metrics.forum_overview(tables).set_index("forum_label")
    assert out.index.tolist() == ["Chefforum", "Økonomiudvalget"]
    cf, ou = out.loc["Chefforum"], out.loc["Økonomiudvalget"]
    assert (cf["n_meetings"], cf["n_items"], cf["items_per_meeting"]) == (2, 2, 1.0)
    assert cf["minutes_stated"] == 10 and cf["n_items_with_duration"] == 1
    assert pd.isna(ou["minutes_stated"])  # no stated time: unknown, not 0
    # postponed + approved: one of two items settled something; 'none' is neither
    assert (cf["n_deciding"], cf["share_deciding"], cf["n_talking"]) == (1, 0.5, 0)
    assert (ou["n_deciding"], ou["share_deciding"], ou["share_talking"]) == (0, 0.0, 0.0)
    assert cf["first_date"] == pd.Timestamp("2022-03-01")
    assert cf["last_date"] == pd.Timestamp("2024-05-02")
    assert out["municipality"].isna().all()


def test_forum_overview_by_year_fills_zeros(tables):
    out = metrics.forum_overview(tables, by_year=True)
    assert len(out) == 2 * 3  # forums x years 2022-2024
    cf = out[out["forum_label"] == "Chefforum"].set_index("year")
    assert cf["n_meetings"].tolist() == [1, 0, 1]
    assert pd.isna(cf.loc[2023, "items_per_meeting"]) and cf.loc[2023, "share_deciding"] == 0
    assert metrics.forum_overview(tables, years=[2024], by_year=True)["year"].unique() == [2024]


def test_deciding_is_defined_once():
    from analysis.report import figures

    assert figures.DECIDING_TYPES is metrics.DECIDING_TYPES
    assert figures.TALKING_TYPES is metrics.TALKING_TYPES
    assert set(metrics.DECIDING_TYPES) == {
        "approved",
        "decided",
        "rejected",
        "recommended",
        "referred",
    }


def test_theme_share_by_forum(tables):
    out = metrics.theme_share_by_forum(tables)
    assert len(out) == 2 * 2  # forums x themes found, zeros filled
    assert out["theme"].tolist() == ["budget", "andet", "budget", "andet"]  # 'Andet' last
    share = out.set_index(["forum_label", "theme"])["share"]
    assert share["Chefforum", "budget"] == 1 and share["Økonomiudvalget", metrics.NO_THEME] == 1
    assert share["Økonomiudvalget", "budget"] == 0
    assert out.groupby("forum_label")["share"].sum().eq(1).all()
    assert set(out["theme_label"]) == {"Andet", metrics.theme_label("budget")}
    assert out["forum_items"].tolist() == [2, 2, 1, 1]


def test_decision_types_by_forum(tables):
    out = metrics.decision_types_by_forum(tables)
    assert len(out) == 2 * 3  # forums x types found, zeros filled
    cf = out[out["forum_label"] == "Chefforum"]
    # the deciding types first, then the rest in vocabulary priority order
    assert cf["decision_type"].tolist() == ["approved", "postponed", "none"]
    assert cf["decision_label"].tolist() == ["Godkendt", "Udsat", "Intet"]
    assert cf["deciding"].tolist() == [True, False, False]
    assert cf["n_items"].tolist() == [1, 1, 0]
    ou = out[out["forum_label"] == "Økonomiudvalget"].set_index("decision_type")
    assert ou.loc["none", "share"] == 1 and ou.loc["approved", "n_items"] == 0
    assert out.groupby("forum_label")["share"].sum().eq(1).all()


def test_source_line_names_municipalities_when_several(tables):
    two = _with_municipalities(tables, "Albertslund Kommune", "Albertslund Kommune", "Egedal")
    assert metrics.source_line(two) == (
        "Kilde: referater fra Albertslund Kommune (Chefforum) og Egedal (Økonomiudvalget) "
        "2022-2024, n = 3 punkter"
    )
    one = _with_municipalities(tables, "Albertslund Kommune", "Albertslund Kommune", None)
    assert metrics.source_line(one).startswith("Kilde: referater fra Chefforum og Økonomiudvalget")


def test_danish_words_and_order():
    assert metrics.join_da(["Chefforum"]) == "Chefforum"
    assert metrics.join_da(["A", "B", "C"]) == "A, B og C"
    assert metrics.join_da([]) == ""
    words = ["Åby", "Ølstykke", "Zealand", "Ærø", "Albertslund"]
    assert sorted(words, key=metrics.danish_sort_key) == [
        "Albertslund",
        "Zealand",
        "Ærø",
        "Ølstykke",
        "Åby",
    ]


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


def test_is_member_equals_isin_on_arrow_strings() -> None:
    col = pd.Series(["a", "b", None, "c", "b"], dtype="string[pyarrow]", index=[5, 6, 7, 8, 9])
    got = metrics.is_member(col, {"b", "c", "x"})
    pd.testing.assert_series_equal(got, col.isin(["b", "c", "x"]).astype(bool))
    assert list(got.index) == [5, 6, 7, 8, 9]
    assert not metrics.is_member(col, set()).any()


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
