"""Fortieth round, layouts235: PDF and Word exports of committee minutes.

A Word box (a table of one cell, often shaded) opened by a bold label over paragraphs is
read as paragraphs, the label heading its section (``read.docx._box_lines``); a later
section's own page header that prints the item's case line gives it under the section's
heading (``read.docx._Reader.section_cases``); a PDF contents entry whose long title fills
the line to the right edge keeps the next entry off it (``read.pdf._next_entry``).
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_SECTION

from analysis.layouts import parse_text
from analysis.read import read_bytes
from analysis.read.pdf import _next_entry


def _text(document: docx.document.Document) -> str:
    buf = io.BytesIO()
    document.save(buf)
    return read_bytes(buf.getvalue(), ".docx").text


def _box(label: str, paragraphs: list[str], *, bold: bool = True, cols: int = 1) -> str:
    document = docx.Document()
    document.add_heading("3. Nyt busskur ved stationen", level=1)
    table = document.add_table(rows=1, cols=cols)
    cell = table.cell(0, 0)
    cell.paragraphs[0].add_run(label).bold = bold
    for text in paragraphs:
        cell.add_paragraph(text)
    if cols > 1:
        table.cell(0, 1).text = "Bilag"
    return _text(document)


def test_a_box_opened_by_a_bold_label_is_read_as_paragraphs() -> None:
    text = _box("Beslutning i Vejudvalget den 02-03-2026", ["Godkendt.", "Fraværende: Ib Lund"])
    assert "Beslutning i Vejudvalget den 02-03-2026\nGodkendt.\nFraværende: Ib Lund" in text


def test_a_line_break_in_the_box_parts_its_lines() -> None:
    text = _box("Beslutning", ["Godkendt.\nUdvalget ønsker en status til foråret."])
    assert "Beslutning\nGodkendt.\nUdvalget ønsker en status til foråret." in text


@pytest.mark.parametrize(
    ("label", "paragraphs", "bold", "cols"),
    [
        # the first paragraph plain: a note in a box, read as one line as before
        ("Bemærk", ["Mødet holdes i kantinen."], False, 1),
        # one paragraph: nothing to part
        ("Beslutning: Godkendt.", [], True, 1),
        # two cells: a row of a table, not a box
        ("Beslutning", ["Godkendt."], True, 2),
        # a bold first line longer than a label is a sentence
        (
            "Udvalget drøftede sagen grundigt og bad forvaltningen om en ny sag til mødet i maj",
            ["Godkendt."],
            True,
            1,
        ),
    ],
)
def test_other_tables_keep_their_one_line(
    label: str, paragraphs: list[str], bold: bool, cols: int
) -> None:
    text = _box(label, paragraphs, bold=bold, cols=cols)
    assert f"{label} {paragraphs[0]}".strip() in text if paragraphs else label in text


def _sections(header: str | None, *, linked: bool = False) -> str:
    document = docx.Document()
    document.add_paragraph("Lejre Kommune")
    document.add_paragraph("Referat")
    section = document.add_section(WD_SECTION.NEW_PAGE)
    if header is not None:
        section.header.is_linked_to_previous = linked
        if not linked:
            section.header.paragraphs[0].text = header
    document.add_heading("Punkt 1 Godkendelse af dagsorden", level=1)
    document.add_paragraph("Beslutning")
    document.add_paragraph("Godkendt.")
    return _text(document)


def test_a_sections_own_header_gives_its_case_line_under_the_heading() -> None:
    text = _sections("Vejudvalget 02.03.2026\t\tSagsnr.: 26/1180 · Åben · Sagsbehandler: Ib Lund")
    assert "## Punkt 1 Godkendelse af dagsorden\n\nSagsnr.: 26/1180 · Åben" in text
    assert "Vejudvalget 02.03.2026" not in text  # the running header stays out


@pytest.mark.parametrize(
    ("header", "linked"),
    [
        ("Vejudvalget 02.03.2026\t\tSide 2", False),  # no case line in the header
        ("Sagsnr.: 26/1180", True),  # linked to the section before: no header of its own
        ("Sagsbehandler: Ib Lund", False),  # a label, but no case number
    ],
)
def test_other_section_headers_give_nothing(header: str, linked: bool) -> None:
    assert "Sagsnr" not in _sections(header, linked=linked)
    assert "Sagsbehandler" not in _sections(header, linked=linked)


@pytest.mark.parametrize(
    ("line", "below", "expected"),
    [
        ("3. Ny skolestruktur efter høring i bestyrelserne (5)", "4. Budget (7)", True),
        ("12. Lang titel om trafik (14)", "13. Eventuelt (15)", True),
        # no page in brackets: a paragraph that may wrap onto a number
        ("1. Servicemål for byggesagsbehandling i", "2. kvartal 2024", False),
        ("3. Ny skolestruktur (5)", "5. Budget (7)", False),  # not the next number
        ("Se bilag (5)", "4. Budget (7)", False),  # no entry's number
        ("3. Ny skolestruktur (5)", "4.", False),  # nothing after the number
    ],
)
def test_the_next_contents_entry_is_a_line_of_its_own(
    line: str, below: str, expected: bool
) -> None:
    assert _next_entry(line, below) is expected


_END_HEAD = """Assens Kommune
Referat
Miljøudvalget
Mødedato: 12.03.2026
Mødetidspunkt: kl. 8.30
Mødested: Mødelokale 4, Rådhuset
Mødeslut: kl. 10.45

1. Godkendelse af dagsorden
Beslutning
Godkendt.
"""


def test_the_meetings_end_under_its_own_label_is_a_field() -> None:
    meeting = parse_text(_END_HEAD)
    assert meeting.start_time == "08:30"  # the end is no start
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


def test_an_end_time_label_inside_a_word_is_no_field() -> None:
    # "Mødeslutningen" in a sentence is text, not the field
    meeting = parse_text(_END_HEAD.replace("Mødeslut: kl. 10.45", "Mødeslutningen blev rykket."))
    assert [w for w in meeting.warnings if "could not be placed" in w]
