"""The search index's tokens worked out piece by piece equal those of a spaCy doc per text.

``search._tokens`` and ``search._orths`` read a text's tokens from the cached pieces
(``nlp.Pieces``) and use a spaCy doc only where a special case could join two pieces;
``search._spacy_tokens_and_orths`` is the doc per text they replace. Results of searches
must not change, so both are compared on texts chosen to be hard, on generated ones, on
real minutes when present, and through whole searches.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import search

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = next(
    (
        p / "realworld" / "raw"
        for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared", Path("/work/shared"))
        if (p / "realworld" / "raw").is_dir()
    ),
    ROOT.parent / "shared" / "realworld" / "raw",
)

#: Hyphens, numbers, æøå, acronyms, compounds, punctuation, URLs, white space and the
#: special cases (abbreviations, emoticons) that can join two pieces.
_TEXTS = [
    "",
    " ",
    "Budget",
    "  Budgettet for 2025 blev GODKENDT. ",
    "MED-udvalget og HovedMED drøftede ØU's indstilling; KB godkendte.",
    "Børne- og Ungeudvalget, Social-, Sundheds- og Seniorudvalget: idræts- og svømmehaller",
    "budgetopfølgning og -kontrol, anlægsbudgettet 2025-2028 og dagtilbudspolitikken",
    "10,5 mio. kr. (ca. 3.000 kr. pr. borger), jf. pkt. 3 og bl.a. kl. 10.30 d. 3. maj",
    "Se: 3 punkter; D. Opfølgning af sagen. Oplægget blev taget til efterretning :-) ;-)",
    "https://www.albertslund.dk/politik?id=17&x=1 og mail@kommune.dk. www.kl.dk/side",
    "“Målplanerne” og 'målplan' samt «ØKONOMI» – og — også… (A, F, Ø) 15 stemmer for",
    "a\tb \t c\xa0d \xa0e\u2003f\r\ng \n\n h",
    "Sagsnr. 24/1122-3, j.nr. 00.01.00-A00-1-24; §17 stk. 4; 1. behandling; 2.-3. klasse",
    "Æbler, ØRESUND, Åen og æøå-ordningen: ÆØÅ-udvalg",
    "Se: 3 punkter\nGodkendt. Oplægget\n\n D. Opfølgning: 3 \r\nMED-udvalget :-)\n",
    "Budget x:( :)x og :( :) MED",
]


def _assert_same(text: str) -> None:
    keys, lowers, spans, orths = search._spacy_tokens_and_orths(text)
    assert search._tokens(text) == (keys, lowers, spans), text
    assert search._orths(text) == orths, text


@pytest.mark.parametrize("text", _TEXTS)
def test_piece_tokens_equal_a_doc_per_text(text: str) -> None:
    _assert_same(text)


def test_both_paths_are_tested() -> None:
    """Texts are read from their pieces, also where a special case's tokens might meet
    across two pieces (":" then "3", "." then "O"); one that joins them ("x:(" then
    ":)x") sends the text to spaCy's doc."""
    assert search._PIECES("Se: 3 punkter") is not None
    assert search._PIECES("D. Opfølgning af sagen. Oplægget") is not None
    assert search._PIECES("Se x:( :)x her") is None
    assert sum(search._PIECES(t) is None for t in _TEXTS) == 1


_FRAGMENTS = [
    "Budget",
    "budgettet",
    "MED",
    "MED-udvalget",
    "HovedMED",
    "ØU",
    "målplanerne",
    "dagtilbudspolitikken",
    "Børne-",
    "-kontrol",
    "og",
    "æøå",
    "ÆØÅ",
    "2025",
    "10,5",
    "3",
    "3.",
    "kr.",
    "bl.a.",
    "jf.",
    "D.",
    "O",
    "Oplægget",
    ":",
    ":-)",
    ":(",
    ":)",
    "x:(",
    "(",
    ")",
    ".",
    ",",
    ";",
    "-",
    "–",
    "'",
    '"',
    "https://www.kl.dk/a?b=1",
    "mail@kommune.dk",
    " ",
    " ",
    "  ",
    "\n",
    "\t",
    "\xa0",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30))
def test_piece_tokens_equal_a_doc_per_text_generated(parts: list[str]) -> None:
    _assert_same("".join(parts))


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="../shared/realworld/raw not present")
def test_piece_tokens_equal_a_doc_per_text_on_real_minutes() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(REALWORLD.glob("*.txt"))]
    assert len(texts) > 10
    for text in texts:
        for part in (text, *text.split("\n\n")):
            _assert_same(part)


def test_index_finds_what_a_doc_per_text_finds(monkeypatch) -> None:
    """Whole searches: an index built from the pieces finds the same matches, snippets
    and counts as one built from a spaCy doc per text."""
    texts = _TEXTS + [" ".join(_TEXTS), "\n".join(reversed(_TEXTS))]
    items = pd.DataFrame(
        {
            "item_id": [f"i{n}" for n in range(len(texts))],
            "meeting_id": "m",
            "date": pd.Timestamp("2024-05-02"),
            "number": range(len(texts)),
            "title": texts,
            "decision_type": "approved",
        }
    )
    sections = pd.DataFrame(
        {
            "item_id": [f"i{n}" for n in range(len(texts))],
            "position": 0,
            "section": "decision",
            "heading": "Beslutning",
            "text": list(reversed(texts)),
        }
    )
    meetings = pd.DataFrame(
        {"meeting_id": ["m"], "forum": ["Chefforum"], "date": items["date"][:1]}
    )
    queries = ["budget", "MED", "ØU", "målplan", "politik", "kontrol", "æøå", "2025", "10,5"]
    queries += ["ungeudvalg", "Oplægget", "kr", "borger", "kl.dk", "godkende", "udvalget og"]

    def results() -> list[pd.DataFrame]:
        tables = {"items": items.copy(), "sections": sections.copy(), "meetings": meetings}
        return [
            search.find_items(tables, q, compounds=c, all_matches=True)
            for q in queries
            for c in (False, True)
        ]

    fast = results()
    monkeypatch.setattr(search, "_orths", lambda text: search._spacy_tokens_and_orths(text)[3])
    monkeypatch.setattr(search, "_tokens", lambda text: search._spacy_tokens_and_orths(text)[:3])
    slow = results()
    assert sum(len(f) for f in fast) > 3 * len(queries)  # the searches find things
    for a, b in zip(fast, slow, strict=True):
        pd.testing.assert_frame_equal(a, b)
