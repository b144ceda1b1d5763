"""The one Danish spaCy pipeline of the project: tokenizer plus an offline lemmatizer.

spaCy's trained Danish models cannot be downloaded here, so the pipeline is
``spacy.blank("da")`` with the lemma lookup table from ``spacy-lookups-data``. It is built
once per process and shared by decisions, themes and search.
"""

from __future__ import annotations

import gc
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.util import load_language_data, registry


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
