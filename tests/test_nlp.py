"""The shared Danish pipeline: lemmas are lower-case and ignore sentence-initial capitals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.nlp import Pieces, _linked_texts, danish_nlp, lemmas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Godkendt", ["godkende"]),
        ("godkendte", ["godkende"]),
        ("Orienteringen blev taget", ["orientering", "blive", "tag"]),
        ("BUDGETTET", ["budget"]),
        ("", []),
    ],
)
def test_lemmas(text: str, expected: list[str]) -> None:
    assert lemmas(text) == expected


def test_same_word_same_lemma_in_every_doc() -> None:
    nlp = danish_nlp()
    first = [t.lemma_ for t in nlp("Sagen udskydes. Sagen udskydes.")]
    again = [t.lemma_ for t in nlp("sagen UDSKYDES")]
    assert first[:2] == again == ["sag", "udskyde"]


#: Texts whose spacing, punctuation and special cases test the piece-by-piece tokens.
_ODD_TEXTS = [
    "",
    " ",
    "  Godkendt.",
    "Godkendt. ",
    "Ole  Hansen (V) tog forbehold.\n\n 15 stemmer for (A, F, Ø).  Hans er her ",
    "- Godkendt.\n- Sagen oversendes til ØU d. 3. maj, jf. indstillingen!",
    "a\tb \t c\xa0d \xa0e\u2003f\r\ng \n\n h",
    "bl.a. kl. 10.30 ca. 5 mio. kr., jf. pkt. 3 og 4.",
    "Se :3 og :-) samt (: og ;-) her: 3 og ( - ) og 1 . og 10 .",
    "Tekst: 3 punkter; - ( x ) - ( y )",
    "https://www.example.dk/side?x=1 og mail@example.dk.",
    "“Citat” og 'citat' samt «citat» – og — også…",
    "D. Opfølgning: 3 punkter. Oplægget blev godkendt. Ole Hansen (V) var fraværende.",
    "Se x:( :)x og :( :) her",  # a case across two runs keeps spaCy from another
]


def _spacy_tokens(text: str) -> list[tuple[str, int]]:
    return [(t.text, t.idx) for t in danish_nlp().tokenizer(text)]


def _piece_tokens(text: str) -> list[tuple[str, int]] | None:
    pieces = Pieces(lambda piece, tokens: (piece, tokens))(text)
    if pieces is None:
        return None
    out, at = [], 0
    for piece, tokens in pieces:
        for t in tokens:
            out.append((t, at))
            at += len(t)
        at += len(piece) - sum(map(len, tokens))  # the trailing space
    return out


@pytest.mark.parametrize("text", _ODD_TEXTS)
def test_pieces_give_spacys_tokens(text: str) -> None:
    """Tokens and offsets worked out piece by piece are spaCy's, or the text is left to
    spaCy (None)."""
    found = _piece_tokens(text)
    assert found is None or found == _spacy_tokens(text)


def test_pieces_leave_joined_runs_to_spacy() -> None:
    """Where a special case across two runs changes their tokens ("x:(" then ":)x": the
    match ":(" + ":" shadows the emoticon ":)"), the text is left to spaCy; where a pair
    of a case's tokens only might meet (":" then "3", "." then "O"), the linked pieces are
    tokenised together once and the text is still worked out piece by piece."""
    assert _piece_tokens("x:( :)x") is None
    assert _piece_tokens("Se x:( :)x her") is None
    assert [t for t, _ in _spacy_tokens("x:( :)x")] == ["x", ":(", ":", ")", "x"]
    for text in ("Se: 3 punkter", "D. Opfølgning", "mødet. Oplægget", ":( :) :( :)x"):
        assert _piece_tokens(text) == _spacy_tokens(text), text
    assert sum(_piece_tokens(t) is None for t in _ODD_TEXTS) == 1


def test_linked_texts_are_the_chains_of_linked_pieces() -> None:
    pieces = ["a ", "b ", "c ", "d ", "e ", "f"]
    assert _linked_texts(pieces, [1]) == ["a b "]
    assert _linked_texts(pieces, [1, 2, 4]) == ["a b c ", "d e "]
    assert _linked_texts(pieces, [5]) == ["e f"]
    assert _linked_texts(pieces, [1, 2, 3, 4, 5]) == ["a b c d e f"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Godkendt",
                "kl.",
                "10",
                ".",
                ",",
                ":",
                "3",
                "(",
                ")",
                "-",
                "bl.a.",
                "jf.",
                "Ø",
                "d.",
                " ",
                "  ",
                "\n",
                "\n\n",
                "\t",
                "\xa0",
                "x",
                "'",
                '"',
                "–",
                "5.",
                ":-)",
                ":(",
                ":)",
                "O",
                "D.",
            ]
        ),
        max_size=25,
    )
)
def test_pieces_give_spacys_tokens_generated(parts: list[str]) -> None:
    text = "".join(parts)
    found = _piece_tokens(text)
    assert found is None or found == _spacy_tokens(text), text
