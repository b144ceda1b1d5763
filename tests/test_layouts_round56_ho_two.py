"""Fifty-sixth session, held-out sets (ho_two): four readings of minutes that printed a
fact where the parser did not look.

* Minutes printed to PDF in two columns, each field's label in a narrow left column: a
  decision label naming the body ("Beslutning i Psykiatriudvalget") is wider than the
  column, so the writer broke the body's name without a hyphen ("Beslutning i Psy" /
  "kiatriudvalget"). ``read.pdf._tables`` joins the label cell's lines where
  ``read.pdf._broken_word`` finds the first line running to the column's edge, the next
  opening with a small letter and the two parts making a word the document spells whole
  elsewhere (the body's name in the heading).
* A board filing its cases by subject writes the case system's number in an "Emne" row
  ("Emne<TAB>EMN-2025-00412"): ``parse.match_case_number`` (``_EMNE_FIELD``) reads the
  bare label before a number in that scheme as it reads "Emnenr.:".
* A district's local committee named by its district after the word ("Lokaludvalg
  Stensballe") on a line of its own: ``layouts.header.looks_like_body`` (``_BODY_NOUN``).
* A Word document's meeting facts in one borderless table row of three cells without
  labels (date, "Kl. 15:00", the room), read as tab-parted cells:
  ``layouts.header._bare_fact_row`` reads it as it reads the middle-dotted row.

Fixtures: gen/narrow_label_column_pdf.py, gen/local_committee_fact_row_docx.py.
"""

from __future__ import annotations

from pathlib import Path

from analysis.layouts.header import _bare_fact_row, looks_like_body
from analysis.parse import match_case_number
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.pdf import _broken_word, _Seg

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _seg(text: str, x1: float, y: float, fw: float) -> _Seg:
    return _Seg(text, 0, 78.0, x1, y, 9.0, True, fw, 2.5, 78.0)


def test_a_word_broken_in_a_narrow_label_column_is_one_word() -> None:
    first = _seg("Beslutning i Psy", 148.0, 547.9, 46.5)
    rest = _seg("kiatriudvalget", 136.5, 536.4, 58.5)
    assert _broken_word(first, rest, 148.0, frozenset({"psykiatriudvalget"}))
    # the two parts make no word of the document: two words of their own
    assert not _broken_word(first, rest, 148.0, frozenset({"beslutning"}))
    # the first line stops short of the column's edge: the word wrapped whole
    assert not _broken_word(first, rest, 170.0, frozenset({"psykiatriudvalget"}))
    # the second line opens with a capital: a word of its own
    upper = _seg("Kiatriudvalget", 136.5, 536.4, 58.5)
    assert not _broken_word(first, upper, 148.0, frozenset({"psykiatriudvalget"}))


def test_the_broken_decision_label_reads_as_the_body_s_decision() -> None:
    path = RAW / "generic-pdf-smal-etiketkolonne-brudt-ord.pdf"
    text = read_bytes(path.read_bytes(), ".pdf").text
    assert "Beslutning i Psykiatriudvalget\tAnbefales over for regionsrådet." in text
    tables = parse_bytes(path.read_bytes(), path.name).tables
    decided = tables["item_decisions"]
    assert list(decided["decision_type"]) == ["approved", "recommended", "noted"]


def test_an_emne_row_s_subject_number_is_the_case() -> None:
    assert match_case_number("Emne\tEMN-2025-00412") == "EMN-2025-00412"
    assert match_case_number("Emne: EMN-2025-00412") == "EMN-2025-00412"
    assert match_case_number("Emnenr.: EMN-2025-00412") == "EMN-2025-00412"
    assert match_case_number("Emne: Budget 2025") is None
    path = RAW / "pkt-pdf-emne-raekke-sagsnummer.pdf"
    items = parse_bytes(path.read_bytes(), path.name).tables["items"]
    assert list(items["case_number"][:3]) == ["EMN-2025-00398", "EMN-2025-00412", "EMN-2025-00377"]


def test_a_local_committee_named_by_its_district_is_a_body() -> None:
    assert looks_like_body("Lokaludvalg Stensballe")
    assert looks_like_body("Områdeudvalget Nord")
    assert not looks_like_body("Lokaludvalg Stensballe holdt møde i går")
    path = RAW / "pkt-lokaludvalg-omraadenavn-saetning.docx"
    meeting = parse_bytes(path.read_bytes(), path.name).tables["meetings"].iloc[0]
    assert meeting["forum"] == "Lokaludvalg Stensballe"


def test_a_borderless_row_of_date_time_and_place_gives_the_place() -> None:
    assert _bare_fact_row("Den 12. november 2025\tKl. 15:00\tMødelokale 3, Hjørring Rådhus") == [
        "Dato: Den 12. november 2025",
        "Tid: Kl. 15:00",
        "Sted: Mødelokale 3, Hjørring Rådhus",
    ]
    # two cells only, or a second cell that is no start: no fact row
    assert _bare_fact_row("Den 12. november 2025\tMødelokale 3") == []
    assert _bare_fact_row("Den 12. november 2025\tÅbent møde\tMødelokale 3") == []
    path = RAW / "generic-dato-tid-sted-raekke-uden-etiketter.docx"
    meeting = parse_bytes(path.read_bytes(), path.name).tables["meetings"].iloc[0]
    assert meeting["location"] == "Mødelokale 3, Hjørring Rådhus"
    assert meeting["start_time"] == "15:00"
