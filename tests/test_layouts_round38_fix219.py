"""Round thirty-eight (layouts219: minutes as conversion tools write them): a PDF printed
as text with its layout kept (every line set in by the page's margin, the item's number at
the right margin of its title's line, a header of two columns whose wrapped place stands in
its value's column), pandoc's footnote marks, and two decisions of a divided forum (a
minority's plain support beside the majority's refusal; a minority's request turned down
after the item's approval). The fixtures ``generic-pdftekst-layout-pkt-hoejre-margen.txt``
and ``generic-pandoc-word-fodnotemaerker.md`` hold the layouts."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts.header_columns import unmixed_header_columns
from analysis.layouts.number_under_title import numbers_right_of_titles
from analysis.parse import strip_markdown


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


# --- a PDF printed as text with its layout kept -------------------------------------------

_MARGIN = " " * 5


def _row(title: str, number: int, margin: str = _MARGIN) -> str:
    return f"{margin}{title.ljust(58)}Pkt. {number}"


def test_rows_set_in_by_the_pages_margin_are_numbered_headings() -> None:
    text = "\n\n".join(
        [_row("Godkendelse af dagsorden", 1), "     Godkendt.", _row("Vejplan 2030", 2)]
    )
    lines = numbers_right_of_titles(text).split("\n")
    assert lines[0] == "1. Godkendelse af dagsorden"
    assert lines[4] == "2. Vejplan 2030"


def test_rows_at_two_margins_are_no_page_of_headings() -> None:
    text = "\n\n".join([_row("Godkendelse af dagsorden", 1), _row("Vejplan 2030", 2, " " * 9)])
    assert numbers_right_of_titles(text) == text


def test_a_contents_line_with_a_dot_leader_keeps_its_form() -> None:
    text = "\n".join(
        f"{_MARGIN}{title} {'.' * 20} Pkt. {k}"
        for k, title in enumerate(["Godkendelse af dagsorden", "Vejplan 2030"], 1)
    )
    assert numbers_right_of_titles(text) == text


def test_a_contents_list_leading_to_the_rows_numbers_is_written_as_they_are() -> None:
    titles = ["Godkendelse af dagsorden", "Vejplan 2030"]
    listed = [f"{_MARGIN}{t} {'.' * 20} Pkt. {k}" for k, t in enumerate(titles, 1)]
    rows = [_row(t, k) for k, t in enumerate(titles, 1)]
    lines = numbers_right_of_titles("\n".join([*listed, "", *rows])).split("\n")
    assert lines[:2] == ["1. Godkendelse af dagsorden", "2. Vejplan 2030"]
    # (a list of other numbers than the rows' is left as it was)
    other = numbers_right_of_titles("\n".join([*listed, "", rows[0], "", _row("Budget", 3)]))
    assert other.split("\n")[:2] == listed


def test_a_two_column_header_with_gaps_inside_its_cells_is_read_column_by_column() -> None:
    text = "\n".join(
        [
            "     Dato:        2. maj 2024                 Sted:   Mødelokale 4,",
            "     Tidspunkt:   Kl. 16.00 - 18.00                   Byrådssalen, Torvet 2",
            "                                                      7100 Vejle",
            "",
            "1. Godkendelse af dagsorden",
        ]
    )
    lines = unmixed_header_columns(text).split("\n")
    assert "Dato:        2. maj 2024" in lines
    assert "Sted:   Mødelokale 4, Byrådssalen, Torvet 2 7100 Vejle" in lines


# --- pandoc's footnote marks ----------------------------------------------------------------


def test_a_footnotes_mark_is_no_word_of_the_text() -> None:
    assert strip_markdown("Godkendt[^2].") == "Godkendt."
    assert (
        strip_markdown("statistikken for 2013-2017[^note-1] og") == "statistikken for 2013-2017 og"
    )


def test_the_footnote_itself_keeps_its_words() -> None:
    assert strip_markdown("[^2]: Se lukket referat.").endswith("Se lukket referat.")


# --- a divided forum's decisions -------------------------------------------------------------


def test_a_minoritys_plain_support_is_its_stance_not_the_forums_decision() -> None:
    refused = (
        "Et flertal (V, C) kunne ikke anbefale forslaget. Et mindretal (Ø, A)\nanbefaler forslaget."
    )
    assert _types(refused) == ["rejected"]
    assert _types("Udvalget anbefaler forslaget.") == ["recommended"]


def test_a_minoritys_request_turned_down_after_the_approval_is_no_rejection_of_the_item() -> None:
    text = (
        "For planen stemte 4 (V, C, D, A). Imod stemte 1 (Ø). Planen blev vedtaget.\n"
        "Mindretallet begærede sagen indbragt for\nØkonomiudvalget.\nDet blev afvist."
    )
    assert _types(text) == ["approved"]
    # (no request told before it: the rejection stays)
    assert "rejected" in _types("Godkendt. Det blev afvist.")
    assert _types("Det blev afvist.") == ["rejected"]
