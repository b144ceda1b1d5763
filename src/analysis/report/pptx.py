"""The yearly overview as a short deck for the chief seminar (python-pptx)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

from analysis.report.figures import Overview, figures_table

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)  # 16:9, 13.33 × 7.5 in
TITLE_COLOR = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x5F, 0x6B, 0x7A)


def _text(slide, left, top, width, height, text: str, size: int, bold=False, color=None):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    para = frame.paragraphs[0]
    para.text = text
    para.font.size, para.font.bold = Pt(size), bold
    para.font.color.rgb = color or TITLE_COLOR
    return box


def write_pptx(ov: Overview, png_paths: dict[str, Path], path: Path) -> Path:
    """Title slide with the key figures, then one slide per chart: takeaway + PNG.

    png_paths: chart name -> PNG exported at 1920×1080 (see analysis.export).
    """
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    blank = prs.slide_layouts[6]

    slide = prs.slides.add_slide(blank)
    _text(slide, Emu(600000), Emu(700000), Emu(11000000), Emu(1200000), ov.title, 40, True)
    _text(slide, Emu(600000), Emu(1750000), Emu(11000000), Emu(500000), ov.source, 18, color=MUTED)
    table = figures_table(ov.figures)
    lines = [f"{row['Nøgletal']}: {row['Værdi']}" for _, row in table.iterrows()]
    box = _text(slide, Emu(600000), Emu(2600000), Emu(11000000), Emu(3800000), lines[0], 22)
    for line in lines[1:]:
        para = box.text_frame.add_paragraph()
        para.text = line
        para.font.size = Pt(22)
        para.font.color.rgb = TITLE_COLOR

    for chart in ov.charts:
        slide = prs.slides.add_slide(blank)
        _text(slide, Emu(400000), Emu(180000), Emu(11400000), Emu(700000), chart.takeaway, 24, True)
        # The PNG is 16:9 like the slide; keep it whole below the takeaway.
        top = Emu(950000)
        height = SLIDE_H - top - Emu(150000)
        width = int(height * 16 / 9)
        left = int((SLIDE_W - width) / 2)
        slide.shapes.add_picture(str(png_paths[chart.name]), left, top, width, height)
    path.parent.mkdir(parents=True, exist_ok=True)
    prs.save(path)
    return path
