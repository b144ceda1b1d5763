"""Item headings in the families' numbered forms, and contents lists (pure).

:func:`candidates` finds every line shaped like a numbered item heading, with the evidence
around it (a repeated title, a case number, a section heading, a web control);
:func:`contents` finds a contents list (``Indholdsfortegnelse``, ``PUNKTER``,
``Dagsordenspunkter`` or a run of numbered lines) and :func:`match_contents` the headings
that agree with it; without one, :func:`chain` keeps the increasing run of headings that
carry evidence, and :func:`absorb_duplicates` joins a heading to the line announcing it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from analysis.case_labels import CASE_ID_LABEL, CASE_NUMBER_LABEL
from analysis.layouts.bilingual import greenlandic, translation_under
from analysis.layouts.groups import is_group_heading
from analysis.layouts.items_elsewhere import notes_items_elsewhere
from analysis.layouts.label_column import label_column_case
from analysis.layouts.outcome import (
    ARROW_OUTCOME,
    ARROW_STARTS,
    LABELLED_OUTCOME,
    PURPOSE_LABEL,
    STATUS_LINE,
    bare_outcome,
    outcome_line,
    standing_title,
)
from analysis.layouts.text import _BULLET, is_furniture, last_document_memo
from analysis.parse import (
    _BRACKETED_MARK_FIRST,
    _CASE_IN_TITLE,
    _CASE_LABEL_ALONE,
    _DATED_INLINE_HEADING,
    _DURATION_IN_TITLE,
    _NUMBER_GOES_ON,
    _PLAN_FIELD,
    _PLAN_WORDS,
    _PURPOSE_LINE,
    _TRAILING_OPEN_MARK,
    AGENDA_NOTE,
    AGENDA_STATUS,
    PURPOSE_CHIP,
    TIME_BOX_IN_TITLE,
    YEAR_SPAN,
    Line,
    _years_over_case,
    broken_case_rest,
    heading_key,
    join_wrapped,
    match_case_number,
    presenter_line,
    titles_match,
)
from analysis.vocab import BULLET_MARKS, SECTION_HEADINGS

# --- item-heading candidates ------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """A line that opens an item: its position in the line list, number and title."""

    pos: int
    number: int
    title: str
    #: Positions of other lines that belong to the heading (a number on a line of its
    #: own, the title repeated, the case-number line).
    consumed: tuple[int, ...] = ()
    case_number: str | None = None
    #: How much the text around the line says it is an item heading.
    evidence: int = 0
    #: The line was written as a heading (markdown / HTML heading, bold PDF line).
    styled: bool = False
    #: Marked as a closed item ("Lukket punkt 3 …", or "Lukket punkt" above the heading).
    closed: bool = False
    #: An item inserted after another under its number and a letter ("12a. Title", a
    #: supplementary agenda's item): numbered as the item it follows.
    inserted: bool = False
    #: The letter of such an item ("a" in "Punkt 4a"): "4a" with no item 4 above it is
    #: item 4's first part, "4b" its second.
    part: str = ""
    #: In a plain run from 1 closed by the standing last item (``_run_to_standing_last``):
    #: a number typed twice in it is two items.
    framed: bool = False


@dataclass(frozen=True)
class TocEntry:
    """One line of a contents list."""

    title: str
    page: int | None
    pos: int
    number: int | None = None
    #: "12a<TAB>Title": an item inserted after the one of its number (see ``Head``).
    inserted: bool = False
    #: "§ 3.1 Title …… 2": a sub-item listed under item 3 (see :func:`_by_place`).
    dotted: bool = False
    #: "109  Title  Sagsnr.: 00.30.14-Ø00-4-23": the case number the line closes with.
    case: str | None = None
    #: "A1 Title", "B2 Title": an entry numbered within its lettered group, numbered for now
    #: by the group and the number (see :func:`_grouped_places`).
    grouped: bool = False
    #: "Punkt 4-9 Orienteringssager": the last item of a run the list gives one line (the
    #: briefings a table further on reads row by row, see :func:`match_contents`).
    last: int | None = None


#: "12. Title", "12) Title", "12 - Title", "12<TAB>Title", "01 · Title" (a slide's number
#: and title parted by a middle dot), "1.0<TAB>Title" (a Word outline's "N.0" level),
#: "(12) Title" (a web page's number in brackets), "12 | Title" (a web page's heading
#: copied as text, a vertical bar between the number and the title), "12/ Title" (a slash
#: after the number, then a space: not a case number "24/2887" or a date "22/1").
_NUMBERED = re.compile(
    r"^(?:\((?=\d{1,4}\)))?(?P<num>\d{1,4})\s*(?:\.(?!\d)|\.0\t|\)|\s\|(?=\s)|/(?=\s)|\s[-–—·]|\t)"
    r"\s*(?P<title>\S.*)$"
)
#: "#3  Title", "#3 – Title": typed notes numbering their points with a hash (no markdown
#: heading: that has a space after its hashes), perhaps a dash before the title.
_HASH_NUMBERED = re.compile(r"^#(?P<num>\d{1,3})(?:[.:)]|\s+[-–—])?\s+(?P<title>\S.*)$")
#: "2: LOKALETILSKUD 2025": the number and a colon before the title (a mailed protocol);
#: a space after the colon and a capital, so a clock time ("10:30 Frokost") is none.
_COLON_NUMBERED = re.compile(r"^(?P<num>\d{1,3}):\s+(?P<title>[A-ZÆØÅ].*)$")
#: "12a. Title", "Dagsordenspunkt 12a: Title", "12a<TAB>Title": an item inserted after
#: item 12 (a supplementary agenda's), numbered 12 and a small letter.
_INSERTED = re.compile(
    # ("12 A. Title": the letter after a space, a capital in a supplementary agenda's)
    # ("Sag 4 a | Title": a web page's sub-case, the word "Sag" and a bar as its items')
    # ("Sag nr. 7a – Title": the word and "nr." before the number, as _PKT reads them)
    r"^(?:(?P<word>Pkt|Punkt|Dagsordens?punkt|Sag(?:\s+nr\.?)?(?=\s))\.?\s*)?"
    r"(?P<num>\d{1,4})(?P<gap>\s)?"
    r"(?P<letter>[a-h])"
    # ("Punkt 4a Title": after the item's word, a space is enough; so after "12 A", the
    # letter set apart from the number)
    # ("3a — Title": an em dash, as "3 — Title" is read; "5a · Title": a middle dot, as
    # "5 · Title" is, an intranet page's sub-item)
    # ("4A Title": a capital right after the number, a space enough, as after "12 A")
    r"(?:[.:)]\s*|\t\s*|\s+[-–—|·]\s+|(?<=(?-i:\d[A-H]))\s+|(?(word)\s+|(?(gap)\s+|(?!))))"
    r"(?P<title>[A-ZÆØÅ\"«].*)$",
    re.IGNORECASE,
)
#: A digit right before a small letter: the cheap test for ``_INSERTED``.
_DIGIT_LETTER = re.compile(r"\d[a-h](?:[.:)\t]|\s[-–—·])|\d[A-H]\s|\d\s[a-hA-H](?:[.:)\t]|\s)")
#: The same after the item's word ("Punkt 4a Title"), tried on lines opening with it.
_WORD_DIGIT_LETTER = re.compile(r"^(?:pkt|punkt|dagsordens?punkt)\.?\s*\d{1,4}[a-h]\s", re.I)
#: "A<TAB>Title" after "Punkt 12 ": an inserted item's capital set apart from its number (a
#: council's "Punkt 12 A" on its supplementary agenda, a Word table's cell), no word of the
#: title; the item keeps its number, as "12a" does. A tab only: "Punkt 5 A. P. Møller …"
#: may be a title.
_SPACED_LETTER = re.compile(r"^[A-H]\t\s*(?=[A-ZÆØÅ])")
_LETTER_GAP = frozenset("\t")


#: "A – Title", "B. Title" left of "Pkt. 6A – Title" / "Punkt 7 B: Title" once the item's
#: word and number are read: an inserted item's capital (a supplementary agenda's 6A, 6B),
#: a dash, colon, full stop or bracket after it, then the title's capital.
_PKT_CAPITAL = re.compile(r"^(?P<letter>[A-H])(?:\s*[-–—:]\s+|[.)]\s+)(?P<title>[A-ZÆØÅ\"«].*)$")

#: "A Title" left of "Punkt 2 A Title": an added item's capital alone, one space before a
#: capitalised word of three letters or more (no initial: "Punkt 5 A. P. Møller …" has
#: its full stop, "A/S" its slash).
_PKT_SPACED_CAPITAL = re.compile(r"^(?P<letter>[A-H]) (?P<title>[A-ZÆØÅ][a-zæøå]{2,}.*)$")


def _pkt_letter(text: str, m: re.Match[str]) -> tuple[str, str] | None:
    """The title and the small letter of an inserted item read by ``_PKT`` with its
    capital still before the title ("Pkt. 6A – Akut …": item 6, part a), else None. The
    capital glued to the number, or set apart and followed by a dash or colon ("Punkt 7 B
    – Title") or by one space before a capitalised word ("Punkt 2 A Title");
    "Punkt 5 A. P. Møller …" stays a title."""
    title = m.group("title")
    if title[:1] not in "ABCDEFGH":
        return None
    c = _PKT_CAPITAL.match(title)
    if c is None:
        c = _PKT_SPACED_CAPITAL.match(title)
        return None if c is None else (c.group("title"), c.group("letter").lower())
    glued = text[m.end("num") : m.end("num") + 1] == title[:1]
    if not glued and title[1:].lstrip()[:1] not in "-–—:":
        return None
    return c.group("title"), c.group("letter").lower()


def _spaced_letter_off(title: str) -> str:
    """``title`` without an inserted item's capital before it (see ``_SPACED_LETTER``)."""
    return _SPACED_LETTER.sub("", title, count=1)


#: "45/2024 Title": the item's running number in the year, with the year.
_YEAR_NUMBERED = re.compile(r"^(?P<num>\d{1,4})/(?:19|20)\d{2}\s*[.:\-–]?\s+(?P<title>\S.*)$")
_GLUED = re.compile(r"^(?P<num>\d{1,4})(?P<title>[A-ZÆØÅ][a-zæøå].*)$")
#: "Pkt. 12 Title", "Sag 3: Title"; also "Sag 1 | Title" (a web page's heading copied as
#: text, the number and the title parted by a vertical bar); "Sag 45/2024 Title" and
#: "Sag 12/25 – Title" (a board's cases numbered through the year, the year in two digits
#: only before a dash or a title in capitals, as "Sag<TAB>01/25  Title" in a Word
#: protocol's table: "Sag 12/25" alone may be a date); "Pkt. 3/ Title" (a slash and a
#: space after the number: a typed internal note's separator); "Punkt nr. 2 – Title" (a
#: council's Word protocol writing "nr." between the item's word and its number); "P3
#: Title" (the item's word cut to its capital letter, as `_may_head` lets through: a task
#: board's cards, typed notes).
_PKT = re.compile(
    # ("Tillægspunkt 1 Title": a supplementary agenda's point, numbered from 1 again)
    r"^(?:(?:Pkt|Punkt)(?:\.?\s*nr(?=[\s.]))?|Dagsordens?punkt|Tillægspunkt|"
    r"Sag(?:\s+nr)?(?=[\s.])|Ad(?:\s+(?:dagsordenens\s+)?(?:pkt|punkt))?(?=[\s.])|§|Nr\.(?=\s)|"
    r"(?:Åbent|Åben|Lukket)(?:\s+punkt)?|(?-i:P)(?=\d))[.:]?\s*"
    r"(?P<num>\d{1,4})(?:/(?:(?:19|20)\d{2}|\d{2}(?=\s+[-–]\s|\s+[A-ZÆØÅ])))?"
    # ("Punkt 2, Title": a comma after the number, a council's web page parting the two
    # as its heading's running text would; a space and a capital after it)
    r"\s*(?:[.:)\-–—·]|[|/](?=\s)|,(?=\s+(?-i:[A-ZÆØÅ])))?\s*(?P<title>.*)$",
    re.I,
)
#: "Pkt. 12" alone, or "Pkt. nr. 41   Sag 45/2010" (an old protocol: the case number on
#: the heading's line, the title on the next); "§ 3" and "Nr. 3" alone above their title
#: (a typed protocol, a web export). Alone on a line, so a "§ 17, stk. 4" in a sentence is not.
#: "Åbent punkt 2" / "Lukket punkt 6" over the title (an agenda system's Word export that
#: marks each point open or closed where others write "Punkt 2"); "Sag 2" over the title
#: (a web page's fold, weak as "Sag nr." is: an item where a case or decision line is under;
#: "Sag: 2", a colon after the word, as a typed protocol's scanned page has it).
#: "Dagsordenspunkt 2 af 7" (an ESDH export counting the points), "Sag 2 af 6" (a web
#: page's text version) over the title line: the count only after the item's word and not
#: past the total (see :func:`_counted`).
_NUMBER_ALONE = re.compile(
    r"^(?:(?:Pkt|(?:Åbent?\s+|Lukket\s+)?Punkt|Dagsordens?punkt|Sag(?=:?\s+(?:nr|\d))|§|Nr(?=[.\s])"
    # ("Forretning nr. 7/2025": a hegnsyn's business, numbered through the year, over its
    # title; a note in brackets may follow: "Forretning nr. 9/2025 (NN inhabil)")
    r"|(?P<business>Forretning(?=\s+(?:nr|\d))))"
    r"[.:]?\s*(?:nr\.?\s*)?)?"
    # ("4A" alone in the margin: an item inserted after 4, its title under it)
    r"(?P<num>\d{1,4})(?P<letter>[a-h](?![\w.:]))?"
    r"(?:/(?:19|20)\d{2})?[.:]?(?:\s+af\s+(?P<of>\d{1,4}))?"
    r"(?(business)(?:\s+\([^()]{3,80}\))?)"
    # ("Punkt 2, Magistratens møde mandag den 13. november 2017": the meeting and its date
    # after the item's number, repeated over every item, the title on the next line)
    r"(?:,\s+[^\d,]{2,60}?møde\b[^\d,]{0,30}\d{1,2}[./-]?\s*(?:[^\W\d]+|\d{1,2})[./-]?\s*\d{2,4})?"
    # ("Punkt 3 (B)": the item's kind in brackets after its number, see _LEADING_KIND;
    # "Punkt 7 (Lukket)", "Punkt 1 (Åbent)": its open/closed mark, as _LEADING_OPEN's;
    # "Punkt 1 (Åben sag)", "Punkt 14 (Lukket sag)": the mark with its noun, as a web
    # page's heading writes it, the title on the next line)
    r"(?:\s*\((?:[BODI]|beslutning|orientering|drøftelse|åben|åbent|offentligt?|"
    r"(?P<shut>lukket))(?:\s+(?:sag|punkt))?\))?"
    # ("Sag nr. 58          Akt. 85-112": an old protocol's file number, "Akt.", beside it)
    # (a template's "Punkt nr.<TAB>1<TAB>Sagsnr.<TAB>N/A": the field left without a case)
    # ("Sag 1  Løbenr. 2018-31  Sagsnr. 18/844": the item's running number through the
    # year beside its agenda number, see _RUNNING_NUMBER)
    r"(?:\s+\(?løbe-?nr\.?:?\s*\d{1,5}(?:[/-]\d{2,4})?\)?)?"
    # ("Punkt 5 (sag 123/2024)": the case in brackets beside the number, the title under;
    # "Punkt 5.  J.nr. l7.02.00": a typed number OCR read with a small l for its first 1)
    r"(?:\s+(?P<paren>\()?(?P<case>(?:Sag|Sagsnr|J\.\s*nr|Akt)\.?:?\s*"
    r"(?:(?:\d|l(?=\d))[\w.\-/]{2,30}|N/?A|[-–—]))"
    r"(?(paren)\))"
    # ("Punkt 31   Sagsnr. 18/02214   Åben": a printed agenda's heading row, the open or
    # closed mark in a last column after the case, the title on the next line)
    r"(?:\s+(?:åben|åbent|(?P<shut_after>lukket))(?:\s+(?:punkt|sag))?)?)?$",
    re.I,
)


#: "sag 2022-003310 – " opening what follows "Punkt 1 – ": the item's case number between
#: its number and its title, set off by dashes (or in brackets: "(sag 22/1310) – ").
_LEADING_CASE = re.compile(
    # ("Sag nr. 2024-005613 – Title", "J.nr. 27.69.48-G01-12-22 – Title" under "Punkt 3":
    # the label written in two words, or the journal's)
    r"^\(?(?:sag(?:snr|\s+nr|snummer|s-?id)?|j\.\s*nr|journalnr)\.?:?\s*"
    r"(?P<case>\d[\w./-]*\d)\)?\s*[–—-]\s+(?=\S)"
    # ("Sag 1   Sag nr. 2019-0412: Lejer mod udlejer, …": a board's case, its number
    # labelled "Sag nr." and a colon before the parties or matter, the item's number
    # first; the case a number with a year and a serial, so "Sag 3: Title" stays whole)
    r"|^sag(?:snr\.?|\s+nr\.?)\s*(?P<labelled>(?:19|20)?\d{2}[-/]\d{2,6}):\s+(?=[A-ZÆØÅ])",
    re.I,
)


#: "2014-0311 Title", "21/04411 Title", "- Title": what follows "Sag 1 / " in a protocol
#: that sets each item's case number in a column between the item's number and its title,
#: after a slash (a dash in the column where the item has none); a span of years
#: ("2025-2028 Title") is no case.
_SET_CASE = re.compile(
    r"^(?:(?!(?:19|20)\d{2}-(?:19|20)\d{2}\b)(?P<case>(?:19|20)?\d{2}[-/]\d{3,6}"
    r"(?:[-/]\d{1,4})?)|[-–—])\s+(?=[A-ZÆØÅ])"
)
_SET_CASE_FIRST = frozenset("0123456789-–—")


#: "Akt. 85-112": the file number's label on the heading's line, read as a case label.
_AKT = re.compile(r"^Akt\.?:?\s*", re.I)

#: "(2) sagsnr. 12/20411", "(2) Sag: 12/20411": an item's number in brackets and its case
#: number on the line under its title (a council's printed minutes).
_BRACKETED_CASE = re.compile(
    r"^\((?P<num>\d{1,3})\)\s+(?P<case>(?:sag|sagsnr|sags-id|j\.\s*nr|journalnr)\.?:?\s*"
    r"\d[\w.\-/]{2,30})$",
    re.I,
)


#: "[Pkt. 2] Title", "[Punkt 3]: Title": an AI note-taker's summary (Zoom, Copilot) setting
#: the item's word and number in square brackets before the title; read without them.
_BRACKETED_WORD = re.compile(r"^\[(?P<word>(?:Pkt|Punkt|Sag)\.?\s*\d{1,3})\]:?(?=\s+\S)", re.I)
#: "[2] Title": the number alone in square brackets before a capitalised title (a web
#: page's or a mail's items), read as "2. Title"; "[5a] Title", an item inserted from a
#: supplementary agenda, read as "5a. Title".
_BRACKETED_NUMBER = re.compile(r"^\[(?P<num>\d{1,3}[a-h]?)\](?=\s+[A-ZÆØÅ])")
#: "[✓] 3 · Title", "[ ] 6 · Title": a task board's card copied as text (Planner, Trello),
#: its check box before the item's number; read without the box.
_CHECKBOX = re.compile(r"^\[[ xX✓✔]?\]\s+(?=\d{1,3}\b)")


#: The item's word before its number ("Punkt", "Pkt.", "Dagsordenspunkt", "Sag").
_ITEM_WORD = r"(?:Pkt|Punkt|Dagsordens?punkt|Sag)\.?\s*"
#: "Oqaluuserisassaq / Punkt 01", "Oqaluuserisassaq 3 / Punkt 3": the item's word (its
#: number too) in a second language (Greenlandic, English) before the Danish one, parted by
#: a spaced slash; read as the Danish heading alone.
_SECOND_LANGUAGE_WORD = re.compile(
    rf"^[^\W\d_]+(?: [^\W\d_]+)?(?: \d{{1,3}})? / (?={_ITEM_WORD}\d)", re.I
)
#: "Immikkoortoq 01", "Oqaluuserisassaq 3": the Greenlandic words for an agenda item before
#: its number (Greenland's bilingual minutes), read as "Punkt 01"; and "Punkt 9 (hastesag)",
#: an urgent item's word and number with its mark in brackets alone on the line, read as
#: "Punkt 9" alone (the title on the line under it).
_GREENLANDIC_ITEM_WORD = re.compile(r"^(?:immikkoortoq|oqaluuserisassaq)(?=\s+\d{1,3}\b)", re.I)
_URGENT_MARKED = re.compile(
    rf"^(?P<word>{_ITEM_WORD}\d{{1,3}})\s*"
    r"\((?:hastesag|hastepunkt|ekstra\s+punkt|tillægspunkt|tillægssag)\)$",
    re.I,
)


#: "BUU 12.09.2023 - Sag nr. 61", "Kultur- og Fritidsudvalget 03.05.2024 – Punkt 4": a
#: portal's case page whose heading names the forum (its letters or its name) and the
#: meeting's date before the item's word and number, the title on the line under it; read
#: as "Sag nr. 61" alone. Only the item's word and number after the dash, so a sentence or a
#: title holding a date and a dash keeps its words. No dash between the forum and the date:
#: "Økonomiudvalget - 04-02-2014 - Pkt. 2" heads that body's treatment of the case (the
#: outcome under it, see ``parse._BODY_PKT``), not an item.
_DATED_FORUM_PREFIX = re.compile(
    r"^[A-ZÆØÅ][\w&/.-]*(?:\s(?![-–—]\s)[\w&/.-]+){0,5}\s+\d{1,2}[.-]\d{1,2}[.-](?:19|20)?\d{2}"
    r"\s+[-–—]\s+(?=(?:Sag(?:\s+nr)?|Punkt|Pkt|Dagsordens?punkt)\.?\s*\d{1,4}$)",
    re.I,
)


def first_bracket(text: str) -> bool:
    """The cheap test for ``_BRACKETED_CASE``: "(", a digit, and the closing bracket and a
    space within the line's first six characters."""
    return text[:1] == "(" and text[1:2].isdigit() and ") " in text[:6]


#: The item's word before its number in the marked form below ("Sag nr. ", "Punkt ").
_MARKED_WORD = r"^(?:Pkt|Punkt|Dagsordens?punkt|Sag(?:\s+nr)?)\.?\s*"
#: "Sag nr. 12 – Åben sag", "Punkt 4 - Lukket punkt": the item's word, its number and the
#: open/closed mark alone on the line, the title on the next (an ESDH agenda print); also
#: "Pkt. 12a · Åben sag", an item inserted after 12 (a supplementary agenda's, as "12a.
#: Title" is).
_NUMBER_MARKED = re.compile(
    _MARKED_WORD + r"(?P<num>\d{1,4})(?P<letter>[a-h])?\s*[-–—:.·|]?\s*"
    r"(?P<mark>(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?)$",
    re.I,
)


#: The next item's heading ("Pkt. 5 Eventuelt"): no title under a marked number line.
_MARKED_NEXT = re.compile(_MARKED_WORD + r"\d", re.I)


#: A verb that makes a line a sentence rather than a title ("… er ført i den lukkede
#: protokol.", "… blev behandlet …", "… fremgår af …").
_SENTENCE_VERB = re.compile(r"\s(?:er|var|blev|bliver|fremgår|findes|står)\s", re.I)


def _prose_sentence(text: str) -> bool:
    """A line of six words or more with a finite verb: a sentence, no item's title."""
    return text.count(" ") >= 5 and _SENTENCE_VERB.search(text) is not None


def _counted(text: str, m: re.Match[str]) -> bool:
    """Whether "… N af M" numbers a point of a count (``Dagsordenspunkt 2 af 7``, ``Sag 2
    af 6``): the item's word before it and N within M; a bare "2 af 7" is a ratio, not a heading."""
    return text[:1] in "DdPpSs" and 1 <= int(m.group("num")) <= int(m.group("of"))


#: "Ad pkt. 2" alone on its line (the minutes' part under an agenda table that lists the
#: titles): an item heading whose title is the agenda's.
#: Also "Ad 2)" (the agenda above numbered "2) Title") and with the case in brackets after
#: it ("Ad 2)  (sagsnr. 24/18855)").
_AD_ALONE = re.compile(
    # ("Ad pkt. III" under an agenda numbered with Roman numerals, after the item's word)
    # ("Ad dagsordenens punkt 1": a board's minutes naming the agenda's point in full)
    r"^Ad\s+(?:(?P<agenda>dagsordenens\s+)?(?:pkt|punkt)\.?\s*)?"
    r"(?:(?P<num>\d{1,4})|(?<=\s)(?P<roman>[IVX]{1,6}))\s*[.:)]?"
    r"(?:\s*\((?P<case>[^()]*\d[^()]*)\))?$",
    re.I,
)
_AD_ROMAN_WORD = re.compile(r"^Ad\s+(?:dagsordenens\s+)?(?:pkt|punkt)\b", re.I)
#: "Til punkt 3 – Title", "Vedr. punkt 3 - Title", "Vedrørende pkt. 3": other secretaries'
#: words for "Ad" before the agenda's point (notes answering the agenda listed first),
#: read as "Ad punkt 3"; only with the item's word, its number and a title's capital, a
#: separator or the line's end after it ("Til punkt 3 bemærkede …" is a sentence).
_ANSWER_WORD = re.compile(
    r"^(?:til|vedr\.?|vedrørende)\s+(?=(?:pkt|punkt)\.?\s*\d{1,3}[a-h]?"
    r"(?:\s*[.:)]?\s*$|\s*[.:)]\s*\S|\s+[-–—]\s+\S|\s+(?-i:[A-ZÆØÅ])))",
    re.I,
)
#: "05.13.00-P20-3-13 Trafiksikkerhedsplan": a KLE journal number before the title.
_KLE_LEAD = re.compile(
    r"^(?P<case>\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}(?:-\d{1,6}-\d{2})?)\s+(?P<title>\S.*)$"
)


#: "Høring: Kvalitetsstandarder for …": a title, though "Høring" also heads a section.
_HEARING_TITLE = re.compile(r"^Høring\s*:\s*[A-ZÆØÅ0-9]")


def split_journal(title: str) -> tuple[str, str | None]:
    """(title, journal number) of a title led by its KLE journal number, else (title, None)."""
    m = _KLE_LEAD.match(title)
    return (m.group("title").strip(), m.group("case")) if m else (title, None)


#: "Titel:\tGodkendelse af dagsorden" under "Dagsordenspunkt:\t1" (a Word form's fields);
#: "Sag<TAB>Title" under "Punkt<TAB>1." (a two-column table of fields per item, its row
#: "Sag" the title: only in a column of its own, "Sag: 05.13.00-…" is a case line).
#: ("Punkt: Title" under "### Sag 18": a template's field naming the point, its title after
#: the colon; "Punkt: 3" is a number field, no title)
_TITLE_LABEL = re.compile(
    r"^(?:(?:titel|emne|overskrift|sagstitel)\s*(?::\s*|\t+)|sag\t+|punkt\s*:\s*(?=\D))", re.I
)
#: "Felt<TAB>Indhold": the head row of an item's table of fields ("| Felt | Indhold |").
_FIELDS_HEAD = re.compile(r"^(?:felt|oplysning|punkt)\t+(?:indhold|tekst|værdi|beskrivelse)$", re.I)
#: "Punkt nr.:<TAB>1" under "## Punkt 1": a template's number field repeating the heading's
#: number, its title in the "Emne:" field below.
_NUMBER_FIELD = re.compile(r"^(?:punkt|pkt)\.?\s*nr\.?\s*(?::\s*|\t+)(?P<num>\d{1,4})$", re.I)
#: "II.     Title": an item numbered with a Roman numeral (an older protocol); also "II –
#: Title" (a notes page's heading, the numeral parted from the title by a dash).
_ROMAN = re.compile(r"^(?P<roman>[IVX]{1,6})(?:\.\s+|\s+[–—-]\s+)(?P<title>\S.*)$")
#: "II      Title": the numeral in a fixed-width column of its own, the title after the
#: gap (a typed table's rows; the gap is one space once the line is tidied). Only as an
#: item heading, weighed in a run as the numerals above are; the title opens in capitals.
_ROMAN_SPACED = re.compile(r"^(?P<roman>[IVX]{1,6})\s(?P<title>[A-ZÆØÅ].*)$")
#: "Ad pkt. II - Title", "Pkt. III: Title": the item's word (or "Ad pkt.", notes on an
#: agenda's point) before a Roman numeral; weighed as the bare numerals are (a run I, II,
#: III … of three or more). Also "Punkt IV      Title" (a typed column, the gap one space
#: once tidied) where the title opens in capitals.
_WORD_ROMAN = re.compile(
    # ("Ad II. Budget 1984": an old protocol's "Ad" and the numeral, its agenda's point)
    r"^(?:Ad(?:\s+(?:pkt|punkt))?|Pkt|Punkt)\.?\s+(?P<roman>[IVX]{1,6})(?:\s*[.:)\-–]\s*|\t\s*|\s(?=[A-ZÆØÅ]))"
    r"(?P<title>[A-ZÆØÅ0-9\"«].*)$"
)
#: "A. Siden sidst": an item lettered A, B, C … (I, V and X read as Roman numerals);
#: also "a. Status" (typed notes' small letters) and "a) Valg af ordstyrer" / "B) …" (a
#: note taker's letters with a bracket).
_LETTERED = re.compile(
    r"^(?:(?P<letter>[A-HJ-UWYZa-hj-uwyz])\.|(?P<bracketed>[A-HJ-UWYZa-hj-uwyz])\))\s+"
    r"(?P<title>[A-ZÆØÅ0-9].*)$"
)


#: "A  Velkomst og formål": a capital letter and the title after a gap (a typed table's
#: columns "Pkt." / "Emne", the gap one space once the line is tidied); weighed as the
#: other letters are, in a run A, B, C … most of whose headings carry evidence (I, V and X
#: are Roman numerals).
_LETTERED_SPACED = re.compile(r"^(?P<letter>[A-HJ-UWYZ])\s(?P<title>[A-ZÆØÅ].*)$")


#: "Punkt A<TAB>Title", "Pkt. B  Title", "Punkt C: Title": the item's word before its
#: letter (an RTF or Word template lettering its points); the word says it is a heading.
#: Also "Pkt. A Title" with one space (a memo lettering its points as a printed word, or
#: "Punkt A  Status" in a Word heading once the line is tidied): a single space before a
#: capitalised word is the same gap, weighed as the other letters are, in a run A, B, C ….
_WORD_LETTERED = re.compile(
    r"^(?:Pkt|Punkt)\.?\s+(?P<letter>[A-HJ-UWYZ])"
    r"(?:[.:)]\s*|\t\s*|\s+[-–]\s+|\s{2,}|\s(?=[A-ZÆØÅ][a-zæøå]))"
    r"(?P<title>[A-ZÆØÅ0-9\"«].*)$"
)


def _letter_place(m: re.Match[str]) -> int:
    """A lettered heading's number: the letter's place in the alphabet (A and a are 1)."""
    letter = m.group("letter") or m.groupdict().get("bracketed") or "A"
    return ord(letter.upper()) - ord("A") + 1


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral up to 39 ("IV" 4, "XII" 12), None if malformed."""
    total = 0
    for k, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -value if value < nxt else value
    return total if total > 0 and _roman(total) == numeral else None


def _roman(n: int) -> str:
    return "X" * (n // 10) + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10]


#: ("2 2. behandling af budget 2025": a title that opens with an ordinal, the reading
#: or the quarter it is, "1. behandling", "3. kvartal", then a word in small letters)
_BARE = re.compile(r"^(?P<num>\d{1,4})\s+(?P<title>(?:[A-ZÆØÅ\"'«(]|[1-9]\.\s[a-zæøå]{3}).*)$")
#: "2 meddelelser": the same with the title in small letters (a careless agenda's), a
#: heading only where it fills the run of bare headings proven around it (see
#: :func:`_bare_gap_heads`).
_BARE_LOWER = re.compile(r"^(?P<num>\d{1,2})\s+(?P<title>[a-zæøå].*)$")
#: "01   Title": a number set apart from its title by a column's gap (or zero-padded).
_COLUMN_GAP = re.compile(r"^(?:\d{1,3}\s{2,}|0\d\s+)\S")
#: "Åbent punkt", "Lukket sag", "Åben/lukket: Åben", "Open item" (a portal in English).
_OPEN_CLOSED = re.compile(
    r"^(?:åben/lukket\s*:\s*)?(?:åben|åbent|lukket|open|closed)(?:\s+(?:punkt|sag|item))?$"
    # ("[Åben]", "[Lukket punkt]": a web page's badge under the title, copied with its
    # brackets)
    r"|^\[\s?(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?\s?\]$",
    re.IGNORECASE,
)
_OPEN_PREFIX = re.compile(
    # ("Åbent punkt<TAB>Punkt 45<TAB>Title": a portal's contents table, the mark's column,
    # then the item's word and number, then the title)
    r"^(?:(?P<oc1>åbent|åben|lukket)(?:\s+punkt)?(?:\s+(?:punkt|pkt\.?))?\s+(?P<num1>\d{1,4})\s+"
    # ("3 (Offentlig) Title": a portal's word for an open item)
    r"|(?P<num2>\d{1,4})\s+\("
    r"(?P<oc2>åben|åbent|offentligt?|lukket)\)\s+)(?P<title>\S.*?)(?:\s*(?:\.\s?){3,}[\s.]*(?P<page>\d{1,4}))?$",
    re.IGNORECASE,
)
#: ("Title..5": a long title that left room for two dots only, run into the letter before;
#: "Title .. 3": the same two dots set off by spaces)
_DOT_LEADER = re.compile(
    # ("… Varmeværk a.m.b.a. ....... 9": an abbreviation's last dot is the title's)
    r"^(?P<title>.*?\S(?:(?<=\w\.\w)\.(?=\s))?)\s*(?:(?:\.\s?){3,}|…+|\t|(?<=[\w)])\.\.(?=\d{1,4}$)|(?<=\s)\.\.\s(?=\d{1,4}$))"
    r"[\s.…]*(?P<page>\d{1,4})$"
)
#: "Title Åbent punkt": the open/closed mark run into the title's line (a column of its
#: own); not "Salg af grund - Lukket punkt", printed as part of the title after a dash
#: (kept, as "Personalesag (Lukket)" is, and the item marked closed).
#: " (Skolechef)", " (Teknisk chef)": who presents the item, in brackets after an internal
#: forum's title, named by a manager's post (a word ending in -chef, -direktør, -leder).
_TRAILING_PRESENTER = re.compile(
    r"\s+\((?:[A-ZÆØÅ][a-zæøå]+\s+)?[A-ZÆØÅa-zæøå-]*(?:chef|direktør|leder)\)$"
)
#: "Title   Vis/skjul   Udskriv punkt": a web page's buttons for the item, copied by the
#: browser onto its heading's line (a title never ends in them).
_TRAILING_CONTROLS = re.compile(
    r"\s+(?:vis/skjul|skjul/vis|udskriv\s+punkt)(?:\s*[|·]?\s*(?:vis/skjul|udskriv(?:\s+punkt)?"
    r"|print|del|åbn\s+bilag))*$",
    re.I,
)
#: "Godkendelse af dagsorden Punkt 1" under "1.": a web page's item number repeated after the
#: title (a label floated right of it), no part of the title where it is the heading's own.
_NUMBER_REPEATED = re.compile(r"\s+(?:punkt|pkt\.?)\s*(?P<num>\d{1,3})$", re.I)
#: "Title<TAB>Beslutningssag", "Title   Orienteringssag": the item's kind in a column of
#: its own after the title (a region's agenda system prints it in the heading's row and in
#: the contents list); after a tab or a column's gap only, so a title ending in the word
#: keeps it. Also "Sag 4<TAB>Title<TAB>Til orientering": what the item is brought for, in
#: the shaded heading row's last cell of a board's template.
_TRAILING_KIND_COLUMN = re.compile(
    r"(?:\s*\t|\s{2,})\s*(?:(?:Beslutnings|Orienterings|Drøftelses|Meddelelses)sag"
    r"|til\s+(?:beslutning|orientering|drøftelse|godkendelse|efterretning))$",
    re.I,
)
#: "(Åben) Title", "(Lukket) Title": the mark before the title ("## 1 (Åben) Title", a
#: Word export's heading as the contents list writes its entries); "(Offentlig) Title", a
#: council portal's word for an open item; "Punkt 3 (Åbent): Title", a colon after the mark
#: where a heading writes one after its number ("Punkt 3: Title"); "(Åben sag) Title",
#: "(Lukket punkt) Title": the mark with its noun, as a web page's heading writes it.
_LEADING_OPEN = re.compile(
    r"^\((?P<mark>åben|åbent|offentligt?|lukket)(?:\s+(?:sag|punkt))?\):?\s+(?=\S)", re.I
)
#: "(B) Title", "(O) Title", "(D) Title": the item's kind (beslutning, orientering,
#: drøftelse; "(I)" information) in brackets between the number and the title ("Punkt 3 (B)
#: Title ....4" in a KKR's contents list, "Punkt 3 (B)" alone over the title), by its letter
#: or its word; never part of the title.
_LEADING_KIND = re.compile(r"^\((?:[BODI]|beslutning|orientering|drøftelse)\)\s+(?=\S)", re.I)
#: "Pkt. 61  Åbent  Title": the mark in a column of its own between the number and the
#: title (a portal's web page), written with a capital and a capital title after it; not
#: "Åbent hus i Borgerhuset", a title that opens with the word.
_LEADING_OPEN_WORD = re.compile(r"^(?P<mark>Åbent|Åben|Lukket)\s+(?=[A-ZÆØÅ0-9\"«])")
#: "12.<TAB>Åbent<TAB>Title", "12.<TAB>Lukket punkt<TAB>Title": a contents table's status
#: column between the number and the title (a tab after the mark: a cell of its own; after
#: a space, see :func:`marks_off`), no part of the title.
_MARK_BEFORE_TITLE = re.compile(
    r"^(?:Åbent|Åben|Lukket|ÅBENT|ÅBEN|LUKKET)(?:\s+(?:punkt|sag))?\t\s*"
    r"(?=[A-ZÆØÅ0-9\"«])"
)
#: "ny", "nyt punkt", "tillægsdagsorden", "hastesag": the words marking an item added to
#: the agenda after it was sent out.
_ADDED_MARK = (
    r"(?:nyt?(?:\s+(?:pkt|punkt)\.?)?|tilføjet|eftersendt|"
    r"tillæg(?:sdagsorden|s?punkt)?|supplerende(?:\s+dagsorden)?|hastesag|ekstra(?:\s+punkt)?)"
)
#: "112 (3)   Årsregnskab 2024": the item's place on the agenda in brackets after its
#: running number through the year (a council's web copy); the title follows it. Also
#: "3 (tidl. 5). Title", "3 (tidligere punkt 5) Title", "3 (opr. pkt. 5): Title": the
#: item's number before the agenda was renumbered at or after the meeting (items withdrawn
#: above it), no part of the title.
_AGENDA_PLACE = re.compile(
    r"^\((?:(?:tidl(?:igere)?|opr(?:indelig(?:t|e)?)?)\.?\s*(?:(?:pkt|punkt|nr)\.?\s*)?)?"
    r"\d{1,3}[a-h]?\)[.:]?\s+(?=[A-ZÆØÅ\"«])",
    re.I,
)
#: "Pkt. 2 (ny)  Title", "Pkt. 6 (ny – tillægsdagsorden) Title": an item added to the agenda
#: after it was sent out, so marked where a renumbered item's old number stands (right
#: after the number); no part of the title. ("Pkt. 118 – (Supplerende) Title": set after
#: the dash, the mark is printed as the title's.)
_ADDED_PLACE = re.compile(
    rf"^\({_ADDED_MARK}(?:\s*[-–—,:/]\s*{_ADDED_MARK})?\)[.:]?\s+(?=[A-ZÆØÅ\"«])", re.I
)
#: "Godkendelse af dagsorden [+]" / "… ▼": a web page's fold-out control after the title;
#: "… {#pkt1}": a markdown heading's anchor (attribute list).
_TRAILING_CONTROL = re.compile(r"\s*(?:\[[+\-−]\]|[▼▲▾▴▸►▶]|\{#[^{}\s]+[^{}]*\})$")
_SECTION_NUMBER = re.compile(r"^\d+\.\d")


#: "(løbenr. 12) Title", "Title   Løbenr. 123/10": the item's running number through the
#: year ("løbenummer") printed before or after its title beside the agenda number; no part
#: of the title (the agenda number numbers the item).
_RUNNING_NUMBER = re.compile(
    r"^\(løbe-?nr\.?:?\s*\d{1,5}(?:[/-]\d{2,4})?\)\s+(?=\S)"
    r"|\s+\(?løbe-?nr\.?:?\s*\d{1,5}(?:[/-]\d{2,4})?\)?$",
    re.I,
)


def _after_number(text: str, title: str) -> bool:
    """Whether ``title`` follows the item's number on the heading's line with nothing but
    space between them ("Pkt. 2 (ny)  Title"; not "Pkt. 2 – (ny) Title")."""
    at = text.find(title)
    return at > 0 and text[:at].rstrip()[-1:].isdigit()


def running_number_off(title: str) -> str:
    """The title without a running number ("løbenr.") before or after it (see
    ``_RUNNING_NUMBER``); a cheap substring test first."""
    if "øbe" not in title[:12].lower() and "øbe" not in title[-20:].lower():
        return title
    return _RUNNING_NUMBER.sub("", title).strip()


#: "   Ansv.: LTH", "  Ansvarlig: alle": typed notes' owner field closing a heading's line
#: (initials or a short name; no colon after it).
_TRAILING_OWNER_FIELD = re.compile(r"\s+(?:Ansv|Ansvarlig)\.?\s*:\s*[^:\s][^:]{0,39}$", re.I)


def owner_field_off(title: str) -> str:
    """``title`` without the owner field closing its line ("Title   Ansv.: LTH"); a field
    inside the time box's bracket ("Title (15 min, ansvarlig: HR-chef)": the bracket closes
    after it) stays, for ``parse.split_title`` to take off the box whole."""
    m = _TRAILING_OWNER_FIELD.search(title)
    if m is None or m.group().count(")") > m.group().count("("):
        return title
    return title[: m.start()]


#: "   [Formål: Beslutning / Ansv.: CHR]": the item's planning fields in brackets closing
#: its heading (why it is on the agenda, who answers for it), no part of the title.
_TRAILING_PLAN_FIELDS = re.compile(
    r"\s+\[(?:formål|ansv|ansvarlig|tid|type|fremlægges\s+af)\.?\s*:[^\[\]]{1,80}\]$", re.I
)


_INLINE_CASE = re.compile(
    rf"\s+(?:{CASE_NUMBER_LABEL}|{CASE_ID_LABEL})\s*:\s*\S.*$"
    # "Title (20 min.) J.nr. 27.00.00-A00-1-25": a PDF table cell's small case line joined
    # to its title, no colon (the number alone closes the heading)
    rf"|\s+{CASE_NUMBER_LABEL}(?<=\.)\s*\d[\w/-]*[./-][\w./-]*\d$"
    # "Title (j.nr. 08/1260)", "Title  [J.nr. 20.00.00-Ø40-2-25]": a labelled number in
    # brackets closing the heading
    rf"|\s*[(\[]{CASE_NUMBER_LABEL}\s*:?\s*[^\s()\[\]]+[)\]]$"
    # "Title  [sag 25/4471]", "Title (sag 24/23318)": the bare word "sag" before a number
    # (also with a colon: "Title (Sag: 00.30.00-S00-4-25)")
    r"|\s*[(\[]sag(?:\s*:\s*|\s+)\d[^\s()\[\]]*\d[)\]]$"
    # "Title — sag 21/00412", "Title – Sag: 2024-0031": the case after a spaced dash
    # closing the heading (a board's lettered or numbered items, the number its last word)
    # (also "Title — sagsnr. 24-5582": the number's label in full)
    r"|\s+[–—-]\s+sag(?:snr\.?)?(?:\s*:\s*|\s+)\d[\w]*[./-][\w./-]*\d$"
    # "Title Sag: 28.00.00-G01-1-25": a table cell's small "Sag:" line joined to its title,
    # or a PDF's right-aligned case field printed on the heading's line (a number with
    # parts after the colon closing the heading; also a number of the subject scheme,
    # "Title  Sag: EMN-2025-01187", the case field in a narrow margin column beside it)
    r"|\s+sag\s*:\s*(?:\d[\w]*[./-][\w./-]*\d|(?-i:[A-ZÆØÅ]{2,5})-(?:19|20)\d\d-\d{3,})$"
    # "Title om StationSagsid: 25/4102": a PDF's bold heading and its case field in plain
    # type printed on one line with no space between them (the label's capital after the
    # title's last small letter; a number after the colon)
    r"|(?<=[a-zæøå)])(?-i:Sags?nr|Sagsnummer|Sags?-?[Ii][Dd]|J\.\s*nr|Journalnr)\.?\s*:\s*\d\S*$",
    re.I,
)
#: A spaced dash (or bar) left closing a title once the case field after it is cut off.
_DASH_LEFT = re.compile(r"\s+[–—|-]$")
_DASHES_LEFT = ("–", "—", "|", "-")
#: "Case number: 19/14210" (a portal in English).
_CASE_EN = re.compile(
    r"^(?:case\s*(?:no\.?|number|id)|journal\s*no\.?)\s*:?\s*(?P<case>\S+)$", re.I
)


#: "Sag nr. 102<TAB>Title": a contents list's entry numbering its items "Sag nr.", its title
#: in the next cell; no case line (whose number has no title cell after it).
_NEXT_SAG_ENTRY = re.compile(r"^sag\s+nr\.?\s*\d{1,4}\t+\S", re.IGNORECASE)


def _case_of(text: str) -> str | None:
    """The case number of a case line, the Danish labels or a portal's English one; in a
    line of fields split by bars ("Åben sag | Sagsnr.: 14/8120 | Sagsansvarlig: …"), the
    field that is one."""
    if " | " in text:
        cases = [(part, c) for part in text.split(" | ") if (c := _case_of(part))]
        # "Akt-id: 2021-045812 | Sagsnr.: 2021-000874": the case system's document id
        # beside the case's own number is no case (as on a line of gaps: ``AKT_ID_LABEL``)
        named = [c for part, c in cases if part.lstrip()[:3].lower() != "akt"]
        return (named or [c for _, c in cases] or [None])[0]
    if text[:4] == "Til ":
        text = PURPOSE_CHIP.sub("", text)  # "Til beslutning Sagsnr. 2024-018743": chips
    elif text[:1] in "([" and text[-1:] in ")]" and len(text) <= 60:
        text = text[1:-1].strip()  # "(sag 27.12.00-P22-3-25)": the case line in brackets
    elif text[:2] == "> ":
        text = text[2:].strip()  # "> KLE/sag: …": a notes page's case line set off as a quote
    found = match_case_number(text)
    if found is None and text[:1] in "CcJj":
        m = _CASE_EN.match(text)
        if m:
            found = match_case_number(f"Sagsnr.: {m.group('case').strip('()')}")
    return found


#: "(Lukket)" closing a title, "Lukket punkt: " opening it: an item of the closed part.
_CLOSED_IN_TITLE = re.compile(
    r"\(lukket(?:\s+(?:punkt|sag|møde))?\)$|^lukket(?:\s+(?:punkt|sag))?\s*:\s*\S", re.I
)


#: Item-heading prefixes that also number other texts' lines (a statute's "§ 1.").
_WEAK_PREFIX = re.compile(r"^(?:Sag(?:\s+nr)?[\s.]|Ad(?:\s+(?:pkt|punkt))?[\s.]|§)", re.IGNORECASE)
_CLOSED_MARK = re.compile(r"^(?:[-•*]\s*)?lukket\b", re.IGNORECASE)


#: "[Undtaget fra aktindsigt, jf. offentlighedslovens § 23]", "[Udeladt – fortroligt]": a
#: copy handed out under the access-to-documents act, the withheld item's title replaced by
#: the reason in square brackets (the item is still there, numbered, its title so written).
_WITHHELD_TITLE = re.compile(
    r"^\[(?:undtaget|udeladt|tilbageholdt|fortroligt|anonymiseret|overstreget)\b", re.I
)


def plausible_title(title: str) -> bool:
    """A numbered line's text can be an item title: it starts like a title and has words.

    "at godkende …" (a recommendation), "5. + 26." (a calendar), "1.5. …" (a section
    number) and "2018" are not titles.
    """
    title = title.strip()
    if len(title) < 2 or len(title) > 300 or _SECTION_NUMBER.match(title):
        return False
    first = title[0]
    if first.isalpha() and not first.isupper():
        return False
    if first == "[" and _WITHHELD_TITLE.match(title):
        return True  # "[Undtaget fra aktindsigt, jf. …]": an item's title withheld
    if first == "[" and (mark := _BRACKETED_MARK_FIRST.match(title)):
        # "[Lukket] Salg af grund", "[Åben] Title": the item's mark in square brackets
        # before its title, printed as part of it
        return plausible_title(title[mark.end() :])
    if not (first.isalpha() or first.isdigit() or first in "\"'«(§"):
        return False
    return sum(map(str.isalpha, title)) >= 3


def _title_start_above(lines: list[Line], pos: int, skip: set[int]) -> int | None:
    """Position of a title's first half printed above its number alone on a line (PDF text
    of a two-column heading: "Kvalitetsrapport for" / "12" / "folkeskolerne 2023/24"): the
    line right above the number (a blank line between), a paragraph of its own that starts
    like a title and runs on (no sentence's end); else None."""
    above = _prev_nonblank(lines, pos, skip)
    if above is None or pos - above > 2 or (above > 0 and not lines[above - 1].blank):
        return None
    text = lines[above].clean.strip()
    if (
        len(text) > 80
        or text.endswith((".", ":", ";", ",", "!", "?", ")"))
        or not plausible_title(text)
        or _NUMBER_ALONE.match(text)
        or _is_known_heading(text)
        or ":" in text
    ):
        return None
    return above


def _runs_on_above(lines: list[Line], pos: int, skip: set[int]) -> bool:
    """The nearest line above ``pos`` with text ends as a title's first half that runs on
    ("… til ungdomsklub i")."""
    above = _prev_nonblank(lines, pos, skip)
    return above is not None and _RUNS_ON.search(lines[above].clean.rstrip()) is not None


def _next_nonblank(lines: list[Line], pos: int, skip: set[int], limit: int = 4) -> list[int]:
    out = []
    k = pos + 1
    while k < len(lines) and len(out) < limit:
        if not lines[k].blank and lines[k].index not in skip:
            out.append(k)
        k += 1
    return out


def _prev_nonblank(lines: list[Line], pos: int, skip: set[int]) -> int | None:
    k = pos - 1
    while k >= 0:
        if not lines[k].blank and lines[k].index not in skip:
            return k
        k -= 1
    return None


#: "Lukket punkt", "Lukket sag": a closed item's mark alone on its line.
_CLOSED_MARK_ALONE = re.compile(r"^lukket\s+(?:punkt|sag)$", re.I)
#: "Lukket dagsorden: Title", "Lukket punkt – Title": a closed item's title after its mark
#: and a colon or a dash (see :func:`candidates`).
_CLOSED_TITLED = re.compile(r"^lukket\s+(?:dagsorden|punkt|sag)\s*(?::|\s[–—-])\s*\S", re.I)
#: "… ungdomsklub i", "… planlægning 2025/26 –": a title's first half that runs on (a small
#: word or a dash cannot end a title).
_RUNS_ON = re.compile(
    r"(?:\s(?:i|til|for|om|af|på|og|med|fra|ved|mellem|samt|efter|under|"
    r"over|hos|vedr\.?)|\s[–-])$",
    re.I,
)


def _title_above_number(lines: list[Line], pos: int, skip: set[int]) -> int | None:
    """The position of an item's title printed above its bare number, where the number's
    next line is a case field's label alone ("Kvartalsrapport …" / "32" / "Sagsnr." /
    "24/21977": a PDF-to-text copy whose title column came out before the number column):
    the title a paragraph of one line (blank lines around it, or a short title right above
    the number: "Meddelelser" / "5") that reads as a title, not a sentence or a known
    section heading; a closed item's mark under the number ("Lukket punkt") stands where
    the case label does; else None."""
    nxt = _next_nonblank(lines, pos, skip, 1)
    if not nxt:
        return None
    under = lines[nxt[0]].clean.strip()
    closed = _CLOSED_MARK_ALONE.match(under) is not None
    if not (_CASE_LABEL_ALONE.match(under) or closed):
        # ("Lukket punkt: Title" / "6" / "Lukket punkt": a closed item's mark under the
        # number, where an open item's case label stands)
        return None
    return _one_line_title_above(lines, pos, skip)


def _one_line_title_above(lines: list[Line], pos: int, skip: set[int]) -> int | None:
    """The position of the one-line paragraph right above ``pos`` where it reads as an
    item's title (see :func:`_title_above_number`), else None."""
    above = _prev_nonblank(lines, pos, skip)
    if above is None or (above > 0 and not lines[above - 1].blank):
        return None
    title = lines[above].clean.strip()
    if above == pos - 1 and (len(title) > 60 or title[:1].isdigit()):
        # "Meddelelser" / "5" with no blank line between: a short title only (a paragraph
        # whose last line is a number is none)
        return None
    if (
        title.endswith((".", ":", ","))
        or not plausible_title(title)
        or _is_known_heading(title)
        or match_case_number(title)
    ):
        return None
    return above


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _ad_title_below(lines: list[Line], pos: int, skip: set[int], gap: bool = False) -> int | None:
    """The line right under "Ad 1." (no blank between) where it is the item's title: a
    title's shape, no sentence (notes under "Ad 2)" end with a full stop), no section
    heading, case or number of its own. With ``gap`` ("Ad dagsordenens punkt 1", a
    heading of its own) one blank line may stand between."""
    below = pos + 1
    if gap and below + 1 < len(lines) and lines[below].blank:
        below += 1
    if below >= len(lines) or lines[below].blank or lines[below].index in skip:
        return None
    text = lines[below].clean.strip()
    if text[-1:] in ".:;!?" or not text[:1].isupper() or len(text) > 120:
        return None
    if not plausible_title(text) or _is_known_heading(text):
        return None
    return None if match_case_number(text) or _NUMBER_ALONE.match(text) else below


def _is_known_heading(text: str) -> bool:
    head = text.rstrip(":").strip().lower()
    if head in SECTION_HEADINGS:
        return True
    # "Beslutning: …", "Afgørelse<TAB>…" (a label in a column of its own beside its text)
    m = re.match(r"^([^:\t]{3,40}?)\s*(?::|\t)", text)
    if m and m.group(1).lower() in SECTION_HEADINGS:
        return True
    if m and "/" in m.group(1) and heading_key(Line(0, m.group(1), 0)) is not None:
        return True  # "Beslutning/konklusion: Godkendt.": two labels parted by a slash
    if m and m.group(1).endswith(("s beslutning", "s afgørelse")) and m.group(1)[:1].isupper():
        return True  # "Udvalgets beslutning<TAB>Godkendt.": the body's decision, its cell
    if _INLINE_MINUTES.match(text):
        return True  # "Referat: Godkendt." under a heading: the point's minutes
    # "Kommunalbestyrelsens beslutning:", "Beslutning Byrådet 17-06-2019", "KB 30.04.2008:"
    return len(text) <= 120 and heading_key(Line(0, text, 0)) is not None


def _numbered_section(title: str) -> bool:
    """The title of an item's numbered section ("4.1 Sagsfremstilling", "4.3 Beslutning i
    Byrådet", "2.2 Indstilling"): a known section heading of a few words, no item's
    title (deep outline numbering numbers an item's sections under its number)."""
    return len(title) <= 60 and _is_known_heading(title)


#: "Referat: Godkendt.": the minutes of one point, on the label's line ("Referat" alone
#: names the document and is no evidence of an item).
#: ("Ref.: Drøftet. …": the label cut short, as a handicap council's notes write it)
_INLINE_MINUTES = re.compile(r"^ref(?:erat|\.)\s*:\s*\S", re.I)


def _opens_next_item(lines: list[Line], pos: int, skip: set[int]) -> bool:
    """The line after ``pos`` is a numbered heading: an "Åbent punkt" at ``pos`` opens
    that item, it does not belong to the one above."""
    nxt = _next_nonblank(lines, pos, skip, 1)
    if not nxt:
        return False
    text = lines[nxt[0]].clean
    return bool(_BARE.match(text) or _NUMBERED.match(text) or _NUMBER_ALONE.match(text))


#: The bullets of an item's notes a section heading under them may follow and still be
#: evidence of the heading (see ``_evidence``).
_MAX_NOTE_BULLETS = 4
#: The lines a column of field labels and the column of their values take at most (see
#: ``label_column.label_column_case``).
_COLUMN_SPAN = 20
#: "Dok.nr. 2024-000412", "Dokumentnr.: 47245/25": a document's number alone on its line.
_DOC_NUMBER_LINE = re.compile(r"^dok(?:ument)?\.?\s*nr\.?\s*:?\s*\d[\w./-]{3,30}$", re.I)


def _rest_on_case_row(title: str, text: str) -> bool:
    """The case line under a heading long enough to have wrapped holds a few words before a
    tab and the case's field after it ("Roklub<TAB>Sagsnr.: 24/311"): the title's rest,
    printed on the case's row (``parse._rest_beside_case`` reads it)."""
    left, _, right = text.rpartition("\t")
    left = left.strip()
    return (
        len(title) >= 30
        and title[-1:] not in ".:;!?)"
        and 0 < len(left) <= 40
        and left[:1].isalnum()
        # (the case's own label on the right: "Sagsnummer<TAB>24/311" is a field's row)
        and _CASE_LABEL_OPENING.match(right.strip()) is not None
        and ":" not in left
        and left[-1:] not in ".!?"
        and match_case_number(left) is None
    )


def _evidence(
    lines: list[Line], pos: int, title: str, skip: set[int]
) -> tuple[int, list[int], str | None]:
    """(evidence score, consumed positions, case number) from the lines after a heading."""
    score = 0
    consumed: list[int] = []
    case = None
    after = _next_nonblank(lines, pos, skip)
    want = _norm(title)
    repeated = False
    marked = False
    bullets = 0
    lifted = 0  # lines of planning fields written label over value, not counted in rank
    spanned = False  # the title's span of years over the case line (see below)
    value_next = False
    for rank, k in enumerate(after):
        text = lines[k].clean
        if value_next:  # the planning field's value under its label
            value_next, lifted = False, lifted + 1
            continue
        rank -= lifted
        if (
            rank <= 1
            and len(text) <= 16
            and text[:1] in _PLAN_STARTS
            and _PLAN_LABEL_ALONE.match(text)
        ):
            # "Ansvarlig" / "JPH" / "Formål" / "At SLG godkender …" / "Indstilling": a Word
            # template's planning fields, each label over its value, between the title and
            # the section headings; they say nothing either way, the heading under them does
            value_next, lifted = True, lifted + 1
            after += _next_nonblank(lines, after[-1], skip, 2)  # (read as far past them)
            continue
        if bullets:  # (only the section heading under the notes' bullets says more)
            if _is_known_heading(text):
                score += 2 if rank - bullets <= 1 else 1
                break
            if bullets < _MAX_NOTE_BULLETS and _note_point(text, bullets):
                bullets += 1
                continue
            break
        m = _NUMBERED.match(text) or _BARE.match(text)
        body = m.group("title") if m else text
        if (
            rank <= 2
            and want
            and _norm(body) == want
            and not repeated
            # ("4. Beslutninger" / "Beslutninger:" / "- …": the label of the item's
            # decision, its colon kept, which the title happens to name; no repeat)
            and not (text[-1:] == ":" and _is_known_heading(text))
        ):
            consumed.append(k)  # the title repeated under the heading (or the case line)
            repeated = True
            score += 2
            continue
        if text[:3] in ("Sag", "SAG") and _NEXT_SAG_ENTRY.match(text):
            break  # "Sag nr. 102<TAB>Title" under "Sag nr. 101<TAB>Title": the next entry
        found = _case_of(text)
        if found and rank == 0 and text[:2] in ("19", "20") and _years_over_case(lines, k):
            # "… for skoleårene" / "2019-2022" / "Sagsnr.: …": the title's wrapped span of
            # years over its case line, no case (``parse._title_continuation`` takes it);
            # the case line under it counts as right under the title, and stays in the
            # item's text for the title's rest to be read over it
            lifted, spanned = lifted + 1, True
            continue
        if found and case is None and rank <= 2:
            case = found
            if not spanned and not (rank == 0 and "\t" in text and _rest_on_case_row(title, text)):
                # ("… - Hammel" / "Roklub<TAB>Sagsnr.: 24/311": the title's wrapped rest
                # on the case's row stays in the item's text for ``parse`` to read)
                consumed.append(k)
            # (the rest after one blank line: every line of the text a paragraph of its own)
            rest = k + 2 if k + 2 < len(lines) and lines[k + 1].blank else k + 1
            if rest < len(lines) and (whole := broken_case_rest(found, lines[rest].clean)):
                # "J.nr.: 01.02.05-P16-" / "9-22   Sagsbehandler: …": the number broken
                # after a hyphen or a slash, its rest on the next line
                case = whole
                consumed.append(rest)
                value_next = True  # (the rest's line read)
            score += 2
            continue
        if case is None and rank == 0 and text[-1:] == ":":
            columns = label_column_case(lines[k : k + _COLUMN_SPAN])
            if columns:
                # "Sagsnr.:" / "Sagsbehandler:" / "" / "25/9912" / "<name>": the
                # fields' labels, then their values (a PDF's two columns read in turn)
                case = columns[0]
                consumed += [k + at for at in columns[1]]
                score += 2
                break
        if case is None and rank <= 1 and _CASE_LABEL_ALONE.match(text) and rank + 1 < len(after):
            # "Sagsnr." / "23/4102": the label above its value (a web page's field rows)
            found = match_case_number(f"Sagsnr.: {lines[after[rank + 1]].clean}")
            if found:
                case = found
                consumed += [k, after[rank + 1]]
                score += 2
                break
        if case is None and rank == 0 and _CASE_LABEL_ALONE.match(text):
            # "Sagsnr." with its value left empty (a Word template's field row): the
            # item's case field all the same
            consumed.append(k)
            score += 2
            continue
        if (
            case is None
            and rank == 0
            and text[-1:] in _WITHHELD_ENDS
            and _CASE_WITHHELD.match(text)
        ):
            # "7 (Lukket) Personsag" / "Sagsnr.: Lukket": a closed item's case field, its
            # number withheld ("–", "Lukket", "Fortrolig"); the item's case field all the same
            consumed.append(k)
            score += 2
            continue
        if rank == 0 and text[:3] in ("Dok", "DOK") and _DOC_NUMBER_LINE.match(text):
            # "1 Godkendelse af dagsorden" / "Dok.nr. 2024-000412": the item's document
            # number in the case system, filed as a case line is (no case number itself)
            consumed.append(k)
            score += 2
            continue
        if rank == 0 and text[:3] in ("Til", "TIL") and PURPOSE_LABEL.match(text):
            # "01  Godkendelse af referat" / "Til beslutning:" / "Referat af …": the item's
            # purpose as a label right under its title (a board's template); the text after
            score += 2
            continue
        if rank <= 1 and presenter_line(text) and (text[:2] != "v." or text[2:3] == " "):
            # "3. Title" / "v/ skolechef …" / "Til beslutning", "1) Title" / "Oplæg v/ …",
            # "2. Title" / "Til orientering v/ …": an internal forum's template line naming
            # who brings the item, which no numbered point of prose has under it (not
            # "v.h.a. …", a sentence's abbreviation opening a wrapped line)
            score += 2 if not score else 0
            continue
        if rank <= 1 and text[:1] in "Tt" and _PURPOSE_ALONE.match(text):
            # "Sag 3  Title" / "Til beslutning" / "J.nr. 2025-0412": the purpose without a
            # colon says nothing either way (a sentence may start so); the case line or
            # the section heading under it does, as if it stood right under the title
            # (also under the presenter's line: "v/ …" / "Til beslutning")
            continue
        if is_furniture(text):
            score += 2 if rank == 0 else 0
            continue
        if rank <= 1 and text[:1] in _PLAN_STARTS and _PLAN_FIELD.match(text):
            # "Tid: 08.30-08.35   Formål: Beslutning   Ansvarlig: …": the item's planning
            # fields right under its title say nothing either way; the case line or the
            # section heading under them does
            continue
        # ("Lukket punkt." written as a sentence right under the heading: the same mark)
        if _OPEN_CLOSED.match(text[:-1] if text[-1:] == "." and rank <= 2 else text):
            if rank <= 2 and not marked and not _opens_next_item(lines, k, skip):
                # "Åben sag" / "Lukket punkt" under the heading: part of it, not text
                consumed.append(k)
                marked = True
                score += 2
                continue
            score += 2 if rank <= 1 else 1
            break
        if _is_known_heading(text):
            score += 2 if rank <= 1 else 1
            break
        if rank <= 1 and ":" in text[:_FIELD_LABEL_MAX] and _ITEM_FIELD_LINE.match(text):
            # "Emnenr.: 00.30.00-S00-1-25", "Sagsansvarlig: Kim Holm", "Emne: Økonomi": a
            # field of the item's own that no rule names, right under its title; it says
            # nothing either way (as the planning fields), the heading under it does
            continue
        if _note_point(text, 0):
            # "7 Meddelelser" / "• …" / "• …" / "Afgørelse:": the item's notes as a few
            # bullets (or points lettered "a.", "b."), then its section heading, as if the
            # heading stood right under it
            bullets = 1
            continue
        if rank <= 1 and len(text) <= _NOTE_LINE_MAX and m is None:
            # "2. Title" / "(Udsat fra mødet i februar)" / "Sagsfremstilling:": one short line
            # of its own under the title (or under a field), then the item's section heading
            # (maybe after a field): that heading is the evidence, weaker than right under
            # the title
            at = after.index(k)
            rest = after[at + 1 : at + 3]
            under = next(
                (lines[x].clean for x in rest if not _ITEM_FIELD_LINE.match(lines[x].clean)), ""
            )
            if _is_known_heading(under) and not (under[-1:] != ":" and _NUMBERED.match(under)):
                score += 1
        break
    prev = _prev_nonblank(lines, pos, skip)
    if prev is not None and is_furniture(lines[prev].clean):
        score += 1
    if not score and after and _notes_under(lines[pos].clean, lines[after[0]].clean):
        score = 1  # "\t2. Budget 2025" / "\t\t• …": a OneNote page's item and its notes
    if not score and standing_title(title):  # "4. Eventuelt" with a line or nothing under it
        score = 1
    if not score and _time_boxed(title):
        score = 1  # "2. Budget 2015 (kl. 8.45-9.45)": an agenda's item with its time box
    if not score and _CLOSED_IN_TITLE.search(title):
        score = 1  # "116. Orientering om elevtal (Lukket)": a closed item, its text unpublished
    if not score and _labelled_outcome(lines, _past_note_bullets(lines, pos, after, skip)):
        score = 1  # "2. Title" / notes / "Beslutning: Taget til orientering.": notes by hand
    if not score and after and bare_outcome(lines[after[0]].clean):
        score = 1  # "1) Referat fra 16. august" / "Godkendt.": the outcome right under it
    return score, consumed, case


#: "Sagsnr.: Lukket", "Sagsnr.: –", "J.nr.: (fortroligt)": a case field whose number a closed
#: or anonymised item withholds.
_CASE_WITHHELD = re.compile(
    rf"^{CASE_NUMBER_LABEL}\s*:?\s*\(?(?:lukket|fortrolig[t]?|ikke\s+offentlig|[-–—]+|x{{2,}})\)?\.?$",
    re.IGNORECASE,
)
#: The last characters such a line may end with: the cheap test before the pattern.
_WITHHELD_ENDS = frozenset("tTgG-–—xX).")

#: "Emnenr.: 00.30.00-S00-1-25", "Fagområde: Teknik og Miljø": a field line, its label one to
#: three words of letters (≤ 25 characters; no digit: "Punkt 1: Title" is an item's own
#: heading, read as such) and a short value after it, no sentence ("Ole: Stien er lukket."
#: is a note of who said what, "Status: 12 riste renset." one of what was done).
_ITEM_FIELD_LINE = re.compile(
    r"^(?=[^:]{1,25}:)[A-ZÆØÅ][^\W\d_.]*\.?(?:[ /-][^\W\d_]+\.?){0,2}\s?:\s*\S[^:]{0,80}(?<![.!?])$"
)
#: The longest line of its own under a title that a section heading under it may prove.
_NOTE_LINE_MAX = 60
#: The furthest a field's colon stands from the line's start (the cheap test).
_FIELD_LABEL_MAX = 26

#: "Ansvarlig", "Formål:": a planning field's label alone on its line, its value under it.
_PLAN_LABEL_ALONE = re.compile(rf"^{_PLAN_WORDS}\s*:?$", re.IGNORECASE)
#: The first letters of the planning fields' words (``parse._PLAN_WORDS``).
_PLAN_STARTS = frozenset("TtVvAaFfOoHh")
#: "Til beslutning", "Til orientering": an item's purpose alone on its line, no colon.
_PURPOSE_ALONE = re.compile(
    r"^til\s+(?:beslutning|orientering|drøftelse|godkendelse|efterretning)$", re.IGNORECASE
)


def _note_bullet(text: str) -> bool:
    """A line of notes set as a bullet ("• Ny rute fra august"), no numbered point or
    heading behind the mark ("- 2. Title")."""
    if text[:1] not in _BULLET_MARKS or _BULLET.match(text) is None:
        return False
    return not _BULLET.sub("", text).lstrip()[:1].isdigit()


#: "a. Ny dagplejeleder", "b) Status på …": an orientation's points lettered in small letters.
_LETTERED_POINT = re.compile(r"^\s*(?P<letter>[a-h])[.)]\s+\S")


def _note_point(text: str, before: int) -> bool:
    """A line of notes: a bullet, or the point lettered after the ``before`` points above
    it ("a. …" first, then "b. …"): an orientation's news listed under the item's title."""
    if _note_bullet(text):
        return True
    lettered = _LETTERED_POINT.match(text) if text.lstrip()[1:2] in ".)" else None
    return lettered is not None and ord(lettered["letter"]) - ord("a") == before


#: The note bullets a labelled outcome may follow under a heading and still be evidence of
#: it (a slide's points: "Til beslutning" / "• …" × 7 / "BESLUTNING: Godkendt.").
_MAX_BULLETS_OVER_OUTCOME = 9


def _spaced_bullet(text: str) -> bool:
    """A note's bullet with a space after its mark ("• Ramme", "- udbud i maj", a slide's
    triangle "▸ Tidsfrist …"), not an arrow before the outcome ("-> godkendt"), which is
    the outcome itself."""
    text = text.lstrip()
    return text[1:2].isspace() and (text[:1] == "▸" or _note_bullet(text))


def _past_note_bullets(lines: list[Line], pos: int, after: list[int], skip: set[int]) -> list[int]:
    """The first three lines under the heading at ``pos``, its notes' bullets not counted:
    a slide's or a note taker's points between the item's title and its labelled outcome
    hide the outcome no more than a line of prose would."""
    if not any(_spaced_bullet(lines[k].clean) for k in after[:3]):
        return after[:3]  # (the cheap case: no bullet among the lines looked at)
    out: list[int] = []
    for k in _next_nonblank(lines, pos, skip, 3 + _MAX_BULLETS_OVER_OUTCOME):
        if not _spaced_bullet(lines[k].clean):
            out.append(k)
            if len(out) == 3:
                break
    return out


def _labelled_outcome(lines: list[Line], after: list[int]) -> bool:
    """Within the first lines under a heading, before any line shaped like another heading,
    a decision on its label's line (the notes of a forum that writes no section headings:
    a paragraph, then "Beslutning: …")."""
    for k in after:
        # "✔ Konklusion: …" on a slide, "> Beslutning: …" set off as a quote
        raw = lines[k].clean
        if raw.lstrip()[:2] == ">>" and ARROW_OUTCOME.match(raw):
            return True  # ">> Godkendt.": a note taker's double chevron before the outcome
        text = raw.lstrip(" \t✔✓☑✅>")
        if LABELLED_OUTCOME.match(text) or (text[:1] in ARROW_STARTS and ARROW_OUTCOME.match(text)):
            return True  # also "=> Godkendt.": a note taker's arrow before the outcome
        if text[:1] in "Rr" and _INLINE_MINUTES.match(text):
            return True  # "Referat: Menuplanen fortsætter." under a paragraph: the minutes
        status = STATUS_LINE.match(text) if text[:1] in "Ss" else None
        if status and outcome_line(text[status.end() :]):
            return True  # "Status: Godkendt.": an action log's outcome line
        abbreviated = _ABBREVIATED_OUTCOME.match(text) if text[1:2].isupper() else None
        if abbreviated and outcome_line(abbreviated.group("text")):
            return True  # "FOU: Godkendt.": the body's abbreviation before its outcome
        if text[-1:] == ":" and _body_decision_label(text):
            return True  # "Udvalgets beslutning den 12. februar 2025:" over the outcome
        if _dated_decision_with_text(text):
            return True  # "Beslutning i Økonomiudvalget den 01-10-2012: Godkendt."
        if "/" in text[:30] and _slashed_outcome(text):
            return True  # "Beslutning/konklusion: Til efterretning." under the notes
        if _decision_label_alone(text):
            return True  # "Beslutning:" left empty under an agenda's paragraph: its place
        if len(text) <= _MAX_BARE_LABEL and _bare_label_over_outcome(lines, k):
            return True  # "Beslutning" / "Godkendt." under the item's paragraph
        if _may_head(text) and not _point_in_prose(text):
            return False
    return False


#: "Beslutning/konklusion: Godkendt.": two labels parted by a slash, then the outcome.
_SLASHED_LABEL = re.compile(r"^(?P<label>[A-ZÆØÅ][\wæøå]+(?:\s*/\s*[\wæøå]+){1,2})\s*:\s*\S")


def _slashed_outcome(text: str) -> bool:
    """A decision under two labels parted by a slash on the outcome's own line
    ("Beslutning/konklusion: Til efterretning.", "Drøftelse/beslutning: …"), one of
    them the decision's: the item's outcome as "Beslutning: …" is."""
    m = _SLASHED_LABEL.match(text)
    key = heading_key(Line(0, m.group("label") + ":", 0)) if m else None
    return key is not None and key[0] == "beslutning"


def _decision_label_alone(text: str) -> bool:
    """ "Beslutning:" alone on its line, its colon written: the decision's label over its
    text, or left empty in an agenda that prints a place for it under each item's
    paragraph (a word alone without the colon, "Beslutning", may be a section's heading
    in a layout whose headings the evidence reads otherwise)."""
    if text[-1:] != ":":
        return False
    key = heading_key(Line(0, text, 0))
    return (key is not None and key[0] == "beslutning") or _named_body_label(text)


#: "Beslutning i KKR Vestegnen:": the decision's label naming a body by a name in capitals
#: (whose, the forum not known yet, is left to the body's grammar).
_NAMED_BODY_LABEL = re.compile(r"^Beslutning i (?-i:[A-ZÆØÅ])[\wæøå&.-]*(?: [\wæøå&.-]+){0,5}:$")


def _named_body_label(text: str) -> bool:
    """Whether ``text`` is "Beslutning i <name>:" alone on its line, the name any (a joint
    council's, "KKR Vestegnen", ends in no body word): a decision's label, this forum's or
    another body's, either way the sign of an item over it."""
    return _NAMED_BODY_LABEL.match(text) is not None


def _bare_label_over_outcome(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is the decision's label alone without its colon ("Beslutning") and the
    next line of text under it an outcome ("Godkendt.", "Rådet besluttede …"): a web page's
    or a secretary's item, its paragraph of notes and then its labelled decision, the bare
    word proven by what stands under it (alone it may be another layout's section)."""
    text = lines[k].clean.strip()
    if len(text) > _MAX_BARE_LABEL or text[-1:] == ":":
        return False
    key = heading_key(Line(0, text, 0))
    if key is None or key[0] != "beslutning":
        return False
    under = next((ln.clean for ln in lines[k + 1 : k + 3] if not ln.blank), None)
    return under is not None and outcome_line(under)


#: The longest bare decision label :func:`_bare_label_over_outcome` reads ("Beslutning").
_MAX_BARE_LABEL = 20


def _point_in_prose(text: str) -> bool:
    """ "Punkt 3 og 5 lukkes.": a sentence of the notes naming points of a log, shaped like
    a "Punkt N" heading but going on in small letters (no title), so no next heading."""
    m = _PKT.match(text) if text[:1] in "Pp" else None
    return m is not None and m.group("title")[:1].islower()


#: "FOU: Godkendt.": a label in capitals (a body's abbreviation) before the line's text.
_ABBREVIATED_OUTCOME = re.compile(r"^[A-ZÆØÅ]{2,5}:\s+(?P<text>\S.*)$")


def _body_decision_label(text: str) -> bool:
    """Whether ``text`` is a body's decision heading alone on its line ("Udvalgets
    beslutning den 12. februar 2025:"): a welcome or a briefing with no case line, one
    paragraph and then the body's decision is an item as one with a case line is."""
    if not text[:1].isupper() or ("s beslutning" not in text and "s afgørelse" not in text):
        return False
    key = heading_key(Line(0, text, 0))
    return key is not None and key[0] in ("beslutning", "tidligere_beslutning")


#: "beslutning", "afgørelse": the word a decision's label holds.
_DECISION_WORD = re.compile(r"beslutning|afgørelse", re.IGNORECASE)


def _dated_decision_with_text(text: str) -> bool:
    """Whether ``text`` is a body's dated decision label with the outcome after its colon
    on the same line ("Beslutning i Økonomiudvalget den 01-10-2012: Godkendt."): the
    decision of an item with no case line or section under its title (an agenda's
    approval), as "Beslutning: Godkendt." is, the label only longer."""
    m = _DATED_INLINE_HEADING.match(text)
    if m is None or _DECISION_WORD.search(m["heading"]) is None:
        return False  # ("Mødet i Teknisk Udvalg den 04-03-2021: aflyst.": no decision's label)
    key = heading_key(Line(0, m["heading"] + ":", 0))
    return key is not None and key[0] in ("beslutning", "tidligere_beslutning")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t").lstrip())


def _notes_under(heading: str, below: str) -> bool:
    """The line under a numbered heading is a bullet indented deeper than the heading (a
    OneNote or Teams page: the items a numbered list, each with its notes as bullets)."""
    text = below.lstrip()
    return (
        text[:1] in _BULLET_MARKS
        and _BULLET.match(text) is not None
        and _indent(below.replace("\t", "    ")) > _indent(heading.replace("\t", "    "))
    )


#: The characters ``layouts.text._BULLET`` can match first.
_BULLET_MARKS = frozenset(BULLET_MARKS)
#: The first characters of the words below ("ſ" and the Ångström sign match "s" and "å"
#: case-insensitively).
_HEAD_STARTS = frozenset("PpDdSs\u017fAa§Åå\u212bLlIVXNnTtF")
#: How every heading the patterns of :func:`candidates` match starts, but with a digit:
#: "Pkt", "Punkt", "Dagsordenspunkt", "Sag", "Ad", "§", "Åben(t)", "Lukket", "Nr" in any
#: case, or a Roman numeral (before a dot, a dash or a capital).
_HEAD_WORD = re.compile(
    r"(?i:pkt|punkt|dagsordens?punkt|tillægspunkt|sag|ad|§|åben|lukket|nr)|"
    # ("Forretning nr. 7/2025": a hegnsyn's business over its title)
    r"Forretning\s+(?:nr|\d)|"
    r"[IVX]{1,6}(?:\.|\s+[–—-]\s|\s[A-ZÆØÅ])"
)


#: "Aktionsliste", "Handlinger", "To do": the heading of the follow-up list after the items.
_FOLLOW_UP_HEAD = re.compile(
    r"^(?:#+\s*)?(?:to[\s-]?do|handlinger|handlingsliste|aktionsliste|aktioner|opgaveliste|"
    r"beslutnings- og handlingsliste)\s*:?$",
    re.I,
)
#: A numbered row of that list's table: the number, the action and more cells (who, when).
_ACTION_ROW = re.compile(r"^\d{1,4}\t[^\t]+\t")


def action_rows(lines: list[Line]) -> frozenset[int]:
    """Positions of the numbered rows of an action list's table under its heading
    ("Aktionsliste" / "#<TAB>Aktion<TAB>Ansvarlig<TAB>Frist" / "31<TAB>Cut-over plan<TAB>…"):
    numbered by the list's own running count, they are neither items nor contents."""
    out: set[int] = set()
    under = False
    for pos, line in enumerate(lines):
        text = line.clean.strip()
        if not under:
            under = "\t" not in text and _FOLLOW_UP_HEAD.match(text) is not None
        elif _ACTION_ROW.match(text):
            out.add(pos)
    return frozenset(out)


#: "B 14<TAB>Ledighedsstatistik": a committee's letter (or short code) before the item's
#: number running through the election period, the title after a tab (a Word agenda
#: system numbering every committee's points in a series of its own: B 14, B 15 …).
_PREFIXED = re.compile(
    r"^(?P<prefix>[A-ZÆØÅ]{1,3}) (?P<num>\d{1,4})(?:\t+\s*|\s{2,}|\s+[-–]\s+)"
    r"(?P<title>[A-ZÆØÅ0-9\"«].*)$"
)
#: "## B 14 Ledighedsstatistik": the same as a Word heading, one space before the title.
_PREFIXED_HEADING = re.compile(
    r"^(?P<prefix>[A-ZÆØÅ]{1,3}) (?P<num>\d{1,4})\s+(?P<title>[A-ZÆØÅ0-9\"«].*)$"
)
#: "B 14 Ledighedsstatistik" in plain text: one letter (the agenda's part or committee),
#: one space, the number, the title, and no heading mark; also a body's abbreviation of
#: two or three capitals ("KB 41 Meddelelser": a council's protocol numbering its points
#: through the election period, the two spaces after the number lost in the tidying).
#: Weaker than the forms above (a line of prose may start so: "E 45 Vejle–Kolding …"),
#: so only a line opening a paragraph (a blank line above) counts, and only in a run like
#: theirs.
_PREFIXED_PLAIN = re.compile(
    r"^(?P<prefix>[A-ZÆØÅ]{1,3}) (?P<num>\d{1,3}) (?P<title>[A-ZÆØÅ\"«][\wæøå].*)$"
)
#: "ØU-31 Title", "ØU-32A Title", "BY 2023-061  Title": the body's abbreviation joined to
#: its running number by a hyphen, or a space and the year before the number (a council
#: numbering its points through the year); a capital or small letter right after the
#: number is an item inserted after that one. Read as ``_PREFIXED_PLAIN`` is (a heading or
#: a paragraph's first line, kept only in a run).
_PREFIXED_JOINED = re.compile(
    r"^(?P<prefix>[A-ZÆØÅ]{1,3})(?:-| (?:19|20)\d{2}-)(?P<num>\d{1,4})(?P<letter>[A-Ha-h])?"
    r"(?:\t+\s*|\s+[-–]\s+|\s+)(?P<title>[A-ZÆØÅ\"«][\wæøå\"«].*)$"
)
#: How such a heading starts (the cheap test of :func:`_may_head`).
_PREFIXED_START = re.compile(r"[A-ZÆØÅ]{1,3}(?: \d|-\d)")


def _prefixed_run(out: list[Head], prefixed: list[tuple[int, str]]) -> list[Head]:
    """Headings numbered after a committee's letter ("B 14", "B 15" …) count only in a run
    of two or more with the same letter, each numbered one past the one before (the series
    runs through the election period, so the first need not be 1); a contents list and
    the text each make a run, and a line with another letter between breaks none. They
    keep their running number. Any other such line ("EU 2030  Strategi" in a text) is
    dropped."""
    keep: set[int] = set()
    # each letter's lines in order on their own (a stray "B 12 Bilag …" between "T 63" and
    # "T 64" breaks no run of T)
    by_prefix: dict[str, list[int]] = {}
    for i, prefix in prefixed:
        by_prefix.setdefault(prefix, []).append(i)
    for places in by_prefix.values():
        run: list[int] = []
        for i in places:
            if run and not _runs_on(out, run, i):
                if len(run) >= 2:
                    keep.update(run)
                run = []
            run.append(i)
        if len(run) >= 2:
            keep.update(run)
    drop = {i for i, _ in prefixed} - keep
    return [
        replace(h, evidence=h.evidence + 2) if i in keep else h
        for i, h in enumerate(out)
        if i not in drop
    ]


def _runs_on(out: list[Head], run: list[int], i: int) -> bool:
    """Whether ``out[i]`` continues a run of prefixed headings: one past the last, an item
    inserted under the last's number ("ØU-32A" after "ØU-32"), or, once the run holds two,
    one number skipped ("BY 2023-065" after "BY 2023-063": a point taken off the agenda)."""
    last = out[run[-1]].number
    number = out[i].number
    return (
        number == last + 1
        or (out[i].inserted and number == last)
        or (number == last + 2 and len(run) >= 2)
    )


def _without_control_cells(text: str) -> str:
    """ "7.<TAB>Eventuelt<TAB>Til top": a heading's row with the page's control in a cell of
    its own after the title (a link back to the top or to the contents, "Udskriv", "Print"),
    the row read without it; a cell of the title's own stays."""
    while "\t" in text:
        rest, _, last = text.rpartition("\t")
        if not last.strip() or not is_furniture(last.strip()):
            break
        text = rest.rstrip()
    return text


def _may_head(text: str) -> bool:
    """Whether a pattern of :func:`candidates` can match ``text`` (one cheap test for the
    prose lines, instead of eight patterns)."""
    first = text[:1]
    if first.isdigit() or (first in "(#" and text[1:2].isdigit()):
        return True  # "12. Title", "(12) Title", "#12  Title"
    if text[1:2] == "." and ("A" <= first <= "Z" or "a" <= first <= "z"):
        return True  # "A. Title", "a. Title" (a lettered heading) or "I. Title"
    if text[1:2] == ")" and first.isascii() and first.isalpha():
        return True  # "a) Title": a lettered heading with a bracket
    if text[1:2].isdigit() and "A" <= first <= "Z":
        return True  # "A1  Title": item 1 of group A ("B1", "D1", "O1": lettered by kind)
    if text[1:2] == " " and "A" <= first <= "Z" and text[2:3].isupper():
        return True  # "A  Title": a lettered heading in a typed table's column
    if (
        (" " in text[1:4] or "-" in text[1:4])
        and ("A" <= first <= "Z" or first in "ÆØÅ")
        and _PREFIXED_START.match(text)
    ):
        # "B 14<TAB>Title", "ØU-31 Title": the committee's letters before its running number
        return True
    return first in _HEAD_STARTS and _HEAD_WORD.match(text) is not None


def _bare_gap_heads(lines: list[Line], out: list[Head], unproven: list[Head]) -> list[Head]:
    """``out`` with the bare headings nothing proves ("1 Godkendelse af dagsorden", "2
    meddelelser" with a note's bullets under it, "6 Forebyggelsespulje" over a case field
    not filled in) that fill the run of the bare headings proven around them (a case line
    or a section label under each): after a blank line, no sentence's end, the number
    after the heading's above it, or one skipped (a careless agenda's "4", "4", "6"), and
    below the proven bare heading's under it, a short gap (1 at the top, over a proven 2 or
    3); each taken is given the evidence of one (the run's). Anywhere
    else such a line stays text."""
    heads = sorted(out, key=lambda h: h.pos)
    taken = {q for h in heads for q in h.consumed}
    added: list[Head] = []
    for head in sorted(unproven, key=lambda h: h.pos):
        p = head.pos
        if p < 1 or not lines[p - 1].blank or p in taken or head.title[-1:] in ",;:":
            continue
        after = next((h for h in heads if h.pos > p), None)
        if after is None or after.evidence < 2 or not _BARE.match(lines[after.pos].clean.strip()):
            continue
        if head.title[-1:] == "." and after.title[-1:] != ".":
            # (a full stop closes the title only where the proven heading's title under it
            # closes with one too: a typed protocol's titles are sentences)
            continue
        before = max((h for h in [*heads, *added] if h.pos < p), key=lambda h: h.pos, default=None)
        if before is None:
            fits = head.number == 1 and after.number in (2, 3)
        else:
            # (the number after the one above, or one skipped; a short gap: a list's
            # points among bare lines far apart in number are no such run)
            fits = (
                before.number < head.number <= before.number + 2
                and head.number < after.number <= before.number + 5
            )
        if fits:  # (the run around it is its evidence: the chain may count it)
            added.append(replace(head, evidence=max(head.evidence, 1)))
    return sorted([*out, *added], key=lambda h: h.pos) if added else out


#: A section's heading under an item's title ("Forslag", "Sagsfremstilling:"): short.
_MAX_SECTION_CHARS = 40


def _first_section(lines: list[Line], head: Head, skip: set[int]) -> str | None:
    """The text of the first line under ``head`` past the lines it consumed (its case
    line), where that line is short and no sentence (a section's heading), else None."""
    taken = set(head.consumed)
    for k in _next_nonblank(lines, head.pos, skip, 1 + len(taken)):
        if k in taken:
            continue
        text = lines[k].clean.strip().lstrip("#").strip()
        if len(text) > _MAX_SECTION_CHARS or not text[:1].isupper() or text[-1:] in ".,;":
            return None
        return text
    return None


def _first_of_same_sections(lines: list[Line], out: list[Head], skip: set[int]) -> list[Head]:
    """``out`` with evidence for a heading nothing proves that opens the run of the proven
    ones right after it ("87. Godkendelse af dagsorden" over "88. Regnskab 2023" /
    "24/2214", a council's running numbers, its first item without a case line) where
    the section heading under it is the one under the proven headings ("Forslag" under
    each, a heading the item grammar does not know): the item is written as theirs are."""
    if not any(h.evidence == 0 for h in out[:-1]):
        return out
    for i, h in enumerate(out[:-1]):
        nxt = out[i + 1]
        if h.evidence or nxt.evidence < 2 or nxt.number != h.number + 1:
            continue
        section = _first_section(lines, h, skip)
        if section is None:
            continue
        same = sum(
            1 for p in out[i + 1 :] if p.evidence >= 2 and _first_section(lines, p, skip) == section
        )
        if same >= 2:
            out[i] = replace(h, evidence=1)
    return out


@last_document_memo
def _closing_bare_heads(lines: list[Line], out: list[Head], unproven: list[Head]) -> list[Head]:
    """``out`` with the bare headings ("9 Personalesag (lukket)", "10 Eventuelt") that
    continue its last heading's numbers, below it, each a line standing alone: an agenda's
    closing items with nothing under them (a closed case, Eventuelt), written as the items
    above them were ("8 Title" / "Sagsnr.: …", a bare number proven by its case line).
    Without such a run above them a bare "9 Title" stays no heading."""
    last = out[-1]
    if last.evidence < 2 or not _BARE.match(lines[last.pos].clean.strip()):
        return out
    added: list[Head] = []
    for head in unproven:
        p = head.pos
        if (
            p <= last.pos
            or head.number != last.number + 1
            or not lines[p - 1].blank
            or (p + 1 < len(lines) and not lines[p + 1].blank)
        ):
            continue
        added.append(head)
        last = head
    return [*out, *added]


def _sub_point(lines: list[Line], out: list[Head], m: re.Match[str], pos: int) -> bool:
    """A bare "3a. Title" under the heading "Pkt. 3 Title" (the item's word before its
    number): a sub-point of item 3 with its own outcome, not an item inserted after it
    (which is written as the items are: "Pkt. 3a"). So is "3 a. Title" under "3. Title"
    whose case line stands above it while the part has none of its own
    (:func:`_part_of_cased_item`; under "3a) Title" with its case, "3b)" is the next part
    read as "3a" was)."""
    if m.group("word") or not out or out[-1].number != int(m.group("num")):
        return False
    if _PKT.match(lines[out[-1].pos].clean) is not None:
        return True
    return not out[-1].inserted and _part_of_cased_item(lines, out[-1].pos, pos)


#: The lines under a lettered part read for a case line of its own (``_part_of_cased_item``).
_PART_CASE_SPAN = 6


def _part_of_cased_item(lines: list[Line], head: int, pos: int) -> bool:
    """Whether the lettered heading at ``pos`` ("3 a. Korrektioner …") is a part of item 3
    (heading at ``head``), not an item inserted after it: the item's case line stands in
    its text above the part and the part's first lines carry none (an agenda item of its
    own, a supplementary "3a", is filed as a case of its own and shows its number); the
    part's lines end at the next numbered heading."""
    if not any(match_case_number(lines[k].clean) for k in range(head + 1, pos)):
        return False
    below = [k for k in range(pos + 1, len(lines)) if not lines[k].blank][:_PART_CASE_SPAN]
    for k in below:
        text = lines[k].clean
        if _NUMBERED.match(text) or _INSERTED.match(text) or _PKT.match(text):
            return True  # the next heading: the part's own lines end there
        if match_case_number(text):
            return False
    return True


#: The lines of an item's text read for its outcome (``_protocol_run``).
_PROTOCOL_ITEM_SPAN = 16


def _protocol_run(lines: list[Line], out: list[Head], weak: list[int], skip: set[int]) -> bool:
    """The weak headings ("Sag nr. 52.", "§ 14.") run on by one, and most of them have an
    outcome line in their text before the next heading: a protocol's items, not a contents
    list's entries (nothing under them) or a statute's paragraphs."""
    numbers = [out[i].number for i in weak]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return False
    ends = [h.pos for h in out[1:]] + [len(lines)]
    decided = 0
    for i in weak:
        stop = min(ends[i], out[i].pos + _PROTOCOL_ITEM_SPAN)
        body = (lines[k].clean for k in range(out[i].pos + 1, stop) if k not in skip)
        decided += any(text and outcome_line(text) for text in body)
    return 2 * decided > len(weak)


#: "Ad 1: Godkendt.", "Ad 2) Drøftet.": the outcome of one point of an item's recommendation.
_AD_POINT = re.compile(r"^Ad\s+(?:pkt\.?\s*|punkt\s+)?\d{1,2}\s*[:.)]\s+\S.*\.$", re.I)


def _decision_point(lines: list[Line], pos: int) -> bool:
    """Whether the "Ad N: <outcome>." line at ``pos`` stands right under a decision label,
    or under such lines that do: a two-part decision written point by point, no item
    heading (an item's "Ad N." heading stands under its predecessor's text, a blank line
    or more above it, and closes with its title, no full stop)."""
    p = pos
    while p > 0 and _AD_POINT.match(lines[p].clean):
        p -= 1
        if lines[p].blank:
            return False
        found = heading_key(lines[p])
        if found is not None:
            return found[0] == "beslutning"
    return False


def candidates(lines: list[Line], skip: set[int], start: int = 0) -> list[Head]:
    """Every line from ``start`` on shaped like a numbered item heading, with evidence.

    Forms: ``12. Title``, ``12.Title``, ``12Title``, ``Pkt. 12 Title``, ``• 301. Title``,
    a number alone with the title on the next line (``12`` / ``Title``, FirstAgenda and
    Drupal pages), and ``12 Title`` right under an "Åbent punkt" line.
    """
    out: list[Head] = []
    weak_heads: list[int] = []
    ad_heads: list[int] = []
    hashed: list[int] = []  # "#3 Title"
    romans: list[int] = []
    letters: list[int] = []
    grouped: list[int] = []
    prefixed: list[tuple[int, str]] = []  # "B 14<TAB>Title": (place in out, the letter)
    decimals: list[int] = []
    outline: list[int] = []
    pkt_outline: list[int] = []  # "Pkt. 2.1 Title"
    pkt_whole: list[int] = []  # "Pkt. 1 Title" (beside such)
    short_year: list[int] = []  # "## 08/25  Title"
    unproven: list[Head] = []  # "9 Personalesag (lukket)": a bare number, nothing under it
    lowered: list[Head] = []  # "4. klassedannelse 7. årgang": a title in small letters
    marks = {
        "weak": weak_heads,
        "ad": ad_heads,
        "hashed": hashed,
        "roman": romans,
        "letter": letters,
        "grouped": grouped,
        "decimal": decimals,
        "outline": outline,
        "pkt_outline": pkt_outline,
        "pkt_whole": pkt_whole,
        "short_year": short_year,
    }
    actions = action_rows(lines)
    for pos in range(start, len(lines)):
        line = lines[pos]
        if line.blank or line.index in skip or pos in actions:
            continue
        kinds: list[str] = []  # the runs below that may renumber this line's heading
        prefix: str | None = None  # "B 14<TAB>Title": a prefixed heading's letter
        clean = line.clean
        text = _BULLET.sub("", clean).strip() if clean[:1] in _BULLET_MARKS else clean.strip()
        if text[:1] == "[":
            text = _CHECKBOX.sub("", text)
            text = _BRACKETED_WORD.sub(r"\g<word>", text)  # "[Pkt. 2] Title": "Pkt. 2 Title"
            text = _BRACKETED_NUMBER.sub(r"\g<num>.", text)  # "[2] Title": "2. Title"
        elif " / " in text[:40]:
            text = _SECOND_LANGUAGE_WORD.sub("", text)  # "Oqaluuserisassaq / Punkt 01"
        elif text[:1] in "IiOo":
            text = _GREENLANDIC_ITEM_WORD.sub("Punkt", text)  # "Immikkoortoq 01"
        elif text[:1] in "TtVv":
            text = _ANSWER_WORD.sub("Ad ", text)  # "Til punkt 3 – Title", "Vedr. pkt. 3"
        if text[-1:] == ")" and text[:1] in "PpDdSs":
            text = _URGENT_MARKED.sub(r"\g<word>", text)  # "Punkt 9 (hastesag)"
        elif text[-1:].isdigit() and ("-" in text or "–" in text or "—" in text):
            text = _DATED_FORUM_PREFIX.sub("", text)  # "BUU 12.09.2023 - Sag nr. 61"
        # ("- 3 -" / "Title": the bullet rule above took the first dash for a bullet)
        dashed = clean[:1] in "-–—" and clean.rstrip()[-1:] in "-–—" and len(clean) < 12
        if not dashed and not _may_head(text):
            continue  # no pattern below can match (most lines: prose)
        if "\t" in text:
            text = _without_control_cells(text)
        if notes_items_elsewhere(text):
            continue  # "Pkt. 1-3 blev behandlet for lukkede døre": a note, no "Pkt. 1"
        if text[:1] in "Aa" and text[-1:] == "." and _decision_point(lines, pos):
            continue  # "Beslutning:" / "Ad 1: Godkendt." / "Ad 2: Drøftet.": the decision's parts
        ref = _AD_ALONE.match(text) if text[:1] in "Aa" else None
        if (
            ref
            and ref.group("roman")
            and (not _AD_ROMAN_WORD.match(text) or not roman_value(ref.group("roman")))
        ):
            ref = None  # "Ad IV" needs the item's word: "Ad pkt. IV"
        below = (
            _ad_title_below(lines, pos, skip, bool(ref.group("agenda")))
            if ref and not ref.group("case")
            else None
        )
        number: int | None = None
        title = ""
        consumed: list[int] = []
        if ref and below is not None:
            # "Ad 1." / "Godkendelse af dagsorden": one Word paragraph broken by a line
            # break, the title right under the reference (read as "Ad 1. Title" below)
            num = ref.group("num")
            number = int(num) if num else roman_value(ref.group("roman")) or 0
            title, consumed, ref = lines[below].clean.strip(), [below], None
        if ref:
            # "Ad pkt. 2" alone over the notes: the item's title is in the agenda above
            score, more, case = _evidence(lines, pos, "", skip)
            if ref.group("case") and case is None:
                case = match_case_number(ref.group("case"))
                score += 2 if case else 0
            weak_heads.append(len(out))
            num = ref.group("num")
            value = int(num) if num else roman_value(ref.group("roman")) or 0
            out.append(Head(pos, value, "", tuple(more), case, score))
            continue
        line_case: str | None = None
        opened_at: int | None = None
        m = _NUMBER_ALONE.match(text) if number is None else None
        if m and m.group("of") and not _counted(text, m):
            m = None
        marked_closed = False
        marked_letter = ""  # "Pkt. 12a · Åben sag": the inserted item's letter
        above_at = None
        if (
            m is None
            and first_bracket(text)
            and (bracketed := _BRACKETED_CASE.match(text))
            and (above_at := _one_line_title_above(lines, pos, skip)) is not None
        ):
            # "Budgetopfølgning 4. kvartal" / "(2) sagsnr. 12/20411": the title first, its
            # number in brackets under it with the case
            number, title = int(bracketed["num"]), lines[above_at].clean.strip()
            line_case = match_case_number(bracketed["case"])
        if (
            m
            and text.isdecimal()
            and (above_at := _title_above_number(lines, pos, skip)) is not None
        ):
            # "Title" / "32" / "Sagsnr." / "24/21977": the title printed above its number
            number, title, m = int(text), lines[above_at].clean.strip(), None
        if m is None and text[:1] in "PpDdSs" and text[-1:] in "tTgG":
            m = _NUMBER_MARKED.match(text)  # "Sag nr. 12 – Åben sag" over the title
            marked_closed = m is not None and m.group("mark")[:1] in "Ll"
        if m:
            line_case = (
                match_case_number(_AKT.sub("Sagsnr. ", m["case"]))
                if m.groupdict().get("case")
                else None
            )
            nxt = _next_nonblank(lines, pos, skip, 2)
            if len(nxt) == 2 and _FIELDS_HEAD.match(lines[nxt[0]].clean):
                consumed, nxt = [nxt[0]], nxt[1:]  # "Punkt 1" above a table of its fields
            elif (
                len(nxt) == 2
                and lines[nxt[0]].clean[:1] in "Pp"
                and (field := _NUMBER_FIELD.match(lines[nxt[0]].clean.strip()))
                and field["num"] == m["num"]
            ):
                consumed, nxt = [nxt[0]], nxt[1:]  # "Punkt 1" over "Punkt nr.: 1", "Emne: …"
            if (
                nxt
                and text[:1].isalpha()
                and (under := _marks_under_number(lines, nxt[0], skip)) is not None
            ):
                # "Punkt 4" / "Åbent" / "Sagsnr.: …" / "Title": the item's open mark and
                # case line between its number and its title (a web page's item block)
                consumed, line_case = [*consumed, *under[0]], under[1] or line_case
                marked_closed, nxt = under[2], [under[3]]
            if nxt:
                candidate = _TITLE_LABEL.sub("", lines[nxt[0]].clean)
                candidate, journal = split_journal(candidate)
                line_case = line_case or journal
                if (
                    candidate[:1] in "(SsJj"
                    and (lead := _LEADING_CASE.match(candidate))
                    and lead.group("case")
                    and plausible_title(candidate[lead.end() :])
                ):
                    # "Punkt 3" / "Sag nr. 2024-005613 – Title": the case printed before
                    # the title on the line under the item's number
                    line_case = line_case or match_case_number(lead.group("case"))
                    candidate = candidate[lead.end() :]
                # "Title" / "3" / "2024", "… ungdomsklub i" / "4" / "Høng": the second half a
                # lowercase word, a year, or after a first half that cannot end a title
                above = (
                    _title_start_above(lines, pos, skip)
                    if candidate[:1].islower()
                    or (candidate[:1].isdigit() and text[:1].isdigit())
                    or (text.isdigit() and _runs_on_above(lines, pos, skip))
                    else None
                )
                if above is not None and m.re is _NUMBER_ALONE and text[:1].isdigit():
                    # "Ansøgning om tilskud til" / "15" / "lejrskole, Haverslev Skole": a
                    # PDF's two-line title beside its number, the number printed between
                    candidate = f"{lines[above].clean.strip()} {candidate}"
                    opened_at = above
                if (
                    plausible_title(candidate)
                    and (not _is_known_heading(candidate) or _HEARING_TITLE.match(candidate))
                    and not match_case_number(candidate)
                    and not _NUMBER_ALONE.match(candidate)
                    # ("3" / "2. Budget 2025" / "4" / "3. …": a contents list's page under
                    # each title, no number over the next entry, a heading of its own)
                    and not (text.isdigit() and _NUMBERED.match(candidate))
                    # ("Pkt. 4 Lukket punkt" over "Pkt. 5 Eventuelt": the mark is the title)
                    and not (m.re is _NUMBER_MARKED and _MARKED_NEXT.match(candidate))
                    # ("## Punkt 13: Lukket punkt" a heading of its own, a blank line and
                    # plain text under it: the mark is the title, the text no heading's)
                    and not (
                        m.re is _NUMBER_MARKED
                        and line.heading_level
                        and not lines[nxt[0]].heading_level
                        and nxt[0] > pos + 1
                    )
                    # ("Punkt 7 – Lukket punkt", a blank line, "Beslutningerne under punkt
                    # 6 og 7 er ført i …": a sentence under the closed item's line, the
                    # mark is the title, the sentence a note)
                    and not (
                        m.re is _NUMBER_MARKED
                        and candidate[-1:] == "."
                        and (
                            (
                                nxt[0] > pos + 1
                                and (
                                    _prose_sentence(candidate)
                                    # ("Punkt 12: Lukket punkt", a blank line, "Sagen er
                                    # fortrolig.": a short sentence under the closed item's
                                    # line, its note)
                                    or (
                                        m["mark"][:1] in "Ll"
                                        and _SENTENCE_VERB.search(candidate) is not None
                                    )
                                )
                            )
                            # ("Pkt. 5  Lukket punkt" / "Sagen blev drøftet for lukkede
                            # døre og er ført i den lukkede protokol.": a whole sentence
                            # right under the closed item's line, no blank line between,
                            # is its note all the same)
                            or (m["mark"][:1] in "Ll" and _prose_sentence(candidate))
                        )
                    )
                ):
                    number, title = int(m.group("num")), candidate
                    consumed = [*consumed, nxt[0]]
                    marked_letter = (m.groupdict().get("letter") or "").lower()
            if number is not None and m.re is _NUMBER_ALONE and (m["shut"] or m["shut_after"]):
                marked_closed = True  # "Punkt 7 (Lukket)", "… Sagsnr. 19/44 Lukket" over the title
            if number is None:  # not a heading with its title below: try the other forms
                consumed = []
                opened_at = None
                line_case = line_case if m.groupdict().get("case") else None
                marked_closed = False
        if dashed and number is None and (bar := _dashed_alone(lines, pos, skip, clean.strip())):
            number, marked_letter, title, consumed = bar  # "- 3a -" over "Title"
        if number is None and len(text) <= 5 and "A" <= text[:1] <= "Z":
            alone = _grouped_alone(lines, pos, skip, text)
            if alone is not None:  # "A.1" alone over "Title": group A's item 1
                number, title, consumed = alone
                kinds.append("grouped")
        inserted = whole_pkt = False
        pkt_letter = ""  # "Pkt. 6A – Title": the inserted item's capital after its number
        if number is None and text[:1] in "PpSs§":
            m = _PKT_OUTLINE.match(text)
            if m and plausible_title(m.group("title")):
                # "Pkt. 2.1 Title": numbered for now as group 2's item 1 (see _pkt_outline_run)
                number = int(m.group("major")) * 100 + int(m.group("minor"))
                title = m.group("title").strip()
                kinds.append("pkt_outline")
            elif (zero := _PKT_ZERO.match(text)) and plausible_title(zero.group("title")):
                # "Pkt. 3.0 Økonomi": a point numbered with a zero decimal, as a note
                # numbering its sub-points "Pkt. 3.1", "Pkt. 3.2" writes its whole points
                number, title, whole_pkt = int(zero.group("num")), zero.group("title"), True
            elif _PKT.match(text):
                whole_pkt = True  # "Pkt. 1 Title" beside "Pkt. 2.1": marked once it is a head
        if number is None and (text[1:3] == ".0" or text[2:4] == ".0"):
            m = _ZERO_WHOLE.match(text)
            if m and plausible_title(split_journal(m.group("title"))[0]):
                # "3.0  Årsregnskab": a whole point with a zero decimal over its numbered
                # sections "3.1 Baggrund", "3.2 Indstilling" (a board's outline-numbered minutes)
                number, title = int(m.group("num")), m.group("title").strip()
        if number is None:
            for pattern in (
                _PKT,
                _NUMBERED,
                _GLUED,
                _YEAR_NUMBERED,
                _COLON_NUMBERED,
                _HASH_NUMBERED,
            ):
                m = pattern.match(text)
                lead_case = (
                    _LEADING_CASE.match(m.group("title"))
                    if m and pattern is _PKT and m.group("title")[:3].lower() == "sag"
                    else None
                )
                if (
                    lead_case is None
                    and m
                    and pattern is _PKT
                    and m.group("title")[:1] in _SET_CASE_FIRST
                    and text[: m.start("title")].rstrip()[-1:] == "/"
                ):
                    # "Sag  1 / 2014-0311   Title", "Sag  9 / -   Eventuelt": the case in a
                    # column of its own between number and title (a dash where none)
                    lead_case = _SET_CASE.match(m.group("title"))
                if lead_case and plausible_title(m.group("title")[lead_case.end() :]):
                    # "Punkt 1 – sag 2022-003310 – Title": the case between number and title
                    number, title = int(m.group("num")), m.group("title")[lead_case.end() :]
                    led = lead_case.group("case") or lead_case.groupdict().get("labelled")
                    line_case = (match_case_number(led) if led else None) or line_case
                    break
                if m and plausible_title(split_journal(m.group("title"))[0]):
                    number, title = int(m.group("num")), m.group("title").strip()
                    if pattern is _HASH_NUMBERED:
                        kinds.append("hashed")
                    if pattern is _PKT and title[1:2] in _LETTER_GAP:
                        title = _spaced_letter_off(title)  # "Punkt 12 A<TAB>Title"
                    elif pattern is _PKT and (lettered := _pkt_letter(text, m)) is not None:
                        title, pkt_letter = lettered  # "Pkt. 6A – Title"
                    break
        if number is None and line.heading_level and text[1:4].find("/") >= 0:
            m = _SHORT_YEAR_HEAD.match(text)
            if m and plausible_title(m.group("title")):
                # "## 08/25  Title": numbered for now as its year and number (see
                # :func:`_short_year_run`)
                number = int(m.group("yy")) * 1000 + int(m.group("num"))
                title = m.group("title").strip()
                kinds.append("short_year")
        part = marked_letter or pkt_letter
        inserted = inserted or bool(part)
        if number is None and (
            _DIGIT_LETTER.search(text[:24])
            or (text[:1] in "PpDd" and _WORD_DIGIT_LETTER.match(text[:24]))
        ):
            m = _INSERTED.match(text)
            if m and _sub_point(lines, out, m, pos):
                continue  # "Pkt. 3 Title" / "  3a. Title": item 3's own sub-point
            if m and plausible_title(split_journal(m.group("title"))[0]):
                number, title, inserted = int(m.group("num")), m.group("title").strip(), True
                part = m.group("letter").lower()
        if number is None and text[:1] in "AP" and text[-1:] != ":":
            m = _WORD_ROMAN.match(text)
            value = roman_value(m.group("roman")) if m else None
            if m and value and plausible_title(m.group("title")):
                number, title = value, m.group("title").strip()
                kinds.append("roman")
        # "03.02 Title": an agenda system's zero-padded two-level number, read as "3.2"
        two = _ZERO_PADDED.sub(r"\g<part>.", text) if text[:1] == "0" else text
        if number is None and text[:1] in "IVX":
            m = _ROMAN.match(text) or _ROMAN_SPACED.match(text)
            value = roman_value(m.group("roman")) if m else None
            if m and value and plausible_title(m.group("title")):
                number, title = value, m.group("title").strip()
                kinds.append("roman")
        elif number is None and line.heading_level and two[1:2] == "." and two[:1].isdigit():
            m = _OUTLINE.match(two)
            if m and _numbered_section(m.group("title")):
                m = None  # "### 5.1 Sagsfremstilling": an item's numbered section
            if m and plausible_title(m.group("title")):
                # "### 1.2 Title": numbered for now as group 1's item 2 (see _outline_run)
                number, title = (
                    int(m.group("major")) * 100 + int(m.group("minor")),
                    m.group("title"),
                )
                kinds.append("outline")
                if m.group("sub"):  # "### 3.3.a Title": inserted after 3.3
                    part, inserted = m.group("sub"), True
        elif number is None and text[:1] == "P" and not text[1:2].isdigit():
            m = _WORD_LETTERED.match(text)
            if m and plausible_title(m.group("title")):
                number, title = _letter_place(m), m.group("title").strip()
                kinds.append("letter")
        elif number is None and text[1:2] == " " and "A" <= text[:1] <= "Z":
            m = _LETTERED_SPACED.match(text)
            if m and plausible_title(m.group("title")):
                number, title = _letter_place(m), m.group("title").strip()
                kinds.append("letter")
        elif number is None and text[1:2] in ".)":
            m = _LETTERED.match(text)
            if m and plausible_title(m.group("title")):
                number, title = _letter_place(m), m.group("title").strip()
                kinds.append("letter")
            elif text[2:3].isdigit() and "A" <= text[0] <= "Z" and text[1] == ".":
                m = _GROUPED.match(text)  # "A.1 Title": group A's item 1, a point between
                if m and plausible_title(m.group("title")):
                    number = _group_key(m.group("letter"), m.group("num"))
                    title = m.group("title")
                    kinds.append("grouped")
        elif number is None and text[1:2].isdigit() and "A" <= text[0] <= "Z":
            m = _GROUPED.match(text)
            if m and m.group("letter") == "P" and text[1:2] != ".":
                pass  # "P3 Title": "Punkt 3" cut short, no group P (read by _PKT below)
            elif m and plausible_title(m.group("title")):
                # numbered for now by the group's letter and the number in it (see
                # :func:`_grouped_run`)
                number, title = _group_key(m.group("letter"), m.group("num")), m.group("title")
                kinds.append("grouped")
        if number is None and " " in text[1:4] and ("A" <= text[0] <= "Z" or text[0] in "ÆØÅ"):
            # ("ØU 118 Title": a body's abbreviation may open with a Danish capital)
            m = _PREFIXED.match(text) or (
                _PREFIXED_HEADING.match(text)
                if line.heading_level
                else _PREFIXED_PLAIN.match(text)
                if pos == 0 or lines[pos - 1].blank
                else None
            )
            if m is None and (line.heading_level or pos == 0 or lines[pos - 1].blank):
                m = _PREFIXED_JOINED.match(text)  # "BY 2023-061  Title"
            if m and plausible_title(m.group("title")):
                # kept only in a run of the same letter (see :func:`_prefixed_run`)
                number, title = int(m.group("num")), m.group("title").strip()
                prefix = m.group("prefix")
                if m.re is _PREFIXED_JOINED and m.group("letter"):
                    part, inserted = m.group("letter").lower(), True  # "ØU-32A"
        if (
            number is None
            and "-" in text[1:4]
            and ("A" <= text[0] <= "Z" or text[0] in "ÆØÅ")
            and (line.heading_level or pos == 0 or lines[pos - 1].blank)
            and (m := _PREFIXED_JOINED.match(text))
            and plausible_title(m.group("title"))
        ):
            # "ØU-31 Title": the letters joined to the number (see ``_PREFIXED_JOINED``)
            number, title, prefix = int(m.group("num")), m.group("title").strip(), m.group("prefix")
            part = (m.group("letter") or "").lower()
            inserted = inserted or bool(part)
        m = _DECIMAL.match(two) if number is None and two[1:3] in _DECIMAL_MARKS else None
        if m and _numbered_section(m.group("title")):
            m = None  # "5.1 Sagsfremstilling", "4.3 Beslutning": an item's numbered section
        if m and plausible_title(m.group("title")):
            # numbered for now by the part and the number in it (see :func:`_decimal_run`)
            number = int(m.group("part")) * 100 + int(m.group("num"))
            title = m.group("title").strip()
            kinds.append("decimal")
        gapped = bare = bare_lower = False
        if number is None:
            m = _BARE.match(text)
            prev = _prev_nonblank(lines, pos, skip)
            if m and prev is not None and _OPEN_CLOSED.match(lines[prev].clean):
                number, title = int(m.group("num")), m.group("title").strip()
                opened_at = prev  # "Åbent punkt" above "1 Title" opens the item
            elif m and line.heading_level and plausible_title(m.group("title")):
                # "## 1 Godkendelse af dagsorden": a web page's heading numbered without a dot
                number, title = int(m.group("num")), m.group("title").strip()
            elif m and _COLUMN_GAP.match(text) and plausible_title(m.group("title")):
                # "01   Title" printed from a PDF (the number in a column of its own): a
                # heading only with evidence under it (a case line, a section heading)
                number, title, gapped = int(m.group("num")), m.group("title").strip(), True
            elif m and plausible_title(m.group("title")):
                # "1 Meddelelser" (text copied from a PDF, the heading's bold lost): a
                # heading only with strong evidence right under it (a case line or a
                # section heading), see ``bare`` below
                number, title, bare = int(m.group("num")), m.group("title").strip(), True
            elif (
                m is None
                and text[:1].isdigit()
                and (low := _BARE_LOWER.match(text))
                and _lower_case_title(low.group("title"))
            ):
                # "2 meddelelser", "7 temadrøftelse: værdig død": never proven by itself
                number, title = int(low.group("num")), low.group("title").strip()
                bare = bare_lower = True
        lower = False
        if (
            number is None
            and (
                (text[:1].isdigit() and (m := _NUMBERED.match(text)))
                # ("Pkt. 4 - arbejdsmiljø i dagplejen, status": the point's word before it)
                or (text[:1] in "Pp" and (m := _PKT.match(text)))
            )
        ):
            # kept only where it fills the run of the others (see :func:`_lower_case_heads`)
            lower = _lower_case_title(m.group("title"))
            if lower:
                number, title = int(m.group("num")), m.group("title").strip()
        if number is None:
            continue
        if title[-3:].lower() in ("sag", "ing", "lse") and ("\t" in title or "  " in title):
            # ("…<TAB>Til beslutning", "…<TAB>Til orientering", "…<TAB>Til drøftelse")
            title = _TRAILING_KIND_COLUMN.sub("", title)
        if (open_mark := _TRAILING_OPEN_MARK.search(title)) is not None:
            # "Personalesag LUKKET": the item's status after its title, no word of it
            title = title[: open_mark.start()].strip()
            marked_closed = marked_closed or open_mark.group("mark")[:1] == "L"
        if title[-5:].lower() in ("skjul", "punkt"):
            title = _TRAILING_CONTROLS.sub("", title)
        again = _NUMBER_REPEATED.search(title) if title[-1:].isdigit() else None
        if again and int(again["num"]) == number:
            title = title[: again.start()]
        if title[-1:] == ")" and "(" in title:
            title = _TRAILING_PRESENTER.sub("", title)
        lead = (
            _LEADING_OPEN.match(title)
            if title[:1] == "("
            else _LEADING_OPEN_WORD.match(title)
            if title[:1] in "ÅL"
            else None
        )
        if lead:
            title = title[lead.end() :]
        elif title[:1] == "(" and (kind := _LEADING_KIND.match(title)):
            title = title[kind.end() :]
        elif title[:1] == "(" and (place := _AGENDA_PLACE.match(title)):
            title = title[place.end() :]
        elif (
            title[:1] == "(" and (added := _ADDED_PLACE.match(title)) and _after_number(text, title)
        ):
            title = title[added.end() :]
        if title[-1:] == "]" and ":" in title:  # "Title   [Formål: Beslutning / Ansv.: CHR]"
            title = _TRAILING_PLAN_FIELDS.sub("", title)
        title = running_number_off(title)  # "(løbenr. 12) Title", "Title  Løbenr. 123/10"
        if "nsv" in title:  # "Title   [sag 25/1883]   Ansv.: LTH": who answers for it
            title = owner_field_off(title)
        inline = _INLINE_CASE.search(title)
        if inline:  # PDF text ran the case line into the heading: "120. Title Sagsnr.: …"
            # ("**Pkt. 2 Title** · Sag: 14/1466": a middle dot or a bar set between them)
            title = title[: inline.start()].rstrip(" ·|").strip()
            if title[-1:] in _DASHES_LEFT:
                # "Ad 3) Title (høring)  -  j.nr. 27.12.00-P22-1-15": the spaced dash that
                # parted the title from its case field goes with the field
                title = _DASH_LEFT.sub("", title)
        title, line_case = split_journal(title) if not line_case else (title, line_case)
        last = consumed[-1] if consumed else pos
        wrapped = _wrapped_title(lines, last, skip)
        if wrapped is not None:  # a PDF's heading wrapped onto a second line
            title = join_wrapped(title, lines[wrapped].clean)
            consumed.append(wrapped)
            last = wrapped
        elif (
            inline is None
            and (rest := _wrapped_rest(lines, last, skip))
            # ("Title (punkt 2)" / "Title" / "Sagsnr. …": the title again, a web page's
            # second view of the heading, which ``_evidence`` takes as its repeat)
            and _norm(" ".join(lines[at].clean for at in rest)) != _norm(title)
        ):
            # a hard-wrapped heading: two or three lines of title over the case line
            for at in rest:
                title = join_wrapped(title, lines[at].clean)
            consumed.extend(rest)
            last = rest[-1]
            if inline is None and title[-1:] == ")":
                # "2.  Skrivelse om …" / "omkring lufthavnen.  (J.nr. 115/75)": the case
                # closing the title's second line
                inline = _INLINE_CASE.search(title)
                title = title[: inline.start()].strip() if inline else title
        title = _TRAILING_CONTROL.sub("", title)
        score, more, case = _evidence(lines, last, title, skip)
        if line_case and case is None:
            case, score = line_case, score + 2
        if inline and case is None:
            case = match_case_number(inline.group(0).strip().lstrip("–—-").strip().strip("()[]"))
            score += 2 if case else 0
        elif case is None and title[-1:] == ")" and _CASE_IN_TITLE.search(title):
            # "**1. Title** (22-031456)": the case number in brackets after the title, as
            # the item grammar reads it (``parse._CASE_IN_TITLE``), is a case line's evidence
            score += 2
        if ((gapped or dashed) and score < 1) or (bare and score < 2) or bare_lower:
            if not more and case is None:
                unproven.append(Head(pos, number, title, tuple(consumed)))
            continue
        if title[:1] in "Ll" and _CLOSED_TITLED.match(title) and score == 0:
            # "14. Lukket dagsorden: Salg af grund": a closed item printed with its title
            # alone, nothing under it; the mark before the title is its evidence (no line
            # of a list in an item's text opens so), the run must still count on to it
            score = 1
        weak = _WEAK_PREFIX.match(text) is not None
        if _PKT.match(text) and not weak:
            score += 1
        head_pos = pos
        over = None
        if opened_at is not None:
            head_pos, consumed = opened_at, [pos, *consumed]
        elif above_at is not None:
            head_pos, consumed = above_at, [pos, *consumed]
        elif case is None and (over := _fields_over(lines, pos, skip)) is not None:
            # "Åben sag" / "Sagsnr.: 2012-1002" / "Punkt nr. 35" / title: a portal's page
            # per item opens with the item's mark and case over its number
            head_pos, consumed, case = over[0][0], [*over[0][1:], pos, *consumed], over[1]
        elif (
            case is not None
            # (the fields over the number first: most headings have none, one line to test)
            and (over := _fields_over(lines, pos, skip)) is not None
            and (theirs := _next_items_case(lines, more, case, skip)) is not None
        ):
            # "Sagsnr. 24/101 - Lukket sag" / "Pkt. 12 - Title" / "Til toppen" / "Sagsnr.
            # 24/102 - Lukket sag" / "Pkt. 13 - …": a closed item with no text, the case
            # line under it the next item's, its own over its number
            more = [k for k in more if k != theirs]
            head_pos, consumed, case = over[0][0], [*over[0][1:], pos, *consumed], over[1]
        elif (mark := _mark_over(lines, pos, skip)) is not None:
            # "Åbent punkt" / "Punkt 62. Title": the mark opens the item under it
            head_pos, consumed = mark, [pos, *consumed]
        if head_pos != pos and over is not None and head_pos == over[0][0]:
            # ("Lukket sag" / "Sagsnr.: …" or "Sagsnr. 24/101 - Lukket sag" over the number:
            # the item's closed mark stands in its fields over it)
            marked_closed = marked_closed or _closed_over(lines, over[0])
        if whole_pkt:
            kinds.append("pkt_whole")
        if weak:
            kinds.append("weak")
            if text[:2].lower() == "ad":
                kinds.append("ad")
        if not lower:
            # the runs below count ``out``'s places: a heading is marked for them as it
            # enters ``out`` (one in small letters waits in ``lowered``, unmarked)
            for kind in kinds:
                marks[kind].append(len(out))
            if prefix is not None:
                prefixed.append((len(out), prefix))
        (lowered if lower else out).append(
            Head(
                head_pos,
                number,
                title,
                tuple(consumed + more),
                case,
                score,
                bool(line.heading_level),
                _CLOSED_MARK.match(lines[head_pos].clean) is not None
                or marked_closed
                or any(_closed_marker(lines[p].clean) for p in more)
                or (lead is not None and lead.group("mark").lower() == "lukket"),
                inserted,
                part,
            )
        )
    if any(out[i].evidence >= 2 for i in weak_heads):
        # "§ 2." / "Sag nr. 46" are item headings where one of them surely is (a decision
        # or case line under it); alone they also number a statute's or a letter's lines.
        for i in weak_heads:
            out[i] = replace(out[i], evidence=out[i].evidence + 1)
    titled = [i for i in weak_heads if out[i].title and i not in ad_heads]
    if len(titled) >= 3 and _protocol_run(lines, out, titled, skip):
        # "Sag nr. 52." / "Sag nr. 53." / …, each closed by "Godkendtes." or "Indstillingen
        # vedtoges …": an old protocol's items numbered through the year, their outcomes
        # in the record's own voice (no heading or case line under any of them): as sure
        # as a case line under each would make them ("Ad 2." answers an agenda's point
        # listed above it: no title of its own, no item here)
        for i in titled:
            out[i] = replace(out[i], evidence=out[i].evidence + 2)
    if len(ad_heads) >= 3 and sorted(out[i].number for i in ad_heads) == list(
        range(1, len(ad_heads) + 1)
    ):
        # "Ad 1. Godkendelse af dagsorden", "Ad 2. …", … every point from 1: a protocol's
        # items ("Ad" refers to an agenda's point; no other text numbers so), perhaps two
        # of them answered in another order than the agenda's ("Vedr. punkt 6" before 5)
        for i in ad_heads:
            out[i] = replace(out[i], evidence=out[i].evidence + 1)
    if len(hashed) >= 3 and [out[i].number for i in hashed] == list(range(1, len(hashed) + 1)):
        # "#1 Velkommen", "#2 …", … every point from 1 in order: typed notes numbering their
        # points with a hash (no other text numbers its lines so), whatever is under them
        for i in hashed:
            out[i] = replace(out[i], evidence=out[i].evidence + 1)
    if unproven and out:
        out = _closing_bare_heads(lines, _bare_gap_heads(lines, out, unproven), unproven)
    if len(out) >= 3:
        out = _closing_outcomes(lines, out, skip)
        out = _run_to_standing_last(lines, out)
        out = _planned_run(lines, out)
        out = _first_of_same_sections(lines, out, skip)
    if len(decimals) + len(outline) >= 2 and (placed := _points_in_place(out, decimals + outline)):
        # "2 Title" / "3.1 Title" / "3.2 Title" / "4 Title": points standing in the place of
        # item 3, which has no heading of its own; the rest stay for the runs below
        decimals = [i for i in decimals if i not in placed]
        outline = [i for i in outline if i not in placed]
    dotted = decimals + outline + pkt_outline
    if dotted and len({out[i].number for i in dotted}) == 1:
        # "## 6.1 Ekstra punkt: …" / "Punkt 52.1  Tillægspunkt: …" after a decided item 6
        # (52), no "6.2" (perhaps its contents line too): an item inserted after it, as
        # "6a" is, no sub-point of it
        for i in dotted:
            if (lone := _lone_extra_point(lines, out, i)) is not None:
                out[i] = lone
                decimals, outline = [k for k in decimals if k != i], [k for k in outline if k != i]
                pkt_outline = [k for k in pkt_outline if k != i]
                break
    # Each run below may drop headings, so the later ones find theirs again by line
    # position rather than by their place in ``out``.
    marked = [
        [out[i].pos for i in group]
        for group in (decimals, grouped, romans, letters, pkt_outline, pkt_whole, short_year)
    ]
    decimals_at, grouped_at, romans_at, letters_at, pkt_outline_at, pkt_whole_at, short_at = marked
    if prefixed:
        out = _prefixed_run(out, prefixed)

    def at(positions: list[int]) -> list[int]:
        wanted = set(positions)
        return [k for k, h in enumerate(out) if h.pos in wanted]

    tried = _outline_run(out, outline) if outline else None
    if tried is not None and len(tried) > len(out) - len(outline):
        out = tried  # an agenda's numbered groups holding items 1.1, 1.2, 2.1 …
        if decimals_at:
            out = _decimal_run(out, at(decimals_at))
    elif (
        outline
        # (plain "3.1 …" lines only above the first heading: a contents list's, not the text's)
        and not [i for i in decimals if i > outline[0]]
        and _dotted_groups(out, outline)
    ):
        # "## 1 Indledende punkter" / "### 1.1 Title" … beside "## 4 Eventuelt" (a group of
        # one item, a decision under it): the points are the items, as in plain text below
        whole = {h.pos for i, h in enumerate(out) if h.number < 100 and i not in outline}
        if styled := {h.pos for h in out if h.styled and h.pos in whole}:
            # the whole ones styled as the points are: not a numbered list "1. …", "2. …"
            # in a point's text (a decision under it or not), which would break the run
            whole = styled
        out = _pkt_outline_run(out, {out[i].pos for i in outline}, whole)
    elif decimals and not outline and _dotted_groups(out, decimals):
        by_pos = {h.pos: h for h in out}
        # plain "1.1 Title", "2.1 …" under numbered groups ("1 Indledende punkter"), "4
        # Eventuelt" a group of one item: the items, numbered as "Pkt. 2.1" points are
        whole = {h.pos for i, h in enumerate(out) if h.number < 100 and i not in decimals}
        # (not a list's "1. Title (420 KB)" under a point: nothing of an item under it and
        # no group's heading over its first point; it would break the run)
        over = {
            h.pos
            for i, (h, nxt) in enumerate(zip(out, out[1:], strict=False))
            if i + 1 in decimals and nxt.number == h.number * 100 + 1
        }
        whole = {p for p in whole if by_pos[p].evidence >= 1 or p in over}
        out = _pkt_outline_run(out, {out[i].pos for i in decimals}, whole)
    elif (outline or decimals) and (one := _one_group(lines, out, sorted(outline + decimals))):
        # "## 4. Sager til beslutning" / "### 4.1 …" … "### 4.5 …" between whole items
        # "## 3. Økonomi" and "## 5. Næste møde": the points are items of their own
        out = one
    elif outline or decimals:
        # else a report's part numbered 3.1, 3.2 … (Word headings or plain lines alike)
        out = _decimal_run(out, sorted(outline + decimals))
    if short_at:
        out = _short_year_run(out, at(short_at))
    if grouped_at:
        keys = {h.pos: h.number for h in out if h.pos in set(grouped_at)}
        out = _grouped_run(out, at(grouped_at))
        if letters_at:
            out, letters_at = _group_of_one(lines, out, keys, letters_at)
    if pkt_outline_at:
        # (a contents list's entry "§ 3 Title …… 2" right over "§ 3.1" is the same item as
        # the text's "§ 3" with its own text: the number tells)
        numbers = {
            h.number for h in out if h.pos in pkt_whole_at and _own_text(lines, h, out, skip)
        }
        texted = {h.pos for h in out if h.pos in pkt_whole_at and h.number in numbers}
        out = _pkt_outline_run(out, set(pkt_outline_at), set(pkt_whole_at), texted)
    if romans_at or letters_at:
        out = _roman_run(out, [at(romans_at), at(letters_at)])
    if len(out) >= 2:
        out = _without_range_groups(lines, out)
    if lowered and len(out) < 2 and _lower_case_run(lowered):
        # "1) godkendelse af referat" / "Konkl.: godkendt" … "8) evt": every heading of the
        # notes in small letters, no other to fit them into
        return sorted([*out, *lowered], key=lambda h: h.pos)
    return _lower_case_heads(out, lowered) if lowered and len(out) >= 2 else out


#: "Punkt 5-7: Anlægsbevillinger", "## Pkt. 4–6 Orienteringssager": a heading numbered by a
#: range of items, its first number in ``first`` and its last in ``last``.
_RANGE_HEADING = re.compile(
    r"^[#*\s]*(?:(?:punkt(?:erne)?|pkt)\.?\s*)?(?P<first>\d{1,3})\s*[-–]\s*"
    r"(?P<last>\d{1,3})\b\s*[:.]?\s*(?=[^\W\d_])",
    re.IGNORECASE,
)


def _without_range_groups(lines: list[Line], out: list[Head]) -> list[Head]:
    """``out`` less the headings numbered by a range of items ("Punkt 5-7:
    Anlægsbevillinger") where the next heading opens that range with its first number
    ("5. Anlægsbevilling - …"): a group heading over items numbered on their own, no item
    of its own (a group lettered or unnumbered over numbered sub-items is one; these
    sub-items are the meeting's items). A range heading with no item of its first number
    after it (a contents entry standing for a run, ``TocEntry.last``) stays."""
    drop = {
        i
        for i, (h, nxt) in enumerate(zip(out, out[1:], strict=False))
        if nxt.number == h.number
        and (m := _RANGE_HEADING.match(lines[h.pos].clean))
        and int(m["first"]) == h.number
        and int(m["last"]) > h.number
    }
    return [h for i, h in enumerate(out) if i not in drop] if drop else out


def _lower_case_run(lowered: list[Head]) -> bool:
    """Headings titled in small letters numbered 1, 2, 3 … in order (three or more), text
    between each and the next, half of them or more with evidence (an outcome under them):
    a careless note's items, not a list's points (those stand line under line)."""
    if len(lowered) < 3 or [h.number for h in lowered] != list(range(1, len(lowered) + 1)):
        return False
    if any(b.pos - a.pos < 2 for a, b in zip(lowered, lowered[1:], strict=False)):
        return False
    return 2 * sum(1 for h in lowered if h.evidence >= 1) >= len(lowered)


#: Words a numbered line in small letters opens with when it is a sentence or a list's
#: point, not a careless title ("1. at udvalget godkender …", "2. der er …").
_NOT_TITLE_START = frozenset(
    {
        *("at", "og", "eller", "samt", "men", "der", "som", "det", "den", "de", "en", "et"),
        *("er", "var", "vil", "skal", "kan", "har", "blev", "bliver", "hvis", "når", "så"),
        *("i", "på", "til", "for", "med", "af", "om", "fra", "ved", "under", "efter"),
        *("inden", "mellem", "også", "ikke", "kr"),
    }
)


def _lower_case_title(title: str) -> bool:
    """A numbered line's text is a title written in small letters ("godkendelse af
    dagsorden", "klassedannelse 7. årgang"): a letter first, short, no sentence's end, its
    first word no word a sentence or a point opens with."""
    title = title.strip()
    if not title[:1].islower() or len(title) > 80 or title[-1:] in ".,;:":
        return False
    first = title.split(None, 1)[0].rstrip(":,")
    return len(first) >= 3 and first.isalpha() and first not in _NOT_TITLE_START


def _lower_case_heads(out: list[Head], lowered: list[Head]) -> list[Head]:
    """``out`` with each heading titled in small letters that fills the run of the others
    (a careless note's "1. godkendelse af dagsorden" before "2. Nyt fra formanden", "4.
    klassedannelse" between 3 and 5): the number after the heading above it (1 at the top,
    2 or 3 under it), a larger one below it. Anywhere else such a line is a list's point."""
    heads = sorted(out, key=lambda h: h.pos)
    for low in lowered:
        before = [h for h in heads if h.pos < low.pos]
        after = [h for h in heads if h.pos > low.pos]
        if before:
            fits = before[-1].number + 1 == low.number and (
                not after or after[0].number > low.number or _list_then_next(after, low.number)
            )
        else:
            fits = low.number == 1 and bool(after) and after[0].number in (2, 3)
        if fits:
            heads.insert(len(before), low)
    return heads if len(heads) > len(out) else out


def _list_then_next(after: list[Head], number: int) -> bool:
    """Below a heading numbered ``number`` a list numbered from 1 in its text ("1. Uændret
    struktur", "2. …", "3. …" under its decision), and then the item numbered next: the
    list's points are no items and do not close the run."""
    if after[0].number != 1:
        return False
    nxt = next((h for h in after if h.number >= number), None)
    return nxt is not None and nxt.number == number + 1


#: "A1  Regnskab 2024", "B2. Title", "B.2 Title": item 2 of the agenda's group B ("B.
#: Orienteringssager"),
#: a board's agenda numbering its items within lettered groups.
_GROUPED = re.compile(r"^(?P<letter>[A-Z])\.?(?P<num>[1-9]\d?)[.)]?\s+(?P<title>[A-ZÆØÅ0-9\"«].*)$")


#: "08/25  Title": a heading numbered by the item's running number in the year and the
#: year in two digits (a leadership forum numbering its points through the year).
_SHORT_YEAR_HEAD = re.compile(r"^(?P<num>\d{1,3})/(?P<yy>\d{2})\s+(?P<title>[A-ZÆØÅ\"«].*)$")


def _closing_outcomes(lines: list[Line], out: list[Head], skip: set[int]) -> list[Head]:
    """``out`` with evidence for numbered headings whose item ends in its outcome: an old
    typed protocol ("1) Title." / an indented paragraph / "Vedtaget.") writes no section
    headings and no case line, only the text and then, as the item's last paragraph after a
    blank line, what was decided. A heading followed by its number's successor, with at
    least two paragraphs between them, the last of which opens with an outcome line, is an
    item (a numbered list in a text has no paragraphs of its own). At least two such items,
    else ``out`` unchanged."""
    found = []
    for i, (h, nxt) in enumerate(zip(out, out[1:], strict=False)):
        if h.evidence or h.inserted or nxt.number != h.number + 1:
            continue
        paragraphs: list[int] = []  # the first line of each paragraph between the two
        text: list[int] = []  # every line of text between the two
        blank = True
        for k in range(h.pos + 1, nxt.pos):
            ln = lines[k]
            if ln.blank:
                blank = True
            elif ln.index not in skip and k not in h.consumed and not is_furniture(ln.clean):
                if blank:
                    paragraphs.append(k)
                blank = False
                text.append(k)
        if (len(paragraphs) >= 2 and outcome_line(lines[paragraphs[-1]].clean)) or (
            # (one paragraph: its last sentence on a line of its own is the outcome)
            len(paragraphs) == 1 and _closing_sentence_line(lines, text)
        ):
            found.append(i)
    if len(found) < 2:
        return out
    return [replace(h, evidence=1) if i in found else h for i, h in enumerate(out)]


def _run_to_standing_last(lines: list[Line], out: list[Head]) -> list[Head]:
    """``out`` with evidence for plain numbered headings 1, 2, 3 … closed by the standing
    last item ("7. Eventuelt", proven by its title): a youth council's or a pupils' board's
    notes write what was said and decided under each point in plain sentences, with no
    section heading, case line or outcome label to prove a heading. Every heading of
    ``out`` is in the run: four or more, from 1 to the last one's number, one per number
    (a number typed twice where the next belongs, "2.", "2.", "4.", is allowed once), each
    after a blank line with text right under it. Else ``out`` unchanged."""
    if (
        len(out) < 4
        or out[0].number != 1
        or out[-1].number != len(out)
        or out[-1].evidence == 0
        or not standing_title(out[-1].title)
        or all(h.evidence for h in out[:-1])
    ):
        return out
    steps = [nxt.number - h.number for h, nxt in zip(out, out[1:], strict=False)]
    if any(step not in (0, 1, 2) for step in steps) or steps.count(0) > 1:
        return out
    for h in out:
        if h.inserted or h.pos == 0 or len(h.title) > 100:
            return out
        if not lines[h.pos - 1].blank or h.pos + 1 >= len(lines):
            return out
        if lines[h.pos + 1].blank and h.evidence < 2:
            # (a heading proven by what is under it, "2. Meddelelser" / "" / "## Beslutning i
            # Byrådet …" in an export setting its labels apart, may stand over a blank line)
            return out
    return [replace(h, evidence=max(h.evidence, 1), framed=True) for h in out]


def _planned(lines: list[Line], h: Head) -> bool:
    """The line right under heading ``h`` (its own lines skipped) is a planning field
    ("Formål: Beslutning", "Tid: 17.00-17.05"), or the line right under the heading is
    where a case line under the field ("Tid: 08:40-08:55 · Ansvarlig: …" / "Sag: …") was
    taken as the heading's own line."""
    k = max((h.pos, *h.consumed)) + 1
    return any(
        p < len(lines)
        and (text := lines[p].clean.strip())[:1] in _PLAN_STARTS
        and _PLAN_FIELD.match(text) is not None
        for p in {k, h.pos + 1}
    )


def planned_run(lines: list[Line], heads: Sequence[Head]) -> list[int]:
    """The places in ``heads`` of an agenda's planned items (see ``_planned_run``): four or
    more with a planning field right under each, numbered 1, 2, 3 … in order; else none."""
    planned = [i for i, h in enumerate(heads) if _planned(lines, h)]
    if len(planned) < 4 or [heads[i].number for i in planned] != list(range(1, len(planned) + 1)):
        return []
    return planned


def _planned_run(lines: list[Line], out: list[Head]) -> list[Head]:
    """``out`` with evidence for the headings a board's agenda plans: each with its
    purpose or its time box right under it ("**5) Skolens budget**" / "Formål: Drøftelse" /
    "Tid: 17.40-18.10"), four or more numbered 1, 2, 3 … in order with none missing. The
    planning fields alone say nothing of one heading (``_evidence``), but a whole agenda
    planned so is one; a numbered list inside an item (questions, "a." / "b." notes)
    carries no such field and stays text. Else ``out`` unchanged."""
    if len(out) < 4 or all(h.evidence for h in out) or not (planned := planned_run(lines, out)):
        return out
    keep = set(planned)
    return [replace(h, evidence=max(h.evidence, 1)) if i in keep else h for i, h in enumerate(out)]


def _closing_sentence_line(lines: list[Line], text: list[int]) -> bool:
    """One paragraph of notes whose last sentence, on a line of its own (the line before it
    ends a sentence), is the outcome: "… inden udvalget behandler trafikplanen i maj." /
    "Ingen beslutninger."; the outcome may wrap once ("Det blev aftalt at …" / "… om
    hastighedsnedsættelse."). A typed citizens' meeting's protocol writes its items so, no
    blank line before the outcome; a numbered list's entry in a text does not."""
    for back in (1, 2):
        if len(text) <= back:
            return False
        k, above = text[-back], lines[text[-back - 1]].clean.rstrip()
        if above[-1:] in ".!?" and outcome_line(lines[k].clean):
            return True
    return False


def _short_year_run(out: list[Head], short: list[int]) -> list[Head]:
    """Headings "NN/YY  Title" (see ``_SHORT_YEAR_HEAD``) are items only as a run: two
    or more of one year, each number the one before's next (so a day and month such as
    "12/03 Title" over one heading is none); they keep the running number."""
    keep: set[int] = set()
    run: list[int] = []
    shorts = set(short)
    for i in [*short, None]:
        key = out[i].number if i is not None else None
        if run and key is not None and key == out[run[-1]].number + 1:
            run.append(i)
            continue
        if len(run) >= 2:
            keep.update(run)
        run = [i] if i is not None else []
    return [
        replace(h, number=h.number % 1000, evidence=h.evidence + 2) if i in keep else h
        for i, h in enumerate(out)
        if i in keep or i not in shorts
    ]


#: "- 3 -", "– 3a –": an item's number alone on its line between two dashes, the title on
#: the next line (an ESDH print that sets each item's number as a page's number is set;
#: a letter after it marks an item added at the meeting, as "3a." does).
_DASHED_ALONE = re.compile(r"^[-–—]\s*(?P<num>\d{1,3})(?P<letter>[a-h])?\s*[-–—]$")


def _dashed_alone(
    lines: list[Line], pos: int, skip: set[int], text: str
) -> tuple[int, str, str, list[int]] | None:
    """(number, letter, title, the title's line) of a number between dashes alone on its
    line over the item's title (``- 3 -`` / ``Title``); else None. Such a line also numbers
    a page: the heading counts only with evidence under its title (see :func:`candidates`)."""
    m = _DASHED_ALONE.match(text)
    at = _title_under_alone(lines, pos, skip, _DASHED_ALONE) if m else None
    if m is None or at is None or at > pos + 2:
        return None
    return int(m.group("num")), (m.group("letter") or "").lower(), lines[at].clean.strip(), [at]


def _title_under_alone(
    lines: list[Line], pos: int, skip: set[int], alone: re.Pattern
) -> int | None:
    """Position of the item's title on the next line under a number alone on its line
    (``alone``, the number's own shape, which the title must not have); else None."""
    nxt = _next_nonblank(lines, pos, skip, 1)
    if not nxt:
        return None
    candidate = lines[nxt[0]].clean.strip()
    if (
        not plausible_title(candidate)
        or _is_known_heading(candidate)
        or match_case_number(candidate)
        or alone.match(candidate)
    ):
        return None
    return nxt[0]


#: "A.1", "B2": a number within a lettered group alone on its line (a web card's number
#: cell, a table's first column copied out), the title on the next line.
_GROUPED_ALONE = re.compile(r"^(?P<letter>[A-Z])\.?(?P<num>[1-9]\d?)[.)]?$")


def _grouped_alone(
    lines: list[Line], pos: int, skip: set[int], text: str
) -> tuple[int, str, list[int]] | None:
    """A grouped number alone on its line with the item's title on the next line
    (``A.1`` / ``Status på …``): the number as :func:`_group_key`, the title and the
    title's line; kept only in a run, as the grouped headings with their title are."""
    m = _GROUPED_ALONE.match(text)
    at = _title_under_alone(lines, pos, skip, _GROUPED_ALONE) if m else None
    if m is None or at is None:
        return None
    return _group_key(m.group("letter"), m.group("num")), lines[at].clean.strip(), [at]


def _group_key(letter: str, num: str) -> int:
    """A grouped number as one int while the run is checked: group A's 3 is 103."""
    return (ord(letter) - ord("A") + 1) * 100 + int(num)


def _grouped_run(out: list[Head], grouped: list[int]) -> list[Head]:
    """Headings numbered within lettered groups ("A1", "A2", "B1" …) count only in a run
    that starts at A1 and goes on by the next number or the next group's 1 (a contents
    list and the text each make one); the items of a run are numbered 1, 2, 3 … in order
    (as lettered items are numbered by the letter's place), and with two or more of them
    a run is sure evidence. Groups lettered by the kind of point ("B1", "B2" Beslutning,
    "D1" Drøftelse, "O1" Orientering: the letters not in the alphabet's order) make a run
    too where each group numbers from 1 and no letter comes back, with three headings or
    more in two groups or more. Any other such heading ("B12 …" in a text) is dropped."""
    keep: dict[int, int] = {}
    closed: set[int] = set()
    run: list[int] = []

    def close() -> None:
        groups = {out[i].number // 100 for i in run}
        alphabetical = bool(run) and out[run[0]].number == 101 and len(run) >= 2
        if alphabetical or (len(run) >= 3 and len(groups) >= 2):
            keep.update({i: k for k, i in enumerate(run, start=1)})
        elif (
            run
            and groups == {_CLOSED_GROUP}
            and out[run[0]].number % 100 == 1
            and (len(run) >= 2 or _CLOSED_IN_TITLE.search(out[run[0]].title))
        ):
            # "L1. Køb af ejendom (Lukket)", "L2. …" after the open items 1 … 6: a closed
            # part lettered L (lukket) and numbered from 1 again; its items keep their
            # printed numbers and are marked closed, as a "LUKKET DAGSORDEN" part's are
            # (two of them, or one whose title says it is closed)
            keep.update({i: out[i].number % 100 for i in run})
            closed.update(run)

    for i in grouped:
        key = out[i].number
        prev = out[run[-1]].number if run else None
        follows = prev is not None and (
            key == prev + 1
            or (key % 100 == 1 and key // 100 == prev // 100 + 1)
            or (
                key % 100 == 1
                and out[run[0]].number != 101
                and key // 100 not in {out[j].number // 100 for j in run}
            )
        )
        if not follows:
            close()
            run = [i] if key % 100 == 1 else []
            continue
        run.append(i)
    close()
    drop = set(grouped) - set(keep)
    return [
        replace(h, number=keep[i], evidence=h.evidence + 2, closed=h.closed or i in closed)
        if i in keep
        else h
        for i, h in enumerate(out)
        if i not in drop
    ]


def _group_of_one(
    lines: list[Line], out: list[Head], keys: dict[int, int], letters_at: list[int]
) -> tuple[list[Head], list[int]]:
    """``out`` with a lettered group's heading read as an item of its own where the group
    has no numbered points ("A. Beslutningssager" / "A1 …" … "B2 …" / "C. Eventuelt" /
    "Beslutning: Intet."): the group after the last point's, its heading carrying an item's
    evidence (an outcome under it, a standing title), the group before it headed by its
    letter too; numbered by place after that point, as the grouped points are (see
    :func:`_grouped_run`). ``keys``: the grouped points' keys (group A's 3 is 103) by
    position before the run numbered them; the lettered positions left are returned too."""
    kept = sorted((h.pos, h.number, keys[h.pos]) for h in out if h.pos in keys)
    taken: dict[int, int] = {}
    for h in out:
        if h.pos not in letters_at or h.evidence < 1:
            continue
        before = [k for k in kept if k[0] < h.pos]
        if not before or h.number != before[-1][2] // 100 + 1:
            continue
        group = before[-1][2] // 100
        first = next((k[0] for k in reversed(before) if k[2] == group * 100 + 1), None)
        above = _prev_nonblank(lines, first, set()) if first is not None else None
        headed = above is not None and lines[above].clean.lstrip("#*- ")[:2] in (
            f"{chr(ord('A') + group - 1)}.",
            f"{chr(ord('A') + group - 1)})",
        )
        if headed and not any(k[2] // 100 == h.number for k in kept):
            taken[h.pos] = before[-1][1] + 1
    if not taken:
        return out, letters_at
    return (
        [
            replace(h, number=taken[h.pos], evidence=h.evidence + 2) if h.pos in taken else h
            for h in out
        ],
        [p for p in letters_at if p not in taken],
    )


#: The group key of items lettered L ("L1", "L2": lukkede punkter, see :func:`_grouped_run`).
_CLOSED_GROUP = ord("L") - ord("A") + 1


#: "3.1 Godkendelse af dagsorden": item 1 of the document's part 3 ("3. Punkter"), a Word
#: report whose outline numbers its parts (1 Referat, 2 Bilag, 3 Punkter) and the items
#: within one of them.
#: "03.02": a two-level number zero-padded by an agenda system (group 3's item 2); the
#: padding goes, so the heading reads as "3.2" ("02.10" as "2.10").
_ZERO_PADDED = re.compile(r"^0(?P<part>[1-9])\.(?:0(?=[1-9]\d?\s))?(?=\d{1,2}\s)")
_DECIMAL = re.compile(
    r"^(?P<part>[1-9])\.(?P<num>[1-9]\d?)\.?\s+(?:[·–-]\s+)?(?P<title>[A-ZÆØÅ\"«].*)$"
)
#: The second and third characters such a heading can start with ("3.1 …", "3.12…").
_DECIMAL_MARKS = frozenset(f".{d}" for d in "123456789")


def _points_in_place(out: list[Head], dotted: list[int]) -> set[int]:
    """Points numbered "3.1", "3.2", "3.3" that stand where item 3 would (a council's
    agenda splitting one matter into sub-items, no heading "3" of its own): right after
    the whole item 2 and right before the whole item 4, both with something of an item
    under them, two points or more, most with a case or a decision under them. Such
    points are items, numbered on from the item above by place (4.1 … as the reader
    numbers points within groups), and the whole items after them move on, up to where
    the numbers start again (the text's headings under their contents list). ``out`` is
    renumbered in place; returns the points so read (none where no run fits)."""
    at = set(dotted)
    runs: list[list[int]] = []
    for i in sorted(dotted):
        if runs and runs[-1][-1] == i - 1 and out[i - 1].number == out[i].number - 1:
            runs[-1].append(i)
        elif out[i].number % 100 == 1:  # "3.1": a run's first point
            runs.append([i])
    fits = {
        run[0]: run
        for run in runs
        if len(run) >= 2
        and run[0] > 0
        and run[-1] + 1 < len(out)
        and run[0] - 1 not in at
        and run[-1] + 1 not in at
        and out[run[0] - 1].number == out[run[0]].number // 100 - 1
        and out[run[-1] + 1].number == out[run[0]].number // 100 + 1
        and out[run[0] - 1].evidence >= 1
        and out[run[-1] + 1].evidence >= 1
        and 2 * sum(out[i].evidence >= 2 for i in run) >= len(run)
    }
    if not fits:
        return set()
    shift, last, k = 0, 0, 0
    while k < len(out):
        h = out[k]
        if k in fits:
            run = fits[k]
            base = out[k - 1].number  # (the item above, already moved on)
            for place, i in enumerate(run, start=1):
                out[i] = replace(out[i], number=base + place, evidence=out[i].evidence + 2)
            shift += len(run) - 1
            last = h.number // 100
            k = run[-1] + 1
            continue
        if k not in at:
            if h.number <= last:
                shift = 0  # the numbers start again: another list of the items
            last = h.number
            if shift:
                out[k] = replace(h, number=h.number + shift)
        k += 1
    return {i for run in fits.values() for i in run}


def _decimal_runs(out: list[Head], decimals: list[int]) -> list[list[int]]:
    """The runs from N.1 on by the next number among ``decimals`` that make items: three or
    more, most with a case line or a decision under them."""
    runs: list[list[int]] = []
    for i in decimals:
        key = out[i].number
        if runs and out[runs[-1][-1]].number + 1 == key:
            runs[-1].append(i)
        elif (
            runs
            and key == (out[runs[-1][-1]].number // 100 + 1) * 100 + 1
            and out[i].evidence >= 2
            and out[runs[-1][-1]].evidence >= 2
        ):
            # "3.4 …" then "4.1 Meddelelser", a decision under both: the next group's
            # first item goes on with the run of items (not a new part's first section)
            runs[-1].append(i)
        elif key % 100 == 1:
            runs.append([i])
    return [
        run
        for run in runs
        if len(run) >= 3 and 2 * sum(out[i].evidence >= 2 for i in run) >= len(run)
    ]


def _decimal_run(out: list[Head], decimals: list[int]) -> list[Head]:
    """Headings numbered within a part ("3.1", "3.2" …) are items only in a run from N.1
    on by the next number (three or more, most with a case line or a decision under them:
    an item's own sections "2.1 Baggrund", "2.2 Økonomi" carry none). The run's items are
    numbered 1, 2, 3 … in order (as items within lettered groups are), and the outline's
    whole-numbered parts before it ("1. Referat", "2. Bilag", "3. Punkter") are no items.
    Without such a run every such heading is dropped, as before."""
    good = _decimal_runs(out, decimals)
    keep = {i: k for run in good[:1] for k, i in enumerate(run, start=1)}
    first = min(keep, default=None)
    part = out[first].number // 100 if first is not None else 0
    drop = set(decimals) - set(keep)
    if first is not None:
        drop |= {i for i in range(first) if i not in decimals and out[i].number <= part}
    return [
        replace(h, number=keep[i], evidence=h.evidence + 2) if i in keep else h
        for i, h in enumerate(out)
        if i not in drop
    ]


#: "### 1.2 Budgetstrategi 2026": a heading numbered within the agenda's numbered groups
#: ("## Beslutningspunkter" holding 1.1, 1.2; "## Drøftelsespunkter" 2.1 …).
#: Also "### 3.3.a Title", "3.3a Title": a point inserted after 3.3 in the same group.
_OUTLINE = re.compile(
    r"^(?P<major>[1-9]\d?)\.(?P<minor>[1-9]\d?)(?:\.?(?P<sub>[a-h])(?=[.\s]))?\.?\s+"
    r"(?:[·–-]\s+)?(?P<title>[A-ZÆØÅ\"«].*)$"
)


#: "Pkt. 2.1 Title": the item word before a number within the agenda's numbered groups
#: ("2 Orientering" holding Pkt. 2.1, 2.2; a group of one item keeps the whole "Pkt. 1").
#: Also "Sag nr. 5.1 Title" and "§ 3.1 Title" (a council's sub-items under item 5 or 3,
#: written with the item's word as its items are).
_PKT_OUTLINE = re.compile(
    r"^(?:Pkt|Punkt|Sag\s+nr|§)\.?\s*(?P<major>[1-9]\d?)\.(?P<minor>[1-9]\d?)\.?\s+"
    r"(?P<title>\S.*)$",
    re.I,
)

#: "3.0  Title": a whole point written with a zero decimal and no item word, its sections
#: numbered "3.1", "3.2" under it (two spaces or a tab, or one space before a capital).
_ZERO_WHOLE = re.compile(
    r"^(?P<num>[1-9]\d?)\.0\.?(?:\s{2,}|\t|\s(?=[A-ZÆØÅ]))(?P<title>[A-ZÆØÅ\"«].*)$"
)

#: "Pkt. 3.0 Title": a whole point written with a zero decimal beside "Pkt. 3.1".
_PKT_ZERO = re.compile(r"^(?:Pkt|Punkt)\.?\s*(?P<num>[1-9]\d?)\.0\.?\s+(?P<title>\S.*)$", re.I)


def _own_text(lines: list[Line], head: Head, out: list[Head], skip: set[int]) -> bool:
    """Whether a line of text stands under ``head`` before the next heading in ``out``
    (one not part of the heading itself)."""
    after = [h.pos for h in out if h.pos > head.pos]
    end = min(after) if after else len(lines)
    return any(
        not lines[k].blank and lines[k].index not in skip and k not in head.consumed
        for k in range(head.pos + 1, end)
    )


def _pkt_outline_run(
    out: list[Head],
    dotted: set[int],
    whole: set[int],
    texted: frozenset[int] | set[int] = frozenset(),
) -> list[Head]:
    """Items written "Pkt. 2.1", "Pkt. 2.2" within numbered groups ("2 Orientering"), a
    group of one item written with the group's number alone ("Pkt. 1", "Pkt. 4"): in a run
    from 1 (or 1.1) on, each the next item of its group or the first of the next group
    (three or more, two of them dotted), the items are numbered 1, 2, 3 … in order (as
    items within lettered groups are) and the groups' own numbered headings right before
    their first item ("1 Indledning", "2 Orientering") are no items. Dotted headings
    outside such a run are dropped (a section's number, not an item's). A whole heading in
    ``texted`` (text of its own under it: "§ 3 Boligsociale forhold" / "Under dette punkt
    behandles to sager" over "§ 3.1") is an item of its own before its sub-items."""
    order = [k for k, h in enumerate(out) if h.pos in dotted or h.pos in whole]
    # "Pkt. 2 Personalepolitik" right over "Pkt. 2.1 …": the group's own heading, written
    # as the items are
    heads = {
        k
        for k, nxt in zip(order, order[1:], strict=False)
        if out[k].pos in whole
        and out[k].pos not in texted
        and out[nxt].pos in dotted
        and divmod(out[nxt].number, 100) == (out[k].number, 1)
    }
    runs: list[list[int]] = []
    for k in (k for k in order if k not in heads):
        major, minor = divmod(out[k].number, 100) if out[k].pos in dotted else (out[k].number, 0)
        if runs:
            pm, pn = runs[-1][-1][1]
            if (
                (major == pm and pn and minor == pn + 1)
                # ("3.3.a" after "3.3": a point inserted in the group, a place of its own)
                or (major == pm and pn and minor == pn and out[k].inserted)
                or (major == pm + 1 and minor in (0, 1))
                # (the sub-items' own item, "§ 3" with its text, then "§ 3.1")
                or (major == pm and not pn and minor == 1 and out[runs[-1][-1][0]].pos in texted)
            ):
                runs[-1].append((k, (major, minor)))
                continue
        if major == 1 and minor in (0, 1):
            runs.append([(k, (major, minor))])
    good = [r for r in runs if len(r) >= 3 and sum(1 for _, (_, n) in r if n) >= 2]
    keep = {k: place for run in good for place, (k, _) in enumerate(run, start=1)}
    firsts = {k: key[0] for run in good for k, key in run if key[1] in (0, 1)}
    groups = {
        k - 1
        for k, major in firsts.items()
        if k > 0 and k - 1 not in keep and out[k - 1].number == major
    }
    groups |= {k for k in heads if k + 1 in keep}
    return [
        replace(h, number=keep[k], evidence=h.evidence + 2, inserted=False, part="")
        if k in keep
        else h
        for k, h in enumerate(out)
        if k not in groups and (k in keep or h.pos not in dotted)
    ]


def _dotted_groups(out: list[Head], decimals: list[int]) -> bool:
    """Plain headings "1.1", "1.2", "2.1" … are the items of numbered groups, not a part's
    or an item's sections, where no part holds a run of its own (:func:`_decimal_runs`),
    they run from 1.1 (or from 2.1 after a whole item 1) through two groups or more, each
    the next of its group or the next
    group's first (three or more), most with a decision or a case under them, and no
    whole-numbered heading right over a group's first point is an item of its own (a
    decision or a case under it: its sections, then)."""
    if len(decimals) < 3:
        return False
    keys = [divmod(out[i].number, 100) for i in decimals]
    if len({major for major, _ in keys}) < 2:
        return False
    if (
        keys[0] != (1, 1)
        and not (
            # "## 1 Godkendelse af dagsorden" (a decision under it) / "## 2 Sager til
            # beslutning" / "## 2.1 …": the first group one item, written with its number alone
            keys[0] == (2, 1) and any(h.number == 1 and h.evidence >= 1 for h in out[: decimals[0]])
        )
        and not _whole_groups_before(out, decimals[0], keys[0])
    ):
        return False
    if (
        _decimal_runs(out, decimals)
        and not _bare_group_heads(out, decimals, keys)
        # (every point with something of an item under it, most a case or a decision:
        # "01.01", "02.01" … "02.03", "03.01" are an agenda system's items, not one
        # part's sections)
        and not (
            all(out[i].evidence >= 1 for i in decimals)
            and 2 * sum(out[i].evidence >= 2 for i in decimals) > len(decimals)
        )
    ):
        return False
    for k, ((pm, pn), (major, minor)) in enumerate(zip(keys, keys[1:], strict=False), start=1):
        if not (
            (major == pm and minor == pn + 1)
            or (major > pm and minor == 1)
            or (major == pm and minor == pn and out[decimals[k]].inserted)  # "3.3.a"
        ):
            return False
    if 2 * sum(out[i].evidence >= 1 for i in decimals) <= len(decimals):
        return False
    firsts = {
        out[i].pos: major for i, (major, minor) in zip(decimals, keys, strict=True) if minor == 1
    }
    return not any(
        h.evidence >= 2 and out[k + 1].pos in firsts and firsts[out[k + 1].pos] == h.number
        for k, h in enumerate(out[:-1])
    )


def _lone_extra_point(lines: list[Line], out: list[Head], i: int) -> Head | None:
    """The heading ``out[i]`` numbered "N.1" as an item inserted after item N (numbered N,
    as "Na" is), where it is the text's only dotted heading, right after the heading of
    item N, both with a decision or a case under them (so it is no sub-point of N's text),
    among at least three whole-numbered items; else None."""
    major, minor = divmod(out[i].number, 100)
    if minor != 1 or i == 0 or out[i - 1].number != major:
        return None
    if sum(1 for h in out if h.number < 100 and h.evidence >= 1) < 3:
        return None
    end = out[i + 1].pos if i + 1 < len(out) else len(lines)
    whole_decided = _decided(lines, out[i - 1].pos + 1, out[i].pos)
    if not (whole_decided and _decided(lines, out[i].pos + 1, end)):
        return None
    return replace(out[i], number=major, inserted=True, evidence=out[i].evidence + 1)


def _whole_groups_before(out: list[Head], first: int, key: tuple[int, int]) -> bool:
    """The groups before the first point "N.1" (N of 3 or more) are each one item written
    with its number alone, something of an item under each ("## 1. Godkendelse af
    dagsorden" and "## 2. Meddelelser", a case and a decision under each, before "## 3.
    Budgetopfølgning" / "### 3.1 …"): deep outline numbering whose early groups hold no
    sub-items."""
    major, minor = key
    if minor != 1 or major < 3:
        return False
    before = out[:first]
    return all(any(h.number == n and h.evidence >= 1 for h in before) for n in range(1, major))


def _bare_group_heads(out: list[Head], decimals: list[int], keys: list[tuple[int, int]]) -> bool:
    """Every group of points "N.1", "N.2" … opened by its own whole-numbered heading right
    over its first point, none of them with anything under it ("## 2. Sager til
    beslutning" / "2.1 Title" …, "## 3. Sager til orientering" / "3.1 …"): an agenda's
    numbered groups, even where one group alone would make a run of items (a report's
    part "3. Punkter" holding 3.1, 3.2 … has no such heads over the other parts' points)."""
    for i, (major, minor) in zip(decimals, keys, strict=True):
        if minor != 1:
            continue
        above = out[i - 1] if i > 0 else None
        if above is None or above.number != major or above.evidence > 0:
            return False
    return True


def _decided(lines: list[Line], start: int, end: int, cases: bool = True) -> bool:
    """A decision heading ("Beslutning:") or a case line (where ``cases``) among
    ``lines[start:end]``."""
    for p in range(start, end):
        text = lines[p].clean
        if lines[p].blank:
            continue
        # (a label opening a long line counts: "Beslutning: Budgettet blev vedtaget. …")
        label = text.split(":", 1)[0] if ":" in text[:40] else None
        key = None
        if label:
            key = heading_key(Line(0, label + ":", 0))
        elif len(text) <= 40:
            # (the label alone on its line without a colon: "Beslutning" over the text)
            key = heading_key(lines[p])
        if (key and key[0] == "beslutning") or (
            cases and len(text) <= 80 and match_case_number(text)
        ):
            return True
    return False


def _texted_group_head(
    lines: list[Line], group: Head, first: Head, points_decided: list[bool]
) -> bool:
    """Whether a group's heading with text under it ("3. Orienteringer" / "Sagsnr.: 21/88" /
    "Punktet rummer disse orienteringer:" right over "3.1 …") is an item of its
    own over its points rather than an item whose points are its sections: no decision
    stands under it before its first point and every point has a decision of its own (a
    group heading over numbered sub-items is itself an item). Its text must name the
    item (a case number) or lead in to the points (a line ending in ":"): a sentence of
    its own alone ("Projektlederen orienterede om status.") is the item's text, its points
    its sections."""
    if not all(points_decided) or _decided(lines, group.pos + 1, first.pos, cases=False):
        return False
    return any(
        lines[p].clean.rstrip().endswith(":") or match_case_number(lines[p].clean) is not None
        for p in range(group.pos + 1, first.pos)
        if not lines[p].blank
    )


def _led_in_group(
    lines: list[Line], group: Head, first: Head, points: list[tuple[int, int]]
) -> bool:
    """Whether the text under a group's heading is only its lead-in to points that are
    the agenda's cases ("3. Meddelelser" / "Udvalget orienteres om disse sager:" / "3.1
    Title" / "Sagsnr.: …" / "Beslutning" …): one or two lines, the last ending in ":", no
    case number and no decision among them, while every point (``points``: its lines'
    span) has a case line and a decision of its own. The heading is then the group's, no
    item (with a case of its own it is one, see :func:`_texted_group_head`)."""
    text = [p for p in range(group.pos + 1, first.pos) if not lines[p].blank]
    if not text or len(text) > 2 or not lines[text[-1]].clean.rstrip().endswith(":"):
        return False
    if any(match_case_number(lines[p].clean) for p in text):
        return False
    if _decided(lines, group.pos + 1, first.pos, cases=False):
        return False
    return all(
        _decided(lines, start, end, cases=False)
        and any(
            len(lines[p].clean) <= 80 and match_case_number(lines[p].clean)
            for p in range(start, end)
            if not lines[p].blank
        )
        for start, end in points
    )


def _one_group(lines: list[Line], out: list[Head], dotted: list[int]) -> list[Head] | None:
    """Whole-numbered items with one of them a group of points ("## 4. Sager til
    beslutning" right over "### 4.1 …", "### 4.2 …": a steering group's notes): where the
    group's heading holds nothing of its own (no decision, no case: its points follow it
    at once), the points run from N.1 on by the next number (two or more, every one with
    a decision or a case under it) and whole-numbered items stand before or after the
    group, one of them at least with a decision or a case (else they are the document's
    parts, "1. Referat", "3. Punkter", see :func:`_decimal_run`), the points are the
    items in its place, numbered on from the item above (as "Pkt. 2.1" points are), the
    items after them moved on, and the group's heading is no item. A group's heading with
    text of its own and no decision ("3. Orienteringer" / "Sagsnr.: …" / "Punktet rummer
    disse orienteringer:" over "3.1 …", "3.2 …", each point with a decision of its own) is an
    item itself, its points numbered on after it (:func:`_texted_group_head`); else None."""
    first = dotted[0]
    keys = [divmod(out[i].number, 100) for i in dotted]
    major = keys[0][0]
    if (
        len(dotted) < 2
        or dotted != list(range(first, first + len(dotted)))
        or keys != [(major, minor) for minor in range(1, len(dotted) + 1)]
        or first == 0
    ):
        return None
    group = out[first - 1]
    whole = [h for k, h in enumerate(out) if k not in dotted and k != first - 1]
    if group.number != major or not whole:
        return None

    def decided(k: int, cases: bool = True) -> bool:
        end = out[k + 1].pos if k + 1 < len(out) else len(lines)
        return _decided(lines, out[k].pos + 1, end, cases)

    head = any(not lines[p].blank for p in range(group.pos + 1, out[first].pos))
    spans = [(out[i].pos + 1, out[i + 1].pos if i + 1 < len(out) else len(lines)) for i in dotted]
    if head and _led_in_group(lines, group, out[first], spans):
        head = False  # "Udvalget orienteres om disse sager:": the group's lead-in, no item
    if head and not _texted_group_head(
        lines, group, out[first], [decided(i, False) for i in dotted]
    ):
        return None  # text under the group's heading: an item, the points its sections
    if not all(decided(i) for i in dotted):
        return None
    if not any(decided(k) for k in range(len(out)) if k not in dotted and k != first - 1):
        return None  # no whole item decided: the document's parts ("1. Referat", "3. Punkter")
    if any(h.number >= 100 for h in whole) or sorted(h.number for h in whole) != [
        h.number for h in whole
    ]:
        return None  # (other numbered groups, or whole items out of order: not this)
    shift = len(dotted) - 1 + head
    return [
        *out[: first - 1 + head],
        *(
            replace(out[i], number=major + head + k, evidence=out[i].evidence + 2)
            for k, i in enumerate(dotted)
        ),
        *(replace(h, number=h.number + shift) for h in out[first + len(dotted) :]),
    ]


def _outline_run(out: list[Head], outline: list[int]) -> list[Head]:
    """Headings numbered "1.1", "1.2", "2.1" … are the items only where nothing else is
    numbered as one (no whole-numbered heading with evidence: else they are sub-points
    of item 1 and 2) and they run from 1.1 on by the next number or the next group's 1;
    then, as items numbered within lettered groups, they are numbered 1, 2, 3 … in order.
    Otherwise they are dropped (a section's number, as before)."""
    others = set(outline)
    if any(h.evidence >= 1 for i, h in enumerate(out) if i not in others):
        return [h for i, h in enumerate(out) if i not in others]
    kept = _grouped_run(out, outline)
    if sum(1 for h in kept if h.number < 100) - sum(1 for h in out if h.number < 100) < 3:
        return [h for i, h in enumerate(out) if i not in others]  # a run of three or more
    return kept


def _letters_lead(
    out: list[Head], runs: list[list[int]], lettered: set[int], romans: list[int]
) -> bool:
    """Whether the lettered runs carry more headings with evidence than the plain numbered
    headings beside them (an item's points "1) …" under one letter; numbered items under
    lettered groups carry the evidence themselves)."""
    letters = sum(out[i].evidence >= 1 for run in runs for i in run)
    others = sum(
        h.evidence >= 1 for i, h in enumerate(out) if i not in lettered and i not in romans
    )
    return letters > others


#: The numerals that are also letters, by value: their places in the alphabet.
_NUMERAL_LETTERS = {1: 9, 5: 22, 10: 24}


def _letters_not_numerals(out: list[Head], groups: list[list[int]]) -> list[list[int]]:
    """``groups`` (Roman, lettered) with each "I." / "V." / "X." that goes on a run of
    letters ("H. Title" right above "I. Title") moved to the letters as the letter it is
    (9, 22, 24), unless a Roman "II." follows it: a run of letters reaches I often enough
    (items A to J), a Roman run opens with I, II."""
    romans, letters = groups
    moved = []
    for i in romans:
        place = _NUMERAL_LETTERS.get(out[i].number)
        if place is None:
            continue
        above = [k for k in romans + letters if out[k].pos < out[i].pos]
        last = max(above, key=lambda k: out[k].pos) if above else None
        if (
            last is not None
            and last in letters
            and out[last].number == place - 1
            and not any(out[r].number == 2 and out[r].pos > out[i].pos for r in romans)
        ):
            moved.append(i)
    if not moved:
        return groups
    for i in moved:
        out[i] = replace(out[i], number=_NUMERAL_LETTERS[out[i].number])
    return [[i for i in romans if i not in moved], sorted(letters + moved)]


def _roman_run(out: list[Head], groups: list[list[int]]) -> list[Head]:
    """Roman-numbered headings count only in a run I, II, III … (three or more; a contents
    list and the text make two runs): such a run numbers nothing else in minutes, and
    its headings get evidence. A lone "V. Hansen"
    is an initial, not item 5: without the run every Roman candidate is dropped. Lettered
    headings ("A. Siden sidst", "B. …": the letter's place in the alphabet) likewise, and
    a run of them also needs most of its headings to carry evidence of their own (a case
    line under each): letters also mark the options or sub-points inside an item."""
    out = list(out)
    groups = _letters_not_numerals(out, groups)
    drop: set[int] = set()
    bonus: set[int] = set()
    lettered = set(groups[1])
    # beside items with numbers "C. Holm" is a name, not item 3: letters number the items
    # of a document that numbers none (or a run of them with a case line under most)
    beside = bool(lettered) and any(
        h.evidence >= 1 for i, h in enumerate(out) if i not in lettered and i not in groups[0]
    )
    beside_styled = bool(lettered) and any(
        h.evidence >= 1 and h.styled
        for i, h in enumerate(out)
        if i not in lettered and i not in groups[0]
    )
    for g, numbered in enumerate(groups):
        runs: list[list[int]] = []
        for i in numbered:  # a contents list and the text each number I, II, III … once
            # a heading goes on the latest run it continues (options "A. …", "B. …" inside
            # item B do not break the items' run A, B, C)
            # (one written as this heading is first: "## D. Title" continues "## C. Title",
            # not the plain options "A. …" … "C. …" between them)
            follow = [r for r in reversed(runs) if out[r[-1]].number + 1 == out[i].number]
            run = next((r for r in follow if out[r[-1]].styled == out[i].styled), None)
            run = run or next(iter(follow), None)
            if run is None and not g and out[i].number > 2:
                run = _run_past_gap(out, runs, i)
            if run is None and out[i].number > 1:
                run = _repeated_in_run(out, runs, i)
            if run is None or out[i].number == 1:
                runs.append(run := [])
            run.append(i)
        good = [run for run in runs if len(run) >= 3 and out[run[0]].number == 1]
        good += _cut_repeats(out, runs, good)
        strong = [r for r in good if 2 * sum(out[i].evidence >= 2 for i in r) >= len(r)]
        styled = [r for r in good if all(out[i].styled for i in r)] if g and good else []
        if g and styled and not beside_styled and _letters_lead(out, styled, lettered, groups[0]):
            # "## A. Title" … "## G. Eventuelt": every letter set as a heading, the numbers
            # beside them plain lines ("1) Sygefravær …" under one item) and fewer of them
            # with evidence: the letters number the items, the numbers an item's points
            good = styled
            first = out[styled[0][0]].pos
            drop |= {
                i
                for i, h in enumerate(out)
                if i not in lettered and i not in groups[0] and not h.styled and h.pos > first
            }
        elif g and strong:
            # a run of lettered headings most of which carry evidence (a case line under
            # each), and the contents list before it; not the options "A. …" / "B. …"
            # inside an item ("1. Oversigt …" under an item's Bilag is no numbered item)
            good = (good[:1] if good[0] is not strong[0] else []) + strong
        elif g and (beside or (bonus and not any(out[i].evidence for run in good for i in run))):
            # ("III. Meddelelser" / "a) …" / "b) …" / "c) …" / "IV. Title": under a run
            # of Roman items, letters with no evidence at all are an item's sub-points)
            good = []
        keep = {i for run in good for i in run}
        # Of two runs the first is the contents list: no evidence, so it is not taken for
        # the first sure item heading (before which the contents list is looked for).
        drop |= set(numbered) - keep
        if g:  # letters ("A. Hansen", "B. Jensen" may list names) need evidence of their own
            continue
        bonus |= {i for run in good[1:] for i in run} if len(good) > 1 else keep
    return [
        replace(h, evidence=h.evidence + 2) if i in bonus else h
        for i, h in enumerate(out)
        if i not in drop
    ]


def _repeated_in_run(out: list[Head], runs: list[list[int]], i: int) -> list[int] | None:
    """The latest run, of two headings or more, whose last heading has the number of heading
    ``i`` under another title ("C. Høring …" / "C. Ældrepolitik …": a letter or
    numeral typed twice, as the contents list above may repeat it too); else None."""
    last = runs[-1] if runs else None
    if last is None or len(last) < 2 or out[last[-1]].number != out[i].number:
        return None
    return None if titles_match(out[last[-1]].title, out[i].title) else last


def _run_past_gap(out: list[Head], runs: list[list[int]], i: int) -> list[int] | None:
    """The run of three or more Roman-numbered headings from I that heading ``i`` closes past
    a gap of one or two numerals ("VIII. Eventuelt" / "X. Hastesag": the item withdrawn or
    the numeral a supplementary agenda gave lies between), where a labelled decision or a
    case line under it is its evidence; else None."""
    if out[i].evidence < 1:
        return None
    last = runs[-1] if runs else None
    if last is None or len(last) < 3 or out[last[0]].number != 1:
        return None
    return last if 2 <= out[i].number - out[last[-1]].number <= 3 else None


def _cut_repeats(out: list[Head], runs: list[list[int]], good: list[list[int]]) -> list[list[int]]:
    """Runs of two headings or more below a full run (the contents list "A." … "G.") that
    repeat its first headings in order, number and title, each with evidence of its own
    (a case line or a decision under it): the items' text of a page cut short after its
    second or third item, too short a run by itself."""
    if not good:
        return []
    listed = good[0]
    found = []
    for run in runs:
        if (
            run not in good
            and 2 <= len(run) < len(listed)
            and out[run[0]].pos > out[listed[-1]].pos
            and out[run[0]].number == 1
            and all(out[i].evidence >= 2 for i in run)
            and all(
                titles_match(out[a].title, out[b].title) for a, b in zip(listed, run, strict=False)
            )
        ):
            found.append(run)
    return found


def _fields_over(lines: list[Line], pos: int, skip: set[int]) -> tuple[list[int], str] | None:
    """(positions, case number) of the case line right above the heading at ``pos`` and of
    the open/closed mark right above that, where they open a block (a blank line or the
    page's furniture over them), else None: "Åben sag" / "Sagsnr.: …" / "Punkt nr. 35"."""
    at = pos - 1
    if at > 1 and lines[at].blank and lines[at - 2].blank and lines[at].index not in skip:
        return _fields_over_apart(lines, at - 1, skip)
    if at < 1 or lines[at].blank or lines[at].index in skip:
        return None
    case = _case_of(lines[at].clean)
    if case is None:
        return None
    top = [at]
    if _OPEN_CLOSED.match(lines[at - 1].clean):
        top.insert(0, at - 1)
    above = top[0] - 1
    if above >= 0 and not lines[above].blank and lines[above].index not in skip:
        return None  # the last line of the item above: its own case, not this one's
    return top, case


#: "Sagsnr. 26/1102 - Åben sag": a case line that carries the item's open/closed mark.
_MARKED_CASE = re.compile(r"[\s·|,–-](?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?\s*$", re.I)


def _fields_over_apart(lines: list[Line], at: int, skip: set[int]) -> tuple[list[int], str] | None:
    """``_fields_over`` where every line of the text is a paragraph of its own (a Word
    file's text: a blank line between the case line and the heading, and between the mark
    and the case line): the case line one paragraph over the heading is the item's only
    where its open/closed mark goes with it, on its line ("Sagsnr. 26/1102 - Åben sag")
    or as the paragraph over it ("Åben sag" / "Sagsnr.: …"); a case line alone there may
    close the item above (its field printed at its foot)."""
    if lines[at].index in skip or lines[at].blank:
        return None
    text = lines[at].clean
    case = _case_of(text)
    if case is None:
        return None
    if _MARKED_CASE.search(text):
        return [at], case
    mark = at - 2
    if mark >= 0 and lines[at - 1].blank and _OPEN_CLOSED.match(lines[mark].clean.strip()):
        return [mark, at], case
    return None


def _mark_over(lines: list[Line], pos: int, skip: set[int]) -> int | None:
    """Position of the open/closed mark alone on the line right above the heading at
    ``pos`` ("Åbent punkt" / "Punkt 62. Title", "Lukket sag" / "Pkt. 7 Title"), where it
    opens a block (a blank line, the page's top or its furniture over it): the mark is
    the item's, the first line of its block, not the last of the item above. Else None."""
    at = pos - 1
    if at < 0 or lines[at].blank or lines[at].index in skip:
        return None  # (the cheap test: most headings have a blank line over them)
    if not _OPEN_CLOSED.match(lines[at].clean.strip()):
        return None
    above = at - 1
    if above >= 0 and not lines[above].blank and lines[above].index not in skip:
        return None
    return at


def _marks_under_number(
    lines: list[Line], at: int, skip: set[int]
) -> tuple[list[int], str | None, bool, int] | None:
    """(the marks' positions, case number, closed, the title's position) where the line at
    ``at``, right under an item's word and number alone (``Punkt 4``, ``Sag 4``), opens the
    item's marks before its title: the open/closed mark alone (``Åbent``, ``Åben sag``) and
    the case line (``Sagsnr.: …``, ``J.nr. …``), each at most once and in either order, as a
    web page's item block prints them over the title; else None (the caller then reads the
    line under the number as the title, as before: ``Punkt 7`` / ``Lukket punkt`` alone)."""
    marks: list[int] = []
    case: str | None = None
    closed = False
    for k in [at, *_next_nonblank(lines, at, skip, 2)]:
        text = lines[k].clean.strip()
        if not closed and len(marks) < 2 and _OPEN_CLOSED.match(text):
            if any(_OPEN_CLOSED.match(lines[j].clean.strip()) for j in marks):
                return None  # (two marks: a list of marks, no item's block)
            marks.append(k)
            closed = _closed_marker(text)
            continue
        if case is None and len(marks) < 2 and (found := _case_of(text)) is not None:
            marks.append(k)
            case = found
            continue
        if (
            not marks
            or not plausible_title(text)
            or (_is_known_heading(text) and not _HEARING_TITLE.match(text))
            or _opens_next_item(lines, k - 1, skip)
            or _MARKED_NEXT.match(text)
            or _PKT.match(text)
            # ("Lukket punkt" / "Sagen er behandlet for lukkede døre.": a note, no title)
            or (text[-1:] == "." and _prose_sentence(text))
            # ("Lukket punkt" / "Tid: 10 min": the item's planning field, no title; the
            # mark is the title then)
            or _PLAN_FIELD.match(text)
        ):
            return None
        return marks, case, closed, k
    return None


def _next_items_case(lines: list[Line], found: list[int], case: str, skip: set[int]) -> int | None:
    """Position of the line among ``found`` (the lines ``_evidence`` took under a heading)
    that carries ``case`` and stands right over the next item's heading (``Pkt. 13 - …``),
    so that it may be the next item's case line rather than this one's; else None."""
    for k in found:
        if _case_of(lines[k].clean) != case:
            continue
        nxt = _next_nonblank(lines, k, skip, 1)
        text = lines[nxt[0]].clean if nxt else ""
        return k if _PKT.match(text) or _opens_next_item(lines, k, skip) else None
    return None


#: "Sagsnr. 24/101 - Lukket sag": a case line closed by the item's closed mark.
_TRAILING_CLOSED = re.compile(r"\s[-–—|·]\s*lukket(?:\s+(?:sag|punkt))?$", re.IGNORECASE)


def _closed_over(lines: list[Line], fields: list[int]) -> bool:
    """Whether the fields over an item's number (``_fields_over``'s lines) mark it closed:
    a closed mark alone, or closing the case line."""
    return any(
        _closed_marker(lines[k].clean) or _TRAILING_CLOSED.search(lines[k].clean) is not None
        for k in fields
    )


def _closed_marker(text: str) -> bool:
    """ "Lukket punkt", "Lukket sag", "Åben/lukket: Lukket", "Closed item"; "Lukket punkt."
    written as a sentence."""
    text = text.split(" | ")[0].removesuffix(".")  # "Lukket sag | Sagsnr.: …"
    if not _OPEN_CLOSED.match(text):
        return False
    value = re.sub(r"^åben/lukket\s*:\s*", "", text, flags=re.I).lower()
    return value.startswith(("lukket", "closed"))


#: A heading's number and a space before its title ("8 Title"), as a portal writes it.
_BARE_NUMBER = re.compile(r"^(\d{1,3}) \S")


def _next_bare_number(heading: str, text: str) -> bool:
    """Whether ``text`` opens with the number after the one ``heading`` opens with, both
    bare before their titles ("8 Salg af …" / "9 Meddelelser"): the next item's heading
    right under a closed item's (which has no text of its own), no wrapped title."""
    this, nxt = _BARE_NUMBER.match(heading), _BARE_NUMBER.match(text)
    return this is not None and nxt is not None and int(nxt.group(1)) == int(this.group(1)) + 1


def _wrapped_title(lines: list[Line], pos: int, skip: set[int]) -> int | None:
    """Position of the second line of a wrapped heading, else None: a short line in lower
    case right under the heading, followed by the heading's own lines (an "Åben sag"
    mark or the case number), as PDF exports wrap long titles."""
    nxt = _next_nonblank(lines, pos, skip, 2)
    if len(nxt) < 2:
        return None
    text = lines[nxt[0]].clean
    if presenter_line(text):
        return None  # "v/ direktør Jens Lind (20 min.)" over the case line: who presents it
    after = lines[nxt[1]].clean
    level = lines[pos].heading_level
    if (
        level
        and lines[nxt[0]].heading_level == level
        and len(text) <= 60
        and not text.endswith((".", ":"))
        and text.lower() not in SECTION_HEADINGS
        and _case_of(after)
        # "### E. Pause" right over "### F. Title": the next item's heading, not a wrap; so
        # is "## 1.1. Title" under its group's "## 1. Sager til beslutning"
        and not (
            _NUMBERED.match(text)
            or _LETTERED.match(text)
            or _PKT.match(text)
            or _OUTLINE.match(text)
            or (_DIGIT_LETTER.search(text[:8]) and _INSERTED.match(text))  # "## 7a. Title"
            # "## 8 Title Lukket punkt" over "## 9 Title": the next number, written alike
            or _next_bare_number(lines[pos].clean, text)
        )
    ):
        # "## 4 Ansøgning om … - Djurs" / "## Sportsdans" / "Sagsnr.: …": the export cut
        # the heading into two heading paragraphs, the case line under the second
        return nxt[0]
    if _hanging_rest(lines, pos, nxt[0], text):
        return nxt[0]
    # (also "11. Forslag til tillæg …, Boligområde ved Skovvej," / "Nordby - endelig
    # vedtagelse" / "Sagsnr.: …": a heading stopping on a comma goes on, as on a word no
    # title ends with, whatever the rest's first letter)
    goes_on = text[:1].islower() or _cut_short(lines[pos].clean)
    if not goes_on or len(text) > 100 or text.endswith((".", ":")):
        return None
    if _OPEN_CLOSED.match(after) or _case_of(after) or _CASE_LABEL_ALONE.match(after):
        # (also "Orientering om …" / "besøgscenter, status" / "Sagsnr." / "23/14990": the
        # case field's label and value on lines of their own, as a PDF prints its columns)
        return nxt[0]
    # "II. Fordeling af lokaletilskud 2010 til" / "aftenskoler og foreninger" / blank: a
    # heading stopping on a word no title ends with, its lower-case rest right under it
    # and a blank line after.
    ends_open = _OPEN_END.search(lines[pos].clean) is not None
    alone = nxt[0] == pos + 1 and nxt[0] + 1 < len(lines) and lines[nxt[0] + 1].blank
    if ends_open and text[:1].isupper() and _capital_rest(lines, pos, nxt[0], text):
        return nxt[0]
    if ends_open and text[:1].islower() and (alone or _lower_rest_over_text(lines, pos, nxt)):
        return nxt[0]
    if alone and text[:1].islower() and _lower_rest_alone(lines, pos, text):
        return nxt[0]
    return None


#: A heading line's last word holding figures parted by a dot, dash or slash (a case or
#: journal number in a column beside the title: "15.00.00-A00-3-25", "24/1187").
_NUMBER_LAST = re.compile(r"\d[./-]\d\S*$")


def _lower_rest_alone(lines: list[Line], pos: int, text: str) -> bool:
    """Whether ``text``, a line in lower case right under a long typed heading line and set
    off by a blank line under it, is the title's rest although the heading stops on a word
    a title may end with ("3. Handleplan for nedbringelse af vold og trusler" / "i
    hjemmeplejen 2025" / blank: a typed heading wrapped onto an indented second line): a
    short line with no sentence's marks (a lower-case sentence of the item's text, "intet
    at bemærke.", has its full stop). Not under a heading line closed by a case number
    ("… under 30 år 15.00.00-A00-3-25": a PDF's column beside the title, read apart)."""
    return (
        not lines[pos].heading_level
        and _NUMBER_LAST.search(lines[pos].clean) is None
        and len(lines[pos].clean) >= _WRAPPED_OPEN_AT
        and len(text) <= _WRAPPED_OPEN_AT
        and not _sentence_marked(text)
    )


def _sentence_marked(text: str) -> bool:
    """Whether ``text`` holds a mark of a sentence or a field (full stop, comma, colon,
    semicolon, "!" or "?"): no bare rest of a wrapped title."""
    return any(mark in text for mark in ".,:;!?")


#: The shortest heading line :func:`_lower_rest_over_text` takes to have been wrapped.
_WRAPPED_OPEN_AT = 40


def _lower_rest_over_text(lines: list[Line], pos: int, nxt: list[int]) -> bool:
    """Whether the line ``nxt[0]`` right under a long heading line that stops on a word no
    title ends with ("3. Høring om stiplan og budget for") is the title's rest although the
    item's text follows it with no blank between ("cykelstier i byen" / "Ole fortalte …"):
    a short line in lower case with no sentence's marks, the line under it opening a
    sentence with a capital (a typed heading wrapped onto an indented second line)."""
    text = lines[nxt[0]].clean
    return (
        nxt[0] == pos + 1
        and nxt[1] == pos + 2
        and not lines[pos].heading_level
        and len(lines[pos].clean) >= _WRAPPED_OPEN_AT
        and len(text) <= _WRAPPED_AT
        and not _sentence_marked(text)
        and lines[nxt[1]].clean[:1].isupper()
    )


#: The shortest heading line taken to have been wrapped before a capitalised rest.
_WRAPPED_AT = 60


def _capital_rest(lines: list[Line], pos: int, at: int, text: str) -> bool:
    """Whether ``text`` (line ``at``) is the capitalised rest of a heading that stopped on a
    word no title ends with ("4. Høring om lokalplan 12 for boligområdet ved" /
    "Engtoften" / the item's text): right under a long typed heading line, a name of one
    to four words with no sentence's marks (no full stop, comma or colon)."""
    head = lines[pos]
    return (
        at == pos + 1
        and not head.heading_level
        and len(head.clean) >= _WRAPPED_AT
        and len(text) <= 40
        and len(text.split()) <= 4
        and not _sentence_marked(text)
    )


def _rest_over_next_entry(lines: list[Line], k: int, last: TocEntry) -> bool:
    """Whether line ``k`` of a contents list is the rest of the entry above it, wrapped at
    a capital or a dash ("Punkt 3: Anlægsbevilling til renovering af Hirtshals" /
    "Svømmehal"; "… Kommuneplan 2016" / "- endelig vedtagelse"): a short line set close
    under the entry's lines (no blank between) and right over the next entry by number,
    or, where blank lines part the entries, any such line under an entry."""
    text = lines[k].clean
    if (
        last.number is None
        or "\t" in text
        or len(text) > 80
        or k + 1 >= len(lines)
        or lines[k - 1].blank
        or text[-1:] in ".:"
    ):
        return False
    if (
        ":" not in text
        and text[:1].isalpha()
        and last.pos > 0
        and lines[last.pos - 1].blank
        and len(lines[last.pos].clean) >= 40  # (a line long enough to have been wrapped)
        # (and the line's first word would not have fitted on the entry's line: a longer
        # line under a heading is the item's text, "6) Ansøgning fra …" / "Ansøgningen
        # afvist - det ligger uden for …")
        and len(lines[last.pos].clean) + 1 + len(text.split(None, 1)[0]) > len(text)
    ):
        # ("3  Ansøgning om tilskud til forsamlingshuset i Nørre" / "Lyndelse - …" / blank:
        # in a list whose entries stand apart, a line close under one is its rest)
        return True
    nxt = lines[k + 1]
    if nxt.blank or not (nxt.clean[:1].isdigit() or nxt.clean[:1] in "PpA"):
        return False
    entry = toc_entry(nxt)
    return entry is not None and entry.number == last.number + 1


def _wrapped_rest(lines: list[Line], pos: int, skip: set[int]) -> list[int]:
    """Positions of the rest of a hard-wrapped heading, else []: one to three lines right
    under the heading's line (no blank between; for a styled heading, each styled alike)
    and right over its case line or a section's label ("Punkt 2: Forslag til lokalplan
    … ved" / "Stationsvej samt tillæg …" / "- endelig vedtagelse" / "Sagsnr.: …"; "Pkt. 5
    Budget 2018 - konsekvenser for handi-" / "capområdet" / "Konklusion: …"), as e-mail,
    narrow PDF columns and fixed-width printouts wrap long titles. A rest that opens with a
    capital is taken only under a heading line long enough to have been wrapped."""
    head = lines[pos]
    if head.clean[-1:] in ".:;!?)" or pos + 2 >= len(lines):
        return []  # (a title closing its bracket is whole: "Title (20 min.)")
    level = head.heading_level
    out: list[int] = []
    k = pos + 1
    cased = False
    while k < len(lines) and len(out) <= 3:
        line = lines[k]
        text = line.clean
        if line.blank and len(out) == 1 and _OPEN_END.search(head.clean):
            # "134. Salg af byggegrund til" / "Odder Boligselskab – …" / blank: a
            # title that cannot end on its preposition goes on in one line, the item's text
            # empty (a closed item listed by its title)
            break
        if line.blank or line.index in skip:
            return []
        if (
            _case_of(text)
            or _CASE_LABEL_ALONE.match(text)
            # ("j.nr. 27.15.00-G01-***-19": a case line whose number is masked or in a
            # form not read is still the case line, never the title's rest)
            or (text[:1] in "sSjJaA" and _CASE_LABEL_OPENING.match(text))
        ):
            cased = True
            break
        if _labelled_section(line) or (
            # ("Dok.nr.: 18/8812", "Sagsbehandler: …": a field of the item under its title)
            ":" in text[:20] and " " not in text.split(":", 1)[0].strip()
        ):
            break
        if text[:1] == "(" and AGENDA_NOTE.match(text):
            break  # "(optaget på dagsordenen efter § 11 …)": a note under the title
        if AGENDA_STATUS.match(text):
            break  # "Udsat fra sidste møde": how the item came onto the agenda
        if text[:1] == "o" and text[1:2] in (" ", "\t"):
            # "Punkter til næste møde" / "o Budget 2025" / "o Kurser": a Word list's
            # sub-bullet saved as a letter "o" (no Danish word), never a title's rest
            return []
        if text[:4] == "Til " and _PURPOSE_LINE.match(text):
            # "Sag 2: Rammeaftale 2020 … – godkendelse" / "Til beslutning" / "Sagsnr: …":
            # the item's purpose under its title, as in _title_continuation, no title's rest;
            # under the rest ("… i week-" / "enderne" / "Til beslutning", or "… sundhedsperso-"
            # / "nale – status" / "Til drøftelse | Ansvarlig: …") it closes the heading as a
            # case line does
            if not out:
                return []
            break
        if line.heading_level != level:
            return []
        if translation_under(head.clean, text) or (
            greenlandic(head.clean) and not greenlandic(text)
        ):
            # (the title's translation under it, or the Danish title under a Greenlandic
            # one, as ``parse._title_continuation`` and ``parse._danish_title_under`` read)
            return []
        if (
            len(out) < 3
            and text[-1:] == "."
            and k + 1 < len(lines)
            and _case_of(lines[k + 1].clean)
            and not (text[:1].isdigit() and _NUMBERED.match(text))
            # ("2. Title" / "Taget til efterretning." / "Sag: …": a short protocol's outcome
            # under the title, before the case, is no title's rest)
            and not outcome_line(text)
        ):
            # "18  Ansøgning om … til Ringkøbing" / "Idrætscenter, udvidelse af …." /
            # "J.nr. …": a typed title closed by its full stop right over the case line
            out.append(k)
            k += 1
            continue
        if (
            len(out) == 3
            or len(text) > 80
            or text[-1:] in ".:;!?"
            or text.lower() in SECTION_HEADINGS
            or _OPEN_CLOSED.match(text)
            or (text[:1].isdigit() and _NUMBERED.match(text))
            or (text[:1] in "Pp" and _PKT.match(text))
            or _LETTERED.match(text)
        ):
            return []
        out.append(k)
        k += 1
    if not out or k >= len(lines):
        return []
    first = lines[out[0]].clean
    if presenter_line(first):
        return []  # the presenter under the title
    if first[:1].islower() or head.clean[-1:] in "-,":
        return out
    if _OPEN_END.search(head.clean) is not None:
        return out
    # wrapped at a capital or a dash: only over the case line, under a line long enough
    # to have been wrapped
    return out if cased and len(head.clean) >= 40 else []


#: "j.nr. 27.15.00-G01-***-19", "Sagsnr.: (udeladt)": a line opening with a case label,
#: whatever the number after it looks like.
_CASE_LABEL_OPENING = re.compile(rf"^(?:{CASE_NUMBER_LABEL}|akt[\s-]?id)\s*:?\s*\S", re.I)


def _labelled_section(line: Line) -> bool:
    """Whether the line opens a section of the item's text: "Beslutning:", "Resumé", or
    the label with its text on the line ("Konklusion: Drøftet.")."""
    text = line.clean
    if ":" in text[:30]:
        return text.split(":", 1)[0].strip().lower() in SECTION_HEADINGS
    if line.heading_level:  # (a styled line has a key of its own: its words)
        return text.lower() in SECTION_HEADINGS
    return heading_key(line) is not None


def _hanging_rest(lines: list[Line], pos: int, at: int, text: str) -> bool:
    """Whether ``text`` (line ``at``) is the rest of a typed protocol's title set under its
    first line in a hanging indent: "Sag 43/1989.  Ansøgning om tilskud til" / "nyt
    lysanlæg på stadion." / blank, or "2.  Skrivelse om støjzoner" / "omkring lufthavnen.
    (J.nr. 115/75)". The heading's line (typed, no styled heading) stops without a full
    stop, the next line right under it goes on in lower case (no sentence of the text
    opens so) and ends the title with its full stop: a blank line after it, or the case
    number in brackets after the stop (the typewriter's case mark at the title's end)."""
    head = lines[pos].clean
    if (
        at == pos + 1
        and not lines[pos].heading_level
        and text[-1:] == "."
        and (at + 1 >= len(lines) or lines[at + 1].blank)
        and (
            # "… fra byggeloven, matr.nr. 7 b," / "Kalundborg Landevej." / blank: a line
            # stopped on its comma, the title's capitalised rest a short name closing it
            (head[-1:] == "," and text[:1].isupper() and len(text) <= 40 and ". " not in text)
            # "… optagelse på folkepensionistlisten" / "(lukket punkt)." / blank: the closed
            # item's mark closing the title on its second line
            or _CLOSED_REST.match(text) is not None
        )
    ):
        return True
    if at != pos + 1 or not text[:1].islower() or head[-1:] in ".:;!?)" or len(text) > 100:
        return False
    if lines[pos].heading_level:
        return False  # a styled heading ends on its line (a converter's "Title – text" split)
    if text[-1:] == ".":
        # (the text under it without a blank where the heading's line stops mid-phrase:
        # "… ved Hareskovvej," / "regionplan-" / "… vedrørende" over "forslag til …")
        return at + 1 >= len(lines) or lines[at + 1].blank or _cut_short(head)
    if text[-1:] != ")" or ". (" not in text:
        return False
    m = _INLINE_CASE.search(text)
    return m is not None and text[: m.start()].rstrip()[-1:] == "."


#: "(lukket punkt).", "(Lukket sag)": a closed item's mark in brackets on a line of its own.
_CLOSED_REST = re.compile(r"^\((?:lukket|fortrolig)(?:\s+(?:punkt|sag))?\)\.?$", re.I)


def _cut_short(head: str) -> bool:
    """The heading's line stops mid-phrase: on a comma, a word broken by its hyphen
    ("regionplan-"), or a word no title ends with ("… om tilskud til", "vedrørende")."""
    end = head[-2:]
    if end[-1:] == "," or (end[-1:] == "-" and end[:1].isalpha()):
        return True
    return _OPEN_END.search(head) is not None


#: A line that stops on a word no title ends with ("… et erhvervsområde ved"): the title
#: goes on on the next line, even when that starts with a capital ("Bruunshåb").
_OPEN_END = re.compile(
    r"\s(?:ved|til|for|af|i|på|om|og|med|fra|mellem|under|over|efter|samt|eller|m\.fl\.|"
    r"vedrørende|vedr\.|ang\.|angående)$",
    re.I,
)


# --- contents lists ---------------------------------------------------------------------

#: The planning columns of an internal forum's agenda table beside the title: who presents
#: it, when and why ("Ansvarlig", "Tid", "Formål").
_PLAN_COLUMN = (
    r"(?:ansvarlig|ansvar|ansv\.?|oplæg(?:\s+ved)?|oplægsholder|tid|tidspunkt|varighed|min\.?|"
    r"minutter|formål|type|bilag|side|s\.|hvem|frist|o\s*/\s*b|åben\s*/\s*lukket|"
    # the case's column ("Nr.<TAB>Punkt<TAB>Sagsnr.")
    rf"{CASE_NUMBER_LABEL}|"
    # "Nr.<TAB>Emne<TAB>Til": what the item is brought for ("Orientering", "Beslutning")
    r"til|behandling)"
)
#: A cell saying when only: "08.30-08.35", "kl. 9.00", "20 min." (never a title's start).
_TIME = r"^(?:kl\.\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$|^\d{1,3}\s*min\.?$"
_TIME_CELL = re.compile(_TIME, re.I)
#: A cell saying when or why an item is taken: "8.30-8.35", "20 min.", "Beslutning".
_PLAN_CELL = re.compile(
    rf"{_TIME}|^(?:beslutning|orientering|drøftelse|godkendelse|information|debat)\b", re.I
)


def _slot_off(title: str) -> str:
    """A contents row's title without the time slot in the cell before it
    ("1.<TAB>08.30-08.35<TAB>Godkendelse af dagsorden": the agenda table's Tid column)."""
    cut = title.find("\t")
    if 0 < cut <= 24 and _TIME_CELL.match(title[:cut].strip()) and title[cut:].strip():
        return title[cut:].strip()
    return title


def _plan_cells(text: str) -> bool:
    """A line holding only the planning cells of an agenda table's row ("Jesper<TAB>9.05":
    who and when), its title wrapped onto the lines above."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return (
        len(cells) >= 2
        and all(len(c) <= 40 for c in cells)
        and any(_PLAN_CELL.match(c) for c in cells)
    )


def _title_cell(title: str) -> str:
    """The title alone of a contents table's row whose other cells plan the item ("Godkendelse
    af dagsorden<TAB>JH<TAB>8.30-8.35<TAB>Beslutning": who, when, why); a row whose only
    other cell is the page keeps it for the page reader."""
    cells = title.split("\t")
    rest = [c.strip() for c in cells[1:] if c.strip()]
    if not rest or (len(rest) == 1 and rest[0].isdigit()):
        return title
    if all(len(c) <= 40 for c in rest) and any(_PLAN_CELL.match(c) for c in rest):
        return cells[0].strip()
    return title


_TOC_HEAD = re.compile(
    # ("Indholdsliste", "Indholdsoversigt": a PDF print's other words for the contents)
    r"^(?:indholdsfortegnelse|indholdsliste|indholdsoversigt|indhold|punkter|"
    r"dagsordens?punkter|punkter på dagsordenen|(?:dagsordenens|mødets) punkter|"
    # ("Program", "Dagens program": a seminar's programme, its slots the items listed)
    r"(?:dagens\s+)?program(?:met)?|"
    r"dagsordenen|sagsliste|sager|oversigt over punkter|sager på dagsordenen|dagsorden(?=\s*:)|"
    # "Sagsoversigt": a council's list of its cases, each row's case number in a column
    r"sagsoversigt|"
    # "Sager til behandling:", "Punkter til behandling": an older export's list of the items
    r"(?:sager|punkter|emner) til behandling|"
    # "Sager behandlet på mødet:": the minutes' list of the items dealt with
    r"(?:sager|punkter) behandlet på mødet|"
    # "Oversigt" over a Word template's agenda table
    r"oversigt|dagsordens?oversigt|"
    # a contents table's column heads: "Punkt<TAB>Emne<TAB>Side"
    # ("Pkt.<TAB>Tekst<TAB>Side": an agenda system's PDF names the title's column "Tekst")
    r"(?:punkt|pkt\.?|nr\.?)\t(?:emne|titel|sag|overskrift|tekst)(?:\t(?:side|s\.))?|"
    # ... in fixed-width columns, the spaces between them collapsed ("Punkt nr.  Sag  Side",
    # a typed protocol's contents table; the page's column named)
    r"(?:punkt|pkt\.?|sag)(?:\s+nr\.?)?\s+(?:emne|titel|sag|overskrift|tekst)\s+(?:side|s\.)|"
    # an internal forum's agenda table: "Punkt<TAB>Emne<TAB>Ansvarlig<TAB>Tid<TAB>Formål"
    rf"(?:punkt|pkt\.?|nr\.?)(?:\t(?:emne|titel|overskrift|punkt))?(?:\t{_PLAN_COLUMN}){{1,4}}|"
    # the time slot before the title, whose head may name the other planning cells written
    # under it ("Pkt.<TAB>Tid<TAB>Emne / Formål / Ansvarlig")
    rf"(?:punkt|pkt\.?|nr\.?)\t(?:tid|tidspunkt|kl\.)\t(?:emne|titel|overskrift|punkt)"
    rf"(?:\s*/\s*{_PLAN_COLUMN}){{0,3}}(?:\t{_PLAN_COLUMN}){{0,3}})"
    # "Punkter på dagsordenen (åbne)", "Indhold (åbent møde)": the open part's list named
    r"(?:\s+\((?:åbne|åbent|åben|offentlige?)(?:\s+(?:punkter|sager|møde|del))?\))?\s*:?$",
    re.IGNORECASE,
)


#: "Tillægsdagsorden Tillægspunkt 1 Title ….. 12", "Lukket dagsorden Pkt. 11 Title": a
#: contents list's group line run into its first entry (a PDF's lines joined).
_GROUP_LEAD = re.compile(
    r"^(?:tillægsdagsorden|supplerende\s+dagsorden|lukket\s+dagsorden|lukkede\s+punkter)\s+"
    r"(?=(?:pkt|punkt|tillægspunkt)\.?\s*\d)",
    re.I,
)
#: "Tillægspunkt 1 Title": a supplementary agenda's point, numbered from 1 again.
_SUPPLEMENTARY = re.compile(r"^Tillægspunkt\s+\d", re.I)


#: "Åbn punkt  1. Title", "Vis punkt 2. Title": a web page's button before each entry of
#: its contents list (copied by the browser as the entry's first words), then the number.
_OPEN_BUTTON = re.compile(
    r"^(?:åbn|vis|udfold|fold\s+ud)(?:\s+(?:punkt|punktet|sag|sagen))?\s+(?=\d{1,4}[.)]?\s)",
    re.IGNORECASE,
)


def toc_entry(line: Line) -> TocEntry | None:
    """A line of a contents list in any family's form, else None."""
    text = _BULLET.sub("", line.clean).strip()
    if text[:3].lower() in ("åbn", "vis", "udf", "fol") and (button := _OPEN_BUTTON.match(text)):
        text = text[button.end() :]
    if text[:1] in "TtLlSs" and (lead := _GROUP_LEAD.match(text)):
        text = text[lead.end() :]
    if text[:1] in "[☐☑☒":
        text = _CHECK_BOX.sub("", text)  # "- [x] 1. Title": a markdown task list's box
    m = _OPEN_PREFIX.match(text)
    if m:
        num = m.group("num1") or m.group("num2")
        page = m.group("page")
        return TocEntry(m.group("title").strip(), int(page) if page else None, line.index, int(num))
    m = (
        _PKT_OUTLINE.match(text)
        if text[:1] in "PpSs§"
        # ("   - 3.1 Drift": a sub-item listed indented or bulleted under its item "3. Title")
        else _OUTLINE.match(text)
        if text[1:2] == "." and text[2:3].isdigit() and line.clean[:1] in _SUB_ENTRY_MARKS
        else None
    )
    if m and plausible_title(m.group("title")):
        # "§ 3.1 Title …… 2": listed as the text writes its sub-items (numbered by place
        # where the text's are, see :func:`_by_place`)
        title, page = _title_cell(m.group("title").strip()), None
        lead = _DOT_LEADER.match(title)
        if lead:
            title, page = lead.group("title").strip(), int(lead.group("page"))
        return TocEntry(title, page, line.index, int(m.group("major")), inserted=True, dotted=True)
    m = (
        _PKT.match(text)
        or _NUMBERED.match(text)
        or _GLUED.match(text)
        or _YEAR_NUMBERED.match(text)
    )
    if m and m.re is _PKT and (run := _RUN.match(m.group("title"))):
        first, last = int(m.group("num")), int(run.group("last"))
        if 0 < last - first <= _MAX_RUN and plausible_title(run.group("title")):
            title = _title_cell(run.group("title").strip())
            lead = _DOT_LEADER.match(title)
            page = int(lead.group("page")) if lead else None
            title = lead.group("title").strip() if lead else title
            return TocEntry(title, page, line.index, first, last=last)
    raw = _slot_off(m.group("title")) if m else ""
    if m and m.re is _PKT and raw[1:2] in _LETTER_GAP:
        raw = _spaced_letter_off(raw)  # "Punkt 12 A<TAB>Title ... 7"
    if m and raw[:1] in "ÅL" and (cell := _MARK_BEFORE_TITLE.match(raw)):
        raw = raw[cell.end() :]  # "12.<TAB>Åbent<TAB>Title", "Pkt. 3<TAB>Lukket<TAB>Title"
    if m and plausible_title(split_journal(raw)[0]):
        title, page = _title_cell(split_journal(raw.strip())[0]), None
        lead = _DOT_LEADER.match(title) or _PAGE_WORD.match(title)
        if lead:
            title, page = lead.group("title").strip(), int(lead.group("page"))
        title, case = _entry_case(title)
        return TocEntry(title, page, line.index, int(m.group("num")), case=case)
    m = _INSERTED.match(text) if _DIGIT_LETTER.search(text[:24]) else None
    if m and plausible_title(split_journal(m.group("title"))[0]):
        title = _title_cell(split_journal(m.group("title").strip())[0])
        return TocEntry(title, None, line.index, int(m.group("num")), inserted=True)
    m = _ROMAN.match(text) if text[:1] in "IVX" else None
    value = roman_value(m.group("roman")) if m else None
    if m and value and plausible_title(m.group("title")):  # "II.   Budget 2010" (older MED)
        return TocEntry(m.group("title").strip(), None, line.index, value)
    m = _GROUPED.match(text) if text[1:2].isdigit() and "A" <= text[:1] <= "Z" else None
    if m and plausible_title(m.group("title")):
        # "- A1 Godkendelse af dagsorden" under the group's line "Beslutningssager": an
        # entry numbered within its lettered group, as the text's headings are
        title, page = _title_cell(m.group("title").strip()), None
        lead = _DOT_LEADER.match(title)
        if lead:
            title, page = lead.group("title").strip(), int(lead.group("page"))
        number = _group_key(m.group("letter"), m.group("num"))
        return TocEntry(title, page, line.index, number, grouped=True)
    # (a capital and a full stop only: "a) …", "b. …" under an item are its sub-points,
    # no contents list)
    m = (
        _LETTERED.match(text)
        if text[1:2] == "." and text[:1].isupper()
        # ("B     Gennemgang af …": the letter in a typed table's column of its own)
        else _LETTERED_SPACED.match(text)
        if text[1:2] == " " and "A" <= text[:1] <= "Z"
        else None
    )
    if m and plausible_title(m.group("title")):  # "B.   Tilskud … ........ 2"
        # ("B. Title<TAB>08.25-09.05": the row's planning cells after the title)
        title, page = _title_cell(m.group("title").strip()), None
        lead = _DOT_LEADER.match(title)
        if lead:
            title, page = lead.group("title").strip(), int(lead.group("page"))
        return TocEntry(title, page, line.index, _letter_place(m))
    m = _CASE_COLUMN.match(text) if text[:1].isdigit() else None
    if m and plausible_title(m.group("title")) and (case := _column_case(m.group("case"))):
        # "4  25/7716  KUF/ØU/BY - Title": a case overview's row, the item's case number
        # in a column of its own between the number and the title
        return TocEntry(m.group("title").strip(), None, line.index, int(m.group("num")), case=case)
    if text[:1] in "ÅåLl" and "\t" in text:
        # ("Åbent<TAB>Title ..... 2": the mark's column as a PDF's or a table's copy gives it)
        text = _MARK_CELL.sub(r"\g<mark> ", text, count=1)
    lead = _DOT_LEADER.match(text)
    if lead and "\t" not in text and plausible_title(lead.group("title")):
        # "Godkendelse af dagsorden ........ 3": a contents line that lost its number.
        return TocEntry(lead.group("title").strip(), int(lead.group("page")), line.index)
    return None


#: "4 25/7716 Title", "12 24-019870 Title" (the columns' spaces collapsed, or a tab): a
#: contents row with the item's case number in a column between its number and its title.
_CASE_COLUMN = re.compile(r"^(?P<num>\d{1,3})\s+(?P<case>\d[\w./-]*\d)\s+(?P<title>\S.*)$")


def _column_case(cell: str) -> str | None:
    """The case number a contents row's cell holds, where it has five digits or more (not
    a date's "12/05" nor an amount) and is no span of years ("3 2025-2028 Budgetoverslag":
    the title opens with it)."""
    if sum(c.isdigit() for c in cell) < 5 or not any(c in cell for c in "/.-"):
        return None
    if YEAR_SPAN.match(cell):  # (a cell holds no white space nor dash but the hyphen)
        return None
    return match_case_number(f"Sagsnr. {cell}")


#: "9 Orienteringssager" after "Punkt 4-": the rest of a contents line listing a run of
#: items as one ("Punkt 4-9 Orienteringssager (se skema)"); the run at most _MAX_RUN long.
_RUN = re.compile(r"^(?P<last>\d{1,4})\s+(?P<title>[A-ZÆØÅ].*)$")
_MAX_RUN = 20

#: The first characters of a contents line indented or bulleted under its item.
_SUB_ENTRY_MARKS = frozenset(" \t-•*–")
#: "[x] ", "[ ] ", "☑ ": a check box before a listed point (the agenda as a task list).
_CHECK_BOX = re.compile(r"^(?:\[[ xX✓]\]|[☐☑☒])\s+")
#: "Godkendelse af dagsorden   side 1": the page written with the word.
_PAGE_WORD = re.compile(r"^(?P<title>.*\S)\s+(?:side|s\.)\s*(?P<page>\d{1,4})$", re.I)


@dataclass
class Contents:
    """A contents list: its entries and the positions of its lines (heading included)."""

    entries: list[TocEntry]
    positions: set[int] = field(default_factory=set)
    #: Position after the list's last line.
    end: int = 0


#: "Åbent  Title ..... 2", "Lukket  Title ..... 9": the open/closed mark in a column of its
#: own before an unnumbered entry's title (the item below opens with the mark alone on a
#: line and the title under it).
_MARK_COLUMN = re.compile(r"^(?:åbent|åben|lukket)\s+(?=[A-ZÆØÅ0-9])", re.I)
#: The same mark and a tab (or several) after it: a cell of its own.
_MARK_CELL = re.compile(r"^(?P<mark>åbent|åben|lukket)\t+(?=[A-ZÆØÅ0-9])", re.I)


def marks_off(entries: list[TocEntry]) -> list[TocEntry]:
    """The entries without the open/closed mark every title of the list opens with: a
    column of the list, no word of the titles (one title alone may open "Åben skole …"),
    unnumbered or after the number ("Pkt. 4 Åben Title", the status column between the
    number and the title its spaces collapsed; a mark before the number is read by
    ``_OPEN_PREFIX``)."""
    if len(entries) < 2 or any(
        e.title[:1] not in "ÅåLl" or not _MARK_COLUMN.match(e.title) for e in entries
    ):
        return entries
    return [replace(e, title=_MARK_COLUMN.sub("", e.title, count=1)) for e in entries]


def contents(
    lines: list[Line], skip: set[int], before: int | None = None, heads: Sequence[Head] = ()
) -> Contents | None:
    """The document's contents list, if it has one.

    Either the lines under a contents heading (``Indholdsfortegnelse``, ``PUNKTER``,
    ``Dagsordenspunkter`` …), or the first run of two or more numbered lines with no other
    text between them and rising numbers (a list of titles, not yet the items), looked
    for only ``before`` the first line that is surely an item heading, and not where the
    run goes on from candidate ``heads`` above it (see :func:`_continues_heads`).
    """
    for pos, line in enumerate(lines):
        # ("Sager til behandling:", a group heading's words, heads the whole agenda's list
        # where the items below repeat it: see :func:`_listed_again_below`)
        grouped = line.index in skip and "behandling" in line.clean[:24].lower()
        # ("Dagsorden" / "1   Godkendelse af dagsorden" / "2   Meddelelser" …: the word alone
        # heads the list under the header, as it may title the document; a list only
        # where its entries come again below as the headings)
        kind_word = len(line.clean) < 12 and line.clean.strip().lower() == "dagsorden"
        if (line.index in skip and not grouped) or not (kind_word or _TOC_HEAD.match(line.clean)):
            continue
        found = _run(lines, pos + 1, skip, allow_gap_lines=True)
        if not (found and found.entries) and not (grouped or kind_word):
            found = _paired_run(lines, pos + 1, skip) or found
        if (grouped or kind_word) and not (found and _listed_again_below(found, lines, heads)):
            continue
        if found and found.entries:
            found.positions.add(pos)
            found.entries = marks_off(found.entries)
            return _by_place(found, lines, heads)
    found = _parted_list(lines, skip, before, heads)
    if found is not None:
        return found
    actions = action_rows(lines)
    for pos, line in enumerate(lines[:before]):
        if line.blank or line.index in skip or pos in actions:
            continue
        if toc_entry(line) is None:
            continue
        found = _run(lines, pos, skip, allow_gap_lines=False)
        if (
            before is not None
            and found
            and found.end > before
            and not _listed_again_below(found, lines, heads)
        ):
            # the run takes in the first heading that is surely one ("A. Velkommen" /
            # "B. Title" over its case line): items with little text, no contents list;
            # unless its entries come again as the headings below it (its last entry,
            # "Sag nr. 67<TAB>Orientering", lifted by the evidence of its namesakes)
            continue
        if (
            found
            and len(found.entries) >= 2
            and not _continues_heads(found, heads, pos)
            and not _numbered_on_below(found, heads)
        ):
            found.entries = marks_off(found.entries)
            return _by_place(found, lines, heads)
    return None


#: "Punkt 3" alone on its line: a contents entry's number in a cell of its own, the title
#: on the next line (a screen reader's or a one-cell-per-line copy of the list's table).
_NUMBER_CELL = re.compile(r"^(?:punkt|pkt\.?)\s*(?P<num>\d{1,3})\.?$", re.I)


def _paired_run(lines: list[Line], start: int, skip: set[int]) -> Contents | None:
    """The list under a contents heading written as pairs of lines, "Punkt 1" /
    "Godkendelse af dagsorden" / "Punkt 2" / …, numbered 1, 2, 3 … (the items below
    repeat the pairs from 1, which ends the list); None under two pairs."""
    entries: list[TocEntry] = []
    positions: set[int] = set()
    k, end = start, start
    while True:
        nxt = _next_nonblank(lines, k - 1, skip, 2)
        if len(nxt) < 2:
            break
        m = _NUMBER_CELL.match(lines[nxt[0]].clean.strip())
        title = lines[nxt[1]].clean.strip()
        if m is None or int(m.group("num")) != len(entries) + 1:
            break
        if not title or _NUMBER_CELL.match(title) or len(title) > 200:
            break
        entries.append(TocEntry(title, None, nxt[0], int(m.group("num"))))
        positions.update(nxt)
        k = end = nxt[1] + 1
    if len(entries) < 2:
        return None
    return Contents(entries, positions, end)


def _by_place(found: Contents, lines: list[Line], heads: Sequence[Head]) -> Contents:
    """A list with sub-items ("§ 3" / "§ 3.1" / "§ 3.2") numbered as the candidate
    headings on its own lines are (by place, the group's own entry dropped where the
    text's is: see :func:`_pkt_outline_run`); as it was where two or more of them are not
    such headings."""
    if sum(e.dotted for e in found.entries) < 2 or not heads:
        return found
    numbers = {lines[h.pos].index: h.number for h in heads}
    if not all(e.pos in numbers for e in found.entries if e.dotted):
        return found
    if all(numbers[e.pos] >= 100 for e in found.entries if e.dotted):
        return _listed_by_place(found)
    entries = [
        replace(e, number=numbers[e.pos], inserted=False, dotted=False)
        for e in found.entries
        if e.pos in numbers
    ]
    return replace(found, entries=entries)


def _listed_by_place(found: Contents) -> Contents:
    """A list whose sub-items are indented or bulleted "3.1", "3.2" under their item "3.
    Title" (read as sections for now, not as the text's items): the items numbered by
    place, as the reader numbers points within groups, each group's own entry right over
    its first sub-item dropped (the sub-items carry the decisions)."""
    entries = found.entries
    group = {
        k
        for k, (e, nxt) in enumerate(zip(entries, entries[1:], strict=False))
        if not e.dotted and nxt.dotted and nxt.number == e.number
    }
    kept = [e for k, e in enumerate(entries) if k not in group]
    if any(e.dotted and e.number is None for e in kept):
        return found
    return replace(
        found,
        entries=[
            replace(e, number=place, inserted=False, dotted=False)
            for place, e in enumerate(kept, start=1)
        ],
    )


def _continues_heads(found: Contents, heads: Sequence[Head], pos: int) -> bool:
    """The run starts at N > 1 right after headings 1 … N-1 with evidence above it: the
    next items, two of them with no text between ("4. Pause (10.10-10.20)" / "5. …"), not
    a contents list (that lists the items from the first on, before them)."""
    first = found.entries[0].number
    if not first or first < 2 or not heads:
        return False
    above = [h.number for h in heads if h.pos < pos and h.evidence >= 1]
    return above[-(first - 1) :] == list(range(1, first))


def _numbered_on_below(found: Contents, heads: Sequence[Head]) -> bool:
    """The run is numbered on by one and the headings below go on with its numbering ("1.
    Godkendelse af dagsorden: Godkendt." / "2. …" / "3. Title" over its text, "4. Title"
    below), none of them repeating a number of it: the first items, short ones, not a
    contents list (which lists the items before they come again from its first number)."""
    numbers = [e.number for e in found.entries]
    if any(n is None for n in numbers) or numbers != list(range(numbers[0], numbers[-1] + 1)):
        return False
    below = [h.number for h in heads if h.pos >= found.end]
    return bool(below) and below[0] == numbers[-1] + 1 and not set(below) & set(numbers)


#: "Åbne punkter", "Åben dagsorden": the open part's heading, which in a council's minutes
#: may head the contents list itself (its closed part under "Lukkede punkter").
_OPEN_PART = re.compile(
    r"^(?:åbne|åben|åbent)\s+(?:punkter|sager|dagsorden|dagsordenspunkter)\s*:?$", re.I
)


def _parted_list(
    lines: list[Line], skip: set[int], before: int | None, heads: Sequence[Head] = ()
) -> Contents | None:
    """The contents list headed by the open part's line ("Åbne punkter" / "201   Title" /
    … / "Lukkede punkter" / "206   Title"), else None: two or more entries, all above the
    first line that is surely an item heading (so the open part's own items, each with
    its text, are never taken for a list) — or all listed again, in order, as headings
    under it (a closed entry "Pkt. 46 Lukket punkt: Title" in the list reads as surely a
    heading by its words alone)."""
    if before is None:
        return None
    for pos in range(min(before, len(lines))):
        text = lines[pos].clean
        if text[:1] not in "Åå" or len(text) > 30 or not _OPEN_PART.match(text):
            continue
        found = _run(lines, pos + 1, skip, allow_gap_lines=True)
        if (
            found
            and len(found.entries) >= 2
            and (found.end <= before or _listed_again_below(found, lines, heads))
        ):
            found.positions.add(pos)
            return found
    return None


def _listed_again_below(found: Contents, lines: list[Line], heads: Sequence[Head]) -> bool:
    """The entries of ``found`` come again below it, in the same order from the first, as
    candidate headings of the same number and title (two or more of them: a page cut short
    may repeat only the first two): the list is the items' contents."""
    below = [h for h in heads if h.pos >= found.end]
    if len(below) < min(2, len(found.entries)):
        return False
    if all(_listed_as(e, h) for e, h in zip(found.entries, below, strict=False)):
        return True
    # ("Sag nr. 62" / "Meddelelser" / … / "1. Status på …" / "2. …": a numbered list in an
    # item's text read as candidates between the headings) every entry again, in order,
    # other candidates between them; all of them, since the candidates do not run out
    walk = iter(below)
    return len(found.entries) >= 2 and all(
        any(_listed_as(e, h) for h in walk) for e in found.entries
    )


def _listed_as(entry: TocEntry, head: Head) -> bool:
    """Whether ``head`` is the heading of the contents entry ``entry`` (its number and title)."""
    return (
        entry.number is not None
        and entry.number == head.number
        and titles_match(entry.title, head.title)
    )


def _leader_cut(text: str) -> str:
    """The text before a dot leader ("title ....... 6" -> "title")."""
    dots = text.find("....")
    return text if dots < 0 else text[:dots]


#: "Sagsnr.: 00.01.00-A00-2-25", "J.nr. 24/1187": a labelled case number alone on its
#: line (one token after the label, in a case number's shape: digits parted by "/", "." or
#: "-"), as a contents entry's case line under its title; not "Sag nr. 101", an item's word.
_LABELLED_CASE_ONLY = re.compile(rf"^{CASE_NUMBER_LABEL}\s*:?\s*\d+[/.-]\d\S*$", re.IGNORECASE)


def _run(lines: list[Line], pos: int, skip: set[int], allow_gap_lines: bool) -> Contents | None:
    """Consecutive contents entries from ``pos`` (blank lines between them allowed)."""
    entries: list[TocEntry] = []
    positions: set[int] = set()
    k = pos
    end = pos
    pending_gap = 0
    #: A group line ("Tillægsdagsorden", "Lukket") was passed since the last entry: the
    #: group may number on from below (a supplementary item listed before the closed ones).
    new_group = False
    #: The group lines met ("Del A – Beslutningspunkter" …) and whether the last one is
    #: met for the first time: a list grouped from its first entry may number each group
    #: from 1 again; the same group line again is the text's own, under the list.
    # (two lines up, three where a programme's first break was blanked under its day's head)
    above = next((j for j in range(pos - 1, max(pos - 4, -1), -1) if not lines[j].blank), None)
    groups_met: list[str] = (
        [_group_name(lines[above].clean)]
        if above is not None and is_group_heading(lines[above].clean)
        else []
    )
    fresh_group = False
    first_grouped = False
    #: The last group line met opens the closed part ("Lukket møde:"), which may number
    #: its items from 1 again under open items that stood under no group line.
    closed_group = False
    minors: dict[int, int] = {}  # entries listed as points "3.1", "3.2": their minor numbers
    while k < len(lines):
        line = lines[k]
        if line.blank or line.index in skip:
            if not line.blank and is_group_heading(line.clean):
                new_group = new_group or bool(entries)
                fresh_group = _group_name(line.clean) not in groups_met
                groups_met.append(_group_name(line.clean))
                closed_group = line.clean[:5].lower() == "lukke"
            k += 1
            continue
        if allow_gap_lines and entries and _groups_next_entry(lines, k, skip, entries):
            # "Åben" / "Lukket" alone between a contents list's entries groups them
            positions.add(k)
            new_group = True
            k += 1
            continue
        if entries and line.clean[:1] in "TtLlSs" and _GROUP_LEAD.match(line.clean):
            new_group = True  # the group's line ran into the entry's
        entry = toc_entry(line)
        if (
            entry is None
            and allow_gap_lines
            and entries
            and line.clean[1:2] == "."
            and len(entries) - 1 not in minors  # ("3.2" after a listed point "3.1": below)
        ):
            entry = _group_point(line, entries[-1])
        if (
            entry is not None
            and entries
            and entries[-1].grouped
            and not entry.grouped
            and entry.number == (entries[-1].number or 0) // 100 + 1
            and line.clean.lstrip("-•* ")[1:2] == "."
        ):
            # "- C1 Title" / "D. Eventuelt": a lettered group of one item after the grouped
            # entries, listed by its group's letter alone (see :func:`_group_of_one`)
            entry = replace(entry, number=entry.number * 100, grouped=True)
        if allow_gap_lines and (entry is None or entry.number is None):
            entry = _bare_entry(line, entry)
        title_at = _title_under_number(lines, k, skip) if allow_gap_lines and not entry else None
        if title_at is not None:  # "1." / "Anlægsbevilling til …": the number above its title
            under = toc_entry(lines[title_at])
            number = int(line.clean.rstrip("."))
            entry = (
                # "1" / "Godkendelse af dagsorden ...... 2": the title with its page
                TocEntry(under.title, under.page, line.index, number)
                if under is not None and under.number is None and under.page is not None
                else TocEntry(lines[title_at].clean, None, line.index, number)
            )
        point = (
            _listed_point(line, entries, minors)
            if entry is None and entries and line.clean[:1].isdigit()
            else None
        )
        if point is not None:  # "3.1<TAB>Title" after "2<TAB>Title": item 3's place, split
            entry, minor = point
        previous = entries[-1].number if entries else None
        rising = (
            not entries
            or point is not None
            or entry is not None
            # numbered and unnumbered lines are not one list ("Title ..... 3", then "1. Title")
            and (entry.number is None) == (previous is None)
            and (
                entry.number is None
                or (not entry.inserted and entry.number > (previous or 0))
                or (entry.inserted and entry.number == previous)  # "12a" after "12"
                # "D. Title" after "D. Other title": a letter or number typed twice in a
                # list of two or more (the items repeat it; see ``_repeated_in_run``)
                or (
                    not entry.inserted
                    and entry.number == previous
                    and len(entries) >= 2
                    and not titles_match(entries[-1].title, entry.title)
                )
                # "4a" after "3": an item listed only as its lettered parts, no "4" of its own
                or (entry.inserted and previous is not None and entry.number == previous + 1)
                or (new_group and all(e.number != entry.number for e in entries))
                # "Tillægspunkt 1" under the supplementary agenda's line: from 1 again
                # (or with no such line: the point's word says it starts a series of its
                # own, "35. …" / "Tillægspunkt 1: …" / "36. …")
                or (
                    (new_group or entry.number == 1)
                    and _SUPPLEMENTARY.match(_GROUP_LEAD.sub("", line.clean.strip())) is not None
                )
                # "Del B – Orienteringspunkter" / "1. …": a new group numbering from 1 again,
                # in a list whose first entry stood under a group line too
                or (new_group and fresh_group and entry.number == 1 and first_grouped)
                # "7. Meddelelser" / "Lukket møde:" / "1. Lukket sag – …": the closed part
                # from 1 again
                or (new_group and fresh_group and closed_group and entry.number == 1)
                # "Pkt. 3" / "Pkt. 9" / "Pkt. 4": a list in the order the items were
                # handled, back at the first number it skipped
                or (not entry.inserted and _back_to_skipped(entries, entry.number))
            )
        )
        if (
            entry is not None
            and rising
            and not _leaves_own_list(entries, entry)
            and not _first_again(entries, entry)
        ):
            new_group = False
            first_grouped = first_grouped or (not entries and bool(groups_met))
            # A title line that repeats the previous entry's number is an item, not a list.
            entries.append(entry)
            if point is not None:
                minors[len(entries) - 1] = minor
            positions.add(k)
            if title_at is not None:
                positions.add(title_at)
                k = title_at
            end = k + 1
            pending_gap = 0
            k += 1
            continue
        text = line.clean
        last_open = (
            bool(entries)
            and (
                _OPEN_END.search(entries[-1].title) is not None
                # ("Indsatsplan for grundvandsbeskyttelse," / "Svebølle-Viskinge …": a title
                # stopping on a comma or a dash goes on)
                or entries[-1].title[-1:] in ",-–"
            )
        )
        if (
            entry is None
            and entries
            and line.clean[:1] == "\t"
            and "\t" not in entries[-1].title
            and entries[-1].page is None
            and (last_open or line.clean.lstrip("\t")[:1].islower())
        ):
            # "7<TAB>Forslag til … i" / "<TAB>kommunens folkeskoler<TAB>Åben": a contents
            # table's title cell wrapped into the next row, its number cell empty
            last = entries[-1]
            rest = line.clean.strip("\t")
            entries[-1] = replace(last, title=f"{last.title} {rest}")
            positions.add(k)
            end = k + 1
            k += 1
            continue
        if (
            entry is not None
            and entry.number is None
            and entries
            and entries[-1].number is not None
            and entries[-1].page is None
            and (last_open or any(e.page is not None for e in entries))
        ):
            # "5. Forslag til lokalplan … ved" / "Bruunshåb ........ 5": one entry (also
            # where the entries above have their pages: this one's is on the next line)
            last = entries[-1]
            entries[-1] = TocEntry(f"{last.title} {entry.title}", entry.page, last.pos, last.number)
            positions.add(k)
            end = k + 1
            k += 1
            continue
        if (
            entry is None
            and entries
            and entries[-1].case is None
            and (
                (text[:1].isdigit() and " " not in text)
                or (text[:1] in "SsJj" and len(text) <= 48 and _LABELLED_CASE_ONLY.match(text))
            )
            and (case := match_case_number(text)) is not None
        ):
            # "Pkt. 42   Godkendelse af dagsorden" / "00.01.00-A00-3-21": the entry's case
            # number alone on the line under it (a web page's contents, case under title);
            # also labelled ("Åben  74. Title" / "      Sagsnr.: 00.01.00-A00-2-25")
            entries[-1] = replace(entries[-1], case=case)
            positions.add(k)
            end = k + 1
            k += 1
            continue
        if (
            entry is None
            and entries
            and (
                _plan_cells(text)
                # "3  Etablering af solcellepark …" / "   (akt-id 2025-41733)": a remark in
                # brackets under the entry's title, no part of it
                or (text[:1] == "(" and text[-1:] == ")" and len(text) <= 60 and k > 0)
                and not lines[k - 1].blank
            )
        ):
            # "Jesper<TAB>9.05" under a wrapped title: the rest of the agenda table's row
            positions.add(k)
            end = k + 1
            k += 1
            continue
        # (the length without a dot leader: "sundhedsfaglige ........ 6" is a short line)
        if (
            entry is None
            and entries
            and (
                text[:1].islower()
                or (last_open and "\t" not in text)
                or _rest_over_next_entry(lines, k, entries[-1])
                # ("4. … - etape" / "2, herunder …" / blank: the last entry's title going
                # on with a number, no entry's, right under it)
                or (
                    text[:1].isdigit()
                    and not lines[k - 1].blank
                    and _NUMBER_GOES_ON.match(text) is not None
                )
                # ("… afsnit nr. 4" / "- beslutning om proces": the subtitle after a dash,
                # right under the entry's lines)
                or (
                    text[:2] in ("- ", "– ")
                    and not lines[k - 1].blank
                    # (in small letters, or a capital right over a blank or the next
                    # entry: "- Stor bekymring …" over "> Aftalt: …" is an item's bullet)
                    and (
                        text[2:3].islower()
                        or k + 1 >= len(lines)
                        or lines[k + 1].blank
                        or toc_entry(lines[k + 1]) is not None
                    )
                )
            )
            and len(_leader_cut(text)) <= 100
            # (a styled heading is the next item's title, never a wrapped entry's rest: "3.
            # Bedre information" / blank / "## budget 2024", a title in small letters)
            and not line.heading_level
        ):
            # A wrapped title's second line: "2. Forslag til … ungdomsskolen  2" / "i …"
            last = entries[-1]
            title, page = last.title, last.page
            paged = _TRAILING_PAGE.match(title) if page is None else None
            if paged and _COUNTED_WORD.search(paged.group("title")):
                paged = None  # "… samt tillæg nr. 12" / "til Kommuneplan …": no page
            if paged:  # the page number stands at the end of the first line
                title, page = paged.group("title"), int(paged.group("page"))
            lead = _DOT_LEADER.match(text) if page is None else None
            if lead:  # "… og" / "etablering af cykelsti ..... 2": the page on the second line
                text, page = lead.group("title").strip(), int(lead.group("page"))
            entries[-1] = TocEntry(_wrapped_entry(title, text), page, last.pos, last.number)
            positions.add(k)
            end = k + 1
            k += 1
            continue
        if (
            (entry is None or title_at is not None)  # ("6" / "Fraværende: …": no entry 6)
            and entries
            and entries[-1].page is None
            and text.isdecimal()  # (not isdigit: a footnote's "²" is no page)
        ):
            # "5. Orientering om … på" / "hjemmeplejeområdet" / "4": a wrapped entry's
            # page alone on a line, where the entries above have rising pages
            pages = [e.page for e in entries if e.page is not None]
            if not pages:
                # ("1. Title" / "3" / "2. Title" / "4" …: each page read as its title's
                # rest over the next entry, the last one's under nothing: the pages so far
                # at the titles' ends)
                pages = [int(m["page"]) for e in entries if (m := _TRAILING_PAGE.match(e.title))]
            if len(text) <= 3 and (
                int(text) >= pages[-1] if pages else _page_cell(lines, k, skip, entries[-1])
            ):
                last = entries[-1]
                entries[-1] = TocEntry(last.title, int(text), last.pos, last.number)
                positions.add(k)
                end = k + 1
                k += 1
                continue
        if not entries and allow_gap_lines and _COLUMN_CELL.match(text):
            # "Pkt." / "Tekst" / "Side": the list's column heads, a PDF table's tab
            # columns read one cell a line (no gap line: the heads are the table's own)
            positions.add(k)
            k += 1
            continue
        if not entries and allow_gap_lines and pending_gap < 2:
            # A line such as "Kommunalbestyrelsen 31-08-2015 18:00" under the heading.
            pending_gap += 1
            positions.add(k)
            k += 1
            continue
        break
    if not entries:
        return None
    if minors:
        entries = _points_by_place(entries, minors)
    if any(e.grouped for e in entries):
        entries = _grouped_places(entries)
    return Contents(_pages_split_off(_own_numbers(entries)), positions, end)


def _wrapped_entry(title: str, rest: str) -> str:
    """A contents entry's title with its wrapped rest joined on; where the first line
    closes with the item's minutes in a column of their own ("Punkt 2  Handleplan for
    social- og sundheds-  (25 min.)" / "personale – status"), the rest goes before them,
    as the title reads."""
    timed = _DURATION_IN_TITLE.search(title) if title.rstrip()[-1:] == ")" else None
    if timed is None:
        return join_wrapped(title, rest)
    return join_wrapped(title[: timed.start()], rest) + title[timed.start() :]


def _grouped_places(entries: list[TocEntry]) -> list[TocEntry]:
    """A list numbered within lettered groups ("A1" … "A4", "B1" … "B3") numbered 1, 2, 3
    … by place, as :func:`_grouped_run` numbers the text's headings; a closed part's "L1",
    "L2" keep their printed numbers. Two or more entries, all so numbered."""
    keys = [e.number or 0 for e in entries]
    if len(entries) < 2 or not all(e.grouped for e in entries):
        # ("1 Title" … "7 Title" / "Lukkede punkter" / "L1 Title", "L2 Title": the closed
        # part's entries keep their printed numbers, as its headings do)
        return [
            replace(e, number=k % 100, grouped=False)
            if e.grouped and k // 100 == _CLOSED_GROUP
            else e
            for e, k in zip(entries, keys, strict=True)
        ]
    shut = [k // 100 == _CLOSED_GROUP and (k - 100) not in keys for k in keys]
    place = iter(range(1, len(entries) + 1))
    return [
        replace(e, number=e.number % 100 if closed else next(place), grouped=False)
        for e, closed in zip(entries, shut, strict=True)
    ]


def _group_point(line: Line, last: TocEntry) -> TocEntry | None:
    """A contents entry "1.1 Title" flush left under its group's entry "1. Temadrøftelser"
    (or after "1.1"): a point listed under its numbered group, as an indented one is (see
    :func:`toc_entry`), in a list under a contents head only; else None."""
    m = _OUTLINE.match(line.clean.strip())
    if m is None or last.number != int(m.group("major")) or not plausible_title(m.group("title")):
        return None
    title = _title_cell(m.group("title").strip())
    if last.page is not None or _DOT_LEADER.match(title):
        # ("1  Sager til beslutning" / "1.1  Title ...... 2": a paged list of points under
        # numbered groups, which the items' matching does not read yet; left as it was)
        return None
    return TocEntry(title, None, line.index, last.number, inserted=True, dotted=True)


def _group_name(text: str) -> str:
    """A group line as its name: "ÅBNE PUNKTER:" in the contents list and "ÅBNE PUNKTER"
    over the text's items are one group (the colon is the list's, not the name's)."""
    return text.strip().lower().rstrip(":").rstrip()


def _listed_point(
    line: Line, entries: list[TocEntry], minors: dict[int, int]
) -> tuple[TocEntry, int] | None:
    """A contents entry "3.1<TAB>Title" standing where item 3 would (right after whole entry
    2), or "3.2 …" right after "3.1 …": (the entry, numbered 3 for now, and its minor 1 or
    2), else None. Only in such a run, so a list's own sub-points ("1 Mødets start" /
    "1.1 …") stay out of it, as before (see :func:`_points_in_place` for the headings)."""
    text = line.clean.strip()
    m = _OUTLINE.match(text) if text[1:3].find(".") >= 0 else None
    if m is None or not plausible_title(m.group("title")):
        return None
    major, minor = int(m.group("major")), int(m.group("minor"))
    last = len(entries) - 1
    before = minors.get(last)
    if not (
        (before is None and minor == 1 and entries[last].number == major - 1)
        or (before is not None and entries[last].number == major and minor == before + 1)
    ):
        return None
    title, page = _title_cell(m.group("title").strip()), None
    if lead := _DOT_LEADER.match(title):
        title, page = lead.group("title").strip(), int(lead.group("page"))
    return TocEntry(title, page, line.index, major), minor


def _points_by_place(entries: list[TocEntry], minors: dict[int, int]) -> list[TocEntry]:
    """A contents list whose points "3.1", "3.2" stand in item 3's place, numbered by
    place as the reader numbers the text's (see :func:`_points_in_place`): each point the
    next number, the whole entries after them moved on."""
    out: list[TocEntry] = []
    for k, e in enumerate(entries):
        above = out[-1].number if out else None
        if k in minors or (above is not None and e.number is not None and k - 1 in minors):
            out.append(replace(e, number=(above or 0) + 1))
        elif out and e.number is not None and above is not None:
            out.append(replace(e, number=e.number + (above - entries[k - 1].number)))
        else:
            out.append(e)
    return out


#: "61. Godkendelse af dagsorden": an entry's title that starts with the item's own number
#: (not "2. behandling af budgettet", an ordinal).
_OWN_NUMBER = re.compile(r"^(?P<num>\d{1,4})\.\s+(?P<title>[A-ZÆØÅ].*)$")


def _own_listed(entries: list[TocEntry]) -> bool:
    """Entries "1. 61. Title", "2. 62. Title" …: a list numbered 1, 2, … whose titles start
    with the items' own numbers."""
    return [e.number for e in entries] == list(range(1, len(entries) + 1)) and all(
        _OWN_NUMBER.match(e.title) for e in entries
    )


def _back_to_skipped(entries: list[TocEntry], number: int) -> bool:
    """Whether ``number`` is the lowest number a rising list of entries jumped over ("1",
    "2", "3", "9" then "4": item 9 taken after item 3, the contents printed in the order
    of handling). Only while the list still rises: never past its first jump back."""
    numbers = [e.number for e in entries]
    if len(numbers) < 2 or None in numbers or not numbers[0] < number < numbers[-1]:
        return False
    if numbers != sorted(set(numbers)):
        return False
    listed = set(numbers)
    return number == next((k for k in range(numbers[0], numbers[-1]) if k not in listed), None)


def _first_again(entries: list[TocEntry], entry: TocEntry) -> bool:
    """Whether ``entry`` is the first item's heading right under the list: the first
    entry's title again under a number the list jumps to ("1. Title" … "5. Eventuelt",
    then "Punkt 401: Title", a web page's list numbered by its own ``<ol>``, the items
    through the year); a list never names one item twice."""
    return (
        len(entries) >= 2
        and entry.number is not None
        and entries[-1].number is not None
        and entry.number > entries[-1].number + 1
        and titles_match(entries[0].title, entry.title)
    )


def _leaves_own_list(entries: list[TocEntry], entry: TocEntry) -> bool:
    """Whether ``entry`` breaks such a list (the first item heading "61. Title" under it)."""
    return len(entries) >= 2 and _own_listed(entries) and not _own_listed([*entries, entry])


def _own_numbers(entries: list[TocEntry]) -> list[TocEntry]:
    """A web page's ordered list of the items ("1. 61. Godkendelse af dagsorden", "2. 62.
    …"): the list's running numbers 1, 2, … dropped for the items' own rising numbers."""
    if len(entries) < 2 or not _own_listed(entries):
        return entries
    found = [_OWN_NUMBER.match(e.title) for e in entries]
    own = [int(m.group("num")) for m in found if m]
    if own != sorted(set(own)):
        return entries
    return [
        replace(e, title=m.group("title"), number=n)
        for e, m, n in zip(entries, found, own, strict=True)
        if m
    ]


_NUMBER_DOT = re.compile(r"^\d{1,3}\.?$")
#: A contents table's column head read as a line of its own ("Pkt.", "Tekst", "Side").
_COLUMN_CELL = re.compile(
    r"^(?:punkt|pkt\.?|nr\.?|tekst|titel|emne|overskrift|side|s\.)$", re.IGNORECASE
)


def _page_cell(lines: list[Line], pos: int, skip: set[int], last: TocEntry) -> bool:
    """Line ``pos`` is the first entry's page cell under its title ("34" / "Godkendelse
    af dagsorden" / "2", a PDF table read one cell a line): the next entry's number alone
    follows it, above a title of its own."""
    nxt = _next_nonblank(lines, pos, skip, 1)
    if not nxt or last.number is None:
        return False
    number = lines[nxt[0]].clean.rstrip(".")
    return (
        number.isdecimal()
        and int(number) == last.number + 1
        and _title_under_number(lines, nxt[0], skip) is not None
    )


def _title_under_number(lines: list[Line], pos: int, skip: set[int]) -> int | None:
    """Position of the title under a contents entry's number alone on its line ("1." /
    "Anlægsbevilling til …", a web page's list with the number in a column; "1" /
    "Godkendelse af dagsorden ..... 2", a PDF's), else None."""
    if not _NUMBER_DOT.match(lines[pos].clean):
        return None
    nxt = _next_nonblank(lines, pos, skip, 1)
    if not nxt:
        return None
    text = lines[nxt[0]].clean
    if _NUMBER_DOT.match(text) or not plausible_title(_leader_cut(text)):
        return None
    if _OPEN_CLOSED.match(text.strip()):
        return None  # ("8" / "Lukket" / "7" / "Salg af areal": a page over the closed part)
    under = toc_entry(lines[nxt[0]])
    # (a title with its page after a dot leader, "Godkendelse af dagsorden ...... 2", is
    # the entry's title still: a PDF table's number column printed on a line of its own)
    if under is not None and not (under.number is None and under.page is not None):
        return None
    return nxt[0]


def _groups_next_entry(
    lines: list[Line], pos: int, skip: set[int], entries: list[TocEntry]
) -> bool:
    """Line ``pos`` is "Åben" / "Lukket" alone with a contents entry of a number not yet
    listed right under it (not the "Åbent punkt" above the first item's heading); or
    another short line with no number ("Meddelelser", a group of the agenda's own naming)
    between an entry and the one of the next number."""
    text = lines[pos].clean.strip()
    named = not _OPEN_CLOSED.match(text)
    if named and not _NAMED_GROUP.match(text):
        return False
    if named and text.isupper() and _empty_group(lines, pos):
        return True
    nxt = _next_nonblank(lines, pos, skip, 1)
    entry = toc_entry(lines[nxt[0]]) if nxt else None
    entry = _bare_entry(lines[nxt[0]], entry) if nxt else None
    if entry is None and nxt and (under := _title_under_number(lines, nxt[0], skip)) is not None:
        # ("Lukket" / "7" / "Salg af areal": the next entry's number a cell of its own line,
        # ``_NUMBER_DOT``'s figures)
        cell = lines[nxt[0]]
        entry = TocEntry(lines[under].clean, None, cell.index, int(cell.clean.rstrip(".")))
    return (
        entry is not None
        and entry.number is not None
        and all(e.number != entry.number for e in entries)
        and (
            not named or (entries[-1].number is not None and entry.number == entries[-1].number + 1)
        )
    )


def _empty_group(lines: list[Line], pos: int) -> bool:
    """The group named in capitals at ``pos`` ("MEDDELELSER") lists no entry: the next
    line with text is another group's line ("LUKKEDE SAGER"), as an agenda lists a group
    that has no items this time."""
    nxt = next((k for k in range(pos + 1, min(pos + 3, len(lines))) if not lines[k].blank), None)
    return nxt is not None and is_group_heading(lines[nxt].clean)


#: A group's name alone on a contents list's line: a capital, a few words, no digit and no
#: full stop ("Meddelelser", "Sager til orientering").
_NAMED_GROUP = re.compile(r"^[A-ZÆØÅ][^\d.:;!?]{2,38}$")


_TRAILING_PAGE = re.compile(r"^(?P<title>.*\S)\s+(?P<page>\d{1,3})$")
#: A word a number follows in a title ("tillæg nr. 12", "§ 85", "etape 2"): a number at a
#: wrapped line's end after it is the title's, not a page.
_COUNTED_WORD = re.compile(r"(?:\bnr\.|§|\betape|\bfase|\bpkt\.|\bkl\.)$", re.I)
#: "3 Anlægsbevilling til …": a number and a space under a contents heading (a PDF table
#: whose columns "Punkt Tekst Side" lost their spacing).
_BARE_TOC = re.compile(r"^(?P<num>\d{1,3})\s+(?P<title>[A-ZÆØÅ].*)$")


def _entry_case(title: str) -> tuple[str, str | None]:
    """(title, case) of a contents row that closes with the item's case ("109  Title
    Sagsnr.: 00.30.14-Ø00-4-23": a web page's contents with the case in a column after the
    title); (title, None) for any other."""
    if "." in title and (leader := _LEADER_CASE.search(title)):
        # "Title ........ Akt-id 1698820": the dot leader runs to the case, not to a page
        case = match_case_number(leader.group("field"))
        if case:
            return title[: leader.start()].strip(), case
    if (":" not in title and "nr. " not in title) or not (inline := _INLINE_CASE.search(title)):
        return title, None
    case = match_case_number(inline.group(0).strip())
    # ("Title, Sagsnr. 2019-0003310": the label after a comma, no colon)
    return (title[: inline.start()].strip().rstrip(","), case) if case else (title, None)


#: " ........ Akt-id 1698820", " ... Sagsnr. 19/3502": a contents line's dot leader that runs
#: to the item's labelled case number where a print's runs to its page.
_LEADER_CASE = re.compile(
    rf"\s*(?:\.\s?){{3,}}\s*(?P<field>(?:{CASE_NUMBER_LABEL}|{CASE_ID_LABEL})\s*:?\s*\d[\w./-]*)$",
    re.I,
)


def _bare_entry(line: Line, entry: TocEntry | None) -> TocEntry | None:
    """The entry with the number its title starts with, else ``entry`` as it was."""
    m = _BARE_TOC.match(entry.title if entry else _BULLET.sub("", line.clean).strip())
    if not m or not plausible_title(m.group("title")):
        return entry
    title, case = _entry_case(_title_cell(m.group("title").strip()))
    return TocEntry(
        title,
        entry.page if entry else None,
        line.index,
        int(m.group("num")),
        case=case,
    )


def _pages_split_off(entries: list[TocEntry]) -> list[TocEntry]:
    """Entries whose titles all end in a rising page number ("Godkendelse af dagsorden 3",
    a contents list whose dot leaders were lost) with the number moved to ``page``."""
    found = [_TRAILING_PAGE.match(e.title) if e.page is None else None for e in entries]
    pairs = list(zip(entries, found, strict=True))
    if len(entries) < 2 or not all(m or e.page is not None for e, m in pairs):
        return entries
    pages = [int(m.group("page")) if m else e.page or 0 for e, m in pairs]
    if pages != sorted(pages) or pages[-1] > 400 or not any(found):
        return entries
    return [
        replace(e, title=m.group("title"), page=int(m.group("page"))) if m else e
        for e, m in zip(entries, found, strict=True)
    ]


def match_contents(heads: list[Head], toc: Contents) -> list[Head]:
    """The item headings that agree with the contents list, in its order.

    A heading agrees when its number is an entry's number (or the entry has none) and the
    titles match (the contents may shorten a title). Headings inside the list are not
    items; an entry whose heading is missing is left for :func:`assemble`.
    """
    out: list[Head] = []
    k = 0
    after = toc.end
    for entry in toc.entries:
        if entry.last is not None and entry.number is not None:
            # "Punkt 4-9 Orienteringssager": the headings numbered 4 to 9, in order, whatever
            # their titles (the run's rows are worded in a table of their own)
            run = _run_of(heads[k:], entry.number, entry.last, after, toc.positions)
            if run:
                out.extend(run)
                k = heads.index(run[-1]) + 1
                after = run[-1].pos + 1
            continue
        for j in range(k, len(heads)):
            h = heads[j]
            if h.pos < after or h.pos in toc.positions:
                continue
            same_number = entry.number is None or (
                h.number == entry.number and h.inserted == entry.inserted
            )
            if not h.title and entry.number is not None and same_number:
                out.append(replace(h, title=entry.title))  # "Ad pkt. 2": the agenda's title
                k = j + 1
                after = h.pos + 1
                break
            if same_number and (
                titles_match(entry.title, h.title) or _norm(entry.title) == _norm(h.title)
            ):
                out.append(h)
                k = j + 1
                after = h.pos + 1
                break
            if _misprinted_number(h, entry, out):
                out.append(h)  # (its number as printed: the entry's title finds it)
                k = j + 1
                after = h.pos + 1
                break
    found = _out_of_order(heads, toc, _retitled(heads, toc, out))
    # headings met by their shortened titles are neighbours for the ones worded otherwise
    found = _retitled(heads, toc, found) if len(found) > len(out) else found
    return _inserted_unlisted(heads, toc, found)


def _misprinted_number(h: Head, entry: TocEntry, matched: list[Head]) -> bool:
    """Whether heading ``h`` is ``entry``'s with its number misprinted: a number an item
    above already has ("Ad. 5" twice, a digit misread by OCR or mistyped) before the very
    title the contents list gives under another number. The item keeps the number printed
    (as two headings of one number both stay items where no contents list is)."""
    return (
        entry.number is not None
        and h.number != entry.number
        and any(o.number == h.number for o in matched)
        and bool(h.title)
        and _norm(entry.title) == _norm(h.title)
    )


def _run_of(heads: list[Head], first: int, last: int, after: int, listed: set[int]) -> list[Head]:
    """The headings numbered ``first``, ``first`` + 1 … up to ``last`` one after the other
    from ``after`` on (a heading out of the run ends it); empty unless the first is there."""
    run: list[Head] = []
    for h in heads:
        if h.pos < after or h.pos in listed or h.inserted:
            continue
        if h.number != first + len(run) or h.number > last:
            break
        run.append(h)
    return run


def _inserted_unlisted(heads: list[Head], toc: Contents, matched: list[Head]) -> list[Head]:
    """``matched`` with the inserted items the contents list does not hold: "Punkt 9a:
    Title" with its case line after item 9, an item added at the meeting (a point moved to
    the closed part as 9a, an urgent item taken up) after the agenda was printed. Only a
    heading with a letter and evidence (the case line under it), no entry of its own,
    after the matched heading of its number (or of an earlier item)."""
    if not matched or not any(h.inserted for h in heads):
        return matched
    listed = {(e.number, e.inserted) for e in toc.entries}
    used = {h.pos for h in matched}
    extra = [
        h
        for h in heads
        if h.inserted
        and h.evidence >= 1
        and h.pos not in used
        and h.pos >= toc.end
        and h.pos not in toc.positions
        and (h.number, True) not in listed
        and any(m.number == h.number and m.pos < h.pos for m in matched)
        and not any(m.pos > h.pos and m.number is not None and m.number < h.number for m in matched)
    ]
    return sorted([*matched, *extra], key=lambda h: h.pos) if extra else matched


def _retitled(heads: list[Head], toc: Contents, matched: list[Head]) -> list[Head]:
    """``matched`` with the headings of entries whose title the text words otherwise (the
    contents "Madservice - visitationsretningslinjer", the heading "Ændring af
    visitationsretningslinjer for madservice"): the entry's number, strong evidence (a case
    line under it) and the only such heading between its matched neighbours."""
    taken = {h.number for h in matched}
    if not matched or all(e.number is None or e.number in taken for e in toc.entries):
        return matched
    out = list(matched)
    for entry in toc.entries:
        if entry.number is None or entry.number in taken:
            continue
        below = [h.pos for h in out if h.number is not None and h.number < entry.number]
        above = [h.pos for h in out if h.number is not None and h.number > entry.number]
        lo, hi = max(below, default=toc.end - 1), min(above, default=1 << 30)
        found = [
            h
            for h in heads
            if h.number == entry.number
            and h.inserted == entry.inserted
            and lo < h.pos < hi
            and h.pos >= toc.end
            and h.pos not in toc.positions
        ]
        # or a heading styled as the matched ones are ("## 6. Princip for mobiltelefoner –
        # høring fra skolebestyrelsen" listed as "Mobilprincip – høring" in a notes page)
        styled = found[0].styled and all(h.styled for h in matched) if found else False
        if len(found) == 1 and (found[0].evidence >= 2 or styled):
            out.append(found[0])
            taken.add(entry.number)
    return sorted(out, key=lambda h: h.pos) if len(out) > len(matched) else matched


def _out_of_order(heads: list[Head], toc: Contents, matched: list[Head]) -> list[Head]:
    """``matched`` with the headings of numbered entries met elsewhere in the text: an
    urgent item taken earlier than listed ("205" printed between 199 and 200; "7a" taken
    before 6). Only a heading with evidence, the entry's number and its title counts; in
    text order."""
    taken = {(h.number, h.inserted) for h in matched}
    used = {h.pos for h in matched}
    extra: list[Head] = []
    for entry in toc.entries:
        if entry.number is None or (entry.number, entry.inserted) in taken:
            continue
        h = next(
            (
                h
                for h in heads
                if h.number == entry.number
                and h.inserted == entry.inserted
                and h.pos >= toc.end
                and h.pos not in toc.positions
                and h.pos not in used
                and (h.evidence >= 1 or h.styled)
                and (
                    titles_match(entry.title, h.title)
                    or _norm(entry.title) == _norm(h.title)
                    or _shortened(entry.title, h)
                )
            ),
            None,
        )
        if h is not None:
            extra.append(h)
            taken.add((h.number, h.inserted))
            used.add(h.pos)
    return sorted([*matched, *extra], key=lambda h: h.pos) if extra else matched


def _shortened(listed: str, h: Head) -> bool:
    """A contents list's short name for the heading's long title ("Handleplan sygefravær"
    for "Handleplan for nedbringelse af sygefraværet …", "Mødeplan 2024" for "Årshjul og
    mødeplan 2024"): the heading has evidence of its own and each listed word starts a word
    of its title (or both start with the same word)."""
    words, own = _norm(listed).split(), _norm(h.title).split()
    if not (h.styled or h.evidence >= 1) or not words or not own:
        return False
    return words[0] == own[0] or all(any(w.startswith(x) for w in own) for x in words)


def chain(heads: list[Head], min_evidence: int = 1, max_step: int = 5) -> list[Head]:
    """The best increasing run of headings that carry evidence (no contents list).

    Item numbers rise through a document (1, 2, 3 … or 148, 149 … through the year);
    numbered lines in item bodies (a calendar, a list) either carry no evidence or break
    the rise. Dynamic programming over the candidates: the run with the most evidence.
    """
    # "Ad pkt. 2" alone names no title: an item only where a contents list gives it one
    cands = [h for h in heads if (h.evidence >= min_evidence or h.styled) and h.title]
    if cands and any(h.part for h in cands):
        cands = _next_parts_in(heads, cands)
    if not cands:
        return []
    points = _tight_points(heads)
    best: list[float] = []
    back: list[int] = []
    for i, h in enumerate(cands):
        # (an inserted item "12a" follows its own number: it starts no run; "4a" may be
        # item 4's first part, "4b" its second, where no item 4 stands above them)
        first_part = h.inserted and h.part == "a"
        score, prev = (float("-inf") if h.inserted else 1.0 + h.evidence), -1
        for j in range(i):
            step = h.number - cands[j].number
            if h.inserted and step != 0 and not first_part:
                continue
            if 0 < step <= max_step:
                if step > 1 and _list_restarted_after(heads, h, cands[j]):
                    # ("1. Title" … "1. Skoleområdet 1.412,6" / … / "5. Administration 44,0"
                    # right under 3 and 4: a list's last point, not item 5 after item 1)
                    continue
                s = best[j] + 1.0 + h.evidence - 0.5 * (step - 1)
            elif step == 0 and _misnumbered(cands[j], h):
                s = best[j] + h.evidence  # a number printed twice ("4." / "4."): both items
            elif step == 0 and h.inserted and not cands[j].inserted:
                s = best[j] + 1.0 + h.evidence  # "12a" inserted after "12"
            elif step == 0 and h.inserted and _next_part(cands[j], h):
                s = best[j] + 1.0 + h.evidence  # "4b" after "4a": the item's next part
            else:
                continue
            if s > score or (
                # (a tie between two headings of one number: the one written as this
                # heading is, "**3) Title**" before "**4) …**", not a list's "3. …" in
                # the text above it; and not the third point of a list in an item's text)
                s == score
                and prev >= 0
                and (
                    (cands[j].styled == h.styled and cands[prev].styled != h.styled)
                    or (id(cands[prev]) in points and id(cands[j]) not in points)
                )
            ):
                score, prev = s, j
        best.append(score)
        back.append(prev)
    i = max(range(len(cands)), key=lambda x: (best[x], id(cands[x]) not in points, -x))
    out = []
    while i >= 0:
        out.append(cands[i])
        i = back[i]
    return _gaps_filled(out[::-1], heads)


def _list_restarted_after(heads: list[Head], h: Head, before: Head) -> bool:
    """Whether ``h`` ends a list of numbered lines with no blank line between them ("1. …" /
    "2. …" / … / ``h``) that starts below ``before`` at a number no higher than its: the
    list counts afresh inside ``before``'s item, so ``h`` numbers a point, not an item."""
    at = {x.pos: x.number for x in heads}
    start, number = h.pos, h.number
    while at.get(start - 1) == number - 1:
        start, number = start - 1, number - 1
    return h.pos - start >= 2 and start > before.pos and number <= before.number


def _tight_points(heads: list[Head]) -> set[int]:
    """The ids of the numbered lines right under two lines numbered one and two less, with
    no blank line between ("1. Bjerre IF tildeles …" / "2. Spejderne …" / "3. Musikforeningen
    gives afslag."): a list's points in an item's text, which lose a tie with a heading of
    the same number standing on its own."""
    at = {h.pos: h.number for h in heads}
    return {
        id(h)
        for h in heads
        if at.get(h.pos - 1) == h.number - 1 and at.get(h.pos - 2) == h.number - 2
    }


def _next_parts_in(heads: list[Head], cands: list[Head]) -> list[Head]:
    """``cands`` with the lettered parts that follow a part among them ("4b) Title" with
    only text and the decision label under it, after "4a) Title" over its case line): the
    second part of an item counts on the first's evidence."""
    kept = {id(h) for h in cands}
    out: list[Head] = []
    for h in heads:
        if id(h) in kept or (
            h.title and out and out[-1].number == h.number and _next_part(out[-1], h)
        ):
            out.append(h)
    return out


def _next_part(before: Head, h: Head) -> bool:
    """``h`` is the part lettered right after ``before``'s ("4b" after "4a")."""
    return (
        before.inserted
        and len(before.part) == 1
        and len(h.part) == 1
        and ord(h.part) == ord(before.part) + 1
    )


def _misnumbered(before: Head, h: Head) -> bool:
    """Two headings with one number that are two items: written alike (both styled as
    headings, or both with a time box), each with evidence of its own, and their titles
    differ (a typo in the minutes, not a heading and its echo, nor a list in the text)."""
    alike = (
        (before.styled and h.styled)
        or (_time_boxed(before.title) and _time_boxed(h.title))
        # plain text's "2. Title" / "Sagsnr.: 19/1150" twice, each over a case number of its
        # own: two cases, so two items (a list's points in a text carry no case numbers)
        or (bool(before.case_number and h.case_number) and before.case_number != h.case_number)
        # ("Pkt 5 - Sommerudflugt" / "Referat: …" and "Pkt. 5 - Eventuelt" / "Referat: …":
        # each with strong evidence of its own, its section label right under it)
        or (before.evidence >= 3 and h.evidence >= 3)
        # ("2. Title" / "2. Other title" in place of 3, in a run closed by "7. Eventuelt")
        or (before.framed and h.framed)
    )
    return (
        alike
        and before.evidence >= 1
        and h.evidence >= 1
        and not titles_match(before.title, h.title)
        and _norm(before.title) != _norm(h.title)
    )


def _time_boxed(title: str) -> bool:
    """The title ends in its time box: "(kl. 8.45-9.45)", "(20 min.)"."""
    return bool(_DURATION_IN_TITLE.search(title) or TIME_BOX_IN_TITLE.search(title))


def _gaps_filled(run: list[Head], heads: list[Head]) -> list[Head]:
    """The run with the headings that number its gaps exactly ("4." and "6." chosen, a
    "5. Title" between them without evidence of its own: an item with a short text)."""
    out: list[Head] = _lead_filled(run, heads)
    for a, b in zip(run, run[1:], strict=False):
        out.append(a)
        missing = list(range(a.number + 1, b.number))
        if b.inserted and a.number < b.number:
            # "2) …" / "3) Title" (no evidence of its own) / "3a) Title": the item the
            # inserted one follows stands in the gap too
            missing.append(b.number)
        if not missing or len(missing) > 3:
            continue
        between = [h for h in heads if a.pos < h.pos < b.pos]
        if [h.number for h in between] == missing and not any(h.inserted for h in between):
            out.extend(between)
        elif [h.number for h in between] != missing and (own := _points_apart(between, missing)):
            out.extend(own)
    return [*out, run[-1], *_tail_filled(run, heads)] if run else out


def _points_apart(between: list[Head], missing: list[int]) -> list[Head]:
    """The headings numbering the gap exactly where the other numbered lines between them
    are an item's own points 1, 2, 3 … under one of them ("G. Orientering fra direktionen"
    / "1. Status …" / "2. Ny aftale …" between "F." and "H."): the gap's items, else none."""
    own = [h for h in between if h.number in missing]
    points = [h for h in between if h.number not in missing]
    if (
        not own
        or [h.number for h in own] != missing
        or any(h.inserted for h in between)
        or points[0].pos < own[0].pos
        or [h.number for h in points] != list(range(1, len(points) + 1))
    ):
        return []
    return own


def _tail_filled(run: list[Head], heads: list[Head]) -> list[Head]:
    """The headings right after the run's last that number on from it one by one ("3)"
    chosen, then "4) Orientering fra kommunen" over a briefing, "5) Eventuelt" where the
    copy was cut), written as the run's last is (styled or not), where the run has three
    headings or more: items whose text gives no evidence right under the title. The next
    candidates only: any other numbered line between them ends it."""
    if len(run) < 3:
        return []
    last = run[-1]
    out: list[Head] = []
    for h in heads:
        if h.pos <= last.pos:
            continue
        if h.number != last.number + 1 or h.inserted or not h.title or h.styled != last.styled:
            break
        out.append(h)
        last = h
        if len(out) == 3:
            break
    return out


def _lead_filled(run: list[Head], heads: list[Head]) -> list[Head]:
    """The headings numbering the run's first gap from 1, right above its first heading
    ("A. Velkommen og tjek-ind" with nothing under it, then "B. Title" over its case line):
    items with a short text, where the run starts at 2 or 3 and the candidates right above
    it number 1 … exactly; none otherwise."""
    if not run or run[0].number < 2 or run[0].inserted:
        return []
    above = [h for h in heads if h.pos < run[0].pos]
    if run[0].number > 3:
        # "1) Situationsbillede" / text / … / "3) Title" / text, then "4) Title" over its
        # "Indstilling: …": every candidate above the run numbers 1 … exactly, written as
        # the run's are, each with text of its own under it (no list's lines), under a run
        # of three or more: an agenda's first items with their label further down
        spread = all(b.pos - a.pos >= 3 for a, b in zip(above, [*above[1:], run[0]], strict=False))
        if len(run) < 3 or not spread or any(h.styled != run[0].styled for h in above):
            return []
        lead = above
    else:
        lead = above[-(run[0].number - 1) :]
    if [h.number for h in lead] != list(range(1, run[0].number)):
        return []
    if any(h.inserted or not h.title for h in lead):
        return []
    return lead


_FORM = re.compile(r"^\D*")


def _form(text: str) -> str:
    """What a heading writes before its number ("Pkt. ", "P"): a card's check box not
    counted ("[✓] 5 · …" and "[ ] 6 · …" are one form), nor the item's word in a second
    language before it ("Oqaluuserisassaq 8 / Punkt 8" is written as "Punkt 9" is)."""
    if text[:1] == "[":
        text = _CHECKBOX.sub("", text)
    if " / " in text[:40]:
        text = _SECOND_LANGUAGE_WORD.sub("", text)
    m = _FORM.match(text)
    assert m is not None
    return m.group(0).casefold()


def taken_out_of_order(
    heads: list[Head], cands: list[Head], lines: list[Line], max_step: int = 5
) -> list[Head]:
    """``heads`` (an increasing run) with the headings of items taken out of order ("Pkt.
    7" treated after "Pkt. 3"): a candidate the run left out whose number it lacks, inside
    the run, numbered within it or no further above it than a step, written as the run's
    headings are ("Pkt. "), and as sure of being a heading as they (a case line or a
    section heading under it); in text order. A heading written with a word before its
    number ("Ad 6.", "Pkt. 6") that fills a gap the run skips (6 between 5 and 7, printed
    after 7) needs no more evidence than the run's least sure heading: a list in an item's
    text is not so written."""
    if len(heads) < 3:
        return heads
    numbers = {h.number for h in heads}
    forms = {_form(lines[h.pos].clean) for h in heads}
    sure = min(h.evidence for h in heads)
    first, last = heads[0].pos, heads[-1].pos
    low, high = min(numbers), max(numbers)
    worded = len(forms) == 1 and any(ch.isalpha() for form in forms for ch in form)
    # (a board's cards, each heading behind its check box "[✓] 5 · Title": as sure as a
    # worded heading, for a card with the box)
    boxed = all(_CHECKBOX.match(lines[h.pos].clean) for h in heads)
    # (headings of one markdown level, "## 06 — Title" between "## 04 — …" and "## 05 — …":
    # a page's own headings, no list in an item's text, as sure as a worded heading)
    levels = {lines[h.pos].heading_level for h in heads}
    leveled = len(levels) == 1 and 0 not in levels
    extra: list[Head] = []
    at = {c.pos: c for c in cands}
    for c in cands:
        if _closes_list(lines, at, c):
            continue  # "8. Kortbilag" / "9. Miljøvurdering": a list's last point, no item
        gap = low < c.number < high
        card = boxed and _CHECKBOX.match(lines[c.pos].clean) is not None
        lead = worded or card
        # (a card's box and number filling the run's gap prove it as the run's own do)
        need = (
            0
            if card and gap
            else sure
            if (lead or lines[c.pos].heading_level in levels - {0}) and gap
            else max(2, sure)
        )
        if worded and c.styled:
            # (a worded heading styled as the run's are, "## Punkt 9" between "## Punkt 7"
            # and "## Punkt 8", an urgent item taken early, needs no more than evidence)
            need = min(need, 1)
        elif worded and gap and _swapped_after(heads, c):
            # ("Punkt 6" / … / "Punkt 5" / … / "Punkt 7": two items handled in each
            # other's place, the one printed second right after its neighbour; no list in
            # an item's text counts down so)
            need = min(need, 1)
        if (
            # (or a gap's heading after the run's last: a board's card moved to the list
            # of the next meeting's points, printed after the cards handled)
            (
                first < c.pos < last
                or (c.pos > last and gap and (lead or leveled))
                # (or a gap's heading above the run's first, its own decision under it: the
                # pages of a portal's items saved in another order, "3." before "1.")
                or (c.pos < first and gap and _decided_page(lines, c.pos, first))
            )
            and not c.inserted
            and c.number not in numbers
            and low < c.number <= high + max_step
            and c.evidence >= need
            and _form(lines[c.pos].clean) in forms
        ):
            extra.append(c)
            numbers.add(c.number)
    return sorted([*heads, *extra], key=lambda h: h.pos) if extra else heads


def _swapped_after(heads: list[Head], c: Head) -> bool:
    """Whether the run's heading printed last above ``c`` is numbered one above it ("Punkt
    6" over "Punkt 5": the two items taken in swapped order)."""
    above = [h for h in heads if h.pos < c.pos]
    return bool(above) and above[-1].number == c.number + 1


def _decided_page(lines: list[Line], start: int, end: int) -> bool:
    """A decision heading ("Beslutning", "Beslutning i <forum> den …") among
    ``lines[start:end]``: the item's own page, no line of a contents list."""
    for ln in lines[start + 1 : end]:
        if ln.blank:
            continue  # (no first-letter gate: "Afgørelse", "Referat:", "4.3 Beslutning")
        key = heading_key(ln)  # (dated, it reads as an earlier decision: no date known yet)
        if key is not None and key[0] in ("beslutning", "tidligere_beslutning"):
            return True
    return False


def _closes_list(lines: list[Line], at: dict[int, Head], c: Head) -> bool:
    """Whether ``c`` stands right under a line numbered one lower (a blank line between at
    most): the last point of a numbered list (a Bilag list under which the decision's label
    follows), not an item's heading taken out of order."""
    k = c.pos - 1
    if k >= 0 and lines[k].blank:
        k -= 1
    above = at.get(k)
    return above is not None and above.number == c.number - 1


def supplementary_points(cands: list[Head], lines: list[Line]) -> list[Head]:
    """A supplementary agenda's points among the candidates ("Tillægspunkt 1. Title",
    "Tillægspunkt 2: Title"): lines opening with the word, numbered 1, 2 … in text order,
    each as sure of being a heading as a case line or a section heading under it makes
    it; else []."""
    points = [
        c
        for c in cands
        if lines[c.pos].clean[:1] in "Tt" and _SUPPLEMENTARY.match(lines[c.pos].clean)
    ]
    if [c.number for c in points] != list(range(1, len(points) + 1)):
        return []
    return points if all(c.evidence >= 2 and not c.inserted for c in points) else []


def with_supplementary(heads: list[Head], points: list[Head]) -> list[Head]:
    """``heads`` (a run of the numbered items) with a supplementary agenda's ``points`` set
    among them where they were handled ("4. …" / "Tillægspunkt 1. Title" / "Tillægspunkt
    2. Title" / "5. …", no contents list and no "Tillægsdagsorden" line over them):
    numbered from 1 again, their printed numbers kept (as in a contents list); the points
    after the run's first heading and the first of them before its last."""
    if len(heads) < 2 or not points:
        return heads
    if points[0].pos < heads[0].pos or points[0].pos > heads[-1].pos:
        return heads
    chosen = {h.pos for h in heads}
    if any(c.pos in chosen for c in points):
        return heads
    return sorted([*heads, *points], key=lambda h: h.pos)


def absorb_duplicates(
    heads: list[Head], cands: list[Head], lines: list[Line], toc: Contents | None = None
) -> list[Head]:
    """Headings with the lines that announce them: a candidate not taken whose number and
    title repeat a chosen heading just below it (an accordion header "• Pkt. 43 Title"
    above "Pkt. 43" / "Title") belongs to that heading, not to the item before. Never a
    contents line, and never above the previous heading's own lines."""
    chosen = {h.pos for h in heads}
    listed = toc.positions if toc else set()
    out = []
    floor = -1
    for h in heads:
        extra = [
            c.pos
            for c in cands
            if c.pos not in chosen
            and c.pos not in listed
            and c.number == h.number
            and floor < c.pos < h.pos
            and sum(1 for ln in lines[c.pos : h.pos] if not ln.blank) <= 6
            and (titles_match(c.title, h.title) or _norm(c.title) == _norm(h.title))
        ]
        if extra:
            start = min(extra)
            h = replace(h, pos=start, consumed=(*h.consumed, *([h.pos] if h.pos != start else [])))
            h = replace(h, consumed=tuple(p for p in h.consumed if p != start))
        out.append(h)
        floor = max([h.pos, *h.consumed])
    return out
