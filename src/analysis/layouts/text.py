"""The text before any layout reads it: PDF lines that ran together are split, and page
furniture is found (web controls, cookie notices, footers, breadcrumbs, the site's
navigation above a printable page): never titles, sections or decisions, and counted as
placed text in the coverage figure, not as lost text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from copy import copy
from functools import lru_cache, wraps
from itertools import compress, count, pairwise, takewhile
from operator import attrgetter, methodcaller
from typing import Any, TypeVar

from analysis import dates
from analysis.case_labels import CASE_LABEL
from analysis.layouts.authored_labels import authored_labels
from analysis.layouts.barred_title import owner_body_kind
from analysis.layouts.bilingual import danish_text
from analysis.layouts.boxed_table import unbox
from analysis.layouts.card_fields import card_fields
from analysis.layouts.chevron import chevron_titles, triangle_outcomes
from analysis.layouts.consent import _COOKIE, consent_banner
from analysis.layouts.decision_column import decision_column_off
from analysis.layouts.decision_summary import summary_decisions
from analysis.layouts.disclosure import unfolded_headings, unfolded_sections
from analysis.layouts.dot_fields import close_dot_leaders, has_dot_fields
from analysis.layouts.field_column import fields_under_headings
from analysis.layouts.field_row import field_rows
from analysis.layouts.followup import follow_up_outcomes
from analysis.layouts.framed import unframed, unspaced
from analysis.layouts.groups import is_group_heading
from analysis.layouts.header_columns import (
    gapped_fields,
    gapped_section_labels,
    paired_labels_split,
    unmixed_header_columns,
)
from analysis.layouts.indented_outcomes import indented_outcomes
from analysis.layouts.inline_case import (
    content_cell,
    margin_numbers_beside_cases,
    split_case_headings,
    split_case_sentences,
    titles_over_cases,
)
from analysis.layouts.inline_label import split_inline_labels
from analysis.layouts.margin_numbers import margin_numbers_off
from analysis.layouts.meeting_prefixed import (
    numbers_before_leads,
    unprefixed_headings,
    unprefixed_meeting_points,
    unprefixed_year_headings,
)
from analysis.layouts.number_under_title import (
    bare_numbers_right_of_titles,
    bracketed_numbers_after_titles,
    counted_headings,
    numbers_right_of_titles,
    numbers_under_titles,
)
from analysis.layouts.option_boxes import (
    marked_outcome_lines,
    marked_status_labels,
    unticked_option_lines,
)
from analysis.layouts.outcome_list import (
    AD_GATE,
    answered_list,
    dashed_outcomes,
    headed_outcomes,
    labelled_heading_outcomes,
    lone_heading_outcomes,
)
from analysis.layouts.outcome_overview import overview_decisions
from analysis.layouts.pictograms import unpictogram
from analysis.layouts.portal_menu import committee_menu
from analysis.layouts.quoted_decision import unquote_decisions
from analysis.layouts.quoted_mail import unquote_mail
from analysis.layouts.review_marks import corrected_labels, review_marks_off
from analysis.layouts.ruled import ruled_titles, underlined_titles
from analysis.layouts.slides import outline_numbers_off, slide_marks_off
from analysis.layouts.stacked_table import may_stack, stacked_item_table
from analysis.layouts.tab_item_row import (
    case_column_rows,
    column_item_rows,
    decision_column_rows,
    tabbed_item_rows,
)
from analysis.layouts.time_slots import time_slot_headings
from analysis.layouts.timecodes import timecodes_off
from analysis.layouts.title_field import cased_title_fields
from analysis.layouts.title_row import tabbed_title_rows
from analysis.layouts.trailing_number import trailing_numbers
from analysis.layouts.wrapped_bold import joined_bold_titles
from analysis.layouts.wrapped_month import months_rejoined
from analysis.municipalities import REGION_PATTERN
from analysis.parse import (
    _PLAN_FIELD,
    Line,
    comma_dated,
    decision_heading,
    heading_key,
    line_start_test,
    match_case_number,
    may_hold,
    to_lines,
)
from analysis.vocab import (
    BULLET_MARKS,
    CROSSES,
    EMPTY_BOXES,
    TASK_TABLE_HEAD,
    TICKED_BOXES,
    TICKS,
)

# --- the pre-pass -----------------------------------------------------------------------

#: ``outcome_list.AD_GATE`` tried at the lines' starts only (see ``line_start_test``): the
#: same answer as its search, which tries its ``^`` at every position of the text.
_ad_gate_in = line_start_test(AD_GATE)

#: Where a flattened PDF line (Gentofte's abcdocz export) starts a new line: header keys,
#: the contents heading and contents entries "12 (Åben) Title ....... 4".
_FLAT_BREAKS = re.compile(
    r"\s+(?=(?:Referat af møde|Dagsorden til møde|Mødetidspunkt|Mødeafholdelse|Mødested|"
    r"Protokollen blev|Tilstede:|Til stede:|Fraværende:|Afbud:|Indholdsfortegnelse|"
    r"\d{1,3}\s+\((?:Åben|Lukket)\)\s))"
)
_FLAT_LEADER = re.compile(r"(\.{4,}\s*\d{1,4}|Indholdsfortegnelse)\s+")


#: "Indholdsfortegnelse 1. Godkendelse af dagsorden.....<TAB>1": the contents heading run
#: together with its first entry (a PDF's line), the entry ending in its page number.
_HEADING_WITH_ENTRY = re.compile(
    r"^(?P<head>(?:#{1,6}\s*)?(?:\*\*)?Indholdsfortegnelse(?:\*\*)?:?)[ \t]+"
    r"(?=\d{1,3}[.)]?\s+\S[^\n]*?(?:\.{3,}|\t)\s*\d{1,4}[ \t]*$)",
    re.MULTILINE,
)


_has_heading_with_entry = line_start_test(_HEADING_WITH_ENTRY)


#: "ortegnelse " or "ortegnelse\t" as one search.
_CONTENTS_WORD = re.compile("ortegnelse[ \t]").search


def unflatten(text: str) -> str:
    """Split lines of several hundred characters where a header key or contents entry
    starts: PDF text extraction sometimes runs a whole page into one line."""
    if _CONTENTS_WORD(text) and _has_heading_with_entry(text):
        # ("Indholdsfortegnelse 1. Title.....1": the heading and the first entry apart)
        text = _HEADING_WITH_ENTRY.sub(r"\g<head>\n", text)
    spans = _long_line_spans(text, 400)
    if not spans:
        return text
    longs = [text[start:end] for start, end in spans]
    if not any(map(_flattened, longs)):
        # A long paragraph of a web page's text (one line a paragraph, "… jf. Bilag 2 …"):
        # only a contents list's leaders or a header's breaks part it, no sections or items
        # (the long lines rewritten where they stand: the text is not split into lines, as
        # half the documents have such a paragraph and most of their lines are short)
        parts: list[str] = []
        pos = 0
        for (start, end), line in zip(spans, longs, strict=True):
            parts += (text[pos:start], _leaders_and_breaks(line))
            pos = end
        parts.append(text[pos:])
        return "".join(parts)
    lines = text.split("\n")
    out = []
    numbering = _Numbering()
    for at, line in enumerate(lines):
        # (a text with a line over 400 characters is flattened: its other pages' lines,
        # over 200, ran together too, a page with less text)
        long = len(line) > 200
        if at == 0:
            line = flat_header(line)
        if long:
            line = _FLAT_SECTIONS.sub("\n", _leaders_and_breaks(line))
            line = _FLAT_LABEL_TEXT.sub(r"\1\n", flat_item_headings(line, numbering))
        else:
            flat_item_headings(line, numbering)  # (a heading of its own counts in the numbering)
        out.append(line)
    return "\n".join(out)


def _leaders_and_breaks(line: str) -> str:
    """A long line parted after each contents entry's dot leader and page and before each
    header break (``_FLAT_LEADER``, ``_FLAT_BREAKS``)."""
    return _FLAT_BREAKS.sub("\n", _FLAT_LEADER.sub(r"\1\n", line))


#: Where a flattened header's next field starts: its keys (with or without the colon, as
#: the exports print them), the attendance's labels, and the weekday (or "Møde den") before
#: the date.
_FLAT_HEADER_KEYS = re.compile(
    r"\s+(?=(?:(?:Møde)?[Dd]ato|Tid(?:spunkt)?|Mødetid|Start(?:tidspunkt| kl\.)|"
    r"Slut(?:tidspunkt| kl\.)|Sted|Medlemmer|Deltagere|Stedfortræder|Mødet sluttede|"
    r"Mødetidspunkt|Mødested|Mødeafholdelse|Fraværende|Afbud)\b:?\s)"
    r"|(?<!:)(?<!dato)(?<!Dato)\s+(?=(?:Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag|"
    r"Møde)(?: den)? \d)"
)
#: "Referat Handicaprådet", "REFERAT Kommunalbestyrelsen": the document's word before the
#: forum's name in a flattened header, parted from it.
_FLAT_DOCUMENT_WORD = re.compile(r"(?:^|\s+)(Referat|REFERAT|Dagsorden|DAGSORDEN)\s+(?=[A-ZÆØÅ])")


def flat_header(text: str) -> str:
    """The first line of a flattened PDF text (its header: "Kommune Referat Forum Dato: …
    Tid: … Sted: … Medlemmer: …") parted at its fields' keys (``_FLAT_HEADER_KEYS``) and
    around the document's word (``_FLAT_DOCUMENT_WORD``), in its first 400 characters; the
    rest of the line as it was."""
    first, sep, rest = text.partition("\n")
    if len(first) < 150:
        return text
    head, tail = first[:400], first[400:]
    if " " in tail:  # (the field a key starts runs on to the tail's first space)
        cut = tail.index(" ")
        head, tail = head + tail[:cut], tail[cut:]
    head = _FLAT_DOCUMENT_WORD.sub(lambda m: f"\n{m.group(1)}\n", head, count=1).lstrip("\n")
    return _FLAT_HEADER_KEYS.sub("\n", head) + tail + sep + rest


#: Where an item's section starts in a flattened PDF line: a case field ("Sagsnr.: 15/4410",
#: "J.nr.:", "Sagsid:") or a section's label, with or without its colon ("Resume",
#: "Sagsfremstilling", "Indstilling", "Beslutning", "Bilag:"), written with its capital.
_FLAT_SECTIONS = re.compile(
    r"\s+(?=(?:(?:Sagsnr|J\.nr|Journalnr|Sag nr|Dok\.nr)\.?|Sagsid|Sagsbehandler):\s"
    r"|(?:Resumé|Resume|Sagsfremstilling|Indstilling|Beslutning|Bilag):?\s)"
)
#: An item's heading inside a flattened line: its number (after "Punkt" or "Sag:", and
#: before "(Åben)" in some exports), then the title's capital.
_FLAT_HEADING = re.compile(
    r"(?:(?<=\s)|^)(?:(?:Punkt|Sag:)\s+)?(?P<num>\d{1,3})\.?\s+(?:\((?:Åben|Lukket)\)\s+)?"
    r"(?=[A-ZÆØÅ])",
    re.MULTILINE,
)


class _Numbering:
    """The item numbers met so far in a text: the first and the last."""

    def __init__(self) -> None:
        self.first: int | None = None
        self.last: int | None = None

    def takes(self, n: int, opens: bool = True, paged: bool = False) -> bool:
        """Whether ``n`` goes on the numbering (the next number, or the first again: the
        items after their contents list), counted if so; the first number met starts it
        where it is 1 or ``opens`` (see ``_place``: "Mødelokale 2 Rådhuset" in a header
        numbers no item)."""
        if self.last is None and n != 1 and not opens:
            return False
        if self.last is not None and paged:
            return False  # (a page footer's number)
        if self.last is not None and n not in (self.last + 1, self.first):
            return False
        if self.first is None or n == self.first:
            self.first = n
        self.last = n
        return True


def _place(line: str, at: int) -> tuple[bool, bool]:
    """Whether a number at ``at`` may start the numbering (at the line's start, or after a
    contents list's head row of columns, "Sag nr. Emne Side 211 Title …", the page column's
    head "Side" last), and whether it follows "Side" (after the numbering started, a page
    footer's page: "Udvalget 06-11-2013 Side 3 Punkt 3 Title")."""
    paged = line[:at].rstrip().endswith("Side")
    return at == 0 or paged, paged


def flat_item_headings(text: str, numbering: _Numbering) -> str:
    """Each item's heading on a line of its own where a flattened PDF ran the items of a
    page together ("… Beslutning Godkendt. 2. Spørgetid for borgerne Sagsnr.: …"): a number
    before a capital starts an item where it goes on the ``numbering`` (one more than the
    last heading's, or the first one again: the items after their contents list)."""
    out: list[str] = []
    for line in text.split("\n"):
        heads = [
            m.start()
            for m in _FLAT_HEADING.finditer(line)
            if numbering.takes(int(m.group("num")), *_place(line, m.start()))
        ]
        if not heads:
            out.append(line)
            continue
        lead = [line[: heads[0]].rstrip()] if heads[0] else []
        # ("Sag: 3 Title": the word before the number, read as "Sag 3 Title" is)
        pieces = [
            "Sag " + line[a + 5 : b].rstrip() if line[a : a + 5] == "Sag: " else line[a:b].rstrip()
            for a, b in pairwise([*heads, len(line)])
        ]
        out.append("\n".join(lead + _pages_off(pieces)))
    return "\n".join(out)


#: "Nyt fra formanden 5": a contents entry's page number after its title, no dot leader.
_TRAILING_PAGE = re.compile(r"\s(\d{1,3})$")


def _pages_off(pieces: list[str]) -> list[str]:
    """The headings cut from a flattened line with each entry's page number off where they
    are a contents list without dot leaders ("1 Godkendelse af dagsorden 1 2 Budget 2017 1 3 …"):
    three entries or more in a row each ending in a number, the numbers never falling
    (pages); the last one may be an item with its text after the list and is kept whole."""
    pages = [_TRAILING_PAGE.search(p) for p in pieces[:-1]]
    if len(pages) < 3 or not all(pages):
        return pieces
    numbers = [int(m.group(1)) for m in pages if m]
    if any(b < a for a, b in pairwise(numbers)):
        return pieces
    return [p[: m.start()] for p, m in zip(pieces, pages, strict=False) if m] + pieces[-1:]


#: "Beslutning Godkendt." / "Beslutning i Økonomiudvalget den 14-03-2012 Godkendt.": a
#: section's label without a colon, the text run on after it (a flattened line parted at
#: its labels): the label, and the forum and date that head a decision, a line of its own.
_FLAT_LABEL_TEXT = re.compile(
    r"^((?:Resumé|Resume|Sagsfremstilling|Indstilling|Beslutning)"
    r"(?:(?: i)? [A-ZÆØÅ][\w -]{2,40}? den \d{1,2}[-.]\d{1,2}[-.]\d{2,4})?) (?=\S)",
    re.MULTILINE,
)


def _flattened(line: str) -> bool:
    """Whether a long line is a flattened PDF page: it runs two different marks of the
    minutes' structure together (a section's label, a case field, a contents entry's dot
    leader, a header's key), as a paragraph mentioning one ("… jf. Bilag 2 …") does not."""
    # (the patterns match the space before a mark: the mark is the word after it)
    marks = {line[m.end() : m.end() + 6] for m in _FLAT_SECTIONS.finditer(line)}
    marks |= {line[m.end() : m.end() + 6] for m in _FLAT_BREAKS.finditer(line)}
    if _FLAT_LEADER.search(line):
        marks.add("leader")
    return len(marks) >= 2


def _long_line_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text`` (split at "\\n") longer than ``limit``
    characters, in order.

    Jumps from a line's start to the last line break within the next ``limit`` + 1
    characters: every line between ends there, so is no longer. A few steps a page, where
    splitting the whole text into lines makes a string of each (most lines are short).
    """
    spans: list[tuple[int, int]] = []
    pos, size = 0, len(text)
    while size - pos > limit:
        last = text.rfind("\n", pos, pos + limit + 1)
        if last >= 0:
            pos = last + 1  # (every line from pos to that break is no longer)
            continue
        end = text.find("\n", pos + limit + 1)
        end = size if end < 0 else end
        spans.append((pos, end))
        pos = end + 1
    return spans


_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def unpipe(text: str) -> str:
    """Markdown pipe tables (a Word file converted to text: ``| Pkt. 1 | Title |``) as
    tab-separated cells, the way the other readers write table rows; the ``|---|`` rule
    under a table's first row becomes a blank line. Line numbers are kept, except in a
    table of items (:func:`_item_rows`), whose rows become the lines of items."""
    if "|" not in text:
        return text
    out: list[str] = []
    columns: list[str] | None = None  # an item table's column heads, while in one
    place: int | None = None  # the last row's place in an unnumbered item table
    shared = False  # an item table whose first cell holds both number and title
    heading_at: int | None = None  # where the last item row's "Pkt. N Title" line is
    titled_at: int | None = None  # where the last "Emne: | Title" row's line is
    # each item table's rows: where they start and end in ``out``, and their plain cells
    tables: list[tuple[list[int], list[str]]] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            if _PIPE_SEPARATOR.match(stripped):
                line = ""
            else:
                cells = [c.strip() for c in stripped[1:-1].split("|")]
                if shared and columns is not None and len(cells) == len(columns) - 1:
                    # "| 3. Title | what was said | what was agreed |": the number and the
                    # title share the first cell, parted here as a numbered table's are
                    cells = numbered_title_cells(cells)
                if place is not None and columns is not None and len(cells) == len(columns) - 1:
                    # a row of a table with no number column: numbered by its place, a row
                    # whose title cell is empty going on with the row above
                    place += bool(cells[0])
                    cells = [str(place) if cells[0] else "", *cells]
                if columns is not None and len(cells) == len(columns):
                    span, plain = tables[-1]
                    span[0] = len(out) if span[0] < 0 else span[0]
                    plain.append("\t".join(c for c in cells if c))
                    if not cells[0] and _group_row(cells, out[heading_at] if heading_at else ""):
                        # "|   | **Sager til orientering** |   |": the group heading over
                        # the rows below, a line of its own (no title wrapped on)
                        out.extend(("", cells[1], ""))
                        heading_at = None
                        span[1] = len(out)
                        continue
                    if not cells[0] and cells[1] and heading_at is not None:
                        # a framed table's row wrapped in its cells ("| 3 | Valg af ny
                        # leverandør til |" / "|   | mobiltelefoni |"): the title goes on
                        out[heading_at] = _wrapped(out[heading_at], cells[1])
                        cells = ["", "", *cells[2:]]
                    rows = _item_rows(columns, cells)
                    if len(rows) > 1 and rows[1].startswith("Pkt. "):
                        heading_at = len(out) + 1
                    elif cells[0]:
                        heading_at = None
                    out.extend(rows)
                    span[1] = len(out)
                    continue
                heading_at = None
                columns = cells if _is_item_table(cells) else None
                place = None
                shared = columns is None and _is_shared_item_table(cells)
                if shared:
                    columns = ["Nr.", "Emne", *cells[1:]]
                if columns is None and _is_unnumbered_item_table(cells, out):
                    columns, place = ["Nr.", *cells], 0
                if columns:
                    tables.append(([-1, -1], []))
                if (
                    titled_at is not None
                    and len(cells) == 2
                    and not cells[0]
                    and cells[1]
                    and not columns
                ):
                    # "| Emne: | Ansøgning om frikøb til |" / "|  | arbejdsmiljøuddannelse |":
                    # a field grid's title wrapped in its cell, the label cell empty
                    out[titled_at] = _wrapped(out[titled_at], cells[1])
                    titled_at = None
                    out.append("")
                    continue
                titled_at = (
                    len(out)
                    if len(cells) == 2 and cells[1] and _TITLE_FIELD_CELL.match(cells[0])
                    else None
                )
                # an item table's head row: its words return as each row's labels
                line = "" if columns else "\t".join(c for c in cells if c)
                if not columns and "<br" in line and (under := _broken_title_row(line)):
                    # "| **02** | **Title** <br> Sag KU-2020-031 |": the number's row, its
                    # title cell's further lines (the case) lines of their own under it
                    out.append(under[0])
                    out.extend(under[1:])
                    continue
        elif stripped:
            columns = None
            place = None
            shared = False
            titled_at = None
        out.append(line)
    for (start, end), rows in reversed(tables):
        if start >= 0 and _summary_over_sections(rows, out, end):
            out[start:end] = rows
    return "\n".join(out)


#: "**02**", "3.", "Pkt. 4": a row's first cell that is an item's number.
_NUMBER_CELL = re.compile(r"^(?:\*\*)?(?:pkt\.?\s*|punkt\s+)?\d{1,3}[.)]?(?:\*\*)?$", re.I)


def _broken_title_row(row: str) -> list[str] | None:
    """The lines of a numbered table row of two cells (the number, the title) whose title
    cell goes on after a "<br>" ("02<TAB>**Title** <br> Sag KU-2020-031", a Markdown
    table's cell having no line break of its own): the row with the title alone, then each
    further part a line under it; else None (a row of more cells, an unnumbered row)."""
    cells = row.split("\t")
    if len(cells) != 2 or not _NUMBER_CELL.match(cells[0]):
        return None
    parts = [part for part in _CELL_BREAK.split(cells[1]) if part]
    if len(parts) < 2:
        return None
    return [f"{cells[0]}\t{parts[0]}", *parts[1:]]


def _summary_over_sections(rows: list[str], out: list[str], end: int) -> bool:
    """An item table that only sums up the items written out below it ("| Pkt. | Sag |
    Resultat |" over "### Pkt. 3 · Title" and its full text and decision; a citizens'
    summary's table of outcomes; a "Beslutningsoversigt" over the minutes): two rows or
    more, and most of their titles open a heading of their own after the table with the
    row's number, whole or by their first word (the overview shortens: "Lokalplan 88,
    <sted>" over "Pkt. 2 Lokalplan nr. 88 for boliger ved <sted>"). The sections are
    the items; the table is read as a contents list (its rows as tab-separated cells)."""
    if len(rows) < 2:
        return False
    later = [ln.strip() for ln in out[end:] if ln[:1] not in "|\t" and _DIGIT.search(ln)]
    lowered = [ln.lower() for ln in later]
    found = 0
    for row in rows:
        cells = row.split("\t")
        if len(cells) < 2 or not cells[0].rstrip(".").isdigit() or len(cells[1]) < 4:
            continue
        title = cells[1].lower()
        # (a shortened title: its first word, a word long enough to name the matter)
        word = title.split(maxsplit=1)[0].rstrip(",.:")
        short = word if len(word) >= 5 and word.isalpha() else title
        heads = [ln for ln, low in zip(later, lowered, strict=True) if short in low]
        if not heads:
            continue  # (the cheap test: the title written again below)
        head = re.compile(
            r"^[#*\s]*(?:(?:pkt|punkt)\.?\s*)?"
            + re.escape(cells[0].rstrip("."))
            + r"\b[.):]?\s*[·:.–—|-]?\s*\**\s*"
            + (re.escape(cells[1]) if short == title else re.escape(word) + r"\b"),
            re.IGNORECASE,
        )
        found += any(head.match(ln) for ln in heads)
    return found >= 2 and found * 3 >= len(rows) * 2


_DIGIT = re.compile(r"\d")
#: "Emne:", "Titel:", "Punkt:": a field grid's label cell of the item's title.
_TITLE_FIELD_CELL = re.compile(r"^(?:emne|titel|overskrift|sagstitel|punkt)\s*:$", re.I)


def _wrapped(line: str, rest: str) -> str:
    """A title line with the next part of its wrapped cell after it: a word broken at a
    hyphen ("Ældre og Sund-" / "hed om …") joined again."""
    if line[-1:] == "-" and line[-2:-1].isalpha() and rest[:1].islower():
        return line[:-1] + rest
    return f"{line} {rest}"


#: ("#": an action log's column of row numbers written "#1", "#2" …)
_NUMBER_COLUMNS = frozenset({"pkt", "pkt.", "punkt", "nr", "nr.", "sag nr.", "#"})
#: ("Indhold": the title and, after a dash, what was said; see :func:`content_cell`)
_TITLE_COLUMNS = frozenset({"emne", "titel", "overskrift", "sag", "punkt", "sagstitel", "indhold"})
#: "Udfald", "Resultat": each item's outcome in a word ("Godkendt", "Udsat"), the decision.
_OUTCOME_COLUMNS = frozenset({"udfald", "resultat"})
_DECISION_COLUMNS = (
    frozenset({"beslutning", "konklusion", "afgørelse", "referat"}) | _OUTCOME_COLUMNS
)
#: "Ansvarlig", "Frist", "Ansv. / frist": a column of who acts by when.
_WHO_COLUMN = re.compile(
    r"^(?:ansvarlig|ansvar|ansv\.?|frist|tidsfrist|deadline|hvem)(?:\s*[/,&]\s*\w+\.?)*$", re.I
)
#: An empty cell: "–", "-", "…".
_EMPTY_CELL = re.compile(r"^[\s\-–—…./]*$")
_CASE_COLUMN = re.compile(rf"^{CASE_LABEL}$", re.I)


#: "ID", "Løbenr.": a decision log's column of each decision's running id.
_ID_COLUMNS = frozenset({"id", "løbenr.", "løbenr", "løbenummer", "log-nr.", "lognr.", "log-nr"})
#: "B-24-031", "BL-2024-7": a decision log's id, a letter code, the year and the decision's
#: running number through the year (its number, as "45/2024" is item 45).
#: Also "2025-14": the year and the running number alone.
LOG_ID = re.compile(r"^(?:[A-ZÆØÅ]{1,3}-(?:\d{2}|\d{4})|(?:19|20)\d{2})-0*(?P<num>\d{1,4})$")
#: "B7.1", "D-12.3": a decision log's id after the meeting's own number, a letter code
#: (B for beslutning), the meeting (7) and the decision's number within it (1): item 1,
#: as "7.1" is in a table numbering its meetings (:func:`meeting_log_number`).
MEETING_LOG_ID = re.compile(r"^[A-ZÆØÅ]{1,3}-?(?P<meeting>\d{1,3})\.0*(?P<num>[1-9]\d?)$")


#: "… Konklusion: Godkendt.": the conclusion's label inside a decision column's cell, at
#: its start or after a sentence.
_INLINE_CONCLUSION = re.compile(
    r"(?:^|(?<=[.!?])\s)(Konklusion|Beslutning|Aftale|Aftalt):\s+(?=\S)"
)


def _is_decision_column(head: str) -> bool:
    """A decision column's head ("Beslutning", "Referat / konklusion")."""
    return head.lower().split("/")[0].strip() in _DECISION_COLUMNS


def _is_item_table(cells: list[str]) -> bool:
    """A table's head row names a number, a title and a decision column: one row per item
    (a council's minutes as a single table), not a contents list (those have no decision);
    a decision log's "ID" column numbers its rows."""
    heads = [c.lower() for c in cells]
    return (
        len(heads) >= 3
        and (heads[0] in _NUMBER_COLUMNS or heads[0] in _ID_COLUMNS)
        and heads[1] in _TITLE_COLUMNS
        # ("Beslutning/Aftale": the decision column named by both words; "Handling /
        # Konklusion": an action log's column of what was done and concluded)
        and any(
            h.split("/")[0].strip() in _DECISION_COLUMNS
            or (h.startswith("handling") and h.split("/")[-1].strip() in _DECISION_COLUMNS)
            for h in heads[2:]
        )
    )


#: The first column's head of a table whose first cell holds the item's number and title
#: ("| Punkt | Drøftelse | Aftale | Ansvarlig | Frist |" over "| 3. Title | … |").
_SHARED_COLUMNS = frozenset({"pkt", "pkt.", "punkt", "dagsordenspunkt"})
#: A column of what the forum agreed or decided, beside the notes of such a table.
_AGREED_COLUMNS = _DECISION_COLUMNS | {"aftale", "aftaler", "aftalt"}


def _is_shared_item_table(cells: list[str]) -> bool:
    """A head row naming the item first, then no title column but a column of the talk
    or the text and one of what was agreed or decided (``Punkt | Drøftelse | Aftale |
    Ansvarlig | Frist``: a leadership forum's minutes as one table, each first cell
    "3. Title")."""
    heads = [c.lower() for c in cells]
    return (
        len(heads) >= 3
        and heads[0] in _SHARED_COLUMNS
        # (the talk's column before the agreed one: "Pkt. | Beslutning | Ansvarlig" is a
        # decision log over numbers alone, read by the items above it)
        and heads[1] not in _TITLE_COLUMNS
        and heads[1].split("/")[0].strip() not in _AGREED_COLUMNS
        and any(h.split("/")[0].strip() in _AGREED_COLUMNS for h in heads[2:])
    )


#: "3. Title": an item's number and title in one cell.
_NUMBERED_TITLE_CELL = re.compile(r"^(?:\*\*)?(?P<num>\d{1,3})\.?\s+(?P<title>[^\s*].*?)(?:\*\*)?$")


def numbered_title_cells(cells: list[str]) -> list[str]:
    """A row whose first cell is "3. Title" as the number's cell and the title's; the
    cells as they were where the first cell is no numbered title."""
    m = _NUMBERED_TITLE_CELL.match(cells[0])
    if m is None:
        return cells
    return [m.group("num"), m.group("title"), *cells[1:]]


#: The title column's head of a table with no number column ("Titel | Sagsnr. | Drøftelse |
#: Konklusion"): the rows are the items in their order.
_UNNUMBERED_TITLE_COLUMNS = frozenset({"emne", "titel", "overskrift", "sag", "sagstitel"})
#: A line above the table that heads an item ("1. Title", "## 2 Title", "Pkt. 3 Title"): the
#: table stands in an item's text, its rows no items of their own.
_ITEM_HEADING_ABOVE = re.compile(
    r"^\s*(?:#{1,6}\s*|\*\*)?(?:(?i:pkt|punkt)\.?\s*)?\d{1,3}[.):]?\s+\**[A-ZÆØÅ]"
)


def _is_unnumbered_item_table(cells: list[str], above: list[str]) -> bool:
    """A head row naming the title column first and a decision column after it, with no
    number column (``Titel | Sagsnr. | Drøftelse | Konklusion``: a forum's minutes as one
    table whose rows are the items in order), and no item heading in the lines ``above``
    it (under an item's heading, such a table is that item's text)."""
    heads = [c.lower() for c in cells]
    return (
        len(heads) >= 2
        and heads[0] in _UNNUMBERED_TITLE_COLUMNS
        and any(_is_decision_column(h) for h in heads[1:])
        and not any(_ITEM_HEADING_ABOVE.match(line) for line in above)
    )


#: "1.1", "2.3": a row numbered within its group, each group a heading over its own table
#: ("### 1. Drift" / "| 1.1 | Title | … |"): a sub-item, numbered by place as "1.1" under
#: a numbered group heading is elsewhere.
_SUB_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")


def _group_row(cells: list[str], heading: str) -> bool:
    """Whether a table row with no number heads a group of the rows below it: its title
    cell alone filled, naming a group ("Sager til orientering") or set wholly in bold
    ("**Øvrige**") where the item above's title is not (a title wrapped into a row of its
    own is set as the title is)."""
    if not cells[1] or any(not _EMPTY_CELL.match(c) for c in cells[2:]):
        return False
    plain = cells[1].strip("*").strip()
    if is_group_heading(plain):
        return True
    bold = cells[1][:2] == "**" and cells[1][-2:] == "**" and "**" not in cells[1][2:-2]
    return bold and "**" not in heading and len(plain) <= 40


def _item_rows(columns: list[str], cells: list[str]) -> list[str]:
    """One row of an item table as the lines of an item: "Pkt. 3 Title", "Sagsnr.: …",
    then "Beslutning:" over the decision; a row with an empty number cell continues the
    item above (a decision written over several rows), its text lines of their own."""
    number, title = cells[0].lstrip("#"), cells[1]  # ("#3": an action log's row number)
    # (also under a plain "Nr." head: "2023-41" numbers no item otherwise)
    logged = (
        LOG_ID.match(number) if number[:1].isdigit() or columns[0].lower() in _ID_COLUMNS else None
    )
    if logged is None and number[:1].isalpha() and columns[0].lower() in _ID_COLUMNS:
        logged = MEETING_LOG_ID.match(number)  # "B7.1": meeting 7's first decision
    if logged:
        number = logged.group("num")  # "B-24-031": the log's 31st decision of the year
    elif len(number) == 1 and "A" <= number <= "Z" and columns[0].lower() in _NUMBER_COLUMNS:
        number = str(ord(number) - ord("A") + 1)  # "C": lettered rows, numbered by place
    if not ((number.rstrip(".").isdigit() or _SUB_NUMBER.match(number)) and title):
        return [" ".join(c for c in cells if c)] if any(cells) else []
    text = case = None
    if columns[1].lower() == "indhold":  # "Title – what was said. J.nr. …"
        title, text, case = content_cell(title)
    lines = ["", f"Pkt. {number.rstrip('.')} {title}"]
    if case:
        lines.append(f"Sagsnr.: {case}")
    if text:
        lines.append(text)
    who: list[str] = []
    for head, cell in zip(columns[2:], cells[2:], strict=True):
        if _EMPTY_CELL.match(cell):
            continue
        if _CASE_COLUMN.match(head):  # ("Sag" beside "Emne", "Sagsnr.", "J.nr.")
            lines.insert(2, f"Sagsnr.: {cell}")
        elif _WHO_COLUMN.match(head):
            # "Ansvarlig | Frist": who acts by when, a field of its own line under the
            # title (after the outcome it would read as part of the decision)
            who.append(f"{head.rstrip(':')}: {cell}")
        elif head.lower() in _OUTCOME_COLUMNS:
            lines.extend(["Beslutning:", *_cell_lines(cell)])
        elif (inline := _INLINE_CONCLUSION.search(cell)) and _is_decision_column(head):
            # "Referat / konklusion": what was said, then "Konklusion: …" in the same cell
            said = cell[: inline.start()].strip()
            lines.extend([said] if said else [])  # (the item's text: the conclusion decides)
            lines.extend([f"{inline.group(1)}:", cell[inline.end() :].strip()])
        else:
            lines.extend([f"{head.rstrip(':')}:", *_cell_lines(cell)])
    at = 3 if len(lines) > 2 and lines[2].startswith("Sagsnr.: ") else 2
    return [*lines[:at], *who, *lines[at:]]


#: "<br>", "<br/>", "<br />": a line break written inside a markdown table's cell.
_CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


def _cell_lines(cell: str) -> list[str]:
    """A cell's text as its lines: a markdown table's cell has no line of its own, so a
    secretary writes a decision's further lines with "<br>" ("Taget til efterretning.<br>KD
    følger op …", a numbered list "…:<br>1) …<br>2) …"): each a line under the first."""
    if "<" not in cell:
        return [cell]
    return [part for part in _CELL_BREAK.split(cell) if part] or [cell]


#: A line that is only a rule ("-----", "_____", "=====", "* * *"): a separator, no text;
#: also drawn with box-drawing characters ("────", "━━━━", "════": a web page's rule
#: copied as text).
_RULE = re.compile(r"^\s*([-_=~*·─━═])(?:\s?\1){2,}\s*$")
#: A line that is only dots, five or more ("........"): a separator too.
_DOT_RULE = re.compile(r"^\s*\.{5,}\s*$")
#: Two of a rule's marks side by side or parted by one white space: in every rule.
_RULE_PAIRS = {mark: re.compile(re.escape(mark) + r"\s?" + re.escape(mark)) for mark in "-_=~*·─━═"}


#: "\n--" as a search (led by the line break: about twice as fast as ``in``).
_BREAK_DASHES = re.compile("\n--").search


def unrule(text: str) -> str:
    """Rules drawn between items and under page footers as blank lines (line numbers kept):
    they say no more than a blank line, and would end up in the text of a decision. So is
    a mail's signature delimiter ("-- " alone on its line, above the sender's signature)."""
    if text[:2] == "--" or _BREAK_DASHES(text):
        text = "\n".join("" if line.rstrip() == "--" else line for line in text.split("\n"))
    if "....." in text and _has_dot_rule(text):
        # a row of dots between the items (a typed document's separator; five or more, so
        # an ellipsis alone on its line stays; a contents list's dot leaders are none)
        text = "\n".join("" if _DOT_RULE.match(line) else line for line in text.split("\n"))
    # A mark is looked for alone first: one character is found many times faster than
    # two (most texts hold no "_", "=", "~", "*" or "·"; the result is the same). A rule
    # holds two marks side by side or parted by one white space ("- - - -": spaced marks).
    if not any(mark in text and _RULE_PAIRS[mark].search(text) for mark in _RULE_PAIRS):
        return text
    if not _has_rule(text):  # (pairs of marks in the text, but no line of them alone)
        return text
    return "\n".join("" if _RULE.match(line) else line for line in text.split("\n"))


#: ``_RULE`` and ``_DOT_RULE`` over a whole text's lines (see ``line_start_test``).
_has_rule = line_start_test(re.compile(_RULE.pattern, re.MULTILINE))
_has_dot_rule = line_start_test(re.compile(_DOT_RULE.pattern, re.MULTILINE))


#: "2. Sygefravær: Drøftet": a numbered line with a colon (the cheap test before the list's).
#: ("Punkt 4: Title: Godkendt.": the item's word before the number, its colon after it)
_NUMBERED_COLON = re.compile(
    r"^(?:(?:[Aa]d|AD) {1,2})?(?:\d{1,3}[.)]|(?:[Pp]unkt|[Pp]kt\.|PUNKT|PKT\.) ?\d{1,3}[.:]?)"
    r" [^\n:]{2,80}[\w.)]: ",
    re.M,
)
#: "… (Godkendt)", "… [Udsat]": a line closed by a bracket, as a list's outcome in brackets
#: closes its line (``outcome_list.bracketed_outcome``).
_BRACKET_END = re.compile(r"[)\]][ \t\r]*$", re.M)


#: "Sagsnr.:<TAB>24/1234": a label with its colon, a tab, the value, and no other tab on the
#: line (a Word form's row saved as text, or a PDF's two columns): the colon parts them.
_COLON_TAB = re.compile(r"^(?P<label>[^\t\n:]{1,40}):[ ]?\t[ \t]*(?=[^\t\n]*$)", re.M)


def colon_tabs_closed(text: str) -> str:
    """``text`` with each "Label:<TAB>value" line as "Label: value", as the same row set
    out with spaces reads (see ``_COLON_TAB``)."""
    return _COLON_TAB.sub(r"\g<label>: ", text)


def prepare(text: str) -> list[Line]:
    """The lines of a document, flattened PDF text split, pipe tables unpiped and rules
    blanked first, an item's fields written as bullets read as fields, field labels broken
    over two lines joined; a follow-up label that carries the outcome as the decision, and
    a list of items each with its outcome after a dash as headings and decisions."""
    # (two spaces in a row: a PDF's text set out in columns; one test for both passes that
    # need them, since ordinary minutes have none)
    # ("3<TAB>1. Title" / "<TAB>…": a slide outline's number column off, before tabs are read)
    text = outline_numbers_off(text)
    text = months_rejoined(text)  # ("den 11. no-" / "vember 2004, kl. …": the month whole)
    text = card_fields(text)  # ("Punkt" / "3", "Titel" / "Title": a phone portal's cards)
    if ":\t" in text or ": \t" in text:  # ("Sagsnr.:<TAB>24/1234": a form's row)
        text = colon_tabs_closed(text)
    gapped = "  " in text
    if gapped:
        text = margin_numbers_off(text)  # ("  9  Punkt 1.": a PDF's margin line numbers off)
        # ("Sag:<gap>Beslutning:": a typed protocol's decisions in a right-hand column)
        text = decision_column_off(text)
        # ("Mødelokale     Rådmandshaven 20": a header table's row, label and value by a gap)
        text = gapped_fields(text)
        # ("Beslutning     Godkendt.": an item's section row, label and text by a gap)
        text = gapped_section_labels(text)
        # ("1.  Title<gap>Ansvarlig: US   Tid: 10 min.": the fields under the heading's lines)
        text = fields_under_headings(text)
    if gapped or "\t" in text:
        # ("87<gap>Sag nr.: 00.01.00-A00-1-11" over the title: a scan's margin number)
        text = margin_numbers_beside_cases(text)
    # (pictograms leading a chat's lines read as the numbers, labels and headings they mark)
    text = danish_text(text)  # (minutes in two languages: the Danish part alone)
    text = review_marks_off(text)  # ("Slettet: 2016", "…[MK1]": Word's review balloons)
    text = corrected_labels(text)  # ("Beslutning (rettet): …": the label corrected)
    text = authored_labels(text)  # ("Anne Holm: BESLUTNING: …": a comment's author off)
    text = unframed(unpictogram(text))  # ("*** REFERAT ***": the title without its frame)
    text = cased_title_fields(text)  # ("PUNKT 3: TITLE" / "Titel: Title": the field's case)
    text = unfolded_headings(text)  # ("▾ 2. Title": a notes page's toggle before the heading)
    text = unfolded_sections(text)  # ("− Beslutning": a portal page's opened section)
    text = joined_bold_titles(text)  # ("**Title …" / "… rest**": one bold title)
    # ("Title" over "Punkt 4 | Sagsnr. …": a news post's headline, its number under it)
    text = numbers_under_titles(text)
    text = bracketed_numbers_after_titles(text)  # ("Meddelelser (2)": the number after)
    # ("Title<TAB>Punkt 4": the number right of the title; "FORUM<gap>Sag nr. 4": a head)
    text = numbers_right_of_titles(text, gapped)
    if gapped or "\t" in text:  # ("Title      4", "Title<TAB>4": the number flush right)
        text = bare_numbers_right_of_titles(text)
    text = slide_marks_off(text)  # ("Dias 3 · Title": a slide's number before its title off)
    text = counted_headings(text)  # ("## 2 af 7 Title": the count before the title)
    text = timecodes_off(text)  # ("00:04:10 – 2) Title": a recording's timecode first)
    text = unspaced(text)  # ("B Y R Å D E T": a letter-spaced title closed up)
    # ("          Udvalget godkendte …": a decision set off by its indentation, no label)
    text = indented_outcomes(text)
    # (the titles of items parted only by rules marked before the rules are blanked)
    text = ruled_titles(text)
    # (and the titles underlined by a rule, "TITLE" over "-----", before the rules are blanked)
    text = underlined_titles(text)
    # (and the titles a note taker marked with a chevron, ">> Title")
    # ("► Godkendt": a triangle before the outcome, read as the note taker's arrow first)
    text = chevron_titles(triangle_outcomes(text))
    # (an outcome ticked among options one a line: the options left empty dropped)
    text = marked_outcome_lines(marked_status_labels(unticked_option_lines(text)))
    # ("Mødedato" / "Mødested" / "<date>" / "<place>": two header columns pasted row by row)
    text = paired_labels_split(text)
    text = unmixed_header_columns(
        tabbed_title_rows(
            time_slot_headings(
                unflatten(
                    unprefixed_year_headings(
                        unprefixed_meeting_points(
                            unprefixed_headings(
                                numbers_before_leads(trailing_numbers(unquote_mail(text)))
                            )
                        )
                    )
                )
            )
        )
    )
    # ("Beslutningsoversigt" / "Pkt.<TAB>Emne<TAB>Beslutning" after the last item: each
    # row's decision under its item, before the table is read as rows of items)
    text = summary_decisions(text)
    # ("Beslutningsoversigt" over the items, or "Referat" after the agenda's cases: a row
    # an item with only its outcome, written under its item)
    text = overview_decisions(text)
    if may_stack(text):  # (a number column's head alone on a line: few texts have one)
        text = stacked_item_table(text)
    text = tabbed_item_rows(text)  # ("4. Title<TAB>text … Beslutning: …": a row a line)
    text = decision_column_rows(text)  # ("Sag<TAB>Beslutning" over "4. Title<TAB>Godkendt.")
    text = column_item_rows(text)  # ("Nr.<TAB>Emne<TAB>…<TAB>Beslutning<TAB>Ansvar")
    text = case_column_rows(text)  # ("Sagsnr.<TAB>Emne<TAB>Afgørelse" over "24/1234<TAB>…")
    lines = unbreak_labels(
        unbullet_fields(unquote_meta(to_lines(unrule(unpipe(field_rows(unbox(text)))))))
    )
    if has_dot_fields(text):  # "Beslutning ..: Godkendt." (a fixed-width template's fields)
        lines = close_dot_leaders(lines)
    # ("3. Title – Beslutning: Udsat.": a short item's labelled decision on its heading)
    lines = labelled_heading_outcomes(lines)
    # (an outcome after a dash or a colon on a numbered line: most texts have none)
    if (
        " – " in text
        or " - " in text
        or _NUMBERED_COLON.search(text)
        or ((")" in text or "]" in text) and _BRACKET_END.search(text))
    ):
        lines = lone_heading_outcomes(headed_outcomes(dashed_outcomes(lines)))
    # ("1. Title" … then "Ad pkt. 1: Godkendt." …: a protocol's list and its decisions)
    if _ad_gate_in(text):
        lines = answered_list(lines)
    lines = split_inline_labels(lines, text)
    if gapped or "\t" in text:  # ("Sag 2017-041  Title": a board's case, a gap, the title)
        lines = split_case_headings(lines, text)
    lines = titles_over_cases(lines, text)  # ("J.nr. 09/0412" over the title: the case first)
    # (each mark alone first: one character is found many times faster than two or three)
    if "·" in text and " · " in text:  # ("Sag 24/1 · A sentence": a case and its text)
        lines = split_case_sentences(lines)
    if ">" in text and "\n>" in text:  # (a decision set off as a quote: markdown notes only)
        lines = unquote_decisions(lines)
    return follow_up_outcomes(lines) if "pfølgning" in text else lines


#: "> 📍 Rådhuset", "> 🕝 Onsdag 3/9 kl. 14.30": a notes page's meeting facts as a quote,
#: each led by a pictogram saying which fact it is (a pin the place, a clock the time).
_QUOTED_META = re.compile(
    r"^>\s*(?P<icon>[\U0001F300-\U0001FAFF\u2300-\u23FF\u2600-\u27BF]\ufe0f?)?\s*(?=\S)"
)
_ICON_FIELDS = {"📍": "Sted", "📌": "Sted", "🏢": "Sted", "📅": "Dato", "🗓": "Dato", "📆": "Dato"}
#: A sentence's marks in a pinned line: a full stop before the next sentence's capital, or a
#: finite verb ("Referatet er delt …", "Bilag ligger under …"); a place has neither.
_NOTE_SENTENCE = re.compile(r"[.!?]\s+[A-ZÆØÅ]|\s(?:er|var|ligger|findes|skal|kan|bliver)\s")


def unquote_meta(lines: list[Line]) -> list[Line]:
    """A notes page's quoted header lines (``> …`` before the first heading below the
    title, led by a pictogram or parted by " · ") without the quote mark, a pin or calendar
    as the field it names ("Sted: …", "Dato: …"); a clock's line is the date and time line
    it is."""
    out = lines
    for i, line in enumerate(lines[:30]):
        if line.heading_level and i > 2:
            break
        if not line.clean.startswith(">"):
            continue
        m = _QUOTED_META.match(line.clean)
        if m is None:
            continue  # " > " alone: a breadcrumb trail's separator
        icon = (m.group("icon") or "").rstrip("\ufe0f")
        rest = line.clean[m.end() :]
        if not icon and " · " not in rest:
            continue  # "> Mødet er åbent for offentligheden.": a quoted note stays as written
        field = _ICON_FIELDS.get(icon)
        if field == "Sted" and _NOTE_SENTENCE.search(rest):
            # "> 📌 Referatet er delt i netværkets Notion. Bilag ligger under …": a note
            # page's callout behind its pin, sentences, no place
            continue
        if out is lines:
            out = list(lines)
        # a clock's line is a date and time line as it stands
        out[i] = line._replace(clean=f"{field}: {rest}" if field else rest)
    return out


#: "Sagsfrems-" / "tilling:", "Beslut-" / "ning": a word hyphenated at the line's end.
_LABEL_START = re.compile(r"^[A-ZÆØÅ][a-zæøå]{1,20}-$")
_LABEL_END = re.compile(r"^[a-zæøå]{2,20}:?$")
#: "Sagsfrems tilling:": a label broken by a space (text read by OCR).
_LABEL_SPLIT = re.compile(r"^(?P<a>[A-ZÆØÅ][a-zæøå]{2,20}) (?P<b>[a-zæøå]{2,20}:?)$")


@lru_cache(maxsize=4096)
def _label(text: str) -> bool:
    return heading_key(Line(0, text, 0)) is not None


def unbreak_labels(lines: list[Line]) -> list[Line]:
    """A field label hyphenated over two lines ("Sagsfrems-" / "tilling:") as one line,
    the second blanked (line numbers kept), and one split by a space ("Sagsfrems
    tilling:") as the word: only where the joined word is a known section heading, so a
    hyphenated word of the text stays as written."""
    out = lines
    for i, line in enumerate(lines):
        text = line.clean
        if not 3 < len(text) <= 80 or not text[:1].isupper() or line.heading_level:
            continue
        joined, blank = None, None
        if text[-1] == "-" and i + 1 < len(lines):
            nxt = lines[i + 1].clean
            if len(text) <= 42 and _LABEL_START.match(text):
                if _LABEL_END.match(nxt) and _label(text[:-1] + nxt):
                    joined, blank = text[:-1] + nxt, i + 1
            elif text[-2:-1].islower():
                # "Beslutning i Teknik- og Miljø-" / "udvalget den 3. september 2009:": a
                # body's decision heading hyphenated in the body's name, read whole (the
                # rest perhaps after a blank line: an OCR page's paragraph a line)
                at = i + 2 if not nxt and i + 2 < len(lines) else i + 1
                rest = lines[at].clean
                if (
                    rest[:1].islower()
                    and rest[-1:] == ":"
                    and len(rest) <= 60
                    and _label(text[:-1] + rest)
                ):
                    joined, blank = text[:-1] + rest, at
        elif (
            len(text) <= 42
            and text.count(" ") == 1
            and (m := _LABEL_SPLIT.match(text))
            and not _label(text)
            and _label(m.group("a") + m.group("b"))
        ):
            joined = m.group("a") + m.group("b")
        if joined is None:
            continue
        if out is lines:
            out = list(lines)
        out[i] = line._replace(clean=joined)
        if blank is not None:
            out[blank] = lines[blank]._replace(clean="")
    return out


#: "- Beslutning: Godkendt.", "- Sagsnr.: 00.22.04-A00-3-24": a field as a bullet.
_BULLET_FIELD = re.compile(r"^[-•*]\s+(?P<field>(?P<key>[A-ZÆØÅ][^:]{1,40}):\s*\S.*)$")
_STARTS_BULLET = methodcaller("startswith", ("-", "•", "*"))


def unbullet_fields(lines: list[Line]) -> list[Line]:
    """Notes (a OneNote or markdown export) list an item's fields as bullets: a bullet
    whose text is a decision heading or a case number is that field's line. Other
    bullets stay (they are text)."""
    out = lines
    # (the bullets' lines picked in C; most documents have none, and the bullets of most
    # others are text: a field's has a colon)
    for i in compress(count(), map(_STARTS_BULLET, map(_CLEAN, lines))):
        line = lines[i]
        m = _BULLET_FIELD.match(line.clean) if ":" in line.clean else None
        if not m:
            continue
        field = m.group("field")
        key = Line(0, m.group("key"), 0)
        if heading_key(key) is None and match_case_number(field) is None:
            continue
        if _titled_case_under(lines, i):
            continue  # "* Høring: <title>" over "j.nr. …": an agenda's bullet item
        if out is lines:
            out = list(lines)
        out[i] = line._replace(clean=field)
    return out


def _titled_case_under(lines: list[Line], i: int) -> bool:
    """The bullet at ``i`` stands apart (a blank line above) with a case field right under
    it ("* Høring: Lukning af …" / "j.nr. 29.09.00-P15-1-25"): an agenda's item whose title
    opens with a section's word, not that section's field."""
    if i == 0 or i + 1 >= len(lines) or not lines[i - 1].blank:
        return False
    nxt = lines[i + 1].clean
    return nxt[:1] in "JjSs" and match_case_number(nxt) is not None


# --- page furniture ---------------------------------------------------------------------

_BULLET = re.compile(rf"^[{re.escape(BULLET_MARKS)}]\s*")
_CONTROLS = (
    # "(Siden er blank)", "Denne side er bevidst efterladt blank": a print's empty page
    r"\(?(?:siden er (?:bevidst )?(?:blank|tom)|denne side er bevidst (?:efterladt )?"
    r"(?:blank|tom))\)?|"
    r"til toppen|tilbage til toppen|til indholdsfortegnelse|tilbage til indholdsfortegnelse|"
    # "Til top" (a page's link back to the list of items, the article left out)
    r"til top|tilbage til top|"
    r"tilbage til forsiden|til forsiden|tilbage til oversigten|til oversigten|udskriv|print|"
    # ("[Hent pdf]", "Samlet referat (pdf)": the page as a PDF)
    r"(?:hent|download) pdf|samlet (?:referat|dagsorden) \(pdf\)|"
    # ("Tilbage til oversigt | Udskriv", "Print | Download som PDF": an intranet page's)
    r"tilbage til oversigt|til oversigt|download som pdf|"
    # ("Udskriv · Tilbage til mødeoversigt": the link back to the portal's list of meetings)
    r"(?:tilbage )?til mødeoversigt(?:en)?|"
    # ("Tilbage til dagsordenoversigt": a council's page of one meeting, the link back to
    # its list of agendas)
    r"(?:tilbage )?til dagsordens?oversigt(?:en)?|"
    r"printvenlig version|hent som pdf|print denne side|udskriv denne side|print siden|"
    r"udskriv siden|"
    r"hent hele dagsordenen|kopier link|del(?: på \w+)?|del siden|vis mere|vis alle|"
    # ("Udskriv  |  Luk vindue": a print popup's close button)
    r"luk(?: vindue(?:t)?)?|"
    r"læs mere|you are here|"
    # "→ Læs hele sagen på dagsordenen", "Læs hele sagen her": a news post's link from an
    # item's summary to the case in the minutes (an arrow before it as a link's mark)
    r"(?:[→›»]\s*)?læs hele (?:sagen|punktet|referatet|dagsordenen)"
    r"(?: (?:på|i) (?:dagsordenen|referatet|[\w.-]+\.dk))?(?: her)?|"
    r"du er her(?:\s*:)?|forside\s*:?|skip to main content|"
    r"gå til indhold|gå til hovedindhold|spring til indhold|spring til hovedindhold|"
    # ("Spring over navigationen", "Gå direkte til hovedindholdet", "Til indhold": other
    # skip links; "Hvad søger du efter?", "Søg efter indhold": a search box's placeholder)
    # ("Spring navigationen over": the skip link with its object before the particle)
    r"spring (?:over )?(?:navigation(?:en)?|menu(?:en)?)(?: over)?|"
    r"gå direkte til (?:hoved)?indhold(?:et)?|"
    r"til (?:hoved)?indhold(?:et)?|hvad kan vi hjælpe (?:dig|med)(?: med)?\s*\??|"
    r"hvad søger du(?: efter)?\s*\??|søg efter indhold(?:,?(?: [\wæøå]+){1,5})?|"
    r"(?:udskriv|print) hele (?:referatet|dagsordenen)(?: \(pdf\))?|tilgængelighedserklæring|"
    r"privatlivspolitik|accepter(?: alle)?(?: cookies)?|afvis(?: alle)?|"
    r"cookie(?:s|-?indstillinger|-?politik)?|ok|menu|søg|\.|"
    # English controls of agenda portals shown in English
    r"search|sign in|log in|expand all|collapse all|expand all\s+collapse all|"
    r"back to top|download pdf|share|show attachments|hide attachments|agenda items|"
    # an accordion's controls and pager: "Fold alle ud", "Punkt 1 af 6", "Hent som PDF (412 KB)"
    r"fold alle ud|fold alle sammen|fold ud|fold sammen|vis hele referatet|"
    r"vis hele dagsordenen|punkt \d{1,3} af \d{1,3}|hent som pdf \(\d+(?:[.,]\d+)? [km]b\)|"
    # more accordion and site controls: "Skjul", "Log ind", "Søg på varde.dk", the
    # section's name "Dagsordener og referater", "Hent (Download) samlet referat (PDF)"
    r"skjul(?: alle)?|vis mindre|fold ind|åbn alle|luk alle|log ind|log ud|"
    # "Vis sagsfremstilling" (the toggle over an item's folded case text), "Vælg møde" (the
    # meeting picker), "Følg os" (the site footer's social links), "Hent samlet PDF"
    r"(?:vis|skjul) (?:sagsfremstilling(?:en)?|sagen|bilag|beslutning(?:en)?|indstilling(?:en)?|"
    # ("Følg os på Facebook": the footer's link to the site's page there)
    r"hele punktet)|vælg møde|følg os(?: på (?:facebook|instagram|linkedin|twitter|youtube))?|"
    r"(?:hent|download) samlet pdf|"
    # "Udvid alle punkter" / "Sammenfold alle punkter": the accordion's toggle of every point
    # (also "Udvid alle  |  Fold alle sammen": the toggles without the word)
    r"(?:udvid|sammenfold|skjul|åbn|luk|vis) alle punkter|udvid alle|sammenfold alle|"
    r"søg på (?:[\w.-]+\.dk|intra(?:net(?:tet)?)?)|dagsordener og referater|"
    # "Søg i dagsordener": the portal's search link in its menu
    r"søg i (?:dagsordener|referater|dagsordener og referater)|"
    r"(?:hent|download) (?:samlet |hele )?(?:referat(?:et)?|dagsorden(?:en)?)"
    r"(?: som pdf| \(pdf\))?|"
    # "Udskriv dagsorden", "Abonnér på dagsordener", a blog's "Del dette:" and its footer
    # ("Udskriv referat (PDF) | Tilbage til mødeoversigt": the print as a PDF, in a row)
    r"(?:udskriv|print) (?:referat(?:et)?|dagsorden(?:en)?)(?: \(pdf\))?|"
    r"abonn[ée]r på (?:dagsordener|referater)|"
    r"del dette\s*:?|der er lukket for kommentarer\.?|drevet af wordpress(?: \| tema: [\w ]+)?|"
    # a list page's count and its link to add a row ("Viser 1 - 7 af 7 elementer", "+ nyt
    # element eller rediger denne liste": an intranet's decision log kept as a list)
    r"viser \d{1,4}\s*[-–]\s*\d{1,4} af \d{1,5}(?: (?:elementer|resultater|poster|rækker))?|"
    r"\+ ?(?:nyt|tilføj) element(?: eller rediger (?:denne )?liste(?:n)?)?|"
    # "Hent alle bilag (zip)": the page's link to every attachment at once (also without
    # the verb beside a download, "Dagsorden som PDF | Alle bilag (zip)", or as a package,
    # "Hent samlet bilagspakke (PDF, 14 MB)")
    # ("Vis alle bilag (7)": the page's button opening every attachment, their count)
    r"(?:(?:hent|download|vis) )?(?:alle bilag|(?:samlet )?bilagspakke(?:n)?)"
    r"(?: \((?:zip|pdf)(?:, \d+(?:[.,]\d+)? [km]b)?\)| \(\d{1,3}\))?|"
    r"(?:(?:hent|download) )?(?:referat(?:et)?|dagsorden(?:en)?) som pdf|"
    # "Udskriv punkt  |  Åbn bilag": an item's own controls under its title on a web page
    r"(?:udskriv|print) punkt(?:et)?|åbn bilag(?:ene)?|"
    # "Send til en ven", "[Tip en ven]", "Anbefal siden til en ven": an old portal's link
    # that mails the page to someone
    r"(?:send|tip|anbefal)(?: (?:siden|denne side|referatet|dagsordenen))?(?: til)? en ven|"
    # "A A A", "A- A+", "A A+ A++": the text size's buttons beside the page's controls (two
    # only with their signs: "A A" may be a table's cells)
    r"a[-+]{0,2} a[-+]{0,2} a[-+]{0,2}|a[-+]{1,2} a[-+]{1,2}"
)
#: "[Dias 4]", "[Slide 4]": a slide's mark in text exported from a presentation.
_SLIDE_MARK = re.compile(
    # ("[[_TOC_]]", "[TOC]": a wiki page's macro for its table of contents)
    r"^\[(?:dias|slide)\s+\d{1,3}\]$|^\[\[?_?toc_?\]\]?$|"
    # ("[[AMU-forside]] · [[Referater 2024]]": a wiki page's links to its parent pages,
    # a row of two or more and nothing else)
    r"^\[\[[^\[\]\n]{1,60}\]\](?:\s*[·|•>›/,]?\s*\[\[[^\[\]\n]{1,60}\]\]){1,6}$|"
    # ("[Opslag af Jonas Mikkelsen, 07-04-2022 14:02]": a Teams channel post's stamp)
    r"^\[(?:opslag|indlæg|besked|svar|post)\s+(?:af|fra)\s+[^\[\]]{2,60},\s*"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?\]$",
    re.IGNORECASE,
)
#: "Til toppen ↑", "Hent hele referatet som PDF ·" (a control, then an arrow or separator)
_FURNITURE = re.compile(rf"^(?:{_CONTROLS})(?:\s*[↑⬆▲·|])?$", re.IGNORECASE)
#: A row of controls or the site's sections: "Print  Del  Hent som PDF", "Menu Søg
#: English", "Borger Erhverv Politik Om kommunen" (alone, such a word may be a heading).
_ROW_WORDS = (
    # "Abonnér på udvalget" / "Abonner på dagsordener": a subscription beside the controls
    r"print referat|udskriv referat|abonn[ée]r(?: på \w+)?|"
    # "Tilbage   Print   Del": the page's way back, beside other controls
    r"tilbage|"
    # "Del  Udskriv  Følg side": an intranet page's subscription to its changes
    r"følg(?: denne)? side(?:n)?|"
    r"english|dansk|kun nødvendige|gå til hovedindhold|borger|erhverv|politik|om kommunen|"
    r"kontakt|job|åbent møde|turist|politik og indflydelse|facebook|twitter|linkedin|e-mail|"
    r"selvbetjening|"
    # "Kontakt  Tilgængelighed  Cookies": the footer's links (the statement's page)
    r"tilgængelighed|"
    # "Udskriv   Del   PDF": the page as a PDF, beside the other controls
    r"pdf|"
    # "Oversigt | Udskriv": the way back to the list of meetings; "Kommentarer (0) ·
    # Abonnér på siden · Print": an intranet page's comment count beside its controls
    r"oversigt|kommentarer(?: \(\d{1,4}\))?|"
    r"del dette\s*:?"
)
_CONTROL_ROW = re.compile(
    # ("Forside · Selvbetjening · English · Kontakt": the words parted by middle dots)
    # ("« Tilbage til oversigt  Udskriv": the way back marked by an arrow before it)
    rf"^(?:[«‹←]\s*)?(?:(?:{_CONTROLS}|{_ROW_WORDS})(?:\s*[|·]\s*|\s+)){{1,7}}"
    rf"(?:{_CONTROLS}|{_ROW_WORDS})$",
    re.IGNORECASE,
)
#: A single item's web page's pager between the meeting's items: "Forrige punkt", "Næste
#: punkt ›" (the arrow pointing the way), "« Forrige", "Næste sag".
_PAGER_STEP = (
    r"(?:[«‹←◄<]\s*)?forrige(?:\s+(?:punkt|sag))?|næste(?:\s+(?:punkt|sag))?(?:\s*[»›→►>])?"
)
#: What stands beside the steps: the way back to the meeting's agenda ("Tilbage til
#: dagsorden", "Dagsordenen" between the steps) and the page's other controls.
_PAGER_TOKEN = (
    rf"(?:{_PAGER_STEP}|(?:tilbage\s+)?til\s+dagsorden(?:en)?|dagsordenen|{_CONTROLS}|{_ROW_WORDS})"
)
_PAGER_SEP = r"(?:\s*[|·]\s*|\s+)"
#: "Punkt 4 af 12   « Forrige punkt | Næste punkt » | Tilbage til dagsorden", "Punkt 5 af 9
#: Forrige | Næste", "◄ Forrige punkt  Tilbage til dagsorden  Næste punkt ►": the pager of an
#: agenda portal's page of one item (the count of the points first or on a line of its own),
#: one step at least; no text of the item.
_ITEM_PAGER = re.compile(
    rf"^(?:punkt\s+\d{{1,3}}\s+af\s+\d{{1,3}}{_PAGER_SEP})?(?:{_PAGER_TOKEN}{_PAGER_SEP}){{0,5}}"
    rf"(?:{_PAGER_STEP})(?:{_PAGER_SEP}{_PAGER_TOKEN}){{0,5}}$",
    re.IGNORECASE,
)
#: Words a pager's step holds (in either case), the cheap test before ``_ITEM_PAGER``.
_PAGER_CUES = ("orrige", "ORRIGE", "æste", "ÆSTE")


def _item_pager(text: str) -> bool:
    """A line of an item page's pager (``_ITEM_PAGER``), a step alone excepted ("Næste"
    alone may be a word of a heading cut short); a short line holding a step's word first
    (most lines holding "næste" are prose)."""
    return (
        len(text) <= 120
        and _holds_any(text, _PAGER_CUES)
        and text.strip().lower() not in ("forrige", "næste")
        and _ITEM_PAGER.match(text) is not None
    )


#: A web archive's banner over the page it kept: "The Wayback Machine - http://web.archive
#: .org/web/2009…/http://…", "30 captures", "14 May 2009 - 2 Feb 2013" (the captures' span).
_ARCHIVE_BANNER = re.compile(
    r"^(?:the wayback machine\s*[-–]\s*https?://\S+|\d{1,3}(?:[.,]\d{3})*\s+captures?|"
    r"\d{1,2}\s+[a-z]{3}\s+\d{4}\s*[-–]\s*\d{1,2}\s+[a-z]{3}\s+\d{4})$",
    re.IGNORECASE,
)
_ARCHIVE_START = frozenset("Tt0123456789")
#: The name a web archive's banner opens with, on the first line of the page it kept: the
#: Internet Archive's "The Wayback Machine - http://web.archive.org/…", "archive.today" (and
#: its other addresses, "archive.ph", "archive.is", …), the Royal Library's "Netarkivet".
_ARCHIVE_NAME = re.compile(
    r"^(?:the\s+wayback\s+machine(?:\s*[-–]\s*https?://\S+)?|"
    r"archive\.(?:today|ph|is|li|vn|fo|md)|netarkivet(?:\.dk)?)$",
    re.IGNORECASE,
)
#: A line of an archive's banner, each a paragraph of its own: the kept page's address
#: ("Arkiveret side - http://…"), the capture ("Høstet: 27-06-2009 02:14:51"), the notice
#: ("Siden er gemt i Netarkivet …") and the archive's controls ("Vis høstningsinformation").
_ARCHIVE_LINE = re.compile(
    r"https?://|\bhøst|\barkiver|\bgemt\s+i\b|\bcaptur|\bwayback\b|\bnetarkiv", re.IGNORECASE
)
#: The most lines an archive's banner takes before the blank line that closes it.
_ARCHIVE_BANNER_LINES = 16


def archive_banner(lines: list[Line]) -> set[int]:
    """Indexes of a web archive's banner over the page it kept: the archive's name on the
    text's first line (``_ARCHIVE_NAME``) and the lines under it down to the first blank
    line: the capture's day and hour ("Høstet: 27-06-2009 02:14:51", "12 Apr 2019 09:41:27
    UTC", the calendar of the captures), the page's old address and the archive's own
    controls. They are the copy's facts, not the meeting's: the capture's date is no
    meeting date. Where no blank line closes the banner within ``_ARCHIVE_BANNER_LINES``
    lines, the name alone."""
    at = next((k for k, ln in enumerate(lines[:_ARCHIVE_BANNER_LINES]) if not ln.blank), None)
    if at is None:
        return set()
    name = lines[at].clean
    if name[:1] not in "TtAaNn" or not _ARCHIVE_NAME.match(name):
        return set()
    banner = {lines[at].index}
    under = lines[at + 1 : at + 1 + 2 * _ARCHIVE_BANNER_LINES]
    if under[:1] and under[0].blank:
        # (each of the banner's lines a paragraph of its own: its lines told by what they
        # say, the page's old address, the capture, the archive's notice and controls)
        for ln in under:
            if not ln.blank:
                if not _ARCHIVE_LINE.search(ln.clean):
                    break
                banner.add(ln.index)
        return banner
    for ln in under[:_ARCHIVE_BANNER_LINES]:
        if ln.blank:
            return banner
        banner.add(ln.index)
    return {lines[at].index}


#: "« Tilbage til oversigt": the arrow of a link back, before a row of controls.
_BACK_ARROWS = frozenset("«‹←")
#: "Referat (PDF) · Samlet bilagsfil (PDF)": a row of the page's download links.
_DOWNLOAD_ROW = re.compile(
    r"^(?:[\w\- ]{2,40}\s\((?:pdf|docx?)\)\s*[·|]\s*)+[\w\- ]{2,40}\s\((?:pdf|docx?)\)$", re.I
)
#: The printed page's own address on a line of its own (a browser's print footer: the
#: address, then the page's number of the pages, "1/2").
_URL_LINE = re.compile(r"^https?://\S+(?:\s+\d{1,3}/\d{1,3})?$")
_BREADCRUMB = re.compile(r"^(?:[^>›»/|\n]{1,60}\s[>›»|]\s){2,}[^>›»|\n]{1,60}$")
#: "Du er her: Forside / Politik / Udvalg": a trail written with slashes after its label.
_BREADCRUMB_HERE = re.compile(r"^du er her\s*:?\s*(?:[^/\n]{1,60}\s/\s){1,}[^/\n]{1,60}$", re.I)


#: A page footer: "Albertslund Kommune · Rådhuset · Nordmarks Allé 1", "© 2024 …", CVR.
_FOOTER = re.compile(
    r"^(?:©|copyright\b)|\b(?:cvr|ean|p)-?(?:nr\.?|nummer)\s*:?\s*\d|"
    # ("… · CVR 29188335 · Om cookies": the company number without its "nr.", eight digits)
    r"\bcvr\s*:?\s*\d{8}\b|"
    # "Tværgående netværk for digitalisering | Microsoft Teams": the app window's title
    r"^[^|\n]{2,80}\s\|\s(?:microsoft\s+)?teams$|"
    # (not "Køge Kommune · Mødedato: …": an intranet page's meta line with the meeting's fields)
    r"^(?![^\n]{0,200}\b(?:mødedato|dato|mødested|tidspunkt)\s*:)"
    # (nor "Norddjurs Kommune · Torsdag d. 26/1-2023 · kl. 9.00-16.00 · …": the meeting's
    # date among the fields, which no footer carries but as the page's update)
    r"(?!(?![^\n]*\b(?:opdateret|ændret|publiceret|udskrevet)\b)"
    r"[^\n]{0,200}\b(?:[0-2]?\d|3[01])(?:[./](?:0?[1-9]|1[0-2])[./-]|"
    # ("Skanderborg Kommune · Onsdag 5. marts 2025, kl. 10.00–12.00 · …": the month's name)
    r"\.\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zæøå]*\.?\s+)(?:19|20)\d\d\b)"
    # (nor "Svendborg Kommune · Lokaludvalget (LMU), Tåsinge Skole": owner and body alone)
    r"(?![^·|•\n]{1,60}[·|•][^·|•\n]*\b(?:\w*udvalg\w*|[LAHO]MU|\w*MED|ledergruppe\w*|"
    # ("Ærø Kommune · Ældrerådet", "… · Byrådet", "… · Kommunalbestyrelsen": a council)
    # ("… · Koncernledelsen", "… · Ledelsesforum": a leadership forum)
    r"styregruppe\w*|direktion\w*|\w*forum|\w*ledelsen|\w*rådet|byråd|"
    r"\w*bestyrelsen|\w*nævnet)"
    r"\b[^·|•\n]*$)"
    # (nor "Aabenraa Kommune · Direktionen · <place> · kl. 8.15": the meeting's hour a field)
    r"(?![^\n]{0,200}[·|•]\s*kl\.?\s*[0-2]?\d[.:][0-5]\d\b)"
    r"[A-ZÆØÅ][\w\- ]{1,40}\b(?:Kommune|Regionskommune)\s*[·|•]\s|"
    # "Region Syddanmark · Damhaven 12 · 7100 Vejle · Tlf. …": a region's address (its post
    # code and town; not "Region Midtjylland · Politik · Møder", its site's trail)
    rf"^{REGION_PATTERN}\s*[·|•]\s"
    r"[^\n]{0,120}?\b\d{4}\s+[A-ZÆØÅ]|"
    # "Dorthe Kildegaard · Sekretariatet for … · dokil@vordingborg.dk": a contact line
    r"^(?=[^\n]{0,200}\s·\s)(?=[^\n]{0,200}?[\w.+-]+@[\w-]+\.[a-z]{2,}\b)|"
    # "Ærø Kommune, Statene 2, 5970 Ærøskøbing - Print denne side - Del på Facebook": the
    # owner's address (a post code and town) with the page's controls after dashes, or its
    # phone and mail ("… 9900 Frederikshavn - Telefon 98 45 50 00 - post@….dk")
    rf"^[A-ZÆØÅ][\w\- ]{{1,40}}\bKommune,\s[^\n]{{1,80}}?\b\d{{4}}\s[^\n]{{1,40}}?"
    rf"(?:\s[-–]\s(?:{_CONTROLS}|(?:tlf|telefon|tel)\.?:?\s*\+?[\d ]{{8,14}}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.dk))+(?:\s[-–])?$",
    re.IGNORECASE,
)


def _is_footer(text: str) -> bool:
    """``_FOOTER`` searched only where it can match: each of its branches needs a bar, a
    middle dot or a bullet, or "©" / "copyright" first, or a digit with one of the words
    ``_FOOTER_DIGIT_WORDS`` (the search costs several microseconds a line, these tests a
    fraction of one; most short lines hold a digit: a date, a number)."""
    separated = "·" in text or "|" in text or "•" in text
    return (
        (
            separated
            or text[:1] in "©cC"
            or (_DIGIT.search(text) is not None and _holds_any(text.lower(), _FOOTER_DIGIT_WORDS))
        )
        and _FOOTER.search(text) is not None
        and (separated or not _long_sentence(text))
    )


def _long_sentence(text: str) -> bool:
    """A long sentence (of a line with no footer's separators): prose that names a
    company's number in passing ("År 2022, … afholdtes ordinær generalforsamling i
    <selskab>, CVR-nr. …, på selskabets adresse …"), the meeting's own line, not a page's
    footer."""
    return len(text) > 150 and text[-1:] == "."


#: What each of ``_FOOTER``'s branches with a digit and no bar, dot or bullet holds, in
#: lower case: a company or P number ("CVR-nr. 29 18 83 35", "P-nummer: …", "CVR 29188335")
#: or the owner's address ("… Kommune, Statene 2, 5970 Ærøskøbing - …").
_FOOTER_DIGIT_WORDS = ("nr", "nummer", "cvr", "kommune,")


#: Characters or words every footer, cookie notice or breadcrumb trail holds one of: a
#: line without any is tested no further (most lines are prose).
_HINTS = (
    "·", "|", "©", ">", "›", "»", "cookie", "Cookie", "COOKIE", "CVR", "cvr", "EAN",
    "Du er her", "du er her", "Kommune, ", "Publiceret ", "Wayback",
)  # fmt: skip
#: Each hint with a test of whether a text holds it: a word as a literal regex search
#: (several times faster than ``in`` over a whole document for a short word, the same
#: answer), a single character with ``in`` (faster still).
_HINT_SEARCHES = tuple(
    (hint, None if len(hint) == 1 else re.compile(re.escape(hint)).search) for hint in _HINTS
)


#: What a web control can start with (a bullet, or the first letter of one of the words).
_CONTROL_START = frozenset("-•*–·▪◦→›»«‹←tTuUpPhHkKdDlLvVyYsSgGaAcCfFoOmMeEbB.+åÅ")


#: "Den 09.12.2024 kl. 14:30 skrev Rasmus Kold <rk@…>:", "man. 9. dec. 2024 kl. 14.30 skrev
#: …:", "On Mon, 9 Dec 2024 at 14:30, … wrote:": a mail client's line over the message it
#: quotes; its date and hour are the mail's, not the meeting's.
_QUOTE_ATTRIBUTION = re.compile(
    r"^(?:den\s+)?[^:\n]{0,40}?\d[^\n]{0,40}?\bskrev\s+\S[^\n]{0,120}:$|"
    r"^on\s+[^\n]{0,40}?\d[^\n]{0,140}?\swrote:$",
    re.IGNORECASE,
)


#: "☒ = valgt ☐ = ikke valgt", "Forklaring: ■ = valgt □ = ikke valgt", "[X] = gælder",
#: "✔ = udvalgets konklusion", "Tegnforklaring:" alone, "Signaturforklaring: ✓ i kolonnen
#: angiver …": the legend of the marks an outcome is ticked with, no meeting fact.
_MARK = rf"(?:[{EMPTY_BOXES}{TICKED_BOXES}{TICKS}{CROSSES}]|\[[ xX]?\]|\([ xX]?\))"
_MARK_LEGEND = re.compile(
    rf"{_MARK}\s*=\s*\S"
    r"|^(?:tegn|signatur)?forklaring\s*:?$"
    rf"|^(?:tegn|signatur)forklaring\s*:\s*{_MARK}",
    re.IGNORECASE,
)


#: "Rettet den 07.02.2025 / MKJ", "Rettet udgave offentliggjort 29-06-2021. Punkt 106 …",
#: "[Ændret efter mødet – se markeringer]", "Revideret 08-04-2022: punkt 3 …": the stamp of
#: minutes corrected after the meeting (when and by whom, what was corrected), no fact of
#: the meeting: its date is not the meeting's. A participle alone ("Rettet.") is no stamp:
#: an edition, "efter mødet" or a date makes it one.
_CORRECTION_STAMP = re.compile(
    r"^(?:>\s*)?\[?\s*(?:rettet|ændret|revideret|korrigeret)"
    r"(?:\s+(?P<edition>udgave|version))?(?:\s+(?P<after>efter\s+mødet))?"
    r"(?:\s+(?:den|d\.|offentliggjort|pr\.))?"
    r"(?:\s+(?P<date>\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4}))?"
    r"\s*(?:[:.,;/\]–-]|$)",
    re.IGNORECASE,
)
_STAMP_WORDS = ("rettet", "ændret", "revider", "korriger")
#: What a line with a stamp word can start with: a mark ``lstrip`` takes off, or a letter
#: that lowers to a stamp word's first (the Kelvin sign lowers to "k").
_STAMP_STARTS = frozenset("> [rRæÆkK\u212a")


def _correction_stamp(text: str) -> bool:
    m = _CORRECTION_STAMP.match(text)
    return m is not None and bool(m.group("edition") or m.group("after") or m.group("date"))


def is_furniture(text: str, hints: tuple[str, ...] = _HINTS) -> bool:
    """True for a web control, a cookie notice, a page footer or a breadcrumb trail.

    ``hints``: those of :data:`_HINTS` the document holds at all (see :func:`furniture`).
    """
    if text[:4] == "http" and _URL_LINE.match(text):
        return True
    if _item_pager(text):
        return True  # "Punkt 4 af 12  « Forrige punkt | Næste punkt »": an item page's pager
    if text[:1] in _ARCHIVE_START and _ARCHIVE_BANNER.match(text):
        return True  # "The Wayback Machine - http://web.archive.org/…", "30 captures"
    if _long_menu_row(text) and _CONTROL_ROW.match(text):
        return True  # "Selvbetjening  Borger  Erhverv  Politik  Job  Kontakt      Søg"
    if text[:4] == "<!--" and text[-3:] == "-->":
        # '<!-- eksporteret fra <wiki> … -->': a markdown file's comment, never shown
        return True
    if text[-1:] in "])" and len(text) <= 90 and _BRACKETED.match(text):
        return True
    if text[:1] == "[" and _SLIDE_MARK.match(text):
        return True
    if text[:1] in _TRAIL_START and " / " in text and _SLASH_TRAIL.match(text):
        return True
    if text[:2] == "<<" and _ATTACHMENT_MARK.match(text):
        return True
    if text[:6] in ("Indsat", "Pasted") and _PASTED_FROM.match(text):
        return True
    if (
        text[:1] in "TtOoAaCc"
        and (" af " in text[:12] or " by " in text[:12])
        and _ADDED_BY.match(text)
    ):
        return True
    if text[-1:] == ":" and ("skrev" in text or "wrote" in text) and _QUOTE_ATTRIBUTION.match(text):
        return True
    if text.lstrip("> [")[:7].lower().startswith(_STAMP_WORDS) and _correction_stamp(text):
        return True  # "Rettet den 07.02.2025 / MKJ": when the minutes were corrected
    if ("=" in text or "forklaring" in text[:20].lower()) and _MARK_LEGEND.search(text):
        # "☒ = valgt   ☐ = ikke valgt", "Tegnforklaring:": what a template's marks mean
        return True
    if text[:5].lower() == "[cid:" and text[-1:] == "]":
        return True  # "[cid:image001.png@01DB…]": an Outlook mail's inline picture, as text
    if "version" in text and text[:1] in "DdOoUu" and _DOCUMENT_INFO.match(text):
        return True
    if text[:1] in _STATUS_START and len(text) <= 45 and _STATUS_MARK.match(text):
        return True  # "UDKAST · UDKAST", "Foreløbigt referat – ikke godkendt"
    if text[:1] in "<[{" and text[-1:] in ">]}" and _GUIDANCE.match(text):
        return True  # "<Slet denne tekst: …>": the template's guidance left in
    if text[-5:] in _BANNER_ENDS and _INTRANET_BANNER.match(text):
        return True
    if text[-6:] in _ACCOUNT_ENDS and _ACCOUNT_BAR.match(text):
        return True
    if "ogget ind som" in text and _SIGNED_IN_BAR.match(text):
        return True
    # Controls are short; other furniture carries one of the hints. A web menu's row whose
    # links are parted by tabs ("Forside<TAB>Borger<TAB>…") is as long as its links
    # together: it is tested when each of its cells is short. A page's stamp of its last
    # change is as long as the editor's name makes it ("Sidst ændret 03-10-2019 09:12 af
    # Karin Bjerre Jensen").
    if (
        (len(text) > 45 or text[:1] not in _CONTROL_START)
        and not (text[:1] in _BACK_ARROWS and len(text) <= 100)
        and not _holds_any(text, hints)
        and not _tabbed_controls(text)
        and not (text[:5].lower() in _CHANGED_LEADS and len(text) <= 100)
    ):
        return False
    return _furniture_tests(text)


@lru_cache(maxsize=8192)
def _furniture_text(text: str, hints: tuple[str, ...]) -> bool:
    """:func:`is_furniture`, remembered: three in four of the lines that reach it in
    :func:`furniture` are headings, labels and names other documents held too."""
    return is_furniture(text, hints)


#: White space before a small letter or a digit: a word no capital starts (``\s`` is the
#: white space ``str.split`` parts words at).
_UNCAPITALISED_WORD = re.compile(r"\s[a-zæøå0-9]")


def _long_menu_row(text: str) -> bool:
    """A line longer than a control whose every word is capitalised: perhaps a site's menu
    written as one row (the cheap test before :data:`_CONTROL_ROW`'s)."""
    return (
        45 < len(text) <= 100
        and text[:1] in _CONTROL_START
        # (prose fails at its first small word: a scan, ~4x cheaper than splitting it)
        and _UNCAPITALISED_WORD.search(text) is None
        and all(word[:1].isupper() for word in text.split())
    )


def _tabbed_controls(text: str) -> bool:
    """ "Udskriv referat<TAB>Hent som PDF<TAB>Abonnér på udvalg": a row of two or more
    tab-separated cells, each short enough for a control, starting as a control can."""
    if "\t" not in text or text[:1] not in _CONTROL_START:
        return False
    cells = text.split("\t")
    return len(cells) >= 2 and all(0 < len(cell.strip()) <= 45 for cell in cells)


#: "Skanderborg Kommune Intra", "Vejle Kommune – Intranet": the intranet's banner over
#: the page (the site's name, no body's).
_INTRANET_BANNER = re.compile(
    r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+Kommunes?\s*[-–·|]?\s*(?:Intra|Intranet|INTRA)$"
)
_BANNER_ENDS = frozenset({"Intra", "ranet", "INTRA"})


#: "NæstvedNet Teknik og Miljø Min side Log ud": an intranet's top bar of the site's
#: name, its section and the user's links (a few words, the account's link last).
_ACCOUNT_BAR = re.compile(
    r"^[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå&-]+){0,6}\s+(?:min side\s+|mit overblik\s+)?"
    r"log\s+(?:ud|af|ind)$",
    re.IGNORECASE,
)
_ACCOUNT_ENDS = frozenset({"Log ud", "Log af", "og ind", "log ud", "log af", "LOG UD"})
#: "RKSK Intranet Mit HR Telefonbog Nyheder Logget ind som: jsk": an intranet's top bar
#: ending with the signed-in user's initials or name.
_SIGNED_IN_BAR = re.compile(
    r"^(?:[\wæøåÆØÅ&-]+\s+){0,8}logget\s+ind\s+som\s*:?\s*[\wæøåÆØÅ.@-]{1,30}"
    r"(?:\s[\wæøåÆØÅ.-]{1,30})?(?<!\.)$",  # (a sentence ends with a full stop)
    re.IGNORECASE,
)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 (a loop: no generator made for each line)
        if word in text:
            return True
    return False


def _bar_parted_meta(text: str) -> bool:
    """ "Handicaprådet | Onsdag den 12. februar 2025 | <place>": a short protocol's meta line
    parted by bars, the body first and the date after it, as no trail of pages is (a
    byline's date, "Udgivet 23. juni 2011 af … | Kategorier: …", opens its first part)."""
    parts = text.split(" | ")
    return (
        len(parts) >= 3
        and not any(c.isdigit() for c in parts[0])
        and any(dates.find_date(p) for p in parts[1:])
    )


def _bar_parted_plan(text: str) -> bool:
    """ "Til drøftelse | Ansvarlig: Ida Berg | Tid: 25 min.": an item's planning line parted
    by bars under its title (what it is for, who brings it, its time), its parts labelled
    fields as no trail of pages is."""
    return any(_PLAN_FIELD.match(part) for part in text.split(" | ")[1:])


@lru_cache(maxsize=8192)
def _furniture_tests(text: str) -> bool:
    """The tests of :func:`is_furniture` a short or hinted line goes through, once per
    text: such lines are mostly section headings, the same in every document."""
    text = _BULLET.sub("", text).strip()
    if not text:
        return False
    if (_FURNITURE.match(text) or _is_footer(text)) and not owner_body_kind(text):
        return True
    if (
        _BREADCRUMB.match(text)
        and not _bar_parted_meta(text)
        and not _bar_parted_plan(text)
        and not owner_body_kind(text)
    ):
        return True
    if text[:1] in "Dd" and _BREADCRUMB_HERE.match(text):
        return True
    if _CONTROL_ROW.match(text) or _UPDATED.match(text) or _LABELLED_CONTROL.match(text):
        return True
    if text[:1] in "AaPpOoUuKkIiBb" and _BYLINE.match(text):
        return True
    if text[-1:] == ")" and _DOWNLOAD_ROW.match(text):
        return True
    if text[:1] in "Ss" and _STATUS.match(text):
        return True
    if text[:1] in "BbAaDd" and _VISITOR_COUNT.match(text):
        return True
    return (
        bool(_COOKIE.search(text))
        and len(text) < 400
        and (
            "accept" in text.lower()
            or "bruger cookies" in text.lower()
            or "samtykke" in text.lower()
        )
    )


#: "Besøgende siden 1. januar 2000: 23.514", "Du er besøgende nr. 1234": an old site's
#: visitor counter under the page, no minutes' text (not "Antal besøgende: 4.711" alone,
#: which a case's text may state of a museum or a library).
_VISITOR_COUNT = re.compile(
    r"^(?:(?:antal\s+)?besøgende\s+siden\s+[\w. ]{1,30}?\s*:"
    r"|du\s+er\s+besøgende\s+(?:nr\.?|nummer))"
    r"\s*\d{1,3}(?:[.,]?\d{3})*\.?$",
    re.IGNORECASE,
)


#: Controls in brackets, alone or after a short label: "[Udskriv referat]  [Hent som PDF]",
#: "Indholdsfortegnelse  [Vis mere]", "Punkter på dagsordenen  (Fold alle ud)".
_BRACKETED = re.compile(
    # ("[ Forrige møde ]  [ Næste møde ]": an old portal's pager between meetings, the
    # brackets spaced; those words alone on a line are the standing item's title)
    # ("Dagsorden (åbent møde)": the meeting's kind in round brackets, no control)
    rf"^(?:[^\[\]()\d]{{1,40}}?\s*)?(?:(?:[\[(]\s?(?!ok\b|luk\b|\.|(?<=\()åbent møde\))"
    rf"(?:{_CONTROLS}|{_ROW_WORDS})|\[\s?(?:forrige|næste) møde)\s?[\])]\s*)+$",
    re.IGNORECASE,
)
#: A short label, an accordion mark and a control: "Dagsorden [+] Fold alle ud".
_LABELLED_CONTROL = re.compile(
    r"^[^\[\]()\d]{1,40}?\s*(?:\[[+-]\]|[▼▲▶►▸▾])\s*"
    r"(?:fold alle ud|fold alle sammen|fold ud|fold sammen|vis mere|vis alle|skjul(?: alle)?)$",
    re.IGNORECASE,
)
#: "Status: Åbent møde", "Status: Dagsorden offentliggjort 07-05-2025": the meeting page's
#: publishing state (not an item's "Status: …" text, which says something else).
_STATUS = re.compile(
    r"^status\s*:\s*(?:åbent|åben|lukket|offentligt)\s+møde$|"
    r"^status\s*:\s*(?:referat|dagsorden)\b[\w ().:-]{0,40}$",
    re.IGNORECASE,
)
#: "Hjem / Politik / Udvalg / …": a trail of slashes from the site's front page.
_SLASH_TRAIL = re.compile(
    r"^(?:(?:hjem|forside|home)\s/\s(?:[^/\n]{1,80}\s/\s)*[^/\n]{1,80}"
    # "Politik / Råd og nævn / Handicaprådet / Møder": a trail from the site's own section
    # (no "Hjem" before it), three parts or more
    # (also "Intranet / Ledelse / Direktionen / Mødereferater 2025": an intranet's trail;
    # "Politik og indflydelse / Dagsordener og referater / Byrådet": the section named with
    # a second word after "og")
    r"|(?:politik|borger|erhverv|kommunen|om\s+kommunen|intranet|intra)(?:\s+og\s+[a-zæøå]{3,20})?"
    r"\s/\s(?:[^/\n]{1,40}\s/\s)+"
    r"[^/\n]{1,40})$",
    re.I,
)
#: "Dokument oprettet af SKL · version 2 · 14-03-2025": a PDF's line of who made the file,
#: its version and date (the document's own bookkeeping, no fact of the meeting).
_DOCUMENT_INFO = re.compile(
    r"^(?:dokument(?:et)?\s+)?(?:oprettet|udarbejdet|redigeret|ændret|gemt)"
    r"(?:\s+af\s+[^·|\n]{1,40}?)?\s*[·|]\s*version\s*[\d.]{1,6}"
    r"(?:\s*[·|]\s*\d{1,2}[-./]\d{1,2}[-./]\d{2,4})?$",
    re.IGNORECASE,
)
#: A template's status mark on a line of its own: "UDKAST", "UDKAST · UDKAST · UDKAST",
#: "KLADDE", "Foreløbigt referat – ikke godkendt", "Endelig version", "Internt
#: arbejdsdokument": what stage the document is at, no fact of the meeting.
_STATUS_MARK = re.compile(
    r"^(?:(?:udkast|kladde)(?:\s*[·•|–—-]?\s*(?:udkast|kladde))*"
    r"|foreløbigt\s+referat(?:\s*[–—-]\s*ikke\s+godkendt)?|endelig\s+version"
    r"|internt\s+arbejdsdokument)$",
    re.IGNORECASE,
)
#: The first letters of those marks (a cheap test first), in capitals: a mark is written
#: so (a line in lower case, "endelig version" under "3. Strategi … – godkendelse af", is
#: a wrapped title's rest, no mark).
_STATUS_START = frozenset("UKFEI")
#: "<Slet denne tekst: Husk at sende …>", "[Skriv her kort, hvad sagen handler om]": the
#: template's guidance left in, in its brackets, an instruction to the writer.
_GUIDANCE = re.compile(
    r"^[<\[{]+\s*(?:slet|skriv|indsæt|udfyld|husk)\b[^<>\[\]{}]*[>\]}]+$", re.IGNORECASE
)
#: The first letters of those trails (a cheap test first).
_TRAIL_START = frozenset("HhFfPpBbEeKkOoIi")
#: "<<Referat_FOU_2025-03-12.pdf>>": Outlook's mark of a file attached to the mail.
#: "Indsat fra: <https://…/Notesbog.one>": the source OneNote notes under a pasted page.
_PASTED_FROM = re.compile(r"^(?:Indsat fra|Pasted from)\s*:?\s*<?(?:https?|onenote):\S+>?$")
#: "Tilføjet af Rikke Dahl", "Oprettet af @Karina Holt, sidst opdateret 8. sep. 2021 · 3
#: min. læsning", "Added by Jens Bak": a collaboration tool's note of who added an agenda
#: point or made the page (Teams' and Loop's meeting notes, a wiki's byline), no text of it.
_ADDED_BY = re.compile(
    r"^(?:[Tt]ilføjet|[Oo]prettet|[Aa]dded|[Cc]reated)\s+(?:af|by)\s+@?[A-ZÆØÅ][\w.'-]*(?:\s+[A-ZÆØÅ][\w.'-]*){0,3}"
    r"(?:\s*[,·|]\s*(?:sidst|senest|last)\s+(?:opdateret|redigeret|ændret|updated|edited)"
    r"[^\n]{0,60})?$"
)
_ATTACHMENT_MARK = re.compile(r"^<<[^<>\n]{1,120}\.[A-Za-z]{2,5}>>$")
#: The first letters of a page's stamp of its last change (see ``_UPDATED``).
_CHANGED_LEADS = frozenset({"sidst", "senes"})
#: "Senest opdateret 01.06.2022 09:14", "Sidst ændret: 3. maj 2021", "Seneste opdatering:
#: 14. februar 2023": the page's own date; "Udskrevet: 07.03.2025 10:14", when it was printed.
_UPDATED = re.compile(
    r"^(?:(?:senest|sidst)\s+(?:opdateret|ændret|redigeret|revideret)|"
    r"(?:seneste|sidste)\s+(?:opdatering|ændring|redigering)(?=\D*\d)|"
    # "Udskrevet: 07.03.2025 10:14": the print stamp of an old web page's printable version
    r"(?:dokument(?:et)?\s+)?(?:udskrevet|printet)(?=\s*:?\s*\d)|"
    # "Publiceret 20. august 2020 · Læsetid 3 min.", "27-10-2021 22:14 · Opdateret 28-10-2021
    # 08:03": a news post's stamp of when it was published or changed, never the meeting's
    r"(?:publiceret|udgivet)(?:\s+(?:den|d\.))?(?=\s*:?\s*\d)|"
    r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?:\s+\d{1,2}[.:]\d{2})?\s*[·|]\s*opdateret(?=\s*:?\s*\d))"
    r"\b\s*:?\s*[\d\w. :-]{0,30}"
    # ("Sidst ændret 18-08-2016 10:47 af Sanne Jessen": who changed it, named after the time)
    r"(?:\s+af\s+(?-i:[A-ZÆØÅ])[\w.-]*(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){0,3})?"
    r"(?:\s[·|]\s*læsetid\s*:?\s*\d{1,2}\s*min\.?)?"
    # "Senest ændret 22.01.25 af Ole Juhl · Version 3.0": an intranet page's who and version
    # ("Sidst opdateret 10.04.2025 af HR · Del · Print": the page's controls after it)
    # ("Sidst opdateret 03-06-2025 · Redaktør: Direktionssekretariatet": who keeps the page)
    # ("Sidst opdateret: 16.10.2023 | Ansvarlig: HR og Personalejura": a bar between them)
    r"(?:\s[·|]\s*(?:version\s*[\d.]{1,8}|del|print|udskriv|send|e-?mail|pdf|"
    r"(?:redaktør|ansvarlig|kontakt)\s*:\s*[^·:\n]{2,60}?))*$",
    re.IGNORECASE,
)


#: "Publiceret 9. april 2025 af Direktionssekretariatet | Læsetid 4 min", "Af
#: Kommunaldirektørens stab · Opdateret 26.02.2025 · Ledelse": an intranet post's byline
#: (who published it, when, its reading time and category), with a date or reading time.
_BYLINE = re.compile(
    r"^(?=.*(?:læsetid|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.\s+[a-zæøå]+\s+\d{4}))"
    r"(?:(?:publiceret|offentliggjort|opdateret)\s+(?:den\s+)?[\w. :-]{4,30}?\s+af\s+[^|·\n]{2,60}?"
    r"|af\s+[^|·\n]{2,60}?)"
    r"(?:\s+[|·]\s+(?:læsetid\s*:?\s*\d{1,2}\s*min\.?|(?:publiceret|opdateret|ændret)\s*:?\s*"
    r"[\d. :-]{6,20}|\d{1,2}\s*min\.?\s*(?:læsning|læsetid)|[A-ZÆØÅ][\wæøå ]{1,30}))+$"
    # "Publiceret 7. marts 2025 · Af Direktionssekretariatet · 3 min. læsning": the date
    # first, who published it and the reading time as parts after it
    r"|^(?:publiceret|offentliggjort|opdateret)\s+(?:den\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}\.\s+[a-zæøå]+\s+\d{4})(?:,?\s+kl\.?\s*\d{1,2}[.:]\d{2})?"
    r"(?:\s+[|·]\s+(?:af\s+[^|·\n]{2,60}?|(?:læsetid\s*:?\s*)?\d{1,2}\s*min\.?"
    r"(?:\s*(?:læsning|læsetid))?))+$"
    # "Publiceret 15. september 2022 af Teknik og Miljø, Sekretariatet": the byline alone
    # ("Udgivet den 17. februar 2025 af jens · Skriv en kommentar": a blog post's, its
    # comment link or count after it)
    r"|^(?:publiceret|offentliggjort|udgivet)\s+(?:den\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}\.\s+[a-zæøå]+\s+\d{4})(?:,?\s+kl\.?\s*\d{1,2}[.:]\d{2})?\s+af\s+[^|·\n.]{2,60}?"
    r"(?:\s+[|·]\s+(?:skriv\s+en\s+kommentar|ingen\s+kommentarer|\d{1,4}\s+kommentar(?:er)?))?$"
    # "Opslag i Aula, 25. november 2021 · skrevet af Camilla (leder)": a parents' portal's
    # or a social page's post, stamped with the day it was posted and by whom
    r"|^(?:opslag|indlæg|besked)(?:\s+(?:i|på)\s+[\w-]{2,20}(?:\s+[\w-]{2,20})?)?,?\s+(?:den\s+)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.\s+[a-zæøå]+\s+\d{4})"
    r"(?:,?\s+kl\.?\s*\d{1,2}[.:]\d{2})?(?:\s+[|·]\s+(?:skrevet\s+)?af\s+[^|·\n]{2,60}?)?$"
    # "Kategori: Referater · Tags: bestyrelse": a blog post's category and tags under it
    r"|^kategori(?:er)?\s*:\s*[^|·:\n]{1,60}?(?:\s+[|·]\s+(?:tags?|emner)\s*:\s*[^|·:\n]{1,80})?$",
    re.IGNORECASE,
)


#: A blog's sidebar headings ("Seneste indlæg", "Arkiv"): the lines under each are links.
_SIDEBAR_HEAD = re.compile(
    r"^(?:relaterede indlæg|seneste indlæg|seneste kommentarer|arkiv(?:er)?|kategorier|"
    # ("Skriv en kommentar": the comment form under the post)
    r"mest læste|populære indlæg|skriv en kommentar|læg en kommentar)\s*:?$",
    re.IGNORECASE,
)
#: One of the site's sections or controls on a line of its own ("Borger", "Erhverv").
#: ("Politik og demokrati", "Om Ærø Kommune": a municipal site's sections, among the others)
_MENU_WORD = re.compile(
    rf"^(?:{_CONTROLS}|{_ROW_WORDS}|om kommunen|politik og demokrati"
    r"|om [\wæøå-]+(?: [\wæøå-]+)? kommune)$",
    re.IGNORECASE,
)
#: A breadcrumb's separator written on a line of its own.
_CRUMB_MARK = frozenset({">", "›", "»", "/"})


def sidebars(lines: list[Line]) -> set[int]:
    """Indexes of a blog's sidebar (two or more of "Relaterede indlæg", "Seneste indlæg",
    "Arkiv" …, each with the link lines under it up to a blank line), of a site menu
    written a word a line ("Borger" / "Erhverv" / "Politik": three or more in a row, a
    section no list names between two of them joining the run, ``_section_link_in_menu``)
    and of a section word between a breadcrumb's separators on lines of their own."""
    out: set[int] = set()
    # Each test looks at a line's text alone: made once for each distinct text (blank
    # lines and repeated headings are half a document's lines), the lines walked only
    # where one holds (most documents have no sidebar and no menu).
    texts = distinct_texts(lines)
    head_texts = {
        text
        for text in texts
        if text[:1] in "RrSsAaKkMmPp" and len(text) <= 30 and _SIDEBAR_HEAD.match(text)
    }
    if not head_texts and not any(0 < len(text) <= 40 and _menu_word(text) for text in texts):
        return out
    heads = [k for k, ln in enumerate(lines) if ln.clean in head_texts] if head_texts else []
    if len(heads) >= 2:
        for k in heads:
            block = [lines[k].index]
            for ln in lines[k + 1 : k + 16]:
                if ln.blank and len(block) == 1:
                    continue  # (a web page's heading: a blank line under it)
                if ln.blank or len(ln.clean) > 90:
                    break
                block.append(ln.index)
            out.update(block)
    run: list[int] = []
    for k, ln in enumerate(lines):
        text = ln.clean
        if 0 < len(text) <= 40 and _menu_word(text):
            run.append(ln.index)
            crumbs = [lines[j].clean for j in (k - 1, k + 1) if 0 <= j < len(lines)]
            if any(c in _CRUMB_MARK for c in crumbs):
                out.add(ln.index)
            continue
        if run and _section_link_in_menu(lines, k):
            run.append(ln.index)  # "Politik" / "Oplev <by>" / "Job": the site's own section
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    if len(run) >= 3:
        out.update(run)
    return out


#: A web page's jump links to its items, a bare number each ("Punkt 1" / "Punkt 2" /
#: "Punkt 3", a side menu's links to the anchors below): three lines or more in a row.
_JUMP_MENU = re.compile(
    r"^(?:punkt|pkt\.?)[^\S\n]*\d{1,3}[^\S\n]*\n"
    r"(?:\n*(?:punkt|pkt\.?)[^\S\n]*\d{1,3}[^\S\n]*(?:\n|$)){2,}",
    re.IGNORECASE | re.MULTILINE,
)
#: ``_JUMP_MENU`` tried at the lines' starts only (see ``line_start_test``): the same
#: answer as its search, which tries its ``^`` at every position of the text.
_jump_menu_in = line_start_test(_JUMP_MENU)
#: A jump menu's heading: one to three words, no field's colon, no figure.
_MENU_HEAD = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+){0,2}$")
_JUMP_LINK = re.compile(r"^(?:punkt|pkt\.?)\s*(\d{1,3})$", re.IGNORECASE)


def item_jump_menu(lines: list[Line]) -> set[int]:
    """Indexes of a menu of jump links to the items, each a bare number with no title
    ("Punkt 1" / "Punkt 2" / … / "Punkt 7" in a page's side column, above the printable
    text): three or more in a row with nothing but blank lines between them, numbered one
    up from the one before. No item is written so (an item's heading alone on a line has
    its title or its text under it), so the run is furniture, not items with no text; so
    is the menu's short heading right above it ("Punkter", "Gå til punkt": words alone,
    no field and no figure), which would read as a contents list's heading."""
    out: set[int] = set()
    whole = joined_lines(lines)
    if not _jump_menu_in(whole):
        return out  # (one search of the text: most documents have no such run)
    run: list[tuple[int, int]] = []  # (line index, number)
    at = {ln.index: k for k, ln in enumerate(lines)}

    def close() -> None:
        if len(run) < 3:
            return
        out.update(i for i, _ in run)
        above = next((ln for ln in reversed(lines[: at[run[0][0]]]) if not ln.blank), None)
        if above is not None and _MENU_HEAD.match(above.clean.strip()):
            out.add(above.index)

    for ln in lines:
        if ln.blank:
            continue
        m = _JUMP_LINK.match(ln.clean.strip())
        if m is None:
            close()
            run = []
            continue
        number = int(m.group(1))
        if run and number != run[-1][1] + 1:
            close()
            run = []
        run.append((ln.index, number))
    close()
    return out


#: The longest crumb of a trail written a crumb a line: a section's or a body's name.
_CRUMB_LEN = 60


def crumb_trail(lines: list[Line]) -> set[int]:
    """Indexes of the middle crumbs of a breadcrumb trail copied a crumb a line, its
    separators on lines of their own ("Forside" / ">" / "Politik" / ">" / "Udvalg" / ">" /
    "Byrådet" / ">" / "Referater"): each crumb with a separator right above and right under
    it is a section of the site (furniture, though it names a body or reads as a field's
    label, "Udvalg"); the trail's last crumb names the page and is left to the header."""
    texts = distinct_texts(lines)
    if _CRUMB_MARK.isdisjoint(texts):
        return set()  # (no separator alone on a line: most documents)
    return {
        lines[k].index
        for k in range(1, len(lines) - 1)
        if lines[k - 1].clean in _CRUMB_MARK
        and lines[k + 1].clean in _CRUMB_MARK
        and _crumb(lines[k].clean)
    }


def _crumb(text: str) -> bool:
    """A crumb's text: a short line, no separator itself."""
    return 0 < len(text) <= _CRUMB_LEN and text not in _CRUMB_MARK


def _section_link_in_menu(lines: list[Line], k: int) -> bool:
    """Whether ``lines[k]``, at the page's top, is a bare link (one to three words) between
    a section of the site's menu right above it and a word of the menu right under it
    ("Borger" / "Politik" / "Om Gladsaxe" / "Søg"): a section no list names, in the menu
    written a word a line. (Under a control, "Spring til indhold" / "Tune Lokalråd" /
    "Menu", the line is the site's name, no section.)"""
    text = lines[k].clean
    if not 0 < k < min(_MENU_TOP, len(lines) - 1) or not _BARE_LINK.match(text):
        return False
    above, under = lines[k - 1].clean, lines[k + 1].clean
    return (
        0 < len(under) <= 40
        and _menu_word(under)
        and 0 < len(above) <= 40
        and _menu_word(above)
        and not _FURNITURE.match(above)
    )


#: "- Strategisk ledelsesforum": an entry of a site's menu (a bullet, a few short words).
_MENU_ENTRY = re.compile(r"^[-•*]\s+[A-ZÆØÅ][\wæøå&-]*(?:\s[\wæøå&-]+){0,3}$")


#: "[Frame: menu]", "FRAME: indhold": the mark a browser writes over each frame of a page
#: built of frames, saved as text; the frame's name after it.
_FRAME_MARK = re.compile(r"^\[?\s*(?:i?frame|ramme)\s*:\s*(?P<name>[^\]\n]{1,40}?)\s*\]?$", re.I)
#: The names of a frame that navigates the site: its menu, tree of meetings, top bar.
_NAVIGATION_FRAME = re.compile(
    r"^(?:\w+[-_ ]?)?(?:menu|menuer|navigation|nav|navi|venstre|left|top|topbar|banner|"
    r"header|sidebar|tree|træ|oversigt|mødeliste|udvalgsliste)(?:[-_ ]?\w+)?$",
    re.I,
)


def frame_menus(lines: list[Line]) -> set[int]:
    """Indexes of the frame marks of a page built of frames and saved as text (``[Frame:
    menu]`` / … / ``[Frame: indhold]``), with the lines of each frame that navigates the
    site (its menu or tree of meetings, up to the next mark): the site's, not the minutes'.
    Read only where two or more frames are marked."""
    marks = [
        k
        for k, ln in enumerate(lines)
        if ln.clean[:1] in "[FfIiRr" and len(ln.clean) <= 50 and _FRAME_MARK.match(ln.clean)
    ]
    if len(marks) < 2:
        return set()
    out = {lines[k].index for k in marks}
    for k, end in zip(marks, [*marks[1:], len(lines)], strict=True):
        m = _FRAME_MARK.match(lines[k].clean)
        assert m is not None
        if _NAVIGATION_FRAME.match(m.group("name")):
            out.update(ln.index for ln in lines[k + 1 : end] if not ln.blank)
    return out


def top_menu(lines: list[Line], furniture_at: set[int]) -> set[int]:
    """Indexes of a site's menu at the top of a page: three or more bulleted entries of a
    few words right under a row of the site's controls (a furniture line among the page's
    first lines, "SilkeborgNet | Mine sider | Telefonbog | Log af"), before any heading.
    A list under a label ("Deltagere:") or a heading is the page's own."""
    filled = [ln for ln in lines[:12] if not ln.blank]
    at = next((k for k, ln in enumerate(filled[:3]) if ln.index in furniture_at), None)
    if at is None:
        return set()
    entries: list[int] = []
    for ln in filled[at + 1 :]:
        if ln.heading_level or not _MENU_ENTRY.match(ln.clean):
            break
        entries.append(ln.index)
    return set(entries) if len(entries) >= 3 else set()


#: A link of a site's menu written bare, a line of its own: one to three words, no figure
#: and no mark of a sentence or a field ("Udvalg og råd", "Mødeplan", "Om lokalrådet").
_BARE_LINK = re.compile(r"^[A-ZÆØÅ][\wæøå&-]*(?:\s[\wæøå&-]+){0,2}$")
#: The page's top, where a site's menu stands between its controls.
_MENU_TOP = 30
#: The fewest bare links that make a menu between two controls.
_MENU_LINKS = 3


def menu_between_controls(lines: list[Line], furniture_at: set[int]) -> set[int]:
    """Indexes of a site's menu copied a link a line between two of its controls at the
    page's top ("Søg i dagsordener og referater" / "Udvalg og råd" / "Mødeplan" / "Nyhedsbrev"
    / "Log ind"; "Forside" / "Om rådet" / "Puljen" / … / "Søg"): three or more bare
    links (``_BARE_LINK``) with no blank line among them, a furniture line right above the
    first and right under the last. A body's name among them ("Udvalg og råd") would
    otherwise be read as the forum."""
    out: set[int] = set()
    top = lines[:_MENU_TOP]
    k = 0
    while k < len(top):
        if top[k].index not in furniture_at:
            k += 1
            continue
        run: list[int] = []
        j = k + 1
        while (
            j < len(top)
            and not top[j].blank
            and top[j].index not in furniture_at
            and not top[j].heading_level
            and _BARE_LINK.match(top[j].clean)
        ):
            run.append(top[j].index)
            j += 1
        if len(run) >= _MENU_LINKS and j < len(top) and top[j].index in furniture_at:
            out.update(run)
        k = j if j > k + 1 else k + 1
    return out


#: The site's name as its logo's link reads: its address alone ("Skanderborg.dk", "www.x.dk").
_SITE_DOMAIN = re.compile(r"^(?:www\.)?[\wæøå-]{2,40}\.dk$", re.IGNORECASE)
#: The page's top, where the logo stands among the skip links and the menu.
_LOGO_LINES = 12


def site_logo(lines: list[Line], furniture_at: set[int]) -> set[int]:
    """Index of the logo's line among the page's first lines: the site's address alone,
    with furniture right above or right under it ("Spring til hovedindhold" / "Skanderborg.dk"
    / "Borger"); else none. Lower, such a line is the text's (a reference to a site)."""
    filled = [ln for ln in lines[: _LOGO_LINES * 2] if not ln.blank][:_LOGO_LINES]
    for k, ln in enumerate(filled):
        if ln.clean[-3:].lower() != ".dk" or not _SITE_DOMAIN.match(ln.clean):
            continue
        near = filled[max(k - 1, 0) : k] + filled[k + 1 : k + 2]
        if any(other.index in furniture_at for other in near):
            return {ln.index}
    return set()


@lru_cache(maxsize=8192)
def _menu_word(text: str) -> bool:
    return bool(_MENU_WORD.match(text))


_CLEAN = attrgetter("clean")
#: Lines before this marker on a web page are the site's navigation, not the minutes (a
#: line of its length: IGNORECASE matches one character with one).
_PRINT_MARKER = re.compile(r"^printvenlig version$", re.IGNORECASE)


#: The envelope of minutes pasted from an e-mail: "Fra:", "Sendt:", "Til:", "Emne:".
_MAIL_HEADER = re.compile(
    r"^(?:fra|sendt|til|cc|bcc|emne|vedhæftet(?: fil)?|vedhæftede filer|vedhæftninger|from|"
    r"sent|to|date|subject|attachments?|"
    # ("Content-Type: text/plain; charset=…", "MIME-Version: 1.0", "Message-ID: <…>": the
    # fields of a mail saved raw, its source, among the sender's, date and subject)
    r"content-type|content-transfer-encoding|mime-version|message-id|reply-to|return-path|"
    # ("Received: from mail.kk.dk by mx…", "Delivered-To: …": the servers' stamps on top
    # of a saved mail's source, above its date)
    r"x-mailer|received|delivered-to)\s*:\s*\S|"
    # "Emne<TAB>Referat …", "Fra<TAB>Name <addr>": a web mail's envelope as a table, the
    # label's cell and the value's (a date's row only under a sender: see _header_run)
    r"^(?:fra|til|cc|emne|from|to|subject)\t+\S|"
    # "Dato: 19. juni 2024 kl. 16:05:12 CEST": a phone's mail client's sending time (with
    # its seconds or time zone: a meeting's "Dato:" field gives neither)
    r"^dato\s*:\s*[^\n]*?(?:\d:\d\d:\d\d|\b(?:CES?T|GMT|UTC)\b)",
    re.IGNORECASE,
)


#: The line above a forwarded or quoted message's own envelope.
_FORWARDED = re.compile(
    r"^(?:-{2,}\s*(?:original message|oprindelig meddelelse|videresendt meddelelse|"
    # ("---------- Videresendt besked ---------": a web mail's forward in Danish)
    r"forwarded message|videresendt besked)\s*-{2,}|"
    r"(?:begin forwarded message|videresendt besked)\s*:?|"
    # a phone's mail client signs the covering note: the quoted message follows
    r"(?:sendt fra (?:min|mit) [\w-]+|sendt fra outlook(?: til| for)? [\w -]+|"
    r"sent from my [\w-]+|sent from outlook(?: for)? [\w -]+))$",
    re.IGNORECASE,
)


#: A web mail's buttons over a saved message: "Svar · Svar alle · Videresend · Slet",
#: "Reply | Reply all | Forward" (after the message's paging: "« Forrige | Besked 12 af 47 |
#: Næste » | Svar | …", searched for).
_MAIL_TOOLBAR = re.compile(
    r"(?:^|[|·•]\s*)(?:svar|besvar|reply)\s*[·|•]\s*"
    r"(?:svar\s+(?:til\s+)?alle|besvar\s+alle|reply\s+all)\s*[·|•]\s*(?:videresend|forward)\b",
    re.IGNORECASE,
)
#: How far down a web mail's page its buttons may stand (under the site's menu).
_TOOLBAR_LINES = 20


_ENVELOPE_DATE = re.compile(r"^dato(?:\s*:|\t)\s*\S", re.IGNORECASE)
#: "SV: SV: Dagsorden …", "RE: Referat …": a reply's or forward's subject alone on a line.
_REPLY_SUBJECT = re.compile(r"^(?:re|sv|vs|fw|fwd)\s*:\s*\S", re.IGNORECASE)


#: "1 meddelelse", "3 messages": a web mail's printout counts the thread's mails under its
#: subject.
_PRINT_COUNT = re.compile(r"^\d{1,3}\s+(?:meddelelse[r]?|beskeder|besked|messages?)$", re.I)
#: "Name <name@host.dk> 5. maj 2021 kl. 14.02": the printout's sender and sending date.
_PRINT_SENDER = re.compile(r"^[^<>:\n]{2,80}<[^<>@\s]+@[^<>\s]+>\s+\S.*\d{4}")


def _printed_sender(lines: list[Line]) -> int | None:
    """Position of a web mail printout's sender line ("Name <addr> <date>") right under
    its count of mails ("1 meddelelse") near the top, else None."""
    for pos, line in enumerate(lines[:6]):
        if line.clean[:1].isdigit() and _PRINT_COUNT.match(line.clean.strip()):
            under = next(
                (p for p in range(pos + 1, min(pos + 3, len(lines))) if lines[p].clean), None
            )
            if under is not None and _PRINT_SENDER.match(lines[under].clean):
                return under
    return None


def _mail_buttons(lines: list[Line]) -> int | None:
    """Position of a web mail's row of buttons near the top ("Svar | Svar alle |
    Videresend"), else None."""
    for pos, line in enumerate(lines[:_TOOLBAR_LINES]):
        text = line.clean
        # (the cheap test: a bar or a dot between the buttons, the forwarding one's word)
        if (
            ("|" in text or "·" in text or "•" in text)
            and ("esend" in text or "orward" in text)
            and _MAIL_TOOLBAR.search(text)
        ):
            return pos
    return None


def _header_run(lines: list[Line]) -> list[int]:
    """Indexes of the mail-header lines in a row at the start of ``lines`` (blank lines
    before them skipped, and one blank line between two of them: a phone's client or a
    copy may space the fields)."""
    run: list[int] = []
    blanks = 0
    sender = False
    for line in lines:
        if line.blank:
            blanks += 1
            if run and blanks > 1:
                break
            continue
        if not _MAIL_HEADER.match(line.clean) and not (
            # "Fra: Name <name@kk.dk>" / "Dato: man. 24. feb. 2025 kl. 15.52": under a
            # sender with an address, a Danish mail client's date field is the mail's
            sender and line.clean[:4].lower() == "dato" and _ENVELOPE_DATE.match(line.clean)
        ):
            break
        if not run or not sender:
            # (the sender's row may come after the subject's: "Emne" / "Fra" / "Til" / "Dato")
            sender = line.clean[:4].lower() in ("fra:", "fra\t", "from") and "@" in line.clean
        run.append(line.index)
        blanks = 0
    return run


def _sender_and_subject(lines: list[Line], run: list[int]) -> bool:
    """The run is "Fra: …" and "Emne: …" (in either order): a mail's envelope cut to the
    sender and the subject above the minutes pasted into it."""
    if len(run) != 2:
        return False
    keys = {ln.clean.split(":", 1)[0].strip().lower() for ln in lines[:40] if ln.index in run}
    return keys in ({"fra", "emne"}, {"from", "subject"})


def mail_envelope(lines: list[Line]) -> set[int]:
    """Indexes of an e-mail's header lines at the top (three or more in a row), and of a
    forwarded message's envelope under its "-----Original Message-----" line (two or
    more): the sender's date is not the meeting's, the recipients are not the forum."""
    run = _header_run(lines[:40])
    toolbar = next((ln for ln in lines[:3] if not ln.blank), None)
    buttons = None if run else _mail_buttons(lines)
    if buttons is not None:
        # "Svar · Svar alle · Videresend · Udskriv · Slet": a web mail's buttons over the
        # envelope of the saved message (the menu above them no part of the minutes)
        run = _header_run(lines[buttons + 1 : 40])
        run = [*(ln.index for ln in lines[: buttons + 1]), *run] if len(run) >= 3 else []
    elif not run and (printed := _printed_sender(lines)) is not None:
        # "Subject" / "1 meddelelse" / "Name <addr> 5. maj 2021 kl. 14.02" / "Til: …": a
        # web mail's printout, the sender's line dated when the mail was sent
        run = _header_run(lines[printed + 1 : 40])
        run = [*(ln.index for ln in lines[: printed + 1]), *run]
    elif not run and toolbar is not None and _REPLY_SUBJECT.match(toolbar.clean):
        # "## SV: SV: Dagsorden … + referat": a web mail shows the subject as the page's
        # heading over the envelope's fields; the subject is the envelope's too
        run = _header_run(lines[lines.index(toolbar) + 1 : 40])
        run = [toolbar.index, *run] if len(run) >= 2 else []
    out = set(run) if len(run) >= 3 or _sender_and_subject(lines, run) else set()
    for pos, line in enumerate(lines[:80]):
        if line.clean[:1] in "-BbVvSs" and _FORWARDED.match(line.clean):
            inner = _header_run(lines[pos + 1 : pos + 12])
            if len(inner) >= 2:
                out.update([line.index, *inner])
                if run and len(run) >= 3:
                    out.update(_reply_note(lines, max(run) + 1, pos))
            elif out and line.clean[:1] == "-":
                # "-----Oprindelig meddelelse-----" under a forwarding mail's envelope, the
                # minutes pasted right under it (the quoted envelope left out)
                out.add(line.index)
        elif line.clean[:4].lower() in ("fra:", "from") and pos and lines[pos - 1].blank:
            # an Outlook reply chain ("SV: …" on top): the answered mail's envelope under
            # the reply, with no "Original Message" line over it; under a reply with no
            # envelope of its own (a reply's quote unquoted: "Den 3. maj … skrev …:"), a
            # whole one: the sender's address and the subject among its fields
            inner = _header_run(lines[pos : pos + 12])
            if len(inner) >= 3 and (out or _addressed_envelope(lines[pos : pos + 12], inner)):
                out.update(inner)
    return out


def _addressed_envelope(lines: list[Line], run: list[int]) -> bool:
    """The run is a whole mail envelope: a sender with an address ("Fra: Name <a@kk.dk>")
    and a subject ("Emne: …") among its fields."""
    fields = [ln.clean for ln in lines if ln.index in run]
    return any(f[:4].lower() in ("fra:", "from") and "@" in f for f in fields) and any(
        f[:5].lower() in ("emne:", "subje") for f in fields
    )


def _reply_note(lines: list[Line], start: int, end: int) -> list[int]:
    """Indexes of a reply's own few lines between its envelope and the message it
    answers ("Tak – en enkelt rettelse …" / "/Jens"): the reply's note, no part of the
    minutes quoted under it; none where those lines look like minutes (an item)."""
    note = [ln for ln in lines[start:end] if not ln.blank]
    if len(note) > 6 or any(_ITEM_LIKE.match(ln.clean) for ln in note):
        return []
    return [ln.index for ln in note]


#: A covering e-mail's greeting ("Kære alle", "Hej alle,"), its closing ("Venlig hilsen",
#: "Med venlig hilsen", "Mvh.") and a mail system's disclaimer under the minutes.
_GREETING = re.compile(r"^(?:kære|hej|hejsa|goddag|til\s+alle)\b[^.:\n]{0,60}[,!]?$", re.I)
#: "Hej alle – her er noterne fra i dag. Rettelser til mig inden fredag.": the greeting and
#: the covering sentence on one line, naming what the mail carries.
_MINUTES_WORD = r"\b(?:referat(?:et)?|noter(?:ne)?|notater(?:ne)?|beslutningsnoter(?:ne)?)\b"
_GREETING_NOTE = re.compile(
    r"^(?:kære|hej|hejsa)\s+(?:alle|[A-ZÆØÅ][\wæøå]+)\s*[–—,!-]\s+[^\n]{0,120}?"
    rf"{_MINUTES_WORD}[^\n]{{0,160}}$",
    re.IGNORECASE,
)
#: "Hej Jonas. Beløbet er forkert, ellers fint. Mvh Tove": a reply's whole letter on one
#: line, the greeting, a sentence or two and the closing with the sender's name.
_ONE_LINE_LETTER = re.compile(
    r"^(?:kære|hej|hejsa)\s+[^\n]{2,240}?[.!]\s+(?:(?:med\s+)?venlig\s+hilsen|mvh|vh|bh|"
    r"hilsen|de\s+bedste\s+hilsner)\.?\s+[A-ZÆØÅ][\wæøå-]+\.?$",
    re.IGNORECASE,
)
#: "Referat fra mødet i dag er her.", "Hermed noterne fra mandag.": the covering sentence
#: under a salutation, naming what the mail carries.
_COVERING_WORDS = re.compile(_MINUTES_WORD, re.I)


def _covering_sentence(text: str) -> bool:
    """A short sentence naming the minutes early on, no item's line."""
    return (
        len(text) <= 200
        and _ITEM_LIKE.match(text) is None
        and _COVERING_WORDS.search(text[:60]) is not None
    )


_CLOSING = re.compile(
    r"^(?:(?:med\s+)?(?:venlig(?:st)?|de\s+bedste|bedste|mange)\s+hilsen(?:er)?|mvh\.?|"
    # ("Bh Jonas": "bedste hilsner" shortened)
    r"vh\.?|bh\.?|hilsen)(?:\s+\S.{0,40})?[,.]?$",
    re.IGNORECASE,
)


def letter_closing(text: str) -> bool:
    """ "Med venlig hilsen", "Venlig hilsen", "Mvh": the closing of a letter or a mail sent
    with the minutes (its common forms, their first letters the cheap test)."""
    return text[:1] in "MmVv" and _CLOSING.match(text) is not None


#: ("[Helsingør Kommune] Denne e-mail …": the mail system's tag before it)
_DISCLAIMER = re.compile(r"^(?:\[[^\]\n]{1,40}\]\s*)?(?:denne|this)\s+e-?mail\b", re.IGNORECASE)
#: A signature's contact line: a phone ("Direkte: 49 28 10 27", "Tlf. …", "Mobil …"), a
#: post code and town ("Stengade 59 | 3000 Helsingør") or a mail address.
_CONTACT = re.compile(
    r"\b(?:direkte|tlf|telefon|mobil|mob|phone)\b\.?\s*:?\s*\+?\d|"
    r"(?:^|\|\s*|,\s*)\d{4}\s+(?-i:[A-ZÆØÅ][a-zæøå]+)$|"
    r"[\w.+-]+@[\w-]+\.[a-z]{2,}",
    re.IGNORECASE,
)
#: "Mødet blev holdt mandag d. 3/2 2025 kl. 9-11 i …", "Til stede: …", "Afbud: …" and
#: "Hermed referat fra mødet i <Body>.": a covering letter's lines giving the meeting's
#: facts (no furniture).
_LETTER_FACT = re.compile(
    r"^(?:mødet\s+(?:blev\s+)?(?:af)?holdt(?:es)?\s|(?:til\s+stede|deltagere|afbud|fraværende)\s*:"
    r"|(?:hermed|her\s+(?:er|kommer))\s+(?:følger\s+)?referat(?:et)?\s+(?:fra|af)\s+"
    r"(?:\w+\s+)?møde(?:t)?\s+i\s+(?-i:[A-ZÆØÅ]))",
    re.I,
)
#: A line that opens an item: no covering letter holds one ("120.000 kr. …", an amount
#: wrapped onto the line's start, opens none).
_ITEM_LIKE = re.compile(r"^(?:\d{1,3}\s*[.):](?!\d{3})|punkt\b|pkt\b|ad\s+(?:pkt\.?\s*)?\d)", re.I)
#: A signature under the minutes: "Britta Kjær, borgmester", "Lone Hansen, formand"; the
#: writer's slash mark ("/Malene Thygesen", "/mth": who wrote them, as a letter ends).
_SIGNATURE = re.compile(
    r"^[A-ZÆØÅ][\w.'-]+(?:\s[A-ZÆØÅ][\w.'-]+){1,4},\s*(?:borgmester|formand|næstformand|"
    r"udvalgsformand|referent|sekretær|mødeleder)$|"
    r"^/\s?(?:[A-ZÆØÅ][\w.'-]+(?:\s[A-ZÆØÅ][\w.'-]+){0,3}|[a-zæøå]{2,4})$"
)


def _signature_above(lines: list[Line], disclaimer: int) -> list[int]:
    """Indexes of the sender's signature standing apart right above the mail's disclaimer
    (name, title, address, "Direkte: 49 28 10 27": a block of at most six short lines, one
    of them a contact line); none where the block above has no contact line."""
    k = disclaimer - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    block: list[Line] = []
    while k >= 0 and not lines[k].blank and len(block) <= 6:
        block.append(lines[k])
        k -= 1
    if not block or len(block) > 6 or any(len(ln.clean) > 90 for ln in block):
        return []
    if any(_ITEM_LIKE.match(ln.clean) for ln in block):
        return []  # an item's lines, not a signature
    if not any(_CONTACT.search(ln.clean) for ln in block):
        return []
    return [ln.index for ln in block]


#: A whole line of a signature's contact block (stricter than ``_CONTACT``, which finds
#: one in a line: below a closing no disclaimer marks the mail's end): a phone ("Direkte:
#: 72 49 60 14", "Tlf. …", "Mobil …"), an e-mail address, or the owner's address with bars
#: ("Gribskov Kommune | Rådhusvej 3 | 3200 Helsinge").
_CONTACT_LINE = re.compile(
    r"^(?:direkte|tlf|telefon|mobil|mob|dir\.?\s*tlf)\.?\s*:?\s*\+?\d[\d ]{7,14}$|"
    r"^\S+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$|"
    r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+Kommune\s*[|·,]\s*[^\n]{2,60}\b\d{4}\s+[A-ZÆØÅ][^\n]{1,30}$",
    re.IGNORECASE,
)


def _signature_below(lines: list[Line], at: int) -> set[int]:
    """Indexes of the sender's signature block below a mail's closing and name, after
    one blank line ("Maja Rosenkilde Holm" / "Direktionssekretær" / "<X> Kommune | <street>
    | <post code> <town>" / "Direkte: 72 49 60 14"): up to six short lines to the next blank
    one, where one of them gives a phone, a mail address or the owner's address; none
    otherwise."""
    for _ in range(2):  # a blank line or two between the name and the block
        if at < len(lines) and lines[at].blank:
            at += 1
    block: list[Line] = []
    for ln in lines[at : at + 7]:
        if ln.blank:
            break
        if len(ln.clean) > 80 or _ITEM_LIKE.match(ln.clean):
            return set()
        block.append(ln)
    if not block or len(block) > 6 or not any(_CONTACT_LINE.match(ln.clean) for ln in block):
        return set()
    return {ln.index for ln in block}


def covering_letter(lines: list[Line], placed: set[int] | frozenset[int] = frozenset()) -> set[int]:
    """Indexes of an e-mail's covering letter, its disclaimer and the signature under the
    minutes: "Kære alle / Hermed referat … / Venlig hilsen / Birthe" above the minutes
    (a greeting, a closing within a few lines and the name under it), "Denne e-mail kan
    indeholde fortrolige oplysninger …" at the end, a last "Name, borgmester" line.
    Furniture of the e-mail, not lost content of the minutes. Lines in ``placed`` (the
    mails' envelopes) are passed over, so a forwarded mail's letters are both found: the
    forwarder's and the one under the quoted envelope."""
    out: set[int] = set()
    top = [ln for ln in lines[:80] if not ln.blank and ln.index not in placed]
    for ln in top[:15]:
        if ln.clean[:1] in "HhKk" and (
            _GREETING_NOTE.match(ln.clean) or _ONE_LINE_LETTER.match(ln.clean)
        ):
            out.add(ln.index)  # "Hej alle – her er noterne fra i dag. …": a one-line letter
    for start in (k for k, ln in enumerate(top[:15]) if _GREETING.match(ln.clean)):
        nxt = top[start + 1] if start + 1 < len(top) else None
        if top[start].clean[-1:] == "," and len(top[start].clean) <= 24:
            out.add(top[start].index)  # "Hej alle,": a mail's salutation, alone on its line
            if nxt and nxt.index == top[start].index + 1 and _covering_sentence(nxt.clean):
                out.add(nxt.index)  # "Referat fra mødet i dag er her. …" right under it
        elif len(top[start].clean) <= 24 and nxt and _covering_sentence(nxt.clean):
            # "Kære styregruppe" (no comma) over "Hermed referat fra mødet i dag, …": the
            # salutation, no forum's name (the sentence under it may date the meeting)
            out.add(top[start].index)
        elif (
            top[start].clean[:4].lower() in ("kære", "hej ")
            and (after := top[start].index + 1) < len(lines)
            and lines[after].blank
        ):
            # "Kære råd" / "Kære medlemmer af Integrationsrådet" alone on its paragraph:
            # the mail's salutation (its words may name the body: never the forum)
            out.add(top[start].index)
        for k in range(start + 1, min(start + 8, len(top))):
            text = top[k].clean
            if _ITEM_LIKE.match(text):
                break
            if _CLOSING.match(text):
                # (the letter's sentence saying when and where the meeting was held, and
                # who came, are the meeting's facts: left to the header)
                out.update(
                    ln.index for ln in top[start : k + 1] if not _LETTER_FACT.match(ln.clean)
                )
                # the sender's name and role: the lines right under the closing
                last = top[k].index
                for ln in lines[top[k].index + 1 : top[k].index + 4]:
                    if ln.blank or len(ln.clean) > 60 or _ITEM_LIKE.match(ln.clean):
                        break
                    out.add(ln.index)
                    last = ln.index
                out |= _signature_below(lines, last + 1)
                break
    tail = [ln for ln in lines[-12:] if not ln.blank]
    at = next((k for k, ln in enumerate(tail) if _DISCLAIMER.match(ln.clean)), None)
    if at is not None:
        first = tail[at].index
        for ln in lines[first : first + 6]:
            if ln.blank:
                break
            out.add(ln.index)
        out.update(_signature_above(lines, first))
    if tail and _SIGNATURE.match(tail[-1].clean):
        out.add(tail[-1].index)
    # "Mvh Kasper" / "Venlig hilsen" and the sender's name ending the mail the minutes
    # were pasted into (the last lines, short)
    # (above the disclaimer, the closing may have the sender's name, title, the
    # municipality's address line and a phone number under it)
    stop = at if at is not None else len(tail)
    end = next((k for k in range(max(0, stop - 6), stop) if _CLOSING.match(tail[k].clean)), None)
    if end is not None and all(len(ln.clean) <= 60 for ln in tail[end:stop]):
        out.update(ln.index for ln in tail[end:stop])
    return out


#: A page number, alone or closing a footer: "Side 3 af 12", "Vejle Kommune   Side 2 af 8",
#: "Page 4 of 9", "- 3 -".
_PAGE_NUMBER = re.compile(
    r"(?:^|\s)(?:side|page)\s+\d{1,4}\s*(?:af|of|/)\s*\d{1,4}$|^(?:side|page)\s+\d{1,4}$|"
    # "Side 1/1   Dok.nr. 21/30012-4": the page number, then the document's own number
    r"^(?:side|page)\s+\d{1,4}\s*(?:af|of|/)\s*\d{1,4}\s+(?:dok|sag|sags|j)\.?\s*nr\.?\s*:?\s*"
    r"[\w./-]{3,30}$|"
    # "Side 1 af 1   Udskrevet 26.02.2025": the page number, then the print stamp (also
    # parted by a middle dot, a bar or a dash: "Side 2 af 2 · Udskrevet 08.04.2025")
    r"^(?:side|page)\s+\d{1,4}\s*(?:af|of|/)\s*\d{1,4}\s+(?:[·|–-]\s+)?"
    r"(?:udskrevet|printet|printed)\s*:?\s*"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?$|"
    r"^[-–]\s*\d{1,4}\s*[-–]$|"
    # "12/01 2021 16:47  FAX 72533000   FMK BØRN OG UNGE   @001/003": a fax machine's line
    # over each page it sent, its date and hour no meeting's
    r"^\d{1,2}[./-]\d{1,2}[./ -]+(?:\d{4}|\d{2})\s+\d{1,2}[:.]\d{2}\s+fax\b.{0,80}$",
    re.IGNORECASE,
)


#: "Byrådet - 27.05.2025   Side 2": a page's footer (or header), the page's number after
#: the same text on every page, with no "af N".
_PAGED_FOOTER = re.compile(r"^(?P<text>\S.{2,80}?)\s+(?:side|page)\s+(?P<page>\d{1,4})$", re.I)


#: "- 3 -", "- 3a -": a number between dashes alone on its line.
_DASHED_NUMBER = re.compile(r"^[-–]\s*\d{1,3}[a-h]?\s*[-–]$")


def _without_item_numbers(lines: list[Line], pages: set[int]) -> set[int]:
    """``pages`` without the numbers between dashes ("- 3 -") where they number the items,
    not the pages: two or more of them stand right over a line of text (the title, found
    once in the document: a running header repeats) with a case number right under it
    ("- 3 -" / "Title" / "J.nr. 17.01.00-A00-4-15"), or one carries a letter ("- 3a -", an
    item added at the meeting: no page is so numbered)."""
    dashed = [k for k, ln in enumerate(lines) if ln.index in pages and ln.clean[:1] in "-–"]
    if not dashed:
        return pages
    lettered = any(
        _DASHED_NUMBER.match(ln.clean.strip()) and any(c.isalpha() for c in ln.clean)
        for ln in lines
        if ln.clean[:1] in "-–" and len(ln.clean) < 12
    )
    texts = Counter(ln.clean for ln in lines) if not lettered else None
    proven = sum(
        1
        for k in dashed
        if k + 2 < len(lines)
        and (title := lines[k + 1].clean)
        and not title[:1].isdigit()
        and texts is not None
        and texts[title] == 1
        and match_case_number(lines[k + 2].clean)
    )
    if lettered or proven >= 2:
        return pages - {lines[k].index for k in dashed}
    return pages


def page_numbers(lines: list[Line]) -> set[int]:
    """Indexes of page-number lines of text printed from a PDF."""
    # tested once for each distinct text (see sidebars)
    paged = {
        text
        for text in distinct_texts(lines)
        if text and (text[-1].isdigit() or text.endswith("-"))
        if len(text) <= 120
        and (text[0] in "-–" or may_hold(text, ("side", "page")) or "FAX" in text.upper())
    }
    numbers = {text for text in paged if _PAGE_NUMBER.search(text)}
    # "3/14" alone: the page number with no word, on two pages or more
    numbers |= _bare_page_numbers(
        {text for text in distinct_texts(lines) if 3 <= len(text) <= 9 and "/" in text}
    )
    # "<text> Side N" is a footer where the same text stands over two pages or more
    pages: dict[str, set[str]] = {}
    for text in paged - numbers:
        m = _PAGED_FOOTER.match(text)
        if m:
            pages.setdefault(m.group("text"), set()).add(text)
    numbers.update(text for texts in pages.values() if len(texts) >= 2 for text in texts)
    return {ln.index for ln in lines if ln.clean in numbers} if numbers else set()


#: "N/M" alone on a line: a page number with no word ("3/14", right-aligned in a printout).
_BARE_PAGE = re.compile(r"^(?P<page>\d{1,3})\s?/\s?(?P<of>\d{1,3})$")


def _bare_page_numbers(texts: set[str]) -> set[str]:
    """The texts "N/M" alone (page N of M) where they number the pages: two or more of
    them with the same M (or "1/1"), each N no greater than M. A case number has more
    digits after its slash ("21/3122") or stands once."""
    by_total: dict[str, set[str]] = {}
    for text in texts:
        m = _BARE_PAGE.match(text)
        if m and 0 < int(m.group("page")) <= int(m.group("of")):
            by_total.setdefault(m.group("of"), set()).add(text)
    return {
        text for of, found in by_total.items() if len(found) >= 2 or of == "1" for text in found
    }


#: A page break's own notice: "Fortsættes næste side", "(fortsættes på næste side)",
#: "Punkt 5 (fortsat)", "Punkt 3, fortsat", "Pkt. 4 - fortsat", "(fortsat)": the text
#: goes on over the break (no text of an item).
_CONTINUATION_NOTE = re.compile(
    r"^[(\[]?\s*(?:fortsættes|fortsætter)\s+(?:på\s+)?(?:næste|følgende)\s+side\s*"
    r"[.)\]]?$|"
    r"^(?:(?:punkt|pkt\.?|sag|dagsordenspunkt)\s*(?:nr\.?\s*)?\d{1,3}\.?\s*(?:[,:–-]\s*)?)?"
    r"\(?\s*(?:fortsat|fortsættelse|forts\.)\s*\)?\.?$",
    re.IGNORECASE,
)


def continuation_notes(lines: list[Line]) -> set[int]:
    """Indexes of a printout's notices of a page break ("Fortsættes næste side" at a
    page's foot, "Punkt 6 (fortsat)" at the next one's top)."""
    # (the word's letters looked for as written, no lower-cased copy of every line; first
    # in the document's joined lines, which the furniture pass has made: most hold none,
    # and the lines are not walked)
    out: set[int] = set()
    whole = joined_lines(lines)
    if "orts" not in whole and "ORTS" not in whole:
        return out
    for ln in lines:
        if "orts" not in ln.clean and "ORTS" not in ln.clean:
            continue
        if (
            6 <= len(ln.clean) <= 45 and _CONTINUATION_NOTE.match(ln.clean.strip("*_ "))
        ) or _continued_title(lines, ln):
            out.add(ln.index)
    return out


#: "Punkt 3. Boligområde ved Kærvej og tilhørende… (fortsat)": an item's title repeated
#: at the top of the page where its text goes on, cut short with an ellipsis or whole.
_CONTINUED_TITLE_NOTE = re.compile(
    r"^(?:punkt|pkt\.?)\s*(?P<n>\d{1,3})\.?\s+(?P<title>\S.*?)\s*(?:…|\.\.\.)?\s*"
    r"\((?:fortsat|fortsættelse|forts\.)\)$",
    re.IGNORECASE,
)


def _continued_title(lines: list[Line], note: Line) -> bool:
    """``note`` is "Punkt N. <title> (fortsat)" and item N's heading stands above it with
    that title (the note's may be cut short): the page head of a continued item, no item's
    heading of its own (its text goes on under item N's)."""
    m = _CONTINUED_TITLE_NOTE.match(note.clean.strip("*_ "))
    if m is None:
        return False
    title = m["title"].rstrip(" .…")
    if len(title) < 12:
        return False
    head = re.compile(rf"(?:(?:punkt|pkt\.?)\s*)?{m['n']}\.?\s+", re.IGNORECASE)
    for ln in lines:
        if ln.index >= note.index:
            break
        text = ln.clean.strip("*_ ")
        if (h := head.match(text)) is not None and text[h.end() :].startswith(title):
            return True
    return False


def running_heads(lines: list[Line], skip: set[int], pages: set[int] | None = None) -> set[int]:
    """Indexes of a PDF's running header: the same short dated line at the top of three
    or more pages ("Økonomiudvalget 14-03-2022"). Not a label ("Dato: …"), a case line
    or a decision heading, which may repeat item by item. ``pages`` holds the page-number
    lines where they are known: then a running header stands next to one of them."""
    # A running header repeats: the texts found twice or more that could be one by the
    # tests of their words, each tested once; where there is none (most documents), the
    # lines are walked no further.
    candidates = {
        text
        for text, n in Counter(map(_CLEAN, lines)).items()
        if n >= 2 and _may_be_running_head(text)
    }
    if not candidates:
        return set()
    counts = Counter(ln.clean for ln in lines if ln.clean and ln.index not in skip)
    repeated = {text for text, n in counts.items() if n >= 3 and len(text) <= 90}
    # A short document has two pages after the first: twice, each time under a page
    # footer already found ("Side 2 af 3"), is a running header too.
    twice = {text for text, n in counts.items() if n == 2 and len(text) <= 90}
    if twice and skip:
        under_footer = Counter(
            ln.clean
            for previous, ln in _filled_pairs(lines)
            if ln.clean in twice and previous.index in skip
        )
        repeated |= {text for text, n in under_footer.items() if n == 2}
        again = _first_block_again(lines, twice, skip, candidates)
    else:
        again = set()
    # every text in ``repeated`` is found twice or more, so it was tested above
    heads = repeated & candidates
    if not heads:
        return again
    # A web page's heading "Kultur-, Sport- og Fritidsudvalget, 03-03-2025" over each item's
    # decision repeats too, but as a heading of its own (pages have no running header).
    # (A ruled page header, "Aalborg Kommune  Byrådet  28.04.2025" between two rules, reads
    # as a heading too, but stands over an item's numbered heading, never over a decision.)
    over_items = _heads_over_items(lines, heads) if any(ln.heading_level for ln in lines) else ()
    found = {
        ln.index
        for ln in lines
        if ln.clean in heads
        and not (ln.heading_level and ln.clean not in over_items and _decision_heading(ln))
    }
    if any(map(_dated_body, heads)):
        found -= _dated_decisions(lines, heads, skip)
        if pages and len(pages) >= 2:
            found -= _dated_mid_page(lines, heads, skip)
    # (a body and a date alone are _dated_decisions' to judge, a footer above one included)
    found -= _outcomes_under_label(lines, {text for text in heads if not _dated_body(text)})
    above = _lines_above(lines, found, skip)
    if above:
        # a header of three lines: the owner over the body over the dated line
        # ("Faaborg-Midtfyn Kommune" / "Byrådet" / "Referat – Torsdag den 27. marts 2025 …")
        above |= _lines_above(lines, found | above, skip)
    return found | above | _lines_below(lines, found | above, skip) | again


def _first_block_again(
    lines: list[Line], twice: set[str], skip: set[int], candidates: set[str]
) -> set[int]:
    """Indexes of a two-page PDF's page header on its second page: the document's first
    lines (up to three, each found twice, a dated one among them: "Nyborg Kommune  Miljø-
    udvalget" / "Referat  17.09.2019") again right under a page footer already found ("Side
    1 af 2"). The first page's copy stays: it is the title, and may be the only place
    naming the municipality."""
    filled = [ln for ln in lines if not ln.blank]
    top = [ln.clean for ln in takewhile(lambda ln: ln.clean in twice, filled[:3])]
    if not top or candidates.isdisjoint(top):
        return set()
    for at, ln in enumerate(filled):
        block = filled[at + 1 : at + 1 + len(top)]
        if ln.index in skip and [below.clean for below in block] == top:
            return {below.index for below in block}
    return set()


def _heads_over_items(lines: list[Line], heads: set[str]) -> set[str]:
    """The texts of ``heads`` that stand right over an item's numbered heading ("Punkt 3.
    Title", "4. Title") at least twice and at least half the times they stand."""
    seen: Counter[str] = Counter()
    over: Counter[str] = Counter()
    for ln, after in _filled_pairs(lines):
        if ln.clean in heads:
            seen[ln.clean] += 1
            over[ln.clean] += _ITEM_END.match(after.clean) is not None
    return {text for text, n in over.items() if n >= 2 and 2 * n >= seen[text]}


def _outcomes_under_label(lines: list[Line], heads: set[str]) -> set[int]:
    """Indexes of the repeated dated lines that open each item's decision, right under its
    label ("Beslutning" / "Mødet aflyst. Punktet overflyttes til mødet den 28.11.2023.",
    "Sagen er behandlet skriftligt med svarfrist den 20. januar 2021."): a cancelled
    meeting's or a written procedure's one outcome said of every item, not a running
    header (a page's header stands over its first lines, not under a decision's label).
    A text counts where at least half of its lines stand under such a label."""
    under: Counter[str] = Counter()
    at: dict[str, list[int]] = {}
    for prev, ln in _filled_pairs(lines):
        if ln.clean not in heads:
            continue
        at.setdefault(ln.clean, []).append(ln.index)
        # (the meeting's body or another's: without the meeting's facts, a dated label
        # "Beslutning <body> den <date>" is read as an earlier body's)
        if (heading_key(prev) or ("",))[0] in ("beslutning", "tidligere_beslutning"):
            under[ln.clean] += 1
    return {i for text, found in at.items() if 2 * under[text] >= len(found) for i in found}


def _dated_body(text: str) -> bool:
    """A body and a date alone on a line, with or without a comma between them
    ("Byrådet, 11-12-2025", "Byrådet 19-11-2025", "Byrådet, 9. april 2025")."""
    return comma_dated(text) or (
        text[-1:].isdigit() and len(text) <= 70 and decision_heading(f"{text}:") is not None
    )


def _dated_decisions(lines: list[Line], heads: set[str], skip: set[int]) -> set[int]:
    """Indexes of the repeated "<body>[,] <date>" lines that head a decision item by item,
    not a PDF's running header: most of them right under "Beslutning" or in a chain of
    the bodies' outcomes, another dated body two lines above or below ("Økonomiudvalget
    04-12-2025" / "Anbefales." / "Byrådet 11-12-2025"), and none right after page
    furniture (a footer)."""
    dated = {text for text in heads if _dated_body(text)}
    shown = [ln for ln in lines if not ln.blank]
    after_skip: set[str] = set()
    at: dict[str, list[int]] = {}
    chained: dict[str, int] = {}
    for k, ln in enumerate(shown):
        if ln.clean not in dated:
            continue
        at.setdefault(ln.clean, []).append(ln.index)
        prev = shown[k - 1] if k else None
        if prev is not None and prev.index in skip:
            after_skip.add(ln.clean)
        under = prev is not None and (heading_key(prev) or ("",))[0] == "beslutning"
        # (another body or date: a running header's own text two lines on is no chain)
        before = k >= 2 and shown[k - 2].clean != ln.clean and _dated_body(shown[k - 2].clean)
        after = (
            k + 2 < len(shown)
            and shown[k + 2].clean != ln.clean
            and _dated_body(shown[k + 2].clean)
        )
        if under or before or after or _closes_item(shown, k):
            chained[ln.clean] = chained.get(ln.clean, 0) + 1
    return {
        i
        for text, found in at.items()
        if text not in after_skip and 2 * chained.get(text, 0) >= len(found)
        for i in found
    }


#: A rule ("---", "____", "***") or an item's numbered heading ("5. Title", "Punkt 5",
#: "Pkt. 5"): where an item ends.
_ITEM_END = re.compile(r"^(?:[-_=*─━═]{3,}$|\d{1,4}[.)]\s+\S|(?:punkt|pkt\.?)\s*\d)", re.I)


def _closes_item(shown: list[Line], k: int) -> bool:
    """The dated line ``shown[k]`` ("Teknik- og Miljøudvalget, 06-10-2020", a web page's bold
    decision heading copied without its bold) stands after the item's text (not right under
    its heading) and has one sentence under it, and the item ends after that: a rule, the
    next item's heading or the end of the text (a running header stands over a page's first
    lines, not between an item's text and its last paragraph)."""
    if k < 1 or k + 1 >= len(shown) or shown[k + 1].heading_level:
        return False
    before = shown[k - 1]
    if before.heading_level or _ITEM_END.match(before.clean):
        return False
    outcome = shown[k + 1].clean.rstrip()
    if outcome[-1:] != "." or _ITEM_END.match(outcome):
        return False
    if k + 2 >= len(shown):
        return True
    after = shown[k + 2]
    return bool(after.heading_level or _ITEM_END.match(after.clean))


def _dated_mid_page(lines: list[Line], heads: set[str], skip: set[int]) -> set[int]:
    """Indexes of the repeated "<body> <date>" lines of a PDF with numbered pages that
    never stand next to the page furniture (the footer "Byrådet, 10. december 2018  Side 2
    af 6" and the next page's first line): a running header is at a page's top or foot,
    a body's dated decision line inside an item's text ("Byrådet 10. december 2018" /
    "Godkendt." in each item, page after page)."""
    dated = {text for text in heads if _dated_body(text)}
    at: dict[str, list[int]] = {}
    edge: set[str] = set()
    shown = [ln for ln in lines if not ln.blank]
    counts = Counter(ln.clean for ln in shown)
    for k, ln in enumerate(shown):
        if ln.clean not in dated:
            continue
        at.setdefault(ln.clean, []).append(ln.index)
        # (a header's upper lines, repeated page after page, may stand between:
        # "Side 1 af 5" / "Lolland Kommune" / "Social- og Sundhedsudvalget 03-10-2022")
        j = k - 1
        while j >= 0 and k - j <= 2 and shown[j].index not in skip and counts[shown[j].clean] >= 3:
            j -= 1
        if (j >= 0 and shown[j].index in skip) or (
            k + 1 < len(shown) and shown[k + 1].index in skip
        ):
            edge.add(ln.clean)
    return {i for text, found in at.items() if text not in edge for i in found}


def _filled_pairs(lines: list[Line]) -> Iterator[tuple[Line, Line]]:
    """Each non-blank line with the non-blank line before it (blank lines between them
    skipped), from the second non-blank line on."""
    previous: Line | None = None
    for ln in lines:
        if ln.blank:
            continue
        if previous is not None:
            yield previous, ln
        previous = ln


def _lines_above(lines: list[Line], heads: set[int], skip: set[int]) -> set[int]:
    """Indexes of a second running-header line right above the dated one ("Bornholms
    Regionskommune" / "Erhvervs- og Beskæftigelsesudvalget 01-09-2021"): a short text
    above three or more of them (the same text elsewhere, as the title, stays)."""
    # (not "Beslutning" over "<forum>, <date>": a web page's decision heading)
    above = _next_to_heads(lines, heads, skip, below=False)
    return {i for found in above.values() if len(found) >= 3 for i in found}


def _next_to_heads(
    lines: list[Line], heads: set[int], skip: set[int], below: bool
) -> dict[str, list[int]]:
    """The short texts right above (or below) the running-header lines ``heads``, no
    section heading and no furniture in ``skip``, each with the indexes it stands at."""
    found: dict[str, list[int]] = {}
    for previous, ln in _filled_pairs(lines):
        head, other = (previous, ln) if below else (ln, previous)
        if (
            head.index in heads
            and other.index not in heads | skip
            and len(other.clean) <= 60
            and heading_key(other) is None
        ):
            found.setdefault(other.clean, []).append(other.index)
    return found


def _lines_below(lines: list[Line], heads: set[int], skip: set[int]) -> set[int]:
    """Indexes of a second running-header line right below the dated one ("Miljøudvalget
    – Referat – 1. oktober 2014" / "Frederikshavn Kommune"): a short text under three or
    more of them, not a heading of a section, found nowhere else but once (the title's
    place)."""
    below = _next_to_heads(lines, heads, skip, below=True)
    found = {text: at for text, at in below.items() if len(at) >= 3}
    if not found:
        return set()
    counts = Counter(ln.clean for ln in lines if ln.clean in found)
    return {i for text, at in found.items() if counts[text] <= len(at) + 1 for i in at}


def _decision_heading(line: Line) -> bool:
    """The line heads a body's decision of a date (this meeting's or an earlier one's)."""
    found = heading_key(line)
    return found is not None and found[0] in ("beslutning", "tidligere_beslutning")


#: "Udskrevet 07-10-2020 08:14", "Printet: 14.04.2025": when the document was printed.
_PRINT_STAMP = re.compile(
    r"^(?:udskrevet|printet)(?:\s*:\s*|\s+)(?:den\s+)?\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}"
    r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?$",
    re.I,
)
#: "[Opslag af Jonas Mikkelsen, 07-04-2022 14:02]": a Teams channel post's stamp.
_POST_STAMP = re.compile(r"^\[(?:opslag|indlæg)\s+(?:af|fra)\s", re.IGNORECASE)


def _post_message(lines: list[Line], furnished: set[int]) -> set[int]:
    """Indexes of a channel post's own message under its stamp ("Referat fra mødet i dag
    er lagt op her 👇 @Netværk …"): the lines down to the next blank one, a few at most,
    when one of them mentions the channel's members (an "@" before a name)."""
    out: set[int] = set()
    for pos, line in enumerate(lines):
        if line.index not in furnished or not _POST_STAMP.match(line.clean):
            continue
        message = []
        for k in range(pos + 1, min(pos + 4, len(lines))):
            if lines[k].blank:
                break
            message.append(lines[k])
        if any(" @" in ln.clean or ln.clean[:1] == "@" for ln in message):
            out.update(ln.index for ln in message)
    return out


#: The words a page header names the document by: its kind or its owner.
_PAGE_HEAD_WORDS = ("Referat", "REFERAT", "Dagsorden", "DAGSORDEN", "Kommune", "KOMMUNE")


def _second_page_head(lines: list[Line], pages: set[int]) -> set[int]:
    """Indexes of a page header printed once, on the second page of a two-page PDF (the
    first page has the title instead): a short dated line naming the document's kind or
    owner ("Middelfart Kommune – Centerchefmøde 6. oktober 2020   Referat") right under
    a page number ("Side 1 af 2"). A running header on three or more pages repeats and is
    found by :func:`running_heads`."""
    return {
        ln.index
        for previous, ln in _filled_pairs(lines)
        if previous.index in pages
        and _holds_any(ln.clean, _PAGE_HEAD_WORDS)
        and _may_be_running_head(ln.clean)
    }


def _footer_over_page_number(lines: list[Line], pages: set[int]) -> set[int]:
    """Indexes of a page footer's first line printed right over the page number, once
    ("Fredericia Kommune · Teknik- og Miljøudvalget · 07.04.2025" / "Side 2 af 2 ·
    Udskrevet …"): a short dated line naming the owner or the document's kind, its parts
    parted by middle dots or bars, after the document's first lines (where such a line is
    the title's)."""
    return {
        previous.index
        for previous, ln in _filled_pairs(lines)
        if ln.index in pages
        and previous.index > 10
        and previous.index not in pages
        and (" · " in previous.clean or " | " in previous.clean)
        and _holds_any(previous.clean, _PAGE_HEAD_WORDS)
        and _may_be_running_head(previous.clean)
    }


def _undated_page_heads(lines: list[Line], pages: set[int]) -> set[int]:
    """Indexes of a PDF's page header that names no date ("Randers Kommune · Sundhed,
    Omsorg og Handicap   Referat – Chefforum SOH"): the same line right under two page
    footers or more ("Udskrevet … Side 1 af 3"), wherever else it stands (the first
    page's top). A decision or section heading opening a page is no such line."""
    heads = {
        text
        for text, n in _by_page_numbers(lines, pages, under=True).items()
        if n >= 2 and len(text) <= 120 and heading_key(Line(0, text, 0)) is None
    }
    if not heads:
        return set()
    out = {ln.index for ln in lines if ln.clean in heads}
    # "Nordfyns Vand A/S" / "Referat – bestyrelsesmøde nr. 2/2025": a page header of two
    # lines, the second the same right under each copy of the first. Only the copies under
    # the first line go: the same words elsewhere ("Ældrerådet" again under "REFERAT" in
    # the title block) are the document's own, its forum perhaps.
    below = [
        ln
        for previous, ln in _filled_pairs(lines)
        if previous.clean in heads and ln.index not in pages
    ]
    second = Counter(ln.clean for ln in below)
    return out | {
        ln.index
        for ln in below
        if second[ln.clean] >= 2
        and len(ln.clean) <= 120
        and heading_key(Line(0, ln.clean, 0)) is None
    }


def _by_page_numbers(lines: list[Line], pages: set[int], under: bool) -> Counter[str]:
    """The texts right under (``under``) or right over the page-number lines ``pages``,
    each with the number of times it stands there."""
    return Counter(
        (ln if under else previous).clean
        for previous, ln in _filled_pairs(lines)
        if (previous if under else ln).index in pages
        and (ln if under else previous).index not in pages
    )


def _undated_page_feet(lines: list[Line], pages: set[int]) -> set[int]:
    """Indexes of a PDF's page footer that names no date, printed right over the page
    number ("Børne- og Ungeudvalget - Referat" / "<owner> · <body> · <date>  Side 2 af
    15", the next page's header holding the number): the same line over three page
    numbers or more and over at least half of them. No sentence (an item's last
    "Godkendt." may close page after page) and no section heading."""
    feet = {
        text
        for text, n in _by_page_numbers(lines, pages, under=False).items()
        if n >= 3
        and 2 * n >= len(pages)
        and len(text) <= 90
        and text[-1:] not in ".:"
        and heading_key(Line(0, text, 0)) is None
    }
    return {ln.index for ln in lines if ln.clean in feet} if feet else set()


def first_page_heads(lines: list[Line], skip: set[int], end: int) -> set[int]:
    """Indexes of the first page's copy of an undated page header among the first ``end``
    lines, above the first page number ("Referat" / "Økonomiudvalget" / … / "Side 1 af
    12", then "Økonomiudvalget" / "04-06-2024" over every page after it): on the first
    page the line is the title's, and it may be the only one naming the body."""
    pages = page_numbers(lines)
    if pages:
        pages = _without_item_numbers(lines, pages)
    if not pages:
        return set()
    first = min(k for k, ln in enumerate(lines) if ln.index in pages)
    heads = _undated_page_heads(lines, pages) & skip
    return {ln.index for ln in lines[: min(first, end)] if ln.index in heads}


def dated_page_footer(lines: list[Line], skip: set[int]) -> list[Line]:
    """The page footer naming the meeting, where it is the only dated line: one copy of a
    skipped line that repeats on two pages or more but for its page number ("<body>, 9.
    april 2024<spaces>Side 1", "… Side 3"), its page number cut off (a one-line list), else
    an empty list."""
    seen: Counter[str] = Counter()
    first: dict[str, Line] = {}
    for ln in lines:
        # (a cheap test first: only a skipped line ending in a digit is looked at further)
        if ln.index in skip and ln.clean.rstrip()[-1:].isdigit():
            text = PAGE_TAIL.sub("", ln.clean).strip()
            if text != ln.clean.strip() and text:
                seen[text] += 1
                first.setdefault(text, ln._replace(clean=text))
    return next(
        ([first[text]] for text, n in seen.most_common() if n >= 2 and _may_be_running_head(text)),
        [],
    )


#: What parts a page number from the text before it: a dash, a bar or a middle dot.
_TAIL_PARTS = " \t–—-|·,"


def _page_number_cut(text: str) -> str | None:
    """``text`` without the page number that ends it ("<body> – 29. august 2023 – side 6"
    -> "<body> – 29. august 2023"), with the separator before it; None where no page
    number ends it ("" where the page number stands alone: "Side 4")."""
    text = f" {text}"  # (a page number alone on its line: nothing before it)
    if PAGE_TAIL.search(text) is None:
        return None
    return PAGE_TAIL.sub("", text).strip(_TAIL_PARTS)


def opens_mid_item(lines: list[Line], skip: set[int]) -> bool:
    """Whether the text is a later page cut from longer minutes: its first line of text
    (page furniture and a page-numbered line passed over) begins with a small letter, the
    rest of a sentence a page before it began."""
    for ln in lines:
        if ln.blank or ln.index in skip or _page_number_cut(ln.clean) is not None:
            continue
        return ln.clean[:1].islower()
    return False


def fragment_page_meeting(lines: list[Line]) -> list[Line]:
    """The page header or footer naming the meeting in a page cut from longer minutes: the
    first line ended by a page number whose text before it is dated ("<owner> | <body> |
    Referat | 13. januar 2026 | side 2 af 3", read without the number), else such a line
    with a dated running header right under or over it ("<owner>   Side 5 af 23" /
    "<body> 12-03-2024"). One copy suffices: a page or two hold one. An empty list where
    no page number stands by a dated line."""
    filled = [ln for ln in lines if not ln.blank]
    for at, ln in enumerate(filled):
        rest = _page_number_cut(ln.clean)
        if rest is None:
            continue
        if rest and _may_be_running_head(rest):
            return [ln._replace(clean=rest)]
        for near in (filled[at + 1 : at + 2], filled[max(0, at - 1) : at]):
            if near and _may_be_running_head(near[0].clean):
                block = [ln._replace(clean=rest)] if rest else []
                return sorted([*block, near[0]], key=attrgetter("index"))
    return []


def first_page_title(lines: list[Line], skip: set[int], end: int) -> set[int]:
    """Indexes of the first copy of a page header that is the document's title: a dated
    line among the first ``end`` lines, skipped as furniture, its text repeated further on
    in the skipped lines ("Teknik- og Miljøudvalget - Referat - 12-03-2025 kl. 08:00 -
    <place>" under each page's "<KOMMUNE>  Side N" of a two-page printout). The first
    page's copy names the meeting's date, hour and place for the header."""
    first: dict[str, int] = {}
    again: set[str] = set()
    for ln in lines:
        if ln.index not in skip or not ln.clean:
            continue
        text = ln.clean
        if "ide " in text[-12:] or "IDE " in text[-12:] or "age " in text[-12:]:
            # "Tønder Kommune<TAB>Kultur- og Fritidsudvalget<TAB>14-08-2024<TAB>Side 1": the
            # copies differ only by their page number
            text = PAGE_TAIL.sub("", text)
        if "\t" in text:
            # (the first page's copy with a tab where the others have spaces: "<body>\tReferat
            # 01.10.2013" over "<body> Referat 01.10.2013", the columns split on one page)
            text = " ".join(text.split())
        if text in first:
            again.add(text)
        elif ln.index < end:
            first[text] = ln.index
    found = {k for text, k in first.items() if text in again and dates.find_date(text) is not None}
    return found | _block_of_title(lines, found, {k for text, k in first.items() if text in again})


def _block_of_title(lines: list[Line], found: set[int], repeated: set[int]) -> set[int]:
    """Indexes of the first copy's other lines of a page header that is the document's
    title, its dated line among ``found``: the lines of the same block (no blank line
    between) that repeat with it, ``repeated`` ("Udvalg: <body>" / "Mødedato: …" /
    "Mødested: …" over each item of a portal's print, one item a page). The first copy
    gives the meeting's place and hour as its dated line gives the date."""
    if not found or not repeated - found:
        return set()
    out: set[int] = set()
    for block in _blocks(lines):
        indexes = {ln.index for ln in block}
        if indexes & found:
            out |= indexes & repeated
            if len(block) == 1:
                # ("Udvalg: <body>" / blank / "Mødedato: …" / blank / "Mødested: …": every
                # line a paragraph, a Word file's text) the repeated one-line paragraphs
                # next to it, one blank line apart, are the block
                out |= _paragraphs_beside(lines, block[0].index, repeated)
    return out - found


def _paragraphs_beside(lines: list[Line], index: int, repeated: set[int]) -> set[int]:
    """Indexes of the one-line paragraphs in ``repeated`` that stand right above and right
    below the line ``index``, one blank line between each two, up to the first that is no
    such paragraph."""
    at = next(p for p, ln in enumerate(lines) if ln.index == index)
    out: set[int] = set()
    for step in (-1, 1):
        p = at
        while 0 <= p + 2 * step < len(lines) and not lines[p + step].clean.strip():
            nxt = lines[p + 2 * step]
            after = p + 3 * step
            alone = not 0 <= after < len(lines) or not lines[after].clean.strip()
            if nxt.index not in repeated or not alone:
                break
            out.add(nxt.index)
            p += 2 * step
    return out


def _blocks(lines: list[Line]) -> Iterator[list[Line]]:
    """The runs of non-blank lines of ``lines``, each as a list."""
    run: list[Line] = []
    for ln in lines:
        if ln.clean.strip():
            run.append(ln)
        elif run:
            yield run
            run = []
    if run:
        yield run


#: "<TAB>Side 2", "  Side 2 af 3", "  Page 2": a page number closing a page header's line.
PAGE_TAIL = re.compile(r"[\t ]+(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\s*$", re.I)


def _may_be_running_head(text: str) -> bool:
    """The tests of a running header's own text: short and dated, not a label, a case
    line or a decision heading."""
    return (
        len(text) <= 90
        and _DIGIT.search(text) is not None
        and not re.search(r":\s|:$", text)
        and dates.find_date(text) is not None
        and match_case_number(text) is None
        # ("<body>, <date>" alone heads a decision, or is a running header: see below)
        and (heading_key(Line(0, text, 0)) is None or comma_dated(text))
        # ("Beslutning — Byrådet, 27.02.2025": the word names a decision heading, repeated
        # item by item, never a page's running header)
        and not (text[:1] in "BI" and text.startswith(("Beslutning ", "Indstilling ")))
    )


_T = TypeVar("_T")


def last_document_memo(fn: Callable[..., _T]) -> Callable[..., _T]:
    """``fn`` of a document's lines that remembers its result for the last document.

    A numbered layout's recogniser (``running``) and its parser (``base.parse_numbered``)
    ask for the same document's furniture and heading candidates in turn. The document is
    its list of prepared lines, known by identity: prepared lines are never changed in
    place. The other arguments are compared by value (sets kept frozen); a copy of the
    result is handed out, so a caller may change its own.
    """
    # (lines, other arguments, result), replaced as a whole: a thread sees one or the other
    last: list[tuple[list[Line], tuple[Any, ...], Any] | None] = [None]

    @wraps(fn)
    def remembered(lines: list[Line], *args: Any, **keywords: Any) -> _T:
        if keywords:
            return fn(lines, *args, **keywords)
        held = last[0]
        if held is not None and held[0] is lines and held[1] == args:
            return copy(held[2])
        result = fn(lines, *args)
        frozen = tuple(frozenset(a) if isinstance(a, set) else a for a in args)
        last[0] = (lines, frozen, copy(result))
        return result

    return remembered


@last_document_memo
def distinct_texts(lines: list[Line]) -> frozenset[str]:
    """The distinct clean texts of the document's lines: the furniture pass, its sidebars
    and its page numbers each test every distinct text once (made once)."""
    return frozenset(map(_CLEAN, lines))


@last_document_memo
def joined_lines(lines: list[Line]) -> str:
    """The document's clean lines joined by line breaks: the furniture pass, the web
    addresses' test and the coverage count each ask for the same document's (made once)."""
    return "\n".join(map(_CLEAN, lines))


#: A line of a web site's footer: the owner ("Assens Kommune"), its street address
#: ("Rådhus Allé 5", or with the post code and town after a comma: "Rådhus Allé 5, 5610
#: Assens"), post code and town ("5610 Assens"), phone, CVR/EAN number, mail or web address.
_FOOTER_LINE = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+Kommune"
    r"|[A-ZÆØÅ][\wæøå.-]*(?:\s[\wæøå.-]+){0,3}\s+\d{1,4}[A-Za-z]?"
    r"(?:,\s+\d{4}\s+[A-ZÆØÅ][\wæøå.-]*(?:\s[\wæøå.-]+){0,2})?"
    r"|\d{4}\s+[A-ZÆØÅ][\wæøå.-]*(?:\s[\wæøå.-]+){0,2}"
    r"|(?:tlf|telefon|tel)\.?:?\s*\+?[\d ]{8,14}"
    r"|(?:cvr|ean)(?:-?nr)?\.?:?\s*\d[\d ]{7,16}"
    r"|[\w.-]+@[\w-]+(?:\.[\w-]+)*\.dk|(?:www\.)?[\w-]+\.dk)$",
    re.IGNORECASE,
)


_FOOTER_PARTS = re.compile(r"\s[*·|•]\s")
#: "Kontakt: Sekretariatet, Byrådsbetjening, tlf. 1234 5678", "Kontaktperson: <navn>,
#: mail …": a page's contact box on one line, a label, who, and a phone or a mail.
_CONTACT_BOX = re.compile(
    r"^kontakt(?:person|\s+os)?\s*:\s*\S.{0,80}?\b(?:tlf|telefon|e-?mail|mail)\b", re.IGNORECASE
)


def _contact_line(text: str) -> bool:
    """Whether ``text`` is a page's contact box on one line (``_CONTACT_BOX``), its first
    letter and length tested first."""
    return text[:1] in "Kk" and len(text) <= 120 and _CONTACT_BOX.match(text) is not None


#: A footer's row of the site's own links, two or more of them ("Kontakt   Om cookies
#: Privatlivspolitik", "Find vej   Job   Presse"; a browser's
#: copy keeps them on one line, the gaps closed to spaces).
_FOOTER_LINKS = re.compile(
    r"(?:(?:find\s+vej|kontakt(?:\s+os)?|åbningstider|tilgængelighed(?:serklæring)?"
    r"|privatlivs?politik|om\s+cookies|cookie(?:s|politik|indstillinger)"
    r"|behandling\s+af\s+personoplysninger|databeskyttelse|om\s+(?:siden|hjemmesiden)"
    r"|sitemap|presse|job)(?:\s+|$)){2,}",
    re.IGNORECASE,
)


#: The heading of a page's box of related links over its footer ("Læs også", "Se også",
#: "Relaterede links").
_RELATED_HEAD = re.compile(
    r"^(?:læs\s+også|se\s+også|relaterede?\s+(?:links|sider|indhold)|genveje)$", re.IGNORECASE
)
#: The links such a box holds at most.
_RELATED_LINKS = 4


def _related_links_over(lines: list[Line], pos: int, furniture_at: set[int]) -> list[int]:
    """Positions of a box of related links whose last link is at ``pos``, from the bottom:
    one to four short lines that end no sentence under "Læs også" (its heading last), right
    under a control; else none. Such a box stands between the page's last control ("Til
    toppen") and its footer."""
    box: list[int] = []
    for k in range(pos, -1, -1):
        text = lines[k].clean
        if not text:
            continue
        if _RELATED_HEAD.match(text):
            above = next((j for j in range(k - 1, -1, -1) if lines[j].clean), None)
            # (under the page's last control: "Til toppen" / "Læs også" / links)
            under_control = above is not None and lines[above].index in furniture_at
            return [*box, k] if box and under_control else []
        if len(box) == _RELATED_LINKS or len(text) > 60 or text[-1:] in ".:!?;,":
            return []
        box.append(k)
    return []


#: "Mødet hævet kl. 18:40.", "Mødet sluttede kl. 21.05": the line closing the minutes.
_MEETING_CLOSED = re.compile(
    r"^mødet\s+(?:blev\s+)?(?:hævet|sluttede|afsluttet|afsluttedes|slut)\b[^\n]{0,30}$", re.I
)


def site_footer(lines: list[Line], furniture_at: set[int]) -> set[int]:
    """Indexes of a web page's footer below its last control ("Til toppen" / "Assens
    Kommune" / "Rådhus Allé 5" / "5610 Assens" / "Tlf. …" / "Følg os"): the lines at the
    document's end, each furniture or a footer line, under a control (a box of related
    links between them, "Læs også" over its links, included); else none."""
    block: list[int] = []
    controls = furniture_at
    for pos in range(len(lines) - 1, -1, -1):
        line = lines[pos]
        if line.blank:
            continue
        footer = len(line.clean) <= 60 and _FOOTER_LINE.match(line.clean.strip()) is not None
        if not footer and len(line.clean) <= 120:
            footer = _FOOTER_LINKS.fullmatch(line.clean.strip()) is not None
        if not footer and len(line.clean) <= 140 and _FOOTER_PARTS.search(line.clean):
            # "Holstebro Kommune * Kirkestræde 11 * 7500 Holstebro * tlf. …": the footer's
            # lines on one, parted by stars, dots or bars
            parts = _FOOTER_PARTS.split(line.clean.strip())
            footer = all(_FOOTER_LINE.match(part.strip()) for part in parts)
        if not (footer or line.index in furniture_at):
            if block and line.clean[:1] in "Mm" and _MEETING_CLOSED.match(line.clean):
                # ("Mødet hævet kl. 18:40." / "Ærø Kommune" / "Statene 2" / …: the page's
                # footer right under the line closing the minutes, which opens it as a
                # control would)
                controls = furniture_at | {block[-1]}
                break
            box = _related_links_over(lines, pos, furniture_at) if block else []
            if box:
                # ("Læs også" / "Mødeplan for udvalget" / "<X> Kommune" / …: the box's
                # heading opens the footer as a control would)
                block += [lines[k].index for k in box]
                controls = furniture_at | {block[-1]}
            elif block and _contact_line(line.clean):
                # ("Kontakt: Sekretariatet, tlf. …" / "Senest opdateret …": the page's contact
                # box over its date opens the footer, no text of the last item's decision)
                block.append(line.index)
                controls = furniture_at | {line.index}
            break
        block.append(line.index)
    if len(block) > 14:
        return set()
    while block and block[-1] not in controls:
        block.pop()  # the block opens with the control above the footer
    return set(block) if any(k not in furniture_at for k in block) else set()


@last_document_memo
def furniture(lines: list[Line]) -> set[int]:
    """Indexes of furniture lines; on a printable web page also the navigation above it,
    in a pasted e-mail its header lines, in text printed from a PDF the page numbers and
    running headers."""
    # The hints the document holds at all (most hold none): no line holds another.
    whole = joined_lines(lines)
    hints = tuple(
        hint
        for hint, search in _HINT_SEARCHES
        if (hint in whole if search is None else search(whole) is not None)
    )
    # (a pager's step words in no line where the document holds none: no call for each line)
    pager = _holds_any(whole, _PAGER_CUES)
    # Tested once for each distinct text (blank lines and repeated headings are half of
    # a document's lines), the lines walked only where one is furniture.
    found = {
        text
        for text in distinct_texts(lines)
        # the first tests of is_furniture, without a call for most lines
        if text
        and (
            len(text) <= 45
            or hints
            or text[:4] in ("http", "<!--")
            or text[-1] in "])>}"
            # (one character first: found faster than the spaced mark)
            or ("/" in text and " / " in text)
            or ("=" in text and " = " in text)  # ("☒ = valgt   ☐ = ikke valgt": a legend)
            # a correction's stamp (a line led by no stamp word's letter is none)
            or (
                text[0] in _STAMP_STARTS and text.lstrip("> [")[:7].lower().startswith(_STAMP_WORDS)
            )
            or ("\t" in text and _tabbed_controls(text))
            or _long_menu_row(text)
            or text[:1] in _BACK_ARROWS
            or (pager and _item_pager(text))
        )
        and _furniture_text(text, hints)
    }
    out = {ln.index for ln in lines if ln.clean in found} if found else set()
    if found and any(text[:1] in "Pp" and text[-1:].isdigit() for text in found):
        out -= _pagers_heading_items(lines, out)
    if found and not found.isdisjoint(_OK_WORDS) and not any(h.lower() == "cookie" for h in hints):
        out -= _note_takers_ok(lines, out)
    if out and _task_head_in(whole):
        # (before the menus and footers, which grow from what is furniture here)
        out -= task_table_lines(lines)
    if found and any(text[:2] == "[O" or text[:2] == "[I" for text in found):
        out |= _post_message(lines, out)
    out |= mail_envelope(lines)
    out |= sidebars(lines)
    out |= crumb_trail(lines)
    if "rame" in whole or "RAME" in whole:  # ("[Frame: menu]": few texts have frames)
        out |= frame_menus(lines)
    out |= archive_banner(lines)
    out |= committee_menu(lines)
    out |= item_jump_menu(lines)
    if "cookie" in hints or "Cookie" in hints or "COOKIE" in hints:
        out |= consent_banner(lines, out)
    out |= covering_letter(lines, out)
    if out:
        out |= top_menu(lines, out)
        out |= menu_between_controls(lines, out)
        out |= site_logo(lines, out)
    if out:
        out |= site_footer(lines, out)
    pages = page_numbers(lines)
    if pages:
        pages = _without_item_numbers(lines, pages)
    out |= pages
    out |= continuation_notes(lines)
    heads = running_heads(lines, out, pages)
    out |= heads
    if heads and not pages:
        # ("3" / "Byrådet, 29-09-2016   Langeland Kommune": pdftotext's page number alone)
        out |= _numbers_over_heads(lines, heads)
    elif not pages:
        # ("1" / blank lines / "Ældrerådet   12-06-2018" / … / "2": a short document's
        # pages counted by bare numbers, its head too rare to repeat)
        out |= counted_page_feet(lines)
    if pages:
        undated = _undated_page_heads(lines, pages)
        out |= _second_page_head(lines, pages) | undated | _undated_page_feet(lines, pages)
        if undated:
            # ("Økonomiudvalget" / "04-06-2024" under each page footer: the header's second
            # line, a date alone that reads as a case number to the dated headers' test)
            out |= _lines_below(lines, undated, out)
        out |= _footer_over_page_number(lines, pages)
    last = next((ln for ln in reversed(lines) if ln.clean), None)
    if last is not None and last.clean[:1] in "UuPp" and _PRINT_STAMP.match(last.clean):
        out.add(last.index)  # "Udskrevet 07-10-2020 08:14" closing the printout
    marker = next(
        (ln for ln in lines[:80] if len(ln.clean) == 19 and _PRINT_MARKER.match(ln.clean)), None
    )
    if marker is not None:
        out.update(ln.index for ln in lines[: marker.index] if not ln.blank)
    return out


#: Blank lines under a page's bare number before the next page's first line (pdftotext
#: sets the page's foot apart from the next page's head by a run of them, or a form feed).
_PAGE_GAP = 2
#: A line ``counted_page_feet`` may read as a page's number: one to three characters (form
#: feeds before them), each a word's (every character ``str.isdecimal`` accepts is one), tried
#: at the lines' starts only.
_bare_number_in = line_start_test(re.compile(r"^\f*\w{1,3}$", re.MULTILINE))


def counted_page_feet(lines: list[Line]) -> set[int]:
    """Indexes of the pages' bare numbers in text printed by ``pdftotext -layout`` where no
    running header repeats to prove them (a document of two or three pages): the numbers
    alone on their lines, each but the last with a run of blank lines (or a form feed)
    under it, counting on by one from page 1 or 2, the last closing the text; and the
    line right under each but the last where it names a body and a date alone
    ("Ældrerådet   12-06-2018": the next page's head, see ``_dated_body``). Else none:
    a number alone may be an item's, or a table's cell."""
    if not _bare_number_in(joined_lines(lines)):
        return set()  # (the cheap gate: most documents have no number alone on a line)
    feet: list[tuple[int, int]] = []
    last = max((k for k, ln in enumerate(lines) if not ln.blank), default=-1)
    for k, line in enumerate(lines):
        text = line.clean.lstrip("\f")
        if not (0 < len(text) <= 3 and text.isdecimal()):
            continue  # (isdecimal, not isdigit: a footnote's "²" alone is no page's number)
        gap = next((j for j in range(k + 1, len(lines)) if not lines[j].blank), len(lines))
        if k == last or gap - k > _PAGE_GAP or lines[gap].clean[:1] == "\f":
            feet.append((k, int(text)))
    numbers = [n for _, n in feet]
    if (
        len(feet) < 2
        or feet[-1][0] != last
        or numbers[0] not in (1, 2)
        or any(b != a + 1 for a, b in pairwise(numbers))
    ):
        return set()
    out = {lines[k].index for k, _ in feet}
    for k, _ in feet[:-1]:
        head = next((ln for ln in lines[k + 1 :] if not ln.blank), None)
        if head is not None and _dated_body(head.clean.lstrip("\f")):
            out.add(head.index)
    return out


def _numbers_over_heads(lines: list[Line], heads: set[int]) -> set[int]:
    """Indexes of the pages' bare numbers in text printed by ``pdftotext -layout`` (a
    number alone on its line at each page's foot, the next page's running header under
    it): the numbers right over the running headers ``heads`` where two or more of them
    count on by one (3, 4, 5), and the last page's, the next number, closing the text.
    Else none (a number over one header may be an item's)."""
    found: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        if line.index not in heads:
            continue
        above = next((j for j in range(k - 1, -1, -1) if not lines[j].blank), None)
        text = lines[above].clean if above is not None else ""
        if above is not None and len(text) <= 3 and text.isdecimal():
            found.append((above, int(text)))
    numbers = [n for _, n in found]
    if len(found) < 2 or any(b != a + 1 for a, b in pairwise(numbers)):
        return set()
    out = {lines[k].index for k, _ in found}
    last = next((ln for ln in reversed(lines) if not ln.blank), None)
    if last is not None and last.clean == str(numbers[-1] + 1):
        out.add(last.index)
    return out


#: "Punkt 3 af 14" alone on its line: an accordion's pager, or the item's own heading.
#: (spaced as ``_CONTROLS`` writes it: only a line read as furniture is asked)
_PAGER = re.compile(r"^punkt \d{1,3} af \d{1,3}$", re.IGNORECASE)
#: A line opening with an item's number ("3. Title", "03 Title", "Punkt 3: Title").
_NUMBERED_START = re.compile(r"^(?:#{1,4}\s+)?(?:(?:punkt|pkt\.?)\s*)?\d", re.IGNORECASE)


def _pagers_heading_items(lines: list[Line], out: set[int]) -> set[int]:
    """Indexes of the pager lines ("Punkt 3 af 14") that head their items: where no pager of
    the document has a numbered heading under it ("Punkt 3 af 14" / "ØU/BY - Title", not
    "3. Title"), each counts the points as "Dagsordenspunkt 2 af 7" does (see
    ``headings._counted``) and is the item's heading, no control over a heading of its own
    (read as furniture, the minutes lost every item and were rejected)."""
    pagers = [
        k
        for k, ln in enumerate(lines)
        if ln.index in out and ln.clean[:1] in "Pp" and _PAGER.match(ln.clean.strip())
    ]
    for k in pagers:
        under = (ln.clean.strip() for ln in lines[k + 1 : k + 4] if ln.index not in out)
        below = next((text for text in under if text), "")
        if not below or _NUMBERED_START.match(below):
            return set()  # a pager over a numbered heading (or over nothing): all are pagers
    return {lines[k].index for k in pagers}


#: "OK" alone on its line: a page's button (a cookie notice's), or a note taker's word.
_OK_WORDS = frozenset({"OK", "Ok", "ok", "OK.", "Ok."})


def _note_takers_ok(lines: list[Line], out: set[int]) -> set[int]:
    """Indexes of the "OK" lines right under a sentence of the notes ("… fra kl. 07." /
    "OK") or under a decision's label ("Beslutning" / "OK": an intranet protocol's whole
    decision): the note taker's approval of what was put forward, no page's button (on a
    page without a cookie notice)."""
    return {
        line.index
        for k, line in enumerate(lines)
        if k
        and line.clean in _OK_WORDS
        and lines[k - 1].index not in out
        and (lines[k - 1].clean[-1:] == "." or _decision_label(lines[k - 1]))
    }


def _decision_label(line: Line) -> bool:
    """Whether ``line`` is a decision's label alone ("Beslutning", "Beslutning:")."""
    key = heading_key(line) if not line.blank else None
    return key is not None and key[0] == "beslutning"


#: The head row of a task table alone on its line (see ``vocab.TASK_TABLE_HEAD``).
_TASK_HEAD_ROW = re.compile(rf"^{TASK_TABLE_HEAD}$", re.IGNORECASE)
#: ``_TASK_HEAD_ROW`` anywhere in a document's lines, tried at the lines' starts only.
_task_head_in = line_start_test(re.compile(rf"^{TASK_TABLE_HEAD}$", re.IGNORECASE | re.MULTILINE))


def task_table_lines(lines: list[Line]) -> set[int]:
    """Indexes of the task tables' lines: a head row "Hvem | Hvad | Hvornår" and the rows
    under it with as many cells ("Rikke S. | bestille inspektør | 15/11"), whose bars make
    them look like a page's breadcrumb trail; a staff's agreed actions, no furniture."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if line.blank or line.clean[:1] not in "HhAa" or not _TASK_HEAD_ROW.match(line.clean):
            continue
        bar = "|" if "|" in line.clean else "\t"
        cells = line.clean.count(bar)
        out.add(line.index)
        for row in lines[k + 1 :]:
            if row.blank or row.clean.count(bar) != cells:
                break
            out.add(row.index)
    return out
