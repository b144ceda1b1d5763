"""Shared by the tests of analysis.metrics (and charts, search, report): tiny hand-made tables
with the schema's columns, and the contract every metrics helper keeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pandas as pd

from analysis import schema

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

    Shared with the chart, search and report tests.
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


def _with_municipalities(tables, *munis):
    """The tiny tables with meetings.municipality set (one value per meeting, in order)."""
    out = dict(tables)
    out["meetings"] = tables["meetings"].assign(municipality=pd.array(list(munis), dtype="string"))
    return out


class HelperContract:
    """Mixed into a ``Test…`` class listing one question's helpers in ``HELPERS``."""

    HELPERS: ClassVar[list[Callable[..., pd.DataFrame]]] = []

    def pytest_generate_tests(self, metafunc) -> None:
        if "helper" in metafunc.fixturenames:
            metafunc.parametrize("helper", self.HELPERS, ids=lambda f: f.__name__)

    def test_helpers_return_frames_and_never_mutate(self, tables, helper):
        before = {name: df.copy() for name, df in tables.items()}
        for forum, years in [(None, None), ("Chefforum", None), (None, [2024]), ("Nowhere", None)]:
            out = helper(tables, forum=forum, years=years)
            assert isinstance(out, pd.DataFrame)
        for name, df in tables.items():
            pd.testing.assert_frame_equal(df, before[name])
