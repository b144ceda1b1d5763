"""Fifty-fourth session, a metamorphic probe (labelled documents rewritten as a web page of
one paragraph a line, and with their indentation gone): a paragraph's column gaps kept
(``read.html._kept_gaps``), line numbers written flush left down the margin
(``margin_numbers._one_column``), a flush field box's documents going on at the margin
(``field_row._flush_continued``) and a board's title whose second line starts "for"
(``meeting_kind._BOARD_FOR``)."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.field_row import _flush_continued, field_rows
from analysis.layouts.margin_numbers import _one_column, margin_numbers_off
from analysis.layouts.meeting_kind import _board_for
from analysis.read import read_bytes
from analysis.read.html import _GAP, _kept_gaps


def test_kept_gaps_marks_runs_of_spaces_between_words() -> None:
    assert _kept_gaps("Budget 2025      Pkt. 4") == f"Budget 2025{_GAP * 6}Pkt. 4"
    assert _kept_gaps("Sagsnr.:   24-1") == f"Sagsnr.:{_GAP * 3}24-1"


def test_kept_gaps_leaves_single_spaces_and_line_breaks() -> None:
    assert _kept_gaps("Godkendt. Herefter drøftet") == "Godkendt. Herefter drøftet"
    assert _kept_gaps("Godkendt.\n      Herefter") == "Godkendt.\n      Herefter"
    assert _kept_gaps("   indrykket") == "   indrykket"
    assert _kept_gaps("Linje\xa0\xa0to") == "Linje\xa0\xa0to"  # (an editor's visible spaces)


def _page_lines(body: str) -> list[str]:
    page = f"<html><body><main>{body}</main></body></html>".encode()
    return [ln for ln in read_bytes(page, ".html").text.splitlines() if ln.strip()]


def test_a_paragraphs_column_gap_survives_the_reader() -> None:
    lines = _page_lines("<p>Vejplan 2026           Pkt. 3</p><p>Godkendt.  Herefter   x</p>")
    assert "Vejplan 2026           Pkt. 3" in lines


def test_white_space_of_the_source_still_collapses() -> None:
    lines = _page_lines("<p>Vejplan\n      2026</p><p>Beslutning:\n   Godkendt</p>")
    assert "Vejplan 2026" in lines
    assert "Beslutning: Godkendt" in lines


def test_one_column_by_a_flush_left_gap() -> None:
    assert _one_column({3: 9, 4: 7}, {2: 16})
    assert not _one_column({3: 9, 4: 7}, {})
    assert not _one_column({3: 5, 4: 5, 6: 6}, {2: 5, 3: 11})
    assert _one_column({5: 10}, {})


def test_margin_numbers_flush_left_are_read_off() -> None:
    rows: list[str] = []
    for n, title, outcome in ((1, "Godkendelse af dagsorden", "Godkendt."), (2, "Vej", "Udsat.")):
        rows += [f"Punkt {n}.", title, "Beslutning:", outcome, ""]
    rows += ["Punkt 3.", "Meddelelser"]
    text = "\n".join(f"{k}  {r}".rstrip() for k, r in enumerate(rows, 1))
    off = margin_numbers_off(text)
    assert off != text
    assert [ln.strip() for ln in off.split("\n")] == rows


def test_flush_continued_joins_a_lone_cell_to_the_last_filled_column() -> None:
    heads = [(0, "Sagsnr."), (17, "Sagsbehandler"), (38, "Dokumenter")]
    values = ["23/118", "Ib Holm", "Plan.pdf"]
    assert _flush_continued(heads, values, ["Kort.pdf", "", ""]) == ["", "", "Kort.pdf"]
    # (a row with more cells is read as it stands)
    assert _flush_continued(heads, values, ["x", "y", ""]) == ["x", "y", ""]
    # (only the case filled: the lone cell is no continuation)
    assert _flush_continued(heads, ["23/118", "", ""], ["Kort.pdf", "", ""]) == [
        "Kort.pdf",
        "",
        "",
    ]


def test_field_box_at_the_margin_with_documents_on_more_lines() -> None:
    text = (
        "2. Vejplan\n"
        "Sagsnr.          Sagsbehandler        Dokumenter\n"
        "22/4410          Ib Holm              Plan.pdf\n"
        "Kort.pdf\n"
        "Notat.pdf\n"
        "\n"
        "Beslutning\nGodkendt.\n"
    )
    out = field_rows(text)
    assert "22/4410" in out
    assert "Sagsnr.          Sagsbehandler" not in out


def test_board_for_reads_the_titles_second_line() -> None:
    assert (
        _board_for("for bestyrelsesmøde i Bestyrelsen for Lemvig Vand A/S")
        == "Bestyrelsen for Lemvig Vand A/S"
    )
    assert (
        _board_for("Beslutningsprotokol for bestyrelsesmøde i bestyrelsen for Lemvig Vand A/S")
        == "Bestyrelsen for Lemvig Vand A/S"
    )
    assert _board_for("for mødet i går blev aflyst") is None


def test_board_title_over_two_paragraphs_names_the_forum() -> None:
    text = (
        "Lemvig Vand A/S\n\nBESLUTNINGSPROTOKOL\n\n"
        "for bestyrelsesmøde i Bestyrelsen for Lemvig Vand A/S\n\n"
        "Tid: Mandag den 4. marts 2024 kl. 15.00\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Eventuelt\nBeslutning: Intet.\n"
    )
    assert parse_text(text).forum == "Bestyrelsen for Lemvig Vand A/S"
