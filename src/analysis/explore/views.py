"""The explorer's filtered views, as pure functions of the tables and the filters.

``Corpus`` prepares the tables once (forum labels, quarters, filled theme and decision
keys on every item); ``filter_tables`` returns the meetings and items a set of ``Filters``
selects, in the layout of ``analysis.load()``, so every metric and chart runs on it
unchanged. The Panel app (``explore.app``) only wires widgets to these functions.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

import pandas as pd

from analysis import metrics
from analysis.metrics import AGENDA_ITEM, NO_AREA, NO_DECISION, NO_THEME, Tables
from analysis.vocab import DECISION_PRIORITY

T = TypeVar("T")

#: Column of a policy area, where the build provides one (optional: absent in older tables).
POLICY_AREA = "policy_area"

#: Periods of the keyword over time: key -> Danish label.
PERIODS_DA: dict[str, str] = {"year": "År", "quarter": "Kvartal"}


@dataclass(frozen=True)
class Filters:
    """What the analyst selected; an empty tuple means "all"."""

    forums: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    themes: tuple[str, ...] = ()
    policy_areas: tuple[str, ...] = ()
    decision_types: tuple[str, ...] = ()
    include_standing: bool = False
    text: str = ""
    compounds: bool = True

    def describe(self) -> str:
        """The filters in Danish, for the source line of an export ('Filtre: …')."""
        parts = []
        if self.municipalities:
            parts.append("kommune " + metrics.join_da(self.municipalities))
        if self.forums:
            parts.append("forum " + metrics.join_da(self.forums))
        if self.years:
            lo, hi = self.years
            parts.append(f"år {lo}" if lo == hi else f"år {lo}-{hi}")
        if self.themes:
            parts.append("tema " + metrics.join_da(metrics.theme_label(t) for t in self.themes))
        if self.policy_areas:
            parts.append(
                "politikområde " + metrics.join_da(metrics.area_label(a) for a in self.policy_areas)
            )
        if self.decision_types:
            labels = (metrics.decision_label(d) for d in self.decision_types)
            parts.append("beslutning " + metrics.join_da(labels))
        parts.append("med faste punkter" if self.include_standing else "uden faste punkter")
        if self.text.strip():
            parts.append(f"tekst »{self.text.strip()}«")
        return "Filtre: " + "; ".join(parts)


@dataclass
class Corpus:
    """The tables with what every view needs computed once (a few hundred ms at 10,000
    meetings, against seconds if each filter change redid it)."""

    tables: Tables
    #: Reads the sections table when the tables lack it: only the item detail and the
    #: search need it, so the first view does not wait for the largest table.
    load_sections: Callable[[], pd.DataFrame] | None = None
    _search_cache: dict[tuple, pd.DataFrame | pd.Series] = field(default_factory=dict)
    #: Held while the search index is built or used, so a search during ``warm_search``
    #: waits for that build instead of starting a second one.
    _search_lock: threading.RLock = field(default_factory=threading.RLock)
    _watch_cache: dict[tuple, pd.DataFrame] = field(default_factory=dict)
    #: Views already made (``memo``), the most recent last.
    _memo: OrderedDict[Hashable, object] = field(default_factory=OrderedDict)
    #: How many views ``memo`` keeps (each a filtered copy of the items at most).
    memo_size: int = 12
    #: Views being made now (``foreground``) and whether one waits for the search index:
    #: ``warm_search`` pauses while views are made, unless one of them needs the index.
    _busy: int = 0
    _index_wanted: bool = False
    _idle: threading.Condition = field(default_factory=threading.Condition)

    @contextmanager
    def foreground(self) -> Iterator[None]:
        """Mark work an analyst waits for (a filter, a chart, a page): the search index
        built in the background gives way meanwhile. Both are Python and share one
        interpreter lock, and a filter took 2.5-3 s instead of 0.2 s beside the build."""
        with self._idle:
            self._busy += 1
        try:
            yield
        finally:
            with self._idle:
                self._busy -= 1
                self._idle.notify_all()

    def _give_way(self) -> None:
        """Wait while views are made (``foreground``), unless one of them needs the index."""
        with self._idle:
            self._idle.wait_for(lambda: self._busy == 0 or self._index_wanted)

    @contextmanager
    def _searching(self) -> Iterator[None]:
        """Hold the search lock; a background build of the index stops giving way."""
        with self._idle:
            self._index_wanted = True
            self._idle.notify_all()
        with self._search_lock:
            yield

    def memo(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, kept for the next that asks for ``key``: every browser tab opens on
        the same view, and going back to a filter is instant. Keys must determine the
        result (e.g. the ``Filters``); the corpus never changes while served."""
        if key in self._memo:
            self._memo.move_to_end(key)
            return self._memo[key]  # type: ignore[return-value]
        value = make()
        self._memo[key] = value
        while len(self._memo) > self.memo_size:
            self._memo.popitem(last=False)
        return value

    @cached_property
    def meetings(self) -> pd.DataFrame:
        """meetings with forum_label (the forum as readers see it, with its municipality
        when several are present) and municipality as text ('' where unnamed)."""
        meetings = self.tables["meetings"]
        labels = metrics.meeting_overview({"meetings": meetings, "items": self.tables["items"]})
        label = dict(zip(labels["meeting_id"], labels["forum_label"], strict=True))
        out = meetings.copy()
        out["forum_label"] = out["meeting_id"].map(label).astype("object")
        muni = out["municipality"] if "municipality" in out else pd.Series("", index=out.index)
        out["municipality"] = muni.astype("object").fillna("").astype(str)
        return out

    @cached_property
    def items(self) -> pd.DataFrame:
        """items with year, quarter, forum, forum_label, municipality, the theme and
        decision keys filled ('andet'; 'none', or 'agenda' for an agenda's item), their
        labels and the standing flag; the index is that of ``tables['items']``."""
        items = self.tables["items"]
        meet = self.meetings.set_index("meeting_id")
        out = pd.DataFrame(index=items.index)
        out["item_id"] = items["item_id"].astype("object")
        out["meeting_id"] = items["meeting_id"].astype("object")
        out["date"] = items["date"]
        out["number"] = items["number"]
        out["title"] = items["title"].astype("object").fillna("")
        for col in ("forum", "forum_label", "municipality", "year", "source_file"):
            out[col] = out["meeting_id"].map(meet[col])
        out["year"] = out["year"].astype("int64")
        out["quarter"] = out["date"].dt.quarter.astype("int64")
        theme = items["theme"].astype("object")
        out["theme"] = theme.where(theme.notna(), NO_THEME)
        decision = items["decision_type"].astype("object")
        decision = decision.where(decision.notna(), NO_DECISION)
        # an agenda's item is not yet treated: its own key, not "Intet" (as in metrics)
        agenda = out["meeting_id"].map(metrics.of_minutes(meet)).eq(False)
        out["decision_type"] = decision.mask(agenda & (decision == NO_DECISION), AGENDA_ITEM)
        out["theme_label"] = out["theme"].map(metrics.theme_label)
        out["decision_label"] = out["decision_type"].map(metrics.decision_label)
        out["standing"] = metrics.standing_items(items).to_numpy()
        if POLICY_AREA in items:
            out[POLICY_AREA] = items[POLICY_AREA].astype("object").fillna("")
            out["area_label"] = out[POLICY_AREA].map(lambda k: metrics.area_label(k) if k else "")
        page = items["toc_page"] if "toc_page" in items else pd.Series(pd.NA, index=items.index)
        out["page"] = page.astype("Int64")
        return out

    # --- choices for the widgets ---------------------------------------------------

    def forums(self) -> list[str]:
        return sorted(self.meetings["forum"].dropna().astype(str).unique(), key=_da)

    def municipalities(self) -> list[str]:
        return sorted((m for m in self.meetings["municipality"].unique() if m), key=_da)

    def year_range(self) -> tuple[int, int]:
        years = self.meetings["year"]
        return (int(years.min()), int(years.max())) if len(years) else (2000, 2000)

    def themes(self) -> dict[str, str]:
        """Danish label -> theme key, the themes present (taxonomy order, 'Andet' last)."""
        present = set(self.items["theme"])
        keys = [k for k in metrics.theme_order() if k in present]
        keys += sorted(present - set(keys) - {NO_THEME}) + ([NO_THEME] * (NO_THEME in present))
        return {metrics.theme_label(k): k for k in keys}

    def decision_types(self) -> dict[str, str]:
        """Danish label -> decision type key, the types present."""
        present = set(self.items["decision_type"])
        keys = [k for k in DECISION_PRIORITY if k in present]
        keys += sorted(present - set(keys))
        return {metrics.decision_label(k): k for k in keys}

    def policy_areas(self) -> dict[str, str]:
        """Danish label -> policy area key, the areas present (by label); {} when the
        tables have no policy area column."""
        if POLICY_AREA not in self.items:
            return {}
        keys = (p for p in self.items[POLICY_AREA].unique() if p)
        return dict(sorted(((metrics.area_label(k), k) for k in keys), key=lambda kv: _da(kv[0])))

    @cached_property
    def full_tables(self) -> dict[str, pd.DataFrame]:
        """The tables with sections (read now if they were left out)."""
        tables = dict(self.tables)
        if "sections" not in tables:
            if self.load_sections is None:
                raise KeyError("the explorer needs the sections table")
            tables["sections"] = self.load_sections()
        return tables

    # --- search ----------------------------------------------------------------------

    def search(self, query: str, compounds: bool = True) -> pd.DataFrame:
        """Every match of ``query`` in the whole corpus (``search.find_items`` with
        ``all_matches``), cached per query: filters then only restrict the rows."""
        from analysis import search

        key = (" ".join(query.split()), compounds)  # case kept: acronyms match by case
        with self._searching():
            if key not in self._search_cache:
                found = search.find_items(
                    self.full_tables, key[0], compounds=compounds, all_matches=True
                )
                self._search_cache[key] = found
            return self._search_cache[key]

    def matches(self, query: str, compounds: bool = True) -> list[tuple]:
        """(unit, first token, last token + 1) of every match of ``query`` in the whole
        corpus (``search.SearchIndex.matches``), cached per query."""
        from analysis import search

        key = ("matches", " ".join(query.split()), compounds)
        with self._searching():
            if key not in self._search_cache:
                index = search.search_index(self.full_tables)
                self._search_cache[key] = index.matches(key[1], compounds)
            return self._search_cache[key]  # type: ignore[return-value]

    def match_item_ids(self, query: str, compounds: bool = True) -> pd.Series:
        """The item of every match of ``query`` in the whole corpus (one entry per
        match), cached per query. What the free-text filter and the counts of keyword
        over time need, without making a row and snippet per match (``search``): a
        tenth of the time for a word with a hundred thousand mentions."""
        key = ("ids", " ".join(query.split()), compounds)
        with self._searching():
            if key not in self._search_cache:
                ids = [unit.item_id for unit, _, _ in self.matches(query, compounds)]
                self._search_cache[key] = pd.Series(ids, dtype="object", name="item_id")
            return self._search_cache[key]  # type: ignore[return-value]

    def warm_search(self) -> None:
        """Read the sections and build the search index now (``minutes explore`` does it
        in a background thread once the page is served: at 10,000 meetings it takes about
        a minute, which the first free-text search would otherwise wait for)."""
        from analysis import search

        # The index is hundreds of thousands of objects that live as long as the app.
        # While they are made, the collector would walk them again and again (a full
        # collection took 4 s at 10,000 meetings), stalling whichever filter or page load
        # set it off: it waits until the index is built, which makes no cycles. Then they
        # go out of its sight for good.
        gc.disable()
        try:
            with self._search_lock:
                # a query without hits builds the posting lists too, so the first real
                # one only reads the units its word occurs in
                index = search.search_index(self.full_tables, pause=self._give_way)
                index.matches("zzzz")
        finally:
            gc.freeze()
            gc.enable()

    def watch_hits(self, watches: Sequence) -> pd.DataFrame:
        """Every hit of the saved searches in the whole corpus (``watchlist.watch_hits``),
        computed once; the app restricts it to the filters."""
        from analysis.watchlist import watch_hits

        key = tuple(watches)
        with self._searching():
            if key not in self._watch_cache:
                self._watch_cache[key] = watch_hits(self.full_tables, watches)
            return self._watch_cache[key]


def _da(text: object) -> str:
    return metrics.danish_sort_key(text)


def item_mask(corpus: Corpus, filters: Filters) -> pd.Series:
    """True for every item the filters select (index of ``corpus.items``)."""
    items = corpus.items
    keep = pd.Series(True, index=items.index)
    if filters.forums:
        keep &= items["forum"].isin(filters.forums)
    if filters.municipalities:
        keep &= items["municipality"].isin(filters.municipalities)
    if filters.years:
        lo, hi = filters.years
        keep &= items["year"].between(lo, hi)
    if filters.themes:
        keep &= items["theme"].isin(filters.themes)
    if filters.policy_areas and POLICY_AREA in items:
        keep &= items[POLICY_AREA].isin(filters.policy_areas)
    if filters.decision_types:
        keep &= items["decision_type"].isin(filters.decision_types)
    if not filters.include_standing:
        keep &= ~items["standing"]
    if filters.text.strip():
        hits = set(corpus.match_item_ids(filters.text, filters.compounds))
        keep &= metrics.is_member(items["item_id"], hits)
    return keep


def _item_level(filters: Filters) -> bool:
    """Whether the filters pick items within meetings (not only whole meetings)."""
    return bool(
        filters.themes
        or filters.policy_areas
        or filters.decision_types
        or filters.text.strip()
        or not filters.include_standing
    )


def filter_tables(corpus: Corpus, filters: Filters) -> dict[str, pd.DataFrame]:
    """meetings and items of the selection, columns as in ``analysis.load()``.

    Filters on whole meetings (forum, municipality, years) keep every meeting they
    select. Filters on items (theme, policy area, decision, standing items, text) keep
    the meetings with at least one selected item, and their n_items counts the selected
    items only: "Møder pr. år" then answers "meetings that dealt with it".
    """
    mask = item_mask(corpus, filters)
    items = corpus.tables["items"][mask.to_numpy()]
    meetings = corpus.tables["meetings"]
    keep = pd.Series(True, index=meetings.index)
    if filters.forums:
        keep &= meetings["forum"].isin(filters.forums)
    if filters.municipalities:
        keep &= corpus.meetings["municipality"].isin(filters.municipalities)
    if filters.years:
        keep &= meetings["year"].between(*filters.years)
    meetings = meetings[keep]
    if _item_level(filters):
        counts = items.groupby("meeting_id").size()
        meetings = meetings[metrics.is_member(meetings["meeting_id"], counts.index)].copy()
        meetings["n_items"] = meetings["meeting_id"].map(counts).astype("int64")
    return {"meetings": meetings, "items": items}


def item_view(corpus: Corpus, filtered: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The prepared item rows (``Corpus.items``) of the filtered items, by date and number."""
    items = corpus.items.loc[filtered["items"].index]
    return items.sort_values(["date", "number"], kind="mergesort")


#: Columns of the item table, with their Danish headers (the XLSX and the app show these).
ITEM_COLUMNS_DA: dict[str, str] = {
    "date": "Dato",
    "forum_label": "Forum",
    "number": "Nr.",
    "title": "Titel",
    "theme_label": "Tema",
    "area_label": "Politikområde",
    "decision_label": "Beslutning",
    "source_file": "Fil",
    "page": "Side",
    "item_id": "Punkt-id",
}


def item_table(view: pd.DataFrame) -> pd.DataFrame:
    """The item table as shown and exported: Danish headers, one row per item."""
    cols = [c for c in ITEM_COLUMNS_DA if c in view]
    out = view[cols].rename(columns=ITEM_COLUMNS_DA).reset_index(drop=True)
    out["Dato"] = pd.to_datetime(out["Dato"]).dt.normalize()
    return out


# --- drill-down ------------------------------------------------------------------------

#: The columns of ``Corpus.items`` a chart point may name (see ``drill``).
DRILL_KEYS = ("year", "quarter", "forum_label", "theme", POLICY_AREA, "decision_type", "item_id")


def drill(view: pd.DataFrame, point: Mapping[str, object]) -> pd.DataFrame:
    """The rows of ``view`` behind a clicked bar, cell or point.

    ``point`` maps columns of ``Corpus.items`` (``DRILL_KEYS``) to the value the point
    stands for, e.g. {'year': 2024, 'theme': 'budget'}; item_id takes a collection.
    Unknown keys raise ValueError: a chart that names something the items lack is a bug,
    not an empty selection.
    """
    keep = pd.Series(True, index=view.index)
    for key, value in point.items():
        if key not in DRILL_KEYS:
            raise ValueError(f"cannot drill down by {key!r}; known: {', '.join(DRILL_KEYS)}")
        if key == "item_id":
            keep &= metrics.is_member(view["item_id"], list(value))  # type: ignore[arg-type]
        elif key == POLICY_AREA:
            # the charts' key of items without an area; Corpus.items leaves those empty
            keep &= view[key] == ("" if value == NO_AREA else value)
        elif key in ("year", "quarter"):
            keep &= view[key] == int(value)  # type: ignore[arg-type]
        else:
            keep &= view[key] == value
    return view[keep]


def cell_point(meta: Mapping[str, Mapping[str, Sequence]], cell: Sequence[int]) -> dict:
    """The drill-down of a heatmap cell: the keys its column and row stand for.

    ``meta`` is the heatmap trace's ``{'rows': {column: keys}, 'columns': {column: keys}}``
    (columns of ``Corpus.items``, keys in the order of the cells), as the heatmap charts
    set it; ``cell`` is plotly's pointNumber of a click on it, [row, column].
    """
    ((row_key, rows),) = meta["rows"].items()
    ((col_key, cols),) = meta["columns"].items()
    i, j = (int(v) for v in cell)
    if not (0 <= i < len(rows) and 0 <= j < len(cols)):
        raise ValueError(f"cell {[i, j]} outside the {len(rows)} × {len(cols)} heatmap")
    return {col_key: cols[j], row_key: rows[i]}


def describe_drill(point: Mapping[str, object]) -> str:
    """A drill-down in Danish, shown above the item table ('År 2024 · Tema Økonomi')."""
    parts = []
    for key, value in point.items():
        if key == "year":
            parts.append(f"År {value}")
        elif key == "quarter":
            parts.append(f"{value}. kvartal")
        elif key == "forum_label":
            parts.append(f"Forum {value}")
        elif key == "theme":
            parts.append(f"Tema {metrics.theme_label(value)}")
        elif key == POLICY_AREA:
            parts.append(f"Politikområde {metrics.area_label(value)}")
        elif key == "decision_type":
            parts.append(f"Beslutning {metrics.decision_label(value)}")
        elif key == "item_id":
            parts.append(f"{len(value)} punkter med søgeordet")  # type: ignore[arg-type]
    return " · ".join(parts)


# --- item detail -----------------------------------------------------------------------


def item_sections(tables: Tables, item_id: str) -> pd.DataFrame:
    """The sections of one item in order: label (Danish), text."""
    from analysis.vocab import SECTION_LABELS_DA

    sections = tables["sections"]
    part = sections[sections["item_id"].astype("object") == item_id].sort_values("position")
    labels = [
        SECTION_LABELS_DA.get(str(s)) or (str(h).strip() if pd.notna(h) else "") or "Tekst"
        for s, h in zip(part["section"], part["heading"], strict=True)
    ]
    return pd.DataFrame(
        {"label": labels, "text": part["text"].astype("object").fillna("").to_numpy()}
    )


# --- keyword over time ----------------------------------------------------------------


def period_label(year: int, quarter: int | None) -> str:
    return str(year) if quarter is None else f"{year} K{quarter}"


def keyword_hits(
    corpus: Corpus,
    filtered: Mapping[str, pd.DataFrame],
    query: str,
    compounds: bool = True,
    items: Collection[str] | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """The matches of ``query`` in the filtered items (or only in ``items``), in context
    (KWIC), by date; with ``limit``, only the latest ``limit`` matches: the snippets are
    made for those alone (a word with a hundred thousand mentions takes seconds else).

    Out: date, year, quarter, forum_label, title, section_label, snippet, match, item_id
    (one row per match).
    """
    from analysis import search

    cols = [
        "date",
        "year",
        "quarter",
        "forum_label",
        "title",
        "section_label",
        "snippet",
        "match",
        "item_id",
    ]
    if not query.strip():
        return pd.DataFrame(columns=cols)
    found = corpus.matches(query, compounds)
    keep = set(filtered["items"]["item_id"])
    if items is not None:
        keep &= set(items)
    order = corpus.items.set_index("item_id")[["date", "number"]]
    chosen = pd.DataFrame(
        {"k": [k for k, (unit, _, _) in enumerate(found) if unit.item_id in keep]},
        dtype="int64",
    )
    chosen["item_id"] = [found[k][0].item_id for k in chosen["k"]]
    chosen = chosen.join(order, on="item_id").sort_values(["date", "number", "k"], kind="mergesort")
    if limit is not None:
        chosen = chosen.tail(limit)
    rows = pd.DataFrame(
        [search.match_row(*found[k]) for k in chosen["k"]],
        columns=["item_id", "section", "section_label", "snippet", "match"],
    )
    extra = corpus.items.set_index("item_id")[["date", "year", "quarter", "forum_label", "title"]]
    return rows.join(extra, on="item_id")[cols].reset_index(drop=True)


def keyword_matches(
    corpus: Corpus, filtered: Mapping[str, pd.DataFrame], query: str, compounds: bool = True
) -> pd.DataFrame:
    """Every match of ``query`` in the filtered items, without its context: what
    ``keyword_over_time`` and ``keyword_point`` need, fast for a word with a hundred
    thousand mentions (``keyword_hits`` makes the snippets).

    Out, one row per match: item_id, year, quarter, forum_label.
    """
    cols = ["item_id", "year", "quarter", "forum_label"]
    if not query.strip():
        return pd.DataFrame(columns=cols)
    ids = corpus.match_item_ids(query, compounds)
    ids = ids[metrics.is_member(ids, set(filtered["items"]["item_id"]))]
    extra = corpus.items.set_index("item_id")[cols[1:]]
    return extra.reindex(ids.to_numpy()).rename_axis("item_id").reset_index()[cols]


def keyword_over_time(
    corpus: Corpus,
    filtered: Mapping[str, pd.DataFrame],
    hits: pd.DataFrame,
    period: str = "year",
) -> pd.DataFrame:
    """Mentions (matches) and items with a match, per period and forum.

    ``hits``: ``keyword_matches`` (or ``keyword_hits``) of the filtered items.

    Every period from the first to the last selected meeting and every selected forum
    is present (zeros filled), so a word that fell out of use shows as a drop, not a
    gap. Out: period (label), year, quarter (0 for years), forum_label, n_mentions,
    n_items.
    """
    if period not in PERIODS_DA:
        raise ValueError(f"period must be one of {', '.join(PERIODS_DA)}")
    view = corpus.items.loc[filtered["items"].index]
    forums = sorted(view["forum_label"].dropna().unique(), key=_da)
    cols = ["period", "year", "quarter", "forum_label", "n_mentions", "n_items"]
    if view.empty:
        return pd.DataFrame(columns=cols)
    lo, hi = int(view["year"].min()), int(view["year"].max())
    quarters = [0] if period == "year" else [1, 2, 3, 4]
    grid = pd.DataFrame(
        [(y, q, f) for y in range(lo, hi + 1) for q in quarters for f in forums],
        columns=["year", "quarter", "forum_label"],
    )
    keys = ["year", "quarter", "forum_label"]
    h = hits.assign(quarter=hits["quarter"] if period == "quarter" else 0)
    counts = h.groupby(keys).agg(n_mentions=("item_id", "size"), n_items=("item_id", "nunique"))
    out = grid.merge(counts.reset_index(), on=keys, how="left")
    out[["n_mentions", "n_items"]] = out[["n_mentions", "n_items"]].fillna(0).astype("int64")
    out["period"] = [
        period_label(y, q or None) for y, q in zip(out["year"], out["quarter"], strict=True)
    ]
    return out[cols]


def keyword_point(hits: pd.DataFrame, period: str, forum_label: str) -> dict[str, object]:
    """The drill-down of a point of the keyword chart: the items with a match in it."""
    year, _, q = period.partition(" K")
    part = hits[(hits["year"] == int(year)) & (hits["forum_label"] == forum_label)]
    if q:
        part = part[part["quarter"] == int(q)]
    return {"item_id": tuple(dict.fromkeys(part["item_id"]))}


__all__ = [
    "Corpus",
    "Filters",
    "POLICY_AREA",
    "PERIODS_DA",
    "ITEM_COLUMNS_DA",
    "DRILL_KEYS",
    "filter_tables",
    "item_mask",
    "item_view",
    "item_table",
    "drill",
    "cell_point",
    "describe_drill",
    "item_sections",
    "keyword_hits",
    "keyword_matches",
    "keyword_over_time",
    "keyword_point",
]
