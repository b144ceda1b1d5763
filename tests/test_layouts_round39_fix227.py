"""Round thirty-nine (layouts227: case and journal numbers in every form case systems print
them): the case printed before the title on the line under "Punkt N" ("Sag nr. 2025-001774
– Title"), a contents table with a column of case numbers between number and title whose
spacing was lost, and a journal number broken after its facet's hyphen, its serial and
year on the next line. The fixtures ``beslutning_i-punkt-sagsnr-foer-titel-sagskolonne.txt``,
``flat_toc-journalnr-brudt-efter-bindestreg.txt`` and
``agenda-sagsnr-brudt-efter-bindestreg.txt`` hold the layouts."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.headings import candidates, toc_entry
from analysis.layouts.inline_case import bracketed_case, leading_case
from analysis.parse import Line, broken_case_rest, match_case_number, to_lines

# --- the case before the title under "Punkt N" -----------------------------------------


def _head(second: str) -> tuple[int, str, str | None]:
    lines = to_lines(f"Punkt 4\n{second}\nBeslutning Byrådet 11-03-2025\nGodkendt.\n")
    h = candidates(lines, set())[0]
    return h.number, h.title, h.case_number


@pytest.mark.parametrize(
    ("second", "title", "case"),
    [
        ("Sag nr. 2025-001774 – Takstblad 2026", "Takstblad 2026", "2025-001774"),
        ("J.nr. 05.01.00-G01-14-25 – Vintertjeneste", "Vintertjeneste", "05.01.00-G01-14-25"),
        ("Sagsnr. 25/1187 - Ny skolevej", "Ny skolevej", "25/1187"),
        ("(sag 24/3310) – Salg af grund", "Salg af grund", "24/3310"),
    ],
)
def test_the_case_before_the_title_under_the_items_number(
    second: str, title: str, case: str
) -> None:
    assert _head(second) == (4, title, case)


def test_a_title_opening_with_the_word_sag_stays_whole() -> None:
    assert _head("Sagsbehandlingstider - status")[:2] == (4, "Sagsbehandlingstider - status")


def test_the_sag_nr_line_is_no_item_of_the_years_number() -> None:
    text = (
        "Byrådet - Referat\nTirsdag 11-03-2025 kl. 18:30\n\n"
        "Punkt 1\nSag nr. 2025-001774 – Takstblad 2026\n"
        "Beslutning Byrådet 11-03-2025\nGodkendt.\n\n"
        "Punkt 2\nSag nr. 2024-018230 – Salg af grunde\n"
        "Beslutning Byrådet 11-03-2025\nUdsat.\n"
    )
    items = parse_text(text).items
    assert [(i.number, i.title, i.case_number) for i in items] == [
        (1, "Takstblad 2026", "2025-001774"),
        (2, "Salg af grunde", "2024-018230"),
    ]


# --- a contents table with a column of case numbers -------------------------------------


@pytest.mark.parametrize(
    ("row", "number", "title", "case"),
    [
        ("3 2024-005613 Regnskab 2024", 3, "Regnskab 2024", "2024-005613"),
        ("12 25/11872 Ny daginstitution", 12, "Ny daginstitution", "25/11872"),
        (
            "5 27.69.48-G01-12-24 Tilsyn med plejehjem",
            5,
            "Tilsyn med plejehjem",
            "27.69.48-G01-12-24",
        ),
    ],
)
def test_a_contents_row_with_its_case_between_number_and_title(
    row: str, number: int, title: str, case: str
) -> None:
    entry = toc_entry(Line(0, row, 0))
    assert entry is not None
    assert (entry.number, entry.title, entry.case) == (number, title, case)


@pytest.mark.parametrize(
    "row",
    [
        "3 2025-2028 Budgetoverslag",  # a span of years opens the title
        "4 24/7 Beredskab",  # no case: too short a serial
        "6 2024 Regnskab",  # a year alone
    ],
)
def test_no_case_column_in_a_title_opening_with_figures(row: str) -> None:
    entry = toc_entry(Line(0, row, 0))
    assert entry is None or entry.case is None


# --- a journal number broken after its hyphen -------------------------------------------


@pytest.mark.parametrize(
    ("found", "text", "whole"),
    [
        ("01.02.05-P16-", "9-22", "01.02.05-P16-9-22"),
        ("09.00.00-G01-", "17-24   Sagsbehandler: Ib Holm", "09.00.00-G01-17-24"),
        ("09.00.00-", "G01-17-24", "09.00.00-G01-17-24"),
        ("25/", "3318   Sagsbehandler: Ib Holm", "25/3318"),
        ("2024-", "012345", "2024-012345"),
        ("09.00.00-G01-", "4 punkter", None),  # no number of a known scheme
        ("2024-", "2025", None),  # a span of years
        ("25/", "Sagsbehandler: Ib Holm", None),
        ("25/3318", "4-23", None),  # a whole number takes nothing
    ],
)
def test_the_rest_of_a_broken_case_number(found: str, text: str, whole: str | None) -> None:
    assert broken_case_rest(found, text) == whole


_BROKEN = (
    "Teknisk Udvalg\nReferat\nMandag den 3. februar 2025 kl. 15.00\n\n"
    "1. Naturpleje ved Fur\n{case}\n{rest}\n\nSagsfremstilling\nAfgræsning.\n\n"
    "Beslutning\nGodkendt.\n\n"
    "2. Eventuelt\n\nBeslutning\nIntet.\n"
)


def test_a_broken_journal_number_is_read_whole() -> None:
    text = _BROKEN.format(case="J.nr.: 09.00.00-G01-", rest="17-24   Sagsbehandler: Ib Holm")
    item = parse_text(text).items[0]
    assert item.case_number == "09.00.00-G01-17-24"
    assert "17-24" not in " ".join(s.text for s in item.sections)


def test_a_whole_number_takes_nothing_from_the_line_under_it() -> None:
    text = _BROKEN.format(case="J.nr.: 09.00.00-G01-17-24", rest="12-14 dage om ugen")
    assert parse_text(text).items[0].case_number == "09.00.00-G01-17-24"


def test_a_number_broken_after_its_slash_is_read_whole() -> None:
    text = _BROKEN.format(case="Sagsnr.: 25/", rest="3318   Sagsbehandler: Ib Holm")
    assert parse_text(text).items[0].case_number == "25/3318"


def test_a_broken_number_read_in_the_items_body() -> None:
    text = (
        "Teknisk Udvalg\n\nREFERAT\n\nDato: 3. februar 2025\n\n"
        "Punkt 1: Naturpleje ved Fur\n\nSagsnr.: 09.00.00-G01-\n17-24   Dok.nr.: 12345-25\n\n"
        "Beslutning:\nGodkendt.\n\n\nPunkt 2: Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    assert parse_text(text).items[0].case_number == "09.00.00-G01-17-24"


# --- the case before the title on the heading's own line -------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("25/3318 Kommuneplantillæg for Ørum", ("Kommuneplantillæg for Ørum", "25/3318")),
        ("2025-004411 – Ny skolevej ved Hornslet", ("Ny skolevej ved Hornslet", "2025-004411")),
        ("Sag nr. 2025-004411 – Ny skolevej", ("Ny skolevej", "2025-004411")),
        ("Sagsnummer 2025-0012877 – Vandplan 2030", ("Vandplan 2030", "2025-0012877")),
        (
            "J.nr. 06.02.00-P20-3-24 – Regulering af Alling Å",
            ("Regulering af Alling Å", "06.02.00-P20-3-24"),
        ),
        ("45/2024 Lokalplan for Ørum", None),  # the year's running number
        ("2025-2028 Budgetoverslag for driften", None),  # a span of years
        ("24/7 Beredskab i hjemmeplejen", None),
        ("EMN-2025-04418 Frivillighedspris 2025", ("Frivillighedspris 2025", "EMN-2025-04418")),
        ("25/3318 Orientering", None),  # one word left: no title
        ("ABC-20 Ny hal ved skolen", None),  # no case system's number
    ],
)
def test_a_case_number_leading_the_title(title: str, expected: tuple[str, str] | None) -> None:
    assert leading_case(title) == expected


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("SBSYS 24-000123   Dok.nr. 123456-24", "24-000123"),
        ("Acadre 23/12345 · Akt-id 2451187", "23/12345"),
        ("SBSYS 24-000123", "24-000123"),
        ("Acadre 23/12345 Dokumenter til mødet", None),  # prose after the number
        ("F2 12.30-13.00", None),  # a room and a time slot
    ],
)
def test_a_case_systems_number_beside_the_papers_number(line: str, case: str | None) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tilskud til koncerter (Acadre 25/11872)", ("Tilskud til koncerter", "25/11872")),
        ("Ny hal [SBSYS sag 24-000123]", ("Ny hal", "24-000123")),
        ("Ny hal ved skolen [EMN-2025-04417]", ("Ny hal ved skolen", "EMN-2025-04417")),
        ("Møde i lokalet (F2 12.30-13.00)", None),  # a room and a time slot
        ("Budget (Acadre-undervisning)", None),
    ],
)
def test_a_case_systems_number_in_brackets_after_the_title(
    title: str, expected: tuple[str, str] | None
) -> None:
    assert bracketed_case(title) == expected
