"""Policy areas of agenda items: what an item is about, for any forum (pure, apart from
the loader).

The taxonomy lives in ``analysis/data/policy_areas.yaml``: about twenty areas modelled on
the Danish local policy agendas project (Comparative Agendas Project major topics) and on
KLE's main groups, in the format of the themes taxonomy and matched by its matcher
(``enrich.themes``). Its header documents the evidence and the scoring:

- terms in the title count ``themes.TITLE_WEIGHT`` each, terms in the body count by
  density and are assigned by the themes' body thresholds (``themes.theme_scores_table``);
- the KLE main group of the item's journal number adds ``KLE_WEIGHT`` to the area it maps
  to (``kle_main_groups``) and assigns it;
- the primary area (rank 1) is the KLE area, else the best non-general area found in the
  title, else in the body, else a general area (the municipality's own steering); ties go
  to the area named first in the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from analysis.enrich import themes

#: Score added to the area of the item's KLE main group: worth two title hits.
KLE_WEIGHT: float = 6.0
#: Label of items without an area (charts); the column itself is null there.
NO_AREA_LABEL: str = "Uden område"

_KLE_GROUP = re.compile(r"^[0-9]{2}$")
_TOP_LEVEL = {"areas", "kle_main_groups", "general_areas", "ignore_phrases"}


class PolicyAreaConfigError(themes.ThemeConfigError):
    """The policy-area file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class PolicyAreas:
    """The policy-area taxonomy: areas (a themes ``Taxonomy``), the KLE main group ->
    area map and the general areas (primary only when nothing else is found)."""

    taxonomy: themes.Taxonomy
    kle_map: dict[str, str] = field(default_factory=dict)
    general: frozenset[str] = frozenset()

    @property
    def keys(self) -> list[str]:
        return [a.key for a in self.taxonomy]

    @property
    def labels(self) -> dict[str, str]:
        """Area key -> Danish label, in taxonomy order."""
        return {a.key: a.label for a in self.taxonomy}


def _fail(source: str, problem: str) -> PolicyAreaConfigError:
    return PolicyAreaConfigError(f"{source}: {problem}")


def parse_policy_areas(text: str, source: str) -> PolicyAreas:
    """A policy-area taxonomy from the YAML text of a file (``source`` names it in errors)."""
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise _fail(source, f"not valid YAML: {' '.join(str(exc).split())}") from exc
    if not isinstance(data, dict):
        raise _fail(source, "must be a mapping with an 'areas' list")
    unknown = set(data) - _TOP_LEVEL
    if unknown:
        raise _fail(source, f"unknown top-level field(s) {sorted(unknown)}")
    raw = data.get("areas")
    if not isinstance(raw, list) or not raw:
        raise _fail(source, "'areas' must be a non-empty list")
    # Each area is checked by the themes' own rules, so both files read alike.
    try:
        areas = [themes._parse_theme(a, i, source) for i, a in enumerate(raw)]
    except themes.ThemeConfigError as exc:
        raise PolicyAreaConfigError(str(exc).replace(": theme ", ": area ", 1)) from exc
    keys = [a.key for a in areas]
    doubled = sorted({k for k in keys if keys.count(k) > 1})
    if doubled:
        raise _fail(source, f"area key(s) defined twice: {doubled}")
    kle_raw = data.get("kle_main_groups") or {}
    if not isinstance(kle_raw, dict):
        raise _fail(source, "'kle_main_groups' must map main groups ('00') to area keys")
    kle_map: dict[str, str] = {}
    for group, key in kle_raw.items():
        group = f"{group:02d}" if isinstance(group, int) else str(group)
        if not _KLE_GROUP.match(group):
            raise _fail(source, f"kle_main_groups: {group!r} is not a two-digit main group")
        if key not in keys:
            raise _fail(source, f"kle_main_groups: {group} maps to unknown area {key!r}")
        kle_map[group] = key
    general = themes._str_list(data.get("general_areas"), source, "top level", "general_areas")
    for key in general:
        if key not in keys:
            raise _fail(source, f"general_areas: unknown area {key!r}")
    ignore = themes._str_list(data.get("ignore_phrases"), source, "top level", "ignore_phrases")
    # Unit names are blanked out as in the themes ("afdelingschef for Dagtilbud & Skole").
    base_ignore = themes.load_taxonomy().ignore_phrases
    ignore_all = base_ignore + tuple(p for p in ignore if p not in base_ignore)
    return PolicyAreas(themes.Taxonomy(areas, ignore_all, ()), kle_map, frozenset(general))


@lru_cache(maxsize=1)
def _packaged() -> PolicyAreas:
    ref = resources.files("analysis").joinpath("data/policy_areas.yaml")
    return parse_policy_areas(ref.read_text(encoding="utf-8"), "analysis/data/policy_areas.yaml")


def load_policy_areas(path: Path | None = None) -> PolicyAreas:
    """The packaged policy areas, or those of a user file (same format) used instead."""
    if path is None:
        return _packaged()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(str(path), f"cannot read policy-area file: {exc}") from exc
    return parse_policy_areas(text, str(path))


def policy_area_labels(areas: PolicyAreas | None = None) -> dict[str, str]:
    """Area key -> Danish label, in taxonomy order."""
    return (areas or load_policy_areas()).labels


def kle_main_group(case_number: object) -> str | None:
    """The KLE main group ('27') of a journal number, None when it is not a KLE number."""
    from analysis.enrich.kle import parse_case_number

    case = parse_case_number(case_number) if isinstance(case_number, str) else None
    return case.main_group if case else None


# --- Scoring ----------------------------------------------------------------------------


def _first_position(title: str, terms: str) -> int:
    """Where in the (lower-cased) title the first matched term stands."""
    if not terms:
        return 10_000
    first = terms.split(";")[0].split()[0]
    pos = title.lower().find(first)
    return pos if pos >= 0 else 10_000


def _evidence(kle: str | None, title_terms: str, body_terms: str) -> str:
    parts = []
    if kle:
        parts.append(f"KLE {kle}")
    if title_terms:
        parts.append("title: " + ", ".join(dict.fromkeys(title_terms.split(";"))))
    if body_terms:
        parts.append("body: " + ", ".join(dict.fromkeys(body_terms.split(";"))))
    return "; ".join(parts)


def item_area_rows(
    item_ids: Sequence[str],
    titles: Sequence[str | None],
    bodies: Sequence[str],
    kle_groups: Sequence[str | None],
    areas: PolicyAreas | None = None,
) -> list[tuple[str, str, int, float, str]]:
    """Rows (item_id, area, rank, score, evidence) of ``item_policy_areas`` for items.

    ``kle_groups`` holds each item's KLE main group ('27') or None. Rank 1 is the primary
    area (see the module docstring); items without any area have no row.
    """
    areas = areas or load_policy_areas()
    ids = [str(i) for i in item_ids]
    clean_titles = ["" if t is None or pd.isna(t) else str(t) for t in titles]
    items = pd.DataFrame({"item_id": ids, "title": clean_titles})
    sections = pd.DataFrame(
        {
            "item_id": ids,
            "section": "body",
            "position": 1,
            "text": [b if isinstance(b, str) else "" for b in bodies],
        }
    )
    scores = themes.theme_scores_table(items, sections, areas.taxonomy)
    by_item: dict[str, list[dict[str, object]]] = {i: [] for i in ids}
    for r in scores.itertuples(index=False):
        by_item[r.item_id].append(r._asdict())
    title_of = dict(zip(ids, clean_titles, strict=True))
    out: list[tuple[str, str, int, float, str]] = []
    for item_id, kle in zip(ids, kle_groups, strict=True):
        kle = kle if isinstance(kle, str) and kle else None
        kle_area = areas.kle_map.get(kle) if kle else None
        found = {str(r["theme"]): r for r in by_item[item_id]}
        candidates = []
        for key in areas.keys:
            r = found.get(key)
            is_kle = key == kle_area
            if not is_kle and (r is None or not r["assigned"]):
                continue
            title_terms = str(r["title_terms"]) if r is not None else ""
            body_terms = str(r["body_terms"]) if r is not None else ""
            score = (float(r["score"]) if r is not None else 0.0) + (KLE_WEIGHT if is_kle else 0)
            rank_key = (
                not is_kle,
                key in areas.general,
                not title_terms,
                -score,
                _first_position(title_of[item_id], title_terms),
                key,
            )
            evidence = _evidence(kle if is_kle else None, title_terms, body_terms)
            candidates.append((rank_key, key, round(score, 4), evidence))
        candidates.sort()
        for rank, (_, key, score, evidence) in enumerate(candidates, start=1):
            out.append((item_id, key, rank, score, evidence))
    return out


def item_policy_areas_table(
    items: pd.DataFrame,
    sections: pd.DataFrame | None = None,
    areas: PolicyAreas | None = None,
) -> pd.DataFrame:
    """The ``item_policy_areas`` table for items.

    items: item_id, title, and kle_main_group or case_number (optional). sections:
    item_id, section, position, text (optional; Bilag is left out of the body as for
    themes). Out: item_id, area, rank (1 = primary), score, evidence.
    """
    ids = items["item_id"].astype(str).tolist()
    if sections is not None and len(sections):
        pairs = sections.sort_values(["item_id", "position"], kind="mergesort")
        grouped = {
            k: themes.item_body(zip(g["section"], g["text"].fillna("").astype(str), strict=True))
            for k, g in pairs.groupby(pairs["item_id"].astype(str), sort=False)
        }
        bodies = [grouped.get(i, "") for i in ids]
    else:
        bodies = [""] * len(ids)
    if "kle_main_group" in items.columns:
        groups = [g if isinstance(g, str) else None for g in items["kle_main_group"].tolist()]
    elif "case_number" in items.columns:
        groups = [kle_main_group(c) for c in items["case_number"].tolist()]
    else:
        groups = [None] * len(ids)
    rows = item_area_rows(ids, items["title"].tolist(), bodies, groups, areas)
    out = pd.DataFrame(rows, columns=["item_id", "area", "rank", "score", "evidence"])
    return out.astype({"rank": "int64", "score": "float64"})


def primary_area(item_policy_areas: pd.DataFrame) -> pd.Series:
    """item_id -> primary area (rank 1) of the items that have one."""
    first = item_policy_areas.loc[item_policy_areas["rank"] == 1]
    return pd.Series(first["area"].to_numpy(), index=first["item_id"].astype(str), name="area")


def classify_titles(
    titles: Sequence[str], areas: PolicyAreas | None = None
) -> list[str | None]:
    """The primary area of each title taken alone as an item (None: no area).

    A route prefix ("MBU/ØU/KB - ") is taken off first, as the parser does for items.
    """
    from analysis.parse import split_title

    titles = [split_title(str(t))[0] for t in titles]
    ids = [f"t{i:06d}" for i in range(len(titles))]
    rows = item_area_rows(ids, list(titles), [""] * len(ids), [None] * len(ids), areas)
    first = {r[0]: r[1] for r in rows if r[2] == 1}
    return [first.get(i) for i in ids]


__all__ = [
    "KLE_WEIGHT",
    "NO_AREA_LABEL",
    "PolicyAreaConfigError",
    "PolicyAreas",
    "classify_titles",
    "item_area_rows",
    "item_policy_areas_table",
    "kle_main_group",
    "load_policy_areas",
    "parse_policy_areas",
    "policy_area_labels",
    "primary_area",
]
