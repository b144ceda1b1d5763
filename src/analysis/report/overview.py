"""Write the yearly overview (HTML, XLSX, PPTX) for one year or every year present."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.export import save_figures
from analysis.report.figures import Overview, overview, years_present
from analysis.report.html import write_html
from analysis.report.pptx import write_pptx
from analysis.report.xlsx import write_workbook
from analysis.watchlist import Watch


def overview_paths(out_dir: Path, year: int) -> dict[str, Path]:
    """Where the files of one year go: reports/<year>/aarsoversigt-<year>.<ext>."""
    folder = out_dir / str(year)
    return {ext: folder / f"aarsoversigt-{year}.{ext}" for ext in ("html", "xlsx", "pptx")}


def write_overview_files(ov: Overview, out_dir: Path) -> list[Path]:
    """Render one computed overview to its three files (and the deck's chart PNGs)."""
    paths = overview_paths(out_dir, ov.year)
    png_dir = paths["pptx"].parent / "figurer"
    pngs = save_figures({png_dir / c.name: c.figure for c in ov.charts}, ("png",))
    png_paths = {c.name: p for c, p in zip(ov.charts, pngs, strict=True)}
    write_html(ov, paths["html"])
    write_workbook(ov.sheets, paths["xlsx"], ov.source)
    write_pptx(ov, png_paths, paths["pptx"])
    return [paths["html"], paths["xlsx"], paths["pptx"]]


def write_overview(
    tables: dict[str, pd.DataFrame],
    year: int,
    out_dir: Path | None = None,
    forum: str | None = None,
    watchlist: Sequence[Watch] = (),
) -> list[Path]:
    """Compute and write the overview of ``year``; raises NoMeetingsError for an empty year.
    ``watchlist``: saved searches whose hits of the year the overview lists."""
    ov = overview(tables, year, forum, watchlist)
    return write_overview_files(ov, out_dir or config.REPORTS_DIR)


def write_all_overviews(
    tables: dict[str, pd.DataFrame],
    out_dir: Path | None = None,
    forum: str | None = None,
    watchlist: Sequence[Watch] = (),
) -> dict[int, list[Path]]:
    """The overview of every year with meetings."""
    return {
        year: write_overview(tables, year, out_dir, forum, watchlist)
        for year in years_present(tables, forum)
    }
