"""The forty-sixth round's rules for whole minutes exported as PDF from agenda systems and
read by pdftotext (layouts277): a contents list whose page numbers stand after the titles
or on lines of their own, page headers and footers that name no date, a sentence parted by
a page break, members listed one a line under the field's first name, header notes on the
items' handling, the lines after a council's signature page, and question time no one
used."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import parse
from analysis.enrich import decisions
from analysis.layouts import SourceHints, base, header, parse_text, prepare, text
from analysis.parse import Line, to_lines
from analysis.read import read_bytes

RAW = Path(__file__).resolve().parent / "fixtures" / "layouts" / "raw"
FIXTURES = (
    "agenda-pdf-layout-indhold-sidetal-sidefod.txt",
    "generic-pdf-sidehoved-udvalg-dato-indhold-skiftende-linjer.txt",
    "beslutning_i-pdf-underskriftsblad-moedet-haevet-spoergetid.txt",
    "pkt-pdf-naeste-moede-under-indhold-sidehoved.txt",
)


def _meeting(file: str) -> parse.ParsedMeeting:
    path = RAW / file
    return parse_text(read_bytes(path.read_bytes(), path.suffix).text, SourceHints())


def _lines(file: str) -> list[Line]:
    path = RAW / file
    return prepare(read_bytes(path.read_bytes(), path.suffix).text)


# --- contents lists -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "title", "page"),
    [
        ("Eventuelt 11", "Eventuelt", 11),
        ("Budget 2025-2028 - 2. behandling 4", "Budget 2025-2028 - 2. behandling", 4),
        ("Budget 2024", "Budget", None),  # a year, no page
        ("Eventuelt11", "Eventuelt", None),  # no gap before the figures
        ("Eventuelt 11", "Meddelelser", None),  # another title
        ("Eventuelt", "Eventuelt", None),  # no page
    ],
)
def test_contents_entry_with_its_page(entry: str, title: str, page: int | None) -> None:
    assert parse._paged_title(entry, title) == page


def test_contents_entries_with_pages_are_no_items() -> None:
    """ "Punkt 5. Eventuelt 7" over "Punkt 5. Eventuelt": the contents list, not items read
    twice; its pages go to the items."""
    meeting = _meeting(FIXTURES[0])
    assert [item.number for item in meeting.items] == [1, 2, 3, 4, 5]
    assert [item.toc_page for item in meeting.items] == [3, 4, 5, 6, 7]
    assert meeting.items[-1].toc_title == "Eventuelt"


def test_contents_titles_and_pages_on_alternating_lines() -> None:
    """ "1. Title" / "3" / "2. Title" / "4" …: each figure its entry's page, never an item's
    number over the next entry, and the last page ("6" over the page break) read too."""
    meeting = _meeting(FIXTURES[1])
    assert [(item.number, item.toc_page) for item in meeting.items] == [
        (1, 3),
        (2, 4),
        (3, 5),
        (4, 6),
    ]
    assert meeting.items[0].toc_title == "Godkendelse af dagsorden"


# --- page headers and footers -------------------------------------------------------------


_PAGED = (
    "Odder Kommune\n\nReferat\nSocialudvalget\n\nMødedato\n3. marts 2025\n\n"
    "Side 1 af 4\n\fSocialudvalget\n03-03-2025\n\n1. Godkendelse af dagsorden\n\nBeslutning\n"
    "Godkendt.\n\nSide 2 af 4\n\fSocialudvalget\n03-03-2025\n\n2. Budget\n\nBeslutning\n"
    "Godkendt.\n\nSide 3 af 4\n\fSocialudvalget\n03-03-2025\n\n3. Eventuelt\n\nBeslutning\n"
    "Intet.\n\nSide 4 af 4\n"
)


def _paged() -> str:
    """``_PAGED`` as the reader hands it on (a form feed read as a page break)."""
    return read_bytes(_PAGED.encode(), ".txt").text


def test_undated_page_header_and_the_date_under_it_are_furniture() -> None:
    lines = prepare(_paged())
    found = text.furniture(lines)
    heads = [ln.index for ln in lines if ln.clean in ("Socialudvalget", "03-03-2025")]
    assert set(heads) <= found
    # (an item's "Godkendt." closing page after page is no footer)
    assert not [ln for ln in lines if ln.index in found and ln.clean == "Godkendt."]


def test_first_page_copy_of_the_page_header_names_the_body() -> None:
    lines = prepare(_paged())
    skip = text.furniture(lines)
    first = text.first_page_heads(lines, skip, len(lines))
    assert [lines[k].clean for k in sorted(first)] == ["Socialudvalget"]
    assert parse_text(_paged(), SourceHints()).forum == "Socialudvalget"


def test_undated_page_footer_over_the_page_number() -> None:
    lines = _lines(FIXTURES[0])
    pages = text.page_numbers(lines)
    feet = text._undated_page_feet(lines, pages)
    assert {lines[k].clean for k in feet} == {"Ældre- og Handicapudvalget - Referat"}


# --- a sentence over a page break -----------------------------------------------------------


def _body(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_sentence_over_a_page_break_is_one_paragraph() -> None:
    body = _body("Vedtaget med 20 stemmer for og 3 stemmer", "", "Side 4 af 9", "", "imod (Ø).")
    kept = parse._furniture_off(body, {2})
    assert [ln.clean for ln in kept] == ["Vedtaget med 20 stemmer for og 3 stemmer", "imod (Ø)."]


@pytest.mark.parametrize(
    "texts",
    [
        ("Godkendt.", "", "Side 4 af 9", "", "men med bemærkninger."),  # a full stop before it
        ("Godkendt med 20 stemmer", "", "Side 4 af 9", "", "Bilag"),  # a capital after it
    ],
)
def test_paragraphs_apart_over_a_page_break_stay_apart(texts: tuple[str, ...]) -> None:
    kept = parse._furniture_off(_body(*texts), {2})
    assert [ln.clean for ln in kept] == [texts[0], "", "", texts[4]]


def test_decision_over_a_page_break_reads_as_one_paragraph() -> None:
    meeting = _meeting(FIXTURES[2])
    decision = next(s.text for s in meeting.items[2].sections if s.key == "beslutning")
    assert decision.endswith("(Ø, O), idet projektets\ndriftsudgifter indarbejdes i budget 2026.")


# --- the header -------------------------------------------------------------------------------


def test_members_listed_under_the_fields_first_name() -> None:
    lines = to_lines(
        "Medlemmer:   Ane Holm (V), formand\n"
        "             Bo Lind (A), næstformand\n"
        "             Ib Krog (C)\n"
        "\n"
        "(bemærk) samt de øvrige medlemmer\n"
    )
    head, _ = parse._parse_header(lines, set(), [])
    assert [p.name for p in head.participants] == ["Ane Holm", "Bo Lind", "Ib Krog"]


def test_a_wrapped_values_rest_is_no_member() -> None:
    lines = to_lines(
        "Medlemmer: Ane Holm (V) (formand), Bo Lind (A)\n(næstformand) samt de øvrige medlemmer\n"
    )
    head, _ = parse._parse_header(lines, set(), [])
    assert [p.name for p in head.participants] == ["Ane Holm (V) (formand)", "Bo Lind"]


@pytest.mark.parametrize(
    "line",
    [
        "Pkt. 4 blev behandlet efter pkt. 6.",
        "Punkt 3 behandles før punkt 2.",
        "Åbent møde. Punkt 8 behandles for lukkede døre.",
        "Punkterne 7 og 8 blev behandlet for lukkede døre.",
    ],
)
def test_note_on_the_items_handling(line: str) -> None:
    assert header.meeting_event(line)


@pytest.mark.parametrize(
    "line",
    [
        "Punkt 4 blev behandlet i Økonomiudvalget den 3. marts.",  # another body's handling
        "Sagen behandles efter reglerne i serviceloven.",  # no item's number
    ],
)
def test_other_handling_sentences_are_no_notes(line: str) -> None:
    assert not header.meeting_event(line)


def test_others_present_are_participants() -> None:
    lines = to_lines("Referat\nByrådet\nDato: 3. marts 2025\nØvrige: Kommunaldirektør Ole Brandt\n")
    head = header.read_header(lines, set(), set())
    assert [p.name for p in head.participants] == ["Kommunaldirektør Ole Brandt"]


def test_header_notes_are_kept() -> None:
    assert _meeting(FIXTURES[2]).notes == "Pkt. 5 blev behandlet efter pkt. 6."
    assert _meeting(FIXTURES[3]).notes == (
        "Åbent møde. Punkt 4 behandles for lukkede døre.\nNæste møde: onsdag d. 5/3 2025 kl. 13.00"
    )


# --- the end of the minutes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Referatet er godkendt og signeret digitalt af formanden.",
        "Referatet blev godkendt og underskrevet elektronisk af formand og næstformand.",
    ],
)
def test_minutes_approved_and_signed(line: str) -> None:
    assert base._MINUTES_APPROVED_BY.match(line)


def test_closing_lines_after_a_councils_signatures() -> None:
    firsts = ("Anne", "Bent", "Carl", "Dorte", "Erik", "Frida", "Gert", "Hanne", "Ivan")
    names = [f"{first} {last} (A)" for first in firsts for last in ("Bæk", "Lund")][:15]
    lines = to_lines(
        "Underskriftsblad\n\n"
        + "\n".join(names)
        + "\n\nMødet hævet kl. 21.10\n\nProtokollen er underskrevet digitalt den 3. marts 2025.\n"
        + "\nEn sætning, der ikke er en afslutning, men tekst.\n"
    )
    placed = base._signature_lines(lines, 0)
    texts = [lines[k].clean for k in placed]
    assert texts[-2:] == [
        "Mødet hævet kl. 21.10",
        "Protokollen er underskrevet digitalt den 3. marts 2025.",
    ]
    assert len(texts) == len(names) + 2


@pytest.mark.parametrize("file", FIXTURES)
def test_every_line_is_placed(file: str) -> None:
    """Page furniture, the wrapped members, the header's notes, the next meeting's date
    under the contents and the closing lines after the signatures: all placed."""
    meeting = _meeting(file)
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


# --- question time that no one used ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Der var ikke anmeldt spørgsmål.",
        "Der blev ikke stillet nogen spørgsmål.",
        "Der var ikke modtaget spørgsmål",
    ],
)
def test_no_questions_is_no_decision(line: str) -> None:
    assert decisions._says_nothing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Der var ikke anmeldt spørgsmål til punktet, og forslaget blev godkendt.",
        "Der blev ikke stillet spørgsmål ved regnskabet.",
    ],
)
def test_more_than_no_questions_is_read(line: str) -> None:
    assert not decisions._says_nothing(line)
