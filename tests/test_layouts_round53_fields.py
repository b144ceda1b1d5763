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


def test_case_line_with_its_mark_one_paragraph_over_the_heading() -> None:
    from analysis.layouts.headings import _fields_over_apart
    from analysis.layouts.text import prepare

    lines = prepare(_paragraphs("Referat", "Sagsnr. 24/881 - Åben sag", "Pkt. 1 - Budget"))
    at = next(k for k, line in enumerate(lines) if line.clean.startswith("Sagsnr."))
    assert _fields_over_apart(lines, at, set()) == ([at], "24/881")
    lines = prepare(_paragraphs("Referat", "Åben sag", "Sagsnr.: 24/881", "Punkt nr. 3"))
    at = next(k for k, line in enumerate(lines) if line.clean.startswith("Sagsnr."))
    assert _fields_over_apart(lines, at, set()) == ([at - 2, at], "24/881")
    # (a case line alone may close the item above: no mark, not read over the heading)
    lines = prepare(_paragraphs("Godkendt.", "Sagsnr.: 24/881", "2. Budget"))
    at = next(k for k, line in enumerate(lines) if line.clean.startswith("Sagsnr."))
    assert _fields_over_apart(lines, at, set()) is None


def test_broken_case_number_over_a_blank_line() -> None:
    from analysis.parse import Line, _broken_case_rest

    body = [Line(4, "Sagsnr.: 01.05.00-P19-", 0), Line(5, "", 0), Line(6, "11-23", 0)]
    assert _broken_case_rest(body, 4, "01.05.00-P19-") == ("01.05.00-P19-11-23", 6)


def test_case_field_paragraph_is_no_unnumbered_title() -> None:
    from analysis.layouts import parse_text

    text = _paragraphs(
        "Referat – Handicaprådet – 19.03.2024",
        "Mødet blev holdt den 19. marts 2024 kl. 16.30 på Rådhuset.",
        "Godkendelse af dagsorden", "Sagsnr. 24/5501 · Åben", "Afgørelse: Godkendt.",
        "Ny busplan", "Sagsnr. 24/5512 · Åben", "Afgørelse: Taget til efterretning.",
        "Klage", "Sagsnr. 24/3390 · Lukket",
        "Eventuelt", "Sagsnr. 24/5502 · Åben", "Afgørelse: Intet.",
    )  # fmt: skip
    titles = [item.title for item in parse_text(text).items]
    assert not any(title.startswith("Sagsnr.") for title in titles)
    assert "Ny busplan" in titles


def test_no_lone_title_over_a_sentence_going_on() -> None:
    from analysis.layouts.text import prepare
    from analysis.layouts.unnumbered import _lone_title_over_label

    lines = prepare(_paragraphs("Valget holdes i 2025. Rådet skal tage", "stilling til det.",
                                "Beslutning", "Godkendt."))  # fmt: skip
    assert not _lone_title_over_label(lines, 0)
