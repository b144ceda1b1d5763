"""The explorer in a real browser: Debian's Chromium driven by playwright against the app
served on localhost over the seeds' tables. Applies filters, clicks a bar and checks the
item table, runs a keyword over time and downloads the XLSX; every request must stay on
this machine (the app works offline)."""

from __future__ import annotations

import re
import shutil
import urllib.request
from pathlib import Path

import pytest

from analysis.explore.screenshot import CHROMIUM_ARGS, free_port, wait_until_served

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason="Debian's chromium is not installed (`make chromium` installs it)",
)


@pytest.fixture(scope="module")
def served(tmp_path_factory, raw_dir):
    """The seeds built into a tmp folder and the explorer served from them."""
    pytest.importorskip("panel")
    pytest.importorskip("playwright")
    from analysis.build import build
    from analysis.explore.app import serve

    work = tmp_path_factory.mktemp("explore")
    processed = work / "processed"
    assert build(raw_dir=raw_dir, out_dir=processed, progress=False).exit_code == 0
    watchlist = work / "watchlist.yaml"
    watchlist.write_text("searches:\n  - name: Budget\n    query: budget\n", encoding="utf-8")
    port = free_port()
    server = serve(processed, raw_dir, watchlist, port=port, open_browser=False, threaded=True)
    url = f"http://127.0.0.1:{port}/"
    wait_until_served(url)
    yield url, processed
    server.stop()


@pytest.fixture(scope="module")
def page(served):
    from playwright.sync_api import sync_playwright

    url, _ = served
    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(
            viewport={"width": 1500, "height": 1100}, accept_downloads=True
        )
        pg = context.new_page()
        pg.set_default_timeout(60_000)

        def only_local(route):
            if re.match(r"^(https?|wss?)://(127\.0\.0\.1|localhost)[:/]", route.request.url):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        pg.route("**/*", only_local)
        pg.goto(url)
        pg.locator(".js-plotly-plot").first.wait_for()
        pg.outside = outside  # type: ignore[attr-defined]
        yield pg
        browser.close()


def _wait_text(pg, pattern: str) -> str:
    loc = pg.locator("p", has_text=re.compile(pattern)).first
    loc.wait_for()
    return loc.inner_text()


def _expected(processed: Path, **filters):
    import analysis
    from analysis.explore import views

    corpus = views.Corpus(analysis.load(("meetings", "items", "sections"), processed_dir=processed))
    filtered = views.filter_tables(corpus, views.Filters(**filters))
    return corpus, filtered, views.item_view(corpus, filtered)


def test_page_is_danish_and_offline(page):
    assert "Udforsk referaterne" in page.content()
    assert page.evaluate("document.documentElement.lang") == "da"
    # plotly.js's partial bundle from the explorer's own static route, not the full one
    scripts = page.evaluate("[...document.scripts].map(s => s.src).filter(s => s)")
    plotly = [s for s in scripts if "plotly" in s]
    assert len(plotly) == 1 and "/explorer-static/plotly-cartesian-" in plotly[0]
    for text in ("Filtre", "Overblik", "Ord over tid", "Gemte søgninger", "Møder pr. år"):
        assert page.get_by_text(text).first.is_visible()
    assert page.outside == []  # type: ignore[attr-defined]


def test_filters_then_click_a_bar_shows_the_items_behind_it(page, served):
    _, processed = served
    # Filter: free text "budget" (compounds included), standing items out (the default).
    box = page.get_by_role("textbox", name="Fritekst")
    box.fill("budget")
    box.press("Enter")
    _, filtered, view = _expected(processed, text="budget")
    n = len(filtered["items"])
    assert 0 < n < 23
    _wait_text(page, rf"{len(filtered['meetings'])} møder, {n} punkter")

    # The themes chart, then a click on a bar of the largest theme.
    page.get_by_role("button", name="Temaer pr. år").click()
    page.get_by_text("Temaernes andel af punkterne pr. år").wait_for()
    page.wait_for_timeout(500)
    bars = page.locator(".js-plotly-plot .barlayer .trace").first.locator("path")
    bars.first.click(force=True)
    text = _wait_text(page, r"Punkter bag:")
    year, label, count = re.search(r"År (\d{4}) · Tema (.+) \((\d+) punkter\)", text).groups()
    from analysis.explore import views

    corpus, _, _ = _expected(processed)
    behind = views.drill(view, {"year": int(year), "theme": corpus.themes()[label]})
    assert int(count) == len(behind) > 0
    rows = page.locator(".tabulator").first.locator(".tabulator-row")
    assert rows.count() == int(count)
    titles = rows.locator("[tabulator-field='Titel']").all_inner_texts()
    assert sorted(titles) == sorted(behind["title"])

    # Selecting an item shows its sections and links its source file.
    rows.first.locator("[tabulator-field='Titel']").click()
    page.get_by_text("Beslutning", exact=True).first.wait_for()
    link = page.locator("a[href^='raw/']").first
    href = link.get_attribute("href")
    assert href.startswith("raw/albertslund/chefforum/")
    url, _ = served
    assert urllib.request.urlopen(url + href.split("#")[0]).status == 200


def test_xlsx_download_holds_the_table_and_the_filters(page, tmp_path):
    from openpyxl import load_workbook

    from analysis.report.xlsx import HEADER_ROW

    shown = int(re.search(r"\((\d+) punkter\)", _wait_text(page, r"Punkter bag:")).group(1))
    with page.expect_download() as info:
        page.get_by_role("button", name=re.compile("Hent tabellen som Excel")).click()
    path = tmp_path / "punkter.xlsx"
    info.value.save_as(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Punkter", "Kilde"]
    sheet = wb["Punkter"]
    # the source line (with the filters) and the generation line above the table
    assert str(sheet["A1"].value).startswith("Kilde: Chefforum-referater")
    assert "tekst »budget«" in str(sheet["A1"].value)
    assert sheet.max_row - HEADER_ROW == shown
    assert [c.value for c in sheet[HEADER_ROW]][:4] == ["Dato", "Forum", "Nr.", "Titel"]
    about = " ".join(str(c.value) for c in wb["Kilde"]["A"])
    assert "Kilde: Chefforum-referater" in about
    assert "Filtre:" in about and "tekst »budget«" in about


def test_keyword_over_time(page, served):
    _, processed = served
    page.get_by_text("Ord over tid", exact=True).first.click()
    box = page.get_by_role("textbox", name="Ord eller frase")
    box.fill("borgermøde")
    box.press("Enter")
    page.get_by_text("Omtaler af »borgermøde« pr. år").wait_for()
    text = _wait_text(page, r"omtaler i \d+ punkter")
    from analysis.explore import views

    corpus, filtered, _ = _expected(processed, text="budget")
    hits = views.keyword_hits(corpus, filtered, "borgermøde")
    assert len(hits) > 0
    assert text.startswith(f"{len(hits)} omtaler i {hits['item_id'].nunique()} punkter")
    snippets = page.locator(".tabulator [tabulator-field='Uddrag']").all_inner_texts()
    assert any("orgermøde" in s.lower() for s in snippets[1:])
    # per quarter
    page.get_by_role("button", name="Kvartal").click()
    page.get_by_text("Omtaler af »borgermøde« pr. kvartal").wait_for()


#: The pixel centre of the first heatmap cell with items: plotly's own axes convert the
#: cell's column and row (category numbers) to pixels of the plot.
_CELL_JS = """
(gd) => {
  const trace = gd.data[0], fl = gd._fullLayout, xa = fl.xaxis, ya = fl.yaxis;
  const box = gd.querySelector('.main-svg').getBoundingClientRect();
  for (let i = 0; i < trace.customdata.length; i++) {
    for (let j = 0; j < trace.customdata[i].length; j++) {
      if (trace.customdata[i][j][0] > 0) {
        return {i: i, j: j, n: trace.customdata[i][j][0],
                x: box.left + xa._offset + xa.l2p(j), y: box.top + ya._offset + ya.l2p(i)};
      }
    }
  }
  return null;
}
"""


def test_click_on_a_heatmap_cell_shows_its_items(page, served):
    _, processed = served
    page.get_by_text("Overblik", exact=True).first.click()
    page.get_by_role("button", name="Politikområder pr. år").click()
    page.get_by_text("Politikområdernes andel af punkterne pr. år").wait_for()
    page.wait_for_timeout(500)
    cell = page.locator(".js-plotly-plot").first.evaluate(_CELL_JS)
    assert cell is not None
    page.mouse.click(cell["x"], cell["y"])
    text = _wait_text(page, r"Politikområde .+ \(\d+ punkter\)")
    year, label, count = re.search(
        r"År (\d{4}) · Politikområde (.+) \((\d+) punkter\)", text
    ).groups()
    assert int(count) == cell["n"]
    from analysis import metrics
    from analysis.explore import views

    # the text filter of the earlier test still holds
    corpus, _, view = _expected(processed, text="budget")
    areas = {**corpus.policy_areas(), metrics.area_label(metrics.NO_AREA): metrics.NO_AREA}
    area = areas[label]
    behind = views.drill(view, {"year": int(year), "policy_area": area})
    assert len(behind) == int(count)
    rows = page.locator(".tabulator").first.locator(".tabulator-row")
    assert rows.count() == int(count)
    titles = rows.locator("[tabulator-field='Titel']").all_inner_texts()
    assert sorted(titles) == sorted(behind["title"])
