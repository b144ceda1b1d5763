"""Write the yearly overview (HTML, XLSX, PPTX) for one year or every year present.

``write_overviews`` reads the processed tables for it: every table as ``analysis.load``
does, but the sections (the largest table; the overview reads only the year's) one year
at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from analysis import config, metrics, store
from analysis.export import save_figures
from analysis.memory import release_freed_memory
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


def load_overview_tables(
    processed_dir: Path | None = None, years: Sequence[int] | None = None
) -> dict[str, pd.DataFrame]:
    """The tables the overview of ``years`` reads, from one complete table set: every
    table as ``analysis.load`` reads it, the sections only of the items of meetings held
    in ``years`` (all the overview reads of them); ``years`` None: no sections."""
    import analysis
    from analysis.pipeline import ALL_TABLES

    folder = store.current_dir(Path(processed_dir or config.PROCESSED_DIR))
    names = [name for name in ALL_TABLES if name != "sections"]
    tables = analysis.load(names, processed_dir=folder)
    # Reading left the files' decoded pages in Arrow's pool and the C allocator: 0.6 of
    # 1.9 GB resident at 50,000 meetings.
    release_freed_memory()
    if years is not None:
        tables["sections"] = year_sections(folder, tables, years)
    return tables


def year_sections(
    folder: Path, tables: dict[str, pd.DataFrame], years: Sequence[int]
) -> pd.DataFrame:
    """The rows of ``folder``'s sections table whose item belongs to a meeting held in
    ``years``, in the file's order and with the dtypes ``analysis.load`` gives.

    Read one row group at a time, the texts only of groups with such rows: a filtered
    dataset read decoded many groups ahead and left their pages in Arrow's pool (0.67 GB
    for 27 MB of rows at 50,000 meetings, against 0.21 GB so). The rows go through an
    in-memory Parquet file to pandas, so their dtypes are those of ``pd.read_parquet``."""
    import io

    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    path = store.table_path(folder, "sections")
    if not path.is_file():
        raise FileNotFoundError(
            f"table 'sections' not found in {folder}: run `minutes build` first"
        )
    meetings = tables["meetings"]
    meeting_ids = set(meetings.loc[meetings["year"].isin([int(y) for y in years]), "meeting_id"])
    items = tables["items"]
    ids = sorted(set(items.loc[metrics.is_member(items["meeting_id"], meeting_ids), "item_id"]))
    file = pq.ParquetFile(path)
    wanted = pa.array(ids, file.schema_arrow.field("item_id").type)
    parts = []
    for group in range(file.num_row_groups):
        mine = pc.is_in(file.read_row_group(group, columns=["item_id"])["item_id"], wanted)
        if pc.any(mine).as_py():
            parts.append(file.read_row_group(group).filter(mine))
    rows = pa.concat_tables(parts) if parts else file.schema_arrow.empty_table()
    buffer = io.BytesIO()
    pq.write_table(rows, buffer)
    del parts, rows
    buffer.seek(0)
    out = pd.read_parquet(buffer)
    release_freed_memory(collect=False)
    return out


def write_overviews(
    processed_dir: Path | None,
    years: Sequence[int] | None,
    out_dir: Path | None = None,
    forum: str | None = None,
    watchlist: Sequence[Watch] = (),
) -> dict[int, list[Path]]:
    """``write_overview`` of each of ``years`` (None: every year with meetings) from the
    tables in ``processed_dir``, holding one year's sections at a time
    (``load_overview_tables``). Raises NoMeetingsError for an empty year,
    EmptySelectionError (``metrics.check_selection``) when nothing is selected."""
    folder = store.current_dir(Path(processed_dir or config.PROCESSED_DIR))  # one set
    tables = load_overview_tables(folder, None)
    metrics.check_selection(tables, forum, None if years is None else list(years))
    written = {}
    for year in years_present(tables, forum) if years is None else years:
        year_tables = {**tables, "sections": year_sections(folder, tables, [year])}
        written[year] = write_overview(year_tables, year, out_dir, forum, watchlist)
        del year_tables
    return written
