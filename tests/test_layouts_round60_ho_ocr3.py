"""Sixtieth session, held-out sets (ho_ocr3): older committee minutes scanned from paper and
read by OCR, plain text, the typed labels and the meeting's line with OCR's errors.

* A body's decision label in the genitive with the noun misread ("Udvalgets beslutnlng:",
  "Byrådets beslutniug:", "Økonomiudvalgets beslutuing", "Kommunalbestyrelsens
  bes1utning:"): ``ocr_labels.ocr_genitive`` writes the noun right (only a whole noun after
  the genitive folding to "beslutning" or "afgørelse") and ``parse.heading_key`` reads the
  label as the correctly spelt one, the line kept as OCR read it.
* A received stamp atop the page ("INDGÅET" / "14.11.2001") over the meeting's own dated
  line: the meeting's line dates it (``layouts.header.read_header``; the stamp dates the
  minutes only where nothing else does, the forty-sixth round's rule, kept).

Fixture: ``generic-ocr-indgaaet-stempel-genitiv-beslutnlng.txt``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.ocr_labels import ocr_genitive
from analysis.parse import BodyRules, Line, heading_key
from analysis.pipeline import parse_bytes

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"
FIXTURE = "generic-ocr-indgaaet-stempel-genitiv-beslutnlng.txt"


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Udvalgets beslutnlng", "Udvalgets beslutning"),
        ("Byrådets beslutniug", "Byrådets beslutning"),
        ("Økonomiudvalgets beslutuing", "Økonomiudvalgets beslutning"),
        ("Kommunalbestyrelsens bes1utning", "Kommunalbestyrelsens beslutning"),
        ("Nævnets afgorelse", "Nævnets afgørelse"),
        ("Byrådets beslutniug den 3. maj 1998", "Byrådets beslutning den 3. maj 1998"),
    ],
)
def test_ocr_genitive_mends_the_noun(text: str, mended: str) -> None:
    assert ocr_genitive(text) == mended


@pytest.mark.parametrize(
    "text",
    [
        "Udvalgets beslutning",  # already right
        "Udvalgets beslutninger",  # another word
        "Udvalgets bestilling",  # folds to no decision noun
        "Sagen afventer udvalgets beslutnlng om budgettet",  # a word inside prose
        "udvalgets beslutnlng",  # no capital: a sentence's middle
    ],
)
def test_ocr_genitive_reads_no_other_line(text: str) -> None:
    assert ocr_genitive(text) is None


@pytest.mark.parametrize(
    "label",
    ["Udvalgets beslutnlng:", "Byrådets beslutniug:", "Kommunalbestyrelsens bes1utning:"],
)
def test_heading_key_reads_the_misread_genitive_label(label: str) -> None:
    rules = BodyRules(forum="Miljø- og Planudvalget")
    assert heading_key(Line(0, label, 0), rules) in (
        ("beslutning", label.rstrip(":")),
        ("tidligere_beslutning", label.rstrip(":")),
    )
    assert heading_key(Line(0, "Udvalgets beslutnlng:", 0), rules) == (
        "beslutning",
        "Udvalgets beslutnlng",
    )


def test_fixture_stamp_and_genitive_labels() -> None:
    tables = parse_bytes((RAW / FIXTURE).read_bytes(), FIXTURE).tables
    meeting = tables["meetings"].to_dict("records")[0]
    assert meeting["date"].date() == dt.date(2001, 11, 6)
    types = list(tables["decisions"]["decision_type"])
    assert types == ["recommended", "noted", "approved"]
