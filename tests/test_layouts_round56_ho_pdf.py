"""Round 56 (fifty-sixth session), held-out sets, ho_pdf: council PDFs' page heads and the
agenda's en bloc sentence.

* A PDF export that repeats a continued item's title at the top of the next page, "Punkt 2.
  Trafiksikkerhedsplan 2025-2028 for skolevejene i Asnæs,… (fortsat)" (cut short with an
  ellipsis, or whole), drawn with the running header after the page's body: the text layer
  gives it under the page's last line, where it read as a heading of its own (the item
  again, or the items' pattern taken for "Punkt N."). ``layouts.text.continuation_notes``
  (``_continued_title``) now drops such a line as page furniture where item N's heading with
  that title stands above it.
* Minutes numbered by the year's running case number ("Sag nr. 141") whose approval of the
  agenda closes with the items taken en bloc, "Sag nr. 144 og 145 blev godkendt under ét
  uden debat.": ``parse._closing_case_field`` read that last line as the item's case field
  (144); a sentence going on after the number (``_SENTENCE_AFTER_CASE``) is no field.

Fixtures: ``beslutning_i-pdf-fortsat-titel-sidehoved-tegnet-sidst.pdf`` (generator
``tests/fixtures/layouts/gen/continued_title_heads_pdf.py``) and
``running-sag-nr-under-et-sidste-linje.txt``.
"""

from __future__ import annotations

from pathlib import Path

from analysis.layouts.text import continuation_notes
from analysis.parse import _closing_case_field, to_lines
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"

_ABOVE = (
    "## 2. Trafiksikkerhedsplan 2025-2028 for skolevejene i Asnæs, Nykøbing Sjælland og Vig\n"
    "\nSagsnr.: 25/00412\n\nPlanen omfatter 14 strækninger.\n\n"
)


def _notes(text: str) -> list[str]:
    lines = to_lines(text)
    return [lines[i].clean for i in sorted(continuation_notes(lines))]


def test_a_continued_title_under_its_items_heading_is_a_page_note() -> None:
    cut = "## Punkt 2. Trafiksikkerhedsplan 2025-2028 for skolevejene i Asnæs,… (fortsat)"
    whole = "Punkt 2. Trafiksikkerhedsplan 2025-2028 for skolevejene i Asnæs, Nykøbing (forts.)"
    for note in (cut, whole):
        assert _notes(f"{_ABOVE}Der er afsat 2,1 mio. kr.\n\n{note}\n\nBeslutning: Godkendt.\n")
    # a whole short title too ("Punkt 3. Vinterberedskab 2025/26 (fortsat)")
    text = "3. Vinterberedskab 2025/26\n\nTekst.\n\nPunkt 3. Vinterberedskab 2025/26 (fortsat)\n"
    assert _notes(text) == ["Punkt 3. Vinterberedskab 2025/26 (fortsat)"]


def test_a_continued_title_without_its_item_above_stays() -> None:
    note = "Punkt 2. Trafiksikkerhedsplan 2025-2028 for skolevejene i Asnæs,… (fortsat)"
    # no item 2 above; item 2 with another title; another item's number
    assert _notes(f"Referat\n\n{note}\n\nTekst.\n") == []
    assert _notes(f"## 2. Budgetopfølgning pr. 31. marts\n\nTekst.\n\n{note}\n") == []
    other = note.replace("Punkt 2.", "Punkt 4.")
    assert _notes(f"{_ABOVE}{other}\n") == []
    # a title that says the plan goes on is the item's own heading
    assert _notes("## 5. Helhedsplan for Kærby (fortsat)\n\nTekst.\n") == []


def test_the_pdf_with_continued_title_heads_reads_its_four_items() -> None:
    name = "beslutning_i-pdf-fortsat-titel-sidehoved-tegnet-sidst.pdf"
    data = (RAW / name).read_bytes()
    # (the text layer gives the heads under each page's last line)
    text = read_bytes(data, ".pdf").text
    assert text.rstrip().endswith("Punkt 3. Vinterberedskab 2025/26 (fortsat)")
    result = parse_bytes(data, name)
    items = result.tables["items"]
    assert list(items["number"]) == [1, 2, 3, 4]
    assert items["title"][1].endswith("Nykøbing Sjælland og Vig med tilhørende handleplan")
    assert list(items["case_number"].fillna("")) == ["", "25/00412", "25/01877", ""]
    sections = result.tables["sections"]
    decided = sections[sections["section"] == "beslutning"]
    assert list(decided["text"].str.split("\n").str[0]) == [
        "Godkendt.",
        "Planen blev godkendt.",
        "Taget til efterretning.",
        "Intet.",
    ]


def test_an_en_bloc_sentence_is_no_case_field() -> None:
    assert _closing_case_field("Sag nr. 144 og 145 blev godkendt under ét uden debat.") is None
    assert _closing_case_field("Sagsnr. 24/1187 blev sendt i høring igen.") is None
    # the fields stay
    assert _closing_case_field("Sagsnr.: 2015-117702") == "2015-117702"
    assert _closing_case_field("Sag nr. 144") == "144"
    assert _closing_case_field("Sagsnr.: 24/1187\tDok.nr.: 88120") == "24/1187"


def test_the_agenda_approval_naming_the_en_bloc_items_has_no_case() -> None:
    name = "running-sag-nr-under-et-sidste-linje.txt"
    items = parse_bytes((RAW / name).read_bytes(), name).tables["items"]
    assert list(items["number"]) == [141, 142, 143, 144, 145]
    assert list(items["case_number"].fillna("")) == [
        "",
        "2024-014410",
        "2024-019977",
        "2024-021203",
        "2024-022518",
    ]
