"""Forty-first round (layouts246): PDF minutes printed as one item table in landscape.

What the round taught the PDF reader: an item table's row cut by a page break goes on under
the head row repeated on the next page (``read.pdf._continued_rows``); a line broken by hand
inside an item table's cell stays a line (``read.pdf._tables``); the meeting's date and the
committee named only in the page header (``Mødedato: …``, ``<udvalg> | Referat``) are read
once above the text (``read.pdf._furniture_date``, ``_furniture_body``). Each rule with the
cases it must leave alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.read import read_bytes
from analysis.read.item_table import item_head
from analysis.read.pdf import (
    _continued_rows,
    _furniture_body,
    _furniture_date,
    _Grid,
    _join,
    _Seg,
    _tables,
    _text_top,
)

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"

#: Left edges of the columns Nr. | Sag | Indstilling | Beslutning.
COLUMNS = (40.0, 80.0, 300.0, 600.0)
HEAD = ["Nr.", "Sag", "Indstilling", "Beslutning"]


def _seg(text: str, x0: float, y: float, page: int = 0) -> _Seg:
    """A line of 9-point text, each character 4.5 units wide."""
    first = text.split(" ", 1)[0]
    return _Seg(
        text=text,
        page=page,
        x0=x0,
        x1=x0 + 4.5 * len(text),
        y=y,
        size=9.0,
        bold=False,
        fw=4.5 * len(first),
        space=2.5,
        tx0=x0,
    )


def _row(cells: list[str], y: float, page: int, lefts=COLUMNS) -> _Seg:
    seg = _seg("\t".join(cells), lefts[0], y, page)
    seg.cells, seg.lefts = list(cells), list(lefts[: len(cells)])
    return seg


# --- item_head ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (HEAD, True),
        (["Pkt.", "Emne", "Referat"], True),
        (["Nr.", "Sag", "Sagsfremstilling (resumé)", "Indstilling", "Beslutning"], True),
        # a facts table, a two-column field table and a plan of who does what: no items
        (["Udvalg", "Teknisk Udvalg", "Mødested", "Rådhuset"], False),
        (["Indstilling", "Beslutning"], False),
        (["Nr.", "Opgave", "Ansvarlig"], False),
    ],
)
def test_item_head(cells: list[str], expected: bool) -> None:
    assert item_head(cells) is expected


# --- the text's top --------------------------------------------------------------------


def test_text_top_stops_at_the_item_tables_head_row() -> None:
    text = "Holstebro Kommune\n\nMødested: Rådhuset\nNr.\tSag\tIndstilling\tBeslutning\n1\tX\tY\tZ"
    assert _text_top(text) == "Holstebro Kommune\n\nMødested: Rådhuset"


def test_text_top_keeps_a_facts_table() -> None:
    text = "Referat\nUdvalg\tSocialudvalget\tMødested\tRådhuset\nMødedato\t3. juni 2025"
    assert "Socialudvalget" in _text_top(text)


# --- the date in the page header -------------------------------------------------------


def test_date_only_in_the_page_header_is_read() -> None:
    running = ["Holstebro Kommune", "Referat", "Mødedato: 14.05.2025", "Side 1 af 2"]
    text = "Mødetidspunkt: 15:00\nMødested: Rådhuset\nNr.\tSag\tBeslutning\n1\tBudget 2026\tOk"
    assert _furniture_date(running, text) == "Mødedato: 14.05.2025"


@pytest.mark.parametrize(
    "running",
    [
        ["Holstebro Kommune", "Dato for udskrift: 16.05.2025"],  # a print date
        ["Udskrevet 16.05.2025 10:02", "Side 1 af 2"],
        ["Mødedato: snart"],  # a label without a date
    ],
)
def test_no_meeting_date_in_the_page_header(running: list[str]) -> None:
    assert _furniture_date(running, "Mødested: Rådhuset\n\n1. Budget") is None


def test_the_texts_own_date_wins() -> None:
    running = ["Mødedato: 14.05.2025"]
    assert _furniture_date(running, "Mødedato: 14. maj 2025 kl. 15.00\n\n1. Budget") is None


# --- the committee beside the document's kind in the page header -------------------------


@pytest.mark.parametrize(
    "line", ["Kultur- og Fritidsudvalget | Referat", "Dagsorden · Kultur- og Fritidsudvalget"]
)
def test_body_beside_the_kind_in_the_page_header(line: str) -> None:
    top = "HOLSTEBRO KOMMUNE\n\n## Referat\n\nMødedato: 4. juni 2025"
    assert _furniture_body(["HOLSTEBRO KOMMUNE", line], top) == "Kultur- og Fritidsudvalget"


def test_body_in_the_page_header_not_where_the_top_names_one() -> None:
    top = "Referat\n\nSocialudvalget\n\nMødedato: 4. juni 2025"
    assert _furniture_body(["Kultur- og Fritidsudvalget | Referat"], top) is None


def test_other_parts_of_a_header_line_stay() -> None:
    # only the document's kind is taken off: a line of two names is no body's name alone
    top = "Referat\n\nMødedato: 4. juni 2025"
    assert _furniture_body(["Kultur- og Fritidsudvalget | Center for Kultur"], top) is None


# --- a row over a page break -------------------------------------------------------------


def test_row_over_a_page_break_goes_on_under_the_repeated_head() -> None:
    entries = [
        _row(HEAD, 500, 0),
        _row(["1", "Velkomst", "Ingen.", "Godkendt."], 480, 0),
        _row(["2", "Budget 2026", "Forslaget er udarbejdet fra", "Godkendt, dog"], 460, 0),
        _row(HEAD, 500, 1),
        _seg("Sagsnr. 25/1234", COLUMNS[1], 480, 1),
        _seg("januar.", COLUMNS[2], 480, 1),
        _seg("med en ændring.", COLUMNS[3], 480, 1),
        _row(["3", "Eventuelt", "", "Intet."], 460, 1),
    ]
    out = _continued_rows(entries, _join)
    assert [s.cells for s in out if s.cells] == [
        HEAD,
        ["1", "Velkomst", "Ingen.", "Godkendt."],
        [
            "2",
            "Budget 2026\nSagsnr. 25/1234",
            "Forslaget er udarbejdet fra januar.",
            "Godkendt, dog med en ændring.",
        ],
        ["3", "Eventuelt", "", "Intet."],
    ]
    assert out[2].text == "\t".join(out[2].cells)


def test_row_over_a_page_break_as_a_row_with_an_empty_number_cell() -> None:
    # "11. Title" across the number's and the title's columns: the title cell takes both
    lefts = (COLUMNS[0], COLUMNS[2], COLUMNS[3])
    entries = [
        _row(HEAD, 500, 0),
        _row(["11. Cykelparkering ved skolen", "Det indstilles, at", "Godkendt."], 460, 0, lefts),
        _row(HEAD, 500, 1),
        _row(
            ["", "Sagsnr.: 25/0001", "1. ordningen forlænges", "Et mindretal (Ø) stemte imod."],
            480,
            1,
        ),
        _row(["12.", "Eventuelt", "", "Intet."], 460, 1),
    ]
    out = _continued_rows(entries, _join)
    assert out[1].cells == [
        "11. Cykelparkering ved skolen\nSagsnr.: 25/0001",
        "Det indstilles, at 1. ordningen forlænges",
        "Godkendt.\nEt mindretal (Ø) stemte imod.",
    ]
    firsts = [s.cells[0] for s in out if s.cells]
    assert firsts == ["Nr.", "11. Cykelparkering ved skolen\nSagsnr.: 25/0001", "12."]


def test_rows_not_continued() -> None:
    facts = ["Udvalg", "Socialudvalget", "Mødested", "Rådhuset"]
    entries = [
        _row(facts, 500, 0),  # no item table: its repeat on the next page stays
        _row(["1", "Velkomst", "Ingen.", "Godkendt."], 480, 0),
        _row(facts, 500, 1),
        _seg("Tekst i spalten.", COLUMNS[2], 480, 1),
    ]
    assert _continued_rows(entries, _join) == entries
    # the head row again on the same page (a second table) is no repeat
    same_page = [_row(HEAD, 500, 0), _row(["1", "A", "B", "C"], 480, 0), _row(HEAD, 300, 0)]
    assert _continued_rows(same_page, _join) == same_page


def test_repeated_head_over_a_whole_row_is_dropped() -> None:
    entries = [
        _row(HEAD, 500, 0),
        _row(["1", "Velkomst", "Ingen.", "Godkendt."], 480, 0),
        _row(HEAD, 500, 1),
        _row(["2", "Eventuelt", "", "Intet."], 480, 1),
    ]
    out = _continued_rows(entries, _join)
    assert [s.cells[0] for s in out if s.cells] == ["Nr.", "1", "2"]


def test_row_goes_straight_on_without_a_repeated_head() -> None:
    entries = [
        _row(HEAD, 500, 0),
        _row(["1", "Budget 2026", "Forslaget er udarbejdet fra", "Godkendt."], 480, 0),
        _seg("januar.", COLUMNS[2], 500, 1),
        _row(["", "Sagsnr. 25/1234", "", "Hans Dal (V) tog forbehold."], 488, 1),
        _row(["2", "Eventuelt", "", "Intet."], 460, 1),
    ]
    out = _continued_rows(entries, _join)
    assert [s.cells for s in out if s.cells][1:] == [
        [
            "1",
            "Budget 2026\nSagsnr. 25/1234",
            "Forslaget er udarbejdet fra januar.",
            "Godkendt.\nHans Dal (V) tog forbehold.",
        ],
        ["2", "Eventuelt", "", "Intet."],
    ]


def test_no_row_goes_on_past_text_or_from_the_margin() -> None:
    row = ["1", "Budget 2026", "Forslaget er udarbejdet.", "Godkendt."]
    # text after the table on its page: the table ended there
    after_text = [
        _row(HEAD, 500, 0),
        _row(row, 480, 0),
        _seg("Mødet hævet kl. 17.00.", COLUMNS[0], 440, 0),
        _seg("Underskrevet af formanden.", COLUMNS[2], 500, 1),
    ]
    assert _continued_rows(after_text, _join) == after_text
    # the next page opening at the margin (the number's column) or between the columns
    for x0 in (COLUMNS[0], 150.0):
        entries = [_row(HEAD, 500, 0), _row(row, 480, 0), _seg("Bilag: Budgetnotat", x0, 500, 1)]
        assert _continued_rows(entries, _join) == entries


# --- a line broken by hand in an item table's cell --------------------------------------


def _table_rows(decision: list[str], head: list[str] = HEAD) -> list[str]:
    """The cells of a page's rows: the head, the row with ``decision`` (its lines), and a
    row whose long decision line sets the column's right edge."""
    segs = [_seg(h, x, 500) for h, x in zip(head, COLUMNS, strict=True)]
    segs += [_seg("1", 40, 480), _seg("Velkomst", 80, 480), _seg("Ingen.", 300, 480)]
    segs += [_seg(line, 600, 480 - 12 * k) for k, line in enumerate(decision)]
    segs += [_seg("2", 40, 400), _seg("Budget", 80, 400), _seg("Ingen.", 300, 400)]
    segs += [_seg("Taget til efterretning, og udvalget ønsker en", 600, 400)]
    segs += [_seg("ny status i juni.", 600, 388)]
    return [s.cells[-1] for s in _tables(segs, _join) if s.cells]


def test_line_broken_by_hand_in_an_item_tables_cell_stays_a_line() -> None:
    cells = _table_rows(["Godkendt med den ændring, at", "der oprettes en plads mere."])
    assert cells[1] == "Godkendt med den ændring, at\nder oprettes en plads mere."
    # a wrapped line (the next word would not have fitted) is joined as before
    assert cells[2] == "Taget til efterretning, og udvalget ønsker en ny status i juni."


def test_line_broken_before_a_figure_is_joined() -> None:
    # "2. at …" on a line of its own would read as the next row's number
    cells = _table_rows(["Anbefales, idet", "2. at punktet udgår."])
    assert cells[1] == "Anbefales, idet 2. at punktet udgår."


def test_line_broken_in_another_tables_cell_is_joined() -> None:
    head = ["Punkt", "Ansvarlig", "Frist", "Status"]  # no item table's head row
    cells = _table_rows(["Godkendt med den ændring, at", "der oprettes en plads mere."], head)
    assert cells[1] == "Godkendt med den ændring, at der oprettes en plads mere."


# --- the fixtures, read whole ----------------------------------------------------------


def test_fixture_row_over_the_page_break() -> None:
    name = "generic-pdf-tabel-raekke-over-sideskift.pdf"
    text = read_bytes((RAW / name).read_bytes(), ".pdf").text
    assert text.startswith("Struer Kommune\n\nMødedato: 12.03.2025\n")
    assert "## 4. Status på kunstgræsbanen ved Idrætscentret\nSagsnr. 18.15.00-G01-1-25\n" in text
    assert "når banen har været i brug en hel sæson." in text
    assert "\nNr.\n" not in text and "## 5. Eventuelt" in text


def test_fixture_broken_cell_lines_and_forum_in_the_header() -> None:
    name = "generic-pdf-tabel-celle-linjeskift-forum-sidehoved.pdf"
    text = read_bytes((RAW / name).read_bytes(), ".pdf").text
    assert "\nBørne- og Familieudvalget\n" in text
    assert "Godkendt med den ændring, at\nder oprettes en ekstra gæsteplads" in text


# --- the columns of a table going on at the next page's top ------------------------------


def _page_rows(segs: list[_Seg], grid: _Grid) -> list[list[str]]:
    return [list(s.cells) for s in _tables(segs, _join, grid) if s.cells]


def _first_page(*more: _Seg) -> _Grid:
    """The grid a first page leaves: the head row, a row "1 | Budget | … | Godkendt." and
    ``more`` under it."""
    grid = _Grid()
    first = [_seg(h, x, 500) for h, x in zip(HEAD, COLUMNS, strict=True)]
    first += [_seg("1", 40, 480), _seg("Budget", 80, 480), _seg("Godkendt.", 600, 480)]
    _page_rows([*first, *more], grid)
    return grid


def test_table_at_a_pages_foot_gives_its_columns_to_the_next_page() -> None:
    grid = _first_page()
    assert grid.columns == list(COLUMNS) and grid.items
    # "2 | Eventuelt | (empty) | Intet." on the next page, no head row there
    second = [_seg("2", 40, 500, 1), _seg("Eventuelt", 80, 500, 1), _seg("Intet.", 600, 500, 1)]
    second += [_seg("3", 40, 480, 1), _seg("Punkt", 80, 480, 1), _seg("Ingen.", 300, 480, 1)]
    assert _page_rows(second, grid)[0] == ["2", "Eventuelt", "", "Intet."]


def test_table_ending_before_text_gives_no_columns_on() -> None:
    grid = _first_page(_seg("Mødet hævet kl. 17.00.", 40, 440))
    assert grid.columns == [] and not grid.items
    second = [_seg("Navn", 40, 500, 1), _seg("Parti", 80, 500, 1), _seg("Rolle", 600, 500, 1)]
    second += [_seg("Eva", 40, 480, 1), _seg("V", 80, 480, 1), _seg("Formand", 600, 480, 1)]
    assert _page_rows(second, grid)[0] == ["Navn", "Parti", "Rolle"]
