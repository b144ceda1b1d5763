"""The notebooks: paired with jupytext, and every one executes on the committed corpus."""

from __future__ import annotations

import json
import re
import shutil
import uuid
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
    "06-explorer",
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
        # Nothing random or timed: re-running on the same tables writes the same file.
        assert [c.id for c in nb.cells] == [f"{path.stem}-{n}" for n in range(1, len(nb.cells) + 1)]
        assert not [c for c in nb.cells if "execution" in c.metadata], path.name
        assert not UUID4.search(path.read_text(encoding="utf-8")), path.name
        outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
        assert not [o for o in outputs if o.output_type == "error"], path.name
        assert not [o for o in outputs if o.get("name") == "stderr"], path.name
        text = " ".join(o.get("text", "") for o in outputs if o.output_type == "stream")
        if path.stem == "06-explorer":  # the Panel app, shown inline
            assert "Kilde: Chefforum-referater 2022-2025" in text, path.name
            assert "Udforsk referaterne" in json.dumps([o.get("data", {}) for o in outputs])
            assert _remote_resources(outputs) == [], "JupyterLab would load these from a CDN"
        elif path.stem != "05-search":
            assert "Kilde: Chefforum-referater 2022-2025" in text, path.name
            assert any("application/vnd.plotly.v1+json" in o.get("data", {}) for o in outputs)
        else:
            assert "punkter indeholder »budgettet«" in text
        if path.stem in COMPARING:  # one forum: the comparison says there is none
            assert "Materialet rummer ét forum (Chefforum): intet at sammenligne." in text


def _remote_resources(outputs: list) -> list[str]:
    """The scripts and style sheets Panel's loader fetches (js_urls, css_urls, js_modules)
    that are not part of the output itself, and Panel style sheets linked from a CDN.
    Offline, JupyterLab can show the app only when there are none."""
    found = []
    for output in outputs:
        for value in output.get("data", {}).values():
            js = "".join(value) if isinstance(value, list) else str(value)
            for urls in re.findall(r"\b(?:js_urls|css_urls|js_modules) = (\[[^\]]*\])", js):
                found += [u for u in json.loads(urls) if re.match(r"(https?:)?//", u)]
            found += re.findall(r"https://cdn\.holoviz\.org/panel/[^'\"\s]*\.css", js)
    return found


def test_panel_loader_kept_once_for_jupyterlab():
    import nbformat

    from analysis.notebooks import LOAD_MIME, drop_duplicate_scripts

    cell = nbformat.v4.new_code_cell("pn.extension()", id="abc123")
    loader = "/* bokeh and panel, inline */"
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data", data={"application/javascript": loader, LOAD_MIME: loader}
        ),
        nbformat.v4.new_output("display_data", data={"application/javascript": "other()"}),
    ]
    nb = drop_duplicate_scripts(nbformat.v4.new_notebook(cells=[cell]))
    assert [dict(o["data"]) for o in nb.cells[0].outputs] == [
        {LOAD_MIME: loader},
        {"application/javascript": "other()"},
    ]


def test_consecutive_stream_outputs_are_written_as_one():
    """However the kernel flushed a print, the written notebook is the same."""
    import nbformat

    from analysis.notebooks import coalesce_streams

    def notebook(*outputs):
        cell = nbformat.v4.new_code_cell("print(...)", id="abc123")
        cell.outputs = [nbformat.v4.new_output(*o[:1], **o[1]) for o in outputs]
        return nbformat.v4.new_notebook(cells=[cell])

    def out(name, text):
        return ("stream", {"name": name, "text": text})

    split = notebook(out("stdout", "0 advarsler"), out("stdout", "\n"))
    whole = notebook(out("stdout", "0 advarsler\n"))
    assert coalesce_streams(split) == coalesce_streams(whole)
    assert coalesce_streams(split).cells[0].outputs == whole.cells[0].outputs
    table = ("display_data", {"data": {"text/plain": "tabel"}})
    kept = notebook(
        out("stdout", "a"), out("stderr", "w"), out("stderr", ["x", "y"]), table, out("stdout", "b")
    )
    outputs = coalesce_streams(kept).cells[0].outputs
    assert [(o.output_type, o.get("name"), o.get("text")) for o in outputs] == [
        ("stream", "stdout", "a"),
        ("stream", "stderr", "wxy"),
        ("display_data", None, None),
        ("stream", "stdout", "b"),
    ]


UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def test_stable_ids_replace_random_ids_in_order_of_appearance():
    import nbformat

    from analysis.notebooks import stable_ids

    def notebook(a: str, b: str):
        html = f'<div id="{a}"></div><script>getElementById("{a}"); x("{b}")</script>'
        cell = nbformat.v4.new_code_cell("fig.show()", id="abc123")
        cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": [html]})]
        return nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# T"), cell])

    u1, u2, u3, u4 = (str(uuid.uuid4()) for _ in range(4))
    first = stable_ids(notebook(u1, u2), "01-x")
    again = stable_ids(notebook(u3, u4), "01-x")
    assert first == again
    assert [c.id for c in first.cells] == ["01-x-1", "01-x-2"]
    html = first.cells[1].outputs[0]["data"]["text/html"][0]
    a, b = (str(uuid.uuid5(uuid.NAMESPACE_URL, f"01-x/{n}")) for n in (0, 1))
    assert html == f'<div id="{a}"></div><script>getElementById("{a}"); x("{b}")</script>'
    assert stable_ids(notebook(u1, u2), "02-y") != first  # ids differ between notebooks


#: Notebooks with a section comparing forums (shown when there is more than one).
COMPARING = ("01-corpus-overview", "02-theme-trends", "03-decision-handling")


def _comparison_outputs(path: Path) -> list[dict]:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code" and "forums_present" in c.source]
    assert len(cells) == 1, path.name
    return cells[0]["outputs"]


def test_notebooks_compare_forums_when_there_are_several(tmp_path):
    """Seeds + Økonomiudvalget + Egedal Byråd: 01-03 show the forums side by side."""
    pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    from analysis.notebooks import execute_notebooks
    from tests.test_report import build_multi_forum

    processed = build_multi_forum(tmp_path)
    work = tmp_path / "notebooks"
    work.mkdir()
    for name in [*(f"{n}.py" for n in COMPARING), "jupytext.toml"]:
        shutil.copy(NOTEBOOKS / name, work / name)

    written = execute_notebooks(work, processed_dir=processed)

    assert [p.stem for p in written] == list(COMPARING)
    for path in written:
        outputs = _comparison_outputs(path)
        assert not [o for o in outputs if o.output_type in ("error", "stream")], path.name
        charts = [o for o in outputs if "application/vnd.plotly.v1+json" in o.get("data", {})]
        assert len(charts) == 1, path.name
        layout = charts[0]["data"]["application/vnd.plotly.v1+json"]["layout"]
        source = layout["annotations"][-1]["text"].replace("<br>", " ")
        assert source.startswith("Kilde: referater fra Albertslund Kommune (Chefforum, "), path.name
        tables = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
        if path.stem != "02-theme-trends":
            for forum in ("Byråd (Egedal Kommune)", "Økonomiudvalget (Albertslund Kommune)"):
                assert forum in tables, path.name
