"""Themes of agenda items: a curated taxonomy (YAML) and topics discovered with NMF (pure).

The taxonomy lives in ``analysis/data/themes.yaml``; its header documents how terms are
written and matched (exact lemma, ``prefix*``, ``*suffix`` compound head, ``*anywhere*``,
phrases). Matching compares each word lower-cased as written, as its lemma from the
shared spaCy lookup table, and with a Danish inflection ending stripped, because the
lemma table knows few compounds ("målplanerne", "dagtilbudspolitikken").

Scoring (``theme_scores_table``), per item and theme::

    score = TITLE_WEIGHT * title_hits + 100 * body_hits / max(body_words, BODY_MIN_WORDS)

The body is every section except those in ``BODY_EXCLUDED_SECTIONS`` (Bilag: titles of
other documents). A theme is assigned when the title has a hit, or when the body alone
has at least ``MIN_BODY_HITS`` hits and a density (hits per 100 words) of at least
``BODY_THRESHOLD`` - or ``BODY_THRESHOLD_WITH_TITLE`` when the title already names
another subject theme (a theme that also reads the body; "Eventuelt" names none). So a
passing mention in a long Sagsfremstilling does not assign a theme, and the title decides
what an item is mainly about.

``discovered_topics`` finds what the taxonomy misses: TF-IDF on lemmas and NMF, sized to
the corpus, deterministic for a given ``random_state``.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain, compress
from operator import is_
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
import pandas as pd
import yaml

from analysis.config import THEMES_FILE_ENV
from analysis.errors import ConfigError
from analysis.memory import release_freed_memory
from analysis.parse import matchable_lower

if TYPE_CHECKING:
    from spacy.strings import StringStore

# --- Scoring constants ----------------------------------------------------------------
#: Weight of one term hit in the title.
TITLE_WEIGHT: float = 3.0
#: Body length (words) below which density is computed as if the body were this long,
#: so one word in a three-line body is not a 30 % density.
BODY_MIN_WORDS: int = 50
#: A theme found only in the body needs at least this many hits ...
MIN_BODY_HITS: int = 2
#: ... and at least this many hits per 100 body words when the title names no subject
#: theme (standing-item themes matched in the title only, like "Eventuelt", do not count) ...
BODY_THRESHOLD: float = 1.5
#: ... or this many when the title already names another theme.
BODY_THRESHOLD_WITH_TITLE: float = 3.0
#: Sections left out of the body: Bilag lists titles of other documents.
BODY_EXCLUDED_SECTIONS: frozenset[str] = frozenset({"bilag"})
#: Theme key used for items without any theme (see ``with_default_theme``).
NO_THEME: str = "andet"
NO_THEME_LABEL: str = "Andet"

# --- Topic discovery constants --------------------------------------------------------
#: Item-topic weights (share of the item's NMF weight) below this are left out.
ITEM_TOPIC_FLOOR: float = 0.05
_EXTRA_STOP_WORDS_TEXT = """
    samt ift hhv mht jf pga dvs etc kr mio mia side år året års dag dage uge gang gange
    tid tiden mulig mulighed måde ting del dele både bl blandt herunder hermed derudover
    desuden dertil endvidere fortsat fortsætte løbet således ved vedr vedrørende
    forhold hvorvidt hvortil hvilket hvori heraf sidst første anden tredje
    ene to tre fire fem seks syv otte ni ti kl nr ca stk mfl osv dog især
    eksempel eksempelvis f fx mv bla evt ifm iht mhp pr via ønsker ønsket
    være blive have gøre kunne skulle ville burde måtte ligge stå sætte vise se
    sin sine sit særlig særligt vigtig vigtigt videre rest restere resterende bud
    tog tag holde køre indeholde forholde
"""
#: General Danish words spaCy's list lacks; the minutes' boilerplate is in the YAML.
EXTRA_STOP_WORDS: frozenset[str] = frozenset(_EXTRA_STOP_WORDS_TEXT.split())

_THEME_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_TERM_WORD = re.compile(r"^\*?(?:[^\W\d_]|-)*[^\W\d_](?:[^\W\d_]|-)*\*?$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_FIELDS = ("title", "body")
#: Danish inflection endings tried when stripping (longest first).
_ENDINGS: tuple[str, ...] = (
    "ernes",
    "enes",
    "erne",
    "ene",
    "ens",
    "ets",
    "ers",
    "en",
    "et",
    "er",
    "ne",
    "es",
    "e",
    "s",
    "r",
    "n",
)
_MIN_STEM = 3
_VOWELS = frozenset("aeiouyæøå")


class ThemeConfigError(ConfigError, ValueError):
    """A taxonomy file is malformed; the message (one line) names the file, theme and
    problem. A ``ConfigError``, so the command line prints it without a traceback."""


@dataclass(frozen=True)
class Theme:
    """One theme of the taxonomy.

    ``terms`` and ``exclude`` use the pattern syntax documented in themes.yaml;
    ``fields`` says where to look: ("title",) or ("title", "body").
    """

    key: str
    label: str
    description: str
    terms: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    fields: tuple[str, ...] = _FIELDS


class Taxonomy(list):
    """A list of ``Theme`` plus the file-level settings of the taxonomy.

    ``ignore_phrases``: unit names blanked out before matching; ``stop_words``: words
    left out of discovered topics.
    """

    def __init__(
        self,
        themes: Iterable[Theme] = (),
        ignore_phrases: Sequence[str] = (),
        stop_words: Iterable[str] = (),
    ) -> None:
        super().__init__(themes)
        self.ignore_phrases: tuple[str, ...] = tuple(ignore_phrases)
        self.stop_words: frozenset[str] = frozenset(w.lower() for w in stop_words)


# --- Loading and validating -----------------------------------------------------------


def _fail(source: str, where: str, problem: str) -> ThemeConfigError:
    return ThemeConfigError(f"{source}: {where}: {problem}")


def _str_list(value: Any, source: str, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, list):
        raise _fail(source, where, f"'{name}' must be a list of strings, got {value!r}")
    out = []
    for i, v in enumerate(value):
        if not isinstance(v, str) or not v.strip():
            raise _fail(source, where, f"'{name}'[{i}] must be a non-empty string, got {v!r}")
        out.append(v.strip())
    return tuple(out)


def _check_term(term: str, source: str, where: str, name: str) -> None:
    for word in term.split():
        if not _TERM_WORD.match(word) or "**" in word:
            raise _fail(
                source,
                where,
                f"{name} {term!r}: {word!r} is not a word, 'prefix*', '*suffix' or '*infix*'",
            )


def _parse_theme(raw: Any, index: int, source: str) -> Theme:
    if not isinstance(raw, dict):
        raise _fail(source, f"theme #{index + 1}", f"must be a mapping, got {raw!r}")
    key = raw.get("key")
    where = f"theme #{index + 1} ({key!r})" if key is not None else f"theme #{index + 1}"
    if not isinstance(key, str) or not _THEME_KEY.match(key):
        raise _fail(source, where, "'key' must be a lower-case slug (a-z, 0-9, _)")
    where = f"theme {key!r}"
    unknown = set(raw) - {"key", "label", "description", "terms", "exclude", "fields"}
    if unknown:
        raise _fail(source, where, f"unknown field(s) {sorted(unknown)}")
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        raise _fail(source, where, "'label' (Danish label) is missing or empty")
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise _fail(source, where, "'description' must be a string")
    terms = _str_list(raw.get("terms"), source, where, "terms")
    if not terms:
        raise _fail(source, where, "'terms' is missing or empty")
    exclude = _str_list(raw.get("exclude"), source, where, "exclude")
    for t in terms:
        _check_term(t, source, where, "term")
    for t in exclude:
        _check_term(t, source, where, "exclude")
        if len(t.split()) > 1:
            raise _fail(source, where, f"exclude {t!r}: must be a single word")
    fields = _str_list(raw.get("fields", list(_FIELDS)), source, where, "fields")
    if not fields or set(fields) - set(_FIELDS):
        raise _fail(source, where, f"'fields' must be a non-empty subset of {list(_FIELDS)}")
    return Theme(
        key=key,
        label=label.strip(),
        description=" ".join(description.split()),
        terms=tuple(t.lower() for t in terms),
        exclude=tuple(t.lower() for t in exclude),
        fields=tuple(f for f in _FIELDS if f in fields),
    )


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """PyYAML's several-line message as one line: the problem and where it is."""
    problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return where + " ".join(str(problem).split())


def _parse_file(text: str, source: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ThemeConfigError(f"{source}: not valid YAML: {_yaml_problem(exc)}") from exc
    if not isinstance(data, dict):
        raise ThemeConfigError(f"{source}: must be a mapping with a 'themes' list")
    allowed = {"themes", "mode", "drop_themes", "ignore_phrases", "topic_stop_words"}
    unknown = set(data) - allowed
    if unknown:
        raise ThemeConfigError(f"{source}: unknown top-level field(s) {sorted(unknown)}")
    mode = data.get("mode", "extend")
    if mode not in ("extend", "replace"):
        raise ThemeConfigError(f"{source}: 'mode' must be 'extend' or 'replace', got {mode!r}")
    raw_themes = data.get("themes") or []
    if not isinstance(raw_themes, list):
        raise ThemeConfigError(f"{source}: 'themes' must be a list")
    themes = [_parse_theme(t, i, source) for i, t in enumerate(raw_themes)]
    seen: set[str] = set()
    for t in themes:
        if t.key in seen:
            raise _fail(source, f"theme {t.key!r}", "key is defined twice")
        seen.add(t.key)
    where = "top level"
    return {
        "mode": mode,
        "themes": themes,
        "drop": _str_list(data.get("drop_themes"), source, where, "drop_themes"),
        "ignore": _str_list(data.get("ignore_phrases"), source, where, "ignore_phrases"),
        "stop": _str_list(data.get("topic_stop_words"), source, where, "topic_stop_words"),
    }


@lru_cache(maxsize=1)
def _default_parsed() -> dict[str, Any]:
    ref = resources.files("analysis").joinpath("data/themes.yaml")
    return _parse_file(ref.read_text(encoding="utf-8"), "analysis/data/themes.yaml")


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The theme taxonomy: the packaged themes.yaml, extended or replaced by a user file.

    ``path`` (or, when None, the file named by $MINUTES_THEMES_FILE) is a user file. By
    default it extends the packaged taxonomy: a theme whose key exists replaces it whole,
    new keys are appended, ``drop_themes`` removes packaged keys, and ignore phrases and
    stop words are added. With ``mode: replace`` only the user file is used. Raises
    ``ThemeConfigError`` naming the file, theme and problem when a file is malformed.
    """
    base = _default_parsed()
    if path is None and os.environ.get(THEMES_FILE_ENV):
        path = Path(os.environ[THEMES_FILE_ENV])
    if path is None:
        return Taxonomy(base["themes"], base["ignore"], base["stop"])
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ThemeConfigError(f"{path}: cannot read taxonomy file: {exc}") from exc
    user = _parse_file(text, str(path))
    if user["mode"] == "replace":
        if not user["themes"]:
            raise ThemeConfigError(f"{path}: 'mode: replace' needs at least one theme")
        return Taxonomy(user["themes"], user["ignore"], user["stop"])
    known = {t.key for t in base["themes"]}
    for key in user["drop"]:
        if key not in known:
            raise ThemeConfigError(f"{path}: drop_themes: no packaged theme {key!r}")
    overrides = {t.key: t for t in user["themes"]}
    themes = [overrides.get(t.key, t) for t in base["themes"] if t.key not in user["drop"]]
    themes += [t for t in user["themes"] if t.key not in known]
    return Taxonomy(
        themes,
        base["ignore"] + tuple(p for p in user["ignore"] if p not in base["ignore"]),
        set(base["stop"]) | set(user["stop"]),
    )


@lru_cache(maxsize=1)
def _packaged_taxonomy() -> Taxonomy:
    """The packaged taxonomy (``load_taxonomy`` without a user file) as one shared object,
    for this module's own reading only (callers get their own from ``load_taxonomy``)."""
    base = _default_parsed()
    return Taxonomy(base["themes"], base["ignore"], base["stop"])


def _as_taxonomy(taxonomy: Sequence[Theme] | None) -> Taxonomy:
    if taxonomy is None:
        # The build asks for the taxonomy once per meeting: without a user file, the
        # same object each time, so that its matcher and stop words are found by
        # identity (``_matcher_for``), not by hashing every theme's terms again.
        if os.environ.get(THEMES_FILE_ENV):
            return load_taxonomy()
        return _packaged_taxonomy()
    if isinstance(taxonomy, Taxonomy):
        return taxonomy
    base = _default_parsed()  # a plain list of themes: packaged file-level settings
    return Taxonomy(taxonomy, base["ignore"], base["stop"])


def theme_labels(taxonomy: Sequence[Theme] | None = None) -> dict[str, str]:
    """Theme key -> Danish label, in taxonomy order, plus ``NO_THEME`` -> "Andet"."""
    out = {t.key: t.label for t in _as_taxonomy(taxonomy)}
    out.setdefault(NO_THEME, NO_THEME_LABEL)
    return out


#: Danish labels of the packaged taxonomy (charts); use ``theme_labels`` for a user file.
THEME_LABELS_DA: dict[str, str] = theme_labels(Taxonomy(_default_parsed()["themes"], (), ()))


# --- Matching -------------------------------------------------------------------------


def word_forms(lower: str, lemma: str) -> tuple[str, ...]:
    """The forms a word is compared in: as written, lemma, inflection endings stripped."""
    forms = {lower, lemma}
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= _MIN_STEM:
            stem = lower[: -len(ending)]
            forms.add(stem)
            if stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
                forms.add(stem[:-1])
    return tuple(sorted(forms))


@dataclass(frozen=True)
class _Pattern:
    kind: str  # exact | prefix | suffix | infix
    text: str

    KINDS: ClassVar[tuple[str, ...]] = ("exact", "prefix", "suffix", "infix")

    @classmethod
    def parse(cls, word: str) -> _Pattern:
        starts, ends = word.startswith("*"), word.endswith("*")
        text = word.strip("*")
        kind = {
            (False, False): "exact",
            (False, True): "prefix",
            (True, False): "suffix",
            (True, True): "infix",
        }[(starts, ends)]
        return cls(kind, text)

    def matches(self, lower: str, lemma: str, forms: tuple[str, ...]) -> bool:
        if self.kind == "exact":
            return self.text in forms
        if self.kind == "prefix":
            return lower.startswith(self.text) or lemma.startswith(self.text)
        if self.kind == "suffix":
            return any(f.endswith(self.text) for f in forms)
        return self.text in lower or self.text in lemma


@dataclass(frozen=True, eq=False)  # compared by identity: ``None in infos`` stays in C
class _UnitInfo:
    single: frozenset[int]  # themes hit by a one-word term (not excluded)
    patterns: frozenset[int]  # phrase-word patterns matched
    excluded: frozenset[int]  # themes for which the word is excluded
    #: theme -> its phrases whose first word this word matches, longest first: the only
    #: phrases that can start here (worked out once per distinct word, not per token).
    starts: dict[int, tuple[tuple[int, ...], ...]] = field(default_factory=dict, hash=False)
    #: whether the word can start a match of any theme (``_StartCache``)
    hit: bool = field(init=False)
    #: the themes a match can start here for, in order (worked out once per word)
    order: tuple[int, ...] = field(init=False)
    #: per theme of ``order`` the word is not excluded for: (theme, its phrases that can
    #: start here with their lengths, whether a one-word term hits): what ``found`` walks
    steps: tuple[tuple[int, tuple[tuple[tuple[int, ...], int], ...], bool], ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "hit", bool(self.single or self.starts))
        order = tuple(sorted(self.single.union(self.starts)))
        object.__setattr__(self, "order", order)
        steps = tuple(
            (t, tuple((p, len(p)) for p in self.starts.get(t, ())), t in self.single)
            for t in order
            if t not in self.excluded
        )
        object.__setattr__(self, "steps", steps)


class _InfoCache(dict):
    """(lower, lemma) -> ``_UnitInfo`` of a matcher; a missing word is worked out on the
    spot (``_Matcher.info``), so that a text's words are looked up in one pass."""

    def __init__(self, matcher: _Matcher) -> None:
        super().__init__()
        self.matcher = matcher

    def __missing__(self, key: tuple[str, str]) -> _UnitInfo:
        return self.matcher.info(*key)


class _StartCache(dict):
    """(lower, lemma) -> the word's ``_UnitInfo`` when a match of some theme can start at
    it, else None: one lookup per word tells ``_Matcher.found`` where to look (most words
    start none)."""

    def __init__(self, matcher: _Matcher) -> None:
        super().__init__()
        self.matcher = matcher

    def __missing__(self, key: tuple[str, str]) -> _UnitInfo | None:
        info = self.matcher.info(*key)
        start = self[key] = info if info.hit else None
        return start


class _Matcher:
    """Compiled taxonomy: counts theme hits in lists of (lower, lemma) words."""

    def __init__(self, themes: Sequence[Theme]) -> None:
        self.themes = list(themes)
        self._single: list[list[_Pattern]] = []
        self._excl: list[list[_Pattern]] = []
        self._phrase_pats: list[_Pattern] = []
        index: dict[_Pattern, int] = {}
        # per theme: phrases as tuples of pattern indexes, longest first
        self._phrases: list[list[tuple[int, ...]]] = []
        for theme in self.themes:
            singles, phrases = [], []
            for term in theme.terms:
                words = term.split()
                if len(words) == 1:
                    singles.append(_Pattern.parse(words[0]))
                    continue
                idx = []
                for w in words:
                    p = _Pattern.parse(w)
                    if p not in index:
                        index[p] = len(self._phrase_pats)
                        self._phrase_pats.append(p)
                    idx.append(index[p])
                phrases.append(tuple(idx))
            self._single.append(singles)
            self._phrases.append(sorted(phrases, key=len, reverse=True))
            self._excl.append([_Pattern.parse(w) for w in theme.exclude])
        self._cache: dict[tuple[str, str], _UnitInfo] = _InfoCache(self)
        self._starts: dict[tuple[str, str], _UnitInfo | None] = _StartCache(self)
        # Every distinct pattern gets an id, found by kind and text, so that a word looks
        # up its parts instead of testing each of the (up to ~1,300) patterns: ``_matched``.
        ids: dict[_Pattern, int] = {}
        for p in [*self._phrase_pats, *(p for ps in self._single + self._excl for p in ps)]:
            ids.setdefault(p, len(ids))
        self._by_kind: dict[str, dict[str, int]] = {k: {} for k in _Pattern.KINDS}
        for p, i in ids.items():
            self._by_kind[p.kind][p.text] = i
        #: The lengths of the prefix and suffix patterns' texts: a word's beginnings and ends
        #: of other lengths match none, so ``_matched`` cuts only these.
        self._prefix_lens = sorted({len(t) for t in self._by_kind["prefix"]})
        self._suffix_lens = sorted({len(t) for t in self._by_kind["suffix"]})
        self._single_ids = [frozenset(ids[p] for p in ps) for ps in self._single]
        self._excl_ids = [frozenset(ids[p] for p in ps) for ps in self._excl]
        #: pattern id -> its index among the phrase-word patterns
        self._phrase_index = {ids[p]: j for j, p in enumerate(self._phrase_pats)}

    def _matched(self, lower: str, lemma: str, forms: tuple[str, ...]) -> set[int]:
        """Ids of the patterns ``_Pattern.matches`` accepts for a word: its forms, their
        beginnings and ends looked up (and the few infix patterns tested)."""
        exact, prefix = self._by_kind["exact"], self._by_kind["prefix"]
        suffix, infix = self._by_kind["suffix"], self._by_kind["infix"]
        out = {exact[f] for f in forms if f in exact}
        # (a new word costs this once per matcher; the areas' ~1,500 prefixes have some 25
        # lengths: cutting only those, each once, instead of every length of the word twice)
        for w in {lower, lemma}:
            for n in self._prefix_lens:
                if n > len(w):
                    break
                if (i := prefix.get(w[:n])) is not None:
                    out.add(i)
        for f in forms:
            for n in self._suffix_lens:
                if n > len(f):
                    break
                if (i := suffix.get(f[len(f) - n :])) is not None:
                    out.add(i)
        for text, i in infix.items():
            if text in lower or text in lemma:
                out.add(i)
        return out

    def info(self, lower: str, lemma: str) -> _UnitInfo:
        key = (lower, lemma)
        hit = self._cache.get(key)
        if hit is None:
            matched = self._matched(lower, lemma, word_forms(lower, lemma))
            excluded = frozenset(
                i for i, pats in enumerate(self._excl_ids) if not pats.isdisjoint(matched)
            )
            single = frozenset(
                i
                for i, pats in enumerate(self._single_ids)
                if i not in excluded and not pats.isdisjoint(matched)
            )
            index = self._phrase_index
            patterns = frozenset(index[i] for i in matched if i in index)
            starts = {
                t: ph
                for t, phrases in enumerate(self._phrases)
                if (ph := tuple(p for p in phrases if p[0] in patterns))
            }
            hit = _UnitInfo(single, patterns, excluded, starts)
            self._cache[key] = hit
        return hit

    def hits(self, units: Sequence[tuple[str, str]]) -> list[list[str]]:
        """Per theme, the matched words/phrases (as written, lower-cased) in ``units``."""
        found = self.found(units)
        return [found.get(t, []) for t in range(len(self.themes))]

    def found(self, units: Sequence[tuple[str, str]]) -> dict[int, list[str]]:
        """``hits`` of the themes that have any, by theme index (most texts hit few of
        the themes: nothing is built for the others)."""
        # A word not seen before is worked out by the cache's ``__missing__``; words that
        # start no match are None, and only the others are walked (most words).
        starts = list(map(self._starts.__getitem__, units))
        infos = self._cache
        n_units = len(units)
        found: dict[int, list[str]] = {}
        # Where the last phrase matched for a theme ends: a one-word match ends where the
        # next word starts, so only phrases can cover a later start (empty: none yet).
        next_free: dict[int, int] = {}
        for i in compress(range(n_units), starts):
            # Excluded themes are left out of ``steps`` (they start no match here).
            for t, phrases, single in starts[i].steps:
                if next_free and i < next_free.get(t, 0):
                    continue
                # Longest first; the first word is known to match (``starts``).
                for phrase, n in phrases:
                    if i + n > n_units:
                        continue
                    for j in range(1, n):
                        after = infos[units[i + j]]
                        if phrase[j] not in after.patterns or t in after.excluded:
                            break
                    else:
                        found.setdefault(t, []).append(" ".join(u[0] for u in units[i : i + n]))
                        next_free[t] = i + n
                        break
                else:
                    if single:
                        found.setdefault(t, []).append(units[i][0])
        return found


def _ignore_words(phrases: tuple[str, ...]) -> list[list[str]]:
    """The words of each ignore phrase ("og" left out: it is one of the separators)."""
    out = []
    for phrase in phrases:
        words = [w for w in re.findall(r"[^\W\d_]+", phrase) if w.lower() != "og"]
        if words:
            out.append(words)
    return out


@lru_cache(maxsize=32)
def _ignore_regex(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    sep = r"(?:\s*(?:,|&|\bog\b)\s*|\s+)"
    words_of = _ignore_words(phrases)
    if not words_of:
        return None
    alts = [sep.join(re.escape(w) for w in words) for words in words_of]
    alts.sort(key=len, reverse=True)
    # Every phrase starts with one of these letters: the look-ahead skips the other
    # positions before the alternation is tried (2x faster on bodies, same matches).
    first = "(?=[" + "".join(sorted({words[0][0] for words in words_of})) + "])"
    return re.compile(first + r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


#: The letters whose case-insensitive regex matches ``parse.matchable_lower`` knows.
_PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzæøå")


@lru_cache(maxsize=32)
def _ignore_needles(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...] | None:
    """The lower-cased words of each ignore phrase: a text that lacks a word of every
    phrase holds none of them (most texts). None when a phrase has a letter other than
    a-z and æøå, whose case-insensitive matches ``parse.matchable_lower`` does not know."""
    words_of = _ignore_words(phrases)
    needles = tuple(tuple(w.lower() for w in words) for words in words_of)
    if not all(set(w) <= _PLAIN_LETTERS for words in needles for w in words):
        return None
    return needles


@lru_cache(maxsize=32)
def _needles_by_first(
    needles: tuple[tuple[str, ...], ...],
) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """``needles`` grouped by their first word, in order: (first word, the other words of
    each phrase it starts). Phrases share first words ("Kultur, Fritid & …" three times):
    a text is searched for each once (most texts hold none)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for words in needles:
        grouped.setdefault(words[0], []).append(words[1:])
    return tuple((first, tuple(rests)) for first, rests in grouped.items())


def _may_hold(text: str, needles: tuple[tuple[str, ...], ...] | None) -> bool:
    """Whether ``text`` may hold an ignore phrase (see ``_ignore_needles``).

    For words of a-z and æøå, the regex engine's case-insensitive match is a substring
    match in the text lowered by ``parse.matchable_lower`` (by table, ten times faster
    than ``str.lower`` on Danish; any other character beyond Latin-1, such as a dash,
    becomes one that no word holds); a text with one of the few characters beyond
    Latin-1 that match such a letter ("K", the Kelvin sign, matches "k") is searched.
    """
    if needles is None:
        return True
    low = _lowered(text)
    if low is None:
        return True
    for words in needles:  # plain loops: no generator made for each text and phrase
        for w in words:
            if w not in low:
                break
        else:
            return True
    return False


@lru_cache(maxsize=64)
def _lowered(text: str) -> str | None:
    """``matchable_lower`` of a text, cached for a while: the themes and the policy areas
    of a meeting mask the same titles and bodies, each with its own phrases."""
    return matchable_lower(text)


@lru_cache(maxsize=32)
def _masking(
    phrases: tuple[str, ...],
) -> tuple[
    re.Pattern[str] | None,
    tuple[tuple[str, ...], ...] | None,
    tuple[tuple[str, tuple[tuple[str, ...], ...]], ...],
]:
    """(``_ignore_regex``, ``_ignore_needles``, ``_needles_by_first``) of the phrases,
    looked up once per text instead of three times (each hashes the phrases again)."""
    needles = _ignore_needles(phrases)
    return (
        _ignore_regex(phrases),
        needles,
        _needles_by_first(needles) if needles is not None else (),
    )


@lru_cache(maxsize=512)
def _masked(phrases: tuple[str, ...], text: str) -> str:
    """Text with the ignore phrases blanked out (``_ignore_regex``'s ``sub``), cached: a
    text comes again with the same phrases within a meeting (about one call in six on the
    distinct synthetic corpus; the themes' and the policy areas' phrases differ, so their
    calls never share an entry).

    Where ``_may_hold`` can look (``_ignore_needles``), the pattern is tried only where a
    match can start: where the lowered text holds the first word of a phrase all of
    whose words it holds (a match starts with its phrase's first word, and the regex's
    case-insensitive match of such a word is where the lowered text has it: see
    ``_may_hold``). From left to right and past each match, as ``sub`` does, without
    running the pattern along the whole of a long body (most bodies hold the words of
    a phrase such as "Børn & Familie" somewhere, few the phrase).
    """
    rx, needles, by_first = _masking(phrases)
    if rx is None:
        return text
    low = _lowered(text) if needles is not None else None
    if needles is None or low is None:
        return rx.sub(" ", text) if _may_hold(text, needles) else text
    firsts = set()
    # plain loops: no generator made for each text and phrase
    for first, rests in by_first:
        if first not in low:
            continue
        for rest in rests:
            for w in rest:
                if w not in low:
                    break
            else:
                firsts.add(first)
                break
    if not firsts:
        return text
    starts = set()
    for first in firsts:
        at = low.find(first)
        while at >= 0:
            starts.add(at)
            at = low.find(first, at + 1)
    out: list[str] = []
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        m = rx.match(text, at)
        if m is not None:
            out += (text[done:at], " ")
            done = m.end()
    return "".join([*out, text[done:]]) if out else text


def _mask(texts: Iterable[str], phrases: tuple[str, ...]) -> list[str]:
    texts = [t if isinstance(t, str) else "" if pd.isna(t) else str(t) for t in texts]
    return [_masked(phrases, t) for t in texts] if _masking(phrases)[0] else texts


#: orth hash -> (lower form, lemma), or None for a token without a letter.
_UNIT_OF: dict[int, tuple[str, str] | None] = {}
#: Each distinct (lower form, lemma) as one tuple object (see ``_unit``).
_UNITS: dict[tuple[str, str], tuple[str, str]] = {}


def _unit(orth: int, strings: StringStore) -> tuple[str, str] | None:
    from analysis.nlp import lemma_hash

    if not _HAS_LETTER.search(strings[orth]):
        return None
    low = strings.add(strings[orth].lower())
    lower = strings[low].strip("-.")
    lemma = strings[lemma_hash(low, strings)].strip("-.") or lower
    if not lower:
        return None
    # One object per distinct word ("Budget" and "budget" give the same): the matchers'
    # and topic words' caches then find a word by identity, not by comparing strings.
    return _UNITS.setdefault((lower, lemma), (lower, lemma))


#: Words of texts already tokenised, by text (see ``_units_of``): the list is shared, so
#: nobody may change it.
Tokens = dict[str, list[tuple[str, str]]]


def _units_of(texts: Sequence[str], tokens: Tokens | None = None) -> list[list[tuple[str, str]]]:
    """(lower form, lemma) of every word (token with a letter) of each text.

    Tokenises only and looks each distinct form up once (the lemma is a function of the
    form, see ``analysis.nlp``): this runs over every word of the corpus. With ``tokens``
    (text -> words), a text found there is not tokenised again and new ones are added:
    the themes and the policy areas of a meeting read the same titles and bodies.
    """
    out = []
    chunk_units = _CHUNK_UNITS.__getitem__
    for text in texts:
        if tokens is not None and text in tokens:
            out.append(tokens[text])
            continue
        if tokens is not None and "\n\n" in text:
            # By paragraph (a text's words are its paragraphs' words): the areas' bodies
            # differ from the themes' in a paragraph or two (a department's name masked,
            # a compound written out), and the others are not tokenised again.
            units = []
            for part in text.split("\n\n"):
                part_units = tokens.get(part)
                if part_units is None:
                    part_units = tokens[part] = list(
                        chain.from_iterable(map(chunk_units, part.split()))
                    )
                units += part_units
        else:
            # A text's words are its chunks' words (see ``_chunk_units``); the chunks are
            # looked up without a Python loop per chunk: this runs over every word.
            units = list(chain.from_iterable(map(chunk_units, text.split())))
        if tokens is not None:
            tokens[text] = units
        out.append(units)
    return out


class _ChunkCache(dict):
    """Whitespace-free chunk of text -> its words; a chunk not seen before is tokenised
    on the spot (``_chunk_units``), so that a text's chunks are looked up in one pass."""

    def __missing__(self, chunk: str) -> tuple[tuple[str, str], ...]:
        return _chunk_units(chunk)


#: Words of each whitespace-free chunk of text already seen (see ``_chunk_units``).
_CHUNK_UNITS: dict[str, tuple[tuple[str, str], ...]] = _ChunkCache()
#: The chunk cache starts over beyond this many chunks (about 150 bytes each: ~15 MB).
_CHUNK_CACHE_MAX = 100_000


def _chunk_units(chunk: str) -> tuple[tuple[str, str], ...]:
    """The words of one chunk of text without whitespace, cached.

    spaCy's tokenizer cuts a text at whitespace and tokenises each chunk on its own (its
    special cases hold no whitespace but whitespace itself), and whitespace tokens hold
    no letter: a text's words are its chunks' words. Most chunks recur ("Udvalget",
    "godkendt."), so the tokenizer runs on each once.
    """
    from spacy.attrs import ORTH

    from analysis.nlp import danish_nlp

    units = []
    # A chunk without a letter has no word (``_unit``): most new chunks in a worker that
    # has seen a few hundred meetings are dates and numbers ("07-06-2022,"), whose first
    # tokenising (a new lexeme) costs ~50-300 µs.
    if _HAS_LETTER.search(chunk):
        nlp = danish_nlp()
        strings = nlp.vocab.strings
        for orth in nlp.tokenizer(chunk).to_array(ORTH).tolist():
            if orth in _UNIT_OF:
                unit = _UNIT_OF[orth]
            else:
                unit = _UNIT_OF[orth] = _unit(orth, strings)
            if unit is not None:
                units.append(unit)
    if len(_CHUNK_UNITS) >= _CHUNK_CACHE_MAX:
        _CHUNK_UNITS.clear()
    found = _CHUNK_UNITS[chunk] = tuple(units)
    return found


def match_terms(text: str, taxonomy: Sequence[Theme] | None = None) -> dict[str, list[str]]:
    """Theme key -> the words/phrases of ``text`` that match it (for checking a taxonomy)."""
    tax = _as_taxonomy(taxonomy)
    (units,) = _units_of(_mask([text], tax.ignore_phrases))
    found = _Matcher(tax).hits(units)
    return {t.key: f for t, f in zip(tax, found, strict=True) if f}


def item_body(sections: Iterable[tuple[str, str | None]]) -> str:
    """An item's body text from its (section key, text) pairs in position order."""
    return "\n\n".join(t or "" for k, t in sections if k not in BODY_EXCLUDED_SECTIONS)


def _item_bodies(items: pd.DataFrame, sections: pd.DataFrame) -> pd.Series:
    """item_id -> body text (sections in position order, excluded sections left out)."""
    body = sections.loc[~sections["section"].isin(BODY_EXCLUDED_SECTIONS)]
    body = body.sort_values(["item_id", "position"], kind="mergesort")
    texts = body["text"].fillna("").astype(str).groupby(body["item_id"]).agg("\n\n".join)
    return texts.reindex(items["item_id"].astype(str)).fillna("")


def _score_units(
    matcher: _Matcher,
    tax: Taxonomy,
    title_units: list[tuple[str, str]],
    body_units: list[tuple[str, str]],
) -> list[tuple[str, list[str], list[str], int, float, float, bool]]:
    """Per theme with any hit: key, title terms, body terms, body words, density, score,
    assigned (see the module docstring for the rule)."""
    t_found, b_found = matcher.found(title_units), matcher.found(body_units)
    words = len(body_units)
    per_theme = []
    for t in sorted(t_found.keys() | b_found.keys()):  # taxonomy order
        theme = tax[t]
        tf = t_found.get(t, []) if "title" in theme.fields else []
        bf = b_found.get(t, []) if "body" in theme.fields else []
        if tf or bf:
            per_theme.append((theme, tf, bf))
    title_named = any(tf for theme, tf, _ in per_theme if "body" in theme.fields)
    threshold = BODY_THRESHOLD_WITH_TITLE if title_named else BODY_THRESHOLD
    out = []
    for theme, tf, bf in per_theme:
        density = 100.0 * len(bf) / max(words, BODY_MIN_WORDS)
        assigned = bool(tf) or (len(bf) >= MIN_BODY_HITS and density >= threshold)
        score = round(TITLE_WEIGHT * len(tf) + density, 4)
        out.append((theme.key, tf, bf, words, round(density, 4), score, assigned))
    return out


#: Compiled matchers by taxonomy (a matcher caches what it decided about each word).
_MATCHERS: dict[tuple[Theme, ...], _Matcher] = {}


#: The last taxonomy objects asked for, with their themes then and their matcher: the
#: build asks for the same two for every meeting, and hashing every theme's terms each
#: time costs. A taxonomy is a list: a changed one is looked up by its themes again.
_LAST_MATCHER: list[tuple[Taxonomy, tuple[Theme, ...], _Matcher]] = []


def _matcher_for(tax: Taxonomy) -> _Matcher:
    for known, themes, matcher in _LAST_MATCHER:
        if known is tax and len(themes) == len(tax) and all(map(is_, themes, tax)):
            return matcher
    key = tuple(tax)
    if key not in _MATCHERS:
        _MATCHERS[key] = _Matcher(tax)
    _LAST_MATCHER[:] = [(tax, key, _MATCHERS[key]), *_LAST_MATCHER[:1]]
    return _MATCHERS[key]


def item_theme_rows(
    item_ids: Sequence[str],
    titles: Sequence[str | None],
    bodies: Sequence[str],
    taxonomy: Sequence[Theme] | None = None,
    tokens: Tokens | None = None,
) -> tuple[list[tuple[str, str, float, str]], list[tuple[str, str]]]:
    """Themes and topic terms of a few items (one meeting), tokenising each text once.

    Returns rows (item_id, theme, score, method) of ``item_themes`` for the assigned
    themes, by score descending and key, and (item_id, terms) with the item's candidate
    topic words (lemmas, space-separated, before the corpus-wide normalising that
    ``topics_from_terms`` does). ``tokens`` shares the words with other enrichments of
    the same texts (see ``_units_of``).
    """
    tax = _as_taxonomy(taxonomy)
    matcher = _matcher_for(tax)
    stop = _stop_words(tax.stop_words)
    title_units = _units_of(_mask(titles, tax.ignore_phrases), tokens)
    body_units = _units_of(_mask(bodies, tax.ignore_phrases), tokens)
    themes_out: list[tuple[str, str, float, str]] = []
    terms_out: list[tuple[str, str]] = []
    for item_id, tu, bu in zip(item_ids, title_units, body_units, strict=True):
        scored = [r for r in _score_units(matcher, tax, tu, bu) if r[6]]
        scored.sort(key=lambda r: (-r[5], r[0]))
        for key, tf, bf, _, _, score, _ in scored:
            method = ("title+body" if bf else "title") if tf else "body"
            themes_out.append((item_id, key, score, method))
        terms_out.append((item_id, " ".join(_topic_terms(chain(tu, bu), stop))))
    return themes_out, terms_out


def theme_scores_table(
    items: pd.DataFrame, sections: pd.DataFrame, taxonomy: Sequence[Theme] | None = None
) -> pd.DataFrame:
    """Every item x theme with any hit, with the evidence behind the score.

    items: item_id, title. sections: item_id, section, position, text.
    Out: item_id, theme, title_hits, body_hits, body_words, body_density, score,
    assigned (bool), title_terms, body_terms (';'-joined matched words).
    """
    tax = _as_taxonomy(taxonomy)
    matcher = _matcher_for(tax)
    ids = items["item_id"].astype(str).tolist()
    titles = _mask(items["title"].tolist(), tax.ignore_phrases)
    bodies = _mask(_item_bodies(items, sections).tolist(), tax.ignore_phrases)
    title_units = _units_of(titles)
    body_units = _units_of(bodies)
    rows = []
    for item_id, tu, bu in zip(ids, title_units, body_units, strict=True):
        for key, tf, bf, words, density, score, assigned in _score_units(matcher, tax, tu, bu):
            rows.append(
                {
                    "item_id": item_id,
                    "theme": key,
                    "title_hits": len(tf),
                    "body_hits": len(bf),
                    "body_words": words,
                    "body_density": density,
                    "score": score,
                    "assigned": assigned,
                    "title_terms": ";".join(tf),
                    "body_terms": ";".join(bf),
                }
            )
    cols = [
        "item_id",
        "theme",
        "title_hits",
        "body_hits",
        "body_words",
        "body_density",
        "score",
        "assigned",
        "title_terms",
        "body_terms",
    ]
    out = pd.DataFrame(rows, columns=cols)
    out = out.astype(
        {"title_hits": "int64", "body_hits": "int64", "body_words": "int64", "score": "float64"}
    )
    out["body_density"] = out["body_density"].astype("float64")
    out["assigned"] = out["assigned"].astype(bool)
    return out.sort_values(
        ["item_id", "score", "theme"], ascending=[True, False, True], kind="mergesort"
    ).reset_index(drop=True)


def item_themes_table(
    items: pd.DataFrame, sections: pd.DataFrame, taxonomy: Sequence[Theme] | None = None
) -> pd.DataFrame:
    """Themes assigned to items (see the module docstring for the scoring rule).

    items: item_id, title. sections: item_id, section, position, text.
    Out: item_id, theme, score (float), method ("title", "body" or "title+body"); one row
    per item and assigned theme, sorted by item_id, score descending, theme.
    """
    scores = theme_scores_table(items, sections, taxonomy)
    got = scores.loc[scores["assigned"]]
    method = np.where(
        got["title_hits"] > 0, np.where(got["body_hits"] > 0, "title+body", "title"), "body"
    )
    out = pd.DataFrame(
        {
            "item_id": got["item_id"].to_numpy(),
            "theme": got["theme"].to_numpy(),
            "score": got["score"].astype("float64").to_numpy(),
            "method": method,
        }
    )
    return out.reset_index(drop=True)


def primary_theme(item_themes: pd.DataFrame) -> pd.DataFrame:
    """The highest-scoring theme of each item that has one.

    item_themes: item_id, theme, score, method. Out: item_id, theme. The title decides: a
    theme found in the title beats one found only in the body whatever the scores (so
    "Eventuelt" stays a standing item when its body is about hiring); among those, the
    highest score wins, ties going to the alphabetically first key. Items without themes
    are absent: see ``with_default_theme``.
    """
    if item_themes.empty:
        return pd.DataFrame({"item_id": pd.Series(dtype=str), "theme": pd.Series(dtype=str)})
    df = item_themes.assign(_in_title=item_themes["method"].str.startswith("title"))
    df = df.sort_values(
        ["item_id", "_in_title", "score", "theme"],
        ascending=[True, False, False, True],
        kind="mergesort",
    )
    first = df.drop_duplicates("item_id", keep="first")
    return first[["item_id", "theme"]].reset_index(drop=True)


def with_default_theme(
    items: pd.DataFrame, primary: pd.DataFrame, default: str = NO_THEME
) -> pd.DataFrame:
    """Every item's primary theme, ``default`` ("andet") for items without a theme.

    items: item_id. primary: item_id, theme (from ``primary_theme``). Out: item_id, theme,
    in the order of ``items``.
    """
    ids = items[["item_id"]].astype({"item_id": str}).reset_index(drop=True)
    out = ids.merge(primary[["item_id", "theme"]], on="item_id", how="left")
    out["theme"] = out["theme"].fillna(default).astype(str)
    return out


# --- Discovered topics ----------------------------------------------------------------


@lru_cache(maxsize=8)
def _stop_words(extra: frozenset[str] | tuple[str, ...] = ()) -> frozenset[str]:
    """spaCy's Danish stop words, the project's and ``extra`` (cached: one set per
    taxonomy, not one per meeting)."""
    from spacy.lang.da.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | EXTRA_STOP_WORDS | frozenset(extra)


#: Definite and plural endings: a word is mapped onto its stem without them whenever the
#: stem occurs in the corpus ("anlægsplanen" -> "anlægsplan").
_INFLECTION_ENDINGS: tuple[str, ...] = (
    "ernes", "enes", "erne", "ene", "ens", "ets", "en", "et", "er", "ne"
)  # fmt: skip


def _normaliser(counts: dict[str, int]) -> dict[str, str]:
    """Map words the lemma table left inflected onto a stem that occurs in the corpus.

    Definite and plural endings are stripped whenever the stem occurs ("målplanerne" ->
    "målplan"); other endings (-e, -s, -r, -n) only onto a stem at least as frequent, so a
    one-off typo ("budgetaftal") does not swallow the correct word ("budgetaftale").
    """
    out = {}
    for w, n in counts.items():
        best = None
        for ending in _ENDINGS:
            if not w.endswith(ending):
                continue
            stem = w[: -len(ending)]
            variants = [stem]
            if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
                variants.append(stem[:-1])
            for v in variants:
                if len(v) <= _MIN_STEM or v not in counts:
                    continue
                allowed = ending in _INFLECTION_ENDINGS or counts[v] >= n
                if allowed and (best is None or (len(v), v) < (len(best), best)):
                    best = v
        if best is not None:
            out[w] = best
    return out


class _TopicWords(dict):
    """(lower, lemma) -> the lemma when the word is a candidate topic word, else "";
    decided on first sight for one stop-word set (``_topic_terms``)."""

    def __init__(self, stop: frozenset[str]) -> None:
        super().__init__()
        self.stop = stop

    def __missing__(self, unit: tuple[str, str]) -> str:
        lower, lemma = unit
        ok = (
            len(lemma) >= 3
            and lemma.replace("-", "").isalpha()
            and lemma not in self.stop
            and lower not in self.stop
        )
        word = self[unit] = lemma if ok else ""
        return word


#: Per stop-word set: what each word is as a topic word (see ``_TopicWords``).
_TOPIC_WORD: dict[frozenset[str], _TopicWords] = {}


def _topic_terms(units: Iterable[tuple[str, str]], stop: frozenset[str]) -> list[str]:
    """Candidate topic words of one text: lemmas of 3+ letters that are not stop words."""
    decided = _TOPIC_WORD.get(stop)
    if decided is None:
        decided = _TOPIC_WORD[stop] = _TopicWords(stop)
    # Looked up without a Python loop per word: this runs over every word of the corpus.
    return list(filter(None, map(decided.__getitem__, units)))


def _topic_docs(items: pd.DataFrame, sections: pd.DataFrame, tax: Taxonomy) -> list[str]:
    """Each item's candidate topic words (title and body), space-separated."""
    ids = items["item_id"].astype(str).tolist()
    titles = items["title"].fillna("").astype(str).tolist()
    bodies = _item_bodies(items, sections).tolist()
    _, terms = item_theme_rows(ids, titles, bodies, tax)
    return [t for _, t in terms]


#: Documents split into words and counted at a time by ``_doc_word_counts``: bounds the
#: Python strings and the per-word arrays alive at once (a corpus of 50,000 meetings has
#: tens of millions of words: counting them in one go held five int64 arrays over all).
_CODE_CHUNK = 20_000


#: Per chunk of documents (``_doc_word_counts``): its first document, and for each distinct
#: (document, word) of the chunk, by document and then word: the document's number within
#: the chunk, the word's number, its count in the document (int32 each).
_ChunkCounts = tuple[int, np.ndarray, np.ndarray, np.ndarray]


def _doc_word_counts(
    docs: Sequence[str], consume: bool = False
) -> tuple[list[str], np.ndarray, list[_ChunkCounts]]:
    """(the distinct words in order of first appearance, each word's number of occurrences
    in all documents, each chunk's (document, word) counts (``_ChunkCounts``)) of the
    words of ``str.split()``.

    A chunk of documents at a time is split and its words numbered in Arrow
    (``_chunk_words``), without a Python string per word; only each chunk's distinct
    words pass through Python, and only its (document, word) counts are kept. With
    ``consume`` each chunk is taken out of the list ``docs`` (emptied at the end): the
    documents go while their counts come.
    """
    words: list[str] = []
    number: dict[str, int] = {}
    totals = np.zeros(0, dtype=np.int64)
    chunks: list[_ChunkCounts] = []
    if consume and not isinstance(docs, list):
        raise TypeError("only a list of documents can be consumed")
    for start in range(0, len(docs), _CODE_CHUNK):
        if consume:
            chunk = docs[:_CODE_CHUNK]
            del docs[:_CODE_CHUNK]
        else:
            chunk = docs[start : start + _CODE_CHUNK]
        local, uniques, lengths = _chunk_words(chunk)
        del chunk
        if not uniques:
            continue
        ids = np.empty(len(uniques), dtype=np.int64)
        for k, w in enumerate(uniques):
            i = number.get(w)
            if i is None:
                i = number[w] = len(words)
                words.append(w)
            ids[k] = i
        coded = ids[local]
        del local
        n_words = len(words)
        counted = np.bincount(coded, minlength=n_words)
        counted[: len(totals)] += totals
        totals = counted
        doc = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
        pairs, n = np.unique(doc * n_words + coded, return_counts=True)
        del doc, coded
        doc, word = np.divmod(pairs, n_words)
        i32 = np.int32
        chunks.append((start, doc.astype(i32), word.astype(i32), n.astype(i32)))
        del pairs, n, doc, word
        # Arrow's pool and the C heap keep each chunk's temporaries (a few MB each) for
        # reuse: at 350,000 items about 0.1 GB held beside the counts.
        release_freed_memory(collect=False)
    return words, totals, chunks


#: Every character ``str.split()`` splits on but the space (Python's whitespace: category
#: Zs, or bidirectional class WS, B or S). Documents holding none of them are split on
#: spaces in Arrow, which gives the same words.
_OTHER_SPACE = (
    r"[\t\n\x0b\x0c\r\x1c-\x1f\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}"
    r"\x{202f}\x{205f}\x{3000}]"
)


def _chunk_words(chunk: Sequence[str]) -> tuple[np.ndarray, list[str], np.ndarray]:
    """(each word's number among the chunk's distinct words, those words in order of
    first appearance, the number of words of each document) of ``str.split()`` of each
    document: split on spaces in Arrow, or in Python where a document holds other
    whitespace (or text Arrow cannot hold)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        # Encoded here, not by Arrow: Arrow asks each str for its UTF-8 form, which
        # CPython then keeps beside the str for as long as it lives (a second copy of
        # every document with a non-ASCII letter).
        encoded = [d.encode() for d in chunk]
        arr = pa.array(encoded, type=pa.large_binary()).cast(pa.large_string())
        del encoded
    except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeError):
        arr = None
    if arr is None or pc.any(pc.match_substring_regex(arr, _OTHER_SPACE)).as_py():
        split = [d.split() for d in chunk]
        counts = np.array([len(s) for s in split], dtype=np.int64)
        flat = list(chain.from_iterable(split))
        del split
        if not flat:
            return np.zeros(0, dtype=np.int64), [], counts
        local, uniques = pd.factorize(np.array(flat, dtype=object))
        return local.astype(np.int64), uniques.tolist(), counts
    split = pc.split_pattern(arr, " ")
    flat, parent = pc.list_flatten(split), pc.list_parent_indices(split)
    del split
    nonempty = pc.greater(pc.binary_length(flat), 0)
    flat, parent = flat.filter(nonempty), parent.filter(nonempty)
    counts = np.bincount(parent.to_numpy(), minlength=len(chunk)).astype(np.int64)
    encoded = flat.dictionary_encode()  # numbered in order of first appearance
    return encoded.indices.to_numpy().astype(np.int64), encoded.dictionary.to_pylist(), counts


#: Matrix entries weighted at a time by ``_tfidf_matrix`` (bounds a temporary array).
_IDF_SLICE = 1 << 20


def _tfidf_matrix(
    docs: Sequence[str],
    min_df: int | float,
    max_df: int | float,
    max_features: int | None,
    release_docs: bool = False,
) -> tuple[Any, np.ndarray]:
    """(TF-IDF rows, feature names) of space-separated term strings, their words mapped
    onto corpus stems (``_normaliser``): exactly what scikit-learn's ``TfidfVectorizer(
    analyzer=<the word list>, sublinear_tf=True, min_df=…, max_df=…, max_features=…)``
    gives, the same values in the same order within each row (the topic model's sums
    follow it), with its feature names. Raises ValueError where it does (no words, or
    none left after pruning).

    The vectoriser counts word by word in Python (18 s at 50,000 meetings); here the words
    are numbered once per chunk and counted with numpy. Its steps, reproduced: the
    vocabulary numbers the (normalised) words by first appearance and each row is sorted
    by that number; features are then renamed to their alphabetical rank without
    re-sorting the rows, pruned by document frequency and cut to the ``max_features``
    most frequent (its own ``argsort`` on the same counts, so ties fall alike).

    With ``release_docs`` the list ``docs`` is emptied as its words are counted (see
    ``topics_from_terms``).
    """
    from numbers import Integral

    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.preprocessing import normalize

    n_docs = len(docs)
    words, totals, chunks = _doc_word_counts(docs, consume=release_docs)
    if not words:
        raise ValueError("empty vocabulary")
    norm = _normaliser(dict(zip(words, totals.tolist(), strict=True)))
    # The vectoriser's vocabulary: the normalised words by first appearance (a word's
    # first appearance is that of the first of its raw forms, which are numbered so).
    vocab: dict[str, int] = {}
    term_of = np.fromiter(
        (vocab.setdefault(t, len(vocab)) for t in (norm.get(w, w) for w in words)),
        dtype=np.int64,
        count=len(words),
    )
    del words, totals, norm
    n_terms = len(vocab)
    names = sorted(vocab)
    rank = np.empty(n_terms, dtype=np.int32)
    rank[[vocab[t] for t in names]] = np.arange(n_terms, dtype=np.int32)
    # Each chunk's words become terms, in place: the counts of words normalised onto one
    # term added up, each row sorted by the term's number and the terms then named by
    # their rank. Document frequencies and counts by rank are summed on the way.
    dfs = np.zeros(n_terms, dtype=np.int64)
    tfs = np.zeros(n_terms, dtype=np.float64)  # sums of integers: exact in any order
    for k, (start, doc, word, n) in enumerate(chunks):
        pairs, where = np.unique(
            doc.astype(np.int64) * n_terms + term_of[word], return_inverse=True
        )
        tf = np.bincount(where, weights=n, minlength=len(pairs))
        del doc, word, n, where
        doc, term = np.divmod(pairs, n_terms)
        col = rank[term]
        dfs += np.bincount(col, minlength=n_terms)
        tfs += np.bincount(col, weights=tf, minlength=n_terms)
        chunks[k] = (start, doc.astype(np.int32), col, tf.astype(np.int32))
        del pairs, doc, term, col, tf
    del term_of, rank

    high = max_df if isinstance(max_df, Integral) else max_df * n_docs
    low = min_df if isinstance(min_df, Integral) else min_df * n_docs
    if high < low:
        raise ValueError("max_df corresponds to < documents than min_df")
    mask = np.ones(n_terms, dtype=bool)
    mask &= dfs <= high
    mask &= dfs >= low
    if max_features is not None and mask.sum() > max_features:
        mask_inds = (-tfs[mask]).argsort()[:max_features]
        new_mask = np.zeros(n_terms, dtype=bool)
        new_mask[np.where(mask)[0][mask_inds]] = True
        mask = new_mask
    if not mask.any():
        raise ValueError("After pruning, no terms remain.")
    # The rows, chunk after chunk, into arrays of the size of every entry (pages not
    # written to take no memory), each chunk let go of once copied: the counts are held
    # about once, not once in chunks and once in the matrix.
    new_index = np.cumsum(mask, dtype=np.int32) - 1
    bound = sum(len(c[1]) for c in chunks)
    data = np.empty(bound, dtype=np.float64)
    indices = np.empty(bound, dtype=np.int32)
    per_doc = np.zeros(n_docs, dtype=np.int64)
    nnz = 0
    chunks.reverse()
    while chunks:
        start, doc, col, tf = chunks.pop()
        kept = mask[col]
        end = nnz + int(np.count_nonzero(kept))
        data[nnz:end] = tf[kept]
        indices[nnz:end] = new_index[col[kept]]
        counts = np.bincount(doc[kept])
        per_doc[start : start + len(counts)] = counts
        nnz = end
        del doc, col, tf, kept, counts
        release_freed_memory(collect=False)  # the chunk's arrays, on the C heap
    indptr = np.zeros(n_docs + 1, dtype=np.int32)
    np.cumsum(per_doc, out=indptr[1:])
    del per_doc
    x = sparse.csr_matrix((data[:nnz], indices[:nnz], indptr), shape=(n_docs, int(mask.sum())))
    del data, indices
    tfidf = TfidfTransformer(sublinear_tf=True).fit(x)
    # ``tfidf.transform(x, copy=False)``, its product with the idf weights a slice of the
    # entries at a time (it makes a temporary array of every entry's weight: at 50,000
    # meetings 0.1 GB above the matrix). Element by element, so the same bits.
    np.log(x.data, out=x.data)
    x.data += 1.0
    for start in range(0, x.nnz, _IDF_SLICE):
        part = slice(start, start + _IDF_SLICE)
        x.data[part] *= tfidf.idf_[x.indices[part]]
    x = normalize(x, norm="l2", copy=False)
    features = np.asarray([names[i] for i in np.flatnonzero(mask)], dtype=object)
    return x, features


def _empty_topics() -> tuple[pd.DataFrame, pd.DataFrame]:
    topics = pd.DataFrame(
        {
            "topic": pd.Series(dtype="int64"),
            "label": pd.Series(dtype=str),
            "top_terms": pd.Series(dtype=str),
            "weight": pd.Series(dtype="float64"),
            "covered_by_taxonomy": pd.Series(dtype=object),
        }
    )
    item_topics = pd.DataFrame(
        {
            "item_id": pd.Series(dtype=str),
            "topic": pd.Series(dtype="int64"),
            "weight": pd.Series(dtype="float64"),
        }
    )
    return topics, item_topics


def vectoriser_params(n_docs: int) -> dict[str, Any]:
    """TF-IDF settings scaled to the number of documents (items)."""
    return {
        "min_df": 1 if n_docs < 50 else max(2, n_docs // 1000),
        "max_df": 1.0 if n_docs < 10 else 0.5,
        "max_features": int(min(20_000, max(500, 30 * n_docs))),
    }


def _phrase_word_matcher(tax: Taxonomy) -> _Matcher:
    """A matcher on the single words of phrase terms ("økonomisk råderum" -> both words)."""
    themes = []
    for t in tax:
        words = {
            w for term in t.terms if " " in term for w in term.split() if len(w.strip("*")) >= 3
        }
        themes.append(Theme(t.key, t.label, "", tuple(sorted(words)) or ("-",), t.exclude))
    return _Matcher(themes)


def _covering_theme(
    terms: Sequence[str], tax: Taxonomy, matchers: tuple[_Matcher, _Matcher]
) -> str | None:
    """The theme matching most of a topic's terms.

    A topic term matching a one-word theme term counts 1, one matching a word of a phrase
    term 0.5; both times (n - rank) / n, so the topic's first terms count most.
    """
    scores = np.zeros(len(tax))
    n = len(terms)
    for rank, term in enumerate(terms):
        for weight, matcher in zip((1.0, 0.5), matchers, strict=True):
            for t, found in enumerate(matcher.hits([(term, term)])):
                scores[t] += weight * (n - rank) / n * bool(found)
    if scores.max(initial=0) == 0:
        return None
    return tax[int(np.argmax(scores))].key  # ties: first in taxonomy order


def discovered_topics(
    items: pd.DataFrame,
    sections: pd.DataFrame,
    n_topics: int = 8,
    n_terms: int = 10,
    random_state: int = 0,
    taxonomy: Sequence[Theme] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Topics found by NMF on TF-IDF of lemmas (title + body of each item).

    items: item_id, title. sections: item_id, section, position, text.
    Out: (topics: topic, label (top 3 terms), top_terms (';'-joined), weight (share of all
    topic weight), covered_by_taxonomy (theme key whose terms match most top terms, or
    None)), (item_topics: item_id, topic, weight (share of the item's topic weight, rows
    below ``ITEM_TOPIC_FLOOR`` left out)). Topics are numbered 1.. by descending weight;
    ``n_topics`` is clipped to what the corpus supports. Deterministic.
    """
    tax = _as_taxonomy(taxonomy)
    if items.empty or n_topics < 1:
        return _empty_topics()
    ids = items["item_id"].astype(str).tolist()
    return topics_from_terms(
        ids, _topic_docs(items, sections, tax), n_topics, n_terms, random_state, tax
    )


#: Above this many items the topic model (NMF) is fitted on a sample of this many of them,
#: drawn with ``random_state``, and then applied to every item (``NMF.transform``): the
#: fit's time and working copies grow with the items, while the topics of a corpus of
#: 100,000 items hardly move with more of the same. The vocabulary and TF-IDF weights
#: still come from every item. Far above every corpus the tests build (their topics are
#: fitted on all items, as before), and below the 350,000 items of 50,000 meetings.
TOPIC_FIT_MAX_ITEMS = 100_000


def _fitted_topic_model(
    x: Any, k: int, random_state: int, fit_max_items: int | None
) -> tuple[np.ndarray, np.ndarray]:
    """(item weights W, topic terms H) of an NMF with ``k`` topics of the TF-IDF rows
    ``x``: fitted on every row, or on a sample of ``fit_max_items`` rows when there are
    more (see ``TOPIC_FIT_MAX_ITEMS``) and then applied to all of them."""
    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning
    from threadpoolctl import threadpool_limits

    model = NMF(n_components=k, init="nndsvda", random_state=random_state, max_iter=500)
    n = x.shape[0]
    # One BLAS thread: the products are thin (items x k), so a second thread mostly
    # contends with the build's own threads (half the CPU and wall at 10,000 meetings),
    # and the weights no longer depend on the machine's core count in their last bits.
    with warnings.catch_warnings(), threadpool_limits(limits=1):
        warnings.simplefilter("ignore", ConvergenceWarning)
        if fit_max_items is None or n <= fit_max_items:
            w = model.fit_transform(x)
        else:
            rng = np.random.default_rng(random_state)
            sample = np.sort(rng.choice(n, size=fit_max_items, replace=False))
            model.fit(x[sample])
            w = model.transform(x)
    return w, model.components_


def topics_from_terms(
    item_ids: Sequence[str],
    terms: Sequence[str],
    n_topics: int = 8,
    n_terms: int = 10,
    random_state: int = 0,
    taxonomy: Sequence[Theme] | None = None,
    fit_max_items: int | None = TOPIC_FIT_MAX_ITEMS,
    release_terms: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``discovered_topics`` from each item's candidate words (see ``item_theme_rows``).

    The build computes the words where each file is parsed; only this corpus-wide step
    (normalising, TF-IDF, NMF) runs on the whole corpus. With more than ``fit_max_items``
    items the NMF is fitted on a sample (``TOPIC_FIT_MAX_ITEMS``; None: never).

    With ``release_terms`` the caller hands the list ``terms`` over: it is emptied as its
    words are counted, a chunk at a time, so that its strings (0.2 GB at 50,000 meetings)
    are let go of while the counts are made, not held until the model is fitted.
    """
    tax = _as_taxonomy(taxonomy)
    if not len(item_ids) or n_topics < 1:
        return _empty_topics()
    n_docs = len(terms)
    try:
        x, terms = _tfidf_matrix(terms, **vectoriser_params(n_docs), release_docs=release_terms)
    except ValueError:  # empty vocabulary
        return _empty_topics()
    k = int(min(n_topics, n_docs, x.shape[1]))
    if k < 1 or x.nnz == 0:
        return _empty_topics()
    w, h = _fitted_topic_model(x, k, random_state, fit_max_items)
    del x
    totals = w.sum(axis=0)
    order = np.lexsort((np.arange(k), -totals))  # by weight, then component index
    grand = totals.sum() or 1.0
    matchers = (_Matcher(tax), _phrase_word_matcher(tax))
    topic_rows = []
    for rank, comp in enumerate(order, start=1):
        row = h[comp]
        top = [terms[i] for i in np.lexsort((terms, -row))[:n_terms] if row[i] > 0]
        topic_rows.append(
            {
                "topic": rank,
                "label": ", ".join(top[:3]),
                "top_terms": ";".join(top),
                "weight": float(totals[comp] / grand),
                "covered_by_taxonomy": _covering_theme(top, tax, matchers),
            }
        )
    topics = pd.DataFrame(topic_rows, columns=_empty_topics()[0].columns)
    topics = topics.astype({"topic": "int64", "weight": "float64"})
    covered = [r["covered_by_taxonomy"] for r in topic_rows]
    topics["covered_by_taxonomy"] = pd.Series(covered, dtype=object, index=topics.index)
    shares = w[:, order]
    sums = shares.sum(axis=1, keepdims=True)
    shares = np.divide(shares, sums, out=np.zeros_like(shares), where=sums > 0)
    r, c = np.nonzero(shares >= ITEM_TOPIC_FLOOR)
    ids = np.asarray(item_ids, dtype=object)
    item_topics = pd.DataFrame(
        {"item_id": ids[r], "topic": (c + 1).astype("int64"), "weight": shares[r, c]}
    )
    item_topics = item_topics.sort_values(
        ["item_id", "weight", "topic"], ascending=[True, False, True], kind="mergesort"
    ).reset_index(drop=True)
    return topics, item_topics


__all__ = [
    "Theme",
    "Taxonomy",
    "ThemeConfigError",
    "load_taxonomy",
    "theme_labels",
    "THEME_LABELS_DA",
    "match_terms",
    "theme_scores_table",
    "item_themes_table",
    "primary_theme",
    "with_default_theme",
    "discovered_topics",
    "item_body",
    "item_theme_rows",
    "topics_from_terms",
    "vectoriser_params",
    "word_forms",
]
