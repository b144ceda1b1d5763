"""A metamorphic probe: the labelled documents rewritten in other forms, measured again.

The same minutes reach a user in many forms: a Word document read paragraph by paragraph,
a web page whose every line is a block, a copy without the indentation, a PDF export. A
rewriting that leaves every hand label true should leave the scores where they were, so
each labelled text or markdown document is rewritten in each form (``FORMS``), parsed
again and scored against the same label; what the rewritten form misses and the original
did not is the probe's finding (``new_misses``).

Documents the rewriting cannot keep true are left out (``skip_reason``): a table's cells
parted by tabs or pipes (a paragraph per line or a PDF line has no columns) and a title
the original wraps over lines by hand (a Word paragraph or a PDF line would hold it whole).
A decision text whose first line the PDF joined with the next one (or broke earlier) is no
finding either: the label's first line is the original's line.

The rewriting is pure (``rewrite``); the PDF form needs reportlab (a dev dependency) and
is left out with a note where it is missing.
"""

from __future__ import annotations

import html
import io
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: The forms, cheapest first: ``para`` every line its own paragraph (a blank line between
#: any two, the indentation gone), ``dedent`` the indentation gone, ``html`` a page with a
#: ``<p>`` per line, ``docx`` a Word document with a paragraph per line, ``pdf`` an A4 page
#: per 55 lines, a line wider than the column wrapped; ``export`` an agenda system's PDF
#: export (``synth.render_pdf``: bold headings, each item on a page of its own, a contents
#: page, a running header and "Side N af M"; its geometry varied by the file's name).
FORMS = ("para", "dedent", "html", "docx", "pdf", "export")
#: The suffix each form's document is read as (a markdown file's text forms stay markdown).
SUFFIX = {
    "para": ".txt",
    "dedent": ".txt",
    "html": ".html",
    "docx": ".docx",
    "pdf": ".pdf",
    "export": ".pdf",
}
#: The documents rewritten: text and markdown (the forms start from lines of text).
TEXT_SUFFIXES = (".txt", ".md")

#: A table's row in the text: a tab between cells, or a pipe first.
_TABLE_ROW = re.compile(r"\t|^[ \t]*\|", re.MULTILINE)
#: A miss of a decision's first line: "item 4 decision: label '…', ours '…'".
_DECISION_MISS = re.compile(r"item \S+ decision: label '(?P<label>.*)', ours '(?P<ours>.*)'$")
#: The font the PDF form draws with where it exists (every Danish character and dash).
_PDF_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class FormUnavailable(RuntimeError):
    """A form's writer is not installed (reportlab for the PDF form)."""


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def as_paragraphs(text: str) -> str:
    """Every non-blank line its own paragraph: stripped, one blank line between any two."""
    return "\n\n".join(line for line in _lines(text) if line) + "\n"


def dedented(text: str) -> str:
    """Every line without its indentation (and trailing white space); nothing else."""
    return "\n".join(_lines(text)) + "\n"


def as_html(text: str, title: str = "Referat") -> str:
    """A whole page whose ``<main>`` holds one ``<p>`` per non-blank line."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in _lines(text) if line)
    return (
        '<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body><main>\n{body}\n</main></body></html>\n"
    )


def as_docx(text: str) -> bytes:
    """A Word document with one paragraph per line (a blank line an empty paragraph)."""
    from docx import Document

    doc = Document()
    for line in _lines(text):
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def as_pdf(text: str, title: str = "Referat") -> bytes:
    """An A4 PDF, 10 pt type on 13 pt lines, a line of the text per line of the page (one
    wider than the column wrapped as a word processor would), a blank line a blank line."""
    try:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
    except ImportError as exc:  # (a dev dependency)
        raise FormUnavailable("the PDF form needs reportlab (pip install reportlab)") from exc
    font = "Helvetica"
    if _PDF_FONT.is_file():
        if "ProbeSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("ProbeSans", str(_PDF_FONT)))
        font = "ProbeSans"
    width, height = A4
    margin, size, leading = 70.0, 10.0, 13.0
    rows: list[str] = []
    for line in _lines(text):
        rows.extend(simpleSplit(line, font, size, width - 2 * margin) if line else [""])
    per_page = int((height - 2 * margin) // leading)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)  # (invariant: the same bytes each run)
    pdf.setTitle(title)
    for start in range(0, max(len(rows), 1), per_page):
        pdf.setFont(font, size)
        y = height - margin
        for row in rows[start : start + per_page]:
            if row:
                pdf.drawString(margin, y, row)
            y -= leading
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def as_export(text: str, title: str = "Referat") -> bytes:
    """An agenda system's PDF export of ``text`` (``synth.render_pdf``), its layout picked
    by ``title`` (the same title, the same bytes), the running header "Referat"."""
    try:
        from analysis.synth.render_pdf import render_pdf
    except ImportError as exc:  # (reportlab, a dev dependency)
        raise FormUnavailable("the export form needs reportlab (pip install reportlab)") from exc
    return render_pdf(text, title=title, header="Referat", seed=zlib.crc32(title.encode()) % 1000)


def rewrite(text: str, form: str, title: str = "Referat") -> bytes:
    """``text`` as a document of ``form`` (one of ``FORMS``), its bytes (pure)."""
    if form == "para":
        return as_paragraphs(text).encode("utf-8")
    if form == "dedent":
        return dedented(text).encode("utf-8")
    if form == "html":
        return as_html(text, title).encode("utf-8")
    if form == "docx":
        return as_docx(text)
    if form == "pdf":
        return as_pdf(text, title)
    if form == "export":
        return as_export(text, title)
    raise ValueError(f"unknown form {form!r}; the forms are {', '.join(FORMS)}")


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def skip_reason(text: str, label: Mapping) -> str | None:
    """Why the rewriting cannot keep ``label`` true of ``text``, or None: a table's rows
    (tabs or pipes) or an item title the text wraps over lines."""
    if _TABLE_ROW.search(text):
        return "table"
    lines = {_flat(line) for line in text.splitlines()}
    for item in label.get("items") or []:
        title = _flat(item.get("title"))
        if title and not any(title in line for line in lines):
            return "wrapped title"
    return None


def new_misses(original: Iterable[str], rewritten: Iterable[str]) -> list[str]:
    """The rewritten form's misses the original did not have; a decision's first line
    that differs only where a line was joined or broke is none."""
    had = set(original)
    out = []
    for miss in rewritten:
        if miss in had:
            continue
        m = _DECISION_MISS.match(miss)
        if m:
            label, ours = _flat(m["label"]), _flat(m["ours"])
            if label.startswith(ours) or ours.startswith(label):
                continue
        out.append(miss)
    return out


def miss_kind(miss: str) -> str:
    """A miss's field: "item title", "item case", "item" (not found), "forum", "rejected"…"""
    if miss.startswith("rejected"):
        return "rejected"
    head = miss.split(":", 1)[0]
    return re.sub(r"^item \S+", "item", head)


@dataclass
class ProbeRow:
    """One labelled document in one form."""

    file: str
    form: str
    skipped: str | None = None  # why the document was left out of this form
    misses: list[str] = field(default_factory=list)  # new against the original


def _score(label: Mapping, data: bytes, name: str) -> tuple[list[str], bool]:
    """(misses, read) of ``data`` parsed as ``name`` against ``label``."""
    from analysis.evaluate import evaluate_file
    from analysis.pipeline import parse_bytes

    result = parse_bytes(data, name)
    score = evaluate_file(label, result.tables, result.manifest)
    read = score.status in ("ok", "warning")
    return list(score.misses), read


def probe_label(label: Mapping, data: bytes, forms: Iterable[str] = FORMS) -> list[ProbeRow]:
    """Every form of one labelled document (``data``, the original's bytes) scored against
    its label; a form's misses are those the original did not have."""
    name = str(label["file"])
    suffix = Path(name).suffix.lower()
    forms = list(forms)
    if suffix not in TEXT_SUFFIXES:
        return [ProbeRow(name, form, skipped=f"a {suffix or 'bare'} file") for form in forms]
    text = data.decode("utf-8", errors="replace")
    reason = skip_reason(text, label)
    if reason:
        return [ProbeRow(name, form, skipped=reason) for form in forms]
    original, original_read = _score(label, data, name)
    stem = Path(name).stem
    rows = []
    for form in forms:
        try:
            rewritten = rewrite(text, form, title=stem)
        except FormUnavailable as exc:
            rows.append(ProbeRow(name, form, skipped=str(exc)))
            continue
        except Exception as exc:  # (the writer's failure is no finding about the parser)
            reason = f"the {form} writer failed: {type(exc).__name__}"
            rows.append(ProbeRow(name, form, skipped=reason))
            continue
        # (a markdown file keeps its suffix in the text forms: its syntax is still read)
        as_text = form in ("para", "dedent")
        misses, read = _score(label, rewritten, stem + (suffix if as_text else SUFFIX[form]))
        found = new_misses(original, misses)
        if original_read and not read:
            found = ["rejected: the rewritten form is not read"]
        rows.append(ProbeRow(name, form, misses=found))
    return rows


def probe_dir(
    labels_dir: Path, raw_dir: Path | None = None, forms: Iterable[str] = FORMS
) -> list[ProbeRow]:
    """``probe_label`` for every label in ``labels_dir`` (documents in ``raw_dir``)."""
    from analysis.evaluate import default_raw_dir, load_labels

    raw_dir = Path(raw_dir) if raw_dir is not None else default_raw_dir(labels_dir)
    forms = list(forms)
    rows: list[ProbeRow] = []
    for label in load_labels(labels_dir):
        path = raw_dir / label["file"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = "not found" if isinstance(exc, FileNotFoundError) else exc.strerror
            rows.extend(ProbeRow(label["file"], form, skipped=str(reason)) for form in forms)
            continue
        rows.extend(probe_label(label, data, forms))
    return rows


def render(rows: list[ProbeRow]) -> str:
    """Per form: documents probed and left out, those with new misses, the misses by field;
    then every document's new misses."""
    forms = list(dict.fromkeys(row.form for row in rows))
    out = ["form     probed  left out  with new misses  new misses by field"]
    for form in forms:
        mine = [row for row in rows if row.form == form]
        probed = [row for row in mine if row.skipped is None]
        worse = [row for row in probed if row.misses]
        kinds = Counter(miss_kind(m) for row in worse for m in row.misses)
        fields = ", ".join(f"{k} {n}" for k, n in kinds.most_common()) or "-"
        out.append(
            f"{form:<8} {len(probed):>6}  {len(mine) - len(probed):>8}  {len(worse):>15}  {fields}"
        )
    for form in forms:
        worse = [row for row in rows if row.form == form and row.misses]
        if worse:
            out.append(f"\n{form}: documents with new misses")
            for row in worse:
                out.append(f"  {row.file}")
                out.extend(f"    {miss}" for miss in row.misses)
    return "\n".join(out)


__all__ = [
    "FORMS",
    "FormUnavailable",
    "ProbeRow",
    "new_misses",
    "probe_dir",
    "probe_label",
    "render",
    "rewrite",
    "skip_reason",
]
