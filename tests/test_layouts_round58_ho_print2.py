"""Fifty-eighth session, held-out sets (ho_print2): minutes pages of municipal sites and
agenda portals saved with a browser's Print > Save as PDF.

* An item's heading printed with the page's fold-out control before its number, in the
  heading's bold ("## + 3. Title" where the item was folded, "## − 1. Title" where it was
  opened, "## › 2 Title"): the control is taken off as it is before a plain line
  (``layouts.disclosure.unfolded_headings``, ``_FOLDED_HEADING``).
* A portal's side list of the items printed above the page's text, its entries wrapped in
  the narrow column ("3. Kvalitetsstandard for hjemmehjælp" / "2026 - revideret udgave":
  the wrapped line opens with a year and a dash, ``parse._NUMBER_GOES_ON``), the forum
  named only by the page's title under the list (``layouts.base.fields_under_contents``).
* The same list printed in a column beside the page's text from the same height: a PDF's
  text reader takes the two columns for one table row of two cells; they are read as the
  list's lines, then the text's (``read.pdf._side_column``).
* A portal's fold-out that prints the case's field at the foot of the case's text or under
  the attachments, right over the decision's label (``parse._parse_item``,
  ``_section_heading_next``), and a closed item's note "Sagen behandles for lukkede døre."
  over its case line, no wrapped rest of the title (``parse._title_continuation``,
  ``_CLOSED_DOORS``).
"""

from __future__ import annotations

from pathlib import Path

from analysis.layouts import disclosure
from analysis.layouts.headings import contents
from analysis.parse import to_lines
from analysis.pipeline import parse_bytes
from analysis.read import pdf as read_pdf
from analysis.read import read_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _items(name: str) -> list[tuple[int, str, str | None]]:
    path = FIXTURES / name
    result = parse_bytes(path.read_bytes(), path.name)
    items = result.tables["items"]
    return [
        (int(n), t, c if isinstance(c, str) else None)
        for n, t, c in zip(items.number, items.raw_title, items.case_number, strict=True)
    ]


def _forum(name: str) -> str:
    path = FIXTURES / name
    return parse_bytes(path.read_bytes(), path.name).tables["meetings"].forum[0]


# --- fold-out controls before styled headings ------------------------------------------------


def test_a_control_before_a_styled_heading_is_taken_off() -> None:
    text = "## + 1. Godkendelse af dagsorden\n\nGodkendt.\n\n## − 2 Budget 2026\n\nDrøftet.\n"
    out = disclosure.unfolded_headings(text)
    assert out.split("\n")[0] == "## 1. Godkendelse af dagsorden"
    assert out.split("\n")[4] == "## 2 Budget 2026"


def test_one_marked_styled_heading_is_left_alone() -> None:
    text = "## + 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    assert disclosure.unfolded_headings(text) == text


def test_a_printed_page_with_controls_before_its_headings_reads_its_items() -> None:
    assert _items("generic-md-udskrevet-fold-ud-plus-minus.md") == [
        (1, "Godkendelse af referat fra sidste møde", None),
        (2, "Besøg af chefen for Sundhed og Ældre", "25/10442"),
        (3, "Høring over ændret visitation til madservice", "25/11873"),
        (4, "Meddelelser", None),
    ]


# --- a side list above the page's text --------------------------------------------------------


def test_an_entry_wrapped_before_a_year_and_a_dash_is_one_entry() -> None:
    text = (
        "Punkter på dagsordenen\n\n1. Godkendelse af dagsorden\n\n"
        "2. Takster for affald\n2027 - justeret forslag\n\n3. Eventuelt\n\nByrådet\n"
    )
    toc = contents(to_lines(text), set())
    assert toc is not None
    assert [e.title for e in toc.entries] == [
        "Godkendelse af dagsorden",
        "Takster for affald 2027 - justeret forslag",
        "Eventuelt",
    ]


def test_a_side_list_above_the_page_reads_every_item_and_the_forum_under_it() -> None:
    name = "generic-udskrevet-sideliste-punkt-over-titel.txt"
    assert [n for n, _, _ in _items(name)] == [1, 2, 3, 4, 5]
    assert _forum(name) == "Byrådet"


# --- a side list in a column beside the page's text ------------------------------------------


def _seg(text: str, x0: float, y: float) -> read_pdf._Seg:
    return read_pdf._Seg(text, 0, x0, x0 + 120.0, y, 9.0, False, 20.0, 2.5, x0)


def test_a_numbered_list_beside_text_is_a_side_column() -> None:
    side = ["12. Godkendelse", "13. Regnskab pr.", "31. marts 2026", "14. Vejnavne"]
    side += ["15. Eventuelt", "Abonnér"]
    text = ["Vejudvalget", "Referat", "Mødetidspunkt: …", "Mødested: …", "12. Godkendelse"]
    text += ["Godkendt."]
    cells = [
        [_seg(t, 48.0, 700.0 - 12 * k) for k, t in enumerate(side)],
        [_seg(t, 196.0, 700.0 - 12 * k) for k, t in enumerate(text)],
    ]
    assert read_pdf._side_column(cells)


def test_a_table_row_of_long_cells_is_no_side_column() -> None:
    label = ["Sagsfremstilling", "Forvaltningen", "har vurderet", "sagen og", "anbefaler"]
    label += ["forslaget"]
    text = ["Linje 1", "Linje 2", "Linje 3", "Linje 4", "Linje 5", "Linje 6"]
    cells = [
        [_seg(t, 48.0, 700.0 - 12 * k) for k, t in enumerate(label)],
        [_seg(t, 196.0, 700.0 - 12 * k) for k, t in enumerate(text)],
    ]
    assert not read_pdf._side_column(cells)


def test_a_printed_page_with_a_side_column_reads_the_list_apart_from_the_text() -> None:
    name = "running-browserprint-sidekolonne-punktliste.pdf"
    text = read_bytes((FIXTURES / name).read_bytes(), ".pdf")
    text = text if isinstance(text, str) else text.text
    assert "\t" not in text.split("\n")[2]
    assert "Mødested: Mødelokale Åen, Rådhuset" in text.split("\n")
    assert [n for n, _, _ in _items(name)] == [32, 33, 34, 35, 36]
    assert _forum(name) == "Teknik- og Miljøudvalget"


# --- the case's field at the foot of the case's text; a closed item's note --------------------


def test_the_case_field_over_the_decision_label_is_the_items_case() -> None:
    items = dict((n, c) for n, _, c in _items("pkt-udskrevet-sagsnr-sidst-i-sagen.md"))
    assert items[22] == "17.01.10-A00-4-26"  # the case's text's last paragraph
    assert items[23] == "17.02.05-Ø40-2-26"  # under the attachments


def test_a_case_field_amid_the_case_text_is_no_foot_field() -> None:
    text = (
        "## Vejudvalget\n\nReferat\n\nTirsdag den 3. marts 2026 kl. 15:00 i Mødelokale 2\n\n"
        "## Pkt. 4 Vejnavne\n\n## Sagsfremstilling\n\nLokalrådet har foreslået to navne.\n\n"
        "Sagsnr.: 05.01.02-P20-2-26\n\nForvaltningen anbefaler navnene.\n\n"
        "## Beslutning den 3. marts 2026\n\nGodkendt.\n\n"
        "## Pkt. 5 Eventuelt\n\n## Beslutning den 3. marts 2026\n\nDrøftet.\n"
    )
    result = parse_bytes(text.encode(), "x.md")
    items = result.tables["items"]
    assert not isinstance(items.case_number[0], str)


def test_a_closed_items_note_over_its_case_line_is_no_part_of_the_title() -> None:
    items = {n: (t, c) for n, t, c in _items("pkt-udskrevet-sagsnr-sidst-i-sagen.md")}
    assert items[24] == ("Lukket punkt - Elevsag", "28.15.00-G01-1-26")
