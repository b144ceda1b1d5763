"""The table contract: every table and column the build writes, documented in one place.

Analysts and notebooks rely on these names. ``conform`` orders and types a frame to its
spec; ``validate`` checks it against the spec's pandera schema before anything is written,
and fails loudly, listing every failure.
``docs/tables.md`` is generated from this module (``minutes schema --markdown``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from analysis.vocab import HANDLING_NOTES, POSITION_TYPES

# dtype names used in specs -> pandas dtypes
_DTYPES: dict[str, object] = {
    "string": pd.StringDtype(),
    "int": "int64",
    "Int": "Int64",
    "float": "float64",
    "bool": "bool",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # a key of _DTYPES
    doc: str
    nullable: bool = False
    isin: tuple[str, ...] | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    doc: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name: str, dtype: str, doc: str, nullable: bool = False, isin=None) -> Column:
    return Column(name, dtype, doc, nullable, tuple(isin) if isin else None)


_ITEM_ID = _c("item_id", "string", "Item id: meeting id and two-digit item number.")
_MEETING_ID = _c("meeting_id", "string", "Meeting id: forum slug and ISO date.")

TABLES: dict[str, TableSpec] = {}


def _table(name: str, doc: str, key: tuple[str, ...], *columns: Column) -> None:
    TABLES[name] = TableSpec(name, doc, key, tuple(columns))


_table(
    "meetings",
    "One row per meeting (one minutes document; duplicates of a meeting are listed in the "
    "manifest, not here).",
    ("meeting_id",),
    _MEETING_ID,
    _c("forum", "string", "Forum or committee, from the document header (e.g. 'Chefforum')."),
    _c(
        "municipality",
        "string",
        "Owner of the minutes where the document names it: a kommune ('Gentofte Kommune'), "
        "or for older and regional bodies an amt of 1970–2006 ('Viborg Amt') or one of the "
        "five regions ('Region Syddanmark').",
        True,
    ),
    _c("date", "date", "Meeting date."),
    _c("year", "int", "Calendar year of the meeting."),
    _c("start_time", "string", "Start time 'HH:MM' from 'Mødedato … kl. 09:00'.", True),
    _c("location", "string", "Meeting place as written after 'Mødested'.", True),
    _c("heading", "string", "Document heading, e.g. 'REFERAT Chefforum d. 03-01-2024'.", True),
    _c(
        "notes",
        "string",
        "Remarks on the meeting as a whole from the header ('Bemærkninger: …': who left "
        "early, a change to the agenda's order), one a line.",
        True,
    ),
    _c("source_file", "string", "Raw file name (relative to the raw folder)."),
    _c("source_sha256", "string", "SHA-256 of the raw file's bytes."),
    _c("source_format", "string", "Format read: txt, md, pdf, docx or html."),
    _c("n_items", "int", "Number of agenda items."),
    _c("n_participants", "int", "Number of people listed under 'Mødedeltagere' (0 if none)."),
    _c("duration_min", "Int", "Sum of the items' stated durations, where any are stated.", True),
    _c(
        "layout",
        "string",
        "Layout family that recognised the document (README: 'Layouts'), e.g. 'agenda', "
        "'web', 'firstagenda'.",
    ),
    _c(
        "document_type",
        "string",
        "'referat' (minutes) or 'dagsorden' (an agenda: its items have no decision yet).",
        isin=("referat", "dagsorden"),
    ),
)
_table(
    "participants",
    "People listed under 'Mødedeltagere' (optional in the minutes), and those listed as absent.",
    ("meeting_id", "position"),
    _MEETING_ID,
    _c("position", "int", "Order in the list, from 1."),
    _c("name", "string", "Name as written."),
    _c("role", "string", "Role from the parentheses, e.g. 'Kommunaldirektør'.", True),
    _c(
        "present",
        "bool",
        "False for people listed as absent ('Fraværende', 'Afbud'); a member also listed "
        "as absent is one row, absent.",
    ),
)
_table(
    "items",
    "One row per agenda item ('Punkt'), with enrichment columns.",
    ("item_id",),
    _ITEM_ID,
    _MEETING_ID,
    _c("date", "date", "Meeting date (repeated for convenience)."),
    _c("number", "int", "Item number in the meeting."),
    _c("title", "string", "Clean title: no 'CF - ' or other body prefix, no markdown."),
    _c("raw_title", "string", "Title as written in the item heading (markdown removed)."),
    _c("bodies", "string", "Body prefix of the title, e.g. 'CF' or 'MBU/ØU/KB'.", True),
    _c("closed", "bool", "A closed item ('Lukket: …'): only its public part is in the minutes."),
    _c("case_number", "string", "Journal number as written, e.g. '00.30.00-P00-7-23'.", True),
    _c(
        "case_scheme",
        "string",
        "Numbering scheme of case_number: kle (KLE journal number), emn (EMN-2025-003383), "
        "serial/yy (17/46), yyyy-serial (2024-012345) or other; KLE columns only for kle.",
        True,
    ),
    _c("kle_code", "string", "KLE subject code, e.g. '00.30.00'.", True),
    _c("kle_main_group", "string", "KLE main group, e.g. '00'.", True),
    _c("kle_main_group_title", "string", "Title of the KLE main group.", True),
    _c("kle_group", "string", "KLE group, e.g. '00.30'.", True),
    _c("kle_group_title", "string", "Title of the KLE group.", True),
    _c("kle_title", "string", "Title of the subject (nearest known parent's if unknown).", True),
    _c("kle_title_code", "string", "The code whose title kle_title is.", True),
    _c("facet", "string", "Handling facet, e.g. 'P00'.", True),
    _c("facet_title", "string", "Title of the handling facet where known.", True),
    _c("case_serial", "Int", "Serial number of the case, e.g. 7.", True),
    _c("case_year", "Int", "Year the case was opened (four digits).", True),
    _c(
        "case_seq",
        "Int",
        "Appearance number of this item for its journal number (1, 2, …); null where the "
        "number is masked in a public version ('24/****').",
        True,
    ),
    _c("standing_case", "boolean", "True when the journal number is a standing one.", True),
    _c("proposer", "string", "Who 'indstiller', e.g. 'Kommunaldirektøren'.", True),
    _c(
        "duration_min",
        "Int",
        "Stated time for the item: '(10 min.)' after the title, 'Tid: 10 min' under it.",
        True,
    ),
    _c("n_sections", "int", "Number of sections."),
    _c("n_recommendations", "int", "Number of numbered recommendation points."),
    _c("n_attachments", "int", "Number of attachments (Bilag lines)."),
    _c("toc_title", "string", "The matching table-of-contents title.", True),
    _c("toc_page", "Int", "Page number in the table of contents.", True),
    _c("decision_type", "string", "Primary decision type (see vocab.DECISION_TYPES).", True),
    _c("decision_types", "string", "All decision types found, ';'-joined.", True),
    _c("recommended_types", "string", "Decision types the recommendation asked for.", True),
    _c(
        "followed_recommendation",
        "boolean",
        "Whether the decision followed the recommendation; null if none was made.",
        True,
    ),
    _c("n_follow_ups", "int", "Number of follow-up tasks written in the decision."),
    _c("theme", "string", "Primary theme key (highest score), null when no theme.", True),
    _c("themes", "string", "All theme keys assigned, ';'-joined.", True),
    _c(
        "policy_area",
        "string",
        "Primary policy area (policy_areas.yaml): the KLE main group's area where the journal "
        "number is KLE, else the best area named in the title, else in the body; null when "
        "none.",
        True,
    ),
)
_table(
    "sections",
    "Headed parts of items: Anledning, Resumé, Sagsfremstilling, Indstilling, Beslutning, "
    "Bilag, and any other heading under a slug of its own.",
    ("item_id", "position"),
    _ITEM_ID,
    _c("position", "int", "Order in the item, from 1."),
    _c("section", "string", "Normalised key (anledning, resume, … or a slug)."),
    _c("heading", "string", "Heading as written ('' for text before any heading)."),
    _c("text", "string", "Body text, markdown removed; paragraphs split by a blank line."),
)
_table(
    "recommendations",
    "Each numbered 'at …' point of an item's Indstilling.",
    ("item_id", "position"),
    _ITEM_ID,
    _c("position", "int", "Point number, from 1."),
    _c("text", "string", "The point, e.g. 'at punktet drøftes.'"),
)
_table(
    "attachments",
    "Each line of an item's Bilag list.",
    ("item_id", "position"),
    _ITEM_ID,
    _c("position", "int", "Order in the list, from 1."),
    _c("title", "string", "Attachment title as written."),
    _c("extension", "string", "pdf, docx, pptx … when the title names a file type.", True),
)
_table(
    "references",
    "Dates mentioned in items: other meetings, deadlines, events. In SQL, quote the name: "
    'SELECT * FROM "references".',
    ("item_id", "position"),
    _ITEM_ID,
    _c("position", "int", "Order within the item, from 1."),
    _c("referenced_date", "date", "The date mentioned."),
    _c("kind", "string", "meeting, deadline or date.", isin=("meeting", "deadline", "date")),
    _c("year_inferred", "bool", "True when the text gave no year and the meeting's was used."),
    _c("section", "string", "Section key the mention stands in."),
    _c("text", "string", "The sentence holding the date."),
)
_table(
    "case_history",
    "The case's earlier treatment in other bodies, from an item's 'Sagsforløb' section.",
    ("item_id", "position"),
    _ITEM_ID,
    _c("position", "int", "Order within the item, from 1."),
    _c("body", "string", "The body that treated the case, e.g. 'Økonomiudvalget'.", True),
    _c("date", "date", "Date of that treatment.", True),
    _c("item_number", "Int", "Item number there.", True),
    _c("decision", "string", "What it decided, as written.", True),
    _c("text", "string", "The line as written."),
)
_table(
    "cases",
    "One row per case (journal number and municipality), with its thread of appearances "
    "across meetings; a number masked in a public version ('24/****') is no case.",
    ("case_number", "municipality"),
    _c("case_number", "string", "Journal number as written."),
    _c(
        "municipality",
        "string",
        "Owner of the meetings it appears in (meetings.municipality): one number in two "
        "kommuner is two cases.",
        True,
    ),
    _c("first_date", "date", "First meeting date it appears on."),
    _c("last_date", "date", "Last meeting date it appears on."),
    _c("n_meetings", "int", "Number of meetings it appears in."),
    _c("n_items", "int", "Number of items carrying it."),
    _c("standing", "bool", "A standing journal number (agenda approval, Eventuelt …)."),
    _c("dates", "string", "Appearance dates, ';'-joined ISO dates."),
    _c("titles", "string", "Item titles of the appearances, ' | '-joined."),
    _c("decision_types", "string", "Primary decision type of each appearance, ';'-joined."),
    _c("kle_title", "string", "KLE subject title.", True),
)
_table(
    "decisions",
    "Decision types found in each item's Beslutning; an item can carry several.",
    ("item_id", "position"),
    _ITEM_ID,
    _c("position", "int", "Order of appearance in the decision, from 1."),
    _c("decision_type", "string", "A key of vocab.DECISION_TYPES."),
    _c("evidence", "string", "The phrase that triggered the type."),
)
_table(
    "follow_ups",
    "Follow-up tasks written in decisions ('Økonomi udarbejder oplæg …').",
    ("item_id", "position"),
    _ITEM_ID,
    _c("position", "int", "Order within the item, from 1."),
    _c("actor", "string", "Who is to do it, where the sentence says.", True),
    _c("text", "string", "The sentence."),
)
_table(
    "positions",
    "Stances of single members and parties in decisions ('Ole Hansen (V) tog forbehold'). "
    "Abstentions ('undlod at stemme') are not recorded.",
    ("item_id", "seq"),
    _ITEM_ID,
    _c("seq", "int", "Order within the item, from 1 (over its decision sections in order)."),
    _c(
        "section",
        "string",
        "beslutning, tidligere_beslutning (an earlier body's decision) or moedeforloeb "
        "(a note on the item's handling over the decision: 'X erklærede sig inhabil …').",
        isin=("beslutning", "tidligere_beslutning", HANDLING_NOTES),
    ),
    _c("actor", "string", "Who, as written: a name, a party ('Venstre') or a letter ('V')."),
    _c("party", "string", "List letter, where the text gives it or names a national party.", True),
    _c("position", "string", "A key of vocab.POSITION_TYPES.", isin=tuple(POSITION_TYPES)),
    _c("text", "string", "The sentence."),
)
_table(
    "item_themes",
    "Themes of the curated taxonomy assigned to items.",
    ("item_id", "theme"),
    _ITEM_ID,
    _c("theme", "string", "Theme key from the taxonomy (themes.yaml)."),
    _c("score", "float", "Match score; title hits weigh more than body hits."),
    _c("method", "string", "Where the terms were found: title, body or title+body."),
)
_table(
    "item_policy_areas",
    "Policy areas of items (what an item is about, for any forum): areas of "
    "policy_areas.yaml found by KLE main group, title and body; rank 1 is items.policy_area.",
    ("item_id", "area"),
    _ITEM_ID,
    _c("area", "string", "Area key from policy_areas.yaml."),
    _c("rank", "int", "1 for the primary area, then 2, 3, … by strength of evidence."),
    _c("score", "float", "3 per title hit, body hits per 100 words, +6 for the KLE main group."),
    _c("evidence", "string", "What was found: 'KLE 27; title: …; body: …' (matched words)."),
)
_table(
    "topics",
    "Topics discovered by NMF on lemmas, so analysts see what the taxonomy misses.",
    ("topic",),
    _c("topic", "int", "Topic number."),
    _c("label", "string", "Top three terms."),
    _c("top_terms", "string", "Top terms, ';'-joined."),
    _c("weight", "float", "Share of the corpus' topic weight."),
    _c("covered_by_taxonomy", "string", "Taxonomy theme sharing most terms, if any.", True),
)
_table(
    "item_topics",
    "How much of each item falls in each discovered topic.",
    ("item_id", "topic"),
    _ITEM_ID,
    _c("topic", "int", "Topic number (see topics)."),
    _c("weight", "float", "Share of the item's topic weight (shares below 0.05 left out)."),
)
_table(
    "manifest",
    "One row per raw file: what became of it. Nothing is dropped silently.",
    ("source_file",),
    _c("source_file", "string", "Raw file name (relative to the raw folder)."),
    _c("sha256", "string", "SHA-256 of the file's bytes ('' when unreadable)."),
    _c("size_bytes", "int", "File size in bytes."),
    _c("source_format", "string", "Format by file suffix.", True),
    _c("encoding", "string", "Character encoding of text files.", True),
    _c(
        "status",
        "string",
        "ok, warning, rejected, or superseded (an agenda whose minutes arrived: the "
        "minutes replace it in the tables).",
        isin=("ok", "warning", "rejected", "superseded"),
    ),
    _c("message", "string", "What was odd, or why the file was rejected ('' when ok)."),
    _c("meeting_id", "string", "Meeting the file became, where it was parsed.", True),
    _c("n_items", "int", "Items parsed from the file."),
    _c("coverage", "float", "Share of the file's non-blank text placed in some table."),
    _c("layout", "string", "Layout family that recognised the file (None when rejected).", True),
    _c("document_type", "string", "referat or dagsorden (None when rejected).", True),
)


def empty_frame(name: str) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes."""
    spec = TABLES[name]
    return pd.DataFrame({c.name: pd.Series(dtype=_DTYPES[c.dtype]) for c in spec.columns})


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with exactly the spec's columns, in order, cast to their dtypes.

    Missing nullable columns are added as nulls; a missing required column is an error.
    Rows are sorted by the table key and the index reset, so output order is stable.
    """
    out = cast_columns(name, df)
    keys = list(TABLES[name].key)
    if len(out) and not in_key_order(out, keys):
        # The order sort_values would give, from the key columns alone: a table that is
        # in order already (the build combines most tables in key order) is not copied.
        by_key = out[keys].reset_index(drop=True).sort_values(keys, kind="mergesort")
        order = by_key.index.to_numpy()
        del by_key
        if not np.array_equal(order, np.arange(len(order))):
            out = out.take(order)
    return out.reset_index(drop=True)


def in_key_order(df: pd.DataFrame, keys: list[str]) -> bool:
    """Whether a stable sort of ``df`` by ``keys`` would leave its rows where they are:
    each row's keys are at most the next row's, compared column by column (one pass
    instead of a sort of 1.6 million strings, for the tables the build combines in key
    order). False (not known: sort) when a key column holds nulls, which sort last."""
    if any(df[key].isna().any() for key in keys):
        return False
    in_arrow = _rows_ascending(df, keys, strict=False)
    if in_arrow is not None:
        return in_arrow
    ok: np.ndarray | None = None
    for key in reversed(keys):
        values = df[key].to_numpy()
        a, b = values[:-1], values[1:]
        ok = (a <= b) if ok is None else (a < b) | ((a == b) & ok)
    return ok is None or bool(np.all(ok))


def _rows_ascending(df: pd.DataFrame, keys: list[str], strict: bool) -> bool | None:
    """Whether each row's ``keys`` are lexicographically below (``strict``) or at most
    the next row's, compared in Arrow: strings byte by byte, which for UTF-8 is the
    code point order Python compares them in, without a Python string a value (1.6
    million of them in ``sections``). None (not known) for a key column that is not
    Arrow strings or NumPy integers, or that holds a null."""
    import pyarrow as pa
    import pyarrow.compute as pc

    ok: pa.ChunkedArray | pa.Array | None = None
    for key in reversed(keys):
        values = _arrow_values(df[key])
        if values is None or values.null_count:
            return None
        a, b = values[:-1], values[1:]
        if ok is None:
            ok = pc.less(a, b) if strict else pc.less_equal(a, b)
        else:
            ok = pc.or_(pc.less(a, b), pc.and_(pc.equal(a, b), ok))
    return ok is None or len(ok) == 0 or bool(pc.all(ok).as_py())


def _arrow_values(series: pd.Series):  # -> pa.Array | pa.ChunkedArray | None
    """The values of ``series`` as Arrow without a Python object each: its Arrow
    strings, or a view of its NumPy integers; None for anything else."""
    import pyarrow as pa

    array = series.array
    if isinstance(series.dtype, pd.StringDtype) and hasattr(array, "_pa_array"):
        return array._pa_array
    if series.dtype == np.dtype("int64"):
        return pa.array(series.to_numpy())
    return None


def cast_columns(name: str, df: pd.DataFrame, present_only: bool = False) -> pd.DataFrame:
    """``df`` with exactly the spec's columns, in order, cast to their dtypes (rows as
    they are). Cast value by value, so casting parts of a table and joining them gives
    what casting the whole does: the build casts its rows in groups as they arrive.

    With ``present_only`` the columns of ``df`` stay as they are, in their order, and
    only those in the spec are cast (the enrichment adds the others later).
    """
    spec = TABLES[name]
    if present_only:
        dtypes = {c.name: c.dtype for c in spec.columns}
        return df.assign(
            **{col: _cast(df[col], dtypes[col]) for col in df.columns if col in dtypes}
        )
    out = pd.DataFrame(index=df.index)
    for col in spec.columns:
        if col.name in df.columns:
            series = df[col.name]
        elif col.nullable:
            series = pd.Series(pd.NA, index=df.index, dtype="object")
        else:
            raise ValueError(f"table '{name}' lacks required column '{col.name}'")
        out[col.name] = _cast(series, col.dtype)
    return out


def _cast(series: pd.Series, dtype: str) -> pd.Series:
    if dtype == "date":
        return pd.to_datetime(series).astype("datetime64[ns]")
    if dtype in ("string",):
        if isinstance(series.dtype, pd.StringDtype):  # strings already: no Python objects
            return series.astype(pd.StringDtype())
        return series.astype("object").where(series.notna(), None).astype(pd.StringDtype())
    if dtype == "bool":
        return series.astype(bool)
    return series.astype(_DTYPES[dtype])


@cache
def pandera_schema(name: str):  # -> pandera DataFrameSchema
    """The pandera schema of a table, built from its spec."""
    import pandera.pandas as pa

    spec = TABLES[name]
    columns = {}
    for c in spec.columns:
        checks = [pa.Check.isin(list(c.isin))] if c.isin else []
        columns[c.name] = pa.Column(
            _DTYPES[c.dtype], checks=checks, nullable=c.nullable, description=c.doc
        )
    return pa.DataFrameSchema(
        columns,
        strict=True,
        ordered=True,
        unique=list(spec.key),
        name=name,
        description=spec.doc,
    )


def validate(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate ``df`` against the table's schema; raises with every failure listed.

    The checks are pandera's (``pandera_schema``). A table that passes them all in
    ``conforms`` (vectorised, in Arrow where the columns are) is returned as it is;
    any other is handed to pandera, which decides and reports every failure.
    """
    if conforms(name, df):
        return df
    return pandera_schema(name).validate(df, lazy=True)


def conforms(name: str, df: pd.DataFrame) -> bool:
    """Whether ``df`` certainly passes ``pandera_schema(name)``: exactly the spec's
    columns in order, each of exactly its dtype, no null where none is allowed, every
    value in ``isin``, and no key repeated. False means "not known": ``validate`` then
    asks pandera, which may still pass it (pandera also takes e.g. object columns of
    strings), so this only needs to be sound, never complete.

    Pandera spent most of its time on the keys' uniqueness (``DataFrame.duplicated``,
    factorising every key string) and on its per-column machinery; here a table in key
    order, as ``conform`` leaves it, proves its keys unique by one comparison of each
    row with the next.
    """
    spec = TABLES[name]
    if list(df.columns) != spec.column_names:
        return False
    for col in spec.columns:
        series = df[col.name]
        if not _same_dtype(series.dtype, col.dtype):
            return False
        if not col.nullable and series.hasnans:
            return False
        if col.isin is not None and not series.isin(col.isin).where(series.notna(), True).all():
            return False
    return _keys_unique(df, list(spec.key))


def _same_dtype(found: object, dtype: str) -> bool:
    """Whether ``found`` is exactly the spec's dtype (pandera accepts it)."""
    expected = pd.api.types.pandas_dtype(_DTYPES[dtype])
    return type(found) is type(expected) and found == expected


def _keys_unique(df: pd.DataFrame, keys: list[str]) -> bool:
    """Whether no two rows of ``df`` share their ``keys`` (as ``DataFrame.duplicated``
    finds them): certainly so when each row's keys are strictly below the next row's
    (a strict order repeats nothing), else asked of pandas."""
    if len(df) < 2 or _rows_ascending(df, keys, strict=True):
        return True
    return not df.duplicated(subset=keys).any()


def markdown() -> str:
    """The contract as markdown, for docs/tables.md."""
    lines = [
        "# Tables",
        "",
        "Generated from `src/analysis/schema.py` by `minutes schema --markdown`; do not edit.",
        "",
    ]
    for spec in TABLES.values():
        lines += [f"## `{spec.name}`", "", spec.doc, "", f"Key: {', '.join(spec.key)}", ""]
        lines += ["| column | type | null | meaning |", "|---|---|---|---|"]
        for c in spec.columns:
            allowed = f" One of: {', '.join(c.isin)}." if c.isin else ""
            null = "yes" if c.nullable else ""
            lines.append(f"| `{c.name}` | {c.dtype} | {null} | {c.doc}{allowed} |")
        lines.append("")
    return "\n".join(lines)
