"""Governance analytics for Danish municipal minutes.

``analysis.load()`` returns the processed tables as DataFrames for notebooks::

    import analysis
    t = analysis.load()
    t["items"].head()
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported with the package: `minutes build` on unchanged files needs none
    import pandas as pd

__version__ = "0.1.0"


def load(
    tables: list[str] | tuple[str, ...] | None = None, processed_dir: Path | None = None
) -> dict[str, pd.DataFrame]:
    """Read processed tables (all by default) into a dict of DataFrames.

    All of them come from one complete table set, even while a build publishes a new one
    (``store.read_tables``). Raises FileNotFoundError with the command to run when the
    tables are not built yet.
    """
    from analysis import config, store
    from analysis.pipeline import ALL_TABLES

    folder = processed_dir or config.PROCESSED_DIR
    names = tables or ALL_TABLES
    unknown = [n for n in names if n not in ALL_TABLES]
    if unknown:
        raise KeyError(f"unknown table(s) {unknown}; tables are: {', '.join(ALL_TABLES)}")
    return store.read_tables(folder, names)


__all__ = ["load", "__version__"]
