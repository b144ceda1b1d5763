"""The parser's cheap gates and literal searches answer as the plain tests they stand for
(issue 17): each gate only skips work whose result it already knows, so random texts
built from the characters that matter must come out the same with and without it.
"""

from __future__ import annotations

import datetime as dt
import random

from analysis.layouts import _MENTION_WORDS, _SHARED_MENTIONS, _mention_hints
from analysis.layouts.text import _HINT_SEARCHES, _HINTS, _RULE, unbullet_fields, unrule
from analysis.ocr_labels import ocr_heading
from analysis.parse import (
    _TABBED_TOC_LINE,
    _THREE_BREAKS,
    _TWO_SPACES,
    BodyRules,
    Line,
    _has_leader,
    _item_starts,
    heading_key,
)


def _random_texts(pieces: list[str], n: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def _unrule_plain(text: str) -> str:
    """``unrule`` without its gate (a mail's signature delimiter, "--" alone on its line,
    blanked first): every line the rule pattern matches, spaced marks ("- - -") too."""
    text = "\n".join("" if line.rstrip() == "--" else line for line in text.split("\n"))
    return "\n".join("" if _RULE.match(line) else line for line in text.split("\n"))


def test_unrule_is_the_same_as_with_the_three_mark_test() -> None:
    pieces = ["-", "_", "=", "~", "*", "·", " ", "\n", "a", "- - -", "* *", "--", "Æ", "\t"]
    for text in _random_texts(pieces, 20000, 12, 21):
        assert unrule(text) == _unrule_plain(text), repr(text)


def test_literal_searches_answer_as_in() -> None:
    pieces = [" ", "  ", "\n", "\n\n", "a", "Æ", "\t", "cookie", "Cook", "CVR", "cv", "EAN"]
    pieces += ["Du er her", "du er", " her", "·", "|", "›", "»", ">", "©", "–"]
    for text in _random_texts(pieces, 20000, 10, 22):
        assert bool(_TWO_SPACES(text)) == ("  " in text), repr(text)
        assert bool(_THREE_BREAKS(text)) == ("\n\n\n" in text), repr(text)
        found = tuple(
            hint
            for hint, search in _HINT_SEARCHES
            if (hint in text if search is None else search(text) is not None)
        )
        assert found == tuple(hint for hint in _HINTS if hint in text), repr(text)


def _mention_hints_plain(text: str) -> list[int]:
    """``_mention_hints`` with ``str.find`` (every start, overlapping ones too)."""
    out = []
    for word in _MENTION_WORDS:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    return sorted(out)


def test_mention_words_do_not_overlap_themselves() -> None:
    """A literal regex finds matches that do not overlap: the same starts as ``str.find``
    only for a word no proper prefix of which is also its suffix (a new word must keep
    that, or the search must go back to ``str.find``)."""
    for word in [*_MENTION_WORDS, *(start for start, _ in _SHARED_MENTIONS)]:
        assert not any(word[:k] == word[-k:] for k in range(1, len(word))), word


def test_mention_hints_are_the_starts_str_find_gives() -> None:
    pieces = ["ommune", "Kommune", "OMMUNE", "yråd", "Byråd", "YRÅD", "orgerrepr", " ", "\n"]
    pieces += ["ommuneommune", "a", "K", "ommun", "OMMUN", "ia", "IA", "e", "i", "Kommunia"]
    for text in _random_texts(pieces, 5000, 10, 23):
        assert _mention_hints(text) == _mention_hints_plain(text), repr(text)


def _item_starts_lines(texts: list[str]) -> list[Line]:
    return [Line(i, text, 0) for i, text in enumerate(texts)]


def test_item_starts_are_found_in_any_case_and_nowhere_else() -> None:
    lines = _item_starts_lines(
        ["", "Punkt 1: Godkendelse", "tekst", "PUNKT 2: Budget", "punkt 3: Eventuelt", " Punkt 4"]
    )
    assert [(pos, number) for pos, number, _ in _item_starts(lines)] == [(1, 1), (3, 2), (4, 3)]


def test_unbullet_fields_without_a_bullet_hands_back_the_same_lines() -> None:
    plain = _item_starts_lines(["Beslutning: Godkendt.", "", "tekst"])
    assert unbullet_fields(plain) is plain
    bulleted = _item_starts_lines(["- Beslutning: Godkendt.", "", "tekst"])
    assert [line.clean for line in unbullet_fields(bulleted)] == [
        "Beslutning: Godkendt.",
        "",
        "tekst",
    ]


def test_heading_key_referat_and_lengths() -> None:
    """The text is lowered only where it can be a known heading or "referat"."""
    rules = BodyRules(dt.date(2024, 5, 1), "Byrådet", agenda=False)
    assert heading_key(Line(0, "Referat:", 0)) == ("beslutning", "Referat")
    assert heading_key(Line(0, "REFERAT:", 0)) == ("beslutning", "REFERAT")
    assert heading_key(Line(0, "Referat", 2)) == ("beslutning", "Referat")
    assert heading_key(Line(0, "Referat", 0)) is None
    assert heading_key(Line(0, "BESLUTNING:", 0), rules) == ("beslutning", "BESLUTNING")
    long_text = "Referat " + "x" * 40
    assert heading_key(Line(0, long_text + ":", 0)) is None
    assert heading_key(Line(0, "", 0)) is None


def test_ocr_heading_answers_the_same_when_asked_again() -> None:
    for _ in range(2):
        assert ocr_heading("Beslutnlng") == "beslutning"
        assert ocr_heading("Godkendt.") is None


def test_every_tabbed_contents_line_has_a_leader() -> None:
    """``_item_starts`` tries ``_TABBED_TOC_LINE`` only on a line with a tab or a dot
    leader: no line without one matches it."""
    pieces = ["Punkt 1: ", "Titel", " ", "\t", ".", "....", "…", "3", "12", "Æ", "x"]
    matched = 0
    for text in _random_texts(pieces, 20000, 8, 24):
        if _TABBED_TOC_LINE.match(text):
            assert _has_leader(text), repr(text)
            matched += 1
    assert matched > 500  # the texts do hold contents lines


def test_newlines_are_normalised_as_by_the_plain_replaces() -> None:
    from analysis.read.text import normalise_newlines

    pieces = ["a", "\r", "\n", "\r\n", "\n\r", "\ufeff", "\f", " ", "\xad", "Æ"]
    for text in _random_texts(pieces, 20000, 10, 25):
        plain = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
        plain = plain.replace("\f", "\n")
        if "\xad" in plain:
            assert normalise_newlines(text) == normalise_newlines(plain), repr(text)
        else:
            assert normalise_newlines(text) == plain, repr(text)
