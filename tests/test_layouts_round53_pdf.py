"""Fifty-fourth session, a metamorphic probe (FORMpdf): minutes printed as plain lines.

Minutes typed line by line and printed to PDF in one plain font (no bold, no larger
headings) leave the PDF reader only the lines' lengths to tell paragraphs apart, and a
line that happens to reach the right edge was read as wrapped into the line under it.
These lines are no wrapped line's rest, whatever the line above them:

- the next item's number with the same words before it ("2. …" / "3. …", "Punkt 6: …" /
  "Punkt 7: …") (``read.pdf._next_entry``, widened from contents lines with their page
  in brackets);
- a case number alone, perhaps behind its label ("2024-021776", "Sagsnr.: 19/9022")
  (``read.pdf._case_alone``);
- a rule typed with characters ("=====", "-----"), nor does any line continue one
  (``read.pdf._TYPED_RULE``);
- a section's label with its colon and text ("Beslutning: Godkendt.") or a body's dated
  decision heading, and a label without its colon under a sentence's end or at the top of
  a page (``read.pdf._label_opens``);
- anything under a numbered title closed by its case number ("7. Title 17-005209",
  "4. Title (24/50117)") (``read.pdf._closed_by_case``);
- a page number ("Side 2 af 5");
- a contents entry opening with the item's word and number ("Sag nr. 141 …", "Punkt 1 …",
  "1 (Åben) …") under a group's heading: no wrapped contents title
  (``read.pdf._TOC_NUMBERED``, widened from "1. …" and "12 …").

Fixtures: ``generic-``, ``agenda-``, ``beslutning_i-``, ``flat_toc-pdf-linjer-*``
(``gen/plain_lines_pdf.py``).
"""

from __future__ import annotations

import pytest

from analysis.read import read_bytes
from analysis.read.pdf import (
    _TOC_NUMBERED,
    _case_alone,
    _closed_by_case,
    _label_opens,
    _next_entry,
)
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("line", "below", "expected"),
    [
        ("2. Høring om kvalitetsstandarder for personlig pleje", "3. Orientering", True),
        ("Punkt 6: Lokalplan for boliger ved åen", "Punkt 7: Eventuelt", True),
        ("Pkt. 12 Tilskud til foreninger", "Pkt. 13 Meddelelser", True),
        ("4 (Åben) Budgetopfølgning", "5 (Åben) Eventuelt", True),
        ("3. Ny skolestruktur (5)", "4. Budget (7)", True),
        # a date wrapped onto the line: lower case after the number
        ("4. Mødet flyttes fra den", "5. marts til den 12. marts", False),
        ("1. Servicemål for byggesagsbehandling i", "2. kvartal 2024", False),
        ("Punkt 6: Lokalplan", "7. Eventuelt", False),  # other words before the number
        ("3. Ny skolestruktur", "5. Budget", False),  # not the next number
        ("Se bilag 3", "4. Budget", False),  # no entry's number at the start
    ],
)
def test_the_next_numbered_line_is_a_line_of_its_own(line: str, below: str, expected: bool) -> None:
    assert _next_entry(line, below) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-021776", True),
        ("20/9120", True),
        ("1-01-72-88-21", True),
        ("GL 2015-0417", True),
        ("EMN-2024-01117", True),
        ("00.01.00-A00-4-14", True),
        ("Sagsnr.: 19/9022", True),
        ("Sag nr. 12/19002", True),
        ("Sags-ID: EMN-2025-00412", True),
        ("2021-2024", False),  # a year range wrapped from a title
        ("12.03.2024", False),  # a date
        ("1.250.000", False),  # an amount
        ("2019-06", False),  # too few digits
        ("Godkendt 2024-021776", False),  # text before the number
    ],
)
def test_a_case_number_alone_is_a_line_of_its_own(line: str, expected: bool) -> None:
    assert _case_alone(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("7. Anmodning om forhøjet tilskud til busruter 17-005209", True),
        ("4. Medlemsforslag om cykelparkering (24/50117)", True),
        ("Punkt 3. Regulativ for vandløb (2025-027765)", True),
        ("3. Budget 2025-2028", False),  # a year range
        ("5. Lokalplan nr. 2019-06", False),  # a plan's number, too short for a case
        ("Regnskabet for 2024 er aflagt, jf. sag 24-001187", False),  # no item's number
    ],
)
def test_a_numbered_title_closed_by_its_case_number_ends_there(line: str, expected: bool) -> None:
    assert _closed_by_case(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Beslutning: Godkendt.", True),
        ("Beslutning i Økonomiudvalget den 10.05.2011: Anbefales.", True),
        ("Beslutning i Økonomiudvalget den 26-02-2025", True),
        ("Indstilling: Forvaltningen indstiller, at sagen godkendes.", True),
        ("Mødet sluttede kl. 17:30.", False),  # a colon inside a time
        ("Handling: skriv til borgeren", False),
        ("Beslutningen blev truffet enstemmigt.", False),
    ],
)
def test_a_section_label_with_its_text_opens_a_line(line: str, expected: bool) -> None:
    assert _label_opens(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1. Godkendelse af dagsorden ..... 2", True),
        ("Sag nr. 141 Meddelelser ..... 3", True),
        ("Punkt 1 Godkendelse af dagsorden ..... 3", True),
        ("1 (Åben) Meddelelser fra formanden ..... 2", True),
        ("2. kvartal 2024 ..... 4", False),  # a wrapped title's rest: lower case
        ("Sagsbehandling ..... 4", False),
    ],
)
def test_a_contents_entry_opening_with_its_number(line: str, expected: bool) -> None:
    assert (_TOC_NUMBERED.match(line) is not None) is expected


def _text(name: str) -> str:
    data = (FIXTURES / "layouts" / "raw" / name).read_bytes()
    return read_bytes(data, ".pdf").text


def test_the_plain_line_fixtures_read_line_by_line() -> None:
    lines = _text("generic-pdf-linjer-naeste-nummer-under-fuld-titel.pdf").splitlines()
    assert "3. Orientering om ombygning af aktivitetscentret" in lines
    lines = _text("agenda-pdf-linjer-sagsnummer-under-fuld-titel.pdf").splitlines()
    assert "2025-029904" in lines
    lines = _text("generic-pdf-linjer-skrevne-streger-om-titler.pdf").splitlines()
    assert "2. TILSKUD TIL KULTURARRANGEMENTER I LANDDISTRIKTERNE 2026" in lines
    lines = _text("beslutning_i-pdf-linjer-beslutning-under-fuld-linje.pdf").splitlines()
    assert "Beslutning: Godkendt med den ændring, at projektet udføres i sommerferien." in lines
    assert "Beslutning" in lines
    assert "Beslutning i Teknik- og Miljøudvalget den 18-11-2025" in lines
    assert "Side 2 af 2" in lines
    lines = _text("flat_toc-pdf-linjer-indhold-sag-nr-under-gruppe.pdf").splitlines()
    assert "Åbne sager" in lines
