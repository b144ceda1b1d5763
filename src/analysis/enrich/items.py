"""Per-item enrichment of one parsed meeting, as table rows (pure).

Decisions, follow-ups, positions, curated themes and candidate topic words depend on an
item alone, so the build computes them where each file is parsed (on the process pool,
and cached with the parse result); ``pipeline.enrich`` only adds what needs the whole
corpus (KLE titles, primary themes, NMF topics, case threads). The rows equal what the
table functions of ``decisions`` and ``themes`` give for the same items.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.enrich import decisions, themes
from analysis.model import ParsedMeeting

#: Columns and dtypes of each table of rows ``meeting_enrichment`` gives. ``item_decisions``
#: (merged into items) and ``topic_terms`` (input of the topic model) are build-internal.
COLUMNS: dict[str, dict[str, str]] = {
    "item_decisions": decisions.ROW_COLUMNS["summary"],
    "decisions": decisions.ROW_COLUMNS["decisions"],
    "follow_ups": decisions.ROW_COLUMNS["follow_ups"],
    "positions": decisions.ROW_COLUMNS["positions"],
    "item_themes": {"item_id": "string", "theme": "string", "score": "float64", "method": "string"},
    "topic_terms": {"item_id": "string", "terms": "string"},
}


def meeting_enrichment(
    meeting: ParsedMeeting,
    item_ids: Sequence[str],
    taxonomy: Sequence[themes.Theme] | None = None,
) -> dict[str, list[tuple]]:
    """Rows of every per-item enrichment table for the items of one meeting.

    ``item_ids`` are the items' ids in document order (``tables.item_ids``). The meeting's
    forum is the body whose decisions these are (see ``decisions.classify_decision``).
    """
    out: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
    bodies = []
    for item_id, it in zip(item_ids, meeting.items, strict=True):
        pairs = [(s.key, s.text) for s in it.sections]
        rows = decisions.item_decision_rows(item_id, pairs, it.recommendations, meeting.forum)
        out["item_decisions"] += rows["summary"]
        for name in ("decisions", "follow_ups", "positions"):
            out[name] += rows[name]
        bodies.append(themes.item_body(pairs))
    titles = [it.title for it in meeting.items]
    out["item_themes"], out["topic_terms"] = themes.item_theme_rows(
        item_ids, titles, bodies, taxonomy
    )
    return out
