"""Question: how are items decided? Decision types, recommendations followed,
postponed items, follow-up tasks."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import pandas as pd

from analysis.metrics.filters import (
    _items,
    _year_span,
    of_minutes,
    select,
)
from analysis.metrics.labels import (
    NO_DECISION,
    NO_THEME,
    RECOMMENDATION_OUTCOMES_DA,
    Forum,
    Tables,
    Years,
    decision_label,
    theme_label,
)
from analysis.metrics.themes import (
    _ordered_themes,
)
from analysis.vocab import DECISION_PRIORITY

# --- 03 decision handling -------------------------------------------------------------


def _decision_keys(present: Iterable[str]) -> list[str]:
    """Decision types in vocabulary priority order, unknown ones after."""
    present = set(present)
    known = [k for k in DECISION_PRIORITY if k in present]
    return known + sorted(present - set(known))


def _with_decision(items: pd.DataFrame) -> pd.DataFrame:
    """The items of minutes with their decision type, ``NO_DECISION`` where none was
    recorded. Items of agendas (``document_type`` 'dagsorden', where the frame has it)
    are left out: nothing is decided yet, which is not "Intet"."""
    items = items[of_minutes(items).to_numpy()]
    dt = items["decision_type"].astype("object")
    return items.assign(decision_type=dt.where(dt.notna(), NO_DECISION))


def decision_types_by_year(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """Primary decision type per year.

    In: items (decision_type), meetings. Out: year, decision_type, decision_label, n_items,
    share (of the year's items). Every year × type found (zeros filled).
    """
    items = _with_decision(_items(tables, forum, years))
    counts = items.groupby(["year", "decision_type"]).size().rename("n_items")
    keys = _decision_keys(items["decision_type"])
    grid = pd.MultiIndex.from_product(
        [_year_span(tables, forum, years), keys], names=["year", "decision_type"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("year")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    out["decision_label"] = out["decision_type"].map(decision_label)
    out = out.astype({"year": "int64", "n_items": "int64"})
    return out[["year", "decision_type", "decision_label", "n_items", "share"]]


def decision_types_by_theme(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """Primary decision type per primary theme.

    In: items (theme, decision_type). Out: theme, theme_label, decision_type,
    decision_label, n_items, share (of the theme's items). Every theme × type found;
    themes by number of items, 'Andet' last.
    """
    items = _with_decision(_items(tables, forum, years))
    th = items["theme"].astype("object")
    items["theme"] = th.where(th.notna(), NO_THEME)
    counts = items.groupby(["theme", "decision_type"]).size().rename("n_items")
    totals = items.groupby("theme").size()
    themes = _ordered_themes(items["theme"], totals)
    if NO_THEME in totals.index:
        themes.append(NO_THEME)
    keys = _decision_keys(items["decision_type"])
    grid = pd.MultiIndex.from_product([themes, keys], names=["theme", "decision_type"])
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("theme")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    out["theme_label"] = out["theme"].map(theme_label)
    out["decision_label"] = out["decision_type"].map(decision_label)
    out["n_items"] = out["n_items"].astype("int64")
    return out[["theme", "theme_label", "decision_type", "decision_label", "n_items", "share"]]


def recommendation_followed_by_year(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """How often the decision followed the recommendation, per year.

    In: items (followed_recommendation), meetings. Out: year, outcome ('followed',
    'not_followed', 'unknown' where the column is null), outcome_label, n_items, share
    (of the year's items), every year × outcome (zeros filled).
    """
    items = _items(tables, forum, years)
    followed = items["followed_recommendation"].astype("boolean")
    outcome = pd.Series("unknown", index=items.index, dtype="object")
    outcome[followed.fillna(False)] = "followed"
    outcome[(~followed).fillna(False)] = "not_followed"
    items["outcome"] = outcome
    counts = items.groupby(["year", "outcome"]).size().rename("n_items")
    grid = pd.MultiIndex.from_product(
        [_year_span(tables, forum, years), list(RECOMMENDATION_OUTCOMES_DA)],
        names=["year", "outcome"],
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("year")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    out["outcome_label"] = out["outcome"].map(RECOMMENDATION_OUTCOMES_DA)
    out = out.astype({"year": "int64", "n_items": "int64"})
    return out[["year", "outcome", "outcome_label", "n_items", "share"]]


def _is_postponed(items: pd.DataFrame) -> pd.Series:
    primary = items["decision_type"].astype("object") == "postponed"
    listed = items.get("decision_types", pd.Series(None, index=items.index, dtype="object"))
    listed = listed.astype("object").fillna("").astype(str).str.split(";")
    return primary.fillna(False) | listed.map(lambda types: "postponed" in types)


def _norm_title(title: object) -> str:
    return re.sub(r"\W+", " ", str(title).lower()).strip()


def postponed_items(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Items that were postponed, and whether they came back at a later meeting.

    A later item 'is the same case' when it carries the same (non-standing) journal number
    or, failing that, the same title. Later meetings are looked for in every year of the
    forum(s), not only the selected years. In: items (decision_type, decision_types,
    case_number, standing_case, title). Out: item_id, date, title, case_number,
    decision_label, came_back, next_item_id, next_date, next_title, next_decision_label,
    days_until_back.
    """
    items = _items(tables, forum, years)
    pool = _items(tables, forum, None).sort_values(["date", "number"]).reset_index(drop=True)
    standing = pool.get("standing_case", pd.Series(False, index=pool.index))
    standing = standing.astype("boolean").fillna(False).astype(bool)
    standing_cases = set(pool.loc[standing, "case_number"].dropna())
    postponed = items[_is_postponed(items)].sort_values(["date", "number"])
    # Positions (in date order) of every journal number and every title, so each postponed
    # item finds its return by binary search instead of scanning all later items.
    day = pool["date"].to_numpy(dtype="datetime64[ns]").astype("int64")
    by_case: dict[str, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    for pos, (case, title) in enumerate(zip(pool["case_number"], pool["title"], strict=True)):
        if isinstance(case, str) and case:
            by_case.setdefault(case, []).append(pos)
        by_title.setdefault(_norm_title(title), []).append(pos)

    days_of = {key: [int(day[p]) for p in pos] for key, pos in by_case.items()}
    title_days = {key: [int(day[p]) for p in pos] for key, pos in by_title.items()}

    def first_after(positions: list[int], days: list[int], when: int) -> int | None:
        k = bisect.bisect_right(days, when)
        return positions[k] if k < len(positions) else None

    rows = []
    for rec in postponed.itertuples(index=False):
        when = int(pd.Timestamp(rec.date).value)
        case = rec.case_number
        found = []
        if isinstance(case, str) and case and case not in standing_cases:
            found.append(first_after(by_case.get(case, []), days_of.get(case, []), when))
        key = _norm_title(rec.title)
        found.append(first_after(by_title.get(key, []), title_days.get(key, []), when))
        hits = [p for p in found if p is not None]
        back = bool(hits)
        first = pool.iloc[min(hits)] if back else None
        rows.append(
            {
                "item_id": rec.item_id,
                "date": rec.date,
                "title": rec.title,
                "case_number": case,
                "decision_label": decision_label(rec.decision_type),
                "came_back": back,
                "next_item_id": first["item_id"] if back else None,
                "next_date": first["date"] if back else pd.NaT,
                "next_title": first["title"] if back else None,
                "next_decision_label": decision_label(first["decision_type"]) if back else None,
                "days_until_back": (first["date"] - rec.date).days if back else pd.NA,
            }
        )
    cols = [
        "item_id",
        "date",
        "title",
        "case_number",
        "decision_label",
        "came_back",
        "next_item_id",
        "next_date",
        "next_title",
        "next_decision_label",
        "days_until_back",
    ]
    out = pd.DataFrame(rows, columns=cols)
    out["date"] = pd.to_datetime(out["date"])
    out["next_date"] = pd.to_datetime(out["next_date"])
    out["came_back"] = out["came_back"].astype(bool)
    out["days_until_back"] = out["days_until_back"].astype("Int64")
    return out


def follow_up_tasks(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Follow-up tasks written in decisions, with the item they came from.

    In: follow_ups (item_id, position, actor, text), items. Out: date, item_id, title,
    decision_label, actor, text; by date and item.
    """
    sel = select(tables, forum, years)
    items = sel["items"][["item_id", "date", "number", "title", "decision_type"]]
    out = sel["follow_ups"].merge(items, on="item_id", how="inner")
    out["decision_label"] = out["decision_type"].map(decision_label)
    out = out.sort_values(["date", "number", "position"]).reset_index(drop=True)
    return out[["date", "item_id", "title", "decision_label", "actor", "text"]]
