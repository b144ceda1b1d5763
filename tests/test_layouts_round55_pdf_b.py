"""Round 55 (fifty-fifth session), plain PDF probe, pdf_b: minutes printed as plain lines.

The minutes are printed to PDF line by line in one plain font, nothing bold or larger, so
the PDF reader has only the lines' lengths and gaps to go by.

* Notes typed with pictograms (a calendar before the date, a pin before the place, a keycap
  digit before an item's title "1️⃣ Godkendelse af dagsorden", a tick before "✅ Konklusion:
  …"), printed in a font without emoji: each pictogram is the font's empty glyph, U+FFFD
  in the text layer, and a keycap loses only its mark. ``read.pdf._unmapped_symbols`` drops
  a lost pictogram standing as a word (opening a line or a fact, closing a bold label) and
  puts a keycap's mark back; U+FFFD beside a letter (a lost letter) is left alone, and so
  is the whole text where such letters are lost.
* The facts' row of such notes, "12/6-2025 · 10.00 · <place>", its pictographs lost:
  ``layouts.header._bare_fact_row`` (from ``_icon_fields``) reads the date alone, the start
  alone and the place as the fields "Dato:", "Tid:", "Sted:".
* An item's title that reaches the right edge over its case field ("Sagsnr./Dokumentnr.:
  25-3981 / 25-50213"): ``read.pdf._CASE_FIELD_OPENS`` makes it a line of its own in
  ``_assemble``, though its first word would not have fitted beside the title.
* A contents list's heading in body type right over its first entry ("INDHOLDSFORTEGNELSE"
  / "ÅBEN BUU 31/25 Title ..... 1"): ``read.pdf._CONTENTS_HEAD`` keeps ``_assemble`` from
  joining it to the entry as a wrapped contents title; nor is an entry whose title left
  room for two leader dots only ("… .. 2", ``_SHORT_LEADER``) the first line of the next
  one, and it is written as the entries above it are (``_SHORT_ENTRY``).

Fixtures (generator ``tests/fixtures/layouts/gen/plain_lines_pdf_b.py``):
``generic-pdf-piktogrammer-uden-glyf-ungdomsraad.pdf``,
``generic-pdf-piktogrammer-uden-glyf-faktaraekke-handicapraad.pdf``,
``agenda-pdf-linjer-sagsfelt-under-fuld-titel-lemvig.pdf``,
``pkt-pdf-linjer-indholdsfortegnelse-over-foerste-linje-greve.pdf``.
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


def test_a_lost_pictogram_closing_a_bold_label_is_dropped() -> None:
    assert _unmapped_symbols(f"**Beslutning {LOST}** Godkendt.") == "**Beslutning** Godkendt."
    # (one closing a line is left: the line's words are read before it all the same)
    assert _unmapped_symbols(f"Julemarked {LOST}\n") == f"Julemarked {LOST}\n"


def test_a_keycap_that_lost_its_mark_gets_it_back() -> None:
    assert _unmapped_symbols(f"3\ufe0f{LOST} Eventuelt") == "3\ufe0f\u20e3 Eventuelt"


def test_a_letter_the_font_maps_to_nothing_is_left_alone() -> None:
    for text in (f"S{LOST}ren Holm, K{LOST}ge", f"{LOST}rhus Kommune", f"Referat{LOST}"):
        assert _unmapped_symbols(text) == text
    # where the text loses letters, a lone U+FFFD is a lost dash as likely ("Toftlund – høring")
    text = f"{LOST} Skoledistrikter i Toftlund {LOST} h{LOST}ring\n"
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


# --- a row of facts whose pictographs were lost (layouts.header._bare_fact_row) ---------


def test_a_bare_fact_row_reads_as_the_fields_its_pictographs_stood_for() -> None:
    from analysis.layouts.header import _bare_fact_row

    assert _bare_fact_row("Torsdag 20/11-2025 · 13.00 · Kulturcenteret, Jernbanegade 2") == [
        "Dato: Torsdag 20/11-2025",
        "Tid: 13.00",
        "Sted: Kulturcenteret, Jernbanegade 2",
    ]
    assert _bare_fact_row("3. marts 2026 · kl. 9.30 · Rådhuset, lokale 4")[1] == "Tid: kl. 9.30"


def test_a_dotted_line_of_other_parts_is_no_fact_row() -> None:
    from analysis.layouts.header import _bare_fact_row

    # the owner and the body; a date that is not the part's whole; no start; a fourth part
    assert _bare_fact_row("Skive Kommune · Handicaprådet · Referat") == []
    assert _bare_fact_row("Referat 20/11-2025 · 13.00 · Kulturcenteret") == []
    assert _bare_fact_row("20/11-2025 · Kulturcenteret · Skive") == []
    assert _bare_fact_row("20/11-2025 · 13.00 · Kulturcenteret · Skive") == []


def test_the_council_minutes_with_the_lost_fact_pictographs_read_start_and_place() -> None:
    name = "generic-pdf-piktogrammer-uden-glyf-faktaraekke-handicapraad.pdf"
    result = parse_bytes((RAW / name).read_bytes(), name)
    meeting = result.tables["meetings"].to_dict("records")[0]
    assert meeting["start_time"] == "13:00"
    assert meeting["location"] == "Kulturcenteret, Jernbanegade 2, Skive"


# --- a case field under a title that reaches the right edge (read.pdf._assemble) ----------


def test_a_case_field_opening_a_line_is_told_from_a_wrapped_title() -> None:
    from analysis.read.pdf import _CASE_FIELD_OPENS

    for text in (
        "Sagsnr./Dokumentnr.: 25-3981 / 25-50213",
        "Sagsnr.: 25-4103",
        "Sag: 2025-041877 Dok.nr.: 118",
        "J.nr.: 82.00.00-S00-2-25",
        "Sags-ID: 25/118",
    ):
        assert _CASE_FIELD_OPENS.match(text), text
    # a title's words going on, a case named in a sentence, an item's number
    for text in ("Sagsbehandlingstider i 2025", "Sag nr. 3 om skolestruktur", "Sag 3: Budget"):
        assert _CASE_FIELD_OPENS.match(text) is None, text


def test_the_case_field_under_a_full_title_is_a_line_of_its_own() -> None:
    name = "agenda-pdf-linjer-sagsfelt-under-fuld-titel-lemvig.pdf"
    data = (RAW / name).read_bytes()
    text = read_bytes(data, ".pdf").text
    assert (
        "Punkt 2. Ansøgning om landzonetilladelse til opførelse af maskinhus ved Bøvlingbjerg\n"
        "Sagsnr./Dokumentnr.: 25-3981 / 25-50213\n"
    ) in text
    items = parse_bytes(data, name).tables["items"]
    assert list(items["case_number"]) == ["25-4102", "25-3981", "25-4103"]


# --- a contents heading in body type over its first entry (read.pdf._assemble) ----------


def test_a_contents_heading_alone_is_known() -> None:
    from analysis.read.pdf import _CONTENTS_HEAD

    for text in ("INDHOLDSFORTEGNELSE", "Indhold", "Sagsliste:", "Dagsorden"):
        assert _CONTENTS_HEAD.match(text), text
    for text in ("Indhold og form", "Dagsorden og referat", "Godkendelse af dagsorden"):
        assert _CONTENTS_HEAD.match(text) is None, text


def test_the_contents_heading_is_no_wrapped_title_of_the_first_entry() -> None:
    name = "pkt-pdf-linjer-indholdsfortegnelse-over-foerste-linje-greve.pdf"
    data = (RAW / name).read_bytes()
    text = read_bytes(data, ".pdf").text
    assert "\nINDHOLDSFORTEGNELSE\nÅBEN BUU 31/25 Godkendelse af dagsorden.....\t1\n" in text
    # (an entry with room for two leader dots only is whole: the next is no wrapped part)
    entry = "ÅBEN BUU 32/25 Skolernes ferieplan 2026/27 og planlægningsdage i dagtilbuddene"
    assert f"\n{entry}.....\t1\nLUKKET BUU 33/25 Personalesag.....\t1\n" in text
    items = parse_bytes(data, name).tables["items"]
    assert list(items["number"]) == [31, 32, 33]
