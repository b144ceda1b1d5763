"""Fifty-eighth session, held-out sets, ho_paste: minutes pasted out of a PDF viewer.

Minutes copied out of a PDF viewer and pasted into a .txt keep the page's furniture where
the page broke. Where it broke right under a case text's heading ("Sagsfremstilling:" /
"Side 1 af 3" / blank lines / "Teknisk Udvalg, 14. maj 2024" / the text), the new page's
running header, a body and a date, stands where a decision's dated heading could: with
the section still empty but for the page footer (kept, "Referat side 2/3 · …", or dropped
as furniture), it is the running header and is dropped (``parse._over_page_top``, asked
in ``parse`` where a body and a date would head a decision).

The header table's two columns pasted row by row set two labels over their two values
("Mødedato" / "Mødested" / "14. maj 2024" / "Byrådssalen, …"):
``layouts.header_columns.paired_labels_split`` writes each label over its own value.

A bare "Sagens afgørelse" (``parse.OUTCOME_LABELS``) right after the attachments' list, a
blank line between ("Bilag" / "- Notat.pdf" / "" / "Sagens afgørelse"), heads the
decision as it does after the case's text.
"""

from __future__ import annotations

from pathlib import Path

from analysis.layouts.header_columns import paired_labels_split
from analysis.pipeline import parse_bytes
from tests.fixture_helpers import fixture_decisions

_FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def test_a_running_header_under_a_case_heading_heads_no_decision() -> None:
    name = "generic-indsat-pdf-sidehoved-efter-overskrift.txt"
    assert fixture_decisions(name) == [
        "Godkendt.",
        "Anbefales over for Økonomiudvalget og Byrådet.",
        "Orienteringen blev taget til efterretning.",
        "Formanden orienterede om besigtigelsen i juni.",
    ]
    result = parse_bytes((_FIXTURES / "raw" / name).read_bytes(), name)
    sections = result.tables["sections"]
    case_text = sections[sections.section == "sagsfremstilling"].text.tolist()
    assert case_text[0].startswith("Der er modtaget tilsagn")


def test_two_pasted_header_columns_pair_each_label_with_its_value() -> None:
    text = "Mødedato\nMødested\n2. april 2025\nMødelokale 3\nStart\nSlut\nkl. 9.00\nkl. 11.00\n"
    assert paired_labels_split(text) == (
        "Mødedato\n2. april 2025\nMødested\nMødelokale 3\nStart\nkl. 9.00\nSlut\nkl. 11.00\n"
    )
    # members and the absent in two columns run longer than one line each: left as they are
    members = "Medlemmer\nFraværende\nAnna Bro (A)\nPer Holm (V)\nEva Dal (F)\n"
    assert paired_labels_split(members) == members
    # a label with no value over the next field: no pair
    empty = "Mødested\nMødedato\nDato:\n3. april\n"
    assert paired_labels_split(empty) == empty


def test_the_pasted_header_gives_start_and_place() -> None:
    name = "generic-indsat-pdf-sidehoved-efter-overskrift.txt"
    meeting = parse_bytes((_FIXTURES / "raw" / name).read_bytes(), name).tables["meetings"]
    assert meeting.start_time.iloc[0] == "16:30"
    assert meeting.location.iloc[0] == "Byrådssalen, Rådhuset, Odder"


def test_an_outcome_label_after_the_attachments_heads_the_decision() -> None:
    assert fixture_decisions("generic-bilagsliste-over-sagens-afgoerelse.txt") == [
        "Godkendt.",
        "Udvalget godkendte de nye åbningstider.",
        "Drøftet.",
    ]
