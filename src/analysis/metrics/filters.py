"""Selection: the tables restricted to forums, municipalities and years.

Forum and municipality names match without regard to case and accents (``fold``), in
every output; a filter that matches nothing is an error naming what exists."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from analysis.enrich.cases import STANDING_TITLE, case_keys
from analysis.errors import UsageError
from analysis.metrics.labels import (
    Forum,
    Tables,
    Years,
)

# --- matching names -------------------------------------------------------------------

#: Danish letters and their two ASCII spellings ('Økonomiudvalget': oekonomi-, okonomi-).
_DANISH_ASCII = (("æ", ("ae", "a")), ("ø", ("oe", "o")), ("å", ("aa", "a")))


def fold(name: object) -> frozenset[str]:
    """The spellings a forum or municipality name may be written in, for matching.

    Case, accents ('é'), runs of spaces, dashes and underscores do not count, and æ/ø/å may
    be written ae/oe/aa or a/o/a: 'chefforum', 'CHEFFORUM' and 'Okonomiudvalget' match
    'Chefforum' and 'Økonomiudvalget'. Two names match when their spellings meet.
    """
    return _fold(str(name))


@lru_cache(maxsize=1 << 16)
def _fold(name: str) -> frozenset[str]:
    """``fold`` of a text (cached: reports fold every word of a sentence, and the same
    names and words come again and again)."""
    text = re.sub(r"[\s_\-–]+", " ", name.casefold()).strip()
    spellings = {text}
    for i in (0, 1):
        ascii_ = text
        for letter, pair in _DANISH_ASCII:
            ascii_ = ascii_.replace(letter, pair[i])
        spellings.add(ascii_)
    spellings |= {_strip_accents(s) for s in spellings}
    # 'Albertslund' names the municipality as well as 'Albertslund Kommune' does
    return frozenset(spellings | {s.removesuffix(" kommune") for s in spellings})


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def names_match(a: object, b: object) -> bool:
    """True when ``a`` and ``b`` name the same forum or municipality (see ``fold``)."""
    return bool(fold(a) & fold(b))


def matching(column: pd.Series, wanted: Iterable[object]) -> pd.Series:
    """Rows of ``column`` (forum or municipality names) that match one of ``wanted``."""
    keys = set().union(*(fold(w) for w in wanted))
    values = column.astype("object")
    hit = {v: bool(fold(v) & keys) for v in values.dropna().unique()}
    return values.map(hit).fillna(False).astype(bool)


class EmptySelectionError(UsageError, ValueError):
    """A filter matches no meeting: the message names the forums and years that exist
    (exit code 2), and nothing is written."""


def check_selection(
    tables: Tables, forum: Forum = None, years: Years = None, municipality: Forum = None
) -> None:
    """Raise :class:`EmptySelectionError` when the filters match no meeting."""
    meetings = tables["meetings"]
    if select(tables, forum, years, municipality=municipality)["meetings"].empty:
        asked = [
            f"{what} {', '.join(str(v) for v in sorted(_as_set(value) or (), key=str))}"
            for what, value in (("forum", forum), ("kommune", municipality), ("år", years))
            if value is not None
        ]
        raise EmptySelectionError(
            f"Ingen møder for {' og '.join(asked) or 'udvalget'}; intet er skrevet. "
            + what_exists(meetings)
        )


def what_exists(meetings: pd.DataFrame) -> str:
    """'Fora: Chefforum (2022-2025). År med møder: 2022, 2023, 2024, 2025.'"""
    if meetings.empty:
        return "Tabellerne har ingen møder."
    parts = []
    for name, group in sorted(meetings.groupby(meetings["forum"].astype(str)), key=lambda g: g[0]):
        years = group["year"].dropna().astype(int)
        lo, hi = int(years.min()), int(years.max())
        parts.append(f"{name} ({lo if lo == hi else f'{lo}-{hi}'})")
    years = sorted({int(y) for y in meetings["year"].dropna()})
    return f"Fora: {', '.join(parts)}. År med møder: {', '.join(str(y) for y in years)}."


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
    tables: Tables,
    forum: Forum = None,
    years: Years = None,
    include_standing: bool = True,
    *,
    municipality: Forum = None,
) -> dict[str, pd.DataFrame]:
    """The tables restricted to meetings of ``forum`` (in ``municipality``) held in ``years``.

    forum, municipality: one name or several, matched as ``fold`` says (case, accents and
    ASCII spellings of æ/ø/å do not count); years: one year or several.
    ``include_standing=False`` also drops the standing items (agenda approval, Eventuelt,
    themes for coming meetings; see ``standing_items``). Every table with an item_id
    follows the items, every other table with a meeting_id (participants, manifest)
    follows the meetings, cases keep the journal numbers still present; topics are
    corpus-wide and kept. No filter: the same frames.
    """
    forums, year_set, munis = _as_set(forum), _as_set(years), _as_set(municipality)
    if forums is None and year_set is None and munis is None and include_standing:
        return dict(tables)
    meetings = tables["meetings"]
    keep = pd.Series(True, index=meetings.index)
    if forums is not None:
        keep &= matching(meetings["forum"], forums)
    if munis is not None:
        where = meetings.get("municipality", pd.Series(None, index=meetings.index))
        keep &= matching(where, munis)
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
            out[name] = df[_selected_cases(df, items, meetings)]
        else:
            out[name] = df
    return out


def _selected_cases(cases: pd.DataFrame, items: pd.DataFrame, meetings: pd.DataFrame) -> pd.Series:
    """Rows of ``cases`` whose journal number and municipality an item of the selection
    carries (the municipality only where the cases table has it: older builds lack it)."""
    if "municipality" not in cases or "municipality" not in meetings:
        return is_member(cases["case_number"], set(items["case_number"].dropna()))
    owners = items["meeting_id"].map(meetings.set_index("meeting_id")["municipality"])
    wanted = case_keys(items["case_number"], owners).dropna()
    return is_member(case_keys(cases["case_number"], cases["municipality"]), set(wanted))


def standing_items(items: pd.DataFrame) -> pd.Series:
    """True for the standing items every meeting has (agenda approval, Eventuelt, …).

    Judged by the item's title (analysis.enrich.cases.STANDING_TITLE), not by
    items.standing_case: a standing journal number is sometimes reused for a real item.
    """
    return items["title"].astype("object").fillna("").astype(str).str.match(STANDING_TITLE)


def _items(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> pd.DataFrame:
    """Selected items with the meeting's forum and year (and document_type, where the
    meetings have it) added (a new frame)."""
    sel = select(tables, forum, years, include_standing)
    cols = ["meeting_id", "forum", "year", "document_type"]
    meetings = sel["meetings"][[c for c in cols if c in sel["meetings"]]]
    items = sel["items"].drop(columns=["forum", "year", "document_type"], errors="ignore")
    return items.merge(meetings, on="meeting_id", how="left")


def of_minutes(frame: pd.DataFrame) -> pd.Series:
    """Whether each row (an item, or a meeting) belongs to minutes, not to an agenda
    (``document_type`` 'dagsorden', where the frame has it): an agenda's items have decided
    nothing yet, so they have no place in decision shares (nor under "Intet")."""
    if "document_type" not in frame:
        return pd.Series(True, index=frame.index)
    return frame["document_type"].astype("object") != "dagsorden"


def _year_span(tables: Tables, forum: Forum = None, years: Years = None) -> list[int]:
    """The requested years, else every year from the first to the last selected meeting."""
    if years is not None:
        return sorted(int(y) for y in _as_set(years) or ())
    found = select(tables, forum, years)["meetings"]["year"].dropna().astype(int)
    if found.empty:
        return []
    return list(range(int(found.min()), int(found.max()) + 1))
