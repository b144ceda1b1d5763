"""The twenty-second round (layouts89): hard export shapes of everyday minutes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from analysis.layouts import parse_text
from analysis.layouts.quoted_decision import unquote_decisions
from analysis.parse import to_lines
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


def test_quoted_decision_under_its_label_is_unquoted() -> None:
    """A block quote opened by a decision label alone is read without its marks; a quoted
    remark stays as written."""
    lines = to_lines("Tekst.\n\n> **Beslutning**\n> Vedtaget.\n\n> Bemærk: mødet er flyttet.\n")
    out = unquote_decisions(lines)
    assert [line.clean for line in out] == [
        "Tekst.",
        "",
        "Beslutning",
        "Vedtaget.",
        "",
        "> Bemærk: mødet er flyttet.",
        "",
    ]


def test_heading_numbered_after_the_meeting_with_a_middle_dot() -> None:
    """ "## 3.2 · Title": items numbered after the meeting's number, parted by a dot."""
    text = "\n\n".join(
        f"## 3.{n} · {title}\n\n> **Konklusion**\n> Godkendt."
        for n, title in enumerate(["Dagsorden", "Budgetopfølgning", "Nyt fra formanden"], 1)
    )
    meeting = parse_text(f"Seniorrådet\n\nMødedato: 4. marts 2025 kl. 10.00\n\n{text}\n")
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Dagsorden"),
        (2, "Budgetopfølgning"),
        (3, "Nyt fra formanden"),
    ]
    assert all(s.key == "beslutning" for it in meeting.items for s in it.sections)
