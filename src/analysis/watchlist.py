"""Saved searches (watchlist): named lemmatised searches, their hits, and what is new.

The watchlist is a YAML file (``config.WATCHLIST_FILE``, by default ``watchlist.yaml`` in
the project root; ``MINUTES_WATCHLIST`` points elsewhere)::

    searches:
      - name: Budget                 # shown in the build summary, explorer and overview
        query: budget                # a word or phrase, matched on lemmas
        forums: [Chefforum]          # optional: only these forums (default: all)
        compounds: true              # optional: also inside compound words (default)

After each build ``minutes build`` prints the hits that are new since the last build
(``report_new_hits``). Which items were already looked at is kept in the processed folder
(``config.WATCHLIST_STATE_NAME``, written atomically): the next build searches only the
items it has not seen, and a search that is new or was edited is searched in full.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from analysis.errors import ConfigError

if TYPE_CHECKING:  # pandas and the metrics load only where hits are searched: an
    # unchanged build's watchlist check needs neither (see ``report_new_hits``)
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis import metrics, search

#: Columns of every hit table below.
HIT_COLUMNS = [
    "name",
    "query",
    "date",
    "year",
    "forum",
    "title",
    "section_label",
    "snippet",
    "item_id",
]
#: The tables the searches read.
_WATCHED_TABLES = ("items", "meetings", "sections")
#: Titles and sections searched at a time by the check after a build (one search index
#: per slice of the items, see ``sliced_watch_hits``): the index, not the tables, is what
#: grows with the corpus. At 10,000 synthetic meetings (390,000 units) the check's peak
#: was 0.69 / 0.75 / 0.86 / 1.09 GB with 25,000 / 50,000 / 100,000 / 200,000 units (one
#: index: 1.43 GB) at the same CPU; about 1,300 such meetings fit in one slice.
SLICE_UNITS = 50_000
#: Hits listed per search in the build summary (the rest are counted).
SHOWN_PER_SEARCH = 10


class WatchlistError(ConfigError):
    """The watchlist file cannot be used; the message says where and why (exit code 2)."""


@dataclass(frozen=True)
class Watch:
    name: str
    query: str
    forums: tuple[str, ...] = ()
    compounds: bool = True

    def signature(self) -> str:
        """Changes when the search would find other items (the name does not count)."""
        text = json.dumps(
            [" ".join(self.query.split()).lower(), sorted(self.forums), self.compounds]
        )
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def parse_watchlist(data: object, where: str = "watchlist") -> list[Watch]:
    """The searches of a parsed YAML document; WatchlistError naming the problem."""
    if data is None:
        return []
    if not isinstance(data, Mapping) or not isinstance(data.get("searches", []), list):
        raise WatchlistError(f"{where}: expected 'searches:' followed by a list of searches")
    watches: list[Watch] = []
    for n, entry in enumerate(data.get("searches") or [], start=1):
        if not isinstance(entry, Mapping):
            raise WatchlistError(f"{where}: search {n} is not a mapping with name and query")
        unknown = set(entry) - {"name", "query", "forums", "compounds"}
        if unknown:
            raise WatchlistError(f"{where}: search {n} has unknown keys {sorted(unknown)}")
        name, query = entry.get("name"), entry.get("query")
        if not isinstance(query, str) or not query.strip():
            raise WatchlistError(f"{where}: search {n} needs a 'query' (a word or phrase)")
        name = str(name).strip() if name is not None else query.strip()
        forums = entry.get("forums") or []
        if isinstance(forums, str):
            forums = [forums]
        if not isinstance(forums, list):
            raise WatchlistError(f"{where}: 'forums' of search {name!r} must be a list")
        compounds = entry.get("compounds", True)
        if not isinstance(compounds, bool):
            raise WatchlistError(f"{where}: 'compounds' of search {name!r} must be true/false")
        if any(w.name == name for w in watches):
            raise WatchlistError(f"{where}: two searches are named {name!r}")
        watches.append(Watch(name, query.strip(), tuple(str(f) for f in forums), compounds))
    return watches


def load_watchlist(path: Path | str) -> list[Watch]:
    """The searches in ``path``; [] when the file does not exist."""
    path = Path(path)
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise WatchlistError(f"{path}: not valid YAML ({exc})") from exc
    return parse_watchlist(data, str(path))


def watch_hits(
    tables: Mapping[str, pd.DataFrame],
    watches: Sequence[Watch],
    forum: metrics.Forum = None,
    years: metrics.Years = None,
) -> pd.DataFrame:
    """Every item each search finds, one row per search and item, by search then date.

    In: items, meetings, sections. ``forum`` / ``years`` narrow further (the search's own
    forums always apply). Out: HIT_COLUMNS.
    """
    return _stacked([f for w in watches if (f := _found(tables, w, forum, years)) is not None])


def _stacked(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The searches' hit frames one under the other: HIT_COLUMNS."""
    import pandas as pd

    if not frames:
        return pd.DataFrame(columns=HIT_COLUMNS)
    return pd.concat(frames, ignore_index=True)[HIT_COLUMNS]


def _found(
    tables: Mapping[str, pd.DataFrame],
    watch: Watch,
    forum: metrics.Forum = None,
    years: metrics.Years = None,
    index: search.SearchIndex | None = None,
) -> pd.DataFrame | None:
    """``search.find_items``' rows of one search with its name, query and year (None: no
    hit or no forum left); ``index``: see ``find_items``."""
    import pandas as pd

    from analysis import search

    forums = set(watch.forums)
    if forum is not None:
        wanted = {forum} if isinstance(forum, str) else set(forum)
        forums = forums & wanted if forums else wanted
        if not forums:
            return None
    found = search.find_items(
        tables,
        watch.query,
        forum=sorted(forums) or None,
        years=years,
        compounds=watch.compounds,
        index=index,
    )
    if found.empty:
        return None
    return found.assign(
        name=watch.name, query=watch.query, year=pd.to_datetime(found["date"]).dt.year
    )


def sliced_watch_hits(
    tables: Mapping[str, pd.DataFrame | pq.ParquetFile],
    watches: Sequence[Watch],
    slice_units: int | None = None,
    forum: metrics.Forum = None,
    years: metrics.Years = None,
) -> dict[str, pd.DataFrame]:
    """``watch_hits`` of each search (by name), searched slice by slice: the same rows
    in the same order, but only one slice's search index in memory at a time
    (``forum`` / ``years``: as in ``watch_hits``).

    A slice is a run of consecutive items with their sections, about ``slice_units``
    titles and sections (default ``SLICE_UNITS``); its index is built for the slice and
    dropped after it (not kept in ``search``'s cache). Nothing in a match depends on
    other items (a written form matches a query word on its own, a phrase never leaves a
    text, an item's title and sections fall in one slice), so only the order needs care
    (``_in_whole_order``). ``tables["sections"]`` may be the sections' Parquet file: it
    is then read once in batches, and a slice's rows are kept only until it is complete
    (in a build's file, sections follow the items: one slice at a time).
    """
    import numpy as np
    import pandas as pd

    from analysis import search

    if not watches:
        return {}
    items, sections = tables["items"], tables["sections"]
    limit = max(1, SLICE_UNITS if slice_units is None else slice_units)
    counts = _section_counts(sections)
    units = 1 + items["item_id"].map(counts).fillna(0).to_numpy("int64")
    last_unit = (np.cumsum(units) - 1) // limit  # the block of each item's last unit
    first = np.diff(last_unit, prepend=-1) != 0  # an item that starts a slice
    slice_of = np.cumsum(first) - 1
    parts = np.split(np.arange(len(items)), np.flatnonzero(first)[1:])
    if isinstance(sections, pd.DataFrame):
        by_slice = (
            (n, _sections_of(sections, items["item_id"].iloc[rows])) for n, rows in enumerate(parts)
        )
    else:
        n_of = pd.Series(slice_of, index=items["item_id"].to_numpy())
        n_of = n_of[~n_of.index.duplicated()]
        per_slice = counts.groupby(n_of.reindex(counts.index)).sum()  # other items: NaN
        rows_of = np.zeros(len(parts), dtype="int64")
        rows_of[per_slice.index.astype("int64")] = per_slice.to_numpy()
        by_slice = _parquet_slices(sections, n_of, rows_of)
    found: dict[str, list[pd.DataFrame]] = {w.name: [] for w in watches}
    for n, part_sections in by_slice:
        part = items.iloc[parts[n]]
        number = dict(zip(part["item_id"], part["number"], strict=True))
        part_tables = {"items": part, "meetings": tables["meetings"], "sections": part_sections}
        index = search.SearchIndex(part_tables)
        for watch in watches:
            hits = _found(part_tables, watch, forum, years, index=index)
            if hits is not None:  # with what the whole index's order needs
                found[watch.name].append(hits.assign(_slice=n, _number=hits["item_id"].map(number)))
        del index, part_tables, part_sections
    return {name: _in_whole_order(frames) for name, frames in found.items()}


def _in_whole_order(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The slices' hits of one search in the order one index over all items gives:
    by date and number, and among ties every title hit (items order: slice, then its
    order within the slice) before every hit in a section only (by item_id), as the
    whole index lists all titles before all sections (sorted by item_id)."""
    import pandas as pd

    if not frames:
        return pd.DataFrame(columns=HIT_COLUMNS)
    hits = pd.concat(frames, ignore_index=True)
    in_section = hits["section"] != "title"
    hits["_in_section"] = in_section
    hits["_slice"] = hits["_slice"].where(~in_section, 0)
    hits["_section_item"] = hits["item_id"].where(in_section, "")
    keys = ["date", "_number", "_in_section", "_slice", "_section_item"]
    return hits.sort_values(keys, kind="mergesort").reset_index(drop=True)[HIT_COLUMNS]


def _section_counts(sections: pd.DataFrame | pq.ParquetFile) -> pd.Series:
    """Sections per item_id."""
    import pandas as pd

    if isinstance(sections, pd.DataFrame):
        return sections["item_id"].value_counts()
    counts = (
        sections.read(columns=["item_id"]).group_by("item_id").aggregate([("item_id", "count")])
    )
    return pd.Series(
        counts["item_id_count"].to_numpy(), index=counts["item_id"].to_pandas(), dtype="int64"
    )


def _sections_of(sections: pd.DataFrame, item_ids: pd.Series) -> pd.DataFrame:
    """The sections of ``item_ids``, in their order in ``sections``."""
    from analysis import metrics

    return sections[metrics.is_member(sections["item_id"], set(item_ids))]


#: Rows of the sections' Parquet file read at a time.
_BATCH_ROWS = 65_536


def _parquet_slices(
    sections: pq.ParquetFile, slice_of: pd.Series, rows: np.ndarray
) -> Iterator[tuple[int, pd.DataFrame]]:
    """(slice, its sections as a frame) of each slice as soon as all its ``rows`` are
    read, in their order in the file. ``slice_of``: slice number by item_id (sections of
    other items are skipped)."""
    import numpy as np
    import pyarrow as pa

    from analysis import search

    columns = list(search.TABLE_COLUMNS["sections"])
    schema = pa.schema([sections.schema_arrow.field(c) for c in columns])
    schema = schema.with_metadata(sections.schema_arrow.metadata)  # pandas' dtypes

    def frame(batches: list[pa.RecordBatch]) -> pd.DataFrame:
        return pa.Table.from_batches(batches, schema=schema).to_pandas()

    left = rows.copy()
    pending: dict[int, list[pa.RecordBatch]] = {}
    for n in np.flatnonzero(left == 0).tolist():
        yield n, frame([])
    for batch in sections.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
        ids = batch.column("item_id").to_pandas()
        numbers = ids.map(slice_of).fillna(-1).to_numpy("int64")
        for n in np.unique(numbers[numbers >= 0]).tolist():
            mine = numbers == n
            pending.setdefault(n, []).append(batch.filter(pa.array(mine)))
            left[n] -= int(mine.sum())
            if left[n] == 0:
                yield n, frame(pending.pop(n))
    if left.any():  # the file changed under the reader: counted rows never came
        raise RuntimeError("the sections table changed while the watchlist was searched")


def watchlist_hits_by_year(
    tables: Mapping[str, pd.DataFrame],
    watchlist: Sequence[Watch],
    year: int,
    forum: metrics.Forum = None,
) -> pd.DataFrame:
    """Each search's hits in ``year`` (for the yearly overview): HIT_COLUMNS, one row per
    search and item, by search then date; ``watch_hits``' rows, searched over the year's
    items only and slice by slice (``sliced_watch_hits``), not one index of every item."""
    from analysis import metrics

    # The year's items and sections keep their order: the hits and their order are those
    # of an index over every item (a match depends on its own text only).
    year_tables = metrics.select({name: tables[name] for name in _WATCHED_TABLES}, None, int(year))
    found = sliced_watch_hits(year_tables, watchlist, forum=forum, years=int(year))
    return _stacked([found[w.name] for w in watchlist if len(found.get(w.name, ()))])


# --- new since the last build ----------------------------------------------------------


def _read_state(path: Path) -> dict:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def new_hits(
    tables: Mapping[str, pd.DataFrame | pq.ParquetFile],
    watches: Sequence[Watch],
    state: Mapping,
    slice_units: int | None = None,
) -> tuple[pd.DataFrame, dict]:
    """The hits not reported before, and the state to remember for the next time.

    ``state`` (from the last build, {} for none) holds the item ids then present and each
    search's signature. A search whose signature is unchanged looks only at items not
    present last time; a new or edited search looks at every item. Searched slice by
    slice (``sliced_watch_hits``; ``tables["sections"]`` may be their Parquet file). Out:
    (HIT_COLUMNS plus ``first_run`` — True where the search had not run before —, new
    state).
    """
    import pandas as pd

    from analysis import metrics

    items = tables["items"]
    ids = items["item_id"].astype("object")
    seen_sig = state.get("searches", {})
    first = {w.name: seen_sig.get(w.name) != w.signature() for w in watches}
    found = sliced_watch_hits(tables, [w for w in watches if first[w.name]], slice_units)
    fresh = ~metrics.is_member(ids, set(state.get("items", [])))
    again = [w for w in watches if not first[w.name]]
    if again and fresh.any():
        fresh_tables = {**tables, "items": items[fresh.to_numpy()]}
        found.update(sliced_watch_hits(fresh_tables, again, slice_units))
    frames = [
        found[w.name].assign(first_run=first[w.name])
        for w in watches
        if w.name in found and len(found[w.name])
    ]
    out = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame(columns=[*HIT_COLUMNS, "first_run"])
    )
    new_state = {
        "version": 1,
        "items": sorted(ids.dropna()),
        "searches": {w.name: w.signature() for w in watches},
        # what this build reported as new, so the explorer can mark it
        "reported": {name: sorted(set(part["item_id"])) for name, part in out.groupby("name")}
        if len(out)
        else {},
    }
    return out, new_state


def render_new_hits(hits: pd.DataFrame | None, watches: Sequence[Watch]) -> str:
    """The build's lines about the watchlist, in Danish. ``hits`` None: nothing new (said
    without pandas, for a check that read no table)."""
    if not watches:
        return ""
    if hits is None or not len(hits):
        return "Gemte søgninger: 0 nye fund siden sidste build"
    import pandas as pd

    from analysis import metrics

    n_items = hits[["name", "item_id"]].drop_duplicates().shape[0]
    noun = "nyt fund" if n_items == 1 else "nye fund"
    lines = [f"Gemte søgninger: {metrics.format_int_da(n_items)} {noun} siden sidste build"]
    for watch in watches:
        part = hits[hits["name"] == watch.name]
        if part.empty:
            continue
        first = bool(part["first_run"].iloc[0])
        note = " (første søgning: alle fund)" if first else ""
        unit = "punkt" if len(part) == 1 else "punkter"
        lines.append(f"  {watch.name} (»{watch.query}«): {len(part)} {unit}{note}")
        for rec in part.head(SHOWN_PER_SEARCH).itertuples(index=False):
            date = pd.Timestamp(rec.date).strftime("%d.%m.%Y")
            lines.append(f"    {date} {rec.forum}: {rec.title}")
        if len(part) > SHOWN_PER_SEARCH:
            lines.append(f"    … og {len(part) - SHOWN_PER_SEARCH} mere")
    return "\n".join(lines)


def report_new_hits(processed_dir: Path, watchlist_file: Path) -> str:
    """After a build: the new hits of the watchlist's searches as text, and the state
    saved (atomically) for the next build. '' without a watchlist."""
    from analysis import config, store

    watches = load_watchlist(watchlist_file)
    if not watches:
        return ""
    state_path = Path(processed_dir) / config.WATCHLIST_STATE_NAME
    old_state = _read_state(state_path)
    stamp = _tables_stamp(Path(processed_dir))
    if stamp is not None and _same_searches_same_tables(old_state, watches, stamp):
        # The tables are the files the last check read and no search changed: nothing
        # can be new (an unchanged rebuild need not load pandas and three tables for that).
        hits, state = None, {**old_state, "reported": {}}
    else:
        hits, state = new_hits(_watched_tables(Path(processed_dir)), watches, old_state)
    state["tables"] = stamp
    store.write_file_atomic(
        Path(processed_dir),
        config.WATCHLIST_STATE_NAME,
        json.dumps(state, ensure_ascii=False).encode("utf-8"),
    )
    return render_new_hits(hits, watches)


def _watched_tables(processed_dir: Path) -> dict[str, pd.DataFrame | pq.ParquetFile]:
    """The columns the searches read of items and meetings, and the sections' Parquet
    file (read slice by slice, see ``sliced_watch_hits``)."""
    from analysis import search, store

    files = store.open_tables(processed_dir, _WATCHED_TABLES)
    return {
        "items": files["items"].read(columns=list(search.TABLE_COLUMNS["items"])).to_pandas(),
        "meetings": files["meetings"]
        .read(columns=list(search.TABLE_COLUMNS["meetings"]))
        .to_pandas(),
        "sections": files["sections"],
    }


def _tables_stamp(processed_dir: Path) -> list[list[int]] | None:
    """Size, modification time and inode of the tables the watchlist reads (a build
    writes them anew, so an equal stamp means the same tables); None when one is missing."""
    try:
        stats = [os.stat(processed_dir / f"{name}.parquet") for name in _WATCHED_TABLES]
    except OSError:
        return None
    return [[st.st_size, st.st_mtime_ns, st.st_ino] for st in stats]


def _same_searches_same_tables(state: Mapping, watches: Sequence[Watch], stamp: list) -> bool:
    return state.get("tables") == stamp and state.get("searches") == {
        w.name: w.signature() for w in watches
    }


def seen_state(processed_dir: Path) -> dict:
    """The state the last build saved ({} when none)."""
    from analysis import config

    return _read_state(Path(processed_dir) / config.WATCHLIST_STATE_NAME)


__all__ = [
    "Watch",
    "WatchlistError",
    "HIT_COLUMNS",
    "load_watchlist",
    "parse_watchlist",
    "watch_hits",
    "sliced_watch_hits",
    "watchlist_hits_by_year",
    "new_hits",
    "render_new_hits",
    "report_new_hits",
    "seen_state",
]
