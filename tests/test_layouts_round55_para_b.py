"""Fifty-fifth session, a metamorphic probe (paragraph form, para_b): minutes whose every
line is its own paragraph, the indentation gone and one blank line between every two lines
(a Word document read paragraph by paragraph, a web page whose every line is a block).
What one block of lines said as written must be read across the blank lines:

- the meeting's place alone under its date and hour, no label ("Tirsdag den 10. marts 2026
  kl. 13.30" / "Plejecenter Solbakken, Ringstedvej 18, mødelokale Egen"): the restored
  paragraphs keep it with the date line (``read.text._place_under_date``, called by
  ``_goes_on``), and an unnumbered item's title is never that place paragraph right under
  the dated one (``layouts.titled_paragraphs.paragraph_items``, ``read.text.place_line``);
- "Referat" alone under a case line ("Sagsnr. 26/003120" / "Referat") is the outcome's
  label, no board's case title (``layouts.inline_case._title_under``);
- a page's side block of the meeting's facts ("Mødeoplysninger" / "Dato" / "tirsdag 14.
  oktober 2025" / "Tidspunkt" / …) each line a paragraph
  (``layouts.elsewhere_date._paragraph_block``, called by ``sidebar_meeting``);
- the room a paragraph of its own under the place field ("Mødested: Miljøhuset, …" /
  "Mødelokale Karup Å") (``parse._room_line_under``);
- an item's number with its time slot far to the right ("Punkt 2<gap>08.40-09.20") opens
  the item's heading block as "Punkt 2" alone does: the title's paragraph under it goes on
  it (``read.text._HEAD_PART``, in ``_goes_on``);
- an outcome after a dash on a numbered heading with the next item's heading right under
  it ("1. Godkendelse af dagsorden – Godkendt." / "2. Opfølgning … – Taget til
  efterretning.", one block once the paragraphs are restored): the item has nothing under
  it, its outcome is its decision (``layouts.outcome_list._nothing_under``, called by
  ``lone_heading_outcomes``);
- a numbered list's last entry inside an item, a paragraph of its own ("4. Vejbelysning
  2,2" over "I alt 24,5"), read as an item numbered out of turn: the text as written no
  longer replaces the restored paragraphs' reading by such an item
  (``layouts._numbered_in_turn``, in ``_finds_more``);
- an item of numbered sub-points each with its short outcome as the next paragraph
  ("3.1 Status …" / blank / "Taget til efterretning."): the first point's outcome opens
  the item's decision as where it stands right under its point
  (``layouts.outcome._point_outcome``);
- a portal's items printed one a page under the same field block ("Udvalg:" /
  "Mødedato:" / "Mødested:"), each field a paragraph: the first page's copy is the
  meeting's header, its place too (``layouts.text._paragraphs_beside``, called by
  ``_block_of_title``).

Fixtures: ``generic-hvert-afsnit-uden-numre-sted-under-dato-referat.txt``,
``generic-hvert-afsnit-moedeoplysninger-efter-punkt.txt``,
``generic-hvert-afsnit-moedested-lokale-under.txt``,
``generic-hvert-afsnit-punkt-tidsrum-til-hoejre.txt``,
``generic-hvert-afsnit-udfald-efter-tankestreg-paa-punktet.txt``,
``generic-hvert-afsnit-talliste-i-punkt-nummer-ude-af-tur.txt``,
``generic-hvert-afsnit-underpunkter-udfald-under-hvert.txt``,
``running-hvert-afsnit-udskrevne-punkter-feltblok.txt``.
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.elsewhere_date import _paragraph_block
from analysis.layouts.inline_case import _title_under
from analysis.layouts.outcome_list import _nothing_under
from analysis.layouts.text import _paragraphs_beside, prepare
from analysis.layouts.titled_paragraphs import paragraph_items
from analysis.parse import Line, with_room_under
from analysis.read import read_bytes
from analysis.read.text import _goes_on, paragraphs_restored, place_line
from tests.conftest import FIXTURES

RAW = FIXTURES / "layouts" / "raw"


def _paragraphs(*lines: str) -> str:
    return "\n\n".join(lines)


def _lines(*texts: str) -> list[Line]:
    return [Line(k, text, 0) for k, text in enumerate(texts)]


def _parsed(name: str):
    return parse_text(read_bytes((RAW / name).read_bytes(), ".txt").text)


_DATED = "Tirsdag den 10. marts 2026 kl. 13.30"
_PLACE = "Plejecenter Solbakken, Ringstedvej 18, mødelokale Egen"


@pytest.mark.parametrize(
    ("above", "line", "expected"),
    [
        (_DATED, _PLACE, True),
        ("14.05.2025 kl. 9.00", "Mødelokale 3, Jernbanegade 7, Hobro", True),
        ("Mødedato: fredag 6/6 2025, kl. 10.00–12.00", "Sognegården, Kirkevej 2, lokale 4", True),
        # no hour on the line above: a date alone may be a decision's or a title's
        ("Tirsdag den 10. marts 2026", _PLACE, False),
        # a title over the line, no date
        ("Godkendelse af dagsorden", _PLACE, False),
        # a sentence, a field or a title under the date: no place
        (_DATED, "Mødet blev holdt på plejecentret, lokale 2.", False),
        (_DATED, "Til stede: Grethe Lauridsen, Poul Kruse", False),
        (_DATED, "Godkendelse af dagsorden", False),
    ],
)  # fmt: skip
def test_place_under_the_date_and_hour_goes_on_it(above: str, line: str, expected: bool) -> None:
    assert _goes_on(above, line) is expected


def test_place_line() -> None:
    assert place_line("Plejecenter Solbakken, Ringstedvej 18, mødelokale Egen")
    assert place_line("Mødelokale 3, Jernbanegade 7, Hobro")
    assert not place_line("Mødelokale Egen")  # (no comma: a room alone, read under its field)
    assert not place_line("Høring: Kvalitetsstandard for madservice, Ringstedvej 18")
    assert not place_line("Busruten kører fra Ringstedvej 18, hver time.")


def test_restored_paragraphs_keep_the_place_under_the_date() -> None:
    text = "\n".join(
        ["Ældrerådet", "Referat", "Tirsdag den 10. marts 2026 kl. 13.30",
         "Plejecenter Solbakken, Ringstedvej 18, mødelokale Egen", "Til stede: Grethe Lauridsen",
         *[f"Linje {n}" for n in range(10)]]
    )  # fmt: skip
    assert (
        "kl. 13.30\nPlejecenter Solbakken, Ringstedvej 18, mødelokale Egen\n\nTil stede"
        in paragraphs_restored(text)
    )


def test_the_place_paragraph_under_the_date_titles_no_item() -> None:
    text = _paragraphs(
        "Ældrerådet", "14.05.2025 kl. 9.00", "Mødelokale 3, Jernbanegade 7, Hobro",
        "Referat", "Til stede: Grethe Lauridsen, Poul Kruse",
        "Godkendelse af dagsorden", "Referat", "Godkendt.",
        "Trafikplan 2026", "Referat", "Anbefalet.",
    )  # fmt: skip
    titles = [head.title for head in paragraph_items(prepare(text), set())]
    assert titles == ["Godkendelse af dagsorden", "Trafikplan 2026"]


def test_referat_under_a_case_line_is_no_case_title() -> None:
    lines = _lines("", "Sagsnr. 26/003120", "Referat", "")
    assert _title_under(lines, 1) is None
    lines = _lines("", "J.nr. 26/003120", "Klage over støj fra vindmølle", "")
    assert _title_under(lines, 1) == "Klage over støj fra vindmølle"


def test_side_block_of_facts_one_paragraph_a_line() -> None:
    lines = _lines(
        "", "Dato", "", "tirsdag 14. oktober 2025", "", "Sted", "", "Byrådssalen",
        "", "Hent referat som PDF", "", "Punkt 2  Tilsyn med dagplejen 2025", "", "Sagsnr. 1",
    )  # fmt: skip
    block = [line.clean for line in _paragraph_block(lines)]
    assert block == [
        "Dato",
        "tirsdag 14. oktober 2025",
        "Sted",
        "Byrådssalen",
        "Hent referat som PDF",
    ]
    # (two blank lines in a row end the block)
    assert [ln.clean for ln in _paragraph_block(_lines("", "Dato", "", "", "Sted"))] == ["Dato"]


def test_room_a_paragraph_of_its_own_under_the_place_field() -> None:
    lines = _lines("Mødested: Miljøhuset, 7430 Ikast", "", "Mødelokale Karup Å", "", "Medlemmer:")
    value, room = with_room_under("Miljøhuset, 7430 Ikast", lines, 0, set())
    assert (value, room) == ("Miljøhuset, 7430 Ikast, Mødelokale Karup Å", 2)
    # (the room's line goes on into the next: no paragraph of its own)
    lines = _lines("Mødested: Miljøhuset", "", "Mødelokale Karup Å", "er lukket", "")
    assert with_room_under("Miljøhuset", lines, 0, set()) == ("Miljøhuset", None)


def test_repeated_field_paragraphs_beside_the_dated_one() -> None:
    lines = _lines(
        "Udvalg: Teknik- og Trafikudvalget", "", "Mødedato: 02.09.2025 - kl. 15:30", "",
        "Mødested: Materielgården", "", "Punkt 1 af 3", "", "112. Godkendelse af dagsorden",
    )  # fmt: skip
    assert _paragraphs_beside(lines, 2, {0, 4}) == {0, 4}
    assert _paragraphs_beside(lines, 2, {0}) == {0}  # (the place no copy: the walk stops)


def test_fixture_place_under_the_date_unnumbered_items() -> None:
    meeting = _parsed("generic-hvert-afsnit-uden-numre-sted-under-dato-referat.txt")
    assert meeting.location == "Plejecenter Solbakken, Ringstedvej 18, mødelokale Egen"
    assert [item.title for item in meeting.items][:2] == [
        "Godkendelse af dagsorden",
        "Høring: Kvalitetsstandard for madservice",
    ]
    assert meeting.items[0].case_number == "26/003120"


def test_fixture_side_block_after_the_first_item() -> None:
    meeting = _parsed("generic-hvert-afsnit-moedeoplysninger-efter-punkt.txt")
    assert str(meeting.date) == "2025-10-14"
    assert meeting.start_time == "15:30"
    assert meeting.location == "Byrådssalen, Rådhuset, Torvegade 10"


def test_fixture_room_a_paragraph_under_the_place() -> None:
    meeting = _parsed("generic-hvert-afsnit-moedested-lokale-under.txt")
    assert meeting.location == "Miljøhuset, Stadion Allé 6, 7430 Ikast, Mødelokale Karup Å"


def test_fixture_printed_items_field_block_a_paragraph_a_line() -> None:
    meeting = _parsed("running-hvert-afsnit-udskrevne-punkter-feltblok.txt")
    assert meeting.location == "Materielgården, Industrivej 9, mødelokale 1"
    assert [item.number for item in meeting.items] == [112, 113, 114]


@pytest.mark.parametrize(
    ("above", "expected"),
    [
        ("Punkt 2                                   08.40-09.20", True),
        ("Pkt. 12     kl. 9.30 - 10.00", True),
        ("Punkt 2", True),
        ("Punkt 2 08.40-09.20", False),  # (one space: a title's own words may follow)
        ("Punkt 2                                   Budget", False),
    ],
)
def test_number_with_its_slot_to_the_right_opens_the_heading_block(
    above: str, expected: bool
) -> None:
    assert _goes_on(above, "Elevtal og klassedannelse 2026/27") is expected


def test_fixture_number_with_its_slot_over_the_title() -> None:
    meeting = _parsed("generic-hvert-afsnit-punkt-tidsrum-til-hoejre.txt")
    assert [item.title for item in meeting.items] == [
        "Godkendelse af dagsorden",
        "Elevtal og klassedannelse 2026/27",
        "Nye åbningstider i dagtilbud",
        "Eventuelt",
    ]
    assert meeting.items[1].case_number == "26/2211"


def test_next_heading_right_under_a_heading_with_its_outcome() -> None:
    lines = _lines(
        "1. Godkendelse af dagsorden – Godkendt.",
        "2. Opfølgning på sidste møde – Taget til efterretning.",
        "3. Cykelparkering ved stationen",
        "",
    )
    assert _nothing_under(lines, 0)
    assert _nothing_under(lines, 1)
    # (a line of text under it, or a heading numbered otherwise: no item standing bare)
    assert not _nothing_under(_lines("1. Budget – Godkendt.", "Se bilag.", ""), 0)
    assert not _nothing_under(_lines("1. Budget – Godkendt.", "3. Eventuelt", ""), 0)
    # (a decision's points one under the other: parted by a colon, or a proposal in small
    # letters)
    assert not _nothing_under(_lines("1) Motionshold: Godkendt.", "2) Cykelture: Udsat.", ""), 0)
    assert not _nothing_under(_lines("1. at planen godkendes – godkendt", "2. at …", ""), 0)


def test_fixture_outcomes_after_a_dash_on_headings_one_under_the_other() -> None:
    meeting = _parsed("generic-hvert-afsnit-udfald-efter-tankestreg-paa-punktet.txt")
    assert [item.title for item in meeting.items][:2] == [
        "Godkendelse af dagsorden",
        "Opfølgning på sidste møde",
    ]
    decided = [s.text for s in meeting.items[1].sections if s.key == "beslutning"]
    assert decided == ["Taget til efterretning."]


def test_fixture_list_entry_a_paragraph_no_item_out_of_turn() -> None:
    meeting = _parsed("generic-hvert-afsnit-talliste-i-punkt-nummer-ude-af-tur.txt")
    assert [item.number for item in meeting.items] == [1, 2, 3]
    decided = [s.text for s in meeting.items[0].sections if s.key == "beslutning"]
    assert decided == ["Anbefales."]


def test_numbered_in_turn() -> None:
    from types import SimpleNamespace

    from analysis.layouts import _numbered_in_turn

    def meeting(*numbers: int) -> SimpleNamespace:
        return SimpleNamespace(items=[SimpleNamespace(number=n) for n in numbers])

    assert _numbered_in_turn(meeting(1, 2, 3))
    assert _numbered_in_turn(meeting(57, 58, 60))  # (numbered through the year)
    assert not _numbered_in_turn(meeting(1, 4, 2, 3))


def test_sub_point_outcome_a_paragraph_under_its_point() -> None:
    from analysis.layouts.outcome import _point_outcome

    lines = ["3.1 Status på trivselsmålingen", "", "Taget til efterretning.", "",
             "3.2 Nyt fra PPR", "", "Udvalget drøftede ventetiden."]  # fmt: skip
    assert _point_outcome(lines) == 2
    assert _point_outcome(["3.1 Status", "Taget til efterretning.", "3.2 Nyt", "Drøftet."]) == 1
    # (a paragraph of text under the point, no outcome)
    assert (
        _point_outcome(["3.1 Status", "", "Målingen viser fremgang.", "3.2 Nyt", "Tekst."]) is None
    )


def test_fixture_sub_points_with_their_outcomes_a_paragraph_a_line() -> None:
    meeting = _parsed("generic-hvert-afsnit-underpunkter-udfald-under-hvert.txt")
    decided = [s.text for s in meeting.items[2].sections if s.key == "beslutning"]
    assert decided and decided[0].startswith("Taget til efterretning.")
