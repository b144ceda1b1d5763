"""Selection: the tables restricted to forums, municipalities and years.

Forum and municipality names match without regard to case and accents (``fold``), in
every output; a filter that matches nothing is an error naming what exists."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.enrich.cases import STANDING_TITLE
from analysis.metrics.labels import (
    Forum,
    Tables,
    Years,
)

# --- selection ------------------------------------------------------------------------


def _as_set(value: object) -> set | None:
    if value is None:
        return None
    if isinstance(value, str | int):
        return {value}
    return set(value)  # type: ignore[arg-type]


def is_member(column: pd.Series, values: Iterable[object]) -> pd.Series:
    """``column.isin(values)`` through a hash table: pandas' isin on Arrow-backed strings
    converts the values one by one, seconds per call at tens of thousands of ids."""
    keys = pd.Series(column.to_numpy(dtype=object), index=column.index, dtype=object)
    return keys.isin(pd.Index(list(values), dtype=object))


def select(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> dict[str, pd.DataFrame]:
    """The tables restricted to meetings of ``forum`` held in ``years``.

    forum: one forum name or several (as in meetings.forum); years: one year or several.
    ``include_standing=False`` also drops the standing items (agenda approval, Eventuelt,
    themes for coming meetings; see ``standing_items``). Every table with an item_id
    follows the items, every other table with a meeting_id (participants, manifest)
    follows the meetings, cases keep the journal numbers still present; topics are
    corpus-wide and kept. No filter: the same frames.
    """
    forums, year_set = _as_set(forum), _as_set(years)
    if forums is None and year_set is None and include_standing:
        return dict(tables)
    meetings = tables["meetings"]
    keep = pd.Series(True, index=meetings.index)
    if forums is not None:
        keep &= meetings["forum"].isin(forums)
    if year_set is not None:
        keep &= meetings["year"].isin([int(y) for y in year_set])
    meetings = meetings[keep]
    meeting_ids = set(meetings["meeting_id"])
    items = None
    if "items" in tables:
        items = tables["items"][is_member(tables["items"]["meeting_id"], meeting_ids)]
        if not include_standing:
            items = items[~standing_items(items)]
    item_ids = set(items["item_id"]) if items is not None else set()
    out: dict[str, pd.DataFrame] = {}
    for name, df in tables.items():
        if name == "meetings":
            out[name] = meetings
        elif name == "items":
            out[name] = items
        elif items is not None and "item_id" in df.columns:
            out[name] = df[is_member(df["item_id"], item_ids)]
        elif "meeting_id" in df.columns:
            out[name] = df[is_member(df["meeting_id"], meeting_ids)]
        elif name == "cases" and items is not None:
            out[name] = df[is_member(df["case_number"], set(items["case_number"].dropna()))]
        else:
            out[name] = df
    return out


def standing_items(items: pd.DataFrame) -> pd.Series:
    """True for the standing items every meeting has (agenda approval, Eventuelt, …).

    Judged by the item's title (analysis.enrich.cases.STANDING_TITLE), not by
    items.standing_case: a standing journal number is sometimes reused for a real item.
    """
    return items["title"].astype("object").fillna("").astype(str).str.match(STANDING_TITLE)


def _items(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> pd.DataFrame:
    """Selected items with the meeting's forum and year added (a new frame)."""
    sel = select(tables, forum, years, include_standing)
    meetings = sel["meetings"][["meeting_id", "forum", "year"]]
    items = sel["items"].drop(columns=["forum", "year"], errors="ignore")
    return items.merge(meetings, on="meeting_id", how="left")


def _year_span(tables: Tables, forum: Forum = None, years: Years = None) -> list[int]:
    """The requested years, else every year from the first to the last selected meeting."""
    if years is not None:
        return sorted(int(y) for y in _as_set(years) or ())
    found = select(tables, forum, years)["meetings"]["year"].dropna().astype(int)
    if found.empty:
        return []
    return list(range(int(found.min()), int(found.max()) + 1))


