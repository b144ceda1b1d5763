"""Question: which cases recur? Journal-number and KLE threads, KLE main groups per year."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analysis.metrics.decisions import (
    _with_decision,
)
from analysis.metrics.filters import (
    _items,
    _year_span,
    is_member,
    select,
)
from analysis.metrics.labels import (
    Forum,
    Tables,
    Years,
    decision_label,
    kle_main_group_labels,
)

# --- 04 case threads ------------------------------------------------------------------


#: Opening words that say what happens to a case, not what it is about.
_GENERIC_LEAD = re.compile(
    r"^(orientering|status|drøftelse|opfølgning|godkendelse|præsentation|behandling|"
    r"beslutning|indstilling|forelæggelse)\s+(om|på|af|vedr\.?|vedrørende|til)\s+",
    re.I,
)


def case_title(titles: Iterable[str]) -> str:
    """A title for a case thread that tells it apart from the others.

    The item titles without a generic opening ('Orientering om arbejdet med X' -> 'Arbejdet
    med X'), distinct ones in order of appearance: one is the title, two are joined with
    ' / ', more give the most frequent with '(+ k titler)'.
    """
    cleaned = []
    for title in titles:
        text = " ".join(str(title).split())
        bare = _GENERIC_LEAD.sub("", text)
        cleaned.append(bare[:1].upper() + bare[1:] if bare else text)
    distinct = list(dict.fromkeys(cleaned))
    if len(distinct) <= 2:
        return " / ".join(distinct)
    top = max(distinct, key=lambda t: (cleaned.count(t), -distinct.index(t)))
    return f"{top} (+ {len(distinct) - 1} titler)"


def case_threads(
    tables: Tables,
    forum: Forum = None,
    years: Years = None,
    min_meetings: int = 2,
    by: str = "case_number",
    include_standing: bool = False,
) -> pd.DataFrame:
    """Journal numbers (or KLE subjects, ``by='kle_code'``) that recur across meetings.

    One row per appearance. Standing items and standing journal numbers (items.standing_case)
    are left out unless ``include_standing``. In: items (case_number, kle_code, kle_title, title,
    decision_type, standing_case), meetings. Out: thread (the journal number or KLE code),
    thread_title (``case_title`` of its item titles; for KLE the subject title), item_id,
    meeting_id, date, title, decision_type, decision_label, appearance (1, 2, …), n_meetings,
    first_date,
    last_date. Threads ordered by first appearance.
    """
    if by not in ("case_number", "kle_code"):
        raise ValueError("by must be 'case_number' or 'kle_code'")
    items = _with_decision(select(tables, forum, years, include_standing)["items"])
    if not include_standing and "standing_case" in items:
        items = items[~items["standing_case"].astype("boolean").fillna(False).astype(bool)]
    items = items.dropna(subset=[by]).sort_values(["date", "number", "item_id"])
    items = items.assign(thread=items[by].astype(str))
    n_meetings = items.groupby("thread")["meeting_id"].nunique()
    keep = n_meetings[n_meetings >= min_meetings].index
    out = items[is_member(items["thread"], keep)].copy()
    grouped = out.groupby("thread", sort=False)
    # The case's own titles (what tells it from the next row); for KLE subjects the
    # subject title where there is one.
    titles = grouped["title"].agg(lambda s: case_title(s.astype(str))).astype(object)
    if by == "kle_code" and "kle_title" in out:
        titles = grouped["kle_title"].last().astype(object).fillna(titles)
    out["thread_title"] = out["thread"].map(titles.astype(str))
    out["appearance"] = out.groupby("thread").cumcount() + 1
    out["n_meetings"] = out["thread"].map(n_meetings).astype("int64")
    out["first_date"] = out.groupby("thread")["date"].transform("min")
    out["last_date"] = out.groupby("thread")["date"].transform("max")
    out["decision_label"] = out["decision_type"].map(decision_label)
    out = out.sort_values(["first_date", "thread", "date", "number"])
    cols = [
        "thread",
        "thread_title",
        "item_id",
        "meeting_id",
        "date",
        "title",
        "decision_type",
        "decision_label",
        "appearance",
        "n_meetings",
        "first_date",
        "last_date",
    ]
    return out[cols].reset_index(drop=True)


def kle_main_groups_by_year(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = False
) -> pd.DataFrame:
    """Items per KLE main group (policy area) and year; items without a KLE code left out.

    Standing items (agenda approval, Eventuelt) are left out unless ``include_standing``.
    In: items (kle_main_group, kle_main_group_title), meetings. Out: year, kle_main_group,
    kle_label ('00 Kommunens styrelse'), n_items, share (of the year's items with a KLE
    code). Every year × main group found (zeros filled), groups by total items.
    """
    items = _items(tables, forum, years, include_standing).dropna(subset=["kle_main_group"])
    counts = items.groupby(["year", "kle_main_group"]).size().rename("n_items")
    totals = items.groupby("kle_main_group").size()
    groups = sorted(totals.index, key=lambda g: (-int(totals[g]), str(g)))
    grid = pd.MultiIndex.from_product(
        [_year_span(tables, forum, years), groups], names=["year", "kle_main_group"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("year")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    labels = kle_main_group_labels(items)
    out["kle_label"] = out["kle_main_group"].map(lambda g: labels.get(g, str(g)))
    out = out.astype({"year": "int64", "n_items": "int64"})
    return out[["year", "kle_main_group", "kle_label", "n_items", "share"]]


