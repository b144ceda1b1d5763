"""Round forty-two (layouts251: Word minutes of small forums and councils written by a
secretary): an item table ``Punkt | Referat`` whose rows carry no numbers, the conclusion
of a Referat cell set apart only by italics under the notes, and the note taker's
"Aftalt, at …" closing an item's notes where the other items label their decisions."""

from __future__ import annotations

import io

import docx
import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.read import read_bytes
from analysis.read.item_table import concluded_cells, item_rows


def _cells(*rows: tuple[str | list[str], ...]) -> list[list[list[str]]]:
    """A table's rows of cells of lines (a cell given as one string is one line)."""
    return [[[c] if isinstance(c, str) else list(c) for c in row] for row in rows]


# --- a "Punkt | Referat" table with no numbers --------------------------------------------


def test_unnumbered_punkt_column_holds_the_titles() -> None:
    """Under "Punkt | Referat" with no row numbered the first cell is the title, the rows
    the items in order."""
    rows = _cells(
        ("Punkt", "Referat"),
        (["Budget 2026", "Ansvarlig: KH"], ["Beslutning:", "Godkendt."]),
        ("Eventuelt", ["Beslutning:", "Intet."]),
    )
    out = item_rows(rows)
    assert out is not None
    assert "## 1. Budget 2026" in out and "## 2. Eventuelt" in out
    assert "Ansvarlig: KH" in out


@pytest.mark.parametrize(
    "first_cells",
    [
        # a row numbered: the column is the number's (read as before, "1. Title" cells)
        ("1. Budget 2026", "Eventuelt"),
        # a numeral or a letter alone opens a cell
        ("II Budget 2026", "Eventuelt"),
        ("A", "Eventuelt"),
    ],
)
def test_a_numbered_or_lettered_first_column_is_not_titles(first_cells: tuple[str, str]) -> None:
    rows = _cells(
        ("Punkt", "Referat"),
        (first_cells[0], ["Beslutning:", "Godkendt."]),
        (first_cells[1], ["Beslutning:", "Intet."]),
    )
    out = item_rows(rows)
    assert out is None or "## 1. II Budget 2026" not in out and "## 1. A" not in out


def test_punkt_beside_a_title_column_stays_the_number() -> None:
    """ "Punkt | Emne | Beslutning": the first column is the number's, not the title's."""
    rows = _cells(
        ("Punkt", "Emne", "Beslutning"),
        ("Budget 2026", "Ny plan", "Godkendt."),
        ("Eventuelt", "Evt.", "Intet."),
    )
    assert item_rows(rows) is None


def test_one_unnumbered_row_is_no_table_of_items() -> None:
    assert item_rows(_cells(("Punkt", "Referat"), ("Budget 2026", "Godkendt."))) is None


# --- the conclusion set apart by italics ---------------------------------------------------


def test_italic_lines_under_the_notes_are_labelled() -> None:
    rows = _cells(
        ("Punkt", "Referat"),
        ("1. Stier", ["Kort over stierne blev vist.", "Rådet anbefaler flere bænke."]),
    )
    out = concluded_cells(rows, {(1, 1): 1})
    assert out[1][1] == [
        "Kort over stierne blev vist.",
        "Beslutning:",
        "Rådet anbefaler flere bænke.",
    ]


@pytest.mark.parametrize(
    ("head", "cell", "closing"),
    [
        # the cell labels its own conclusion
        ("Referat", ["Noter.", "Beslutning: Godkendt."], 1),
        # the whole cell is the closing lines: nothing set apart
        ("Referat", ["Godkendt."], 1),
        # a column of the decision alone, not of notes
        ("Beslutning", ["Noter.", "Godkendt."], 1),
        # a column of what the item is about
        ("Indhold", ["Noter.", "Godkendt."], 1),
    ],
)
def test_italics_not_labelled(head: str, cell: list[str], closing: int) -> None:
    rows = _cells(("Punkt", head), ("1. Stier", cell))
    assert concluded_cells(rows, {(1, 1): closing}) == rows


def test_head_row_is_never_labelled() -> None:
    rows = _cells(("Punkt", "Referat"), ("1. Stier", ["Noter.", "Godkendt."]))
    assert concluded_cells(rows, {(0, 1): 1}) == rows


def _table_docx(cells: list[tuple[str, list[tuple[str, bool]]]]) -> bytes:
    """A .docx of minutes whose items are the rows of a "Punkt | Referat" table; each
    Referat paragraph given with whether it is set in italics."""
    document = docx.Document()
    document.add_paragraph("Odsherred Kommune – Ældrerådet")
    document.add_paragraph("Referat af møde mandag den 3. november 2025 kl. 13.00")
    document.add_paragraph("Sted: Rådhuset i Nykøbing Sj., lokale 12")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Punkt"
    table.rows[0].cells[1].text = "Referat"
    for title, paragraphs in cells:
        left, right = table.add_row().cells
        left.text = title
        for k, (text, italic) in enumerate(paragraphs):
            para = right.paragraphs[0] if k == 0 else right.add_paragraph()
            para.add_run(text).italic = italic
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _decisions(data: bytes) -> list[str | None]:
    meeting = parse_text(read_bytes(data, ".docx").text)
    return [
        next((s.text for s in it.sections if s.key == "beslutning"), None) for it in meeting.items
    ]


def test_word_cell_italic_conclusion_is_the_decision() -> None:
    data = _table_docx(
        [
            (
                "1. Trafik ved skolen",
                [("Vej og Park fortalte om planen.", False), ("Rådet bakker op om planen.", True)],
            ),
            ("2. Eventuelt", [("Intet.", False)]),
        ]
    )
    assert _decisions(data)[0] == "Rådet bakker op om planen."


def test_word_cell_italics_in_the_middle_set_nothing_apart() -> None:
    """An italic quotation among the notes, plain text after it: no conclusion marked."""
    data = _table_docx(
        [
            (
                "1. Trafik ved skolen",
                [
                    ("Planen blev vist.", False),
                    ("Citat fra borger.", True),
                    ("Der var spørgsmål.", False),
                ],
            ),
            ("2. Eventuelt", [("Intet.", False)]),
        ]
    )
    assert _decisions(data)[0] != "Der var spørgsmål."
    assert "Citat fra borger." not in (_decisions(data)[0] or "").split("\n")[:1]


# --- "Aftalt, at …" closing the notes --------------------------------------------------------

_MINUTES = (
    "Lejre Kommune\nUngdomsrådet\nReferat af møde tirsdag den 4. november 2025 kl. 16.00\n\n"
    "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
    "2. Koncert i parken\n\nSekretæren fortalte om lydanlægget.\n\n"
    "- Scenen lejes.\n- Vagter findes blandt medlemmerne.\n\n{closing}\n\n"
    "3. Eventuelt\n\nBeslutning:\nIntet.\n"
)


def _second_decision(closing: str) -> str | None:
    meeting = parse_text(_MINUTES.format(closing=closing))
    return next((s.text for s in meeting.items[1].sections if s.key == "beslutning"), None)


@pytest.mark.parametrize(
    "closing",
    [
        "Aftalt, at formanden booker scenen til juni.",
        "Det blev aftalt at spørge skolen om lån af stole.",
        "Besluttet, at koncerten holdes den 14. juni.",
    ],
)
def test_agreement_closing_the_notes_is_the_decision(closing: str) -> None:
    assert _second_decision(closing) == closing


@pytest.mark.parametrize(
    "closing",
    [
        # the agreement inside a sentence, not opening the paragraph
        "Det er tidligere aftalt, at scenen lejes.",
        # a remark, no agreement
        "Sekretæren sender tilbud rundt.",
    ],
)
def test_no_agreement_no_decision(closing: str) -> None:
    assert _second_decision(closing) is None


# --- types: the meeting's officers named, the forum writing to another body ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Ordstyrer: Ole Dam. Referent: Lise Bak.",
        "Dirigent: Hans Vang.",
        "Mødeleder: Eva Krogh",
        "Lokalrådet sender en henvendelse til kommunen om stien.",
        "Bestyrelsen skriver et nyt brev til ministeren.",
        "Rådet rettede henvendelse til vejmyndigheden.",
    ],
)
def test_officers_and_letters_are_decided(text: str) -> None:
    assert classify_decision(text, "Lokalrådet")[0][0] == "decided"


@pytest.mark.parametrize(
    "text",
    [
        # no name after the office
        "Ordstyrer: ingen.",
        # another body writes, not the forum
        "Borgerforeningen sender en henvendelse til rådet.",
        "Kommunen sender et brev til rådet.",
        # a letter received
        "Brev fra kommunen om tilskud.",
    ],
)
def test_not_officers_nor_letters(text: str) -> None:
    assert classify_decision(text, "Lokalrådet")[0][0] != "decided"


def test_officers_named_before_an_outcome_keep_the_outcome() -> None:
    """The officers' line is read only where nothing else is recognised."""
    assert classify_decision("Referent: Ole. Rådet drøftede sagen.", None)[0][0] == "discussed"
