"""The yearly overview as a short deck for the chief seminar (python-pptx).

Text sizes are set on each run (not as a paragraph default), so PowerPoint shows and
edits them as the text's own size. Each text box is made tall enough for the lines its
text needs at the chosen size (estimated from its length; the size steps down until the
text fits its line budget), and what follows is placed below it, so a two-line headline
never runs into the chart. Each chart picture's alt text says what the chart shows.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.util import Emu, Pt

from analysis.report.figures import Overview, figures_table

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)  # 16:9, 13.33 × 7.5 in
TITLE_COLOR = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x5F, 0x6B, 0x7A)
MARGIN_X = Emu(400000)
#: Average width of a character in em, for the theme's Calibri with Danish text (bold
#: is wider); a little generous, so the estimate errs towards one line too many.
CHAR_EM = {False: 0.48, True: 0.52}
LINE_SPACING = 1.2
#: Top and bottom inset of a text box (python-pptx/PowerPoint default 0.05 in each).
INSET_Y = Emu(91440)
GAP = Emu(80000)
#: The headline over a chart: two lines at most, 24 pt, down to 18 pt for a long one.
HEADLINE_SIZES = (24, 22, 20, 18)
HEADLINE_LINES = 2
MISSING_TEXT = "ikke oplyst"
_TAG_RE = re.compile(r"<[^>]+>")


def estimated_lines(text: str, size: float, width: Emu, bold: bool = False) -> int:
    """Lines ``text`` wraps to at ``size`` pt in a box ``width`` wide (word wrap)."""
    per_line = max(1, int(Emu(width).pt / (size * CHAR_EM[bold])))
    lines = 0
    for paragraph in text.split("\n"):
        line = 0
        lines += 1
        for word in paragraph.split():
            if line and line + 1 + len(word) > per_line:
                lines += 1
                line = len(word)
            else:
                line += (1 if line else 0) + len(word)
        lines += max(0, math.ceil(line / per_line) - 1)  # a word longer than a line
    return max(lines, 1)


def fit_size(text: str, sizes: Sequence[int], width: Emu, max_lines: int, bold: bool) -> int:
    """The largest of ``sizes`` at which ``text`` takes at most ``max_lines`` lines."""
    for size in sizes:
        if estimated_lines(text, size, width, bold) <= max_lines:
            return size
    return sizes[-1]


def box_height(lines: int, size: float) -> Emu:
    """Height of a text box holding ``lines`` lines at ``size`` pt, insets included."""
    return Emu(int(Pt(size * LINE_SPACING * lines)) + 2 * INSET_Y)


def _text(
    slide, left, top, width, lines: Sequence[str], size: int, bold=False, color=None, height=None
):
    """A text box with one paragraph per line, the size, weight and colour on each run.

    Its height is ``height`` or what the lines need; returns the box.
    """
    if height is None:
        n = sum(estimated_lines(line, size, width, bold) for line in lines)
        height = box_height(n, size)
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    # Our size is chosen to fit; should the font be wider than estimated, PowerPoint
    # and LibreOffice may shrink the text rather than let it overflow.
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size, run.font.bold = Pt(size), bold
        run.font.color.rgb = color or TITLE_COLOR
    return box


def _number_da(value: float, decimals: int, thousands: bool) -> str:
    text = f"{value:,.{decimals}f}" if thousands else f"{value:.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


_NUMBER_TOKEN = re.compile(r"[#0,]*0(?:\.(0+))?")


def _format_value(value: object, fmt: str | None = None) -> str:
    """A key figure as Danish text, following its Excel number format when it has one.

    '0 %' -> '60 %' (0.6), '0.0' -> '1,8', '#,##0' -> '1.234', '0" af 10"' -> '8 af 10';
    missing -> 'ikke oplyst'; text is returned as it is.
    """
    if isinstance(value, str):
        return value
    if value is None or (not isinstance(value, Sequence) and pd.isna(value)):
        return MISSING_TEXT
    if isinstance(value, dt.date | pd.Timestamp):
        return pd.Timestamp(value).strftime("%d-%m-%Y")
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    section = (fmt or "").split(";", 1)[0]
    match = _NUMBER_TOKEN.search(re.sub(r'"[^"]*"', lambda m: "x" * len(m[0]), section))
    if not fmt or fmt.lower() == "general" or match is None:
        return _number_da(value, 0 if float(value).is_integer() else 1, False)
    before, after = section[: match.start()], section[match.end() :]
    scaled = value * 100 if "%" in re.sub(r'"[^"]*"', "", section) else value
    decimals = len(match.group(1) or "")
    number = _number_da(scaled, decimals, "," in match.group(0))
    return f"{_literal(before)}{number}{_literal(after)}"


def _literal(part: str) -> str:
    """The text an Excel format prints around the number: quotes and escapes removed."""
    return re.sub(r'"([^"]*)"|\\(.)', lambda m: m[1] if m[1] is not None else m[2], part)


def _figure_lines(ov: Overview) -> list[str]:
    """'Nøgletal: Værdi' lines, whatever type figures_table gives the values."""
    table = figures_table(ov.figures)
    spec = table.attrs.get("formats", {}).get("Værdi")
    if isinstance(spec, Sequence) and not isinstance(spec, str):
        formats = list(spec)
    else:
        formats = [spec] * len(table)
    return [
        f"{label}: {_format_value(value, fmt)}"
        for label, value, fmt in zip(table["Nøgletal"], table["Værdi"], formats, strict=True)
    ]


def alt_text(chart) -> str:
    """What a chart shows, for its picture's alt text: ``chart.alt`` when the chart has
    one, else the figure's title and subtitle and the takeaway (never the file name)."""
    alt = getattr(chart, "alt", None)
    if alt:
        return str(alt)
    figure = getattr(chart, "figure", None)
    title = figure.layout.title if figure is not None else None
    parts = [
        title.text if title else None,
        title.subtitle.text if title and title.subtitle else None,
        getattr(chart, "takeaway", None),
    ]
    clean = [" ".join(_TAG_RE.sub(" ", p).split()) for p in parts if p]
    text = ". ".join(c.rstrip(".") for c in clean if c)
    return f"Diagram: {text}." if text else "Diagram"


def write_pptx(ov: Overview, png_paths: dict[str, Path], path: Path) -> Path:
    """Title slide with the key figures, then one slide per chart: takeaway + PNG.

    png_paths: chart name -> PNG exported at 1920×1080 (see analysis.export).
    """
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    blank = prs.slide_layouts[6]
    width = Emu(SLIDE_W - 2 * MARGIN_X)

    slide = prs.slides.add_slide(blank)
    top = Emu(600000)
    title_size = fit_size(ov.title, (40, 36, 32, 28), width, 2, True)
    box = _text(slide, MARGIN_X, top, width, [ov.title], title_size, True)
    top = Emu(box.top + box.height + GAP)
    box = _text(slide, MARGIN_X, top, width, [str(ov.source)], 18, color=MUTED)
    top = Emu(box.top + box.height + 3 * GAP)
    lines = _figure_lines(ov)
    room = SLIDE_H - top - INSET_Y * 2
    sizes = (22, 20, 18, 16)
    size = next(
        (
            s
            for s in sizes
            if estimated_lines("\n".join(lines), s, width) * Pt(s * LINE_SPACING) <= room
        ),
        sizes[-1],
    )
    _text(slide, MARGIN_X, top, width, lines, size)

    for chart in ov.charts:
        slide = prs.slides.add_slide(blank)
        head = Emu(180000)
        size = fit_size(chart.takeaway, HEADLINE_SIZES, width, HEADLINE_LINES, True)
        # Always room for two lines at the largest size, so pictures line up slide to slide.
        height = box_height(HEADLINE_LINES, HEADLINE_SIZES[0])
        _text(slide, MARGIN_X, head, width, [chart.takeaway], size, True, height=height)
        # The PNG is 16:9 like the slide; keep it whole below the takeaway.
        top = Emu(head + height + GAP)
        pic_h = Emu(SLIDE_H - top - Emu(150000))
        pic_w = Emu(int(pic_h * 16 / 9))
        left = Emu(int((SLIDE_W - pic_w) / 2))
        picture = slide.shapes.add_picture(str(png_paths[chart.name]), left, top, pic_w, pic_h)
        c_nv_pr = picture._element.nvPicPr.cNvPr
        c_nv_pr.set("descr", alt_text(chart))
        c_nv_pr.set("name", f"Diagram: {chart.name}")
    path.parent.mkdir(parents=True, exist_ok=True)
    prs.save(path)
    return path
