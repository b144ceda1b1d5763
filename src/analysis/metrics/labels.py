"""Danish labels of themes, decision types, KLE groups and forums; Danish word order and lists."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

import pandas as pd

from analysis.vocab import DECISION_LABELS_DA

Tables = Mapping[str, pd.DataFrame]
Forum = str | Iterable[str] | None
Years = int | Iterable[int] | None

#: Key for items without a theme, as in analysis.enrich.themes, and its Danish label.
NO_THEME = "andet"
NO_THEME_LABEL_DA = "Andet"
#: Key for items without a decision (vocab.DECISION_TYPES).
NO_DECISION = "none"
#: Key and Danish label for an agenda's (dagsorden) items where items are listed with a
#: decision key (the explorer): not yet treated, which is not "Intet".
AGENDA_ITEM = "agenda"
AGENDA_ITEM_LABEL_DA = "På dagsorden"

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
    """Danish label of a decision type (vocab.DECISION_LABELS_DA); 'Intet' for null,
    'På dagsorden' for ``AGENDA_ITEM``."""
    if key is None or key is pd.NA or (isinstance(key, float) and pd.isna(key)):
        key = NO_DECISION
    if key == AGENDA_ITEM:
        return AGENDA_ITEM_LABEL_DA
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
