"""Records -> DataFrames, one function per table (pure).

Every function takes parsed records (or other tables) and returns a new DataFrame with
the columns ``schema.py`` documents; none reads files or mutates its inputs.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.config import DEFAULT_MUNICIPALITY
from analysis.model import Item, ParsedMeeting
from analysis.parse import slugify


def meeting_id_for(forum: str, date: object, municipality: str | None = None) -> str:
    """Stable meeting id: forum slug and ISO date, e.g. 'chefforum-2024-01-03'.

    When the document names a municipality other than the configured default, its slug
    comes first ('egedal-byraad-2024-03-12'), so councils of different municipalities
    meeting on the same day stay apart.
    """
    forum_slug = slugify(forum).replace("_", "-")
    if municipality and municipality != DEFAULT_MUNICIPALITY:
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


def meetings_table(
    meeting: ParsedMeeting, meeting_id: str, source: dict[str, object]
) -> pd.DataFrame:
    """One row for the meeting; ``source`` holds source_file, source_sha256, source_format."""
    durations = [it.duration_min for it in meeting.items if it.duration_min is not None]
    return pd.DataFrame(
        [
            {
                "meeting_id": meeting_id,
                "forum": meeting.forum,
                "municipality": meeting.municipality,
                "date": pd.Timestamp(meeting.date),
                "year": meeting.date.year,
                "start_time": meeting.start_time,
                "location": meeting.location,
                "heading": meeting.heading,
                "source_file": source["source_file"],
                "source_sha256": source["source_sha256"],
                "source_format": source["source_format"],
                "n_items": len(meeting.items),
                "n_participants": len(meeting.participants),
                "duration_min": sum(durations) if durations else None,
            }
        ]
    )


def participants_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """meeting_id, position, name, role, present: one row per listed participant."""
    return pd.DataFrame(
        [
            {
                "meeting_id": meeting_id,
                "position": i,
                "name": p.name,
                "role": p.role,
                "present": p.present,
            }
            for i, p in enumerate(meeting.participants, start=1)
        ],
        columns=["meeting_id", "position", "name", "role", "present"],
    )


def items_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """Base item columns (journal-number parts are added by ``enrich.kle``)."""
    rows = []
    for iid, it in _with_ids(meeting, meeting_id):
        rows.append(
            {
                "item_id": iid,
                "meeting_id": meeting_id,
                "date": pd.Timestamp(meeting.date),
                "number": it.number,
                "title": it.title,
                "raw_title": it.raw_title,
                "bodies": it.bodies,
                "closed": it.closed,
                "case_number": it.case_number,
                "proposer": it.proposer,
                "duration_min": it.duration_min,
                "n_sections": len(it.sections),
                "n_recommendations": len(it.recommendations),
                "n_attachments": len(it.attachments),
                "toc_title": it.toc_title,
                "toc_page": it.toc_page,
            }
        )
    return pd.DataFrame(rows)


def sections_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """item_id, position, section, heading, text: one row per headed section."""
    rows = [
        {
            "item_id": iid,
            "position": pos,
            "section": s.key,
            "heading": s.heading,
            "text": s.text,
        }
        for iid, it in _with_ids(meeting, meeting_id)
        for pos, s in enumerate(it.sections, start=1)
    ]
    return pd.DataFrame(rows, columns=["item_id", "position", "section", "heading", "text"])


def recommendations_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """item_id, position, text: each numbered "at …" point of the Indstilling."""
    rows = [
        {"item_id": iid, "position": pos, "text": text}
        for iid, it in _with_ids(meeting, meeting_id)
        for pos, text in enumerate(it.recommendations, start=1)
    ]
    return pd.DataFrame(rows, columns=["item_id", "position", "text"])


def attachments_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """item_id, position, title, extension: one row per Bilag line."""
    rows = [
        {
            "item_id": iid,
            "position": pos,
            "title": a.title,
            "extension": a.extension,
        }
        for iid, it in _with_ids(meeting, meeting_id)
        for pos, a in enumerate(it.attachments, start=1)
    ]
    return pd.DataFrame(rows, columns=["item_id", "position", "title", "extension"])


def references_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """item_id, position, referenced_date, kind, year_inferred, section, text."""
    rows = [
        {
            "item_id": iid,
            "position": pos,
            "referenced_date": pd.Timestamp(r.referenced_date),
            "kind": r.kind,
            "year_inferred": r.year_inferred,
            "section": r.section,
            "text": r.text,
        }
        for iid, it in _with_ids(meeting, meeting_id)
        for pos, r in enumerate(it.references, start=1)
    ]
    return pd.DataFrame(
        rows,
        columns=[
            "item_id",
            "position",
            "referenced_date",
            "kind",
            "year_inferred",
            "section",
            "text",
        ],
    )


def case_history_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """item_id, position, body, date, item_number, decision, text: from "Sagsforløb"."""
    rows = [
        {
            "item_id": iid,
            "position": pos,
            "body": h.body,
            "date": pd.Timestamp(h.date) if h.date else pd.NaT,
            "item_number": h.item_number,
            "decision": h.decision,
            "text": h.text,
        }
        for iid, it in _with_ids(meeting, meeting_id)
        for pos, h in enumerate(it.case_history, start=1)
    ]
    return pd.DataFrame(
        rows,
        columns=["item_id", "position", "body", "date", "item_number", "decision", "text"],
    )


#: The per-meeting tables and the function that makes each.
MEETING_TABLES = {
    "participants": participants_table,
    "items": items_table,
    "sections": sections_table,
    "recommendations": recommendations_table,
    "attachments": attachments_table,
    "references": references_table,
    "case_history": case_history_table,
}


def meeting_tables(
    meeting: ParsedMeeting, meeting_id: str, source: dict[str, object]
) -> dict[str, pd.DataFrame]:
    """All per-meeting tables of one parsed document."""
    out = {"meetings": meetings_table(meeting, meeting_id, source)}
    for name, fn in MEETING_TABLES.items():
        out[name] = fn(meeting, meeting_id)
    return out
