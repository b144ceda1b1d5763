"""Minutes text -> a Word document like the agenda system's .docx export (python-docx).

The input is the plain or markdown text form the seeds are kept in; markdown is removed
(inline bold and italics become bold and italic runs). The output is a real Word file:

* the "REFERAT …" line in the Title style, header fields with the key in bold
  ("**Mødedato** Torsdag d. …"), "Indholdsfortegnelse" in the TOC Heading style and one
  "toc 1" paragraph per entry: title, a tab with a dotted leader, the page number;
* "Punkt N: …" in Heading 1, section headings (Anledning, Beslutning, …, and markdown
  headings) in Heading 2, everything else Normal paragraphs;
* "- " lines in List Bullet (List Bullet 2 when indented) and "N. " lines in List Number
  with Word's automatic numbering: every numbered list is its own numbering instance
  restarting at its first number, so the numbers are not typed into the text;
* tab-separated rows as a Word table (Table Grid);
* a running page header and a "Side N" footer (fields), which a reader must skip.

Line spacing carries the blank lines of the text: a blank line is the gap Word puts after
a paragraph. Lines that follow each other without a blank line in the text (a lead-in
directly above its numbered points) are set with "space after" 0; two lists or two tables
that are separate blocks in the text get an empty paragraph between them, as a Word user
would type it. :mod:`analysis.read.docx` reads all of this back.

Rendering is deterministic: the core properties and the zip entries carry fixed dates, so
the same text gives the same bytes.

The text model (:func:`text_blocks`) is shared with :mod:`analysis.synth.render_html`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass

from analysis.parse import (  # the parser's own patterns: render what it reads
    _MD_HEADING,
    _REFERAT,
    _TOC_HEAD,
    _TOC_LINE,
    strip_markdown,
    to_lines,
)
from analysis.vocab import SECTION_HEADINGS

#: Fixed creation date written into every rendering (deterministic output).
FIXED_DATE = dt.datetime(2024, 1, 1, 12, 0, 0)

# --- the text model ---------------------------------------------------------------------

_ITEM = re.compile(r"^Punkt\s+(?P<num>\d{1,3})\s*[:.]\s*(?P<title>\S.*)$", re.IGNORECASE)
_FIELD = re.compile(
    r"^(?P<key>Mødedato|Dato|Mødetidspunkt|Tid|Mødested|Sted|Mødedeltagere|Deltagere|"
    r"Fraværende|Afbud|Udvalg|Kommune)(?=[\s:])\s*:?\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^-\s+(?P<text>\S.*)$")
_NUMBER = re.compile(r"^(?P<num>\d{1,3})\.\s+(?P<text>\S.*)$")
_INLINE = re.compile(
    r"(\*\*|__)(?P<bold>.+?)\1|(?<![\w*])\*(?!\s)(?P<em>[^*\n]+?)(?<!\s)\*(?![\w*])"
)


@dataclass(frozen=True)
class Line:
    """One non-blank source line, classified.

    ``kind`` is one of: title (the "REFERAT …" line), field (a header field), toc_head,
    toc (a TOC entry), item ("Punkt N: …"), heading (a section heading), text, bullet,
    number (a "N. " line) or row (tab-separated cells).
    """

    kind: str
    #: The text as the parser sees it (markdown removed, white space tidied); for bullet
    #: and number lines without the marker, for toc lines the title.
    text: str
    #: The same text with its inline markdown, for bold and italic runs.
    raw: str = ""
    #: List depth (bullets/numbers) or markdown heading level.
    level: int = 0
    #: The number of a "N. " line or of an item.
    number: int | None = None
    #: Field key ("Mødedato") of a field line.
    key: str | None = None
    #: Page of a toc line, when it has one.
    page: str | None = None


def _known(text: str) -> bool:
    return text.rstrip(":").strip().lower() in SECTION_HEADINGS


def _strip_marker(raw: str, pattern: re.Pattern[str]) -> str:
    m = pattern.match(raw.strip())
    return m.group("text") if m else raw.strip()


def text_blocks(text: str) -> list[list[Line]]:
    """Source text -> blocks (runs of lines without a blank line between them).

    Title, headings, items and the TOC head always stand in blocks of their own.
    """
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[list[Line]] = []
    block: list[Line] = []
    in_header, in_toc = True, False

    def close() -> None:
        nonlocal block
        if block:
            blocks.append(block)
            block = []

    for raw, line in zip(raw_lines, to_lines("\n".join(raw_lines)), strict=True):
        if line.blank:
            close()
            continue
        clean = line.clean
        md = _MD_HEADING.match(raw)
        body = md.group(2) if md else raw.strip()
        m_item = _ITEM.match(clean)
        alone: Line | None = None
        if m_item:
            in_header = in_toc = False
            alone = Line("item", clean, body, 1, int(m_item.group("num")))
        elif in_header and _REFERAT.match(clean):
            alone = Line("title", clean, body, 1)
        elif in_header and _TOC_HEAD.match(clean):
            in_toc = True
            alone = Line("toc_head", clean, body, 1)
        elif in_header and in_toc and (m := _TOC_LINE.match(clean)):
            block.append(Line("toc", m.group("title").strip(), "", 0, page=m.group("page")))
            continue
        elif in_header and (m := _FIELD.match(clean)):
            in_toc = False
            block.append(Line("field", clean, body, key=m.group("key")))
            continue
        elif line.heading_level or (not in_header and _known(clean)):
            alone = Line("heading", clean, body, line.heading_level or 2)
        if alone is not None:
            close()
            blocks.append([alone])
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if (m := _BULLET.match(clean)) and not in_toc:
            depth = min((indent + 1) // 2, 2)
            block.append(Line("bullet", m.group("text"), _strip_marker(body, _BULLET), depth))
        elif (m := _NUMBER.match(clean)) and not in_toc:
            depth = min((indent + 1) // 2, 2)
            block.append(
                Line(
                    "number",
                    m.group("text"),
                    _strip_marker(body, _NUMBER),
                    depth,
                    int(m.group("num")),
                )
            )
        elif "\t" in clean:
            block.append(Line("toc" if in_toc else "row", clean, ""))
        else:
            block.append(Line("text", clean, body))
    close()
    return blocks


def inline_runs(raw: str, text: str) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) runs of a line; one plain run when markdown and text disagree."""
    runs: list[tuple[str, bool, bool]] = []
    pos = 0
    for m in _INLINE.finditer(raw):
        if m.start() > pos:
            runs.append((strip_markdown(raw[pos : m.start()]), False, False))
        if m.group("bold") is not None:
            runs.append((strip_markdown(m.group("bold")), True, False))
        else:
            runs.append((strip_markdown(m.group("em")), False, True))
        pos = m.end()
    runs.append((strip_markdown(raw[pos:]), False, False))
    runs = [r for r in runs if r[0]]
    joined = re.sub(r"\s+", " ", "".join(r[0] for r in runs).replace("\u00a0", " ")).strip()
    if joined != re.sub(r"\s+", " ", text).strip() or not runs:
        return [(text, False, False)]
    # Trim the outer white space the line's own tidying removed.
    first, *_ = runs
    runs[0] = (first[0].lstrip(), first[1], first[2])
    last = runs[-1]
    runs[-1] = (last[0].rstrip(), last[1], last[2])
    return [r for r in runs if r[0]]


# --- Word -------------------------------------------------------------------------------


def _add_runs(paragraph, line: Line) -> None:
    if line.kind == "field" and line.key and line.text.startswith(line.key):
        paragraph.add_run(line.key).bold = True
        paragraph.add_run(line.text[len(line.key) :])
        return
    for text, bold, italic in inline_runs(line.raw or line.text, line.text):
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True


class _Word:
    def __init__(self) -> None:
        import docx
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        from docx.shared import Cm, Pt

        self.doc = docx.Document()
        self.Pt = Pt
        styles = self.doc.styles
        toc = styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = styles["Normal"]
        toc.paragraph_format.tab_stops.add_tab_stop(
            Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        self.numbering = self.doc.part.numbering_part.element
        self.abstract = {
            name: self._abstract_of(styles[name])
            for name in ("List Number", "List Number 2", "List Number 3")
        }
        self.prev: str | None = None  # kind of the last element: para, list, table

    def _abstract_of(self, style) -> str:
        num_id = style.element.pPr.numPr.numId.val
        num = self.numbering.num_having_numId(num_id)
        return num.abstractNumId.val

    def new_list(self, depth: int, start: int) -> int:
        """A numbering instance of its own for one numbered list, starting at ``start``."""
        style = ("List Number", "List Number 2", "List Number 3")[depth]
        num = self.numbering.add_num(self.abstract[style])
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId

    def paragraph(self, line: Line, num_id: int | None = None):
        doc = self.doc
        kind = line.kind
        if kind == "title":
            p = doc.add_paragraph(style="Title")
        elif kind == "toc_head":
            p = doc.add_paragraph(style="TOC Heading")
        elif kind == "item":
            p = doc.add_paragraph(style="Heading 1")
        elif kind == "heading":
            p = doc.add_paragraph(style="Heading 2")
        elif kind == "toc":
            p = doc.add_paragraph(style="toc 1")
            p.add_run(f"{line.text}\t{line.page}" if line.page else line.text)
            self.prev = "para"
            return p
        elif kind == "bullet":
            p = doc.add_paragraph(
                style=("List Bullet", "List Bullet 2", "List Bullet 3")[line.level]
            )
        elif kind == "number":
            p = doc.add_paragraph(
                style=("List Number", "List Number 2", "List Number 3")[line.level]
            )
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num_id
        else:
            p = doc.add_paragraph()
        _add_runs(p, line)
        self.prev = "list" if kind in ("bullet", "number") else "para"
        return p

    def table(self, rows: list[Line]) -> None:
        cells = [r.text.split("\t") for r in rows]
        width = max(len(c) for c in cells)
        table = self.doc.add_table(rows=len(cells), cols=width)
        table.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(cells):
            for c in range(width):
                table.cell(r, c).text = row[c].strip() if c < len(row) else ""
        for cell in table.rows[0].cells:
            for run in (run for p in cell.paragraphs for run in p.runs):
                run.bold = True
        self.prev = "table"

    def gap(self) -> None:
        """An empty paragraph: keeps two lists or two tables apart."""
        self.doc.add_paragraph()
        self.prev = "para"

    def block(self, block: list[Line]) -> None:
        groups: list[list[Line]] = []
        for line in block:  # consecutive rows form one table
            if groups and line.kind == "row" and groups[-1][0].kind == "row":
                groups[-1].append(line)
            else:
                groups.append([line])
        prev_number: Line | None = None
        num_id: int | None = None
        for gi, group in enumerate(groups):
            first = group[0]
            if first.kind == "row":
                if self.prev == "table":
                    self.gap()
                self.table(group)
                prev_number = None
                continue
            is_list = first.kind in ("bullet", "number")
            if is_list and gi == 0 and self.prev == "list":
                self.gap()  # a new list in a new block: Word would merge them otherwise
            if first.kind == "number":
                continues = (
                    prev_number is not None
                    and prev_number.level == first.level
                    and first.number == (prev_number.number or 0) + 1
                )
                if not continues:
                    num_id = self.new_list(first.level, first.number or 1)
                prev_number = first
            elif first.kind != "bullet" or first.level == 0:
                prev_number = None
            p = self.paragraph(first, num_id)
            nxt = groups[gi + 1][0] if gi + 1 < len(groups) else None
            if nxt is not None and not (is_list and nxt.kind in ("bullet", "number")):
                p.paragraph_format.space_after = self.Pt(0)  # the next line runs on

    def finish(self, title: str) -> bytes:
        doc = self.doc
        section = doc.sections[0]
        section.header.paragraphs[0].text = f"Albertslund Kommune\t\t{title}"
        footer = section.footer.paragraphs[0]
        footer.add_run("Side ")
        _page_field(footer)
        cp = doc.core_properties
        cp.author = cp.last_modified_by = "Albertslund Kommune"
        cp.title = title
        cp.subject = "Referat"
        cp.keywords = ""
        cp.comments = ""
        cp.category = ""
        cp.revision = 1
        cp.created = cp.modified = cp.last_printed = FIXED_DATE
        buf = io.BytesIO()
        doc.save(buf)
        return _fixed_zip(buf.getvalue())


def _page_field(paragraph) -> None:
    """A PAGE field (the page number Word fills in)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def _fixed_zip(data: bytes) -> bytes:
    """The same package with fixed entry dates (python-docx stamps the current time)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def render_docx(text: str) -> bytes:
    """Render minutes text (plain or markdown) as the bytes of a .docx file."""
    blocks = text_blocks(text)
    word = _Word()
    title = ""
    for block in blocks:
        if not title and block[0].kind in ("title", "item"):
            title = block[0].text
        word.block(block)
    return word.finish(title or "Referat")
