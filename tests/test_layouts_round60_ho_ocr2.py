"""Sixtieth session, held-out sets (ho_ocr2): older minutes scanned from paper and read by
OCR, as plain text with form feeds between the pages.

* The meeting's line with a figure OCR read as a letter ("torsdag den l6. oktober 2003",
  "26. juni 200l", "2O.O4.1998"), or the typed opening sentence broken before the year
  ("… mandag den 14. november" / "1994 kl. 19.00 i byrådssalen …"): where the header finds
  no date, ``layouts.ocr_date.with_ocr_date`` makes the header's copy whole and
  ``layouts.base.parse_numbered`` reads the header again.
* "Protokol over byrådets ordinære møde …": the council in the genitive after "over"
  (``layouts.header._OF_THE_MEETING`` and ``_TITLE_COUNCIL_MEETING``), not a body named
  "over byrådets ordinære møde".
* "Sag: 3" alone over the item's title: a colon after the item's word
  (``layouts.headings._NUMBER_ALONE``).
* "1:  Title     (97/3381)": a journal number of the 1990s in brackets after the title
  (``parse._CASE_IN_TITLE``).
* "J.nr. 02.34.01 G0l": the KLE facet after a space with OCR's l or O in a figure's place
  (``parse._SPACED_FACET``), kept as printed.
* "Sagen udsaettes til næste møde.": OCR's "ae" (or "a?") for æ inside a word of a text
  with æ, ø, å of its own, read back for the decision's type only
  (``enrich.decisions._letters_restored``).
* "Afgorelse:", "Sagsfrernstilling:": a section label read with "o" for "ø" (or "ae" for
  "æ") and "rn" for "m" (``ocr_labels._fold``, asked by ``parse.heading_key``).

Fixtures: ``generic-ocr-sag-kolon-l-i-dato.txt``, ``generic-ocr-protokol-aarstal-ombrudt.txt``,
``generic-ocr-kolon-nummer-sag-i-parentes.txt``, ``pkt-ocr-afgorelse-sagsfrernstilling.txt``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts.headings import _NUMBER_ALONE
from analysis.layouts.ocr_date import _figures_read, with_ocr_date
from analysis.parse import _CASE_IN_TITLE, Line, heading_key, match_case_number, to_lines
from analysis.pipeline import parse_bytes

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"
SAG = "generic-ocr-sag-kolon-l-i-dato.txt"
PROTOKOL = "generic-ocr-protokol-aarstal-ombrudt.txt"
KOLON = "generic-ocr-kolon-nummer-sag-i-parentes.txt"
AFGORELSE = "pkt-ocr-afgorelse-sagsfrernstilling.txt"


def _parsed(name: str) -> tuple[dict, list[tuple[object, str, object]]]:
    tables = parse_bytes((RAW / name).read_bytes(), name).tables
    meeting = tables["meetings"].to_dict("records")[0]
    items = [
        (
            row["number"],
            row["title"],
            row["case_number"] if isinstance(row["case_number"], str) else None,
        )
        for row in tables["items"].to_dict("records")
    ]
    return meeting, items


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Møde onsdag den l4. maj 1997 kl. 16.00", "Møde onsdag den 14. maj 1997 kl. 16.00"),
        ("Fredag den 9. marts 200l", "Fredag den 9. marts 2001"),
        ("Mødedato: 3O.O4.1998", "Mødedato: 30.04.1998"),
        ("den l. december l996", "den 1. december 1996"),
    ],
)
def test_figures_read_in_a_dates_places(text: str, read: str) -> None:
    assert _figures_read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Onsdag den 14. maj 1997 kl. 16.00",  # no letter: the header reads it
        "Lokalplan nr. 2l0 for Skovparken",  # no date's shape
        "Il. maj IOOl",  # a year of fewer than two figures
        "den 31. april 199l",  # no real date
    ],
)
def test_no_date_read_where_none_is_written(text: str) -> None:
    assert _figures_read(text) is None


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_year_on_the_typed_line_under_the_day_and_month() -> None:
    lines = _lines(
        "Referat af udvalgets møde fredag den 7. februar",
        "1992 kl. 14.00 på kommunekontoret.",
        "",
    )
    found = with_ocr_date(lines)
    assert found is not None
    joined, merged = found
    assert joined[0].clean == (
        "Referat af udvalgets møde fredag den 7. februar 1992 kl. 14.00 på kommunekontoret."
    )
    assert joined[1].clean == "" and merged == {1}


def test_no_header_rewritten_without_an_ocr_date() -> None:
    assert with_ocr_date(_lines("Referat", "Mandag den 3. juni 1996 kl. 9.00")) is None
    # a day and month closing a line, the next line no year
    assert with_ocr_date(_lines("Næste møde er den 4. juni", "kl. 9.00 på rådhuset.")) is None


@pytest.mark.parametrize("text", ["Sag: 3", "Sag: 12", "SAG: 4"])
def test_item_word_with_a_colon_over_the_title(text: str) -> None:
    m = _NUMBER_ALONE.match(text)
    assert m is not None and m.group("num") == text.split()[-1]


def test_item_word_with_a_colon_and_no_number_is_no_heading() -> None:
    assert _NUMBER_ALONE.match("Sag: Budget 1997") is None


@pytest.mark.parametrize(
    ("title", "case"),
    [
        ("Lokalplan for Centret     (97/3381)", "97/3381"),
        ("Vandforsyningsplan (98/04412)", "98/04412"),
        ("Frivilligstrategi (24/1187)", "24/1187"),
    ],
)
def test_journal_number_of_the_1990s_after_the_title(title: str, case: str) -> None:
    m = _CASE_IN_TITLE.search(title)
    assert m is not None and m.group("case") == case


@pytest.mark.parametrize("title", ["Budget (1995-1998)", "Valg (1997)", "Plan (45/2011)"])
def test_years_in_brackets_stay_in_the_title(title: str) -> None:
    assert _CASE_IN_TITLE.search(title) is None


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("J.nr. 02.34.01 G0l", "02.34.01 G0l"),
        ("J.nr. 07.01.00 P2l", "07.01.00 P2l"),
        ("J.nr. 05.01.02 G01", "05.01.02 G01"),
        ("J.nr. 05.01.02 Ol", "05.01.02"),  # no figure: no facet
    ],
)
def test_kle_facet_with_ocr_letters(line: str, case: str) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sagen udsaettes til næste møde.", "postponed"),
        ("Sagen uds\u00e6ttes til næste møde.", "postponed"),
        ("Forslaget om sa?rlig støtte blev udsat på mødet.", "postponed"),
    ],
)
def test_ocr_ae_in_a_decision_with_its_own_letters(text: str, kind: str) -> None:
    assert classify_decision(text, "Børne- og Kulturudvalget")[0][0] == kind


def test_fixture_sag_colon_and_l_in_the_day() -> None:
    meeting, items = _parsed(SAG)
    assert str(meeting["date"])[:10] == "2003-10-16"
    assert meeting["start_time"] == "17:00"
    assert [n for n, _, _ in items] == [1, 2, 3, 4]
    assert items[1] == (2, "Tilskud til ungdomsklubben i Hou", "03/2214-07")


def test_fixture_protocol_year_wrapped() -> None:
    meeting, items = _parsed(PROTOKOL)
    assert str(meeting["date"])[:10] == "1994-11-14"
    assert meeting["forum"] == "Byrådet"
    assert meeting["location"] == "byrådssalen på rådhuset"
    assert [c for _, _, c in items] == [None, "07.01.00 P2l", "02.34.01 G0l"]


def test_fixture_case_in_brackets_after_title() -> None:
    _, items = _parsed(KOLON)
    assert items == [
        (1, "Lokalplan for Solrød Center, forslag", "97/3381"),
        (2, "Trafikregulering på Jersie Strandvej", "96/2207"),
        (3, "Vandforsyningsplan, status", "97/0412"),
    ]


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Afgorelse:", "beslutning"),
        ("Afgoerelse:", "beslutning"),
        ("Sagsfrernstilling:", "sagsfremstilling"),
        ("Beslutnlng:", "beslutning"),
    ],
)
def test_section_label_read_without_danish_letters(label: str, key: str) -> None:
    found = heading_key(to_lines(label)[0])
    assert found is not None and found[0] == key


@pytest.mark.parametrize("text", ["Afgrænsning:", "Forhandling:", "Godkendelse:"])
def test_other_words_stay_text(text: str) -> None:
    found = heading_key(to_lines(text)[0])
    assert found is None or found[0] not in ("beslutning", "sagsfremstilling")


def test_fixture_ocr_labels_part_text_and_decision() -> None:
    tables = parse_bytes((RAW / AFGORELSE).read_bytes(), AFGORELSE).tables
    sections = tables["sections"].to_dict("records")
    assert {s["heading"] for s in sections} == {"Sagsfrernstilling", "Afgorelse"}
