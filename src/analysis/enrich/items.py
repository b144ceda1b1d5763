"""Per-item enrichment of one parsed meeting, as table rows (pure).

Decisions, follow-ups, positions, curated themes and candidate topic words depend on an
item alone, so the build computes them where each file is parsed (on the process pool,
and cached with the parse result); ``pipeline.enrich`` only adds what needs the whole
corpus (KLE titles, primary themes, NMF topics, case threads). The rows equal what the
table functions of ``decisions`` and ``themes`` give for the same items.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.enrich import rows
from analysis.model import ParsedMeeting

if TYPE_CHECKING:
    from analysis.enrich.themes import Theme

#: Columns and dtypes of each table of rows ``meeting_enrichment`` gives. ``item_decisions``
#: (merged into items) and ``topic_terms`` (input of the topic model) are build-internal.
COLUMNS: dict[str, dict[str, str]] = {
    "item_decisions": rows.SUMMARY_COLUMNS,
    "decisions": rows.DECISION_COLUMNS,
    "follow_ups": rows.FOLLOW_UP_COLUMNS,
    "positions": rows.POSITION_COLUMNS,
    "item_themes": rows.ITEM_THEME_COLUMNS,
    "topic_terms": rows.TOPIC_TERM_COLUMNS,
    "item_policy_areas": rows.ITEM_POLICY_AREA_COLUMNS,
}


def meeting_enrichment(
    meeting: ParsedMeeting,
    item_ids: Sequence[str],
    taxonomy: Sequence[Theme] | None = None,
) -> dict[str, list[tuple]]:
    """Rows of every per-item enrichment table for the items of one meeting.

    ``item_ids`` are the items' ids in document order (``tables.item_ids``). The meeting's
    forum is the body whose decisions these are (see ``decisions.classify_decision``).
    """
    # Imported here so that reading COLUMNS (the build's unchanged path) needs no spaCy.
    from analysis.enrich import decisions, policy_areas, themes

    out: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
    bodies = []
    typed: dict[int, list[str]] = {}  # the types of the items so far, by number
    later: list[tuple] = []  # items that may point to a later item (decisions.points_to)
    agenda = meeting.document_type == "dagsorden"
    for item_id, it in zip(item_ids, meeting.items, strict=True):
        pairs = [(s.key, s.text) for s in it.sections]
        agreed = decisions.agreed_decision(
            (s.heading, s.text) for s in it.sections if s.key == "beslutning"
        )
        found = decisions.item_decision_rows(
            item_id, pairs, it.recommendations, meeting.forum, it.title, agreed, typed
        )
        for row in found["summary"]:
            typed[it.number] = str(row[2]).split(";")
            if row[1] in ("other", "discussed") and not agenda:
                later.append((len(out["item_decisions"]), item_id, pairs, it, agreed))
        if agenda:  # nothing is decided yet: no type (null, not "none"), no follow-ups
            found["summary"] = [_undecided(row) for row in found["summary"]]
            found["decisions"], found["follow_ups"] = [], []
        out["item_decisions"] += found["summary"]
        for name in ("decisions", "follow_ups", "positions"):
            out[name] += found[name]
        bodies.append(themes.item_body(pairs))
    for at, item_id, pairs, it, agreed in later:
        # "Behandlet under punkt 9." under item 4: typed as item 9 once it is
        if decisions.points_to_typed(out["item_decisions"][at], pairs, it.number, typed):
            out["item_decisions"][at] = decisions.item_decision_rows(
                item_id, pairs, it.recommendations, meeting.forum, it.title, agreed, typed
            )["summary"][0]
    titles = [it.title for it in meeting.items]
    # Themes and policy areas read the same titles and bodies: tokenised once, here.
    tokens: themes.Tokens = {}
    out["item_themes"], out["topic_terms"] = themes.item_theme_rows(
        item_ids, titles, bodies, taxonomy, tokens
    )
    kle_groups = [policy_areas.kle_main_group(it.case_number) for it in meeting.items]
    out["item_policy_areas"] = policy_areas.item_area_rows(
        item_ids, titles, bodies, kle_groups, tokens=tokens
    )
    return out


def _undecided(row: tuple) -> tuple:
    """A decision-summary row of an agenda item: what was recommended stays, the rest is
    null (``rows.SUMMARY_COLUMNS``: item_id, decision_type, decision_types,
    recommended_types, followed_recommendation, n_follow_ups)."""
    import pandas as pd

    item_id, _, _, recommended, _, _ = row
    return (item_id, pd.NA, pd.NA, recommended, pd.NA, 0)
