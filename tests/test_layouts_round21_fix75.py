"""Twenty-first round (layouts75): a council's outcome under the template's "Udvalgets
beslutning", and a fixed-width header of two columns of wrapping fields."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.header_columns import unmixed_header_columns

_COUNCIL = """Byrådet

Referat
Dato: 14. oktober 2025
Tid: Kl. 18.00
Sted: Byrådssalen

12. Takster for affald 2026

Sag: 07.00.00-S55-1-25
Udvalgets beslutning
Anbefales.
{council}
13. Anlægsbevilling til cykelsti

Sag: 05.01.00-G01-3-25
Udvalgets beslutning
Anbefales.
{council}"""


def _decisions(text: str) -> list[str | None]:
    meeting = parse_text(text)
    return [
        next((s.text for s in it.sections if s.key == "beslutning"), None) for it in meeting.items
    ]


def test_the_committees_heading_is_the_councils_decision_where_none_other_is() -> None:
    assert _decisions(_COUNCIL.format(council="")) == ["Anbefales.", "Anbefales."]


def test_the_committees_heading_stays_history_beside_the_councils_own() -> None:
    text = _COUNCIL.format(council="Byrådets beslutning\nGodkendt.\n")
    assert _decisions(text) == ["Godkendt.", "Godkendt."]
    meeting = parse_text(text)
    assert [h.decision for it in meeting.items for h in it.case_history] == [
        "Anbefales.",
        "Anbefales.",
    ]


_COLUMNS = """Dato: 3. juni 2025               Deltagere: Ane Holm (A), Bo
Sted: Mødesal 2, Rådhuset,       Dal (V), Eva Lund (S)
Torvet 3                         Afbud: Ingen
"""


def test_two_columns_of_wrapping_fields_are_read_one_column_after_the_other() -> None:
    assert unmixed_header_columns(_COLUMNS).split("\n")[:4] == [
        "Dato: 3. juni 2025",
        "Sted: Mødesal 2, Rådhuset, Torvet 3",
        "Deltagere: Ane Holm (A), Bo Dal (V), Eva Lund (S)",
        "Afbud: Ingen",
    ]


def test_side_by_side_fields_that_never_wrap_are_left_as_they_are() -> None:
    text = "Dato: 3. juni 2025         Tid: 15.00\nSted: Mødesal 2           Afbud: Ingen\n"
    assert unmixed_header_columns(text) == text


_PARAGRAPHS = """Vejle Kommune

Ældrerådet

Referat

Tirsdag 4. marts 2025, kl. 10.00
Mødelokale 2, Rådhuset

Medlemmer:

Grete Holm (A), formand

Poul Dam (V)

Inge Krog (C)

Afbud: Poul Dam (V)

1. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_members_one_word_paragraph_each_after_a_member_with_a_role() -> None:
    meeting = parse_text(_PARAGRAPHS)
    present = [p.name for p in meeting.participants if p.present]
    assert present == ["Grete Holm", "Inge Krog"]
    assert [p.name for p in meeting.participants if not p.present] == ["Poul Dam"]
    assert not [w for w in meeting.warnings if "could not be placed" in w]


def test_a_pdfs_tab_with_no_unicode_parts_cells_and_a_letter_stays() -> None:
    from analysis.read.pdf import _unmapped_tabs

    text = "Deltog:\ufffdAnne Holm\ufffdBo Dal\n\ufffdEva Lund\n1.\ufffdGodkendelse\nK\ufffdbenhavn"
    assert _unmapped_tabs(text) == (
        "Deltog:\tAnne Holm\tBo Dal\n\tEva Lund\n1.\tGodkendelse\nK\ufffdbenhavn"
    )
    assert _unmapped_tabs("S\ufffdREN HOLM") == "S\ufffdREN HOLM"  # a capital unmapped


_TAB_MEMBERS = """Ældrerådet

Referat
Dato: 2. april 2025 kl. 10.00
Til stede:\tAnne Holm (formand)\tBo Dal\tEva Lund
\tPer Krog\tLis Berg
Afbud:\tJens Bak

1.\tGodkendelse af dagsorden
Referat:
Godkendt.
"""


def test_members_in_tab_parted_cells_over_two_lines() -> None:
    meeting = parse_text(_TAB_MEMBERS)
    present = [p.name for p in meeting.participants if p.present]
    assert present == ["Anne Holm", "Bo Dal", "Eva Lund", "Per Krog", "Lis Berg"]
    assert [p.name for p in meeting.participants if not p.present] == ["Jens Bak"]


_AFTER_CONTENTS = """Byrådet
Beslutningsprotokol
Torsdag d. 8/5-2025 kl. 17.00
Byrådssalen

Indholdsfortegnelse
1. Godkendelse af dagsorden 2
2. Salg af areal ved havnen 2
Fraværende: Jørn Lind (S), stedfortræder Lis Bro (S)

Side 1 af 2
Byrådet, 08-05-2025 ______________________________
1. Godkendelse af dagsorden
Beslutning i Byrådet den 08-05-2025
Godkendt.
Side 2 af 2
Byrådet, 08-05-2025 ______________________________
2. Salg af areal ved havnen
Beslutning i Byrådet den 08-05-2025
Godkendt.
"""


def test_the_absent_after_the_contents_above_page_furniture_and_the_substitute() -> None:
    meeting = parse_text(_AFTER_CONTENTS)
    people = {p.name: p.present for p in meeting.participants}
    assert people == {"Jørn Lind": False, "Lis Bro": True}
    assert not [w for w in meeting.warnings if "could not be placed" in w]
