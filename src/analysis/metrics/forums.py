"""Question: how do the forums compare? Key figures, themes and decisions side by side."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.metrics.decisions import (
    _decision_keys,
    _with_decision,
)
from analysis.metrics.filters import (
    _year_span,
    is_member,
    of_minutes,
    select,
)
from analysis.metrics.labels import (
    DECIDING_TYPES,
    NO_DECISION,
    NO_THEME,
    TALKING_TYPES,
    Forum,
    Tables,
    Years,
    _municipalities,
    danish_sort_key,
    decision_label,
    theme_label,
)
from analysis.metrics.themes import (
    _ordered_themes,
)

# --- forums side by side ----------------------------------------------------------------


def _forum_labels(meetings: pd.DataFrame) -> pd.Series:
    """Each meeting's forum as shown to readers (same index as ``meetings``).

    The forum name; when the meetings come from more than one municipality, the name with
    the municipality in parentheses ('Byråd (Egedal Kommune)'), so two councils stay apart.
    """
    forum = meetings["forum"].astype("object").fillna("").astype(str)
    muni = _municipalities(meetings)
    if muni.dropna().nunique() <= 1:
        return forum
    labels = [f"{f} ({m})" if isinstance(m, str) else f for f, m in zip(forum, muni, strict=True)]
    return pd.Series(labels, index=meetings.index, dtype="object")


def _forum_order(labels: Iterable[str]) -> list[str]:
    return sorted(set(labels), key=danish_sort_key)


def forums_present(tables: Tables, forum: Forum = None, years: Years = None) -> list[str]:
    """The forums of the selection, as display labels in Danish alphabetical order.

    One label per forum and municipality (see ``forum_overview``: 'Chefforum', or
    'Byråd (Egedal Kommune)' when several municipalities are present), so
    ``len(forums_present(t)) > 1`` says whether there is anything to compare. In: meetings.
    """
    return _forum_order(_forum_labels(select(tables, forum, years)["meetings"]))


def _forum_items(sel: Tables) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(meetings, items) of a selection, both with forum_label (items also forum, year)."""
    meetings = sel["meetings"].assign(
        forum_label=_forum_labels(sel["meetings"]), municipality=_municipalities(sel["meetings"])
    )
    keep = ["meeting_id", "forum_label", "forum", "municipality", "year", "document_type"]
    keep = [c for c in keep if c in meetings]
    items = sel["items"].drop(columns=keep[1:], errors="ignore")
    items = items.merge(meetings[keep], on="meeting_id", how="inner")
    return meetings, items


def _forum_identity(meetings: pd.DataFrame) -> pd.DataFrame:
    """forum_label -> forum, municipality (first named one) of the selection."""
    first = meetings.sort_values("date").groupby("forum_label", sort=False)
    return pd.DataFrame(
        {"forum": first["forum"].first(), "municipality": first["municipality"].first()}
    )


def forum_overview(
    tables: Tables, forum: Forum = None, years: Years = None, by_year: bool = False
) -> pd.DataFrame:
    """Key figures of each forum side by side (per forum and year with ``by_year``).

    In: meetings (forum, municipality, date, year), items (duration_min, decision_type).
    Out: forum_label (as ``forums_present``), forum, municipality (null where not named),
    [year,] n_meetings, n_items, items_per_meeting (null without meetings),
    n_items_with_duration, minutes_stated (sum of the stated item times, null where no item
    states one), n_deciding / share_deciding (primary decision in ``DECIDING_TYPES``),
    n_talking / share_talking (only discussed or noted, ``TALKING_TYPES``), first_date,
    last_date. Shares are of the forum's items in minutes (an agenda's items decide nothing
    yet; 0 where the forum has only agendas). Forums in Danish alphabetical order; with
    ``by_year`` every forum × year of the span (zeros filled).
    """
    meetings, items = _forum_items(select(tables, forum, years))
    primary = items["decision_type"].astype("object").where(items["decision_type"].notna())
    primary = primary.fillna(NO_DECISION)
    items = items.assign(
        minutes=pd.to_numeric(items["duration_min"], errors="coerce").astype("float64"),
        deciding=primary.isin(DECIDING_TYPES),
        talking=primary.isin(TALKING_TYPES),
        in_minutes=of_minutes(items),
    )
    keys = ["forum_label", "year"] if by_year else ["forum_label"]
    per_meeting = meetings.groupby(keys).agg(
        n_meetings=("meeting_id", "nunique"), first_date=("date", "min"), last_date=("date", "max")
    )
    per_item = items.groupby(keys).agg(
        n_items=("item_id", "size"),
        n_items_with_duration=("minutes", "count"),
        minutes_stated=("minutes", "sum"),
        n_deciding=("deciding", "sum"),
        n_talking=("talking", "sum"),
        n_in_minutes=("in_minutes", "sum"),
    )
    labels = _forum_order(meetings["forum_label"])
    if by_year:
        index = pd.MultiIndex.from_product([labels, _year_span(tables, forum, years)], names=keys)
    else:
        index = pd.Index(labels, name="forum_label")
    out = per_meeting.reindex(index).join(per_item.reindex(index)).reset_index()
    counts = ["n_meetings", "n_items", "n_items_with_duration", "n_deciding", "n_talking"]
    out[counts] = out[counts].fillna(0).astype("int64")
    out["minutes_stated"] = (
        out["minutes_stated"].where(out["n_items_with_duration"] > 0).round().astype("Int64")
    )
    out["items_per_meeting"] = out["n_items"] / out["n_meetings"].where(out["n_meetings"] > 0)
    decidable = out["n_in_minutes"].where(out["n_in_minutes"] > 0)
    out["share_deciding"] = (out["n_deciding"] / decidable).fillna(0.0)
    out["share_talking"] = (out["n_talking"] / decidable).fillna(0.0)
    identity = _forum_identity(meetings)
    out["forum"] = out["forum_label"].map(identity["forum"])
    out["municipality"] = out["forum_label"].map(identity["municipality"])
    cols = [
        "forum_label",
        "forum",
        "municipality",
        *(["year"] if by_year else []),
        "n_meetings",
        "n_items",
        "items_per_meeting",
        "n_items_with_duration",
        "minutes_stated",
        "n_deciding",
        "share_deciding",
        "n_talking",
        "share_talking",
        "first_date",
        "last_date",
    ]
    if by_year:
        out["year"] = out["year"].astype("int64")
    out["first_date"] = pd.to_datetime(out["first_date"])
    out["last_date"] = pd.to_datetime(out["last_date"])
    return out[cols]


def theme_share_by_forum(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Each forum's items per primary theme, forums side by side.

    In: items (theme), meetings (forum, municipality). Items without a theme count as
    'andet' ('Andet'). Out: forum_label, forum, theme, theme_label, n_items, forum_items,
    share (of the forum's items). Every forum × theme found (zeros filled); forums in
    Danish alphabetical order, themes by their mean share across the forums (so a big forum
    does not decide the order), 'Andet' last.
    """
    meetings, items = _forum_items(select(tables, forum, years))
    theme = items["theme"].astype("object")
    items = items.assign(theme=theme.where(theme.notna(), NO_THEME))
    counts = items.groupby(["forum_label", "theme"]).size().rename("n_items")
    forum_items = items.groupby("forum_label").size()
    shares = counts / counts.index.get_level_values("forum_label").map(forum_items).to_numpy()
    labels = _forum_order(meetings["forum_label"])
    mean_share = shares.groupby("theme").sum() / max(len(labels), 1)
    themes = _ordered_themes(counts.index.get_level_values("theme"), mean_share)
    if NO_THEME in mean_share.index:
        themes.append(NO_THEME)
    out = _forum_shares(counts, forum_items, labels, themes, meetings)
    out["theme_label"] = out["theme"].map(theme_label)
    cols = ["forum_label", "forum", "theme", "theme_label", "n_items", "forum_items", "share"]
    return out[cols]


def _forum_shares(
    counts: pd.Series,
    forum_items: pd.Series,
    labels: list[str],
    keys: list[str],
    meetings: pd.DataFrame,
) -> pd.DataFrame:
    """Every forum x key of ``counts`` (index forum_label, key; zeros filled) with n_items,
    forum_items, share (of the forum's items) and forum."""
    key = counts.index.names[1]
    grid = pd.MultiIndex.from_product([labels, keys], names=["forum_label", key])
    out = counts.reindex(grid, fill_value=0).reset_index()
    out["n_items"] = out["n_items"].astype("int64")
    out["forum_items"] = out["forum_label"].map(forum_items).fillna(0).astype("int64")
    out["share"] = (out["n_items"] / out["forum_items"].where(out["forum_items"] > 0)).fillna(0.0)
    out["forum"] = out["forum_label"].map(_forum_identity(meetings)["forum"])
    return out


def decision_types_by_forum(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """Each forum's items per primary decision type, forums side by side.

    In: items (decision_type), meetings (forum, municipality). Out: forum_label, forum,
    decision_type, decision_label, deciding (type in ``DECIDING_TYPES``), n_items,
    forum_items, share (of the forum's items). Every forum × type found (zeros filled);
    the deciding types first, then the others, each in vocabulary priority order.
    """
    meetings, items = _forum_items(select(tables, forum, years))
    items = _with_decision(items)
    counts = items.groupby(["forum_label", "decision_type"]).size().rename("n_items")
    forum_items = items.groupby("forum_label").size()
    keys = _decision_keys(items["decision_type"])
    keys = [k for k in keys if k in DECIDING_TYPES] + [k for k in keys if k not in DECIDING_TYPES]
    # forums with minutes (a forum seen only in agendas has decided nothing yet)
    labels = _forum_order(
        meetings.loc[is_member(meetings["forum_label"], set(items["forum_label"])), "forum_label"]
    )
    out = _forum_shares(counts, forum_items, labels, keys, meetings)
    out["decision_label"] = out["decision_type"].map(decision_label)
    out["deciding"] = out["decision_type"].isin(DECIDING_TYPES)
    cols = [
        "forum_label",
        "forum",
        "decision_type",
        "decision_label",
        "deciding",
        "n_items",
        "forum_items",
        "share",
    ]
    return out[cols]
