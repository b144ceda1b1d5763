"""Items whose number is written under their headline, not before it (pure).

A news post summing up a meeting for citizens ("Nyt fra byrådet", "Kort nyt fra
byrådsmødet") gives each item a headline of its own and writes the agenda's number on the
line under it, with the case number (``Punkt 4 | Sagsnr. 21/4410``, ``Pkt. 6 · Sag
21/11207``, ``Punkt 12`` alone), or in a reference line closing the item's text (``Se
punkt 4 i dagsordenen (sagsnr. 16/021944)``, ``Læs punkt 7 på dagsordenen, sag 24/113``).
Read as they stand, the number line became a heading whose title is the case, or the
headlines were read unnumbered and the page's own headline taken for an item. Rewritten,
the headline is the numbered heading it means (``4. Title``) and the case stands on the
line under it (``Sagsnr. 21/4410``), which the item grammar reads as every other item.
Used only where two or more headlines are numbered so.

A printed protocol may instead set the number at the right of the title's own line
(``Title<TAB>Punkt 4``: an agenda system's PDF with the number right-aligned, a Word
table's two cells), a long title wrapping onto the line below, which a PDF reads as a
heading of its own (``## 2017``). Rewritten, the row is the numbered heading
it means (``4. Title …``), its wrapped rest joined to it (:func:`numbers_right_of_titles`).
"""

from __future__ import annotations

import re
from string import ascii_letters

from analysis.parse import (
    Line,
    heading_key,
    holds_after,
    holds_before,
    line_numbers,
    line_start_test,
    match_case_number,
)
from analysis.vocab import CONTENTS_HEADS

#: "Punkt 4 | Sagsnr. 21/4410", "Pkt. 6 · Sag 21/11207", "Punkt 12": the item's number
#: (and its case) on the line under the headline.
_NUMBER_LINE = re.compile(
    r"^(?:punkt|pkt\.?|dagsordenspunkt)\s*(?:nr\.?\s*)?(?P<num>\d{1,3})"
    # ("Punkt 2 af 9 · …": the agenda's count after the number, a web page's pager)
    r"(?:\s+af\s+\d{1,3})?"
    # ("Pkt. 3 Sagsnr.: 06.02.03-P20-2-21": a space alone before the case's own label)
    r"(?:(?:\s*[|·•,–—-]\s*|\s+(?=sagsnr|sags?nummer|j\.\s?nr))"
    # ("Punkt 2 af 9 · Åben sag · Sagsnummer 26/00415": the open mark before the case)
    # ("Punkt 1 af 11 | Åben | Sagsnr. …": the mark's word alone, its noun left out)
    r"(?:åbent?\s+(?:punkt|sag)(?:\s*[|·•,–—-]\s*(?=sag|j\.))?"
    r"|åbent?(?:\s*[|·•,–—-]\s*(?=sag|j\.)|\s*$))?"
    r"(?:(?P<case>(?:sagsnr\.?|sags?nummer|sag|j\.\s?nr\.?)\s*:?\s*\S+)"
    # ("Punkt 5 · Lukket punkt": a closed item's mark where the case would stand)
    r"|(?P<shut>lukket(?:\s+(?:punkt|sag))?))?)?\s*$",
    re.IGNORECASE,
)
#: "Se punkt 4 i dagsordenen (sagsnr. 16/021944)", "Læs punkt 7 på dagsordenen, sag
#: 24/113": a reference to the agenda's item closing the item's text.
_REFERENCE_LINE = re.compile(
    r"^(?:se|læs)\s+(?:hele\s+sagen\s+(?:under|i)\s+)?(?:punkt|pkt\.?)\s*(?P<num>\d{1,3})\s+"
    r"(?:i|på)\s+dagsordenen\s*[(,:–—-]?\s*"
    r"(?P<case>(?:sagsnr\.?|sags?nummer|sag|j\.\s?nr\.?)\s*:?\s*[^\s()]+)?\)?\s*\.?$",
    re.IGNORECASE,
)
#: A headline: a capitalised line without a full stop at its end, a markdown heading's
#: marks allowed before it.
_HEADLINE = re.compile(r"^(?P<mark>#{1,4}\s+)?(?P<title>[A-ZÆØÅ0-9\"«][^\n]{1,150}[^.\s:])$")
#: "Oqaluuserisassaq 1": one word and a number, a heading's label (not a headline).
_LABEL_AND_NUMBER = re.compile(r"^\w+\.?\s+\d{1,3}$")
#: A line (stripped, as the readers below take it) that may be a number line or a reference
#: line: their starts, looked for at the lines' starts of the whole text at once.
_may_number_under = line_start_test(
    re.compile(
        r"^\s*(?:punkt|pkt\.?|dagsordenspunkt)\s*(?:nr\.?\s*)?\d{1,3}(?:\s+af\s+\d{1,3})?"
        r"(?:\s*[|·•,–—-]|\s*$|\s+(?:sagsnr|sags?nummer|j\.\s?nr))",
        re.IGNORECASE | re.MULTILINE,
    )
)
_may_refer = line_start_test(
    re.compile(
        r"^\s*(?:se|læs)\s+(?:hele\s+sagen\s+(?:under|i)\s+)?(?:punkt|pkt\.?)\s*\d",
        re.IGNORECASE | re.MULTILINE,
    )
)
#: Rows needed for the text to be such a post.
_MIN_ITEMS = 2


def numbers_under_titles(text: str) -> str:
    """``text`` with each headline whose number is written under it (or in a reference line
    closing its text) as the numbered heading and the case line it means; as it was where
    fewer than two headlines are numbered so."""
    if not _may_number_under(text) and not _may_refer(text):
        return text  # (the cheap gate: no line can be a number line or a reference line)
    low = text[:20000].lower()
    if "punkt" not in low and "pkt" not in low:
        return text
    lines = text.split("\n")
    under = _under(lines)
    if len(under) >= _MIN_ITEMS:
        listed = _listed_above(lines, under)
        for k, (num, case) in under.items():
            m = _HEADLINE.match(lines[k].strip())
            assert m is not None
            lines[k] = f"{m.group('mark') or ''}{num}. {m.group('title')}"
            lines[_below(lines, k)] = case or ""
        for k, num in listed.items():
            lines[k] = f"{num}. {lines[k].strip()}"
        return "\n".join(lines)
    referred = _referred(lines)
    if len(referred) < _MIN_ITEMS:
        return text
    for k, (num, case, ref) in referred.items():
        m = _HEADLINE.match(lines[k].strip())
        assert m is not None
        lines[k] = f"{m.group('mark') or ''}{num}. {m.group('title')}"
        lines[ref] = ""
        if case:
            if not lines[k + 1].strip():
                lines[k + 1] = case  # the blank line under the heading holds the case
            else:
                lines[k] = f"{lines[k]}\n{case}"
    return "\n".join(lines)


#: "Meddelelser (2)", " Køb af ejendom (7)": a title with the item's number in brackets
#: after it (an older web system's headings and contents list).
#: ("Velkomst ved rådmanden [punkt 1]": the item's word in the brackets, square ones too)
_NUMBER_IN_BRACKETS = re.compile(
    # ("16.30 Velkomst ved rådmanden [punkt 1]": a programme's line, its slot first)
    r"^\s*(?P<slot>(?:[Kk]l\.\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?[ \t]+)?"
    r"(?P<title>[A-ZÆØÅ\"«][^\n]{1,150}?)\s+"
    r"(?:\((?P<num>\d{1,3})\)|[(\[](?:[Pp]unkt|[Pp]kt\.?)[ \t]*(?P<pnum>\d{1,3})[)\]])\s*$"
)
#: Headlines so numbered needed for the text to number its items so.
_MIN_AFTER = 3


def bracketed_numbers_after_titles(text: str) -> str:
    """``text`` with each title that carries its number in brackets after it (``Meddelelser
    (2)``), in the items' headlines and in a contents list repeating them, as the numbered
    heading it means (``2. Meddelelser``); as it was unless three or more headlines (a
    blank line above, text under) are numbered so, with numbers rising and titles apart
    (a count after a repeated word, ``Bilag (3)``, is no number)."""
    if not _may_hold_bracketed_numbers(text[:20000]):
        return text  # (the cheap gate)
    lines = text.split("\n")
    found = {k: m for k, line in enumerate(lines) if (m := _NUMBER_IN_BRACKETS.match(line))}
    heads = [
        k
        for k in found
        if (k == 0 or not lines[k - 1].strip())
        and k + 1 < len(lines)
        and lines[k + 1].strip()
        and not found[k].group("slot")
    ]
    numbers = [int(_num(found[k])) for k in heads]
    titles = {found[k].group("title") for k in heads}
    if (
        len(heads) < _MIN_AFTER
        or len(titles) < len(heads)
        or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False))
    ):
        return text
    pairs = {(found[k].group("title"), _num(found[k])) for k in heads}
    for k, m in found.items():
        if (m.group("title"), _num(m)) in pairs:
            # (the programme's slot as the time box after the title, a span's or a start's)
            slot = (m.group("slot") or "").strip()
            lines[k] = f"{_num(m)}. {m.group('title')}" + (f" ({slot})" if slot else "")
    return "\n".join(lines)


def _num(m: re.Match[str]) -> str:
    """The number a bracket after a title holds, bare or after the item's word."""
    return m.group("num") or m.group("pnum")


_BRACKET_END = re.compile(r"\(\d{1,3}\)[^\S\n]*$", re.M)  # (the white space "\s*$" reads)
#: "[punkt 1]", "(pkt. 1)" closing a line; looked for only where a bracket opens on the
#: item's word (one alternation of both forms costs a hundred times the bare one's search).
_WORD_BRACKET_END = re.compile(r"[(\[](?:[Pp]unkt|[Pp]kt\.?)[ \t]*\d{1,3}[)\]][^\S\n]*$", re.M)
_ITEM_WORDS = ("punkt", "Punkt", "pkt", "Pkt")


def _may_hold_bracketed_numbers(head: str) -> bool:
    """The cheap gate: a bracketed number closing a line, bare or after the item's word."""
    return _BRACKET_END.search(head) is not None or (
        (holds_after(head, "[", _ITEM_WORDS) or holds_after(head, "(", _ITEM_WORDS))
        and _WORD_BRACKET_END.search(head) is not None
    )


def _case(value: str | None) -> str | None:
    """ "Sagsnr. 21/4410" as the case line the item grammar reads ("Sag 24/1" written with
    the label's usual word)."""
    if not value:
        return None
    number = re.split(r"[\s:]+", value.strip(), maxsplit=1)[-1].strip()
    return f"Sagsnr. {number}"


def _below(lines: list[str], k: int) -> int:
    """The line under line ``k`` that may hold its number: the next, or the one after a
    blank line under a markdown heading (a PDF's headline set apart from its number row),
    or under any line where the number line has an item's field as the next paragraph
    after it (every line of the text a paragraph of its own, as a Word file's text gives
    it: ``Title`` / ``Punkt 3`` / ``Beslutning``, a blank line between each two)."""
    if k + 2 < len(lines) and not lines[k + 1].strip():
        if lines[k].startswith("#"):
            return k + 2
        below = lines[k + 2].strip()
        if (
            below[:1] in "PpDd"
            and k + 3 < len(lines)
            and not lines[k + 3].strip()
            and _NUMBER_LINE.match(below)
            and _field_under(lines, k + 3)
        ):
            return k + 2
    return k + 1


def _under(lines: list[str]) -> dict[int, tuple[str, str | None]]:
    """The headlines with their number (and case) on the line right under them."""
    out: dict[int, tuple[str, str | None]] = {}
    for k in range(len(lines) - 1):
        below = lines[_below(lines, k)].strip()
        if below[:1] not in "PpDd" or not _NUMBER_LINE.match(below):
            continue
        line = lines[k].strip()
        if not _HEADLINE.match(line) or (k and lines[k - 1].strip()):
            continue  # a headline has a blank line (or the text's start) above it
        m = _NUMBER_LINE.match(below)
        assert m is not None
        if _heading_under(lines, _below(lines, k)):
            # "## Indledende punkter" / "Punkt 1" / "## Godkendelse af dagsorden": a web
            # page's item block, its number over its own heading; the heading above heads
            # the group of items (or closes the item before), it is no headline
            continue
        if _LABEL_AND_NUMBER.match(line) and line.split()[-1].lstrip("0") == m.group("num"):
            # "Oqaluuserisassaq 1" over "Dagsordenspunkt 1": the label in a second language
            # with the same number (a bilingual heading), not a headline
            continue
        # (a closed item's mark stays under its heading, as an agenda print writes it)
        out[k] = (m.group("num"), _case(m.group("case")) or (m.group("shut") and "Lukket punkt"))
    return out


def _heading_under(lines: list[str], at: int) -> bool:
    """The next line with text under the number line ``at`` is a markdown heading that
    reads as a title (the item's own heading, under its number); a section's label set as
    a heading ("## Sagsfremstilling", a PDF's bold label) is none."""
    for k in range(at + 1, min(at + 3, len(lines))):
        line = lines[k].strip()
        if line:
            return (
                line[:1] == "#"
                and _HEADLINE.match(line) is not None
                and heading_key(Line(0, line.lstrip("#").strip(), 0)) is None
            )
    return False


def _listed_above(lines: list[str], under: dict[int, tuple[str, str | None]]) -> dict[int, str]:
    """The lines of an unnumbered contents list above the first such headline (the same
    titles, one a line, right under ``Indholdsfortegnelse``) with the number the headline
    repeating each is given, so that they read as the numbered list they stand for; none
    where fewer than two of the titles are listed so."""
    numbers = {}
    for k, (num, _) in under.items():
        m = _HEADLINE.match(lines[k].strip())
        assert m is not None
        numbers[m.group("title")] = num
    head = next((k for k in range(min(under)) if _CONTENTS_HEAD.match(lines[k].strip())), None)
    if head is None:
        return {}
    listed: dict[int, str] = {}
    for k in range(head + 1, min(under)):
        if lines[k].strip() not in numbers:
            break
        listed[k] = numbers[lines[k].strip()]
    if len(set(listed.values())) < _MIN_ITEMS or len(listed) != len(set(listed.values())):
        return {}
    return listed


#: "Indholdsfortegnelse", "Indhold": the head of a contents list.
_CONTENTS_HEAD = re.compile(rf"^(?:{CONTENTS_HEADS}|dagsordenspunkter)\s*:?$", re.I)


def _referred(lines: list[str]) -> dict[int, tuple[str, str | None, int]]:
    """The headlines whose text closes with a reference to the agenda's item: the
    headline's position, the number, the case and the reference line's position."""
    out: dict[int, tuple[str, str | None, int]] = {}
    heading: int | None = None
    for k, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if line[:1] in "SsLl" and _REFERENCE_LINE.match(line):
            m = _REFERENCE_LINE.match(line)
            assert m is not None
            if heading is not None and heading not in out:
                out[heading] = (m.group("num"), _case(m.group("case")), k)
            heading = None
            continue
        if line[:1] == "#" and _HEADLINE.match(line):
            heading = k
    return out


#: "Valg af borgmester<TAB>Punkt 2", "Title      Pkt. 4": a title, a cell's gap (a tab or
#: a run of spaces), then the item's number alone at the row's right end.
_NUMBER_CELL = re.compile(
    r"^(?P<title>(?-i:[A-ZÆØÅ0-9\"«])[^\t]{1,150}?)(?:[ ]*\t[ \t]*|[ ]{3,})"
    # ("TEKNISK UDVALG<gap>Sag nr. 42": a running head's case number, see
    # :func:`_running_head`)
    r"(?P<label>(?-i:P(?:unkt|UNKT|kt|KT)\.?|(?P<case>S(?:ag|AG)\s+(?:nr|NR)\.?))"
    r"\s*(?P<num>\d{1,3}[a-z]?))\s*$",
    re.IGNORECASE,
)
#: A wrapped title's rest read as a heading of its own ("## 2017", "## udvalgene"); not a
#: numbered heading ("## 5. Title") of the next item.
_WRAPPED_REST = re.compile(r"^#{1,4}\s+(?P<rest>(?!\d{1,3}[.)]\s)[^\t]{1,100})$")


def numbers_right_of_titles(text: str, gapped: bool | None = None) -> str:
    """``text`` with each title row whose item number stands at its right end
    (``Title<TAB>Punkt 4``) as the numbered heading it means (``4. Title``), a wrapped
    rest of the title in the heading line under it joined on; as it was where fewer than
    two rows are numbered so. A running head over each item (see :func:`_running_head`)
    is taken off, the number left over the title. ``gapped``: whether the text has two
    spaces in a row (looked for here when not given)."""
    if not _label_after_gap(text, "  " in text if gapped is None else gapped):
        return text  # (the cheap gate: a number cell after a tab or a run of spaces)
    lines = text.split("\n")
    rows = {
        k: m
        for k, line in enumerate(lines)
        if line[:1].strip() and (m := _NUMBER_CELL.match(line.rstrip()))
    }
    if len(rows) < _MIN_ITEMS:
        rows = _indented_rows(lines)
    if len(rows) < _MIN_ITEMS:
        return text
    if _running_head(rows):
        for k, m in rows.items():
            lines[k] = m.group("label")  # (the title is the line under it)
        return "\n".join(lines)
    rows = {k: m for k, m in rows.items() if not m.group("case")}
    if len(rows) < _MIN_ITEMS:
        return text
    rows = {**rows, **_closed_gaps(lines, rows)}
    # (after the gaps closed: a contents list lists every row's number)
    rows |= _leader_rows(lines, {m.group("num") for m in rows.values()})
    for k, m in rows.items():
        title = m.group("title").strip()
        j = k + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        rest = _WRAPPED_REST.match(lines[j].strip()) if j < len(lines) and j - k <= 2 else None
        if rest and heading_key(Line(0, rest.group("rest"), 0)) is None and j not in rows:
            # ("## 2017" under "… 31. december<TAB>Punkt 2": the title's wrapped rest, in
            # the heading's type; not a section's label such as "## Beslutning")
            title = f"{title} {rest.group('rest').strip()}"
            lines[j] = ""
        lines[k] = f"{m.group('num')}. {title}"
    return "\n".join(lines)


#: "Budgetopfølgning pr. 30. september – Miljø- og Teknikudvalgets område Pkt. 3": a title
#: so long that one space is left before its number (see :func:`_closed_gaps`).
_TIGHT_CELL = re.compile(
    r"^(?P<title>(?-i:[A-ZÆØÅ0-9\"«])[^\t]{1,150}?) (?P<label>(?-i:P(?:unkt|UNKT|kt|KT)\.?)"
    r"\s*(?P<num>\d{1,3}))\s*$"
)


def _closed_gaps(lines: list[str], rows: dict[int, re.Match[str]]) -> dict[int, re.Match[str]]:
    """The rows whose number's gap the title filled (one space left before ``Pkt. 3``),
    each where the numbered rows skip its number: between the rows of the numbers before
    and after it."""
    out: dict[int, re.Match[str]] = {}
    at = sorted(rows)
    for a, b in zip(at, at[1:], strict=False):
        low, high = rows[a].group("num"), rows[b].group("num")
        if not (low.isdigit() and high.isdigit() and int(high) == int(low) + 2):
            continue
        for k in range(a + 1, b):
            m = _TIGHT_CELL.match(lines[k].rstrip()) if lines[k][:1].strip() else None
            if m is not None and int(m.group("num")) == int(low) + 1:
                out[k] = m
                break
    return out


#: "Godkendelse af dagsorden ........ Pkt. 1": a contents line leading to the item's number
#: (not its page) by a dot leader.
_LEADER_CELL = re.compile(
    r"^(?P<title>(?-i:[A-ZÆØÅ0-9\"«])[^\t]{1,150}?)[ ]*(?:\.[ ]?){4,}[ ]*"
    r"(?P<label>(?-i:P(?:unkt|UNKT|kt|KT)\.?)\s*(?P<num>\d{1,3}[a-z]?))\s*$",
    re.IGNORECASE,
)


def _leader_rows(lines: list[str], numbers: set[str]) -> dict[int, re.Match[str]]:
    """The contents lines over rows numbered at their right end that lead to the same
    numbers by a dot leader (``Title ..... Pkt. 4``): the list of the items the rows head,
    written as they are (``4. Title``), so it reads as the contents list it is, not as the
    titles of pages 1, 2, 3 … (only where the lines list the rows' numbers, each once)."""
    found = {
        k: m
        for k, line in enumerate(lines)
        if (".." in line or ". ." in line) and (m := _LEADER_CELL.match(line.strip()))
    }
    listed = [m.group("num") for m in found.values()]
    return found if len(listed) == len(numbers) and set(listed) == numbers else {}


#: The widest left margin of a page printed as text that a row may stand in.
_MARGIN = 12


def _indented_rows(lines: list[str]) -> dict[int, re.Match[str]]:
    """The rows ``_NUMBER_CELL`` reads in a PDF printed as text with its layout kept
    (``pdftotext -layout``: every line of the page set in by the page's left margin,
    ``     Title<gap>Pkt. 4``), where two or more such rows stand at one margin."""
    rows: dict[int, re.Match[str]] = {}
    margins: set[int] = set()
    for k, line in enumerate(lines):
        if line[:1] != " ":
            continue
        body = line.lstrip(" ")
        margin = len(line) - len(body)
        if margin <= _MARGIN and (m := _NUMBER_CELL.match(body.rstrip())):
            rows[k] = m
            margins.add(margin)
    return rows if len(margins) == 1 else {}


#: The number cell's label in the cases ``_NUMBER_CELL`` reads, as a row's right end.
_CELL_LABELS = ("Punkt", "PUNKT", "Pkt", "PKT", "Sag", "SAG")


def _label_after_gap(text: str, gapped: bool) -> bool:
    """Whether a run of three spaces, or a tab (spaces or tabs after it), stands before an
    item's number label (``_CELL_LABELS``): the cheap test before ``_NUMBER_CELL``, found by
    a scan for the capitals (only in a ``gapped`` text, one with two spaces in a row) and
    for the tabs."""
    if gapped and (holds_before(text, "P", "   ") or holds_before(text, "S", "   ")):
        return True
    at = text.find("\t")
    while at >= 0:
        end = at + 1
        while end < len(text) and text[end] in " \t":
            end += 1
        if text.startswith(_CELL_LABELS, end):
            return True
        at = text.find("\t", end)
    return False


def _running_head(rows: dict[int, re.Match[str]]) -> bool:
    """Whether the number rows are a printed protocol's running head over each item
    ("TEKNISK UDVALG<gap>Sag nr. 42" over the title's own line: the forum at the left,
    the item's number at the right), not titles numbered at their right: every row's left
    part is one text without a digit, and the numbers rise."""
    heads = {m.group("title").strip().casefold() for m in rows.values()}
    if len(heads) != 1 or any(c.isdigit() for c in next(iter(heads))):
        return False
    numbers = [int(m.group("num").rstrip(ascii_letters)) for m in rows.values()]
    return numbers == sorted(set(numbers))


#: "Title                 3": a title, a gap of spaces, then the item's bare number alone
#: at the row's right end (a PDF's heading row, the number set flush right).
#: (or "Title                 3.": the number with its full stop, as a protocol numbers)
_BARE_NUMBER_CELL = re.compile(
    r"^(?P<title>[A-ZÆØÅ\"«][^\t]{1,150}?[^\s.,-])(?:[ ]{3,}|[ ]*\t[ \t]*)"
    r"(?P<open>\()?(?P<num>\d{1,3})(?(open)\)|\.?)[ \t]*$",
    re.MULTILINE,
)
#: A number alone at a line's end after a gap of three spaces or more (led by its literal,
#: which the regex engine looks for fast: the cheap gate).
_SPACED_END = re.compile(r"   [ \t]*\(?\d{1,3}[).]?[ \t]*$", re.MULTILINE)
#: The same after a tab (the gap as a PDF's text or a table's copy gives it).
_TABBED_END = re.compile(r"\t[ \t]*\(?\d{1,3}[).]?[ \t]*$", re.MULTILINE)


#: A rule of ten marks or more alone on its line: the end of an item's block.
_BLOCK_RULE = re.compile(r"^\s*([-=_])\1{9,}\s*$")


def _field_under(lines: list[str], k: int) -> bool:
    """Whether the next line with text under line ``k`` is an item's field: a section's
    label ("Beslutning …", "Sagsfremstilling", set as a heading too) or its case number
    ("Sagsnr.: 21/7701"); or a rule closing the item's block (an agenda's item with no
    text, "Eventuelt   (8)" over "-----": a contents list draws none between its rows)."""
    for line in lines[k + 1 : k + 3]:
        if line.strip():
            # ("## Beslutning": a PDF's bold label, read as a markdown heading)
            first = line.strip().lstrip("#").strip().split("  ")[0]
            return (
                heading_key(Line(0, first, 0)) is not None
                or match_case_number(first) is not None
                or (first[:1] in "-=_" and _BLOCK_RULE.match(first) is not None)
            )
    return False


def _run_filled(
    lines: list[str], cells: dict[int, re.Match[str]], rows: list[tuple[int, re.Match[str]]]
) -> list[tuple[int, re.Match[str]]]:
    """``rows`` (a run counting on by one) with the rows of the same form that number on
    from its last or up to its first with a paragraph of text under them rather than a
    field ("Spørgetid for borgerne      5." over "Der var ingen spørgsmål …"): each after
    a blank line, and the next line with text under it no such row (a contents list's)."""
    lone = [(k, m) for k, m in cells.items() if _lone_heading(lines, k, cells)]
    head: list[tuple[int, re.Match[str]]] = []
    for k, m in reversed([(k, m) for k, m in lone if k < rows[0][0]]):
        if int(m["num"]) != int((head or rows)[0][1]["num"]) - 1:
            break
        head.insert(0, (k, m))
    tail: list[tuple[int, re.Match[str]]] = []
    for k, m in [(k, m) for k, m in lone if k > rows[-1][0]]:
        if int(m["num"]) != int((tail or rows)[-1][1]["num"]) + 1:
            break
        tail.append((k, m))
    return [*head, *rows, *tail]


def _lone_heading(lines: list[str], k: int, cells: dict[int, re.Match[str]]) -> bool:
    """Row ``k`` stands after a blank line and over text that is no such row."""
    if k == 0 or lines[k - 1].strip():
        return False
    under = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
    return under is not None and under not in cells


def bare_numbers_right_of_titles(text: str) -> str:
    """``text`` with each title row whose bare item number stands flush right (``Title
    <spaces> 4``) as the numbered heading it means (``4. Title``): only where two or more
    such rows count 1, 2, 3 … with no gap and each has an item's field (a section's label or
    its case number) right under it, so a contents list's page numbers (rows one under
    the other) and a figure closing a line of text stay as written; such a run goes on
    through the rows numbering on from it with text under them (see :func:`_run_filled`)."""
    spaced, tabbed = "   " in text, "\t" in text
    if not (spaced or tabbed):
        return text  # (the cheap gate: a PDF's text set out in columns of spaces or tabs)
    ends = [m.start() for m in _SPACED_END.finditer(text)] if spaced else []
    if tabbed:
        ends = sorted(ends + [m.start() for m in _TABBED_END.finditer(text)])
    if len(ends) < _MIN_ITEMS:
        return text  # (a number alone after the gap at two lines' ends)
    lines = text.split("\n")
    at = list(line_numbers(text, ends))  # (the ends are in order)
    cells = {k: m for k in sorted(set(at)) if (m := _BARE_NUMBER_CELL.match(lines[k].rstrip()))}
    rows = [(k, m) for k, m in cells.items() if _field_under(lines, k)]
    numbers = [int(m.group("num")) for _, m in rows]
    if len(rows) < _MIN_ITEMS or numbers != list(range(numbers[0], numbers[0] + len(rows))):
        return text
    rows = _run_filled(lines, cells, rows)
    for k, m in rows:
        lines[k] = f"{m.group('num')}. {m.group('title').strip()}"
    return "\n".join(lines)


#: "## 2 af 7 Kvalitetsrapport …": a web page's fold-out item heading that counts the points
#: before the title (the item's number, "af" and the agenda's total), no item's word before.
_COUNTED_HEADING = re.compile(
    r"^(?P<mark>#{1,4}\s+)?(?P<num>\d{1,3})\s+af\s+(?P<of>\d{1,3})\s+(?P<title>[A-ZÆØÅ\"«].*)$",
    re.MULTILINE,
)


_has_counted_heading = line_start_test(_COUNTED_HEADING)


def counted_headings(text: str) -> str:
    """``text`` with the headings that count the points before their titles ("2 af 7
    Title") as the numbered headings they are ("2. Title"): only where two or more such
    lines share one total and their numbers rise within it, so a ratio in a sentence
    ("3 af 5 Medlemmer …" once) stays as written."""
    if " af " not in text or not _has_counted_heading(text):
        return text  # (the cheap gates: "af", then the pattern at the lines' starts only)
    found = [m for m in _COUNTED_HEADING.finditer(text) if int(m.group("num")) <= int(m["of"])]
    if len(found) < _MIN_ITEMS or len({m["of"] for m in found}) > 1:
        return text
    numbers = [int(m["num"]) for m in found]
    if numbers != sorted(set(numbers)):
        return text
    return _COUNTED_HEADING.sub(
        lambda m: (
            f"{m['mark'] or ''}{m['num']}. {m['title']}"
            if int(m["num"]) <= int(m["of"])
            else m.group(0)
        ),
        text,
    )
