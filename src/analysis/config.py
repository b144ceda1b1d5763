"""Paths and settings, nothing else.

Every path can be overridden with an environment variable, so the same commands can point
the project at another corpus (``MINUTES_RAW_DIR=/data/synthetic minutes build``).
"""

from __future__ import annotations

import os
from pathlib import Path


def _project_root() -> Path:
    """The checkout root: the folder holding ``pyproject.toml`` above this file, else CWD."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "data").is_dir():
            return parent
    return Path.cwd()


PROJECT_ROOT: Path = Path(os.environ.get("MINUTES_PROJECT_ROOT", _project_root()))
DATA_DIR: Path = Path(os.environ.get("MINUTES_DATA_DIR", PROJECT_ROOT / "data"))
RAW_DIR: Path = Path(os.environ.get("MINUTES_RAW_DIR", DATA_DIR / "raw"))
PROCESSED_DIR: Path = Path(os.environ.get("MINUTES_PROCESSED_DIR", DATA_DIR / "processed"))
EXTERNAL_DIR: Path = Path(os.environ.get("MINUTES_EXTERNAL_DIR", DATA_DIR / "external"))
REPORTS_DIR: Path = Path(os.environ.get("MINUTES_REPORTS_DIR", PROJECT_ROOT / "reports"))

#: Saved searches (issue 16): named searches whose new hits ``minutes build`` prints, shown
#: in the explorer and the yearly overview. Optional; see ``analysis.watchlist``.
WATCHLIST_FILE: Path = Path(os.environ.get("MINUTES_WATCHLIST", PROJECT_ROOT / "watchlist.yaml"))
#: File in the processed folder remembering which hits ``minutes build`` already reported.
WATCHLIST_STATE_NAME: str = "watchlist-seen.json"

#: The forum assumed when neither a document nor its folder names one; unset by default
#: (the meeting is then recorded with a warning, never silently as some forum).
DEFAULT_FORUM: str | None = os.environ.get("MINUTES_DEFAULT_FORUM") or None
#: The municipality assumed when neither a document nor its folder names one; unset.
DEFAULT_MUNICIPALITY: str | None = os.environ.get("MINUTES_DEFAULT_MUNICIPALITY") or None
#: The project's own municipality: its meetings' ids carry no municipality prefix
#: ('chefforum-2024-01-03'); other municipalities' do ('egedal-byraad-2024-03-12').
HOME_MUNICIPALITY: str = os.environ.get("MINUTES_HOME_MUNICIPALITY", "Albertslund Kommune")
#: Environment variable naming a user theme taxonomy (YAML) that replaces the packaged one.
#: Unlike the paths above it is read each time the themes are loaded, not at import.
THEMES_FILE_ENV: str = "MINUTES_THEMES_FILE"
#: Environment variable naming a user policy-area file (YAML, the format of
#: policy_areas.yaml) used instead of the packaged one; read when the areas are loaded.
POLICY_AREAS_FILE_ENV: str = "MINUTES_POLICY_AREAS_FILE"

#: File name of the DuckDB database inside the processed folder.
DUCKDB_NAME: str = "minutes.duckdb"
#: Sub-folder of the processed folder holding the per-file parse cache.
CACHE_DIRNAME: str = ".cache"
#: Text files (txt, md, html) larger than this are rejected unread: real minutes are well
#: below 1 MB of text, and a huge file is an export gone wrong, not a meeting.
MAX_TEXT_BYTES: int = int(os.environ.get("MINUTES_MAX_TEXT_BYTES", 20 * 1024 * 1024))
#: PDF and DOCX files may embed images, so their limit is higher.
MAX_BINARY_BYTES: int = int(os.environ.get("MINUTES_MAX_BINARY_BYTES", 200 * 1024 * 1024))
#: Environment variable of the fault injection used by the chaos tests: ``publish:<point>``
#: kills a build at that step of publishing (``store.PUBLISH_POINTS``), ``worker:<file>``
#: kills the worker parsing that file. Unset in normal use.
FAULT_ENV: str = "MINUTES_FAULT"
