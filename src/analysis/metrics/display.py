"""Tables for analysts: Danish headers, dates, percentages and numbers."""

from __future__ import annotations

import pandas as pd

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
    }
)
_DECIMAL_COLUMNS = frozenset({"items_per_meeting"})


def to_danish(df: pd.DataFrame, drop_keys: bool = True) -> pd.DataFrame:
    """A copy for display: Danish headers, dates as 'dd.mm.åååå', shares in percent.

    ``drop_keys`` leaves out the English key columns that have a Danish label column next
    to them (theme, decision_type, status, outcome, section in search results, and the
    forum and municipality next to the forum's display label).
    """
    out = df.copy()
    labels = dict(COLUMN_LABELS_DA)
    if drop_keys:
        pairs = {
            "theme": "theme_label",
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
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%d.%m.%Y").astype("object").where(out[col].notna(), "")
        elif col in _PERCENT_COLUMNS and pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else f"{v * 100:.0f} %")
        elif col in _DECIMAL_COLUMNS and pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else f"{v:.1f}".replace(".", ","))
        elif pd.api.types.is_bool_dtype(out[col]) or str(out[col].dtype) == "boolean":
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else ("ja" if v else "nej"))
    out = out.astype("object").where(out.notna(), "")
    return out.rename(columns=labels)


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


