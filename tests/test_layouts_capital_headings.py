"""Section headings set in capitals ("REFERAT", "BESLUTNING", "SAGSFREMSTILLING", as older
templates set them) read as the same headings written plainly: a minute so written gives the
same tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.pipeline import parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "layouts" / "raw"

_SECTION = re.compile(
    r"^(Beslutning|Indstilling|Sagsfremstilling|Bilag|Resumé|Økonomi|Referat)(:?)[ \t]*$",
    re.MULTILINE,
)


def _capitals(text: str) -> str:
    return _SECTION.sub(lambda m: m.group(1).upper() + m.group(2), text)


def _read(result) -> tuple:
    """The meeting's facts, its items and decisions (a section keeps its heading as printed,
    and the meeting its document heading: those may differ in case)."""
    return (
        result.records["meetings"][0][:6],
        result.records["items"],
        result.records["decisions"],
    )


@pytest.mark.parametrize(
    "name",
    [
        "generic-pdf-sagsid-klistret.txt",
        "pkt-midtpunkt-beskrivelse.txt",
        "generic-uden-numre-kolon-titel-jnr.txt",
        "generic-web-kopi-tekst-referat-etiket.txt",
        "generic-punkt-aabent-i-parentes-over-titel.txt",
    ],
)
def test_capital_headings_read_as_plain_ones(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert _capitals(text) != text
    plain = parse_bytes(text.encode(), name)
    other = parse_bytes(_capitals(text).encode(), name)
    assert plain.manifest["status"] in ("ok", "warning")
    assert _read(other) == _read(plain)
