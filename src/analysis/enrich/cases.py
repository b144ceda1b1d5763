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


#: A journal number printed partly masked in a public version ("24/****", "17/█████",
#: "22/[skjult]"): no case's key, since every withheld number of a kommune looks alike.
MASKED_CASE_NUMBER = re.compile(r"[*█■]|\[")


def case_keys(case_numbers: pd.Series, owners: pd.Series | None = None) -> pd.Series:
    """Each journal number as a case's key: the owner (municipality) before it where
    ``owners`` is given (aligned with ``case_numbers``), since a number like '25/1234'
    is another case in another kommune. Null where there is no journal number or it is
    masked (``MASKED_CASE_NUMBER``)."""
    numbers = case_numbers.astype(object)
    known = numbers.notna() & ~numbers.fillna("").astype(str).str.contains(MASKED_CASE_NUMBER)
    if owners is None:
        return numbers.where(known)
    owner = owners.astype(object).fillna("").astype(str).to_numpy()
    keys = pd.Series(owner, index=case_numbers.index, dtype=object) + _OWNER_SEP
    return (keys + numbers.fillna("").astype(str)).where(known.to_numpy())


#: Between the owner and the journal number in ``case_keys`` (never in either).
_OWNER_SEP = "\x1f"


def standing_case_numbers(items: pd.DataFrame, owners: pd.Series | None = None) -> set[str]:
    """Journal numbers used by a standing item (agenda approval, Eventuelt) anywhere, as
    ``case_keys`` (the numbers themselves without ``owners``).

    items: title, case_number. The whole journal number is flagged, because the agenda
    system files the standing items of a year under one number.
    """
    mask = items["title"].fillna("").str.match(STANDING_TITLE) & items["case_number"].notna()
    return set(case_keys(items["case_number"], owners)[mask.to_numpy()])


def case_sequence(items: pd.DataFrame, owners: pd.Series | None = None) -> pd.Series:
    """The appearance number (1, 2, …) of each item within its case (``case_keys``).

    items: item_id, date, number, case_number. Null where the item has no journal number.
    Index aligned with ``items`` (and ``owners``).
    """
    keyed = items.assign(_case=case_keys(items["case_number"], owners))
    ordered = keyed.sort_values(["date", "number", "item_id"], kind="mergesort")
    seq = ordered.groupby("_case", dropna=True).cumcount() + 1
    out = pd.Series(pd.NA, index=items.index, dtype="Int64")
    out.loc[seq.index] = seq.astype("Int64")
    return out


def case_threads_table(
    items: pd.DataFrame, standing: set[str] | None = None, owners: pd.Series | None = None
) -> pd.DataFrame:
    """One row per case (journal number and municipality) with its thread of appearances.

    items: item_id, meeting_id, date, number, title, case_number, decision_type, kle_title;
    ``owners``: each item's municipality (aligned with ``items``; null where unknown).
    Out: case_number, municipality, first_date, last_date, n_meetings, n_items, standing,
    dates, titles, decision_types, kle_title. Vectorised: a corpus has tens of thousands
    of numbers. ``standing``: ``standing_case_numbers(items, owners)`` when the caller has
    it already.
    """
    columns = [
        "case_number",
        "municipality",
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
    keyed = items.assign(
        _case=case_keys(items["case_number"], owners),
        _owner=pd.NA if owners is None else owners.to_numpy(),
    )
    known = keyed.dropna(subset=["_case"]).sort_values(
        ["_case", "date", "number"], kind="mergesort"
    )
    if known.empty:
        return pd.DataFrame(columns=columns)
    known = known.assign(
        _case=known["_case"].astype(str),
        _date=known["date"].dt.strftime("%Y-%m-%d"),
        _title=known["title"].astype(str),
        _decision=known["decision_type"].astype("object").fillna("none").astype(str),
        _kle=known.get("kle_title", pd.NA),
    )
    grouped = known.groupby("_case", sort=True)
    out = pd.DataFrame(
        {
            "case_number": grouped["case_number"].first(),
            "municipality": grouped["_owner"].first(),
            "first_date": grouped["date"].min(),
            "last_date": grouped["date"].max(),
            "n_meetings": grouped["meeting_id"].nunique(),
            "n_items": grouped.size(),
            "dates": joined_by_key(known["_case"], known["_date"], ";"),
            "titles": joined_by_key(known["_case"], known["_title"], " | "),
            "decision_types": joined_by_key(known["_case"], known["_decision"], ";"),
            "kle_title": grouped["_kle"].first(),
        }
    )
    if standing is None:
        standing = standing_case_numbers(items, owners)
    out["standing"] = out.index.isin(list(standing))
    return out.reset_index(drop=True)[columns]
