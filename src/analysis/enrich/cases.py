"""Case threads: how one journal number travels across meetings (pure)."""

from __future__ import annotations

import re

import pandas as pd

from analysis.tables import joined_by_key

#: Titles of the standing items every meeting has; their journal numbers are standing.
STANDING_TITLE = re.compile(
    r"^(godkendelse af (dagsorden|referat)|eventuelt\s*$|temaer til kommende møder)",
    re.IGNORECASE,
)


def standing_case_numbers(items: pd.DataFrame) -> set[str]:
    """Journal numbers used by a standing item (agenda approval, Eventuelt) anywhere.

    items: title, case_number. The whole journal number is flagged, because the agenda
    system files the standing items of a year under one number.
    """
    mask = items["title"].fillna("").str.match(STANDING_TITLE) & items["case_number"].notna()
    return set(items.loc[mask, "case_number"])


def case_sequence(items: pd.DataFrame) -> pd.Series:
    """The appearance number (1, 2, …) of each item within its journal number.

    items: item_id, date, number, case_number. Null where the item has no journal number.
    Index aligned with ``items``.
    """
    ordered = items.sort_values(["date", "number", "item_id"], kind="mergesort")
    seq = ordered.groupby("case_number", dropna=True).cumcount() + 1
    out = pd.Series(pd.NA, index=items.index, dtype="Int64")
    out.loc[seq.index] = seq.astype("Int64")
    return out


def case_threads_table(items: pd.DataFrame, standing: set[str] | None = None) -> pd.DataFrame:
    """One row per journal number with its thread of appearances.

    items: item_id, meeting_id, date, number, title, case_number, decision_type, kle_title.
    Out: case_number, first_date, last_date, n_meetings, n_items, standing, dates, titles,
    decision_types, kle_title. Vectorised: a corpus has tens of thousands of numbers.
    ``standing``: ``standing_case_numbers(items)`` when the caller has it already.
    """
    columns = [
        "case_number",
        "first_date",
        "last_date",
        "n_meetings",
        "n_items",
        "standing",
        "dates",
        "titles",
        "decision_types",
        "kle_title",
    ]
    known = items.dropna(subset=["case_number"]).sort_values(
        ["case_number", "date", "number"], kind="mergesort"
    )
    if known.empty:
        return pd.DataFrame(columns=columns)
    known = known.assign(
        _date=known["date"].dt.strftime("%Y-%m-%d"),
        _title=known["title"].astype(str),
        _decision=known["decision_type"].astype("object").fillna("none").astype(str),
        _kle=known.get("kle_title", pd.NA),
    )
    grouped = known.groupby("case_number", sort=True)
    out = pd.DataFrame(
        {
            "first_date": grouped["date"].min(),
            "last_date": grouped["date"].max(),
            "n_meetings": grouped["meeting_id"].nunique(),
            "n_items": grouped.size(),
            "dates": joined_by_key(known["case_number"], known["_date"], ";"),
            "titles": joined_by_key(known["case_number"], known["_title"], " | "),
            "decision_types": joined_by_key(known["case_number"], known["_decision"], ";"),
            "kle_title": grouped["_kle"].first(),
        }
    )
    out = out.rename_axis("case_number").reset_index()
    if standing is None:
        standing = standing_case_numbers(items)
    out["standing"] = out["case_number"].isin(standing)
    return out[columns]
