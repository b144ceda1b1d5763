"""Save charts as slide-sized PNG and SVG (1920×1080), one figure or the whole set.

Export uses kaleido (≥ 1.0) with a Chromium browser (Debian: ``apt-get install chromium``).
One kaleido server is started per process and reused, so a bulk export pays the browser
start once. ``export_charts`` is what ``minutes charts --out reports/charts/`` calls.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterable, Mapping
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
        todo = [
            (fig, stem.parent / f"{stem.name}.{fmt}") for fig, stem in zip(figs, stems, strict=True)
        ]
        for _attempt in range(1 + EXPORT_RETRIES):
            try:
                with warnings.catch_warnings():
                    # kaleido warns that per-call options are ignored when a server runs
                    warnings.simplefilter("ignore", UserWarning)
                    pio.write_images(
                        [fig for fig, _ in todo],
                        [file for _, file in todo],
                        format=fmt,
                        width=charts.DESIGN_WIDTH,
                        height=charts.DESIGN_HEIGHT,
                        scale=scale,
                    )
            except Exception as exc:  # noqa: BLE001 - re-raised with a hint
                raise ExportError(
                    f"could not write {fmt} charts: {exc}{_no_browser_hint()}"
                ) from exc
            # (the browser may return without a file when the machine is very busy: the
            # missing ones are rendered again, and never reported as written)
            todo = [(fig, file) for fig, file in todo if not _written(file)]
            if not todo:
                break
        if todo:
            names = ", ".join(file.name for _, file in todo[:3])
            raise ExportError(
                f"could not write {fmt} charts: the browser returned no file for {names}"
                f"{' …' if len(todo) > 3 else ''} after {1 + EXPORT_RETRIES} attempts"
                f"{_no_browser_hint()}"
            )
    return [stem.parent / f"{stem.name}.{fmt}" for stem in stems for fmt in formats]


#: How often a chart the browser returned no file for is rendered again.
EXPORT_RETRIES = 2


def _written(file: Path) -> bool:
    try:
        return file.stat().st_size > 0
    except OSError:
        return False


def save_figure(fig: go.Figure, path: Path | str, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Write ``fig`` at slide size (1920×1080) as PNG and SVG; returns the files written.

    ``path`` without suffix (or with any suffix) names the files: 'out/x' -> out/x.png and
    out/x.svg. ``fig`` is not modified.
    """
    return save_figures({_stem(path): fig}, formats)


def chart_set(
    tables: Mapping[str, pd.DataFrame], forum: Forum = None, years: Years = None
) -> dict[str, go.Figure]:
    """Every chart of the registry (``analysis.questions``), by file name (no suffix).

    Each question's own standing-items rule applies (theme, decision and case charts leave
    out agenda approval and Eventuelt; their source line says so). The forum comparisons
    (01-forum-comparison, 02-theme-share-by-forum, 03-decisions-by-forum) are added when
    the selection holds more than one forum.
    """
    from analysis import questions

    return questions.chart_set(tables, forum, years)


def export_charts(
    tables: Mapping[str, pd.DataFrame],
    out_dir: Path | str,
    forum: Forum = None,
    years: Years = None,
    formats: Iterable[str] = FORMATS,
) -> list[Path]:
    """Write every chart of ``chart_set`` to ``out_dir`` as PNG and SVG; returns the files.

    A filter that matches no meeting raises ``metrics.EmptySelectionError`` (naming the
    forums and years that exist) before anything is written.
    """
    metrics.check_selection(tables, forum, years)
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
