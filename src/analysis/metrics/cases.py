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
from analysis.metrics.honesty import format_int_da
from analysis.metrics.labels import (
    Forum,
    Tables,
    Years,
    decision_label,
    kle_main_group_labels,
)
from analysis.metrics.periods import (
    MAX_PERIODS,
    grid,
    per_period,
    period_code,
    periods_between,
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
    sel = select(tables, forum, years, include_standing)
    items = _with_decision(sel["items"])
    if not include_standing and "standing_case" in items:
        items = items[~items["standing_case"].astype("boolean").fillna(False).astype(bool)]
    items = items.dropna(subset=[by]).sort_values(["date", "number", "item_id"])
    threads = items[by].astype(str)
    if by == "case_number" and "municipality" in sel.get("meetings", ()):
        owners = sel["meetings"].set_index("meeting_id")["municipality"]
        threads = _owned_threads(threads, items["meeting_id"].map(owners))
    items = items.assign(thread=threads)
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


def _owned_threads(numbers: pd.Series, owners: pd.Series) -> pd.Series:
    """Journal numbers as thread keys: a number found in more than one municipality is a
    case in each ('25/1234 (Esbjerg)', '25/1234 (Odense)'); the others stay as written. KLE
    subjects (``by='kle_code'``) are one national taxonomy and are not split."""
    owner = owners.astype(object).fillna("").astype(str)
    n_owners = owner.groupby(numbers.to_numpy()).nunique()
    shared = numbers.map(n_owners).to_numpy() > 1
    if not shared.any():
        return numbers
    short = owner.str.replace(r"\s+Kommune$", "", regex=True).replace("", "ukendt kommune")
    return numbers.where(~shared, numbers + " (" + short + ")")


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


def thread_counts_per_period(
    threads_df: pd.DataFrame,
    threads: list[str],
    lo: object,
    hi: object,
    max_columns: int = MAX_PERIODS,
) -> tuple[pd.DataFrame, dict, str, pd.PeriodIndex]:
    """Items per thread and period over ``lo``-``hi`` (month, quarter or year, the finest
    giving at most ``max_columns`` periods), for a timeline too dense for markers.

    In: ``case_threads`` rows. Out: (counts, threads × periods, zeros filled; the decision
    types of each (thread, period) as text, 'Godkendt 3, Drøftet 1'; the period code; the
    periods).
    """
    code = period_code(pd.Series([pd.Timestamp(lo), pd.Timestamp(hi)]), max_columns)
    binned, periods = per_period(threads_df, "date", code, periods_between(lo, hi, code))
    counts = grid(binned, "thread", "period", None, threads, periods).fillna(0)
    mix = (
        binned.groupby(["thread", "period", "decision_label"], observed=True)
        .size()
        .rename("n")
        .reset_index()
        .sort_values(["n", "decision_label"], ascending=[False, True])
    )
    mix_text = {
        key: ", ".join(
            f"{lab} {format_int_da(k)}" for lab, k in zip(g["decision_label"], g["n"], strict=True)
        )
        for key, g in mix.groupby(["thread", "period"], observed=True, sort=False)
    }
    return counts, mix_text, code, periods


def top_groups(df: pd.DataFrame, max_groups: int) -> pd.DataFrame:
    """``kle_main_groups_by_year`` with the groups beyond the ``max_groups`` largest summed
    as 'Øvrige' (key 'øvrige'): year, kle_main_group, kle_label, n_items."""
    groups = list(dict.fromkeys(df["kle_main_group"]))
    keep = groups[:max_groups]
    kept = df["kle_main_group"].isin(keep)
    data = df.assign(
        kle_main_group=df["kle_main_group"].where(kept, "øvrige"),
        kle_label=df["kle_label"].where(kept, "Øvrige"),
    )
    return data.groupby(["year", "kle_main_group", "kle_label"], as_index=False, sort=False)[
        "n_items"
    ].sum()
