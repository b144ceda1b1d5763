"""The one Danish spaCy pipeline of the project: tokenizer plus an offline lemmatizer.

spaCy's trained Danish models cannot be downloaded here, so the pipeline is
``spacy.blank("da")`` with the lemma lookup table from ``spacy-lookups-data``. It is built
once per process and shared by decisions, themes and search.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Generic, TypeVar

import numpy as np
import spacy
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import load_language_data, registry

T = TypeVar("T")


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """spacy-lookups-data's Danish lemma table (form -> lemma) as a plain dict.

    Read directly rather than through ``spacy.lookups.load_lookups``, whose Table hashes
    all 550,000 keys on loading (4x slower, paid by every worker process of a build).
    """
    return load_language_data(registry.lookups.get("da")["lemma_lookup"])


#: Lower-case string hash -> lemma hash, shared by every doc of the one pipeline.
_LEMMA_OF: dict[int, int] = {}


def lemma_hash(lower: int, strings: StringStore) -> int:
    """Hash of the lemma of a lower-case form (given by its hash in ``strings``)."""
    lemma = _LEMMA_OF.get(lower)
    if lemma is None:
        low = strings[lower]
        lemma = _LEMMA_OF[lower] = strings.add(_lemma_table().get(low, low))
    return lemma


@Language.component("lowercase_lemmatizer")
def _lowercase_lemmatizer(doc: Doc) -> Doc:
    """Set each token's lemma from the lookup table, keyed on the lower-cased form.

    spaCy's own lookup lemmatizer is case-sensitive, so a sentence-initial "Godkendt" or
    "Orienteringen" would keep its inflection; minutes start many sentences that way.
    Works on the doc's arrays (not Token objects), since it runs over every word of a
    corpus: distinct forms are looked up once and cached.
    """
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    known = _LEMMA_OF.get
    # A dict lookup per token: cheaper than np.unique on the short texts this runs on.
    lemma_ids = [
        lemma if (lemma := known(h)) is not None else lemma_hash(h, strings)
        for h in doc.to_array(LOWER).tolist()
    ]
    doc.from_array([LEMMA], np.array(lemma_ids, dtype=np.uint64).reshape(-1, 1))
    return doc


def keep_loaded() -> None:
    """Take every object made so far out of the cyclic garbage collector's walks.

    Called once the pipeline and the word tables are loaded: they live as long as the
    process, and every full collection would walk their hundreds of thousands of objects
    again (about 5 % of a build worker's CPU). Objects still die by reference count.
    """
    gc.freeze()


@lru_cache(maxsize=1)
def danish_nlp() -> Language:
    """Return the shared blank Danish pipeline; ``token.lemma_`` is a lower-case lemma."""
    nlp = spacy.blank("da")
    nlp.add_pipe("lowercase_lemmatizer")
    _lemma_table()  # loaded here (the lemmatizer needs it anyway), before keep_loaded
    keep_loaded()
    return nlp


def lemmatised(text: str) -> Doc:
    """``danish_nlp()(text)``, calling the tokenizer and lemmatizer directly.

    The same doc without ``Language.__call__``'s per-call overhead, which counts on the
    many short texts (decisions, recommendations) the enrichment analyses.
    """
    return _lowercase_lemmatizer(danish_nlp().tokenizer(text))


def lemmas(text: str) -> list[str]:
    """Lower-cased lemmas of the alphabetic tokens of ``text``."""
    return [t.lemma_ for t in danish_nlp()(text) if t.is_alpha]


# --- Tokens by pieces -----------------------------------------------------------------
#: The pieces spaCy's tokenizer tokenises one by one (see ``Pieces``): a run of
#: non-space characters with the single space after it, or a run of white space
#: (``\s`` is ``str.isspace``, as spaCy's).
_PIECE = re.compile(r"\S+ ?|\s+")


def _runs_tokens(runs: list[str]) -> list[tuple[str, ...]]:
    """The tokens spaCy's tokenizer makes of each run of non-space characters, by one call
    on the runs joined by line breaks: each run is tokenised on its own, and no special
    case holds a line break (one doc for many runs: a doc is costly on short texts)."""
    joined = "\n".join(runs)
    spans = danish_nlp().tokenizer(joined).to_array([IDX, LENGTH]).tolist()
    out: list[tuple[str, ...]] = []
    k, start = 0, 0
    for run in runs:
        end = start + len(run)
        while k < len(spans) and spans[k][0] < start:  # the line break before this run
            k += 1
        tokens = []
        while k < len(spans) and spans[k][0] < end:
            idx, length = spans[k]
            tokens.append(joined[idx : idx + length])
            k += 1
        out.append(tuple(tokens))
        start = end + 1
    return out


@lru_cache(maxsize=1)
def _special_pairs() -> frozenset[tuple[str, str]]:
    """Consecutive tokens of the tokenizer's special cases as its special-case matcher
    looks for them: each case's text tokenised without special cases (what spaCy's
    ``add_special_case`` gives the matcher). Only such a pair can join the tokens of two
    pieces into one special case."""
    tokenizer = danish_nlp().tokenizer
    plain = Tokenizer(
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    pairs = set()
    for case in tokenizer.rules:
        orths = [t.text for t in plain(case)]
        pairs.update(zip(orths, orths[1:], strict=False))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def _special_edges() -> tuple[dict[str, int], dict[str, int], int]:
    """``_special_pairs`` as bits: each first token's bits of the second tokens it pairs
    with, each second token's own bit (a pair may join two runs where the bits the first
    ends with meet those the second starts with), and the longest token of them."""
    pairs = _special_pairs()
    bits = {b: 1 << i for i, b in enumerate(sorted({b for _, b in pairs}))}
    follows: dict[str, int] = {}
    for a, b in pairs:
        follows[a] = follows.get(a, 0) | bits[b]
    return follows, bits, max(map(len, follows.keys() | bits.keys()))


def _edges(run: str) -> tuple[int, int]:
    """The bits (see ``_special_edges``) of the second tokens of special-case pairs
    ``run`` starts with, and of those that pair with the first tokens it ends with (see
    ``Pieces``): its prefixes and suffixes looked up."""
    follows, bits, longest = _special_edges()
    starts = ends = 0
    for k in range(1, min(longest, len(run)) + 1):
        starts |= bits.get(run[:k], 0)
        ends |= follows.get(run[-k:], 0)
    return starts, ends


class Pieces(Generic[T]):
    """A text's tokens as spaCy's tokenizer makes them, worked out piece by piece: for
    each piece a value made from its tokens once (``make``) and cached.

    spaCy's tokenizer cuts a text where white space starts or ends and tokenises each run
    on its own (``Tokenizer._tokenize_affixes``, which caches runs the same way); a single
    space after a word is no token but the word's trailing space, so a run of white space
    after a word loses its first space. Then its special cases are matched across the
    whole doc, on the runs' tokens before their own special cases are merged: a match can
    only span two runs where one space separates them and a pair of consecutive tokens of
    some case (``_special_pairs``) ends the first run and starts the second. Such a match
    is never applied (its text holds a space, which no case but " " does), but it can
    shadow a case inside one of its runs (``_apart``). Where a pair might meet, the pieces
    linked that way are tokenised together once; where that changes their tokens (rare:
    emoticons), the text is left to spaCy (``__call__`` gives None). Calling the tokenizer
    once per distinct piece is several times cheaper than a doc per text on the many short
    texts of minutes.
    """

    def __init__(self, make: Callable[[str, tuple[str, ...]], T], limit: int = 100_000) -> None:
        """``make(piece, tokens)``: the value of a piece; ``limit``: the cache starts over
        beyond this many pieces."""
        self._make = make
        self._limit = limit
        #: piece -> (value, the bits of the pairs' second tokens it starts with, and of
        #: those its end pairs with when one space follows it; see ``_edges``): 0 for most
        #: pieces. A pair may join two pieces where the first's end bits meet the next's
        #: start bits: one ``&`` for each neighbours, no look-up.
        self._cache: dict[str, tuple[T, int, int]] = {}
        #: text of pieces a pair might join -> whether spaCy tokenises them as apart
        self._apart: dict[str, bool] = {}

    def _add(self, pieces: list[str]) -> dict[str, tuple[T, int, int]]:
        """Work out and cache the entries of ``pieces`` (new, distinct)."""
        if len(self._cache) + len(pieces) > self._limit:
            self._cache.clear()
            self._apart.clear()
        runs = [p.removesuffix(" ") for p in pieces if not p[0].isspace()]
        tokens = dict(zip(runs, _runs_tokens(runs), strict=True)) if runs else {}
        new = {}
        for piece in pieces:
            starts = ends = 0
            if piece[0].isspace():  # white space: one run, tokenised alone (rare)
                run_tokens = tuple(t.text for t in danish_nlp().tokenizer(piece))
            else:
                run = piece.removesuffix(" ")
                run_tokens = tokens[run]
                starts, ends = _edges(run)
                if run == piece:  # no space after it: no special case spans to the next
                    ends = 0
            new[piece] = (self._make(piece, run_tokens), starts, ends)
        self._cache.update(new)
        return new

    def __call__(self, text: str) -> list[T] | None:
        """The values of the pieces of ``text`` in order (their tokens are the doc's
        tokens), or None when spaCy's special cases join two of them."""
        pieces = _PIECE.findall(text)
        entries = [self._cache.get(p) for p in pieces]
        if None in entries:  # new pieces: tokenised together
            missing = (p for p, e in zip(pieces, entries, strict=True) if e is None)
            new = self._add(list(dict.fromkeys(missing)))
            entries = [new[p] if e is None else e for p, e in zip(pieces, entries, strict=True)]
        out: list[T] = []
        linked: list[int] = []  # pieces i - 1 and i a pair might join, by i
        ends = 0  # of the previous piece
        for value, starts, next_ends in entries:  # type: ignore[misc]
            if ends & starts:
                linked.append(len(out))
            ends = next_ends
            out.append(value)
        if linked and not all(self._tokenised_apart(p) for p in _linked_texts(pieces, linked)):
            return None
        return out

    def _tokenised_apart(self, text: str) -> bool:
        """Whether spaCy's doc of ``text`` (pieces linked by possible pairs) holds the
        tokens of its runs, each tokenised alone (decided once per text)."""
        apart = self._apart.get(text)
        if apart is None:
            apart = self._apart[text] = _apart(text)
        return apart


def _linked_texts(pieces: list[str], linked: list[int]) -> list[str]:
    """The texts of the chains of ``pieces`` that possible pairs link (``linked``: the
    pieces joinable to the one before, ascending): a chain is decided on its own, since
    no special case reaches across its ends."""
    texts: list[str] = []
    first = last = linked[0] - 1
    for i in linked:
        if i - 1 != last:  # a new chain
            texts.append("".join(pieces[first : last + 1]))
            first = i - 1
        last = i
    texts.append("".join(pieces[first : last + 1]))
    return texts


def _apart(text: str) -> bool:
    """Whether spaCy tokenises ``text`` (runs of non-space characters, one space after
    each) into its runs' own tokens: a match of a case across two runs changes nothing
    itself, but spaCy drops matches that overlap a longer one, so it can keep a case inside
    one of the runs from being applied."""
    runs = text.split()
    doc = danish_nlp().tokenizer(text)
    return [t.text for t in doc] == [t for tokens in _runs_tokens(runs) for t in tokens]
