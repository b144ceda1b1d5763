"""The forty-sixth round's rules for leadership forums' minutes (layouts272): planning
fields in a PDF's right-hand column beside the heading, an item's facts as a dash list
under its title, a contents entry wrapped under its minutes' column, a heading's rest over
a bar-parted planning line, an "Emnenr." case field, a purpose code and the minutes over
the case line, sub-items "5a · Title", a draft approved for consultation, the forum
deciding by its initials, a kind of meeting with its area after a comma, and a page title
naming the forum in full."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.layouts import field_column, fuller_forum, headings, meeting_kind, outcome, text
from analysis.parse import Line

# --- a PDF's right-hand column of planning fields (field_column) -------------------------

_ROWS = (
    "1.    Godkendelse af dagsorden og status                Ansvarlig: KB    Tid: 5 min.\n"
    "      på sidste møde\n"
    "      Til beslutning\n"
    "\n"
    "      Konklusion:\n"
    "      Godkendt.\n"
    "\n"
    "2.    Busplan 2026                                      Ansvarlig: TL    Tid: 20 min.\n"
    "      Til drøftelse                                     J.nr. 13.05.00-P20-1-25\n"
    "\n"
    "      Baggrund:\n"
)


def test_fields_go_under_the_headings_lines() -> None:
    lines = field_column.fields_under_headings(_ROWS).split("\n")
    assert lines[0] == "1.    Godkendelse af dagsorden og status"
    assert lines[1:4] == [
        "      på sidste møde",
        "      Til beslutning",
        "      Ansvarlig: KB   Tid: 5 min.",
    ]
    assert lines[8:11] == [
        "2.    Busplan 2026",
        "      Til drøftelse                                     J.nr. 13.05.00-P20-1-25",
        "      Ansvarlig: TL   Tid: 20 min.",
    ]


def test_fields_stop_at_a_section_label() -> None:
    row = "3.    Vejplan                       Varighed: 10 min.\n      Baggrund:\n      Tekst.\n"
    lines = field_column.fields_under_headings(row).split("\n")
    assert lines[:3] == ["3.    Vejplan", "      Varighed: 10 min.", "      Baggrund:"]


@pytest.mark.parametrize(
    "row",
    [
        "1. Godkendelse af dagsorden Ansvarlig: KB",  # no column's gap: a title's words
        "Ansvarlig for referatet:     Kirsten Bay",  # no item's number
        "2.    Busplan 2026                     J.nr. 13.05.00-P20-1-25",  # a case, no field
        "Der er 3 projekter    Ansvarlig: alle",  # a sentence, its figure no number
    ],
)
def test_no_heading_row_is_left_as_it_is(row: str) -> None:
    assert field_column.fields_under_headings(row) == row


# --- an item's facts as a dash list under its title (parse) ------------------------------


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts, start=1)]


def test_bulleted_facts_are_no_wrapped_title() -> None:
    body = _lines(
        "- Til beslutning", "- Ansvarlig: Ulla Berg", "- Varighed: 15 min.", "Sag: 25/1187"
    )
    assert parse._title_continuation("Ny parkeringsnorm", body, None) == []


def test_a_dashed_title_rest_still_continues() -> None:
    body = _lines("- endelig vedtagelse", "Sagsnr.: 25/1187")
    assert [ln.clean for ln in parse._title_continuation("Lokalplan 12", body, None)] == [
        "- endelig vedtagelse"
    ]


@pytest.mark.parametrize(
    ("lines", "after"),
    [
        (["- Til beslutning", "- Ansvarlig: Ulla Berg"], True),
        (["TO", "15 min."], True),  # a table cell's small line read a part a line
        (["TB", "(10 min.)"], True),
        (["- Budgettet er lagt"], False),  # a bullet of the item's text
        (["TX", "15 min."], False),  # no purpose's code
    ],
)
def test_plan_fields_before_a_case_line(lines: list[str], after: bool) -> None:
    assert parse._after_plan_fields(("tekst", "", _lines(*lines))) is after


# --- a contents entry wrapped under its minutes' column (headings) -----------------------


@pytest.mark.parametrize(
    ("title", "rest", "joined"),
    [
        (
            "Tilsyn med plejecentre og bo- (25 min.)",
            "tilbud 2025",
            "Tilsyn med plejecentre og botilbud 2025 (25 min.)",
        ),
        ("Vejplan for (30 min.)", "landsbyerne", "Vejplan for landsbyerne (30 min.)"),
        ("Vejplan for", "landsbyerne", "Vejplan for landsbyerne"),
        ("Status (forår)", "og efterår", "Status (forår) og efterår"),  # no minutes
    ],
)
def test_wrapped_entry_goes_before_its_minutes(title: str, rest: str, joined: str) -> None:
    assert headings._wrapped_entry(title, rest) == joined


def test_heading_rest_over_its_planning_line() -> None:
    lines = parse.to_lines(
        "Punkt 2 – Rammer for frivillige foreninger i kultur- og fritidsli-\n"
        "vet\n"
        "Til drøftelse | Ansvarlig: Jes Lund | Tid: 20 min.\n"
    )
    assert headings._wrapped_rest(lines, 0, set()) == [1]


def test_capital_line_over_a_purpose_line_is_no_rest() -> None:
    lines = parse.to_lines("Sag 2: Rammeaftale 2026\nBilag og notat\nTil beslutning\n")
    assert headings._wrapped_rest(lines, 0, set()) == []


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Til drøftelse | Ansvarlig: Jes Lund | Tid: 20 min.", False),
        ("Til beslutning | Varighed: 10 min. | Oplæg ved: HR", False),
        ("Forside | Politik | Udvalg | Referater", True),  # a trail of pages
    ],
)
def test_bar_parted_planning_line_is_no_breadcrumb(line: str, furniture: bool) -> None:
    assert text.is_furniture(line, ("|",)) is furniture


# --- "Emnenr.:" (parse.match_case_number) -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Emnenr.: EMN-2025-00871", "EMN-2025-00871"),
        ("Emne-nr. EMN-2024-01200", "EMN-2024-01200"),
        ("EMNENUMMER: EMN-2023-00042", "EMN-2023-00042"),
        ("Emnenr.: 05.01.10-G01-2-24", None),  # a KLE number under the label: an unknown field
        ("Emne: Økonomi", None),
        ("Emnenr.: EMN-2025-00871 og EMN-2025-00872", None),  # more than the number
    ],
)
def test_emne_number_field(line: str, case: str | None) -> None:
    assert parse.match_case_number(line) == case


# --- "5a · Title" (headings) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number", "letter", "title"),
    [
        ("5a · Klimaplan – status", "5", "a", "Klimaplan – status"),
        ("12b · Budget 2026", "12", "b", "Budget 2026"),
    ],
)
def test_sub_item_after_a_middle_dot(line: str, number: str, letter: str, title: str) -> None:
    assert headings._DIGIT_LETTER.search(line[:24])
    m = headings._INSERTED.match(line)
    assert m is not None and (m["num"], m["letter"], m["title"]) == (number, letter, title)


def test_middle_dot_without_a_space_is_no_sub_item() -> None:
    assert headings._INSERTED.match("5a·Klimaplan") is None


# --- a draft approved for consultation, the forum's initials (outcome) ---------------------


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Godkendt til høring med få ændringer.", True),
        ("Vedtaget til offentlig høring.", True),
        ("Godkendt til høring.", True),
        ("Til høring.", False),  # the item's purpose, nothing decided
        ("Sendt til høring.", False),  # what was done before the meeting
    ],
)
def test_approved_for_consultation(line: str, stated: bool) -> None:
    assert outcome.outcome_line(line) is stated


@pytest.mark.parametrize(
    ("line", "forum", "decided"),
    [
        ("KF valgte Nykøbing Hallerne.", "Koordinationsforum", True),
        ("  TLF besluttede at udsætte sagen.", "Topledelsesforum", True),
        ("KL anbefalede i 2024 en ny model.", "Koordinationsforum", False),  # another body
        ("KF valgte Nykøbing Hallerne.", None, False),  # no forum known
        ("KF gennemgik tallene.", "Koordinationsforum", False),  # no verb of deciding
    ],
)
def test_forum_deciding_by_its_initials(line: str, forum: str | None, decided: bool) -> None:
    assert outcome._initials_decided(line, forum) is decided


# --- the kind of meeting, a comma and its area; the page title's full name ----------------


@pytest.mark.parametrize(
    ("line", "forum"),
    [
        ("Ledergruppemøde, Teknik og Miljø (LG TM)", "Ledergruppen, Teknik og Miljø"),
        ("Chefgruppemøde, Kultur og Fritid", "Chefgruppen, Kultur og Fritid"),
        ("Ledergruppemøde – Teknik og Miljø", "Ledergruppen Teknik og Miljø"),
        ("Direktionsmøde (DIR)", "Direktionen"),
        ("Direktionsmøde, referat", None),  # the document's kind, no area
    ],
)
def test_kind_of_meeting_with_its_area_after_a_comma(line: str, forum: str | None) -> None:
    assert meeting_kind.body_of_meeting(line) == forum


@pytest.mark.parametrize(
    ("forum", "title", "fuller"),
    [
        (
            "Chefgruppen",
            "Referat: Chefgruppen Kultur og Fritid 02.10.2025 - Intra Mariagerfjord",
            "Chefgruppen Kultur og Fritid",
        ),
        ("Ledergruppen", "Ledergruppen Børn & Unge | Dagsorden", "Ledergruppen Børn & Unge"),
        ("Chefgruppen", "Referat: Chefgruppen 02.10.2025 - Intra", None),  # no more words
        ("Chefgruppen", "Chefgruppen – møde om budget 2026", None),  # no area after it
        ("Chefgruppen Kultur", "Referat: Chefgruppen Kultur og Fritid", None),  # two words
        ("Direktionen", None, None),
    ],
)
def test_page_title_spells_out_the_forum(forum: str, title: str | None, fuller: str | None) -> None:
    assert fuller_forum.fuller_in_page_title(forum, title) == fuller
