"""Round 55 (fifty-fifth session), plain PDF probe, pdf_b: pictograms a PDF's font cannot draw.

Minutes typed on a notes page or in a chat channel mark their lines with pictograms: a
calendar before the date, a pin before the place, a keycap digit before an item's title
("1️⃣ Godkendelse af dagsorden"), a tick before the conclusion ("✅ Konklusion: …").
Printed to PDF in a plain font that has no emoji, each pictogram is the font's empty glyph
and the text layer gives U+FFFD for it; a keycap keeps its digit and variation selector and
loses only its keycap mark. ``read.pdf._unmapped_symbols`` drops a lost pictogram standing
as a word of its own (opening a line or a fact, closing a line or a bold label) and puts a
keycap's mark back, so the layouts read the labels, facts and numbered titles behind them;
a letter the font maps to nothing, inside a word, is left alone.
Fixture: ``generic-pdf-piktogrammer-uden-glyf-ungdomsraad.pdf`` (generator
``tests/fixtures/layouts/gen/unmapped_pictograms_pdf.py``).
"""

from __future__ import annotations

from pathlib import Path

from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.pdf import _unmapped_symbols

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"
LOST = "\ufffd"


def test_a_lost_pictogram_opening_a_line_is_dropped() -> None:
    assert _unmapped_symbols(f"{LOST} Mandag 10. november 2025\n") == "Mandag 10. november 2025\n"
    # (a variation selector after it goes with it)
    assert _unmapped_symbols(f"{LOST}\ufe0f Sag: 2025-041877") == "Sag: 2025-041877"
    # a quote's or heading's mark before it stays
    assert _unmapped_symbols(f"## {LOST} Dagsorden") == "## Dagsorden"


def test_lost_pictograms_between_facts_are_dropped() -> None:
    row = f"{LOST} Tirsdag 4/11-2025 · {LOST} 9.00–11.00 · {LOST} Rådhuset, lokale 3"
    assert _unmapped_symbols(row) == "Tirsdag 4/11-2025 · 9.00–11.00 · Rådhuset, lokale 3"


def test_a_lost_pictogram_closing_a_line_or_a_bold_label_is_dropped() -> None:
    assert _unmapped_symbols(f"**Beslutning {LOST}** Godkendt.") == "**Beslutning** Godkendt."
    assert _unmapped_symbols(f"Tak for et godt møde {LOST}\nNæste linje") == (
        "Tak for et godt møde\nNæste linje"
    )


def test_a_keycap_that_lost_its_mark_gets_it_back() -> None:
    assert _unmapped_symbols(f"3\ufe0f{LOST} Eventuelt") == "3\ufe0f\u20e3 Eventuelt"


def test_a_letter_the_font_maps_to_nothing_is_left_alone() -> None:
    for text in (f"S{LOST}ren Holm, K{LOST}ge", f"{LOST}rhus Kommune", f"Referat{LOST}"):
        assert _unmapped_symbols(text) == text


def test_the_notes_page_in_a_font_without_emoji_reads_as_written() -> None:
    data = (RAW / "generic-pdf-piktogrammer-uden-glyf-ungdomsraad.pdf").read_bytes()
    text = read_bytes(data, ".pdf").text
    assert LOST not in text
    assert "\nHorsens Rådhus, Rådhustorvet 4, mødelokale Bygholm\n" in text
    assert "\n1\ufe0f\u20e3 Godkendelse af dagsorden\nKonklusion: Dagsordenen blev godkendt.\n" in (
        text
    )
    result = parse_bytes(data, "generic-pdf-piktogrammer-uden-glyf-ungdomsraad.pdf")
    assert result.manifest["status"] == "ok"
    items = result.tables["items"]
    assert list(items["title"]) == ["Godkendelse af dagsorden", "Skatepark ved Lunden", "Eventuelt"]
    assert list(items["case_number"].fillna("")) == ["", "2025-041877", ""]
