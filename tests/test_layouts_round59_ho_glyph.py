"""Fifty-ninth session, held-out sets (ho_glyph): PDF minutes whose item title lines hold
more than the title, or whose text layer is drawn glyph by glyph.

* Titles drawn word by word at their positions with "å" written as "a" and a combining
  ring: pdfium writes no space after the ring, so "på Ådalsstien" read "påÅdalsstien";
  ``read.pdf._Page._spaced_after_marks`` puts the space back where the next letter stands
  a word's gap from the mark.
* The body's outcome under "Ældrerådets behandling" (set flush right): a genitive decision
  heading (``parse._GENITIVE_DECISION``'s word "behandling").
* The item's status in capitals flush right on the title's line ("Title<TAB>GODKENDT"):
  no part of the title (``parse._STATUS_CELL`` in ``split_title``).
* The case field "Sag: EMN-2025-01187" in a narrow margin column beside the title: the
  subject scheme's number after "Sag:" closing a heading (``layouts.headings._INLINE_CASE``).
* "Sag nr. 41" in a narrow label column, the item's text under the title in the title's
  column: a row number cell (``read.pdf._ROW_NUMBER``), so ``_hanging_text`` sends the
  lines under the title on as lines of their own.

Fixtures: ``tests/fixtures/layouts/gen/glyph_title_lines_pdf.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.layouts.headings import _INLINE_CASE
from analysis.parse import Line, heading_key, split_title
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from tests.fixture_helpers import fixture_decisions

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"
RING = "generic-pdf-kombineret-ring-raadets-behandling.pdf"
STATUS = "generic-pdf-statusord-til-hoejre.pdf"
MARGIN = "generic-pdf-sag-emn-i-margen.pdf"
COUNCIL = "running-pdf-sag-nr-etiketkolonne.pdf"


def _text(name: str) -> str:
    return read_bytes((RAW / name).read_bytes(), ".pdf").text


def _items(name: str) -> list[tuple[object, str, object]]:
    items = parse_bytes((RAW / name).read_bytes(), name).tables["items"]
    return [
        (
            row["number"],
            row["title"],
            row["case_number"] if isinstance(row["case_number"], str) else None,
        )
        for row in items.to_dict("records")
    ]


def test_space_after_a_combining_ring_is_kept() -> None:
    text = _text(RING)
    assert "## Bænke og hvilesteder på Ådalsstien" in text
    assert "## Høring om madservice på plejecentrene" in text
    assert "påÅ" not in text and "påp" not in text


def test_decision_under_the_councils_behandling_label() -> None:
    assert fixture_decisions(RING) == [
        "Dagsorden og referat blev godkendt.",
        "Ældrerådet anbefaler placeringen og ønsker en bænk ved broen over åen.",
        "Ældrerådet afgav høringssvar og beder om, at smagsprøver tilbydes beboerne.",
        "Orienteringen blev taget til efterretning.",
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ældrerådets behandling", "beslutning"),
        ("Rådets behandling:", "beslutning"),
        ("Udvalgets behandling", "beslutning"),
        # a sentence naming a body's treatment is no heading
        ("Sagen oversendes til Byrådets behandling.", None),
        ("Behandling", None),
    ],
)
def test_genitive_behandling_heading(text: str, key: str | None) -> None:
    found = heading_key(Line(0, text, 0))
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Godkendelse af dagsorden\tGODKENDT", "Godkendelse af dagsorden"),
        ("Status på turismeindsatsen\tTAGET TIL EFTERRETNING", "Status på turismeindsatsen"),
        ("Tilskud til iværksætterhus\tIKKE GODKENDT", "Tilskud til iværksætterhus"),
        # a word in capitals that is no status, or one without its own cell, stays
        ("Aftale med KKR\tESDH", "Aftale med KKR\tESDH"),
        ("Orientering om UDSAT byggeri", "Orientering om UDSAT byggeri"),
    ],
)
def test_status_cell_after_the_title(raw: str, title: str) -> None:
    assert split_title(raw)[0] == title


def test_status_word_right_of_the_title() -> None:
    assert _items(STATUS) == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Erhvervsfremme – aftale med erhvervsrådet for 2026", "25/18812"),
        (3, "Status på turismeindsatsen", "25/17003"),
        (4, "Tilskud til iværksætterhus i Aars", "25/19240"),
    ]


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Vintervedligeholdelse af cykelstier\tSag: EMN-2025-00964", True),
        ("Vintervedligeholdelse af cykelstier Sag: 28.00.00-G01-1-25", True),
        # small letters or a year out of range: no subject number
        ("Status for emn-2025-00964", False),
        ("Sag: Ny plan for EMN", False),
    ],
)
def test_inline_subject_case(title: str, found: bool) -> None:
    assert (_INLINE_CASE.search(title) is not None) == found


def test_case_in_the_margin_column() -> None:
    assert _items(MARGIN) == [
        (
            1,
            "Spildevandsplan 2026-2030 for oplandene ved Gudenåen og de mindre landsbyer",
            "EMN-2025-01187",
        ),
        (2, "Vintervedligeholdelse af cykelstier", "EMN-2025-00964"),
        (3, "Klage over støj fra genbrugspladsen i Them", "EMN-2025-01302"),
    ]


def test_sag_nr_label_column() -> None:
    text = _text(COUNCIL)
    assert "Sag nr. 41\tMeddelelser\n\nBorgmesteren orienterede" in text
    assert _items(COUNCIL) == [
        (41, "Meddelelser", None),
        (42, "Anlægsbevilling til renovering af svømmehallen i Haslev", "00.30.10-S55-7-25"),
        (43, "Takster for vand og spildevand 2026 – godkendelse", "07.00.00-S55-2-25"),
    ]
    assert fixture_decisions(COUNCIL)[0] == "Taget til efterretning."
