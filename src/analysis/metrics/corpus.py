"""Question: what is in the corpus? Meetings, items, sections, files and their coverage."""

from __future__ import annotations

import re

import pandas as pd

from analysis.metrics.display import (
    TABLE_DESCRIPTIONS_DA,
)
from analysis.metrics.filters import (
    _as_set,
    _year_span,
    fold,
    select,
)
from analysis.metrics.forums import (
    _forum_labels,
)
from analysis.metrics.labels import (
    STATUS_LABELS_DA,
    Forum,
    Tables,
    Years,
)
from analysis.vocab import CORE_SECTIONS, SECTION_LABELS_DA


def table_counts(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Rows per table in the selection. Out: table, description (Danish), rows."""
    sel = select(tables, forum, years)
    rows = [
        {"table": name, "description": TABLE_DESCRIPTIONS_DA.get(name, ""), "rows": len(df)}
        for name, df in sel.items()
    ]
    return pd.DataFrame(rows, columns=["table", "description", "rows"])


# --- 01 corpus overview ---------------------------------------------------------------


def meetings_per_year(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Meetings and items per year and forum, every year of the span (zeros filled).

    In: meetings (meeting_id, forum, year, n_items). Out: year, forum, forum_label (the
    forum as shown to readers: with its municipality when several are present, so the
    same forum name in two municipalities counts apart), n_meetings, n_items.
    """
    meetings = select(tables, forum, years)["meetings"]
    meetings = meetings.assign(forum_label=lambda m: _forum_labels(m))
    keys = ["forum_label", "forum"]
    counts = meetings.groupby(["year", *keys], as_index=False).agg(
        n_meetings=("meeting_id", "nunique"), n_items=("n_items", "sum")
    )
    forums = meetings[keys].dropna().drop_duplicates().sort_values(keys)
    grid = pd.DataFrame({"year": _year_span(tables, forum, years)}).merge(forums, how="cross")
    out = grid.merge(counts, on=["year", *keys], how="left")
    out[["n_meetings", "n_items"]] = out[["n_meetings", "n_items"]].fillna(0).astype("int64")
    out = out.astype({"year": "int64"}).sort_values(["year", "forum", "forum_label"])
    return out[["year", "forum", "forum_label", "n_meetings", "n_items"]].reset_index(drop=True)


def meeting_overview(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """One row per meeting: its size, stated time and the files it came from.

    In: meetings, items (duration_min), manifest (meeting_id). Out: meeting_id, forum,
    forum_label (the forum as shown to readers, with its municipality when several are
    present), date, year, n_items, duration_min (null where no item states a time),
    n_items_with_duration, n_participants (null where the minutes list no participants:
    not recorded, not 0), n_source_files (minutes files that gave this meeting,
    duplicates too).
    """
    sel = select(tables, forum, years)
    meetings = sel["meetings"].assign(forum_label=lambda m: _forum_labels(m))
    items = sel["items"]
    timed = (
        items.dropna(subset=["duration_min"])
        .groupby("meeting_id")
        .size()
        .rename("n_items_with_duration")
    )
    cols = ["meeting_id", "forum", "forum_label", "date", "year", "n_items", "duration_min"]
    out = meetings[[*cols, "n_participants"]].merge(timed, on="meeting_id", how="left")
    out["n_items_with_duration"] = out["n_items_with_duration"].fillna(0).astype("int64")
    people = out["n_participants"].astype("Int64")
    out["n_participants"] = people.where(people > 0)
    if "manifest" in sel:
        files = sel["manifest"].groupby("meeting_id").size().rename("n_source_files")
        out = out.merge(files, on="meeting_id", how="left")
        out["n_source_files"] = out["n_source_files"].fillna(1).astype("int64")
    else:
        out["n_source_files"] = 1
    return out.sort_values(["date", "meeting_id"]).reset_index(drop=True)


def section_presence(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """How many items have each section: the core sections first, then others by count.

    In: items (item_id), sections (item_id, section, heading). Out: section, label (Danish;
    other sections by their most common heading), n_items, share (of the selected items).
    """
    sel = select(tables, forum, years)
    n_items = len(sel["items"])
    sections = sel["sections"]
    sections = sections[sections["section"].astype(str) != ""]
    counts = sections.groupby("section")["item_id"].nunique()
    headings = (
        sections[sections["heading"].astype(str).str.strip() != ""]
        .groupby("section")["heading"]
        .agg(lambda s: s.astype(str).str.strip().value_counts().index[0])
    )
    others = sorted(
        (s for s in counts.index if s not in CORE_SECTIONS), key=lambda s: (-counts[s], s)
    )
    rows = []
    for key in [*CORE_SECTIONS, *others]:
        n = int(counts.get(key, 0))
        label = SECTION_LABELS_DA.get(key) or str(headings.get(key, key)).capitalize()
        rows.append(
            {
                "section": key,
                "label": label,
                "n_items": n,
                "share": n / n_items if n_items else 0.0,
            }
        )
    return pd.DataFrame(rows, columns=["section", "label", "n_items", "share"])


def manifest_status(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Files per manifest status, with their coverage.

    In: manifest (status, coverage, n_items). Out: status, status_label, n_files, n_items,
    min_coverage, mean_coverage (null for a status without files). Every status is listed.
    """
    manifest = select(tables, forum, years)["manifest"]
    rows = []
    for status, label in STATUS_LABELS_DA.items():
        part = manifest[manifest["status"] == status]
        rows.append(
            {
                "status": status,
                "status_label": label,
                "n_files": len(part),
                "n_items": int(part["n_items"].sum()),
                "min_coverage": part["coverage"].min() if len(part) else float("nan"),
                "mean_coverage": part["coverage"].mean() if len(part) else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def file_coverage(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """One row per raw file: status and coverage, lowest coverage first.

    In: manifest. Out: source_file, status, status_label, n_items, coverage, message.
    """
    manifest = select(tables, forum, years)["manifest"]
    out = manifest[["source_file", "status", "n_items", "coverage", "message"]].copy()
    out.insert(2, "status_label", out["status"].map(STATUS_LABELS_DA).fillna(out["status"]))
    return out.sort_values(["coverage", "source_file"]).reset_index(drop=True)


def parse_warnings(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Every warning or rejection reason in the manifest, one row per message.

    In: manifest (source_file, status, message, meeting_id). Out: source_file, status,
    status_label, meeting_id, message (messages joined with '; ' are split).
    """
    manifest = select(tables, forum, years)["manifest"]
    flagged = manifest[(manifest["status"] != "ok") | (manifest["message"].astype(str) != "")]
    rows = []
    for rec in flagged.itertuples(index=False):
        for message in str(rec.message).split("; ") or [""]:
            rows.append(
                {
                    "source_file": rec.source_file,
                    "status": rec.status,
                    "status_label": STATUS_LABELS_DA.get(rec.status, rec.status),
                    "meeting_id": rec.meeting_id,
                    "message": message,
                }
            )
    cols = ["source_file", "status", "status_label", "meeting_id", "message"]
    return pd.DataFrame(rows, columns=cols)


#: A mention of the forum's own meeting without naming it ('referatet fra mødet den …').
_OWN_MEETING = re.compile(r"\b(referat\w* fra (det seneste )?møde[t]?|på mødet den)\b", re.I)
#: Gatherings of the forum that are not its meetings (no minutes are expected of them).
_NOT_A_MEETING = re.compile(r"seminar|udviklingsdag|workshop|konference|temadag", re.I)


def missing_meetings(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Meetings the minutes refer to that are not in the corpus (a coverage gap).

    A reference (table ``references``, kind 'meeting') counts when its sentence names the
    forum of the meeting it stands in ('På Chefforum den 9. december 2021', folded as
    ``filters.fold``) or speaks of its own meeting ('referatet fra mødet den …'), and not
    of a seminar or development day; its date lies in ``years``, not after the forum's
    last meeting in the corpus, and the forum
    has no meeting that day. Out: forum, date, n_mentions, first mentioned in (item_id),
    text; by date.
    """
    cols = ["forum", "date", "n_mentions", "item_id", "text"]
    if "references" not in tables:
        return pd.DataFrame(columns=cols)
    everything = select(tables, forum)
    meetings = everything["meetings"]
    refs = everything["references"]
    refs = refs[refs["kind"].astype(str) == "meeting"].merge(
        everything["items"][["item_id", "meeting_id"]], on="item_id"
    )
    refs = refs.merge(meetings[["meeting_id", "forum"]], on="meeting_id")
    if refs.empty:
        return pd.DataFrame(columns=cols)
    days = pd.to_datetime(meetings["date"]).dt.normalize()
    held = set(zip(meetings["forum"].astype(str), days, strict=True))
    last = meetings.groupby(meetings["forum"].astype(str))["date"].max()
    year_set = None if years is None else {int(y) for y in _as_set(years) or ()}
    rows = []
    for rec in refs.itertuples(index=False):
        day = pd.Timestamp(rec.referenced_date).normalize()
        name = str(rec.forum)
        text = str(rec.text)
        words = set().union(*(fold(w) for w in re.findall(r"\w+", text))) if text else set()
        names_forum = bool(fold(name) & words) or _OWN_MEETING.search(text) is not None
        if not names_forum or _NOT_A_MEETING.search(text):
            continue
        if (name, day) in held or day > last[name]:
            continue
        if year_set is not None and day.year not in year_set:
            continue
        rows.append({"forum": name, "date": day, "item_id": rec.item_id, "text": text})
    out = pd.DataFrame(rows, columns=["forum", "date", "item_id", "text"])
    if out.empty:
        return pd.DataFrame(columns=cols)
    out = out.sort_values(["date", "item_id"])
    first = out.groupby(["forum", "date"], as_index=False).first()
    first["n_mentions"] = out.groupby(["forum", "date"]).size().to_numpy().astype("int64")
    return first[cols].reset_index(drop=True)
