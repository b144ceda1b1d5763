"""Column layouts (name -> dtype) of the per-item enrichment rows.

Kept apart from ``decisions`` and ``themes`` so that reading the layouts (the build's
unchanged fast path, ``pipeline.ROW_TABLES``) does not import spaCy.
"""

from __future__ import annotations

DECISION_COLUMNS: dict[str, str] = {
    "item_id": "string",
    "position": "int64",
    "decision_type": "string",
    "evidence": "string",
}
FOLLOW_UP_COLUMNS: dict[str, str] = {
    "item_id": "string",
    "position": "int64",
    "actor": "string",
    "text": "string",
}
POSITION_COLUMNS: dict[str, str] = {
    "item_id": "string",
    "seq": "int64",
    "section": "string",
    "actor": "string",
    "party": "string",
    "position": "string",
    "text": "string",
}
#: One row per item: the decision summary merged into the items table.
SUMMARY_COLUMNS: dict[str, str] = {
    "item_id": "string",
    "decision_type": "string",
    "decision_types": "string",
    "recommended_types": "string",
    "followed_recommendation": "boolean",
    "n_follow_ups": "int64",
}
ITEM_THEME_COLUMNS: dict[str, str] = {
    "item_id": "string",
    "theme": "string",
    "score": "float64",
    "method": "string",
}
#: Policy areas of an item (``enrich.policy_areas``); rank 1 is the primary area.
ITEM_POLICY_AREA_COLUMNS: dict[str, str] = {
    "item_id": "string",
    "area": "string",
    "rank": "int64",
    "score": "float64",
    "evidence": "string",
}
#: Each item's candidate topic words: input of the corpus-wide topic model.
TOPIC_TERM_COLUMNS: dict[str, str] = {"item_id": "string", "terms": "string"}
