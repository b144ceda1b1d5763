"""Round forty-four (layouts264: real Word minutes with heading styles and automatic list
numbering): a numbered heading in a table's cell (a table per item, the title in its first
row) keeps the number Word draws, and a contents heading that inherits the items' numbering
from "Heading 1" takes no number of theirs."""

from __future__ import annotations

import io

import docx

from analysis.read import read_bytes

from .conftest import fixture_generator

_GENERATOR = fixture_generator("numbered_heading_styles_docx")


def _text(document) -> str:
    out = io.BytesIO()
    document.save(out)
    return read_bytes(out.getvalue(), ".docx").text


def _item_table(document, title: str, style: str | None, numbered: bool) -> None:
    """A two-row item table: the title in the first row, "Beslutning | Godkendt." under it."""
    table = document.add_table(rows=2, cols=2)
    head = table.cell(0, 0).merge(table.cell(0, 1)).paragraphs[0]
    head.text = title
    if style is not None:
        head.style = document.styles[style]
    if numbered:
        _GENERATOR._numbered(head)
    table.cell(1, 0).text, table.cell(1, 1).text = "Beslutning", "Godkendt."


# --- a numbered heading in a table cell ----------------------------------------------------


def test_numbered_heading_in_a_cell_keeps_its_number() -> None:
    document = docx.Document()
    _GENERATOR._decimal_list(document)
    _item_table(document, "Budgetopfølgning", "Heading 2", numbered=True)
    document.add_paragraph()
    _item_table(document, "Skolestruktur", "Heading 2", numbered=True)
    lines = _text(document).splitlines()
    assert "1. Budgetopfølgning" in lines and "2. Skolestruktur" in lines


def test_a_numbered_list_paragraph_in_a_cell_stays_unnumbered() -> None:
    """Only heading styles: a numbered list in a cell ("at 1) … 2) …") reads as before."""
    document = docx.Document()
    _GENERATOR._decimal_list(document)
    _item_table(document, "Forslaget vedtages", None, numbered=True)
    lines = _text(document).splitlines()
    assert "Forslaget vedtages" in lines
    assert not any(line.startswith("1.") for line in lines)


def test_an_unnumbered_heading_in_a_cell_gets_no_number() -> None:
    document = docx.Document()
    _item_table(document, "Budgetopfølgning", "Heading 2", numbered=False)
    lines = _text(document).splitlines()
    assert "Budgetopfølgning" in lines


def test_the_fixture_reads_each_table_title_numbered(tmp_path) -> None:
    path = tmp_path / "tabel.docx"
    _GENERATOR.build_table(path)
    lines = read_bytes(path.read_bytes(), ".docx").text.splitlines()
    assert "1. Godkendelse af dagsorden" in lines and "4. Eventuelt" in lines


# --- a contents heading inheriting the items' numbering ------------------------------------


def test_contents_heading_takes_no_number_of_the_items(tmp_path) -> None:
    path = tmp_path / "indhold.docx"
    _GENERATOR.build_contents(path)
    lines = read_bytes(path.read_bytes(), ".docx").text.splitlines()
    assert "Indhold" in lines and "1. Indhold" not in lines
    assert "## 1. Godkendelse af dagsorden" in lines
    assert "## 4. Eventuelt" in lines


def test_a_numbered_heading_1_keeps_its_number() -> None:
    """Heading 1 itself (outline level 0) is numbered as before."""
    document = docx.Document()
    _GENERATOR._decimal_list(document)
    _GENERATOR._numbered(document.add_heading("Budget 2026", level=1))
    assert "## 1. Budget 2026" in _text(document).splitlines()


def test_body_level_style_numbered_directly_keeps_its_number() -> None:
    """The contents heading's style hands down no number, but a number set on the paragraph
    itself (its own numPr) is drawn, as Word draws it."""
    document = docx.Document()
    _GENERATOR._decimal_list(document)
    heading1 = document.styles["Heading 1"]
    heading1.element.get_or_add_pPr().append(_GENERATOR._num_pr())
    document.styles["TOC Heading"].base_style = heading1
    _GENERATOR._numbered(document.add_paragraph("Bilag", style="TOC Heading"))
    assert "1. Bilag" in _text(document).splitlines()
