"""Nineteenth round (layouts56): public bodies near municipalities (boards of utility
companies, school boards, local councils) and committees in unusual export styles."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.evaluate import _item_number
from analysis.layouts.dot_fields import close_dot_leaders
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.layouts.owners import contact_council_name, owned_by_no_municipality
from analysis.layouts.text import furniture
from analysis.layouts.title_row import tabbed_title_rows
from analysis.parse import parse_minutes, to_lines


def test_cases_numbered_through_the_year_with_a_two_digit_year() -> None:
    text = "\n".join(
        [
            "Referat af bestyrelsesmøde",
            "",
            "Tirsdag den 4. marts 2025 kl. 10.00, Havnevej 2",
            "",
            "Sag 7/25 – Godkendelse af dagsorden",
            "Bestyrelsens beslutning:",
            "Godkendt.",
            "",
            "Sag 8/25 – Ny affaldsordning",
            "J.nr. 2025-00411",
            "Bestyrelsens beslutning:",
            "Ordningen blev godkendt.",
        ]
    )
    items = parse_minutes(text).items
    assert [(i.number, i.title) for i in items] == [
        (7, "Godkendelse af dagsorden"),
        (8, "Ny affaldsordning"),
    ]
    assert items[1].case_number == "2025-00411"


def test_a_label_may_number_a_case_with_a_two_digit_year() -> None:
    assert _item_number("14/25") == 14
    assert _item_number("Sag 14/2025") == 14
    assert _item_number("14/256") == "14/256"


def test_dot_leaders_between_a_field_label_and_its_colon_are_closed_up() -> None:
    lines = to_lines(
        "Møde nr. ......: 4/2025\nBeslutning ..: Godkendt.\nIndhold ........ 3\nSe s. 2 ..: x"
    )
    assert [ln.clean for ln in close_dot_leaders(lines)] == [
        "Møde nr.: 4/2025",
        "Beslutning: Godkendt.",
        "Indhold ........ 3",  # a contents line's leader to its page stays
        "Se s. 2 ..: x",  # no label: a digit in it
    ]


def test_a_confidential_item_decides_nothing_here_unless_it_says_more() -> None:
    assert classify_decision("Punktet er fortroligt og fremgår af det lukkede referat.") == [
        ("none", "Punktet er fortroligt og fremgår af det lukkede referat.")
    ]
    assert classify_decision("Sagen er fortrolig. Bestyrelsen godkendte købet.")[0][0] == (
        "approved"
    )
    assert classify_decision("Sagen er lukket.")[0][0] == "other"  # a case closed: no mark


def test_a_company_named_under_the_board_meetings_title() -> None:
    placed: set[int] = set()
    lines = to_lines("Referat af bestyrelsesmøde nr. 2/2025\n\nSønderjysk Vand A/S\n\nDato: …")
    assert forum_from_meeting_kind(lines, placed) == "Bestyrelsen for Sønderjysk Vand A/S"
    assert placed == {0, 2}


def test_a_school_board_under_its_schools_name_alone() -> None:
    text = "\n".join(
        [
            "Bakkeskolen",
            "Skolebestyrelsen",
            "",
            "Referat af skolebestyrelsesmøde",
            "Mandag d. 3/2-2025 kl. 17.00-19.00 i personalerummet, afdeling Vest",
            "",
            "Til stede: Ane Bak (formand), Jon Lind",
            "Fra ledelsen: Eva Ravn (skoleleder)",
            "",
            "Punkt 1: Godkendelse af dagsorden",
            "Referat: Godkendt.",
        ]
    )
    meeting = parse_minutes(text)
    assert meeting.forum == "Skolebestyrelsen, Bakkeskolen"
    assert meeting.location == "personalerummet, afdeling Vest"
    assert "Eva Ravn" in {p.name for p in meeting.participants}


def test_a_fixed_width_title_row_names_the_body_on_the_left() -> None:
    row = "Lejre Idrætsråd                             Referat – bestyrelsesmøde"
    assert tabbed_title_rows(f"{row}\n\nDato: 3. marts 2025") == (
        "Lejre Idrætsråd\tReferat – bestyrelsesmøde\n\nDato: 3. marts 2025"
    )
    # a line of text with a wide gap but no document's kind on the right stays
    same = "Økonomiudvalget        Mødelokale 2\n"
    assert tabbed_title_rows(same) == same
    text = f"{row}\n\nMødedato: den 03.03.2025 kl. 19.00\n\n1) Godkendelse\nBeslutning: Godkendt.\n"
    meeting = parse_minutes(text)
    assert (meeting.forum, meeting.municipality) == ("Idrætsrådet", "Lejre Kommune")


def test_an_advisory_committees_own_recommendation_is_its_outcome() -> None:
    text = "\n".join(
        [
            "Skanderborg Kommune",
            "§ 17, stk. 4-udvalget for Ældre",
            "",
            "REFERAT",
            "Mødedato: 2. april 2025",
            "Mødetidspunkt: 16:00 - 18:00",
            "",
            "1. Godkendelse af dagsorden",
            "Udvalgets anbefaling:",
            "Godkendt.",
            "",
            "2. Demensvenlig kommune",
            "Sag: 25-003311",
            "Administrationens anbefaling:",
            "Administrationen anbefaler en handleplan.",
            "Udvalgets anbefaling:",
            "Anbefales over for Social- og Sundhedsudvalget.",
        ]
    )
    item = parse_minutes(text).items[1]
    decision = [s.text for s in item.sections if s.key == "beslutning"]
    assert decision == ["Anbefales over for Social- og Sundhedsudvalget."]


def test_a_contact_council_is_no_municipalitys() -> None:
    assert owned_by_no_municipality("KKR Sjælland")
    assert owned_by_no_municipality("Kkr Nordjylland")
    assert not owned_by_no_municipality("Økonomiudvalget")
    assert contact_council_name("Kkr Sjælland") == "KKR Sjælland"


_SIGNED_BODY = [
    "Assens Kommune",
    "Referat af bestyrelsesmøde",
    "",
    "Dato: Mandag den 5. maj 2025 kl. 15.00",
    "Sted: Havnekontoret, Havnegade 1",
    "",
    "1. Godkendelse af dagsorden",
    "Beslutning:",
    "Godkendt.",
    "",
    "2. Eventuelt",
    "Intet blev ført til referat.",
    "",
]


@pytest.mark.parametrize(
    "closing",
    [
        # the secretary's line over the rows of signatures (the gaps collapsed)
        ["Som referent: Lone Dahl, sekretær", "", "______________  ______________", "",
         "Per Holm    Anne Lund"],
        # the closing line, then a Word table of signatures: names with posts in cells
        ["Mødet hævet kl. 16.45.", "", "______________\t\t______________", "",
         "Per Holm, formand\t\tAnne K. Lund, direktør"],
    ],
)  # fmt: skip
def test_signatures_under_the_last_item_are_no_text_of_it(closing: list[str]) -> None:
    meeting = parse_minutes("\n".join(_SIGNED_BODY + closing))
    assert meeting.items[-1].title == "Eventuelt"
    assert "Lone" not in meeting.items[-1].sections[-1].text
    assert "Holm" not in meeting.items[-1].sections[-1].text
    assert not meeting.warnings, meeting.warnings


def test_a_blog_posts_byline_category_and_sidebars_are_furniture() -> None:
    lines = to_lines(
        "\n".join(
            [
                "Udgivet den 3. april 2025 af karen · 2 kommentarer",  # 0
                "Referatet følger her.",  # 1
                "Kategori: Referater · Tags: bestyrelse, møder",  # 2
                "## Skriv en kommentar",  # 3
                "",
                "## Seneste indlæg",  # 5
                "",
                "- Sommerfest ved søen",  # 7
                "- Referat fra marts",  # 8
            ]
        )
    )
    assert furniture(lines) == {0, 2, 3, 5, 7, 8}
