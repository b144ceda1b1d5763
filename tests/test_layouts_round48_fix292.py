"""The forty-eighth round's rules for committee and council minutes printed to PDF by an
agenda system and turned into text by ``pdftotext -layout`` (layouts292): an item's field
box as a fixed-width table (a head row with a case column over one row of values); a
second column of header fields opened by "Lokale:", "Sluttid:" or "Mødet hævet:"; a short
document's bare page numbers and its running head found once; a region's title row and a
"Beslutningsreferat" beside the owner."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.layouts import SourceHints, header, parse_text
from analysis.layouts.field_row import _gapped_field_rows, _values_under, field_rows
from analysis.layouts.owner_kind import owner_and_kind
from analysis.layouts.text import counted_page_feet

_BOX = (
    "4.  Ny cykelsti langs Fjordvej\n"
    "\n"
    "    Sagsnr.                 Dok.nr.         Åben/Lukket\n"
    "    05.01.02-P20-7-22       30114-22        Åben\n"
    "\n"
    "Sagsfremstilling:\n"
    "Forvaltningen har projekteret stien.\n"
)


def test_a_fixed_width_field_box_is_read_as_the_items_fields() -> None:
    out = field_rows(_BOX).split("\n")
    assert out[2:5] == ["Sagsnr.: 05.01.02-P20-7-22", "Dok.nr.: 30114-22", "Åben/Lukket: Åben"]
    assert out[0] == "4.  Ny cykelsti langs Fjordvej" and out[5] == ""


def test_a_value_of_several_words_stays_one_cell() -> None:
    text = (
        "\n     Sagsnummer          Sagsbehandler                 Åben/lukket\n"
        "     21/5512             Jens Ole Bak                  Åben\n\n"
    )
    assert _gapped_field_rows(text).split("\n")[1:4] == [
        "Sagsnr.: 21/5512",
        "Sagsbehandler: Jens Ole Bak",
        "Åben/lukket: Åben",
    ]


def test_an_empty_cell_leaves_its_field_out() -> None:
    text = (
        "\nSagsnr.          Sagsbehandler        Dato\n"
        "22/4100                               03.05.2022\n\n"
    )
    assert _gapped_field_rows(text).split("\n")[1:3] == ["Sagsnr.: 22/4100", "Dato: 03.05.2022"]


@pytest.mark.parametrize(
    ("heads", "row", "expected"),
    [
        ([(0, "Sagsnr."), (20, "Dato")], [(0, "22/1"), (20, "1.2.2022")], ["22/1", "1.2.2022"]),
        ([(0, "Sagsnr."), (20, "Dato")], [(0, "22/1")], ["22/1", ""]),
        ([(0, "Sagsnr."), (20, "Dato")], [(19, "1.2.2022")], ["", "1.2.2022"]),  # shifted a little
        ([(4, "Sagsnr."), (20, "Dato")], [(0, "x")], None),  # left of the first column
        ([(0, "Sagsnr."), (20, "Dato")], [(0, "22/1"), (8, "x")], None),  # two under one head
    ],
)
def test_values_under(
    heads: list[tuple[int, str]], row: list[tuple[int, str]], expected: list[str] | None
) -> None:
    assert _values_under(heads, row) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a contents table: many rows under the head
        "\nNr.   Sagsnr.    Titel\n1     22/1       Budget\n2     22/2       Regnskab\n\n",
        # the case column holds titles, no case numbers
        "\nPunkt    Sag\n1        Budget for skolerne\n\n",
        # no case column at all
        "\nDato          Tid\n03.05.2022    14:00\n\n",
        # a head row with text right above it: no box set apart
        "Se nedenfor.\nSagsnr.       Dok.nr.\n22/4100       1234-22\n\n",
        # one space between the cells: no fixed-width table
        "\nSagsnr. Dok.nr.\n22/4100 1234-22\n\n",
    ],
)
def test_other_tables_and_lines_stay_as_written(text: str) -> None:
    assert field_rows(text) == text


def _columns(*rows: str) -> list[str]:
    return [ln.clean for ln in header._split_columns(parse.to_lines("\n".join(rows)))]


def test_a_second_column_opened_by_the_rooms_label_is_a_field() -> None:
    assert _columns("Mødedato: 01-04-2019 Lokale: Udvalgsværelse 1, Rådhuset") == [
        "Mødedato: 01-04-2019",
        "Lokale: Udvalgsværelse 1, Rådhuset",
    ]
    assert _columns("Starttid: 16:30 Sluttid: 18:50") == ["Starttid: 16:30", "Sluttid: 18:50"]


def test_the_meetings_end_beside_the_place_is_no_part_of_it() -> None:
    assert _columns("Mødested: Byrådssalen, Torvet 1 Mødet hævet: Kl. 22:05") == [
        "Mødested: Byrådssalen, Torvet 1",
        "Mødet hævet: Kl. 22:05",
    ]


def test_a_room_in_lower_case_stays_in_the_place() -> None:
    assert _columns("Mødested: Rådhuset, lokale: 2.14") == ["Mødested: Rådhuset, lokale: 2.14"]


_TWO_PAGES = (
    "1. Title\n\nSagsfremstilling\nTekst der fortsætter\n\n{foot}\n\n\n\n"
    "Ældrerådet   05-03-2024\n\nover siden.\n\nBeslutning\nGodkendt.\n\n{last}\n"
)


def test_a_short_documents_bare_page_numbers_and_its_head_once() -> None:
    lines = parse.to_lines(_TWO_PAGES.format(foot="1", last="2"))
    found = {lines[i].clean for i in counted_page_feet(lines)}
    assert found == {"1", "2", "Ældrerådet 05-03-2024"}


@pytest.mark.parametrize(
    ("foot", "last"),
    [
        ("1", "3"),  # no count on by one
        ("4", "5"),  # no first pages
        ("1", "Godkendt af formanden."),  # the last number does not close the text
    ],
)
def test_numbers_that_count_no_pages_are_no_furniture(foot: str, last: str) -> None:
    lines = parse.to_lines(_TWO_PAGES.format(foot=foot, last=last))
    assert counted_page_feet(lines) == set()


def test_a_number_right_over_its_title_is_no_page_number() -> None:
    # "1" / "Title" (an item's number over its title, no blank run under it)
    text = "1\nBudget\n\nGodkendt.\n\n2\nRegnskab\n\nGodkendt.\n\n3\n"
    assert counted_page_feet(parse.to_lines(text)) == set()


def test_a_decisions_referat_beside_the_owner() -> None:
    assert owner_and_kind("Ringsted Kommune Beslutningsreferat") == (
        "Ringsted Kommune",
        "Beslutningsreferat",
    )
    assert owner_and_kind("Ringsted Kommune Referatet") is None


@pytest.mark.parametrize(
    "title",
    ["Region Midtjylland\tReferat", "REGION HOVEDSTADEN - DAGSORDEN", "Region Sjælland Referat"],
)
def test_a_regions_title_row_is_placed(title: str) -> None:
    text = (
        f"{title}\n\nRegionsrådet\n\nMødedato: 12-09-2024\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    )
    meeting = parse_text(text, SourceHints())
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings
