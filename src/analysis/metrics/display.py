"""Tables for analysts: Danish headers, dates, percentages and numbers."""

from __future__ import annotations

import pandas as pd

from analysis.metrics.honesty import (
    MISSING_DA,
    format_decimal_da,
    format_number_da,
    format_pct_da,
    share_pcts,
)

# --- display ----------------------------------------------------------------------------

#: Danish column headers for tables shown to analysts (``to_danish``).
COLUMN_LABELS_DA: dict[str, str] = {
    "table": "Tabel",
    "description": "Indhold",
    "rows": "Rækker",
    "meeting_id": "Møde-id",
    "item_id": "Punkt-id",
    "forum": "Forum",
    "date": "Dato",
    "year": "År",
    "title": "Titel",
    "n_meetings": "Møder",
    "n_items": "Punkter",
    "n_files": "Filer",
    "duration_min": "Mødetid (min.)",
    "n_items_with_duration": "Punkter med tid",
    "n_participants": "Deltagere",
    "n_source_files": "Referatfiler",
    "section": "Afsnit (nøgle)",
    "label": "Betegnelse",
    "share": "Andel",
    "status": "Status (nøgle)",
    "status_label": "Status",
    "min_coverage": "Laveste dækning",
    "mean_coverage": "Gns. dækning",
    "coverage": "Dækning",
    "source_file": "Fil",
    "message": "Besked",
    "theme": "Tema (nøgle)",
    "theme_label": "Tema",
    "policy_area": "Politikområde (nøgle)",
    "area_label": "Politikområde",
    "n_decided": "Afgjort",
    "decided_share": "Andel afgjort",
    "n_talked": "Kun drøftet/orienteret",
    "talked_share": "Andel kun drøftet/orienteret",
    "n_postponed": "Udsat",
    "postponed_share": "Andel udsat",
    "n_undecided": "Uden beslutningstype",
    "item_share": "Andel af punkter",
    "minutes": "Minutter",
    "minutes_share": "Andel af tid",
    "year_items": "Punkter i året",
    "year_minutes": "Minutter i året",
    "meeting_items": "Punkter på mødet",
    "topic": "Emne",
    "top_terms": "Vigtigste ord",
    "covered_by": "Nærmeste tema (nøgle)",
    "covered_label": "Nærmeste tema",
    "missed": "Uden for temaerne",
    "weight": "Vægt",
    "decision_type": "Beslutning (nøgle)",
    "decision_label": "Beslutning",
    "outcome": "Udfald (nøgle)",
    "outcome_label": "Udfald",
    "case_number": "Journalnummer",
    "came_back": "Kom igen",
    "next_item_id": "Næste punkt-id",
    "next_date": "Kom igen den",
    "next_title": "Titel, da det kom igen",
    "next_decision_label": "Beslutning, da det kom igen",
    "days_until_back": "Dage til det kom igen",
    "actor": "Hvem",
    "text": "Tekst",
    "thread": "Journalnummer / KLE",
    "thread_title": "Sag",
    "appearance": "Gang nr.",
    "first_date": "Første gang",
    "last_date": "Seneste gang",
    "kle_main_group": "KLE-hovedgruppe",
    "kle_label": "KLE-hovedgruppe (navn)",
    "section_label": "Fundet i",
    "snippet": "Uddrag",
    "match": "Fundet som",
    "n_matches": "Forekomster",
    "forum_label": "Forum",
    "municipality": "Kommune",
    "items_per_meeting": "Punkter pr. møde",
    "minutes_stated": "Mødetid (min., angivet)",
    "n_deciding": "Afgjort",
    "share_deciding": "Andel afgjort",
    "n_talking": "Kun drøftet/orienteret",
    "share_talking": "Andel kun drøftet/orienteret",
    "forum_items": "Punkter i forummet",
    "deciding": "Afgørende type",
}

#: Columns shown in percent, and with one decimal (Danish comma), by ``to_danish``.
_PERCENT_COLUMNS = frozenset(
    {
        "share",
        "item_share",
        "minutes_share",
        "coverage",
        "min_coverage",
        "mean_coverage",
        "weight",
        "share_deciding",
        "share_talking",
        "decided_share",
        "talked_share",
        "postponed_share",
    }
)
_DECIMAL_COLUMNS = frozenset({"items_per_meeting"})
#: Columns where null means the minutes do not state it: shown as 'ikke oplyst', never 0.
_NOT_RECORDED_COLUMNS = frozenset(
    {"duration_min", "minutes", "minutes_share", "minutes_stated", "n_participants", "year_minutes"}
)
#: Number columns that are identifiers, not quantities: shown as they are (no '2.024').
_ID_COLUMNS = frozenset({"year", "topic", "number", "position", "appearance", "kle_main_group"})
#: Share columns that split one whole, with the count they are the share of; the groups
#: the whole is, in order of preference.
_SHARE_OF = {"share": "n_items", "item_share": "n_items", "minutes_share": "minutes"}
_SHARE_GROUPS = ("year", "forum_label", "theme", "policy_area")


def to_danish(df: pd.DataFrame, drop_keys: bool = True) -> pd.DataFrame:
    """A copy for display: Danish headers, dates as 'dd.mm.åååå', shares in percent
    (summing to 100 % within a year, forum or theme), numbers with a decimal comma and a
    thousands dot, and 'ikke oplyst' where the minutes state no time or participants.

    ``drop_keys`` leaves out the English key columns that have a Danish label column next
    to them (theme, decision_type, status, outcome, section in search results, and the
    forum and municipality next to the forum's display label).
    """
    out = df.copy()
    labels = dict(COLUMN_LABELS_DA)
    if drop_keys:
        pairs = {
            "theme": "theme_label",
            "policy_area": "area_label",
            "decision_type": "decision_label",
            "status": "status_label",
            "outcome": "outcome_label",
            "covered_by": "covered_label",
            "forum": "forum_label",
        }
        out = out.drop(columns=[k for k, v in pairs.items() if k in out and v in out])
        if "section" in out and "section_label" in out:
            out = out.drop(columns="section")
        if "municipality" in out and "forum_label" in out:  # the label names it when needed
            out = out.drop(columns="municipality")
    elif "forum" in out and "forum_label" in out:
        labels["forum"] = "Forum (navn)"
    for col in out.columns:
        values = out[col]
        blank = MISSING_DA if col in _NOT_RECORDED_COLUMNS else ""
        if pd.api.types.is_datetime64_any_dtype(values):
            out[col] = values.dt.strftime("%d.%m.%Y").astype("object").where(values.notna(), "")
        elif pd.api.types.is_bool_dtype(values) or str(values.dtype) == "boolean":
            out[col] = values.map(lambda v: "" if pd.isna(v) else ("ja" if v else "nej"))
        elif col in _PERCENT_COLUMNS and pd.api.types.is_float_dtype(values):
            out[col] = _percent_text(df.loc[out.index], col, blank)
        elif col in _DECIMAL_COLUMNS and pd.api.types.is_float_dtype(values):
            out[col] = [blank if pd.isna(v) else format_decimal_da(v) for v in values]
        elif pd.api.types.is_numeric_dtype(values) and col not in _ID_COLUMNS:
            out[col] = [blank if pd.isna(v) else format_number_da(v, 0) for v in values]
    out = out.astype("object").where(out.notna(), "")
    return out.rename(columns=labels)


def _percent_text(df: pd.DataFrame, col: str, blank: str) -> pd.Series:
    """A share column as Danish percentages. A share of one whole per group (a year's
    themes, a forum's decision types: ``_SHARE_OF``) is rounded so each group sums to
    100 % (``honesty.share_pcts``); independent shares are rounded one by one."""
    count = _SHARE_OF.get(col)
    group = next((g for g in _SHARE_GROUPS if g in df and g != col), None)
    if count in df and group is not None and df[group].duplicated().any():
        pcts = share_pcts(df.fillna({count: 0}), count, group)
        return pd.Series(
            [blank if pd.isna(v) else f"{p} %" for v, p in zip(df[col], pcts, strict=True)],
            index=df.index,
            dtype="object",
        )
    return df[col].map(lambda v: blank if pd.isna(v) else format_pct_da(v))


#: Danish description of each table, for the overview.
TABLE_DESCRIPTIONS_DA: dict[str, str] = {
    "meetings": "Møder (ét referat pr. møde)",
    "participants": "Mødedeltagere",
    "items": "Dagsordenspunkter",
    "sections": "Afsnit i punkterne",
    "recommendations": "Indstillingspunkter ('at …')",
    "attachments": "Bilag",
    "references": "Datoer nævnt i punkterne",
    "decisions": "Beslutningstyper fundet i beslutningerne",
    "follow_ups": "Opfølgningsopgaver i beslutningerne",
    "item_themes": "Temaer tildelt punkterne",
    "topics": "Emner fundet automatisk",
    "item_topics": "Emnernes vægt i punkterne",
    "case_history": "Sagens tidligere behandling i andre udvalg",
    "cases": "Journalnumre og deres forløb",
    "manifest": "Rå filer og hvad der blev af dem",
}
