"""Word (.docx) -> the parser's plain-text form (python-docx opens the package).

The body is read in document order (paragraphs, tables and content controls, as Word
lays them out), one paragraph per line:

* Heading styles ("Heading 1-3", Danish Word's "Overskrift 1-3", "Title", or any style
  with an outline level, also through ``basedOn``) become markdown ``## text`` lines,
  except item headings ("Punkt 3: …"), which stay as they are: the parser finds items by
  their text. A heading numbered by Word (a numbering level with the text "Punkt %1:")
  gets its number written in front. Headings numbered "1. title" are not taken for
  items (unlike on web pages): a Word document from the agenda system writes "Punkt N".
* A short paragraph wholly bold and underlined (a heading formatted by hand, in notes
  typed without heading styles) becomes a ``## text`` line like a styled heading.
* A bold lead-in that is a known section heading or an item heading and is followed by a
  line break in the same paragraph ("**Beslutning**↵Godkendt.") is split onto its own
  line. Other bold text is plain text: the parser recognises known section headings
  written as plain lines, and promoting every bold sentence to a heading would invent
  sections.
* List paragraphs (List Bullet / List Number styles, Danish "Opstilling med punkttegn /
  tal", or any paragraph with numbering) become ``- text`` or ``N. text``. python-docx
  does not render Word's automatic numbering, so it is computed here from the numbering
  definitions: counters per list (a ``w:num`` with a start override starts its own list,
  as in Word), the level's format and its ``%1.`` text.
* Tables become tab-separated rows (cell paragraphs joined by a space; a vertically
  merged cell is empty in the rows it continues).
* Soft line breaks and page breaks inside a paragraph become a space; tabs are kept.
  Deleted tracked changes are left out and inserted ones kept (the "accepted" text);
  comments and footnotes are not read, nor hidden text (a run set "Skjult", ``w:vanish``,
  by itself, its character style or its paragraph's style): Word neither shows nor prints
  it, and editors leave notes to each other in it ("– tjek beløb med økonomi").
* A text box (Word's drawing shape or its older VML twin) is read where it is anchored:
  its paragraphs come as lines of their own before the anchoring paragraph's text. Word
  templates put the meeting's date, time and place in a box beside the title; a box
  saved both ways (``mc:AlternateContent``) is read once, from the part Word shows.
* The first section's page header (its first-page header where Word shows one) is read
  once, as lines above the body, so an owner, forum or date printed only there
  ("Region Syddanmark" / "Udvalg for Regional Udvikling") is the document's header; lines
  the body's own first lines repeat are left out, and the header is never read again.
* The first section's page footer is read only where neither the page header nor the
  body's first lines hold a date: its dated lines ("Møde 4/2025 · 8. april 2025 · Kl.
  9.00 · <place> · Side 1", the page number left out) then head the text.

Blank lines: a blank line separates paragraphs, as in the plain-text seeds. There is none
between consecutive list paragraphs or between the rows of one table, and none after a
paragraph whose own formatting sets "space after" to 0 (Word then shows no gap, so the
lines run on, like "Kommunaldirektøren indstiller," directly above "1. at …"). Empty
paragraphs, which Word users type to make a gap, always give a blank line.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from analysis.case_labels import CASE_NUMBER_LABEL
from analysis.dates import find_date
from analysis.read import Document, UnreadableDocument, without_invisible
from analysis.read.item_table import (
    concluded_cells,
    field_columns,
    field_row_items,
    item_rows,
    label_row_lines,
)
from analysis.vocab import SECTION_HEADINGS

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _merged_down(
    grid: list[list[list[str]]], spans: list[tuple[int, int, list[str]]]
) -> list[list[list[str]]]:
    """``grid`` with each cell merged from the one above (``spans``: row, cell, the merged
    cell's lines) holding those lines; ``grid`` itself where there is none."""
    if not spans:
        return grid
    out = [list(row) for row in grid]
    for row, cell, lines in spans:
        out[row][cell] = list(lines)
    return out


def _grid_span(tc) -> int:
    """How many of the table grid's columns the cell ``tc`` spans (``w:gridSpan``)."""
    span = tc.find(f"{_w('tcPr')}/{_w('gridSpan')}")
    if span is None:
        return 1
    try:
        return max(int(span.get(_VAL, "1")), 1)
    except ValueError:
        return 1


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _R, _T, _TBL, _TR, _TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
_SECT = _w("sectPr")
_PPR, _RPR, _VAL = _w("pPr"), _w("rPr"), _w("val")
_VANISH = _w("vanish")
#: Containers whose children are laid out as if they stood in the parent.
_WRAPPERS = {_w("customXml"), _w("ins"), _w("moveTo"), _w("smartTag")}
#: Inline content never read as the paragraph's text: deleted/moved-away text, drawings
#: and text boxes (a box's text is read before its paragraph, see ``_Reader.blocks``),
#: field instructions, note references, properties.
_SKIP_INLINE = {
    _w("del"),
    _w("moveFrom"),
    _w("drawing"),
    _w("pict"),
    _w("object"),
    f"{{{_MC}}}AlternateContent",
    _w("pPr"),
    _w("rPr"),
    _w("sdtPr"),
    _w("sdtEndPr"),
    _w("footnoteReference"),
    _w("endnoteReference"),
    _w("commentReference"),
}
_OFF = {"0", "false", "off", "none"}

_ITEM_HEAD = re.compile(r"^Punkt\s+\d{1,3}\s*[:.]\s*\S", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "titel"}
_LIST_STYLE = re.compile(
    r"^(?:list\s*(?P<en>bullet|number)|opstilling\s*med\s*(?P<da>punkttegn|tal))\s*(?P<n>\d)?$",
    re.IGNORECASE,
)
_BREAKS = re.compile(r"[ ]*\n[ ]*")
#: A bold lead-in longer than this is a sentence, not a heading.
_MAX_HEADING_CHARS = 80


def _on(el) -> bool:
    """Value of a Word on/off property element (``<w:b/>`` is on, ``w:val="0"`` off)."""
    return (el.get(_VAL) or "1").lower() not in _OFF


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# --- styles -----------------------------------------------------------------------------


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num: tuple[str, int] | None  # (numId, ilvl) from the style's numbering
    bold: bool | None
    italic: bool | None = None
    hidden: bool | None = None  # "Skjult" (``w:vanish``)


class _Styles:
    """Paragraph and character styles by id, with ``basedOn`` inheritance."""

    def __init__(self, styles_el) -> None:
        self.by_id: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        if styles_el is None:
            return
        for s in styles_el.iter(_w("style")):
            sid = s.get(_w("styleId"))
            if not sid:
                continue
            name_el = s.find(_w("name"))
            based = s.find(_w("basedOn"))
            ppr, rpr = s.find(_PPR), s.find(_RPR)
            outline = num = bold = italic = hidden = None
            if ppr is not None:
                ol = ppr.find(_w("outlineLvl"))
                outline = _int(ol.get(_VAL), 9) if ol is not None else None
                num = _numpr(ppr.find(_w("numPr")))
            if rpr is not None and rpr.find(_w("b")) is not None:
                bold = _on(rpr.find(_w("b")))
            if rpr is not None and rpr.find(_w("i")) is not None:
                italic = _on(rpr.find(_w("i")))
            if rpr is not None and rpr.find(_VANISH) is not None:
                hidden = _on(rpr.find(_VANISH))
            self.by_id[sid] = _Style(
                name=(name_el.get(_VAL) if name_el is not None else None) or sid,
                based_on=based.get(_VAL) if based is not None else None,
                outline=outline,
                num=num,
                bold=bold,
                italic=italic,
                hidden=hidden,
            )
            if s.get(_w("type")) == "paragraph" and s.get(_w("default")) in ("1", "true"):
                self.default_paragraph = sid

    def chain(self, sid: str | None) -> Iterator[tuple[str, _Style]]:
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen and len(seen) < 20:
            seen.add(sid)
            style = self.by_id[sid]
            yield sid, style
            sid = style.based_on

    def heading_level(self, sid: str | None) -> int | None:
        for style_id, style in self.chain(sid):
            for label in (style.name, style_id):
                key = label.strip().lower()
                m = _HEADING_STYLE.match(key)
                if m:
                    return int(m.group(1)) or None
                if key in _TITLE_STYLES:
                    return 1
            if style.outline is not None:
                return style.outline + 1 if style.outline < 9 else None
        return None

    def list_kind(self, sid: str | None) -> tuple[str, int] | None:
        """('bullet' | 'number', depth) when the style (or one it is based on) is a list."""
        for style_id, style in self.chain(sid):
            for label in (style.name, style_id):
                m = _LIST_STYLE.match(label.strip())
                if m:
                    word = (m.group("en") or m.group("da")).lower()
                    kind = "bullet" if word in ("bullet", "punkttegn") else "number"
                    return kind, max(_int(m.group("n"), 1) - 1, 0)
        return None

    def body_level(self, sid: str | None) -> bool:
        """Whether the style itself sets outline level 9 (body text) over a heading style it
        is based on: Word's contents heading ("TOC Heading", "Overskrift til
        indholdsfortegnelse"), no heading of the outline."""
        style = self.by_id.get(sid or "")
        return style is not None and style.outline == 9 and style.based_on is not None

    def numbering(self, sid: str | None) -> tuple[str, int] | None:
        for _, style in self.chain(sid):
            if style.num is not None:
                return style.num
        return None

    def bold(self, sid: str | None) -> bool | None:
        for _, style in self.chain(sid):
            if style.bold is not None:
                return style.bold
        return None

    def italic(self, sid: str | None) -> bool | None:
        for _, style in self.chain(sid):
            if style.italic is not None:
                return style.italic
        return None

    def hidden(self, sid: str | None) -> bool | None:
        for _, style in self.chain(sid):
            if style.hidden is not None:
                return style.hidden
        return None


def _numpr(numpr) -> tuple[str, int] | None:
    if numpr is None:
        return None
    num_id = numpr.find(_w("numId"))
    ilvl = numpr.find(_w("ilvl"))
    if num_id is None:
        return None
    return num_id.get(_VAL) or "0", _int(ilvl.get(_VAL) if ilvl is not None else None)


# --- numbering --------------------------------------------------------------------------


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


def _parse_lvl(lvl) -> _Level:
    def val(tag: str) -> str | None:
        el = lvl.find(_w(tag))
        return el.get(_VAL) if el is not None else None

    return _Level(val("numFmt") or "decimal", val("lvlText") or "", _int(val("start"), 0))


def _roman(n: int) -> str:
    out = []
    for value, sym in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def format_number(n: int, fmt: str) -> str:
    """One counter in a Word number format (decimal, lowerLetter, upperRoman …)."""
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class _Numbering:
    """Word's list numbering: definitions and the running counters."""

    def __init__(self, numbering_el) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.counters: dict[object, dict[int, int]] = {}
        if numbering_el is None:
            return
        for an in numbering_el.iter(_w("abstractNum")):
            levels = {_int(lvl.get(_w("ilvl"))): _parse_lvl(lvl) for lvl in an.iter(_w("lvl"))}
            self.abstract[an.get(_w("abstractNumId")) or ""] = levels
        for num in numbering_el.iter(_w("num")):
            aid_el = num.find(_w("abstractNumId"))
            starts: dict[int, int] = {}
            levels: dict[int, _Level] = {}
            for ov in num.iter(_w("lvlOverride")):
                ilvl = _int(ov.get(_w("ilvl")))
                so = ov.find(_w("startOverride"))
                if so is not None:
                    starts[ilvl] = _int(so.get(_VAL), 1)
                lvl = ov.find(_w("lvl"))
                if lvl is not None:
                    levels[ilvl] = _parse_lvl(lvl)
            aid = aid_el.get(_VAL) if aid_el is not None else ""
            self.nums[num.get(_w("numId")) or ""] = (aid or "", starts, levels)

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        if num_id not in self.nums:
            return None
        aid, _, own = self.nums[num_id]
        return own.get(ilvl) or self.abstract.get(aid, {}).get(ilvl)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The marker Word shows for the next paragraph of this list ("-" for bullets)."""
        lvl = self.level(num_id, ilvl)
        if lvl is None:
            return None
        if lvl.fmt == "bullet":
            return "-"
        if lvl.fmt == "none":
            return ""
        aid, starts, _ = self.nums[num_id]
        # A num with its own start override is a list of its own; otherwise nums sharing
        # an abstract definition continue one another, as Word counts them.
        key: object = ("num", num_id) if ilvl in starts else ("abstract", aid)
        counters = self.counters.setdefault(key, {})
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = starts.get(ilvl, lvl.start)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def fill(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            k_lvl = self.level(num_id, k) or lvl
            return format_number(counters.get(k, k_lvl.start), k_lvl.fmt)

        text = re.sub(r"%([1-9])", fill, lvl.text).strip()
        return text or format_number(counters[ilvl], lvl.fmt) + "."


# --- body -------------------------------------------------------------------------------


@dataclass
class _Block:
    lines: list[str] = field(default_factory=list)
    is_list: bool = False
    #: No blank line after this block (direct "space after" of 0).
    tight: bool = False
    spaced_before: bool = False
    #: A short paragraph wholly bold, no sentence and no known label ("Budget 2025"): an
    #: item's title where a note typed without heading styles has several (see ``text``).
    bold_title: bool = False

    @property
    def empty(self) -> bool:
        return not self.lines


class _Reader:
    def __init__(self, document) -> None:
        self.styles = _Styles(document.styles.element)
        try:
            numbering_el = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # pragma: no cover - package without one
            numbering_el = None
        self.numbering = _Numbering(numbering_el)
        self.body = document.element.body
        self.document = document
        self.warnings: list[str] = []
        #: A heading style (or a hand-made heading) was met: bold paragraphs stay text.
        self.styled = False
        #: How many such headings were met (one heading, the document's own title on its
        #: first line, leaves a note's bold titles to be read: see ``text``).
        self.headings = 0
        # Fallback numbering for list styles without numbering definitions.
        self._style_run: tuple[str | None, int] = (None, 0)
        if any(True for _ in self.body.iter(_STRIKE, _DSTRIKE)):
            # runs struck through by their formatting: corrections (``_drop_struck_runs``)
            for p in list(self.body.iter(_P)):
                _drop_struck_runs(p)

    # -- walking ------------------------------------------------------------------------

    def blocks(self, parent) -> Iterator[_Block]:
        for el in parent:
            tag = el.tag
            if tag == _P:
                for box in _text_boxes(el):
                    yield from self.blocks(box)
                yield self.paragraph(el)
            elif tag == _TBL:
                yield self.table(el)
            elif tag == _w("sdt"):
                content = el.find(_w("sdtContent"))
                if content is not None:
                    yield from self.blocks(content)
            elif tag in _WRAPPERS:
                yield from self.blocks(el)
            elif tag == _w("altChunk"):
                self.warnings.append(
                    "the Word document embeds another document (altChunk); its text was not read"
                )

    def segments(
        self, el, out: list[tuple[str, bool]], para_bold: bool, para_hidden: bool = False
    ) -> None:
        """(text, bold) pieces of a paragraph in order; line breaks as "\\n". Hidden runs
        (``run_hidden``; ``para_hidden``: the paragraph's style hides its text) are left out."""
        for child in el:
            tag = child.tag
            if tag in _SKIP_INLINE:
                continue
            if tag == _R:
                if self.run_hidden(child, para_hidden):
                    continue
                bold = self.run_bold(child, para_bold)
                for c in child:
                    t = c.tag
                    if t == _T:
                        # (no-break spaces as spaces here already: the footer's and the
                        # header's fields are split on " · " before the readers' exit)
                        out.append((without_invisible(c.text) if c.text else "", bold))
                    elif t in (_w("tab"), _w("ptab")):
                        out.append(("\t", bold))
                    elif t in (_w("br"), _w("cr")):
                        out.append(("\n", bold))
                    elif t == _w("noBreakHyphen"):
                        out.append(("-", bold))
            elif isinstance(tag, str):
                # hyperlink, fldSimple, ins, moveTo, smartTag, sdt/sdtContent, customXml …
                self.segments(child, out, para_bold, para_hidden)

    def italic_paragraph(self, p) -> bool:
        """Whether every run of the paragraph that holds text is set in italics (by the run,
        its character style or the paragraph's style)."""
        ppr = p.find(_PPR)
        pstyle = ppr.find(_w("pStyle")) if ppr is not None else None
        para = bool(self.styles.italic(pstyle.get(_VAL) if pstyle is not None else None))
        runs = [r for r in p.iter(_R) if _run_text(r).strip() and not self.run_hidden(r)]
        return bool(runs) and all(self.run_italic(r, para) for r in runs)

    def run_italic(self, run, para_italic: bool) -> bool:
        return self._run_on(run, "i", self.styles.italic, para_italic)

    def run_bold(self, run, para_bold: bool) -> bool:
        return self._run_on(run, "b", self.styles.bold, para_bold)

    def run_hidden(self, run, para_hidden: bool = False) -> bool:
        """Whether Word hides the run: "Skjult" (``w:vanish``) set on it, by its character
        style or (``para_hidden``) its paragraph's. An editor's note to the others typed
        hidden after a title or a decision ("[kladde]", "– spørg Kim om tallene") is no
        part of the minutes Word shows and prints."""
        return self._run_on(run, "vanish", self.styles.hidden, para_hidden)

    def _run_on(
        self, run, tag: str, by_style: Callable[[str | None], bool | None], default: bool
    ) -> bool:
        """A run's on/off property ``tag`` ("b", "i"): set on the run, else by its character
        style (``by_style``), else ``default`` (the paragraph's)."""
        rpr = run.find(_RPR)
        if rpr is not None:
            mark = rpr.find(_w(tag))
            if mark is not None:
                return _on(mark)
            rstyle = rpr.find(_w("rStyle"))
            if rstyle is not None:
                value = by_style(rstyle.get(_VAL))
                if value is not None:
                    return value
        return default

    # -- paragraphs ---------------------------------------------------------------------

    def paragraph(self, p) -> _Block:
        ppr = p.find(_PPR)
        sid = None
        if ppr is not None and ppr.find(_w("pStyle")) is not None:
            sid = ppr.find(_w("pStyle")).get(_VAL)
        sid = sid or self.styles.default_paragraph
        segs: list[tuple[str, bool]] = []
        self.segments(p, segs, bool(self.styles.bold(sid)), bool(self.styles.hidden(sid)))
        text = "".join(t for t, _ in segs)
        if not text.strip():
            return _Block()
        tight, spaced_before = _spacing(ppr)
        level = self._outline(ppr)
        if level is None:
            level = self.styles.heading_level(sid)
        if level is not None:
            line = _one_line(text)
            # Numbered headings: Word draws the number ("Punkt %1:" or "%1."), so add it.
            marker = self.list_marker(ppr, sid)
            if marker is not None and marker[0] not in ("", "-"):
                line = f"{marker[0]} {line}"
            self._style_run = (None, 0)
            self.styled = True
            self.headings += 1
            return _Block([line if _ITEM_HEAD.match(line) else f"## {line}"], False, tight)
        marker = self.list_marker(ppr, sid)
        if marker is not None:
            label, depth = marker
            line = _one_line(text)
            line = f"{label} {line}" if label else line
            return _Block(["  " * depth + line], True, tight, spaced_before)
        self._style_run = (None, 0)
        if self.hand_heading(p, segs, text):
            line = _one_line(text)
            self.styled = True
            self.headings += 1
            return _Block([line if _ITEM_HEAD.match(line) else f"## {line}"], False, tight)
        lines = _split_lead_in(segs)
        return _Block(lines, False, tight, spaced_before, _bold_title(segs, lines))

    def hand_heading(self, p, segs: list[tuple[str, bool]], text: str) -> bool:
        """A heading formatted by hand: a short paragraph wholly bold and underlined, no
        sentence ("Budget 2020 for området"). Bold alone is not enough: Word users set
        labels ("Beslutning") and the owner's name in bold, and underline with bold marks
        the headings of notes typed without heading styles."""
        line = _one_line(text)
        if (
            len(line) > _MAX_HEADING_CHARS
            or line.endswith((".", ",", ";"))
            or not all(bold for t, bold in segs if t.strip())
        ):
            return False
        runs = [r for r in p.iter(_R) if _run_text(r).strip() and not self.run_hidden(r)]
        return bool(runs) and all(self.run_underlined(r) for r in runs)

    def run_underlined(self, run) -> bool:
        rpr = run.find(_RPR)
        u = rpr.find(_w("u")) if rpr is not None else None
        return u is not None and (u.get(_VAL) or "single").lower() not in ("none", *_OFF)

    def _outline(self, ppr) -> int | None:
        if ppr is None or ppr.find(_w("outlineLvl")) is None:
            return None
        lvl = _int(ppr.find(_w("outlineLvl")).get(_VAL), 9)
        return lvl + 1 if lvl < 9 else None

    def list_marker(self, ppr, sid: str | None) -> tuple[str, int] | None:
        """(marker, depth) for a list paragraph, None for any other paragraph."""
        direct = _numpr(ppr.find(_w("numPr"))) if ppr is not None else None
        if direct is None and self.styles.body_level(sid):
            # a contents heading ("TOC Heading", based on a numbered "Heading 1" but set to
            # body level) inherits the items' numbering: numbered, it took item 1's number
            # and every heading after it showed one more than the contents field lists
            return None
        num = direct or self.styles.numbering(sid)
        kind = self.styles.list_kind(sid)
        style_depth = kind[1] if kind else 0
        if num is not None and num[0] == "0":
            return None  # numbering switched off on this paragraph
        if num is not None:
            label = self.numbering.label(num[0], num[1])
            if label is not None:
                self._style_run = (None, 0)
                return label, num[1] + style_depth
        if kind is None:
            return None
        # A list style without numbering definitions: count within the run of paragraphs.
        if kind[0] == "bullet":
            return "-", style_depth
        prev_sid, count = self._style_run
        count = count + 1 if prev_sid == sid else 1
        self._style_run = (sid, count)
        return f"{count}.", style_depth

    def cell_heading_number(self, p, segs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
        """A table cell's paragraph ``segs`` with the number Word draws before a numbered
        heading put first: minutes set as a table per item put the item's title, a
        "Heading 2" numbered by its list, in the table's first row ("1. Title" over
        "Sagsnr. | …"). Only heading styles: a numbered list in a cell stays as it was."""
        ppr = p.find(_PPR)
        pstyle = ppr.find(_w("pStyle")) if ppr is not None else None
        first = next(((t, bold) for t, bold in segs if t.strip()), None)
        if pstyle is None or first is None:
            return segs
        sid = pstyle.get(_VAL)
        level = self._outline(ppr)
        if (level if level is not None else self.styles.heading_level(sid)) is None:
            return segs
        marker = self.list_marker(ppr, sid)
        if marker is None or marker[0] in ("", "-"):
            return segs
        # (set as the title's first words are: a bold label's box stays a box)
        return [(f"{marker[0]} ", first[1]), *segs]

    # -- tables -------------------------------------------------------------------------

    def table(self, tbl) -> _Block:
        self._style_run = (None, 0)
        rows = []
        lead_bold = False  # the first paragraph of the (last) cell wholly bold
        grid: list[list[list[str]]] = []  # rows of cells of lines, for an item table
        nested: list[str] = []  # the lines of tables nested in the row's cells
        merged: dict[int, list[str]] = {}  # column -> the lines of a cell merged downwards
        spans: list[tuple[int, int, list[str]]] = []  # (row, cell, lines) merged from above
        italic_ends: dict[tuple[int, int], int] = {}  # (row, cell) -> its italic closing lines
        for tr in _children(tbl, _TR):
            cells = []
            grid.append([])
            column = 0  # (the grid's column: a cell spanning columns takes several)
            for tc in _children(tr, _TC):
                vmerge = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
                at, column = column, column + _grid_span(tc)
                if vmerge is not None and vmerge.get(_VAL) != "restart":
                    # a cell merged with the one above (a case number two items share):
                    # empty here, but an item table's row holds it, as a reader of the
                    # table sees it (an HTML cell's rowspan likewise)
                    cells.append("")
                    grid[-1].append([])
                    if at in merged:
                        spans.append((len(grid) - 1, len(grid[-1]) - 1, merged[at]))
                    continue
                texts = []
                cell_lines: list[str] = []
                # a table inside the cell (an item's field table beside its number): its
                # paragraphs are kept out of the cell's one line and read as a table below
                inner = {p for t in _children(tc, _TBL) for p in t.iter(_P)}
                own: list[str] = []
                slants: list[tuple[int, bool]] = []  # per paragraph: its lines, in italics
                for p in tc.iter(_P):
                    segs: list[tuple[str, bool]] = []
                    self.segments(p, segs, False)
                    segs = self.cell_heading_number(p, segs)
                    if not any(ln.strip() for ln in cell_lines):
                        lead_bold = _bold_first_line(segs)
                    texts.append(
                        _one_line(_dated_break("".join(t for t, _ in segs))).replace("\t", " ")
                    )
                    lines_here = "".join(t for t, _ in segs).replace("\t", " ").split("\n")
                    cell_lines.extend(lines_here)
                    if inner and p not in inner:
                        own.append(texts[-1])
                    filled = sum(1 for ln in lines_here if ln.strip())
                    if filled:
                        slants.append((filled, self.italic_paragraph(p)))
                if (closing := _italic_end(slants)) and len(grid) > 1:
                    italic_ends[(len(grid) - 1, len(grid[-1]))] = closing
                cells.append(" ".join(t for t in (own if inner else texts) if t))
                grid[-1].append(cell_lines)
                if vmerge is not None:
                    merged[at] = cell_lines  # ("restart": the merged cell's first row)
                if inner:
                    nested.extend(ln for t in _children(tc, _TBL) for ln in self.table(t).lines)
            # "Beslutning | For stemte: … / Imod stemte: …": a field's paragraphs stay lines
            lines = label_row_lines([[ln.strip() for ln in c if ln.strip()] for c in grid[-1]])
            line = "\t".join(cells).rstrip("\t")
            if lines is not None and not nested:
                rows.extend(lines)
            elif line.strip():
                rows.append(line)
            if nested:
                # "1 | Title" over the field table nested in the title's cell: the fields
                # under the item's line, a blank line after them (the next row a new item)
                rows.extend([*nested, ""])
                nested = []
        if (box := _box_lines(grid, lead_bold)) is not None:
            return _Block(box)
        # an agenda as one table (a row per item, or a row per field under each item's row),
        # or an item's fields side by side (Indstilling | Beslutning)
        found = (
            item_rows(concluded_cells(_merged_down(grid, spans), italic_ends))
            or field_row_items(grid)
            or field_columns(grid)
        )
        return _Block(rows if found is None else found)

    # -- the document -------------------------------------------------------------------

    def page_header(self, document) -> list[str]:
        """The first section's page header as lines (a paragraph's parts between tab
        stops, a table's cells); none where the section has no header of its own."""
        header = _first_section_story(document, "header")
        return [] if header is None else self.story_lines(header)

    def page_footer(self, document) -> list[str]:
        """The first section's page footer as lines (as :meth:`page_header`), its page
        number ("Side 1", "Side 1 af 4") left out; none where it has no footer of its own."""
        footer = _first_section_story(document, "footer")
        if footer is None:
            return []
        lines = (_PAGE_NUMBER.sub("", line).strip(" ·|-–") for line in self.story_lines(footer))
        return [line for line in lines if line]

    def story_lines(self, story) -> list[str]:
        """A page header's or footer's paragraphs and table cells as lines, a paragraph's
        parts between tab stops each a line of its own."""
        lines: list[str] = []
        for el in story._element:
            if el.tag == _P:
                segs: list[tuple[str, bool]] = []
                self.segments(el, segs, False)
                text = "".join(t for t, _ in segs)
                # tab stops place a header's parts ("Albertslund Kommune<TAB><TAB>REFERAT …"):
                # each part is a line of its own; a field's label and its value after a tab
                # stop ("Mødested:<TAB>Rådhuset") one line, as the field it is
                parts = [_one_line(part) for part in re.split(r"[\n\t]+", text)]
                lines.extend(_labels_with_values(parts))
            elif el.tag == _TBL:
                for tr in _children(el, _TR):
                    cells = []
                    for tc in _children(tr, _TC):
                        texts = []
                        for p in tc.iter(_P):
                            segs = []
                            self.segments(p, segs, False)
                            texts.append(_one_line("".join(t for t, _ in segs)).replace("\t", " "))
                        cells.append(" ".join(t for t in texts if t))
                    lines.extend(cells)
        return [line.strip() for line in lines if line.strip()][:_MAX_HEADER_LINES]

    def body_blocks(self) -> list[_Block]:
        """The body's blocks, each later section's case line from its own page header
        under the section's first heading (see ``section_cases``)."""
        if self.body.find(f"{_P}/{_PPR}/{_SECT}") is None:
            return list(self.blocks(self.body))  # one section: its header is read as the top
        cases = self.section_cases()
        blocks: list[_Block] = []
        section = 0
        for el in self.body:
            start = len(blocks)
            blocks.extend(self.blocks((el,)))
            first = next((k for k in range(start, len(blocks)) if not blocks[k].empty), None)
            if 0 < section < len(cases) and cases[section] and first is not None:
                # the section's first text: the case line under it where it is a heading
                # ("## Punkt 1 Title"), over it otherwise
                line = blocks[first].lines[0]
                heading = line.startswith("## ") or _ITEM_HEAD.match(line)
                blocks.insert(first + 1 if heading else first, _Block(cases[section]))
                cases[section] = []
            if el.tag == _P and el.find(f"{_PPR}/{_SECT}") is not None:
                section += 1
        return blocks

    def section_cases(self) -> list[list[str]]:
        """Per section, the case lines of its own page header ("Sagsnr.: 23/3901 · Åben ·
        Sagsbehandler: …"): minutes exported with each item a section of its own print the
        item's case facts only there. The first section's header is the document's top
        (``page_header``); a header linked to the one before repeats no item's facts."""
        out: list[list[str]] = [[]]
        for section in self.document.sections[1:]:
            header = section.header
            lines = [] if header.is_linked_to_previous else self.story_lines(header)
            out.append([line for line in lines if _HEADER_CASE.match(line)])
        return out

    def text(self, top: list[str] | None = None) -> str:
        out: list[str] = []
        prev: _Block | None = None
        gap = False
        blocks = self.body_blocks()
        if not self.styled or (self.headings == 1 and _title_heading_first(blocks)):
            _bold_titles_as_headings(blocks)
        for block in blocks:
            if block.empty:
                gap = True
                continue
            if prev is not None:
                runs_on = (prev.is_list and block.is_list) or (
                    prev.tight and not block.spaced_before
                )
                if gap or not runs_on:
                    out.append("")
            out.extend(block.lines)
            prev, gap = block, False
        if top and out:
            # the page header's lines the body's first lines repeat are read once, there
            first = {_folded(line) for line in out[: _MAX_HEADER_LINES * 3]}
            top = [line for line in top if _folded(line) not in first]
            if top:
                out = [*top, "", *out]
        return "\n".join(out) + "\n" if out else ""

    def notes(self) -> list[str]:
        notes = list(self.warnings)
        if self.body.find(f".//{_w('del')}") is not None or (
            self.body.find(f".//{_w('ins')}") is not None
        ):
            notes.append(
                "the Word document has tracked changes; it was read as if they were accepted"
            )
        return notes


#: A page header holds the owner, the body, the date, a page number: at most this many
#: lines of it are read (a header pasted full of text is no page header).
_MAX_HEADER_LINES = 6
#: "Side 1", "Side 2 af 4", "Page 1 of 3": a footer's page number (its field's last value).
_PAGE_NUMBER = re.compile(r"(?:\bSide|\bPage)\s+\d+(?:\s*(?:af|of|/)\s*\d+)?\s*$", re.I)
#: A page header's case line: a case label and a number ("Sagsnr.: 23/3901 · Åben · …").
_HEADER_CASE = re.compile(rf"^{CASE_NUMBER_LABEL}\s*:?\s*\w*\d", re.I)
#: "Udskrevet 12.05.2025", "Gemt 3. maj 2025": the day the file was printed or saved, no
#: meeting's date.
_STAMP = re.compile(r"\b(?:udskrevet|printet|printed|gemt|opdateret|senest\s+ændret)\b", re.I)
#: "Hedensted Kommune": a footer line naming the municipality that owns the body.
_OWNER = re.compile(r"\b(?-i:[A-ZÆØÅ])[\wæøå-]+\s+Kommune\b")
#: "KFU referat 2017", "Dagsorden og referat 2017": a footer naming the document's kind and
#: its year.
_KIND_YEAR = re.compile(
    r"\b(?:referat|dagsorden|protokol)\w*\b.{0,40}?(?<!\d)(?:19|20)\d\d(?!\d)", re.I
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Lines of the text's top (its header) that are read for a year before a footer's is taken.
_YEAR_LINES = 16
#: Lines of the text's top that are read for a date before a footer's is taken.
_TOP_LINES = 40


_STRIKE, _DSTRIKE = _w("strike"), _w("dstrike")


def _run_text(run) -> str:
    return "".join(t.text or "" for t in run.iter(_T))


def _struck_run(run) -> bool:
    rpr = run.find(_RPR)
    if rpr is None:
        return False
    mark = rpr.find(_STRIKE)
    if mark is None:
        mark = rpr.find(_DSTRIKE)
    return mark is not None and _on(mark)


def _drop_struck_runs(p) -> None:
    """Minutes corrected after the meeting, the old words struck by the run's formatting
    and the new ones after them in the paragraph (``2022-003310`` struck, ``2022-003301``;
    ``Udsat.`` struck, ``Godkendt, dog …``): the struck runs are left out. A paragraph
    struck whole (a withdrawn item's title kept on the agenda) keeps its words."""
    runs = list(p.iter(_R))
    struck = [r for r in runs if _struck_run(r)]
    if not struck or len(struck) == len(runs):
        return
    kept = "".join(t.text or "" for r in runs if r not in struck for t in r.iter(_T))
    if not kept.strip():
        return
    for k, run in enumerate(runs):
        if run in struck:
            after = runs[k + 1] if k + 1 < len(runs) else None
            _drop_option_slash(runs[k - 1] if k else None, after, struck)
    for run in struck:
        parent = run.getparent()
        if parent is not None:
            parent.remove(run)


def _drop_option_slash(before, after, struck: list) -> None:
    """A template's "Godkendt: Ja / Nej" answered by striking the option that does not
    apply: the slash beside the struck option goes with it ("Godkendt: Nej", not
    "Godkendt: / Nej"), so the answer left reads as a plain field."""
    if after is not None and after not in struck:
        first = next(after.iter(_T), None)
        if first is not None and first.text and first.text.lstrip().startswith("/"):
            first.text = first.text.lstrip()[1:].lstrip()
            return
    if before is not None and before not in struck:
        texts = list(before.iter(_T))
        last = texts[-1] if texts else None
        if last is not None and last.text and last.text.rstrip().endswith("/"):
            last.text = last.text.rstrip()[:-1].rstrip() + " "


def _dated_top(text: str) -> bool:
    """Whether a date stands in the text's first lines (the header's or the body's)."""
    return any(find_date(line) is not None for line in text.split("\n", _TOP_LINES)[:_TOP_LINES])


_TXBX = _w("txbxContent")
_FALLBACK = f"{{{_MC}}}Fallback"


def _text_boxes(el) -> list:
    """The text boxes anchored in ``el`` (a paragraph), outermost only, in order; the
    VML copy Word saves as ``mc:Fallback`` beside a drawing's box is the same box."""
    found: list = []
    for child in el:
        if child.tag == _TXBX:
            found.append(child)
        elif child.tag != _FALLBACK and isinstance(child.tag, str) and len(child):
            found.extend(_text_boxes(child))
    return found


def _folded(line: str) -> str:
    """A line as compared with the page header's: case, spacing and a heading's marks aside."""
    return " ".join(line.lstrip("# ").split()).casefold()


def _children(parent, tag: str) -> Iterator:
    """Children with ``tag``, looking through content controls and custom XML."""
    for el in parent:
        if el.tag == tag:
            yield el
        elif el.tag == _w("sdt"):
            content = el.find(_w("sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif el.tag in _WRAPPERS:
            yield from _children(el, tag)


def _spacing(ppr) -> tuple[bool, bool]:
    """(no space after, space before) from the paragraph's own formatting."""
    if ppr is None or ppr.find(_w("spacing")) is None:
        return False, False
    sp = ppr.find(_w("spacing"))
    after = sp.get(_w("after"))
    tight = after is not None and _int(after, -1) == 0 and not _on_attr(sp, "afterAutospacing")
    before = _int(sp.get(_w("before")), 0) > 0 or _on_attr(sp, "beforeAutospacing")
    return tight, before


def _on_attr(el, name: str) -> bool:
    value = el.get(_w(name))
    return value is not None and value.lower() not in _OFF


#: "Mødested:", "Udvalg:": a field's label and its colon alone, a header's part before a
#: tab stop.
_LABEL_PART = re.compile(r"^[A-ZÆØÅ][\wæøå.-]{1,24}(?: [\wæøå.-]{1,15})?:$")


def _labels_with_values(parts: list[str]) -> list[str]:
    """A page header paragraph's parts between tab stops, each field's label joined to the
    value after it ("Mødetidspunkt:" and "Kl. 08.30" as "Mødetidspunkt: Kl. 08.30"): a
    header of fields takes a line a field, not two, within ``_MAX_HEADER_LINES``."""
    out: list[str] = []
    for part in parts:
        if out and _LABEL_PART.match(out[-1]) and part and not _LABEL_PART.match(part):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


#: A line break right after a clock time ("17-06-2025 kl. 14:00" / "Byrådssalen, …").
_TIME_BREAK = re.compile(r"(?<=\d[.:]\d\d)[ ]*\n[ ]*(?=[A-ZÆØÅ])")


def _dated_break(text: str) -> str:
    """A cell paragraph's text with a line break after the meeting's date and hour written
    as a comma ("17-06-2025 kl. 14:00" / "Byrådssalen, Rådhuset" in a header table's cell,
    the place on the line under the date): one line, the place still set apart from the
    hour as a field after it; the same text elsewhere."""
    if "\n" not in text or (m := _TIME_BREAK.search(text)) is None:
        return text
    if find_date(text[: m.start()].rsplit("\n", 1)[-1]) is None:
        return text
    return _TIME_BREAK.sub(", ", text, count=1)


def _one_line(text: str) -> str:
    """Soft line breaks to a space; surrounding white space removed."""
    return _BREAKS.sub(" ", text).strip()


def _italic_end(slants: list[tuple[int, bool]]) -> int:
    """How many of a cell's last lines are its closing paragraphs set in italics under
    paragraphs that are not (a secretary's way to set the conclusion apart from the notes
    in a Referat cell); 0 where the cell does not end so."""
    end = len(slants)
    while end and slants[end - 1][1]:
        end -= 1
    if end in (0, len(slants)):
        return 0  # (no italic end, or the whole cell in italics: nothing set apart)
    return sum(n for n, _ in slants[end:])


def _bold_first_line(segs: list[tuple[str, bool]]) -> bool:
    """The paragraph's text up to its first line break is there and wholly bold."""
    first = []
    for t, bold in segs:
        head, brk, _ = t.partition("\n")
        first.append((head, bold))
        if brk:
            break
    return any(t.strip() for t, _ in first) and all(bold for t, bold in first if t.strip())


def _box_lines(grid: list[list[list[str]]], lead_bold: bool) -> list[str] | None:
    """A box (a table of one cell, often shaded) opened by a bold label over paragraphs
    ("**Beslutning i Udvalget den 05-02-2025**" / "Godkendt." / "Fraværende: …"): its
    paragraphs and line breaks as lines of their own, as outside a table, so the label
    heads its section; joined into one line the label ran into the decision. None for any
    other table (a box of one paragraph, or whose first line is no short bold label)."""
    if len(grid) != 1 or len(grid[0]) != 1:
        return None
    lines = [ln.strip() for ln in grid[0][0] if ln.strip()]
    if len(lines) < 2 or not lead_bold or len(lines[0]) > _MAX_HEADING_CHARS:
        return None
    return lines


def _is_heading_text(text: str) -> bool:
    t = text.strip().rstrip(":").strip()
    return bool(t) and (t.lower() in SECTION_HEADINGS or bool(_ITEM_HEAD.match(t)))


def _bold_title(segs: list[tuple[str, bool]], lines: list[str]) -> bool:
    """A paragraph of one short line wholly bold, no sentence ("Evt." may close with its
    dot) and no known section label or item heading ("Beslutning", "Punkt 2: …")."""
    if len(lines) != 1 or not all(bold for t, bold in segs if t.strip()):
        return False
    line = lines[0]
    return (
        2 <= len(line) <= _MAX_HEADING_CHARS
        and line[:1].isupper()
        and not line.endswith((",", ";", ":"))
        and (not line.endswith(".") or (" " not in line and len(line) <= 6))
        and not _is_heading_text(line)
    )


def _title_heading_first(blocks: list[_Block]) -> bool:
    """The document's first line is a styled heading (its own title, "Sorø Kommune –
    Handicaprådet" in Heading 1): the one heading of a note whose items are bold lines."""
    first = next((b for b in blocks if not b.empty), None)
    return first is not None and first.lines[0].startswith("## ")


#: Bold title paragraphs, each with text under it, that make a note's items (see below).
_MIN_BOLD_TITLES = 3


def _bold_titles_as_headings(blocks: list[_Block]) -> None:
    """A note typed without heading styles whose items are bold one-line paragraphs, each
    with plain paragraphs under it (a parents' board's Word minutes: "Budget 2025" bold,
    the notes and the outcome plain): where three or more such titles stand after the
    document's first line (its own title), they become ``## title`` lines as styled
    headings do. One bold line or two (a name, a label) stay text."""
    filled = [b for b in blocks if not b.empty]
    titles = [
        k
        for k in range(1, len(filled) - 1)
        if filled[k].bold_title and not filled[k + 1].bold_title and not filled[k + 1].is_list
    ]
    if len(titles) < _MIN_BOLD_TITLES:
        return
    for k in titles:
        filled[k].lines = [f"## {filled[k].lines[0]}"]


def _split_lead_in(segs: list[tuple[str, bool]]) -> list[str]:
    """One line, or two when a bold heading lead-in ends at a line break."""
    text = "".join(t for t, _ in segs)
    if "\n" in text:
        head: list[tuple[str, bool]] = []
        for i, (t, bold) in enumerate(segs):
            if t == "\n" or "\n" in t:
                before, _, after = t.partition("\n")
                head.append((before, bold))
                lead = "".join(s for s, _ in head).strip()
                all_bold = all(b for s, b in head if s.strip())
                rest_segs = [(after, bold), *segs[i + 1 :]]
                rest = _one_line("".join(s for s, _ in rest_segs))
                if all_bold and rest and len(lead) <= _MAX_HEADING_CHARS and _is_heading_text(lead):
                    return [lead, rest]
                break
            head.append((t, bold))
        parts = [part.strip() for part in text.split("\n")]
        if all(part[:1].isupper() or part[:1].isdigit() for part in parts) and all(
            len(part) <= _MAX_BROKEN_LINE or _LABELLED_LINE.match(part) for part in parts
        ):
            # "Økonomiudvalget" / "Møde tirsdag den …" / "Mødelokale 2": short lines of
            # their own, broken by hand (a wrapped sentence goes on in lower case); a
            # labelled line may be long ("Til stede: <twelve names>").
            return parts
    return [_one_line(text)]


#: The longest line of a paragraph broken by hand into lines of their own.
_MAX_BROKEN_LINE = 160
#: "Til stede: …", "Afbud: …": a field's label (a few words and a colon) opening a line.
_LABELLED_LINE = re.compile(r"[A-ZÆØÅ][\w./()-]*(?: [\w./()-]+){0,3}: \S")


# --- entry point ------------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: Limits on what a .docx unpacks to, checked on the sizes the zip declares before any
#: member is inflated (Python's zipfile never inflates a member past its declared size).
#: The compressed size alone let a 4.9 MB file fill 9.9 GB of one worker. A long minutes
#: document unpacks to a few MB of XML plus its images.
MAX_UNPACKED_BYTES: int = 256 * 1024 * 1024
#: XML is what python-docx parses into a tree many times its size.
MAX_UNPACKED_XML_BYTES: int = 64 * 1024 * 1024
#: Real XML compresses up to some 30:1; zip bombs a thousand to one and more.
MAX_COMPRESSION_RATIO: int = 100
#: Members smaller than this may have any ratio (a page of blanks compresses well).
_RATIO_FREE_BYTES = 1024 * 1024
MAX_MEMBERS: int = 10_000


def check_unpacked_size(members: list[zipfile.ZipInfo]) -> None:
    """Reject a package that would unpack to too much, before inflating anything."""
    hint = "(is the file damaged, or made to unpack to far more than it holds?)"
    if len(members) > MAX_MEMBERS:
        raise UnreadableDocument(
            f"the Word document holds {len(members):,} parts, more than the {MAX_MEMBERS:,} "
            f"a document can have {hint}"
        )
    total = sum(m.file_size for m in members)
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    for size, limit, what in (
        (total, MAX_UNPACKED_BYTES, ""),
        (xml, MAX_UNPACKED_XML_BYTES, " of text (XML)"),
    ):
        if size > limit:
            raise UnreadableDocument(
                f"the Word document would unpack to {size / 1e6:,.0f} MB{what}, more than "
                f"the {limit / 1e6:,.0f} MB limit for one minutes document {hint}"
            )
    for m in members:
        if m.file_size > _RATIO_FREE_BYTES:
            ratio = m.file_size / max(m.compress_size, 1)
            if ratio > MAX_COMPRESSION_RATIO:
                raise UnreadableDocument(
                    f"a part of the Word document is compressed {ratio:,.0f} to 1, far more "
                    f"than real documents (at most {MAX_COMPRESSION_RATIO} to 1) {hint}"
                )


def _open(data: bytes):
    """The python-docx Document, or UnreadableDocument saying what the file is instead."""
    if data.startswith(_OLE):
        raise UnreadableDocument(
            "the file is an old Word 97-2003 document (.doc) or a password-protected "
            "document, not a .docx: open it in Word and save it as .docx without a password"
        )
    buf = io.BytesIO(data)
    if not zipfile.is_zipfile(buf):
        raise UnreadableDocument(
            "the file is not a Word document (.docx): it is not a valid .docx package "
            "(the file is damaged, cut short or mis-named)"
        )
    try:
        with zipfile.ZipFile(buf) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableDocument(
            f"the Word document is damaged and cannot be opened ({exc})"
        ) from exc
    check_unpacked_size(members)
    names = {m.filename for m in members}
    if "word/document.xml" not in names and not any(n.startswith("word/") for n in names):
        kind = (
            "an Excel workbook"
            if any(n.startswith("xl/") for n in names)
            else "a PowerPoint presentation"
            if any(n.startswith("ppt/") for n in names)
            else "an OpenDocument file"
            if "content.xml" in names
            else "a zip archive"
        )
        raise UnreadableDocument(f"the file is {kind}, not a Word document (.docx)")
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any failure here means a damaged package
        detail = str(exc).strip() or type(exc).__name__
        raise UnreadableDocument(
            f"the Word document is damaged and cannot be read ({detail[:200]})"
        ) from exc


def read(data: bytes) -> Document:
    """Read a .docx file into the parser's plain-text form."""
    document = _open(data)
    reader = _Reader(document)
    text = reader.text(reader.page_header(document))
    if not _dated_top(text) and (footer := reader.page_footer(document)):
        # the meeting's date, hour and place printed only in the page footer ("Møde 4/2025 ·
        # 8. april 2025 · Kl. 9.00 · Rådhuset, lokale 3"): its lines head the text, as a
        # page header's do; a body dated itself keeps its footer unread
        dated = [line for line in footer if find_date(line) is not None and not _STAMP.search(line)]
        if not dated and not _YEAR.search("\n".join(text.split("\n", _YEAR_LINES)[:_YEAR_LINES])):
            # "KFU referat 2017 · side 1" under minutes dated "Tirsdag d. 2.5.": the only
            # line that gives the meeting's year, read as the title's year
            dated = [line for line in footer if _KIND_YEAR.search(line)]
        if dated:
            text = "\n".join(dated) + "\n\n" + text
        elif (owners := [line for line in footer if _OWNER.search(line)]) and not _OWNER.search(
            text
        ):
            # "Børnehuset Solsikken · Hedensted Kommune · Dagtilbud Juelsminde": the owner
            # named only in the footer of a note whose body never names it, read after it
            text = text + "\n" + "\n".join(owners) + "\n"
    if not text.strip():
        raise UnreadableDocument(
            "the Word document holds no text (is it only images or a scanned page?)"
        )
    return Document(text, "docx", None, tuple(reader.notes()))


def _first_section_story(document, part: str):
    """The first section's page ``part`` ("header" or "footer"): the first page's own where
    the section has one, none where the section has none of its own (linked to the one
    before)."""
    if not document.sections:
        return None
    section = document.sections[0]
    story = getattr(section, part)
    if section.different_first_page_header_footer:
        first = getattr(section, f"first_page_{part}")
        if not first.is_linked_to_previous:
            story = first
    return None if story.is_linked_to_previous else story
