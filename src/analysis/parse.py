"""The grammar of minutes text (pure): lines, item bodies, and the agenda system's export.

Which family of minutes a text is, and where its header and items are, is decided in
``analysis.layouts``; this module holds what every layout uses to read an item once its
heading is found: headed sections (Anledning, Resumé, Sagsfremstilling, Indstilling,
Beslutning, Bilag and the others of ``vocab.SECTION_HEADINGS``), numbered "at …"
recommendations, attachments, dates mentioned, case history, and this meeting's decision
told apart from earlier bodies' (:class:`BodyRules`). It also holds the grammar of the
agenda system's export (``parse_agenda_export``, the ``agenda`` layout):

* a header: ``REFERAT <forum> d. DD-MM-YYYY``, ``Mødedato``, ``Mødested``, optionally
  ``Mødedeltagere``, then ``Indholdsfortegnelse`` with one ``title.....<tab>page`` line
  per item;
* items, each opened by ``Punkt N: title`` (plain text or a markdown heading), then the
  journal number on a line of its own, then headed sections.

Numbered lines inside an item ("1. at …", "1.5. Børneliv …") are never items: only an
item heading opens an item. Every non-blank line is either placed in a record or counted
as unplaced, which is what the manifest's coverage figure measures.
"""

from __future__ import annotations

import datetime as dt
import re
import re._parser as _sre_parser
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress, count, islice, pairwise, repeat
from operator import attrgetter, methodcaller
from typing import Any, NamedTuple

from analysis.case_labels import (
    CASE_ID_LABEL,
    CASE_LABEL,
    CASE_NUMBER_LABEL,
    CASE_SYSTEM,
    CASE_SYSTEMS,
)
from analysis.dates import MAX_YEAR, MIN_YEAR, find_date, full_year, invalid_date_in, safe_date
from analysis.model import (
    Attachment,
    CaseHistoryEntry,
    Item,
    ParsedMeeting,
    Participant,
    Reference,
    Section,
)
from analysis.ocr_labels import OCR_LONGEST, ocr_genitive, ocr_heading
from analysis.read.codepages import is_latin1
from analysis.vocab import (
    MONTHS_DA,
    PROPOSED_DECISION_KEY,
    SECTION_HEADINGS,
    adjudicating_board,
)


class NotMinutes(ValueError):
    """The text is not minutes this parser understands; the message says why."""


# --- line model -------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
#: "*text*", "_text_" (not inside a word: "file_name_2" keeps its underscores).
_MD_EMPH = re.compile(r"(?<![\w*])([*_])(?!\s)([^*_\n]+?)(?<!\s)\1(?![\w*])")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
#: "Elev *****", "15/******", "17.*****": a run of stars masking a name or a number in a
#: public version of the minutes, after a space, a slash, a dot or a dash and before the
#: line's end, a space or a stop (not "***fed kursiv***": words inside the stars).
_MASK_STARS = re.compile(r"(?:^|(?<=[\s./-]))\*{3,}(?=$|[\s.,;:)/-])")
#: "~~Revideret indkøbspolitik~~": struck through (a withdrawn item's title kept on the
#: agenda, struck out); the words are read, the marks not.
_MD_STRUCK = r"~~(?=\S)([^~\n]+?)(?<=\S)~~"
_MD_STRIKE = re.compile(_MD_STRUCK)
#: "~~Godkendt.~~ Udsat.", "Sagsnr. ~~24/1345~~ 24/1354": minutes corrected after the
#: meeting, the old words struck and the new ones after them on the line: the struck
#: words are no longer the minutes and are left out (a struck span with nothing after it,
#: a withdrawn title, keeps its words).
_MD_STRUCK_BEFORE = re.compile(_MD_STRUCK + r"[ \t]*(?=[*_]{0,2}[\w(\[\"'])")
#: "Godkendt[^2].", "2013-2017[^1]": a footnote's mark in pandoc's markdown, glued to the
#: word it notes (the note itself stands as "[^2]: …" after the text): no word of the text.
_MD_NOTE_MARK = re.compile(r"(?<=\S)\[\^[\w-]{1,12}\]")
#: "[Beslutning]{.underline}", "[Sagsnr.]{.smallcaps}", "[Godkendt]{#b12 .mark}": pandoc's
#: bracketed span, words a Word file underlined (or set in small capitals, marked, given
#: an anchor) with the attribute list after them: the words are read, the markup not.
_MD_SPAN = re.compile(r"\[([^\[\]\n]*)\]\{[#.][\w:.-]*(?:[ \t]+[#.]?[\w:.=\"-]+)*\}")
#: "`22-14127`": inline code (one or two backticks round text without one).
_MD_CODE = re.compile(r"``?([^`\n]+?)``?")
_SPACES = re.compile(r"[ ]{2,}")
#: ``"  " in text`` and ``"\n\n\n" in text``, as literal regex searches: the same
#: answer, found several times faster in a long text than by ``in`` (Python 3.11 looks
#: for a needle of two or three characters slowly).
_TWO_SPACES = re.compile("  ").search
_THREE_BREAKS = re.compile("\n\n\n").search
#: ``"\n: " in text`` (a definition list's line), the same way.
_DEFINITION = re.compile("\n: ").search
#: ``":::" in text`` (a pandoc div's fence), the same way.
_FENCE = re.compile(":::").search
#: "Pkt. 3l2", "Punkt l.", "§ 1O": an item's number on a typed page that OCR read with a
#: small l for the figure 1 or a capital O for 0 (the word before it says it is a number).
_OCR_ITEM_NUMBER = re.compile(
    r"^(?P<word>[ \t]*(?:Pkt\.?|Punkt|PUNKT|Sag[ \t]+nr\.?|§)[ \t]*)"
    r"(?P<n>(?=[\dlO]*[\dl])[\dlO]*[lO][\dlO]*)(?=[.:)]?(?:[ \t]|$))",
    re.MULTILINE,
)
#: "kl. l9.30", "kl. 2l.05", "kl. 22.l0": a typed clock time OCR read with a small l for
#: the figure 1 (one l at least among its figures); "kl. 19.3O", "kl. 19.OO": with a
#: capital O for the figure 0 in its minutes.
#: (led by its literal "kl. ", no look-behind: the engine then looks for those characters
#: alone, 30x faster on a page that has none)
_OCR_CLOCK = re.compile(r"kl\. (?=[\d.:]*[lO])[\dl]{1,2}[.:][\dlO]{2}(?!\w)")
#: "den l9-05-2009": a numeric date's day OCR read with a small l for the figure 1 (a
#: decision heading's "Beslutning i Udvalget den l9-05-2009:"), the month and year whole
#: (mended where :func:`decision_heading` reads no heading otherwise).
_OCR_DAY = re.compile(r"den (?=\d?l)[\dl]{1,2}(?=[-./]\d{1,2}[-./](?:19|20)\d\d(?!\d))")


class Line(NamedTuple):
    """One source line: its clean text and whether it was written as a heading.

    A named tuple, not a dataclass: a document has hundreds of lines and a tuple is made
    several times faster (in C, see :func:`to_lines`); it is as immutable.
    """

    index: int
    clean: str
    heading_level: int  # markdown heading level, 0 for plain lines

    @property
    def blank(self) -> bool:
        return not self.clean


def strip_markdown(text: str) -> str:
    """Remove inline markdown (links, bold, emphasis, escapes) from one line."""
    if (
        "[" not in text
        and "*" not in text
        and "_" not in text
        and "\\" not in text
        and "`" not in text
        and "~" not in text
    ):
        return text  # nothing any pattern below could match (most lines)
    if "`" in text and ("*" in text or "_" in text):
        # "Afgørelse: `*** fortroligt ***`": inline code is literal, its stars no emphasis
        # (a redaction's mark set as code); the markup around it is stripped as always
        parts = _MD_CODE.split(text)
        if any("*" in part or "_" in part for part in parts[1::2]):
            return "".join(
                part if k % 2 else strip_markdown(part.replace("`", ""))
                for k, part in enumerate(parts)
            )
    if "***" in text and _MASK_STARS.search(text):
        # "Elev *****", "Sagsnr. 15/******": a public version's mask, no emphasis (bold
        # read over it would leave one star); kept while the markup around it is stripped
        kept = _MASK_STARS.sub(lambda m: "\ue000" * len(m.group(0)), text)
        return strip_markdown(kept).replace("\ue000", "*")
    if "[^" in text:
        text = _MD_NOTE_MARK.sub("", text)
    if "]{" in text:
        text = _MD_SPAN.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    if "~~" in text:
        text = _MD_STRIKE.sub(r"\1", _MD_STRUCK_BEFORE.sub("", text))
    text = _MD_BOLD.sub(r"\2", text)
    text = _MD_EMPH.sub(r"\2", text)
    if text[-1:] == "\\" and text[-2:] != "\\\\":
        # ("Mødested: Rådhuset" and a backslash: pandoc's hard line break closing the line)
        text = text[:-1]
    text = _MD_ESCAPE.sub(r"\1", text)
    if "`" in text:  # "Sag: `22-14127`": a number set as inline code in markdown notes
        text = _MD_CODE.sub(r"\1", text)
    return text


#: "[12 Lokalplan for boliger ved skoven," / "    forslag til høring](#sag-12)": a link whose words
#: a converter wrapped over two lines (a contents list's entry at 72 columns): its words
#: are read on their two lines, the brackets and the target not (one line's link is
#: ``_MD_LINK``'s).
_WRAPPED_LINK = re.compile(r"\[([^\[\]\n]*)\n([^\[\]\n]*)\]\([^()\s]*\)")
#: "{#sag-12}", "{#referat .sidetitel}", "{.unnumbered}": the attribute list pandoc's
#: markdown writes after a heading's text (an anchor "#…", classes ".…", "key=value").
_HEADING_ATTRIBUTES = re.compile(r"[ \t]*\{[#.][\w:.-]*(?:[ \t]+[#.]?[\w:.=\"-]+)*\}$")
#: "::: sagsfelt", "::: {.moedeinfo}", ":::": a fence of pandoc's markdown opening or
#: closing a block (an HTML <div> and its class); markup alone on its line, no text.
_DIV_FENCE = re.compile(r"^:{3,}(?:[ \t]*\{[^{}\n]*\}|[ \t]+[\w.-]+)?[ \t]*:*$")

#: A :class:`Line` from an (index, clean, level) tuple, made in C.
_new_line = partial(tuple.__new__, Line)
_CLEAN = attrgetter("clean")
_INDEX = attrgetter("index")
_LEVEL = attrgetter("heading_level")
_ENDS_WITH_HYPHEN = methodcaller("endswith", "-")


def _tidy(raw: str) -> tuple[str, int]:
    """(clean text, markdown heading level) of one line that may hold markdown."""
    level = 0
    m = _MD_HEADING.match(raw) if "#" in raw[:4] else None
    if m:
        level, raw = len(m.group(1)), m.group(2)
    clean = strip_markdown(raw).rstrip()
    if level and clean[-1:] == "}":
        # "## 12 Title {#sag-12}", "# Referat {#referat .sidetitel}": pandoc's attribute
        # list closing a heading (its anchor and classes), no word of the heading
        clean = _HEADING_ATTRIBUTES.sub("", clean)
    # Keep a tab (TOC lines use it) but collapse other runs of spaces.
    if "  " in clean:
        clean = _SPACES.sub(" ", clean)
    return clean.strip(" "), level


def to_lines(text: str) -> list[Line]:
    """Split text into :class:`Line` records, markdown removed, whitespace tidied.

    Most lines hold no markdown: their white space is tidied for the whole text at once
    (runs of spaces collapsed, the ends stripped: the same result as line by line), and
    only the lines :func:`_markup_lines` names are read one by one.
    """
    text = text.replace("\u00a0", " ")
    if "](" in text and _WRAPPED_LINK.search(text):
        text = _WRAPPED_LINK.sub(r"\1\n\2", text)
    if _ocr_item_number_in(text):
        text = _OCR_ITEM_NUMBER.sub(_ocr_number_read, text)
    if "kl. " in text and _OCR_CLOCK.search(text):
        text = _OCR_CLOCK.sub(_ocr_figures, text)  # "kl. l9.30", "kl. 22.l0": OCR's l for 1
    tidy = _SPACES.sub(" ", text) if _TWO_SPACES(text) else text
    cleans = list(map(str.lstrip, map(str.rstrip, tidy.split("\n")), repeat(" ")))
    levels = [0] * len(cleans)
    markup = _markup_lines(text)
    raws = text.split("\n") if markup else []  # (most texts hold no markdown)
    for number in markup:
        cleans[number], levels[number] = _tidy(raws[number])
    if "~" in text:
        cleans = [_specks_off(c) if c[:1] in "~|" and len(c) <= 6 else c for c in cleans]
    if _DEFINITION(text):
        _definitions_off(cleans)
    if _FENCE(text):
        cleans = [_fence_off(c) if c.lstrip()[:3] == ":::" else c for c in cleans]
    return list(map(_new_line, zip(count(), cleans, levels)))


def _fence_off(clean: str) -> str:
    """A pandoc div's fence line as a blank line (see ``_DIV_FENCE``), other lines kept."""
    return "" if _DIV_FENCE.match(clean.strip()) else clean


def _ocr_number_read(m: re.Match[str]) -> str:
    """An OCR'd item number with its figures back ("3l2" -> "312", "l" -> "1")."""
    return m.group("word") + _ocr_figures(m.group("n"))


def _ocr_figures(m: re.Match[str] | str) -> str:
    """Figures OCR read as letters back as figures: l for 1, O for 0 ("kl. " kept)."""
    text = m if isinstance(m, str) else m.group(0)
    head, figures = (text[:4], text[4:]) if text[:4] == "kl. " else ("", text)
    return head + figures.replace("l", "1").replace("O", "0")


def _definitions_off(cleans: list[str]) -> None:
    """A markdown definition list (pandoc's ``Konklusion`` over ``: Godkendt.``): the
    definition's colon is its mark, no word of it, so the term reads as a label over its
    text. Only under a term line (not blank, not itself a label ending in a colon)."""
    for i in range(1, len(cleans)):
        clean = cleans[i]
        if clean[:2] == ": " and cleans[i - 1] and cleans[i - 1][-1:] != ":":
            cleans[i] = clean[2:].lstrip()


#: "~ ~", "~|", "| ~": specks of a scanned page read by OCR as a line of their own (a
#: tilde, a bar, spaces; no markdown fence "~~~"): a blank line, so a title under them
#: still stands after a blank line.
_SPECKS = re.compile(r"^(?=[~| ]*~)(?![~| ]*~~~)[~| ]{1,6}$")


def _specks_off(clean: str) -> str:
    return "" if _SPECKS.match(clean) else clean


def _markup_lines(text: str) -> list[int]:
    """Numbers of the lines that may hold markdown, in order: a "#" among a line's first
    four characters (a heading), or a character inline markdown is written with.

    ``str.find`` per character: many times faster than a regex over the whole text.
    """
    found = []
    for mark in ("#", "[", "*", "_", "\\", "`", "~~"):
        at = text.find(mark)
        while at >= 0:
            if mark != "#" or at - text.rfind("\n", 0, at) <= 4:
                found.append(at)
            at = text.find(mark, at + 1)
    out: list[int] = []
    for number in line_numbers(text, sorted(found)):
        if not out or out[-1] != number:
            out.append(number)
    return out


def line_numbers(text: str, positions: Iterable[int]) -> Iterator[int]:
    """The number of the line (of ``text`` split at "\\n") each of ``positions`` (in order)
    stands on: the line breaks counted on from the last position, not from the text's
    start again for each."""
    number = previous = 0
    for at in positions:
        number += text.count("\n", previous, at)
        previous = at
        yield number


#: The characters ``str.split()`` splits on (``str.isspace``; none is above U+3000).
WHITESPACE = tuple(c for c in map(chr, range(0x3001)) if c.isspace())


#: The white space of Latin-1, as bytes to delete, and the white space above U+00FF.
_NARROW_WHITESPACE = "".join(c for c in WHITESPACE if c <= "\xff").encode("latin-1")
_WIDE_WHITESPACE = tuple(c for c in WHITESPACE if c > "\xff")


def nonblank_chars(text: str) -> int:
    """Characters that are not white space: the unit of the coverage figure (counted, not
    split out: the same number, made faster).

    The Latin-1 white space is deleted from the text's bytes in one pass (``str.count``
    scans the text once for each of the 29 characters); the wider white space is counted
    only in a text that holds wider characters, among those characters alone: the "?" each
    stands as in the bytes (a text of Danish holds a few dashes or quotes; seventeen
    ``str.count`` over the whole text cost ~0.15 ms).
    """
    try:
        narrow = text.encode("latin-1")
        wide = 0
    except UnicodeEncodeError:
        narrow = text.encode("latin-1", "replace")  # each wider character as one "?"
        wide = _wide_whitespace(text, narrow)
    return len(narrow.translate(None, _NARROW_WHITESPACE)) - wide


_WIDE_SET = frozenset(_WIDE_WHITESPACE)
#: More "?" than this in the bytes: the wide white space counted by ``str.count``.
_MANY_WIDE = 256


def _wide_whitespace(text: str, narrow: bytes) -> int:
    """How many characters of ``text`` are white space beyond Latin-1; ``narrow``: the
    text encoded in Latin-1 with "?" for each wider character (one byte a character)."""
    if narrow.count(b"?") > _MANY_WIDE:
        return sum(map(text.count, _WIDE_WHITESPACE))
    wide = 0
    at = narrow.find(b"?")
    while at >= 0:
        wide += text[at] in _WIDE_SET
        at = narrow.find(b"?", at + 1)
    return wide


#: Characters above U+00FF a case-insensitive regex matches with a letter of a-z or æøå
#: ("İ", "ı" for i, "ſ" for s, the Kelvin sign for k, the Ångström sign for å): where one
#: is in a text, :func:`may_hold` does not look further.
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a", "\u212b")
#: ``str.lower`` of each Latin-1 character, as a table for ``bytes.translate`` (each one
#: lowers to one Latin-1 character).
_LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))


def lower_latin1(text: str) -> str:
    """``text.lower()`` for the Latin-1 characters, any other character as "?".

    ``str.lower`` of a text that is not pure ASCII looks up every character's case: on a
    page of Danish, this table look-up in bytes is about ten times faster, and it is
    enough for finding lower-case words of a-z and æøå.
    """
    if text.isascii():
        return text.lower()
    return text.encode("latin-1", "replace").translate(_LATIN1_LOWER).decode("latin-1")


def matchable_lower(text: str) -> str | None:
    """``lower_latin1(text)``, where a case-insensitive regex match of a lower-case word
    of a-z and æøå stands only where the word does; None when the text holds one of the
    characters beyond Latin-1 that such a regex matches with one of those letters
    (``_ODD_CASE``, the only ones): only the regex can tell for such a text."""
    for odd in _ODD_CASE:
        if odd in text:
            return None
    return lower_latin1(text)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no case-insensitive regex match of one of ``words`` (lower case,
    letters a-z and æøå) can be in ``text``: a cheap test before a slow pattern, since
    lowering and ``in`` scan a text many times faster than an alternation of words
    matched case-insensitively."""
    low = matchable_lower(text)
    if low is None:
        return True
    for word in words:  # noqa: SIM110 (a loop: no generator made for each call)
        if word in low:
            return True
    return False


def break_led(source: str, flags: int = 0) -> str:
    """``source`` (a pattern) led by a line break, and by a look-ahead for the characters
    a match of ``source`` can start with where those can be told (``first_class``):
    ``\\n(?=[#*_Kk\\d])(?:#{1,6}[ \\t]+)?…\\d{1,2}[.:]…`` for ``(?:#{1,6}[ \\t]+)?…``.

    The same matches (the look-ahead asks nothing the pattern does not), found faster:
    the regex engine finds the breaks by a scan for the character and tries the pattern
    after each, and a pattern whose start is optional parts (a markdown heading's marks, a
    bold mark, "kl.") costs ~1,500 instructions a line to fail; the look-ahead fails
    most lines at their first character (~170 instructions). A pattern that opens with
    one character or class already fails there, and keeps its literal start ("\\nSag").
    """
    first = first_class(source, flags)
    return rf"\n(?={first})" + source if first else "\n" + source


def first_class(source: str, flags: int = 0) -> str | None:
    """A class (``[…]``, or classes parted by "|" where one is negated: compiled with
    ``flags``) that holds every character a match of the pattern ``source`` can start
    with; None where the pattern opens with one character or class (the engine tests it
    at once), or where that cannot be told from its parts (a match may be empty, a part
    is "." or a back reference, a group sets flags of its own) or it does not parse."""
    try:
        parsed = list(_sre_parser.parse(source, flags))
        if not parsed or _tests_first(parsed[0]):
            return None
        found = _first_items(parsed)
    except Exception:  # (an internal module of Python's: no class, the plain pattern)
        return None
    if found is None or found[1]:
        return None  # (a part it cannot read, or a match that may be empty)
    plain = sorted({item for item in found[0] if not item.startswith("[^")})
    negated = sorted({item for item in found[0] if item.startswith("[^")})
    return "|".join(([f"[{''.join(plain)}]"] if plain else []) + negated)


def _tests_first(part: tuple[Any, Any]) -> bool:
    """The parsed part is one character or class, or one repeated at least once: the
    engine tests the first character at once."""
    op, av = part
    if str(op) in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
        return len(av[2]) == 1 and _tests_first(av[2][0])
    return str(op) in ("LITERAL", "IN")


def _class_char(code: int) -> str:
    """A character written for a class by its code point (no escape to get wrong)."""
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


#: The categories a class may name, as written there.
_CLASS_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _class_items(items: list[tuple[Any, Any]]) -> list[str] | None:
    """A parsed class's items as written in a class; None for one not read here."""
    out = []
    for kind, value in items:
        if str(kind) == "LITERAL":
            out.append(_class_char(value))
        elif str(kind) == "RANGE":
            out.append(f"{_class_char(value[0])}-{_class_char(value[1])}")
        elif str(kind) == "CATEGORY" and str(value) in _CLASS_CATEGORIES:
            out.append(_CLASS_CATEGORIES[str(value)])
        else:
            return None
    return out


def _first_items(items: list[tuple[Any, Any]]) -> tuple[list[str], bool] | None:
    """The class items (a negated class whole, "[^…]") a match of the parsed sequence
    ``items`` can start with, and whether the sequence can match empty; None where a
    part cannot be read."""
    out: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(_class_char(av))
            return out, False
        if name == "IN":
            negated = bool(av) and str(av[0][0]) == "NEGATE"
            written = _class_items(av[1:] if negated else av)
            if written is None:
                return None
            out += ["[^" + "".join(written) + "]"] if negated else written
            return out, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # (no character: the match starts with what follows)
        if name == "BRANCH":
            empty = False
            for branch in av[1]:
                found = _first_items(list(branch))
                if found is None:
                    return None
                out += found[0]
                empty = empty or found[1]
            if not empty:
                return out, False
            continue
        if name == "SUBPATTERN" or name == "ATOMIC_GROUP":
            if name == "SUBPATTERN" and (av[1] or av[2]):
                return None  # ("(?i:…)": flags of its own, which the class would lack)
            found = _first_items(list(av[-1] if name == "SUBPATTERN" else av))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            found = _first_items(list(av[2]))
            if found is not None and av[0] == 0:
                found = found[0], True
        else:
            return None  # (".", a back reference, a conditional: not read)
        if found is None:
            return None
        out += found[0]
        if not found[1]:
            return out, False
    return out, True


#: The patterns ``line_start_test`` was given (for the tests of ``break_led``).
LINE_START_PATTERNS: list[re.Pattern[str]] = []


def line_start_test(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A test of whether ``pattern`` (``re.MULTILINE``, led by ``^``) matches anywhere in a
    text, with the same answer as ``pattern.search(text) is not None``, many times faster.

    The regex engine tries a leading ``^`` at every position of a text (about 0.1 ms for a
    page of minutes); the same pattern led by a line break is looked for by that character,
    so only the lines' starts are tried. A cheap gate before a pass whose pattern matches
    in few documents.
    """
    if not pattern.pattern.startswith("^") or not pattern.flags & re.MULTILINE:
        raise ValueError(f"not a multi-line pattern led by ^: {pattern.pattern!r}")
    LINE_START_PATTERNS.append(pattern)
    at_start = pattern.match
    source = pattern.pattern[1:]
    if source.startswith("\\s*") and source[3:4] not in ("+", "?"):
        # "^\s*Punkt …": the white space after the last break before the match's first
        # character holds no break, so "\n[^\S\n]*Punkt …" is found where "^\s*Punkt …"
        # is (the text's first line is the plain pattern's); and a blank line then fails at
        # its first character, as most lines do (see ``break_led``), not at a try of the
        # pattern after every run of white space
        source = "[^\\S\\n]*" + source[3:]
    # (a top-level alternation's first branch alone led by the break: still no false "no")
    after_break = re.compile(break_led(source, pattern.flags), pattern.flags).search

    def holds(text: str) -> bool:
        return at_start(text) is not None or after_break(text) is not None

    return holds


#: ``_OCR_ITEM_NUMBER`` tried at the lines' starts only (see ``line_start_test``).
_ocr_item_number_in = line_start_test(_OCR_ITEM_NUMBER)


def holds_after(text: str, mark: str, rests: str | tuple[str, ...]) -> bool:
    """Whether ``mark`` (one character) followed by one of ``rests`` stands in ``text``:
    ``any(mark + rest in text for rest in rests)``, found by a scan for the mark (a
    ``memchr``) and a look after each. Python 3.11 looks for a word through a whole text at
    about 1 ns a character (~8 µs for a page of minutes), for one character ~15x faster: a
    cheap gate where the mark is rare ("(", "[", a tab), not where it is common (a space)."""
    at = text.find(mark)
    while at >= 0:
        if text.startswith(rests, at + 1):
            return True
        at = text.find(mark, at + 1)
    return False


def holds_before(text: str, mark: str, leads: str | tuple[str, ...]) -> bool:
    """Whether one of ``leads`` followed by ``mark`` (one character) stands in ``text``:
    :func:`holds_after` with the word before the mark."""
    at = text.find(mark)
    while at >= 0:
        if text.endswith(leads, 0, at):
            return True
        at = text.find(mark, at + 1)
    return False


def lines_holding(text: str, mark: str) -> list[str]:
    """The lines of ``text`` that hold ``mark`` (one character), found by a scan for it:
    the cheap test before a walk over every line (most lines hold no tab and no bar)."""
    out = []
    at = text.find(mark)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        out.append(text[start:end])
        at = text.find(mark, end)
    return out


# --- header -----------------------------------------------------------------------------

_DATE_NUMERIC = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")
_MONTHS = "|".join(MONTHS_DA)
_DATE_LONG = re.compile(rf"(\d{{1,2}})\.?\s+({_MONTHS})\s+(\d{{4}})", re.IGNORECASE)
_TIME = re.compile(r"\bkl\.?\s*(\d{1,2})[:.](\d{2})\b", re.IGNORECASE)
_REFERAT = re.compile(
    r"^(?:REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL)\s+(?P<forum>.+?)\s+(?:d\.|den)\s*"
    r"(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4})\s*$",
    re.IGNORECASE,
)
#: "Kommunalbestyrelsen – Referat": a web page's title line, the date in a field below
#: (minutes only: an agenda is told by a heading that starts with "Dagsorden").
#: ("… – Dagsorden og referat", "… – Beslutningsreferat", "… – Kort referat": minutes too)
_REFERAT_DASHED = re.compile(
    r"^(?P<forum>[A-ZÆØÅ].+?)\s+[–—·-]\s+"
    r"(?:(?:dagsorden\s+(?:og|med)\s+|kort\s+|beslutnings|stikords|møde)?referat"
    r"|Beslutningsprotokol)(?P<date>)$",
    re.IGNORECASE,
)
#: "Referat - Byrådet", "REFERAT – HANDICAPRÅDET": the kind first, then the body after a
#: dash (a PDF print's title; the date in a field below: with a date after another dash
#: the title is the generic layout's). The body must look like one (see
#: :func:`kind_first_title`). ("Referat -- Byrådet": pandoc's plain text writes the en dash
#: as two hyphens.)
_REFERAT_KIND_FIRST = re.compile(
    r"^(?:(?:kort\s+|beslutnings)?referat|dagsorden|beslutningsprotokol)\s+(?:[–—·-]|--)\s+"
    r"(?P<forum>[A-ZÆØÅ][^–—·]+?)(?P<date>)$",
    re.IGNORECASE,
)


def kind_first_title(text: str) -> re.Match[str] | None:
    """The match of a kind-first title ("Referat - Byrådet") whose body looks like one
    (set in capitals, it is read capitalised: "HANDICAPRÅDET" is Handicaprådet)."""
    m = _REFERAT_KIND_FIRST.match(text)
    if m is None:
        return None
    forum = m.group("forum")
    return m if _ONE_BODY.match(forum.capitalize() if forum.isupper() else forum) else None


_FIELD = re.compile(
    r"^(?P<key>Mødedato|Dato|Mødetidspunkt|Mødetid|Starttidspunkt|Sluttidspunkt|Mødeafslutning|"
    # ("Mødeslut: kl. 11.10": the end's own label under "Mødetidspunkt", a Word export's)
    r"Mødeslut|"
    # ("Mødet hævet: Kl. 21:50", "Mødet slut<TAB>11:05": an export's cover row for the end)
    r"Mødet\s+(?:slut|hævet)(?=\s*[:\t])|"
    # ("Mødelokale: Byrådssalen": a portal's facts box naming the room, with its colon only:
    # "Mødelokale 3, Rådhuset" is the place itself)
    r"Tidspunkt|Tid|Start(?=\s*:)|Slut(?=\s*:)|Mødested|Mødelokale(?=\s*:)|Sted|"
    r"Bemærkninger|Bemærkning|"
    r"Mødedeltagere|Deltagere|Medlemmer|Til\s+stede|Tilstede|"
    # "Mødt<TAB>Bente … (A), …": the members present as a field table's row
    r"Mødt(?=\s*[:\t])|"
    r"Stedfortrædere|Stedfortræder|Referent(?=\s*[:\t])|"
    # ("Udvalg for nære sundhedstilbud": a body's name, no field "Udvalg" with its value)
    r"Fraværende|Afbud|Udvalg(?!\s+(?:for|om|vedr)\b)|Kommune|Status(?=\s*:)|"
    # ("Forum: Kommunalbestyrelsen": a web page's facts naming the body, as "Udvalg:")
    r"Forum(?=\s*:)|"
    # "Mødetype: Referat" (a portal's meeting field: the document's kind)
    r"Mødetype(?=\s*:))(?=[\s:]|$)\s*:?\s*"
    r"(?P<value>.*)$",
    re.IGNORECASE,
)
#: "Protokollen indeholder alene udvalgets beslutninger.", "Beslutningsreferatet indeholder
#: kun Byrådets beslutninger. …": a decisions-only protocol saying what it holds (no fact);
#: "Beslutningsloggen erstatter det tidligere referat. …": a decision log saying what it is.
SCOPE_NOTE = re.compile(
    r"^(?:beslutnings)?(?:protokollen|referatet|loggen)\s+(?:(?:indeholder|omfatter|gengiver|"
    r"rummer)\s+(?:alene|kun|udelukkende)\s|erstatter\s+(?:det\s+)?(?:tidligere|hidtidige|"
    r"traditionelle|fulde|almindelige)\s+referat)",
    re.IGNORECASE,
)
#: Labels of the members' list (the names after the label or on the lines under it).
_MEMBER_KEYS = ("mødedeltagere", "deltagere", "medlemmer", "til stede", "tilstede", "mødt")
_COUNCIL = re.compile(
    r"^(?P<mun>[A-ZÆØÅ][\wæøåÆØÅ\-]+(?:[ -][A-ZÆØÅ][\wæøå]+)?)s?\s+"
    r"(?P<forum>Byråd|Kommunalbestyrelse|Kommunalbestyrelsen|Byrådet)$"
)
_MUNICIPALITY_LINE = re.compile(r"^(?P<mun>[A-ZÆØÅ][\wæøå\-]+(?:[ -][A-ZÆØÅ][\wæøå]+)? Kommune)$")
_TOC_HEAD = re.compile(r"^indholdsfortegnelse\s*:?$", re.IGNORECASE)
#: A web page's list of the items under "Punkter" / "Dagsordenspunkter": "1. 61. Title"
#: (the list's running number, then the item's own, before a capital) or "1. Title".
_LIST_HEAD = re.compile(
    r"^(?:punkter|dagsordens?punkter|punkter på dagsordenen|indhold|dagsorden(?=\s*:))\s*:?$", re.I
)
#: "LOLLAND KOMMUNE – Handicaprådet": the municipality and the body on the title line.
_MUNICIPALITY_BODY = re.compile(
    r"^(?P<mun>[A-ZÆØÅ][\wæøå\-]+(?:[ -][A-ZÆØÅ][\wæøå]+)? Kommune)"
    r"\s+[–—-]\s+(?P<forum>\S.{2,80})$",
    re.I,
)
#: ("Punkt 2 Title" under "Indhold": the agenda system's own numbering, no page numbers)
_LIST_ENTRY = re.compile(
    r"^(?:[-•*]\s+)?(?:\d{1,3}\.|(?i:punkt)\s+\d{1,3}[.:]?)\s+"
    r"(?:\d{1,4}\.\s+(?=[A-ZÆØÅ]))?(?P<title>\S.*)$"
)
#: "Referat", "Dagsorden" alone; also "Referat - Åben", "Referat<TAB>Åben" (an agenda
#: system's print of the open part, its closed items marked one by one).
_KIND_ALONE = re.compile(
    r"^(?P<kind>dagsorden|referat|beslutningsprotokol)(?:\s*[–—-]?\s+åbent?)?$", re.IGNORECASE
)
#: (the look-ahead after the title asks what the white space or the leader after it starts
#: with: the same matches, the lazy title's tries failing at one test where a letter
#: follows, ~1/3 of the instructions of a contents line's match)
_TOC_LINE = re.compile(r"^(?P<title>.+?)(?=[\s.…])\s*(?:\.{3,}|\t|…+)[\s.…]*(?P<page>\d{1,4})\s*$")
_PARTICIPANT = re.compile(r"\s*([^,()]+?)\s*\(([^()]*)\)\s*(?:,|$)")
#: "; " between two members of a list.
_SEMICOLON = re.compile(r"\s*;\s*")
#: "m.fl." closing a list of names ("og flere": and others).
_AND_OTHERS = re.compile(r"(?:\s*,)?\s*(?:m\.\s?fl\.?|med\s+flere)$", re.IGNORECASE)
#: "Mads Holm (V) - formand": the member's task after the party and a dash.
_PARTICIPANT_DASH_ROLE = re.compile(
    r"\s*([^,()]+?)\s*\(([^()]*)\)\s+[-–]\s+([a-zæøå][a-zæøå. -]{1,40}?)\s*(?:,|$)"
)


def parse_long_date(text: str) -> dt.date | None:
    """First date written like '03. januar 2024' or '3 januar 2024' in ``text``."""
    m = _DATE_LONG.search(text)
    if not m:
        return None
    return safe_date(int(m.group(3)), MONTHS_DA[m.group(2).lower()], int(m.group(1)))


def parse_numeric_date(text: str) -> dt.date | None:
    """First date written like '03-01-2024' in ``text``."""
    m = _DATE_NUMERIC.search(text)
    if not m:
        return None
    return safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def parse_participants(value: str) -> list[Participant]:
    """Split 'Name (Role), Name (Role), Name' into participants.

    Roles may hold commas ("Direktør By, Kultur, Miljø & Beskæftigelse"), so the split is
    on the parentheses, not on commas alone.
    """
    people: list[Participant] = []
    pos = 0
    value = value.strip()
    if ";" in value and ")" in value:
        # "Jakob Lund (V), formand; Eva Holm (A); Bo Sand (O)": the names parted by
        # semicolons, a member's task after a comma
        value = _SEMICOLON.sub(", ", value)
    if value[-5:].lower() in ("m.fl.", " m.fl") or value[-4:].lower() == "m.fl":
        # "…, Tom Nielsen m.fl." / "…, m.fl.": and others, no one's name
        value = _AND_OTHERS.sub("", value)
    while pos < len(value):
        m = _PARTICIPANT.match(value, pos)
        if m:
            name, role = m.group(1).strip(), m.group(2).strip() or None
            if _ORGANISATION.match(name) and _unorganised(people):
                # "Tina Vase, FOA (næstformand)": the member's union after the name, the
                # task in brackets after the union
                last = people[-1]
                people[-1] = Participant(last.name, ", ".join(filter(None, (name, role))))
            else:
                people.append(Participant(name, role))
            pos = m.end()
            continue
        m = _PARTICIPANT_DASH_ROLE.match(value, pos) if "-" in value or "–" in value else None
        if m:
            role = ", ".join(filter(None, (m.group(3).strip().capitalize(), m.group(2).strip())))
            people.append(Participant(m.group(1).strip(), role))
            pos = m.end()
            continue
        nxt = value.find(",", pos)
        chunk = (value[pos:] if nxt < 0 else value[pos:nxt]).strip()
        if _ORGANISATION.match(chunk) and _unorganised(people):
            # "Kasper Brandt, BUPL, Ulla Rask, HK": each member's union after the name
            last = people[-1]
            people[-1] = Participant(last.name, chunk, last.present)
        elif chunk[:1].islower() and people and len(chunk) <= 30 and not _TITLED_NAME.match(chunk):
            # "Anne Friis (A), formand, Bo Lund (V)": the role of the member before it
            last = people[-1]
            role = ", ".join(filter(None, (chunk.capitalize(), last.role)))
            people[-1] = Participant(last.name, role, last.present)
        elif chunk:
            people.append(Participant(chunk, None))
        pos = len(value) if nxt < 0 else nxt + 1
    return people


#: "FOA", "BUPL", "HK", "3F", "DSR": a union's (or another organisation's) abbreviation,
#: capitals and figures, written after a member's name in a workplace committee's list.
_ORGANISATION = re.compile(r"^(?=[0-9]*[A-ZÆØÅ])[A-ZÆØÅ0-9]{2,6}$")
#: "direktør Lise Holm", "leder af hjemmeplejen Bo Dal": a member named after a job title
#: in small letters (a person, not the task of the member before).
_TITLED_NAME = re.compile(
    r"^[a-zæøå][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*){0,3}(?:\s+[A-ZÆØÅ][\wæøå.-]*){2,6}$"
)


def _unorganised(people: list[Participant]) -> bool:
    """Whether the list's last member is a person with no role yet (an abbreviation
    after it is that member's union, not a member of its own)."""
    return bool(people) and people[-1].role is None and not _ORGANISATION.match(people[-1].name)


def _person_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def absent_not_present(people: list[Participant]) -> list[Participant]:
    """The list with whoever is listed absent ("Fraværende:", "Afbud:") no longer also
    present: a header lists every member under "Medlemmer:" and then who was away, so the
    member's present entry goes and the absent one keeps the member's role where it
    states none. Everyone else as listed, in order."""
    absent = {_person_key(p.name) for p in people if not p.present}
    if not absent:
        return people
    # ("Medlemmer: …, vejchef Anja Sommer" / "Fraværende: Vejchef Anja Sommer": the member
    # read as "Anja Sommer" with the title as role; absent under the title and name)
    titled = {
        _person_key(f"{p.role} {p.name}"): p
        for p in people
        if p.present and p.role and " " not in p.role and _person_key(p.name) not in absent
    }
    if absent & titled.keys():
        people = [
            Participant(titled[key].name, titled[key].role, False)
            if not p.present and (key := _person_key(p.name)) in titled
            else p
            for p in people
        ]
        absent = {_person_key(p.name) for p in people if not p.present}
    roles = {_person_key(p.name): p.role for p in people if p.present and p.role}
    out: list[Participant] = []
    for p in people:
        key = _person_key(p.name)
        if p.present and key in absent:
            continue
        if not p.present and p.role is None and key in roles:
            p = Participant(p.name, roles[key], present=False)
        out.append(p)
    return out


#: "Ole Bach (V), borgmester": one member of a list parted by semicolons, role after party.
_MEMBER = re.compile(r"^(?P<name>[^(),;]+?)\s*\((?P<party>[^()]*)\)\s*(?:,\s*(?P<role>[^,;]+))?$")


#: "Jens Peter Knudsen (A), næstformand": a member's name and party opening a line (not a
#: wrapped value's rest, "(2. næstformand) samt de øvrige medlemmer").
_NAME_FIRST = re.compile(r"^[A-ZÆØÅ][\w'.-]*(?:\s+[A-ZÆØÅ][\w'.-]*){0,4}\s*\(")


def _member_line(text: str) -> list[Participant]:
    """The members on a line under "Medlemmer": parted by semicolons, each "Name (Party)"
    with the role after it ("…, borgmester"), or by commas as :func:`parse_participants`
    reads them."""
    if ";" not in text:
        return parse_participants(text)
    people: list[Participant] = []
    for piece in filter(None, (p.strip() for p in text.split(";"))):
        m = _MEMBER.match(piece)
        if m is None:
            people.extend(parse_participants(piece))
            continue
        role, party = m.group("role"), m.group("party").strip() or None
        if role:
            role = ", ".join(filter(None, (role.strip().capitalize(), party)))
        people.append(Participant(m.group("name").strip(), role or party))
    return people


# --- items ------------------------------------------------------------------------------

#: "Punkt 1: Title", "Punkt 1. Title", "Punkt 1 · Title" (a web page's dot between them).
_ITEM_HEAD = re.compile(r"^Punkt\s+(?P<num>\d{1,3})\s*(?:[:.]|\s·)\s*(?P<title>.+)$", re.IGNORECASE)
#: "Punkt 12a: Title", "## 12a. Title", "## 12 A. Title": an item inserted after item 12
#: (a supplementary agenda's), numbered 12 like the item it follows.
_INSERTED_HEAD = re.compile(
    r"^(?:Punkt\s+)?(?P<num>\d{1,3})\s?[a-h]\s*[:.]\s*(?P<title>[A-ZÆØÅ\"«].*)$", re.IGNORECASE
)
_BODIES = re.compile(r"^(?P<bodies>[A-ZÆØÅ]{1,6}(?:/[A-ZÆØÅ]{1,6})*)\s+[-–]\s+(?P<rest>.+)$")
_DURATION = re.compile(r"^\(\s*(\d{1,3})\s*min(?:\.|utter)?\s*\)$", re.IGNORECASE)
#: "30 min · @Mikkel Broe", "15 min", "(20 min.) – Anne Holm", "10 minutter · Økonomi": an
#: agenda point's time box (and who brings it) on a line of its own under its title, as
#: Teams' and Loop's meeting notes print the agenda.
TIME_BOX = re.compile(r"^\(?\d{1,3}\s*(?:min\.?|minutter)\)?(?:\s*[·•|–—-]\s*\S.*)?$")
#: "Ferieplan (beslutning)", "Meddelelser (til orientering)": the item's purpose in brackets
#: after its title (a board's agenda cell), no part of the title.
_PURPOSE_IN_TITLE = re.compile(
    r"(?<=\S)\s*\((?:til\s+)?(?:beslutning|orientering|drøftelse|godkendelse)\)$", re.IGNORECASE
)
#: " a. formanden b. skolelederen c. elevrådet": the point's lettered sub-points wrapped into
#: its title's cell, above its purpose (at least "a." and "b.").
_POINTS_IN_TITLE = re.compile(r"\s+a\.\s+\S[^\n]*?\s+b\.\s+\S[^\n]*$")
#: "(20 min.)" after a title; "(Jette, 30 min.)", "(30 min., Jette)": who presents it too.
_DURATION_IN_TITLE = re.compile(
    r"\s*\(\s*(?:[^(),\d]{1,40}(?:,|\s[–-])\s*)?"
    # ("(08:30, 2 min.)": the item's start before its minutes)
    r"(?:(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*,\s*)?(\d{1,3})\s*min(?:\.|utter)?\s*"
    r"(?:(?:,|[–-])\s*[^(),\d]{1,40})?\)\s*$",
    re.IGNORECASE,
)
#: " v/ HR-chef Ulla Bech" closing a title before its minutes or time box: the presenter's
#: column of an internal forum's agenda, a few capitalised words or titles (not "Forslag fra
#: (F) v/ Ida Borg om …", the proposer inside the title, a word in small letters after him).
_PRESENTER_BEFORE_TIME = re.compile(
    r"\s+v[/.]\s*(?:(?:[a-zæøå]*(?:chef|direktør|formand|borgmester|konsulent|leder)"
    r"|[A-ZÆØÅ][\w.-]*|og|&)\s*){1,6}$"
)
#: "(kl. 8.30-8.45)" after a title: the item's time box in an internal forum's minutes.
TIME_BOX_IN_TITLE = re.compile(
    # "(Jette, kl. 9.00-9.30)": who presents it before the time box
    r"\s*\(\s*(?:[^(),\d]{1,40}(?:,|\s[–-])\s*)?(?:kl\.?\s*)?(?P<h1>\d{1,2})[.:](?P<m1>\d{2})"
    r"\s*[-–]\s*(?:kl\.?\s*)?(?P<h2>\d{1,2})[.:](?P<m2>\d{2})\s*(?:(?:,|[–-])\s*[^(),\d]{1,40})?\)\s*$",
    re.IGNORECASE,
)
#: "Vintertjeneste 2025   (D)  20 min   MOB", "Evt.   5 min   alle": an agenda's columns
#: after the title, typed as text: the item's kind in brackets (B, D, O, I: beslutning,
#: drøftelse, orientering, information), its minutes, and who presents it (initials,
#: "KH for RD", "alle"); the minutes are the item's duration, the rest no part of the title.
#: Without the kind the presenter must follow, so "Pause 10 min" keeps its words.
_PRESENTERS = r"(?:\s+(?:[A-ZÆØÅ]{2,4}|alle|for|og|/|,))"
_KIND_MINUTES_COLUMNS = re.compile(
    rf"\s+(?:[(\[][BDOI][)\]]\s+(?P<a>\d{{1,3}})\s*min\.?{_PRESENTERS}*"
    rf"|(?P<b>\d{{1,3}})\s*min\.?{_PRESENTERS}+)\s*$"
)
#: "Evt. (10:17)", "Eventuelt (kl. 10.15)": the item's start alone in brackets after the
#: title (a colon or "kl." before it, so a paragraph's "(3.12)" stays in the title).
_START_IN_TITLE = re.compile(r"\s*\(\s*(?:kl\.?\s*\d{1,2}[.:]|[0-2]?\d:)[0-5]\d\s*\)$", re.I)
#: "Title<TAB>kl. 10:05", "Title<TAB>08.35-09.05": an agenda table's slot cell after the
#: title (the row written by ``time_slots`` as a contents line), no part of the title.
_SLOT_CELL = re.compile(r"\t+(?:kl\.\s*)?\d{1,2}[.:][0-5]\d(?:\s*[-–]\s*\d{1,2}[.:][0-5]\d)?\s*$")
#: "Title<TAB>GODKENDT", "Title<TAB>TAGET TIL EFTERRETNING": the item's outcome (or its
#: purpose) as a status word in capitals in a cell of its own after the title (a PDF's
#: word set flush right on the heading's line), no part of the title.
_STATUS_CELL = re.compile(
    r"\t+(?:IKKE\s+)?(?:GODKENDT|UDSAT|DRØFTET|ORIENTERING|ANBEFALET|ANBEFALES|TILTRÅDT"
    r"|VEDTAGET|BESLUTTET|AFVIST|OVERSENDT|BEHANDLET|NOTERET|TAGET\s+TIL\s+(?:EFTERRETNING"
    r"|ORIENTERING)|TIL\s+(?:ORIENTERING|DRØFTELSE|BESLUTNING|GODKENDELSE))\s*$"
)
_CASE_LABEL = re.compile(
    # ("Dok./sag: S-2025-1144": a document-and-case field; also "Dok.nr./sag: 25-004411")
    # ("SAG-2025-01122": the word is the number's own prefix, an association's case, no label)
    rf"^(?:dok\.?\s*(?:nr\.?\s*)?/\s*)?(?:{CASE_NUMBER_LABEL}|sag(?!-\d))\s*:?\s*",
    re.IGNORECASE,
)
_CASE_NUMBER = re.compile(r"^(?=[^\s]*\d)[A-ZÆØÅa-zæøå0-9][\w.\-/–]{2,39}$")
_CASE_SCHEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("kle", re.compile(r"^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ0-9]\d{2}-\d+-\d{2}(?:\d{2})?$")),
    ("emn", re.compile(r"^[A-ZÆØÅ]{2,5}-\d{4}-\d{3,}$")),
    ("serial/yy", re.compile(r"^\d{1,6}/\d{2}(?:\d{2})?$")),
    ("yyyy-serial", re.compile(r"^(?:19|20)\d{2}-\d{3,}$")),
)
_CLOSED_LINE = re.compile(r"^lukket\s+(?:punkt|sag)$", re.IGNORECASE)
#: "Personalesag (Lukket)", "Salg af grund - Lukket punkt", "Køb af areal, Lukket punkt":
#: the closed mark after the title.
_CLOSED_AFTER = re.compile(
    r"\((?:lukket|lukket\s+(?:punkt|sag|møde))\)$|(?:\s[-–]|,)\s+lukket(?:\s+(?:punkt|sag))?$",
    re.IGNORECASE,
)
_CLOSED_MARK = re.compile(r"\blukket\s+(?:punkt|sag)\b", re.IGNORECASE)
#: The last characters of every ``_CLOSED_AFTER`` match (a bracket, or the last letter of
#: "lukket", "punkt" or "sag" in either case: no other character folds to t or g).
_CLOSED_LAST = frozenset(")tTgG")


def closed_after(text: str) -> bool:
    """``_CLOSED_AFTER.search(text) is not None``, its last character (before a closing
    line break, where ``$`` also matches) tested first: the pattern has no literal to be
    looked for, so the engine tries it at every space of the title."""
    last = text[-1:]
    if last == "\n":
        last = text[-2:-1]
    return last in _CLOSED_LAST and _CLOSED_AFTER.search(text) is not None


#: "Valg af medlem (2022-0301452)": a journal number in brackets closing a title, in a
#: form only a journal number takes (a year and a long serial, a KLE number,
#: "EMN-2020-01234"), so a year range "(2020-2023)" or a year stays in the title.
#: Also "Frivilligstrategi (24-0301)", "(24/1187)": a two-digit year and a serial of four
#: digits or more, as a joint board's minutes give every item's journal number; the year
#: of the 1990s too ("(97/3381)": an old committee's typed minutes, scanned).
_CASE_IN_TITLE = re.compile(
    # ("Title (sag 27.12.00-A00-1-21)": the number with the case's word before it)
    rf"\s*\((?:(?i:{CASE_LABEL})\s*:?\s*)?"
    r"(?P<case>(?:19|20)\d{2}-\d{5,}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ0-9]\d{2}-\d+-\d{2,4}"
    r"|[A-ZÆØÅ]{2,5}-\d{4}-\d{3,}|[0-39]\d[/-]\d{4,6})\)$"
)
#: "Title Åben", "Title Lukket punkt": the open/closed mark after the title, written with a
#: capital (a web page's badge, or the status column of its item row run into the heading);
#: not after a dash ("Salg af grund - Lukket punkt", kept as printed, see
#: ``_CLOSED_AFTER``), a comma ("Køb af areal, Lukket punkt": the mark printed as the
#: title's last clause, kept and the item marked closed) nor a bracket. ``_OPEN_MARK_ENDS``
#: is its cheap gate.
#: ("Personalesag LUKKET": the mark in capitals, as a printout's status column has it)
_TRAILING_OPEN_MARK = re.compile(
    r"(?<![-–(,])\s+(?P<mark>Åbent|Åben|Lukket|ÅBENT|ÅBEN|LUKKET)(?:\s+(?:punkt|sag))?$"
)
_OPEN_MARK_ENDS = ("Åben", "Åbent", "Lukket", " punkt", " sag", "ÅBEN", "ÅBENT", "LUKKET")
#: "Åbent punkt", "Lukket sag": the open/closed mark alone where the heading's title stands.
_MARK_ONLY = re.compile(r"^(åben|åbent|lukket)(?:\s+(?:punkt|sag))?$", re.IGNORECASE)
#: ("Lukket sag – Ansættelse af …": a protocol's word for the closed item)
_CLOSED = re.compile(r"^lukket(?:\s+(?:punkt|sag))?\s*(?:[:\-–]\s*(?P<rest>.*))?$", re.IGNORECASE)
_PROPOSER = re.compile(r"^(?P<who>.+?)\s+indstiller\s*[,:.]?\s*(?P<rest>.*)$", re.IGNORECASE)
_RECOMMENDATION = re.compile(
    r"^(?P<at>at\s+)?(?:\d{1,2}\s*[.)]|[a-z]\))\s+(?P<text>.+)$", re.IGNORECASE
)
_IMPERSONAL = re.compile(r"^det\s+indstilles\s*(?:[,:]\s*)?(?P<rest>.*)$", re.IGNORECASE)
_EXTENSION = re.compile(r"\.\s*(pdf|docx?|pptx?|xlsx?|msg|txt|jpe?g|png|csv|odt)\s*$", re.I)
_BULLET = re.compile(r"^[-•*–]\s+")


#: ("21/10 2024": day and month parted by a slash, the year after a space, as some
#: secretaries type a decision label's date: "Beslutning d. 21/10 2024:")
# ("Beslutning <body> 2025-01-14:": an ISO date, as minutes that write every date so do)
_DATE_WORDS = (
    r"\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}/\d{1,2}\s\d{4}|\d{1,2}\.?\s+\w+\.?\s+\d{4}"
    r"|(?:19|20)\d\d-\d\d-\d\d"
)
_DATE_SLASH_SPACE = re.compile(r"(\d{1,2})/(\d{1,2})\s(\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_DATE_SHORT_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})")


def _words_date(text: str) -> dt.date | None:
    """The date a label's date words (``_DATE_WORDS``) give."""
    if (m := _DATE_SLASH_SPACE.fullmatch(text)) is not None:
        return safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if (m := _DATE_ISO.fullmatch(text)) is not None:
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if (m := _DATE_SHORT_YEAR.fullmatch(text)) is not None:  # "17.01.96" (``_ABBR_DATE``)
        return safe_date(full_year(int(m.group(3))), int(m.group(2)), int(m.group(1)))
    return parse_long_date(text) or parse_numeric_date(text)


_BODY_DECISION = re.compile(
    # the body may be a committee named after its statute ("§ 17, stk. 4-udvalget …")
    # "Beslutning i Klima- og Miljøudvalget – 28-01-2025": a dash or comma before the date;
    # "Beslutning — Byrådet, 27.02.2025" (a PDF export's: a dash between word and body)
    # ("Afgørelse i Ældrerådet den 05-11-2024": a portal's word for the body's decision)
    r"^(?P<word>Beslutning|Indstilling|Afgørelse)\s+(?:[–—-]\s+)?(?:i\s+)?"
    r"(?P<body>[A-ZÆØÅ§][^\n]{1,80}?)\s*[,–—-]?\s+"
    # ("Beslutning i Havneudvalget den 4.2.26": the year in two digits, closing the label)
    rf"(?:(?:den|d\.)\s+)?(?P<date>{_DATE_WORDS}|\d{{1,2}}\.\d{{1,2}}\.\d{{2}})\s*:?$"
)
#: "Beslutning (07.04.2025):", "Beslutning den 7. april 2025:": a decision of a date that
#: names no body (the meeting's own when the date is the meeting's); "Afgørelse
#: 22.04.2025:" (a committee's ruling, the word some templates use) likewise; "Beslutning
#: (truffet 12.03.2025):" (a web page's text version: the day the decision was made).
_DATED_DECISION = re.compile(
    rf"^(?:Beslutning|Afgørelse)\s+(?:truffet\s+)?(?:(?:den|d\.)\s+)?(?P<date>{_DATE_WORDS})\s*:?$"
)


def _dated_genitive(text: str) -> bool:
    """ "Byrådets beslutning den 18-12-2008", "Økonomiudvalgets beslutning 15.06.2009": a
    body's decision label in the genitive, closed by its date."""
    return text[-1:].isdigit() and _GENITIVE_DECISION.match(text) is not None


def _dated_label(text: str) -> bool:
    """ "Beslutning 22.04.2025", "Afgørelse den 22. april 2025": a decision label of a date."""
    return text[:1] in "AB" and _DATED_DECISION.match(text) is not None


#: "Ungerådet besluttede", "Bestyrelsen besluttede": the body (one word) as the subject of
#: a label over its outcome, a volunteer's or a youth council's "Beslutning".
_BODY_DECIDED = re.compile(
    # ("Vi besluttede": a pupils' council or a board minuting in the first person plural;
    # "Udvalget besluttede: …", "Bestyrelsen besluttede:": the body by its kind alone)
    r"^(?:Vi|[A-ZÆØÅ][\wæøå-]*(?:rådet|udvalget|bestyrelsen|gruppen|forummet)"
    r"|Rådet|Udvalget|Bestyrelsen|Gruppen|Forummet|Nævnet)\s+besluttede$"
)
#: The words names of bodies end in ("Børne- og Skoleudvalget", "Byrådet", …).
BODY_WORDS = (
    r"udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|forum|råd(?:et)?|"
    # "Amtsraadet", "Sogneraadet": the council spelt with "aa" as before 1948 (and by
    # archives' copies of older protocols)
    r"raad(?:et)?|"
    r"magistrat(?:en)?|bestyrelse(?:n)?|direktion(?:en)?|repræsentantskab(?:et)?|"
    r"borgerrepræsentation(?:en)?|"
    # "Beredskabskommissionen": a statutory commission of one or more municipalities
    r"kommission(?:en)?|"
    # "Huslejenævnet", "Beboerklagenævnet", "Ankenævnet for parkeringsafgifter": an
    # adjudicating board; "Nævnets afgørelse:" over its ruling
    r"nævn(?:et)?|"
    # "Hegnsynet": the municipality's statutory board on hedges and fences (the law's
    # spelling; "Hegnssynet", with the compound's joining s, is as common)
    r"hegns?syn(?:et)?|"
    # internal leadership forums: "Koncernledelsen", "Ledergruppen", "Styregruppen"
    r"koncernledelse(?:n)?|ledergruppe(?:n)?|chefgruppe(?:n)?|styregruppe(?:n)?|"
    # "Topledelsen", "Direktørgruppen": the top leaders' forum by its other names
    r"topledelse(?:n)?|direktørgruppe(?:n)?|"
    # "Koordinationsgruppen for frivilligt socialt arbejde": the group coordinating an area
    # across departments and partners
    r"koordinationsgruppe(?:n)?|"
    # "Klimataskforce", "Taskforcen for …": a task force set up for one matter
    r"taskforce(?:n)?|"
    # "Øresundskomiteen", "Fehmarnbelt-komitéen": a cross-border body's committee
    r"komit[eé](?:en)?"
)
#: "Beslutning den 01-12-2020 i Udvalget for Social og Sundhed:": the date before the body
#: (a web page's heading over each decision, the order reversed from ``_BODY_DECISION``);
#: the body named (a capital) or by its common noun ("… i udvalget:").
_DATE_FIRST_DECISION = re.compile(
    rf"^(?:Beslutning|Afgørelse)\s+(?:(?:den|d\.)\s+)?(?P<date>{_DATE_WORDS})\s+i\s+"
    rf"(?P<body>[A-ZÆØÅ§][^\n:]{{1,80}}?|[a-zæøå-]{{0,40}}?(?:{BODY_WORDS}))\s*:?$"
)
_BODY_NOUN = rf"(?:{BODY_WORDS}|MED|udvalg for [^,:]+)"
#: "Beslutning i bestyrelsen den 22. maj 2025": the body by its common noun in the definite
#: form, in lower case as a sentence writes it (a web page's heading over each decision).
_LOWER_BODY_DECISION = re.compile(
    rf"^(?P<word>Beslutning) i (?P<body>(?=[a-zæøå])[a-zæøå-]{{0,40}}?(?:{BODY_WORDS})(?<=e[nt]))"
    rf"\s*[,–—-]?\s+(?:(?:den|d\.)\s+)?(?P<date>{_DATE_WORDS})\s*:?$"
)
#: "Kommunalbestyrelsen" as a page's heading: the body the page is of.
_FORUM_HEADING = re.compile(rf"^[A-ZÆØÅ][^:]{{0,80}}(?:{BODY_WORDS})$")
#: "Udvalget for Erhverv og Turisme", "Udvalg for Natur": a committee named by what it
#: is for, the body's word first (a page's heading; see ``_FORUM_HEADING``).
_COMMITTEE_FOR = re.compile(r"^Udvalg(?:et)?\s+(?:for|om)\s+[A-ZÆØÅa-zæøå][^:.]{2,60}$")
#: "Svendborg Kommune - Kommunalbestyrelsen", "Ærø Kommune · Ældrerådet": a heading naming
#: the owner, then (after a dash, a middle dot or a bar) the body.
_OWNER_BEFORE_BODY = re.compile(
    r"^(?P<mun>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?)\s+Kommune\s+[-–—·|]\s+(?P<forum>[A-ZÆØÅ].+)$"
)
#: "## Handicaprådet i Assens Kommune": a page's heading naming the body, then (after "i")
#: the municipality it is the body of (see ``_parse_header``).
_BODY_IN_MUNICIPALITY = re.compile(
    rf"^(?P<forum>[A-ZÆØÅ][^:]{{0,80}}(?:{BODY_WORDS}))\s+i\s+"
    r"(?P<mun>[A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+)?)\s+Kommune$"
)
#: "Koncernledelsen", "Direktionen", "Børne- og Skoleudvalget": a body's name.
_ONE_BODY = re.compile(rf"^(?:[A-ZÆØÅ][^:]{{0,80}}(?:{BODY_WORDS})|(?i:{BODY_WORDS}))$")
#: "Møde: Beskæftigelsesudvalget", "Møde<TAB>…": a meeting field's value (see
#: ``_parse_header``, which takes it where it is a body's name).
_MEETING_FIELD_BODY = re.compile(r"^(?:Møde|MØDE)(?:\s*:\s*|\s*\t\s*)(?P<forum>\S[^\t]{2,80})$")
#: "Referat af møde i HovedMED", "Referat fra mødet i Direktionen": the body that met.
_MEETING_OF_BODY = re.compile(
    r"^(?:referat|dagsorden)\s+(?:af|fra)\s+(?:det\s+)?(?:ordinære\s+|ordinært\s+)?"
    r"møde(?:t)?\s+i\s+(?P<forum>[A-ZÆØÅ][^:,.]{1,80})$"
    # "Referat af LokalMED-møde, Jobcenter Randers": a MED committee's meeting, the
    # workplace it belongs to after a comma (part of its name)
    r"|^(?:referat|dagsorden)\s+(?:af|fra)\s+(?P<med>(?-i:[A-ZÆØÅ]?[a-zæøå]*MED|[LAHO]MU))"
    r"-møde(?:t)?(?P<place>,\s+(?-i:[A-ZÆØÅ])[^:,.]{1,60})?$",
    re.IGNORECASE,
)
#: "Referat: Koncernledelsen 21. januar 2025": kind, body and date as a page's heading.
_KIND_FORUM_DATE = re.compile(
    rf"^(?:referat|dagsorden)\s*[:–-]\s*(?P<forum>[A-ZÆØÅ].{{1,80}}?)\s+(?:(?:den|d\.)\s+)?"
    rf"(?P<date>{_DATE_WORDS})$",
    re.IGNORECASE,
)
#: "Børne- og Skoleudvalget den 6. november 2018:" (a body and a date, then a colon; the
#: "den" may be left out: "Social- og Sundhedsudvalget 08.09.2015:").
_BODY_DATE_COLON = re.compile(
    # ("§ 17, stk. 4-udvalget, den 3. marts 2025:": an ad hoc committee named by the
    # section of the statute it is set up by)
    rf"^(?P<body>(?!Fravær|Afbud|Til stede)(?:[A-ZÆØÅ]|§\s?\d)[^:\n]{{0,80}}?{_BODY_NOUN}"
    # ("Udvalget for nære sundhedstilbud 9. september 2025:": a committee named by what it
    # is for, its noun first, as a region's committees are)
    r"|Udvalg(?:et)?\s+for\s+[^,:\n]{2,60}?)"
    r"\s*[-–,]?\s+"
    rf"(?:(?:den|d\.)\s+)?(?P<date>{_DATE_WORDS})\s*:$",
    re.IGNORECASE,
)
#: "KB 30.04.2008:", "ØU 16-04-2008:": an abbreviated body and a date, then a colon; the
#: date also written out with its colon ("ØEPU 22. marts 2017:", "BSU 3. maj 2021:"), or
#: with a two-digit year and its colon (a 1990s protocol's stacked route "TU 05.02.98:",
#: "ØU 11.02.98:", then the council's own "KB 23.02.98:").
_ABBR_DATE = re.compile(
    r"^(?P<body>[A-ZÆØÅ]{1,6}(?:/[A-ZÆØÅ]{1,6})?)\s+(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{2}(?=\s*:$)"
    rf"|\d{{1,2}}\.?\s+(?i:{_MONTHS})\s+\d{{4}}(?=\s*:$))\s*:?$"
)
#: "Byrådets beslutning den 09-12-2019", "Udvalgets beslutning:", "Økonomiudvalgets
#: indstilling:": the body in the genitive before the word.
_GENITIVE_DECISION = re.compile(
    # "HovedMED's beslutning:": a MED committee's name in capitals takes an apostrophe
    rf"^(?P<body>[^:\n]{{0,80}}?(?:{BODY_WORDS})|[^:\n]{{0,40}}?(?-i:MED|[LAHO]MU)(?=')"
    # "Fællesmødets beslutning:", "Dialogmødets konklusion": the joint meeting itself, of
    # two or more bodies, deciding (one word ending in "mødet"); "Udvalgenes beslutning",
    # "Økonomiudvalgenes", "Rådenes", "Bestyrelsernes": the bodies of a joint meeting
    r"|(?=(?-i:[A-ZÆØÅ]))[a-zæøå-]{0,20}?(?:mødet|udvalgene|rådene|bestyrelserne))'?s\s+"
    # ("Chefgruppens konklusion:": an internal forum's conclusion, its decision)
    # ("Ældrerådets høringssvar:": an advisory council's answer to a hearing, its outcome)
    # ("Rådets behandling": what the body made of the case, its outcome under it, as an
    # advisory council's template labels it)
    r"(?P<word>beslutning|indstilling|afgørelse|konklusion|bemærkninger|udtalelse|anbefaling"
    r"|høringssvar|behandling)"
    # ("Udvalgets indstilling til amtsrådet:": the body whose recommendation goes on, named)
    rf"(?:\s+til\s+(?P<to>[^:\n\d]{{0,40}}?(?:{BODY_WORDS})))?"
    # ("Byrådets beslutning 31.03.2025": the date without "den")
    rf"(?:\s+(?:(?:den|d\.)\s+)?(?P<date>{_DATE_WORDS}))?\s*:?$",
    re.IGNORECASE,
)
#: "Kultur- og Fritidsudvalget, 10-03-2020, pkt. 18" (Drupal pages' decision heading),
#: "Byrådet, 21. juni 2016, pkt. 1:" (a chain of the bodies' decisions under Beslutning).
#: Also "Kommunalbestyrelsen 23.04.2025, pkt. 112" (a web copy's heading without the
#: comma after the body: then the body's name must end in a body's word), and the fields
#: parted by dashes, "Økonomiudvalget - 04-02-2014 - Pkt. 2" (a case system's heading over
#: each treatment of the case; the body's name ends in a body's word there too).
_BODY_PKT = re.compile(
    rf"^(?:(?P<body>[A-ZÆØÅ][^,\n]{{2,80}}),\s*"
    rf"|(?P<named>[A-ZÆØÅ][^,\n]{{0,80}}?{_BODY_NOUN})(?:\s+[-–]\s+(?=\d)|\s+))"
    # ("Økonomiudvalget den 19. december 2014, pkt. 1:": "den" before the date)
    rf"(?:(?:den|d\.)\s+)?(?P<date>{_DATE_WORDS})\s*(?:,|\s[-–])\s*pkt\.?\s*\d{{1,4}}\s*:?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BodyRules:
    """What the item-body grammar needs to know of the meeting (set by the layout).

    ``meeting_date`` and ``forum`` tell this meeting's decision ("Beslutning i
    Økonomiudvalget den 1. oktober 2018:") from an earlier body's shown beside it; in an
    agenda (``agenda``) a Beslutning heading holds the proposed text of a decision.
    ``skip`` holds the indexes of lines that are page furniture or part of an item heading.
    """

    meeting_date: dt.date | None = None
    forum: str | None = None
    agenda: bool = False
    skip: frozenset[int] = frozenset()


#: ", " between a body and its date ("Byrådet, 27.01.2026").
_COMMA_BEFORE_DATE = re.compile(r",\s+(?=\d)")


#: A seminar's or a theme meeting's days after its first (the meeting dated by the first):
#: "Beslutning Socialudvalget den 11-09-2015" in minutes of 10-11 September is the body's
#: own decision on the second day (an earlier body's decision is dated before the meeting).
_MEETING_DAYS_AFTER = dt.timedelta(days=2)


def _meeting_day(date: dt.date | None, meeting_date: dt.date) -> bool:
    """Whether ``date`` is the meeting's date or one of the two days after it."""
    return date is not None and dt.timedelta(0) <= date - meeting_date <= _MEETING_DAYS_AFTER


def misdated_own_decision(heading: str, meeting_date: dt.date, forum: str | None) -> bool:
    """Whether ``heading`` heads the meeting's own decision under a year typed wrong: the
    forum's decision dated the meeting's day and month of the year before or after
    ("Beslutning i Beskæftigelsesudvalget den 12. marts 2012" in the minutes of 12 March
    2013, a template's year kept). The caller makes sure no heading of the item is dated
    the meeting's day, so no earlier decision is taken for it."""
    found = decision_heading(heading.strip())
    if found is None or found[1] is None:
        return False
    body, date = found
    return (
        (date.month, date.day) == (meeting_date.month, meeting_date.day)
        and abs(date.year - meeting_date.year) == 1
        and body is not None
        and forum is not None
        and _same_body(body, forum)
    )


def decision_heading(text: str) -> tuple[str | None, dt.date | None] | None:
    """(body, date) when ``text`` heads a body's decision of a date, else None."""
    patterns = []  # each form has a cheap mark; most lines have none
    if text.startswith(("Beslutning (", "Indstilling (")) and text.rstrip(":").endswith(")"):
        # "Beslutning (Økonomiudvalget 12-03-2025)": body and date in brackets
        word, _, rest = text.rstrip(":").partition(" (")
        text = f"{word} {_COMMA_BEFORE_DATE.sub(' ', rest[:-1])}"
    if text.startswith(("Beslutning", "Indstilling", "Afgørelse ")):
        if text[:13] == "Beslutning i " and text[13:14].islower():
            patterns.append(_LOWER_BODY_DECISION)  # "Beslutning i bestyrelsen den …"
        patterns.append(_BODY_DECISION)
        m = _DATED_DECISION.match(text)
        if m:  # no body named: the date alone tells whose
            date_text = m.group("date")
            return None, _words_date(date_text)
        if (m := _DATE_FIRST_DECISION.match(text)) is not None:
            return m.group("body").strip(), _words_date(m.group("date"))
    if text.endswith(":"):
        patterns.append(_BODY_DATE_COLON)
    if text[-1:] in ":0123456789" and len(text) <= 30:
        patterns.append(_ABBR_DATE)
    if (
        "s beslutning" in text
        or "s afgørelse" in text
        or "s indstilling" in text
        or "s konklusion" in text
    ):
        m = _GENITIVE_DECISION.match(text)
        if m:
            date_text = m.group("date") or ""
            return m.group("body").strip(), _words_date(date_text)
    if "pkt" in text or "Pkt" in text or "PKT" in text:
        patterns.append(_BODY_PKT)
    for pattern in patterns:
        m = pattern.match(text)
        if m and not (pattern is _BODY_DECISION and m.group("word").lower() == "indstilling"):
            date_text = m.group("date")
            body = m.group("body") or m.group("named")  # ("named": _BODY_PKT's other form)
            return body.strip(), _words_date(date_text)
        if m:  # "Indstilling Økonomiudvalget den …": an earlier body's recommendation
            return m.group("body").strip(), None
    if "den " in text and (mended := _OCR_DAY.sub(_ocr_figures, text)) != text:
        # "Beslutning i Udvalget den l9-05-2009:": the day's l for 1, read as the figure
        return decision_heading(mended)
    return None


def _same_body(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True  # nothing says otherwise
    if a.casefold().endswith(_JOINT_BODIES):
        return True  # "Udvalgenes beslutning", "Fællesmødets beslutning": this joint meeting's
    if a[:11].casefold() in _JOINT_MEETINGS:
        # "Beslutning Fællesmøde (BUU/KTU) den …": the joint meeting named by its kind and
        # its bodies' letters, whose decision is this meeting's (the date decides)
        return True
    if (len(a) <= 6 and a.isupper()) or (len(b) <= 6 and b.isupper()):
        return True  # "KB" for Kommunalbestyrelsen: the date decides
    x, y = a.casefold(), b.casefold()
    if x in y or y in x:
        return True
    if _MED_KIND.match(a.strip()) and ("MED" in b or "medudvalg" in y.replace("-", "")):
        return True  # "MED-udvalgets beslutning" in the minutes of "OmrådeMED Sundhed …"
    # "Byrådets beslutning" in the minutes of "Lemvig Byråd": the noun without its article
    x, y = _DEFINITE.sub("", x), _DEFINITE.sub("", y)
    if x in y or y in x:
        return True
    # "Beslutning i Børne- og Familieudvalget" in the minutes of "Børne- og Farnilieudvalget"
    # (the header read by OCR: "rn" for "m", "0" for "o", "1" for "l"): the same body
    x, y = x.translate(_OCR_DIGITS).replace("rn", "m"), y.translate(_OCR_DIGITS).replace("rn", "m")
    return x in y or y in x


#: (three letters before it: "Rådets bemærkninger" in the minutes of "Grønt Råd", the short
#: kind noun of an advisory council named without its article)
_DEFINITE = re.compile(r"(?<=\w{3})(?:et|en)$")
#: Digits OCR reads for letters in a body's name.
_OCR_DIGITS = str.maketrans("01", "ol")
#: "MED-udvalget", "MED-udvalg", "Medudvalget": the kind of committee, not its name, which
#: any MED committee (HovedMED, OmrådeMED, LokalMED, "MED-udvalget for …") calls itself.
_MED_KIND = re.compile(r"^med-?udvalg(?:et)?$", re.IGNORECASE)
#: The genitive decision words' common part in capitals ("S BESLUTNING", "S INDSTILLING",
#: "S AFGØRELSE" all hold "S "), looked for after `str.isupper` (which fails prose at its
#: first small letter).
_CAPS_GENITIVE = "S "


_LONGEST_HEADING = max(map(len, SECTION_HEADINGS))
assert len("referat") <= _LONGEST_HEADING  # heading_key lowers no longer text
# (nor asks for a label longer: OCR's, a body's abbreviation or kind, "FOU's beslutning")
assert OCR_LONGEST <= _LONGEST_HEADING

#: The decision words in lower case after a genitive ("Byrådets beslutning", "Rådets
#: udtalelse"): one search, about five times faster than a search for each word.
_GENITIVE_WORD = re.compile(
    "s (?:beslutning|indstilling|afgørelse|konklusion|bemærkninger|udtalelse|anbefaling"
    "|høringssvar|behandling)"
).search


#: "4.3 ", "3.1.3 ": an item's section number before its heading (two or three levels).
_SECTION_NUMBER = re.compile(r"^\d\.\d{1,2}(?:\.\d{1,2})?\.?\s+(?=[A-ZÆØ])")


#: "(2. del)", ": (1. del)", "(del 2)": a session's mark after a label (see heading_key).
_SESSION_MARK = re.compile(r"\s*:?\s*\((?:(?:\d\.|første|anden|tredje)\s+del|del\s+\d)\)$", re.I)


def heading_key(line: Line, rules: BodyRules | None = None) -> tuple[str, str] | None:
    """(section key, heading) when the line is a section heading, else None.

    A known heading (``vocab.SECTION_HEADINGS``) is a heading in any layout; an unknown
    text is one only when it is written as a markdown heading. A body's decision of a
    date is this meeting's Beslutning when body and date are the meeting's, else an
    earlier body's (``tidligere_beslutning``, kept in ``case_history``).
    """
    text = line.clean.rstrip(":").strip()
    if text[-1:] == ")" and "del" in text[-10:].lower() and (session := _SESSION_MARK.search(text)):
        # "Beslutning (2. del):", "Beslutning: (1. del)": the label of one session's decision
        # in a meeting suspended and resumed on another day, read without the session
        return heading_key(
            Line(line.index, text[: session.start()] + ":", line.heading_level), rules
        )
    if text[1:2] == "." and text[:1].isdigit() and (number := _SECTION_NUMBER.match(text)):
        # "4.3 Beslutning", "3.1.3 Beslutning i Teknik- og Miljøudvalget": an item's section
        # numbered under the item's own number (deep outline numbering), read without it
        # (the number marks a heading as a colon does: "4.3 Referat" over the outcome)
        rest = line.clean[number.end() :].strip()
        found = heading_key(Line(line.index, rest if rest[-1:] == ":" else f"{rest}:", 0), rules)
        return (found[0], text) if found else None
    # No text longer than the longest heading is one (lower case is never shorter), nor
    # "referat": such a text is not lowered at all, a shorter one once. Nor is it any of
    # the short labels below (OCR's, a body's abbreviation or kind): most lines are prose
    # and skip them all at one test.
    known = None
    if len(text) <= _LONGEST_HEADING:
        low = text.lower()
        known = SECTION_HEADINGS.get(low)
        if (
            known is None
            and low in ("referat", "resultat", "udfald", "ref.")
            and (
                line.clean[-1:] == ":"
                or line.heading_level
                or (text == "Resultat" and rules is not None and adjudicating_board(rules.forum))
            )
        ):
            # "Referat:" (or a page's heading "Referat") over an item's text: what was
            # concluded; "Resultat:" alone the same (an agenda system's label for the outcome),
            # in an adjudicating board's minutes also without its colon ("Resultat" alone
            # over the ruling, as "Afgørelse" alone is; elsewhere a table's column head)
            known = "beslutning"
        if known is None and (name := ocr_heading(text)):
            # "Beslutnlng", "lndstilling" (read by OCR); also as a heading of its own line
            # ("Beslutnig" under a title set between rules: a typed label, not a title)
            known = SECTION_HEADINGS[name]
        if (
            known is None
            and len(text) <= 5
            and line.clean[-1:] == ":"
            and rules is not None
            and abbreviates_forum(text, rules.forum)
        ):
            known = "beslutning"  # "FOU:" alone over the outcome: the body's, by its abbreviation
        if (
            known is None
            and line.clean[-1:] == ":"
            and rules is not None
            and names_forum_kind(text, rules.forum)
        ):
            known = "beslutning"  # "Udvalget:" over the outcome: the body's, by its kind
        if (
            known is None
            and rules is not None
            and len(text) <= 24
            and ("'s " in text or "’s " in text)
            and (m := _ABBR_GENITIVE.match(text))
            and abbreviates_forum(m.group("abbr"), rules.forum)
        ):
            known = "beslutning"  # "FOU's beslutning:": the body's, by its abbreviation
    end = text[-11:]  # (" indstiller", "indstilling", " besluttede": eleven letters each)
    if known is None and end == " indstiller" and not line.heading_level:
        known = _recommends_heading(text)
    if known is None and end == "indstilling" and _OFFICE_RECOMMENDATION.match(text):
        # "Direktørens indstilling": an office's, not a body's; "Byrådsindstilling": the
        # recommendation put to a body
        known = "indstilling"
    if (
        known is None
        and end == " besluttede"
        and line.clean[-1:] == ":"
        and _BODY_DECIDED.match(text)
    ):
        known = "beslutning"  # "Ungerådet besluttede:" before the outcome: the body's label
    if known:
        if known == "beslutning" and rules is not None and rules.agenda:
            return PROPOSED_DECISION_KEY, text
        return known, text
    if "/" in text and len(text) <= 80:
        # (also as a web page's heading: "<h3>Aalajangiineq / Beslutning</h3>", a bilingual
        # page's label over the outcome, is the decision, no section of its own name)
        slashed = _slashed_decision(text, rules) or _translated_label(text, rules)
        if slashed:
            return slashed
    # The decision headings below start with a capital (most lines do not need the tests).
    upper = text[:1].isupper()
    genitive_words = upper and _GENITIVE_WORD(text) is not None
    if genitive_words:
        genitive = _genitive_heading(text, rules)
        if genitive:
            return genitive
    elif upper and ("s b" in text or "s a" in text) and (mended := ocr_genitive(text)):
        # "Udvalgets beslutnlng:", "Byrådets beslutniug:" (a scanned page's label with OCR's
        # l, 1 or u in the noun): read as the label, the line kept as OCR read it
        genitive = _genitive_heading(mended, rules)
        if genitive:
            return genitive[0], text
    elif upper and text.isupper() and _CAPS_GENITIVE in text:
        # "BYRÅDETS BESLUTNING DEN 25.09.2006:", "AMTSRÅDETS BESLUTNING:": an archival
        # protocol's decision heading set in capitals, read as the same words in lower case
        genitive = _genitive_heading(text.capitalize(), rules)
        if genitive:
            return genitive[0], text
    if text[:1] == "B":  # (each label below opens with it: most lines skip them at one test)
        if text[:13] == "Beslutning i " and not text[-1:].isdigit():
            undated = _undated_body_decision(text, rules)
            if undated:
                return undated
        elif text[:13] == "BESLUTNING I " and text.isupper() and not text[-1:].isdigit():
            # "BESLUTNING I TEKNIK- OG MILJØUDVALGET:": the same label set in capitals, read
            # with the body's name written small after its first letter
            undated = _undated_body_decision("Beslutning i " + text[13:].capitalize(), rules)
            if undated:
                return undated[0], text
        elif text[:12] == "Beslutningi " and text[-1:].isalpha():
            # "Beslutningi kommunalbestyrelsen:": a typed label OCR read without the space
            # before its "i"
            undated = _undated_body_decision(text, rules, 12)
            if undated:
                return undated
        elif text[:11] == "Beslutning " and text[11:12].isupper() and text[-1:].isalpha():
            # "Beslutning Kommunalbestyrelsen": a web portal's label, the body run on without "i"
            undated = _undated_body_decision(text, rules, 11)
            if undated:
                return undated
    if (
        (upper or text[:1] == "§")  # "§ 17, stk. 4-udvalget, den …:" (see _BODY_DATE_COLON)
        # (a sentence's full stop closing the line: not dated, no call for most prose)
        and (genitive_words or (line.clean[-1:] != "." and _ends_as_dated(line.clean)))
        and (
            " den " in text
            or " d. " in text
            # ("Byrådet - 21-06-2022 - Pkt. 112", "BYRÅDET, 21-06-2022, PKT. 112")
            or "pkt" in text
            or "Pkt" in text
            or "PKT" in text
            or text.startswith(("Beslutning ", "Afgørelse "))
            or (text[-1:].isdigit() and len(text) <= 30)
            or (text[-1:].isdigit() and line.clean.endswith(":"))  # "<Udvalget> 08.09.2015:"
            or (text[-1:].isdigit() and line.heading_level > 0)
            or comma_dated(text)
        )
    ):
        found = decision_heading(line.clean.strip())
        if found is None and (line.heading_level or comma_dated(text)) and text[-1:].isdigit():
            # a web page's heading "Kultur-, Sport- og Fritidsudvalget, 03-03-2025" (no
            # colon), also as a plain line under "Beslutning"
            found = decision_heading(f"{text}:")
        if found:
            body, date = found
            ours = (
                rules is not None
                and rules.meeting_date is not None
                and _meeting_day(date, rules.meeting_date)
                and _same_body(body, rules.forum)
            )
            if ours and not rules.agenda:
                return "beslutning", text
            if ours:
                return PROPOSED_DECISION_KEY, text
            return "tidligere_beslutning", text
    if line.heading_level and text:
        return slugify(text), text
    return None


#: "Rådets bemærkninger/beslutning", "Handicaprådets udtalelse/beslutning",
#: "Bemærkninger/beslutning": words parted by slashes, perhaps after a body in the genitive.
_SLASHED = re.compile(
    rf"^(?:(?P<body>[^:/\n]{{0,60}}?(?:{BODY_WORDS}))s\s+)?"
    r"(?P<words>[a-zæøå]+(?:\s*/\s*[a-zæøå]+)+)$",
    re.IGNORECASE,
)
_DECIDED_WORDS = frozenset({"beslutning", "beslutninger", "afgørelse", "konklusion"})


#: "Koncerndirektionen indstiller", "Direktøren for Teknik og Miljø indstiller": who
#: proposes, alone on a line over the proposal's "at …" lines (a region's and some
#: municipalities' label for the recommendation).
#: ("Borgmesteren og direktionen indstiller": a second body after "og", its name definite)
_RECOMMENDS = re.compile(
    r"^[A-ZÆØÅ][\wæøå-]*(?:\s+(?:for|og|[A-ZÆØÅ][\wæøå-]*|(?<=og\s)[a-zæøå]+e[nt]))"
    r"{0,5}\s+indstiller$"
)


#: "Direktørens indstilling", "Forvaltningens indstilling", "Teknisk direktørs
#: indstilling": the recommendation of an office of the administration (no body's word,
#: which ``_GENITIVE_DECISION`` reads), one or two words in the genitive before it. Also
#: the recommendation named by the body it is put to, one word alone on its line
#: ("Byrådsindstilling", "Udvalgsindstilling", "Kommunalbestyrelsesindstilling",
#: "Magistratsindstilling": a council's case paper under the item's decision).
_OFFICE_RECOMMENDATION = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå]+\s+)?(?:(?<=\s)[a-zæøå]|[A-ZÆØÅ])[a-zæøå-]{2,40}s\s+indstilling$"
    r"|^(?:[A-ZÆØÅ][a-zæøå-]{0,30}?(?:råd|udvalg|bestyrelse|magistrat|repræsentation)"
    r"|Udvalg|Magistrat)s?indstilling$"
)


def _recommends_heading(text: str) -> str | None:
    """``indstilling`` when ``text`` names who recommends and nothing more."""
    return "indstilling" if len(text) <= 70 and _RECOMMENDS.match(text) else None


#: "Innersuussut / Indstilling", "Tunuliaqutaq / Baggrund", "Vorschlag / Indstilling": a
#: section's label beside its translation, one word each, parted by a spaced slash.
_TRANSLATED_LABEL = re.compile(r"^(?P<a>[^\W\d_]{3,30}) / (?P<b>[^\W\d_]{3,30})$")


def _label_key(word: str) -> str | None:
    """The section key of a one-word label, also misspelt ("Beslutnig", ``ocr_heading``)."""
    key = SECTION_HEADINGS.get(word.lower())
    if key is None and (name := ocr_heading(word)) is not None:
        key = SECTION_HEADINGS.get(name)
    return key


def _translated_label(text: str, rules: BodyRules | None) -> tuple[str, str] | None:
    """(key, heading) for a section's label written in two languages (one word each, the
    Danish first or second, as a bilingual body's minutes print it): the Danish label's
    section; None where neither or both words are labels ("Budget / regnskab")."""
    m = _TRANSLATED_LABEL.match(text)
    if m is None:
        return None
    keys = [_label_key(m.group("a")), _label_key(m.group("b"))]
    if (keys[0] is None) == (keys[1] is None):
        return None
    key = keys[0] or keys[1]
    if key == "beslutning":
        if any(SECTION_HEADINGS.get(m.group(g).lower()) for g in ("a", "b")):
            return None  # (spelt right, as "_slashed_decision" reads it: "Dagsorden / udfald")
        if rules is not None and rules.agenda:
            return PROPOSED_DECISION_KEY, text
    return key, text


def _slashed_decision(text: str, rules: BodyRules | None) -> tuple[str, str] | None:
    """(key, heading) for a decision heading of words parted by a slash, one of them the
    decision ("Rådets bemærkninger/beslutning:", a council's remarks and decision under
    one heading): this meeting's decision unless the body is another's. With an
    "indstilling" among the words the heading is not taken (which part it heads is moot)."""
    m = _SLASHED.match(text)
    if not m or not text[:1].isupper():
        return None
    words = {w.strip().lower() for w in m.group("words").split("/")}
    if not words & _DECIDED_WORDS or "indstilling" in words:
        return None
    if rules is not None and m.group("body") and not _same_body(m.group("body"), rules.forum):
        return "tidligere_beslutning", text
    if rules is not None and rules.agenda:
        return PROPOSED_DECISION_KEY, text
    return "beslutning", text


def _undated_body_decision(
    text: str, rules: BodyRules | None, start: int = 13
) -> tuple[str, str] | None:
    """(key, heading) for "Beslutning i Teknik- og Miljøudvalget" (a body, no date; the
    body from ``start`` on): this meeting's decision unless the body is another than the
    meeting's."""
    body = text[start:].strip()
    if not (
        _ONE_BODY.match(body)
        or _MED_NAME.match(body)
        or _SECTION_BODY.match(body)
        or _names_own_forum(body, rules)
    ):
        return None
    if rules is not None and not _same_body(body, rules.forum):
        return "tidligere_beslutning", text
    if rules is not None and rules.agenda:
        return PROPOSED_DECISION_KEY, text
    return "beslutning", text


def _names_own_forum(body: str, rules: BodyRules | None) -> bool:
    """Whether ``body`` is the meeting's forum by its whole name, whatever its name ends
    in ("Beslutning i KKR Vestegnen:" in the minutes of "KKR Vestegnen", a joint council
    named by its abbreviation and region): the decision label naming the body that met."""
    forum = rules.forum if rules is not None else None
    return bool(forum) and body.rstrip(":").strip().casefold() == forum.casefold()


#: "§ 17, stk. 4-udvalget", "§ 17 stk. 4 udvalget for landdistrikter": a committee named
#: by the section of the law it is set up under (the name opens with the section sign).
_SECTION_BODY = re.compile(
    rf"^§\s*\d{{1,3}}[^:]{{0,80}}?(?:{BODY_WORDS})(?:\s+for\s+[^:,]{{2,60}})?$"
)


#: "HovedMED", "LokalMED Skole", "OmrådeMED-udvalget": a MED committee's own name (the kind
#: of committee written into it, no body word at its end).
_MED_NAME = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå]+-?)?MED(?:-?udvalg(?:et)?)?(?:\s+[A-ZÆØÅ][\wæøå,&-]*(?:\s+[\wæøå&-]+){0,4})?$"
)


def comma_dated(text: str) -> bool:
    """ "Børne- og Skoleudvalget, 08-04-2025": a body and a date after a comma, alone on a
    line (a web page's decision heading copied as text; the body may be long)."""
    # (", 30. september 2025": twenty characters)
    return text[-1:].isdigit() and len(text) <= 70 and ", " in text[-20:]


def _ends_as_dated(text: str) -> bool:
    """A colon, a date or a number at the end: every pattern of :func:`decision_heading`
    but the genitive one ends so (prose with " den " in it does not); or a bracket closing
    body and date ("Beslutning (Økonomiudvalget 12-03-2025)")."""
    last = text.rstrip()[-1:]
    return last == ":" or last.isdigit() or (last == ")" and text[-2:-1].isdigit())


#: "Fællesmødet", "Udvalgene", "Byrådene", "Bestyrelserne": a joint meeting or its bodies
#: together, whose decision is this meeting's whatever its forum is called.
_JOINT_BODIES = ("mødet", "udvalgene", "rådene", "bestyrelserne")
#: "Fællesmøde (BUU/KTU)", "Dialogmødet mellem …", "Fællesmøde": a body named as a joint
#: meeting (the name's first eleven letters, folded).
_JOINT_MEETINGS = frozenset(
    {"fællesmøde", "fællesmøde ", "fællesmødet", "dialogmøde", "dialogmøde ", "dialogmødet"}
)


def _named_genitive(text: str, rules: BodyRules) -> re.Match[str] | None:
    """A match with ``_GENITIVE_DECISION``'s groups for a body named by its own name in
    the genitive, whatever word the name ends in ("KKR Sjællands beslutning den
    16-10-2023", "Movias beslutning", "K29's konklusion": an inter-municipal body, a
    transport company, a named partnership): the meeting's forum by name, or, where the
    forum is not known yet, any name with this meeting's date; else None."""
    forum = (rules.forum or "").strip()
    if len(forum) >= 2:
        if text[: len(forum)].casefold() != forum.casefold():
            return _head_noun_genitive(text, forum)
        return _NAMED_GENITIVE.match(text, len(forum))
    m = _NAMED_GENITIVE.match(text) if rules.meeting_date is not None else None
    if m is None or not m.group("date") or not m.group("body"):
        return None
    date = parse_long_date(m.group("date")) or parse_numeric_date(m.group("date"))
    return m if date == rules.meeting_date else None


def _head_noun_genitive(text: str, forum: str) -> re.Match[str] | None:
    """A match with ``_NAMED_GENITIVE``'s groups for the forum called by the last part of
    its name's first word, the kind of body it is ("Netværkets beslutning:" in the minutes
    of "Uddannelsesnetværket i Trekantområdet", "Kredsens konklusion" in those of
    "Kommunaldirektørkredsen"): a network or a circle whose word no body list holds."""
    m = _NAMED_GENITIVE.match(text)
    if m is None:
        return None
    noun = m.group("body").casefold()
    first = forum.split(None, 1)[0].casefold()
    return m if len(noun) >= 5 and " " not in noun and first.endswith(noun) else None


#: "KKR Sjællands beslutning den 16-10-2023": a name (a capital, no colon; matched from
#: the name's end where the forum's own name is known), the genitive's "s" (or "'s"), the
#: decision word and an optional date.
_NAMED_GENITIVE = re.compile(
    r"(?P<body>(?:[A-ZÆØÅ][^:\n]{0,60}?)?)(?:'s|’s|s)\s+"
    r"(?P<word>beslutning|indstilling|afgørelse|konklusion)"
    rf"(?:\s+(?:(?:den|d\.)\s+)?(?P<date>{_DATE_WORDS}))?\s*:?$"
)


#: "Formandsbeslutning", "Borgmesterens beslutning", "Hastebeslutning": the labels of a
#: decision taken between meetings by the one who may act for the body (``vocab``).
_INTERIM_DECISION_LABELS = frozenset(
    {
        "formandsbeslutning",
        "formandens beslutning",
        "borgmesterbeslutning",
        "borgmesterens beslutning",
        "hastebeslutning",
    }
)


def interim_decision_reported(
    sections: list[tuple[str, str, list[Line]]],
) -> list[tuple[str, str, list[Line]]]:
    """``sections`` with a chairman's or a mayor's decision taken between meetings
    ("Borgmesterens beslutning" / "Borgmesteren besluttede efter § 31, stk. 4, at …")
    read as an earlier decision (``tidligere_beslutning``) where a decision of the body's
    own follows it in the item ("Beslutning" / "Taget til efterretning."): the item
    reports the decision afterwards, and what the body did with the report is the item's
    outcome. Alone, such a label heads the item's decision (the body's own, taken on its
    behalf), and stays that."""
    interim = [
        k
        for k, (key, heading, _) in enumerate(sections)
        if key == "beslutning" and heading.rstrip(": ").lower() in _INTERIM_DECISION_LABELS
    ]
    if not interim:
        return sections
    later = [
        k
        for k, (key, heading, lines) in enumerate(sections)
        if k > interim[0]
        and key == "beslutning"
        and heading.rstrip(": ").lower() not in _INTERIM_DECISION_LABELS
        and any(ln.clean for ln in lines)
    ]
    if not later:
        return sections
    return [
        ("tidligere_beslutning", sec[1], sec[2]) if k in interim and k < later[-1] else sec
        for k, sec in enumerate(sections)
    ]


def onward_recommendation_decided(
    sections: list[tuple[str, str, list[Line]]], rules: BodyRules | None
) -> list[tuple[str, str, list[Line]]]:
    """``sections`` with the item's closing "<body>s indstilling til <higher body>:" read as
    its Beslutning, where the body is the meeting's own and the item has no Beslutning of
    its own: in a committee's minutes ("Udvalgets indstilling til amtsrådet:" / "Udvalget
    anbefaler, at …") what the committee sends on is its outcome, as "Udvalget indstiller
    …" is. Followed by a decision heading ("Sundhedsudvalgets beslutning: Anbefales."),
    the same heading is the recommendation put to the committee, and stays that."""
    if (
        rules is None
        or not rules.forum
        or rules.agenda
        or not sections
        or sections[-1][0] != "indstilling"
        or any(key == "beslutning" for key, _, _ in sections)
    ):
        return sections
    key, heading, lines = sections[-1]
    m = _GENITIVE_DECISION.match(heading.rstrip(":").strip())
    if (
        m is None
        or not m.group("to")
        or not _same_body(m.group("body"), rules.forum)
        or _same_body(m.group("to"), rules.forum)
    ):
        return sections
    return [*sections[:-1], ("beslutning", heading, lines)]


#: ", som indgår i rådet", ", der sendes til udvalget": a relative or subordinate clause
#: after a comma, which no body's name holds (in the genitive's body of a line, a sentence).
_CLAUSE_IN_BODY = re.compile(r",\s+(?:som|der|hvor|hvilke[nt]?|idet|når|hvis|fordi|så)\s")


def _genitive_heading(text: str, rules: BodyRules | None) -> tuple[str, str] | None:
    """(key, heading) for "Byrådets beslutning den …", "Udvalgets beslutning",
    "Økonomiudvalgets indstilling": this meeting's decision when body and date (if
    written) are the meeting's, else an earlier body's; a body's indstilling is one."""
    if _GENITIVE_WORD(text) is None:
        return None  # the words in lower case after the genitive (most lines have none)
    m = _GENITIVE_DECISION.match(text)
    if not m and rules is not None and text[:1].isupper():
        # "KKR Sjællands beslutning den 16-10-2023": the meeting's own body by its name,
        # whatever word the name ends in
        m = _named_genitive(text, rules)
    if not m or not text[:1].isupper():
        return None
    if "," in m.group("body") and _CLAUSE_IN_BODY.search(m.group("body")):
        # "Rådet drøftede udkastet og havde følgende bemærkninger, som indgår i rådets
        # høringssvar:": a sentence leading into a list, its body's genitive in a clause
        # after a comma; a heading's body is a name, no clause
        return None
    if m.groupdict().get("to") and m.group("word").lower() != "indstilling":
        return None  # ("Byrådets beslutning til …": no heading)
    if m.group("word").lower() == "indstilling":
        return "indstilling", text
    date_text = m.group("date")
    date = _words_date(date_text) if date_text else None
    ours = rules is None or (
        (date is None or rules.meeting_date is None or _meeting_day(date, rules.meeting_date))
        and _same_body(m.group("body"), rules.forum)
    )
    remarks = m.group("word").lower() in ("bemærkninger", "udtalelse", "anbefaling", "høringssvar")
    if remarks and m.group("body").lower().endswith("nævnet"):
        # "Nævnets bemærkninger" over "Nævnets afgørelse:": an adjudicating board's
        # reasons, the case's text; its ruling is under the afgørelse
        return None
    if remarks and not (ours and rules is not None and rules.forum):
        # "Rådets bemærkninger" (an advisory council's web minutes), "Udvalgets anbefaling"
        # (a § 17, stk. 4-udvalg's, which only recommends): what the body itself said is
        # its outcome; another body's remarks ("Administrationens anbefaling") stay the
        # case's text
        return None
    if not ours:
        return "tidligere_beslutning", text
    if rules is not None and rules.agenda:
        return PROPOSED_DECISION_KEY, text
    return "beslutning", text


def slugify(text: str) -> str:
    """ASCII slug of a Danish heading: 'Kommunens vision og politikker' -> snake case."""
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "afsnit"


def case_scheme(case_number: str | None) -> str | None:
    """Which numbering scheme a case number follows: kle, emn, serial/yy, yyyy-serial, other.

    Municipalities' ESDH systems number cases differently; KLE fields only apply to 'kle'.
    """
    if not case_number:
        return None
    for name, pattern in _CASE_SCHEMES:
        if pattern.match(case_number):
            return name
    return "other"


_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})
#: "Sagsnr.: 330-2018-3619   Dok.nr.: …   Åbent", "Sagsnr. 299835 Kultur- og … Åbent
#: punkt", "Sag nr. 129", "Sags ID: EMN-2020-01234", "Sags-ID: 14/1122": a labelled number,
#: then metadata.
_CASE_LINE = re.compile(
    # "Acadre sagsnr.: 11/4702": the case system's name before the label; "Akt-id/Sagsnr.
    # 25/102": another identifier's name joined to the label by a slash, one value after
    # it (a field named for both where the two are the same number); "Acadre-sagsnr. 17/1012":
    # the system's name joined to the label by a hyphen, as one compound word
    rf"^(?:[A-ZÆØÅ][\w-]{{2,15}}(?:\s+|\s*/\s*|-)(?={CASE_NUMBER_LABEL}))?"
    # ("Journalnummer: 28.00.00-P35-1-25": the label written out)
    # ("Journal: FF-2025-014": a company's journal field, the word alone before a colon
    # or in a table's cell of its own, "Journal<TAB>12.00.00-A00-2-25")
    rf"(?:{CASE_NUMBER_LABEL}|{CASE_ID_LABEL}|journal(?=\s*:|\t)|"
    # "Projektnr. P-2023-118": a building project's number, its case in a steering group
    r"projekt\s*nr\.?|projektnummer|"
    # "F2-sag: 25/3117", "SBSYS-sag: …": the case system's name joined to the word "sag";
    # "KL-sag 25-04612" (an association's case, no colon: the number right after it)
    r"[A-ZÆØÅ][\w]{0,15}-sag(?=\s*:|\s+\d)|"
    # "Acadre sag: 24/22871": the case system's name, a space, then the word "sag" (only a
    # known system's name, so "Ny sag: …" stays text), the colon perhaps left out before
    # the number ("Acadre sag 09/12883", an old template's case line); "Acadre-nr.:
    # 18-000213", "SBSYS nr.: 25/1180", "WorkZone-nummer: …": the system's number
    rf"{CASE_SYSTEM}(?:(?:\s+sag|[\s-]*nr\.?|[\s-]*nummer)(?=\s*:)|\s+sag(?=\s+\d))|"
    # "Acadre: 25-004412", "SBSYS: 25/1180": the case system's name alone as the label
    rf"{CASE_SYSTEM}(?=\s*:))"
    r"\s*:?\s*(?P<case>\S+)(?P<rest>(?:\s.*)?)$",
    re.IGNORECASE,
)


#: "00.01A00", "07.00.00G01", "82.02.00-G01": a KLE subject (group, or group and subject)
#: with its handling facet and no serial: where the file is kept, not which case it is.
_KLE_CLASS = re.compile(r"^\d{2}\.\d{2}(?:\.\d{2})?-?[A-ZÆØÅ]\d{2}$")
#: " - 10/17022", " 2010-004480": the case's own number after such a class, alone.
_SERIAL_AFTER_CLASS = re.compile(r"^\s+(?:[-/]\s+)?(\d{1,6}/\d{2,6}|(?:19|20)?\d{2}-\d{3,})\s*$")
#: "05.01.02", "00.01": a KLE subject (group, main and sub number, or a main group's
#: group alone) and " A00", " P15", " S 00", " P 16/47": the handling facet typed after it
#: with a space (an old journal's "J.nr. 05.01.02 G01"; a typewriter's "J.nr. 00.30.01 S 00",
#: the facet's letter and number parted too, perhaps the file's running number after a slash;
#: " G0l": a scanned page's facet, OCR's small l or capital O in one of its figures' places).
_KLE_SUBJECT_ONLY = re.compile(r"^\d{2}\.\d{2}(?:\.\d{2})?$")
_SPACED_FACET = re.compile(r"^ ([A-ZÆØÅ] ?(?:\d[\dlO]|[lO]\d)(?:/\d{1,4})?)(?=\s|[,;.]|$)")


#: "Doknr./Sagsnr.: 47245/25 / 25-004512": one field for the document's number and the
#: case's, the two values parted by a slash in the same order ("-" when there is none).
_DOC_AND_CASE = re.compile(
    rf"^dok(?:ument)?\.?\s*nr\.?\s*/\s*{CASE_NUMBER_LABEL}\s*:\s*\S+\s+/\s+(?P<case>\S+)$",
    re.IGNORECASE,
)
#: "Sagsnr./Dokumentnr.: 20-3341 / 20-44987": the same field the other way round, the
#: case's number first, then the document's.
_CASE_AND_DOC = re.compile(
    rf"^{CASE_NUMBER_LABEL}\s*/\s*dok(?:ument)?\.?\s*nr\.?\s*:\s*(?P<case>\S+)\s+/\s+\S+$",
    re.IGNORECASE,
)
#: " 05.01.08-P20-2-15 / Roskilde 2015-014471": the number after a municipality's name
#: that led a case field, then perhaps the other municipality's, or the item's text (a
#: Word paragraph's case line run into it: " 13.03.00-P15-2-22 Begge kommuner …"), as
#: after a plain case field.
_OWNED_CASE = re.compile(r"^\s+(\S+?)[,;]?(?:\s+\S.*)?$")
#: "Udskriv" glued to a case number's last digit (see :func:`match_case_number`).
_GLUED_WORD = re.compile(r"(?<=\d)[A-ZÆØÅ][a-zæøå]{2,}$")


#: "KLE/" before a case label ("KLE/sag: …", "KLE / Sagsnr.: …").
_KLE_SLASH = re.compile(r"^kle\s*/\s*(?=sag)", re.IGNORECASE)


#: "Jf. " before a case's label ("Jf. sag 2024-19877", "Jf. sagsnr. 24/1187"): see the case.
_SEE_CASE = re.compile(r"^jf\.\s*(?=sag)", re.I)


#: "Suliap normua / Sagsnr.: 2026-1187": the case label in a second language (Greenland's
#: bilingual minutes) before the Danish one, parted by a spaced slash: read as the Danish.
_SECOND_LANGUAGE_CASE_LABEL = re.compile(
    rf"^[^\W\d_][^/:\d]{{0,38}}?\s+/\s+(?={CASE_NUMBER_LABEL}\s*:?\s*\d)", re.IGNORECASE
)
#: "KL-sag 21/11872", "(KL-sag 21/11872)", "KKR-sagsnr.: …": an organisation's letters
#: joined to the case's label by a hyphen (the bracket kept in group 1).
_ORG_CASE_LABEL = re.compile(
    r"^([(\[]?)(?-i:[A-ZÆØÅ]{2,5})-sag(?:snr\.?|snummer)?\s*:?\s*(?=\d)", re.IGNORECASE
)
#: "Sagsnr. KL: 19/04411": the label, the organisation's letters, a colon, the number.
_LABEL_OF_ORG = re.compile(
    r"^(?:sags?\.?\s*nr\.?|sagsnummer|sag)\s+(?-i:[A-ZÆØÅ]{2,5})\s*:\s*(?=\d)", re.IGNORECASE
)


#: A masked part of a case number in a public version of the minutes: stars after a digit,
#: a dot or a dash ("24/****", "27.15.00-G01-***-19") or alone ("Akt-id: ******" before the
#: case's field), a black bar ("17/█████"), a bracketed withheld word ("21/[UDELADT]",
#: "22/[skjult]").
_CASE_MASK = re.compile(
    r"(?<=[\d./-])\*{2,}|(?<=\s)\*{3,}(?=\s|$)|█+"
    r"|\[(?:udeladt|skjult|slettet|fjernet|anonymiseret|x{2,})\]",
    re.IGNORECASE,
)
#: Stands in for a mask while the line is read: a digit to the patterns (Arabic-Indic
#: zero, ``\d`` in them), so a masked KLE serial still reads as a journal number, and never
#: counted as a shown digit.
_MASK_STAND_IN = "\u0660"


def _masked_case_number(text: str) -> str | None:
    """The case number of a line whose number is partly masked, the masks as printed; None
    where no digit of it is shown ("Sagsnr.: [UDELADT]": no number, no case)."""
    read = _CASE_MASK.sub(_MASK_STAND_IN, text)
    found = match_case_number(read)
    if found is None or _MASK_STAND_IN not in found:
        return None
    if not any(c.isdigit() for c in found.replace(_MASK_STAND_IN, "")):
        return None
    masks = iter(_CASE_MASK.findall(text)[read[: read.find(found)].count(_MASK_STAND_IN) :])
    parts = found.split(_MASK_STAND_IN)
    return parts[0] + "".join(next(masks, "") + part for part in parts[1:])


#: Stands in for a letter the decoder lost (U+FFFD) while a case number is read: a KLE
#: facet's letter ("13.03.00-\ufffd60-2-18" for "Ø60") in a file read in the wrong encoding.
_LOST_LETTER_STAND_IN = "Ø"


def _lost_letter_case(text: str) -> str | None:
    """The case number of a line whose number lost a letter to U+FFFD, as printed (the
    mark kept: which letter it was cannot be told); None where no case is there."""
    read = text.replace("\ufffd", _LOST_LETTER_STAND_IN)
    found = match_case_number(read)
    if found is None:
        return None
    at = read.translate(_DASHES).find(found)
    printed = text.translate(_DASHES)[at : at + len(found)] if at >= 0 else ""
    return printed if "\ufffd" in printed else None


@lru_cache(maxsize=4096)
def match_case_number(text: str) -> str | None:
    """The case number when a line holds only that (optionally labelled 'Sagsnr.:').

    A labelled number may be followed by more metadata on the line (document number,
    case officer, forum, "Åbent"). Dashes of any kind are written as hyphens, so a
    journal number typed with en dashes is the same number.

    Cached: the lines under an item heading are asked twice (is the title continued, and
    which is the case number), and the test takes up to eight patterns.
    """
    if (
        ("*" in text or "█" in text or "[" in text)
        and _CASE_MASK.search(text)
        and (masked := _masked_case_number(text))
    ):
        # "Sagsnr.: 24/****": a public version's masked number, read with its masks
        return masked
    if "\ufffd" in text and (lost := _lost_letter_case(text)):
        return lost
    stripped = text.strip().translate(_DASHES)
    if " / " in stripped[:42] and stripped[:1].isalpha():
        stripped = _SECOND_LANGUAGE_CASE_LABEL.sub("", stripped, count=1)  # "Suliap … / Sagsnr."
    if "-sag" in stripped[:9] or "-Sag" in stripped[:9]:
        # "(KL-sag 21/11872)", "KKR-sag: 24/0412": the case of the organisation that keeps
        # the file (KL's secretariat for a KKR, a joint body's) named before the word
        stripped = _ORG_CASE_LABEL.sub(r"\1Sagsnr.: ", stripped, count=1)
    elif stripped[:3].lower() == "sag" and ":" in stripped[6:20]:
        # "Sagsnr. KL: 19/04411": the same organisation named after the label
        stripped = _LABEL_OF_ORG.sub("Sagsnr.: ", stripped, count=1)
    if (
        stripped[:1] in ("(", "[")
        and stripped[-1:] == ")]"[stripped[0] == "["]
        and (_CASE_LABEL.match(stripped[1:]) or _EMNE_FIELD.match(stripped[1:-1].strip()))
    ):
        # "(Sagsnummer: 25/21908)": a labelled case in brackets alone on the line under a
        # title (an intranet page's programme item); in square brackets too ("[Sag 23/5566]"
        # under a plain-text title); "(Emne: EMN-2025-00187)": a mail-merged body's case
        # field, the subject's number in the case system's scheme
        stripped = stripped[1:-1].strip()
    if stripped[:3].lower() == "jf." and (ref := _SEE_CASE.match(stripped)):
        # "Jf. sag 2024-19877" alone under an AI recap's topic heading: the case the topic
        # refers to, its label after "jf." (the item's case, as "Sag: 2024-19877" is)
        stripped = stripped[ref.end() :]
    if stripped[:3].lower() in ("sag", "jou") and " i " in stripped[:24]:
        # "Sagsnummer i Acadre: 25/12877": the case system named after the label
        stripped = _CASE_LABEL_IN_SYSTEM.sub("Sagsnr.: ", stripped)
    if stripped[:1] in "ÅåLl":  # "Åbent punkt · Sagsnr.: 20/1255 · Dok.nr.: …"
        stripped = _OPEN_MARK_FIRST.sub("", stripped)
    if stripped[:3].lower() == "kle" and (kle := _KLE_SLASH.match(stripped)):
        # "KLE/sag: 06.00.05-P16-1-22": the field names the journal plan and the case
        stripped = stripped[kle.end() :]
    elif stripped[:3].upper() == "KLE" and (whole := _KLE_FIELD.match(stripped)):
        # "KLE 17.01.00-G01-3-23" alone on its line (a table cell's small line under the
        # title): a whole journal number labelled with its scheme is the case
        return whole.group("case")
    elif stripped[:4].lower() == "emne" and (subject := _EMNE_FIELD.match(stripped)):
        # "Emnenr.: EMN-2024-01187": a case system that files by subject ("emne") numbers
        # its cases so; the number in that scheme's own shape is the case (an unknown
        # field's KLE number under the label, "Emnenr.: 05.01.10-G01-2-24", stays text)
        return subject.group("case")
    elif stripped[:4].lower() == "bygg" and (building := _BUILDING_CASE.match(stripped)):
        # "Byggesag BS-2023-0117", "Byggesagsnr.: 2024/0311": a housing association's (or
        # a department's) building case, labelled by its kind under the item's title
        return building.group("case")
    if stripped[3:4] == ":" and (scheme := _SCHEME_LABELLED.match(stripped)):
        # "EMN: EMN-2024-00031   Status: Åben": the number's own letters as its label (a
        # subject-filing system's field over the item), other fields after it on the line
        return scheme.group("case")
    if (
        stripped[:1] in _CASE_SYSTEM_STARTS
        and (system := _CASE_SYSTEM_ONLY.match(stripped))
        and not _DATE_OR_SPAN.match(system.group("case"))
    ):
        # "ESDH 25-004411", "SBSYS: 24/1187": the case system's name as the line's label
        # (not "F2 12.30-13.00", a room and a time slot)
        return system.group("case")
    if stripped[:3].lower() == "dok" and (pair := _DOC_AND_CASE.match(stripped)):
        # "Doknr./Sagsnr.: 47245/25 / 25-004512": the document's number, then the case's
        return pair.group("case") if _CASE_NUMBER.match(pair.group("case")) else None
    if stripped[:3].lower() in ("sag", "j.n", "jou") and "dok" in stripped[:24].lower():
        pair = _CASE_AND_DOC.match(stripped)
        if pair:  # "Sagsnr./Dokumentnr.: 20-3341 / 20-44987": the case first, then the document
            return pair.group("case") if _CASE_NUMBER.match(pair.group("case")) else None
    m = _CASE_LINE.match(stripped)
    if m and m.group("case")[:1] in "SsJj" and _CASE_LABEL.match(m.group("case")):
        # "Sagsnr.: Sagsnr. 25/10422", "Journalnummer: J.nr. 2025-004521": a page's field
        # whose value repeats the label (or its short form; also a Word table's row
        # "Journalnr.<TAB>J.nr. 25-117")
        m = _CASE_LINE.match(stripped[m.start("case") :])
    if m:
        candidate = m.group("case").rstrip(",;")
        if candidate[-1:] == "." and candidate[-2:-1].isdigit():
            candidate = candidate[:-1]  # "Sagsnr. 24/17720.": the sentence's full stop
        if candidate[-1:].islower() and (glued := _GLUED_WORD.search(candidate)):
            # "25-008812Udskriv punkt": a web page's next link glued to the number (two
            # inline elements with no space between them in the page's code)
            candidate = candidate[: glued.start()]
        if (
            candidate[2:3] == "."
            and m.group("rest")[:1] == " "
            and (facet := _SPACED_FACET.match(m.group("rest")))
            and _KLE_SUBJECT_ONLY.match(candidate)
        ):
            # "J.nr. 05.01.02 G01": a typed journal number, the KLE subject and its handling
            # facet parted by a space (no serial): both are the number, as "05.01.02-G01" is
            return f"{candidate} {facet.group(1)}"
        if (
            candidate[2:3] == "."
            and m.group("rest")
            and _KLE_CLASS.match(candidate)
            and (serial := _SERIAL_AFTER_CLASS.match(m.group("rest")))
        ):
            # "J.nr. 00.01A00 - 10/17022": the KLE subject and facet the file is kept under
            # (no serial of their own), then the case's own number: that is the case
            return serial.group(1)
        if _CASE_NUMBER.match(candidate) and not _DURATION.match(candidate):
            return candidate
        if candidate.isupper() and candidate.isalpha() and 1 <= len(candidate) <= 5:
            # "Sagsnr. TBV 25/08": the letters of the body that keeps the file (an I/S, a
            # joint service) before its running number: both are the number; "Sagsid: S
            # 25/3301" (the case system's series letter) likewise
            rest = _LETTERED_CASE.match(m.group("rest"))
            if rest:
                return f"{candidate} {rest.group(1)}"
        # ("Sagsnr. Herning: 05.01.08-… / Ikast-Brande: 21/4471": a colon after the name)
        owner = candidate[:-1] if candidate[-1:] == ":" else candidate
        if (
            owner[:1].isupper()
            and owner.replace("-", "").isalpha()
            and (own := _OWNED_CASE.match(m.group("rest")))
            and _CASE_NUMBER.match(own.group(1))
        ):
            from analysis.municipalities import municipality_from_folder

            if municipality_from_folder(owner):
                # "J.nr. Lejre 05.01.08-P20-2-15 / Roskilde 2015-014471": a joint meeting of
                # two municipalities, each case number led by its municipality's name; the
                # first is the case (the host's, the meeting's municipality)
                return own.group(1)
    m = _CASE_FIELD.match(stripped) if stripped[:3].lower() == "sag" else None
    if m:
        return m.group("case")
    labelled = bool(_CASE_LABEL.match(stripped))
    candidate = _CASE_LABEL.sub("", stripped) if labelled else stripped
    candidate = candidate.strip()
    if (
        not labelled
        and candidate[2:6].find(" ") != -1
        and (bare := _BARE_LETTERED.match(candidate))
    ):
        # "AB 2019-0123" alone on its line: the letters of the case system's series before
        # a year and a serial, unlabelled, as "Sagsnr. AB 2019-0123" is read labelled (not
        # a span of years, "EU 2020-2024")
        return None if YEAR_SPAN.match(bare.group(1)) else candidate
    if not (_CASE_NUMBER.match(candidate) and not _DURATION.match(candidate)):
        presented = _CASE_BY.match(stripped) if labelled and " v" in stripped else None
        if presented:  # "Sag 21/6632 / v. Skolechef …": the case, then who presents it
            return presented.group("case")
        if labelled and ", " in candidate:
            # "Sag: 22/8812, akt-id 403", "Sagsnr. 24/1187, dok.nr. 88120": the paper's id
            # after a comma beside the case (as after a middle dot, see _DOC_ID_CELL)
            case, _, tail = candidate.partition(", ")
            if tail[:1] in "AaDd" and _DOC_ID_CELL.match(tail) and _CASE_NUMBER.match(case):
                return case
        gapped = ":" in stripped or " · " in stripped or " | " in stripped
        return _case_among_fields(stripped) if gapped else None
    if labelled and candidate[-1:] == "." and candidate[-2:-1].isdigit():
        candidate = candidate[:-1]  # "Sag 24/17720.": the sentence's full stop, as above
    if not labelled and (_GLUED_HEADING.match(candidate) or not _FOUR_DIGITS.match(candidate)):
        return None  # "4.Eventuelt", "3.b": a glued heading or a list mark, not a case
    if not labelled and _CLOCK_SPAN_ONLY.match(candidate):
        return None  # "14.45-15.00": an item's time slot, not a case
    if not labelled and _YEAR_ALONE.match(candidate):
        return None  # "2014" alone under a title: the title's wrapped year, not a case
    return candidate


#: Between the fields of an item's meta line: " · ", " | ", a tab, or the space before the
#: next capitalised label ("Formål: Drøftelse   Ansv.: KD   Sagsnr.: 25/3341" and "Sag:
#: 00.30.01-S00-4-25   Ansv.: ØKO", their gaps of spaces closed when the line was cleaned).
#: Also a dash between two fields ("Sag: 19/7344 – Ansvarlig: Susanne Friis", the dash
#: written as a hyphen when the line was cleaned) where the next field's label follows it.
#: A label may run to three words, the first capitalised ("Sag: 24/08812   Sagen afgøres
#: i: Byrådet", a PDF's column gap closed to a space). Not the space inside the two-word
#: label "Sags ID:" ("Akt-id: 6181022 · Sags ID: 24/1234": the case system's id, then the
#: case's own field, which is the case).
_FIELD_GAP = re.compile(
    r"\s+[·|]\s+|\t+|\s+-\s+(?=[A-ZÆØÅ][\wæøå./-]{1,14}:\s)"
    r"|(?<![Ss]ags)(?<!SAGS)(?<!\s)\s+(?=[A-ZÆØÅ][\wæøå./-]{1,14}(?:\s[a-zæøå][\wæøå.-]{0,11}){0,2}:\s)"
)
#: "Ansv.:", "Formål:", "Tid:": a field's short label opening a part of such a line.
_FIELD_LABEL = re.compile(r"^[A-ZÆØÅa-zæøå][\w.\-/ ]{0,20}?:\s*\S")


#: "14.45-15.00", "kl. 9.00–9.30": a time slot alone.
#: "kl. 15:35 · Tid: 40 min", "09.10-09.40 | Ansvarlig: HR": a slot and the planning
#: fields after it, parted by a middle dot or a bar.
_SLOT_META = re.compile(
    r"^(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?"
    r"\s*[·•|]\s",
    re.I,
)
_CLOCK_SPAN_ONLY = re.compile(
    r"^(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d$", re.I
)
#: "ESDH 25-004411", "Acadre: 24/1187", "WorkZone 2025-004411": the municipality's case
#: system named alone as the label of a case number (a leadership group's notes). Only a
#: number in a case number's shape (parts joined by "-", "/" or ".") after the name, so
#: "ESDH 2025 blev indført" is no case. The name may carry the word for number, joined by a
#: hyphen or a space ("Acadre-nr.: 18/6620", "SBSYS nr. 24/1187", "ESDH-nummer: …": a web
#: page's field named for the system's number).
_CASE_SYSTEM_ONLY = re.compile(
    rf"^{CASE_SYSTEM}(?:[\s-]?(?:nr\.?|nummer))?\s*:?\s*"
    r"(?P<case>\d[\dA-ZÆØÅ]*(?:[-/.][\dA-ZÆØÅ]+)*[-/.]\d+)"
    # ("SBSYS 24-000123   Dok.nr. 123456-24": the paper's own number in the next column,
    # no case, as after a labelled case)
    r"(?:\s+(?:[·|]\s+)?(?:akt(?:-?id|\.?\s*nr\.?)|dok(?:ument)?(?:\.?\s*nr\.?|-?id|nummer))"
    r"\s*:?\s*[\w.\-/]{1,20})?$",
    re.I,
)
#: The first letters of those names: the cheap test before the pattern.
_CASE_SYSTEM_STARTS = frozenset(
    c for name in CASE_SYSTEMS for c in (name[0].lower(), name[0].upper())
)
#: "12.05.2025", "12.30-13.00": a date or a time slot, no case number.
_DATE_OR_SPAN = re.compile(
    r"^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})$|^\d{1,2}[.:]\d{2}-\d{1,2}[.:]\d{2}$"
)
#: "Sagsnummer i Acadre:", "Sagsnr. i SBSYS:": a case label naming the case system. Also
#: the bare word "Sag i WorkZone:", "Sagen i Acadre:" (a team's meeting notes, the case named
#: by the system that keeps it), there only before a known case system's name, so "Sag i
#: udvalget: …" stays text.
_CASE_LABEL_IN_SYSTEM = re.compile(
    rf"^(?:{CASE_NUMBER_LABEL}\s+i\s+[A-ZÆØÅ][\w-]{{1,20}}|sag(?:en)?\s+i\s+{CASE_SYSTEM})\s*:\s*",
    re.I,
)
#: "kl. ": the word before a time slot.
_CLOCK_PREFIX = re.compile(r"^kl\.?\s*", re.I)
#: "Tid: 10 min", "TID: 15 min.", "Tidsramme: 15 minutter", "Varighed: ca. 30 min": a
#: leadership forum's stated time for the item, a field line of its own under the title
#: (Chefforum's, Direktionen's, Koncernledelsen's minutes); "Tid: kl. 14.00-14.20": its slot.
#: What follows on the line ("| Ansvarlig: HR", "Sagsnr. 2026-000412") is the line's other
#: fields. "Tid: 14.00", a time of day, is no duration.
_DURATION_FIELD = re.compile(
    r"^(?:tid(?:sramme|sforbrug)?|varighed)\s*:\s*(?:ca\.?\s*)?"
    r"(?:(?P<min>\d{1,3})\s*min(?:utter|\.)?(?!\w)|(?P<slot>(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:]"
    r"[0-5]\d\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)(?![\d.:]))"
    r"\s*(?:[|·•,;]\s*)?(?P<rest>.*)$",
    re.I,
)


def _stated_duration(text: str) -> tuple[int | None, str] | None:
    """ "Tid: 20 min Sagsnr. 2026-000412" -> (20, "Sagsnr. 2026-000412"): an item's duration
    field under its title (``_DURATION_FIELD``) and the rest of its line, else None."""
    m = _DURATION_FIELD.match(text)
    if m is None:
        return None
    if m["min"]:
        return int(m["min"]), m["rest"]
    return split_title(f"({_CLOCK_PREFIX.sub('', m['slot'])})")[2], m["rest"]


#: "Orientering", "Til beslutning": what an item is for, a bare field of its meta line.
_PURPOSE_ONLY = re.compile(r"^(?:til\s+)?(?:orientering|beslutning|drøftelse|godkendelse)$", re.I)
#: "Akt-id 2451187", "Dok.nr. 4471023", "Dokument-id 88120": the document's (the act's)
#: number as a cell of its own without a colon, beside the case on its meta line ("Sag
#: 17/29914 · Akt-id 2451187"): the case system's id of the paper, no case and no prose.
_DOC_ID_CELL = re.compile(
    r"^(?:akt(?:-?id|\.?\s*nr\.?)|dok(?:ument)?(?:\.?\s*nr\.?|-?id|nummer))\s*:?\s*"
    r"[\w.\-/]{1,20}$",
    re.I,
)


def _case_among_fields(text: str) -> str | None:
    """The case of a meta line of labelled fields parted by gaps or " · " where one field
    is a labelled case number and every other a "Label: value" field (a Word template's
    or intranet page's item line: "Formål: Beslutning · Ansv.: KD · Sagsnr. 25/7731"), or
    a bare time slot or purpose ("13.00-13.15 · Orientering · Sagsnr. 25/1044")."""
    if not _FIELD_GAP.search(text):
        return None
    fields = [f.strip(" *_") for f in _FIELD_GAP.split(text.strip(" *_"))]
    if len(fields) < 2:
        return None
    dotted = " · " in text
    case = None
    for f in fields:
        found = match_case_number(f) if _CASE_LABEL.match(f) and not _FIELD_GAP.search(f) else None
        kle = _KLE_FIELD.match(f) if found is None and f[:3].upper() == "KLE" else None
        found = kle.group("case") if kle else found
        if found and case is None:
            case = found
        elif _CLOCK_SPAN_ONLY.match(f) or _PURPOSE_ONLY.match(f):
            continue
        elif f[:1] in "AaDd" and _DOC_ID_CELL.match(f):
            continue  # "Sag 17/29914 · Akt-id 2451187": the paper's id beside the case
        elif f[:3].upper() == "KLE" and _KLE_SUBJECT.match(f):
            continue  # "Sag: 20/48812 · KLE 00.01.10": the subject's KLE code beside the case
        elif dotted and _PLAN_CELL.match(f):
            continue  # "20 min", "PMH", "HR v. Jette Holm (JH)": its minutes, who presents it
        elif dotted and _MARK_OR_POINT_CELL.match(f):
            continue  # "Åben sag · Punkt 2 · Sags ID: …": the item's mark and its number
        elif dotted and f[:1] in "BbKk" and _COMPETENCE_CELL.match(f):
            continue  # "… · Beslutningskompetence: SSU": the body that decides, a field here
        elif not _FIELD_LABEL.match(f) or f.split(":", 1)[0].strip().lower() in SECTION_HEADINGS:
            return None  # prose, or a section's text ("Beslutning: Godkendt. Sagsnr.: …")
    return case


#: A bare cell of a middle-dot meta line that plans the item ("Tag: Til beslutning · 20 min ·
#: PMH · Sag 23/40915"): its minutes, the presenter's initials, or who presents it ("HR v.
#: Jette Holm (JH)", "Oplæg v. TN"), or its form's letter.
_PLAN_CELL = re.compile(
    r"^(?:\d{1,3}\s*min(?:\.|utter)?|[A-ZÆØÅ]{2,4}(?:\s*[/,]\s*[A-ZÆØÅ]{2,4}){0,3}"
    r"|(?:[\w-]+\s+){0,2}(?:v\.|v/|ved)\s+[^·:]{2,40}"
    # ("13.10-13.40 · LB · O · Sagsnr. …": the item's form, B/O/D/I, a letter alone)
    r"|[BDOI](?:/[BDOI])?)$"
)
#: "Åben sag", "Lukket punkt", "Punkt 2": a cell of a middle-dot meta line under the title
#: that marks the item open or closed or gives its number (an agenda system's PDF).
_MARK_OR_POINT_CELL = re.compile(
    r"^(?:(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?|(?:punkt|pkt\.?)\s*\d{1,3}[a-h]?)$", re.I
)
#: "Beslutningskompetence: SSU", "Kompetence: Byrådet": a cell of a middle-dot meta line
#: naming the body that decides the item (the label is also a section's heading, whose
#: text would be prose; here its value is a body's name or letters).
_COMPETENCE_CELL = re.compile(r"^(?:beslutnings)?kompetence\s*:\s*[^:.!?]{1,60}$", re.I)
#: "Sag 21/6632 / v. Skolechef Ole Krag": an item's line of its case number (written as
#: journal numbers are) and, after a slash, dot or dash, who presents it ("v.", "v/", "ved").
_CASE_BY = re.compile(
    rf"^{CASE_LABEL}\s*:?\s*"
    r"(?P<case>\d[\d.]*[/.\-]\d[\w.\-/]{0,30}?)\s+[/·|–-]\s+(?:v\.|v/|ved\s)",
    re.IGNORECASE,
)
#: "KLE: 81.10.00-A00-1-25": a meta line's field labelled with the subject scheme whose
#: value is a whole journal number (the subject, its facet, the running number and the
#: year), the item's case; the subject alone ("KLE: 81.10.00") is none. Also without the
#: colon ("KLE 17.01.00-G01-3-23").
_KLE_FIELD = re.compile(
    r"^KLE(?:-?nr\.?)?\s*:?\s*(?P<case>\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2}(?:\d{2})?)$",
    re.IGNORECASE,
)
#: "Emnenr.: EMN-2024-01187", "Emne-nr. EMN-2023-00412": the case field of a case system
#: that files by subject ("emne"), its number in the "EMN-2024-01187" scheme (letters, the
#: year, a serial; see ``_CASE_SCHEMES``). Also the bare "Emne" before such a number (a
#: label column's "Emne" row beside "EMN-2025-00412": the subject's number, the case; a
#: subject in words, "Emne: Budget 2025", is none).
_EMNE_FIELD = re.compile(
    r"^emne(?:[\s-]*(?:nr\.?|nummer))?\s*:?\s*(?P<case>[A-ZÆØÅ]{2,5}-(?:19|20)\d{2}-\d{3,})$",
    re.IGNORECASE,
)
#: "Byggesag BS-2023-0117", "Byggesag nr. 2024-0311", "Byggesagsnr.: 24/118": a building
#: case's number labelled by the kind of case alone on its line (the number in a case's
#: shape: digits parted by "-" or "/", perhaps after a few capitals).
_BUILDING_CASE = re.compile(
    r"^byggesag(?:s?[\s-]*nr\.?|snummer|\s+nr\.?)?\s*:?\s*"
    r"(?P<case>(?:[A-ZÆØÅ]{1,5}-)?\d{2,4}[-/]\d{2,6}(?:-\d{1,6})?)$",
    re.IGNORECASE,
)
#: "KLE 00.01.10", "KLE-nr.: 05.00.00": a KLE subject code alone, a field beside an item's
#: case number that is no case of its own; also with its handling facet and no serial
#: ("Sag: 16/18820 · KLE 17.01.10-P20": the subject and how it is handled, the case beside).
_KLE_SUBJECT = re.compile(
    r"^KLE(?:-?nr\.?)?\s*:?\s*\d{2}\.\d{2}(?:\.\d{2})?(?:-[A-ZÆØÅ]\d{2})?$", re.IGNORECASE
)
_GLUED_HEADING = re.compile(r"^\d{1,4}\.?[A-ZÆØÅ][a-zæøå]")
#: "EMN: EMN-2024-00031", "EMN: EMN-2024-00031   Status: Åben": a case number in the
#: letters-year-serial scheme labelled with its own three letters, alone or before another
#: "Label: value" field on the line (a web portal's item head).
_SCHEME_LABELLED = re.compile(
    r"^(?P<pre>[A-ZÆØ]{3}):\s*(?P<case>(?P=pre)-(?:19|20)\d{2}-\d{3,})"
    r"(?:\s+[A-ZÆØÅ][a-zæøå]+:\s.*)?$"
)
#: " 25/08", " 2025-014": the running number after a case label's capital letters.
#: "AB 2019-0123": a series' capitals, a space, then a year and a serial of four digits or
#: more (the yyyy-serial scheme), the whole line (``match_case_number``'s unlabelled case).
_BARE_LETTERED = re.compile(r"^[A-ZÆØÅ]{2,5} ((?:19|20)\d{2}-\d{4,})$")
_LETTERED_CASE = re.compile(r"^\s+(\d{1,4}[/.\-]\d[\d/.\-]{0,20})(?:\s.*)?$")
#: "Sag: 00.01.00-A00-1-25    Åben" (the open/closed mark after the number, or after a
#: dash: "Sag: 18/17540 – lukket punkt"), "Sag: Acadre
#: 25/7781" (the case system's name before it): a case field whose number is written as
#: journal numbers are (digits parted by "/", "." or "-"), so "Sag: Budget 2025" is none.
#: Also a Word table's row "Sagsnr.<TAB>Sag: 18.15.00-Ø40-2-12" (the label in a cell of
#: its own, the value repeating the case system's word).
_CASE_FIELD = re.compile(
    r"^sag(?:snr\.?|snummer)?\s*(?::|\t)\s*(?:sag\s*:\s*)?(?:[A-Za-zÆØÅæøå][\w-]{2,15}\s+)?"
    r"(?P<case>(?:[A-ZÆØÅ]{2,5}-)?\d[\d.]*[/.\-]\d[\w.\-/]{0,36})"
    r"(?:\s+(?:[-·|]\s+)?(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?)?$",
    re.IGNORECASE,
)
#: "Åbent punkt · " / "Lukket sag | ": the item's open/closed mark before its case label.
_OPEN_MARK_FIRST = re.compile(
    # ("ÅBEN SAG      Sagsid: …": the label right-aligned on the mark's line, the gap
    # closed to a space when the line was cleaned)
    # ("Åbent møde      Journalnr.: …": the item marked as heard in the open meeting)
    r"^(?:åben|åbent|lukket)\s+(?:punkt|sag|møde)(?:\s*[·•|,;–-]\s*|\s+)(?=sag|journal|j\.)"
    # ("Åbent - 00.01.00-A00-1-11": the mark alone, a dash, then the whole KLE journal
    # number unlabelled, an agenda system's line under the item's heading)
    r"|^(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?\s*[·•|–-]\s*"
    r"(?=\d\d\.\d\d\.\d\d-[A-ZÆØÅ]\d\d-\d{1,6}-\d\d(?:\d\d)?$)",
    re.I,
)
_FOUR_DIGITS = re.compile(r"(?:\D*\d){4}")
#: "2025": a year alone (no case number: a wrapped title's end, a section's year).
_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}$")


def marked_closed(title: str) -> bool:
    """Whether a title closes with the closed item's mark ("Salg af ejendom (lukket
    punkt)", "Personalesag - Lukket"), ``_CLOSED_AFTER``."""
    return closed_after(title.rstrip())


#: "[Lukket] ", "[Åben] ": an item's mark in square brackets before its title.
_BRACKETED_MARK_FIRST = re.compile(r"^\[(lukket|åben|åbent|fortroligt|fortrolig)\]\s+", re.I)


def closed_title(title: str) -> tuple[str, bool]:
    """('Køb af …', True) for 'Lukket: Køb af …'; closed items keep what title is public."""
    m = _CLOSED.match(title.strip())
    if not m and title[:1] == "[" and (lead := _BRACKETED_MARK_FIRST.match(title)):
        # "[Lukket] Personalesag": the mark in square brackets before the title
        return title[lead.end() :], lead.group(1).lower() in ("lukket", "fortroligt", "fortrolig")
    if not m:
        return title, False
    rest = (m.group("rest") or "").strip()
    return (rest or "Lukket punkt"), True


#: " (fortsat)", " (forts.)", " (fortsættelse)": a printout's mark on a title repeated at
#: the top of the next page, no part of the title.
_CONTINUED_TITLE = re.compile(r"\s*\((?:fortsat|forts\.|fortsættelse)\)$", re.IGNORECASE)


#: "Køb af ejendom [Fortrolig]", "Personalesag [Lukket punkt]": the closed item's mark in
#: square brackets after its title, the item's status and no words of its subject (the raw
#: title keeps it as printed).
_SECRECY_MARK = re.compile(
    r"\s+\[(?:fortrolig[te]?|lukke[dt](?:\s+(?:punkt|sag|møde))?|ikke\s+offentlig[t]?)\]$",
    re.IGNORECASE,
)

#: "Godkendelse af dagsorden (Åben)", "Køb af ejendom (Lukket)": an agenda portal's status
#: of the item in brackets after its title, no word of its subject: the clean title drops
#: it (the raw title keeps it, and "(Lukket)" marks the item closed, see ``_CLOSED_AFTER``).
_STATUS_MARK = re.compile(
    r"\s+\((?:åben|åbent|åbne|lukket(?:\s+(?:punkt|sag|møde))?)\)$", re.IGNORECASE
)


#: "(A-sag) Årsregnskab", "(B-sag) Driftsstatus": the class of the item (an I/S board's or
#: a region's A-sager for decision, B-sager for orientation) before its title, no word of
#: its subject.
_CLASS_MARK = re.compile(r"^\([AB]-(?:sag|punkt)\)\s+(?=\S)", re.IGNORECASE)


#: "2. Sag: Rammeaftale 2019-2020": the word "Sag" and a colon between the item's number
#: and its title (a secretariat's template marking each point a case), no word of the
#: subject; a case number after it ("Sag: 17/2130") is no title and stays.
_CASE_WORD_MARK = re.compile(r"^Sag\s*:\s+(?=[A-ZÆØÅ][a-zæøå])")


#: "(punktet stod som 5 på dagsordenen)", "(pkt. 5 på dagsordenen)", "(tidligere punkt 5 på
#: dagsordenen)": a note that the item stood under another number on the agenda sent out,
#: the secretary's remark on the renumbering, no part of the title.
_AGENDA_PLACE_NOTE = re.compile(
    r"\s*\((?:punktet\s+(?:stod|var)\s+som\s+|(?:oprindelig(?:t)?|tidligere)\s+)?"
    r"(?:pkt\.?\s*|punkt\s+|nr\.?\s*)?\d{1,3}[a-h]?\s+på\s+(?:den\s+udsendte\s+)?dagsorden(?:en)?\)$",
    re.IGNORECASE,
)


def split_title(raw_title: str) -> tuple[str, str | None, int | None]:
    """Raw item title -> (clean title, body prefix, duration in minutes)."""
    title = raw_title.strip()
    if title[:3] == "Sag" and (mark := _CASE_WORD_MARK.match(title)):
        title = title[mark.end() :]  # "Sag: Kørselsordning for kræftpatienter"
    if title[:1] == "(" and title[2:3] == "-":
        title = _CLASS_MARK.sub("", title)  # "(A-sag) Årsregnskab 2013"
    if title[-1:] == ")" and "orts" in title:
        title = _CONTINUED_TITLE.sub("", title)
    duration = None
    if "\t" in title:
        cell = _SLOT_CELL.search(title) or _STATUS_CELL.search(title)
        if cell:
            title = title[: cell.start()].rstrip()
    m = _DURATION_IN_TITLE.search(title) if "(" in title else None
    if m:
        duration = int(m.group(1))
        title = title[: m.start()].strip()
    box = TIME_BOX_IN_TITLE.search(title) if m is None and "(" in title else None
    if box:
        start = int(box.group("h1")) * 60 + int(box.group("m1"))
        end = int(box.group("h2")) * 60 + int(box.group("m2"))
        duration = end - start if 0 < end - start <= 600 else None
        title = title[: box.start()].strip()
    if (
        (m or box)
        and ("v/" in title or "v." in title)
        and (presenter := _PRESENTER_BEFORE_TIME.search(title))
    ):
        title = title[: presenter.start()].rstrip()  # "Sygefravær v/ HR-chef Ulla Bech (15 min.)"
    plain = m is None and box is None and " min" in title
    cols = _KIND_MINUTES_COLUMNS.search(title) if plain else None
    if cols:
        # "Godkendelse af dagsorden   (B)   5 min   KH": an agenda's columns after the title
        duration = int(cols.group("a") or cols.group("b"))
        title = title[: cols.start()].strip()
    start = (
        _START_IN_TITLE.search(title) if m is None and box is None and ")" in title[-1:] else None
    )
    if start:
        title = title[: start.start()].strip()
    if title[-1:] == "]" and (mark := _SECRECY_MARK.search(title)):
        title = title[: mark.start()].rstrip()  # "Erstatningssag [Fortrolig]"
    elif title[-1:] == ")" and (mark := _STATUS_MARK.search(title)):
        title = title[: mark.start()].rstrip()  # "Køb af ejendom   (Lukket)"
    if (
        title[-1:] == ")"
        and ("agsorden" in title or "AGSORDEN" in title)
        and (moved := _AGENDA_PLACE_NOTE.search(title))
    ):
        title = title[: moved.start()].rstrip()  # "… (punktet stod som 5 på dagsordenen)"
    if title[-1:] == ")" and (kind := _PURPOSE_IN_TITLE.search(title)):
        title = title[: kind.start()].rstrip()  # "Ferieplan 2012/13 (beslutning)"
        if " a. " in title and (points := _POINTS_IN_TITLE.search(title)):
            title = title[: points.start()].rstrip()  # "Meddelelser a. formanden b. …"
    bodies = None
    m = _BODIES.match(title)
    if m:
        bodies, title = m.group("bodies"), m.group("rest").strip()
    return title, bodies, duration


@lru_cache(maxsize=4096)
def normalise_title(title: str) -> str:
    """Comparable form of a title: no body prefix, lower case, known typos fixed.

    Cached: a title is compared with its contents line and with the lines under it.
    """
    clean, _, _ = split_title(strip_markdown(title))
    clean = clean.lower().replace("refrat", "referat")
    return _NON_WORD.sub(" ", clean).strip()


_NON_WORD = re.compile(r"\W+")


def titles_match(toc_title: str, item_title: str) -> bool:
    """True when a TOC title names the item (the TOC may truncate long titles)."""
    a, b = normalise_title(toc_title), normalise_title(item_title)
    if not a or not b:
        return False
    return a == b or (len(a) >= 12 and b.startswith(a)) or (len(b) >= 12 and a.startswith(b))


#: A word broken over two lines by a hyphen, and the rest of it on the next line; not
#: "Kultur-" / "og Fritidsudvalget", where the hyphen stands for the word's second part.
#: (also a capitalised word's first two letters: "… og In-" / "tegrationsudvalgets")
_BROKEN_WORD = re.compile(r"(?:[a-zæøå]{2}|(?<![\w-])[A-ZÆØÅ][a-zæøå])-$")
_WORD_REST = re.compile(r"^(?!(?:og|eller|samt|til|el\.)\s)[a-zæøå]{2}")


def join_wrapped(first: str, rest: str) -> str:
    """Two lines of one wrapped title as one: "… ved Asnæs-" / "værket" as "… ved
    Asnæsværket" (a word hyphenated at the line's end), any other pair with a space
    ("Kultur-" / "og Fritidsudvalget" keeps its hyphen); a range of numbers broken after
    its hyphen ("… 2023-" / "2026") is joined with the hyphen kept."""
    if first.endswith("-") and _BROKEN_WORD.search(first) and _WORD_REST.match(rest):
        return first[:-1] + rest
    if first[-2:-1].isdigit() and first.endswith("-") and rest[:1].isdigit():
        return first + rest
    if first[-3:-1].isupper() and first.endswith("-") and rest[:1].isdigit():
        return first + rest  # "… efter COVID-" / "19": a name in capitals and its number
    if first[-2:-1].isdigit() and first.endswith("-") and _COMPOUND_REST.match(rest):
        # "… ETABLERING AF 2-" / "SPORET CYKELSTI": a compound led by a number broken
        # after its hyphen, joined with the hyphen kept ("2-sporet", "4-udvalget")
        return first + rest
    if (
        first.endswith("-")
        and _BROKEN_CAPS.search(first)
        and _CAPS_REST.match(rest)
        and first.upper() == first
        and rest.upper() == rest
    ):
        # "… PÅ ÆLDRE-" / "OMRÅDET": an all-capital title (a fixed-width printout) broken
        # the same way ("KULTUR-" / "OG FRITID" keeps its hyphen)
        return first[:-1] + rest
    return f"{first} {rest}"


#: A compound's word after a number's hyphen ("SPORET" under "AF 2-"), not a
#: conjunction ("2024-" / "og 2025": the hyphen stands for a part left out).
_COMPOUND_REST = re.compile(r"^(?!(?:og|eller|samt|til|el\.)\s)[^\W\d_]{2}", re.IGNORECASE)
#: The same in an all-capital title: "ÆLDRE-" / "OMRÅDET".
_BROKEN_CAPS = re.compile(r"[A-ZÆØÅ]{2}-$")
_CAPS_REST = re.compile(r"^(?!(?:OG|ELLER|SAMT|TIL|EL\.)\s)[A-ZÆØÅ]{2}")


#: Three or more line breaks: a run of blank lines.
_BLANK_RUN = re.compile(r"\n{3,}")


def section_text(lines: list[Line]) -> str:
    """Join body lines: consecutive lines by newline, blank runs to one blank line."""
    cleans = list(map(_CLEAN, lines))
    if not any(map(_ENDS_WITH_HYPHEN, cleans)):
        # No word broken over two lines: the lines joined, blank runs made one (C speed).
        text = "\n".join(cleans)
        return (_BLANK_RUN.sub("\n\n", text) if _THREE_BREAKS(text) else text).strip("\n")
    parts: list[str] = []
    for line in lines:
        if line.blank:
            if parts and parts[-1] != "":
                parts.append("")
        elif (
            parts
            and parts[-1].endswith("-")
            and _BROKEN_WORD.search(parts[-1])
            and (_WORD_REST.match(line.clean))
        ):
            parts[-1] = parts[-1][:-1] + line.clean  # "trafiksikker-" / "hedsplan" (a PDF)
        else:
            parts.append(line.clean)
    while parts and parts[-1] == "":
        parts.pop()
    return "\n".join(parts)


def parse_recommendations(text: str) -> tuple[str | None, list[str]]:
    """Indstilling text -> (proposer, numbered "at …" points).

    Handles "Kommunaldirektøren indstiller, 1. at …", "Forvaltningen indstiller, at …" and
    the impersonal "Det indstilles: At 1) …". A line that continues a point (no number of
    its own) is joined to it; an un-numbered "at …" after the lead-in is one point.
    """
    proposer = None
    points: list[str] = []
    lead_in_seen = lead_in_at = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if not lead_in_seen and not points:
            m = _IMPERSONAL.match(line)
            who = None
            if not m:
                m = _PROPOSER.match(line)
                who = m.group("who").strip() if m else None
            if m:
                lead_in_seen = True
                proposer = who
                rest = m.group("rest").strip()
                lead_in_at = rest.rstrip(":").lower() == "at"
                if rest and not lead_in_at:
                    points.append(_point_text(rest))
                continue
        m = _RECOMMENDATION.match(line)
        if m:
            points.append(_point_text(line))
        elif points and not _BULLET.match(line):
            points[-1] = f"{points[-1]} {line}"
        else:
            point = _point_text(_BULLET.sub("", line))
            if lead_in_at and not point.lower().startswith("at "):
                point = f"at {point}"  # "… indstiller, at" + "- X godkender …"
            points.append(point)
    return proposer, points


def _point_text(line: str) -> str:
    """'At 1) godkende …' / '1. at godkende …' -> 'at godkende …'."""
    m = _RECOMMENDATION.match(line)
    if not m:
        return line
    text = m.group("text").strip()
    if m.group("at") and not text.lower().startswith("at "):
        text = f"at {text}"
    return text


def parse_attachments(text: str) -> list[Attachment]:
    """Bilag text -> one attachment per non-blank line (bullets and numbering kept as title)."""
    out = []
    for raw in text.split("\n"):
        line = _BULLET.sub("", raw.strip())
        if not line:
            continue
        m = _EXTENSION.search(line)
        out.append(Attachment(line, m.group(1).lower() if m else None))
    return out


# --- case history ("Sagsforløb") ---------------------------------------------------------

_ANY_DATE = re.compile(
    rf"(?:(?:den|d\.)\s+)?(?:\d{{1,2}}\.?\s+(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}})",
    re.IGNORECASE,
)
_HISTORY_ITEM = re.compile(r"\b(?:punkt|pkt\.?|nr\.?)\s*(\d{1,3})\b", re.IGNORECASE)


def parse_case_history(text: str) -> list[CaseHistoryEntry]:
    """Sagsforløb text -> one entry per line that names a date.

    Lines look like "Økonomiudvalget, 3. oktober 2023, punkt 5: Anbefales." or table rows
    "Økonomiudvalget<TAB>03-10-2023<TAB>5<TAB>Anbefales"; lines without a date (a table
    header, prose) stay in the section text only.
    """
    if _HISTORY_BLOCK.search(text):
        return _case_history_blocks(text)
    out = []
    for raw in text.split("\n"):
        line = _BULLET.sub("", raw.strip())
        m = _ANY_DATE.search(line)
        if not m:
            continue
        date = parse_long_date(m.group(0)) or parse_numeric_date(m.group(0))
        body = line[: m.start()].strip(" \t,;:-–") or None
        rest = line[m.end() :]
        number = None
        decision = None
        if "\t" in line:
            cells = [c.strip() for c in rest.split("\t") if c.strip()]
            if cells and cells[0].isdecimal():
                number = int(cells.pop(0))
            decision = " ".join(cells) or None
        else:
            n = _HISTORY_ITEM.search(rest)
            if n:
                number = int(n.group(1))
                rest = rest[n.end() :]
            decision = rest.strip(" \t,;:-–") or None
        out.append(CaseHistoryEntry(body, date, number, decision, line))
    return out


_HISTORY_BLOCK = re.compile(r"^Udvalg\s*:\s*\S", re.MULTILINE)
_HISTORY_FIELD = re.compile(
    r"^(?P<key>Udvalg|Dato|Punktnummer|Punkt|Beslutning)\s*:\s*(?P<value>.*)$", re.I
)


def _in_history_block(lines: list[Line]) -> bool:
    """The Sagsforløb so far is in blocks of fields ("Udvalg: …", "Dato: …"): a
    "Beslutning: …" in it is a field of the block (the earlier body's decision)."""
    return any(_HISTORY_BLOCK.match(line.clean) for line in lines)


def _history_field_last(lines: list[Line]) -> bool:
    """Whether a Sagsforløb's lines are a block of fields ("Udvalg: …") whose last line is
    one of its heading fields ("Dato: …", "Punktnummer: 7"), so that a decision label
    right under it ("Beslutning:") is the block's next field, the earlier body's; a blank
    line between them is no end of the block (an agenda system's PDF export sets the label
    in bold, with space above it)."""
    last = next((line for line in reversed(lines) if not line.blank), None)
    m = _HISTORY_FIELD.match(last.clean) if last is not None else None
    return (
        m is not None
        and m.group("key").lower() != "beslutning"
        and m.group("value").strip() != ""
        and _in_history_block(lines)
    )


def _case_history_blocks(text: str) -> list[CaseHistoryEntry]:
    """FirstAgenda's Sagsforløb: blocks of 'Udvalg: … / Dato: … / Punktnummer: …' + text."""
    out: list[CaseHistoryEntry] = []
    block: dict[str, str] = {}
    lines: list[str] = []

    def emit() -> None:
        if not block:
            return
        number = block.get("punktnummer") or block.get("punkt") or ""
        out.append(
            CaseHistoryEntry(
                block.get("udvalg") or None,
                parse_long_date(block.get("dato", "")) or parse_numeric_date(block.get("dato", "")),
                int(number) if number.isdecimal() else None,
                block.get("beslutning") or (lines[0] if lines else None),
                "\n".join([f"{k.capitalize()}: {v}" for k, v in block.items()] + lines),
            )
        )

    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        m = _HISTORY_FIELD.match(line)
        if m and m.group("key").lower() == "udvalg":
            emit()
            block, lines = {}, []
        if m:
            block[m.group("key").lower()] = m.group("value").strip()
        elif block:
            lines.append(line)
    emit()
    return out


def earlier_decision(heading: str, text: str) -> CaseHistoryEntry:
    """A "Beslutning <body> den <date>" section as a case-history entry."""
    found = decision_heading(heading)
    if found is None and heading[-1:].isdigit():
        found = decision_heading(f"{heading}:")  # "Økonomiudvalget, 03-03-2025" (no colon)
    if found is None and heading[:13] == "Beslutning i " and _ONE_BODY.match(heading[13:]):
        found = heading[13:].strip(), None  # "Beslutning i Økonomiudvalget" (no date)
    body, date = found if found else (None, None)
    if found and date is None:  # "Indstilling <body> den <date>"
        m = _BODY_DECISION.match(heading)
        date_text = m.group("date") if m else ""
        date = parse_long_date(date_text) or parse_numeric_date(date_text)
    first = sentences(text)[0] if text.strip() else None
    return CaseHistoryEntry(body, date, None, first, heading)


# --- references -------------------------------------------------------------------------

#: "3. marts 2025", "13. og 14. juni". ``\b`` before the first digit is written as a
#: look-behind after it (no word character before the digit), so that the pattern starts
#: with a digit and the regex engine scans for digits instead of trying every position:
#: the same matches as ``\b(?P<d1>\d{1,2})…``, several times faster.
_REF_DATE = re.compile(
    rf"(?P<d1>\d(?<!\w\d)\d?)\.?(?:\s*(?:og|-|–)\s*(?P<d2>\d{{1,2}})\.?)?\s+"
    rf"(?P<month>{_MONTHS})(?:\s+(?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
#: ``_REF_DATE`` with its digits written ``[0-9]``: the same matches in a text of Latin-1
#: characters (0-9 are the only decimal digits there), which the regex engine scans for
#: its first digit about twice as fast (``\d`` looks up each character's Unicode digit
#: value). A text with a character beyond Latin-1 ("–") is read with ``_REF_DATE``.
_REF_DATE_LATIN1 = re.compile(_REF_DATE.pattern.replace(r"\d", "[0-9]"), re.IGNORECASE)
#: White space after ".", "!" or "?" before a capital, quote or dash; or a line break.
#: Written to start with the white space (not a look-behind), so that the regex engine
#: scans for it instead of trying every position: the same splits as
#: ``(?<=[.!?])\s+(?=[A-ZÆØÅ"“-])|\n+``, three times faster.
_SENTENCE_END = re.compile(r"\s(?:(?<=[.!?]\s)\s*(?=[A-ZÆØÅ\"“-])|(?<=\n)\n*)")
_MEETING_WORDS = re.compile(
    r"\b(møde\w*|chefforum|kommunalbestyrelse\w*|udvalg\w*|økonomiudvalg\w*|KB|ØU|"
    r"seminar\w*|lederdag\w*|workshop\w*|budgetseminar\w*|borgermøde\w*|temadrøftelse\w*)\b",
    re.IGNORECASE,
)
_MONTH_NAMES = tuple(MONTHS_DA)
_DEADLINE_WORDS = re.compile(r"\b(deadline|frist\w*|senest|inden)\b", re.IGNORECASE)
#: A word each match of the pattern above / of ``_MEETING_WORDS`` holds (for may_hold).
_DEADLINE_HINTS = ("deadline", "frist", "senest", "inden")
_MEETING_HINTS = (
    "møde", "chefforum", "kommunalbestyrelse", "udvalg", "kb", "øu", "seminar", "lederdag",
    "workshop", "temadrøftelse",
)  # fmt: skip


def sentences(text: str) -> list[str]:
    """Split text into sentences and list lines."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _lines_at(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The runs of whole lines of ``text`` that the spans (in order) fall in, each with
    its position in ``text``.

    No sentence goes over a line break, so the sentences of these runs are those of the
    text that can hold a match: a date in a sentence overlaps a match in the text (the
    text's match starts there or earlier). Splitting only these lines into sentences
    gives the same references as splitting the whole text, many times faster.
    """
    out = []
    done = -1  # position of the line break after the lines taken so far
    for start, end in spans:
        first = max(text.rfind("\n", 0, start) + 1, done + 1)
        last = text.find("\n", end - 1)
        if last < 0:
            last = len(text)
        if last > done and first <= last:
            out.append((first, text[first:last]))
            done = last
    return out


def find_references(
    text: str, section: str, meeting_date: dt.date, odd: list[str] | None = None
) -> list[Reference]:
    """Dates mentioned in ``text`` with the sentence each stands in.

    A date no date column can hold (no real day, or a year outside ``MIN_YEAR``..
    ``MAX_YEAR``: "1. januar 2300") is left out and, as written, added to ``odd``.
    """
    refs: list[Reference] = []
    if is_latin1(text):
        # The Latin-1 pattern scans for its first digit faster than twelve month names
        # are looked for in the lowered text (the same spans: that test only skipped it).
        pattern = _REF_DATE_LATIN1
    elif may_hold(text, _MONTH_NAMES):
        pattern = _REF_DATE
    else:
        return refs  # no date written with its month's name (most sections)
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return refs  # a date in a sentence is one in the text (most sections name none)
    # Only a sentence that a match in the text overlaps can hold a date (as for the lines
    # above): each sentence is found in its run (the runs' sentences stand in order, only
    # white space between them) and searched only where a span overlaps it. Most
    # sentences of a line that holds a date hold none, and the search of each for a digit
    # was most of this step's cost.
    at = 0  # the first span that ends after the sentences gone through
    for start, part in _lines_at(text, spans):
        end = 0
        for sentence in sentences(part):
            begin = part.find(sentence, end)
            end = begin + len(sentence)
            while at < len(spans) and spans[at][1] <= start + begin:
                at += 1
            if at < len(spans) and spans[at][0] < start + end:
                _sentence_references(sentence, section, meeting_date, refs, odd, pattern)
    return refs


def _sentence_references(
    sentence: str,
    section: str,
    meeting_date: dt.date,
    refs: list[Reference],
    odd: list[str] | None,
    pattern: re.Pattern[str] = _REF_DATE,
) -> None:
    """The dates of one sentence added to ``refs`` (see :func:`find_references`;
    ``pattern``: ``_REF_DATE``, or its Latin-1 form for a sentence of a Latin-1 text)."""
    kind = None  # the sentence's, found at its first date
    for m in pattern.finditer(sentence):
        month = MONTHS_DA[m.group("month").lower()]
        inferred = m.group("year") is None
        year = meeting_date.year if inferred else int(m.group("year"))
        if kind is None:
            kind = (
                "deadline"
                if may_hold(sentence, _DEADLINE_HINTS) and _DEADLINE_WORDS.search(sentence)
                else "meeting"
                if may_hold(sentence, _MEETING_HINTS) and _MEETING_WORDS.search(sentence)
                else "date"
            )
        for day in filter(None, (m.group("d1"), m.group("d2"))):
            date = safe_date(year, month, int(day))
            if date is not None:
                refs.append(Reference(date, sentence, section, inferred, kind))
            elif odd is not None:
                odd.append(m.group(0))


# --- the parser -------------------------------------------------------------------------


@dataclass
class Header:
    """Facts read from the top of a document (each layout fills in what it finds)."""

    forum: str | None = None
    municipality: str | None = None
    heading: str | None = None
    date: dt.date | None = None
    start_time: str | None = None
    location: str | None = None
    participants: list[Participant] = field(default_factory=list)
    forum_from_field: bool = False
    #: "referat" or "dagsorden" where the header says so.
    document_type: str | None = None
    #: A lone "Dagsorden" heads the contents list, or titles the page, and nothing else
    #: names the document: minutes (decisions in the items) or an agenda (none), as the
    #: items show.
    lone_agenda: bool = False
    #: A date-shaped string in the header that is no real date (named in a rejection).
    invalid_date: str | None = None
    #: Remarks on the meeting as a whole ("Bemærkninger: X forlod mødet kl. 15.45").
    notes: list[str] = field(default_factory=list)
    #: The contents list is cut short by an ellipsis ("..." under its last entry).
    contents_elided: bool = False
    #: A letter's or memo's own date ("Dato:" beside "Sagsnr.:" / "J.nr.:") where a line
    #: below dated the meeting otherwise: no date of the meeting's.
    letter_date: dt.date | None = None
    #: The date is a stamp's (received, sent out, a page's, a meta line's "Godkendt …"),
    #: read as the last resort: a meeting line OCR spoilt, read again, dates it better.
    stamp_dated: bool = False


#: "Dagsorden udsendt den 26.04.2023", "Referat offentliggjort 2. maj 2024", "Dagsordenen
#: er sendt ud d. 3/5-2024": the day a document was sent out or published, a header's stamp
#: (no title: the participle is no body); "Mødeindkaldelse udsendt 10.01.2020 af
#: sekretariatet" (a joint body's notice of the meeting, sent by its secretariat).
SENT_OUT = re.compile(
    r"^(?:referat|dagsorden|beslutningsprotokol|protokol|(?:møde)?indkaldelse(?=[ns]?\s)"
    # ("Tillægsdagsorden udsendt fredag den 7. marts": when the items added went out)
    r"|tillægsdagsorden|supplerende\s+dagsorden)"
    r"(?:en|et|n)?\s+(?:er\s+|blev\s+)?"
    r"(?:udsendt|sendt(?:\s+ud)?|offentliggjort|publiceret|udgivet|frigivet"
    # ("Referat godkendt af næstformanden d. 9. marts 2005": approved by whom, then the day)
    r"|godkendt(?:\s+af\s+[a-zæøå]+(?:\s+[a-zæøå]+)?(?=\s+(?:d\.|den)\s))?)\s+"
    r"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:d\.|den)?\s*\d",
    re.I,
)
#: The first three letters, lowered, of what ``SENT_OUT`` matches (a cheap test before it).
SENT_OUT_HEADS = frozenset({"ref", "dag", "bes", "pro", "mød", "ind", "til", "sup"})


def sent_out(text: str) -> bool:
    """Whether the line is a stamp of when the agenda or the minutes went out
    (``SENT_OUT``), its first letters tested first (most lines start otherwise)."""
    return (
        text[:1] in "DdRrBbPpMmIiTtSs"
        and text[:3].lower() in SENT_OUT_HEADS
        and SENT_OUT.match(text) is not None
    )


def _title_line(text: str) -> re.Match[str] | None:
    """The match of a "REFERAT <forum> d. <date>" or "<forum> – Referat" title line. Each
    pattern is tried only where the line starts / ends with a letter it can match there
    (most header lines are fields and contents entries)."""
    if text[:1] in "RrDdBbKk":
        if m := _REFERAT.match(text):
            return m
        m = kind_first_title(text)
        if m:
            return m
    return _REFERAT_DASHED.match(text) if text[-1:] in "TtLl" else None


#: The last letters of a place field stopping on the word for a room ("lokale",
#: "mødelokale", "lok.", "mødesal", "rum"): the cheap test before :func:`_room_under`.
_ROOM_ENDS = frozenset({"ale", "ok.", "sal", "rum"})
_ROOM_WORD_END = re.compile(r"(?:lokale|\blok\.|sal|\brum)$", re.I)
#: "Mødelokale Fanø", "Lokale 2.14", "Udvalgsværelset 3": a room's word and its name or
#: number, the whole line.
_ROOM_LINE_UNDER = re.compile(
    r"^(?:(?:møde)?lokale|mødesal(?:en)?|udvalgsværelse(?:t)?)\s+"
    r"[\wæøå\"“][\wæøå.\"” -]{0,30}$",
    re.I,
)
#: "1.12", "2.21", "B 104", '"Skjern"': a room's number or quoted name alone on a line.
_ROOM_UNDER = re.compile(r'^(?:[A-ZÆØÅ]?\s?\d{1,3}(?:[.,]\d{1,3})?[a-z]?|["“„«][^"”»]{2,30}["”»])$')


#: " NYT MØDESTED – …", " (flyttet mødested)", " – oprindeligt planlagt i …": a
#: note after a place field's place that the venue was changed (the place named first is
#: the one met in; the old one, often struck through, follows the note).
_VENUE_CHANGED = re.compile(
    r"[\s,.;]*(?:[-–—(]\s*)?(?:\b(?:ændret|nyt|flyttet)\s+mødested\b"
    r"|\b(?:mødet\s+(?:var|er|blev)\s+)?oprindelig(?:t|e)?\s+(?:indkaldt|planlagt|berammet)\b"
    r"|\boprindeligt?\s+mødested\b).*$",
    re.I | re.S,
)


def venue_change_off(value: str) -> str:
    """A place field's value without the note after its place that the venue was changed
    ('Bakkehuset, lokale 2 NYT MØDESTED – oprindeligt planlagt i Rådhuset':
    ``_VENUE_CHANGED``); the value as it was where no place stands before such a note."""
    low = value.lower()
    if "oprindelig" not in low and "mødested" not in low:
        return value
    changed = _VENUE_CHANGED.search(value)
    return value[: changed.start()] if changed and changed.start() > 0 else value


def with_room_under(
    value: str, lines: list[Line], k: int, skip: set[int]
) -> tuple[str, int | None]:
    """The place field's ``value`` (on line ``k``) with the room's number or name wrapped
    onto the line under it ("Rådhuset, lokale" / "1.12"), and that line's position; else
    ``value`` as it was and None."""
    room = _room_under(lines, k, skip) if value[-3:].lower() in _ROOM_ENDS else None
    if room is not None:
        return f"{value} {lines[room].clean.strip()}", room
    room = _room_line_under(lines, k, skip)
    if room is None:
        return value, None
    # ("Mødested: Regionshuset, Damhaven 12, 7100 Vejle" / "Mødelokale Fanø": the room a
    # line of its own under the address, set right under the field's value in a PDF's
    # title block; one place, parted by a comma as on one line)
    return f"{value.rstrip(' ,')}, {lines[room].clean.strip()}", room


def _room_line_under(lines: list[Line], k: int, skip: set[int]) -> int | None:
    """The line right under line ``k`` where it names a room by its word and its name or
    number alone ("Mødelokale Fanø", "Lokale 2.14"), no field of its own; or the one after
    a blank line where it is a paragraph of its own."""
    if k + 1 >= len(lines):
        return None
    at = k + 1
    if lines[at].blank and at + 1 < len(lines) and (at + 2 >= len(lines) or lines[at + 2].blank):
        # ("Mødested: Sundhedshuset, Lindevej 4, 8800 Viborg" / blank / "Mødelokale Hald" /
        # blank: every line of a Word file a paragraph, the room one of its own)
        at += 1
    nxt = lines[at]
    text = nxt.clean.strip()
    if text[:1] not in "MmLlUu" or nxt.index in skip:
        return None  # (the cheap test first: most lines open with no room's word)
    return at if _ROOM_LINE_UNDER.match(text) else None


def _room_under(lines: list[Line], k: int, skip: set[int]) -> int | None:
    """The line right under line ``k`` where it holds only the number or quoted name of
    the room the place field on line ``k`` stops before ("… lokale" / "2.21")."""
    if k + 1 >= len(lines) or not _ROOM_WORD_END.search(lines[k].clean.rstrip()):
        return None
    nxt = lines[k + 1]
    if nxt.blank or nxt.index in skip or not _ROOM_UNDER.match(nxt.clean.strip()):
        return None
    return k + 1


#: "Råd", "Udvalg", "Forum", "Nævn", "Organ": the kind of body alone, indefinite (a field's
#: label over the body's name), never a body's name itself.
_BODY_KIND_LABEL = re.compile(r"^(?:råd|udvalg|forum|nævn|organ|mødeforum)\s*:?$", re.IGNORECASE)


def body_alone(text: str) -> bool:
    """A short line naming one body and nothing else ("Ældrerådet", "Magistraten")."""
    return len(text) <= 60 and _ONE_BODY.match(text) is not None


def _labelled_body(lines: list[Line], n: int) -> bool:
    """Whether the next filled line after ``n`` names one body and the one after it none
    (a field's value; not the first of a site's menu of its committees under "Udvalg")."""
    filled = [ln.clean.strip() for ln in islice((ln for ln in lines[n + 1 :] if not ln.blank), 2)]
    return (
        bool(filled) and body_alone(filled[0]) and not (len(filled) > 1 and body_alone(filled[1]))
    )


def _section(text: str) -> bool:
    """ "Politiske udvalg" after the owner: the site's section of all its bodies, a
    running title's (see ``portal_menu.section_heading``), no body's name."""
    from analysis.layouts.portal_menu import section_heading

    return section_heading(text)


def _parse_header(
    lines: list[Line], placed: set[int], warnings: list[str]
) -> tuple[Header, list[tuple[str, int | None, int]]]:
    """Header fields and TOC entries (title, page, line index) from the lines before item 1."""
    from analysis.layouts.elided_contents import ellipsis_alone  # (imports this module)
    from analysis.layouts.groups import is_group_heading  # (imports this module)
    from analysis.layouts.owner_kind import owner_and_kind
    from analysis.layouts.signature_note import attachments_elsewhere

    head = Header()
    toc: list[tuple[str, int | None, int]] = []
    in_toc = listed = False
    in_note = False  # the lines under "Bemærkninger" go on with the remark
    in_members = False  # "Medlemmer" alone: the names on the line(s) under it
    members_wrap = False  # "Medlemmer: X (V), formand" / "Y (A)": the names under it, to a blank
    under_kind = False  # the line right under "Referat" / "Dagsorden" alone
    kind_of_list = False  # head.heading is the "Dagsorden" heading over a list of the items
    wrapped_room = -1  # (the line of a room's number under its place field, read with it)
    for n, line in enumerate(lines):
        if line.blank:
            in_note = members_wrap = False
            continue
        if n == wrapped_room:
            continue
        text = line.clean
        if (
            (in_members or (members_wrap and _NAME_FIRST.match(text)))
            and not _FIELD.match(text)
            and "(" in text
        ):
            head.participants = (head.participants or []) + _member_line(text)
            placed.add(line.index)
            continue
        in_members = members_wrap = False
        note_goes_on, in_note = in_note, False
        owner_kind = owner_and_kind(text) if head.heading is None and not in_toc else None
        if owner_kind is not None:
            # "Faxe Kommune<TAB>Referat": the letterhead's columns, the owner and the kind
            # alone (not "<forum> – Referat"); the body's line follows as under a lone kind
            head.municipality = head.municipality or owner_kind[0]
            head.heading = owner_kind[1]
            placed.add(line.index)
            under_kind = True
            continue
        if sent_out(text):
            placed.add(line.index)  # "Dagsorden udsendt den 26.04.2023": a stamp, no title
            continue
        m = _title_line(text)
        if m and (head.heading is None or _KIND_ALONE.match(head.heading)):
            head.heading = text
            forum = m.group("forum").strip()
            if m.re is _REFERAT_KIND_FIRST and forum.isupper():
                forum = forum.capitalize()  # "REFERAT - HANDICAPRÅDET"
            council = _COUNCIL.match(forum)
            if council:  # "REFERAT Egedal Byråd d. …": forum Byråd, municipality Egedal
                forum = council.group("forum")
                head.municipality = head.municipality or f"{council.group('mun')} Kommune"
            if not head.forum_from_field:  # an explicit "Udvalg:" field wins
                head.forum = forum
            head.date = head.date or parse_numeric_date(m.group("date"))
            placed.add(line.index)
            in_toc = False
            continue
        if not in_toc and _KIND_ALONE.match(text) and _over_item_list(lines, n):
            # "Dagsorden" over "1. 1. Godkendelse af dagsorden" …: a web page's heading of
            # the list of its items; the page's kind unless a field names another
            if head.heading is None:
                head.heading, kind_of_list = text, True
            in_toc, listed = True, True
            placed.add(line.index)
            continue
        if not in_toc and head.heading is None and (alone := _KIND_ALONE.match(text)):
            head.heading = alone["kind"]  # "Dagsorden" alone under the forum's name (a web page)
            placed.add(line.index)
            under_kind = True
            above = next((up for up in reversed(lines[:n]) if not up.blank), None)
            if (
                above is not None
                and head.forum is None
                and above.index not in placed
                and body_alone(above.clean)
            ):
                # "Magistraten" / "Referat": the body alone on the line over the kind
                head.forum = above.clean.strip()
                placed.add(above.index)
                under_kind = False
            continue
        body = _MEETING_FIELD_BODY.match(text) if text[:4] in ("Møde", "MØDE") else None
        if body and _ONE_BODY.match(body["forum"]) and not head.forum_from_field:
            # "Møde<TAB>Beskæftigelsesudvalget": a facts table's row naming the body that
            # meets, as an "Udvalg:" field does ("Møde: 10.05.2017 kl. 16:00", the meeting's
            # when, names none)
            head.forum = body["forum"]
            head.forum_from_field = True
            placed.add(line.index)
            # (the body's name alone on top, as a letterhead writes it over the field)
            placed.update(
                up.index for up in lines[:n] if up.clean.strip().casefold() == head.forum.casefold()
            )
            under_kind = False
            continue
        if head.forum is None and _BODY_KIND_LABEL.match(text) and _labelled_body(lines, n):
            # "Råd" / "Ældrerådet": a web page's field label over its value (the kind of body
            # alone, indefinite, names none); the body on the next line is taken as under a kind
            placed.add(line.index)
            under_kind = True
            continue
        if under_kind and head.forum is None and body_alone(text):
            head.forum = text  # "Referat" / "Byrådet" / "Mødedato: …": the body under the kind
            placed.add(line.index)
            continue
        under_kind = False
        if (
            line.heading_level
            and head.forum is None
            and (
                _FORUM_HEADING.match(text) or (text[:6] == "Udvalg" and _COMMITTEE_FOR.match(text))
            )
        ):
            head.forum = text  # "## Kommunalbestyrelsen": the page's heading names the body
            owned = _OWNER_BEFORE_BODY.match(text) if " Kommune " in text else None
            if owned:
                # "## Svendborg Kommune - Kommunalbestyrelsen": the owner before the body
                head.forum = owned.group("forum")
                head.municipality = head.municipality or f"{owned.group('mun')} Kommune"
            placed.add(line.index)
            continue
        within = (
            _BODY_IN_MUNICIPALITY.match(text)
            if line.heading_level and head.forum is None and text[-7:] == "Kommune"
            else None
        )
        if within:
            # "## Ældrerådet i Faxe Kommune": the body, then the municipality it is of (a
            # later heading naming the body, "Nyt til Ældrerådet" over a news page, no forum)
            head.forum = within.group("forum")
            head.municipality = head.municipality or f"{within.group('mun')} Kommune"
            placed.add(line.index)
            continue
        of_body = _MEETING_OF_BODY.match(text) if head.forum is None else None
        if of_body and of_body.group("med"):
            head.forum = of_body.group("med") + (of_body.group("place") or "")
            placed.add(line.index)
            continue
        if of_body and (_ONE_BODY.match(of_body.group("forum")) or "MED" in of_body.group("forum")):
            # "Referat af møde i HovedMED": the title names the body that met
            head.forum = of_body.group("forum")
            placed.add(line.index)
            continue
        titled = _KIND_FORUM_DATE.match(text) if line.heading_level else None
        if titled and head.forum is None and _ONE_BODY.match(titled.group("forum")):
            # "## Referat: Koncernledelsen 21. januar 2025": an intranet post's title
            head.forum = titled.group("forum")
            head.date = head.date or parse_long_date(titled.group("date"))
            placed.add(line.index)
            continue
        if text[:1] in _P and _ITEM_HEAD.match(text):
            # "Punkt 3: …" above the first item: a contents line (see ``_contents_run``),
            # its page after a dot leader or a tab where it has one ("Punkt 3. Title ...... 2",
            # "Punkt 3.<TAB>Title<TAB>4"), no part of the title
            paged = _TOC_LINE.match(text) if _has_leader(text) else None
            if paged is not None:
                toc.append((_toc_title(paged["title"]), int(paged["page"]), line.index))
            else:
                toc.append((_toc_title(text), None, line.index))
            in_toc, listed = True, False
            continue
        m = _MUNICIPALITY_LINE.match(text) if text.endswith(" Kommune") else None
        if m is None and text.endswith(" KOMMUNE"):
            # ("FAABORG-MIDTFYN KOMMUNE": an old letterhead's capitals, read as written)
            m = _MUNICIPALITY_LINE.match(text.title())
        if m and not in_toc and head.municipality is None:
            head.municipality = m.group("mun")
            placed.add(line.index)
            continue
        m = _MUNICIPALITY_BODY.match(text) if head.forum is None and " " in text else None
        if m and not in_toc and _section(m["forum"]):
            # "Albertslund Kommune - Politiske udvalg": a running title, the owner over the
            # site's section of its bodies; the body stands on a line of its own below
            head.municipality = head.municipality or m.group("mun").title()
            placed.add(line.index)
            continue
        if m and not in_toc and _ONE_BODY.match(m.group("forum")):
            head.forum = m.group("forum")
            head.municipality = head.municipality or m.group("mun").title()
            placed.add(line.index)
            continue
        if _TOC_HEAD.match(text) or (not toc and _LIST_HEAD.match(text)):
            in_toc, listed = True, not _TOC_HEAD.match(text)
            placed.add(line.index)
            continue
        if text[:1] in "PpRrBb" and SCOPE_NOTE.match(text):
            placed.add(line.index)  # "Protokollen indeholder alene udvalgets beslutninger."
            continue
        if attachments_elsewhere(text):
            placed.add(line.index)  # "Bilag til de enkelte punkter er samlet bagerst …"
            continue
        m = _FIELD.match(text)
        if m and not m.group("value").strip() and m.group("key").lower() in _MEMBER_KEYS:
            in_members, in_toc = True, False
            placed.add(line.index)
            continue
        if m and not m.group("value").strip() and m.group("key").lower().startswith("bemærk"):
            head.notes.append("")  # "Bemærkninger" alone: the remark on the lines under it
            placed.add(line.index)
            in_note, in_toc = True, False
            continue
        if m and m.group("value").strip():
            key, value = m.group("key").lower(), m.group("value").strip()
            if key in ("mødedato", "dato"):
                date = parse_long_date(value) or parse_numeric_date(value)
                if date:
                    if head.date and head.date != date:
                        warnings.append(
                            f"the header dates disagree ({head.date} vs {date}); used {date}"
                        )
                    head.date = date
                t = _TIME.search(value)
                if t:
                    head.start_time = f"{int(t.group(1)):02d}:{t.group(2)}"
            elif (
                key in ("sluttidspunkt", "mødeafslutning", "mødeslut", "slut")
                or key[:6] == "mødet "
            ):
                pass  # the meeting's end: no column holds it
            elif key in ("bemærkninger", "bemærkning"):
                head.notes.append(value)  # a remark on the meeting as a whole
                in_note = True
            elif key == "status":  # "Status: Referatet er under udarbejdelse. …"
                head.notes.append(f"Status: {value}")
            elif key == "mødetype":
                # "Mødetype: Referat": the document's kind (over a list's "Dagsorden"
                # heading); "Mødetype: Ordinært møde" names none
                if _KIND_ALONE.match(value) and (head.heading is None or kind_of_list):
                    head.heading, kind_of_list = value, False
            elif key in ("mødetidspunkt", "mødetid", "tidspunkt", "tid", "starttidspunkt", "start"):
                t = _TIME.search(value) or re.search(r"(\d{1,2})[:.](\d{2})", value)
                if t:
                    head.start_time = f"{int(t.group(1)):02d}:{t.group(2)}"
            elif key in ("mødested", "mødelokale", "sted"):
                value, room = with_room_under(value, lines, n, set())
                if room is not None:  # ("… lokale" / "1.12": the room wrapped under it)
                    placed.add(lines[room].index)
                    wrapped_room = room
                head.location = venue_change_off(value)
            elif key in (*_MEMBER_KEYS, "stedfortræder", "stedfortrædere"):
                head.participants = (head.participants or []) + parse_participants(value)
                # (a PDF's two columns: the field's names go on under its value, one a line)
                members_wrap = key in _MEMBER_KEYS and "(" in value
            elif key in ("udvalg", "forum"):
                head.forum = value
                head.forum_from_field = True
            elif key == "kommune":
                head.municipality = value
            elif key == "referent":  # who took the minutes: a participant in that role
                head.participants = (head.participants or []) + [
                    Participant(p.name, "Referent", present=True) for p in parse_participants(value)
                ]
            else:  # fraværende / afbud: listed, marked absent
                head.participants = (head.participants or []) + [
                    Participant(p.name, p.role, present=False) for p in parse_participants(value)
                ]
            placed.add(line.index)
            in_toc = False
            continue
        if note_goes_on:  # a remark of several lines, to a blank line or the next label
            head.notes[-1] = f"{head.notes[-1]}\n{text}".strip()
            placed.add(line.index)
            in_note = True
            continue
        if not toc and text[:1] in "-•*" and _LIST_ENTRY.match(text):
            # "- 41. Godkendelse af dagsorden" with no heading above it: a web page's list of
            # the items (numbered through the year) under the meeting's facts
            in_toc, listed = True, True
        if in_toc and listed:  # the list ends at its first line of another kind
            m = _LIST_ENTRY.match(text)
            if m:
                title = m.group("title").strip()
                if title[:1] in _P and _TOC_PUNKT.match(title):
                    # "1. Punkt 1: Title": a web page's <ol> numbering entries that carry
                    # the item's word and number themselves, as the headings below do
                    title = _toc_title(title)
                toc.append((title, None, line.index))
            in_toc = bool(m)
            continue
        if in_toc:
            if ellipsis_alone(text):
                # "1. Title …… 2" / "..." : the list cut short, the rest of the items not
                # listed (they number on below; see ``_cross_check_toc``)
                placed.add(line.index)
                head.contents_elided, in_toc = True, False
                continue
            if is_group_heading(text):
                placed.add(line.index)  # "Lukket dagsorden" between two entries: no entry
                continue
            m = _TOC_LINE.match(text)
            if m and toc and toc[-1][1] is None and text[:1].islower():
                # "Punkt 8. Title … i" / "bymidte ...... 4": the entry above wrapped before
                # its page, this line its rest
                title, _, at = toc[-1]
                toc[-1] = (join_wrapped(title, m.group("title").strip()), int(m.group("page")), at)
                placed.add(line.index)
            elif m:
                toc.append((_toc_title(m.group("title")), int(m.group("page")), line.index))
            elif _TOC_PUNKT.match(text):
                toc.append((_toc_title(text), None, line.index))  # "Punkt 45<TAB>Title"
            elif (
                toc
                and toc[-1][1] is None
                and toc[-1][2] == lines[n - 1].index
                and lines[n - 1].clean[:1] in _P
                and _ITEM_HEAD.match(lines[n - 1].clean)
                and (not text[:1].isdigit() or _NUMBER_GOES_ON.match(text) is not None)
                and _entry_rest(line)
            ):
                # "Punkt 11.  Forslag om … ved" / "Sygehus Thy-Mors": the entry's title
                # wrapped onto the line under it (no page to close it), no entry of its own;
                # also where the rest opens with a number the title goes on with ("… etape"
                # / "2, herunder …", "… pr." / "1. april 2024"), as no entry's number is
                title, _, at = toc[-1]
                toc[-1] = (join_wrapped(title, text), None, at)
                placed.add(line.index)
            else:
                toc.append((text, None, line.index))
            continue
    return head, toc


#: "Punkt 3: " (or "Punkt 3<TAB>", the number in a column of its own; "Punkt 7a: " an
#: inserted item's) before a contents title, "<TAB>Åbent punkt" after it (a column of its own).
#: Also "Punkt 3 " and a capital: an older export's contents list drops the colon its
#: headings keep ("Punkt 3 Vandløbsregulativ for Ribe Å ..... 5" over "Punkt 3: Vandløbs…").
_TOC_PUNKT = re.compile(
    r"^Punkt\s+\d{1,3}[a-h]?\s*(?:[:.]\s*|\t\s*|(?<=\d) +(?=(?-i:[A-ZÆØÅ])))", re.IGNORECASE
)
#: "3 Title.....<TAB>4", "3. Title": the entry's bare number before a capital's title (the
#: headings below say "Punkt 3: Title").
_TOC_NUMBER = re.compile(r"^\d{1,3}\.?\s+(?=[A-ZÆØÅ])")
_TOC_OPEN_COLUMN = re.compile(r"\t+\s*(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?\s*$", re.I)


def _over_item_list(lines: list[Line], at: int) -> bool:
    """Whether the next filled line after ``at`` opens a web page's numbered list of the
    items ("1. 1. Godkendelse af dagsorden", "1. 61. Title": the list's number and the
    item's) and a second entry follows it."""
    filled = [line.clean for line in lines[at + 1 : at + 5] if not line.blank][:2]
    return len(filled) == 2 and all(_LISTED_TWICE.match(text) for text in filled)


#: "1. 1. Title", "2. 62. Title": a list's own number before the item's.
_LISTED_TWICE = re.compile(r"^\d{1,3}\.\s+\d{1,4}\.\s+[A-ZÆØÅ]")


def _toc_title(title: str) -> str:
    """A contents line's title without its "Punkt N:" and its open/closed column."""
    title = _TOC_OPEN_COLUMN.sub("", title.strip())
    if title[:1].isdigit():
        return _TOC_NUMBER.sub("", title, count=1).strip()
    return _TOC_PUNKT.sub("", title).strip()


_P = frozenset("Pp")
_STARTS_P = methodcaller("startswith", ("P", "p"))


def _item_starts(lines: list[Line]) -> list[tuple[int, int, str]]:
    """(line position, item number, raw title) of every item heading."""
    starts = []
    # Only a line starting with "Punkt" in any case can match (most lines do not; the
    # letters of "punkt" have no case-insensitive match beyond ``str.lower``, and only
    # "P" and "p" lower to "p"): the lines starting with "P" or "p" are picked in C.
    p_lines = list(compress(count(), map(_STARTS_P, map(_CLEAN, lines))))
    for pos in p_lines:
        text = lines[pos].clean
        if text[:5].lower() != "punkt":
            continue
        m = _ITEM_HEAD.match(text)
        # a contents line has a tab or a dot leader, a heading neither (most): the pattern,
        # slow to fail on a long title, is tried only on a line that has one
        if m and not (_has_leader(text) and _TABBED_TOC_LINE.match(text)):
            if wrapped_contents_entry(lines, pos):
                continue  # ("Punkt 8. Title …" / "rest ....... 4": the page on the next line)
            starts.append((pos, int(m.group("num")), m.group("title").strip()))
    starts = starts[_contents_run(lines, starts) :]
    if len(starts) > 1:
        starts = _decision_points_off(lines, starts)
    return _with_inserted(lines, starts, p_lines) if starts else starts


def decision_point(lines: list[Line], k: int) -> bool:
    """``lines[k]`` stands under a decision's label, perhaps after other such lines
    ("Afgørelse:" / "Punkt 1: Ikke godkendt." / "Punkt 2: Bortfalder."): the decision on
    each point of the recommendation, no item's heading."""
    for j in range(k - 1, max(k - 12, -1), -1):
        if lines[j].blank or _ITEM_HEAD.match(lines[j].clean):
            continue
        found = heading_key(lines[j])
        return found is not None and found[0] == "beslutning"
    return False


def _decision_points_off(
    lines: list[Line], starts: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``starts`` without the points of a decision written as item headings ("Beslutning"
    / "Punkt 1: Taget til efterretning." / "Punkt 2: Ikke godkendt."): a line under a
    decision's label (:func:`decision_point`) whose number does not go on from the item
    before it, or whose title is an outcome closed by its full stop, is the decision on
    that point of the item's recommendation."""
    if _outcome is None:
        _bind_layouts()
    out: list[tuple[int, int, str]] = []
    for start in starts:
        pos, num, title = start
        # (the cheap tests first: an item's number goes on, its title ends in no full stop)
        if (
            out
            and (num <= out[-1][1] or (title[-1:] == "." and _outcome.outcome_line(title)))
            and decision_point(lines, pos)
        ):
            continue
        out.append(start)
    return out


def _with_inserted(
    lines: list[Line], starts: list[tuple[int, int, str]], p_lines: list[int]
) -> list[tuple[int, int, str]]:
    """``starts`` with the items inserted after one of them ("Punkt 12a: Title" or the
    heading "## 12a. Title" between "Punkt 12" and "Punkt 13"), numbered as the item they
    follow. Only a line that starts with "Punkt" or is written as a heading is looked at
    (``p_lines``: the positions of the lines starting with "P" or "p", as
    :func:`_item_starts` picked them)."""
    extra = []
    nxt = 0
    # (those lines and the headings, in order: the lines the test below can take, picked in
    # C; a line lowering to "punkt" starts with "P" or "p")
    for pos in sorted({*p_lines, *compress(count(), map(_LEVEL, lines))}):
        if pos < starts[0][0]:
            continue
        line = lines[pos]
        text = line.clean
        if not (line.heading_level or text[:5].lower() == "punkt") or not text:
            continue
        m = _INSERTED_HEAD.match(text)
        if m is None:
            continue
        while nxt < len(starts) and starts[nxt][0] < pos:
            nxt += 1
        if nxt == 0:
            continue  # (no item above it)
        before = starts[nxt - 1]
        num = int(m.group("num"))
        if before[1] == num and (nxt == len(starts) or starts[nxt][1] > before[1]):
            extra.append((pos, before[1], m.group("title").strip()))
        elif before[1] == num - 1 and (nxt == len(starts) or starts[nxt][1] > num):
            # "Punkt 3a: …" / "Punkt 3b: …" between "Punkt 2" and "Punkt 4": an item split
            # into lettered parts with no "Punkt 3" of its own, each part numbered 3
            extra.append((pos, num, m.group("title").strip()))
    return sorted([*starts, *extra]) if extra else starts


# The layouts' modules whose helpers the item parser calls for every item or contents
# entry, bound on first use by ``_bind_layouts`` (they import this module, and importing it
# alone stays light) and read as globals after: an import inside a function costs about a
# microsecond a call (~2 % of the parse).
_bilingual: Any = None
_groups: Any = None
_inline_case: Any = None
_outcome: Any = None
_run_in_label: Any = None
_split_decision_date: Any = None


def _bind_layouts() -> None:
    global _bilingual, _groups, _inline_case, _outcome, _run_in_label, _split_decision_date
    import analysis.layouts.bilingual as _bilingual
    import analysis.layouts.groups as _groups
    import analysis.layouts.inline_case as _inline_case
    import analysis.layouts.outcome as _outcome
    import analysis.layouts.run_in_label as _run_in_label
    import analysis.layouts.split_decision_date as _split_decision_date


def _contents_run(lines: list[Line], starts: list[tuple[int, int, str]]) -> int:
    """How many of the first ``Punkt N: title`` lines are a contents list: two or more
    standing one under the other (blank lines only between them) whose numbers and titles
    come again, in order, as the headings below them (a web page listing "Punkt 1: …" to
    "Punkt 6: …" under "Indholdsfortegnelse", then each item under its heading; a file cut
    short may repeat only the first two); else 0. A group heading ("Lukket dagsorden",
    "Tillægsdagsorden") or an inserted item's entry ("Punkt 7a: …") between two entries
    is part of the list, as in the text below it; so is an entry's title wrapped onto the
    line right under it ("Punkt 11.  Forslag om … ved" / "Sygehus Thy-Mors"), which the
    titles' comparison below then vouches for."""
    if _groups is None:
        _bind_layouts()
    run = 1
    while (
        run < len(starts)
        and starts[run][1] > starts[run - 1][1]
        and all(
            lines[p].blank
            or _groups.is_contents_gap(lines[p].clean)
            or (p == starts[run - 1][0] + 1 and _entry_rest(lines[p]))
            for p in range(starts[run - 1][0] + 1, starts[run][0])
        )
    ):
        run += 1
    below = starts[run : 2 * run]
    repeated = len(below) >= 2 and all(
        a[1] == b[1] and (titles_match(a[2], b[2]) or _paged_title(a[2], b[2]) is not None)
        for a, b in zip(starts, below, strict=False)
    )
    return run if repeated else 0


#: A line opening with a number that goes on with the text above it, no entry's number:
#: the number followed by a comma ("2, herunder …"), by a word in small letters after a
#: space or a date's dot ("9 til …", "1. april 2024"), by a bracket ("2025 (sag …)") or
#: by the rest of a range ("2024-2027 …"); an entry's number stands before its title's
#: capital or a separator ("4. Title", "4<TAB>Title", "4) …").
_NUMBER_GOES_ON = re.compile(r"^\d{1,4}(?:,\s|\.?\s+[a-zæøå(]|[-–/]\d|\s[-–]\s[a-zæøå])")


def _entry_rest(line: Line) -> bool:
    """``line`` may be the rest of a contents entry's title wrapped onto the next line: short,
    no sentence (no closing full stop or colon), no section's heading."""
    text = line.clean
    return len(text) <= 80 and text[-1:] not in ".:" and heading_key(line) is None


def _paged_title(entry: str, title: str) -> int | None:
    """The page of a contents entry that is ``title`` and its page ("Eventuelt 11" over
    "Eventuelt"), else None: a PDF's contents printed with ``pdftotext -layout`` keep the
    page after a gap that the tidied text makes one space, and a short title is no prefix
    :func:`titles_match` trusts."""
    if not entry[-1:].isdigit():
        return None  # (the cheap test first: most entries end in a letter)
    m = _TITLE_AND_PAGE.match(entry)
    return int(m["page"]) if m and m["title"] == title.strip() else None


#: "Eventuelt 11": a contents entry's title and the page after it (three figures at most:
#: "Budget 2024" is a title, no page).
_TITLE_AND_PAGE = re.compile(r"^(?P<title>.*\S)\s+(?P<page>\d{1,3})$")


#: "Punkt 1: Godkendelse af dagsorden<TAB>Åbent punkt<TAB>3" or "Punkt 1: … ...... 3": a
#: contents line (its title, a column or two and the page after a tab or a dot leader),
#: never an item's heading.
_TABBED_TOC_LINE = re.compile(
    r"^[^\t]+(?:\t[^\t]*)*\t\s*\d{1,4}\s*$|^.+?(?:\.{4,}|…+)\s*\d{1,4}\s*$"
    # ("Title ... 6": a long title that left room for three dots only, set off by spaces)
    r"|^.+?\s\.{3}\s+\d{1,4}\s*$"
)


def wrapped_contents_entry(lines: list[Line], k: int) -> bool:
    """Whether ``lines[k]`` is a contents entry wrapped before its page: the line right
    under it (no item's word of its own) ends in the dot leader and the page ("Punkt 8.
    Forslag om … i" / "bymidte ........ 4"), as no heading's next line does."""
    if k + 1 >= len(lines):
        return False
    nxt = lines[k + 1].clean
    return (
        bool(nxt)
        and nxt[:5].lower() != "punkt"
        and _has_leader(nxt)
        and _TABBED_TOC_LINE.match(nxt) is not None
    )


def _has_leader(text: str) -> bool:
    """A tab or a dot leader ("...." or "…"): every match of ``_TABBED_TOC_LINE`` has one."""
    return "\t" in text or "..." in text or "…" in text


#: "Til beslutning ", "Til orientering ": an item's purpose before its case on one line
#: (a web page's chips: "Til beslutning Sagsnr. 2024-018743").
PURPOSE_CHIP = re.compile(
    r"^Til (?:beslutning|orientering|drøftelse|godkendelse|efterretning|høring)\s+(?=\S)"
)
#: "> ": a markdown quote's mark.
_QUOTE_MARK = re.compile(r"^>\s?")
#: "- Godkendt.": a decision's point written as a bullet. ("\t•\tGodkendt": a note app's
#: list saved as text, the bullet indented by a tab and parted from its text by another)
_POINT = re.compile(r"^[ \t]*[-•*–]\s+(?=\S)")


#: "To do", "Handlinger", "Opfølgning:", "Aktionsliste": the heading of the follow-up list
#: a forum's notes end with.
FOLLOW_UP_LABEL = re.compile(
    r"^(?:to[\s-]?do|opfølgning|handlinger|handlingsliste|aktionsliste|aktioner|opgaver|"
    # ("Next steps", "Action items", "Handlingspunkter", "Opfølgningsopgaver": an AI
    # note-taker's recap (Zoom, Teams Copilot) listing the tasks with their owners)
    r"next\s+steps|action\s+items|follow[\s-]?ups?|næste\s+skridt|handlingspunkter|"
    r"opfølgningsopgaver|opfølgningspunkter|"
    # ("Punkter til næste møde (4. maj):", "Emner til kommende møder": the next
    # meeting's points, listed under the last item; none of this meeting's)
    r"(?:punkter|emner|sager)\s+til\s+(?:næste|kommende)\s+møder?(?:\s*\([^()\n]{1,30}\))?|"
    # ("BESLUTNINGSLOG – krisestab (uddrag)", "Beslutninger (opsummering)": a staff's log of
    # the decisions, this meeting's and earlier ones, after the items)
    r"beslutningslog(?:\s*[–—-]\s*[^:]{1,60})?|beslutningsoversigt|"
    r"beslutninger\s*\((?:opsummering|oversigt|resumé)\))\s*:?$",
    re.I,
)


def unbulleted(text: str) -> str:
    """A decision written as bullets under its label ("**Beslutning:**" / "- Drøftet. …" /
    "- Karina udleverer …"): its points as lines, the bullets dropped; a decision with
    text of its own keeps its bullets."""
    if text[:1] == ">":
        # "**Konklusion**" / "> Godkendt.": the decision set off as a markdown quote (its
        # quoted lines, up to a line of the page's own such as "↑ Til toppen")
        parts = text.split("\n")
        end = next((k for k, ln in enumerate(parts) if ln.strip() and ln[:1] != ">"), len(parts))
        text = "\n".join([*(_QUOTE_MARK.sub("", ln) for ln in parts[:end]), *parts[end:]])
    parts = text.split("\n")
    lines = [ln for ln in parts if ln.strip()]
    if not lines:
        return text
    if not all(_POINT.match(ln) for ln in lines):
        # "- Drøftet. …" / "Opfølgning" / "- [ ] Anna sender …": the decision's bullets over
        # the follow-up list's label (a meeting tool's recap), the list kept as written
        end = next(
            (k for k, ln in enumerate(parts) if ln[:1].isalpha() and FOLLOW_UP_LABEL.match(ln)),
            0,
        )
        own = [ln for ln in parts[:end] if ln.strip()]
        if not own or not all(_POINT.match(ln) for ln in own):
            return text
        return "\n".join([*(_POINT.sub("", ln) for ln in parts[:end]), *parts[end:]])
    return "\n".join(_POINT.sub("", ln) for ln in parts)


#: "Formål<TAB>Til beslutning": a row of the item's table of fields, never its title's end.
_FIELD_ROW = re.compile(r"^[^\t]{2,30}\t+\S")
#: "Tid: 15.05-15.25", "Ansvarlig: …", "Formål: Orientering": an internal forum's planning
#: fields under the title (when, who, what for), never the title's end.
_PLAN_WORDS = (
    r"(?:tid|tidspunkt|varighed|ansvarlig|ansvar|formål|oplæg(?:\s+ved)?|oplægsholder|hvem)"
)
_PLAN_FIELD = re.compile(rf"^{_PLAN_WORDS}\s*:\s*\S", re.IGNORECASE)
#: "Sagsbehandler: …", "Dato: 30.05.2023", "Dok.nr.: …": the item's own fields under its
#: title (a fact box's cells read as fields), never the title's end; also the case's way
#: through the bodies ("Forløb: ØK → BY", "Behandlingsforløb: TM - ØK - BY"), a recommendation
#: chain's field over the case number. And a portal's fact list under the title
#: ("Mødedato: 21.11.2023" / "Punkt: 2" / "Type: Åbent punkt", "Status: …"): the meeting's
#: date, the item's number and its open or closed mark, never the title's end.
_ITEM_FIELD = re.compile(
    r"^(?:sagsbehandler|sagsansvarlig|dato|mødedato|dok\.?\s*nr\.?|dokumentnr\.?|dokumentnummer"
    r"|forløb|behandlingsforløb|beslutningsforløb|punkt(?:nummer|nr\.?)?|type|status)\s*:\s*\S",
    re.IGNORECASE,
)


def _after_plan_fields(current: tuple[str, str, list[Line]]) -> bool:
    """The item's text so far is its planning fields alone ("Tid: …" / "Ansvarlig: …" /
    "Formål: …"): a case line after them is still the item's case line."""
    lines = [ln.clean for ln in current[2] if ln.clean]
    # ("Til drøftelse · 30 min. · TN": the purpose line is such a field; so is the
    # presenter's line, "v/ direktør Jens Lind (20 min.) · Til beslutning")
    return (
        current[0] == "tekst"
        and bool(lines)
        and all(
            _PLAN_FIELD.match(ln)
            or _PURPOSE_LINE.match(ln)
            or presenter_line(ln)
            # ("- Til beslutning" / "- Ansvarlig: …": the same fields as a page's bullets)
            or (ln[:2] == "- " and _BULLETED_PLAN.match(ln))
            # ("TO" / "15 min." / "Sag 25/4410": a table cell's small line of the purpose's
            # code, the minutes and the case, read a part a line)
            or ln in _PURPOSE_CODES
            or ((ln[:1].isdigit() or ln[:1] == "(") and TIME_BOX.match(ln))
            for ln in lines
        )
    )


def _outcome_alone(current: tuple[str, str, list[Line]] | None) -> bool:
    """The item's text so far is one line stating the outcome ("Taget til efterretning."):
    minutes that write the outcome first, then the case line and the case's text."""
    from analysis.layouts.outcome import outcome_line  # (imports this module)

    if current is None or current[0] != "tekst":
        return False
    lines = [ln.clean for ln in current[2] if ln.clean]
    return len(lines) == 1 and outcome_line(lines[0])


#: "Læs hele sagen Sagsnr. 25-041877", "→ Se sagen på dagsordenen | J.nr. 00.01.00-A00-1-25",
#: "Læs mere · Sag: 24/1187": a link's words from a summary to the case (a news post's, a
#: newsletter's), then the case's labelled field on the same line (the link and the small
#: print beside it run together when the page is read as text).
_LINK_THEN_CASE = re.compile(
    r"(?:[→›»]\s*)?(?:læs|se|gå til)\s+(?:hele\s+|mere(?:\s+om)?\s+)?"
    r"(?:sagen|punktet|referatet|dagsordenen|mere)"
    r"(?:\s+(?:på|i)\s+(?:dagsordenen|referatet|[\w.-]+\.dk))?(?:\s+her)?"
    rf"\s*[:·|–-]?\s*(?=(?:{CASE_LABEL})\b\.?\s*:?\s*\d)",
    re.IGNORECASE,
)
#: The first characters of those links: the cheap test before the pattern.
_LINK_FIRST = frozenset("LlSsGg→›»")
#: "Sagsnr.: …", "J.nr.: …": a case field's label, never a sentence naming a case.
_CASE_FIELD_LINE = re.compile(
    rf"^(?:{CASE_NUMBER_LABEL}\s*:\s*\S"
    # "Sagsnr. 22/4106. Forslaget …": the abbreviation's dot, the number after it, no colon
    rf"|{CASE_NUMBER_LABEL}(?<=\.)\s*\d)",
    re.I,
)
#: "Sag: 21/11874" alone on its line: the bare word as the case's label, a number in a
#: case's shape the whole rest (a wiki page's field among the item's paragraphs).
_BARE_CASE_FIELD = re.compile(r"^Sag\s*:\s*\d[\w.-]*[/.-][\w./-]*\d$")
#: "Acadre sagsnr. 12/31877", "Acadre-sagsnr. 12/31877": a case system's name leading the
#: case's field (apart, or joined to the label by a hyphen).
_SYSTEM_CASE_FIELD = re.compile(rf"^{CASE_SYSTEM}(?:\s+|-){CASE_NUMBER_LABEL}\s*:?\s*\d", re.I)
#: "Sag: 09.02.02-P19-14-22 | Ansvarlig: Miljø": the bare word "Sag" as the label of a
#: field line, a number after its colon (:func:`match_case_number` reads whether the rest is
#: the number alone or other fields beside it).
_BARE_CASE_LABEL = re.compile(r"^Sag\s*:\s*\d")


def _closing_case_field(text: str) -> str | None:
    """The case of a line that is only a labelled case field ("Sagsnr.: 2015-117702",
    "Acadre sagsnr. 12/2209  Dok.nr. 188734/12", "Sag: 05.01.08-G01-2-22 | Ansvarlig: Vej
    og Park": the item's footer line of its fields, the case first), else None."""
    if text[:1] not in "SsJjAaEeWwGgCcF" or not (
        _CASE_FIELD_LINE.match(text)
        or _SYSTEM_CASE_FIELD.match(text)
        or _BARE_CASE_LABEL.match(text)
    ):
        return None
    found = match_case_number(text)
    if (
        found
        and (at := text.find(found)) >= 0
        and _SENTENCE_AFTER_CASE.match(text, at + len(found))
    ):
        # "Sag nr. 7 og 8 blev godkendt uden debat.": a sentence of the decision naming
        # items by the agenda's own numbers, no field of the item's case
        return None
    return found


#: " og 8 blev godkendt uden debat.", " blev sendt i høring.": a sentence going on after the
#: number (words in lower case to its full stop), no field's value.
_SENTENCE_AFTER_CASE = re.compile(r",?\s+[a-zæøå]+\s+\S+\s+\S+[^\t]*\.$")


#: "Sag: 27.00.00-A00-9-22. Forslag om …": a labelled case number closed by a full stop, the
#: case's text going on after it on the same line.
_CASE_THEN_TEXT = re.compile(
    rf"^{CASE_LABEL}\s*:\s*(?P<case>[^\s.][^\s]*?)\.\s+(?P<rest>(?-i:[A-ZÆØÅ]).*)$",
    re.IGNORECASE,
)
#: "9-22", "1187", "G01-17-24   Sagsbehandler: …": the first word of the line under a case
#: line whose number broke after a hyphen or a slash ("J.nr.: 01.02.05-P16-", "Sagsnr.: 24/").
_CASE_REST = re.compile(r"^[\dA-ZÆØÅ][\w-]{0,15}(?=\s|$)")
#: "2025-2028": a span of years, no case number (also where one broke after its hyphen,
#: "2024-" / "2025"; and a contents row's column, see ``headings._column_case``).
YEAR_SPAN = re.compile(r"^(?:19|20)\d{2}-(?:19|20)\d{2}$")


def broken_case_rest(found: str, text: str) -> str | None:
    """The whole number where ``found`` (a case line's number) broke after a hyphen or a
    slash and ``text`` (the next line) opens with its rest: the two make a number of a
    known scheme (``case_scheme``: KLE, EMN, serial/yy, yyyy-serial), else None."""
    if found[-1:] not in "-/":
        return None
    m = _CASE_REST.match(text)
    if m is None:
        return None
    whole = found + m.group(0)
    if case_scheme(whole) == "other" or YEAR_SPAN.match(whole):
        return None
    return whole


def _broken_case_rest(body: list[Line], index: int, found: str) -> tuple[str, int] | None:
    """(whole number, the rest's line index) where the line right after the case line
    ``index`` holds the rest of its number ``found`` (see :func:`broken_case_rest`), or
    the line after one blank line (every line of the text a paragraph of its own, as a
    Word file's text gives it)."""
    for k, line in enumerate(body):
        if line.index == index:
            if k + 2 < len(body) and not body[k + 1].clean:
                k += 1  # (the blank line between the number's two parts)
            after = body[k + 1] if k + 1 < len(body) else None
            whole = broken_case_rest(found, after.clean) if after is not None else None
            return (whole, after.index) if whole and after is not None else None
    return None


def case_under_label(body: list[Line], index: int) -> tuple[str, int] | None:
    """(case number, its line's index) where the next line with text after line ``index``
    (a case field's label alone, "JOURNALNUMMER" / "Sagsnr.") is a case number and nothing
    more: the field written as a section of its own, its label a heading over the number
    (a year alone, "2025", is no case)."""
    for k, line in enumerate(body):
        if line.index != index:
            continue
        after = next((ln for ln in body[k + 1 :] if ln.clean), None)
        if after is None or len(after.clean) > 40:
            return None
        # (a year alone, "2025", is no case: ``match_case_number`` reads it so)
        found = match_case_number(after.clean) if _CASE_NUMBER.match(after.clean) else None
        return (found, after.index) if found == after.clean else None
    return None


#: "Sagsnummer", "Sagsnr.", "J.nr.:": a case field's label alone, its number on the next line;
#: also "Akt-id" (the case system's document id, a web page's table row over the number).
_CASE_LABEL_ALONE = re.compile(rf"^(?:{CASE_NUMBER_LABEL}|akt[\s-]?id)\s*:?$", re.I)
#: "Sagsnr. 22/4106. Forslaget …": a case line as _CASE_THEN_TEXT's with no colon, the number
#: after the label's dot.
_CASE_DOT_THEN_TEXT = re.compile(
    # ("Sag 23/15877. LT gennemgik …": the bare word before the number)
    rf"^(?:{CASE_NUMBER_LABEL}(?<=\.)|sag(?=\s+\d))\s*(?P<case>\d[^\s]*?)\.\s+"
    r"(?P<rest>(?-i:[A-ZÆØÅ]).*)$",
    re.I,
)
#: "… budgettet. Der er …": one sentence closed and the next begun, which no title holds.
_TWO_SENTENCES = re.compile(r"[a-zæøå]{3}\. [A-ZÆØÅ][a-zæøå]")
#: "Til drøftelse · 30 min. · TN", "Til beslutning – JØN", "Til orientering": the item's
#: purpose line under its heading (with its minutes and presenter), no wrapped title.
_PURPOSE_LINE = re.compile(
    r"^Til (?:beslutning|orientering|drøftelse|godkendelse|efterretning|høring|behandling)"
    r"(?:\s*$|\s+[·–—|-]\s)"
)


#: "Oplæg v/ budgetchef …", "Til beslutning v/ …", "Orientering ved …": the presenter after
#: the word of what he brings (an oplæg, the item's purpose), one line of the template.
_LED_PRESENTER = re.compile(
    r"^(?:oplæg|oplægsholder|indlæg|præsentation|orientering|drøftelse|beslutning"
    r"|til\s+(?:beslutning|orientering|drøftelse|godkendelse|efterretning|høring|behandling)"
    r"(?:\s+(?:og|/)\s+(?:beslutning|orientering|drøftelse|godkendelse))?)"
    r"\s*[:,–-]?\s+(?:v/|v\.|ved\s)\s*\S",
    re.IGNORECASE,
)


def presenter_line(text: str) -> bool:
    """Whether the line under an item's title names who presents it ("v/ direktør Jens
    Lind (20 min.) – Til beslutning", "v. Anne Holm", "Oplæg v/ budgetchef …", "Til
    beslutning v/ …"): an internal forum's template line, never a wrapped title's rest
    (the abbreviated "ved" opens no title's second line, nor does a word of what is
    brought followed by who brings it)."""
    if text[:2] in ("v/", "v."):
        return True
    if text[:3].lower() == "kl." or text[:1].isdigit():
        # "kl. 8.30-8.35 v/ Lene Holt", "9.10-9.40 v. Ib Dam": the item's slot of the
        # meeting's clock, then who brings it (a leadership forum's timed agenda)
        return _SLOT_PRESENTER.match(text) is not None
    return _LED_PRESENTER.match(text) is not None


#: "kl. 8.30-8.35 v/ Lene Holt", "kl. 10.05 v. Ib Dam", "9.10-9.40 – v/ …": a time slot
#: (or the start alone) and the presenter after it, one line of a timed agenda's template.
_SLOT_PRESENTER = re.compile(
    r"^(?:kl\.\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?"
    r"\s*[,·–-]?\s+v[/.]\s*\S",
    re.IGNORECASE,
)


#: "(optaget på dagsordenen efter § 11 i lov om kommunernes styrelse)", "(Sagen er sat på
#: dagsordenen efter anmodning fra …)": a bracketed note under the heading on how the item
#: came on the agenda (a member's proposal), no wrapped part of its title.
AGENDA_NOTE = re.compile(
    r"^\((?:(?:sagen|punktet|forslaget)\s+(?:er|blev)\s+)?(?:optaget|sat)\s+på\s+"
    r"(?:dagsordenen|byrådets\s+dagsorden|kommunalbestyrelsens\s+dagsorden)\b[^()]*\)\.?$",
    re.IGNORECASE,
)


#: "Udsat fra sidste møde", "(Genoptaget fra mødet den 4. marts)", "Tillægsdagsorden": the
#: item's way onto this agenda, alone on its line under the title; no part of the title.
AGENDA_STATUS = re.compile(
    r"^\(?(?:(?:udsat|genoptaget|overført|videreført)\s+fra\s+(?:(?:sidste|forrige|seneste)\s+)?"
    r"møde(?:t)?\b[^()]{0,40}|tillægsdagsorden|tillægspunkt|ekstra\s+punkt|eftersendt(?:\s+punkt)?)"
    r"\)?\.?$",
    re.IGNORECASE,
)


#: Bullets no wrapped title starts with (a dash may: "Lokalplan 12\n- Boliger ved …").
_ROUND_BULLETS = frozenset("•▪◦*")
#: "TB", "TD", "TO": an item's purpose in an internal template's code (til beslutning, til
#: drøftelse, til orientering; "TI" til information), alone on its line under the title.
_PURPOSE_CODES = frozenset({"TB", "TD", "TO", "TI"})
#: "- Til beslutning", "- Ansvarlig: Pia Holm", "- Varighed: 10 min.": the item's purpose or
#: a planning field as a dash's bullet (a page's list of the item's facts).
_BULLETED_PLAN = re.compile(
    rf"^- (?:Til (?:beslutning|orientering|drøftelse|godkendelse|efterretning|høring)\s*$"
    rf"|{_PLAN_WORDS}\s*:\s*\S)",
    re.IGNORECASE,
)


def _danish_title_under(raw_title: str, body: list[Line]) -> Line | None:
    """The Danish title on the line right under a Greenlandic one (Greenland's minutes print
    each title in both languages, the Greenlandic first: "Ilaasortat apeqqutaat" /
    "Spørgsmål fra medlemmerne"), else None: a short line with no Danish letters' lack,
    no sentence, label or case of its own."""
    if not body or body[0].blank or not _bilingual.greenlandic(raw_title):
        return None
    line = body[0]
    text = line.clean
    if (
        len(text) > 80
        or not text[:1].isupper()
        or text[-1:] in ".:;!?"
        or _bilingual.greenlandic(text)
        or heading_key(line)
        or match_case_number(text)
    ):
        return None
    return line


def decision_label_line(line: Line) -> bool:
    """The line opens with a decision label and its colon ("Beslutning: …", "Konklusion:
    …")."""
    if ":" not in line.clean:
        return False
    found = heading_key(Line(line.index, line.clean.split(":", 1)[0] + ":", 0))
    return found is not None and found[0] == "beslutning"


def decision_labelled(line: Line) -> bool:
    """The line opens with a decision's label and its colon, its text after it on the line
    ("Beslutning: Godkendt.", "Konklusion: Udsat."): the item's decision, never a wrapped
    title's rest."""
    return bool(line.clean.partition(":")[2].strip()) and decision_label_line(
        line._replace(clean=line.clean.lstrip())
    )


#: "… behandles for lukkede døre.", "… bag lukkede døre.", "… for lukket dør.": a closed
#: item's note that it was (or is to be) heard behind closed doors.
_CLOSED_DOORS = re.compile(r"\b(?:for|bag)\s+lukkede\s+døre\b|\bfor\s+lukket\s+dør\b", re.I)
#: "2015.": a year and a full stop alone on a line, the end of a wrapped sentence.
_YEAR_CLOSING = re.compile(r"^(?:19|20)\d\d\.$")


def _title_continuation(
    raw_title: str, body: list[Line], toc_title: str | None, row_cased: bool = False
) -> list[Line]:
    """Lines right after an item heading that continue its title (PDF exports wrap titles).

    Taken as continuation: up to three plain lines before the journal number when a
    journal number follows, or lines that make the title grow towards its TOC entry (the
    TOC may itself be truncated inside such a line); or, where the heading's row held the
    case flush right (``row_cased``), up to two plain lines right under it closed by a
    blank line (the title's cell wrapped beside the case column).
    """
    if _outcome is None:
        _bind_layouts()
    head: list[Line] = []
    for at, line in enumerate(body):
        if line.blank:
            continue
        if not head and "\t" in line.clean and (rest := _rest_beside_case(raw_title, line.clean)):
            return [line._replace(clean=rest)]  # (see _rest_beside_case)
        if line.clean[-1:] == "." and _TWO_SENTENCES.search(line.clean):
            break  # "… gennemgik budgettet. Der er afsat …": the item's text, no title
        if line.clean[:4] == "Til " and _PURPOSE_LINE.match(line.clean):
            break
        if presenter_line(line.clean):
            break  # "v/ direktør Jens Lind (20 min.)" over the case line: no title's rest
        if line.clean[:1] in _ROUND_BULLETS and line.clean[1:2] in (" ", "\t"):
            break  # "• Til beslutning": a slide's bullet, never a wrapped title's rest
        if line.clean[:2] == "- " and _BULLETED_PLAN.match(line.clean):
            # "- Til beslutning" / "- Ansvarlig: …" / "- Sag: …": a web page's list of the
            # item's facts under its title (a dash may lead a title's rest, not a field)
            break
        if line.clean[:1] == "(" and AGENDA_NOTE.match(line.clean):
            break
        if AGENDA_STATUS.match(line.clean):
            break  # "Udsat fra sidste møde" over the case line: how the item came, no title
        if (
            line.clean[-1:] == "."
            and ("ukke" in line.clean or "UKKE" in line.clean)
            and _CLOSED_DOORS.search(line.clean)
        ):
            # "Lukket punkt - Title" / "Sagen behandles for lukkede døre." / "Sagsnr.: …": the
            # closed item's note over its case line, a sentence of the item's, no title's rest
            break
        if ":" in line.clean[:24] and decision_labelled(line):
            break  # "Beslutning: Godkendt." over the case line: the item's decision, no title
        if line.clean[:1] in "-ÅåLl" and _MARK_OR_POINT_CELL.match(line.clean.lstrip("- ")):
            # "- Åbent punkt" / "- Sagsnr.: …": a portal's list of the item's fields under
            # its title, the open/closed mark first; no wrapped title's rest
            break
        if (
            line.heading_level
            and not head
            and len(line.clean) <= 60
            and line.clean[-1:] != ":"
            and heading_key(line._replace(heading_level=0)) is None
        ):
            # "## Punkt 5. Tilskud til … - Vodskov" / "## Energifællesskab": a title wrapped
            # onto a second line of the heading's style (a PDF's bold lines), no section's
            # name; taken as the others are, over the case number or towards the contents
            head.append(line)
            continue
        if (
            heading_key(line)
            # "Sagen afgøres i:" over the bodies and dates of the case's way: a label
            # alone on its line opens a field, never ends a wrapped title
            or line.clean[-1:] == ":"
            or _DURATION.match(line.clean)
            or (line.clean[:1].isdigit() and TIME_BOX.match(line.clean))
            or _FIELD_ROW.match(line.clean)
            or _PLAN_FIELD.match(line.clean)
            or _ITEM_FIELD.match(line.clean)
            # "kl. 10.00-10.30" under the title: the item's time slot, no part of it
            or (line.clean[-1:].isdigit() and _CLOCK_SPAN_ONLY.match(line.clean))
            # "kl. 15:35 · Tid: 40 min · Ansvarlig: …": the slot leading the item's planning
            # fields on the line under the title, no part of it
            or (line.clean[:1] in "kK0123456789" and _SLOT_META.match(line.clean))
            # "Punkt 2: Status …" / "Taget til efterretning." / "Sagsnr.: …": the outcome
            # written first, over the case, is no wrapped title
            or (line.clean[-1:] == "." and _outcome.outcome_line(line.clean))
            # "Sagsnummer" alone over the case number (a web portal's field label)
            or (len(line.clean) <= 16 and _CASE_LABEL_ALONE.match(line.clean))
        ):
            break
        if line.clean[-1:] == "." and _YEAR_CLOSING.match(line.clean):
            # "… som begynder 1. april" / "2017.": a sentence's date wrapped before its
            # year, the year closing the sentence alone on its line, no case number
            break
        if match_case_number(line.clean) and not _years_over_case(body, at):
            return head if len(head) <= 3 else []
        if _bilingual.translation_under(raw_title, line.clean):
            # "Godkendelse af dagsorden" / "Genehmigung der Tagesordnung" / "J.nr. …": the
            # title's translation on the line under it (a German, English or Swedish line
            # under a Danish one), no wrapped rest of it
            break
        head.append(line)
        if len(head) > 3:
            break
    if row_cased and not toc_title:
        return _rows_under_heading(head, body)
    if not toc_title:
        return []
    toc = normalise_title(toc_title)
    taken: list[Line] = []
    title = raw_title
    for line in head:
        before, longer = normalise_title(title), normalise_title(join_wrapped(title, line.clean))
        grows = toc.startswith(longer) or (
            len(toc) >= 12 and longer.startswith(toc) and not before.startswith(toc)
        )
        if not grows:
            break
        taken.append(line)
        title = join_wrapped(title, line.clean)
    return taken


#: "Sagsnr.: 25/377", "Sag 25/377": a case's labelled field alone in a cell.
_LABELLED_CASE_CELL = re.compile(rf"^(?:{CASE_NUMBER_LABEL})\s*:?\s*\S", re.I)


def _rest_beside_case(raw_title: str, text: str) -> str | None:
    """The title's wrapped rest where a PDF printed it on the case's row, the case flush
    right after a tab ("## 7. Ansøgning om tilskud til ny varmepumpe - Hammel" / "Roklub<TAB>
    Sagsnr.: 24/311"): the few words before the tab, under a heading long enough to have
    wrapped (the case's line read on as before); else None."""
    left, _, right = text.rpartition("\t")
    left = left.strip()
    if (
        len(raw_title) < 30
        or raw_title[-1:] in ".:;!?)"
        or not left
        or len(left) > 40
        or ":" in left
        or left[-1:] in ".!?"
        or not left[:1].isalnum()
        # (the case's own label on the right: "Sagsnummer<TAB>24/311" is a field's row)
        or _LABELLED_CASE_CELL.match(right.strip()) is None
        or match_case_number(right.strip()) is None
        or match_case_number(left) is not None
        or _MARK_OR_POINT_CELL.match(left)
        or _PURPOSE_LINE.match(left)
        or AGENDA_STATUS.match(left)
    ):
        return None
    return left


#: "2018-2021", "2022/23": a span of years or a school year alone on a line (the second
#: year the later one, perhaps in two figures).
_YEAR_SPAN = re.compile(r"^(?P<first>(?:19|20)\d\d)\s?[-–/]\s?(?P<last>(?:(?:19|20)\d\d|\d\d))$")


def _years_over_case(body: list[Line], at: int) -> bool:
    """``body[at]`` is a span of years right over the item's case line ("Punkt 3. … for" /
    "2018-2021" / "17/26013"; "… i skoleåret" / "2022/23" / …): the title's wrapped rest,
    read as a case number by its form alone (an item has one case line, and the case's own
    number is the lower one, no blank between them)."""
    span = _YEAR_SPAN.match(body[at].clean.strip())
    if span is None or at + 1 >= len(body):
        return False
    first, last = int(span["first"]), span["last"]
    if (int(last) if len(last) == 4 else first // 100 * 100 + int(last)) <= first:
        return False
    below = body[at + 1].clean.strip()
    return match_case_number(below) is not None and _YEAR_SPAN.match(below) is None


def _rows_under_heading(head: list[Line], body: list[Line]) -> list[Line]:
    """The title's wrapped rows beside a case column: the first one or two lines of the
    body, with no blank line before them and one after, each a plain line ``head`` took
    (no label, no sentence's end); else none."""
    taken: list[Line] = []
    for i, line in enumerate(body[:3]):
        if line.blank:
            return taken
        if i >= len(head) or head[i] is not line or line.clean[-1:] in ".:!?" or i == 2:
            return []
        taken.append(line)
    return taken if len(body) == len(taken) else []


#: "Konklusion -> …", "Beslutning => …": a decision's label, an arrow, its text.
_ARROW_LABEL = re.compile(
    r"^(?P<heading>konklusion|konkl\.|beslutning|besluttet|aftalt)\s*(?:->|=>|→|⇒|➜)\s*(?P<text>\S.*)$",
    re.IGNORECASE,
)
#: The arrows ``_ARROW_LABEL`` knows, looked for in a line's first 16 characters first.
_LABEL_ARROW = re.compile(r"->|=>|[→⇒➜]")
#: "Kompetence: Økonomiudvalget", "Beslutning: Godkendt.": a known heading with its text.
#: "Indstilling: …", or "Indstilling<TAB>…" (a row of a table of fields).
_INLINE_HEADING = re.compile(r"^(?P<heading>[^:\t]{3,40}?)\s*(?::\s+|\t+)(?P<text>\S.*)$")


#: "Poul Skaarup", "Inge Dahl (DH)": a name alone, perhaps with a party or body after it.
_NAME_ALONE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)+(?:\s*\([^()]{1,20}\))?$")


def _minuted(text: str) -> bool:
    """Whether the text after "Ref.:" is what was minuted, not the note taker's name."""
    return _NAME_ALONE.match(text.strip()) is None


def _run_in_result(m: re.Match[str]) -> bool:
    """The outcome on its label's line: "Resultat: Vedtaget." (the label, a colon, words),
    as "Referat: …" is (a citizens' assembly's, a network's); "Resultat<TAB>-10" is a
    table's row of figures in the case text."""
    return (
        # ("Udfald: Godkendt.": a board's word for the outcome, the same label; also with a
        # count first: "Udfald: 27 sedler erklæret gyldige.")
        m.group("heading").lower() in ("resultat", "udfald")
        and m.string[m.end("heading") :].lstrip()[:1] == ":"
        and (m.group("text")[:1].isalpha() or m.group("heading").lower() == "udfald")
    )


#: "Beslutning i Økonomiudvalget den 03-03-2025: Godkendt.", "Byrådets beslutning den
#: 24.03.2025: …": a dated decision's label (to its date's digits) with its text; a table
#: row's label cell with its text in the next cell ("Beslutning i Økonomiudvalget den 18.
#: september 2024<TAB>Godkendt.", a Word or HTML table of fields per item), the date in
#: digits or with the month's name; the month's name also before a colon ("Beslutning i
#: Økonomiudvalget den 12. februar 2025: Anbefales.", a web page's label and text on one
#: line), a month's name there (not any word: "den 3. gang 2025: …" is prose).
_DATED_INLINE_HEADING = re.compile(
    r"^(?P<heading>[^:\t]{3,90}?\sden\s+(?:\d{1,2}[-./]\s?\d{1,2}[-./]\s?\d{2,4}"
    r"|\d{1,2}\.?\s+[a-zæøå]{3,9}\.?\s+\d{4}(?=\s*\t)"
    rf"|\d{{1,2}}\.?\s+(?i:{_MONTHS})\.?\s+\d{{4}}(?=\s*:)))\s*(?::\s+|\t+\s*)(?P<text>\S.*)$"
)
#: "Afgørelse i Plan- og Boligudvalget 14-05-2025<TAB>Godkendt.", "Beslutning i
#: Byrådet 27.02.2025<TAB>…": a table row's label cell naming the body and its date without
#: "den" (too long for ``_INLINE_HEADING``), the decision's text in the next cell; the label
#: must read as ``_BODY_DECISION`` or ``_DATED_DECISION`` does (see :func:`_dated_cell`).
_DATED_CELL_HEADING = re.compile(
    r"^(?P<heading>(?:Beslutning|Afgørelse)\s[^:\t]{3,90}?\d)\t+\s*(?P<text>\S.*)$"
)


def _body_dated_label(label: str) -> bool:
    """ "Afgørelse i Plan- og Boligudvalget 14-05-2025", "Beslutning i Byrådet 27.02.2025",
    "Afgørelse 22.04.2025": a decision's label naming the body (or none) and closed by its
    date, as ``_BODY_DECISION`` and ``_DATED_DECISION`` read it (no "Indstilling i …")."""
    if label[:1] not in "AB" or not label[-1:].isdigit():
        return False
    m = _BODY_DECISION.match(label)
    if m is not None:
        return m.group("word") != "Indstilling"
    return _dated_label(label)


def _dated_cell(text: str) -> re.Match[str] | None:
    """A decision's dated label cell and its text cell ("Afgørelse i <body> <date><TAB>…");
    heading_key tells the meeting's own body and date from an earlier meeting's."""
    m = _DATED_CELL_HEADING.match(text)
    return m if m is not None and _body_dated_label(m.group("heading")) else None


#: "Fraværende: …" under a decision: who was away, not the decision's text.
_ABSENT_LINE = re.compile(r"^(?P<heading>Fraværende|Afbud)\s*:\s*(?P<text>.*)$", re.IGNORECASE)


_CASE_BULLET = re.compile(r"^\s*[•-]\s+")
#: The decision label an abbreviated body's line is read as (see :func:`abbreviates_forum`).
_ABBREVIATED_DECISION = re.compile(r"^(?P<heading>Beslutning):\s+(?P<text>\S.*)$")
#: "FOU", "ØU", "TMU", "KB": a body's abbreviation in capitals.
_ABBREVIATION = re.compile(r"^[A-ZÆØÅ]{2,5}$")


#: "FOU's beslutning", "ØU’s konklusion": the meeting's body abbreviated, in the genitive
#: with an apostrophe, before its decision's word (see :func:`abbreviates_forum`).
_ABBR_GENITIVE = re.compile(
    r"^(?P<abbr>[A-ZÆØÅ]{2,5})['’]s\s+(?i:beslutning|konklusion|afgørelse)$"
)


def abbreviates_forum(label: str, forum: str | None) -> bool:
    """Whether ``label`` ("FOU", "ØU", "KB") abbreviates the meeting's body ``forum``
    ("Folkeoplysningsudvalget", "Økonomiudvalget", "Kommunalbestyrelsen"): capitals that
    are the name's first letter and then letters of it in order, the last letter within
    the name's last part ("udvalget", "bestyrelsen", "rådet"): a note taker's "FOU:
    Godkendt." is the forum's decision. Another body's ("HR:", "ØU:" in a council's
    minutes) is no such label."""
    if not forum or not _ABBREVIATION.match(label):
        return False
    name = forum.lower()
    letters = label.lower()
    end = name.rfind(letters[-1])
    if name[:1] != letters[0] or end <= max(name.rfind(" "), name.rfind("-"), len(name) - 13):
        return False
    at = 0
    for letter in letters[1:-1]:
        at = name.find(letter, at + 1, end)
        if at < 0:
            return False
    return True


#: "Udvalget:", "Rådet:": the kind of body in its definite form, as a label, and the stem
#: the meeting's forum must name for it to be that body's (see :func:`names_forum_kind`).
_FORUM_KIND_LABELS = {
    "udvalget": "udvalg",
    "rådet": "råd",
    "bestyrelsen": "bestyrelse",
    "nævnet": "nævn",
    "direktionen": "direktion",
}


#: The longest label :func:`names_forum_kind` reads ("bestyrelsen", "direktionen").
_FORUM_KIND_LONGEST = 11
assert _FORUM_KIND_LONGEST <= _LONGEST_HEADING  # heading_key asks about no longer label


def names_forum_kind(label: str, forum: str | None) -> bool:
    """Whether ``label`` ("Udvalget", "Rådet") is the kind of the meeting's body ``forum``
    names ("Børne- og Ungeudvalget", "Møde mellem Ungerådet og …"): a note taker's
    "Udvalget: Bevilget 40.000 kr." is the forum's decision, as "FOU:" is
    (:func:`abbreviates_forum`)."""
    stem = _FORUM_KIND_LABELS.get(label.lower()) if len(label) <= _FORUM_KIND_LONGEST else None
    return bool(stem and forum and stem in forum.lower())


#: What may stand before a label written on its text's line: the indent of a tab column
#: ("\tKonklusion:\tGodkendt.") or a slide's check mark ("✔ Konklusion: …"); a markdown
#: quote's mark ("> **Beslutning:** …", the decision set off as a quote); an arrow ("→
#: Udvalgets beslutning: Udsat.", "➜ Konklusion: …": an AI recap pointing to the outcome).
_LEAD_MARKS = " \t✔✓☑✅>→➜➔⇒"


#: "Referat" alone on its line as an item's decision label (a web page's bold label, the
#: bold lost), or in capitals as the older templates set every section heading.
REFERAT_LABEL = ("Referat", "REFERAT")
#: ... and the other words a template sets alone over what the forum did with the case,
#: read as "Referat" is where it stands (after the case's text, or as the item's first
#: line): "Resultat" (the outcome), "Behandling" (the body's handling of the case),
#: "Sagens afgørelse" (the case's decision), "Protokollat" (what was entered in the
#: protocol). Elsewhere such a word may be a table's column head or a contents list's, so
#: only that place makes it the label.
OUTCOME_LABELS = frozenset(
    {
        *REFERAT_LABEL,
        "Resultat",
        "Behandling",
        "Sagens afgørelse",
        "Protokollat",
    }
)


def _furniture_off(body: list[Line], skip: set[int]) -> list[Line]:
    """``body`` without the lines in ``skip``; where the furniture parted a sentence (a
    PDF's page break: "… og 3 stemmer" / footer, header / "imod (Ø, O, I)."), the blank
    lines around it go too, so the sentence reads as one paragraph again."""
    gone = list(map(skip.__contains__, map(_INDEX, body)))  # (in C: most lines stay)
    if not any(gone):
        return list(body)
    n = len(body)
    blanks: set[int] = set()  # the blank lines around a break inside a sentence
    for k in compress(range(n), gone):
        if k + 1 < n and gone[k + 1]:
            continue  # (a run of furniture lines is looked at from its last)
        after = next((j for j in range(k + 1, n) if not gone[j] and not body[j].blank), None)
        if after is None or not body[after].clean[:1].islower():
            continue
        before = next((j for j in range(k - 1, -1, -1) if not gone[j] and not body[j].blank), None)
        if before is not None and body[before].clean[-1:] not in ".!?:;":
            blanks.update(j for j in range(before + 1, after) if body[j].blank)
    return [line for j, line in enumerate(body) if not gone[j] and j not in blanks]


def _parse_item(
    number: int,
    raw_title: str,
    body: list[Line],
    meeting_date: dt.date,
    placed: set[int],
    toc_title: str | None = None,
    rules: BodyRules | None = None,
    case_number: str | None = None,
    odd: list[str] | None = None,
) -> Item:
    """One item from the lines after its heading (``rules``: see :class:`BodyRules`).

    Dates no date column can hold are added to ``odd`` (see :func:`find_references`).
    """
    if rules is not None and rules.skip:
        placed.update(line.index for line in body if line.index in rules.skip)
        body = _furniture_off(body, rules.skip)
    if _inline_case is None:
        _bind_layouts()
    # ("… efter hvert møde. Styregruppens beslutning: …"; "Beslutning i <forum> den" / "02-10-2024")
    body = _run_in_label.split_run_in_labels(body)
    body, dates = _split_decision_date.joined_decision_dates(body)
    placed.update(dates)
    # "1. Title<gap>00.22.04-A00-12-24": the case flush right on the title's first row,
    # taken off before the title's wrapped rest is looked for under it
    row_case = _inline_case.closing_journal(raw_title) if raw_title[-1:].isdigit() else None
    if row_case:
        raw_title = row_case[0]
    tab_case = None
    if row_case is None and "\t" in raw_title and raw_title[-1:].isdigit():
        # "… kravet om" / "medlemstal - Skakklubben Tårnet<TAB>Sagsnr.: 25/377" joined as the
        # heading's wrapped rest: the case's field on that row is no part of the title
        left, _, right = raw_title.rpartition("\t")
        if left.strip() and _LABELLED_CASE_CELL.match(right.strip()):
            tab_case = match_case_number(right.strip())
            if tab_case:
                raw_title = left.strip()
    danish = _danish_title_under(raw_title, body)
    if danish is not None:
        # "Punkt 03" / "<Greenlandic title>" / "<Danish title>": the Danish line is the title
        raw_title = danish.clean
        placed.add(danish.index)
        body = [line for line in body if line is not danish]
    # ("Punkt 1 · Åbent punkt" / "Title" / "Sagsnr.: …": the heading's line holds only the
    # item's open/closed mark, the title on the line under it)
    marked = _MARK_ONLY.match(raw_title) if raw_title[:1] in "ÅåLl" else None
    marked_closed = False
    continuation = _title_continuation(raw_title, body, toc_title, row_case is not None)
    if continuation and marked:
        raw_title = ""
        marked_closed = marked.group(1).lower() == "lukket"
    if continuation:
        for line in continuation:
            raw_title = join_wrapped(raw_title, line.clean) if raw_title else line.clean
        placed.update(line.index for line in continuation)
        skip = {line.index for line in continuation}
        # ("… - Hammel" / "Roklub<TAB>Sagsnr.: 24/311": the row's case stays in the body)
        beside = {
            line.index
            for line in body
            if line.index in skip and "\t" in line.clean and line not in continuation
        }
        body = [
            line._replace(clean=line.clean.rpartition("\t")[2].strip())
            if line.index in beside
            else line
            for line in body
            # (the heading's own case, read from that row already, is not read twice)
            if line.index not in skip or (line.index in beside and case_number is None)
        ]
    title, bodies, duration = split_title(raw_title)
    m = _CASE_IN_TITLE.search(title) if title.endswith(")") else None
    title_case = m.group("case") if m else None  # a case line below comes first
    if row_case and title_case is None:
        title_case = row_case[1]
    if tab_case and title_case is None:
        title_case = tab_case
    if m:  # the title as printed keeps it; the clean title does not
        title = title[: m.start()]
    elif title[-1:] in ")]":
        from analysis.layouts.inline_case import bracketed_case

        # "Title [sag: 17.01.10-P20-2-25]", "Title (Sagsnr. 25/1123)": labelled in brackets
        labelled = bracketed_case(title)
        if labelled:
            title, title_case = labelled
    elif title[-1:].isdigit():
        from analysis.layouts.inline_case import trailing_case

        # "Title      Akt-id 6181022": a labelled case in the title line's right-hand column
        labelled = trailing_case(title)
        if labelled:
            title, title_case = labelled
        else:
            from analysis.layouts.inline_case import without_trailing_subject

            # "Title<TAB>KLE 02.34.02 P19": the subject the case is filed under, no title
            title = without_trailing_subject(title) or title
    if title_case is None and (title[:1].isupper() or title[:1].isdigit()):
        # "FN-MJS-031-2018 – Title", "J.nr. 23/4411 — Title", "24/1187 Title": the case
        # leading the title
        led = _inline_case.leading_case(title)
        if led:
            title, title_case = led
    title, closed = closed_title(title)
    # "Personalesag (Lukket)": the closed mark after the title (the raw title keeps it; the
    # clean one drops it, see ``_STATUS_MARK``)
    closed = closed or marked_closed or closed_after(title) or closed_after(raw_title.rstrip())
    if title.endswith(_OPEN_MARK_ENDS) and (mark := _TRAILING_OPEN_MARK.search(title)):
        # "Title Åben", "Title Lukket punkt", "Punkt 6: Salg af grund Lukket": a web page's
        # badge or status column after the title (a span of its own in the heading or its
        # fold-out button), no word of the title
        title, closed = title[: mark.start()], closed or mark.group("mark") in ("Lukket", "LUKKET")
    proposer = None
    sections: list[tuple[str, str, list[Line]]] = []
    current: tuple[str, str, list[Line]] | None = None
    last = next((line.index for line in reversed(body) if line.clean), None)
    rejoined: set[int] = set()  # a case number's rest, read with its first part
    duration_line: Line | None = None  # "Tid: 10 min" alone under the title (read, set apart)
    for line in body:
        text = line.clean
        if not text:
            if current:
                current[2].append(line)
            continue
        if rejoined and line.index in rejoined:
            continue
        if (
            text[:1] in "KkBbAa"
            and _LABEL_ARROW.search(text, 0, 16)  # (one scan, no generator for each line)
            and (arrowed := _ARROW_LABEL.match(text))
        ):
            # "Konklusion -> Punktet tages op igen.": a note taker's arrow where the label's
            # colon stands, read as "Konklusion: …"
            line = Line(line.index, f"{arrowed['heading']}: {arrowed['text']}", line.heading_level)
            text = line.clean
        # (each test down to the case field at the foot needs the first section not opened
        # yet or the case not found yet: most lines, under a section of an item whose case
        # is read, skip them all at one test)
        if current is None or case_number is None:
            if current is None and _CLOSED_LINE.match(text):
                closed = True  # "Lukket punkt" under the heading
                placed.add(line.index)
                continue
            if (
                current is not None
                and case_number is None
                and text[:1] in "SsJjDdAa"
                and len(text) <= 40
                and _CASE_LABEL_ALONE.match(text)
                and (under := case_under_label(body, line.index))
            ):
                # "BESLUTNING" / "Godkendt." / "JOURNALNUMMER" / "14004410": the case field as a
                # section of its own further down the item (its label a heading over the number,
                # as the sections above it are), the number the item's case
                case_number = under[0]
                rejoined.add(under[1])
                placed.update((line.index, under[1]))
                continue
            if (
                current is None
                and case_number is None
                and len(text) <= 16
                and _CASE_LABEL_ALONE.match(text)
            ):
                # "Sagsnummer" alone, the number on the next line: the case field's label
                placed.add(line.index)
                continue
            if current is None and text[:1] in "TtVv" and (stated := _stated_duration(text)):
                # "Tid: 10 min" / "TID: 15 min" / "Varighed: 30 min" under the title: the
                # item's stated time (a leadership forum's field line); the line's other
                # fields ("Tid: 20 min Sagsnr. 2026-000412", "… | Ansvarlig: HR") read on
                duration = duration if duration is not None else stated[0]
                if not stated[1]:
                    duration_line = line
                    placed.add(line.index)
                    continue
                line = Line(line.index, stated[1], line.heading_level)
                text = line.clean
            if current is None and text[-1:].isdigit() and _CLOCK_SPAN_ONLY.match(text):
                # "kl. 10.00-10.30" under the title: the item's time slot, its duration
                slot = split_title(f"({_CLOCK_PREFIX.sub('', text)})")[2]
                duration = duration if duration is not None else slot
                placed.add(line.index)
                continue
            if (
                case_number is None
                and text[:1] in _LINK_FIRST
                and (link := _LINK_THEN_CASE.match(text))
            ):
                # "Læs hele sagen Sagsnr. 2025-041877": a news post's link to the case in the
                # minutes with the case's field beside it; the field is the line, the link words
                # go (a control alone on its line goes as furniture)
                line = Line(line.index, text[link.end() :], 0)
                text = line.clean
            if (
                case_number is None
                and (current is None or current[0] == "tekst")
                and (found := _inline_case.closing_case(text))
            ):
                # "Rådet kan sende ønsker til budgettet. Sagsnr. 25/8831.": the item's case as
                # its description's last sentence (the line stays the item's text)
                case_number = found
            if (
                case_number is None
                and (
                    current is None
                    or _FIELD_ROW.match(text)
                    # "Taget til efterretning." / "Sagsnr.: 24/8812": the outcome written first
                    or (text[:3] in ("Sag", "J.n") and _outcome_alone(current))
                    # "Formål: Orientering" / "Sag: 00.01.00-A00-3-25": the case among the fields
                    # ("j.nr. …", "KLE 27.12.00-P20-1-24": the journal number's other labels)
                    # ("Acadre: 25-004512" under "v/ direktør Jens Lind (20 min.)": a case
                    # system's name as the label)
                    or (
                        (
                            text[:3] in ("Sag", "J.n", "j.n", "KLE")
                            or text[:1] in _CASE_SYSTEM_STARTS
                        )
                        and _after_plan_fields(current)
                    )
                    # "Budget …" / "Lederen gennemgik …" / "Sagsnr.: 20/412": the case field as
                    # a paragraph of its own in the item's text, before any section label; also
                    # under the summary that opens the item ("Resume" / its text / "Sagsnummer:
                    # …" / "Indstilling": a region's template sets the case after the summary)
                    or (
                        text[:3] in ("Sag", "J.n")
                        and current[0] in ("tekst", "resume")
                        and (_CASE_FIELD_LINE.match(text) or _BARE_CASE_FIELD.match(text))
                    )
                )
            ):
                # "• Sag: 24/38112": the case line as a note taker's first bullet; "Sag<TAB>…":
                # a row of the item's table of fields, under "Formål" / "Ansvarlig" rows
                lead = (
                    _CASE_THEN_TEXT.match(text) or _CASE_DOT_THEN_TEXT.match(text)
                    if text[:1] in "SsJj"
                    else None
                )
                if lead and (found := match_case_number(lead.group("case"))):
                    # "Sag: 00.30.10-Ø00-4-22. Budgetaftalen indeholder …": the case opens the
                    # paragraph of the case's text, which goes on as the item's text
                    case_number = found
                    line = Line(line.index, lead.group("rest"), 0)
                    text = line.clean
                found = (
                    None
                    if lead and case_number
                    else match_case_number(
                        _CASE_BULLET.sub("", text) if text[:1] in " \t•-" else text
                    )
                )
                if found is None and text[:4] == "Til ":
                    found = match_case_number(PURPOSE_CHIP.sub("", text))
                if found:
                    if found[-1:] in "-/" and (rest := _broken_case_rest(body, line.index, found)):
                        # "J.nr.: 01.02.05-P16-" / "9-22   Sagsbehandler: …": the number broken
                        # after a hyphen or a slash, its rest on the next line
                        found, rest_at = rest
                        rejoined.add(rest_at)
                        placed.add(rest_at)
                    case_number = found
                    # "Sagsnr.: 23-016001 · Lukket punkt": the case line marks the item closed
                    closed = closed or _CLOSED_MARK.search(text) is not None
                    placed.add(line.index)
                    continue
            if (
                case_number is None
                and current is not None
                and line.index == last
                and (found := _closing_case_field(text))
            ):
                # "Beslutning:" / "Anbefales." / "Sagsnr.: 2015-117702": the case's field as the
                # item's last line, under its decision (a template printing it at the foot)
                case_number = found
                placed.add(line.index)
                continue
            if (
                case_number is None
                and current is not None
                and current[0] in _CASE_TEXT_OR_ATTACHMENTS
                and (found := _closing_case_field(text))
                and _section_heading_next(body, line.index, rules)
            ):
                # "Sagsfremstilling" / its text / "Sagsnr.: 18.02.00-G01-3-25" / "Beslutning
                # …": a portal's fold-out printing the case's field at the foot of the case's
                # text (or under the attachments), right over the next section's label
                case_number = found
                placed.add(line.index)
                continue
        if (
            current is not None
            and text[0] in "FfAa"  # what the absent line can start with
            and current[0] in ("beslutning", "tidligere_beslutning")
        ):
            m = _ABSENT_LINE.match(text)
            if m:  # a one-line section; the decision goes on after it
                sections.append(("fravaerende", m.group("heading"), [_text_line(line, m)]))
                placed.add(line.index)
                continue
        hk = heading_key(line, rules)
        if (
            hk is not None
            and hk[0] in _DECISION_KEYS
            and text[-1:].isdigit()
            and current is not None
            and _OUTCOME_WORD.search(text) is None
            and _over_page_top(current, body, line)
        ):
            # "Sagsfremstilling:" / "Side 4" / "Teknisk Udvalg, 2. maj 2024" / "Vejen er …":
            # the page broke between the case's heading and its text, and the new page's
            # running header (a body and a date) is no earlier body's decision
            placed.add(line.index)
            continue
        if (
            hk is not None
            and text[-1:] == ":"
            and current is not None
            and current[0] == "sagsforloeb"
            and _history_field_last(current[2])
        ):
            # "Udvalg: Magistraten" / "Dato: …" / "Punktnummer: 7" / "Beslutning:" / "…": the
            # block's own field over the earlier body's decision, not this meeting's (which
            # follows under "Beslutning" once the block's text has been given)
            current[2].append(line)
            placed.add(line.index)
            continue
        if (
            (
                (hk is None and text in OUTCOME_LABELS)
                # ("Behandling:", "## Behandling": the label with its colon or as a heading)
                or (text[:1] == "B" and _handling_label(line, hk, body, rules))
            )
            and (
                (
                    current[0] in _CASE_TEXT
                    or current[0] == "tekst"
                    or (current[0] == "bilag" and _after_blank(current))
                )
                if current is not None
                else not sections
            )
        ):
            # "Resume" / … / "Referat" (a web page's bold labels, the bold lost): after the
            # case's own text, the section holding what was concluded; or the item's first
            # line ("6. Eventuelt" / "Referat" / "Intet."), an item with no case text, or
            # right under its planning fields ("Formål: – Ansvarlig: Alle" / "Referat") or
            # its unlabelled text (a Word note's bold "Referat" after what was presented);
            # "Resultat", "Behandling", "Sagens afgørelse" … the same (``OUTCOME_LABELS``);
            # after the attachments' list too, a blank line between ("Bilag" / "- Kort.pdf"
            # / "" / "Sagens afgørelse" / "Godkendt.")
            hk = heading_key(Line(line.index, "Referat:", 0), rules)
            if hk is not None and text not in REFERAT_LABEL:
                hk = (hk[0], text.rstrip(":"))
        if (
            current is not None
            and (current[0] in _CASE_TEXT or current[0] == "tekst")
            and text[:1] in "HhUu"
            and (hk is None or hk[0] in _REPLY_KEYS)
            and (reply := council_reply_heading(text, rules)) is not None
            and (
                current[0] == "indstilling"
                or (
                    _council_speaks(body, line, rules)
                    and not _recommendation_follows(body, line, rules)
                )
            )
        ):
            # "Indstilling" / "… at rådet afgiver høringssvar." / "Høringssvar" / "Rådet
            # anbefaler …": an advisory council's reply under its bare label, where the
            # decision goes after the recommendation (or after the case's text where the
            # council itself speaks under it and no Indstilling follows: "Sagsfremstilling"
            # / … / "Høringssvar" / "Ældrerådet anbefaler …"; else it is the replies
            # received, the case's text), is the council's outcome; so too under the
            # unheaded text of an old council's minutes ("Ad pkt. 3. Høring om …" / the
            # case told / "Høringssvar:" / "Seniorrådet kan tiltræde …")
            hk = reply
        if hk is None and current is not None and current[0] in _CHAIN_SECTIONS:
            hk = _chained_decision(line, rules)
            if hk is None and current[0] in _DATED_OUTCOMES and ":" in text[:72]:
                chained = _chained_outcome(line, current, rules)
                if chained is not None:
                    current = chained
                    sections.append(current)
                    placed.add(line.index)
                    continue
        elif hk is None and text[-1:].isdigit() and (current is None or _after_blank(current)):
            # "Sagsresume:" / … / "Byrådet 10. december 2018" / "Godkendt.": this meeting's
            # body and date as a paragraph of its own heads its decision under any section
            # (an earlier body's dated line there may be a date in the case's text)
            own = _chained_decision(line, rules)
            hk = own if own is not None and own[0] == "beslutning" else None
            if (
                hk is not None
                and current is not None
                and (_splits_sentence(current, body, line) or _over_page_top(current, body, line))
            ):
                # "… Der har været afholdt to" / "Udvalget 02-10-2025" / "dialogmøder med …":
                # a PDF page's running header printed where the page broke a sentence, no
                # heading; the case's text goes on under it (or where the page broke between
                # the case's heading and its text: "Sagsfremstilling" / "Side 3 af 9" /
                # "Teknisk Udvalg, 2. maj 2024" / "Vejen er …")
                placed.add(line.index)
                continue
        if (
            hk
            and hk[1][-11:] == " indstiller"
            and current is not None
            and current[0] == "indstilling"
            and not current[2]
        ):
            hk = None  # "Indstilling" / "Direktionen indstiller" / "at …": one section's text
        if (
            hk
            and hk[1][-11:] == " besluttede"
            and current is not None
            and current[0] == "beslutning"
            and not any(ln.clean for ln in current[2])
        ):
            # "Beslutning i Byrådet den …" / "Byrådet besluttede:" / "1. at …": under the
            # decision's own heading the body's lead-in opens the decision's text
            hk = None
        if (
            hk
            and hk[0] == "beslutning"
            and current is not None
            and current[0] in _DATED_OUTCOMES
            and not any(ln.clean for ln in current[2])
            and hk[1].lower() in SECTION_HEADINGS
            and _ends_as_dated(current[1])
        ):
            # "Økonomiudvalget 24.03.2025:" / "Beslutning" / "Anbefales.": the bare label
            # under a body's dated heading is that treatment's own label (its outcome is
            # the body's of that date, this meeting's or another's), no heading of its own
            placed.add(line.index)
            continue
        if hk:
            current = (hk[0], hk[1], [])
            sections.append(current)
            placed.add(line.index)
            continue
        inline_form = rules is not None and (":" in text or "\t" in text)
        marked = line  # (the line as written, its lead mark kept where no label is read)
        if inline_form and text[0] in _LEAD_MARKS:
            # "\tKonklusion:\tGodkendt." (the label in a tab column), "✔ Konklusion: …"
            probe = text.lstrip(_LEAD_MARKS)
            m = _INLINE_HEADING.match(probe) if probe else None
            if m:
                line = Line(line.index, probe, line.heading_level)
        else:
            m = _INLINE_HEADING.match(text) if inline_form else None
        if m is None and inline_form and " den " in text[:90] and "eslutning" in text[:60]:
            # "Beslutning i Økonomiudvalget den 03-03-2025: Godkendt.": a dated decision's
            # label longer than the plain form's, its text on the same line
            m = _DATED_INLINE_HEADING.match(text.lstrip(_LEAD_MARKS))
        if m is None and inline_form and text[:1] in "AB" and "\t" in text:
            # "Afgørelse i Plan- og Boligudvalget 14-05-2025<TAB>Godkendt.": a table's
            # label cell of the body's dated decision (no "den"), its text in the next cell
            m = _dated_cell(text)
        if m is None and rules is not None and (" – " in text or " - " in text):
            m = _dash_decision(text.lstrip(_LEAD_MARKS), rules)
        if (
            m
            and current is not None
            and current[0] == "sagsforloeb"
            and _in_history_block(current[2])
        ):
            m = None  # "Udvalg: … / Dato: … / Beslutning: Anbefales.": the earlier body's
        if (
            m
            and m.group("heading")[:1].islower()
            and current is not None
            and m.string[m.end("heading") :].lstrip()[:1] == ":"
            and wrapped_sentence_rest(current[2])
        ):
            # "… Der foreligger to modeller for en ny" / "aftale: fortsat drift …": a label's
            # word in small letters and its colon under a line that stops mid-sentence is
            # the sentence's rest, wrapped there; no label opens it
            m = None
        if m and (
            m.group("heading").lower() in SECTION_HEADINGS
            # "Beslutnig: Godkendt.": a known label typed with a letter left out or swapped
            or ocr_heading(m.group("heading"))
            # "Referat<TAB>Godkendt.": a Word template's row of fields whose Referat cell is
            # what was concluded (like "Referat:" on a line of its own)
            or m.group("heading").lower() == "referat"
            # "Ref.: Udsat til næste møde.": the minute's abbreviated label under an item
            # (not the note taker's name, "Ref.: Poul Skaarup", a header's field)
            or (m.group("heading") == "Ref." and _minuted(m["text"]))
            or _run_in_result(m)
            # "Handling/beslutning: Godkendt.": slashed words, one the decision
            or "/" in m.group("heading")
            # "Beslutning i Byrådet: Godkendt.": a web page's field list (<dt>, <dd>) as one
            # line; heading_key tells this meeting's body from another's
            or m.group("heading").startswith("Beslutning i ")
            # "Afgørelse i Økonomiudvalget 13-01-2025<TAB>Anbefales.": a body's dated label
            # cell (or before a colon); heading_key tells the meeting's from an earlier one's
            or _body_dated_label(m.group("heading"))
            # "Bestyrelsens beslutning: Godkendt.": the body's decision on its label's line
            or m.group("heading").endswith(("s beslutning", "s afgørelse"))
            # "Byrådets beslutning den 18-12-2008<TAB>Godkendt.": a dated one (an old page's
            # table of fields); heading_key tells the meeting's body and date from another's
            or _dated_genitive(m.group("heading"))
            # "Ungerådet besluttede: Drøftet.": the body as the subject of its label
            or (m.group("heading").endswith(" besluttede") and _BODY_DECIDED.match(m["heading"]))
            # "Afgørelse 22.04.2025: Afslået.": a dated decision on its label's line,
            # heading_key tells the meeting's own date from an earlier meeting's
            or _dated_label(m.group("heading"))
            # "FOU: Godkendt.": the meeting's body by its abbreviation, what it decided
            or (rules is not None and abbreviates_forum(m.group("heading"), rules.forum))
            # "ØU 21.01.2026: Godkendt." with no decision heading above: the meeting's
            # body and date as the label of its outcome (the chain's other lines stay text)
            or _own_dated_label(m.group("heading"), current, rules)
            # "Udvalget: Bevilget 40.000 kr.": the body by its kind, what it decided
            or (rules is not None and names_forum_kind(m.group("heading"), rules.forum))
            or _discussion_outcome(m.group("heading"), line, body, rules)
        ):
            if m.group("heading").isupper() and m.group("heading").lower() not in SECTION_HEADINGS:
                m = _ABBREVIATED_DECISION.match(f"Beslutning: {m.group('text')}")
            inline = Line(line.index, m.group("heading") + ":", 0)
            hk = heading_key(inline, rules)
            if hk is None and m.group("heading") == "Drøftelse":
                hk = ("beslutning", "Drøftelse")  # (see _discussion_outcome)
            if (
                hk
                and hk[0] == "beslutning"
                and current is not None
                and current[0] == "beslutning"
                and current[1].lower() not in SECTION_HEADINGS
                # ("Referat" over "Aftale: Godkendt.": the minutes' section heading, the
                # label under it heads the decision's own text, as under "Beslutning")
                and current[1].lower() != "referat"
                and not any(ln.clean for ln in current[2])
            ):
                hk = None  # "Beslutning <body> den <date>" / "Aftale: …": the decision's text
            if hk:
                first = _text_line(line, m)
                lead = (
                    _LEAD_CASE.match(first.clean)
                    if case_number is None and first.clean[:1] in "SsJj"
                    else None
                )
                if lead:
                    # "Sagsfremstilling<TAB>Sag: 00.01.00-A00-3-24 Lederen af …": the case
                    # opens the cell, its line run into the text under it
                    case_number = lead.group("case")
                    first = first._replace(clean=lead.group("rest"))
                current = (hk[0], hk[1], [first])
                sections.append(current)
                placed.add(line.index)
                continue
        # "→ Valgt: Café …": no label after the arrow, the note taker's outcome as written
        line = marked
        m = _DURATION.match(text) if text[0] == "(" else None
        if m and duration is None:
            duration = int(m.group(1))
            placed.add(line.index)
            continue
        if current is None:
            # Text before any heading: kept as its own section, never dropped.
            current = ("tekst", "", [])
            sections.append(current)
        current[2].append(line)
        placed.add(line.index)

    if duration_line is not None and not sections:
        # "3. Lukket punkt: Personalesag" / "Tid: 10 min" and nothing more: the line stays
        # the item's only text (an item with text and no decision is one of no decision)
        sections.append(("tekst", "", [duration_line]))
    sections = notes_before_conclusion(sections)
    sections = onward_recommendation_decided(sections, rules)
    sections = interim_decision_reported(sections)
    case_number = case_number or title_case
    if case_number is None:
        from analysis.layouts.prose_case import action_case, prose_case

        # "Kommunen har svaret … (J.nr. 05.04.00-P20-7-24).": cited in the first lines' prose
        case_number = prose_case([ln.clean for _, _, lns in sections for ln in lns[:4]])
        if case_number is None:
            # "Handling: OT skriver sagsfremstilling (j.nr. 24/7715) – frist …"
            case_number = action_case([ln.clean for _, _, lns in sections for ln in lns])
    out_sections: list[Section] = []
    recommendations: list[str] = []
    attachments: list[Attachment] = []
    references: list[Reference] = []
    history: list[CaseHistoryEntry] = []
    for key, heading, lines in sections:
        text = section_text(lines)
        if key == "beslutning":
            text = unbulleted(text)
        out_sections.append(Section(key, heading, text))
        if key == "indstilling":
            who, points = parse_recommendations(text)
            proposer = proposer or who
            recommendations.extend(points)
        elif key == "bilag":
            attachments.extend(parse_attachments(text))
        elif key == "sagsforloeb":
            history.extend(parse_case_history(text))
        elif key == "tidligere_beslutning":
            history.append(earlier_decision(heading, text))
        if key != "bilag":
            references.extend(find_references(text, key, meeting_date, odd))
    if rules is not None:  # the one-line "Fraværende" sections stay out of the decision
        out_sections = [sec for sec in out_sections if sec.key != "fravaerende" or sec.text.strip()]
    return Item(
        number=number,
        raw_title=raw_title,
        title=title,
        bodies=bodies,
        closed=closed,
        case_number=case_number,
        proposer=proposer,
        duration_min=duration,
        sections=tuple(out_sections),
        recommendations=tuple(recommendations),
        attachments=tuple(attachments),
        references=tuple(references),
        case_history=tuple(history),
    )


def impossible_date(written: str) -> str:
    """Why a document whose meeting date is no real date is rejected."""
    return (
        f"the meeting date '{written}' is not a real date (or its year is outside "
        f"{MIN_YEAR}-{MAX_YEAR}): correct it in the header"
    )


def warn_odd_dates(odd: list[str], warnings: list[str]) -> None:
    """One warning for the dates left out of the date columns (see find_references)."""
    if odd:
        warnings.append(
            f"{len(odd)} date(s) that are no real dates or fall outside {MIN_YEAR}-"
            f"{MAX_YEAR} were left out of the date columns (e.g. '{odd[0]}')"
        )


#: "Referat", "Opsummering": labels of an account of the discussion, the decision only
#: where no other decision label follows (see notes_before_conclusion). So is "Politisk
#: behandling": a portal's field over the outcome, but a region's section telling where
#: the case has been ("Politisk behandling" / "Sagen blev drøftet på temamødet den 3.
#: marts …") over the council's own "Regionsrådets beslutning" further down.
_ACCOUNT_LABELS = frozenset({"referat", "opsummering", "politisk behandling"})


def notes_before_conclusion(
    sections: list[tuple[str, str, list[Line]]],
) -> list[tuple[str, str, list[Line]]]:
    """The sections, a "Referat:" with text over a later decision label of another word
    ("Referat:" / what was said / "Konklusion:" / "Godkendt.") made the item's text: where
    an item has both, the Referat is the account of the discussion and the other label
    what was concluded, as the columns of a table "Referat | Konklusion" are. A Referat
    alone (or under an earlier body's decision only) stays the decision. So does a
    meeting tool's recap ("Opsummering" / what was said / "Beslutning" / "Godkendt.": a
    Teams or Copilot summary of the discussion over the item's own decision label)."""
    referat = [
        k
        for k, (key, heading, lines) in enumerate(sections)
        if key == "beslutning"
        and heading.rstrip(": ").lower() in _ACCOUNT_LABELS
        and any(ln.clean for ln in lines)
    ]
    if not referat:
        return sections
    later = [
        k
        for k, (key, heading, lines) in enumerate(sections)
        if key == "beslutning"
        and heading.rstrip(": ").lower() not in _ACCOUNT_LABELS
        and heading
        and any(ln.clean for ln in lines)
    ]
    if not later or later[-1] < referat[0]:
        return sections
    return [
        ("tekst", heading, lines) if k in referat and k < later[-1] else (key, heading, lines)
        for k, (key, heading, lines) in enumerate(sections)
    ]


#: Sections that present the case (a bare "Referat" after one of them heads the outcome).
_CASE_TEXT = frozenset({"resume", "sagsfremstilling", "indstilling", "baggrund", "redegoerelse"})
#: The case's text and its attachments: the sections a portal's fold-out may close with the
#: case's field ("Sagsnr.: …" as their last paragraph, over the decision's label).
_CASE_TEXT_OR_ATTACHMENTS = _CASE_TEXT | {"bilag"}


def _section_heading_next(body: list[Line], index: int, rules: BodyRules | None) -> bool:
    """The first filled line after the line at ``index`` in ``body`` is a section's
    heading ("Beslutning den 4. marts 2025", "## Indstilling")."""
    after = False
    for line in body:
        if after and line.clean:
            return heading_key(line, rules) is not None
        after = after or line.index == index
    return False


#: "Høringssvar", "Udtalelse": an advisory council's reply by its bare label, the slugs
#: ``heading_key`` gives them as a marked heading (a web page's).
_REPLY_KEYS = frozenset({"hoeringssvar", "udtalelse", "hoeringsudtalelse"})
_REPLY_LABEL = re.compile(r"^(?:høringssvar|høringsudtalelse|udtalelse)\s*:?$", re.IGNORECASE)
#: An advisory council's name: "Handicaprådet", "Ældrerådet", "Grønt Råd", "Børne- og
#: Ungerådet" (not the councils that decide: "Byrådet", "Regionsrådet").
#: Also a local committee ("Amager Vest Lokaludvalg", "Lokaludvalget"): a city district's
#: advisory body, which answers the city's hearings as a council does.
_ADVISORY_COUNCIL = re.compile(
    r"(?:(?<!by)(?<!regions)råd(?:et)?|lokaludvalg(?:et)?)$", re.IGNORECASE
)


def _discussion_outcome(
    heading: str, line: Line, body: list[Line], rules: BodyRules | None
) -> bool:
    """``heading`` is "Drøftelse" run in with its text ("Drøftelse: Bestyrelsen drøftede
    planen og bakkede op.", a board's note of a discussion item) and no decision label
    stands below it in the item's ``body``: the discussion's note is all the item minutes,
    its outcome (where a "Beslutning:" follows, the note is the talk before it)."""
    if heading != "Drøftelse":
        return False
    for ln in body:
        if ln.index <= line.index or not ln.clean:
            continue
        found = heading_key(ln, rules)
        if found is not None and found[0] in _DECISION_KEYS:
            return False  # ("Drøftelse: …" / "Beslutning: Godkendt.": the talk, then this)
        run_in = _INLINE_HEADING.match(ln.clean)
        label = (run_in.group("heading") if run_in else ln.clean).strip().rstrip(":")
        if any(
            SECTION_HEADINGS.get(part.strip().lower()) == "beslutning" for part in label.split("/")
        ) or label.startswith(("Beslutning", "Afgørelse", "Referat")):
            return False  # ("Beslutning/Aftale: …", "Beslutning<TAB>…": a label all the same)
    return True


#: "Behandling:", "Behandling": the label of what the forum did with the case, written with
#: its colon or set as a heading (a template whose items close with the forum's handling).
_HANDLING_LABEL = re.compile(r"^Behandling\s*:?$")


def _handling_label(
    line: Line, hk: tuple[str, str] | None, body: list[Line], rules: BodyRules | None
) -> bool:
    """``line`` is the label "Behandling" with its colon or as a heading (the bare word
    alone is ``OUTCOME_LABELS``' already), no known section's heading, and no decision
    label stands below it in the item's ``body``: where the item has a "Beslutning" of
    its own, the handling above it is the talk, not the outcome."""
    if _HANDLING_LABEL.match(line.clean) is None or not (
        line.clean[-1:] == ":" or line.heading_level
    ):
        return False
    if hk is not None and hk[0] != "behandling":
        return False  # (a known section's key: not the slug of the label as a heading)
    return not any(
        ln.index > line.index
        and ln.clean
        and (found := heading_key(ln, rules)) is not None
        and found[0] in _DECISION_KEYS
        for ln in body
    )


def _recommendation_follows(body: list[Line], line: Line, rules: BodyRules | None) -> bool:
    """An Indstilling heading stands below ``line`` in the item's ``body``: a reply label
    above it is a section of the case's text (the hearing's replies received); so is a
    decision's own label below it ("Høringssvar" / the draft reply / "Beslutning" /
    "Høringssvaret blev godkendt": the reply drafted, the decision under its label)."""
    return any(
        ln.index > line.index
        and ln.clean
        and (found := heading_key(ln, rules)) is not None
        and found[0] in ("indstilling", "beslutning")
        for ln in body
    )


def _council_speaks(body: list[Line], line: Line, rules: BodyRules | None) -> bool:
    """The first text under ``line`` opens with the meeting's body as its subject: its name
    ("Ældrerådet anbefaler …", "Lokaludvalget godkendte …" in the minutes of "Amager Vest
    Lokaludvalg") or its kind ("Rådet drøftede …")."""
    if rules is None or not rules.forum:
        return False
    nxt = next((ln.clean for ln in body if ln.index > line.index and ln.clean.strip()), "")
    first = nxt.split(maxsplit=1)[0].rstrip(",.:") if nxt.strip() else ""
    if not first[:1].isupper():
        return False
    if names_forum_kind(first, rules.forum):
        return True
    stem = first.lower().removesuffix("et")
    return len(stem) >= 4 and stem in rules.forum.lower()


def council_reply_heading(text: str, rules: BodyRules | None) -> tuple[str, str] | None:
    """The decision's key for a bare "Høringssvar" / "Udtalelse" heading (colon or not) in
    the minutes of an advisory council (``rules.forum`` a "…råd"/"…rådet", not a by- or
    regionsråd), where it stands after the item's Indstilling: the council's reply to the
    hearing is what it concluded, as "Rådets udtalelse" is (``heading_key``'s genitive).
    The caller makes sure the section before it is the Indstilling; None otherwise."""
    if rules is None or not rules.forum or _REPLY_LABEL.match(text) is None:
        return None
    if _ADVISORY_COUNCIL.search(rules.forum.strip()) is None:
        return None
    return (PROPOSED_DECISION_KEY if rules.agenda else "beslutning"), text.rstrip(":").strip()


#: Sections whose lines may go on with the bodies' dated outcomes in turn (the chain).
_CHAIN_SECTIONS = frozenset({"indstilling", "beslutning", "tidligere_beslutning"})
_DECISION_KEYS = frozenset({"beslutning", "tidligere_beslutning", PROPOSED_DECISION_KEY})


def _splits_sentence(current: tuple[str, str, list[Line]], body: list[Line], line: Line) -> bool:
    """``line`` stands between the halves of one sentence: the section's last paragraph
    ends in a word (no full stop, colon or other mark) and the next paragraph opens in
    lower case (a page's running header where a PDF's page broke the text)."""
    last = next((ln.clean for ln in reversed(current[2]) if ln.clean), "")
    if not last[-1:].isalpha():
        return False
    at = body.index(line)
    nxt = next((ln.clean for ln in body[at + 1 :] if ln.clean), "")
    return nxt[:1].islower()


#: A page footer's page number anywhere in its line ("Referat side 2/5 · Udskrevet …").
_PAGE_OF = re.compile(r"\bside\s+\d{1,4}\s*(?:af|/)\s*\d{1,4}\b", re.IGNORECASE)


#: The words of a decision's own dated heading ("Beslutning den 2. maj 2024",
#: "Behandling i Teknisk Udvalg 02.05.2024"): no page's running header.
_OUTCOME_WORD = re.compile(r"beslut|afgørelse|behandl|indstil|anbefal", re.IGNORECASE)


def _over_page_top(current: tuple[str, str, list[Line]], body: list[Line], line: Line) -> bool:
    """``line`` stands where a page broke between the case's text heading ``current`` and
    its text: the section has no text yet, and a page footer stands between (a line of it
    kept, "Referat side 2/5 · Udskrevet …", or dropped as the page's furniture, "Side 3 af
    9"). A dated line there is the new page's running header, not a decision."""
    if current[0] not in _CASE_TEXT:
        return False
    if not all(not ln.clean or _PAGE_OF.search(ln.clean) for ln in current[2]):
        return False
    if any(ln.clean for ln in current[2]):
        return True
    at = body.index(line)
    run = body[max(at - len(current[2]) - 1, 0) : at + 1]  # the heading, its blanks, the line
    return any(b.index - a.index > 1 for a, b in pairwise(run))


def wrapped_sentence_rest(above: list[Line]) -> bool:
    """The line after ``above`` (a section's lines so far) goes on with its last sentence:
    the last line is text right above (no blank line between) that ends in a word, a
    comma or a hyphen, as a paragraph's line broken mid-sentence does."""
    if not above or above[-1].blank:
        return False
    last = above[-1].clean.rstrip()
    if last[:1] in "*-•–" and last[1:2] == " ":
        return False  # "* legepladsen er efterset": a note's point, closed by its line
    return last[-1:].isalpha() or last[-1:] in ",-"


def _after_blank(current: tuple[str, str, list[Line]]) -> bool:
    """The section's text so far ends with a blank line (the next line opens a paragraph)."""
    return bool(current[2]) and current[2][-1].blank


def _chained_decision(line: Line, rules: BodyRules | None) -> tuple[str, str] | None:
    """(key, heading) for a body and a date alone on a plain line inside the
    recommendation or a decision ("Indstilling" / "… indstiller, at …" / "Økonomiudvalget
    12-11-2025" / "Anbefales." / "Byrådet 19-11-2025" / "Godkendt."): each body's outcome
    under its own dated line, no colon, no heading mark. Elsewhere such a line may be a
    page's running header, so only this context makes it a heading."""
    text = line.clean.strip()
    if not text[-1:].isdigit() or len(text) > 70 or not text[:1].isupper():
        return None
    hk = heading_key(Line(line.index, f"{text}:", 0), rules)
    return hk if hk is not None and hk[0] in _DECISION_KEYS else None


#: The sections under which each body's outcome may stand on a line of its own.
_DATED_OUTCOMES = frozenset({"beslutning", "tidligere_beslutning"})


def _chained_outcome(
    line: Line, current: tuple[str, str, list[Line]], rules: BodyRules | None
) -> tuple[str, str, list[Line]] | None:
    """The section a body's dated outcome on one line opens under a decision heading
    ("Beslutning" / "Økonomiudvalget 15-01-2025: Anbefales." / "Byrådet 29-01-2025:
    Godkendt."), else None: an earlier body's line is a section of its own (case
    history), this meeting's, after such a line, is the decision again (its line kept
    whole, the body and date as printed); the first line of a decision stays its text."""
    m = _INLINE_HEADING.match(line.clean.strip())
    if m is None:
        return None
    hk = _chained_decision(Line(line.index, m.group("heading"), 0), rules)
    if hk is None:
        return None
    if hk[0] == "tidligere_beslutning":
        return (hk[0], hk[1], [_text_line(line, m)])
    if current[0] == "tidligere_beslutning":
        if " beslutning" in m.group("heading") and _GENITIVE_DECISION.match(m.group("heading")):
            # "Byrådets beslutning den 18-12-2008<TAB>Godkendt." under the committees'
            # rows: the body's label, its text the decision (a label, no line to keep)
            return ("beslutning", hk[1], [_text_line(line, m)])
        return ("beslutning", "Beslutning", [line])
    return None


#: "Sag: 00.01.00-A00-3-24 Lederen af Ældre og Pleje gennemgik …": a case field opening a
#: section's text, its number a whole journal number or a year's running number
#: ("24/1187"), the text going on after it with a capital.
_LEAD_CASE = re.compile(
    rf"^{CASE_LABEL}\s*:\s*"
    r"(?P<case>\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2}(?:\d{2})?|\d{2}/\d{3,6})"
    r"\s+(?P<rest>(?-i:[A-ZÆØÅ]).*)$",
    re.IGNORECASE,
)


#: "Konklusion – Drøftet.": a label, a dash, the text (an internal forum's notes).
#: ("beslutning - godkendt", "beslutnig - …": a careless note's label in small letters or
#: with a letter left out, see ``ocr_labels``)
_DASH_HEADING = re.compile(r"^(?P<heading>[A-ZÆØÅa-zæøå][\wæøå ]{2,28}?)\s+[–-]\s+(?P<text>\S.*)$")


def _dash_decision(text: str, rules: BodyRules) -> re.Match[str] | None:
    """The decision label and its text on one line joined by a dash ("Konklusion –
    Drøftet.", "> **Beslutning** - Godkendt." in markdown notes), else None; only a
    decision's label: "Status – …" or "Økonomi – …" opening a line is the text's own."""
    m = _DASH_HEADING.match(text)
    if m is None or (
        m.group("heading").lower() not in SECTION_HEADINGS and not ocr_heading(m.group("heading"))
    ):
        return None
    found = heading_key(Line(0, m.group("heading") + ":", 0), rules)
    return m if found is not None and found[0] == "beslutning" else None


def _own_dated_label(
    heading: str, current: tuple[str, str, list[Line]] | None, rules: BodyRules | None
) -> bool:
    """Whether ``heading`` ("ØU 21.01.2026", "Økonomiudvalget 21.01.2026"), the label of a
    line's text after a colon, names the meeting's body (or its letters) and the meeting's
    date where no decision heading is open above it: the outcome's own label, one line of
    the bodies' chain written item by item without a "Beslutning" heading. Under such a
    heading the chain's lines are kept whole (see :func:`_chained_outcome`); an earlier
    body's line ("Plan og Miljø 08.01.2026: Oversendt til ØU.") stays the case's text."""
    if (
        rules is None
        or rules.meeting_date is None
        or not heading[-1:].isdigit()
        or (current is not None and current[0] in _DECISION_KEYS)
    ):
        return False
    found = decision_heading(f"{heading}:")
    if found is None or found[0] is None or found[1] != rules.meeting_date:
        return False
    body = found[0]
    if rules.forum and _ABBREVIATION.match(body):
        return abbreviates_forum(body, rules.forum)  # "ØU" in Økonomiudvalget's minutes
    return _same_body(body, rules.forum)


def _text_line(line: Line, m: re.Match[str]) -> Line:
    """The text part of an inline heading line, as a line of its own (same index)."""
    return Line(line.index, m.group("text").strip(), 0)


def _cross_check_toc(
    items: list[Item],
    toc: list[tuple[str, int | None, int]],
    placed: set[int],
    elided: bool = False,
    cut_off: tuple[list[Line], dt.date] | None = None,
) -> tuple[list[Item], list[str]]:
    """Attach TOC titles/pages to items; mismatches become warnings. ``elided``: the list
    is cut short ("..."), so the items after its last entry are no mismatch. ``cut_off``
    (the document's lines and the meeting's date): the entries listed after the last one
    the text has, numbered on from its last item, are items of their title alone
    (:func:`contents_past_text`)."""
    warnings: list[str] = []
    if not toc:
        warnings.append("no table of contents (Indholdsfortegnelse) to cross-check items with")
        return items, warnings
    out = []
    unmatched = list(range(len(toc)))
    for pos, item in enumerate(items):
        match = None
        # In order first (the usual case), then anywhere (a reordered or shortened TOC).
        order = ([pos] if pos < len(toc) else []) + [i for i in unmatched if i != pos]
        for i in order:
            if i in unmatched and (
                titles_match(toc[i][0], item.raw_title)
                or _paged_title(toc[i][0], item.raw_title) is not None
            ):
                match = i
                break
        if match is None:
            if not (elided and pos >= len(toc)):
                warnings.append(
                    f"item {item.number} '{item.title}' is not in the table of contents"
                )
            out.append(item)
            continue
        unmatched.remove(match)
        title, page, index = toc[match]
        if page is None and (paged := _paged_title(title, item.raw_title)) is not None:
            # ("Punkt 9. Eventuelt 11": the page a PDF's contents kept after a gap)
            title, page = item.raw_title.strip(), paged
        placed.add(index)
        out.append(_replace(item, toc_title=title, toc_page=page))
    if cut_off is not None and unmatched and out:
        # "Punkt 5. Eventuelt" / "Punkt 6. …" listed, the text stopping inside item 4
        last = max((i for i in range(len(toc)) if i not in unmatched), default=-1)
        tail = [i for i in unmatched if i > last]
        past = contents_past_text([toc[i] for i in tail], cut_off[0], out[-1].number, cut_off[1])
        if past:
            unmatched = [i for i in unmatched if i not in tail]
            placed.update(toc[i][2] for i in tail)
            out += past
            numbers = ", ".join(str(it.number) for it in past)
            warnings.append(
                f"the document stops before the text of item(s) {numbers}: it may be cut off; "
                "their titles are taken from the table of contents"
            )
    for i in unmatched:
        warnings.append(
            f"table of contents lists '{toc[i][0]}' but no such item was found"
            + (" (the file may be truncated)" if i >= len(items) else "")
        )
    return out, warnings


#: "Punkt 5. Eventuelt", "5. Eventuelt", "5 Eventuelt": a contents line's number.
_ENTRY_NUMBER = re.compile(r"^(?:Punkt\s+)?(?P<num>\d{1,3})\b", re.IGNORECASE)


def contents_past_text(
    entries: list[tuple[str, int | None, int]],
    lines: list[Line],
    last_number: int,
    date: dt.date,
) -> list[Item]:
    """The contents entries listed after the last one the text has, as items of their title
    alone: the document stops before their text (an excerpt, a page saved half loaded), as
    the other layouts read a contents list running past the last heading. Each entry's
    number is its line's ("Punkt 6. …"; one with none numbered on from the entry before);
    empty unless the numbers go on from the text's last item (``last_number``), rising."""
    by_index = {line.index: line for line in lines}
    out: list[Item] = []
    number = last_number
    for title, page, index in entries:
        line = by_index.get(index)
        m = _ENTRY_NUMBER.match(line.clean.strip()) if line is not None else None
        read = int(m.group("num")) if m else number + 1
        if read <= number or not title.strip():
            return []
        number = read
        item = _parse_item(number, title.strip(), [], date, set())
        out.append(_replace(item, toc_title=title, toc_page=page))
    return out


def _replace(item: Item, **changes: object) -> Item:
    """``dataclasses.replace`` for an item, faster (every field of an item is set in
    ``__init__``)."""
    return Item(**{**vars(item), **changes})  # type: ignore[arg-type]


def _titled_agenda(header: list[Line]) -> bool:
    """Whether the header's first filled line, its title, calls the document an agenda
    ("# Dagsorden – Ledermøde, …"; not "Dagsorden og referat"), as the layouts' header
    reads a document's kind."""
    from analysis.layouts.header import _KIND_OF_MEETING_LINE, _kind  # (imports this module)

    filled = [line for line in header if not line.blank][:4]
    title = filled[0].clean if filled else ""
    if _kind(title.lstrip("#* \t")) == "dagsorden":
        return True
    # "## Kommunalbestyrelsen" / "## Dagsorden – konstituerende møde": the kind and the kind
    # of meeting in a heading under the body's own
    for line in filled[1:]:
        if line.heading_level and (m := _KIND_OF_MEETING_LINE.match(line.clean)):
            return _kind(m.group("kind")) == "dagsorden"
    return False


def _titled_minutes(header: list[Line]) -> bool:
    """Whether a heading of the header calls the document minutes ("## Referat af møde i
    Koncernledelsen" over a lone "## Dagsorden" heading of the items' list)."""
    return any(
        line.heading_level and line.clean.lower().startswith(("referat ", "beslutningsreferat"))
        for line in header
    )


def _decided_any(items: list[Item]) -> bool:
    """Whether some item has a Beslutning section."""
    return any(any(s.key == "beslutning" for s in it.sections) for it in items)


def _below_cover_letter(lines: list[Line]) -> int | None:
    """Where the minutes' own header starts under a letter sent with them (a cover letter
    of an aktindsigt, a mail): the first line after the letter's closing ("Med venlig
    hilsen") and the sender's lines right under it; None without a closing, or with
    nothing under it."""
    from analysis.layouts.text import letter_closing  # (the layouts import this module)

    at = next(
        (n for n, line in enumerate(lines) if len(line.clean) <= 40 and letter_closing(line.clean)),
        None,
    )
    if at is None:
        return None
    n = at + 1
    while n < len(lines) and not lines[n].blank:
        n += 1  # the sender's name and title
    return n if any(not line.blank for line in lines[n:]) else None


def parse_agenda_export(lines: list[Line], skip: set[int] | None = None) -> ParsedMeeting:
    """The agenda system's export (``Punkt N: title`` items): header, items, contents.

    Raises :class:`NotMinutes` when there are no such items or no meeting date. Forum and
    municipality stay empty where the document does not name them (``layouts`` decides
    what to do about that).
    """
    skip = skip or set()
    all_lines = lines
    placed: set[int] = set(skip)  # page furniture ("Tilbage til toppen") counts as placed
    warnings: list[str] = []
    if skip:
        # (a sentence parted by a page's furniture is one paragraph again)
        lines = _furniture_off(lines, skip)
    starts = _item_starts(lines)
    first = starts[0][0] if starts else len(lines)
    head, toc = _parse_header(lines[:first], placed, warnings)
    if (below := _below_cover_letter(lines[:first])) is not None:
        # "Dato: 3. juni 2019" / "Vedr. din anmodning om aktindsigt …" / "Med venlig
        # hilsen" / "REFERAT" / "Direktionsmøde tirsdag den 14. maj 2019": the letter sent
        # with the minutes is dated when it was sent; the minutes' own header under it
        # says the meeting's facts, the letter's fill what it leaves out
        own, own_toc = _parse_header(lines[below:first], placed, [])
        if own.date is None:
            # ("Direktionsmøde tirsdag den 14. maj 2019 kl. 8.30-11.00": the title line,
            # no field, dates the meeting)
            found = next(filter(None, (find_date(ln.clean) for ln in lines[below:first])), None)
            own.date = found.date if found is not None else None
        if own.date is not None:
            for key in ("forum", "municipality", "start_time", "location"):
                setattr(own, key, getattr(own, key) or getattr(head, key))
            head, toc = own, own_toc or toc
    if not head.forum:
        # no REFERAT/Udvalg line: a title naming the kind of meeting ("Referat af
        # direktionsmøde") names the body, as in the other layouts
        from analysis.layouts.meeting_kind import forum_from_meeting_kind

        head.forum = forum_from_meeting_kind(lines[:first], placed)
    if not head.forum:
        # "Kommunaldirektørkredsen i Hovedstaden (K29)" / "Mødereferat": the body named
        # by a title line of its own, as the other layouts read it
        from analysis.layouts.title_forum import title_line_forum

        head.forum, town = title_line_forum(lines[:first], placed)
        head.municipality = head.municipality or town
    else:
        # "Referat af møde i <body>" read whole as the forum: the body that met, as the
        # other layouts read such a title
        from analysis.layouts.title_forum import body_of_title_forum

        head.forum = body_of_title_forum(head.forum) or head.forum
    if not starts:
        raise NotMinutes(
            "no agenda items found (expected headings like 'Punkt 1: <title>'): "
            "this does not look like minutes from the agenda system"
        )
    if head.date is None and first and all(" · " in lines[p].clean[:14] for p, _, _ in starts):
        # no agenda-system date line over items "Punkt 1 · Title" (a web page's dot, no
        # export of the agenda system): an intranet news page ("Nyt fra Koncernledelsen –
        # mødet 21. januar 2025", the time in its lead sentence) dates the meeting as the
        # other layouts read a title line
        from analysis.layouts.header_fallback import fill_from_title

        fill_from_title(head, lines[:first], placed)
    if head.date is None:
        # "Topledergruppen (TLG)    Svendborg Kommune" / "d. 22.6.20": the letterhead's date
        # alone at the right margin
        from analysis.layouts.header import lone_date

        head.date = lone_date(lines[:first], placed)
        if head.date is not None and head.start_time is None:
            # (and under it "Mødet blev holdt fra 9.00 til 11.30 på <place>": the hours and
            # the place a closing sentence gives elsewhere)
            from analysis.layouts.header_fallback import closing_facts

            closing_facts(lines[:first], 0, head, placed)
    if head.date is None:
        invalid = next(filter(None, (invalid_date_in(ln.clean) for ln in lines[:first])), None)
        if invalid:
            raise NotMinutes(impossible_date(invalid))
        raise NotMinutes(
            "no meeting date found (expected 'Mødedato <weekday> d. 3. januar 2024' or "
            "'REFERAT <forum> d. 03-01-2024' in the header)"
        )
    agenda = bool(head.heading and head.heading.lower().startswith("dagsorden"))

    items: list[Item] = []
    seen: set[int] = set()
    inserted: set[int] = set()
    odd: list[str] = []
    if not agenda and starts:
        # "## Referat fra mødet den 5. februar 2025" under the last item (its items numbered
        # from 1 again, if any): the previous meeting's minutes sent along, no text of this
        # meeting's
        from analysis.layouts.appended import earlier_minutes  # (imports this module)

        cut = earlier_minutes(lines, starts[0][0], head.date)
        below = [st for st in starts if cut is not None and st[0] > cut]
        above = [st for st in starts if cut is not None and st[0] < cut]
        if cut is not None and above and (not below or below[0][1] <= above[-1][1]):
            rest = [ln for ln in lines[cut:] if not ln.blank]
            placed.update(ln.index for ln in rest)
            warnings.append(
                f"the file goes on with another meeting's document (from line "
                f"{rest[0].index + 1}: {rest[0].clean.strip()[:60]!r} …); only this "
                "meeting's minutes were read"
            )
            starts, lines = above, lines[:cut]
    part = None
    # ("## Dagsorden" alone: perhaps the list's heading, not the title; a part of the
    # decisions after the items says minutes)
    lone_agenda = agenda and head.heading is not None and head.heading.lower() == "dagsorden"
    if lone_agenda and _titled_minutes(lines[:first]):
        # "## Referat af møde i Koncernledelsen" / "## Dagsorden" / "1. …": the page's title
        # calls it minutes, the lone heading is only its list's
        agenda = lone_agenda = False
    if (not agenda or lone_agenda) and len(starts) >= 2:
        # "Beslutningsoversigt" / "Pkt.<TAB>Beslutning / aftale" / "1<TAB>Godkendt.": the
        # decisions gathered after the items' notes, each its item's
        from analysis.layouts.decision_part import decision_part, part_lines

        part = decision_part(lines, {n: t for _, n, t in starts}, starts[-1][0], len(lines))
        if part is not None:
            agenda = False
            first = min(ps[0] for ps in part[1].values())
            placed.update(lines[p].index for p in range(part[0], first))
    closed = None
    if part is None:
        # "Mødet hævet kl. 15.10", "Referatet er godkendt af formanden den …" under the last
        # item: the minutes' closing line (and its coda), no text of that item's decision
        from analysis.layouts.base import minutes_closed  # (imports this module)

        closed = minutes_closed(lines, starts[-1][0])
        if closed is not None:
            placed.update(closed[1])
    # Rules in minutes too: their fields may stand inline ("Beslutning<TAB>Godkendt.").
    rules = BodyRules(head.date, head.forum, agenda)
    for k, (pos, number, raw_title) in enumerate(starts):
        end = (
            starts[k + 1][0]
            if k + 1 < len(starts)
            else (part[0] if part else closed[0] if closed else len(lines))
        )
        placed.add(lines[pos].index)
        hint = toc[k][0] if k < len(toc) else None
        body = lines[pos + 1 : end]
        if part is not None and (gathered := part[1].get(number)):
            after = (body[-1] if body else lines[pos]).index
            body = [*body, *part_lines(lines, gathered, after)]
        item = _parse_item(number, raw_title, body, head.date, placed, hint, rules, odd=odd)
        if (
            number in seen
            and k
            and starts[k - 1][1] == number
            and _INSERTED_HEAD.match(lines[pos].clean)
        ):
            inserted.add(k)  # "Punkt 12a" after "Punkt 12": numbered as the item it follows
        elif number in seen:
            warnings.append(f"item number {number} occurs twice")
        seen.add(number)
        items.append(item)

    warn_odd_dates(odd, warnings)
    if not agenda and _titled_agenda(lines[:first]) and not _decided_any(items):
        # "Dagsorden – Ledermøde, Social og Sundhed" as the title and no item decided: an
        # agenda, whatever words follow the kind (the header knows only some title forms)
        agenda = True
    if not agenda and not _decided_any(items):
        # "Punkt 2 · Title" / "Sagsnr. …" / "Udvalget tog orienteringen til efterretning.":
        # a news page's summary of the decisions, each written as the item's text with no
        # "Beslutning" heading: the outcome line is the decision, as in the other layouts
        if _outcome is None:
            _bind_layouts()
        items = _outcome.headless_decisions(items)
    elif not agenda:
        # "Punkt 6: …" / "Udgår – overført til næste møde.": an item whose one line states
        # its outcome, the label the others have left out
        if _outcome is None:
            _bind_layouts()
        items = _outcome.lone_outcomes(items)
    if not agenda:
        # "Beslutningshistorik" / … / "Byrådet⇥24-06-2021⇥Godkendt.", "Byrådet godkendte,
        # at …" closing the text: the decision unlabelled, read as the generic layouts do
        items = _outcome.unlabelled_decisions(items, head.date, head.forum)
    numbers = [it.number for k, it in enumerate(items) if k not in inserted]
    # numbered through the year (61, 62, …) and listed so: no item is missing
    running = bool(toc) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    if numbers != list(range(1, len(numbers) + 1)) and not running:
        warnings.append(f"item numbers are not 1..{len(numbers)} in order: {numbers}")
    in_text = len(items)  # (the contents' entries past the text are added after them)
    items, toc_warnings = _cross_check_toc(
        items, toc, placed, head.contents_elided, cut_off=(all_lines, head.date)
    )
    warnings.extend(toc_warnings)
    last = items[in_text - 1]
    from analysis.layouts.outcome import may_be_cut_short  # (imports this module)

    if (
        items
        and not last.closed  # a closed item's decision is not published
        and not any(s.key == "beslutning" for s in last.sections)
        and _decided_any(items[:-1])
        and may_be_cut_short(last)  # "5. Eventuelt" ending a sentence: nothing decided
    ):
        warnings.append(
            f"the last item ({last.number}) has no Beslutning: the file may be cut short"
        )

    return finished_meeting(
        head, items, all_lines, placed, warnings, "agenda", "dagsorden" if agenda else "referat"
    )


#: "Beslutningsoversigt", "Mødets beslutninger i overblik", "Resumé af beslutninger",
#: "Beslutninger i kort form": the head of the decisions summed up before the items (a
#: line each, the decision read being the one under the item); also "Referat" alone, the
#: part's head between the agenda printed first and the minutes.
_OVERVIEW_HEAD = re.compile(
    r"^(?:#{1,4}\s+)?(?:beslutningsoversigt|beslutningsresumé|oversigt\s+over\s+beslutninger(?:ne)?"
    r"|(?:mødets\s+)?beslutninger\s+i\s+(?:overblik|kort\s+form|korte\s+træk)"
    r"|(?:resumé|sammenfatning|opsummering)\s+af\s+(?:mødets\s+)?beslutninger(?:ne)?"
    r"|(?P<part>referat))\s*:?$",
    re.IGNORECASE,
)


def _restated_overview(lines: list[Line], unplaced: list[Line]) -> set[int]:
    """Indexes of unplaced lines that sum up the decisions before the items: a head
    (``_OVERVIEW_HEAD``) left unplaced and the run of unplaced lines right under it, blank
    lines passed over, to the first line a record holds; "Referat" alone is that line only."""
    left = {line.index for line in unplaced}
    out: set[int] = set()
    for line in unplaced:
        if line.index in out or len(line.clean) > 60:
            continue
        if not (m := _OVERVIEW_HEAD.match(line.clean.strip())):
            continue
        out.add(line.index)
        if m.group("part"):
            continue
        for under in lines[line.index + 1 :] if lines[line.index] is line else ():
            if under.clean and under.index not in left:
                break
            if under.clean:
                out.add(under.index)
    return out


#: "Favrskov Kommune er dannet 1. januar 2007 af Hadsten, …", "<X> Kommune blev pr. 1.
#: januar 2007 oprettet ved sammenlægning af …": a note of the 2007 reform's merger, which
#: minutes of the years after it print over the items or under the last one (the sentence's
#: start; it may go on over the lines below).
_MERGER_NOTE = re.compile(
    r"^[*_]?[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+Kommune\s+(?:er|blev)\s+"
    r"(?:[\w.]+\s+){0,5}?(?:dannet|oprettet|etableret)\s+(?:[\w.]+\s+){0,5}?"
    r"(?:af|ved\s+sammenlægning)\b"
)
#: "Vordingborg Kommune (Langebæk, Møn, Præstø og Vordingborg Kommuner)": the municipality
#: and, in brackets, the former ones it was made of.
_MERGED_OF = re.compile(
    r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+Kommune\s+\([^()]{3,150}\s[Kk]ommuner\)$"
)


def merger_notes(unplaced: list[Line]) -> list[list[Line]]:
    """The notes of the municipality's merger among the lines no record holds
    (``_MERGER_NOTE`` with the lines its sentence goes on over, up to its full stop, or
    ``_MERGED_OF``), each as its lines: the owner's history, placed in the meeting's notes."""
    left = {line.index: line for line in unplaced}
    out: list[list[Line]] = []
    taken: set[int] = set()
    for line in unplaced:
        text = line.clean.strip()
        # (the word first: few lines outside the items name a municipality at all)
        if "Kommune" not in text or line.index in taken:
            continue
        if text[-1:] == ")" and _MERGED_OF.match(text):
            out.append([line])
            continue
        if not _MERGER_NOTE.match(text):
            continue
        note = [line]
        # (its sentence wrapped over the lines right below, to the full stop)
        while not note[-1].clean.rstrip(" *_").endswith(".") and len(note) < 4:
            if (below := left.get(note[-1].index + 1)) is None:
                break
            note.append(below)
        taken.update(ln.index for ln in note)
        out.append(note)
    return out


def finished_meeting(
    head: Header,
    items: list[Item],
    lines: list[Line],
    placed: set[int],
    warnings: list[str],
    layout: str,
    document_type: str,
) -> ParsedMeeting:
    """The parsed meeting: header facts and items, with the coverage counted and the lines
    no record holds reported (``placed`` holds the indexes of the lines that were placed,
    page furniture included)."""
    from analysis.layouts.block_decisions import block_decisions  # (imports this module)
    from analysis.layouts.text import joined_lines  # (the layouts import this module)

    text = joined_lines(lines)
    total = nonblank_chars(text)  # one pass, same count
    if document_type == "referat":
        # "Punkterne 3-11 blev godkendt en bloc.", "Alle A-sager godkendt som indstillet.":
        # one line deciding several items, given to each of them
        items = block_decisions(items, lines, text, placed)
    unplaced = [line for line in lines if line.clean and line.index not in placed]
    if unplaced and (restated := _restated_overview(lines, unplaced)):
        # the decisions summed up before the items, each read again under its item
        unplaced = [line for line in unplaced if line.index not in restated]
    notes = list(head.notes)
    if unplaced and "Kommune" in text and (merged := merger_notes(unplaced)):
        # the owner's merger told over or under the items: a note of the meeting's
        taken = {ln.index for note in merged for ln in note}
        notes += [" ".join(ln.clean.strip(" *_") for ln in note) for note in merged]
        unplaced = [line for line in unplaced if line.index not in taken]
    if unplaced:
        sample = "; ".join(f"line {ln.index + 1}: '{ln.clean[:60]}'" for ln in unplaced[:3])
        warnings.append(f"{len(unplaced)} line(s) could not be placed in any table ({sample})")
    return ParsedMeeting(
        forum=head.forum or "",
        date=head.date,
        start_time=head.start_time,
        location=head.location,
        participants=absent_not_present(head.participants or []),
        items=items,
        heading=head.heading,
        municipality=head.municipality,
        notes="\n".join(n for n in notes if n) or None,
        warnings=warnings,
        chars_total=total,
        chars_placed=total - sum(nonblank_chars(line.clean) for line in unplaced),
        layout=layout,
        document_type=document_type,
    )


def parse_minutes(
    text: str, default_forum: str | None = None, default_municipality: str | None = None
) -> ParsedMeeting:
    """Parse the text of one minutes document, in any layout ``analysis.layouts`` reads.

    ``default_forum`` / ``default_municipality`` stand in where the document does not name
    them (with a warning saying so). Raises :class:`NotMinutes` when the text has no
    agenda items or no meeting date: without those there is nothing to place in tables.
    """
    from analysis.layouts import SourceHints, parse_text

    return parse_text(text, SourceHints(forum=default_forum, municipality=default_municipality))
