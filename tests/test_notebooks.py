"""The notebooks: paired with jupytext, and every one executes on the committed corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
EXPECTED = [
    "01-corpus-overview",
    "02-theme-trends",
    "03-decision-handling",
    "04-case-threads",
    "05-search",
]


def _code_and_markdown(path: Path) -> list[tuple[str, str]]:
    import jupytext

    nb = jupytext.read(path)
    return [(c.cell_type, c.source.strip()) for c in nb.cells]


def test_notebooks_are_numbered_and_paired():
    from analysis.notebooks import notebook_scripts

    assert [p.stem for p in notebook_scripts(NOTEBOOKS)] == EXPECTED
    assert "py:percent" in (NOTEBOOKS / "jupytext.toml").read_text()
    for name in EXPECTED:
        script, paired = NOTEBOOKS / f"{name}.py", NOTEBOOKS / f"{name}.ipynb"
        assert paired.is_file(), f"{paired.name} missing: run `jupytext --sync {script.name}`"
        assert _code_and_markdown(script) == _code_and_markdown(paired), (
            f"{paired.name} is out of sync with {script.name}: run `jupytext --sync`"
        )


def test_notebooks_are_thin_and_read_the_tables_through_analysis():
    for name in EXPECTED:
        text = (NOTEBOOKS / f"{name}.py").read_text(encoding="utf-8")
        assert "analysis.load()" in text
        assert "def " not in text, f"{name}: functions belong in the package"
        assert 'tags=["parameters"]' in text


@pytest.fixture(scope="module")
def processed(tmp_path_factory, raw_dir) -> Path:
    """The committed corpus built into a temporary processed folder."""
    from analysis.build import build

    out = tmp_path_factory.mktemp("processed")
    summary = build(raw_dir=raw_dir, out_dir=out, progress=False)
    assert summary.exit_code == 0
    return out


def test_every_notebook_executes_on_the_committed_corpus(tmp_path, processed):
    pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    import nbformat

    from analysis.notebooks import execute_notebooks

    work = tmp_path / "notebooks"
    work.mkdir()
    for path in [*NOTEBOOKS.glob("[0-9][0-9]-*.py"), NOTEBOOKS / "jupytext.toml"]:
        shutil.copy(path, work / path.name)

    written = execute_notebooks(work, processed_dir=processed)

    assert [p.stem for p in written] == EXPECTED
    for path in written:
        nb = nbformat.read(path, as_version=4)
        outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
        assert not [o for o in outputs if o.output_type == "error"], path.name
        assert not [o for o in outputs if o.get("name") == "stderr"], path.name
        text = " ".join(o.get("text", "") for o in outputs if o.output_type == "stream")
        if path.stem != "05-search":
            assert "Kilde: Chefforum-referater 2022-2025" in text, path.name
            assert any("application/vnd.plotly.v1+json" in o.get("data", {}) for o in outputs)
        else:
            assert "punkter indeholder »budgettet«" in text
