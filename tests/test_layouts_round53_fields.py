"""Fifty-fourth session, a metamorphic probe (every line its own paragraph, as a Word file's
text gives it): the fields of an item read where a blank line parts the lines that belong
together (a field card's label and value, a fixed-width box's head row and values, a title
and its number line under it)."""

from __future__ import annotations

from analysis.layouts.card_fields import card_fields
from analysis.layouts.field_row import _row_under, field_rows
from analysis.layouts.number_under_title import _below, numbers_under_titles


def _paragraphs(*lines: str) -> str:
    return "\n\n".join(lines)


def test_card_fields_apart_by_a_blank_line() -> None:
    text = _paragraphs(
        "Punkt", "1", "Titel", "Budget 2026", "Sagsnummer", "25/4410",
        "Punkt", "2", "Titel", "Meddelelser", "Sagsnummer", "25/4411",
    )  # fmt: skip
    out = card_fields(text)
    assert "Punkt 1" in out.split("\n")
    assert "Titel: Budget 2026" in out.split("\n")
    assert "Sagsnummer: 25/4411" in out.split("\n")
    assert out.count("\n") == text.count("\n")  # (the lines keep their numbers)


def test_card_fields_need_two_number_cards() -> None:
    text = _paragraphs("Punkt", "1", "Titel", "Budget 2026")
    assert card_fields(text) == text


def test_row_under_a_head_row() -> None:
    assert _row_under(["Sagsnr.  Dok.nr.", "24/1  881-24"], 0) == 1
    assert _row_under(["Sagsnr.  Dok.nr.", "", "24/1  881-24", "", "Beslutning:"], 0) == 2
    assert _row_under(["Sagsnr.  Dok.nr.", "", "24/1  881-24"], 0) == 2
    # (the row after the blank line goes on: no box standing alone)
    assert _row_under(["Sagsnr.  Dok.nr.", "", "24/1  881-24", "mere"], 0) == 0
    assert _row_under(["Sagsnr.  Dok.nr.", ""], 0) == 0


def test_field_box_rows_apart_by_a_blank_line() -> None:
    text = _paragraphs(
        "1.  Godkendelse af dagsorden",
        "Sagsnr.                 Dok.nr.         Åben/Lukket",
        "00.01.00-A00-7-24       51120-24        Åben",
        "Beslutning:",
    )
    out = field_rows(text)
    assert "Sagsnr.: 00.01.00-A00-7-24" in out.split("\n")
    assert "Dok.nr.: 51120-24" in out.split("\n")


def test_number_line_after_a_blank_line_under_its_title() -> None:
    lines = ["", "Vejplan 2025", "", "Punkt 3 | Åben | Sagsnr. 25/118", "", "Beslutning"]
    assert _below(lines, 1) == 3
    # (a number line over text that is no field: the number heads the title under it)
    lines = ["", "Godkendt", "", "Punkt 3", "", "Vejplan 2025"]
    assert _below(lines, 1) == 2


def test_numbers_under_titles_as_paragraphs() -> None:
    text = _paragraphs(
        "Referat", "Vejplan 2025", "Punkt 1 | Åben | Sagsnr. 25/118", "Beslutning", "Godkendt.",
        "Ny skole", "Punkt 2 | Åben | Sagsnr. 25/2040", "Beslutning", "Udsat.",
    )  # fmt: skip
    out = numbers_under_titles(text).split("\n")
    assert "1. Vejplan 2025" in out
    assert "Sagsnr. 25/118" in out
    assert "2. Ny skole" in out
