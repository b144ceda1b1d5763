"""PDF with a text layer -> plain text in the form the parser reads.

pypdfium2 gives the text of a page in content order with a line break between visual
lines, and the position, size and font of every character. From a handful of characters
per line (first, last, end of the first word) the reader recovers each line's baseline,
left and right edge, type size and weight, and then rebuilds the document's structure:

* **Page furniture**: a line at the top or bottom of a page whose text (digits ignored)
  stands at the same height on most pages is a running header or footer ("Albertslund
  Kommune — Chefforum 03-01-2024", "Side 2 af 9") and is dropped; so is a bare page
  number ("Side 3 af 9", "- 3 -", "3") as the first or last line of a page.
* **Paragraphs**: lines are joined when the previous line is full (it reaches the right
  edge of the text column, or ends exactly where its justified neighbour does) or when
  the next line's first word would not have fitted at its end: the layout wrapped it, the
  author did not break it. A vertical gap wider than the document's line spacing starts
  a new block (a blank line); a line that starts at another indent, or after a short
  line, starts a new line in the same block. Layouts drop the space above a block at the
  top of a page, so over a page break only a wrapped line (of a paragraph with at least
  two lines on the page before: orphan control), a table row or a contents line goes on;
  anything else starts a new block.
* **Hyphenation**: "budget-" + "processen" becomes "budgetprocessen" when the next line
  starts in lower case, unless the next word is a conjunction ("børne- og ungepolitik"
  keeps its suspended hyphen) or the document spells the word with a hyphen elsewhere.
* **Headings**: lines set larger than the body text, or in bold holding a known section
  heading, are written on their own line as markdown headings ("## Beslutning").
* **Lists, contents and tables**: a list marker set off by a gap ("1." or "-" with a
  hanging indent) starts a new line; a contents line ("title ....... 3") is written as
  "title.....<TAB>3"; cells that stand side by side (text that jumps back up to the top
  of the row) are written as one tab-separated line per row.

A PDF without a text layer (a scan) is rejected with a message that says so, as are
damaged, truncated and password-protected files. pdfplumber is not used: it reads about
40 pages/s here against roughly 1,000 for this reader, and the few font facts needed come
from pdfium directly.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from analysis.case_labels import CASE_ID_LABEL, CASE_LABEL
from analysis.read import Document, UnreadableDocument
from analysis.read.item_table import item_head, label_cell, pasted_item_table
from analysis.vocab import CONTENTS_HEADS, LEGAL_FORMS

# --- patterns ---------------------------------------------------------------------------

#: A list marker at the start of a line: bullets, "1.", "1.5.", "a)".
_MARKER = re.compile(r"^(?:[-•*–▪◦·]|\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))$")
#: A numbered recommendation point: "at 2) …", "At 3) …".
_POINT_START = re.compile(r"^[Aa]t\s+\d{1,2}\)\s")
#: A header field opening a line ("Deltagere: …", "Afbud: …" under the line with the date
#: and place): a field of its own, even where the line above nearly fills the column.
_FIELD_START = re.compile(
    # ("Medlemmer: …" under a committee's date-and-place line, "Mødeleder: …", "Sted: …",
    # "Mødt: …" under a full line that ends with the place)
    r"^(?:Deltagere|Afbud|Fraværende|Til stede|Mødested|Referent|Mødedato|Mødetid|Medlemmer|"
    # (a bilingual field names itself in both languages: "Sted / Plats: …")
    r"Mødeleder|Sted|Mødt)(?: ?/ ?[A-ZÆØÅÄÖ][a-zæøåäö]{2,12})?:\s"
)
#: A line that says when the document was sent or updated ("Opdateret 12. september 2017",
#: "Udsendt 3. marts 2026 Side 1/1"): a stamp of its own under the date-and-place line or a
#: footer that happens to fill the column, never that line's wrapped end.
_STAMP = re.compile(
    r"^(?:Opdateret|Udsendt|Offentliggjort|Publiceret|(?:Senest|Sidst) (?:opdateret|ændret))"
    r"(?: den)? \d{1,2}[./ ]"
)
#: The first letters of those stamps (the cheap test before the pattern).
_STAMP_FIRST = frozenset("OUPS")


def _stamp(text: str) -> bool:
    """The line is a stamp of when the document was sent or updated (``_STAMP``)."""
    return text[:1] in _STAMP_FIRST and _STAMP.match(text) is not None


#: An arrow that opens a line as a marker ("➜ Aftale: …", "→ Opfølgning: …"): a point of
#: its own, never a wrapped sentence's end.
_ARROWS = frozenset("➜➔➙➛→⇒►▶")
#: A body's name and a date alone on a line under a sentence's end ("Kultur- og
#: Fritidsudvalget 14.05.2024" over the outcome): the body's dated decision heading.
_BODY_DATE_LINE = re.compile(
    r"^[A-ZÆØÅ][\w\- ]{0,60}?(?:udvalg|udvalget|rådet|råd|bestyrelsen|nævnet|forum|forsamling)"
    r" (?:den )?\d{1,2}[.-]\d{1,2}[.-](?:19|20)?\d\d$"
)


def _label_alone(text: str) -> bool:
    """The text is an item section's label alone ("Beslutning:", "Rådets beslutning:",
    "Sagsfremstilling:"): the start of a section, never a wrapped sentence's end."""
    from analysis.parse import Line, heading_key

    return heading_key(Line(0, text, 0)) is not None


def _decision_heading_line(text: str) -> bool:
    """The line is a body's dated decision heading ("Beslutning i Økonomiudvalget den
    02-10-2018", "Indstilling (Byrådet 12-03-2025)"): a section's start, never a wrapped
    sentence's end."""
    return _decision_heading_of(text) is not None


def _decision_heading_of(text: str) -> tuple[str | None, dt.date | None] | None:
    """``parse.decision_heading`` of a line opening with a decision's word, (body, date);
    None for any other line."""
    if not text.startswith(("Beslutning", "Indstilling", "Afgørelse")):
        return None
    from analysis.parse import decision_heading

    return decision_heading(text.rstrip(":").strip())


def _decision_label_first(text: str) -> bool:
    """The line opens with a body's dated decision label and its colon, the outcome run on
    after it ("Beslutning i Byrådet den 27-11-2012: Godkendt."): a section's start, never
    a wrapped sentence's end."""
    if not text.startswith(("Beslutning", "Indstilling", "Afgørelse")) or ":" not in text:
        return False
    label = text.partition(":")[0]
    return label[-1:].isdigit() and _decision_heading_line(label)


#: The first letters of those fields (the cheap test before the pattern).
_FIELD_FIRST = frozenset("DAFTMRS")
_BULLET_START = re.compile(r"^[•▪◦·\uf0b7\uf0a7]\s")
_LEAD = re.compile(r"^(?:[-•*–▪◦·\uf0b7\uf0a7]|\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))\s+(?=\S)")
#: A contents entry, "Title ..... 2" (an abbreviation's last full stop kept: "Ørum m.v. .....
#: 4", "Tilskud m.fl. ..... 5"; a title's own full stop, "Eventuelt. ..... 6", goes with the
#: leader).
_TOC = re.compile(
    r"^(?P<title>.*?\S(?:(?:(?<=\.\w)|(?<=\.\w\w))\.(?=\s))?)\s*(?:(?:\.\s?){4,}|…+)[\s.…]*"
    r"(?P<page>\d{1,4})$"
)
#: The contents' own heading alone on its line ("Indhold", "INDHOLDSFORTEGNELSE", "Sagsliste:").
_CONTENTS_HEAD = re.compile(
    rf"^(?:{CONTENTS_HEADS}|sagsliste|dagsorden)\s*:?$",
    re.IGNORECASE,
)
#: A contents entry's end with a leader too short for ``_TOC`` ("… til profil .. 2").
_SHORT_LEADER = re.compile(r"\s(?:\.\s?){2,3}(?P<page>\d{1,4})$")
#: The end of a contents entry as ``_assemble`` writes it ("Title.....\t2").
_TOC_END = re.compile(r"\.{5}\t\d{1,4}$")
#: "Aktion: …", "Handling: …", "Opfølgning: …", "Ansvarlig: …": an action line closing an
#: item's notes.
_ACTION_START = re.compile(r"^(?:Handling(?:er)?|Opfølgning|Ansvarlig|Aktion)\s*:\s")
#: "1. Title ….. 2", "12 Title": a contents entry that opens with its item's number; also
#: "1 (Åben) Title", "Punkt 1 Title", "Sag nr. 141 Title", "Pkt. 3 Title" (the item's word
#: before the number, the open/closed mark after it).
_TOC_NUMBERED = re.compile(r"^(?:(?i:punkt|pkt\.?|sag(?:\s+nr\.?)?)\s*)?\d{1,3}\.?:?\s+[(A-ZÆØÅ]")
#: The first characters of those entries (the cheap test before the pattern).
_TOC_NUMBERED_FIRST = frozenset("0123456789PpSs")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|of|/|ud af)\s*\d{1,4})?|[-–]?\s*\d{1,4}\s*[-–]?"
    r"|\d{1,4}\s*/\s*\d{1,4})$",
    re.IGNORECASE,
)
_ITEM_HEAD = re.compile(r"^Punkt\s+\d{1,3}\s*[:.]", re.IGNORECASE)
#: "Sag 3", "Pkt. 3", "Punkt nr. 3": an item's word and number alone, its title beside it.
_ITEM_NUMBER_ALONE = re.compile(
    r"^(?:sag|pkt\.?|punkt|dagsordenspunkt)\s*(?:nr\.?\s*)?(?P<num>\d{1,3})\.?$", re.IGNORECASE
)
#: "1 Velkomst", "Sag 3: …", "Sag nr. 4 …", "Pkt. 5 …": a line that opens with an item's
#: number and then its title; set in bold on its own, an item heading. ("2. Baggrund" in
#: bold may number a section inside an item: the layouts weigh such lines by evidence.)
_NUMBERED_HEAD = re.compile(
    r"^(?:\d{1,3}|(?i:sag|pkt\.?|punkt)\s+(?:(?i:nr)\.?\s*)?\d{1,3}(?:\.|\s*:)?)\s+[A-ZÆØÅ]"
)
#: Words after a line-end hyphen that show a suspended compound ("børne- og ungepolitik").
_CONJUNCTIONS = frozenset({"og", "eller", "samt", "el.", "til", "and", "or", "&", "/"})
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_HYPHENS = ("-", "\xad", "\u2010", "\u2011")
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
)
#: A combining mark (a ring, an accent or a diaeresis drawn over the letter before it).
_COMBINING = re.compile("[\u0300-\u036f]")
_WORD = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def _known_headings() -> frozenset[str]:
    from analysis.vocab import SECTION_HEADINGS

    return frozenset(SECTION_HEADINGS) | {"indholdsfortegnelse"}


# --- characters -> segments -------------------------------------------------------------


@dataclass
class _Seg:
    """A run of text on one baseline (one visual line, or one cell's line in a table)."""

    text: str
    page: int
    x0: float  # left edge
    x1: float  # right edge (advance of the last character)
    y: float  # baseline of the first line (PDF units, upwards)
    size: float  # type size
    bold: bool  # the whole run is bold
    fw: float  # width of the first word
    space: float  # width of a space
    tx0: float  # where the text after a list marker starts (x0 when there is no marker)
    marker: bool = False  # begins with a list marker set off by a gap
    y_last: float = 0.0  # baseline of the last line (for rows and joined segments)
    cells: list[str] | None = None  # table row: the text of each cell
    lefts: list[float] | None = None  # table row: the left edge of each cell (its column's)

    def __post_init__(self) -> None:
        if not self.y_last:
            self.y_last = self.y


def _continues(a: _Seg, b: _Seg) -> bool:
    """``b`` goes on where ``a`` stops on the same baseline, a space or less away: one line
    that pdfium broke in two (a title in small caps of two sizes)."""
    return (
        a.cells is None
        and abs(a.y - b.y) < 0.1 * a.size
        and -0.1 * a.size <= b.x0 - a.x1 < 0.6 * a.size
    )


def _joined(a: _Seg, b: _Seg) -> _Seg:
    gap = " " if b.x0 - a.x1 > 0.1 * a.size and not a.text.endswith("\ufffe") else ""
    return _Seg(
        text=a.text + gap + b.text,
        page=a.page,
        x0=a.x0,
        x1=b.x1,
        y=a.y,
        size=a.size,
        bold=a.bold and b.bold,
        fw=a.fw,
        space=a.space,
        tx0=a.tx0,
        marker=a.marker,
    )


class _Page:
    """Character geometry of one pdfium text page, read through the raw API (fast)."""

    def __init__(self, pdfium_c, textpage, number: int) -> None:
        self.c = pdfium_c
        self.tp = textpage
        self.number = number
        self._rect = pdfium_c.FS_RECTF()
        self._x = ctypes.c_double()
        self._y = ctypes.c_double()
        self._name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()
        self.n = pdfium_c.FPDFText_CountChars(textpage)
        self.text = self._text()

    def _text(self) -> str:
        c, n = self.c, self.n
        if n <= 0:
            return ""
        buf = (ctypes.c_ushort * (n + 1))()
        out = c.FPDFText_GetText(self.tp, 0, n, buf)
        units = bytes(memoryview(buf).cast("B")[: max(out - 1, 0) * 2])
        text = units.decode("utf-16-le", errors="replace")
        if len(text) == n and out - 1 == n:
            return text
        # Rare: pdfium dropped or added characters, or the text has surrogate pairs; read
        # character by character so indices match the geometry calls.
        return "".join(chr(c.FPDFText_GetUnicode(self.tp, i) or 0xFFFD) for i in range(n))

    def box(self, i: int) -> tuple[float, float]:
        """(left, right) of character ``i``'s advance box."""
        self.c.FPDFText_GetLooseCharBox(self.tp, i, ctypes.byref(self._rect))
        return self._rect.left, self._rect.right

    def baseline(self, i: int) -> float:
        self.c.FPDFText_GetCharOrigin(self.tp, i, ctypes.byref(self._x), ctypes.byref(self._y))
        return self._y.value

    def size(self, i: int) -> float:
        return float(self.c.FPDFText_GetFontSize(self.tp, i))

    def bold(self, i: int) -> bool:
        self.c.FPDFText_GetFontInfo(self.tp, i, self._name, 128, ctypes.byref(self._flags))
        name = self._name.value.decode("latin-1", "replace").lower()
        # Flag bit 19 (ForceBold) or a bold face name.
        return any(w in name for w in _BOLD_NAMES) or bool(self._flags.value & (1 << 18))

    def runs(self, a: int, b: int) -> int:
        """Number of separate text objects in characters a..b-1."""
        return int(self.c.FPDFText_CountRects(self.tp, a, b - a))

    def generated(self, i: int) -> bool:
        return bool(self.c.FPDFText_IsGenerated(self.tp, i))

    # -- segments --

    def segments(self) -> list[_Seg]:
        out: list[_Seg] = []
        text = self.text
        # pdfium joins a line that ends in a hyphen to the next one and writes the hyphen
        # as U+FFFE; such a line is cut there again (the hyphen is repaired when joining).
        for m in re.finditer(r"[^\r\n\ufffe]+\ufffe?", text):
            a, b = m.span()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a >= b or (b - a == 1 and text[a] == "\ufffe"):
                continue
            for seg in self._split(a, b):
                if out and _continues(out[-1], seg):
                    out[-1] = _joined(out[-1], seg)
                else:
                    out.append(seg)
        return out

    def _split(self, a: int, b: int) -> list[_Seg]:
        """One pdfium line -> segments, split where text objects stand far apart."""
        text = self.text
        marker_end = None
        cuts: list[int] = []
        if self.runs(a, b) > 1:
            size = self.size(a) or 10.0
            for j in range(a + 1, b - 1):
                if text[j] != " " or not self.generated(j):
                    continue
                gap = self.box(j + 1)[0] - self.box(j - 1)[1]
                if gap < 0 and abs(self.baseline(j + 1) - self.baseline(j - 1)) > 0.5 * size:
                    # pdfium ran two lines into one (a title drawn in small caps of two
                    # sizes right after a header line): cut where the text goes back left
                    # onto another baseline
                    cuts.append(j)
                    continue
                head = text[a:j].strip()
                if not cuts and marker_end is None and _MARKER.match(head) and gap > 0.3 * size:
                    marker_end = j
                elif gap > 1.2 * size:
                    cuts.append(j)
        segs = []
        start = a
        for cut in [*cuts, b]:
            seg = self._segment(start, cut, marker_end if start == a else None)
            if seg is not None:
                segs.append(seg)
            start = cut + 1
        return segs

    def _spaced_after_marks(self, a: int, b: int) -> str:
        """Characters a..b-1 with the space put back after a combining mark that ends a
        word ("pa" + ring, then "Åvej" a word's space further right): pdfium writes no
        space after such a mark, so "på Åvej" would read "påÅvej" once composed. A space
        goes in where the next letter stands apart from the mark's right edge by more than
        letters of a word do (over a sixth of the type size), on the same baseline."""
        text = self.text
        out: list[str] = []
        for j in range(a, b):
            out.append(text[j])
            if j + 1 >= b or not _COMBINING.match(text[j]) or text[j + 1].isspace():
                continue
            if _COMBINING.match(text[j + 1]):
                continue
            size = self.size(j) or 10.0
            gap = self.box(j + 1)[0] - self.box(j)[1]
            if gap > size / 6 and abs(self.baseline(j + 1) - self.baseline(j)) < 0.1 * size:
                out.append(" ")
        return "".join(out)

    def _segment(self, a: int, b: int, marker_end: int | None) -> _Seg | None:
        text = self.text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            return None
        s = text[a:b]  # (the characters' own indices below; ``shown`` the text written)
        shown = self._spaced_after_marks(a, b) if _COMBINING.search(s) is not None else s
        x0 = self.box(a)[0]
        x1 = self.box(b - 1)[1]
        # Where the text after a list marker starts (continuation lines of the item); the
        # type size and weight are read there too (a bullet glyph may be set smaller).
        first = a
        lead = _LEAD.match(s)
        if marker_end is not None or lead:
            first = marker_end + 1 if marker_end is not None else a + lead.end()
            while first < b - 1 and text[first].isspace():
                first += 1
        tx0 = self.box(first)[0] if first != a else x0
        size = self.size(first)
        k = s.find(" ")
        if k > 0:
            fw = self.box(a + k - 1)[1] - x0
            left, right = self.box(a + k)
            space = right - left if 0 < right - left < size else 0.278 * size
        else:
            fw, space = x1 - x0, 0.278 * size
        bold = self.bold(first) and (b - 1 == first or self.bold(b - 1))
        return _Seg(
            text=re.sub(r"[ \t\u00a0]+", " ", shown).replace("\ufffe", "-"),
            page=self.number,
            x0=x0,
            x1=x1,
            y=self.baseline(a),
            size=round(size, 1),
            bold=bold,
            fw=fw,
            space=space,
            tx0=tx0,
            marker=marker_end is not None,
        )


# --- reading the file -------------------------------------------------------------------


def _check_bytes(data: bytes) -> None:
    head = data[:1024]
    if b"%PDF-" not in head:
        raise UnreadableDocument("the file is not a PDF (it does not start with '%PDF-')")
    if b"%%EOF" not in data[-2048:]:
        raise UnreadableDocument(
            "the PDF is incomplete: it does not end with '%%EOF', so the file was cut off "
            "(an interrupted download or copy); fetch it again"
        )


def _open(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise UnreadableDocument(
                "the PDF is password-protected; export it again without a password"
            ) from exc
        raise UnreadableDocument(
            f"the PDF is damaged and cannot be opened ({msg.rstrip('.')})"
        ) from exc


def _has_images(pdfium_c, page) -> bool:
    n = pdfium_c.FPDFPage_CountObjects(page)
    return any(
        pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page, i))
        in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM)
        for i in range(min(n, 200))
    )


def _pages(data: bytes) -> tuple[list[list[_Seg]], list[float], list[str]]:
    """Segments and width of every page, and warnings (pages without text)."""
    import pypdfium2.raw as pdfium_c

    pdf = _open(data)
    pages: list[list[_Seg]] = []
    widths: list[float] = []
    empty: list[int] = []
    scanned: list[int] = []
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise UnreadableDocument("the PDF has no pages")
        for number in range(n_pages):
            page = pdf[number]
            width = float(pdfium_c.FPDF_GetPageWidthF(page.raw))
            textpage = page.get_textpage()
            try:
                segs = _Page(pdfium_c, textpage.raw, number).segments()
                if not segs:
                    empty.append(number + 1)
                    if _has_images(pdfium_c, page.raw):
                        scanned.append(number + 1)
            finally:
                textpage.close()
                page.close()
            pages.append(segs)
            widths.append(width)
    except UnreadableDocument:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged page must not escape as a crash
        raise UnreadableDocument(
            f"the PDF is damaged: its pages cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        pdf.close()
    if len(empty) == len(pages):
        if scanned:
            raise UnreadableDocument(
                f"the PDF has no text layer: its {len(pages)} page(s) hold only images, as a "
                "scanned document does; it must be run through OCR (text recognition) or "
                "exported again from the agenda system"
            )
        raise UnreadableDocument(
            "the PDF has no text layer: its pages are empty or hold only drawings"
        )
    warnings = []
    if scanned:
        warnings.append(
            f"page(s) {_ranges(scanned)} of the PDF have no text layer (scanned images?); "
            "their content is missing"
        )
    return pages, widths, warnings


def _ranges(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + (" …" if len(numbers) > 10 else "")


# --- page furniture ---------------------------------------------------------------------


def _furniture_key(text: str) -> str:
    """The text a running header or footer repeats: digits left out ("Side 2 af 9"), but
    not in a labelled case number ("Sagsnr.: 2016-0004117" under each item's heading at
    the top of its page): that repeats only where it is the same number."""
    from analysis.parse import match_case_number

    if text[:1].isalpha() and match_case_number(text) is not None:
        return text.lower().strip()
    return re.sub(r"\d+", "#", text.lower()).strip()


def _remove_furniture(pages: list[list[_Seg]]) -> tuple[list[list[_Seg]], list[str]]:
    """Drop running headers/footers and page numbers at the top and bottom of pages; the
    pages without them, and the running lines dropped (each text once, first page first)."""
    known = _known_headings()
    candidates: list[list[tuple[str, int, _Seg]]] = []
    counts: Counter[tuple[str, int, str]] = Counter()
    for segs in pages:
        # (each key once a page: running text repeats across pages, while a contents line's
        # number and page ("143 … 6", both "#") stand side by side on one page's last line)
        seen: set[tuple[str, int, str]] = set()
        baselines = sorted({round(s.y) for s in segs})
        top = set(baselines[-2:])
        bottom = set(baselines[:2])
        mine = []
        for s in segs:
            zone = "top" if round(s.y) in top else "bottom" if round(s.y) in bottom else ""
            if not zone:
                continue
            key = _furniture_key(s.text)
            if key.strip(" :").lower() in known or _ITEM_HEAD.match(s.text):
                continue
            mine.append((zone, round(s.y / 3), s))
            seen.add((zone, round(s.y / 3), key))
        counts.update(seen)
        candidates.append(mine)
    need = max(2, (len(pages) + 1) // 2)
    # (an item's word and number alone, "Sag 3", in a band beside its title at the top of
    # the page each item starts on: a new number each time, no running header's repeat)
    # (or its number alone with a period, "141.", in a heading's table cell beside the
    # title "Vejnavne i Lyngby Øst": a page number is never written "4."; only with a title
    # beside it that no other page repeats)
    numbered: dict[tuple[str, int], list[str]] = {}
    for mine in candidates:
        for zone, band, s in mine:
            if (m := _item_number_alone(s, mine, counts, need)) is not None:
                numbered.setdefault((zone, band), []).append(m)
    items_apart = {k for k, nums in numbered.items() if len(set(nums)) == len(nums)}
    out = []
    running: dict[str, None] = {}
    for segs, mine in zip(pages, candidates, strict=True):
        drop = set()
        for zone, band, s in mine:
            key = _furniture_key(s.text)
            if (zone, band) in items_apart and _item_number_alone(s, mine, counts, need):
                continue
            if (
                counts[(zone, band, key)] >= need
                or counts[(zone, band - 1, key)] + counts[(zone, band + 1, key)] >= need
            ):
                drop.add(id(s))
                running.setdefault(s.text.strip())
        # A bare page number as the first or last line of a page, set off from the text
        # (a wrapped "35" at the foot of a paragraph stays).
        ys = sorted({s.y for s in segs})
        if len(ys) >= 2:
            for s in segs:
                if s.y not in (ys[0], ys[-1]) or not _PAGE_NUMBER.match(s.text.strip()):
                    continue
                neighbour = ys[1] if s.y == ys[0] else ys[-2]
                if abs(s.y - neighbour) > 2.0 * max(s.size, 1.0):
                    drop.add(id(s))
        if len(pages) == 1 and (head := _lone_header(segs)) is not None:
            drop.add(id(head))
            running.setdefault(head.text.strip())
        for s in _browser_print(segs):
            drop.add(id(s))
            running.setdefault(s.text.strip())
        # (a lone page's footer drawn before the body: read last, where it stands)
        last = [s for s in _lone_footer(segs) if id(s) not in drop] if len(pages) == 1 else []
        moved = {id(s) for s in last}
        out.append([s for s in segs if id(s) not in drop and id(s) not in moved] + last)
    return out, list(running)


def _item_number_alone(
    s: _Seg,
    mine: list[tuple[str, int, _Seg]],
    counts: Counter[tuple[str, int, str]],
    need: int,
) -> str | None:
    """The item's number of a page's top or bottom line that is an item's word and number
    alone ("Sag 3", ``_ITEM_NUMBER_ALONE``), or a number and its period alone ("141.")
    with a title beside it on the same baseline that is no running text; else None."""
    text = s.text.strip()
    if (m := _ITEM_NUMBER_ALONE.match(text)) is not None:
        return m["num"]
    if not (2 <= len(text) <= 4 and text[-1] == "." and text[:-1].isdigit()):
        return None
    for zone, band, t in mine:
        if (
            t is not s
            and abs(t.y - s.y) < 0.5 * s.size
            and t.x0 > s.x1
            and t.text[:1].isupper()
            and counts[(zone, band, _furniture_key(t.text))] < need
        ):
            return text[:-1]
    return None


#: "3. sep. 2024 16.55", "22.8.2024 13:27", "21.06.24, 10.02", "9/3/24, 4:55 PM": the date
#: and hour a browser prints at the top left of each page it prints (the page's title beside).
_PRINT_STAMP = re.compile(
    r"^\d{1,2}\.?\s?[./-]?\s?(?:\d{1,2}|[a-zæøå]{3,9}\.?)\s?[./-]?\s?(?:\d{4}|\d{2}),?\s+"
    r"\d{1,2}[.:]\d{2}(?:\s*[AP]M)?$",
    re.IGNORECASE,
)
#: "https://…", "www.…": the address a browser prints at the foot of each page.
_PRINT_URL = re.compile(r"^(?:https?://|file:///?|www\.)\S+$", re.IGNORECASE)


def _browser_print(segs: list[_Seg]) -> list[_Seg]:
    """The lines a browser prints around a web page it prints to PDF: at the top the date
    and hour of printing beside the page's title, at the foot the page's address beside
    "1/2". Furniture on a page of its own too (a short meeting's page, where no other page
    repeats it): the print's hour is no meeting's hour. Both lines or none."""
    if len(segs) < 4:
        return []
    ys = sorted({round(s.y) for s in segs})
    top = [s for s in segs if round(s.y) == ys[-1]]
    foot = [s for s in segs if round(s.y) == ys[0]]
    if not any(_PRINT_STAMP.match(s.text.strip()) for s in top):
        return []
    if not any(_PRINT_URL.match(s.text.strip()) for s in foot) or not any(
        _PAGE_NUMBER.match(s.text.strip()) for s in foot
    ):
        return []
    return top + foot


def _lone_header(segs: list[_Seg]) -> _Seg | None:
    """The running header of a document of one page, where no other page repeats it: the
    page's top line alone, set smaller than the text and well apart from it, on a page
    whose foot is a page number ("Side 1 af 1"): a short meeting's export."""
    if len(segs) < 3 or not _PAGE_NUMBER.match(min(segs, key=lambda s: s.y).text.strip()):
        return None
    head = max(segs, key=lambda s: s.y)
    below = [s.y for s in segs if s.y < head.y - 0.5 * head.size]
    body = Counter(s.size for s in segs).most_common(1)[0][0]
    if (
        len(below) != len(segs) - 1  # (a line beside it: a header of several cells)
        or len(head.text) > 80
        or head.size > body - 0.5
        or head.y - max(below) <= 2.0 * body
    ):
        return None
    return head


def _lone_footer(segs: list[_Seg]) -> list[_Seg]:
    """The running footer of a document of one page, where no other page repeats it: the
    text beside the page number ("Side 1", "1") on the page's bottom line, set no larger
    than the text and well apart from it ("Rønby Kommune, Torvet 1, 4000 Rønby", "Mødet
    den 4. marts 2025 kl. 9.00", "Sagsbehandler: …"): a page template's footer, which the
    export may draw before the body (read there, an address right under the header's date
    would be taken for the meeting's place); read last, as a footer drawn last is. Empty
    where the bottom line holds no page number."""
    if len(segs) < 4:
        return []
    low = min(s.y for s in segs)
    bottom = [s for s in segs if abs(s.y - low) < 1.0]
    if len(bottom) < 2 or not any(_PAGE_NUMBER.match(s.text.strip()) for s in bottom):
        return []
    above = [s.y for s in segs if s.y - low >= 1.0]
    body = Counter(s.size for s in segs).most_common(1)[0][0]
    text = [s for s in bottom if not _PAGE_NUMBER.match(s.text.strip())]
    if (
        not above
        or min(above) - low <= 2.0 * body
        or any(len(s.text) > 80 or s.size > body - 0.5 for s in text)
    ):
        return []
    return text


#: The lines of the text's top where an owner's name counts as the document's header.
_OWNER_TOP_LINES = 6


def _text_top(text: str) -> str:
    """The text's top, where its header stands: the first lines, up to an item table's
    head row (``Nr.<TAB>Sag<TAB>…``: the rows under it are items, whose text names other
    bodies and dates than the meeting's)."""
    lines = text.lstrip().split("\n", 2 * _OWNER_TOP_LINES)[: 2 * _OWNER_TOP_LINES]
    for k, line in enumerate(lines):
        if "\t" in line and item_head(line.split("\t")):
            return "\n".join(lines[:k])
    return "\n".join(lines)


def _furniture_owner(running: list[str], text: str, forum: str | None = None) -> str | None:
    """A running header's or footer's line that is the owner's name alone ("Region
    Syddanmark", "Faaborg-Midtfyn Kommune") where the text's top does not name it: the
    one fact of the furniture the parser needs (whose minutes they are), else None. Also
    the owner first on a line, the rest a date stamp or ``forum`` (the body the furniture
    gave, see ``_furniture_body``)."""
    from analysis.municipalities import municipality_in, region_named

    top = _text_top(text)
    for line in running:
        # ("RØNBY KOMMUNE   Teknisk Udvalg   [12 MAR. 1999]": the owner first in a scanned
        # protocol's running header, the date stamp after it, and the body between them
        # where it is the forum the furniture gave; another body's line stays out)
        first = _OWNER_FIRST.match(line)
        if first is not None and municipality_in(first["owner"]):
            rest = _STAMP_AFTER.sub("", line[first.end() :]).strip(" |·–-")
            if not rest or rest == forum:
                line = first["owner"]
        words = line.split()
        if not 2 <= len(words) <= 4 or not (line[:1].isupper() and line[-1:].isalpha()):
            continue
        owner = region_named(line) or (
            line if words[-1].lower() == "kommune" and municipality_in(line) else None
        )
        if owner and owner.casefold() not in top.casefold():
            return line
    return None


def _furniture_forum(running: list[str], text: str) -> str | None:
    """A running line that names a body in full ("Styregruppen for Sundhedshus Brande"
    beside the owner's name at the top of every page) where the text's top names the same
    body by its kind alone ("Møde i styregruppen den …"): the forum whose minutes they are,
    which only the page furniture says in full; else None. A line naming another body
    than the top's (a footer's "… — Chefforum" under a committee's minutes) stays out."""
    from analysis.layouts.header import looks_like_body

    top = _text_top(text)
    folded = top.casefold()
    for line in running:
        words = line.split()
        if not 2 <= len(words) <= 8 or any(ch.isdigit() for ch in line):
            continue
        if "kommune" in line.casefold() or line.casefold() in folded:
            continue
        # ("Bestyrelsen for IT-fællesskabet Vestkyst I/S": a joint company's board, its legal
        # form closing the name)
        if not looks_like_body(_LEGAL_FORM.sub("", line)):
            continue
        kind = words[0].casefold().removesuffix("en").removesuffix("et")
        if len(kind) >= 5 and re.search(rf"\b{re.escape(kind)}", folded):
            return line
    return _furniture_body(running, top)


def _furniture_body(running: list[str], top: str) -> str | None:
    """A running line that is a body's name alone ("Økonomiudvalget", "Teknisk Udvalg" in
    the page header) where the text's top names no body at all ("Dagsorden", the date, the
    place): the forum, which only the page furniture says; else None."""
    from analysis.layouts.header import _BODY_NOUN, looks_like_body

    if any(_BODY_NOUN.search(line) for line in top.split("\n")):
        return None
    for line in running:
        # ("Børne- og Familieudvalget | Referat": the body beside the document's kind)
        line = _KIND_BESIDE.sub("", _owner_and_stamp_off(line))
        words = line.split()
        if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in line):
            continue
        if "kommune" not in line.casefold() and looks_like_body(line):
            return line
    return None


#: "RØNBY KOMMUNE   Teknisk Udvalg   [12 MAR. 1999]": a scanned protocol's running header,
#: the owner's name before the body's and the date stamped after it (in brackets, or
#: "Møde den 12.03.1999", "Referat 12-03-1999", a bar or a dash before it).
_OWNER_FIRST = re.compile(
    r"^(?P<owner>[A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+){0,2} kommune)(?=\s|$)", re.IGNORECASE
)
_OWNER_BEFORE = re.compile(rf"{_OWNER_FIRST.pattern}\s*(?:[|·–-]\s+)?(?=[A-ZÆØÅ])", re.IGNORECASE)
_STAMP_AFTER = re.compile(
    r"\s+(?:[|·–-]\s+)?(?:\[\s*)?(?:(?:møde(?:t)?|referat|dagsorden)(?:\s+den)?\s+)?"
    r"\d{1,2}(?:[-./]\s?\d{1,2}[-./]\s?|\.?\s+[a-zæø]{3,9}\.?\s+)(?:19|20)?\d\d(?:\s*\])?$",
    re.IGNORECASE,
)


def _owner_and_stamp_off(line: str) -> str:
    """``line`` without the owner's name before the body's and the date stamped after it
    (see ``_OWNER_BEFORE``): the body's name alone, where the owner is a municipality; the
    same line where it is not."""
    from analysis.municipalities import municipality_in

    m = _OWNER_BEFORE.match(line)
    if m is None or not municipality_in(m["owner"]):
        return line
    return _STAMP_AFTER.sub("", line[m.end() :]).strip()


#: " | Referat", " · Dagsorden": the document's kind beside the body's name in a page
#: header (or before it: "Referat | …").
_KIND_BESIDE = re.compile(
    r"\s+[|·]\s+(?:referat|dagsorden|beslutningsprotokol)$|^(?:referat|dagsorden)\s+[|·]\s+",
    re.IGNORECASE,
)

#: " I/S", " A/S": a company's legal form closing its name.
_LEGAL_FORM = re.compile(rf"\s+(?:{LEGAL_FORMS})$")
#: "Mødedato: 12.03.2025", "Dato: 9. april 2025": the meeting's date labelled in a page
#: header ("Dato for udskrift: …", a print date, has no colon after the label); or named
#: by the kind of meeting before it ("Bestyrelsesmøde 7. november 2024", "Styregruppemøde
#: den 3. marts 2025": the page header's cell beside the board's name).
_DATE_LABEL = re.compile(
    r"^(?:(?:møde)?dato\s*:\s*\S|[a-zæøå-]{3,30}møde(?:t)?\s+(?:den\s+)?\d{1,2}\.\s)",
    re.IGNORECASE,
)


#: "… - Børneudvalget - 14-03-2011 kl. 15:30": a running header's line that ends with the
#: meeting's date and hour (an archive's export: owner, body, date and hour on each page);
#: a print's stamp ("Udskrevet 12.03.2025 kl. 10.14") is no meeting's.
_DATE_AND_HOUR = re.compile(
    r"^(?!.*\b(?:udskr|print))(?=.*[^\W\d_]).{0,80}?\b\d{1,2}[-./]\s?(?:\d{1,2}[-./]|[a-zæø]+\.?\s)"
    r"\s?(?:19|20)\d\d,?\s+kl\.?\s*\d{1,2}[.:]\d\d$",
    re.IGNORECASE,
)


#: "Byrådet 27-03-2025", "Teknisk Udvalg – 5. marts 2025": a running header's
#: line that is a body's name and a date alone (the body's test is ``looks_like_body``).
_BODY_AND_DATE = re.compile(
    r"^(?P<body>[^\W\d_][^\d|·]{2,60}?)\s+(?:[|·–—-]\s+)?(?:den\s+)?"
    r"\d{1,2}(?:[-./]\d{1,2}[-./]|\.\s+[a-zæø]{3,9}\s+)(?:19|20)\d\d$",
    re.IGNORECASE,
)


def _body_and_date(line: str) -> bool:
    """Whether the running line is a body's name and a date alone (``_BODY_AND_DATE``)."""
    from analysis.layouts.header import looks_like_body

    m = _BODY_AND_DATE.match(line) if line[-1:].isdigit() else None
    return m is not None and looks_like_body(m["body"])


def _furniture_date(running: list[str], text: str) -> str | None:
    """A running line that is the meeting's date under its label ("Mødedato: 12.03.2025"
    beside "Referat" at the top of every page), or that ends with the date and hour ("… -
    Børneudvalget - 14-03-2011 kl. 15:30": an archive's export), where the text's top gives
    no date at all (only the hour and the place over the item table): the one line that
    dates the meeting, else None."""
    from analysis.dates import find_date

    # (the running lines first: few and short, where the text's top is long)
    dated = [
        ln
        for ln in running
        if (
            len(ln) <= 60
            and _DATE_LABEL.match(ln)
            or _DATE_AND_HOUR.search(ln)
            # ("Byrådet 27-03-2025" at the top of every page over a front block
            # with the hour and the place but no day: the body's name and the meeting's day)
            or _body_and_date(ln)
        )
        and find_date(ln)
    ]
    if not dated or find_date(_text_top(text)) is not None:
        return None
    return dated[0]


#: "Referat oktober 2024", "… · marts 2025": a month and a year in a page header.
_MONTH_YEAR = re.compile(
    r"\b(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
    r"december)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _furniture_year(running: list[str], text: str) -> str | None:
    """A running line that gives the minutes' month and year ("Harboøre Landsbyråd ·
    Referat oktober 2024") where the text's top writes no year at all (a volunteers'
    "Torsdag 17/10 kl. 19.30"): the one line that dates the meeting's year, else None."""
    top = _text_top(text)
    if _ANY_YEAR.search(top):
        return None
    for line in running:
        # ("Referat <forum> marts 2008 - <X> Kommune, <address> - www.<x>.dk - s. 1": a
        # footer with the owner's address and site after the month and year, read whole)
        if len(line) <= 160 and _MONTH_YEAR.search(line):
            return line
    return None


# --- layers drawn out of reading order ---------------------------------------------------


def _runs(segs: list[_Seg]) -> list[list[_Seg]]:
    """The page's segments in content order, cut where the drawing jumps back up the page
    (by more than half a line: a margin number set a little higher stays in its run, and
    so does a title drawn after the number in a box beside it, whose first line stands less
    than a line above the number set halfway down a two-line title)."""
    runs: list[list[_Seg]] = []
    for s in segs:
        if runs and (
            s.y <= runs[-1][-1].y + 0.5 * max(s.size, runs[-1][-1].size) or _beside(runs[-1][-1], s)
        ):
            runs[-1].append(s)
        else:
            runs.append([s])
    return runs


def _beside(a: _Seg, b: _Seg) -> bool:
    """``b`` goes on to the right of ``a`` less than a line above it (the title beside the
    item number in a shaded box, drawn after it): the same layer, no jump back up."""
    return b.x0 > a.x1 and b.y - a.y < max(a.size, b.size)


def _watermark_first(segs: list[_Seg], body: float) -> list[_Seg]:
    """A page's segments with those in type three times the body's or more (a watermark,
    "UDKAST" or "KLADDE" drawn across the page) first: drawn after the text it crosses, the
    mark's baseline within its own wide tolerance of a line's would make it that line's
    next table cell, and the text above it one cell (the items it crosses run together)."""
    big = 3 * body
    if not any(s.size >= big for s in segs):
        return segs
    return [s for s in segs if s.size >= big] + [s for s in segs if s.size < big]


def _reading_order(segs: list[_Seg], body: float) -> list[_Seg]:
    """A single-column page drawn in layers (all decisions first, then all titles, the
    page header last) -> its segments top to bottom, each layer's own order kept.

    Only where every layer stands in the same column (the same most common left edge)
    and no two layers share a baseline side by side: two columns, tables drawn cell by
    cell and a margin drawn apart keep their content order (the table and column
    readers sort those). A watermark (type three times the body's) is read first.
    """
    if len(segs) < 3 or all(
        b.y <= a.y + 0.5 * max(a.size, b.size) for a, b in zip(segs, segs[1:], strict=False)
    ):
        return segs  # text only goes down the page
    big = 3 * body
    runs = _runs([s for s in segs if s.size < big])
    if len(runs) < 2:
        return segs
    edges = {Counter(round(s.x0) for s in r).most_common(1)[0][0] for r in runs}
    if max(edges) - min(edges) > 2:
        return segs
    band = sorted(((s.y, k, s) for k, r in enumerate(runs) for s in r), key=lambda t: t[0])
    for i, (ya, ka, a) in enumerate(band):
        for yb, kb, b in band[i + 1 :]:
            if yb - ya >= 0.5 * a.size:
                break
            if kb != ka and (b.x0 > a.x1 or a.x0 > b.x1):
                return segs  # side by side: columns or cells
    out = [s for s in segs if s.size >= big]
    heads = [0] * len(runs)
    while True:
        live = [k for k in range(len(runs)) if heads[k] < len(runs[k])]
        if not live:
            break
        k = max(live, key=lambda k: (runs[k][heads[k]].y, -k))
        out.append(runs[k][heads[k]])
        heads[k] += 1
    return out


# --- tables -----------------------------------------------------------------------------


@dataclass
class _Grid:
    """The columns of a table that runs to the foot of a page, for its rows on the next
    page (a row there leaving a cell empty is placed under the columns as on the page
    before, where the head row is not repeated), and whether it is an item table."""

    columns: list[float] = field(default_factory=list)
    items: bool = False


def _tables(
    segs: list[_Seg], join, grid: _Grid | None = None, words: frozenset[str] = frozenset()
) -> list[_Seg]:
    """Group side-by-side cells into rows; other segments pass through unchanged.

    Cells are written cell by cell, so in content order a table shows as text that jumps
    back up (or right, on the same baseline) to the top of its row for each next cell.
    ``grid``: the table of the page before where it ran to the page's foot, updated for the
    page after this one. ``words``: the document's words, small letters (a word a
    narrow label cell broke without a hyphen is one of them).
    """
    grid = grid if grid is not None else _Grid()
    carried = _Grid(grid.columns, grid.items)
    grid.columns, grid.items = [], False
    out: list[_Seg] = []
    i, n = 0, len(segs)
    if not any(
        b.y > a.y - 0.3 * b.size and (b.y > a.y + 0.3 * b.size or b.x0 > a.x1)
        for a, b in zip(segs, segs[1:], strict=False)
    ):
        return segs  # text only goes down the page: no side-by-side cells

    def below(k: int, x0: float) -> bool:
        """Segment k continues the cell above it: one line lower, same left edge."""
        a, b = segs[k - 1], segs[k]
        return b.y < a.y - 0.3 * b.size and abs(b.x0 - x0) <= 2.0

    def next_cell(k: int, top: float, x0: float) -> bool:
        """Segment k starts the next cell of the row whose first baseline is ``top``."""
        a, b = segs[k - 1], segs[k]
        tol = 0.3 * max(b.size, 1.0)
        if abs(b.y - top) > tol or b.x0 <= x0 + 1.0:
            return False
        return b.y > a.y + tol or b.x0 > a.x1 + 0.5 * b.size

    def raised_cell(k: int, top: float, x0: float) -> bool:
        """Segment k starts the next cell of the row at ``top`` one line above it: a cell
        of two lines beside a one-line cell set on its last line ("§ 21" beside "Lokalplan
        …, forslag til offentlig" / "fremlæggelse"), the cell's next line on the row's
        baseline."""
        a, b = segs[k], segs[k + 1] if k + 1 < n else None
        tol = 0.3 * max(a.size, 1.0)
        return (
            b is not None
            and a.x0 > x0 + 1.0
            and top + tol < a.y <= top + 1.6 * a.size
            and abs(b.x0 - a.x0) <= 2.0
            and abs(b.y - top) <= tol
        )

    # left edges of the last row with the most cells so far (at first the page before's
    # table's, where it ran to that page's foot)
    columns: list[float] = carried.columns
    rows: list[tuple[list[list[_Seg]], list[_Seg]] | _Seg] = []
    while i < n:
        # "1 Velkommen og" / "præsentationsrunde": a cell opened by its row's number wraps
        # under its text, not under the number
        top, x0 = segs[i].y, segs[i].tx0 if segs[i].marker else segs[i].x0
        j = i + 1
        while j < n and below(j, x0):
            j += 1
        if j >= n or not (next_cell(j, top, x0) or raised_cell(j, top, x0)):
            rows.append(segs[i])
            i += 1
            continue
        cells: list[list[_Seg]] = [segs[i:j], [segs[j]]]
        cell_x0 = segs[j].x0
        k = j + 1
        while k < n:
            if next_cell(k, top, cell_x0):
                cells.append([segs[k]])
                cell_x0 = segs[k].x0
            elif below(k, cell_x0):
                cells[-1].append(segs[k])
            else:
                break
            k += 1
        if _side_column(cells) or _text_columns(cells):
            # "Punkter" / "41. Title" / … beside "Økonomiudvalget" / "Mødetidspunkt: …": a
            # portal page's list of its items in a column beside its text, no table's row;
            # each column's lines as they stand (the list first, then the page's own text)
            rows.extend(segs[i:k])
            i = k
            continue
        tail = _hanging_text(cells)
        if tail:  # "§ 2  Title" / its text in the title's column: the text goes on below
            cells = [cells[0], cells[1][: -len(tail)]]
        rows.append((cells, tail))
        i = k
    # each column's right edge: the furthest any of its cells' lines reaches
    edges: dict[int, float] = {}
    for row in rows:
        if not isinstance(row, _Seg):
            for cell in row[0]:
                key = round(cell[0].x0 / 2)
                edges[key] = max(edges.get(key, 0.0), *(s.x1 for s in cell))
    items = bool(columns) and carried.items  # the rows are under an item table's head row
    for row in rows:
        if isinstance(row, _Seg) and items and _lone_row(row, out):
            # "6  Eventuelt" under the row of item 5, its other cells empty: the table's
            # next row, not a line below the table
            texts, lefts = _placed([row.text], [(row.x0, row.x1)], columns)
            out.append(replace(row, cells=texts, lefts=lefts, text="\t".join(texts)))
            continue
        if isinstance(row, _Seg):
            out.append(row)
            continue
        cells, tail = row
        broken = _broken_lines(cells, edges)
        if broken:  # the text cell's lines the author broke: lines of their own below
            cells = [cells[0], cells[1][: -len(broken)]]
        texts = []
        for cell in cells:
            t = cell[0].text
            right = edges.get(round(cell[0].x0 / 2), 0.0)
            for k, s in enumerate(cell[1:], start=1):
                # under a row's "1. Title" its text on lines of its own, as a Word cell's
                # paragraphs: a case line ("Sagsnr. 24/41877") and a sentence whose first
                # word would have fitted after the title (no title wrapped there)
                p = cell[k - 1]
                fits = p.x1 + p.space + s.fw <= right - 0.5
                apart = cell[0].marker and (
                    _CASE_LINE.match(s.text) is not None
                    or _CASE_LINE.match(p.text) is not None
                    or (k == 1 and s.text[:1].isupper() and fits)
                )
                # in an item table's cell a line the author broke ("Godkendt med den
                # ændring, at" / "der oprettes …": the next word would have fitted)
                # stays a line, as outside a table; not before a figure ("2. at …"), which
                # would read as the next row's number
                apart = apart or (items and fits and not s.text[:1].isdigit())
                if not apart and cell is cells[0] and _broken_word(p, s, right, words):
                    t += s.text  # "Beslutning i Psy" / "kiatriudvalget": one word
                    continue
                t = f"{t}\n{s.text}" if apart else join(t, s.text)
            texts.append(t.replace("\t", " "))
        spans = [(c[0].x0, max(s.x1 for s in c)) for c in cells]
        lefts = [x0 for x0, _ in spans]
        if len(spans) >= len(columns):
            columns = lefts
        else:
            texts, lefts = _placed(texts, spans, columns)
        items = items or item_head(texts)
        first = cells[0][0]
        out.append(
            _Seg(
                text="\t".join(texts),
                page=first.page,
                x0=first.x0,
                x1=max(s.x1 for c in cells for s in c),
                y=first.y,
                size=first.size,
                bold=False,
                fw=first.fw,
                space=first.space,
                tx0=first.x0,
                y_last=min(s.y for c in cells for s in c),
                cells=texts,
                lefts=lefts,
            )
        )
        out.extend(broken)
        out.extend(tail)
    if out and out[-1].cells is not None:  # the table runs to the page's foot
        grid.columns, grid.items = columns, items
    return out


def _lone_row(seg: _Seg, out: list[_Seg]) -> bool:
    """``seg`` is an item table's row whose cells but the number's and the title's are
    empty ("6  Eventuelt" under item 5's row, nothing in its Indstilling or Beslutning):
    a single line of its own right under a row of the table, at the row's left edge, its
    number the row's above plus one."""
    if not out or out[-1].cells is None or abs(seg.x0 - out[-1].x0) > 2.0:
        return False
    above = re.match(r"(\d{1,3})\.?(?:\s|$)", out[-1].cells[0])
    here = _LISTED_NUMBER.match(seg.text)
    return (
        above is not None
        and here is not None
        and int(here.group(1)) == int(above.group(1)) + 1
        and seg.y < out[-1].y_last
    )


#: "41. Title", "3 Title": a line of a side column's list of items, opened by the item's
#: number (also an item table's row opened by its number, see ``_lone_row``).
_LISTED_NUMBER = re.compile(r"^(\d{1,3})\.?\s+\S")
#: The lines each column of a page's side list and its text fill at the least.
_SIDE_LINES = 6


def _side_column(cells: list[list[_Seg]]) -> bool:
    """The "row" is a web page's two columns side by side: a list of the items (three
    lines or more opened by numbers counting on by one) filling the first, the page's
    text the second, each of six lines or more, as a browser prints an agenda portal's
    page; no table's row (a table's row of so many lines in its first cell has no such
    list)."""
    if len(cells) != 2 or len(cells[0]) < _SIDE_LINES or len(cells[1]) < _SIDE_LINES:
        return False
    return _numbers_counting_on(cells[0], _LISTED_NUMBER) >= 3


def _numbers_counting_on(segs: list[_Seg], opens: re.Pattern[str]) -> int:
    """How many of ``segs`` open with a number (``opens``' first group) that counts on by
    one from the last such line's ("31. december 2025", a wrap's, breaks no run)."""
    run: list[int] = []
    for s in segs:
        if (m := opens.match(s.text)) and (not run or int(m.group(1)) == run[-1] + 1):
            run.append(int(m.group(1)))
    return len(run)


#: "3 · Title", "Pkt. 3 Title", "4. Title": a line opened by an item's number and its title.
_COLUMN_ITEM = re.compile(
    r"^(?:(?i:sag|pkt\.?|punkt)\s*(?:(?i:nr)\.?\s*)?)?(\d{1,3})(?:\.|\s*:)?\s+(?:[·•–-]\s+)?[A-ZÆØÅ]"
)
#: The lines a page's first text column fills at the least.
_COLUMN_LINES = 12


def _text_columns(cells: list[list[_Seg]]) -> bool:
    """The "row" is a page set in two text columns, the items running from the foot of the
    left column on at the top of the right one: the left column (twelve lines or more)
    holds two items' headings or more whose numbers count on by one ("2 · Title", "Pkt. 3
    Title"), the right column starts beside it and is about as wide; no table's row (a
    row's cell holds one item). Read column by column: the left column's lines, then the
    right one's."""
    if len(cells) != 2 or len(cells[0]) < _COLUMN_LINES:
        return False
    left, right = cells
    lw = max(s.x1 for s in left) - left[0].x0
    rw = max(s.x1 for s in right) - right[0].x0
    if right[0].x0 < max(s.x1 for s in left) or not 0.6 * lw <= rw <= 1.6 * lw:
        return False
    return _numbers_counting_on(left, _COLUMN_ITEM) >= 2


def _broken_word(p: _Seg, s: _Seg, right: float, words: frozenset[str]) -> bool:
    """A narrow label column's line ``p`` ends in the first part of a word the writer broke
    without a hyphen, ``s`` opening with the rest ("Beslutning i Psy" / "kiatriudvalget"):
    ``s`` opens with a small letter, ``p`` runs to the column's right edge (``right``, the
    furthest any of its lines reaches: the word did not fit the column) and the document
    spells the word the two make whole elsewhere (the body's name in the heading). Two
    words of their own ("Teknikudvalgets" / "beslutning") make no word of the document."""
    stem = re.search(r"(?<![\w-])[^\W\d_]{2,}$", p.text)
    tail = re.match(r"[^\W\d_]+(?=\s|$)", s.text)
    if stem is None or tail is None or not s.text[0].islower():
        return False
    per_char = (p.x1 - p.x0) / max(len(p.text), 1)
    return p.x1 >= right - 2 * per_char and (stem.group(0) + tail.group(0)).lower() in words


def _under_columns(
    texts: list[str], edges: list[tuple[float, float]], columns: list[float]
) -> list[str]:
    """A row's cell texts under the columns above it (see :func:`_placed`)."""
    return _placed(texts, edges, columns)[0]


def _placed(
    texts: list[str], edges: list[tuple[float, float]], columns: list[float]
) -> tuple[list[str], list[float]]:
    """A row's cell texts with an empty cell put back for each column above it that the
    row leaves empty (a PDF writes no text, so no cell, there: "1. | Siden sidst | Kort
    runde. | | Alle" would read as four cells); each cell must start at a column's left
    edge, in order, and a cell reaching over the next column's edge covers it (the number
    and the title run together). The texts as they were otherwise. With the texts, each
    one's left edge (an empty cell's, its column's)."""
    out: list[str] = []
    lefts: list[float] = []
    col = 0
    right = 0.0  # the right edge of the cell before
    unchanged = texts, [x0 for x0, _ in edges]
    for text, (x0, x1) in zip(texts, edges, strict=True):
        while col < len(columns) and abs(columns[col] - x0) > 3.0:
            if columns[col] > x0:
                return unchanged  # starts under no column: not the table above
            if columns[col] >= right:
                out.append("")
                lefts.append(columns[col])
            col += 1
        if col >= len(columns):
            return unchanged
        out.append(text)
        lefts.append(x0)
        col += 1
        right = x1
    rest = [c for c in columns[col:] if c >= right]
    return out + [""] * len(rest), lefts + rest


def _broken_lines(cells: list[list[_Seg]], edges: dict[int, float]) -> list[_Seg]:
    """The lines of a field's text cell, from the first the author broke on: a row of a
    field's label ("Beslutning") and its text, where a line that ends a sentence or a
    bracket is followed by one whose first word would have fitted after it in the
    column ("For stemte: A og F (2)" / "Imod stemte: V (2)" / "Forslaget blev ikke
    vedtaget."). Those go on as lines of their own under the row; nothing otherwise (a
    wrapped paragraph keeps its lines together)."""
    if len(cells) != 2 or len(cells[0]) != 1 or len(cells[1]) < 2:
        return []
    if not label_cell(cells[0][0].text):
        return []
    text = cells[1]
    right = edges.get(round(text[0].x0 / 2), 0.0)
    for k in range(1, len(text)):
        p, s = text[k - 1], text[k]
        if (
            p.text.rstrip()[-1:] in ".)!?"
            and s.text[:1].isupper()
            and p.x1 + p.space + s.fw <= right - 0.5
        ):
            return text[k:]
    return []


def _continued_rows(entries: list[_Seg], join) -> list[_Seg]:
    """An item table's rows with each row that runs over a page break whole again.

    Printed over several pages, the table repeats its head row (``Nr. | Sag | Indstilling
    | Beslutning``) at the top of each next page, or goes straight on, and the row the break
    cut goes on at the top with its number cell empty: the rest of the title cell (the case
    line), of the text and of the decision. Read as they stand, the head row ran into the
    row above and the rest stood alone (a case number and a decision's end lost). The
    repeated head row is dropped and what stands under it, before the next numbered row,
    goes into the row above's cells by column (a cell covering two columns, the number and
    the title run together, takes both); a line of its own where it opens with a capital
    letter (a case line, a new sentence), else the wrapped line going on. Only where the row
    above ended its page (nothing after it there) and the next page opens with the head row
    or under one of the table's columns after the number's. Entries as they were otherwise.
    """
    out: list[_Seg] = []
    head: _Seg | None = None
    last: int | None = None  # where the row above stands in ``out``
    i = 0
    while i < len(entries):
        s = entries[i]
        # the row above ended its page (nothing after it there) and this page opens the next
        if (
            head is not None
            and last == len(out) - 1
            and s.page == out[last].page + 1
            and out[last] is not head
            and _same_grid(out[last], head)
        ):
            repeated = s.cells == head.cells and s.lefts == head.lefts
            rest, i = _rest_of_row(entries, i + 1 if repeated else i, head)
            if rest:
                out[last] = _row_goes_on(out[last], rest, join)
            last = None  # (each page looked at once; the next row sets it again)
            continue
        if s.cells is not None:
            if item_head(s.cells):
                head = s
            last = len(out)
        out.append(s)
        i += 1
    return out


def _same_grid(row: _Seg, head: _Seg) -> bool:
    """``row`` starts under ``head``'s first column (a row of that table, not of another
    table set below it)."""
    return bool(row.lefts and head.lefts) and abs(row.lefts[0] - head.lefts[0]) <= 3.0


def _rest_of_row(entries: list[_Seg], i: int, head: _Seg) -> tuple[list[tuple[float, str]], int]:
    """(left edge, text) of each cell's part at the top of a page from ``i`` on that stands
    under one of ``head``'s columns after the number's (a cell's lines alone, or a row
    whose number cell is empty or which starts right of the number column), and where
    they end."""
    lefts = head.lefts or []
    rest: list[tuple[float, str]] = []
    page = entries[i].page if i < len(entries) else -1
    while i < len(entries) and entries[i].page == page and lefts:
        t = entries[i]
        if t.cells is None and any(abs(t.x0 - x0) <= 3.0 for x0 in lefts[1:]):
            rest.append((t.x0, t.text))  # a cell's lines, alone
        elif (
            t.cells is not None
            and t.lefts
            and (not t.cells[0].strip() or t.lefts[0] > lefts[0] + 3.0)
        ):
            cut = zip(t.lefts, t.cells, strict=True)
            rest.extend((x0, text) for x0, text in cut if text.strip())
        else:
            break
        i += 1
    return rest, i


def _row_goes_on(row: _Seg, rest: list[tuple[float, str]], join) -> _Seg:
    """``row`` with each ``rest`` text (a cell's part from the next page) added to the cell
    whose column it stands under: the last cell starting left of it."""
    cells = list(row.cells or [])
    lefts = row.lefts or []
    for x0, text in rest:
        at = max((k for k, left in enumerate(lefts) if left <= x0 + 3.0), default=None)
        if at is None or at >= len(cells):
            continue
        before = cells[at]
        apart = before and text[:1].isupper()
        cells[at] = f"{before}\n{text}" if apart else join(before, text)
    return replace(row, text="\t".join(cells), cells=cells)


#: "Sagsnr. 24/41877", "Sag: 25/1": a case line alone, its own line in a cell.
_CASE_LINE = re.compile(rf"^{CASE_LABEL}\.?:?\s*[\w./-]{{3,30}}$", re.I)

#: A row's first cell that is an item's number alone: "§ 2", "12", "3.", "Pkt. 4", "Sag nr. 41"
#: (a council's narrow label column beside the title).
_ROW_NUMBER = re.compile(r"^(?:§\s*|pkt\.?\s*|punkt\s+|sag\s+nr\.?\s*)?\d{1,3}\.?$", re.I)


def _hanging_text(cells: list[list[_Seg]]) -> list[_Seg]:
    """The lines under an item's heading set beside its number in a column of its own
    ("§ 2" / "Økonomisk status …" in bold, then "Dok./sag: …" and the item's text in the
    title's column, in another type): no wrapped title but the item's text, which goes on
    as lines of its own. Only for a row of the number and one cell; nothing otherwise."""
    if len(cells) != 2 or len(cells[0]) != 1 or len(cells[1]) < 2:
        return []
    if not _ROW_NUMBER.match(cells[0][0].text.strip()):
        return []
    title = cells[1][0]
    at = next(
        (
            n
            for n, s in enumerate(cells[1][1:], start=1)
            if s.bold != title.bold or abs(s.size - title.size) > 0.5
        ),
        None,
    )
    return cells[1][at:] if at is not None else []


# --- paragraphs -------------------------------------------------------------------------


@dataclass
class _Metrics:
    body: float  # body type size
    leading: float  # baseline distance of consecutive body lines
    right: float  # right edge of the text column (set once tables are grouped)
    vocab: set[str] = field(default_factory=set)  # hyphenated words spelt in the document


def _metrics(pages: list[list[_Seg]]) -> _Metrics:
    sizes: Counter[float] = Counter()
    for segs in pages:
        for s in segs:
            sizes[round(s.size * 2) / 2] += len(s.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    deltas: Counter[float] = Counter()
    for segs in pages:
        for a, b in zip(segs, segs[1:], strict=False):
            if abs(a.size - body) <= 0.5 and abs(b.size - body) <= 0.5:
                d = a.y - b.y
                if 0.9 * body < d < 2.2 * body:
                    deltas[round(d * 4) / 4] += 1
    leading = _leading(deltas) if deltas else round(body * 1.2, 2)
    vocab = {
        w.lower()
        for segs in pages
        for s in segs
        if "-" in s.text
        for tok in s.text.split()
        if "-" in tok[1:-1]
        for w in _WORDS.findall(tok)
    }
    return _Metrics(body, leading, 0.0, vocab)


def _leading(deltas: Counter[float]) -> float:
    """The distance of a paragraph's lines among the baseline distances (``deltas``): the
    most common one, but the least of those about as common (half as often or more) where
    a document of short blocks (a title and a line under it, item after item) has as many
    gaps between its blocks as lines within them; a quarter as often will do where the
    most common one is a blank line wider (1.4 times or more: lines parted by blank lines)."""
    support = {d: sum(c for e, c in deltas.items() if abs(e - d) <= 0.5) for d in deltas}
    top = max(support.values())
    common = max(support, key=lambda d: (support[d], -d))
    least = min(
        d for d, n in support.items() if 2 * n >= top or (4 * n >= top and common >= 1.4 * d)
    )
    return max((d for d in deltas if abs(d - least) <= 0.5), key=lambda d: (deltas[d], -d))


#: Body lines stacked one under another that a document of one-line paragraphs needs before
#: its one baseline distance is taken for the space between paragraphs.
_MIN_UNWRAPPED = 6


def _unwrapped_leading(entries: list[_Seg], m: _Metrics) -> float:
    """The leading, or a body line's own where the only leading measured is a paragraph's
    space (1.6 times the type size or more) and next to no line was wrapped.

    A Word document whose every paragraph is one line with space after it (a council's
    notes: a title, a sentence, an outcome, each its own paragraph) shows one baseline
    distance, line and space together. Where every line's next line would have fitted at
    its end, the author broke every line, so the wide distance is the space between
    paragraphs (a blank line) and a line's own is 1.2 times its size; where a paragraph or
    two did wrap, the distance of their lines is the leading. Text set double-spaced wraps
    its paragraphs at its own wide distance, and keeps it."""
    if m.leading < 1.6 * m.body:
        return m.leading
    body = [s for s in entries if s.cells is None and abs(s.size - m.body) <= 0.5]
    pairs = 0
    wraps: list[float] = []
    for a, b in zip(body, body[1:], strict=False):
        if a.page != b.page or abs(a.x0 - b.x0) > 2.0:
            continue
        if a.x1 + a.space + b.fw <= m.right + 0.5:
            pairs += 1
        else:
            wraps.append(a.y - b.y)
    wide = [d for d in wraps if d > m.leading - 0.3 * m.body]
    if pairs < _MIN_UNWRAPPED or 4 * len(wide) > pairs:
        # (lines wrapped at the wide distance, more than a long line's next word that did
        # not fit now and then: text set double-spaced)
        return m.leading
    narrow = [d for d in wraps if d not in wide]
    if narrow:
        return round(min(narrow), 2) if min(narrow) >= m.body else m.leading
    return round(1.2 * m.body, 2)


def _right_edge(entries: list[_Seg], widths: list[float], m: _Metrics) -> float:
    """Right edge of the text column: where the longest body line outside tables ends.

    A document whose lines all stop well short of the mirror image of the left margin
    has no wrapped line to measure by; then the margins are taken to be equal.
    """
    body = [s for s in entries if s.cells is None and abs(s.size - m.body) <= 0.5]
    if not body:
        return 0.0
    longest = max(s.x1 for s in body)
    width = Counter(round(w) for w in widths).most_common(1)[0][0] if widths else 0.0
    mirror = width - min(s.x0 for s in body)
    return mirror if longest < mirror - 4 * m.body else longest


def _join(a: str, b: str, vocab: set[str] | None = None) -> str:
    """Join two wrapped lines of one paragraph, repairing a hyphenated line end."""
    if not a or not b:
        return a or b
    if a[-1] in _HYPHENS and len(a) >= 2 and a[-2].isalpha():
        if b.split(" ", 1)[0].lower() in _CONJUNCTIONS:
            return f"{a[:-1]}- {b}"  # a suspended compound: "børne- og ungepolitik"
        stem = re.search(r"[^\W\d_]+$", a[:-1])
        tail = re.match(r"[^\W\d_]+", b)
        if stem and tail:
            if vocab and f"{stem.group(0)}-{tail.group(0)}".lower() in vocab:
                return f"{a[:-1]}-{b}"  # the document spells the word with a hyphen
            if b[0].islower():
                return a[:-1] + b
        return f"{a[:-1]}- {b}"
    return f"{a} {b}"


#: A numbered entry's opening: "3. ", "2) ", "12 ", "Punkt 4: ", "Pkt. 7 ", "Sag nr. 141 ",
#: "åbent 5 " (at most two short words before the number, the number, a dot, a closing
#: bracket or a colon, a space).
_ENTRY_NUMBER = re.compile(
    r"^(?P<lead>(?:[^\W\d_]{1,8}\.?\s{1,2}){0,2})(?P<n>\d{1,3})(?P<sep>[.)]?\s*:?)\s+(?=\S)"
)


def _next_entry(line: str, below: str) -> bool:
    """``below`` opens the entry after ``line``'s ("3. Title (5)" / "4. Title (7)", "Punkt 6:
    …" / "Punkt 7: …"): the same words before the next number, then a capital or a bracket
    ("4. … den" / "5. marts" is a date wrapped): a line of its own, though a long title
    filled ``line`` to the right edge (joined, the second entry was lost inside the first)."""
    if not below[:1].isalnum() or not line[:1].isalnum():
        return False
    entry = _ENTRY_NUMBER.match(line)
    if entry is None:
        return False
    lead, sep = entry.group("lead"), entry.group("sep").strip()
    return (
        re.match(
            rf"{re.escape(lead)}{int(entry.group('n')) + 1}{re.escape(sep)}\s+[(A-ZÆØÅ0-9]",
            below,
        )
        is not None
    )


#: A case number alone on its line, perhaps behind its label ("2024-021776", "20/9120",
#: "GL 2015-0417", "EMN-2024-01117", "Sagsnr.: 19/9022", "Sags-ID: 25/118").
_CASE_ALONE = re.compile(
    rf"^(?:(?i:{CASE_LABEL}|{CASE_ID_LABEL})\.?\s*:?\s*)?(?:[A-ZÆØÅ]{{1,5}}[ -])?"
    r"\d[\dA-ZÆØÅ]*(?:[./-][\dA-ZÆØÅ]+)+$"
)
#: What has a case number's shape but is none: a date, a year range, an amount, a year and
#: a month or short serial ("2019-06", a plan's number wrapped from its title).
_NO_CASE = re.compile(
    r"(?:^|\s)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d\s*-\s*(?:19|20)\d\d|"
    r"\d{1,3}(?:\.\d{3})+|(?:19|20)\d\d[-/.]\d{1,2})$"
)


#: A case field opening a line, its label and colon, then the number, perhaps a document's
#: number after it under the same label ("Sagsnr.: 25/4410", "Sagsnr./Dokumentnr.: 25-3377 /
#: 25-39870", "Sag: 2025-041877 Dok.nr.: 118"): a field of its own, never a wrapped title's
#: last words, though the title above it reaches the right edge.
_CASE_FIELD_OPENS = re.compile(
    rf"^(?i:{CASE_LABEL}|{CASE_ID_LABEL})\.?(?:\s*/\s*(?i:dok(?:ument)?\.?\s*nr|akt[\s.-]*id)\.?)?"
    r"\s*:\s*\d[\dA-ZÆØÅ]*[./-]\d"
)


def _case_alone(text: str) -> bool:
    """The line is an item's case number alone, perhaps behind its label ("2024-021776"
    under the title): a field of its own, never a wrapped title's last word, though the
    title above it reaches the right edge."""
    return (
        len(text) <= 45
        and sum(c.isdigit() for c in text) >= 5
        and _CASE_ALONE.match(text) is not None
        and _NO_CASE.search(text) is None
    )


#: A case number closing a line, bare or in brackets, perhaps behind its label, in a form
#: only a case number takes ("… busruter 17-005209", "… Station (24/50117)"): a year and a
#: serial of four digits or more, a KLE number, "EMN-2024-01117", a serial and a year.
_CASE_AT_END = re.compile(
    rf"(?:\s|\()(?:(?i:{CASE_LABEL})\.?\s*:?\s*)?"
    r"(?:(?:19|20)?\d{2}-\d{4,}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ0-9]\d{2}-\d+-\d{2,4}"
    r"|[A-ZÆØÅ]{2,5}-\d{4}-\d{3,}|\d{2}/\d{3,6}|\d{3,6}/\d{2})\)?$"
)
#: A year range closing a title ("… 2021-2024", "(2024/2025)"): no case number.
_YEARS_AT_END = re.compile(r"(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d\)?$")


def _closed_by_case(text: str) -> bool:
    """The line is a numbered item's title closed by its case number ("7. Title 17-005209",
    "4. Title (24/50117)": the case column of a printed agenda run into the title's line):
    the title ends there, though the line under it would not have fitted beside it."""
    return (text[-1:].isdigit() or text[-1:] == ")") and (
        _ENTRY_NUMBER.match(text) is not None
        and _CASE_AT_END.search(text) is not None
        and _YEARS_AT_END.search(text) is None
    )


def _label_opens(text: str) -> bool:
    """The line opens with an item section's label and its colon, then the section's text
    ("Beslutning: Godkendt.", "Beslutning i Økonomiudvalget den 10.05.2011: Anbefales."), or
    is a body's dated decision heading alone: a section's start, never a wrapped line. (A
    dated label longer than the colon is looked for, its outcome run on after it, is
    ``_decision_label_first``'s.)"""
    colon = text.find(":", 3, 80)
    if colon < 0:
        return _decision_label_first(text) or (
            text.startswith(("Beslutning", "Indstilling", "Afgørelse"))
            and _decision_heading_line(text)
        )
    head = text[: colon + 1]
    return (colon < 40 and _label_alone(head)) or _decision_heading_line(head)


#: A rule typed with characters ("=====", "-----", "_____"): a line of its own.
_TYPED_RULE = re.compile(r"^[-=_–—~*]{5,}$")


#: "… godkendelse af", "… for": a line closed by a word no title ends in (a preposition
#: or a conjunction).
_OPEN_END = re.compile(r"\s(?:af|for|til|og|i|om|med|på|ved|fra|samt|eller)$")


def _wrapped_after(above: str, text: str, aligned: bool) -> bool:
    """A heading's line ``above`` goes on in ``text`` though the word would have fitted
    the page's width: it ends in a word no title ends in and ``text``, under it at its
    left edge, opens in small letters ("Pkt. 1 Velkomst og godkendelse af" / "dagsorden"
    in a narrow text column of a page set in two)."""
    return aligned and text[:1].islower() and _OPEN_END.search(above) is not None


def _heading(s: _Seg, m: _Metrics, known: frozenset[str]) -> bool:
    if s.cells is not None:
        return False
    if s.size >= m.body + 0.75:
        return True
    text = s.text.strip().rstrip(":").strip().lower()
    if not s.bold:
        return False
    if text in known or _ITEM_HEAD.match(s.text):
        return True
    # a bold line of its own opening with an item's number ("1 Velkomst og godkendelse af
    # dagsorden", "Sag 2: …"): the item's heading
    return len(s.text) <= 150 and bool(_NUMBERED_HEAD.match(s.text)) and not _TOC.match(s.text)


def _kind(s: _Seg, m: _Metrics, known: frozenset[str]) -> str:
    if s.cells is not None:
        return "row"
    if _heading(s, m, known):
        return "heading"
    if _TOC.match(s.text):
        return "toc"
    if s.marker or _BULLET_START.match(s.text):
        return "list"
    return "text"


@dataclass
class _Para:
    """The line being built: its text, kind and the geometry later lines are tested against."""

    text: str
    kind: str
    x0: float  # where continuation lines start
    size: float
    bold: bool
    in_list: bool
    lines: int = 1
    x1: float = 0.0  # right edge of the line before the last one joined


def _assemble(entries: list[_Seg], m: _Metrics) -> str:
    """Segments in reading order -> text: joined paragraphs, blank lines between blocks."""
    known = _known_headings()
    out: list[str] = []
    headed: list[int] = []  # the lines written as headings (their places in ``out``)
    cur: _Para | None = None
    prev: _Seg | None = None

    def flush(blank: bool) -> None:
        nonlocal cur
        if cur is not None:
            text = cur.text
            if cur.kind == "heading":
                headed.append(len(out))
                text = "## " + text
            elif cur.kind == "toc" and (t := _TOC.match(text)):
                # (a space before the leader after an abbreviation's full stop: "m.v. .....")
                title = t.group("title") + (" " if t.group("title").endswith(".") else "")
                text = f"{title}.....\t{t.group('page')}"
            elif out and _TOC_END.search(out[-1]) and (t := _SHORT_LEADER.search(text)):
                # ("Title .. 2" under "Title.....\t1": an entry whose long title left
                # room for two dots of its leader, written as its neighbours are)
                text = f"{text[: t.start()]}.....\t{t.group('page')}"
            out.append(text)
            cur = None
        if blank and out and out[-1] != "":
            out.append("")

    def fits(p: _Seg, s: _Seg) -> bool:
        """True when ``s``'s first word would have fitted at the end of line ``p``."""
        return p.x1 + p.space + s.fw <= m.right + 0.5

    for s in entries:
        kind = _kind(s, m, known)
        if cur is None or prev is None:
            cur = _Para(
                s.text, kind, s.tx0 if kind == "list" else s.x0, s.size, s.bold, kind == "list"
            )
            prev = s
            continue
        p = prev
        same_page = p.page == s.page
        dist = p.y_last - s.y if same_page else 0.0
        gap = same_page and (dist > m.leading + 0.3 * m.body or dist < -0.5 * m.body)
        # A paragraph's second line may start left of an indented first line.
        aligned = abs(s.x0 - cur.x0) <= 2.0 or (
            cur.lines == 1 and not cur.in_list and cur.x0 - 40 <= s.x0 <= cur.x0
        )
        hyphen = cur.text.endswith(_HYPHENS) and s.text[:1].islower()
        # A line that reaches the right edge is full (wrapped, or justified and wrapped);
        # so is a long line that ends exactly where its neighbour in the paragraph does
        # (justified text in a narrower block, such as an indented quotation).
        long = p.x1 - p.x0 > 0.6 * (m.right - p.x0)
        full = p.x1 >= m.right - 0.5 * p.size or (
            long
            and (
                (abs(p.x1 - s.x1) <= 0.3 and abs(s.x0 - p.x0) <= 2.0)
                or (cur.lines >= 2 and abs(p.x1 - cur.x1) <= 0.3)
            )
        )
        # A numbered point ("at 2) …") or a header field ("Deltagere: …") starts its own
        # line even under a full line.
        # So does a section label alone on its line ("Rådets beslutning:" under a sentence
        # that happens to reach the right edge).
        point = (
            _POINT_START.match(s.text) is not None
            or (s.text[:1] in _FIELD_FIRST and _FIELD_START.match(s.text) is not None)
            or (s.text[-1:] == ":" and len(s.text) <= 40 and _label_alone(s.text))
            # (and without its colon under a sentence's end or at the top of a page, where
            # no space above it shows: "Beslutning" under a paragraph's full last line)
            # (or under a title closed by a bracket: "… 41 (Lukket punkt)" / "Beslutning")
            or (
                (cur.text[-1:] in ".!?)" or not same_page)
                and len(s.text) <= 40
                and s.text[:1].isupper()
                and _label_alone(s.text)
            )
            or _next_entry(cur.text, s.text)
            # ("… i et halvt år." / "Aktion: Sagen sendes videre …": a note taker's action
            # line under a sentence's end, its own line even where the label did not fit)
            or (cur.text[-1:] in ".!?" and s.text[:1] in "AHO" and _ACTION_START.match(s.text))
            or _case_alone(s.text)
            or _CASE_FIELD_OPENS.match(s.text) is not None
            or (s.text[:1].isupper() and _label_opens(s.text))
            or (cur.lines == 1 and _closed_by_case(cur.text))
            or (s.text[:1] in "SsPp" and _PAGE_NUMBER.match(s.text) is not None)
            or _TYPED_RULE.match(s.text) is not None
            or _TYPED_RULE.match(cur.text) is not None
            or s.text[:1] in _ARROWS
            or _stamp(s.text)
            or (cur.text[-1:] in ".!?" and _BODY_DATE_LINE.match(s.text) is not None)
        )
        wrapped = aligned and not point and (hyphen or full or not fits(p, s))
        same_style = s.bold == cur.bold and abs(s.size - cur.size) <= 0.5

        join = False
        if not same_page:
            # The layout drops the space above a block at the top of a page, so a page
            # break says nothing about blank lines: a line wrapped over the break goes on
            # (a paragraph's lone first line never ends a page: orphan control), table
            # rows and contents lines go on, anything else starts a new block.
            join = (
                wrapped
                and same_style
                and cur.lines >= 2
                and kind == "text"
                and cur.kind in ("text", "list")
            )
            new_block = not (kind == cur.kind and kind in ("row", "toc"))
        elif kind == "heading" or cur.kind == "heading":
            # (a heading's wrapped line in its type, bold and no larger than the body's
            # largest size, is no heading by itself: "Sag nr. 62 … oversendelse til" /
            # "revisionen")
            join = (
                cur.kind == "heading"
                and kind in ("heading", "text")
                and same_style
                and dist <= 1.6 * s.size
                and (wrapped or _wrapped_after(cur.text, s.text, aligned and not point))
            )
            new_block = True
        elif kind == "row" or cur.kind == "row":
            new_block = not (kind == cur.kind == "row") and dist > m.leading + 0.5 * m.body
        elif (
            kind == "toc"
            and cur.kind == "text"
            and not gap
            and aligned
            # ("A. Sager til afgørelse" / "1. Title ..... 2": a group's heading over the
            # first entry, which opens with its own number, is no wrapped title)
            and not (s.text[:1] in _TOC_NUMBERED_FIRST and _TOC_NUMBERED.match(s.text))
            # ("Indholdsfortegnelse" / "Åbent Title ..... 2": the contents' own heading
            # over the first entry, and "Title .. 2" / "Title ..... 3": an entry with a
            # short leader over the next, are no wrapped title)
            and not (cur.lines == 1 and _CONTENTS_HEAD.match(cur.text))
            and _SHORT_LEADER.search(cur.text) is None
        ):
            join = True  # a contents title wrapped over two lines
            cur.kind = "toc"
        elif s.bold and _decision_heading_line(s.text):
            # "Beslutning i Landdistriktsudvalget den 02-10-2018" in bold, body size, right
            # under the item's case line, text or bold title: the decision's heading opens
            # a block of its own, as a blank line above it would (not the title's paragraph)
            new_block = True
        elif kind in ("toc", "list") or cur.kind == "toc" or not same_style:
            new_block = gap
        elif gap:
            new_block = True
        elif wrapped:
            join = True
        else:
            new_block = False

        if join:
            cur.text = _join(cur.text, s.text, m.vocab)
            if cur.lines == 1 and not cur.in_list:
                cur.x0 = s.x0
            cur.lines += 1
            cur.x1 = p.x1
        else:
            flush(new_block)
            cur = _Para(
                s.text, kind, s.tx0 if kind == "list" else s.x0, s.size, s.bold, kind == "list"
            )
        prev = s
    flush(False)
    while out and out[-1] == "":
        out.pop()
    if (
        len(kinds := {out[k] for k in headed}) < len(headed)
        and len(kinds) >= 2
        and all(_section_label(out[k][3:]) for k in headed)
        and _spaced_apart(out, set(headed))
        and not any(_LISTED.match(line) for line in out)
    ):
        # Bold labels over plain titles ("Godkendelse af dagsorden" / "Sagsnr. 24/1187" /
        # "**Beslutning**" / "Godkendt."): the only styled lines are the sections' labels
        # every item repeats, so the style marks no item; the labels are read as the
        # plain text's labels are (the titles' lines, unstyled, are the items' heads)
        for k in headed:
            out[k] = out[k][3:]
    return "\n".join(out)


#: A numbered list's line ("1. Rådet ønsker, …"): in a text whose items are unnumbered,
#: read as the items once nothing styled parts them.
_LISTED = re.compile(r"^\d{1,2}[.)]\s")


def _spaced_apart(out: list[str], headed: set[int]) -> bool:
    """Whether the text parts its paragraphs by blank lines of its own: a blank line not
    next to a heading (where none is, the headings' space is all that parts the items)."""
    return any(not line and k and not ({k - 1, k + 1} & headed) for k, line in enumerate(out))


def _section_label(text: str) -> bool:
    """The heading's text is an item section's label ("Beslutning:", "Indstilling",
    "Udvalgets beslutning den 14-05-2019:", "Beslutning i Økonomiudvalget") or the
    contents' head; not a body's dated decision heading that opens with the word
    ("Beslutning i Økonomiudvalget den 02-10-2018": set as a heading, it opens each
    decision of the minutes that title their items by it, and stays one)."""
    found = _decision_heading_of(text)  # (asked once: the dated heading and the label)
    if found is not None and found[1] is not None and text.startswith("Beslutning"):
        return False
    return (
        _label_alone(text)
        or found is not None
        or text.strip().rstrip(":").strip().lower() == "indholdsfortegnelse"
    )


_UNDECODED = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0b-\x1f]")
#: U+FFFD where a tab parts two cells: after a line's start, a full stop, a colon, a
#: bracket, a small letter or a digit, before a capital or a digit ("Til stede:�Birthe
#: Nielsen�Knud Hansen", "1.�Godkendelse af dagsorden"). A letter the font maps to nothing
#: stands inside a word ("K�benhavn") or among capitals ("S�REN"), so it is left alone.
_UNMAPPED_TAB = re.compile(r"(?:^|(?<=[.:)a-zæøå0-9]))�(?=[A-ZÆØÅ0-9])", re.MULTILINE)


def _unmapped_tabs(text: str) -> str:
    """The text with the tab characters a PDF drew with a glyph of no Unicode (its font
    subset has no tab: pdfium reads U+FFFD) as tabs, where two or more stand so."""
    if "\ufffd" not in text:
        return text
    tabbed, n = _UNMAPPED_TAB.subn("\t", text)
    return tabbed if n >= 2 else text


#: A keycap digit whose keycap mark the font has no glyph for ("1\ufe0f\ufffd": the digit and
#: its variation selector came through, U+20E3 did not): only a keycap puts U+FE0F after a
#: digit, so the mark is put back and the layouts read the numbered heading ("## 1️⃣ Title").
_UNMAPPED_KEYCAP = re.compile(r"(?<=\d)\ufe0f\ufffd")
#: A pictogram the font has no glyph for, as a word of its own: opening a line or a fact
#: ("\ufffd Onsdag 12/3 · \ufffd 8.30"), or closing a bold label ("**Beslutning \ufffd**").
#: (One closing a line is left: "Julemarked \ufffd" says no more without it.)
_UNMAPPED_SYMBOL = re.compile(
    r"(?:^|(?<=\s))\ufffd[\ufe0f\u200d]*[ \t]+|[ \t]+\ufffd[\ufe0f\u200d]*(?=[*_])",
    re.MULTILINE,
)
#: U+FFFD beside a letter: a letter the font maps to nothing ("K\ufffdbenhavn", "h\ufffdring").
_UNMAPPED_LETTER = re.compile(r"(?<=[^\W\d_])\ufffd|\ufffd(?=[^\W\d_])")


def _unmapped_symbols(text: str) -> str:
    """The text without the pictograms a PDF drew in a font that has no glyph for them
    (pdfium reads U+FFFD): a symbol whose meaning is lost says nothing, and left in it
    hides the line's words from the layouts ("\ufffd **Konklusion:** Godkendt." reads
    "**Konklusion:** Godkendt."). Where U+FFFD stands for letters too ("h\ufffdring"), a
    lone one is a lost dash or letter as likely, and the text is left as it is."""
    if "\ufffd" not in text or _UNMAPPED_LETTER.search(text) is not None:
        return text
    text = _UNMAPPED_KEYCAP.sub("\ufe0f\u20e3", text)
    return _UNMAPPED_SYMBOL.sub("", text)


def _check_decoding(text: str) -> None:
    bad = len(_UNDECODED.findall(text))
    if bad > 20 and bad > sum(1 for ch in text if ch.isalpha()):
        raise UnreadableDocument(
            "the PDF's text layer cannot be decoded (its fonts map characters to no "
            "letters); the text must be recognised (OCR) or exported again"
        )


def read(data: bytes) -> Document:
    """Extract the text of a PDF with a text layer; raise :class:`UnreadableDocument` if none."""
    _check_bytes(data)
    pages, widths, warnings = _pages(data)
    pages, running = _remove_furniture(pages)
    metrics = _metrics(pages)
    pages = [_reading_order(_watermark_first(segs, metrics.body), metrics.body) for segs in pages]
    entries: list[_Seg] = []
    grid = _Grid()
    words = frozenset(w.lower() for segs in pages for s in segs for w in _WORD.findall(s.text))
    for segs in pages:
        entries.extend(_tables(segs, lambda a, b: _join(a, b, metrics.vocab), grid, words))
    if sum(s.cells is not None for s in entries) > 2 and len(pages) > 1:
        entries = _continued_rows(entries, lambda a, b: _join(a, b, metrics.vocab))
    if any(s.cells is not None for s in entries):
        # A long table set smaller than the text can outweigh it: the body's size and
        # leading are the text's, outside the table rows.
        text_only = _metrics([[s for s in entries if s.cells is None]])
        if text_only.body != metrics.body:
            metrics.body, metrics.leading = text_only.body, text_only.leading
    metrics.right = _right_edge(entries, widths, metrics)
    metrics.leading = _unwrapped_leading(entries, metrics)
    text = _assemble(entries, metrics).replace("\xad", "").translate(_LIGATURES)
    _check_decoding(text)
    text = _unmapped_symbols(_unmapped_tabs(text))
    if not text.strip():
        raise UnreadableDocument("the PDF has no text: its pages hold only headers and footers")
    # an item table printed from Word: its rows come out as lines of tab-parted cells
    text = pasted_item_table(text)
    forum = _furniture_forum(running, text)
    if forum:  # "Styregruppen for Sundhedshus Brande" only in the page header: read once
        text = f"{forum}\n\n{text}"
    date = _furniture_date(running, text)
    if date:  # "Mødedato: 12.03.2025" only in the page header: read once, above the body
        text = f"{date}\n\n{text}"
    year = _furniture_year(running, text)
    if year:  # "… · Referat oktober 2024" only in the page header: the year of a yearless date
        text = f"{year}\n\n{text}"
    owner = _furniture_owner(running, text, forum)
    if owner:  # "Region Syddanmark" only in the page footer: read once, above the body
        text = f"{owner}\n\n{text}"
    return Document(text + "\n", "pdf", None, tuple(warnings))
