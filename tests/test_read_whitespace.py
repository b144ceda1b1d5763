"""White space a reader does not see, made plain before the rules read a text file: no-break
spaces, spaces at a line's end, and an indentation every line shares (a converter's margin).
A minute so written reads as the same minute written plainly."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.text import dedented, without_trailing_spaces

FIXTURES = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def test_no_break_spaces_are_plain_spaces_in_every_format() -> None:
    text = "Punkt\xa04: Budget\u202f2026 kl.\u200716.00\n"
    assert read_bytes(text.encode(), ".txt").text.startswith("Punkt 4: Budget 2026 kl. 16.00\n")
    html = f"<p>{text.strip()}</p>".encode()
    assert read_bytes(html, ".html").text.strip() == "Punkt 4: Budget 2026 kl. 16.00"


def test_spaces_at_a_line_end_go_and_a_tab_stays() -> None:
    assert without_trailing_spaces("Beslutning  \nGodkendt. \n") == "Beslutning\nGodkendt.\n"
    assert without_trailing_spaces("24/118\tVej\t\n") == "24/118\tVej\t\n"
    assert without_trailing_spaces("Beslutning\t \nGodkendt.\t\n") == "Beslutning\nGodkendt.\n"
    assert without_trailing_spaces("Godkendt.") == "Godkendt."


def test_a_shared_indentation_goes_and_the_relative_one_stays() -> None:
    text = "  Referat\n\n  1. Budget\n      Sagsnr. 24/118\n  Beslutning\n"
    assert dedented(text) == "Referat\n\n1. Budget\n    Sagsnr. 24/118\nBeslutning\n"
    assert dedented("\tReferat\n\t1. Budget\n") == "Referat\n1. Budget\n"


@pytest.mark.parametrize(
    "text",
    [
        "Referat\n  1. Budget\n",  # one line at the first column
        "  Referat\n\t1. Budget\n",  # spaces on one line, a tab on another
        "",
    ],
)
def test_a_text_without_a_shared_indentation_is_left_as_it_is(text: str) -> None:
    assert dedented(text) is text


def _no_break(text: str) -> str:
    rnd = random.Random(7)
    return "".join("\xa0" if c == " " and rnd.random() < 0.3 else c for c in text)


def _trailing(text: str) -> str:
    return "\n".join(line + "  " if line.strip() else line for line in text.split("\n"))


def _trailing_tab(text: str) -> str:
    return "\n".join(
        line + "\t" if line.strip() and "\t" not in line else line for line in text.split("\n")
    )


def _indented(text: str) -> str:
    return "\n".join("  " + line if line.strip() else line for line in text.split("\n"))


def _tables(result) -> dict:
    """The rows a file gives, without what names the file's bytes (its hash)."""
    sha = result.manifest["sha256"]
    return {
        table: [tuple(None if isinstance(v, str) and v == sha else v for v in row) for row in rows]
        for table, rows in result.records.items()
        if table != "manifest"
    }


@pytest.mark.parametrize("write", [_no_break, _trailing, _trailing_tab, _indented])
@pytest.mark.parametrize(
    "name",
    [
        "generic-amu-tabel-konklusion.txt",
        "generic-fastbredde-tabel-hele-streger.txt",
        "beslutning_i-hoejrestillet-nummer-sagsnr.txt",
        "flat_toc-kommunalbestyrelsen.txt",
        "generic-mail-quoted-printable-latin1.txt",
    ],
)
def test_a_minute_so_written_reads_as_written_plainly(name: str, write) -> None:
    data = (FIXTURES / name).read_bytes()
    encoding = "latin-1" if "latin1" in name else "utf-8"
    plain = parse_bytes(data, name)
    other = parse_bytes(write(data.decode(encoding)).encode(encoding, errors="replace"), name)
    assert plain.manifest["status"] in ("ok", "warning")
    assert other.manifest["status"] == plain.manifest["status"]
    assert _tables(other) == _tables(plain)


def _docx_no_break(data: bytes) -> bytes:
    """The Word file with every space of its text a no-break space."""
    import io
    import re
    import zipfile

    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                text = re.sub(
                    r"(<w:t[^>]*>)([^<]*)(</w:t>)",
                    lambda m: m.group(1) + m.group(2).replace(" ", "\xa0") + m.group(3),
                    part.decode("utf-8"),
                )
                part = text.encode("utf-8")
            z.writestr(info, part)
    return out.getvalue()


def test_a_word_file_with_no_break_spaces_reads_as_written_plainly() -> None:
    """Its footer's fields too ("<place> · Næste møde …", split on the middle dot in the
    reader, before the readers' shared exit)."""
    name = "generic-bogstavpunkter-dato-i-sidefod.docx"
    data = (FIXTURES / name).read_bytes()
    plain, other = parse_bytes(data, name), parse_bytes(_docx_no_break(data), name)
    assert plain.manifest["status"] in ("ok", "warning")
    assert _tables(other) == _tables(plain)
