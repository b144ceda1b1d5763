"""Execute the analysis notebooks: jupytext .py (the reviewed source) -> executed .ipynb.

The notebooks are jupytext percent scripts paired with .ipynb (``notebooks/jupytext.toml``).
``execute_notebooks`` reads each numbered script, runs it in a fresh kernel with nbclient
and writes the paired .ipynb with its outputs. The kernel finds the tables through
``analysis.load()``; ``processed_dir`` points it elsewhere (``MINUTES_PROCESSED_DIR``).
"""

from __future__ import annotations

import os
import re
import time
import uuid
from pathlib import Path
from typing import Any

from analysis.errors import AnalysisError

#: Notebook scripts are the numbered ones: '01-corpus-overview.py', …
PATTERN = "[0-9][0-9]-*.py"


class NotebookError(AnalysisError, RuntimeError):
    """A notebook failed; the message names the notebook and the failing cell's error.

    Exit code 1, like a rejected file: the command ran, but part of its work failed.
    """

    exit_code = 1


def notebook_scripts(notebook_dir: Path) -> list[Path]:
    """The numbered jupytext scripts of ``notebook_dir``, in order."""
    return sorted(Path(notebook_dir).glob(PATTERN))


def execute_notebooks(
    notebook_dir: Path | str,
    processed_dir: Path | str | None = None,
    timeout: int = 600,
    kernel_name: str = "python3",
) -> list[Path]:
    """Sync every numbered .py to its .ipynb, execute it and save the outputs in place.

    Returns the .ipynb files written. Raises NotebookError (after writing the failing
    notebook with its error output) when a cell fails.
    """
    import jupytext
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook_dir = Path(notebook_dir).resolve()
    env = dict(os.environ)
    if processed_dir is not None:
        env["MINUTES_PROCESSED_DIR"] = str(Path(processed_dir).resolve())
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    # Set order in outputs (Panel's model JSON in notebook 06) follows string hashing.
    env.setdefault("PYTHONHASHSEED", "0")
    written = []
    for script in notebook_scripts(notebook_dir):
        nb = jupytext.read(script)
        nb.metadata.setdefault(
            "kernelspec",
            {"display_name": "Python 3 (ipykernel)", "language": "python", "name": kernel_name},
        )
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name=kernel_name,
            record_timing=False,
            resources={"metadata": {"path": str(notebook_dir)}},
        )
        target = script.with_suffix(".ipynb")
        try:
            client.execute(env=env)
        except CellExecutionError as exc:
            _write(nb, target, script)
            raise NotebookError(f"{script.name} failed:\n{exc}") from exc
        _write(nb, target, script)
        written.append(target)
    return written


#: A random (version 4) UUID, as plotly gives each chart's <div> in HTML output.
_UUID4 = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b")
#: The same as 32 hex digits, as Panel gives its comms (notebook 06).
_UUID4_HEX = re.compile(r"\b[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}\b")


def stable_ids(nb: Any, name: str) -> Any:
    """The notebook with ids that are the same on every run, so re-running it on the same
    tables writes the same file (and `git status` stays clean after `make all`).

    Cell ids become ``<name>-<n>``; the random UUIDs plotly puts in HTML output become
    UUIDs derived from ``name`` and their order of appearance (also those written as 32
    hex digits, as Panel's comms in notebook 06). Changes ``nb`` in place.
    """
    seen: dict[str, str] = {}

    def fixed(match: re.Match[str], as_hex: bool = False) -> str:
        found = match.group(0)
        if found not in seen:
            new = uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{len(seen)}")
            seen[found] = new.hex if as_hex else str(new)
        return seen[found]

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            value = _UUID4.sub(fixed, value) if "-4" in value else value
            return _UUID4_HEX.sub(lambda m: fixed(m, as_hex=True), value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            for key in value:
                value[key] = walk(value[key])
        return value

    for n, cell in enumerate(nb.cells, start=1):
        cell["id"] = f"{name[:50]}-{n}"
        if "outputs" in cell:
            cell["outputs"] = walk(cell["outputs"])
    return nb


#: The output type JupyterLab runs Panel's and Bokeh's loader scripts from (pyviz_comms).
LOAD_MIME = "application/vnd.holoviews_load.v0+json"


def drop_duplicate_scripts(nb: Any) -> Any:
    """The notebook without the second copy of Panel's loader: Bokeh publishes its
    scripts both as ``application/javascript`` (the classic notebook) and as
    ``LOAD_MIME`` (JupyterLab), the same megabytes twice once they are inline (notebook
    06). JupyterLab is the analysts' tool, so its copy stays. Changes ``nb`` in place."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if LOAD_MIME in data and data.get("application/javascript") == data[LOAD_MIME]:
                del data["application/javascript"]
    return nb


def coalesce_streams(nb: Any) -> Any:
    """The notebook with each run of consecutive stream outputs of the same name
    (stdout, stderr) merged into one, as a frontend shows them. The kernel flushes when
    it likes: one ``print`` may arrive as one output or as two ("0 advarsler" and "\\n"),
    which would change the written file without changing what an analyst sees.
    Changes ``nb`` in place."""
    for cell in nb.cells:
        merged: list[Any] = []
        for output in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (
                output.get("output_type") == "stream"
                and previous is not None
                and previous.get("output_type") == "stream"
                and previous.get("name") == output.get("name")
            ):
                previous["text"] = _stream_text(previous) + _stream_text(output)
            else:
                merged.append(output)
        if "outputs" in cell:
            cell["outputs"] = merged
    return nb


def _stream_text(output: Any) -> str:
    text = output.get("text", "")
    return "".join(text) if isinstance(text, list) else text


def _write(nb, target: Path, script: Path) -> None:
    """Write the executed notebook, then touch the script: jupytext refuses to open a
    pair whose .ipynb is newer than its text file."""
    import jupytext

    nb = coalesce_streams(drop_duplicate_scripts(stable_ids(nb, script.stem)))
    jupytext.write(nb, target, fmt="ipynb")
    now = time.time()
    os.utime(script, (now, now))


__all__ = ["execute_notebooks", "notebook_scripts", "NotebookError"]
