"""A learned fallback for policy areas: naive Bayes over the words of labelled titles.

The hand-written terms of ``policy_areas.yaml`` reach what their writers thought of; a
title made only of words they did not write ("Furesø Bad - fremtidig drift") gets no
area, and a title that names only an instrument ("Bevilling til ekstra stillinger i
Myndighed Børn & Familie") gets the general area. This model reads such titles by the
words of titles whose area is known:

- KLE's own subject titles (``data/kle_titles.csv``), each labelled by its main group's
  area (``kle_main_groups`` of the yaml);
- for the shipped model only, the hand-labelled titles (``LABELLED_FILES``: the real
  titles of ``../shared/realworld/titles.csv`` and the written development titles of
  ``tests/fixtures/titles``), a word counting where titles of two municipalities have it.

Features of a title are the features by which ``policy_areas`` looks up KLE words: each
word's forms, compound heads and modifiers ("elevfraværet" -> "elevfravær", "fravær",
"elev"), function words and parts shorter than four letters left out; each feature
counts once per title. Multinomial naive Bayes with a uniform prior (the share of KLE
titles per area says nothing about how often councils meet about it) and additive
smoothing ``ALPHA``.

Applying it is a dict lookup per feature and a sum over the areas: no import of a
learning library, cheap enough for every item of the build. The shipped counts live in
``data/area_model.json``, built deterministically by ``python -m
analysis.enrich.area_model`` (``make area-model``); the held-out protocol trains a model
on KLE half A alone (``kle_model``) and measures it on half B, and
``evaluate_titles.cross_validated`` one per fold of municipalities without the fold's
titles.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Additive smoothing of the feature counts.
ALPHA: float = 0.5
#: A word of the labelled real titles counts when it is in at least this many of them.
LABELLED_MIN_TITLES: int = 2
#: ... and in titles of at least this many municipalities (their place names are noise).
LABELLED_MIN_MUNICIPALITIES: int = 2
#: How many times a labelled real title counts beside one of KLE's subject titles.
LABELLED_WEIGHT: int = 1
#: File of the shipped model, in the package.
MODEL_FILE = "data/area_model.json"
#: Default path of the hand-labelled real titles the shipped model also learns from.
TITLES_CSV = Path("../shared/realworld/titles.csv")
#: The labelled title files the shipped model learns from (paths from the repository's
#: root): the real titles and the development halves of the three written sets
#: (``tests/fixtures/titles``).
LABELLED_FILES: tuple[Path, ...] = (
    TITLES_CSV,
    Path("tests/fixtures/titles/written-dev.csv"),
    Path("tests/fixtures/titles/written2-dev.csv"),
    Path("tests/fixtures/titles/written3-dev.csv"),
)


@dataclass(frozen=True)
class AreaModel:
    """Feature counts per area of a naive Bayes model, and the log probabilities derived
    from them once (``logp``: feature -> {area: log P(feature | area)} for the areas it
    was seen with; ``unseen``: area -> log P of a feature never seen with it)."""

    counts: dict[str, dict[str, int]]
    totals: dict[str, int]
    alpha: float = ALPHA
    logp: dict[str, dict[str, float]] = field(init=False, repr=False, compare=False)
    unseen: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        vocab = len(self.counts)
        denom = {a: math.log(t + self.alpha * vocab) for a, t in sorted(self.totals.items())}
        object.__setattr__(self, "unseen", {a: math.log(self.alpha) - d for a, d in denom.items()})
        logp = {
            f: {a: math.log(n + self.alpha) - denom[a] for a, n in c.items() if a in denom}
            for f, c in self.counts.items()
        }
        object.__setattr__(self, "logp", logp)

    @property
    def areas(self) -> tuple[str, ...]:
        return tuple(sorted(self.totals))

    def posterior(self, features: Iterable[str]) -> dict[str, float]:
        """Area -> probability of a title with these features; empty when none of them
        is known to the model."""
        known = [self.logp[f] for f in dict.fromkeys(features) if f in self.logp]
        if not known:
            return {}
        unseen = self.unseen
        score = dict.fromkeys(unseen, 0.0)
        for lp in known:
            for area in score:
                score[area] += lp.get(area, unseen[area])
        top = max(score.values())
        exp = {a: math.exp(s - top) for a, s in score.items()}
        total = sum(exp.values())
        return {a: e / total for a, e in exp.items()}

    def best(self, features: Iterable[str]) -> tuple[str, float] | None:
        """The most probable area and its probability; None when no feature is known."""
        post = self.posterior(features)
        if not post:
            return None
        area = min(post, key=lambda a: (-post[a], a))
        return area, post[area]

    def to_json(self) -> str:
        """One feature a line, sorted: a rebuild's diff shows what changed."""

        def dump(value: object) -> str:
            return json.dumps(value, ensure_ascii=False, sort_keys=True)

        counts = ",\n".join(f"{dump(f)}: {dump(c)}" for f, c in sorted(self.counts.items()))
        return (
            f'{{"alpha": {dump(self.alpha)},\n"totals": {dump(self.totals)},\n'
            f'"counts": {{\n{counts}\n}}}}\n'
        )

    @classmethod
    def from_json(cls, text: str) -> AreaModel:
        data = json.loads(text)
        return cls(data["counts"], data["totals"], float(data["alpha"]))


#: Words of the agenda's furniture, in any area's titles ("Lukket punkt: ...",
#: "Beslutningssag: ..."): no feature, or a title of nothing else gets an area by them.
FURNITURE: frozenset[str] = frozenset(
    ("punkt", "sag", "beslutningssag", "orienteringssag", "drøftelsessag", "lukket", "lukke")
)


def features(units: Sequence[tuple[str, str]]) -> list[str]:
    """The distinct features of a title's (lower, lemma) words, in title order; the
    agenda's furniture (``FURNITURE``) left out."""
    from analysis.enrich.policy_areas import _word_features

    out: dict[str, None] = {}
    for lower, lemma in units:
        for _, text in _word_features(lower, lemma):
            if text not in FURNITURE:
                out[text] = None
    return list(out)


def train(
    units: Sequence[Sequence[tuple[str, str]]],
    labels: Sequence[str],
    alpha: float = ALPHA,
    min_titles: int = 1,
    base: AreaModel | None = None,
    weight: int = 1,
    groups: Sequence[str] | None = None,
    min_groups: int = 1,
) -> AreaModel:
    """A model from titles' words and their areas, added to the counts of ``base``, each
    title counted ``weight`` times; features found in fewer than ``min_titles`` of these
    titles, or with ``groups`` (a municipality per title) in titles of fewer than
    ``min_groups`` of them, are left out (one municipality's place names say nothing of
    another's titles)."""
    feats = [features(words) for words in units]
    seen = Counter(f for fs in feats for f in fs)
    places: dict[str, set[str]] = defaultdict(set)
    if groups is not None:
        for fs, group in zip(feats, groups, strict=True):
            for f in fs:
                places[f].add(group)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    if base is not None:
        for f, c in base.counts.items():
            counts[f].update(c)
        totals.update(base.totals)
    for fs, area in zip(feats, labels, strict=True):
        kept = [
            f
            for f in fs
            if seen[f] >= min_titles and (groups is None or len(places[f]) >= min_groups)
        ]
        for f in kept:
            counts[f][area] += weight
        totals[area] += weight * len(kept)
    return AreaModel({f: dict(c) for f, c in counts.items()}, dict(totals), alpha)


def _title_units(titles: Sequence[str], areas) -> list[list[tuple[str, str]]]:
    """Words of titles as ``policy_areas`` reads them (route prefix off, coordinated
    compounds written out, street addresses and the ignore phrases of the policy-area
    file masked)."""
    from analysis.enrich import themes
    from analysis.enrich.policy_areas import matching_title
    from analysis.parse import split_title

    clean = [matching_title(split_title(str(t))[0]) for t in titles]
    return themes._units_of(themes._mask(clean, areas.taxonomy.ignore_phrases))


def kle_training(areas, half: str | None = None) -> tuple[list[str], list[str]]:
    """KLE's subject titles (all levels; of ``half`` only, see ``policy_areas.kle_part``)
    with their main groups' areas."""
    from analysis.enrich import policy_areas as pa

    titles, labels = [], []
    for row in pa.kle_title_rows():
        area = areas.kle_map.get(row["code"][:2])
        if area is None or (half is not None and not pa.kle_part(row["code"]).startswith(half)):
            continue
        titles.append(row["title"].replace(" i almindelighed", ""))
        labels.append(area)
    return titles, labels


def labelled_training(path: Path, areas) -> tuple[list[str], list[str], list[str]]:
    """Titles of a labelled titles CSV (``evaluate_titles``) with their labels' areas and
    their municipalities ("" where the file has none)."""
    from analysis import evaluate_titles as et

    df = et.load_titles(path)
    places = df["municipality"] if "municipality" in df.columns else [""] * len(df)
    titles, labels, groups = [], [], []
    for title, group, place in zip(df["title"], df["kle_main_group"], places, strict=True):
        area = areas.kle_map.get(et._main_group(group) or "")
        if area is not None and str(title).strip():
            titles.append(str(title))
            labels.append(area)
            groups.append(str(place))
    return titles, labels, groups


def with_labelled(
    base: AreaModel,
    titles: Sequence[str],
    labels: Sequence[str],
    areas,
    groups: Sequence[str] | None = None,
) -> AreaModel:
    """``base`` plus labelled real titles, their words kept where they are in at least
    ``LABELLED_MIN_TITLES`` of them and, with ``groups`` (their municipalities), in
    titles of at least ``LABELLED_MIN_MUNICIPALITIES``; each counted ``LABELLED_WEIGHT``
    times."""
    units = _title_units(list(titles), areas)
    return train(
        units,
        list(labels),
        min_titles=LABELLED_MIN_TITLES,
        base=base,
        weight=LABELLED_WEIGHT,
        groups=None if groups is None else list(groups),
        min_groups=LABELLED_MIN_MUNICIPALITIES,
    )


def build(
    areas=None, half: str | None = None, titles_csv: Path | Sequence[Path] | None = None
) -> AreaModel:
    """A model from KLE's titles (of ``half`` only) and, with ``titles_csv``, the titles
    of labelled titles files (one or several, read as one set)."""
    from analysis.enrich import policy_areas as pa

    areas = areas or pa.load_policy_areas()
    titles, labels = kle_training(areas, half)
    model = train(_title_units(titles, areas), labels)
    if titles_csv is not None:
        paths = [titles_csv] if isinstance(titles_csv, (str, Path)) else list(titles_csv)
        more: list[str] = []
        more_labels: list[str] = []
        more_groups: list[str] = []
        for path in paths:
            t, lab, grp = labelled_training(Path(path), areas)
            more += t
            more_labels += lab
            more_groups += grp
        model = with_labelled(model, more, more_labels, areas, more_groups)
    return model


@lru_cache(maxsize=8)
def _kle_model_cached(kle_map: tuple[tuple[str, str], ...], half: str | None) -> AreaModel:
    from analysis.enrich import policy_areas as pa

    return build(pa.load_policy_areas(), half)


def kle_model(areas, half: str | None) -> AreaModel:
    """A model from KLE's subject titles alone (of ``half``): the held-out protocol's."""
    if areas.kle_map == _packaged_areas_map():
        return _kle_model_cached(tuple(sorted(areas.kle_map.items())), half)
    return build(areas, half)


def _packaged_areas_map() -> dict[str, str]:
    from analysis.enrich import policy_areas as pa

    return pa.load_policy_areas().kle_map


# The two thresholds and ALPHA were checked on KLE half A alone (the model of inner half
# A0 on A1's titles and the other way round) and on the written development titles: with
# ALPHA 0.1-1.0 and MIN_PROB_GENERAL 0.5-0.9 (or never) inner half A lies between 65.4
# and 66.9 % right and the development titles within one title of each other; lower
# ALPHA leaves fewer titles without area (3.5 % at 0.1, 5.2 % at 0.5) but gets fewer of
# the development titles right.
#: Least probability with which the model gives an area to a title that has none.
MIN_PROB_NONE: float = 0.2
#: Least probability with which the model gives a subject area to a title in which the
#: terms find only a general area (higher: a general area is often right).
MIN_PROB_GENERAL: float = 0.9


def model_for(areas, kle_words_half: str | None) -> AreaModel | None:
    """The model ``policy_areas.item_area_rows`` applies: the shipped one, or with
    ``kle_words_half`` (the held-out protocol) one of that half of KLE's titles only."""
    if kle_words_half is not None:
        return kle_model(areas, kle_words_half)
    return load_model()


#: Least probability with which the model's area goes before areas that only KLE's
#: words found (a KLE word seen in one or two subject titles is weak evidence).
MIN_PROB_KLE_WORDS: float = 0.4


def add_candidates(
    per_item: list[tuple[str, list[tuple[tuple[object, ...], str, float, str]]]],
    title_units: Sequence[Sequence[tuple[str, str]]],
    kle_groups: Sequence[str | None],
    areas,
    kle_words_half: str | None = None,
    model: AreaModel | None = None,
) -> None:
    """Add the model's area to the candidates (rank key, area, score, evidence; sorted,
    see ``policy_areas.item_area_rows``) of items without a KLE group whose candidates
    are none, general areas only or areas of KLE's words only, when it is probable
    enough (``MIN_PROB_NONE``, ``MIN_PROB_GENERAL``, ``MIN_PROB_KLE_WORDS``); a general
    area of the model is added only where there is none. Changes ``per_item`` in place.
    ``model`` is used instead of ``model_for``'s."""
    for i, (_, cands) in enumerate(per_item):
        kle = kle_groups[i]
        if isinstance(kle, str) and kle:
            continue
        if any(not key[1] for key, *_ in cands):
            continue  # a general area made primary by a procedure
        subjects = [c for c in cands if not c[0][2]]
        by_words = bool(subjects) and all(c[3].startswith("KLE-ord") for c in subjects)
        if subjects and not by_words:
            continue
        if model is None:
            model = model_for(areas, kle_words_half)
            if model is None:
                return
        post = model.posterior(features(title_units[i]))
        if not post:
            continue
        area = min(post, key=lambda a: (-post[a], a))
        prob = post[area]
        if area not in areas.keys:
            continue
        general = area in areas.general
        if (general and cands) or any(c[1] == area for c in cands):
            continue
        least = MIN_PROB_GENERAL if cands else MIN_PROB_NONE
        if prob < (MIN_PROB_KLE_WORDS if by_words else least):
            continue
        rank_key: tuple[object, ...] = (True, True, general, False, -prob, 0, area)
        if by_words:  # before the KLE words' areas, whatever their score
            rank_key = (True, True, False, False, -math.inf, 0, area)
        cands.append((rank_key, area, round(prob, 4), f"lært model: {prob:.2f}"))
        cands.sort()


@lru_cache(maxsize=1)
def load_model() -> AreaModel | None:
    """The shipped model (``data/area_model.json``), None when the file is absent."""
    ref = resources.files("analysis").joinpath(MODEL_FILE)
    if not ref.is_file():
        return None
    return AreaModel.from_json(ref.read_text(encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    """Write the shipped model: KLE's titles and the labelled title files."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--titles",
        type=Path,
        action="append",
        default=None,
        help="a labelled titles CSV (repeat for several; default: LABELLED_FILES)",
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent.parent / MODEL_FILE
    )
    args = parser.parse_args(argv)
    paths = args.titles or list(LABELLED_FILES)
    for path in paths:
        if not path.is_file():
            parser.error(f"{path}: no such file (labelled titles)")
    model = build(titles_csv=paths)
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"{args.out}: {len(model.counts)} features, {len(model.totals)} areas")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
