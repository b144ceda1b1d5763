"""Analysis helpers: the processed tables in, one tidy DataFrame per question out.

Every helper takes the dict of tables that ``analysis.load()`` returns (only the tables it
needs have to be present) plus the filters ``forum`` and ``years``, and returns a new
DataFrame; input frames are never modified. Trend helpers cover every year from the first
to the last selected meeting and fill the missing combinations with zeros. Labels for
themes, decision types and KLE main groups are the Danish ones analysts and chiefs read.

Typical use in a notebook::

    t = metrics.select(analysis.load(), forum=None, years=None)
    metrics.theme_share_by_year(t)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

import pandas as pd

from analysis.enrich.cases import STANDING_TITLE
from analysis.vocab import CORE_SECTIONS, DECISION_LABELS_DA, DECISION_PRIORITY, SECTION_LABELS_DA

Tables = Mapping[str, pd.DataFrame]
Forum = str | Iterable[str] | None
Years = int | Iterable[int] | None

#: Key for items without a theme, as in analysis.enrich.themes, and its Danish label.
NO_THEME = "andet"
NO_THEME_LABEL_DA = "Andet"
#: Key for items without a decision (vocab.DECISION_TYPES).
NO_DECISION = "none"

#: Danish labels of the manifest statuses.
STATUS_LABELS_DA: dict[str, str] = {"ok": "OK", "warning": "Advarsel", "rejected": "Afvist"}

#: Primary decision types that settle something, and those that only discuss or note. The
#: one definition behind "Andel afgjort" / "Andel kun drøftet/orienteret" everywhere (the
#: yearly overview's key figures and ``forum_overview``).
DECIDING_TYPES: tuple[str, ...] = ("approved", "decided", "rejected", "recommended", "referred")
TALKING_TYPES: tuple[str, ...] = ("discussed", "noted")

#: Outcomes of "did the decision follow the recommendation", with Danish labels.
RECOMMENDATION_OUTCOMES_DA: dict[str, str] = {
    "followed": "Fulgte indstillingen",
    "not_followed": "Afveg fra indstillingen",
    "unknown": "Kan ikke vurderes",
}

# --- selection ------------------------------------------------------------------------


def _as_set(value: object) -> set | None:
    if value is None:
        return None
    if isinstance(value, str | int):
        return {value}
    return set(value)  # type: ignore[arg-type]


def is_member(column: pd.Series, values: Iterable[object]) -> pd.Series:
    """``column.isin(values)`` through a hash table: pandas' isin on Arrow-backed strings
    converts the values one by one, seconds per call at tens of thousands of ids."""
    keys = pd.Series(column.to_numpy(dtype=object), index=column.index, dtype=object)
    return keys.isin(pd.Index(list(values), dtype=object))


def select(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> dict[str, pd.DataFrame]:
    """The tables restricted to meetings of ``forum`` held in ``years``.

    forum: one forum name or several (as in meetings.forum); years: one year or several.
    ``include_standing=False`` also drops the standing items (agenda approval, Eventuelt,
    themes for coming meetings; see ``standing_items``). Every table with an item_id
    follows the items, every other table with a meeting_id (participants, manifest)
    follows the meetings, cases keep the journal numbers still present; topics are
    corpus-wide and kept. No filter: the same frames.
    """
    forums, year_set = _as_set(forum), _as_set(years)
    if forums is None and year_set is None and include_standing:
        return dict(tables)
    meetings = tables["meetings"]
    keep = pd.Series(True, index=meetings.index)
    if forums is not None:
        keep &= meetings["forum"].isin(forums)
    if year_set is not None:
        keep &= meetings["year"].isin([int(y) for y in year_set])
    meetings = meetings[keep]
    meeting_ids = set(meetings["meeting_id"])
    items = None
    if "items" in tables:
        items = tables["items"][is_member(tables["items"]["meeting_id"], meeting_ids)]
        if not include_standing:
            items = items[~standing_items(items)]
    item_ids = set(items["item_id"]) if items is not None else set()
    out: dict[str, pd.DataFrame] = {}
    for name, df in tables.items():
        if name == "meetings":
            out[name] = meetings
        elif name == "items":
            out[name] = items
        elif items is not None and "item_id" in df.columns:
            out[name] = df[is_member(df["item_id"], item_ids)]
        elif "meeting_id" in df.columns:
            out[name] = df[is_member(df["meeting_id"], meeting_ids)]
        elif name == "cases" and items is not None:
            out[name] = df[is_member(df["case_number"], set(items["case_number"].dropna()))]
        else:
            out[name] = df
    return out


def standing_items(items: pd.DataFrame) -> pd.Series:
    """True for the standing items every meeting has (agenda approval, Eventuelt, …).

    Judged by the item's title (analysis.enrich.cases.STANDING_TITLE), not by
    items.standing_case: a standing journal number is sometimes reused for a real item.
    """
    return items["title"].astype("object").fillna("").astype(str).str.match(STANDING_TITLE)


def _items(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> pd.DataFrame:
    """Selected items with the meeting's forum and year added (a new frame)."""
    sel = select(tables, forum, years, include_standing)
    meetings = sel["meetings"][["meeting_id", "forum", "year"]]
    items = sel["items"].drop(columns=["forum", "year"], errors="ignore")
    return items.merge(meetings, on="meeting_id", how="left")


def _year_span(tables: Tables, forum: Forum = None, years: Years = None) -> list[int]:
    """The requested years, else every year from the first to the last selected meeting."""
    if years is not None:
        return sorted(int(y) for y in _as_set(years) or ())
    found = select(tables, forum, years)["meetings"]["year"].dropna().astype(int)
    if found.empty:
        return []
    return list(range(int(found.min()), int(found.max()) + 1))


# --- labels ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _taxonomy_labels() -> tuple[tuple[str, str], ...]:
    """(key, Danish label) of the taxonomy's themes, in taxonomy order; () if unavailable."""
    try:
        from analysis.enrich.themes import load_taxonomy

        taxonomy = load_taxonomy()
    except Exception:  # noqa: BLE001 - labels are a nicety; fall back to keys
        return ()
    themes = taxonomy.values() if isinstance(taxonomy, Mapping) else taxonomy
    out = []
    for theme in themes:
        key, label = getattr(theme, "key", None), getattr(theme, "label", None)
        if key:
            out.append((str(key), str(label or key)))
    return tuple(out)


def theme_labels() -> dict[str, str]:
    """Theme key -> Danish label from the taxonomy, plus the label of no theme ('Andet')."""
    return {NO_THEME: NO_THEME_LABEL_DA, **dict(_taxonomy_labels())}


def theme_order() -> list[str]:
    """Theme keys in taxonomy order (empty when the taxonomy cannot be loaded)."""
    return [key for key, _ in _taxonomy_labels() if key != NO_THEME]


def theme_label(key: object) -> str:
    """Danish label of a theme key; the key itself when the taxonomy lacks it."""
    if key is None or key is pd.NA or (isinstance(key, float) and pd.isna(key)):
        return NO_THEME_LABEL_DA
    return theme_labels().get(str(key), str(key))


def decision_label(key: object) -> str:
    """Danish label of a decision type (vocab.DECISION_LABELS_DA); 'Intet' for null."""
    if key is None or key is pd.NA or (isinstance(key, float) and pd.isna(key)):
        key = NO_DECISION
    return DECISION_LABELS_DA.get(str(key), str(key))


@lru_cache(maxsize=1)
def _kle_module_labels() -> tuple[tuple[str, str], ...]:
    try:
        from analysis.enrich.kle import kle_main_group_labels, load_kle_titles

        return tuple((str(k), str(v)) for k, v in kle_main_group_labels(load_kle_titles()).items())
    except Exception:  # noqa: BLE001 - labels are a nicety; fall back to keys
        return ()


def kle_main_group_labels(items: pd.DataFrame | None = None) -> dict[str, str]:
    """KLE main group ('00') -> label '00 Kommunens styrelse'.

    Titles come from items.kle_main_group_title where the build filled it, else from
    ``analysis.enrich.kle``; a group without a known title is labelled by its number.
    """
    titles = dict(_kle_module_labels())
    if items is not None and {"kle_main_group", "kle_main_group_title"} <= set(items.columns):
        known = items.dropna(subset=["kle_main_group", "kle_main_group_title"])
        titles.update(zip(known["kle_main_group"], known["kle_main_group_title"], strict=True))
    groups = set(titles)
    if items is not None and "kle_main_group" in items:
        groups |= set(items["kle_main_group"].dropna())
    return {g: f"{g} {titles[g]}".strip() if titles.get(g) else str(g) for g in sorted(groups)}


def source_line(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> str:
    """The source line every chart carries, computed from the selected data.

    E.g. 'Kilde: Chefforum-referater 2022-2025, n = 33 punkter'; several forums give
    'Kilde: referater fra Chefforum og Økonomiudvalget …'; ``include_standing=False``
    counts the items without the standing ones and says so. meetings: forum, year; items.
    """
    sel = select(tables, forum, years, include_standing)
    meetings, n = sel["meetings"], len(sel["items"])
    forums = sorted(meetings["forum"].dropna().astype(str).unique(), key=danish_sort_key)
    by_municipality = _forums_by_municipality(meetings)
    if len(by_municipality) > 1:
        named = {f for names in by_municipality.values() for f in names}
        what = "referater fra " + join_da(
            [f"{muni} ({', '.join(names)})" for muni, names in by_municipality.items()]
            + [f for f in forums if f not in named]
        )
    elif len(forums) == 1:
        what = f"{forums[0]}-referater"
    elif forums:
        what = "referater fra " + join_da(forums)
    else:
        what = "referater"
    yrs = meetings["year"].dropna().astype(int)
    span = ""
    if len(yrs):
        lo, hi = int(yrs.min()), int(yrs.max())
        span = f" {lo}" if lo == hi else f" {lo}-{hi}"
    unit = "punkt" if n == 1 else "punkter"
    note = "" if include_standing else " (uden faste punkter)"
    return f"Kilde: {what}{span}, n = {format_int_da(n)} {unit}{note}"


def join_da(words: Iterable[str]) -> str:
    """'A', 'A og B', 'A, B og C' ('' for none)."""
    words = [str(w) for w in words]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " og " + words[-1]


_DA_LETTERS = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "é": "e"})


def danish_sort_key(text: object) -> str:
    """Sort key in Danish alphabetical order: æ, ø, å after z (Python puts å before æ)."""
    return str(text).lower().translate(_DA_LETTERS)


def _municipalities(meetings: pd.DataFrame) -> pd.Series:
    """meetings.municipality as object strings, None where not named (or the column absent)."""
    if "municipality" not in meetings:
        return pd.Series(None, index=meetings.index, dtype="object")
    muni = meetings["municipality"].astype("object")
    muni = muni.where(muni.notna(), "").astype(str).str.strip()
    return muni.astype("object").where(muni != "", None)  # None/NaN where not named


def _forums_by_municipality(meetings: pd.DataFrame) -> dict[str, list[str]]:
    """Municipality -> its forums (Danish order), when the meetings name municipalities."""
    frame = pd.DataFrame(
        {"muni": _municipalities(meetings), "forum": meetings["forum"].astype(str)}
    ).dropna()
    return {
        muni: sorted(set(group["forum"]), key=danish_sort_key)
        for muni, group in sorted(frame.groupby("muni"), key=lambda kv: danish_sort_key(kv[0]))
    }


def format_int_da(n: int) -> str:
    """An integer with Danish thousands separators: 1234 -> '1.234'."""
    return f"{int(n):,}".replace(",", ".")


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
    n_items_with_duration, n_participants, n_source_files (minutes files that gave this
    meeting, duplicates too).
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


# --- 02 theme trends ------------------------------------------------------------------


def _ordered_themes(keys: Iterable[str], weight: pd.Series | None = None) -> list[str]:
    """Theme keys ordered by weight (descending), else taxonomy order; 'none' last."""
    keys = [k for k in dict.fromkeys(keys) if k != NO_THEME]
    order = {k: i for i, k in enumerate(theme_order())}
    if weight is not None:
        keys.sort(key=lambda k: (-float(weight.get(k, 0)), order.get(k, len(order)), k))
    else:
        keys.sort(key=lambda k: (order.get(k, len(order)), k))
    return keys


def theme_share_by_year(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Attention per primary theme and year: share of the items and of the stated time.

    In: items (date, theme, duration_min), meetings (year, forum). Items without a theme
    count as 'andet' ('Andet'). Out: year, theme, theme_label, n_items, item_share,
    minutes, minutes_share, year_items, year_minutes. Every year × theme of the selection
    is present (zeros filled); shares are 0 when the year has no items / no stated time
    (year_items / year_minutes tell the two apart). Themes ordered by total items.
    """
    items = _items(tables, forum, years)
    items["theme"] = items["theme"].astype("object").where(items["theme"].notna(), NO_THEME)
    items["minutes"] = pd.to_numeric(items["duration_min"], errors="coerce").astype("float64")
    counts = items.groupby(["year", "theme"]).agg(
        n_items=("item_id", "size"), minutes=("minutes", "sum")
    )
    totals = counts.groupby("theme")["n_items"].sum()
    themes = _ordered_themes(counts.index.get_level_values("theme"), totals)
    if NO_THEME in totals.index:
        themes.append(NO_THEME)
    span = _year_span(tables, forum, years)
    grid = pd.MultiIndex.from_product([span, themes], names=["year", "theme"])
    out = counts.reindex(grid, fill_value=0).reset_index()
    out["n_items"] = out["n_items"].astype("int64")
    out["minutes"] = out["minutes"].fillna(0).astype("float64")
    out["year_items"] = out.groupby("year")["n_items"].transform("sum").astype("int64")
    out["year_minutes"] = out.groupby("year")["minutes"].transform("sum")
    out["item_share"] = (out["n_items"] / out["year_items"].where(out["year_items"] > 0)).fillna(0)
    out["minutes_share"] = (
        out["minutes"] / out["year_minutes"].where(out["year_minutes"] > 0)
    ).fillna(0)
    out["theme_label"] = out["theme"].map(theme_label)
    cols = [
        "year",
        "theme",
        "theme_label",
        "n_items",
        "item_share",
        "minutes",
        "minutes_share",
        "year_items",
        "year_minutes",
    ]
    return out[cols].astype({"year": "int64"})


def _item_theme_pairs(sel: Tables) -> pd.DataFrame:
    """(item_id, theme) for every theme assigned to a selected item (all, not only primary)."""
    items = sel["items"]
    if "item_themes" in sel:
        pairs = sel["item_themes"][["item_id", "theme"]]
    else:
        split = items[["item_id", "themes"]].dropna()
        pairs = split.assign(theme=split["themes"].astype(str).str.split(";")).explode("theme")
        pairs = pairs[["item_id", "theme"]]
    return pairs[is_member(pairs["item_id"], set(items["item_id"]))]


def theme_meeting_matrix(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Recurrence: how many items of each meeting carry each theme (any assigned theme).

    In: items, item_themes (or items.themes), meetings. Out: meeting_id, date, forum, theme,
    theme_label, n_items, meeting_items. Every meeting × theme found (zeros filled); themes
    ordered by the number of meetings they appear in, then items.
    """
    sel = select(tables, forum, years)
    meetings = sel["meetings"].sort_values(["date", "meeting_id"])
    pairs = _item_theme_pairs(sel).merge(
        sel["items"][["item_id", "meeting_id"]], on="item_id", how="left"
    )
    counts = pairs.groupby(["meeting_id", "theme"]).size().rename("n_items")
    n_meetings = pairs.groupby("theme")["meeting_id"].nunique()
    weight = n_meetings * 10_000 + pairs.groupby("theme").size()
    themes = _ordered_themes(pairs["theme"], weight)
    grid = pd.MultiIndex.from_product(
        [list(meetings["meeting_id"]), themes], names=["meeting_id", "theme"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.merge(
        meetings[["meeting_id", "date", "forum", "n_items"]].rename(
            columns={"n_items": "meeting_items"}
        ),
        on="meeting_id",
        how="left",
    )
    out["theme_label"] = out["theme"].map(theme_label)
    out["n_items"] = out["n_items"].astype("int64")
    cols = ["meeting_id", "date", "forum", "theme", "theme_label", "n_items", "meeting_items"]
    return out[cols]


def topic_overview(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Discovered topics with their top terms and their weight in the selected items.

    In: topics, item_topics, items. Out: topic, label, top_terms (', '-joined), covered_by,
    covered_label (Danish label of the taxonomy theme sharing most terms, '' if none),
    missed (True when no theme covers it), weight (share of the selection's topic weight),
    n_items. Heaviest first.
    """
    sel = select(tables, forum, years)
    topics = sel["topics"]
    item_topics = sel["item_topics"]
    item_topics = item_topics[is_member(item_topics["item_id"], set(sel["items"]["item_id"]))]
    agg = item_topics.groupby("topic").agg(weight=("weight", "sum"), n_items=("item_id", "size"))
    out = topics[["topic", "label", "top_terms", "covered_by_taxonomy"]].merge(
        agg, on="topic", how="left"
    )
    total = out["weight"].sum()
    out["weight"] = (out["weight"].fillna(0) / total) if total else 0.0
    out["n_items"] = out["n_items"].fillna(0).astype("int64")
    out["top_terms"] = out["top_terms"].astype(str).str.replace(";", ", ", regex=False)
    covered = out["covered_by_taxonomy"].astype("object")
    out["missed"] = covered.isna() | (covered.astype(str) == "")
    out["covered_by"] = covered.where(~out["missed"], "")
    out["covered_label"] = [
        "" if miss else theme_label(key) for key, miss in zip(covered, out["missed"], strict=True)
    ]
    cols = ["topic", "label", "top_terms", "covered_by", "covered_label", "missed", "weight"]
    out = out[[*cols, "n_items"]].sort_values(["weight", "topic"], ascending=[False, True])
    return out.reset_index(drop=True)


# --- 03 decision handling -------------------------------------------------------------


def _decision_keys(present: Iterable[str]) -> list[str]:
    """Decision types in vocabulary priority order, unknown ones after."""
    present = set(present)
    known = [k for k in DECISION_PRIORITY if k in present]
    return known + sorted(present - set(known))


def _with_decision(items: pd.DataFrame) -> pd.DataFrame:
    dt = items["decision_type"].astype("object")
    return items.assign(decision_type=dt.where(dt.notna(), NO_DECISION))


def decision_types_by_year(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """Primary decision type per year.

    In: items (decision_type), meetings. Out: year, decision_type, decision_label, n_items,
    share (of the year's items). Every year × type found (zeros filled).
    """
    items = _with_decision(_items(tables, forum, years))
    counts = items.groupby(["year", "decision_type"]).size().rename("n_items")
    keys = _decision_keys(items["decision_type"])
    grid = pd.MultiIndex.from_product(
        [_year_span(tables, forum, years), keys], names=["year", "decision_type"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("year")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    out["decision_label"] = out["decision_type"].map(decision_label)
    out = out.astype({"year": "int64", "n_items": "int64"})
    return out[["year", "decision_type", "decision_label", "n_items", "share"]]


def decision_types_by_theme(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """Primary decision type per primary theme.

    In: items (theme, decision_type). Out: theme, theme_label, decision_type,
    decision_label, n_items, share (of the theme's items). Every theme × type found;
    themes by number of items, 'Andet' last.
    """
    items = _with_decision(_items(tables, forum, years))
    th = items["theme"].astype("object")
    items["theme"] = th.where(th.notna(), NO_THEME)
    counts = items.groupby(["theme", "decision_type"]).size().rename("n_items")
    totals = items.groupby("theme").size()
    themes = _ordered_themes(items["theme"], totals)
    if NO_THEME in totals.index:
        themes.append(NO_THEME)
    keys = _decision_keys(items["decision_type"])
    grid = pd.MultiIndex.from_product([themes, keys], names=["theme", "decision_type"])
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("theme")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    out["theme_label"] = out["theme"].map(theme_label)
    out["decision_label"] = out["decision_type"].map(decision_label)
    out["n_items"] = out["n_items"].astype("int64")
    return out[["theme", "theme_label", "decision_type", "decision_label", "n_items", "share"]]


def recommendation_followed_by_year(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """How often the decision followed the recommendation, per year.

    In: items (followed_recommendation), meetings. Out: year, outcome ('followed',
    'not_followed', 'unknown' where the column is null), outcome_label, n_items, share
    (of the year's items), every year × outcome (zeros filled).
    """
    items = _items(tables, forum, years)
    followed = items["followed_recommendation"].astype("boolean")
    outcome = pd.Series("unknown", index=items.index, dtype="object")
    outcome[followed.fillna(False)] = "followed"
    outcome[(~followed).fillna(False)] = "not_followed"
    items["outcome"] = outcome
    counts = items.groupby(["year", "outcome"]).size().rename("n_items")
    grid = pd.MultiIndex.from_product(
        [_year_span(tables, forum, years), list(RECOMMENDATION_OUTCOMES_DA)],
        names=["year", "outcome"],
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("year")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    out["outcome_label"] = out["outcome"].map(RECOMMENDATION_OUTCOMES_DA)
    out = out.astype({"year": "int64", "n_items": "int64"})
    return out[["year", "outcome", "outcome_label", "n_items", "share"]]


def _is_postponed(items: pd.DataFrame) -> pd.Series:
    primary = items["decision_type"].astype("object") == "postponed"
    listed = items.get("decision_types", pd.Series(None, index=items.index, dtype="object"))
    listed = listed.astype("object").fillna("").astype(str).str.split(";")
    return primary.fillna(False) | listed.map(lambda types: "postponed" in types)


def _norm_title(title: object) -> str:
    return re.sub(r"\W+", " ", str(title).lower()).strip()


def postponed_items(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Items that were postponed, and whether they came back at a later meeting.

    A later item 'is the same case' when it carries the same (non-standing) journal number
    or, failing that, the same title. Later meetings are looked for in every year of the
    forum(s), not only the selected years. In: items (decision_type, decision_types,
    case_number, standing_case, title). Out: item_id, date, title, case_number,
    decision_label, came_back, next_item_id, next_date, next_title, next_decision_label,
    days_until_back.
    """
    items = _items(tables, forum, years)
    pool = _items(tables, forum, None).sort_values(["date", "number"]).reset_index(drop=True)
    standing = pool.get("standing_case", pd.Series(False, index=pool.index))
    standing = standing.astype("boolean").fillna(False).astype(bool)
    standing_cases = set(pool.loc[standing, "case_number"].dropna())
    postponed = items[_is_postponed(items)].sort_values(["date", "number"])
    # Positions (in date order) of every journal number and every title, so each postponed
    # item finds its return by binary search instead of scanning all later items.
    day = pool["date"].to_numpy(dtype="datetime64[ns]").astype("int64")
    by_case: dict[str, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    for pos, (case, title) in enumerate(zip(pool["case_number"], pool["title"], strict=True)):
        if isinstance(case, str) and case:
            by_case.setdefault(case, []).append(pos)
        by_title.setdefault(_norm_title(title), []).append(pos)

    days_of = {key: [int(day[p]) for p in pos] for key, pos in by_case.items()}
    title_days = {key: [int(day[p]) for p in pos] for key, pos in by_title.items()}

    def first_after(positions: list[int], days: list[int], when: int) -> int | None:
        k = bisect.bisect_right(days, when)
        return positions[k] if k < len(positions) else None

    rows = []
    for rec in postponed.itertuples(index=False):
        when = int(pd.Timestamp(rec.date).value)
        case = rec.case_number
        found = []
        if isinstance(case, str) and case and case not in standing_cases:
            found.append(first_after(by_case.get(case, []), days_of.get(case, []), when))
        key = _norm_title(rec.title)
        found.append(first_after(by_title.get(key, []), title_days.get(key, []), when))
        hits = [p for p in found if p is not None]
        back = bool(hits)
        first = pool.iloc[min(hits)] if back else None
        rows.append(
            {
                "item_id": rec.item_id,
                "date": rec.date,
                "title": rec.title,
                "case_number": case,
                "decision_label": decision_label(rec.decision_type),
                "came_back": back,
                "next_item_id": first["item_id"] if back else None,
                "next_date": first["date"] if back else pd.NaT,
                "next_title": first["title"] if back else None,
                "next_decision_label": decision_label(first["decision_type"]) if back else None,
                "days_until_back": (first["date"] - rec.date).days if back else pd.NA,
            }
        )
    cols = [
        "item_id",
        "date",
        "title",
        "case_number",
        "decision_label",
        "came_back",
        "next_item_id",
        "next_date",
        "next_title",
        "next_decision_label",
        "days_until_back",
    ]
    out = pd.DataFrame(rows, columns=cols)
    out["date"] = pd.to_datetime(out["date"])
    out["next_date"] = pd.to_datetime(out["next_date"])
    out["came_back"] = out["came_back"].astype(bool)
    out["days_until_back"] = out["days_until_back"].astype("Int64")
    return out


def follow_up_tasks(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Follow-up tasks written in decisions, with the item they came from.

    In: follow_ups (item_id, position, actor, text), items. Out: date, item_id, title,
    decision_label, actor, text; by date and item.
    """
    sel = select(tables, forum, years)
    items = sel["items"][["item_id", "date", "number", "title", "decision_type"]]
    out = sel["follow_ups"].merge(items, on="item_id", how="inner")
    out["decision_label"] = out["decision_type"].map(decision_label)
    out = out.sort_values(["date", "number", "position"]).reset_index(drop=True)
    return out[["date", "item_id", "title", "decision_label", "actor", "text"]]


# --- 04 case threads ------------------------------------------------------------------


def case_threads(
    tables: Tables,
    forum: Forum = None,
    years: Years = None,
    min_meetings: int = 2,
    by: str = "case_number",
    include_standing: bool = False,
) -> pd.DataFrame:
    """Journal numbers (or KLE subjects, ``by='kle_code'``) that recur across meetings.

    One row per appearance. Standing items and standing journal numbers (items.standing_case)
    are left out unless ``include_standing``. In: items (case_number, kle_code, kle_title, title,
    decision_type, standing_case), meetings. Out: thread (the journal number or KLE code),
    thread_title (latest item title; for KLE the subject title), item_id, meeting_id, date,
    title, decision_type, decision_label, appearance (1, 2, …), n_meetings, first_date,
    last_date. Threads ordered by first appearance.
    """
    if by not in ("case_number", "kle_code"):
        raise ValueError("by must be 'case_number' or 'kle_code'")
    items = _with_decision(select(tables, forum, years, include_standing)["items"])
    if not include_standing and "standing_case" in items:
        items = items[~items["standing_case"].astype("boolean").fillna(False).astype(bool)]
    items = items.dropna(subset=[by]).sort_values(["date", "number", "item_id"])
    items = items.assign(thread=items[by].astype(str))
    n_meetings = items.groupby("thread")["meeting_id"].nunique()
    keep = n_meetings[n_meetings >= min_meetings].index
    out = items[is_member(items["thread"], keep)].copy()
    grouped = out.groupby("thread", sort=False)
    # The latest title; for KLE subjects the latest subject title where there is one.
    titles = grouped["title"].nth(-1).set_axis(grouped["thread"].nth(-1)).astype(object)
    if by == "kle_code" and "kle_title" in out:
        titles = grouped["kle_title"].last().astype(object).fillna(titles)
    out["thread_title"] = out["thread"].map(titles.astype(str))
    out["appearance"] = out.groupby("thread").cumcount() + 1
    out["n_meetings"] = out["thread"].map(n_meetings).astype("int64")
    out["first_date"] = out.groupby("thread")["date"].transform("min")
    out["last_date"] = out.groupby("thread")["date"].transform("max")
    out["decision_label"] = out["decision_type"].map(decision_label)
    out = out.sort_values(["first_date", "thread", "date", "number"])
    cols = [
        "thread",
        "thread_title",
        "item_id",
        "meeting_id",
        "date",
        "title",
        "decision_type",
        "decision_label",
        "appearance",
        "n_meetings",
        "first_date",
        "last_date",
    ]
    return out[cols].reset_index(drop=True)


def kle_main_groups_by_year(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = False
) -> pd.DataFrame:
    """Items per KLE main group (policy area) and year; items without a KLE code left out.

    Standing items (agenda approval, Eventuelt) are left out unless ``include_standing``.
    In: items (kle_main_group, kle_main_group_title), meetings. Out: year, kle_main_group,
    kle_label ('00 Kommunens styrelse'), n_items, share (of the year's items with a KLE
    code). Every year × main group found (zeros filled), groups by total items.
    """
    items = _items(tables, forum, years, include_standing).dropna(subset=["kle_main_group"])
    counts = items.groupby(["year", "kle_main_group"]).size().rename("n_items")
    totals = items.groupby("kle_main_group").size()
    groups = sorted(totals.index, key=lambda g: (-int(totals[g]), str(g)))
    grid = pd.MultiIndex.from_product(
        [_year_span(tables, forum, years), groups], names=["year", "kle_main_group"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    total = out.groupby("year")["n_items"].transform("sum")
    out["share"] = (out["n_items"] / total.where(total > 0)).fillna(0.0)
    labels = kle_main_group_labels(items)
    out["kle_label"] = out["kle_main_group"].map(lambda g: labels.get(g, str(g)))
    out = out.astype({"year": "int64", "n_items": "int64"})
    return out[["year", "kle_main_group", "kle_label", "n_items", "share"]]


# --- forums side by side ----------------------------------------------------------------


def _forum_labels(meetings: pd.DataFrame) -> pd.Series:
    """Each meeting's forum as shown to readers (same index as ``meetings``).

    The forum name; when the meetings come from more than one municipality, the name with
    the municipality in parentheses ('Byråd (Egedal Kommune)'), so two councils stay apart.
    """
    forum = meetings["forum"].astype("object").fillna("").astype(str)
    muni = _municipalities(meetings)
    if muni.dropna().nunique() <= 1:
        return forum
    labels = [f"{f} ({m})" if isinstance(m, str) else f for f, m in zip(forum, muni, strict=True)]
    return pd.Series(labels, index=meetings.index, dtype="object")


def _forum_order(labels: Iterable[str]) -> list[str]:
    return sorted(set(labels), key=danish_sort_key)


def forums_present(tables: Tables, forum: Forum = None, years: Years = None) -> list[str]:
    """The forums of the selection, as display labels in Danish alphabetical order.

    One label per forum and municipality (see ``forum_overview``: 'Chefforum', or
    'Byråd (Egedal Kommune)' when several municipalities are present), so
    ``len(forums_present(t)) > 1`` says whether there is anything to compare. In: meetings.
    """
    return _forum_order(_forum_labels(select(tables, forum, years)["meetings"]))


def _forum_items(sel: Tables) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(meetings, items) of a selection, both with forum_label (items also forum, year)."""
    meetings = sel["meetings"].assign(
        forum_label=_forum_labels(sel["meetings"]), municipality=_municipalities(sel["meetings"])
    )
    keep = ["meeting_id", "forum_label", "forum", "municipality", "year"]
    items = sel["items"].drop(columns=["forum", "year", "municipality"], errors="ignore")
    items = items.merge(meetings[keep], on="meeting_id", how="inner")
    return meetings, items


def _forum_identity(meetings: pd.DataFrame) -> pd.DataFrame:
    """forum_label -> forum, municipality (first named one) of the selection."""
    first = meetings.sort_values("date").groupby("forum_label", sort=False)
    return pd.DataFrame(
        {"forum": first["forum"].first(), "municipality": first["municipality"].first()}
    )


def forum_overview(
    tables: Tables, forum: Forum = None, years: Years = None, by_year: bool = False
) -> pd.DataFrame:
    """Key figures of each forum side by side (per forum and year with ``by_year``).

    In: meetings (forum, municipality, date, year), items (duration_min, decision_type).
    Out: forum_label (as ``forums_present``), forum, municipality (null where not named),
    [year,] n_meetings, n_items, items_per_meeting (null without meetings),
    n_items_with_duration, minutes_stated (sum of the stated item times, null where no item
    states one), n_deciding / share_deciding (primary decision in ``DECIDING_TYPES``),
    n_talking / share_talking (only discussed or noted, ``TALKING_TYPES``), first_date,
    last_date. Shares are of the forum's items. Forums in Danish alphabetical order; with
    ``by_year`` every forum × year of the span (zeros filled).
    """
    meetings, items = _forum_items(select(tables, forum, years))
    primary = items["decision_type"].astype("object").where(items["decision_type"].notna())
    primary = primary.fillna(NO_DECISION)
    items = items.assign(
        minutes=pd.to_numeric(items["duration_min"], errors="coerce").astype("float64"),
        deciding=primary.isin(DECIDING_TYPES),
        talking=primary.isin(TALKING_TYPES),
    )
    keys = ["forum_label", "year"] if by_year else ["forum_label"]
    per_meeting = meetings.groupby(keys).agg(
        n_meetings=("meeting_id", "nunique"), first_date=("date", "min"), last_date=("date", "max")
    )
    per_item = items.groupby(keys).agg(
        n_items=("item_id", "size"),
        n_items_with_duration=("minutes", "count"),
        minutes_stated=("minutes", "sum"),
        n_deciding=("deciding", "sum"),
        n_talking=("talking", "sum"),
    )
    labels = _forum_order(meetings["forum_label"])
    if by_year:
        index = pd.MultiIndex.from_product([labels, _year_span(tables, forum, years)], names=keys)
    else:
        index = pd.Index(labels, name="forum_label")
    out = per_meeting.reindex(index).join(per_item.reindex(index)).reset_index()
    counts = ["n_meetings", "n_items", "n_items_with_duration", "n_deciding", "n_talking"]
    out[counts] = out[counts].fillna(0).astype("int64")
    out["minutes_stated"] = (
        out["minutes_stated"].where(out["n_items_with_duration"] > 0).round().astype("Int64")
    )
    n_items = out["n_items"].where(out["n_items"] > 0)
    out["items_per_meeting"] = out["n_items"] / out["n_meetings"].where(out["n_meetings"] > 0)
    out["share_deciding"] = (out["n_deciding"] / n_items).fillna(0.0)
    out["share_talking"] = (out["n_talking"] / n_items).fillna(0.0)
    identity = _forum_identity(meetings)
    out["forum"] = out["forum_label"].map(identity["forum"])
    out["municipality"] = out["forum_label"].map(identity["municipality"])
    cols = [
        "forum_label",
        "forum",
        "municipality",
        *(["year"] if by_year else []),
        "n_meetings",
        "n_items",
        "items_per_meeting",
        "n_items_with_duration",
        "minutes_stated",
        "n_deciding",
        "share_deciding",
        "n_talking",
        "share_talking",
        "first_date",
        "last_date",
    ]
    if by_year:
        out["year"] = out["year"].astype("int64")
    out["first_date"] = pd.to_datetime(out["first_date"])
    out["last_date"] = pd.to_datetime(out["last_date"])
    return out[cols]


def theme_share_by_forum(tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """Each forum's items per primary theme, forums side by side.

    In: items (theme), meetings (forum, municipality). Items without a theme count as
    'andet' ('Andet'). Out: forum_label, forum, theme, theme_label, n_items, forum_items,
    share (of the forum's items). Every forum × theme found (zeros filled); forums in
    Danish alphabetical order, themes by their mean share across the forums (so a big forum
    does not decide the order), 'Andet' last.
    """
    meetings, items = _forum_items(select(tables, forum, years))
    theme = items["theme"].astype("object")
    items = items.assign(theme=theme.where(theme.notna(), NO_THEME))
    counts = items.groupby(["forum_label", "theme"]).size().rename("n_items")
    forum_items = items.groupby("forum_label").size()
    shares = counts / counts.index.get_level_values("forum_label").map(forum_items).to_numpy()
    labels = _forum_order(meetings["forum_label"])
    mean_share = shares.groupby("theme").sum() / max(len(labels), 1)
    themes = _ordered_themes(counts.index.get_level_values("theme"), mean_share)
    if NO_THEME in mean_share.index:
        themes.append(NO_THEME)
    out = _forum_shares(counts, forum_items, labels, themes, meetings)
    out["theme_label"] = out["theme"].map(theme_label)
    cols = ["forum_label", "forum", "theme", "theme_label", "n_items", "forum_items", "share"]
    return out[cols]


def _forum_shares(
    counts: pd.Series,
    forum_items: pd.Series,
    labels: list[str],
    keys: list[str],
    meetings: pd.DataFrame,
) -> pd.DataFrame:
    """Every forum x key of ``counts`` (index forum_label, key; zeros filled) with n_items,
    forum_items, share (of the forum's items) and forum."""
    key = counts.index.names[1]
    grid = pd.MultiIndex.from_product([labels, keys], names=["forum_label", key])
    out = counts.reindex(grid, fill_value=0).reset_index()
    out["n_items"] = out["n_items"].astype("int64")
    out["forum_items"] = out["forum_label"].map(forum_items).fillna(0).astype("int64")
    out["share"] = (out["n_items"] / out["forum_items"].where(out["forum_items"] > 0)).fillna(0.0)
    out["forum"] = out["forum_label"].map(_forum_identity(meetings)["forum"])
    return out


def decision_types_by_forum(
    tables: Tables, forum: Forum = None, years: Years = None
) -> pd.DataFrame:
    """Each forum's items per primary decision type, forums side by side.

    In: items (decision_type), meetings (forum, municipality). Out: forum_label, forum,
    decision_type, decision_label, deciding (type in ``DECIDING_TYPES``), n_items,
    forum_items, share (of the forum's items). Every forum × type found (zeros filled);
    the deciding types first, then the others, each in vocabulary priority order.
    """
    meetings, items = _forum_items(select(tables, forum, years))
    items = _with_decision(items)
    counts = items.groupby(["forum_label", "decision_type"]).size().rename("n_items")
    forum_items = items.groupby("forum_label").size()
    keys = _decision_keys(items["decision_type"])
    keys = [k for k in keys if k in DECIDING_TYPES] + [k for k in keys if k not in DECIDING_TYPES]
    labels = _forum_order(meetings["forum_label"])
    out = _forum_shares(counts, forum_items, labels, keys, meetings)
    out["decision_label"] = out["decision_type"].map(decision_label)
    out["deciding"] = out["decision_type"].isin(DECIDING_TYPES)
    cols = [
        "forum_label",
        "forum",
        "decision_type",
        "decision_label",
        "deciding",
        "n_items",
        "forum_items",
        "share",
    ]
    return out[cols]


__all__ = [
    "select",
    "is_member",
    "standing_items",
    "to_danish",
    "table_counts",
    "source_line",
    "format_int_da",
    "theme_labels",
    "theme_label",
    "theme_order",
    "decision_label",
    "kle_main_group_labels",
    "meetings_per_year",
    "meeting_overview",
    "section_presence",
    "manifest_status",
    "file_coverage",
    "parse_warnings",
    "theme_share_by_year",
    "theme_meeting_matrix",
    "topic_overview",
    "decision_types_by_year",
    "decision_types_by_theme",
    "recommendation_followed_by_year",
    "postponed_items",
    "follow_up_tasks",
    "case_threads",
    "kle_main_groups_by_year",
    "DECIDING_TYPES",
    "TALKING_TYPES",
    "join_da",
    "danish_sort_key",
    "forums_present",
    "forum_overview",
    "theme_share_by_forum",
    "decision_types_by_forum",
]
