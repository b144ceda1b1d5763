"""Records -> DataFrames, one function per table (pure).

Every function takes parsed records (or other tables) and returns a new DataFrame with
the columns ``schema.py`` documents; none reads files or mutates its inputs.
"""

from __future__ import annotations

import pandas as pd

from analysis.model import ParsedMeeting
from analysis.parse import slugify


def meeting_id_for(forum: str, date: object) -> str:
    """Stable meeting id: forum slug and ISO date, e.g. 'chefforum-2024-01-03'."""
    return f"{slugify(forum).replace('_', '-')}-{date}"


def item_id_for(meeting_id: str, number: int) -> str:
    """Stable item id: meeting id and two-digit item number."""
    return f"{meeting_id}-{number:02d}"


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
    """meeting_id, position, name, role: one row per listed participant."""
    return pd.DataFrame(
        [
            {"meeting_id": meeting_id, "position": i, "name": p.name, "role": p.role}
            for i, p in enumerate(meeting.participants, start=1)
        ],
        columns=["meeting_id", "position", "name", "role"],
    )


def items_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """Base item columns (journal-number parts are added by ``enrich.kle``)."""
    rows = []
    for it in meeting.items:
        rows.append(
            {
                "item_id": item_id_for(meeting_id, it.number),
                "meeting_id": meeting_id,
                "date": pd.Timestamp(meeting.date),
                "number": it.number,
                "title": it.title,
                "raw_title": it.raw_title,
                "bodies": it.bodies,
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
            "item_id": item_id_for(meeting_id, it.number),
            "position": pos,
            "section": s.key,
            "heading": s.heading,
            "text": s.text,
        }
        for it in meeting.items
        for pos, s in enumerate(it.sections, start=1)
    ]
    return pd.DataFrame(rows, columns=["item_id", "position", "section", "heading", "text"])


def recommendations_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """item_id, position, text: each numbered "at …" point of the Indstilling."""
    rows = [
        {"item_id": item_id_for(meeting_id, it.number), "position": pos, "text": text}
        for it in meeting.items
        for pos, text in enumerate(it.recommendations, start=1)
    ]
    return pd.DataFrame(rows, columns=["item_id", "position", "text"])


def attachments_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """item_id, position, title, extension: one row per Bilag line."""
    rows = [
        {
            "item_id": item_id_for(meeting_id, it.number),
            "position": pos,
            "title": a.title,
            "extension": a.extension,
        }
        for it in meeting.items
        for pos, a in enumerate(it.attachments, start=1)
    ]
    return pd.DataFrame(rows, columns=["item_id", "position", "title", "extension"])


def references_table(meeting: ParsedMeeting, meeting_id: str) -> pd.DataFrame:
    """item_id, position, referenced_date, kind, year_inferred, section, text."""
    rows = [
        {
            "item_id": item_id_for(meeting_id, it.number),
            "position": pos,
            "referenced_date": pd.Timestamp(r.referenced_date),
            "kind": r.kind,
            "year_inferred": r.year_inferred,
            "section": r.section,
            "text": r.text,
        }
        for it in meeting.items
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


#: The per-meeting tables and the function that makes each.
MEETING_TABLES = {
    "participants": participants_table,
    "items": items_table,
    "sections": sections_table,
    "recommendations": recommendations_table,
    "attachments": attachments_table,
    "references": references_table,
}


def meeting_tables(
    meeting: ParsedMeeting, meeting_id: str, source: dict[str, object]
) -> dict[str, pd.DataFrame]:
    """All per-meeting tables of one parsed document."""
    out = {"meetings": meetings_table(meeting, meeting_id, source)}
    for name, fn in MEETING_TABLES.items():
        out[name] = fn(meeting, meeting_id)
    return out
