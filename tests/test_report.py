"""The yearly overview: figures agree across HTML, workbook and deck; the page works."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from pptx import Presentation

from analysis.report.figures import NoMeetingsError, figures_sheet, figures_table, overview
from analysis.report.html import render_html
from analysis.report.overview import write_overview
from analysis.report.xlsx import HEADER_ROW

CHROMIUM = shutil.which("chromium")


@pytest.fixture(scope="module")
def written(seed_tables, tmp_path_factory) -> tuple[object, dict[str, Path]]:
    out = tmp_path_factory.mktemp("reports")
    files = write_overview(seed_tables, 2023, out)
    return overview(seed_tables, 2023), {p.suffix.lstrip("."): p for p in files}


def test_key_figures_of_2023(seed_tables) -> None:
    f = overview(seed_tables, 2023).figures
    # 2023-06-22 (5 items) and 2023-10-12 (7 items); one postponed (telefontider)
    assert (f["meetings"], f["items"], f["postponed"]) == (2, 12, 1)
    assert f["hours_stated"] is None  # no durations stated in 2023
    f25 = overview(seed_tables, 2025).figures
    assert f25["minutes_stated"] == 10 + 20 + 15 + 15 + 20 + 25
    assert f25["hours_stated"] == round(105 / 60, 1)


def test_year_without_meetings_says_so(seed_tables) -> None:
    with pytest.raises(NoMeetingsError, match="ingen møder i 2021.*2022, 2023, 2024, 2025"):
        overview(seed_tables, 2021)


def test_files_are_named_by_year(written) -> None:
    _, files = written
    assert {p.name for p in files.values()} == {
        "aarsoversigt-2023.html",
        "aarsoversigt-2023.xlsx",
        "aarsoversigt-2023.pptx",
    }
    assert all(p.parent.name == "2023" for p in files.values())


def test_figures_agree_across_html_workbook_and_deck(written) -> None:
    ov, files = written
    expected = dict(
        zip(figures_table(ov.figures)["Nøgletal"], figures_table(ov.figures)["Værdi"], strict=True)
    )
    wb = openpyxl.load_workbook(files["xlsx"])
    sheet = wb["Nøgletal"]
    in_xlsx = {r[0]: r[1] for r in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)}
    numbers = figures_sheet(ov.figures).set_index("Nøgletal")["Værdi"].to_dict()
    assert in_xlsx == numbers  # numbers as numbers: the same figures as the text
    assert in_xlsx["Fulgte indstillingen"] == ov.figures["followed"]
    assert in_xlsx["Andel afgjort"] == ov.figures["share_deciding"]
    deck = Presentation(str(files["pptx"]))
    title_text = "\n".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    for label, value in expected.items():
        assert f"{label}: {value}" in title_text
    page = files["html"].read_text(encoding="utf-8")
    for label, value in expected.items():
        card = f'<div class="value">{value}</div><div class="label">{label}</div>'
        assert card in page.replace("&#x27;", "'"), label
    # the item table has the year's items in every format
    body = page.split('<tbody id="items-body">', 1)[1].split("</tbody>", 1)[0]
    assert wb["Punkter"].max_row - HEADER_ROW == ov.figures["items"] == body.count("<tr>")


def test_deck_has_a_slide_per_chart_with_a_takeaway(written) -> None:
    ov, files = written
    deck = Presentation(str(files["pptx"]))
    assert len(deck.slides) == 1 + len(ov.charts)
    for slide, chart in zip(list(deck.slides)[1:], ov.charts, strict=True):
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert chart.takeaway in texts
        pictures = [s for s in slide.shapes if s.shape_type == 13]
        assert len(pictures) == 1
        assert pictures[0].image.size == (1920, 1080)


def test_workbook_is_formatted(written) -> None:
    _, files = written
    wb = openpyxl.load_workbook(files["xlsx"])
    assert wb.sheetnames[:6] == ["Nøgletal", "Møder", "Punkter", "Beslutninger", "Temaer", "Sager"]
    ws = wb["Punkter"]
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
    headers = [c.value for c in ws[HEADER_ROW]]
    assert headers[:4] == ["Dato", "Forum", "Nr.", "Titel"]
    first_date = ws.cell(HEADER_ROW + 1, 1)
    assert first_date.is_date and first_date.number_format == "DD-MM-YYYY"
    titles = [c.value for c in ws["D"][HEADER_ROW:]]
    assert "Rådhusets telefontider" in titles
    assert ws.column_dimensions["D"].width >= max(len(t) for t in titles) * 0.9 or (
        ws.column_dimensions["D"].width == 70
    )


def test_html_is_self_contained(written) -> None:
    _, files = written
    page = files["html"].read_text(encoding="utf-8")
    assert '<html lang="da">' in page and "Årsoversigt 2023" in page
    assert not re.search(r'<script[^>]+src=|<link[^>]+href="http', page)
    assert "Plotly.newPlot" in page or "Plotly.react" in page


def test_page_in_headless_chromium(written) -> None:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "Debian chromium is missing: `make chromium` installs it"
    ov, files = written
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(files["html"].as_uri())
        page.wait_for_selector("#chart-temaer .main-svg")
        for chart in ov.charts:
            assert page.locator(f"#chart-{chart.name} .main-svg").count() >= 1, chart.name
        rows = page.locator("#items-body tr")
        assert rows.count() == ov.figures["items"]
        page.fill("#search", "telefon")
        assert page.locator("#items-body tr:visible").count() == 1
        assert "Viser 1 af 12 punkter" in page.inner_text("#count")
        page.fill("#search", "")
        assert page.locator("#items-body tr:visible").count() == 12
        shot = Path(__file__).resolve().parents[1] / "reports" / "test-screenshots"
        shot.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shot / "aarsoversigt-2023.png"), full_page=True)
        browser.close()
    assert errors == []


def test_render_html_does_not_mutate_tables(seed_tables) -> None:
    before = {k: v.copy() for k, v in seed_tables.items()}
    render_html(overview(seed_tables, 2024))
    for name, df in before.items():
        pd.testing.assert_frame_equal(df, seed_tables[name])


# --- several forums: the committed seeds plus the committee and council fixtures ------------

FORUM_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "forums"
BYRAAD, CHEFFORUM, OEU = (
    "Byråd (Egedal Kommune)",
    "Chefforum (Albertslund Kommune)",
    "Økonomiudvalget (Albertslund Kommune)",
)


def build_multi_forum(tmp: Path) -> Path:
    """Seeds + Økonomiudvalget 2024-03-05 + Egedal Byråd 2024-03-12, built to tmp/processed."""
    from analysis.build import build

    raw = tmp / "raw"
    shutil.copytree(Path(__file__).resolve().parents[1] / "data" / "raw", raw)
    for path in FORUM_FIXTURES.glob("*.txt"):
        # data/raw/<kommune>/…: these committees' minutes do not all name the municipality.
        folder = raw / ("egedal" if path.name.startswith("egedal") else "albertslund")
        folder.mkdir(exist_ok=True)
        shutil.copy(path, folder / path.name)
    out = tmp / "processed"
    assert build(raw, out, progress=False).exit_code == 0
    return out


@pytest.fixture(scope="module")
def multi(tmp_path_factory) -> dict[str, pd.DataFrame]:
    import analysis

    return analysis.load(processed_dir=build_multi_forum(tmp_path_factory.mktemp("multi")))


def test_multi_forum_metrics(multi) -> None:
    from analysis import metrics

    assert metrics.forums_present(multi) == [BYRAAD, CHEFFORUM, OEU]
    assert metrics.forums_present(multi, years=2025) == ["Chefforum"]  # one municipality
    fo = metrics.forum_overview(multi).set_index("forum_label")
    assert fo["n_meetings"].to_dict() == {BYRAAD: 1, CHEFFORUM: 5, OEU: 1}
    assert fo["n_items"].to_dict() == {BYRAAD: 3, CHEFFORUM: 33, OEU: 4}
    assert fo.loc[CHEFFORUM, "minutes_stated"] == 105 and pd.isna(fo.loc[OEU, "minutes_stated"])
    assert fo.loc[BYRAAD, "municipality"] == "Egedal Kommune"
    by_year = metrics.forum_overview(multi, by_year=True)
    assert len(by_year) == 3 * 4  # forums x 2022-2025
    decisions = metrics.decision_types_by_forum(multi)
    per_forum = decisions.groupby("forum_label")["n_items"].sum().to_dict()
    assert per_forum == fo["n_items"].to_dict()
    themes = metrics.theme_share_by_forum(multi)
    assert themes.groupby("forum_label")["share"].sum().round(9).eq(1).all()


def test_multi_forum_charts(multi) -> None:
    from analysis import export

    figs = export.chart_set(multi)
    for name in ("01-forum-comparison", "02-theme-share-by-forum", "03-decisions-by-forum"):
        source = figs[name].layout.annotations[-1].text.replace("<br>", " ")
        assert source.startswith(
            "Kilde: referater fra Albertslund Kommune (Chefforum, Økonomiudvalget) og "
            "Egedal Kommune (Byråd) 2022-2025"
        ), name
    comparison = figs["01-forum-comparison"]
    legend = [tr.name for tr in comparison.data if tr.showlegend]
    assert [name.split("<br>")[0] for name in legend] == ["Byråd", "Chefforum", "Økonomiudvalget"]
    assert not {"01-forum-comparison"} & set(export.chart_set(multi, forum="Chefforum"))


def test_multi_forum_overview(multi) -> None:
    ov = overview(multi, 2024)
    assert ov.title == "Årsoversigt 2024: Byråd, Chefforum og Økonomiudvalget"
    assert ov.charts[0].name == "fora"
    assert ov.charts[0].takeaway == (
        "3 fora i 2024: Chefforum (Albertslund Kommune) havde flest punkter, 5 på 1 møde, "
        "af i alt 12."
    )
    assert list(ov.sheets)[:2] == ["Nøgletal", "Fora"]
    fora = ov.sheets["Fora"]
    assert fora["Forum"].tolist() == ["Byråd", "Chefforum", "Økonomiudvalget"]
    assert fora["Kommune"].tolist() == ["Egedal Kommune"] + ["Albertslund Kommune"] * 2
    assert fora["Møder"].tolist() == [1, 1, 1] and fora["Punkter"].tolist() == [3, 5, 4]
    # the per-forum figures add up to the year's key figures
    assert fora["Møder"].sum() == ov.figures["meetings"] == 3
    assert fora["Punkter"].sum() == ov.figures["items"] == 12
    assert fora["Afgjort"].sum() == ov.figures["deciding"]
    assert fora["Kun drøftet/orienteret"].sum() == ov.figures["talking"]
    # one forum chosen, or a year with one forum: no comparison
    for single in (overview(multi, 2024, forum="Chefforum"), overview(multi, 2025)):
        assert "fora" not in [c.name for c in single.charts]
        assert "Fora" not in single.sheets


def test_multi_forum_overview_files(multi, tmp_path) -> None:
    files = {p.suffix.lstrip("."): p for p in write_overview(multi, 2024, tmp_path)}
    wb = openpyxl.load_workbook(files["xlsx"])
    assert wb.sheetnames[:2] == ["Nøgletal", "Fora"]
    rows = list(wb["Fora"].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Byråd", 1, 3),
        ("Chefforum", 1, 5),
        ("Økonomiudvalget", 1, 4),
    ]
    deck = Presentation(str(files["pptx"]))
    texts = [s.text_frame.text for s in deck.slides[1].shapes if s.has_text_frame]
    assert texts[0].startswith("3 fora i 2024")
    page = files["html"].read_text(encoding="utf-8")
    assert 'id="chart-fora"' in page and "3 fora i 2024" in page


def test_items_sheet_decision_text_leaves_blank_sections_out() -> None:
    from analysis.report.figures import items_sheet
    from tests.metrics_helpers import tiny_tables

    t = tiny_tables()
    extra = pd.DataFrame(
        [
            {
                "item_id": "chefforum-2022-03-01-01",
                "position": 2,
                "section": "beslutning",
                "heading": "Beslutning",
                "text": "  ",
            },
            {
                "item_id": "chefforum-2022-03-01-01",
                "position": 3,
                "section": "beslutning",
                "heading": "Beslutning",
                "text": "Sagen genoptages i maj.",
            },
        ]
    )
    t["sections"] = pd.concat([t["sections"], extra.astype(t["sections"].dtypes)])
    sheet = items_sheet(t).set_index("Titel")
    assert sheet.loc["Budget 2023", "Beslutning"] == (
        "Chefforum udsatte budgettet til næste møde. Økonomi udarbejder et oplæg."
        "\n\nSagen genoptages i maj."
    )


def test_items_sheet_of_a_year_without_decisions(seed_tables) -> None:
    """A year of agendas only (no decision section) gives blank decisions, no error."""
    from analysis.report.figures import items_sheet

    sel = dict(seed_tables)
    sections = seed_tables["sections"]
    sel["sections"] = sections[sections["section"] != "beslutning"]
    sheet = items_sheet(sel)
    assert len(sheet) == len(seed_tables["items"])
    assert (sheet["Beslutning"] == "").all()


def test_overview_lists_the_saved_searches_hits_of_the_year(seed_tables, tmp_path):
    from analysis.report.overview import write_overview
    from analysis.watchlist import Watch, watchlist_hits_by_year

    watches = [Watch("Budget", "budget"), Watch("Intet", "zzzyxq")]
    ov = overview(seed_tables, 2023, watchlist=watches)
    sheet = ov.sheets["Gemte søgninger"]
    hits = watchlist_hits_by_year(seed_tables, watches, 2023)
    assert len(sheet) == len(hits) > 0
    assert set(sheet["Søgning"]) == {"Budget"}
    assert (sheet["Dato"].dt.year == 2023).all()
    assert "Gemte søgninger" not in overview(seed_tables, 2023).sheets  # no watchlist
    files = write_overview(seed_tables, 2023, tmp_path, watchlist=watches)
    page = files[0].read_text(encoding="utf-8")
    assert "<h2>Gemte søgninger</h2>" in page
    wb = openpyxl.load_workbook(files[1])
    rows = list(wb["Gemte søgninger"].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert len(rows) == len(hits) and rows[0][0] == "Budget"
    # a year without hits says so instead of an empty sheet
    empty = overview(seed_tables, 2023, watchlist=[Watch("Intet", "zzzyxq")])
    assert empty.sheets["Gemte søgninger"].empty
    assert empty.sheets["Gemte søgninger"].attrs["empty"] == "Ingen hits i året"


def test_overview_cli_reports_a_broken_watchlist(tmp_path, capsys):
    from analysis.cli import main

    bad = tmp_path / "watchlist.yaml"
    bad.write_text("searches: [ {name: x", encoding="utf-8")
    # the watchlist is read first: nothing else is needed to fail
    code = main(
        [
            "overview",
            "--year",
            "2023",
            "--processed",
            str(tmp_path / "processed"),
            "--out",
            str(tmp_path / "out"),
            "--watchlist",
            str(bad),
        ]
    )
    assert code == 2
    assert "watchlist.yaml" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
