"""Parsed records -> table rows -> DataFrames (pure).

``meeting_records`` turns one parsed document into rows of every per-meeting table (tuples
in ``COLUMNS`` order); ``frame`` makes a DataFrame of rows, once for the whole corpus.
Nothing here reads files or mutates its inputs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analysis.config import HOME_MUNICIPALITY
from analysis.model import Item, ParsedMeeting
from analysis.parse import slugify


def meeting_id_for(forum: str, date: object, municipality: str | None = None) -> str:
    """Stable meeting id: forum slug and ISO date, e.g. 'chefforum-2024-01-03'.

    When the meeting's municipality is not the project's home
    (``config.HOME_MUNICIPALITY``), its slug
    comes first ('egedal-byraad-2024-03-12'), so councils of different municipalities
    meeting on the same day stay apart.
    """
    forum_slug = slugify(forum).replace("_", "-")
    if municipality and municipality != HOME_MUNICIPALITY:
        town = slugify(re.sub(r"\s+Kommune$", "", municipality)).replace("_", "-")
        return f"{town}-{forum_slug}-{date}"
    return f"{forum_slug}-{date}"


def item_id_for(meeting_id: str, number: int) -> str:
    """Stable item id: meeting id and two-digit item number."""
    return f"{meeting_id}-{number:02d}"


def item_ids(meeting: ParsedMeeting, meeting_id: str) -> list[str]:
    """Item ids in document order; a repeated item number gets a suffix (-b, -c …).

    Well-formed minutes number items 1..n, but a mangled file may repeat a number, and
    ids must stay unique for the tables' keys.
    """
    ids: list[str] = []
    seen: set[str] = set()
    for it in meeting.items:
        base = item_id_for(meeting_id, it.number)
        candidate, k = base, 1
        while candidate in seen:
            k += 1
            candidate = f"{base}-{chr(ord('a') + k - 1)}" if k <= 26 else f"{base}-{k}"
        seen.add(candidate)
        ids.append(candidate)
    return ids


def _with_ids(meeting: ParsedMeeting, meeting_id: str) -> list[tuple[str, Item]]:
    """(item_id, item) pairs in document order."""
    return list(zip(item_ids(meeting, meeting_id), meeting.items, strict=True))


#: Columns of each per-meeting table, in record order (``schema.py`` documents them).
COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": (
        "meeting_id",
        "forum",
        "municipality",
        "date",
        "year",
        "start_time",
        "location",
        "heading",
        "notes",
        "source_file",
        "source_sha256",
        "source_format",
        "n_items",
        "n_participants",
        "duration_min",
        "layout",
        "document_type",
    ),
    "participants": ("meeting_id", "position", "name", "role", "present"),
    "items": (
        "item_id",
        "meeting_id",
        "date",
        "number",
        "title",
        "raw_title",
        "bodies",
        "closed",
        "case_number",
        "proposer",
        "duration_min",
        "n_sections",
        "n_recommendations",
        "n_attachments",
        "toc_title",
        "toc_page",
    ),
    "sections": ("item_id", "position", "section", "heading", "text"),
    "recommendations": ("item_id", "position", "text"),
    "attachments": ("item_id", "position", "title", "extension"),
    "references": (
        "item_id",
        "position",
        "referenced_date",
        "kind",
        "year_inferred",
        "section",
        "text",
    ),
    "case_history": ("item_id", "position", "body", "date", "item_number", "decision", "text"),
}
#: Columns holding ``datetime.date`` values in the records (datetime64 in the frames).
DATE_COLUMNS = {
    "meetings": ("date",),
    "items": ("date",),
    "references": ("referenced_date",),
    "case_history": ("date",),
}

Record = tuple
Records = dict[str, list[Record]]


def _meeting_row(meeting: ParsedMeeting, meeting_id: str, source: dict[str, object]) -> Record:
    durations = [it.duration_min for it in meeting.items if it.duration_min is not None]
    return (
        meeting_id,
        meeting.forum,
        meeting.municipality,
        meeting.date,
        meeting.date.year,
        meeting.start_time,
        meeting.location,
        meeting.heading,
        meeting.notes,
        source["source_file"],
        source["source_sha256"],
        source["source_format"],
        len(meeting.items),
        len(meeting.participants),
        sum(durations) if durations else None,
        meeting.layout,
        meeting.document_type,
    )


def _item_row(iid: str, meeting_id: str, meeting: ParsedMeeting, it: Item) -> Record:
    return (
        iid,
        meeting_id,
        meeting.date,
        it.number,
        it.title,
        it.raw_title,
        it.bodies,
        it.closed,
        it.case_number,
        it.proposer,
        it.duration_min,
        len(it.sections),
        len(it.recommendations),
        len(it.attachments),
        it.toc_title,
        it.toc_page,
    )


def meeting_records(meeting: ParsedMeeting, meeting_id: str, source: dict[str, object]) -> Records:
    """Every per-meeting table of one parsed document as rows (tuples in ``COLUMNS`` order).

    ``source`` holds source_file, source_sha256 and source_format. Rows are cheaper than
    DataFrames to make, pickle and concatenate: the corpus tables are built once, from the
    rows of every file (``frames``).
    """
    pairs = _with_ids(meeting, meeting_id)
    return {
        "meetings": [_meeting_row(meeting, meeting_id, source)],
        "participants": [
            (meeting_id, i, p.name, p.role, p.present)
            for i, p in enumerate(meeting.participants, start=1)
        ],
        "items": [_item_row(iid, meeting_id, meeting, it) for iid, it in pairs],
        "sections": [
            (iid, pos, s.key, s.heading, s.text)
            for iid, it in pairs
            for pos, s in enumerate(it.sections, start=1)
        ],
        "recommendations": [
            (iid, pos, text)
            for iid, it in pairs
            for pos, text in enumerate(it.recommendations, start=1)
        ],
        "attachments": [
            (iid, pos, a.title, a.extension)
            for iid, it in pairs
            for pos, a in enumerate(it.attachments, start=1)
        ],
        "references": [
            (iid, pos, r.referenced_date, r.kind, r.year_inferred, r.section, r.text)
            for iid, it in pairs
            for pos, r in enumerate(it.references, start=1)
        ],
        "case_history": [
            (iid, pos, h.body, h.date, h.item_number, h.decision, h.text)
            for iid, it in pairs
            for pos, h in enumerate(it.case_history, start=1)
        ],
    }


def frame(
    rows: list[Record], columns: tuple[str, ...], dates: tuple[str, ...] = ()
) -> pd.DataFrame:
    """A DataFrame of rows in ``columns`` order; ``dates`` columns become datetime64."""
    df = pd.DataFrame.from_records(rows, columns=list(columns), coerce_float=False)
    for col in dates:
        df[col] = pd.to_datetime(df[col]).astype("datetime64[ns]")
    return df


def joined_by_key(keys: Iterable[object], values: Iterable[object], sep: str) -> pd.Series:
    """``sep``-joined values per key, in row order; index: the keys in order of appearance.

    The same as ``groupby(keys).agg(sep.join)`` without its Python call per group, which
    dominates at tens of thousands of groups. Keys and values that are all strings (the
    build's case threads and theme lists) are grouped and joined in Arrow, without a
    Python step per value; anything else takes the same result the slow way.
    """
    fast = _joined_in_arrow(keys, values, sep)
    if fast is not None:
        return fast
    groups: dict[object, list[str]] = {}
    for key, value in zip(keys, values, strict=True):
        groups.setdefault(key, []).append(str(value))
    return pd.Series([sep.join(v) for v in groups.values()], index=list(groups), dtype=object)


def _joined_in_arrow(
    keys: Iterable[object], values: Iterable[object], sep: str
) -> pd.Series | None:
    """``joined_by_key`` for string keys and values without nulls (None otherwise)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if not isinstance(keys, pd.Series) or not isinstance(values, pd.Series):
        return None
    if len(keys) != len(values):
        raise ValueError("keys and values differ in length")
    try:
        key_arr = pa.array(keys, type=pa.large_string(), from_pandas=True)
        val_arr = pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeError):
        return None
    if key_arr.null_count or val_arr.null_count or not len(key_arr):
        return None
    encoded = key_arr.dictionary_encode()  # codes in order of first appearance
    codes = encoded.indices.to_numpy()
    order = np.argsort(codes, kind="stable")
    offsets = np.zeros(len(encoded.dictionary) + 1, dtype=np.int64)
    np.cumsum(np.bincount(codes, minlength=len(encoded.dictionary)), out=offsets[1:])
    lists = pa.LargeListArray.from_arrays(pa.array(offsets), val_arr.take(pa.array(order)))
    joined = pc.binary_join(lists, pa.scalar(sep, pa.large_string())).to_pylist()
    return pd.Series(joined, index=encoded.dictionary.to_pylist(), dtype=object)
