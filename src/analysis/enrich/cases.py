"""Case threads: how one journal number travels across meetings (pure)."""

from __future__ import annotations

import re

import pandas as pd

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


def case_threads_table(items: pd.DataFrame) -> pd.DataFrame:
    """One row per journal number with its thread of appearances.

    items: item_id, meeting_id, date, number, title, case_number, decision_type, kle_title.
    Out: case_number, first_date, last_date, n_meetings, n_items, standing, dates, titles,
    decision_types, kle_title.
    """
    known = items.dropna(subset=["case_number"]).sort_values(
        ["case_number", "date", "number"], kind="mergesort"
    )
    standing = standing_case_numbers(items)
    rows = []
    for case, grp in known.groupby("case_number", sort=True):
        kle = grp["kle_title"].dropna() if "kle_title" in grp else pd.Series(dtype=object)
        rows.append(
            {
                "case_number": case,
                "first_date": grp["date"].min(),
                "last_date": grp["date"].max(),
                "n_meetings": grp["meeting_id"].nunique(),
                "n_items": len(grp),
                "standing": case in standing,
                "dates": ";".join(d.date().isoformat() for d in grp["date"]),
                "titles": " | ".join(grp["title"].astype(str)),
                "decision_types": ";".join(grp["decision_type"].fillna("none").astype(str)),
                "kle_title": kle.iloc[0] if len(kle) else None,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
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
        ],
    )
