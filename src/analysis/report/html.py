"""The yearly overview as one self-contained Danish HTML page (works offline)."""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pandas as pd
from plotly.offline import get_plotlyjs

from analysis.metrics.honesty import format_int_da
from analysis.report.figures import (
    FIGURE_LABELS_DA,
    Overview,
    decimal_da,
    figures_table,
    pct,
)

CSS = """
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #2B2F36;
       margin: 0; background: #F6F7F9; }
header { background: #1F3A5F; color: #fff; padding: 28px 48px; }
header h1 { margin: 0 0 6px 0; font-size: 32px; }
header p { margin: 0; color: #D5DEEA; }
main { max-width: 1280px; margin: 0 auto; padding: 24px 48px 64px; }
section { background: #fff; border-radius: 6px; padding: 20px 28px; margin: 22px 0;
          box-shadow: 0 1px 3px rgba(0,0,0,.08); }
h2 { color: #1F3A5F; margin-top: 0; }
.takeaway { font-size: 18px; margin: 4px 0 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 14px; }
.card { background: #fff; border-left: 5px solid #2E6F95; padding: 14px 16px; border-radius: 4px;
        box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.card .value { font-size: 30px; font-weight: bold; color: #1F3A5F; }
.card .label { color: #5F6B7A; font-size: 14px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th { background: #1F3A5F; color: #fff; text-align: left; padding: 8px; }
td { border-bottom: 1px solid #E3E7EC; padding: 6px 8px; vertical-align: top; }
td.text { white-space: pre-line; max-width: 520px; }
td:first-child { white-space: nowrap; }
#search { font-size: 16px; padding: 8px 12px; width: 360px; margin: 0 12px 12px 0;
          border: 1px solid #9AA3AE; border-radius: 4px; }
#count { color: #5F6B7A; }
.chart { width: 100%; height: 540px; }
.notes { background: #FFF6E0; border-left: 5px solid #D9A441; }
.notes p { margin: 4px 0; }
footer { color: #5F6B7A; font-size: 13px; text-align: center; margin-bottom: 32px; }
"""

SEARCH_JS = """
(function () {
  var input = document.getElementById('search');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#items-body tr'));
  var count = document.getElementById('count');
  function update() {
    var q = input.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var hit = !q || row.textContent.toLowerCase().indexOf(q) !== -1;
      row.style.display = hit ? '' : 'none';
      if (hit) { shown += 1; }
    });
    count.textContent = 'Viser ' + shown + ' af ' + rows.length + ' punkter';
  }
  input.addEventListener('input', update);
  update();
})();
"""


def _cell(value: object, column: str = "") -> str:
    """A sheet value as Danish text: shares in percent, numbers with a decimal comma and
    a thousands dot, dates dd-mm-åååå."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, bool | np.bool_):
        return "Ja" if value else "Nej"
    if column.startswith("Andel") and isinstance(value, float | np.floating):
        return pct(float(value))
    if isinstance(value, pd.Timestamp):
        return value.strftime("%d-%m-%Y")
    if column == "Ændring" and isinstance(value, int | np.integer):
        return f"{'+' if value > 0 else ''}{format_int_da(int(value))}".replace("-", "−")
    if isinstance(value, int | np.integer) or (
        isinstance(value, float | np.floating) and float(value).is_integer()
    ):
        return format_int_da(int(value))
    if isinstance(value, float | np.floating):
        return decimal_da(float(value))
    return html.escape(str(value))


def table_html(df: pd.DataFrame, body_id: str | None = None, text_cols: tuple = ()) -> str:
    """A plain HTML table of ``df`` (headers as they are: Danish)."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    rows = []
    for row in df.itertuples(index=False):
        cells = "".join(
            f'<td class="text">{_cell(v, col)}</td>'
            if col in text_cols
            else f"<td>{_cell(v, col)}</td>"
            for col, v in zip(df.columns, row, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    tbody = f' id="{body_id}"' if body_id else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody{tbody}>{''.join(rows)}</tbody></table>"


def _cards(ov: Overview) -> str:
    shown = dict(
        zip(figures_table(ov.figures)["Nøgletal"], figures_table(ov.figures)["Værdi"], strict=True)
    )
    return "".join(
        f'<div class="card"><div class="value">{html.escape(shown[label])}</div>'
        f'<div class="label">{html.escape(label)}</div></div>'
        for label in FIGURE_LABELS_DA.values()
    )


def _notes(ov: Overview) -> list[str]:
    """The honesty notes (few data, meetings missing from the corpus) above the figures."""
    if not ov.notes:
        return []
    body = "".join(f"<p>{html.escape(note)}</p>" for note in ov.notes)
    return [f'<section id="noter" class="notes">{body}</section>']


def render_html(ov: Overview) -> str:
    """The page as a string: key figures, charts with takeaways, tables, searchable items."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="da"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(ov.title)}</title>",
        f"<style>{CSS}</style>",
        f'<script type="text/javascript">{get_plotlyjs()}</script>',
        "</head><body>",
        f"<header><h1>{html.escape(ov.title)}</h1><p>{html.escape(ov.source)}</p></header>",
        "<main>",
        *_notes(ov),
        f'<section id="noegletal"><h2>Nøgletal</h2><div class="cards">{_cards(ov)}</div>',
        "<p>Mødetid tæller kun punkter, hvor referatet angiver varigheden. Andele, "
        "beslutninger og udsatte punkter regnes uden de faste punkter (godkendelse af "
        "dagsorden, eventuelt).</p></section>",
    ]
    for chart in ov.charts:
        div = chart.figure.to_html(
            full_html=False,
            include_plotlyjs=False,
            div_id=f"chart-{chart.name}",
            default_width="100%",
            default_height="540px",
            config={"displaylogo": False, "responsive": True},
        )
        title = chart.figure.layout.title.text or chart.name
        title = html.unescape(str(title).split("<br>")[0])
        parts.append(
            f'<section class="chart-section"><h2>{html.escape(title)}</h2>'
            f'<p class="takeaway">{html.escape(chart.takeaway)}</p>{div}</section>'
        )
    for name in ("Fora", "Temaer", "Sager", "Udsatte punkter", "Gemte søgninger"):
        if name not in ov.sheets:  # "Fora": several forums; "Gemte søgninger": a watchlist
            continue
        df = ov.sheets[name]
        body = table_html(df) if len(df) else "<p>Ingen i året.</p>"
        parts.append(f"<section><h2>{html.escape(name)}</h2>{body}</section>")
    parts += [
        '<section id="punkter"><h2>Alle punkter</h2>',
        '<input id="search" type="search" placeholder="Søg i titel, tema, beslutning …" '
        'aria-label="Søg i punkterne"><span id="count"></span>',
        table_html(ov.sheets["Punkter"], body_id="items-body", text_cols=("Beslutning",)),
        "</section></main>",
        f"<footer>{html.escape(ov.source)}</footer>",
        f"<script>{SEARCH_JS}</script>",
        "</body></html>",
    ]
    return "\n".join(parts)


def write_html(ov: Overview, path: Path) -> Path:
    """Write the page to ``path`` (UTF-8); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(ov), encoding="utf-8")
    return path
