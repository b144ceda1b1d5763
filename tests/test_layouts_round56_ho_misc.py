"""Fifty-sixth session, held-out sets, ho_misc: web pages' badges and controls, a meta line
naming the body's meeting, a closing block of the meeting's facts, a housing department's
board and its building cases, and a board's purpose cell in the item's row.

* A web page copied as text writes the item's badge in brackets under its title
  ("[Åben]", "[Åben punkt]"): the mark, no part of the title
  (``layouts.headings._OPEN_CLOSED``).
* Its one meta line "Møde i <udvalg> den 11-06-2025 kl. 15:00 i mødelokale …, <rådhus>"
  names the place after the hour (``layouts.header._meeting_of_body`` lets the place after
  the date be read where the body's meeting stands before it).
* "Vis alle bilag (4)" (the button opening every attachment, with their count) is a page
  control (``layouts.text._CONTROLS``), never the place; the place line under the date,
  "Vig Medborgerhus, sal 1", names a hall by its number (``layouts.header._ROOM_LINE``).
* A page dated by its title ("Referat 12. maj 2025") gives its start only in a block of the
  meeting's facts at its end ("Mødeoplysninger" / "Dato: …" / "Mødetid: kl. 16.30"): the
  block is read where it gives the same date (``layouts.elsewhere_date.sidebar_meeting``).
* A housing association's department board, "Afdelingsbestyrelsen, afd. 7 Engparken", is a
  body (``layouts.header._WORKPLACE_TAIL``); its items' "Byggesag BS-2023-0117" lines are
  their cases (``parse._BUILDING_CASE`` in ``parse.match_case_number``).
* A board's template prints each item as a shaded row "Punkt 2 | title | Til beslutning";
  the purpose cell is no part of the title (``layouts.headings._TRAILING_KIND_COLUMN``).
"""

from __future__ import annotations

from analysis.layouts import header, headings
from analysis.layouts.text import is_furniture
from analysis.parse import match_case_number, to_lines
from analysis.pipeline import parse_bytes


def _parse(text: str, name: str = "referat.txt"):
    return parse_bytes(text.encode(), name)


def _meeting(text: str) -> dict[str, object]:
    return _parse(text).tables["meetings"].iloc[0].to_dict()


_BADGES = """Møde i Klima-, Natur- og Miljøudvalget den 02-04-2025 kl. 16:00 i lokale 3, Rådhuset

REFERAT

1) Godkendelse af dagsorden
[Åben]
Sagsnr.: 25/1001
Beslutning MU 02-04-2025: Godkendt.

2) Naturpleje ved Lyngdalen
[Åben punkt]
Sagsnr.: 25/1044
Sagsfremstilling:
Der foreslås afgræsning med kvæg på 12 ha.
Beslutning MU 02-04-2025: Godkendt.
"""


def test_a_bracketed_badge_under_the_title_is_no_part_of_it() -> None:
    titles = list(_parse(_BADGES).tables["items"]["title"])
    assert titles == ["Godkendelse af dagsorden", "Naturpleje ved Lyngdalen"]


def test_the_bracketed_badge_is_an_open_closed_mark() -> None:
    for mark in ("[Åben]", "[Åben punkt]", "[Lukket]", "[ Lukket sag ]"):
        assert headings._OPEN_CLOSED.match(mark), mark
    assert headings._OPEN_CLOSED.match("[Bilag]") is None


def test_the_place_after_the_hour_on_a_meeting_of_body_line() -> None:
    meeting = _meeting(_BADGES)
    assert meeting["start_time"] == "16:00"
    assert meeting["location"] == "lokale 3, Rådhuset"


def test_a_meeting_of_body_before_its_date() -> None:
    assert header._meeting_of_body("Møde i Børne- og Familieudvalget den ")
    assert header._meeting_of_body("Ordinært møde i Byrådet tirsdag den ")
    # (a sentence about some meeting, no body's name before the date)
    assert not header._meeting_of_body("Møde i forbindelse med høringen den ")
    assert not header._meeting_of_body("Referatet blev udsendt den ")


def test_show_all_attachments_with_their_count_is_a_page_control() -> None:
    assert is_furniture("Vis alle bilag (7)")
    assert is_furniture("Hent alle bilag (zip)")
    assert not is_furniture("Alle bilag blev udleveret på mødet")


_CONTROL_UNDER = """Byrådet
Tirsdag 9. september 2025, kl. 17.00
Vig Medborgerhus, sal 1
Referat

Udskriv
Del

Vis alle bilag (4)

1.	Spørgetid for borgerne
Åbent punkt
J.nr. 00.01.00-A00-12-25

Byrådets beslutning
Taget til efterretning.

2.	Halvårsregnskab 2025
Åbent punkt
J.nr. 00.30.10-S00-4-25

Byrådets beslutning
Godkendt.
"""


def test_a_hall_by_its_number_under_the_date_is_the_place_not_the_control() -> None:
    meeting = _meeting(_CONTROL_UNDER)
    assert meeting["location"] == "Vig Medborgerhus, sal 1"
    assert meeting["start_time"] == "17:00"


def test_a_hall_by_its_number_is_a_room_line() -> None:
    assert header._room("Musikhuset Vestby, sal 3")
    assert header._room("Vig Medborgerhus, sal B")


_CLOSING_BLOCK = """Kultur- og Fritidsudvalget
Referat 12. maj 2025

Punkt nr. 18 – Godkendelse af dagsorden
Åbent punkt
Sagsnr.
25/8120
Beslutning
Godkendt.

Punkt nr. 19 – Eventuelt
Åbent punkt
Beslutning
Intet.

Mødeoplysninger
Dato: mandag den {day}. maj 2025
Mødetid: kl. 16.30
Mødested: Mødelokale 2, Rådhuset
"""


def test_a_closing_block_gives_the_start_where_its_date_is_the_meeting_s() -> None:
    meeting = _meeting(_CLOSING_BLOCK.format(day=12))
    assert meeting["start_time"] == "16:30"
    assert meeting["location"] == "Mødelokale 2, Rådhuset"


def test_a_closing_block_of_another_date_gives_no_start() -> None:
    # (the block names the next meeting: its hour is not this meeting's)
    meeting = _meeting(_CLOSING_BLOCK.format(day=26))
    assert meeting["start_time"] is None


def test_a_housing_department_s_board_is_a_body() -> None:
    assert header.looks_like_body("Afdelingsbestyrelsen, afd. 7 Engparken")
    assert header.looks_like_body("Afdelingsbestyrelsen, afdeling 12 Engbakken")
    assert not header.looks_like_body("Fælleshuset, afd. 3")


_DEPARTMENT = """Boligselskabet Hjemly

**Afdelingsbestyrelsen, afd. 7 Engparken**

Referat · tirsdag 4. november 2025 · kl. 19:00 · Beboerhuset, Engparken 2

**1 · Godkendelse af dagsorden**

> **Besluttet:** Godkendt.

**2 · Nye vinduer i blok B**
Byggesag EP-2025-0031

Tilbuddene er modtaget.

> **Besluttet:** Afdelingsbestyrelsen tog orienteringen til efterretning.
"""


def test_a_department_board_s_minutes_name_it_and_its_building_case() -> None:
    tables = _parse(_DEPARTMENT, "referat.md").tables
    assert tables["meetings"].iloc[0]["forum"] == "Afdelingsbestyrelsen, afd. 7 Engparken"
    assert list(tables["items"]["case_number"].fillna("")) == ["", "EP-2025-0031"]


def test_a_building_case_line_is_the_case() -> None:
    assert match_case_number("Byggesag BS-2023-0117") == "BS-2023-0117"
    assert match_case_number("Byggesag nr. 2025-0042") == "2025-0042"
    assert match_case_number("Byggesagsnr.: 24/118") == "24/118"
    assert match_case_number("Byggesag 2") is None
    assert match_case_number("Byggesagen er forsinket") is None


def test_the_purpose_cell_after_the_title_is_no_part_of_it() -> None:
    text = "1. Takster for vand 2026\tTil beslutning\nSagsnr.: 25/1187\n\nBeslutning\nGodkendt.\n"
    (head,) = headings.candidates(to_lines(text), set())
    assert head.title == "Takster for vand 2026"


def test_a_title_ending_in_the_purpose_s_words_keeps_them() -> None:
    # (no cell of its own: the words are the title's)
    text = "1. Sagen sendt til beslutning\nSagsnr.: 25/1187\n\nBeslutning\nGodkendt.\n"
    (head,) = headings.candidates(to_lines(text), set())
    assert head.title == "Sagen sendt til beslutning"
