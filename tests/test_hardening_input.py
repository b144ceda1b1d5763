"""Issue 14: bad input that used to reach a user's Excel, garble a file or stop a command.

Cases 2 (formulas in the XLSX overview), 5 (control characters), 6 (DOCX bombs), 8
(undecodable bytes, UTF-16), 10 (links and special entries in the raw folder) and 11 (deep
HTML, a bad theme file, exit codes). Each test failed before the fix.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import socket
import stat
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import analysis
from analysis import config
from analysis.build import build
from analysis.cli import main
from analysis.errors import AnalysisError, ConfigError, EnvironmentProblem, UsageError
from analysis.pipeline import list_raw_files, parse_bytes, read_raw
from analysis.read import UnreadableDocument, read_bytes
from analysis.read import docx as docx_reader
from analysis.read.text import decode
from analysis.report.figures import overview
from analysis.report.xlsx import HEADER_ROW, write_workbook
from analysis.synth.render_docx import render_docx
from analysis.synth.render_html import render_html

from .conftest import RAW, SEEDS

SEED = SEEDS / "chefforum-2023-10-12.txt"
TEXT = SEED.read_text(encoding="utf-8")


def _manifest(out: Path):
    return analysis.load(["manifest"], processed_dir=out)["manifest"].set_index("source_file")


# --- case 2: spreadsheet text is never a formula ------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://example.invalid/?x=1","Klik her")',
    "=cmd|' /C calc'!A0",
    "+45 43 68 68 68",
    "-2+3",
    "@SUM(A1:A9)",
    "\tindrykket",
    "\rvognretur",
]


def test_xlsx_text_starting_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    import pandas as pd

    df = pd.DataFrame({"=Titel": FORMULAS, "Antal": range(len(FORMULAS))})
    path = write_workbook({"Punkter": df}, tmp_path / "x.xlsx")
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    ws = load_workbook(path)["Punkter"]
    header, *rows = list(ws.iter_rows(min_row=HEADER_ROW))
    assert (header[0].value, header[0].data_type) == ("=Titel", "s")
    assert [r[0].value for r in rows] == FORMULAS  # the text itself is unchanged
    assert all(r[0].data_type == "s" and r[0].quotePrefix for r in rows)
    assert [r[1].value for r in rows] == list(range(len(FORMULAS)))  # numbers stay numbers


def test_xlsx_drops_control_characters_left_in_older_tables(tmp_path: Path) -> None:
    import pandas as pd

    df = pd.DataFrame({"Titel": ["Budget\x1b[31m 2024\x07"]})
    path = write_workbook({"Punkter": df}, tmp_path / "x.xlsx")
    assert load_workbook(path)["Punkter"].cell(HEADER_ROW + 1, 1).value == "Budget[31m 2024"


# --- case 5: control characters removed at reading ----------------------------------------

CONTROLS = "\x1b\x07\x01\x7f\x85"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_control_characters_are_removed_and_counted(suffix: str) -> None:
    text = TEXT.replace("Punkt 5: CF - Rådhusets", f"Punkt 5: CF - Rådhusets{CONTROLS}")
    data = render_html(text) if suffix == ".html" else text.encode("utf-8")
    doc = read_bytes(data, suffix)
    assert not any(c in doc.text for c in CONTROLS)
    assert "Punkt 5: CF - Rådhusets telefontider" in doc.text
    assert f"removed {len(CONTROLS)} control characters" in "; ".join(doc.warnings)


def test_docx_c1_and_del_characters_are_removed() -> None:
    # XML forbids most C0 codes, but DEL and the C1 codes can stand in a Word document.
    text = TEXT.replace("Punkt 5: CF - Rådhusets", "Punkt 5: CF - Rådhusets\x7f\x85\x9b")
    doc = read_bytes(render_docx(text), ".docx")
    assert "Punkt 5: CF - Rådhusets telefontider" in doc.text
    assert "removed 3 control characters" in "; ".join(doc.warnings)


def test_form_feed_and_vertical_tab_still_break_lines() -> None:
    doc = read_bytes(TEXT.replace("\nMødested", "\x0bMødested").encode(), ".txt")
    assert "\nMødested Mødelokale 915" in doc.text and not doc.warnings


def test_minutes_with_escape_codes_build_and_the_xlsx_overview_writes(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = TEXT.replace("CF - Årshjul", "CF - \x1b[1mÅrshjul\x1b[0m\x07")
    n_controls = text.count("\x1b") + text.count("\x07")
    (raw / "referat.txt").write_text(text, encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.exit_code == 0
    row = _manifest(tmp_path / "out").loc["referat.txt"]
    assert row["status"] == "warning"
    assert f"removed {n_controls} control characters" in row["message"]
    tables = analysis.load(processed_dir=tmp_path / "out")
    titles = "".join(tables["items"]["title"])
    assert "[1mÅrshjul[0m" in titles and "\x1b" not in titles and "\x07" not in titles
    ov = overview(tables, 2023)
    path = write_workbook(ov.sheets, tmp_path / "aarsoversigt-2023.xlsx")
    assert "Punkter" in load_workbook(path).sheetnames


# --- case 6: DOCX limits on the unpacked size ---------------------------------------------


def _docx_with(member: str, payload: bytes) -> bytes:
    buf = io.BytesIO(render_docx(TEXT))
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, payload)
    return buf.getvalue()


def _refuse_opening(monkeypatch) -> None:
    """python-docx must not be reached: the limits are checked before any inflating."""
    import docx

    def refuse(*args, **kwargs):
        raise AssertionError("the package was opened")

    monkeypatch.setattr(docx, "Document", refuse)


def test_docx_with_an_extreme_compression_ratio_is_rejected_unpacked(monkeypatch) -> None:
    data = _docx_with("word/media/image1.png", bytes(8 * 1024 * 1024))  # ~1000 to 1
    assert len(data) < 200_000
    _refuse_opening(monkeypatch)
    result = parse_bytes(data, "bombe.docx")
    assert result.manifest["status"] == "rejected"
    assert "compressed" in result.manifest["message"]
    assert "to 1" in result.manifest["message"]


def test_docx_unpacking_past_the_size_limit_is_rejected(monkeypatch) -> None:
    data = render_docx(TEXT)
    _refuse_opening(monkeypatch)
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_XML_BYTES", 10_000)
    with pytest.raises(UnreadableDocument, match=r"would unpack to .* MB of text \(XML\)"):
        docx_reader.read(data)
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 10_000)
    with pytest.raises(UnreadableDocument, match=r"would unpack to .* MB, more than the"):
        docx_reader.read(data)


def test_ordinary_docx_is_within_the_limits() -> None:
    result = parse_bytes(render_docx(TEXT), "referat.docx")
    assert result.manifest["status"] == "ok"


# --- case 8: undecodable bytes and UTF-16 -------------------------------------------------


def test_one_bad_byte_keeps_the_file_utf8() -> None:
    data = TEXT.encode("utf-8")
    at = data.index(b"Dagsordenen til dette")
    damaged = data[:at] + b"\xff" + data[at:]
    result = parse_bytes(damaged, "referat.txt")
    row = result.manifest
    assert (row["status"], row["encoding"]) == ("warning", "utf-8")
    assert row["message"] == (
        "1 character could not be decoded as UTF-8 and was replaced by '\ufffd'"
    )
    plain = parse_bytes(data, "referat.txt").tables
    for name, column in (("meetings", "location"), ("items", "title"), ("participants", "name")):
        assert result.tables[name][column].equals(plain[name][column]), name  # æøå intact
    assert "\ufffdDagsordenen til dette" in "".join(result.tables["sections"]["text"])


def test_windows_1252_files_still_read_as_windows_1252() -> None:
    assert decode(TEXT.encode("cp1252"))[1:] == ("cp1252", [])
    # A lone high byte in ASCII text is Windows-1252 too, not a damaged UTF-8 file.
    assert decode("Mødested 915\n".encode("cp1252"))[:2] == ("Mødested 915\n", "cp1252")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_is_read_with_or_without_bom(encoding: str) -> None:
    plain = parse_bytes(TEXT.encode("utf-8"), "referat.txt")
    result = parse_bytes(TEXT.encode(encoding), "referat.txt")
    assert result.manifest["status"] == "ok", result.manifest["message"]
    assert result.manifest["encoding"] == encoding
    assert result.manifest["coverage"] == 1.0
    assert result.tables["items"].equals(plain.tables["items"])


def test_binary_with_nul_bytes_is_still_binary() -> None:
    with pytest.raises(UnreadableDocument, match="binary"):
        read_bytes(bytes(range(256)) * 40, ".txt")
    with pytest.raises(UnreadableDocument, match="binary"):
        read_bytes(b"A\x00\x01\x00\x02\x00" * 500, ".txt")  # the NUL pattern, no text


# --- case 10: links and special entries in the raw folder ---------------------------------


def test_link_out_of_the_raw_folder_is_rejected_unread(tmp_path: Path, monkeypatch) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    outside = tmp_path / "hemmelig.txt"
    outside.write_text(TEXT, encoding="utf-8")  # valid minutes: read, they would parse
    (raw / "genvej.txt").symlink_to(outside)
    real = Path.read_bytes

    def read_bytes_checked(self: Path) -> bytes:
        assert self.resolve() != outside, "the link target was read"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes_checked)
    assert list_raw_files(raw) == [raw / "genvej.txt"]
    name, data, message = read_raw(raw / "genvej.txt", raw)
    assert (name, data) == ("genvej.txt", None)
    assert "outside the raw folder" in message and "REFERAT" not in message


def test_every_entry_of_the_raw_folder_is_in_the_manifest(tmp_path: Path, monkeypatch) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / "referat.txt")
    (raw / "referat_kopi.txt").symlink_to("referat.txt")  # a link inside the folder is read
    (tmp_path / "ude.txt").write_text(TEXT, encoding="utf-8")
    (raw / "ude.txt").symlink_to(tmp_path / "ude.txt")
    (raw / "død.txt").symlink_to("findes-ikke.txt")
    (raw / "rør").mkdir()
    os.mkfifo(raw / "rør" / "kø.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(raw / "sokkel"))
    (raw / "låst").mkdir()
    shutil.copy(SEED, raw / "låst" / "referat.txt")
    expected = {
        "referat_kopi.txt": ("warning", "duplicate of referat.txt"),
        "ude.txt": ("rejected", "outside the raw folder"),
        "død.txt": ("rejected", "the link is broken"),
        "rør/kø.txt": ("rejected", "named pipe"),
        "sokkel": ("rejected", "a socket"),
        "låst": ("rejected", "the folder cannot be read (Permission denied)"),
    }
    try:
        os.mknod(raw / "enhed", stat.S_IFCHR | 0o600, os.makedev(1, 3))
        expected["enhed"] = ("rejected", "a device file")
    except OSError:  # no right to make device files here: that kind is left out
        pass
    # Root lists any folder whatever its mode, so the refusal is simulated.
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if isinstance(path, (str, os.PathLike)) and Path(path).name == "låst":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    try:
        summary = build(raw, tmp_path / "out", progress=False)
    finally:
        sock.close()
    assert summary.exit_code == 1
    m = summary.manifest.set_index("source_file")
    assert m.loc["referat.txt", "status"] == "ok", m.loc["referat.txt", "message"]
    for name, (status, words) in expected.items():
        assert m.loc[name, "status"] == status, name
        assert words in m.loc[name, "message"], (name, m.loc[name, "message"])
    assert len(m) == len(expected) + 1


# --- case 11: deep HTML, a bad theme file, exit codes -------------------------------------


def test_deeply_nested_web_page_is_rejected_plainly() -> None:
    n = 5000
    page = "<html><body><h1>Referat</h1>" + "<div>" * n + "Punkt 1: x" + "</div>" * n
    result = parse_bytes(page.encode(), "dyb.html")
    assert result.manifest["status"] == "rejected"
    assert result.manifest["message"] == "the web page is nested too deeply to read"


@pytest.mark.parametrize(
    ("yaml_text", "words"),
    [
        ("themes:\n  - key: Bad Key\n    label: x\n", "'key' must be a lower-case slug"),
        ("themes: [unclosed\n", "not valid YAML: line 2, column 1"),
    ],
)
def test_bad_theme_file_is_one_line_and_exit_code_2(
    tmp_path: Path, monkeypatch, capsys, yaml_text: str, words: str
) -> None:
    bad = tmp_path / "mine-temaer.yaml"
    bad.write_text(yaml_text, encoding="utf-8")
    monkeypatch.setenv(config.THEMES_FILE_ENV, str(bad))
    out = tmp_path / "out"
    code = main(["build", "--raw", str(RAW), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("minutes: ") and err.count("\n") == 1, err
    assert "mine-temaer.yaml" in err and words in err
    assert not out.exists()  # checked before any file was parsed


def test_user_facing_errors_carry_their_exit_code() -> None:
    from analysis.enrich.kle import KleXmlError
    from analysis.enrich.themes import ThemeConfigError
    from analysis.export import ExportError
    from analysis.notebooks import NotebookError
    from analysis.report.figures import NoMeetingsError

    assert issubclass(ThemeConfigError, ConfigError) and issubclass(ThemeConfigError, ValueError)
    assert issubclass(KleXmlError, ConfigError) and issubclass(KleXmlError, ValueError)
    assert issubclass(NoMeetingsError, UsageError) and issubclass(NoMeetingsError, ValueError)
    assert issubclass(ExportError, EnvironmentProblem) and issubclass(ExportError, RuntimeError)
    assert issubclass(NotebookError, AnalysisError) and NotebookError.exit_code == 1


@pytest.mark.parametrize(
    ("error", "code", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/data/x.parquet"), 3, "disk is full"),
        (PermissionError(errno.EACCES, "Permission denied", "/data/processed"), 3, "permission"),
        (MemoryError(), 3, "out of memory"),
        (ConfigError("data/external/plan.xml: not well-formed XML"), 2, "plan.xml"),
        (EnvironmentProblem("a worker died"), 3, "a worker died"),
    ],
)
def test_command_errors_print_one_line_and_exit_by_kind(
    monkeypatch, capsys, error: BaseException, code: int, words: str
) -> None:
    import analysis.build

    def fail(*args, **kwargs):
        raise error

    monkeypatch.delenv(config.THEMES_FILE_ENV, raising=False)
    monkeypatch.setattr(analysis.build, "build", fail)
    assert main(["build", "--quiet"]) == code
    err = capsys.readouterr().err
    assert err.startswith("minutes: ") and err.count("\n") == 1 and words in err


def test_help_documents_the_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "Exit codes:" in out
    for line in ("0  done", "1  the build ran", "2  usage or configuration", "3  the environment"):
        assert line in out
