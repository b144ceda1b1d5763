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
  to the area named first in the title; a general area is primary beside a subject when
  the title names a procedural term (``procedural_terms``: "Mødeplan for
  Skoleudvalget") or elects members of the council's own bodies ("Valg af medlemmer
  til Børne- og Skoleudvalget": ``council``, ``council_words``); the areas that a
  committee's name joins are ranked by ``committee_order`` (the larger budget first);
  an area the title names only by ``yielding_terms`` (whom the item is for, the kind of
  plan: "flygtninge", "helhedsplan") gives way to any other subject the title names,
  and so does an area named only by the sender before a colon ("Indstilling fra Teknik
  og Miljø: …": ``sender_words``);
- a title in which the hand-written terms find no area is looked up in the vocabulary
  of KLE's own subject titles (``kle_words``): every word of the 2,200 KLE titles, and
  every head and modifier of their compounds (``compounds.word``), that belongs mostly
  (``KLE_WORD_PURITY``) to the main groups of one area votes for it; each title word
  votes once, by the word itself, else its head, else its modifier ("elevfraværet" ->
  "fravær", "elev"). This is the fallback that does not depend on which titles the
  terms were tuned on;
- a title still without an area, with a general area only or with areas of KLE's
  words only, gets the area of the learned fallback (``enrich.area_model``: naive Bayes
  over the words of KLE's subject titles and the labelled titles) when it is probable
  enough;
- coordinated compounds are written out before matching ("idræts- og svømmehaller" ->
  "idrætshaller og svømmehaller": ``compounds.expand_coordinated``).
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from analysis.compounds import expand_coordinated
from analysis.config import POLICY_AREAS_FILE_ENV
from analysis.enrich import themes

#: Score added to the area of the item's KLE main group: worth two title hits.
KLE_WEIGHT: float = 6.0
#: Score of the council's area where only its own bodies' rule found it (one title hit).
TITLE_WEIGHT: float = themes.TITLE_WEIGHT
#: Label of items without an area (charts); the column itself is null there.
NO_AREA_LABEL: str = "Uden område"

#: Score of an area found only through KLE's subject-title words, per word and scaled by
#: the word's purity (below one title term).
KLE_WORDS_WEIGHT: float = 1.0
#: A KLE word (or compound part) votes for an area when at least this share of the KLE
#: titles it occurs in belong to the area's main groups (one title is enough). Tuned on
#: the two inner halves of KLE half A only (``evaluate_titles.tune_kle_words``): the most
#: right of the strict majorities tried (0.5 would let a word seen once in each of two
#: areas vote for either).
KLE_WORD_PURITY: float = 0.6
#: KLE words and compound parts shorter than this are too ambiguous to vote.
KLE_WORD_MIN: int = 4

_KLE_GROUP = re.compile(r"^[0-9]{2}$")
_TOP_LEVEL = {
    "areas",
    "kle_main_groups",
    "general_areas",
    "procedural_terms",
    "ignore_phrases",
    "council",
    "committee_order",
    "yielding_terms",
}
_COUNCIL_FIELDS = {"area", "membership", "bodies", "external"}
#: A title of nothing but a committee's name, as agendas write it (definite): "Børne- og
#: Skoleudvalget", "Job-, Udvikling- og Fritidsudvalget", "Økonomi, Erhvervs- og
#: Planudvalget" (KLE's "Koordinationsudvalg" names a kind of committee).
_COMMITTEE_NAME = re.compile(
    r"^(?:[^\W\d_]+(?:-,?|,)\s+(?:og\s+)?)*[^\W\d_]*udvalget\.?$", re.IGNORECASE
)
#: The sender before a colon ("Indstilling fra Teknik og Miljø: Letbanen etape 2", "Sag
#: fra Borgmesterens Afdeling: …"): a department names its whole field, the rest of the
#: title what the item is about.
_SENDER = re.compile(
    r"^\s*(?:[^\W\d_]*indstilling|sag|beretning|redegørelse|orientering)\s+fra\s+([^:]{3,80}):\s",
    re.IGNORECASE,
)


#: A street address ("Skolevej 8", "Jernbanegade 19", "Søborg Hovedgade 129-137"): where
#: the item is, not what it is about; blanked out of titles before the terms match.
_ADDRESS = re.compile(
    r"\b[A-ZÆØÅ][^\W\d_]*(?:vej|vejen|gade|stræde|allé|alle|plads|torv|vænge|vænget"
    r"|boulevard)\s+\d{1,3}[a-zA-Z]?\b(?:\s*-\s*\d{1,3}[a-zA-Z]?\b)?"
)


#: Every street word ``_ADDRESS`` ends a name with holds one of these (written in lower
#: case there, as here: the pattern is case-sensitive).
_STREET_WORDS = ("vej", "gade", "stræde", "allé", "alle", "plads", "torv", "vænge", "boulevard")


def mask_addresses(title: str) -> str:
    """The title with street addresses (``_ADDRESS``) blanked out (spaces, same length)."""
    if _DIGIT.search(title) is None:  # no address without a digit (most titles)
        return title
    # (nor without a street word: the pattern, tried at each word of a title with a digit,
    # costs some twenty times these substring tests)
    if not any(word in title for word in _STREET_WORDS):
        return title
    return _ADDRESS.sub(lambda m: " " * len(m.group(0)), title)


_DIGIT = re.compile(r"\d")


def matching_title(title: str) -> str:
    """A title as the terms and the learned model read it: coordinated compounds written
    out, street addresses masked. One function, so the model learns from titles cleaned
    exactly as the items it classifies."""
    return mask_addresses(expand_coordinated(title))


def sender_words(title: str) -> frozenset[str]:
    """The lower-case words of a title's sender prefix (``_SENDER``), empty when none."""
    m = _SENDER.match(title)
    return frozenset(re.findall(r"\w+", m.group(1).lower())) if m else frozenset()


def _only_sender(title_terms: str, sender: frozenset[str]) -> bool:
    """Whether every matched title term lies in the title's sender prefix."""
    return bool(sender) and all(set(t.split()) <= sender for t in title_terms.split(";"))


class PolicyAreaConfigError(themes.ThemeConfigError):
    """The policy-area file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class PolicyAreas:
    """The policy-area taxonomy: areas (a themes ``Taxonomy``), the KLE main group ->
    area map and the general areas (primary only when nothing else is found)."""

    taxonomy: themes.Taxonomy
    kle_map: dict[str, str] = field(default_factory=dict)
    general: frozenset[str] = frozenset()
    #: Words of a general area that make it primary even beside a subject: a committee's
    #: meeting plan is about its steering, not its field.
    procedural: tuple[str, ...] = ()
    #: The council's own bodies (``council`` in the yaml): its area, and a taxonomy of two
    #: entries, the membership words and the council's bodies (the external committees
    #: as the latter's exclusions); None when the file has no such section.
    council_area: str | None = None
    council: themes.Taxonomy | None = None
    #: Areas from the largest municipal budget down: a committee whose name joins several
    #: areas is about the first of them in this order (``committee_order`` in the yaml).
    committee_order: tuple[str, ...] = ()
    #: Words that name whom an item is for or what kind of plan it makes ("flygtninge",
    #: "helhedsplan"), not what it is about: an area found in the title by such words
    #: alone gives way to any other subject area of the title (``yielding_terms``).
    yielding: tuple[str, ...] = ()

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
    data = _mapping(data, _TOP_LEVEL, source, "must be a mapping with an 'areas' list", "top-level")
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
    procedural = _one_words(data, "procedural_terms", source)
    yielding = _one_words(data, "yielding_terms", source)
    ignore = themes._str_list(data.get("ignore_phrases"), source, "top level", "ignore_phrases")
    council_area, council = _parse_council(data.get("council"), keys, source)
    order = themes._str_list(data.get("committee_order"), source, "top level", "committee_order")
    for key in order:
        if key not in keys:
            raise _fail(source, f"committee_order: unknown area {key!r}")
    # Only this file's phrases: the themes' unit names ("Børn & Familie", masked also
    # when written "Børn og familie") say which area an item is about.
    return PolicyAreas(
        themes.Taxonomy(areas, tuple(dict.fromkeys(ignore)), ()),
        kle_map,
        frozenset(general),
        tuple(t.lower() for t in procedural),
        council_area,
        council,
        tuple(dict.fromkeys(order)),
        tuple(t.lower() for t in yielding),
    )


def _one_words(data: dict, name: str, source: str) -> list[str]:
    """A top-level list of one-word terms (with * for parts, as ``procedural_terms``)."""
    terms = themes._str_list(data.get(name), source, "top level", name)
    for term in terms:
        if " " in term.strip() or not term.strip("*"):
            raise _fail(source, f"{name}: {term!r} is not one word (with * for parts)")
    return terms


def _mapping(value: Any, fields: set[str], source: str, must: str, where: str) -> dict:
    """``value`` when it is a mapping of known fields; else the error saying why not."""
    if not isinstance(value, dict):
        raise _fail(source, must)
    unknown = set(value) - fields
    if unknown:
        raise _fail(source, f"{where} unknown field(s) {sorted(unknown)}")
    return value


def _parse_council(
    raw: Any, keys: Sequence[str], source: str
) -> tuple[str | None, themes.Taxonomy | None]:
    """The ``council`` section: its area and the matcher's taxonomy (see ``PolicyAreas``)."""
    if raw is None:
        return None, None
    must = "'council' must map area, membership, bodies and external"
    raw = _mapping(raw, _COUNCIL_FIELDS, source, must, "council:")
    area = raw.get("area")
    if area not in keys:
        raise _fail(source, f"council: area {area!r} is not an area key")
    lists = {}
    for name in ("membership", "bodies", "external"):
        lists[name] = themes._str_list(raw.get(name), source, "council", name)
        for term in lists[name]:
            themes._check_term(term, source, "council", name)
            if name == "external" and len(term.split()) > 1:
                raise _fail(source, f"council: external {term!r} must be a single word")
    for name in ("membership", "bodies"):
        if not lists[name]:
            raise _fail(source, f"council: '{name}' is missing or empty")
    low = {k: tuple(t.lower() for t in v) for k, v in lists.items()}
    members = themes.Theme("membership", "Medlemskab", "", low["membership"])
    bodies = themes.Theme("bodies", "Rådets organer", "", low["bodies"], low["external"])
    return area, themes.Taxonomy([members, bodies])


@lru_cache(maxsize=1)
def _packaged() -> PolicyAreas:
    ref = resources.files("analysis").joinpath("data/policy_areas.yaml")
    return parse_policy_areas(ref.read_text(encoding="utf-8"), "analysis/data/policy_areas.yaml")


def load_policy_areas(path: Path | None = None) -> PolicyAreas:
    """The packaged policy areas, or those of a user file (same format) used instead:
    ``path``, or when None the file named by $MINUTES_POLICY_AREAS_FILE."""
    if path is None and os.environ.get(POLICY_AREAS_FILE_ENV):
        path = Path(os.environ[POLICY_AREAS_FILE_ENV])
    if path is None:
        return _packaged()
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise _fail(str(path), f"cannot read policy-area file: {exc}") from exc
    # Parsed once per version of the file: the build loads the areas for every meeting.
    return _user_file(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _user_file(path: str, mtime_ns: int, size: int) -> PolicyAreas:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, f"cannot read policy-area file: {exc}") from exc
    return parse_policy_areas(text, path)


def policy_area_labels(areas: PolicyAreas | None = None) -> dict[str, str]:
    """Area key -> Danish label, in taxonomy order."""
    return (areas or load_policy_areas()).labels


def kle_main_group(case_number: object) -> str | None:
    """The KLE main group ('27') of a journal number, None when it is not a KLE number."""
    from analysis.enrich.kle import main_group

    return main_group(case_number) if isinstance(case_number, str) else None


# --- KLE subject-title words -----------------------------------------------------------


def kle_half(code: str) -> str:
    """'A' or 'B': the fixed half of KLE a subject code belongs to, by its level-2 group
    ("27.12"), so that a group and its subjects never fall in both halves. The held-out
    protocol (``evaluate_titles.protocol``) builds the KLE words from half A only and
    measures on half B."""
    return "AB"[_group_hash(code) % 2]


def kle_part(code: str) -> str:
    """'A0', 'A1', 'B0' or 'B1': the half (``kle_half``) and, within it, the fixed inner
    half by level-2 group. Thresholds are tuned on half A alone: KLE words of A0
    measured on A1 and the other way round (``evaluate_titles.tune_kle_words``)."""
    return kle_half(code) + str(_group_hash(code, "/inner") % 2)


def _group_hash(code: str, salt: str = "") -> int:
    group = str(code)[:5]
    return int(hashlib.md5((group + salt).encode("utf-8")).hexdigest(), 16)


@lru_cache(maxsize=1)
def kle_title_rows() -> tuple[dict[str, str], ...]:
    """The rows (code, level, title) of KLE's subject titles (``data/kle_titles.csv``)."""
    ref = resources.files("analysis").joinpath("data/kle_titles.csv")
    with ref.open(encoding="utf-8") as fh:
        return tuple(r for r in csv.DictReader(fh) if r.get("title"))


@lru_cache(maxsize=8)
def _kle_words_cached(
    kle_map: tuple[tuple[str, str], ...], half: str | None, purity: float
) -> dict[str, dict[str, float]]:

    groups = dict(kle_map)
    rows = [r for r in kle_title_rows() if half is None or kle_part(r["code"]).startswith(half)]
    # Each distinct word of KLE, and each head and modifier of its compounds, with the
    # areas of the titles it occurs in ("hjemmehjælp" counts for "hjælp" and "hjemme").
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for row, units in zip(rows, themes._units_of([r["title"] for r in rows]), strict=True):
        area = groups.get(row["code"][:2])
        if area is None:
            continue
        found = {f for lower, lemma in units for _, f in _word_features(lower, lemma)}
        for word in found:
            by_word[word][area] += 1
    vocab: dict[str, dict[str, float]] = {}
    for word, counts in by_word.items():
        area, n = counts.most_common(1)[0]
        share = n / sum(counts.values())
        if share >= purity:
            vocab[word] = {area: round(share, 3)}
    return vocab


@lru_cache(maxsize=1)
def _feature_stop_words() -> frozenset[str]:
    from analysis.compounds import stop_words

    return stop_words() | themes.EXTRA_STOP_WORDS


@lru_cache(maxsize=100_000)
def _word_features(lower: str, lemma: str) -> tuple[tuple[str, str], ...]:
    """(kind, text) under which a word is looked up among the KLE words, most specific
    first: its forms (longest first), then its compound heads, then its modifiers
    (``compounds.word``); parts shorter than ``KLE_WORD_MIN`` and function words left
    out. Cached: every title's words are looked up (the policy-area model's features,
    the KLE words), and most recur."""
    from analysis.compounds import word

    stop = _feature_stop_words()
    if len(lower) < KLE_WORD_MIN or lower in stop:
        return ()  # short words vote by no form ("nyt", lemma "nytte")
    parts = word(lemma, lower)
    out = []
    for kind, texts in (("form", parts.forms), ("head", parts.heads), ("mod", parts.modifiers)):
        out += [
            (kind, t)
            for t in sorted(texts, key=lambda t: (-len(t), t))
            if len(t) >= KLE_WORD_MIN and t.isalpha() and t not in stop
        ]
    return tuple(out)


def kle_words(
    areas: PolicyAreas | None = None, half: str | None = None, purity: float | None = None
) -> dict[str, dict[str, float]]:
    """Word (base form) -> {area: share} of the words of KLE's subject titles that belong
    (almost) only to one area through the KLE map of ``areas``; with ``half`` ('A' or
    'B', see ``kle_half``; or an inner half 'A0', see ``kle_part``) of those titles
    only; ``purity`` instead of ``KLE_WORD_PURITY``."""
    areas = areas or load_policy_areas()
    purity = KLE_WORD_PURITY if purity is None else purity
    return _kle_words_cached(tuple(sorted(areas.kle_map.items())), half, purity)


def kle_word_areas(
    units: Sequence[tuple[str, str]], vocab: dict[str, dict[str, float]]
) -> dict[str, list[tuple[str, float]]]:
    """Area -> (KLE word, share) of a title's (lower, lemma) words, in title order: each
    word votes once, by its most specific feature found among the KLE words (the word,
    else its compound head, else its modifier)."""
    found: dict[str, list[tuple[str, float]]] = {}
    for lower, lemma in units:
        for _, text in _word_features(lower, lemma):
            if text in vocab:
                ((area, share),) = vocab[text].items()
                found.setdefault(area, []).append((text, share))
                break
    return found


# --- Scoring ----------------------------------------------------------------------------


def _first_position(low_title: str, terms: str) -> int:
    """Where in the lower-cased title the first matched term stands."""
    if not terms:
        return 10_000
    first = terms.split(";")[0].split()[0]
    pos = low_title.find(first)
    return pos if pos >= 0 else 10_000


def _word_is(word: str, terms: Sequence[str]) -> bool:
    """Whether a word is one of one-word terms ('mødeplan*': prefix, '*dagsorden': head,
    '*asyl*': inside, else the whole word)."""
    whole, prefixes, heads, inside = _term_kinds(tuple(terms))
    return (
        word in whole
        or word.startswith(prefixes)
        or word.endswith(heads)
        or any(core in word for core in inside)
    )


@lru_cache(maxsize=32)
def _term_kinds(
    terms: tuple[str, ...],
) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """One-word terms sorted by kind, once per list: (whole words, prefixes, heads,
    insides), their cores without the stars. ``_word_is`` then tests a word with a set
    look-up and one ``startswith``/``endswith`` each instead of a Python loop over the
    terms (it runs for every candidate area of every item)."""
    whole, prefixes, heads, inside = set(), [], [], []
    for term in terms:
        core = term.strip("*")
        if term.startswith("*") and term.endswith("*"):
            inside.append(core)
        elif term.endswith("*"):
            prefixes.append(core)
        elif term.startswith("*"):
            heads.append(core)
        else:
            whole.add(core)
    return frozenset(whole), tuple(prefixes), tuple(heads), tuple(inside)


def _is_procedural(title_terms: str, procedural: Sequence[str]) -> bool:
    """Whether a matched title word is a procedural term (``_word_is``)."""
    return any(_word_is(w, procedural) for w in " ".join(title_terms.split(";")).split())


def _only_yielding(title_terms: str, yielding: Sequence[str]) -> bool:
    """Whether every matched title term has a word that is a yielding term
    (``PolicyAreas.yielding``): the area names whom the item is for, not its subject."""
    return bool(yielding) and all(
        any(_word_is(w, yielding) for w in term.split()) for term in title_terms.split(";")
    )


#: The council rule's matcher by taxonomy (its own cache: the themes' matcher cache keeps
#: the last two taxonomies asked for, the themes' and the areas').
_COUNCIL_MATCHERS: dict[tuple[themes.Theme, ...], themes._Matcher] = {}


def _council_matcher(council: themes.Taxonomy) -> themes._Matcher:
    key = tuple(council)
    matcher = _COUNCIL_MATCHERS.get(key)
    if matcher is None:
        matcher = _COUNCIL_MATCHERS[key] = themes._Matcher(council)
    return matcher


def council_words(
    title: str, units: Sequence[tuple[str, str]], matcher: themes._Matcher | None
) -> list[str]:
    """The words that make an item the council's own steering (``council`` in the yaml):
    a membership word and one of the council's own bodies ("valg af", "skoleudvalget"),
    or a title of nothing but a committee's name; [] when there are none. ``title`` is
    the title as written (before coordinated compounds are written out), ``units`` its
    words as matched, ``matcher`` the rule's (``_council_matcher``; None: no rule)."""
    if matcher is None:
        return []
    membership, bodies = matcher.hits(units)
    if bodies and (membership or _COMMITTEE_NAME.match(title.strip())):
        return list(dict.fromkeys([*membership, *bodies]))
    return []


def _evidence(kle: str | None, title_terms: str, body_terms: str) -> str:
    parts = []
    if kle:
        parts.append(f"KLE {kle}")
    if title_terms:
        parts.append("title: " + ", ".join(dict.fromkeys(title_terms.split(";"))))
    if body_terms:
        parts.append("body: " + ", ".join(dict.fromkeys(body_terms.split(";"))))
    return "; ".join(parts)


def _committee_ranked(
    candidates: list[tuple[tuple[object, ...], str, float, str]], order: Sequence[str]
) -> list[tuple[tuple[object, ...], str, float, str]]:
    """The candidates with the areas that a committee's name alone found ("Erhvervs- og
    Arbejdsmarkedsudvalgets område": business, employment) ranked by ``order`` instead of
    by where they stand in the name, at the place of the name's first word."""
    named = [
        c
        for c in candidates
        if c[3].startswith("title: ")
        and all("udvalg" in w for w in c[3].split(";")[0][len("title: ") :].split(", "))
    ]
    if len(named) < 2:
        return candidates
    first = min(int(c[0][5]) for c in named)  # type: ignore[call-overload]
    rank = {key: i for i, key in enumerate(order)}
    out = [c for c in candidates if c not in named]
    for key, area, score, evidence in named:
        place = first + rank.get(area, len(order)) / (len(order) + 1)
        out.append(((*key[:5], place, *key[6:]), area, score, evidence))
    return out


def _council_first(
    candidates: list[tuple[tuple[object, ...], str, float, str]],
    words: list[str],
    area: str,
    kle_area: str | None,
) -> list[tuple[tuple[object, ...], str, float, str]]:
    """The candidates with the council's area ranked as a procedural general area (first
    unless a journal number says otherwise), added when the terms did not find it."""
    note = "rådets eget organ: " + ", ".join(words)
    out = [c for c in candidates if c[1] != area]
    old = next((c for c in candidates if c[1] == area), None)
    is_kle = area == kle_area
    score = old[2] if old is not None else TITLE_WEIGHT
    evidence = f"{old[3]}; {note}" if old is not None and old[3] else note
    out.append(((not is_kle, False, True, False, -score, 0, area), area, score, evidence))
    return out


def item_area_rows(
    item_ids: Sequence[str],
    titles: Sequence[str | None],
    bodies: Sequence[str],
    kle_groups: Sequence[str | None],
    areas: PolicyAreas | None = None,
    kle_fallback: bool = True,
    tokens: themes.Tokens | None = None,
    terms: bool = True,
    kle_words_half: str | None = None,
    kle_word_purity: float | None = None,
    learned: bool = True,
    model: Any = None,
) -> list[tuple[str, str, int, float, str]]:
    """Rows (item_id, area, rank, score, evidence) of ``item_policy_areas`` for items.

    ``kle_groups`` holds each item's KLE main group ('27') or None. Rank 1 is the primary
    area (see the module docstring); items without any area have no row. Without
    ``kle_fallback`` the words of KLE's subject titles are not looked up (to check the
    hand-written terms alone); without ``terms`` the hand-written terms are not (to check
    the KLE words alone); ``kle_words_half`` and ``kle_word_purity`` build the KLE
    words of one half of KLE only and with another purity (the held-out protocol).
    ``tokens`` shares the texts' words with the themes (see ``themes._units_of``);
    ``model`` is an ``area_model.AreaModel`` used instead of the shipped one (the
    cross-validation of ``evaluate_titles``). Coordinated compounds are written out
    first ("idræts- og svømmehaller": ``compounds.expand_coordinated``).
    """
    areas = areas or load_policy_areas()
    ids = [str(i) for i in item_ids]
    raw_titles = ["" if t is None or pd.isna(t) else str(t) for t in titles]
    clean_titles = [matching_title(t) for t in raw_titles]
    clean_bodies = [expand_coordinated(b) if isinstance(b, str) else "" for b in bodies]
    # The themes' matcher on plain lists (as themes.item_theme_rows does): the table
    # version (theme_scores_table) spends most of its time building and sorting frames.
    tax = areas.taxonomy
    matcher = themes._matcher_for(tax)
    title_units = themes._units_of(themes._mask(clean_titles, tax.ignore_phrases), tokens)
    body_units = themes._units_of(themes._mask(clean_bodies, tax.ignore_phrases), tokens)
    title_of = dict(zip(ids, clean_titles, strict=True))
    raw_of = dict(zip(ids, raw_titles, strict=True))
    council = _council_matcher(areas.council) if areas.council_area and areas.council else None
    out: list[tuple[str, str, int, float, str]] = []
    per_item: list[tuple[str, list[tuple[tuple[object, ...], str, float, str]]]] = []
    order = {key: i for i, key in enumerate(areas.keys)}
    for item_id, kle, tu, bu in zip(ids, kle_groups, title_units, body_units, strict=True):
        kle = kle if isinstance(kle, str) and kle else None
        kle_area = areas.kle_map.get(kle) if kle else None
        sender = sender_words(title_of[item_id]) if ":" in title_of[item_id] else frozenset()
        # The candidates only: the areas assigned by their terms and the journal number's
        # (in taxonomy order; not a test of every area for every item)
        found = {
            key: (tf, bf, score)
            for key, tf, bf, _, _, score, assigned in (
                themes._score_units(matcher, tax, tu, bu) if terms else ()
            )
            if assigned or key == kle_area
        }
        candidates = []
        keys = list(found)
        if kle_area in order and kle_area not in found:
            keys.append(kle_area)
        low_title = title_of[item_id].lower()  # for each candidate's first position
        for key in sorted(keys, key=order.__getitem__):
            r = found.get(key)
            is_kle = key == kle_area
            title_terms = ";".join(r[0]) if r is not None else ""
            body_terms = ";".join(r[1]) if r is not None else ""
            score = (r[2] if r is not None else 0.0) + (KLE_WEIGHT if is_kle else 0)
            general = key in areas.general
            # 0: a subject named in the title, 1: named only by yielding words or by the
            # sender (a department's name), 2: body only
            evidence_level = 2 if not title_terms else 0
            if (
                title_terms
                and not general
                and (
                    _only_yielding(title_terms, areas.yielding) or _only_sender(title_terms, sender)
                )
            ):
                evidence_level = 1
            rank_key = (
                not is_kle,
                not (general and _is_procedural(title_terms, areas.procedural)),
                general,
                evidence_level,
                -score,
                _first_position(low_title, title_terms),
                key,
            )
            evidence = _evidence(kle if is_kle else None, title_terms, body_terms)
            candidates.append((rank_key, key, round(score, 4), evidence))
        if areas.committee_order:
            candidates = _committee_ranked(candidates, areas.committee_order)
        own = council_words(raw_of[item_id], tu, council)
        if own:
            candidates = _council_first(candidates, own, str(areas.council_area), kle_area)
        candidates.sort()
        per_item.append((item_id, candidates))
    # Titles the terms leave without a specific area: KLE's own words (module docstring).
    vague = [i for i, (_, cands) in enumerate(per_item) if not cands and kle_fallback]
    if vague:
        vocab = kle_words(areas, kle_words_half, kle_word_purity)
        for i in vague:
            item_id, cands = per_item[i]
            units = title_units[i]
            for key, votes in kle_word_areas(units, vocab).items():
                score = round(KLE_WORDS_WEIGHT * sum(share for _, share in votes), 4)
                words = list(dict.fromkeys(w for w, _ in votes))
                pos = title_of[item_id].lower().find(words[0])
                rank_key = (True, True, key in areas.general, False, -score, pos, key)
                cands.append((rank_key, key, score, "KLE-ord: " + ", ".join(words)))
            cands.sort()
    # Titles left without a subject area: the learned model (enrich.area_model).
    if learned and kle_fallback:
        from analysis.enrich import area_model

        area_model.add_candidates(per_item, title_units, kle_groups, areas, kle_words_half, model)
    for item_id, cands in per_item:
        for rank, (_, key, score, evidence) in enumerate(cands, start=1):
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
    titles: Sequence[str],
    areas: PolicyAreas | None = None,
    kle_fallback: bool = True,
    terms: bool = True,
    kle_words_half: str | None = None,
    kle_word_purity: float | None = None,
    learned: bool = True,
    model: Any = None,
) -> list[str | None]:
    """The primary area of each title taken alone as an item (None: no area).

    A route prefix ("MBU/ØU/KB - ") is taken off first, as the parser does for items.
    The other arguments as for ``item_area_rows``.
    """
    from analysis.parse import split_title

    titles = [split_title(str(t))[0] for t in titles]
    ids = [f"t{i:06d}" for i in range(len(titles))]
    rows = item_area_rows(
        ids,
        list(titles),
        [""] * len(ids),
        [None] * len(ids),
        areas,
        kle_fallback,
        terms=terms,
        kle_words_half=kle_words_half,
        kle_word_purity=kle_word_purity,
        learned=learned,
        model=model,
    )
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
    "kle_half",
    "kle_main_group",
    "kle_part",
    "kle_title_rows",
    "kle_words",
    "load_policy_areas",
    "parse_policy_areas",
    "policy_area_labels",
    "primary_area",
    "mask_addresses",
    "matching_title",
    "sender_words",
]
