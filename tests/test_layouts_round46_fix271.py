"""The forty-sixth round's rules for the minutes and agendas of municipal companies' boards
(layouts271): utilities, ports, joint waste, transport and rescue companies. Each rule's
fixture is in ``tests/fixtures/layouts``; these tests hold what each rule reads and what it
must leave alone."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from analysis import evaluate, parse
from analysis.enrich import decisions
from analysis.layouts import base, header, headings, meeting_kind, outcome, owners, text
from analysis.layouts.groups import group_headings
from analysis.parse import Line


def _lines(source: str) -> list[Line]:
    return text.prepare(source)


# --- items: "Sag N  Title" / "Til beslutning" / "J.nr. …" ------------------------------


_AGENDA = """Dagsorden

Sag 3      Ny pumpestation i Lunderskov
Til beslutning
J.nr. 2025-0412

Sagsfremstilling:
Pumpestationen er nedslidt.

Bestyrelsens beslutning:

Sag 4      Takster for 2026
Til orientering
J.nr. 2025-0519

Sagsfremstilling:
Taksterne stiger med 2 %.

Bestyrelsens beslutning:
"""


def test_purpose_without_colon_lets_the_case_line_under_it_count() -> None:
    heads = headings.candidates(_lines(_AGENDA), set())
    assert [(h.number, h.case_number) for h in heads] == [(3, "2025-0412"), (4, "2025-0519")]
    assert all(h.evidence >= 2 for h in heads)


def test_purpose_without_colon_proves_nothing_alone() -> None:
    # ("3. Ny pumpestation" / "Til beslutning" / prose: no case line, no section under it)
    source = "Dagsorden\n\n3. Ny pumpestation i Lunderskov\nTil beslutning\nDer var enighed.\n"
    heads = headings.candidates(_lines(source), set())
    assert all(h.evidence == 0 for h in heads)


# --- the letter's date and the meeting's -------------------------------------------------


_LETTER = """Dato: 30. januar 2025
J.nr.: 2025-0077

Til bestyrelsen for Kongeåen Forsyning A/S

DAGSORDEN

Onsdag den 12. februar 2025, kl. 16.00
"""


def test_letterhead_date_gives_way_to_the_meeting_line() -> None:
    head = header.read_header(_lines(_LETTER), set(), set())
    assert head.date == dt.date(2025, 2, 12)
    assert head.start_time == "16:00"


def test_date_field_without_a_reference_block_stays() -> None:
    # a meeting's own "Dato:" field, a later dated line no meeting's (no reference field)
    source = "Dato: 30. januar 2025\nSted: Rådhuset\n\nOnsdag den 12. februar 2025, kl. 16.00\n"
    head = header.read_header(_lines(source), set(), set())
    assert head.date == dt.date(2025, 1, 30)


def test_letter_date_keeps_an_earlier_line() -> None:
    # a date before the letter's (a previous meeting named in the letter) dates nothing
    source = _LETTER.replace("Onsdag den 12. februar 2025", "Onsdag den 8. januar 2025")
    head = header.read_header(_lines(source), set(), set())
    assert head.date == dt.date(2025, 1, 30)


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("J.nr.: 2025-0077", True),
        ("Jnr.: 12/331", True),
        ("Vores ref.: PKL", True),
        ("Deres ref.: 881", True),
        ("Journalnr.: 00.01.00-A00-2-25", True),
        ("Sted: Rådhuset", False),
        ("J.nr. 2025-0077", False),  # an item's case line has no colon
    ],
)
def test_letter_reference_fields(line: str, reference: bool) -> None:
    lines = _lines(f"Dato: 30. januar 2025\n{line}\n")
    assert header._letter_reference(lines, 0, set()) is reference


# --- the board named with its organisation -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "forum"),
    [
        (
            "Referat af ekstraordinært møde i bestyrelsen for Sejerø Havn A/S",
            "Bestyrelsen for Sejerø Havn A/S",
        ),
        (
            "Referat fra mødet i bestyrelsen for Midtvest Renovation I/S",
            "Bestyrelsen for Midtvest Renovation I/S",
        ),
        ("Til bestyrelsen for Kongeåen Forsyning A/S", "Bestyrelsen for Kongeåen Forsyning A/S"),
        ("REFERAT AF MØDE I BESTYRELSEN FOR NORDHAVN A/S", "Bestyrelsen for NORDHAVN A/S"),
        ("Til bestyrelsen for godkendelse", None),  # no organisation's name
        ("Referat af møde i bestyrelsen", None),
        ("Sagen sendes til bestyrelsen for Kongeåen Forsyning A/S", None),
    ],
)
def test_board_for_its_organisation(line: str, forum: str | None) -> None:
    assert meeting_kind._board_for(line) == forum


def test_board_line_under_the_meeting_kind() -> None:
    source = (
        "## Bestyrelsesmøde 2/2025\n\nReferat fra møde i bestyrelsen for Midtvest Renovation I/S\n"
    )
    assert meeting_kind.forum_from_meeting_kind(_lines(source), set()) == (
        "Bestyrelsen for Midtvest Renovation I/S"
    )


def test_bare_board_field_keeps_its_word() -> None:
    # "Forum: Bestyrelsen" under the company's heading: no area "for <company>" added
    source = "# Vestegnens Genbrug I/S\n\n## Referat af bestyrelsesmøde 2/2025\n"
    assert meeting_kind.area_of_bare_body("Bestyrelsen", _lines(source), set()) is None


# --- "Beslutning i bestyrelsen den <date>" -------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Beslutning i bestyrelsen den 22. maj 2025", ("bestyrelsen", dt.date(2025, 5, 22))),
        ("Beslutning i bestyrelsen den 22. maj 2025:", ("bestyrelsen", dt.date(2025, 5, 22))),
        ("Beslutning i havnebestyrelsen 22.05.2025:", ("havnebestyrelsen", dt.date(2025, 5, 22))),
        ("Beslutning i byrådet den 22. maj 2025", ("byrådet", dt.date(2025, 5, 22))),
        ("Beslutning i bestyrelse den 22. maj 2025", None),  # no definite body
        ("Beslutning i sagen den 22. maj 2025", None),  # no body at all
    ],
)
def test_lower_case_body_decision(heading: str, found: tuple | None) -> None:
    assert parse.decision_heading(heading) == found


def test_lower_case_body_decision_is_this_meetings_or_an_earlier() -> None:
    rules = parse.BodyRules(
        forum="Bestyrelsen for Sydfyns Beredskab", meeting_date=dt.date(2025, 5, 22)
    )
    ours = Line(0, "Beslutning i bestyrelsen den 22. maj 2025", 2)
    earlier = Line(0, "Beslutning i bestyrelsen den 13. marts 2025", 2)
    assert parse.heading_key(ours, rules) == ("beslutning", ours.clean)
    assert parse.heading_key(earlier, rules) == ("tidligere_beslutning", earlier.clean)


# --- a lettered group of one item ----------------------------------------------------------


_GROUPED = """## A. Beslutningssager

### A1 Godkendelse af dagsorden

**Beslutning:** Godkendt.

### A2 Nyt udbud

**Beslutning:** Godkendt.

## B. Orienteringssager

### B1 Kvartalsregnskab

**Beslutning:** Taget til efterretning.

## C. Eventuelt

**Beslutning:** Intet.
"""


def test_group_of_one_item_after_the_grouped_points() -> None:
    lines = _lines(_GROUPED)
    heads = headings.candidates(lines, group_headings(lines))
    assert [(h.number, h.title) for h in heads] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Nyt udbud"),
        (3, "Kvartalsregnskab"),
        (4, "Eventuelt"),
    ]


def test_group_heading_over_its_points_is_no_item() -> None:
    # ("C. Drøftelsessager" over "C1 …": a group of points, its heading no item of its own)
    source = _GROUPED.replace(
        "## C. Eventuelt\n\n**Beslutning:** Intet.\n",
        "## C. Drøftelsessager\n\n### C1 Strategi\n\n**Beslutning:** Drøftet.\n",
    )
    lines = _lines(source)
    heads = headings.candidates(lines, group_headings(lines))
    assert [h.title for h in heads][-1] == "Strategi"
    assert len(heads) == 4


def test_label_letter_alone_among_grouped_numbers_is_its_place() -> None:
    items = [{"n": n} for n in ("A1", "A2", "B1", "C")]
    assert evaluate._label_numbers(items) == [1, 2, 3, 4]
    # letters alone are still the letters' places
    assert evaluate._label_numbers([{"n": n} for n in ("A", "B", "C")]) == [1, 2, 3]


# --- wrapped titles and places -------------------------------------------------------------


def test_title_hyphenated_over_its_purpose_line() -> None:
    source = (
        "Punkt 2      Forslag om natbusser i week-\n             enderne\nTil beslutning\n"
        "Sagsnr.: TT-2025-00058\n\nBestyrelsens beslutning:\nGodkendt.\n"
    )
    heads = headings.candidates(_lines(source), set())
    assert [h.title for h in heads] == ["Forslag om natbusser i weekenderne"]


@pytest.mark.parametrize(
    ("source", "place"),
    [
        (
            "Sted: Mødelokale 2, Godsbanevej 2,\n7000 Fredericia\n",
            "Mødelokale 2, Godsbanevej 2, 7000 Fredericia",
        ),
        (
            "Mødested: Vandværket, Bogensevej 40, Søndersø –\nmødelokalet\n",
            "Vandværket, Bogensevej 40, Søndersø – mødelokalet",
        ),
        # a date or a list under the place is no part of it
        ("Sted: Rådhuset,\n12.03.2025\n", "Rådhuset,"),
        ("Sted: Rådhuset,\n2. Budget\n", "Rådhuset,"),
    ],
)
def test_place_goes_on_under_its_field(source: str, place: str) -> None:
    head = header.read_header(_lines(source), set(), set())
    assert head.location == place


# --- joint bodies ---------------------------------------------------------------------------


def test_seats_written_with_their_kommune() -> None:
    lines = [
        "Deltagere: Pia Krogh, formand (Fredericia Kommune)",
        "Mads Ulv, næstformand (Kolding Kommune)",
        "Rasmus Bek (Vejle Kommune)",
    ]
    assert owners.member_municipalities(lines) == {"Fredericia", "Kolding", "Vejle"}
    assert owners.joint_body(lines)
    assert not owners.joint_body(lines[:2])


# --- the outcome of a protocol without decision headings ----------------------------------


def test_decision_after_the_debate_and_the_proposal() -> None:
    lines = [
        "Bestyrelsen drøftede navnlig prisen.",
        "",
        "Havnefogeden indstillede, at tilbuddet antages.",
        "",
        "Bestyrelsen godkendte, at tilbuddet antages.",
    ]
    assert outcome._decided_after_debate(lines, 0) == 4


@pytest.mark.parametrize(
    "lines",
    [
        # no proposal after the debate: the debate is the outcome
        ["Bestyrelsen drøftede navnlig prisen.", "", "Bestyrelsen godkendte tilbuddet."],
        # the first outcome no debate: it stands
        ["Bestyrelsen godkendte tilbuddet.", "", "Direktøren indstillede, at X.", "", "Godkendt."],
    ],
)
def test_first_outcome_stays(lines: list[str]) -> None:
    assert outcome._decided_after_debate(lines, 0) == 0


# --- decision types -------------------------------------------------------------------------


def test_case_sent_on_before_a_members_remark_is_referred() -> None:
    found = decisions.classify_decision(
        "Oversendt til høring i de tre ejerkommuner. Jakob Ravn bemærkede, at det haster."
    )
    assert found[0][0] == "referred"
    assert decisions.primary_decision_type(t for t, _ in found) == "referred"


def test_approval_before_the_sending_on_keeps_its_place() -> None:
    found = decisions.classify_decision("Godkendt. Sagen oversendes til byrådet.")
    assert [t for t, _ in found] == ["approved", "referred"]


def test_recommendation_wrapped_before_an_amount() -> None:
    found = decisions.classify_decision(
        "Bestyrelsen anbefaler over for Kalundborg Kommune, at en kommunegaranti på\n"
        "12 mio. kr. vedtages, så arbejdet kan begynde i 2026."
    )
    assert [t for t, _ in found] == ["recommended"]


@pytest.mark.parametrize(
    ("texts", "k", "soft"),
    [
        (["garanti", "på", "\n", "12", "mio."], 2, True),
        (["følgende", "punkter", "\n", "1", "."], 2, False),  # a point's number
        (["2025", ".", "\n", "12", "mio."], 2, False),  # a sentence closed above
        (["til", "\n", "borgerne"], 1, True),
    ],
)
def test_soft_wrap(texts: list[str], k: int, soft: bool) -> None:
    assert decisions._soft_wrap(texts, k) is soft


# --- the end of the minutes ------------------------------------------------------------------


def test_signed_minutes_close_the_last_item() -> None:
    source = (
        "3. Eventuelt\n\nReferat:\nIntet.\n\n"
        "Referatet er godkendt og underskrevet:\n\n"
        "______________    ______________\n"
        "Inge Holm, formand    Karl Nyholm, næstformand\n"
    )
    lines = _lines(source)
    label = next(k for k, ln in enumerate(lines) if ln.clean.startswith("Referatet er"))
    assert base._closing_line(lines, 0) == label
    # without the rows of signatures to the end the label closes nothing
    assert base._closing_line(lines[: label + 1] + _lines("Godkendt med bemærkninger."), 0) is None


def test_second_line_of_a_page_header_is_furniture() -> None:
    page = (
        "Nordfyns Vand A/S · Referat 03.09.2025   Side {n} af 3\n"
        "Nordfyns Vand A/S\nReferat – bestyrelsesmøde nr. 2/2025\n\n"
    )
    source = (
        "1. Godkendelse af dagsorden\nReferat:\nGodkendt.\n\n"
        + page.format(n=1)
        + "2. Anlæg\nReferat:\nGodkendt.\n\n"
        + page.format(n=2)
        + "3. Eventuelt\nReferat:\nIntet.\n\n"
        + page.format(n=3)
    )
    lines = _lines(source)
    found = text.furniture(lines)
    heads = [ln for ln in lines if ln.clean == "Referat – bestyrelsesmøde nr. 2/2025"]
    assert heads and all(ln.index in found for ln in heads)
    assert not any(ln.index in found for ln in lines if ln.clean == "Godkendt.")


# --- the lines the rules' patterns read --------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "line", "matched"),
    [
        # an item's purpose alone on its line, no colon
        (headings._PURPOSE_ALONE, "Til beslutning", True),
        (headings._PURPOSE_ALONE, "TIL ORIENTERING", True),
        (headings._PURPOSE_ALONE, "til drøftelse", True),
        (headings._PURPOSE_ALONE, "Til beslutning:", False),  # the label: PURPOSE_LABEL's
        (headings._PURPOSE_ALONE, "Til beslutning i byrådet", False),
        # a postcode and its town alone
        (header._POSTCODE_TOWN_ALONE, "7000 Fredericia", True),
        (header._POSTCODE_TOWN_ALONE, "8000 Aarhus C", True),
        (header._POSTCODE_TOWN_ALONE, "2024 blev et godt år", False),
        (header._POSTCODE_TOWN_ALONE, "0800 Test", False),
        # the label over the minutes' signatures
        (base._SIGNED_BY, "Referatet er godkendt og underskrevet:", True),
        (base._SIGNED_BY, "Protokollen underskrevet:", True),
        (base._SIGNED_BY, "Referatet blev godkendt:", True),
        (base._SIGNED_BY, "Underskrevet", True),
        (base._SIGNED_BY, "Referatet blev godkendt.", False),  # an outcome
        (base._SIGNED_BY, "Godkendt", False),
        # a row of signatures: names and posts, the cells' gap collapsed or a tab
        (base._SIGNATURE_ROW, "Inge Holm, formand Karl Nyholm, næstformand", True),
        (base._SIGNATURE_ROW, "Inge Holm, formand\tKarl Nyholm, næstformand", True),
        (base._SIGNATURE_ROW, "Inge Holm, formand og Karl Nyholm, næstformand", False),
    ],
)
def test_line_patterns(pattern: re.Pattern[str], line: str, matched: bool) -> None:
    assert (pattern.match(line) is not None) is matched
