"""The metamorphic probe (``analysis.probe``): the rewritten forms, what is left out, what
counts as a new miss, and the command."""

from __future__ import annotations

import json

import pytest

from analysis import probe
from analysis.cli import main
from analysis.read import read_bytes

from .conftest import REALWORLD

_TEXT = """Nordby Kommune
Miljøudvalget

Referat
Mødedato: 14. marts 2024, kl. 16.00
Sted: Mødelokale 3

1. Godkendelse af dagsorden
   Sagsnr.: 24/1031
   Beslutning:
   Godkendt.

2. Ny affaldsordning for sommerhuse
   Sagsnr.: 24/0877
   Beslutning:
   Udvalget anbefaler ordningen over for Økonomiudvalget.
"""

_LABEL = {
    "file": "nordby-miljoeudvalget-2024-03-14.txt",
    "source": "invented fixture",
    "layout": "generic",
    "document": "referat",
    "meeting": {
        "municipality": "Nordby",
        "forum": "Miljøudvalget",
        "date": "2024-03-14",
        "start": "16:00",
        "location": "Mødelokale 3",
    },
    "items": [
        {
            "n": 1,
            "title": "Godkendelse af dagsorden",
            "case": "24/1031",
            "decision_first_line": "Godkendt.",
            "decision_type": "approved",
        },
        {
            "n": 2,
            "title": "Ny affaldsordning for sommerhuse",
            "case": "24/0877",
            "decision_first_line": "Udvalget anbefaler ordningen over for Økonomiudvalget.",
            "decision_type": "recommended",
        },
    ],
}


def test_paragraphs_and_dedent() -> None:
    assert probe.as_paragraphs("  a\n\n\n b \nc\n") == "a\n\nb\n\nc\n"
    assert probe.dedented("  a\n\n\t b \nc") == "a\n\nb\nc\n"


@pytest.mark.parametrize(
    ("form", "suffix"), [("html", ".html"), ("docx", ".docx"), ("pdf", ".pdf"), ("export", ".pdf")]
)
def test_each_form_reads_back_every_line(form: str, suffix: str) -> None:
    if form in ("pdf", "export"):
        pytest.importorskip("reportlab")
    data = probe.rewrite(_TEXT, form, title="nordby")
    text = read_bytes(data, suffix).text
    for line in _TEXT.splitlines():
        if line.strip():
            assert line.strip() in text, (form, line)


def test_html_escapes_the_text() -> None:
    page = probe.as_html("A & B <i>\n", title="x")
    assert "<p>A &amp; B &lt;i&gt;</p>" in page


def test_unknown_form() -> None:
    with pytest.raises(ValueError, match="unknown form"):
        probe.rewrite("x", "rtf")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_TEXT, None),
        (_TEXT.replace("Sagsnr.: 24/1031", "Sagsnr.:\t24/1031"), "table"),
        (_TEXT + "| a | b |\n", "table"),
        (
            _TEXT.replace("Ny affaldsordning for sommerhuse", "Ny affaldsordning\nfor sommerhuse"),
            "wrapped title",
        ),
    ],
)
def test_skip_reason(text: str, reason: str | None) -> None:
    assert probe.skip_reason(text, _LABEL) == reason


def test_new_misses() -> None:
    old = ["item 3 case: label '1', ours None"]
    new = [
        "item 3 case: label '1', ours None",  # (the original's too)
        "item 2 decision: label 'Godkendt, idet', ours 'Godkendt, idet midlerne findes.'",
        "item 4 decision: label 'Godkendt.', ours 'Drøftet.'",
        "item 5: not found",
    ]
    assert probe.new_misses(old, new) == [
        "item 4 decision: label 'Godkendt.', ours 'Drøftet.'",
        "item 5: not found",
    ]
    assert probe.miss_kind("item 5: not found") == "item"
    assert probe.miss_kind("item 4 decision: label 'a', ours 'b'") == "item decision"
    assert probe.miss_kind("forum: label 'a', ours None") == "forum"


def test_a_plain_document_reads_the_same_in_every_form() -> None:
    pytest.importorskip("reportlab")
    rows = probe.probe_label(_LABEL, _TEXT.encode(), probe.FORMS)
    assert [(r.form, r.skipped, r.misses) for r in rows] == [
        (form, None, []) for form in probe.FORMS
    ]


def test_a_form_that_loses_an_item_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    lost = _TEXT.split("\n2. ")[0] + "\n"
    monkeypatch.setattr(probe, "rewrite", lambda text, form, title="": lost.encode())
    (row,) = probe.probe_label(_LABEL, _TEXT.encode(), ["para"])
    assert "item 2: not found" in row.misses


def test_a_writer_that_fails_leaves_the_form_out(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(text: str, form: str, title: str = "") -> bytes:
        raise RuntimeError("too large for any frame")

    monkeypatch.setattr(probe, "rewrite", fail)
    (row,) = probe.probe_label(_LABEL, _TEXT.encode(), ["export"])
    assert (row.skipped, row.misses) == ("the export writer failed: RuntimeError", [])


def test_other_files_are_left_out() -> None:
    label = dict(_LABEL, file="nordby.pdf")
    rows = probe.probe_label(label, b"%PDF-1.4", ["para", "html"])
    assert [r.skipped for r in rows] == ["a .pdf file", "a .pdf file"]


def test_command(tmp_path, capsys) -> None:
    labels, raw = tmp_path / "labels", tmp_path / "raw"
    labels.mkdir()
    raw.mkdir()
    (labels / "nordby.json").write_text(json.dumps(_LABEL, ensure_ascii=False), encoding="utf-8")
    (raw / _LABEL["file"]).write_text(_TEXT, encoding="utf-8")
    assert main(["probe", str(labels), "--forms", "para,dedent"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split() == ["para", "1", "0", "0", "-"]
    assert main(["probe", str(labels), "--forms", "rtf"]) == 2
    assert "unknown form rtf" in capsys.readouterr().err


@pytest.mark.parametrize("form", ["para", "dedent", "html", "docx", "pdf"])
def test_the_real_world_pages_read_the_same_in_other_forms(form: str) -> None:
    """The real published minutes rewritten lose nothing their labels say (the export form
    is left out: its font draws the pages' combining dash as a box)."""
    if REALWORLD is None:
        pytest.skip("shared/realworld is not here")
    if form == "pdf":
        pytest.importorskip("reportlab")
    rows = probe.probe_dir(REALWORLD / "labels", REALWORLD / "raw", [form])
    assert len([r for r in rows if r.skipped is None]) >= 10
    assert {r.file: r.misses for r in rows if r.misses} == {}
