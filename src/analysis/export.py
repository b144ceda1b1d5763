"""Save charts as slide-sized PNG and SVG (1920×1080), one figure or the whole set.

Export uses kaleido (≥ 1.0) with a Chromium browser (Debian: ``apt-get install chromium``).
One kaleido server is started per process and reused, so a bulk export pays the browser
start once. ``export_charts`` is what ``minutes charts --out reports/charts/`` calls.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from analysis import charts, metrics
from analysis.errors import EnvironmentProblem
from analysis.metrics import Forum, Years

SLIDE_WIDTH, SLIDE_HEIGHT = 1920, 1080
FORMATS: tuple[str, ...] = ("png", "svg")


class ExportError(EnvironmentProblem, RuntimeError):
    """Static export is not possible (kaleido or Chromium missing): the machine lacks
    something, hence exit code 3."""


def _ensure_server() -> None:
    """Start kaleido's shared browser once per process (it is stopped at exit)."""
    try:
        import kaleido
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ExportError(
            "saving charts needs kaleido>=1.0: `.venv/bin/pip install 'kaleido>=1.0'`"
        ) from exc
    kaleido.start_sync_server(silence_warnings=True)


def _no_browser_hint() -> str:
    if shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("chrome"):
        return ""
    return " (no Chromium found: `apt-get install -y chromium fonts-liberation` as root)"


def _stem(path: Path | str) -> Path:
    path = Path(path)
    return path.with_suffix("") if path.suffix.lstrip(".") in (*FORMATS, "pdf") else path


def save_figures(
    figures: Mapping[Path | str, go.Figure], formats: Iterable[str] = FORMATS
) -> list[Path]:
    """Write each figure (path stem -> figure) at slide size, in one batch per format.

    The figures are laid out on the 960×540 design canvas of the chart template and
    scaled ×2 to 1920×1080, so text keeps its size relative to the slide. Figures are not
    modified. Returns the files written (per figure, in ``formats`` order).
    """
    import plotly.io as pio

    stems = [_stem(p) for p in figures]
    for stem in stems:
        stem.parent.mkdir(parents=True, exist_ok=True)
    if not stems:
        return []
    _ensure_server()
    figs = list(figures.values())
    scale = SLIDE_WIDTH / charts.DESIGN_WIDTH
    formats = tuple(formats)
    for fmt in formats:
        files = [stem.parent / f"{stem.name}.{fmt}" for stem in stems]
        try:
            with warnings.catch_warnings():
                # kaleido warns that per-call options are ignored when a server runs
                warnings.simplefilter("ignore", UserWarning)
                pio.write_images(
                    figs,
                    files,
                    format=fmt,
                    width=charts.DESIGN_WIDTH,
                    height=charts.DESIGN_HEIGHT,
                    scale=scale,
                )
        except Exception as exc:  # noqa: BLE001 - re-raised with a hint
            raise ExportError(f"could not write {fmt} charts: {exc}{_no_browser_hint()}") from exc
    return [stem.parent / f"{stem.name}.{fmt}" for stem in stems for fmt in formats]


def save_figure(fig: go.Figure, path: Path | str, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Write ``fig`` at slide size (1920×1080) as PNG and SVG; returns the files written.

    ``path`` without suffix (or with any suffix) names the files: 'out/x' -> out/x.png and
    out/x.svg. ``fig`` is not modified.
    """
    return save_figures({_stem(path): fig}, formats)


def chart_set(
    tables: Mapping[str, pd.DataFrame], forum: Forum = None, years: Years = None
) -> dict[str, go.Figure]:
    """Every standard chart of the notebooks, by file name (without suffix).

    Theme, decision and case charts leave out the standing items (agenda approval,
    Eventuelt); their source line says so. When the selection holds more than one forum
    (``metrics.forums_present``), the comparison charts are added: 01-forum-comparison,
    02-theme-share-by-forum and 03-decisions-by-forum.
    """
    t = metrics.select(tables, forum, years)
    cases = metrics.select(t, include_standing=False)
    src = metrics.source_line(t)
    src_cases = metrics.source_line(t, include_standing=False)
    meetings = t["meetings"]
    span = (meetings["date"].min(), meetings["date"].max()) if len(meetings) else None
    overview = metrics.meeting_overview(t)
    theme_share = metrics.theme_share_by_year(cases)
    makers: dict[str, Callable[[], go.Figure]] = {
        "01-meetings-per-year": lambda: charts.meetings_per_year_chart(
            metrics.meetings_per_year(t), src
        ),
        "01-items-per-meeting": lambda: charts.items_per_meeting_chart(overview, src),
        "01-minutes-per-meeting": lambda: charts.minutes_per_meeting_chart(overview, src),
        "01-sections": lambda: charts.section_presence_chart(metrics.section_presence(t), src),
        "01-file-coverage": lambda: charts.coverage_chart(metrics.file_coverage(t), src),
        "02-theme-share-items": lambda: charts.theme_share_chart(theme_share, src_cases),
        "02-theme-share-minutes": lambda: charts.theme_share_chart(
            theme_share, src_cases, measure="minutes"
        ),
        "02-theme-heatmap": lambda: charts.theme_heatmap(
            metrics.theme_meeting_matrix(cases), src_cases
        ),
        "02-topics": lambda: charts.topics_chart(metrics.topic_overview(t), src),
        "03-decisions-by-theme": lambda: charts.decision_types_by_theme_chart(
            metrics.decision_types_by_theme(cases), src_cases
        ),
        "03-decisions-by-year": lambda: charts.decision_types_by_year_chart(
            metrics.decision_types_by_year(cases), src_cases
        ),
        "03-recommendation-followed": lambda: charts.recommendation_followed_chart(
            metrics.recommendation_followed_by_year(cases), src_cases
        ),
        "04-case-timeline": lambda: charts.case_timeline_chart(
            metrics.case_threads(t), src_cases, date_range=span
        ),
        "04-kle-subject-timeline": lambda: charts.case_timeline_chart(
            metrics.case_threads(t, by="kle_code"),
            src_cases,
            date_range=span,
            rows=("KLE-emne", "KLE-emner"),
            title="KLE-emner, der går igen",
        ),
        "04-kle-main-groups": lambda: charts.kle_main_groups_chart(
            metrics.kle_main_groups_by_year(t), src_cases
        ),
    }
    if len(metrics.forums_present(t)) > 1:
        makers["01-forum-comparison"] = lambda: charts.forum_comparison_chart(
            metrics.forum_overview(t, by_year=True), src
        )
        makers["02-theme-share-by-forum"] = lambda: charts.theme_share_by_forum_chart(
            metrics.theme_share_by_forum(cases), src_cases
        )
        makers["03-decisions-by-forum"] = lambda: charts.decision_types_by_forum_chart(
            metrics.decision_types_by_forum(cases), src_cases
        )
    return {name: make() for name, make in makers.items()}


def export_charts(
    tables: Mapping[str, pd.DataFrame],
    out_dir: Path | str,
    forum: Forum = None,
    years: Years = None,
    formats: Iterable[str] = FORMATS,
) -> list[Path]:
    """Write every chart of ``chart_set`` to ``out_dir`` as PNG and SVG; returns the files."""
    out_dir = Path(out_dir)
    figures = chart_set(tables, forum, years)
    return save_figures({out_dir / name: fig for name, fig in figures.items()}, formats)


__all__ = [
    "SLIDE_WIDTH",
    "SLIDE_HEIGHT",
    "ExportError",
    "save_figure",
    "save_figures",
    "chart_set",
    "export_charts",
]
