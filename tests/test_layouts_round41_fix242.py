"""Forty-first round, layouts242: minutes written as one table, a row per agenda item.

A markdown pipe table with no number column (``Titel | Sagsnr. | Drøftelse | Konklusion``),
its rows the items in order (``text.unpipe``, ``_is_unnumbered_item_table``); a browser's
copy of a table with every cell on a line of its own, the row's number alone first
(``stacked_table._bare_number_table``, ``_bare_cells``); an HTML cell spanning rows
(``rowspan``) standing in each row it spans (``html._grid``, ``_spanned``); a
``Tidsfrist`` column beside the decision (``item_table._WHO_HEAD``); a table's group rows
``Indledende punkter`` and ``Sager til beslutning og drøftelse`` (``groups._GROUP``); a
guest for some items (``header._FIELD``: ``Gæst under pkt. 4:``); a choice in a clause
giving a reason (``decisions._not_in_reason_clause``).
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.groups import is_group_heading
from analysis.layouts.stacked_table import _bare_cells, stacked_item_table
from analysis.layouts.text import unpipe
from analysis.read.html import _grid
from analysis.read.item_table import item_rows

_HEAD = """Billund Kommune

**Naturrådet**

**Referat af møde tirsdag den 6. maj 2025 kl. 17.00**

Sted: Billund Rådhus, Jorden Rundt 1, lokale 3

"""


def _items(text: str) -> list[tuple[int, str, str | None]]:
    meeting = parse_text(text)
    return [(it.number, it.raw_title, it.case_number) for it in meeting.items]


def _decisions(text: str) -> list[str]:
    meeting = parse_text(text)
    return [
        next((s.text for s in it.sections if s.key == "beslutning"), "") for it in meeting.items
    ]


# --- a markdown table with no number column ---------------------------------------------

_UNNUMBERED = """| Titel | Sagsnr. | Drøftelse | Konklusion |
| --- | --- | --- | --- |
| Godkendelse af dagsorden | | | Godkendt. |
| Vandløbsregulativer | 25/1100 | Gennemgået. | Rådet anbefaler udkastet.<br>Formand skriver. |
| Eventuelt | | Intet. | |
"""


def test_a_pipe_table_without_numbers_is_the_items_in_order() -> None:
    text = _HEAD + _UNNUMBERED
    assert _items(text) == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Vandløbsregulativer", "25/1100"),
        (3, "Eventuelt", None),
    ]
    # the Konklusion column is the decision, the Drøftelse column the item's text
    assert _decisions(text)[:2] == [
        "Godkendt.",
        "Rådet anbefaler udkastet.\nFormand skriver.",
    ]


def test_a_row_with_an_empty_title_goes_on_with_the_row_above() -> None:
    text = unpipe(
        "| Emne | Beslutning |\n| --- | --- |\n| Budget 2026 | Drøftet. |\n|  | Sendes videre. |\n"
        "| Eventuelt | Intet. |\n"
    )
    assert "Pkt. 1 Budget 2026" in text and "Pkt. 2 Eventuelt" in text
    assert "Pkt. 3" not in text


@pytest.mark.parametrize(
    "table",
    [
        # no decision column: a list of topics, not the minutes' items
        "| Emne | Ansvarlig | Frist |\n| --- | --- | --- |\n| Hjemmeside | Ole | 1. juni |\n",
        # the first column is no title's ("Dato | Beslutning": a log of dates)
        "| Dato | Beslutning |\n| --- | --- |\n| 3. marts | Godkendt. |\n",
    ],
)
def test_a_table_that_names_no_title_and_decision_is_no_item_table(table: str) -> None:
    assert "Pkt. " not in unpipe(table)


def test_a_table_under_an_item_heading_is_that_items_text() -> None:
    text = unpipe(
        "## 3. Puljer 2025\n\n| Emne | Beslutning |\n| --- | --- |\n"
        "| Pulje A | Godkendt. |\n| Pulje B | Udsat. |\n"
    )
    assert "Pkt. " not in text
    assert "Pulje A\tGodkendt." in text


# --- every cell on a line of its own, the number alone ------------------------------------

_STACKED = """Pkt.
Emne
Sagsnr.
Beslutning
1
Godkendelse af dagsorden
–
Godkendt.
2
Trafikplan for Grindsted
24/5512
Forvaltningen fremlagde tre scenarier.
Scenarie 2 blev godkendt.
3
Ansøgning om tilskud til naturlegeplads
Udsat.
4
Eventuelt
–
Intet.
"""


def test_bare_numbered_rows_are_the_items_their_cells_lines_of_their_own() -> None:
    text = _HEAD.replace("**", "") + _STACKED
    assert _items(text) == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Trafikplan for Grindsted", "24/5512"),
        # the case cell left empty: no line, the next line the decision
        (3, "Ansøgning om tilskud til naturlegeplads", None),
        (4, "Eventuelt", None),
    ]
    decisions = _decisions(text)
    assert decisions[1] == "Forvaltningen fremlagde tre scenarier.\nScenarie 2 blev godkendt."
    assert decisions[2] == "Udsat."


def test_a_bare_number_run_not_from_one_is_no_table() -> None:
    text = _STACKED.replace("\n1\nGodkendelse", "\n7\nGodkendelse")
    assert stacked_item_table(text) == text


def test_a_second_head_that_names_no_title_is_no_bare_table() -> None:
    text = _STACKED.replace("Emne\n", "Ansvarlig\n", 1)
    assert stacked_item_table(text) == text


def test_bare_cells_deal_one_line_to_each_short_column() -> None:
    fields = ["Sagsnr.", "Konklusion", "Ansvarlig", "Tidsfrist"]
    lines = ["25/11043", "Drøftet.", "Formanden skriver et udkast.", "Formand", "1. juni"]
    assert _bare_cells(lines, fields) == [
        ["25/11043"],
        ["Drøftet.", "Formanden skriver et udkast."],
        ["Formand"],
        ["1. juni"],
    ]
    # the decision keeps its one line where the cells after it were left empty
    assert _bare_cells(["–", "Godkendt."], fields) == [["–"], ["Godkendt."], [], []]


def test_bare_cells_with_two_text_columns_are_dealt_as_before() -> None:
    fields = ["Indstilling", "Beslutning"]
    assert _bare_cells(["Forvaltningen indstiller.", "Godkendt."], fields) == [
        ["Forvaltningen indstiller."],
        ["Godkendt."],
    ]


# --- an HTML cell spanning rows ------------------------------------------------------------


def _table(html: str) -> list[list[list[str]]]:
    return _grid(BeautifulSoup(html, "html.parser").find("table"))


def test_a_cell_spanning_rows_stands_in_each_row() -> None:
    grid = _table(
        "<table><tr><th>Pkt.</th><th>Emne</th><th>Sagsnr.</th><th>Beslutning</th></tr>"
        "<tr><td>1</td><td>Lokalplan</td><td rowspan='2'>25/7</td><td>Anbefales.</td></tr>"
        "<tr><td>2</td><td>Kommuneplantillæg</td><td>Anbefales.</td></tr>"
        "<tr><td colspan='4'>Lukket dagsorden</td></tr>"
        "<tr><td>3</td><td>Køb af jord</td><td>25/9</td><td>Godkendt.</td></tr></table>"
    )
    assert grid[2] == [["2"], ["Kommuneplantillæg"], ["25/7"], ["Anbefales."]]
    assert grid[3] == [["Lukket dagsorden"]]  # (a row across the table stays one cell)
    assert grid[4][2] == ["25/9"]


def test_cells_spanning_rows_at_the_rows_end() -> None:
    grid = _table(
        "<table><tr><td>1</td><td>A</td><td rowspan='3'>Formand</td></tr>"
        "<tr><td>2</td><td>B</td></tr><tr><td>3</td><td>C</td></tr>"
        "<tr><td>4</td><td>D</td><td>-</td></tr></table>"
    )
    assert [row[2] for row in grid] == [["Formand"], ["Formand"], ["Formand"], ["-"]]


def test_a_table_without_spans_is_read_as_before() -> None:
    grid = _table("<table><tr><td>1</td><td>A</td></tr><tr><td>2</td></tr></table>")
    assert grid == [[["1"], ["A"]], [["2"]]]


# --- columns beside the decision, group rows ----------------------------------------------


def test_a_tidsfrist_column_is_a_field_under_the_title_not_the_decisions_end() -> None:
    rows = [
        [["Pkt."], ["Emne"], ["Konklusion"], ["Ansvarlig"], ["Tidsfrist"]],
        [["1"], ["Høringssvar"], ["Rådet afgiver høringssvar."], ["Formand"], ["30.09.2025"]],
        [["2"], ["Eventuelt"], ["Intet."], ["-"], ["-"]],
    ]
    lines = item_rows(rows)
    assert lines is not None
    assert lines[:4] == ["## 1. Høringssvar", "Ansvarlig: Formand", "Tidsfrist: 30.09.2025", ""]
    assert "30.09.2025" not in lines[4:]


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Sager til beslutning og drøftelse", True),
        ("SAGER TIL ORIENTERING OG DRØFTELSE", True),
        ("Indledende punkter", True),
        ("Orientering", False),  # (a label as often as a group)
        ("Indledende bemærkninger", False),
        ("Sager til beslutning og drøftelse af budgettet", False),
    ],
)
def test_group_rows_of_two_kinds_and_the_opening_points(line: str, group: bool) -> None:
    assert is_group_heading(line) is group


# --- a guest for some items --------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Gæst under pkt. 4", "Gæster til punkt 2-3", "Gæst ved pkt. 1 og 5"]
)
def test_a_guest_for_some_items_is_a_participant(label: str) -> None:
    text = (
        "Ringkøbing-Skjern Kommune\n\nReferat af møde i Ældrerådet\n\n"
        "Onsdag den 4. juni 2025 kl. 10.00\n\nSted: Rådhuset, lokale 1\n\n"
        f"{label}: Sundhedschef Karen Holm\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    meeting = parse_text(text)
    assert any("Karen Holm" in p.name for p in meeting.participants)
    assert not meeting.warnings


def test_a_sentence_about_a_guest_is_no_field() -> None:
    text = (
        "Ringkøbing-Skjern Kommune\n\nReferat af møde i Ældrerådet\n\n"
        "Onsdag den 4. juni 2025 kl. 10.00\n\nSted: Rådhuset, lokale 1\n\n"
        "Gæst under pkt. 4 var sundhedschefen, som fortalte om planen.\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert parse_text(text).participants == []


# --- a choice in a clause giving a reason ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Afslag, da klubbens styregruppe udpeges af sponsoren.", "rejected"),
        ("Afslag.\nKlubben har ingen medlemmer, fordi dens ledelse vælges af ejeren.", "rejected"),
        # the choice before the reason, or the reason's clause closed before it: chosen
        ("Jens Bak blev valgt som formand, da Ida Lund ønskede at træde tilbage.", "decided"),
        ("Rådet udpegede Ida Lund, fordi hun bor i området.", "decided"),
    ],
)
def test_a_choice_in_a_reason_clause_is_no_choice_of_the_forum(text: str, kind: str) -> None:
    assert classify_decision(text)[0][0] == kind


# --- a Word cell merged down over two rows -----------------------------------------------


def _docx(rows: list[tuple[str | None, ...]], merge: tuple[int, int, int]) -> bytes:
    """A Word document of one table of ``rows``, the cell at (row, column) merged down to
    the row ``merge[2]`` (a ``None`` cell is left to the merge)."""
    import io

    from docx import Document

    document = Document()
    document.add_paragraph("Halsnæs Kommune")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is not None:
                table.cell(r, c).text = text
    row, column, last = merge
    table.cell(row, column).merge(table.cell(last, column))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_cell_merged_down_stands_in_each_item_row() -> None:
    from analysis.read import read_bytes

    data = _docx(
        [
            ("Pkt.", "Emne", "Sagsnr.", "Beslutning"),
            ("1", "Lokalplan", "25/21904", "Anbefales."),
            ("2", "Kommuneplantillæg", None, "Anbefales."),
            ("3", "Eventuelt", "", "Intet."),
        ],
        (1, 2, 2),
    )
    text = read_bytes(data, ".docx").text
    assert text.count("Sagsnr.: 25/21904") == 2


def test_a_merged_label_cell_outside_an_item_table_is_read_as_before() -> None:
    from analysis.read import read_bytes

    data = _docx([("Beslutning", "Godkendt."), (None, "For stemte: 5.")], (0, 0, 1))
    text = read_bytes(data, ".docx").text
    assert text.count("Beslutning") == 1
