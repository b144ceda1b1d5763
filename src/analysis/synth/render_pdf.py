"""Minutes text -> a PDF like the agenda system's export (reportlab; for tests and benchmarks).

The input is the plain or markdown text form the seeds are kept in. The output looks like
an export from a municipal agenda system: A4, a cover page with the meeting header, the
table of contents on its own page with dotted leaders, every agenda item on a new page,
bold and larger headings, paragraphs wrapped to the page width, hanging-indent lists,
tab-separated rows as a ruled table, a running header and a "Side N af M" footer on every
page. Markdown is removed (inline bold and italics become bold and italic type), so a
``.md`` seed renders like the ``.txt`` ones.

Rendering is deterministic: the same text and ``seed`` give the same bytes. ``seed`` varies
the layout (type size, leading, margins, spacing, justification, header and footer
placement) within the range real exports show, so a corpus of renderings does not share
one geometry. ``hyphenate=True`` breaks long words at line ends ("budget-" / "processen").

:func:`render_scan_pdf` turns the same rendering into page images without a text layer,
as a scanner would deliver it.
"""

from __future__ import annotations

import html
import io
import random
import re
from dataclasses import dataclass

from analysis.parse import (  # the parser's own patterns: render what it reads
    _MD_HEADING,
    _REFERAT,
    _TOC_HEAD,
    _TOC_LINE,
    heading_key,
    to_lines,
)

# --- classifying source lines -----------------------------------------------------------

_ITEM = re.compile(r"^Punkt\s+\d{1,3}\s*[:.]\s*\S", re.IGNORECASE)
_FIELD = re.compile(
    r"^(?P<key>Mødedato|Dato|Mødetidspunkt|Tid|Mødested|Sted|Mødedeltagere|Deltagere|"
    r"Fraværende|Afbud)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_LIST = re.compile(r"^(?P<marker>[-•*–]|\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))\s+(?P<rest>\S.*)$")
_WORD = re.compile(r"[a-zæøåé]{12,}")
_VOWELS = set("aeiouyæøåé")
#: Words a soft hyphen must never leave at the start of a line (they mark "børne- og").
_CONJUNCTIONS = {"og", "eller", "samt", "til"}


@dataclass
class _Line:
    kind: str  # title, item, section, heading, toc_head, toc, table, list, field, para
    text: str  # plain text (markdown removed)
    markup: str  # reportlab paragraph markup
    level: int = 0  # list nesting / markdown heading level
    marker: str = ""
    full: str = ""  # markup including a list marker


def _inline_markup(raw: str, plain: str) -> str:
    """Markdown inline markup -> reportlab markup; falls back to ``plain`` if they disagree."""
    s = html.escape(raw.strip(), quote=False)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"(\*\*|__)(.+?)\1", r"<b>\2</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", s)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", s)
    s = re.sub(r"\s+", " ", s)
    back = html.unescape(re.sub(r"</?[bi]>", "", s)).strip()
    if back != re.sub(r"\s+", " ", plain).strip():
        return html.escape(plain, quote=False)
    return s


def classify(text: str) -> list[list[_Line]]:
    """Source text -> blocks (runs of non-blank lines) of classified lines."""
    blocks: list[list[_Line]] = []
    block: list[_Line] = []
    in_toc = False
    seen_item = False
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for raw, line in zip(raw_lines, to_lines("\n".join(raw_lines)), strict=True):
        if line.blank:
            if block:
                blocks.append(block)
                block = []
            continue
        plain = line.clean
        m = _MD_HEADING.match(raw)
        body = m.group(2) if m else raw
        markup = _inline_markup(body, plain)
        indent = len(raw) - len(raw.lstrip(" "))
        if _ITEM.match(plain):
            kind, seen_item, in_toc = "item", True, False
        elif _REFERAT.match(plain) and not seen_item:
            kind = "title"
        elif _TOC_HEAD.match(plain):
            kind, in_toc = "toc_head", True
        elif in_toc and _TOC_LINE.match(plain):
            kind = "toc"
        elif heading_key(line):
            kind = "section" if _known(line) else "heading"
        elif "\t" in plain:
            kind = "table"
        elif (lm := _LIST.match(plain)) and markup.startswith(
            mk := html.escape(lm.group("marker"), quote=False)
        ):
            rest = markup[len(mk) :].strip()
            block.append(_Line("list", plain, rest, indent // 2, lm.group("marker"), markup))
            continue
        elif not seen_item and _FIELD.match(plain):
            kind = "field"
            fm = _FIELD.match(plain)
            assert fm is not None
            if "<b>" not in markup:
                key = html.escape(fm.group("key"), quote=False)
                markup = f"<b>{key}</b>{markup[len(key) :]}" if markup.startswith(key) else markup
        else:
            kind = "para"
        block.append(_Line(kind, plain, markup, line.heading_level))
    if block:
        blocks.append(block)
    return blocks


def _known(line) -> bool:
    from analysis.vocab import SECTION_HEADINGS

    return line.clean.rstrip(":").strip().lower() in SECTION_HEADINGS


def _soft_hyphens(markup: str) -> str:
    """Soft hyphens in long lower-case words (vowel-consonant-vowel rule, 4+ letters a side)."""

    def shy(m: re.Match[str]) -> str:
        w = m.group(0)
        cuts = [
            i
            for i in range(4, len(w) - 4)
            if w[i - 1] in _VOWELS and w[i] not in _VOWELS and w[i + 1] in _VOWELS
        ]
        keep: list[int] = []
        for c in cuts:
            if (not keep or c - keep[-1] >= 4) and w[c:] not in _CONJUNCTIONS:
                keep.append(c)
        out, prev = [], 0
        for c in keep:
            out.append(w[prev:c])
            prev = c
        out.append(w[prev:])
        return "\xad".join(out)

    # Only outside tags and entities.
    parts = re.split(r"(<[^>]+>|&\w+;)", markup)
    return "".join(p if p.startswith(("<", "&")) else _WORD.sub(shy, p) for p in parts)


# --- layout -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    size: float
    leading: float
    left: float
    right: float
    top: float
    bottom: float
    gap: float  # space between blocks
    header_right: bool
    footer_centre: bool
    justify: bool


def _layout(seed: int) -> _Layout:
    rng = random.Random(seed)
    size = rng.choice([9.5, 10.0, 10.0, 10.5, 11.0])
    return _Layout(
        size=size,
        leading=round(size * rng.uniform(1.22, 1.4), 2),
        left=rng.choice([56.0, 62.0, 70.0, 72.0]),
        right=rng.choice([50.0, 56.0, 62.0, 70.0]),
        top=rng.choice([72.0, 78.0, 85.0]),
        bottom=rng.choice([62.0, 68.0, 75.0]),
        gap=round(size * rng.uniform(0.6, 1.0), 2),
        header_right=rng.random() < 0.5,
        footer_centre=rng.random() < 0.5,
        justify=rng.random() < 0.35,
    )


def _running_header(text: str) -> str:
    for line in to_lines(text):
        m = _REFERAT.match(line.clean)
        if m:
            return f"Albertslund Kommune — {m.group('forum')} {m.group('date')}"
    return "Albertslund Kommune"


def render_pdf(
    text: str,
    *,
    title: str | None = None,
    header: str | None = None,
    seed: int = 0,
    hyphenate: bool = False,
) -> bytes:
    """Render minutes ``text`` as an agenda-system PDF export; returns the PDF bytes.

    ``header`` is the running page header (default "Albertslund Kommune — <forum> <date>"
    from the REFERAT line), ``title`` the PDF's document title, ``seed`` picks the layout
    variant and ``hyphenate`` breaks long words at line ends with a hyphen (soft hyphens).
    """
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    lay = _layout(seed)
    page_w, page_h = A4
    frame_w = page_w - lay.left - lay.right - 12  # the frame pads 6 pt on either side
    running = header if header is not None else _running_header(text)
    font, bold = "Helvetica", "Helvetica-Bold"

    body = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=lay.size,
        leading=lay.leading,
        alignment=TA_JUSTIFY if lay.justify else TA_LEFT,
        allowOrphans=0,
        allowWidows=1,
    )

    def heading_style(name: str, size: float, before: float, after: float) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            parent=body,
            fontName=bold,
            fontSize=size,
            leading=round(size * 1.25, 2),
            spaceBefore=before,
            spaceAfter=after,
            keepWithNext=1,
        )

    styles = {
        "title": heading_style("title", lay.size + 7, 0, lay.gap * 2),
        "item": heading_style("item", lay.size + 3.5, 0, lay.gap),
        "section": heading_style("section", lay.size + 1.5, lay.gap * 1.6, lay.gap * 0.4),
        "toc_head": heading_style("toc_head", lay.size + 3.5, 0, lay.gap),
        "heading": heading_style("heading", lay.size + 2.5, lay.gap * 1.6, lay.gap * 0.4),
    }

    class TocLine(Flowable):
        """One TOC entry: title, dotted leader, right-aligned page number."""

        def __init__(self, entry: str, page: str) -> None:
            super().__init__()
            self.entry, self.page = entry, page

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            from reportlab.lib.utils import simpleSplit

            room = (
                aw - stringWidth(self.page, font, lay.size) - 6 * stringWidth(".", font, lay.size)
            )
            self.lines = simpleSplit(self.entry, font, lay.size, room) or [""]
            self.aw = aw
            return aw, len(self.lines) * lay.leading

        def draw(self) -> None:
            c = self.canv
            c.setFont(font, lay.size)
            y = (len(self.lines) - 1) * lay.leading + (lay.leading - lay.size) * 0.9
            for ln in self.lines[:-1]:
                c.drawString(0, y, ln)
                y -= lay.leading
            last = self.lines[-1]
            c.drawString(0, y, last)
            dot = stringWidth(".", font, lay.size)
            start = stringWidth(last + " ", font, lay.size)
            end = self.aw - stringWidth(" " + self.page, font, lay.size)
            c.drawString(start, y, "." * max(3, int((end - start) / dot)))
            c.drawRightString(self.aw, y, self.page)

    def para(line: _Line, style: ParagraphStyle) -> Paragraph:
        markup = line.full or line.markup
        markup = _soft_hyphens(markup) if hyphenate else markup
        return Paragraph(markup, style)

    def list_item(line: _Line) -> Paragraph:
        mark_w = stringWidth(line.marker, font, lay.size)
        bullet_indent = 6 + 16 * line.level
        style = ParagraphStyle(
            f"list{line.level}-{line.marker}",
            parent=body,
            bulletFontName=font,
            bulletFontSize=lay.size,
            bulletIndent=bullet_indent,
            leftIndent=bullet_indent + max(16.0, mark_w + 6),
        )
        markup = _soft_hyphens(line.markup) if hyphenate else line.markup
        return Paragraph(markup, style, bulletText=line.marker)

    def table(rows: list[_Line]) -> Table:
        cells = [r.text.split("\t") for r in rows]
        ncol = max(len(r) for r in cells)
        widths = [max(len(r[i]) if i < len(r) else 0 for r in cells) for i in range(ncol)]
        total = sum(widths) or 1
        shares = [max(w / total, 0.25) for w in widths]
        col_w = [frame_w * s / sum(shares) for s in shares]
        head = ParagraphStyle("cellhead", parent=body, fontName=bold)
        data = [
            [
                Paragraph(
                    html.escape(r[i], quote=False) if i < len(r) else "", head if k == 0 else body
                )
                for i in range(ncol)
            ]
            for k, r in enumerate(cells)
        ]
        t = Table(data, colWidths=col_w, repeatRows=0)
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return t

    story: list = []
    for b, block in enumerate(classify(text)):
        flow: list = []
        k = 0
        while k < len(block):
            line = block[k]
            first = k == 0
            if line.kind in ("item", "toc_head") and story:
                story.append(PageBreak())
            if line.kind in styles:
                flow.append(para(line, styles[line.kind]))
            elif line.kind == "toc":
                m = _TOC_LINE.match(line.text)
                assert m is not None
                flow.append(TocLine(m.group("title").strip(), m.group("page")))
            elif line.kind == "table":
                rows = [line]
                while k + 1 < len(block) and block[k + 1].kind == "table":
                    k += 1
                    rows.append(block[k])
                if first and b:
                    flow.append(Spacer(1, lay.gap))
                flow.append(table(rows))
                if k + 1 == len(block):
                    flow.append(Spacer(1, lay.gap))
            else:
                # A lone "1. at …" line is a paragraph; runs of items are a hanging list.
                as_list = line.kind == "list" and len(block) > 1
                p = list_item(line) if as_list else para(line, body)
                if first:
                    p.style = ParagraphStyle(
                        f"{p.style.name}-first", parent=p.style, spaceBefore=lay.gap
                    )
                flow.append(p)
            k += 1
        if len(flow) > 1 and block[0].kind not in styles:
            story.append(KeepTogether(flow))
        else:
            story.extend(flow)

    header_size = lay.size - 1.5

    class NumberedCanvas(Canvas):
        """Canvas that writes "Side N af M" once the page count is known."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFont(font, header_size)
            self.setFillColor(colors.HexColor("#333333"))
            y_head = page_h - lay.top + lay.size * 2.2
            if lay.header_right:
                self.drawRightString(page_w - lay.right, y_head, running)
            else:
                self.drawString(lay.left, y_head, running)
            self.setStrokeColor(colors.HexColor("#9a9a9a"))
            self.setLineWidth(0.4)
            self.line(lay.left, y_head - 4, page_w - lay.right, y_head - 4)
            footer = f"Side {self._pageNumber} af {total}"
            y_foot = lay.bottom - lay.size * 2.4
            if lay.footer_centre:
                self.drawCentredString(page_w / 2, y_foot, footer)
            else:
                self.drawRightString(page_w - lay.right, y_foot, footer)
            self.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=lay.left,
        rightMargin=lay.right,
        topMargin=lay.top,
        bottomMargin=lay.bottom,
        title=title if title is not None else running,
        author="Albertslund Kommune",
        creator="Dagsordenssystem (syntetisk eksport)",
        invariant=1,
    )
    doc.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()


def render_scan_pdf(text: str, *, seed: int = 0, dpi: int = 72) -> bytes:
    """The rendering of ``text`` as a scanner delivers it: one grey image per page, no text.

    Every page of :func:`render_pdf` is rasterised, turned slightly and noised, and placed
    as an image on an otherwise empty page, so the file has no text layer at all.
    """
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(render_pdf(text, seed=seed))
    images = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            img = bitmap.to_pil().convert("L")
            bitmap.close()
            page.close()
            img = img.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BILINEAR)
            images.append(img.filter(ImageFilter.GaussianBlur(0.4)))
    finally:
        pdf.close()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for img in images:
        out = io.BytesIO()
        img.save(out, format="JPEG", quality=70)
        c.drawImage(ImageReader(io.BytesIO(out.getvalue())), 0, 0, *A4)
        c.showPage()
    c.save()
    return buf.getvalue()


__all__ = ["render_pdf", "render_scan_pdf"]
