"""Find agenda items by a word or phrase, lemmatised: "budgettet" finds "budget".

Titles and section texts are tokenised once with the project's Danish pipeline
(``analysis.nlp.danish_nlp``); a query matches a run of consecutive words whose forms
equal the query's forms. A word's forms are its lemma, its lower-cased text and, where
the lemma table does not know it, its stem with the inflection taken off ("målplanerne"
-> "målplan"). A compound also matches its head ("dagtilbudspolitikken" -> "politik"):
searching "politik" finds every policy. ``compounds=True`` also lets a query word match
a compound's modifier or any part of a word ("dagtilbud" and "budget" find
"dagtilbudspolitikken" and "anlægsbudgettet").

Upper-case acronyms in the query (MED, ØU: two to five capitals) match case-sensitively,
as a word or a hyphenated part of one ("MED-udvalget"), so "MED" does not find "med";
nor, with compounds, the start of a word in capitals ("MEDDELELSER"), nor a line written
in capitals ("SAMARBEJDE MED PPR"), where the acronym cannot be told from the word.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter

import numpy as np
import pandas as pd
from spacy.attrs import IDX, LENGTH, ORTH
from spacy.vocab import Vocab

from analysis.compounds import Word as _Word
from analysis.compounds import word as _word
from analysis.metrics import Forum, Years, decision_label, select
from analysis.nlp import Pieces, danish_nlp, lemma_hash
from analysis.vocab import SECTION_LABELS_DA

#: Characters of context on each side of a match in the snippet.
CONTEXT_CHARS = 80
#: Index entries kept in memory (one per distinct set of tables searched).
_CACHE_SIZE = 4
#: A word of letters joined by hyphens ("MED-udvalget", "børne-ungeudvalget").
_HYPHENATED = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+$")
#: A query word written in two to five capitals is an acronym (MED, ØU, KB).
_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,5}$")

#: The columns ``find_items`` reads of each table (a caller may load only these).
TABLE_COLUMNS = {
    "items": ("item_id", "meeting_id", "date", "number", "title", "decision_type"),
    "meetings": ("meeting_id", "forum", "year"),
    "sections": ("item_id", "position", "section", "heading", "text"),
}

RESULT_COLUMNS = [
    "date",
    "title",
    "decision_type",
    "decision_label",
    "section",
    "section_label",
    "snippet",
    "match",
    "n_matches",
    "item_id",
    "forum",
]


@dataclass(frozen=True, slots=True)
class _Unit:
    """One searchable text: an item's title or one of its sections.

    Its tokens are worked out when asked for (a match's snippet, the exhaustive
    reference): the index itself keeps only each token's written form (``_Vocabulary``).
    Slots, not a ``__dict__`` each: an index holds one unit per title and section (two
    million at 50,000 meetings).
    """

    item_id: str
    section: str  # 'title' or the section key
    heading: str
    text: str
    #: the tokens' (key, lower) and spans, once asked for
    _forms_memo: tuple | None = field(default=None, compare=False, repr=False)
    _spans_memo: tuple | None = field(default=None, compare=False, repr=False)

    @property
    def _forms(self) -> tuple[tuple[str, str], ...]:
        if self._forms_memo is None:  # frozen: set as the cached_property before did
            forms = tuple(_TOKEN_OF[orth] for orth in _orths(self.text))
            object.__setattr__(self, "_forms_memo", forms)
        return self._forms_memo  # type: ignore[return-value]

    @property
    def keys(self) -> tuple[str, ...]:
        """Lemma (words) or lower-cased text (numbers), per token."""
        return tuple(key for key, _ in self._forms)

    @property
    def lowers(self) -> tuple[str, ...]:
        return tuple(low for _, low in self._forms)

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Character offsets of each token (all a match's snippet needs)."""
        if self._spans_memo is None:
            object.__setattr__(self, "_spans_memo", _spans(self.text))
        return self._spans_memo  # type: ignore[return-value]

    @property
    def words(self) -> tuple[_Word, ...]:
        """Forms, heads and modifiers of each token (see ``_word``)."""
        return tuple(_word(k, lo) for k, lo in zip(self.keys, self.lowers, strict=True))

    def written(self, i: int) -> str:
        """Token ``i`` as written (case kept)."""
        return self.text[self.spans[i][0] : self.spans[i][1]]


#: orth hash -> (key, lower) of a word or number token, None for other tokens.
_TOKEN_OF: dict[int, tuple[str, str] | None] = {}


def _token_info(orth: int, vocab: Vocab) -> tuple[str, str] | None:
    lex = vocab[orth]  # the lexeme carries the token's is_alpha, like_num and lower
    word = lex.is_alpha or _HYPHENATED.match(lex.orth_) is not None  # "MED-udvalget"
    if not (word or lex.like_num):
        return None
    low = lex.lower_
    key = vocab.strings[lemma_hash(lex.lower, vocab.strings)] if word else low
    return key, low


def _tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Keys (lemma of a word, the lower-cased number), lower forms and character spans."""
    forms = [_TOKEN_OF[orth] for orth in _orths(text)]  # type: ignore[misc]
    return tuple(k for k, _ in forms), tuple(lo for _, lo in forms), _spans(text)


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """The character offsets of the tokens ``_orths`` gives."""
    pieces = _PIECES(text)
    if pieces is None:  # a special case might join two pieces: spaCy's doc decides
        return _spacy_tokens_and_orths(text)[2]
    spans: list[tuple[int, int]] = []
    at = 0
    for piece in pieces:
        if piece.spans:
            spans.extend((at + a, at + b) for a, b in piece.spans)
        at += piece.length
    return tuple(spans)


def _orths(text: str) -> tuple[int, ...]:
    """The orth hash (the form as written) of each token of ``text`` the index keeps (a
    word or a number), as ``_spacy_tokens_and_orths`` gives them, worked out piece by
    piece (``nlp.Pieces``): a text is mostly pieces seen before."""
    pieces = _PIECES(text)
    if pieces is None:  # spaCy's doc, its distinct forms decided once
        orths = danish_nlp().tokenizer(text).to_array(ORTH)
        forms, inverse = np.unique(orths, return_inverse=True)
        kept = np.array([_info(h) is not None for h in forms.tolist()], dtype=bool)
        return tuple(orths[kept[inverse.ravel()]].tolist())
    return tuple(chain.from_iterable(map(_PIECE_ORTHS, pieces)))  # map: no Python frame a piece


def _info(orth: int) -> tuple[str, str] | None:
    """``_token_info`` of a form, decided once (``_TOKEN_OF``)."""
    if orth in _TOKEN_OF:
        return _TOKEN_OF[orth]
    info = _TOKEN_OF[orth] = _token_info(orth, danish_nlp().vocab)
    return info


@dataclass(frozen=True)
class _Piece:
    """The tokens of one piece of a text (see ``nlp.Pieces``) the index keeps."""

    length: int  # characters, the trailing space included
    orths: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]  # offsets in the piece


def _make_piece(piece: str, tokens: tuple[str, ...]) -> _Piece:
    vocab = danish_nlp().vocab
    orths, spans = [], []
    at = 0
    for token in tokens:
        orth = vocab.strings.add(token)  # the hash spaCy's doc gives the token
        if _info(orth) is not None:
            orths.append(orth)
            spans.append((at, at + len(token)))
        at += len(token)  # a run's tokens are the run cut up (white space is no token)
    return _Piece(len(piece), tuple(orths), tuple(spans))


#: The pieces of the texts searched so far, each tokenised once.
_PIECES: Pieces[_Piece] = Pieces(_make_piece, limit=500_000)
_PIECE_ORTHS = attrgetter("orths")


def _spacy_tokens_and_orths(text: str) -> tuple:
    """``_tokens`` and ``_orths`` from one spaCy doc of ``text``: the reference the piece
    by piece path is held to (tests), and ``_tokens``' answer where that path cannot
    decide. Tokenises only: a lemma depends on the form alone (see ``analysis.nlp``)."""
    nlp = danish_nlp()
    keys, lowers, spans, orths = [], [], [], []
    for orth, idx, length in nlp.tokenizer(text).to_array([ORTH, IDX, LENGTH]).tolist():
        info = _info(orth)
        if info is None:
            continue
        keys.append(info[0])
        lowers.append(info[1])
        spans.append((idx, idx + length))
        orths.append(orth)
    return tuple(keys), tuple(lowers), tuple(spans), tuple(orths)


#: Texts tokenised between two calls of a ``SearchIndex``'s ``pause``.
PAUSE_EVERY = 200


class SearchIndex:
    """Tokenised titles and sections of the items in ``tables`` (items, sections)."""

    def __init__(
        self, tables: Mapping[str, pd.DataFrame], pause: Callable[[], None] | None = None
    ) -> None:
        """``pause`` is called every ``PAUSE_EVERY`` texts: a build in the background
        (the explorer's) waits there while work someone waits for runs."""
        self.items = tables["items"]
        self.sections = tables["sections"]
        units = []
        # Minutes repeat texts (decisions such as "Godkendt.", attachment lists, standard
        # paragraphs): each distinct text is tokenised once. Its tokens are kept as the
        # numbers of their written forms in an int32 array (``_FormNumbers``), not as a
        # tuple of Python ints: 4 bytes a token instead of 8 in the tuples and 24 more in
        # their flattened uint64 copy and ``np.unique``'s sort and inverse (about 50
        # million tokens at 50,000 meetings).
        numbers = _FormNumbers()
        seen: dict[str, np.ndarray] = {}
        tokens: list[np.ndarray] = []

        # One string object for each item id, section key and heading however many units
        # repeat it (each row read from the table is a new one).
        shared: dict[str, str] = {}
        one = shared.setdefault

        def add(item_id: object, section: str, heading: str, text: str) -> None:
            found = seen.get(text)
            if found is None:
                found = seen[text] = numbers.of(_orths(text))
            tokens.append(found)
            item = str(item_id)
            units.append(_Unit(one(item, item), one(section, section), one(heading, heading), text))

        for item_id, title in zip(self.items["item_id"], self.items["title"], strict=True):
            add(item_id, "title", "Titel", "" if pd.isna(title) else str(title))
        secs = self.sections.sort_values(["item_id", "position"])
        columns = (secs[c].tolist() for c in ("item_id", "section", "heading", "text"))
        for n, (item_id, section, heading, text) in enumerate(zip(*columns, strict=True)):
            if pause is not None and n % PAUSE_EVERY == 0:
                pause()
            text = "" if pd.isna(text) else str(text)
            heading = "" if pd.isna(heading) else str(heading)
            add(item_id, str(section), heading, text)
        self.units: list[_Unit] = units
        seen.clear()  # the texts are in the units; the numbers in ``tokens``
        self._vocab = _Vocabulary(tokens, numbers.hashes)

    def matches(
        self, query: str, compounds: bool = False, exhaustive: bool = False
    ) -> list[tuple[_Unit, int, int]]:
        """(unit, first token, last token + 1) of every match of ``query``, in the order
        of the units and their tokens.

        Each query word is tested once against each distinct written form of the corpus
        (``_Vocabulary``), then the corpus' tokens are looked up in that answer at once.
        ``exhaustive`` tests every token of every unit instead: the same answer, slowly
        (the reference the tests hold the fast path to).
        """
        q_keys, q_lowers, q_spans = _tokens(query)
        if not q_keys:
            return []
        terms = [
            _Query(query[a:b], k, lo, _word(k, lo).forms)
            for k, lo, (a, b) in zip(q_keys, q_lowers, q_spans, strict=True)
        ]
        if not exhaustive:
            found = [(self.units[u], i, j) for u, i, j in self._vocab.matches(terms, compounds)]
        else:
            n = len(terms)
            found = []
            for unit in self.units:
                words = unit.words
                for i in range(len(unit.keys) - n + 1):
                    if all(
                        _token_matches(unit, i + j, words[i + j], terms[j], compounds)
                        for j in range(n)
                    ):
                        found.append((unit, i, i + n))
        if any(q.acronym for q in terms):
            found = [(unit, i, j) for unit, i, j in found if not _shouted(unit, i, j)]
        return found


class _Vocabulary:
    """Every token of the corpus as the number of its written form, unit after unit,
    and what each written form can match.

    A query word is matched against the distinct written forms (a few thousand, not
    millions of tokens): candidates come from maps of forms, heads and modifiers and, for
    the substring cases (compounds=True, acronyms), a scan of the forms joined into one
    string; each candidate is then decided by the same predicate ``_token_matches`` uses.
    """

    def __init__(self, units: list[np.ndarray], seen: list[int]) -> None:
        """``units``: each unit's tokens as numbers into ``seen``, the orth hashes of the
        written forms in the order first met. Renumbered here in the order of the hashes
        (as ``np.unique`` over every token numbered them)."""
        lengths = np.fromiter((len(u) for u in units), dtype=np.int64, count=len(units))
        #: unit u's tokens are tokens[offsets[u] : offsets[u + 1]]
        self.offsets = np.concatenate(([0], np.cumsum(lengths)))
        hashes = np.array(seen, dtype=np.uint64)
        order = np.argsort(hashes, kind="stable")
        rank = np.empty(len(order), dtype=np.int32)
        rank[order] = np.arange(len(order), dtype=np.int32)
        hashes = hashes[order]
        self.tokens = rank[np.concatenate(units) if units else np.zeros(0, dtype=np.int32)]
        strings = danish_nlp().vocab.strings
        self.written = [strings[int(h)] for h in hashes.tolist()]
        self.forms = [_TOKEN_OF[int(h)] for h in hashes.tolist()]  # (key, lower) each
        self.words = [_word(k, lo) for k, lo in self.forms]
        self._by: dict[str, dict[str, list[int]]] = {"form": {}, "head": {}, "modifier": {}}
        for t, word in enumerate(self.words):
            for kind, values in (
                ("form", word.forms),
                ("head", word.heads),
                ("modifier", word.modifiers),
            ):
                for v in values:
                    self._by[kind].setdefault(v, []).append(t)
        self._blobs = {
            "written": _Blob(self.written),
            "key": _Blob([k for k, _ in self.forms]),
            "lower": _Blob([lo for _, lo in self.forms]),
        }

    def accepted(self, q: _Query, compounds: bool) -> np.ndarray:
        """Per written form, whether a token so written matches ``q``."""
        if q.acronym:
            candidates = self._blobs["written"].containing(q.written)
        else:
            candidates = set()
            kinds = ("form", "head", "modifier") if compounds else ("form", "head")
            for f in q.forms:
                for kind in kinds:
                    candidates.update(self._by[kind].get(f, ()))
                if compounds and len(f) >= 3:
                    candidates |= self._blobs["key"].containing(f)
                    candidates |= self._blobs["lower"].containing(f)
        ok = np.zeros(len(self.written), dtype=bool)
        for t in candidates:
            if q.acronym:
                ok[t] = _acronym_matches(self.written[t], q, compounds)
            else:
                key, lower = self.forms[t]
                ok[t] = _word_matches(key, lower, self.words[t], q, compounds)
        return ok

    def matches(self, terms: list[_Query], compounds: bool) -> list[tuple[int, int, int]]:
        """(unit, first token, last token + 1) of each run of tokens the terms accept."""
        n, total = len(terms), len(self.tokens)
        if total < n:
            return []
        hit = self.accepted(terms[0], compounds)[self.tokens[: total - n + 1]]
        for j, q in enumerate(terms[1:], start=1):
            if not hit.any():
                break
            hit &= self.accepted(q, compounds)[self.tokens[j : total - n + 1 + j]]
        starts = np.flatnonzero(hit)
        units = np.searchsorted(self.offsets, starts, side="right") - 1
        inside = starts + n <= self.offsets[units + 1]  # a phrase never spans two units
        starts, units = starts[inside], units[inside]
        firsts = starts - self.offsets[units]
        return [(u, i, i + n) for u, i in zip(units.tolist(), firsts.tolist(), strict=True)]


class _FormNumbers(dict):
    """Orth hash -> the number of its written form, numbered as first met (``hashes``)."""

    def __init__(self) -> None:
        super().__init__()
        self.hashes: list[int] = []

    def __missing__(self, orth: int) -> int:
        number = self[orth] = len(self.hashes)
        self.hashes.append(orth)
        return number

    def of(self, orths: tuple[int, ...]) -> np.ndarray:
        """The numbers of ``orths`` (int32)."""
        return np.fromiter(map(self.__getitem__, orths), dtype=np.int32, count=len(orths))


class _Blob:
    """Strings joined into one, to find those containing a substring in one scan."""

    def __init__(self, strings: list[str]) -> None:
        self.text = "\x00".join(strings)
        lengths = np.fromiter((len(s) + 1 for s in strings), dtype=np.int64, count=len(strings))
        self.starts = np.concatenate(([0], np.cumsum(lengths)))[:-1]

    def containing(self, part: str) -> set[int]:
        if not part or "\x00" in part:
            return set()
        at = [m.start() for m in re.finditer(re.escape(part), self.text)]
        return set((np.searchsorted(self.starts, at, side="right") - 1).tolist())


@dataclass(frozen=True)
class _Query:
    """One word of a query: as written, lemma, lower case and forms."""

    written: str
    key: str
    lower: str
    forms: frozenset[str]

    @property
    def acronym(self) -> bool:
        return bool(_ACRONYM.match(self.written))


def _token_matches(unit: _Unit, i: int, word: _Word, q: _Query, compounds: bool) -> bool:
    if q.acronym:
        return _acronym_matches(unit.written(i), q, compounds)
    return _word_matches(unit.keys[i], unit.lowers[i], word, q, compounds)


def _acronym_matches(written: str, q: _Query, compounds: bool) -> bool:
    """An acronym matches case-sensitively: the word, a hyphenated part of it or, with
    compounds, a run of capitals of its own inside a word ("HovedMED", "LokalMED")."""
    return (
        written == q.written
        or q.written in written.split("-")
        or (compounds and _own_capitals(written, q.written))
    )


def _own_capitals(written: str, acronym: str) -> bool:
    """``acronym`` in ``written`` with no capital right before or after it: "HovedMED",
    not the first letters of a word in capitals ("MEDDELELSER", "MEDLEMMER")."""
    start = written.find(acronym)
    while start >= 0:
        end = start + len(acronym)
        before = start > 0 and written[start - 1].isupper()
        after = end < len(written) and written[end].isupper()
        if not (before or after):
            return True
        start = written.find(acronym, start + 1)
    return False


#: A word of six or more capitals: longer than any acronym, so the line is in capitals.
_CAPITALS_WORD = re.compile(r"[A-ZÆØÅ]{6,}")


def _shouted(unit: _Unit, i: int, j: int) -> bool:
    """Whether tokens ``i:j`` stand in a line written in capitals ("SAMARBEJDE MED PPR
    OM TIDLIG INDSATS"), where an acronym cannot be told from the word ("med")."""
    text = unit.text
    a, b = unit.spans[i][0], unit.spans[j - 1][1]
    end = text.find("\n", b)
    rest = text[text.rfind("\n", 0, a) + 1 : a] + text[b : len(text) if end < 0 else end]
    return not any(c.islower() for c in rest) and _CAPITALS_WORD.search(rest) is not None


def _word_matches(key: str, lower: str, word: _Word, q: _Query, compounds: bool) -> bool:
    if q.forms & word.forms or q.forms & word.heads:
        return True
    if not compounds:
        return False
    return bool(q.forms & word.modifiers) or any(
        len(f) >= 3 and (f in key or f in lower) for f in q.forms
    )


_CACHE: list[tuple[pd.DataFrame, pd.DataFrame, SearchIndex]] = []


def search_index(
    tables: Mapping[str, pd.DataFrame], pause: Callable[[], None] | None = None
) -> SearchIndex:
    """The index of ``tables``, built once and kept for the same frames (``pause``: see
    ``SearchIndex``)."""
    items, sections = tables["items"], tables["sections"]
    for cached_items, cached_sections, index in _CACHE:
        if cached_items is items and cached_sections is sections:
            return index
    index = SearchIndex(tables, pause)
    _CACHE.insert(0, (items, sections, index))
    del _CACHE[_CACHE_SIZE:]
    return index


def _snippet(text: str, start: int, end: int, context: int) -> tuple[str, str]:
    """(snippet, match) around text[start:end], cut at word boundaries, '…' where cut."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    snippet = " ".join(text[lo:hi].split())
    prefix, suffix = ("…" if lo > 0 else ""), ("…" if hi < len(text) else "")
    return f"{prefix}{snippet}{suffix}", " ".join(text[start:end].split())


def _section_label(section: str, heading: str) -> str:
    if section == "title":
        return "Titel"
    return SECTION_LABELS_DA.get(section) or heading.strip() or section


def match_row(unit: _Unit, i: int, j: int, context: int = CONTEXT_CHARS) -> dict[str, str]:
    """One match of ``SearchIndex.matches`` in context: item_id, section (key, 'title' for
    the title), section_label (Danish), snippet (``context`` characters around), match."""
    start, end = unit.spans[i][0], unit.spans[j - 1][1]
    snippet, match = _snippet(unit.text, start, end, context)
    return {
        "item_id": unit.item_id,
        "section": unit.section,
        "section_label": _section_label(unit.section, unit.heading),
        "snippet": snippet,
        "match": match,
    }


def find_items(
    tables: Mapping[str, pd.DataFrame],
    query: str,
    forum: Forum = None,
    years: Years = None,
    compounds: bool = False,
    context: int = CONTEXT_CHARS,
    all_matches: bool = False,
    index: SearchIndex | None = None,
) -> pd.DataFrame:
    """Items whose title or text contains ``query`` (a word or phrase), lemmatised.

    In: items, meetings, sections. Out, one row per item (per match with
    ``all_matches``), by date: date, title, decision_type, decision_label, section (key,
    'title' for the title), section_label (Danish), snippet (the match with ``context``
    characters around it), match (as written), n_matches (in the item), item_id, forum.
    The snippet shown is the title's when the title matches, else the first section's.
    ``index``: a ``SearchIndex`` of ``tables`` built by the caller (default: the cached
    one, see ``search_index``).
    """
    sel = select(tables, forum, years)
    if index is None:
        index = search_index(tables)
    keep = set(sel["items"]["item_id"].tolist())
    rows = []
    counts: dict[str, int] = {}
    for unit, i, j in index.matches(query, compounds):
        if unit.item_id not in keep:
            continue
        counts[unit.item_id] = counts.get(unit.item_id, 0) + 1
        if counts[unit.item_id] > 1 and not all_matches:
            continue  # the item's first match (its title's, if any) is the one shown
        rows.append(match_row(unit, i, j, context))
    found = pd.DataFrame(rows, columns=["item_id", "section", "section_label", "snippet", "match"])
    if found.empty:
        return pd.DataFrame(columns=RESULT_COLUMNS)
    found["n_matches"] = found["item_id"].map(counts).astype("int64")
    meetings = sel["meetings"][["meeting_id", "forum"]]
    items = sel["items"][["item_id", "meeting_id", "date", "number", "title", "decision_type"]]
    out = found.merge(items, on="item_id").merge(meetings, on="meeting_id", how="left")
    out["decision_label"] = out["decision_type"].map(decision_label)
    out = out.sort_values(["date", "number"], kind="mergesort").reset_index(drop=True)
    return out[RESULT_COLUMNS]


def to_html(results: pd.DataFrame, max_rows: int = 50) -> str:
    """The results as an HTML table with the match marked, for notebooks (Danish headers)."""
    if results.empty:
        return "<p><em>Ingen punkter fundet.</em></p>"
    head = "".join(
        f"<th style='text-align:left'>{h}</th>"
        for h in ("Dato", "Punkt", "Beslutning", "Fundet i", "Uddrag")
    )
    body = []
    for rec in results.head(max_rows).itertuples(index=False):
        snippet = html.escape(str(rec.snippet))
        match = html.escape(str(rec.match))
        snippet = re.sub(re.escape(match), f"<mark>{match}</mark>", snippet, count=1)
        date = pd.Timestamp(rec.date).strftime("%d.%m.%Y")
        cells = (
            date,
            html.escape(str(rec.title)),
            html.escape(str(rec.decision_label)),
            html.escape(str(rec.section_label)),
            snippet,
        )
        body.append(
            "<tr>" + "".join(f"<td style='text-align:left'>{c}</td>" for c in cells) + "</tr>"
        )
    more = len(results) - max_rows
    tail = f"<p><em>… og {more} punkter mere.</em></p>" if more > 0 else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{tail}"


__all__ = [
    "SearchIndex",
    "search_index",
    "find_items",
    "to_html",
    "RESULT_COLUMNS",
    "TABLE_COLUMNS",
]
