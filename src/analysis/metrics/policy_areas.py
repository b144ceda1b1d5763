"""Policy-area metrics: what the forums spend their items on, by policy area, and how the
items of each area are decided (pure; the conventions of ``analysis.metrics``).

Every helper takes the dict of tables ``analysis.load()`` returns plus the filters
``forum`` and ``years`` and returns a new DataFrame. The policy area is the item's primary
area (``items.policy_area``, see ``analysis.enrich.policy_areas``); items without one
count under ``NO_AREA`` ("Uden område"), always listed last.
"""

from __future__ import annotations

import pandas as pd

from analysis.enrich.policy_areas import NO_AREA_LABEL, policy_area_labels
from analysis.metrics.decisions import _decision_keys, _with_decision
from analysis.metrics.filters import _items, _year_span
from analysis.metrics.labels import (
    DECIDING_TYPES,
    TALKING_TYPES,
    Forum,
    Tables,
    Years,
    decision_label,
)

#: Key of items without a policy area.
NO_AREA = "uden_omraade"


def area_label(key: object) -> str:
    """Danish label of a policy-area key (the key itself when unknown)."""
    if key == NO_AREA:
        return NO_AREA_LABEL
    return policy_area_labels().get(str(key), str(key))


def _with_area(items: pd.DataFrame) -> pd.DataFrame:
    area = items["policy_area"].astype("object")
    return items.assign(policy_area=area.where(area.notna(), NO_AREA))


def _ordered_areas(totals: pd.Series) -> list[str]:
    """Areas by number of items (descending), then taxonomy order; no area last."""
    order = {k: i for i, k in enumerate(policy_area_labels())}
    keys = [k for k in totals.index if k != NO_AREA]
    keys.sort(key=lambda k: (-int(totals[k]), order.get(k, len(order)), k))
    return keys + ([NO_AREA] if NO_AREA in totals.index else [])


def policy_area_share_by_year(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """Attention per policy area and year: share of the items and of the stated time.

    In: items (policy_area, duration_min), meetings (year, forum). Out: year, policy_area,
    area_label, n_items, item_share, minutes, minutes_share, year_items, year_minutes.
    Every year x area of the selection is present (zeros filled); shares are 0 when the
    year has no items / no stated time. Areas by total items, "Uden område" last.
    """
    items = _with_area(_items(tables, forum, years))
    items["minutes"] = pd.to_numeric(items["duration_min"], errors="coerce").astype("float64")
    counts = items.groupby(["year", "policy_area"]).agg(
        n_items=("item_id", "size"), minutes=("minutes", "sum")
    )
    areas = _ordered_areas(counts.groupby("policy_area")["n_items"].sum())
    grid = pd.MultiIndex.from_product(
        [_year_span(tables, forum, years), areas], names=["year", "policy_area"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out["n_items"] = out["n_items"].astype("int64")
    out["minutes"] = out["minutes"].fillna(0).astype("float64")
    out["year_items"] = out.groupby("year")["n_items"].transform("sum").astype("int64")
    out["year_minutes"] = out.groupby("year")["minutes"].transform("sum")
    out["item_share"] = (out["n_items"] / out["year_items"].where(out["year_items"] > 0)).fillna(0)
    out["minutes_share"] = (
        out["minutes"] / out["year_minutes"].where(out["year_minutes"] > 0)
    ).fillna(0)
    out["area_label"] = out["policy_area"].map(area_label)
    cols = [
        "year",
        "policy_area",
        "area_label",
        "n_items",
        "item_share",
        "minutes",
        "minutes_share",
        "year_items",
        "year_minutes",
    ]
    return out[cols].astype({"year": "int64"})


def decision_types_by_policy_area(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """Primary decision type per policy area.

    In: items (policy_area, decision_type). Out: policy_area, area_label, decision_type,
    decision_label, n_items, share (of the area's items). Every area x type found (zeros
    filled); areas by number of items, "Uden område" last; types in vocabulary order.
    """
    items = _with_decision(_with_area(_items(tables, forum, years)))
    counts = items.groupby(["policy_area", "decision_type"]).size().rename("n_items")
    areas = _ordered_areas(items.groupby("policy_area").size())
    keys = _decision_keys(items["decision_type"])
    grid = pd.MultiIndex.from_product([areas, keys], names=["policy_area", "decision_type"])
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("policy_area")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    out["area_label"] = out["policy_area"].map(area_label)
    out["decision_label"] = out["decision_type"].map(decision_label)
    out["n_items"] = out["n_items"].astype("int64")
    cols = ["policy_area", "area_label", "decision_type", "decision_label", "n_items", "share"]
    return out[cols]


def decision_handling_by_policy_area(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """How each policy area's items are handled: settled, only discussed or noted, put off.

    In: items (policy_area, decision_type). Out: policy_area, area_label, n_items,
    n_decided, decided_share (primary type in ``metrics.DECIDING_TYPES``), n_talked,
    talked_share (``TALKING_TYPES``), n_postponed, postponed_share, n_undecided (agenda
    items and items without a decision text: no type, or 'none'). Shares are of the
    area's items; areas by number of items, "Uden område" last.
    """
    items = _with_area(_items(tables, forum, years))
    dt = items["decision_type"].astype("object")
    flags = pd.DataFrame(
        {
            "policy_area": items["policy_area"],
            "n_items": 1,
            "n_decided": dt.isin(DECIDING_TYPES).astype("int64"),
            "n_talked": dt.isin(TALKING_TYPES).astype("int64"),
            "n_postponed": (dt == "postponed").astype("int64"),
            "n_undecided": (dt.isna() | (dt == "none")).astype("int64"),
        }
    )
    sums = flags.groupby("policy_area").sum()
    cols = [
        "policy_area",
        "area_label",
        "n_items",
        "n_decided",
        "decided_share",
        "n_talked",
        "talked_share",
        "n_postponed",
        "postponed_share",
        "n_undecided",
    ]
    if sums.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    out = sums.reindex(_ordered_areas(sums["n_items"])).reset_index()
    for name in ("decided", "talked", "postponed"):
        out[f"{name}_share"] = out[f"n_{name}"] / out["n_items"]
    out["area_label"] = out["policy_area"].map(area_label)
    return out[cols].astype({c: "int64" for c in cols if c.startswith("n_")})


__all__ = [
    "NO_AREA",
    "area_label",
    "decision_handling_by_policy_area",
    "decision_types_by_policy_area",
    "policy_area_share_by_year",
]
