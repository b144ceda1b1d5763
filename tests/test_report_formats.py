"""Workbook and deck formats: numbers as numbers, source and date lines, "Ingen" rows; alt
text, headlines that fit, run-level sizes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import openpyxl
import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image
from pptx import Presentation
from pptx.util import Emu

from analysis.report import pptx as deck_module
from analysis.report.figures import Chart, overview
from analysis.report.pptx import (
    HEADLINE_LINES,
    _format_value,
    alt_text,
    box_height,
    estimated_lines,
    write_pptx,
)
from analysis.report.xlsx import HEADER_ROW, MISSING_TEXT, generated_line, write_workbook

CPH = ZoneInfo("Europe/Copenhagen")
WHEN = dt.datetime(2026, 12, 1, 5, 12, tzinfo=CPH)


def _sheet(path: Path, name: str) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(path)[name]


def _body(ws) -> list[list[openpyxl.cell.Cell]]:
    return [list(r) for r in ws.iter_rows(min_row=HEADER_ROW + 1)]


# --- XLSX --------------------------------------------------------------------------------


def test_key_figures_are_numbers_with_a_format_per_row(tmp_path: Path) -> None:
    df = pd.DataFrame(
        {
            "Nøgletal": ["Møder", "Andel afgjort", "Timer mødetid", "Fulgte indstillingen"],
            "Værdi": pd.Series([12, 0.6, 1.75, 8], dtype="object"),
        }
    )
    df.attrs["formats"] = {"Værdi": ["0", "0 %", "0.0", '0" af 10"']}
    path = write_workbook({"Nøgletal": df}, tmp_path / "x.xlsx", "Kilde: test", WHEN)
    cells = [row[1] for row in _body(_sheet(path, "Nøgletal"))]
    assert [c.value for c in cells] == [12, 0.6, 1.75, 8]
    assert all(c.data_type == "n" for c in cells)  # never '60 %' or '1,8' as text
    assert [c.number_format for c in cells] == ["0", "0 %", "0.0", '0" af 10"']


def test_share_columns_default_to_percent_and_counts_to_whole_numbers(tmp_path: Path) -> None:
    df = pd.DataFrame(
        {
            "Tema": ["Økonomi", "Personale"],
            "Punkter": [3, 1],
            "Andel af punkter": [0.75, 0.25],
            "Punkter pr. møde": [1.5, 2.0],
            "Varighed (min.)": [10.0, 20.0],
        }
    )
    ws = _sheet(write_workbook({"Temaer": df}, tmp_path / "x.xlsx"), "Temaer")
    first = _body(ws)[0]
    assert [c.value for c in first] == ["Økonomi", 3, 0.75, 1.5, 10]
    assert [c.number_format for c in first[1:]] == ["0", "0 %", "0.0", "0"]


def test_a_given_column_format_wins_and_a_wrong_length_is_refused(tmp_path: Path) -> None:
    df = pd.DataFrame({"År": [2023, 2024], "Andel": [0.123, 0.5]})
    df.attrs["formats"] = {"Andel": "0.0 %"}
    ws = _sheet(write_workbook({"Ark": df}, tmp_path / "x.xlsx"), "Ark")
    assert [c.number_format for c in _body(ws)[0]] == ["0", "0.0 %"]
    df.attrs["formats"] = {"Andel": ["0 %"]}
    with pytest.raises(ValueError, match="1 entries for 2 rows"):
        write_workbook({"Ark": df}, tmp_path / "y.xlsx")


def test_missing_numbers_say_ikke_oplyst_never_zero(tmp_path: Path) -> None:
    df = pd.DataFrame(
        {
            "Dato": pd.to_datetime(["2023-06-22", "2023-10-12"]),
            "Deltagere": pd.array([7, None], dtype="Int64"),
            "Mødetid (min., angivet)": [np.nan, 90.0],
            "Sted": ["Rådhuset", None],
        }
    )
    ws = _sheet(write_workbook({"Møder": df}, tmp_path / "x.xlsx"), "Møder")
    first, second = _body(ws)
    assert first[2].value == MISSING_TEXT and second[1].value == MISSING_TEXT
    assert (first[1].value, second[2].value) == (7, 90)
    assert second[3].value is None  # text columns stay empty
    assert first[0].is_date and first[0].number_format == "DD-MM-YYYY"


def test_every_sheet_has_source_and_generation_lines(tmp_path: Path) -> None:
    sheets = {"A": pd.DataFrame({"x": [1]}), "B": pd.DataFrame({"y": ["a"]})}
    sheets["C"] = pd.DataFrame({"x": [2]})
    sheets["C"].attrs["source"] = "Kilde: Chefforum-referater 2022-2023"
    utc = dt.datetime(2026, 12, 1, 4, 12, tzinfo=dt.UTC)  # 05.12 in Copenhagen
    path = write_workbook(sheets, tmp_path / "x.xlsx", "Chefforum-referater 2023", utc)
    wb = openpyxl.load_workbook(path)
    assert wb["C"]["A1"].value == "Kilde: Chefforum-referater 2022-2023"  # its own
    for ws in wb:
        if ws.title != "C":
            assert ws["A1"].value == "Kilde: Chefforum-referater 2023"
        assert ws["A2"].value == "Dannet 1. december 2026 kl. 05.12 af minutes"
        assert ws.cell(HEADER_ROW, 1).value in {"x", "y"}
        assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert generated_line(dt.datetime(2026, 7, 3, 14, 5)) == (
        "Dannet 3. juli 2026 kl. 14.05 af minutes"
    )


def test_an_empty_sheet_says_ingen(tmp_path: Path) -> None:
    cases = pd.DataFrame(columns=["Sagsnummer", "Titel", "Antal møder"])
    postponed = pd.DataFrame(columns=["Dato", "Titel"])
    postponed.attrs["empty"] = "Ingen punkter blev udsat i 2023."
    path = write_workbook(
        {"Sager": cases, "Udsatte punkter": postponed}, tmp_path / "x.xlsx", "Kilde: test"
    )
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["Sager"][HEADER_ROW]] == ["Sagsnummer", "Titel", "Antal møder"]
    assert wb["Sager"].cell(HEADER_ROW + 1, 1).value == "Ingen sager"
    assert wb["Udsatte punkter"].cell(HEADER_ROW + 1, 1).value == (
        "Ingen punkter blev udsat i 2023."
    )
    assert wb["Sager"].max_row == HEADER_ROW + 1


def test_overview_workbook_has_source_date_and_numbers(seed_tables, tmp_path: Path) -> None:
    ov = overview(seed_tables, 2024)
    path = write_workbook(ov.sheets, tmp_path / "x.xlsx", ov.source)
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        assert ws["A1"].value == str(ov.source) and ws["A1"].value.startswith("Kilde: ")
        assert ws["A2"].value.startswith("Dannet ") and ws["A2"].value.endswith(" af minutes")
        assert ws.max_row > HEADER_ROW  # a row under every header, "Ingen …" at least
    themes = wb["Temaer"]
    header = [c.value for c in themes[HEADER_ROW]]
    share = [row[header.index("Andel af punkter")] for row in _body(themes)]
    assert share and all(c.data_type == "n" and c.number_format == "0 %" for c in share)


# --- PPTX --------------------------------------------------------------------------------


LONG = (
    "Økonomi og budget fyldte mest i 2024 med 14 punkter (38 %), og langt de fleste blev "
    "afgjort på første møde, mens resten kom igen efter sommerferien."
)


def _figure(title: str) -> go.Figure:
    return go.Figure(layout={"title": {"text": title, "subtitle": {"text": "Andel af punkter"}}})


@pytest.fixture()
def small_overview(seed_tables, tmp_path: Path):
    """The seed 2023 overview with small stand-in charts and PNGs (no kaleido needed)."""
    ov = overview(seed_tables, 2023)
    charts = [
        Chart("temaer", _figure("Temaer pr. år<br><sup>Chefforum</sup>"), "Kort udsagn."),
        Chart("lang", _figure("Beslutninger pr. tema"), LONG),
    ]
    pngs = {}
    for c in charts:
        pngs[c.name] = tmp_path / f"{c.name}.png"
        Image.new("RGB", (1920, 1080), "white").save(pngs[c.name])
    return dataclasses.replace(ov, charts=charts), pngs


def _deck(ov, pngs, tmp_path: Path):
    return Presentation(str(write_pptx(ov, pngs, tmp_path / "x.pptx")))


def test_picture_alt_text_says_what_the_chart_shows(small_overview, tmp_path: Path) -> None:
    ov, pngs = small_overview
    deck = _deck(ov, pngs, tmp_path)
    for slide, chart in zip(list(deck.slides)[1:], ov.charts, strict=True):
        (pic,) = [s for s in slide.shapes if s.shape_type == 13]
        descr = pic._element.nvPicPr.cNvPr.get("descr")
        assert descr == alt_text(chart)
        assert ".png" not in descr and chart.takeaway.rstrip(".") in descr
        assert "<" not in descr  # no markup from the plotly title
    assert alt_text(ov.charts[0]) == (
        "Diagram: Temaer pr. år Chefforum. Andel af punkter. Kort udsagn."
    )

    @dataclasses.dataclass(frozen=True)
    class WithAlt(Chart):
        alt: str = ""

    chart = WithAlt("temaer", _figure("x"), "y", alt="Søjlediagram: punkter pr. tema.")
    assert alt_text(chart) == "Søjlediagram: punkter pr. tema."


def test_two_line_headline_fits_above_the_chart(small_overview, tmp_path: Path) -> None:
    ov, pngs = small_overview
    slide = _deck(ov, pngs, tmp_path).slides[2]
    (head,) = [s for s in slide.shapes if s.has_text_frame]
    (pic,) = [s for s in slide.shapes if s.shape_type == 13]
    assert head.text_frame.text == LONG
    size = head.text_frame.paragraphs[0].runs[0].font.size.pt
    lines = estimated_lines(LONG, size, head.width, bold=True)
    assert lines == HEADLINE_LINES  # the long takeaway takes two lines ...
    assert head.height >= box_height(lines, size)  # ... the box holds them ...
    assert head.top + head.height <= pic.top  # ... and ends above the chart
    assert pic.top + pic.height <= deck_module.SLIDE_H
    assert pic.width * 9 == pytest.approx(pic.height * 16, rel=1e-3)


def test_font_sizes_are_set_on_runs(small_overview, tmp_path: Path) -> None:
    ov, pngs = small_overview
    deck = _deck(ov, pngs, tmp_path)
    runs = [
        run
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for para in shape.text_frame.paragraphs
        for run in para.runs
    ]
    assert runs and all(run.font.size is not None for run in runs)
    assert all(run.font.color.rgb is not None for run in runs)


def test_title_slide_boxes_do_not_overlap(small_overview, tmp_path: Path) -> None:
    ov, pngs = small_overview
    ov = dataclasses.replace(
        ov, forums=("Byråd", "Chefforum", "Økonomiudvalget", "Social-, Sundheds- og Ældreudvalget")
    )
    boxes = [s for s in _deck(ov, pngs, tmp_path).slides[0].shapes if s.has_text_frame]
    for upper, lower in zip(boxes, boxes[1:], strict=False):
        assert upper.top + upper.height <= lower.top
    assert boxes[-1].top + boxes[-1].height <= Emu(deck_module.SLIDE_H)


def test_key_figure_slide_renders_numeric_values_in_danish(
    small_overview, tmp_path: Path, monkeypatch
) -> None:
    table = pd.DataFrame(
        {
            "Nøgletal": ["Møder", "Andel afgjort", "Timer mødetid", "Deltagere"],
            "Værdi": pd.Series([2, 0.6, 1.75, None], dtype="object"),
        }
    )
    table.attrs["formats"] = {"Værdi": ["0", "0 %", "0.0", "0"]}
    monkeypatch.setattr(deck_module, "figures_table", lambda figures: table)
    ov, pngs = small_overview
    text = "\n".join(
        s.text_frame.text for s in _deck(ov, pngs, tmp_path).slides[0].shapes if s.has_text_frame
    )
    for line in ("Møder: 2", "Andel afgjort: 60 %", "Timer mødetid: 1,8", "Deltagere: ikke oplyst"):
        assert line in text


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (0.6, "0 %", "60 %"),
        (0.125, "0.0 %", "12,5 %"),
        (1.75, "0.0", "1,8"),
        (1234, "#,##0", "1.234"),
        (1234.5, "#,##0.00", "1.234,50"),
        (8, '0" af 10"', "8 af 10"),
        (np.int64(3), None, "3"),
        (1.5, None, "1,5"),
        (2.0, "General", "2"),
        (None, "0", "ikke oplyst"),
        (float("nan"), "0 %", "ikke oplyst"),
        ("60 %", None, "60 %"),
        (pd.Timestamp("2023-06-22"), "DD-MM-YYYY", "22-06-2023"),
    ],
)
def test_format_value(value: object, fmt: str | None, shown: str) -> None:
    assert _format_value(value, fmt) == shown
