"""An HTML page reads the same whatever the case of its tag names (``<TABLE>``, ``<TD>``: old
pages and some editors write them in capitals), its line breaks, or no-break spaces between
its words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.pipeline import parse_bytes
from tests.test_read_whitespace import _tables

FIXTURES = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _upper_tags(html: str) -> str:
    return re.sub(r"(</?)([a-z][a-z0-9]*)", lambda m: m.group(1) + m.group(2).upper(), html)


def _one_line(html: str) -> str:
    return html.replace("\n", " ")


def _no_break(html: str) -> str:
    return re.sub(r">([^<>]+)<", lambda m: ">" + m.group(1).replace(" ", "&nbsp;") + "<", html)


@pytest.mark.parametrize("write", [_upper_tags, _one_line, _no_break])
@pytest.mark.parametrize(
    "name", ["generic-tosproget-tabel-engelsk.html", "web-region-sidetitel.html"]
)
def test_a_page_so_written_reads_as_written_plainly(name: str, write) -> None:
    data = (FIXTURES / name).read_bytes()
    plain = parse_bytes(data, name)
    other = parse_bytes(write(data.decode("utf-8")).encode("utf-8"), name)
    assert plain.manifest["status"] in ("ok", "warning")
    assert _tables(other) == _tables(plain)
