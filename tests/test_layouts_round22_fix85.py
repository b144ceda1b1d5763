"""Round 22 (layouts85): agenda-system exports' shapes taught by fix85."""

from __future__ import annotations

from analysis.layouts.split_decision_date import joined_decision_dates
from analysis.parse import Line, match_case_number, parse_minutes
from analysis.vocab import SECTION_HEADINGS


def _lines(*texts: str) -> list[Line]:
    return [Line(i, t, 0) for i, t in enumerate(texts)]


def test_decision_heading_joined_to_the_date_on_the_next_line() -> None:
    body = _lines("Beslutning i Miljøudvalget den", "", "02-10-2024", "Vedtaget.")
    joined, dates = joined_decision_dates(body)
    assert [ln.clean for ln in joined] == ["Beslutning i Miljøudvalget den 02-10-2024", "Vedtaget."]
    assert dates == {2}


def test_a_sentence_ending_in_den_is_left_alone() -> None:
    body = _lines("Beslutning om at udskyde den", "Vedtaget.")
    assert joined_decision_dates(body) == (body, set())


def test_case_field_beside_a_field_of_several_words() -> None:
    assert match_case_number("Sag: 24/08812 Sagen afgøres i: Byrådet") == "24/08812"


def test_beslutningstekst_is_the_decision_label() -> None:
    assert SECTION_HEADINGS["beslutningstekst"] == "beslutning"


def _titles(text: str) -> list[tuple[int, str]]:
    meeting = parse_minutes(text)
    return [(it.number, it.title) for it in meeting.items]


_PADDED = """Plan- og Boligudvalget
Referat
Dato: 14.05.2025

01.01 Godkendelse af dagsorden
Sag: 25/00101

Beslutning i Plan- og Boligudvalget den 14-05-2025
Godkendt.

02.01 Lokalplan for Engparken
Sag: 25/00202
Beslutning i Plan- og Boligudvalget den 14-05-2025
Godkendt.

02.02 Salg af areal ved Møllevej
Sag: 25/00303
Beslutning i Plan- og Boligudvalget den 14-05-2025
Anbefales.

02.03 Byggeri på Toften
Sag: 25/00404
Beslutning i Plan- og Boligudvalget den 14-05-2025
Udsat.

03.01 Meddelelser
Sag: 25/00505
Beslutning i Plan- og Boligudvalget den 14-05-2025
Taget til efterretning.
"""


def test_zero_padded_two_level_numbers_are_items_in_order() -> None:
    assert _titles(_PADDED) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Lokalplan for Engparken"),
        (3, "Salg af areal ved Møllevej"),
        (4, "Byggeri på Toften"),
        (5, "Meddelelser"),
    ]


_NEXT_GROUP = """Referat
Miljøudvalget
Dato: 14.05.2025

5  SAGER TIL BESLUTNING

5.1  Vandplan 2025

Sagsnr.: 25/1001

Beslutningstekst:
Godkendt.

5.2  Naturpleje i ådalen

Sagsnr.: 25/1002

Beslutningstekst:
Godkendt.

5.3  Støjhandlingsplan

Sagsnr.: 25/1003

Beslutningstekst:
Anbefales.

6  ORIENTERINGSSAGER

6.1  Meddelelser

Sagsnr.: 25/1004

Beslutningstekst:
Intet.
"""


def test_the_next_groups_first_point_goes_on_with_the_run() -> None:
    meeting = parse_minutes(_NEXT_GROUP)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Vandplan 2025"),
        (2, "Naturpleje i ådalen"),
        (3, "Støjhandlingsplan"),
        (4, "Meddelelser"),
    ]
