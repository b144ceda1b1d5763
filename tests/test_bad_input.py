"""Real-world inputs at build level: every format, and bad files that lose nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import analysis
from analysis.build import build
from analysis.synth.render_docx import render_docx
from analysis.synth.render_html import render_html
from analysis.synth.render_pdf import render_pdf, render_scan_pdf

from .conftest import RAW, SEEDS

SEED = SEEDS / "chefforum-2023-10-12.txt"


def _manifest(out: Path):
    return analysis.load(["manifest"], processed_dir=out)["manifest"].set_index("source_file")


def test_every_format_of_one_meeting_is_counted_once(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SEED.read_text(encoding="utf-8")
    shutil.copy(SEED, raw / "a-referat.txt")
    (raw / "b-referat.pdf").write_bytes(render_pdf(text))
    (raw / "c-referat.docx").write_bytes(render_docx(text))
    (raw / "d-referat.html").write_bytes(render_html(text, web_style=False))
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.exit_code == 0
    m = _manifest(tmp_path / "out")
    assert list(m["source_format"]) == ["txt", "pdf", "docx", "html"]
    assert (m["coverage"] == 1.0).all()
    assert m.loc["a-referat.txt", "status"] == "ok"
    for name in ("b-referat.pdf", "c-referat.docx", "d-referat.html"):
        assert "duplicate of a-referat.txt" in m.loc[name, "message"]
    t = analysis.load(["meetings", "items"], processed_dir=tmp_path / "out")
    assert len(t["meetings"]) == 1 and len(t["items"]) == 7


def test_scan_truncation_and_junk_end_in_the_manifest(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    text = SEED.read_text(encoding="utf-8")
    (raw / "scannet referat.pdf").write_bytes(render_scan_pdf(text))
    cut = text.replace("12-10-2023", "19-10-2023").replace("12. oktober", "19. oktober")
    (raw / "afbrudt.txt").write_text(cut[: cut.index("Punkt 6:") + 150], encoding="utf-8")
    (raw / "ødelagt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    (raw / "ødelagt.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.exit_code == 1
    m = _manifest(tmp_path / "out")
    scan = m.loc["scannet referat.pdf"]
    assert scan["status"] == "rejected" and "text layer" in scan["message"]
    assert m.loc["ødelagt.pdf", "status"] == "rejected"
    assert m.loc["ødelagt.docx", "status"] == "rejected"
    cut_row = m.loc["afbrudt.txt"]
    # (six items read from the text, the seventh listed in the contents only)
    assert cut_row["status"] == "warning" and cut_row["n_items"] == 7
    assert "truncated" in cut_row["message"] or "cut short" in cut_row["message"]
    # the good files are all there
    assert len(analysis.load(["meetings"], processed_dir=tmp_path / "out")["meetings"]) == 6


def test_unreadable_file_is_rejected_not_fatal(tmp_path: Path, monkeypatch) -> None:
    """A file the build may not read (permissions) is listed as rejected.

    Root reads any file whatever its mode, so the refusal is simulated at the one place
    the build reads raw bytes.
    """
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    locked = raw / "låst referat.txt"
    shutil.copy(SEED, locked)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.exit_code == 1
    row = summary.manifest.set_index("source_file").loc["låst referat.txt"]
    assert row["status"] == "rejected"
    assert "cannot be read: Permission denied" in row["message"]
    assert len(analysis.load(["meetings"], processed_dir=tmp_path / "out")["meetings"]) == 5


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig"])
def test_text_encodings_are_detected_and_recorded(tmp_path: Path, encoding: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "referat.txt").write_bytes(SEED.read_text(encoding="utf-8").encode(encoding))
    build(raw, tmp_path / "out", progress=False)
    row = _manifest(tmp_path / "out").loc["referat.txt"]
    expected = "utf-8-sig" if encoding == "utf-8-sig" else "cp1252"
    assert (row["status"], row["encoding"], row["coverage"]) == ("ok", expected, 1.0)
    items = analysis.load(["items"], processed_dir=tmp_path / "out")["items"]
    assert "Rådhusets telefontider" in set(items["title"])
