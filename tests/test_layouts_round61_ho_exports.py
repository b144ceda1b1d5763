"""Sixty-first session, held-out sets, ho_exports: agenda-system exports with heavy furniture.

- **An item's number alone in its heading's table cell.** An export that starts every item
  on a page of its own sets its heading as a table of two cells, the number and its period
  ("163.", numbered through the year) beside the title. At the top of each page, under
  the running header, the number's digits were left out of the furniture's key ("#."),
  which then stood at the same height on most pages, and the number was dropped as a
  running header: every item lost its number and its text. A number with its period
  beside a title that no other page repeats is no furniture: a page number is never
  written "4." (``read.pdf._remove_furniture``, ``_item_number_alone``).
- **A contents list of "Punkt 3 Title ..... 5"**, no colon after the number where the
  headings below write "Punkt 3: Title": the entries kept "Punkt 3" in their titles and
  matched no item (``parse._TOC_PUNKT``).
- **"Mødet slut<TAB>11:05", "Mødet hævet: Kl. 21:50"**: the cover's row for the meeting's
  end is a field (no column holds it), no line left unplaced (``parse._FIELD``,
  ``layouts.header._FIELD``).

Fixtures ``running-pdf-nummercelle-ved-titel.pdf`` and
``agenda-pdf-punkt-uden-kolon-i-indhold.pdf`` (``gen/numbered_head_cell_pdf.py``).
"""

from __future__ import annotations

import io
import re

import pytest

from analysis import parse
from analysis.layouts import header, parse_text
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from tests.fixture_helpers import FIXTURES


def _pdf(tops: list[tuple[str, str]]) -> bytes:
    """A PDF of a cover page and one page per entry of ``tops``: a running header, then
    the entry's number in bold at the left and its title beside it, a paragraph under."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(60, 780, "Referat af mødet i Vejudvalget 02.02.2026")
    c.showPage()
    for k, (number, title) in enumerate(tops):
        c.setFont("Helvetica", 8)
        c.drawString(60, 810, "Favrskov Kommune")
        c.drawRightString(540, 810, "Vejudvalget")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 760, number)
        c.drawString(105, 760, title)
        c.setFont("Helvetica", 10)
        for row in range(6 + 2 * k):
            c.drawString(60, 730 - 14 * row, f"Sagen handler om vejene, linje {row}.")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_number_beside_its_own_title_atop_each_page_is_kept() -> None:
    titles = ["Vejnavne i Lyngby Øst", "Ny rundkørsel ved Hadsten", "Vintertjeneste 2026"]
    numbers = ["211.", "212.", "213."]
    text = read_bytes(_pdf(list(zip(numbers, titles, strict=True))), ".pdf").text
    assert all(f"{n}\t{t}" in text for n, t in zip(numbers, titles, strict=True))
    # what the rule must not read: a number beside the same text on every page is a
    # running header's, and a number without its period may be a page's
    same = read_bytes(_pdf([(n, "Vejudvalget") for n in numbers]), ".pdf").text
    assert not any(n in same for n in numbers)
    bare = read_bytes(_pdf([(n[:-1], t) for n, t in zip(numbers, titles, strict=True)]), ".pdf")
    assert not any(n[:-1] in bare.text for n in numbers)


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("Punkt 3 Vandløbsregulativ for Gudenåen", "Vandløbsregulativ for Gudenåen"),
        ("Punkt 12 Budget 2026", "Budget 2026"),
    ],
)
def test_a_contents_entry_without_the_colon(entry: str, title: str) -> None:
    assert parse._toc_title(entry) == title
    assert parse._toc_title(re.sub(r"(\d) ", r"\1: ", entry, count=1)) == title  # as before
    # what the rule must not read: a sentence after the number, a letter glued to it
    for whole in ("Punkt 3 blev udsat", "Punkt 3a Budget"):
        assert parse._toc_title(whole) == whole


def test_contents_without_the_colon_match_the_items() -> None:
    meeting = parse_text(_PUNKT_TEXT)
    assert [it.toc_page for it in meeting.items] == [3, 4]
    assert meeting.warnings == []


_PUNKT_TEXT = """ODDER KOMMUNE

REFERAT

Ældreudvalget

Mødedato: Torsdag den 7. november 2024
Mødetidspunkt: Kl. 13:00
Mødested: Plejecenter Egevang

Indholdsfortegnelse

Punkt 1 Godkendelse af dagsorden.....\t3

Punkt 2 Plejeboliger i Hundslund.....\t4

## Punkt 1: Godkendelse af dagsorden

## Beslutning i Ældreudvalget den 07-11-2024

Godkendt.

## Punkt 2: Plejeboliger i Hundslund

Sagsnr.\t24/8831

## Beslutning i Ældreudvalget den 07-11-2024

Taget til efterretning.
"""


@pytest.mark.parametrize(
    "line", ["Mødet slut\t11:05", "Mødet hævet: Kl. 21:50", "Mødet slut: 21.10"]
)
def test_the_meetings_end_is_a_field(line: str) -> None:
    assert parse._FIELD.match(line) is not None
    assert header._FIELD.match(line)["key"].lower().startswith("mødet ")
    text = _PUNKT_TEXT.replace("Egevang\n", f"Egevang\n{line}\n", 1)
    meeting = parse_text(text)
    assert meeting.start_time == "13:00"  # the end is no start
    assert meeting.warnings == []
    # what the rule must not read: a sentence on the meeting's end, no label and colon
    for sentence in ("Mødet hævet kl. 21.50.", "Mødet slutter med en rundvisning."):
        assert parse._FIELD.match(sentence) is None
        m = header._FIELD.match(sentence)
        assert m is None or not m["key"].lower().startswith("mødet ")


def _fixture(name: str):
    result = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name)
    return result.manifest, result.tables


def test_fixture_numbers_in_their_own_cells() -> None:
    manifest, tables = _fixture("running-pdf-nummercelle-ved-titel.pdf")
    assert manifest["status"] == "ok"
    items = tables["items"]
    assert items.number.tolist() == [163, 164, 165, 166, 167]
    assert items.case_number.tolist()[1:4] == [
        "00.32.00-S00-4-25",
        "02.11.00-G01-9-25",
        "18.15.00-Ø40-2-25",
    ]
    sections = tables["sections"]
    decisions = sections[sections.section == "beslutning"].text.tolist()
    assert decisions == [
        "Godkendt.",
        "Anbefales godkendt.",
        "Oversendes til Teknikudvalget til udtalelse.",
        "Udsat.",
        "Taget til orientering.",
    ]


def test_fixture_contents_without_the_colon() -> None:
    manifest, tables = _fixture("agenda-pdf-punkt-uden-kolon-i-indhold.pdf")
    assert manifest["status"] == "ok", manifest["message"]
    items = tables["items"]
    assert items.toc_page.tolist() == [3, 4, 5, 6]
    assert items.title.tolist()[1] == "Plejeboliger i Nørre Lyng - belægning 2024"
