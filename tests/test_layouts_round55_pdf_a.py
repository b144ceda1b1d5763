"""Minutes printed to PDF as plain lines in one font (fifty-fifth session, pdf_a).

The minutes look like a typed text printed line by line: one plain font, no bold, no larger
headings, a line wider than the column wrapped as a word processor wraps it. The PDF reader
(``read.pdf._assemble``) has only the lines' lengths and gaps to go by: a line under one
that fills the column is taken for its wrapped rest unless something says it stands on its
own (``point``), and a line of text over a contents entry is taken for the entry's
wrapped title. These tests print such lines (``probe.as_pdf``, the probe's plain PDF form)
and read them back (``read.pdf.read``):

- the contents' own heading ("Indholdsfortegnelse", "Indhold", "Indholdsliste") over its
  first, unnumbered entry is no wrapped title (``_CONTENTS_HEAD``); nor is an entry whose
  long title left room for two dots of its leader ("… Løgstør .. 1", ``_SHORT_LEADER``),
  which is written as its neighbours are ("Title.....<TAB>1");
- an abbreviation's full stop before a leader stays with the title ("m.fl. ..... 4",
  ``_TOC``);
- a stamp ("Opdateret 7. marts 2025", "Udsendt …", ``_stamp``), the next point "3) …"
  under "2) …" (``_ENTRY_NUMBER``), an arrow's point ("➜ Aftale: …", ``_ARROWS``), a
  bilingual field ("Sted / Ort: …", ``_FIELD_START``), a body's name and date over its
  decision ("Kultur- og Fritidsudvalget 14.05.2024", ``_BODY_DATE_LINE``) and
  "Beslutning" under a title closed by a bracket are lines of their own under a full line.

The fixtures ``raw/*-pdf-egne-linjer-*.pdf`` (``gen/own_lines_pdf.py``) hold the same lines
in whole minutes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import probe
from analysis.pipeline import parse_bytes
from analysis.read import pdf as read_pdf

pytest.importorskip("reportlab")

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"
#: The column of the probe's plain PDF form: A4 less two 70 pt margins, 10 pt type.
_COLUMN = 595.2756 - 2 * 70.0
_FILLER = [
    "og",
    "de",
    "øvrige",
    "forhold",
    "som",
    "forvaltningen",
    "har",
    "beskrevet",
    "i",
    "sagen",
    "om",
    "det",
    "nye",
    "tilbud",
]


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics

    probe.as_pdf("x")  # (registers the probe's font where it exists)
    return "ProbeSans" if "ProbeSans" in pdfmetrics.getRegisteredFontNames() else "Helvetica"


def _full(head: str, end: str = "") -> str:
    """``head`` filled with words until the line (and ``end`` after it) just fits the column,
    not even a short word's room left: a line that reaches the right edge."""
    from reportlab.pdfbase import pdfmetrics

    font = _font()
    line = head
    for word in [*_FILLER * 3, *["og"] * 5, *["i"] * 5]:  # (the short words fill the rest)
        trial = f"{line} {word}"
        if pdfmetrics.stringWidth(f"{trial}{end}", font, 10) <= _COLUMN - 1:
            line = trial
    return line + end


def _read(text: str) -> list[str]:
    return read_pdf.read(probe.as_pdf(text)).text.splitlines()


def test_the_contents_heading_is_no_wrapped_title_of_the_first_entry() -> None:
    for heading in ("Indholdsfortegnelse", "Indhold", "Indholdsliste:"):
        lines = _read(
            f"Referat\n\n{heading}\nGodkendelse af dagsorden ........................ 1\n"
            "Eventuelt ....................................... 2\n"
        )
        assert heading in lines
        assert "Godkendelse af dagsorden.....\t1" in lines


def test_a_wrapped_contents_title_is_still_joined() -> None:
    lines = _read(
        "Indhold\nGodkendelse af dagsorden ........................ 1\n"
        "Tilskud til foreningernes\nledere 2026 ..................................... 2\n"
    )
    assert "Tilskud til foreningernes ledere 2026.....\t2" in lines


def test_an_entry_with_a_short_leader_stands_alone_and_reads_as_its_neighbours() -> None:
    lines = _read(
        "Indhold\nGodkendelse af dagsorden ........................ 1\n"
        "Lektiecafé og sommeraktiviteter for nyankomne familier i Aars og Løgstør .. 1\n"
        "Eventuelt ....................................... 2\n"
    )
    assert "Lektiecafé og sommeraktiviteter for nyankomne familier i Aars og Løgstør.....\t1" in (
        lines
    )
    assert "Eventuelt.....\t2" in lines


def test_an_abbreviations_full_stop_before_the_leader_stays() -> None:
    lines = _read("Indhold\n1. Tilskud til spejdere m.fl. ........................ 4\n")
    assert "1. Tilskud til spejdere m.fl. .....\t4" in lines
    assert read_pdf._TOC.match("Salg af grunde m.v. ....... 2")["title"] == "Salg af grunde m.v."
    assert read_pdf._TOC.match("Eventuelt. ....... 2")["title"] == "Eventuelt"  # (its own stop)
    assert read_pdf._TOC.match("Eventuelt ....... 2")["title"] == "Eventuelt"


def test_a_stamp_under_a_full_date_and_place_line_stands_alone() -> None:
    place = _full("Torsdag den 6. marts 2025 kl. 15.30, Udvalgsværelse 3, Rådhuset")
    lines = _read(f"Det besluttede Udvalget\n\n{place}\nOpdateret 7. marts 2025\n")
    assert "Opdateret 7. marts 2025" in lines
    footer = _full("Norddjurs Kommune · Torvet 3 · 8500 Grenaa · Udvalgsværelse 3")
    lines = _read(f"Dagsorden\n\n{footer}\nUdsendt 27. februar 2025 Side 1/1\n")
    assert "Udsendt 27. februar 2025 Side 1/1" in lines
    assert read_pdf._stamp("Senest opdateret den 3. maj 2024")
    assert not read_pdf._stamp("Opdateret efter mødet")  # (no date: a sentence's rest)


def test_the_next_bracketed_point_under_a_full_point_stands_alone() -> None:
    point = _full("2) Tilgængelighed ved stranden (Sag 25/06621) – Godkendt med", ".")
    lines = _read(
        f"Kort referat\n\n1) Godkendelse af dagsorden – Godkendt.\n{point}\n"
        "3) Handicappolitik 2026 – Drøftet.\n"
    )
    assert "3) Handicappolitik 2026 – Drøftet." in lines
    assert read_pdf._next_entry("2) Title", "3) Next")
    assert not read_pdf._next_entry("2) Title", "4) Next")


def test_an_arrows_point_under_a_full_line_stands_alone() -> None:
    said = _full("Kirsten fremlagde de to tilbud, og gruppen drøftede", ".")
    lines = _read(f"#2 Vejbelysning\n{said}\n➜ Aftale: Vi vælger tilbud B.\n")
    assert "➜ Aftale: Vi vælger tilbud B." in lines


def test_a_bilingual_field_under_a_full_line_stands_alone() -> None:
    when = _full("Fredag den 7. oktober 2022, kl. 09.30 / Freitag, 7. Oktober 2022")
    lines = _read(f"Referat / Protokoll\n\n{when}\nSted / Ort: Rådhuset, Aabenraa\n")
    assert "Sted / Ort: Rådhuset, Aabenraa" in lines
    assert read_pdf._FIELD_START.match("Sted / Plats: Stadshuset")
    assert not read_pdf._FIELD_START.match("Sted og tid: ")


def test_a_body_and_date_line_under_a_full_sentence_stands_alone() -> None:
    proposal = _full("Forvaltningen foreslår, at udvalget beder Movia vente med ruten", ".")
    lines = _read(f"Forslag\n{proposal}\nTeknik- og Miljøudvalget 03.06.2024\nUdsat.\n")
    assert "Teknik- og Miljøudvalget 03.06.2024" in lines
    # (not under a sentence that goes on: "… på mødet i" / "Økonomiudvalget 14.05.2024.")
    assert read_pdf._BODY_DATE_LINE.match("Økonomiudvalget 14.05.2024.") is None


def test_a_label_alone_under_a_title_closed_by_a_bracket_stands_alone() -> None:
    title = _full("5. Ansøgning om dispensation fra lokalplan 102", " (Lukket punkt)")
    lines = _read(f"Dagsorden\n\n{title}\nBeslutning\n")
    assert "Beslutning" in lines


def test_a_line_under_a_full_line_that_goes_on_is_still_joined() -> None:
    said = _full("Udvalget drøftede sagen og bad forvaltningen om")
    lines = _read(f"Referat\n\n{said}\nat vende tilbage.\n")
    assert f"{said} at vende tilbage." in lines


@pytest.mark.parametrize(
    ("name", "titles", "decision"),
    [
        (
            "flat_toc-pdf-egne-linjer-indholdsfortegnelse-ord-punkter.pdf",
            [
                "Godkendelse af dagsorden",
                "Lektiecafé og sommeraktiviteter for nyankomne familier i Aars og Løgstør",
                "Sprogpraktik og fritidsjob",
                "Eventuelt",
            ],
            None,
        ),
        (
            "agenda-pdf-egne-linjer-opdateret-under-dato-og-sted.pdf",
            [
                "Spildevandsplan for Glesborg",
                "Naturpleje på Fornæs",
                "Klage over lugt fra biogasanlægget",
            ],
            None,
        ),
        (
            "generic-pdf-egne-linjer-parentes-numre.pdf",
            [
                "Godkendelse af dagsorden",
                "Tilgængelighed ved stranden i Femmøller",
                "Handicappolitik 2026",
                "Ledsageordningen",
                "Eventuelt",
            ],
            None,
        ),
        (
            "generic-pdf-egne-linjer-udvalg-og-dato-under-fuld-linje.pdf",
            [
                "Orientering fra forvaltningen",
                "Ny busrute mellem Rødby og Holeby",
                "Belysning på stien ved Søndersø",
            ],
            "Udsat.",
        ),
    ],
)
def test_the_fixtures_read_whole(name: str, titles: list[str], decision: str | None) -> None:
    result = parse_bytes((RAW / name).read_bytes(), name)
    assert list(result.tables["items"]["title"]) == titles
    if decision is not None:
        sections = result.tables["sections"]
        decided = sections[sections["section"] == "beslutning"]["text"]
        assert decision in list(decided)


def test_the_stamp_fixture_keeps_the_place_without_the_stamp() -> None:
    name = "agenda-pdf-egne-linjer-opdateret-under-dato-og-sted.pdf"
    meeting = parse_bytes((RAW / name).read_bytes(), name).tables["meetings"].iloc[0]
    assert meeting["location"] == "Udvalgsværelse 3, Rådhuset, Torvet 3, Grenaa"
