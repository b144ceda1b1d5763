"""The parser's fast paths give what the plain line-by-line forms give (issue 17).

Each fast path replaced a slower form that is kept here as the reference; random texts
built from the characters that matter (markdown marks, white space of every kind, line
breaks, sentence ends, dates) must come out the same both ways.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Iterable

import pytest

from analysis.layouts.text import is_furniture
from analysis.model import Reference
from analysis.parse import (
    _BROKEN_WORD,
    _DEADLINE_WORDS,
    _MD_HEADING,
    _MEETING_WORDS,
    _ODD_CASE,
    _REF_DATE,
    _REFERAT,
    _REFERAT_DASHED,
    _WORD_REST,
    WHITESPACE,
    Line,
    _ends_as_dated,
    _lines_at,
    _sentence_references,
    _title_line,
    decision_heading,
    find_references,
    kind_first_title,
    lower_latin1,
    match_case_number,
    may_hold,
    nonblank_chars,
    section_text,
    sentences,
    strip_markdown,
    to_lines,
)
from analysis.read import _ANY_CONTROL, _has_control

_SPACES = "  "


def _to_lines_by_line(text: str) -> list[tuple[int, str, int]]:
    """The line-by-line form ``to_lines`` had before it tidied the whole text at once."""
    out = []
    for i, raw in enumerate(text.split("\n")):
        level = 0
        m = _MD_HEADING.match(raw) if "#" in raw[:4] else None
        if m:
            level, raw = len(m.group(1)), m.group(2)
        clean = strip_markdown(raw).replace("\u00a0", " ").rstrip()
        while _SPACES in clean:
            clean = clean.replace(_SPACES, " ")
        out.append((i, clean.strip(" "), level))
    return out


def _random_texts(pieces: list[str], n: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_lines_are_the_same_as_read_line_by_line() -> None:
    pieces = ["a", "Æ", " ", "  ", "\t", "\n", "\n\n", "#", "##", "   #", " # ", "[x](y)", "*"]
    pieces += ["**", "_", "\\*", "\u00a0", "\r", "\u2028", "\x1c", "\u3000"]
    for text in _random_texts(pieces, 20000, 30, 1):
        assert [tuple(line) for line in to_lines(text)] == _to_lines_by_line(text), repr(text)


def test_section_text_is_the_same_as_joined_line_by_line() -> None:
    rng = random.Random(2)
    pieces = ["", "", "a", "ab-", "og x", "el. y", "\t", "trafiksikker-", "hedsplan", "Kultur-"]
    for _ in range(20000):
        cleans = [rng.choice(pieces) for _ in range(rng.randint(0, 8))]
        parts: list[str] = []
        for clean in cleans:  # the reference: one line at a time
            if not clean:
                if parts and parts[-1] != "":
                    parts.append("")
            elif parts and _BROKEN_WORD.search(parts[-1]) and _WORD_REST.match(clean):
                parts[-1] = parts[-1][:-1] + clean
            else:
                parts.append(clean)
        while parts and parts[-1] == "":
            parts.pop()
        lines = [Line(i, clean, 0) for i, clean in enumerate(cleans)]
        assert section_text(lines) == "\n".join(parts), cleans


def test_no_sentence_goes_over_a_line_break() -> None:
    pieces = [".", "!", "?", " ", " ", "\n", "\n", "\t", "\r", "A", "Æ", "a", '"', "“", "-"]
    pieces += ["\u2028", "\x0b", "\x85", "3", "  "]
    for text in _random_texts(pieces, 30000, 14, 3):
        by_line = [s for line in text.split("\n") for s in sentences(line)]
        assert sentences(text) == by_line, repr(text)


def _references_by_sentence(text: str, odd: list[str]) -> list[Reference]:
    """Every sentence of the whole text searched for dates (the form before _lines_at)."""
    refs: list[Reference] = []
    for sentence in sentences(text):
        _sentence_references(sentence, "x", dt.date(2024, 5, 1), refs, odd)
    return refs


def _texts_with_same_references(texts: Iterable[str]) -> int:
    """Assert ``find_references`` equals the sentence-by-sentence reference on each text
    (references and odd dates); the number of texts holding a reference (so the texts do
    hold dates)."""
    found = 0
    for text in texts:
        odd: list[str] = []
        expected_odd: list[str] = []
        refs = find_references(text, "x", dt.date(2024, 5, 1), odd)
        assert refs == _references_by_sentence(text, expected_odd), repr(text)
        assert odd == expected_odd
        found += bool(refs)
    return found


def test_references_are_found_in_the_lines_that_hold_dates() -> None:
    pieces = [".", " ", " ", "\n", "\n", "A", "a", "3", "12", "1", " marts", " januar", "2024"]
    pieces += [" og ", "-", "Mødet", "frist", "31", ". ", "\n\n", " maj 2025", "4. juni", " MARTS"]
    pieces += ["2300", "\u2028"]
    assert _texts_with_same_references(_random_texts(pieces, 8000, 16, 4)) > 400


def test_lines_at_takes_whole_lines_once() -> None:
    text = "a 1. marts\nb\nc 2. maj og 3. maj\nd"
    spans = [m.span() for m in _REF_DATE.finditer(text)]
    assert _lines_at(text, spans) == [(0, "a 1. marts"), (13, "c 2. maj og 3. maj")]


def test_may_hold_is_never_false_where_a_case_insensitive_pattern_matches() -> None:
    import re

    letters = "abcdefghijklmnopqrstuvwxyzæøå"
    letter = re.compile(f"[{letters}]", re.IGNORECASE)
    for c in range(sys.maxunicode + 1):  # what may_hold relies on
        char = chr(c)
        if letter.fullmatch(char):
            assert char in _ODD_CASE or lower_latin1(char) in letters, hex(c)
        # _in_web_addresses looks for ".dk" in what municipality_in_web_addresses casefolds
        if any(mark in char.casefold() for mark in ".dk"):
            assert char in _ODD_CASE or lower_latin1(char) == char.casefold(), hex(c)
    words = ("side", "page", "marts")
    assert may_hold("Side 3 af 4", words) and may_hold("ſide 3", words)
    assert may_hold("SİDE", words) and may_hold("MARTS", words)
    assert may_hold("3. MARTS – 2024", words) and may_hold("\u212aB", ("kb",))
    assert not may_hold("Sagsfremstilling", words)
    assert not may_hold("Sagsfremstilling – Økonomi", words)


def test_lower_latin1_is_lower_for_latin1_and_a_question_mark_beyond() -> None:
    latin1 = "".join(map(chr, range(256)))
    assert lower_latin1(latin1) == latin1.lower()
    for text in _random_texts(["A", "Æ", "ø", "Å", "x", "–", "İ", "\u212a", "€", " "], 3000, 12, 7):
        expected = "".join(c.lower() if c <= "\xff" else "?" for c in text)
        assert lower_latin1(text) == expected, repr(text)


def test_sentence_kinds_are_the_patterns_kinds() -> None:
    pieces = ["3. marts", " ", ". ", "Mødet", "møde", "MØDE", "KB", "kb", "øu", "ØU", "Frist"]
    pieces += ["frist", "fristen", "senest", "Inden", "deadline", "udvalget", "Seminar"]
    pieces += ["lederdagen", "x", "workshop", "temadrøftelse", "chefforum", "Kommunalbestyrelsen"]
    pieces += ["\u212aB", "ſenest"]
    kinds = set()
    for text in _random_texts(pieces, 6000, 8, 8):
        refs: list[Reference] = []
        _sentence_references(text, "x", dt.date(2024, 5, 1), refs, None)
        expected = (
            "deadline"
            if _DEADLINE_WORDS.search(text)
            else "meeting"
            if _MEETING_WORDS.search(text)
            else "date"
        )
        assert all(ref.kind == expected for ref in refs), repr(text)
        kinds.update(ref.kind for ref in refs)
    assert kinds == {"deadline", "meeting", "date"}


def test_whitespace_is_every_character_split_splits_on() -> None:
    assert set(WHITESPACE) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    for text in _random_texts(["a", " ", "\n", "\u3000", "\x1c", "æ", "\u00a0", "–"], 2000, 20, 5):
        assert nonblank_chars(text) == len("".join(text.split()))


def test_control_characters_are_found_as_the_pattern_finds_them() -> None:
    for c in range(0x3000):
        assert _has_control(chr(c)) == (_ANY_CONTROL.search(chr(c)) is not None), hex(c)
    for text in _random_texts(["a", "\x00", "\x1b", "\x9f", "–", "\t", "\n", "é"], 2000, 8, 6):
        assert _has_control(text) == (_ANY_CONTROL.search(text) is not None), repr(text)


def test_furniture_hints_of_the_document_decide_as_all_hints_do() -> None:
    for text in ["Forside > Politik > Referater", "Albertslund Kommune · Rådhuset", "Print"]:
        assert is_furniture(text) is True
        assert is_furniture(text, ("·", ">")) is True
    long_line = "En lang linje med almindelig tekst om budgettet for det kommende år i kommunen"
    assert is_furniture(long_line) is False
    assert is_furniture(long_line, ()) is False


def test_decision_headings_end_with_a_date_a_number_or_a_colon() -> None:
    pieces = ["Beslutning", "Indstilling", " i ", " ", "Byrådet", "Økonomiudvalget", "KB", "s"]
    pieces += [" den ", " d. ", "3. marts 2024", "03-04-2024", ":", ", ", "pkt. 4", " beslutning"]
    pieces += [" afgørelse", "\t", "x", "Udvalgets"]
    found = 0
    for text in _random_texts(pieces, 30000, 7, 9):
        if decision_heading(text) is not None:
            found += 1
            genitive = any(w in text for w in ("s beslutning", "s indstilling", "s afgørelse"))
            assert genitive or _ends_as_dated(text), repr(text)
    assert found > 100


def test_title_lines_are_found_as_both_patterns_find_them() -> None:
    pieces = ["REFERAT", "Dagsorden", "beslutningsprotokol", " ", "Byrådet", " d. ", "den "]
    pieces += ["03-04-2024", " – ", " - ", "Referat", "Beslutningsprotokol", "x", "\t", "REFERAT "]
    pieces += ["Kort referat", "Handicaprådet"]
    found = kind_first = 0
    for text in _random_texts(pieces, 30000, 6, 10):
        first = kind_first_title(text)  # ("Referat - x": no body named, None)
        kind_first += first is not None and _REFERAT.match(text) is None
        expected = _REFERAT.match(text) or first or _REFERAT_DASHED.match(text)
        got = _title_line(text)
        assert (got and got.span()) == (expected and expected.span()), repr(text)
        found += expected is not None
    assert found > 100
    assert kind_first > 10


def test_heading_candidates_start_as_the_gate_lets_through() -> None:
    from analysis.layouts import headings as h
    from analysis.layouts.text import _BULLET

    patterns = [h._NUMBER_ALONE, h._PKT, h._NUMBERED, h._GLUED, h._YEAR_NUMBERED, h._ROMAN, h._BARE]
    rests = ["kt. 1 Titel", "unkt 1 Titel", "agsordenspunkt 1 Titel", "ag 1 Titel", "d 1 Titel"]
    rests += [" 1 Titel", "bent punkt 1 Titel", "ukket 1 Titel", "2. Titel", ". Titel", "Titel"]
    rests += ["2 Titel", "/2020 Titel", "", "I. Titel", "1"]
    for c in [*range(0x3000), 0x212A, 0x212B, 0xFF10, 0x1D7CE]:
        char = chr(c)
        if any(p.match(char + rest) for p in patterns for rest in rests):
            assert char.isdigit() or char in h._HEAD_STARTS, hex(c)
        if _BULLET.match(char + "x"):
            assert char in h._BULLET_MARKS, hex(c)
    pieces = ["P", "p", "kt", "KT", "\u212at", "unkt", "Dagsorden", "spunkt", "ſ", "ag", "S", "A"]
    pieces += ["d", "§", "Å", "\u212b", "ben", "t", "Lu", "kket", "I", "V", "X", ".", " ", "1", "2"]
    pieces += ["/2020", ":", "nr", "Titel", ")", "-", "\t", "Sag 4/20"]
    matched = 0
    for text in _random_texts(pieces, 40000, 6, 11):
        if any(p.match(text) for p in patterns):
            matched += 1
            assert h._may_head(text), repr(text)
    assert matched > 1000


def test_the_last_documents_furniture_and_candidates_are_remembered_not_shared() -> None:
    from analysis.layouts.headings import candidates
    from analysis.layouts.text import furniture, prepare

    text = "Print\n\n1. Godkendelse af dagsorden\nSagsnr.: 12/3456\nTekst\n\n2. Eventuelt\n"
    lines = prepare(text)
    first = furniture(lines)
    first.add(99)  # the caller's own copy
    assert furniture(lines) == {0} == furniture(prepare(text))
    skip = furniture(lines)
    heads = candidates(lines, skip)
    assert [h.number for h in heads] == [1, 2]
    heads.pop()
    assert [h.number for h in candidates(lines, skip)] == [1, 2]
    skip.add(2)  # another skip set: found again, not remembered
    assert [h.number for h in candidates(lines, skip)] == [2]
    assert [h.number for h in candidates(lines, skip, start=6)] == [2]


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sags-ID: 14/1122", "14/1122"),
        ("Sags ID: EMN-2020-01234", "EMN-2020-01234"),
        ("Sagsnr.: 23/4102", "23/4102"),
        ("Sagsbeskrivelse:", None),
        ("ID 25/118", "25/118"),
        ("ID: 2025-008113", "2025-008113"),
        ("ID 2025", None),
        ("Id 25/118", None),
        ("ID-kort 25/2", None),
    ],
)
def test_labelled_case_numbers(line: str, case: str | None) -> None:
    """Every way of writing the case-number label gives the number ("Sags-ID" with a hyphen
    too, or the bare "ID" before a number in a case number's shape); a section heading
    starting with "Sags" is none, nor "ID" before a year or as part of a word."""
    assert match_case_number(line) == case


def test_references_are_the_same_with_digits_of_any_script() -> None:
    """A Latin-1 text is searched with [0-9] for ``\\d`` (its only decimal digits): the
    same references as ``\\d`` on texts with superscripts (Latin-1, no decimal digits),
    en dashes and Arabic-Indic digits (beyond Latin-1: searched with ``\\d``)."""
    pieces = [" ", "\n", "3", "12", "1", ". ", " marts", " maj 2025", " og ", "-", "–", "frist"]
    pieces += ["\u00b2", "\u00b9", "\u0663", "\u0661\u0662", "\u00bd", "Æ"]
    assert _texts_with_same_references(_random_texts(pieces, 8000, 12, 5)) > 300


def _long_spans_by_split(text: str, limit: int) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if len(line) > limit:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def test_long_lines_are_found_as_splitting_the_text_finds_them() -> None:
    from analysis.layouts.text import _long_line_spans

    rng = random.Random(13)
    for _ in range(20000):
        limit = rng.choice([0, 1, 3, 5, 8])
        text = "".join(
            rng.choice(["a", "æ", "–", "\n", "\n\n", "abc"]) for _ in range(rng.randint(0, 12))
        )
        assert _long_line_spans(text, limit) == _long_spans_by_split(text, limit), (text, limit)
    page = "\n".join("x" * n for n in (399, 400, 0, 12))
    assert not _long_line_spans(page, 400)
    assert _long_line_spans(page + "\n" + "y" * 401, 400) == [(len(page) + 1, len(page) + 402)]
    assert _long_line_spans("y" * 401 + "\n" + page, 400) == [(0, 401)]


def test_unflatten_rewrites_long_lines_as_line_by_line() -> None:
    from analysis.layouts.text import _flattened, _leaders_and_breaks, unflatten

    rng = random.Random(14)
    pieces = ["a", "Æ ", " ", "\n", "1. Title .... 3 ", "x" * 60, "y" * 90, "Dato: 3. maj "]
    pieces += ["Tid: ", "Mandag den 3 ", "Beslutning ", "Sagsnr.: 24/1 ", "Bilag: "]
    tried = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        lines = text.split("\n")
        if any(len(line) > 400 and _flattened(line) for line in lines):
            continue  # (a flattened page: read line by line as before)
        expected = "\n".join(
            _leaders_and_breaks(line) if len(line) > 400 else line for line in lines
        )
        assert unflatten(text) == expected, repr(text)
        tried += any(len(line) > 400 for line in lines)
    assert tried > 50


def _sidebars_by_line(lines: list[Line]) -> set[int]:
    """``sidebars`` worked out line by line (it tests each distinct text once)."""
    from itertools import groupby
    from operator import itemgetter

    from analysis.layouts.text import (
        _BARE_LINK,
        _CRUMB_MARK,
        _FURNITURE,
        _MENU_TOP,
        _SIDEBAR_HEAD,
        _menu_word,
    )

    out: set[int] = set()
    heads = [k for k, ln in enumerate(lines) if _SIDEBAR_HEAD.match(ln.clean)]
    for k in heads if len(heads) >= 2 else []:  # each head and its links to a blank line
        stop = min(k + 16, len(lines))
        # (the blank lines right under the head passed over: a web heading's)
        first = next((j for j in range(k + 1, stop) if not lines[j].blank), stop)
        ends = (j for j in range(first, stop) if lines[j].blank or len(lines[j].clean) > 90)
        out.add(lines[k].index)
        out.update(ln.index for ln in lines[first : next(ends, stop)])
    menu = [0 < len(ln.clean) <= 40 and _menu_word(ln.clean) for ln in lines]
    for k, word in enumerate(menu):  # a menu word between a breadcrumb's separators
        near = [lines[j].clean for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if word and set(near) & _CRUMB_MARK:
            out.add(lines[k].index)
    # (a bare link at the top between a section of the menu and a menu word joins the run)
    joins = [
        not menu[k]
        and 0 < k < min(_MENU_TOP, len(lines) - 1)
        and menu[k - 1]
        and menu[k + 1]
        and _BARE_LINK.match(lines[k].clean) is not None
        and not _FURNITURE.match(lines[k - 1].clean)
        for k in range(len(lines))
    ]
    in_menu = [m or j for m, j in zip(menu, joins, strict=True)]
    for word, run in groupby(enumerate(in_menu), key=itemgetter(1)):
        ks = [k for k, _ in run]
        if word and len(ks) >= 3:  # three menu words or more in a row
            out.update(lines[k].index for k in ks)
    return out


def _running_heads_by_line(lines: list[Line], skip: set[int]) -> set[int]:
    """``running_heads`` without its first look at the document's distinct texts."""
    from collections import Counter

    from analysis.layouts.text import (
        _dated_body,
        _dated_decisions,
        _may_be_running_head,
        _outcomes_under_label,
    )

    counts = Counter(ln.clean for ln in lines if ln.clean and ln.index not in skip)
    repeated = {text for text, n in counts.items() if n >= 3}
    twice = {text for text, n in counts.items() if n == 2}
    written = [ln for ln in lines if not ln.blank]  # each after the line written above it
    below = Counter(b.clean for a, b in zip(written, written[1:], strict=False) if a.index in skip)
    repeated |= {text for text in twice if below[text] == 2}
    heads = {text for text in repeated if _may_be_running_head(text)}
    # (a dated body repeated under "Beslutning" heads a decision item by item: the same
    # exception as running_heads makes)
    # (and another dated text repeated under a decision label is each item's outcome)
    outcomes = _outcomes_under_label(lines, {text for text in heads if not _dated_body(text)})
    found = {ln.index for ln in lines if ln.clean in heads}
    # (a two-page PDF's header: the document's first lines, each found twice, a dated one
    # among them, again right under a page footer)
    again: set[int] = set()
    top: list[str] = []
    for ln in written[:3]:
        if ln.clean not in twice:
            break
        top.append(ln.clean)
    if skip and any(map(_may_be_running_head, top)):
        for at, ln in enumerate(written):
            block = written[at + 1 : at + 1 + len(top)]
            if ln.index in skip and [b.clean for b in block] == top:
                again = {b.index for b in block}
                break
    return (found - _dated_decisions(lines, heads, skip) - outcomes) | again


def test_furniture_found_once_per_distinct_text_is_found_on_every_line() -> None:
    """Sidebars, menus, page numbers, running headers and controls are tested once for
    each distinct text of a document: the same lines as testing every line."""
    from analysis.layouts.text import (
        _PAGE_NUMBER,
        furniture,
        page_numbers,
        running_heads,
        sidebars,
    )

    pieces = ["", "", "Borger", "Erhverv", "Politik", ">", "Arkiv", "Seneste indlæg", "Side 2 af 3"]
    pieces += ["Natur og fritid", "Søg"]  # (a section no list names, between menu words)
    pieces += [
        "- 4 -",
        "Page 7",
        "Byrådet 3. marts 2024",
        "Dato: 14-03-2022",
        "Print",
        "Byrådet 3. marts 2024",
    ]
    pieces += [
        "Tekst om budgettet for det kommende år i kommunen og dens borgere, langt",
        "1. Punkt",
    ]
    pieces += [
        "Forside > Politik > Referater",
        "Beslutning",
        "Cookies: accepter alle",
        "Sagsnr. 12/3",
    ]
    rng = random.Random(14)
    found = {"sidebars": 0, "pages": 0, "heads": 0, "furniture": 0}
    for _ in range(3000):
        cleans = [rng.choice(pieces) for _ in range(rng.randint(0, 20))]
        lines = [Line(i, clean, 0) for i, clean in enumerate(cleans)]
        assert sidebars(lines) == _sidebars_by_line(lines), cleans
        by_line = {
            ln.index
            for ln in lines
            if ln.clean
            and (ln.clean[-1].isdigit() or ln.clean.endswith("-"))
            and _PAGE_NUMBER.search(ln.clean)
        }
        assert page_numbers(lines) == by_line, cleans
        skip = set(rng.sample(range(len(lines)), len(lines) // 3))
        assert running_heads(lines, skip) == _running_heads_by_line(lines, skip), cleans
        controls = {ln.index for ln in lines if ln.clean and is_furniture(ln.clean)}
        assert controls <= furniture(lines), cleans
        found["sidebars"] += bool(_sidebars_by_line(lines))
        found["pages"] += bool(by_line)
        found["heads"] += bool(_running_heads_by_line(lines, skip))
        found["furniture"] += bool(controls)
    assert min(found.values()) > 50, found


def test_genitive_words_are_found_as_a_search_for_each_word_finds_them() -> None:
    from analysis.parse import _GENITIVE_WORD

    words = ["s beslutning", "s indstilling", "s afgørelse", "s konklusion", "s bemærkninger"]
    words += ["s udtalelse", "s anbefaling", "s høringssvar"]
    pieces = [*words, "s", " ", "beslutning", "S BESLUTNING", "Byrådet", "x", "s b", "ss "]
    found = 0
    for text in _random_texts(pieces, 20000, 6, 12):
        by_word = any(word in text for word in words)
        assert (_GENITIVE_WORD(text) is not None) == by_word, repr(text)
        found += by_word
    assert found > 1000


def test_no_short_label_is_longer_than_the_lines_heading_key_lowers() -> None:
    from analysis.parse import BodyRules, heading_key

    rules = BodyRules(forum="Folkeoplysningsudvalget", meeting_date=dt.date(2024, 3, 4))
    for label in ["Beslutnlng", "lndstilling", "FOU", "Udvalget", "FOU's beslutning"]:
        assert heading_key(Line(0, f"{label}:", 0), rules) is not None, label
        # (the same label after text that makes the line longer than any heading: none)
        assert heading_key(Line(0, f"{label} og mere tekst end en overskrift har:", 0)) is None


def test_gates_led_by_one_character_answer_as_searches_for_their_words() -> None:
    from analysis.layouts import dot_fields, inline_label, option_boxes, ruled
    from analysis.layouts.text import _BREAK_DASHES
    from analysis.parse import _DEFINITION, holds_after

    pieces = ["(", "[", "pkt", "Pkt", "punkt", "x)", "X]", "✓]", "✔)", " )", " ]", "\t", "Punkt"]
    pieces += ["Pkt", ".", ":", " ", "..", ". ", "-", "=", "\n", "Referat", "Beslutning", "x", "–"]
    pieces += ["Konklusion", ": ", "--", "==", "- -", "*", "·", ". Referat: ", ". Konklusion: "]
    found: dict[str, int] = {}

    def same(name: str, fast: object, slow: bool, text: str) -> None:
        assert bool(fast) == slow, (name, text)
        found[name] = found.get(name, 0) + slow

    for text in _random_texts(pieces, 30000, 4, 10):
        words = ("pkt", "Pkt", "punkt", "Punkt")
        same("after", holds_after(text, "(", words), any("(" + w in text for w in words), text)
        same(
            "tick",
            option_boxes._letter_tick(text),
            bool(option_boxes._LETTER_TICK.search(text)),
            text,
        )
        dots = ("..:", ".. :", "... ", ". . :")
        same("dots", dot_fields.has_dot_fields(text), any(d in text for d in dots), text)
        for mark in ruled._RULE_MARKS:
            slow = mark * 3 in text or f"{mark} {mark} {mark}" in text
            same("rule", ruled._RULE_HINTS[mark](text), slow, text)
        same("under", ruled._UNDERLINE_HINT(text), "\n--" in text or "\n==" in text, text)
        labels = inline_label._LABELS
        same(
            "inline", inline_label._ANY_INLINE(text), any(f". {w}: " in text for w in labels), text
        )
        same("dashes", _BREAK_DASHES(text), "\n--" in text, text)
        same("definition", _DEFINITION(text), "\n: " in text, text)
    assert min(found.values()) > 20, found


def test_a_correction_stamp_starts_as_the_furniture_gate_lets_through() -> None:
    from analysis.layouts.text import _STAMP_STARTS, _STAMP_WORDS

    firsts = {word[0] for word in _STAMP_WORDS}
    for c in range(0x110000):
        char = chr(c)
        if char.lower()[:1] in firsts or char.lstrip("> [") == "":
            assert char in _STAMP_STARTS, hex(c)


def test_more_gates_answer_as_searches_for_their_words() -> None:
    from analysis.layouts.meeting_prefixed import _CAPS_KT
    from analysis.layouts.tab_item_row import _NR
    from analysis.layouts.text import _CONTENTS_WORD
    from analysis.layouts.wrapped_bold import _BOLD_AT_BREAK
    from analysis.parse import holds_before

    pieces = ["P", "   ", " ", "\t", "ndstilling", "NDSTILLING", "K", "T", "KT", "n", "r"]
    pieces += ["ortegnelse", "**", "*", "\n", "x", "Æ", "–"]
    found: dict[str, int] = {}
    for text in _random_texts(pieces, 30000, 4, 15):
        cases = {
            "before": (holds_before(text, "P", "   "), "   P" in text),
            "tab": (
                holds_before(text, "\t", ("ndstilling", "NDSTILLING")),
                "ndstilling\t" in text or "NDSTILLING\t" in text,
            ),
            "kt": (_CAPS_KT(text), "KT" in text),
            "nr": (_NR(text), "nr" in text),
            "contents": (_CONTENTS_WORD(text), "ortegnelse " in text or "ortegnelse\t" in text),
            "bold": (_BOLD_AT_BREAK(text), "**\n" in text or "** \n" in text),
        }
        for name, (fast, slow) in cases.items():
            assert bool(fast) == slow, (name, text)
            found[name] = found.get(name, 0) + slow
    assert min(found.values()) > 20, found


def test_wide_white_space_is_counted_as_splitting_counts_it() -> None:
    from analysis.parse import _MANY_WIDE

    pieces = ["a", " ", "?", "\u3000", "\u2028", "\u200a", "–", "æ", "\u1680", "\u202f", "☒"]
    for text in _random_texts(pieces, 3000, 20, 16):
        assert nonblank_chars(text) == len("".join(text.split())), repr(text)
    many = "x\u3000–?" * (_MANY_WIDE // 2)  # (more wide characters than are looked at one by one)
    assert nonblank_chars(many) == len("".join(many.split()))


def test_tabbed_lines_are_numbered_as_splitting_numbers_them() -> None:
    from analysis.layouts.field_row import _tabbed_line_numbers

    for text in _random_texts(["a", "\t", "\n", "\n\n", "\t\t", "x\ty"], 5000, 12, 17):
        by_line = [k for k, line in enumerate(text.split("\n")) if "\t" in line]
        assert _tabbed_line_numbers(text) == by_line, repr(text)


def test_a_latin1_text_is_composed_and_holds_no_full_width_form() -> None:
    import unicodedata

    from analysis.read import _FULL_WIDTH_RANGE, Document, composed

    latin1 = "".join(map(chr, range(256)))
    assert unicodedata.is_normalized("NFC", latin1)
    assert all(unicodedata.is_normalized("NFC", a + b) for a in latin1 for b in latin1)
    assert _FULL_WIDTH_RANGE.search(latin1) is None
    doc = Document(text="Beslutning: Godkendt – ｆｕｌｄ bredde", source_format="txt")
    assert composed(doc).text == "Beslutning: Godkendt – fuld bredde"


def test_a_columns_head_is_found_on_the_tabbed_lines_as_at_every_line_start() -> None:
    from analysis.layouts.tab_item_row import _COLUMNS_HEAD_START, _may_be_columns_head
    from analysis.parse import line_start_test

    everywhere = line_start_test(_COLUMNS_HEAD_START)
    pieces = ["Nr", "nr.", "Pkt", "punkt", "\t", "Emne", "titel", "Sag", "\n", " ", "x", "\u212a"]
    pieces += ["\nNr\tEmne\t", "pkt.\tsag\t"]
    found = 0
    for text in _random_texts(pieces, 30000, 8, 18):
        assert _may_be_columns_head(text) == everywhere(text), repr(text)
        found += everywhere(text)
    assert found > 50


def test_a_footer_is_searched_for_where_its_gate_lets_through() -> None:
    from analysis.layouts.text import _FOOTER, _is_footer

    pieces = ["CVR", "cvr", "nr", "NR", "-nr. ", "nummer", "P-", "EAN", "ean", " ", ":", "1"]
    pieces += ["29188335", "x", "©", "|", "·", "•", "Copyright ", "Punkt 4", "den 3. maj 2025"]
    # (the owner's address: "Ærø Kommune, Statene 2, 5970 Ærøskøbing - Print denne side")
    for owner in ("Ærø Kommune, ", "Ærø KOMMUNE, ", "Ærø \u212aommune, ", "Ærø Kommune "):
        pieces += [owner + "Statene 2, 5970 Ærøskøbing", owner + "5970 Ærø"]
    pieces += [" - Print denne side", " - Tlf. 98 45 50 00", " - post@aeroe.dk", " - "]
    found = 0
    for text in _random_texts(pieces, 30000, 6, 19):
        slow = _FOOTER.search(text) is not None
        assert _is_footer(text) == slow, repr(text)
        found += slow and "·" not in text and "|" not in text and "•" not in text
    assert found > 50, found


def test_a_timecode_holds_a_colon_two_digits_and_a_colon() -> None:
    from analysis.layouts.timecodes import _CODE_MIDDLE, _CODE_START

    pieces = ["1", "12", "٣", ":", ":0", "00:", "\n", "[", "]", " ", "x", "–", "12:34", ":56"]
    found = 0
    for text in _random_texts(pieces, 30000, 8, 20):
        if _CODE_START.search(text):
            assert _CODE_MIDDLE(text) is not None, repr(text)
            found += 1
    assert found > 50, found


def test_a_language_tag_is_found_by_its_bracket_or_colon_as_by_the_searches() -> None:
    from analysis.layouts.bilingual import _BRACKET_TAG, _holds_bracket_tag, _holds_spaced_tag

    pieces = ["(", "[", ")", "]", "DE", "EN", "ENG", "SV", "SE", "GB", "UK", "TY", "E", "G"]
    pieces += [" ", ":", ": ", "x", "\n", "ENGG", "(DE", "EN)", "–"]
    found = [0, 0]
    for text in _random_texts(pieces, 30000, 10, 21):
        bracket = _BRACKET_TAG.search(text) is not None
        spaced = any(tag in text for tag in ("DE: ", "EN: ", "SV: ", "SE: "))
        assert _holds_bracket_tag(text) == bracket, repr(text)
        assert _holds_spaced_tag(text) == spaced, repr(text)
        found[0] += bracket
        found[1] += spaced
    assert min(found) > 50, found


def test_the_byte_gates_let_through_every_full_width_form_and_pictogram() -> None:
    from analysis.layouts.pictograms import _ANY, _may_hold_pictogram
    from analysis.read import _FULL_WIDTH_RANGE, _may_hold_full_width

    # (every code point, surrogates included, between an en dash and a curly quote)
    for point in range(0x110000):
        text = f"–{chr(point)}”"
        if _FULL_WIDTH_RANGE.search(text) is not None:
            assert _may_hold_full_width(text), hex(point)
        if _ANY.search(text) is not None:
            assert _may_hold_pictogram(text), hex(point)
    assert not _may_hold_full_width("Beslutning – “Godkendt” … €")
    assert not _may_hold_pictogram("Beslutning – “Godkendt” … €")


def test_heads_are_found_at_the_lines_starts_as_by_finditer() -> None:
    from analysis.layouts.decision_summary import _SUMMARY_TITLE, heads_in
    from analysis.layouts.outcome_overview import _HEAD

    pieces = ["\n", "\n\n", " ", "\t", "# ", "## ", "Beslutninger", "beslutningslog", "x"]
    pieces += ["BESLUTNINGER", "Oversigt over beslutninger", " (", ":", "– ", "-", "Referat"]
    pieces += ["referat:", "1. ", "Beslutningsoversigt", "Decision log", "  ", "protokol"]
    found = 0
    for pattern in (_SUMMARY_TITLE, _HEAD):
        for text in _random_texts(pieces, 20000, 10, 22):
            slow = [text.count("\n", 0, m.start()) for m in pattern.finditer(text)]
            assert [at for _, at in heads_in(text, pattern)] == slow, repr(text)
            found += len(slow) > 1
    assert found > 50, found


def test_a_number_and_year_is_found_at_each_slash_as_by_finditer() -> None:
    from analysis.layouts.meeting_prefixed import _NUMBER_YEAR, _number_year_hits

    pieces = ["1", "12", "2025", "٣", "/", "//", " ", "\t", ":", ".", "-", "–", "x", "\n", "/2"]
    pieces += ["3/25 ", "12/2025:", "1/22", "25-"]
    found = 0
    for text in _random_texts(pieces, 30000, 10, 23):
        slow = [m.span() for m in _NUMBER_YEAR.finditer(text)]
        assert [m.span() for m in _number_year_hits(text)] == slow, repr(text)
        found += len(slow) > 1
    assert found > 50, found


def test_a_digit_closing_a_line_is_found_from_the_reversed_text_as_by_finditer() -> None:
    from analysis.layouts.trailing_number import _BESIDE_GATE, _digit_line_ends

    pieces = ["1", "12", ")", "]", " ", "\t", "\n", "\n\n", "x", "(", "٣", "5)", " )", "[3]"]
    found = 0
    for text in _random_texts(pieces, 30000, 10, 24):
        slow = [m.end() for m in _BESIDE_GATE.finditer(text)]
        assert _digit_line_ends(text) == slow, repr(text)
        found += len(slow) > 1
    assert found > 50, found


def test_an_overviews_head_is_let_through_by_its_last_words_place() -> None:
    from analysis.layouts.outcome_overview import _HEAD, _may_hold_head

    pieces = ["\n", " ", "\t", ":", "# ", "1. ", "II. ", "Del 2 – ", "Referat", "REFERAT", "x"]
    pieces += ["Protokol", "Beslutningsoversigt", "oversigt over beslutninger", "ne", "é", "É"]
    pieces += ["Resumé af mødets beslutninger", "Beslutninger på mødet", "\u212a", "mødet"]
    found = 0
    for text in _random_texts(pieces, 30000, 8, 25):
        if _HEAD.search(text) is not None:
            assert _may_hold_head(text), repr(text)
            found += 1
    assert found > 50, found
    assert not _may_hold_head("Referat af mødet i Økonomiudvalget\nGodkendt referat af 3. maj.")


def test_a_date_alone_on_a_line_is_found_in_the_joined_lines_as_by_each_match() -> None:
    from analysis.layouts.split_decision_date import _DATE_LINE, _date_line_in

    pieces = ["12-10-2024", "2. oktober 2024", "3.", "maj", "1", ":", " ", "\t", "\x0b", "\x85"]
    pieces += ["\u2028", "\f", "x", "a.", "2024", " den", "\n"]
    found = 0
    for text in _random_texts(pieces, 30000, 6, 26):
        lines = text.split("\n")
        slow = any(_DATE_LINE.match(line) is not None for line in lines)
        assert _date_line_in(text) == slow, repr(text)
        found += slow
    assert found > 50, found


def test_a_closed_mark_is_found_where_its_last_character_lets_through() -> None:
    from analysis.parse import _CLOSED_AFTER, closed_after

    pieces = ["Title", " ", "(lukket)", "(Lukket punkt)", " - lukket", " – Lukket sag", "\n"]
    pieces += ["punkt", "sag", ")", "t", "g", "K", "\u212a", "LUKKET", "x", "\t", "ſ"]
    found = 0
    for text in _random_texts(pieces, 30000, 6, 28):
        slow = _CLOSED_AFTER.search(text) is not None
        assert closed_after(text) == slow, repr(text)
        found += slow
    assert found > 500, found


def test_a_numbered_line_with_a_dash_is_matched_where_it_holds_a_dash_or_colon() -> None:
    from analysis.layouts.outcome_list import _NUMBERED_DASHED, _numbered_dashed

    pieces = ["1. ", "Punkt 2: ", "ad 3 ", "Title", " – ", "-", " - ", ":", ": ", "Godkendt"]
    pieces += ["x", " ", "\t", "—", " — ", "12) "]
    found = 0
    for text in _random_texts(pieces, 30000, 6, 29):
        slow = _NUMBERED_DASHED.match(text)
        fast = _numbered_dashed(text)
        assert (slow and slow.span()) == (fast and fast.span()), repr(text)
        found += slow is not None
    assert found > 500, found


def test_title_field_gate_lowers_as_str_lower_does() -> None:
    from analysis.layouts.title_field import _lowered

    pieces = ["ver", "VER", "Ver", "s", "S", "\u017f", "k", "K", "\u212a", "ri", "RI", "\u0130"]
    pieces += ["ft", "FT", "Ft", "o", "O", " ", "\n", "æ", "Æ", "–", "\u0131"]
    for text in _random_texts(pieces, 20000, 12, 5):
        assert ("verskrift" in _lowered(text)) == ("verskrift" in text.lower()), repr(text)


def test_two_tabs_gate_finds_a_line_with_two_tabs() -> None:
    from analysis.read.item_table import _TWO_TABS

    pieces = ["\t", "\t", "a", " ", "\n", "\r", "\u2028", "Punkt"]
    for text in _random_texts(pieces, 20000, 12, 6):
        assert (_TWO_TABS(text) is not None) == any(
            ln.count("\t") >= 2 for ln in text.split("\n")
        ), repr(text)


def test_a_break_led_pattern_finds_what_the_pattern_led_by_the_break_alone_finds() -> None:
    import re

    import analysis.layouts  # noqa: F401 (every layout's gates made)
    from analysis.parse import LINE_START_PATTERNS, break_led, first_class

    assert first_class(r"(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:[Kk]l\.\s*)?\d{1,2}[.:]") == (
        r"[\d\x23\x2a\x4b\x5f\x6b]"
    )
    assert first_class(r"[^\S\n]*(?:\d|x)") == r"[\d\x78]|[^\S\x0a]"
    # (none where a match may be empty, the first part is the engine's own first test, a
    # group sets flags of its own, or a part is "." or a back reference)
    for source in ("x?", r"\s*$", "Sag", r"[\d.]+", "(?i:ab)|c", r".?x", r"(a)?\1b"):
        assert first_class(source) is None, source
    assert len(LINE_START_PATTERNS) > 25
    common = ["\n", "\n\n", " ", "  ", "\t", "\f", "1", "12", "3.", "٣", "#", "## ", "**", "__"]
    common += ["kl. ", "Kl.", "|", ":", ".", ",", "-", "–", "(", ")", "[", "]", "x", "Æ", "ø"]
    common += ["\u212a", "\u017f", "\u0130", "\u00a0", "\u2028", "·", "•", "Pkt. 4", "punkt 2"]
    common += ["09.15-10.00", "12:30", "3. maj 2025", "12-05-2025", "A", "....."]
    from analysis.layouts.decision_summary import _SUMMARY_TITLE, _after_break
    from analysis.layouts.outcome_overview import _HEAD_END_REVERSED
    from analysis.layouts.review_marks import _MAY_HOLD
    from analysis.layouts.stacked_table import _ANY_NUMBER_HEAD
    from analysis.layouts.trailing_number import _REVERSED_GATE

    led = [_HEAD_END_REVERSED, _MAY_HOLD, _ANY_NUMBER_HEAD, _REVERSED_GATE]
    led.append(_after_break(_SUMMARY_TITLE.pattern, _SUMMARY_TITLE.flags))
    # (the patterns written with break_led, against themselves without the look-ahead)
    pairs = [(p, re.compile(re.sub(r"^\\n\(\?=[^()]*\)", r"\\n", p.pattern), p.flags)) for p in led]
    for pattern in LINE_START_PATTERNS:
        source, flags = pattern.pattern[1:], pattern.flags
        pairs.append(
            (re.compile(break_led(source, flags), flags), re.compile("\n" + source, flags))
        )
    checked = 0
    for fast, plain in pairs:
        if fast.pattern == plain.pattern:
            continue
        checked += 1
        words = re.findall(r"[A-Za-zÆØÅæøåé]{2,}", plain.pattern)
        pieces = common + words + [w.upper() for w in words] + [w.capitalize() for w in words]
        for text in _random_texts(pieces, 1500, 14, 40 + checked):
            slow = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == slow, (
                plain.pattern,
                text,
            )
    assert checked > 25


def test_a_line_start_test_answers_as_the_search_of_its_pattern() -> None:
    import re

    import analysis.layouts  # noqa: F401 (every layout's gates made)
    from analysis.parse import LINE_START_PATTERNS, line_start_test

    common = ["\n", "\n\n", "\n \n", " ", "  ", "\t", "\f", "\x0b", "\u2028", "\u00a0", "\r"]
    common += ["1", "12", "3.", "٣", "#", "## ", "**", "__", "kl. ", "|", ":", ".", "-", "–"]
    common += ["(", ")", "x", "Æ", "\u212a", "\u017f", "Pkt. 4", "punkt 2", "09.15-10.00"]
    common += ["12:30", "3. maj 2025", "12-05-2025", "A", ".....", "---", "==="]
    found = 0
    for k, pattern in enumerate(list(LINE_START_PATTERNS)):
        holds = line_start_test(pattern)
        words = re.findall(r"[A-Za-zÆØÅæøåé]{2,}", pattern.pattern)
        pieces = common + words + [w.upper() for w in words] + [w.capitalize() for w in words]
        for text in _random_texts(pieces, 1500, 14, 80 + k):
            slow = pattern.search(text) is not None
            assert holds(text) == slow, (pattern.pattern, text)
            found += slow
    assert found > 250, found


def test_a_line_start_test_of_a_pattern_led_by_white_space_answers_as_its_search() -> None:
    import analysis.layouts  # noqa: F401 (every layout's gates made)
    from analysis.parse import LINE_START_PATTERNS, line_start_test

    pieces = ["\n", "\n\n", " ", "\t", "\f", "\x0b", "\u2028", "\u00a0", "\r", "\n \t", "x"]
    pieces += ["se ", "Læs hele sagen under ", "punkt 4", "pkt. 12", "Dagsordenspunkt 3", "nr. "]
    pieces += [".....", "..", "---", "- - -", "***", "─", "==", ":", "2", "af 7", "SE PKT.3"]
    led = [p for p in LINE_START_PATTERNS if p.pattern.startswith("^\\s*")]
    assert len(led) >= 3
    found = 0
    for k, pattern in enumerate(led):
        holds = line_start_test(pattern)
        for text in _random_texts(pieces, 8000, 10, 120 + k):
            slow = pattern.search(text) is not None
            assert holds(text) == slow, (pattern.pattern, text)
            found += slow
    assert found > 1000, found


def test_a_contents_line_is_matched_as_without_the_look_ahead() -> None:
    import re

    from analysis.parse import _TOC_LINE

    plain = re.compile(_TOC_LINE.pattern.replace("(?=[\\s.…])", ""))
    assert plain.pattern != _TOC_LINE.pattern
    pieces = ["Title", " ", "  ", "\t", ".", "...", "....", "…", "……", "3", "12", "٣", "\n"]
    pieces += ["x", "Punkt 4. ", ":", "-", "\u2028", "\u00a0", " . "]
    found = 0
    for text in _random_texts(pieces, 30000, 10, 140):
        slow = plain.match(text)
        fast = _TOC_LINE.match(text)
        assert (fast and (fast.span(), fast.groups())) == (slow and (slow.span(), slow.groups()))
        found += slow is not None
    assert found > 1000, found
