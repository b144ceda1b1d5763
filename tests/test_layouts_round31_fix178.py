"""Round thirty-one (layouts178: item tables copied as text, decision logs appended)."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.decision_part import part_case
from analysis.layouts.header import _CLOCK_LINE
from analysis.layouts.headings import toc_entry
from analysis.layouts.stacked_table import stacked_item_table
from analysis.parse import to_lines

_TITLE_FIRST = (
    "Referat\n\nEmne\nNr.\nBeslutning\nAnsvarlig\n\n"
    "Godkendelse af dagsorden\n1\nGodkendt.\n\n\n"
    "Vagtplan\n3\nVedtaget.\nGælder fra 1/5.\nAB/CD\n\n"
    "Budget\n2\nTaget til efterretning.\nEF\n\n"
    "Eventuelt\n4\nIntet\n\n\n***\n\nNæste møde: 4. maj\n"
)


def test_title_first_stacked_table_is_read_as_rows():
    out = stacked_item_table(_TITLE_FIRST)
    assert out != _TITLE_FIRST
    lines = out.split("\n")
    # the rows in the printed order (3 before 2), each heading its number and title
    heads = [ln.removeprefix("## ") for ln in lines if ln.startswith("## ")]
    assert [h.split()[0].rstrip(".") for h in heads] == ["1", "3", "2", "4"]
    assert any("Vagtplan" in h for h in heads)
    # an owner's initials are no part of the decision; a decision's paragraphs are kept
    assert "Gælder fra 1/5." in lines
    assert "AB/CD" not in lines and "Ansvarlig: AB/CD" in lines
    assert "Intet" in out
    assert out.rstrip().endswith("Næste møde: 4. maj")
    assert "***" in lines  # (the table ends at the blank line before what is no row)


def test_title_first_needs_a_title_head_and_a_field():
    # no title column's head over the number's: left as it was
    plain = _TITLE_FIRST.replace("Emne\n", "Kolonne\n")
    assert stacked_item_table(plain) == plain
    # no field the item grammar knows among the columns
    fieldless = _TITLE_FIRST.replace("Beslutning\n", "Farve\n")
    assert stacked_item_table(fieldless) == fieldless


def test_contents_line_listing_a_run_of_items():
    lines = to_lines("Punkt 4-9 Orienteringssager (se skema) ........ 3\nPkt. 2-1 Noget\n")
    entry = toc_entry(lines[0])
    assert entry is not None
    assert (entry.number, entry.last, entry.page) == (4, 9, 3)
    assert entry.title == "Orienteringssager (se skema)"
    backwards = toc_entry(lines[1])  # (no run: read as before)
    assert backwards is None or backwards.last is None


def test_run_entry_takes_the_run_of_headings_in_order():
    text = (
        "Referat\nMødedato: 3. marts 2025\n\n"
        "Indhold\nPkt. 1 Godkendelse af dagsorden\nPkt. 2-4 Orienteringer\n\n"
        "Pkt. 1 Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        "Pkt. 2 Elevtal\nBeslutning:\nTaget til efterretning.\n\n"
        "Pkt. 3 Legeplads\nBeslutning:\nTaget til efterretning.\n\n"
        "Pkt. 4 Eventuelt\nBeslutning:\nIntet.\n"
    )
    meeting = parse_text(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Elevtal"),
        (3, "Legeplads"),
        (4, "Eventuelt"),
    ]


def test_decision_part_point_opening_with_its_case_field():
    lines = to_lines("Ad 3.\nSagsnr. 25-1190\nGodkendt.\nAd 4.\nSagen drøftes igen.\n")
    case, kept = part_case(lines, [0, 1, 2])
    assert case == "25-1190"
    assert kept == [0, 2]
    # a point opening with its decision keeps every line
    assert part_case(lines, [3, 4]) == (None, [3, 4])


def test_clock_line_with_the_end_after_til_and_a_note_after_the_place():
    m = _CLOCK_LINE.match("Kl. 13.00 til ca. 15.30 i Festsalen, Torvet 2, Ry (NB nyt lokale)")
    assert m is not None and m.group("place") == "Festsalen, Torvet 2, Ry"
    m = _CLOCK_LINE.match("kl. 9.00 til 11.00, Rådhuset")
    assert m is not None and m.group("place") == "Rådhuset"
    # a bracket that is no note stays the place's
    m = _CLOCK_LINE.match("kl. 9.00 i Salen (1. sal)")
    assert m is not None and m.group("place") == "Salen (1. sal)"
