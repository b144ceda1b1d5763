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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from analysis.errors import ConfigError

if TYPE_CHECKING:  # pandas and the metrics load only where hits are searched: an
    # unchanged build's watchlist check needs neither (see ``report_new_hits``)
    import pandas as pd

    from analysis import metrics

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
    import pandas as pd

    from analysis import search

    frames = []
    for watch in watches:
        forums = set(watch.forums)
        if forum is not None:
            wanted = {forum} if isinstance(forum, str) else set(forum)
            forums = forums & wanted if forums else wanted
            if not forums:
                continue
        found = search.find_items(
            tables,
            watch.query,
            forum=sorted(forums) or None,
            years=years,
            compounds=watch.compounds,
        )
        if found.empty:
            continue
        frames.append(
            found.assign(
                name=watch.name, query=watch.query, year=pd.to_datetime(found["date"]).dt.year
            )
        )
    if not frames:
        return pd.DataFrame(columns=HIT_COLUMNS)
    return pd.concat(frames, ignore_index=True)[HIT_COLUMNS]


def watchlist_hits_by_year(
    tables: Mapping[str, pd.DataFrame],
    watchlist: Sequence[Watch],
    year: int,
    forum: metrics.Forum = None,
) -> pd.DataFrame:
    """Each search's hits in ``year`` (for the yearly overview): HIT_COLUMNS, one row per
    search and item, by search then date."""
    return watch_hits(tables, watchlist, forum=forum, years=int(year))


# --- new since the last build ----------------------------------------------------------


def _read_state(path: Path) -> dict:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def new_hits(
    tables: Mapping[str, pd.DataFrame], watches: Sequence[Watch], state: Mapping
) -> tuple[pd.DataFrame, dict]:
    """The hits not reported before, and the state to remember for the next time.

    ``state`` (from the last build, {} for none) holds the item ids then present and each
    search's signature. A search whose signature is unchanged looks only at items not
    present last time; a new or edited search looks at every item. Out: (HIT_COLUMNS plus
    ``first_run`` — True where the search had not run before —, new state).
    """
    import pandas as pd

    from analysis import metrics

    items = tables["items"]
    ids = items["item_id"].astype("object")
    known = set(state.get("items", []))
    seen_sig = state.get("searches", {})
    fresh = ~metrics.is_member(ids, known)
    fresh_tables = None
    frames = []
    for watch in watches:
        first = seen_sig.get(watch.name) != watch.signature()
        if first:
            hits = watch_hits(tables, [watch])
        else:
            if fresh_tables is None:
                keep = set(ids[fresh])
                fresh_tables = {
                    "items": items[fresh.to_numpy()],
                    "meetings": tables["meetings"],
                    "sections": tables["sections"][
                        metrics.is_member(tables["sections"]["item_id"], keep)
                    ],
                }
            hits = watch_hits(fresh_tables, [watch]) if len(fresh_tables["items"]) else None
        if hits is not None and len(hits):
            frames.append(hits.assign(first_run=first))
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
    from analysis import config, load, store

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
        tables = load(_WATCHED_TABLES, processed_dir=processed_dir)
        hits, state = new_hits(tables, watches, old_state)
    state["tables"] = stamp
    store.write_file_atomic(
        Path(processed_dir),
        config.WATCHLIST_STATE_NAME,
        json.dumps(state, ensure_ascii=False).encode("utf-8"),
    )
    return render_new_hits(hits, watches)


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
    "watchlist_hits_by_year",
    "new_hits",
    "render_new_hits",
    "report_new_hits",
    "seen_state",
]
