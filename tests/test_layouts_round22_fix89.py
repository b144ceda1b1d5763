"""The twenty-second round (layouts89): hard export shapes of everyday minutes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from analysis.read import read_bytes

from .conftest import FIXTURES

_GEN = FIXTURES / "layouts" / "gen"


def _generator(name: str):
    spec = importlib.util.spec_from_file_location(name, _GEN / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_text_box_is_read_once_before_its_paragraph(tmp_path: Path) -> None:
    """A Word text box's lines are read where it is anchored, its VML fallback not again."""
    gen = _generator("facts_text_box_docx")
    path = tmp_path / "boks.docx"
    gen.build(path)
    text = read_bytes(path.read_bytes(), ".docx").text
    assert text.count("Mødedato: 14. oktober 2025") == 1
    assert text.index("Sted: Sundhedscentret") < text.index("## Referat fra MED-udvalget")
