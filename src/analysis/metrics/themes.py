"""Question: what does the forum spend its attention on? Themes per year and per
meeting, and the topics the taxonomy misses."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.metrics.filters import (
    _items,
    _year_span,
    is_member,
    select,
)
from analysis.metrics.labels import (
    NO_THEME,
    Forum,
    Tables,
    Years,
    theme_label,
    theme_order,
)

# --- 02 theme trends ------------------------------------------------------------------


def _ordered_themes(keys: Iterable[str], weight: pd.Series | None = None) -> list[str]:
    """Theme keys ordered by weight (descending), else taxonomy order; 'none' last."""
    keys = [k for k in dict.fromkeys(keys) if k != NO_THEME]
    order = {k: i for i, k in enumerate(theme_order())}
    if weight is not None:
        keys.sort(key=lambda k: (-float(weight.get(k, 0)), order.get(k, len(order)), k))
    else:
        keys.sort(key=lambda k: (order.get(k, len(order)), k))
    return keys


def theme_share_by_year(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Attention per primary theme and year: share of the items and of the stated time.

    In: items (date, theme, duration_min), meetings (year, forum). Items without a theme
    count as 'andet' ('Andet'). Out: year, theme, theme_label, n_items, item_share,
    minutes, minutes_share, year_items, year_minutes. Every year × theme of the selection
    is present (item counts zero-filled); minutes, minutes_share (and year_minutes) are
    null where no item of the theme (year) states a time (not recorded is not 0);
    item_share is 0 when the year has no items. Themes ordered by total items.
    """
    items = _items(tables, forum, years)
    items["theme"] = items["theme"].astype("object").where(items["theme"].notna(), NO_THEME)
    items["minutes"] = pd.to_numeric(items["duration_min"], errors="coerce").astype("float64")
    counts = items.groupby(["year", "theme"]).agg(
        n_items=("item_id", "size"), minutes=("minutes", lambda m: m.sum(min_count=1))
    )
    totals = counts.groupby("theme")["n_items"].sum()
    themes = _ordered_themes(counts.index.get_level_values("theme"), totals)
    if NO_THEME in totals.index:
        themes.append(NO_THEME)
    span = _year_span(tables, forum, years)
    grid = pd.MultiIndex.from_product([span, themes], names=["year", "theme"])
    out = counts.reindex(grid).reset_index()
    out["n_items"] = out["n_items"].fillna(0).astype("int64")
    out["minutes"] = out["minutes"].astype("float64")  # null: no item states a time
    out["year_items"] = out.groupby("year")["n_items"].transform("sum").astype("int64")
    out["year_minutes"] = out.groupby("year")["minutes"].transform(lambda m: m.sum(min_count=1))
    out["item_share"] = (out["n_items"] / out["year_items"].where(out["year_items"] > 0)).fillna(0)
    out["minutes_share"] = out["minutes"] / out["year_minutes"].where(out["year_minutes"] > 0)
    out["theme_label"] = out["theme"].map(theme_label)
    cols = [
        "year",
        "theme",
        "theme_label",
        "n_items",
        "item_share",
        "minutes",
        "minutes_share",
        "year_items",
        "year_minutes",
    ]
    return out[cols].astype({"year": "int64"})


def _item_theme_pairs(sel: Tables) -> pd.DataFrame:
    """(item_id, theme) for every theme assigned to a selected item (all, not only primary)."""
    items = sel["items"]
    if "item_themes" in sel:
        pairs = sel["item_themes"][["item_id", "theme"]]
    else:
        split = items[["item_id", "themes"]].dropna()
        pairs = split.assign(theme=split["themes"].astype(str).str.split(";")).explode("theme")
        pairs = pairs[["item_id", "theme"]]
    return pairs[is_member(pairs["item_id"], set(items["item_id"]))]


def theme_meeting_matrix(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Recurrence: how many items of each meeting carry each theme (any assigned theme).

    In: items, item_themes (or items.themes), meetings. Out: meeting_id, date, forum, theme,
    theme_label, n_items, meeting_items. Every meeting × theme found (zeros filled); themes
    ordered by the number of meetings they appear in, then items.
    """
    sel = select(tables, forum, years)
    meetings = sel["meetings"].sort_values(["date", "meeting_id"])
    pairs = _item_theme_pairs(sel).merge(
        sel["items"][["item_id", "meeting_id"]], on="item_id", how="left"
    )
    counts = pairs.groupby(["meeting_id", "theme"]).size().rename("n_items")
    n_meetings = pairs.groupby("theme")["meeting_id"].nunique()
    weight = n_meetings * 10_000 + pairs.groupby("theme").size()
    themes = _ordered_themes(pairs["theme"], weight)
    grid = pd.MultiIndex.from_product(
        [list(meetings["meeting_id"]), themes], names=["meeting_id", "theme"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.merge(
        meetings[["meeting_id", "date", "forum", "n_items"]].rename(
            columns={"n_items": "meeting_items"}
        ),
        on="meeting_id",
        how="left",
    )
    out["theme_label"] = out["theme"].map(theme_label)
    out["n_items"] = out["n_items"].astype("int64")
    cols = ["meeting_id", "date", "forum", "theme", "theme_label", "n_items", "meeting_items"]
    return out[cols]


def topic_overview(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Discovered topics with their top terms and their weight in the selected items.

    In: topics, item_topics, items. Out: topic, label, top_terms (', '-joined), covered_by,
    covered_label (Danish label of the taxonomy theme sharing most terms, '' if none),
    missed (True when no theme covers it), weight (share of the selection's topic weight),
    n_items. Heaviest first.
    """
    sel = select(tables, forum, years)
    topics = sel["topics"]
    item_topics = sel["item_topics"]
    item_topics = item_topics[is_member(item_topics["item_id"], set(sel["items"]["item_id"]))]
    agg = item_topics.groupby("topic").agg(weight=("weight", "sum"), n_items=("item_id", "size"))
    out = topics[["topic", "label", "top_terms", "covered_by_taxonomy"]].merge(
        agg, on="topic", how="left"
    )
    total = out["weight"].sum()
    out["weight"] = (out["weight"].fillna(0) / total) if total else 0.0
    out["n_items"] = out["n_items"].fillna(0).astype("int64")
    out["top_terms"] = out["top_terms"].astype(str).str.replace(";", ", ", regex=False)
    covered = out["covered_by_taxonomy"].astype("object")
    out["missed"] = covered.isna() | (covered.astype(str) == "")
    out["covered_by"] = covered.where(~out["missed"], "")
    out["covered_label"] = [
        "" if miss else theme_label(key) for key, miss in zip(covered, out["missed"], strict=True)
    ]
    cols = ["topic", "label", "top_terms", "covered_by", "covered_label", "missed", "weight"]
    out = out[[*cols, "n_items"]].sort_values(["weight", "topic"], ascending=[False, True])
    return out.reset_index(drop=True)
