"""The explorer: a HoloViz Panel app over every year and forum of the tables.

``Explorer(corpus, …).layout`` is the app (served by ``serve`` — ``minutes explore`` — or
shown inline in a notebook); the numbers and charts come from ``explore.figures`` and the
filtered views from ``explore.views``, both pure, so this module only wires widgets to
them. Everything is served from the Panel package and this machine: no CDN.
"""

from __future__ import annotations

import functools
import html
import io
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

import pandas as pd
import panel as pn
import plotly.graph_objects as go

from analysis import metrics
from analysis.explore import figures, views
from analysis.explore.views import Corpus, Filters

R = TypeVar("R")

#: The route that serves the raw minutes, so an item can link to its source file.
RAW_ROUTE = "raw"
#: The explorer's own static files (``STATIC_DIR``), served under this route.
STATIC_ROUTE = "explorer-static"
STATIC_DIR = Path(__file__).parent / "static"
#: plotly.js's cartesian bundle (bar, scatter, heatmap, …: every explorer chart), from the
#: npm package plotly.js-cartesian-dist-min at the version Panel ships: 1.3 MB against the
#: full bundle's 4.8 MB, which the browser would download and compile before any chart.
PLOTLY_BUNDLE = "plotly-cartesian-{version}.min.js"
#: Rows per page of the item table (the server sends one page at a time).
PAGE_SIZE = 20
#: Matches shown in context under keyword over time (the latest; a click on a point
#: shows that period's): snippets for a hundred thousand mentions take seconds.
HIT_LIST_MAX = 1000

#: Tabulator's own texts in Danish (pagination, header filters).
TABULATOR_DA = {
    "locale": "da",
    "langs": {
        "da": {
            "pagination": {
                "first": "Første",
                "first_title": "Første side",
                "last": "Sidste",
                "last_title": "Sidste side",
                "prev": "Forrige",
                "prev_title": "Forrige side",
                "next": "Næste",
                "next_title": "Næste side",
                "page_size": "Rækker pr. side",
                "counter": {"showing": "Viser", "of": "af", "rows": "rækker", "pages": "sider"},
            },
            "headerFilters": {"default": "filtrér …"},
            "data": {"loading": "Henter …", "error": "Fejl"},
        }
    },
}
PLOT_CONFIG = {"displayModeBar": False, "responsive": True}
#: Column widths of the item table (the rest share what is left).
ITEM_WIDTHS = {"Dato": 95, "Forum": 120, "Nr.": 60, "Titel": "28%", "Side": 75}

CSS = """
.explorer-detail h3 { margin: 0.2em 0; }
.explorer-detail .section-text { white-space: pre-wrap; }
"""


def _date_format() -> dict:
    """Dates shown the Danish way, sorted as dates."""
    from bokeh.models.widgets.tables import DateFormatter

    return {"Dato": DateFormatter(format="%d.%m.%Y")}


def _extension(inline: bool = False) -> None:
    """Load Panel's plotly and Tabulator support, with resources from the package.

    ``inline`` (in a notebook): the scripts go into the notebook's output instead of
    being loaded from a CDN, so JupyterLab shows the explorer offline too."""
    pn.extension("plotly", "tabulator", raw_css=[CSS], notifications=False, inline=inline)


def plotly_bundle() -> Path | None:
    """The partial plotly.js bundle for the Panel installed (None: another plotly.js
    version, whose full bundle Panel then serves itself)."""
    from panel.models.plotly import PLOTLY_VERSION

    path = STATIC_DIR / PLOTLY_BUNDLE.format(version=PLOTLY_VERSION)
    return path if path.is_file() else None


def _serve_plotly_bundle() -> None:
    """Have the served page load the partial plotly.js bundle from ``STATIC_ROUTE``
    instead of Panel's full one (and not the map styles, which no chart here uses)."""
    from panel.models.plotly import PlotlyPlot

    bundle = plotly_bundle()
    if bundle is not None:
        PlotlyPlot.__javascript__ = [f"{STATIC_ROUTE}/{bundle.name}"]
        PlotlyPlot.__css__ = []


def danish_page_template():
    """Panel's page template with ``<html lang="da">``: screen readers and the browser's
    spelling and hyphenation then treat the page as Danish."""
    from panel.io.resources import _env

    source = Path(_env.get_template("base.html").filename).read_text(encoding="utf-8")
    if '<html lang="en"' not in source:
        raise RuntimeError('Panel\'s base.html no longer opens with <html lang="en"')
    return _env.from_string(source.replace('<html lang="en"', '<html lang="da"', 1))


def selection(corpus: Corpus, f: Filters) -> tuple[dict[str, pd.DataFrame], pd.DataFrame, str]:
    """The filtered tables, their item rows (``views.item_view``) and the source line,
    kept in the corpus's memo: shared by every session, never changed by one."""

    def make() -> tuple[dict[str, pd.DataFrame], pd.DataFrame, str]:
        filtered = views.filter_tables(corpus, f)
        source = figures.source_text(filtered, f.describe())
        return filtered, views.item_view(corpus, filtered), source

    return corpus.memo(("selection", f), make)


def chart_figure(corpus: Corpus, key: str, f: Filters) -> go.Figure:
    """The chart ``key`` of the selection, drawn once per filters (the corpus's memo);
    each call returns its own copy, since Panel writes the browser's relayouts into it."""
    filtered, _, source = selection(corpus, f)
    spec = figures.CHARTS_BY_KEY[key]
    return go.Figure(corpus.memo(("chart", key, f), lambda: spec.make(filtered, source)))


def _in_foreground(method: Callable[..., R]) -> Callable[..., R]:
    """Run an ``Explorer`` callback as work the analyst waits for (``Corpus.foreground``)."""

    @functools.wraps(method)
    def wrapper(self: Explorer, *args: object, **kwargs: object) -> R:
        with self.corpus.foreground():
            return method(self, *args, **kwargs)

    return wrapper


class Explorer:
    """One session of the explorer (one browser tab): its widgets and their callbacks."""

    def __init__(
        self,
        corpus: Corpus,
        watches: Sequence = (),
        seen: Mapping | None = None,
        raw_url: str | None = RAW_ROUTE,
    ) -> None:
        self.corpus = corpus
        self.watches = list(watches)
        self.seen = seen or {}
        self.raw_url = raw_url
        self.drill_point: dict[str, object] = {}
        self._build_widgets()
        self.update()

    # --- layout -------------------------------------------------------------------

    def _build_widgets(self) -> None:
        c = self.corpus
        w = pn.widgets
        self.municipality = w.MultiChoice(label="Kommune", options=c.municipalities())
        self.municipality.visible = len(c.municipalities()) > 1
        self.forum = w.MultiChoice(label="Forum", options=c.forums())
        lo, hi = c.year_range()
        self.years = w.IntRangeSlider(label="År", start=lo, end=max(hi, lo + 1), value=(lo, hi))
        self.theme = w.MultiChoice(label="Tema", options=c.themes())
        self.policy = w.MultiChoice(label="Politikområde", options=c.policy_areas())
        self.policy.visible = bool(c.policy_areas())
        self.decision = w.MultiChoice(label="Beslutning", options=c.decision_types())
        self.standing = w.Checkbox(
            label="Medtag faste punkter (godkendelse af dagsorden, eventuelt …)", value=False
        )
        self.text = w.TextInput(label="Fritekst", placeholder="ord eller frase, fx budget")
        self.compounds = w.Checkbox(label="Også i sammensatte ord", value=True)
        self.reset = w.Button(label="Nulstil filtre", color="light")
        self.reset.on_click(self._reset)
        filters = [
            self.municipality,
            self.forum,
            self.years,
            self.theme,
            self.policy,
            self.decision,
            self.standing,
            self.text,
            self.compounds,
        ]
        for widget in filters:
            widget.width = 270
            if isinstance(widget, w.MultiChoice):
                widget.placeholder = "alle"
            widget.param.watch(lambda _e: self.update(), "value")

        self.chart_choice = w.RadioButtonGroup(
            label="Graf",
            options={s.label: s.key for s in figures.charts_for(c)},
            value=figures.CHARTS[0].key,
            color="default",
        )
        self.chart_choice.param.watch(lambda _e: self._draw_chart(), "value")
        self.chart = pn.pane.Plotly(
            None, config=PLOT_CONFIG, sizing_mode="stretch_width", height=460
        )
        self.chart.param.watch(self._on_click, "click_data")
        self.summary = pn.pane.Markdown("")
        self.drill_text = pn.pane.Markdown("")
        self.clear_drill = w.Button(label="Vis alle punkter", color="light", visible=False)
        self.clear_drill.on_click(lambda _e: self._set_drill({}))
        self.table = w.Tabulator(
            pd.DataFrame(),
            pagination="remote",
            page_size=PAGE_SIZE,
            disabled=True,
            selectable=1,
            header_filters=True,
            show_index=False,
            sizing_mode="stretch_width",
            configuration=TABULATOR_DA,
            hidden_columns=["Punkt-id"],
            formatters=_date_format(),
            # fixed shares of the width: Tabulator's default measures every cell first,
            # a second of the first view at 10,000 meetings
            layout="fit_columns",
            widths=ITEM_WIDTHS,
        )
        self.table.param.watch(self._on_select, "selection")
        self.detail = pn.pane.HTML(
            "<p><em>Vælg et punkt i tabellen for at se dets afsnit.</em></p>",
            css_classes=["explorer-detail"],
            sizing_mode="stretch_width",
        )
        self.xlsx = w.FileDownload(
            callback=self._xlsx,
            filename="punkter.xlsx",
            label="Hent tabellen som Excel (XLSX)",
            color="primary",
        )
        self.png = w.FileDownload(
            callback=lambda: self._image("png"),
            filename="graf.png",
            label="Hent grafen som PNG",
            color="default",
        )
        self.svg = w.FileDownload(
            callback=lambda: self._image("svg"),
            filename="graf.svg",
            label="Hent grafen som SVG",
            color="default",
        )

        sidebar = pn.Column(
            pn.pane.Markdown("## Filtre"),
            *filters,
            self.reset,
            width=300,
            styles={"background": "#F4F6F8", "padding": "8px"},
            margin=(0, 10, 0, 0),
        )
        overview = pn.Column(
            self.chart_choice,
            self.chart,
            pn.Row(self.png, self.svg),
            pn.pane.Markdown("Klik på en søjle, et felt eller et punkt for at se punkterne bag."),
            pn.Row(self.drill_text, self.clear_drill),
            self.table,
            self.xlsx,
            self.detail,
            sizing_mode="stretch_width",
        )
        # The other tabs are made when first opened: a first view without their widgets
        # is made and sent sooner.
        self.kw_tab = pn.Column(sizing_mode="stretch_width")
        self.saved_tab = pn.Column(sizing_mode="stretch_width")
        self.tabs = pn.Tabs(
            ("Overblik", overview),
            ("Ord over tid", self.kw_tab),
            ("Gemte søgninger", self.saved_tab),
            dynamic=True,
            sizing_mode="stretch_width",
        )
        self.tabs.param.watch(lambda _e: self._open_tab(), "active")
        header = pn.pane.Markdown("# Udforsk referaterne", margin=(0, 10))
        self.layout = pn.Column(
            header,
            self.summary,
            pn.Row(sidebar, self.tabs, sizing_mode="stretch_width"),
            sizing_mode="stretch_width",
        )

    @_in_foreground
    def _open_tab(self) -> None:
        if self.tabs.active == 1 and not self.kw_tab.objects:
            self._build_keyword_tab()
        elif self.tabs.active == 2 and not self.saved_tab.objects:
            self._build_saved_tab()
        self._watch_list()

    def _build_keyword_tab(self) -> None:
        w = pn.widgets
        self.kw_key: tuple | None = None  # (word, filters) of the hit list
        self.kw_hits: pd.DataFrame | None = None
        self.kw_query = w.TextInput(label="Ord eller frase", placeholder="fx budget")
        self.kw_period = w.RadioButtonGroup(
            label="Periode", options={v: k for k, v in views.PERIODS_DA.items()}, value="year"
        )
        self.kw_go = w.Button(label="Vis over tid", color="primary")
        self.kw_go.on_click(lambda _e: self._keyword())
        self.kw_query.param.watch(lambda _e: self._keyword(), "value")
        self.kw_period.param.watch(lambda _e: self._keyword(), "value")
        self.kw_chart = pn.pane.Plotly(
            None, config=PLOT_CONFIG, sizing_mode="stretch_width", height=420, visible=False
        )
        self.kw_chart.param.watch(self._on_kw_click, "click_data")
        self.kw_summary = pn.pane.Markdown("")
        self.kw_table = w.Tabulator(
            pd.DataFrame(),
            pagination="remote",
            page_size=PAGE_SIZE,
            disabled=True,
            show_index=False,
            sizing_mode="stretch_width",
            configuration=TABULATOR_DA,
            header_filters=True,
            formatters=_date_format(),
        )
        self.kw_png = w.FileDownload(
            callback=lambda: self._image("png", keyword=True),
            filename="ord-over-tid.png",
            label="Hent grafen som PNG",
        )
        self.kw_svg = w.FileDownload(
            callback=lambda: self._image("svg", keyword=True),
            filename="ord-over-tid.svg",
            label="Hent grafen som SVG",
        )

        self.kw_tab.objects = [
            pn.Column(
                pn.pane.Markdown(
                    "Et ord eller en frase i alle bøjninger (og inde i sammensatte "
                    "ord), talt pr. år eller kvartal og forum inden for filtrene."
                ),
                pn.Row(self.kw_query, self.kw_period, self.kw_go),
                self.kw_chart,
                pn.Row(self.kw_png, self.kw_svg),
                self.kw_summary,
                self.kw_table,
                sizing_mode="stretch_width",
            )
        ]

    def _build_saved_tab(self) -> None:
        w = pn.widgets
        self.watch_table = w.Tabulator(
            pd.DataFrame(),
            disabled=True,
            selectable=1,
            show_index=False,
            sizing_mode="stretch_width",
            configuration=TABULATOR_DA,
        )
        self.watch_table.param.watch(lambda _e: self._watch_hits(), "selection")
        self.watch_hits_table = w.Tabulator(
            pd.DataFrame(),
            pagination="remote",
            page_size=PAGE_SIZE,
            disabled=True,
            show_index=False,
            sizing_mode="stretch_width",
            configuration=TABULATOR_DA,
            formatters=_date_format(),
        )

        watch_note = (
            "Søgningerne i `watchlist.yaml`, inden for filtrene. *Nye* er fund, som "
            "seneste `minutes build` meldte som nye."
            if self.watches
            else "Ingen gemte søgninger: læg dem i `watchlist.yaml` (se README)."
        )
        self.saved_tab.objects = [
            pn.Column(
                pn.pane.Markdown(watch_note),
                self.watch_table,
                self.watch_hits_table,
                sizing_mode="stretch_width",
            )
        ]

    # --- state --------------------------------------------------------------------

    def filters(self) -> Filters:
        lo, hi = self.years.value
        full = self.corpus.year_range()
        return Filters(
            forums=tuple(self.forum.value),
            municipalities=tuple(self.municipality.value),
            years=None if (lo, hi) == full or (lo <= full[0] and hi >= full[1]) else (lo, hi),
            themes=tuple(self.theme.value),
            policy_areas=tuple(self.policy.value),
            decision_types=tuple(self.decision.value),
            include_standing=bool(self.standing.value),
            text=self.text.value or "",
            compounds=bool(self.compounds.value),
        )

    @_in_foreground
    def _reset(self, _event: object = None) -> None:
        self._quiet = True  # one update for all the widgets, not one each
        try:
            for widget in (self.municipality, self.forum, self.theme, self.policy, self.decision):
                widget.value = []
            self.years.value = self.corpus.year_range()
            self.standing.value = False
            self.text.value = ""
        finally:
            self._quiet = False
        self.update()

    @_in_foreground
    def update(self) -> None:
        """Recompute the selection, then every view that follows it."""
        if getattr(self, "_quiet", False):
            return
        f = self.filters()
        self.filters_now = f
        self.filtered, self.view, self.source = selection(self.corpus, f)
        n_items, n_meetings = len(self.filtered["items"]), len(self.filtered["meetings"])
        self.summary.object = (
            f"**{metrics.format_int_da(n_meetings)} møder, {metrics.format_int_da(n_items)} "
            f"punkter** i udsnittet. {f.describe()}."
        )
        self.drill_point = {}
        self._draw_chart()
        self._show_items()
        if self.kw_tab.objects and self.kw_query.value:
            self._keyword()
        self._watch_list()

    @_in_foreground
    def _draw_chart(self) -> None:
        self.figure = chart_figure(self.corpus, self.chart_choice.value, self.filters_now)
        self.chart.object = self.figure

    def _on_click(self, event: object) -> None:
        data = getattr(event, "new", None)
        if not data or not data.get("points"):
            return
        spec = figures.CHARTS_BY_KEY[self.chart_choice.value]
        self._set_drill(figures.point_of(self.figure, spec, data["points"][0]))

    @_in_foreground
    def _set_drill(self, point: dict[str, object]) -> None:
        self.drill_point = point
        self._show_items()

    def _show_items(self) -> None:
        rows = views.drill(self.view, self.drill_point) if self.drill_point else self.view
        self.shown = rows
        self.table.selection = []
        self.table.value = views.item_table(rows)
        if self.drill_point:
            what = views.describe_drill(self.drill_point)
            self.drill_text.object = f"**Punkter bag:** {what} ({len(rows)} punkter)"
        else:
            self.drill_text.object = f"**Alle punkter i udsnittet** ({len(rows)})"
        self.clear_drill.visible = bool(self.drill_point)

    # --- item detail --------------------------------------------------------------

    @_in_foreground
    def _on_select(self, event: object) -> None:
        selected = getattr(event, "new", None) or []
        if not selected:
            return
        item_id = self.table.value["Punkt-id"].iloc[selected[0]]
        self.detail.object = self.item_html(str(item_id))

    def item_html(self, item_id: str) -> str:
        row = self.corpus.items[self.corpus.items["item_id"] == item_id].iloc[0]
        date = pd.Timestamp(row["date"]).strftime("%d.%m.%Y")
        source = html.escape(str(row["source_file"]))
        page = row["page"]
        where = f", side {int(page)}" if pd.notna(page) else ""
        if self.raw_url:
            anchor = f"#page={int(page)}" if pd.notna(page) and source.endswith(".pdf") else ""
            href = f"{self.raw_url}/{quote(str(row['source_file']))}{anchor}"
            link = f'<a href="{href}" target="_blank">{source}</a>'
        else:
            link = source
        parts = [
            f"<h3>{html.escape(str(row['title']))}</h3>",
            f"<p>{date} · {html.escape(str(row['forum_label']))} · punkt {int(row['number'])}"
            f" · {html.escape(str(row['theme_label']))} · "
            f"{html.escape(str(row['decision_label']))}</p>",
            f"<p>Kilde: {link}{where}</p>",
        ]
        for sec in views.item_sections(self.corpus.full_tables, item_id).itertuples(index=False):
            parts.append(f"<h4>{html.escape(sec.label)}</h4>")
            parts.append(f'<div class="section-text">{html.escape(sec.text)}</div>')
        return "\n".join(parts)

    # --- keyword over time ----------------------------------------------------------

    @_in_foreground
    def _keyword(self) -> None:
        query = (self.kw_query.value or "").strip()
        if not query:
            self.kw_chart.visible = False
            self.kw_summary.object = ""
            self.kw_table.value = pd.DataFrame()
            return
        period = self.kw_period.value
        # The chart and the counts from the matches alone; the hit list with its snippets
        # (a second for a word with a hundred thousand mentions) follows once they are
        # shown, and only when the word or the filters changed.
        self.kw_matches = views.keyword_matches(self.corpus, self.filtered, query)
        counts = views.keyword_over_time(self.corpus, self.filtered, self.kw_matches, period)
        self.kw_figure = figures.keyword_chart(counts, query, period, self.source)
        self.kw_chart.object = self.kw_figure
        self.kw_chart.visible = True
        self._kw_summary(self.kw_matches, "")
        key = (query, self.filters_now)
        if self.kw_key != key:
            self.kw_key, self.kw_hits = key, None
            self.kw_table.value = pd.DataFrame()
            pn.state.execute(lambda: self._kw_hit_list(query, key), schedule=True)

    def _kw_hit_list(self, query: str, key: tuple) -> None:
        if key != self.kw_key or self.kw_hits is not None:
            return  # another word or other filters meanwhile, or already made
        self.kw_hits = views.keyword_hits(self.corpus, self.filtered, query, limit=HIT_LIST_MAX)
        self._show_kw(self.kw_hits, self.kw_matches, "")

    def _kw_summary(self, matches: pd.DataFrame, where: str, shown: int | None = None) -> None:
        n, n_items = len(matches), matches["item_id"].nunique()
        if shown is None or shown == n:
            after = "Fundene i sammenhæng:"
        else:
            after = (
                f"De seneste {metrics.format_int_da(shown)} i sammenhæng (klik på et punkt "
                "i grafen for periodens):"
            )
        self.kw_summary.object = (
            f"**{metrics.format_int_da(n)} omtaler i {metrics.format_int_da(n_items)} "
            f"punkter**{where}. {after}"
        )

    def _show_kw(self, hits: pd.DataFrame, matches: pd.DataFrame, where: str) -> None:
        self._kw_summary(matches, where, shown=len(hits))
        table = hits[["date", "forum_label", "title", "section_label", "snippet"]].rename(
            columns={
                "date": "Dato",
                "forum_label": "Forum",
                "title": "Titel",
                "section_label": "Fundet i",
                "snippet": "Uddrag",
            }
        )
        self.kw_table.value = table.reset_index(drop=True)

    def _on_kw_click(self, event: object) -> None:
        data = getattr(event, "new", None)
        if not data or not data.get("points"):
            return
        p = data["points"][0]
        forum = self.kw_figure.data[int(p["curveNumber"])].meta
        point = views.keyword_point(self.kw_matches, str(p["x"]), str(forum))
        ids = point["item_id"]
        hits = views.keyword_hits(
            self.corpus, self.filtered, self.kw_key[0], items=ids, limit=HIT_LIST_MAX
        )
        matches = self.kw_matches[metrics.is_member(self.kw_matches["item_id"], list(ids))]
        self._show_kw(hits, matches, f" i {p['x']}, {forum}")

    # --- saved searches -----------------------------------------------------------

    def _watch_list(self) -> None:
        """The saved searches within the filters; computed when their tab is open (the
        first time builds the search index, seconds at 10,000 meetings)."""
        if not self.watches or self.tabs.active != 2:
            return
        found = self.corpus.watch_hits(self.watches)
        keep = metrics.is_member(found["item_id"], set(self.filtered["items"]["item_id"]))
        self.watch_found = found[keep]
        reported = self.seen.get("reported", {})
        rows = []
        for watch in self.watches:
            part = self.watch_found[self.watch_found["name"] == watch.name]
            rows.append(
                {
                    "Navn": watch.name,
                    "Søgning": watch.query,
                    "Fora": ", ".join(watch.forums) or "alle",
                    "Fund": int(part["item_id"].nunique()),
                    "Nye": int(part["item_id"].isin(reported.get(watch.name, [])).sum()),
                }
            )
        self.watch_table.value = pd.DataFrame(rows)
        self._watch_hits()

    @_in_foreground
    def _watch_hits(self) -> None:
        if not self.watches or not hasattr(self, "watch_found"):
            return
        sel = self.watch_table.selection
        name = self.watches[sel[0]].name if sel else self.watches[0].name
        part = self.watch_found[self.watch_found["name"] == name]
        self.watch_hits_table.value = (
            part[["date", "forum", "title", "section_label", "snippet"]]
            .rename(
                columns={
                    "date": "Dato",
                    "forum": "Forum",
                    "title": "Titel",
                    "section_label": "Fundet i",
                    "snippet": "Uddrag",
                }
            )
            .reset_index(drop=True)
        )

    # --- export -------------------------------------------------------------------

    def _xlsx(self) -> io.BytesIO:
        from analysis.report.xlsx import write_workbook

        # as shown: after a drill-down, the table's own column filters and its sorting
        table = self.table.current_view
        about = pd.DataFrame(
            {
                "Kilde": [
                    self.source,
                    views.describe_drill(self.drill_point) or "Alle punkter i udsnittet",
                    f"Udtrukket {time.strftime('%d.%m.%Y %H:%M')}",
                ]
            }
        )
        with tempfile.TemporaryDirectory() as tmp:
            path = write_workbook(
                {"Punkter": table, "Kilde": about}, Path(tmp) / "punkter.xlsx", source=self.source
            )
            return io.BytesIO(path.read_bytes())

    def _image(self, fmt: str, keyword: bool = False) -> io.BytesIO:
        from analysis.export import save_figures

        fig = self.kw_figure if keyword else self.figure
        with tempfile.TemporaryDirectory() as tmp:
            (path,) = save_figures({Path(tmp) / "graf": fig}, formats=(fmt,))
            return io.BytesIO(path.read_bytes())


def load_corpus(processed_dir: Path | None = None) -> Corpus:
    """The tables the explorer needs, prepared (``views.Corpus``)."""
    import analysis

    tables = analysis.load(("meetings", "items"), processed_dir=processed_dir)
    corpus = Corpus(
        tables,
        load_sections=lambda: analysis.load(("sections",), processed_dir=processed_dir)["sections"],
    )
    corpus.items  # noqa: B018 - prepared once, before the first session
    return corpus


def app(
    processed_dir: Path | None = None,
    watchlist_file: Path | None = None,
    corpus: Corpus | None = None,
    raw_url: str | None = None,
) -> pn.Column:
    """The explorer as a Panel layout, e.g. for a notebook (``analysis.load()``'s tables)."""
    from analysis import config
    from analysis.watchlist import load_watchlist, seen_state

    _extension(inline=True)
    corpus = corpus or load_corpus(processed_dir)
    watches = load_watchlist(watchlist_file or config.WATCHLIST_FILE)
    seen = seen_state(processed_dir or config.PROCESSED_DIR)
    return Explorer(corpus, watches, seen, raw_url=raw_url).layout


def serve(
    processed_dir: Path | None = None,
    raw_dir: Path | None = None,
    watchlist_file: Path | None = None,
    port: int = 5006,
    open_browser: bool = True,
    threaded: bool = False,
    warm_search: bool = True,
):
    """Serve the explorer on localhost:``port`` (blocks unless ``threaded``; then the
    server is returned and ``server.stop()`` ends it). ``warm_search`` builds the search
    index in the background meanwhile (``Corpus.warm_search``)."""
    from analysis import config
    from analysis.watchlist import load_watchlist, seen_state

    _extension()
    _serve_plotly_bundle()
    template = danish_page_template()
    processed_dir = processed_dir or config.PROCESSED_DIR
    raw_dir = raw_dir or config.RAW_DIR
    corpus = load_corpus(processed_dir)
    watches = load_watchlist(watchlist_file or config.WATCHLIST_FILE)
    seen = seen_state(processed_dir)
    # The first view, made once now: every session opens on it (the corpus's memo).
    Explorer(corpus, watches, seen, raw_url=RAW_ROUTE)

    warming: list[threading.Thread] = []

    def warm() -> None:
        # After the first page has loaded, so the first view does not compete with it.
        if warm_search and not warming:
            warming.append(threading.Thread(target=corpus.warm_search, daemon=True))
            warming[0].start()

    def session() -> pn.Column:
        pn.state.onload(warm)
        pn.state.curdoc.template = template
        with corpus.foreground():
            return Explorer(corpus, watches, seen, raw_url=RAW_ROUTE).layout

    print(f"Udforskeren kører på http://localhost:{port}/ (stop med Ctrl+C)", flush=True)
    return pn.serve(
        {"/": session},
        port=port,
        address="127.0.0.1",
        websocket_origin=[f"localhost:{port}", f"127.0.0.1:{port}"],
        show=open_browser,
        title="Udforsk referaterne",
        static_dirs={RAW_ROUTE: str(Path(raw_dir).resolve()), STATIC_ROUTE: str(STATIC_DIR)},
        threaded=threaded,
    )


__all__ = ["Explorer", "app", "serve", "load_corpus", "RAW_ROUTE"]
