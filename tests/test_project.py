"""Project hygiene: the two environment files agree, generated docs are current, CLI help."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import yaml

from analysis import schema
from analysis.cli import main

from .conftest import ROOT

# conda-forge names that differ from PyPI's
CONDA_TO_PYPI = {"python-duckdb": "duckdb", "python-kaleido": "kaleido"}


def _name(spec: str) -> str:
    return re.split(r"[<>=!~\s\[]", spec.strip(), maxsplit=1)[0].lower()


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pypi = {_name(d) for d in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        pypi |= {_name(d) for d in extra}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = {
        CONDA_TO_PYPI.get(_name(d), _name(d))
        for d in env["dependencies"]
        if isinstance(d, str) and _name(d) not in ("python", "pip")
    }
    assert conda == pypi


def test_docs_tables_md_is_generated_from_schema() -> None:
    assert (ROOT / "docs" / "tables.md").read_text(encoding="utf-8").strip() == (
        schema.markdown().strip()
    ), "docs/tables.md is stale: run `make schema-docs`"


def test_cli_help_explains_commands(capsys) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "build" in out and "schema" in out


def test_python_dash_m_analysis_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "build", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--raw" in done.stdout and "rejected" in done.stdout


#: A markdown link or image to a path in the repository: ``[text](docs/layouts.md)``.
_LOCAL_LINK = re.compile(r"\]\((?!https?:|mailto:|#)([^)\s#]+)")


def test_documentation_links_resolve() -> None:
    """Every relative link in the README and docs/ names a file that exists (the README
    sends readers to docs/layouts.md and docs/benchmarks.md for the details)."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    missing = [
        f"{page.relative_to(ROOT)}: {target}"
        for page in pages
        for target in _LOCAL_LINK.findall(page.read_text(encoding="utf-8"))
        if not (page.parent / target).exists()
    ]
    assert len(pages) >= 3 and not missing, missing
