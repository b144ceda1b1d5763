"""The twenty-second round: last round's leftovers (forums in title lines, …)."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.closing_item import closing_title, one_short_sentence
from analysis.layouts.meeting_kind import board_beside_institution, body_of_meeting
from analysis.layouts.prose_case import prose_case
from analysis.layouts.small_place import lower_place_after_hour, place_line_under
from analysis.layouts.title_forum import body_of_title_forum, title_line_forum
from analysis.parse import Line

_BODY = """
Tirsdag den 4. marts 2025 kl. 17.00-19.00

Til stede: Anne Holm, Per Lind

1. Godkendelse af dagsorden

Godkendt.

2. Budget

Drøftet.
"""


def _lines(*texts: str) -> list[Line]:
    return [Line(index=k, clean=t, heading_level=0) for k, t in enumerate(texts)]


def test_forum_named_by_the_title_line() -> None:
    for title, forum in [
        ("Ældrerådet – referat 4. marts", "Ældrerådet"),
        ("# Ungerådet Thisted 🎤 – referat", "Ungerådet"),
        (
            "Samrådet for Grundejerforeninger på Amager Syd – Tårnby Kommune",
            "Samrådet for Grundejerforeninger på Amager Syd",
        ),
        ("Emne: Referat fra Handicaprådets møde 4/3", "Handicaprådet"),
        (
            "Referat skolebestyrelsesmøde Løsning Skole marts 2025",
            "Skolebestyrelsen, Løsning Skole",
        ),
        ("Referat fra bestyrelsesmøde i Vestbjerg Skolebestyrelse", "Vestbjerg Skolebestyrelse"),
    ]:
        assert parse_text(f"{title}\n{_BODY}").forum == forum, title


def test_title_line_forum_needs_a_body_and_a_town() -> None:
    placed: set[int] = set()
    assert title_line_forum(_lines("Ungerådet Thisted – referat"), placed) == (
        "Ungerådet",
        "Thisted Kommune",
    )
    assert placed == {0}
    # a capitalised word after the body that names no municipality is part of another name
    assert title_line_forum(_lines("Skolebestyrelsen Holmevej – referat"), set()) == (None, None)
    # a sentence is no title; nor a line below the first three
    assert title_line_forum(_lines("Rådet drøftede budgettet."), set()) == (None, None)
    assert title_line_forum(_lines("a", "b", "c", "Ældrerådet – referat"), set()) == (None, None)


def test_kind_of_meeting_titled_by_month() -> None:
    assert body_of_meeting("Referat bestyrelsesmøde marts 2025") == "Bestyrelsen"
    assert body_of_title_forum("Referat af ordinært møde i Handicaprådet") == "Handicaprådet"
    assert body_of_title_forum("Referat fra bestyrelsesmøde i Holmens Grundejerforening") is None


def test_case_in_the_first_lines_prose() -> None:
    assert prose_case(["Kommunen har givet tilladelse (Sag: 05.07.02-G01-33-25). Fint."]) == (
        "05.07.02-G01-33-25"
    )
    assert prose_case(["Svar fra juni (J.nr. 05.04.00-P20-7-24). Stien er ikke med."]) == (
        "05.04.00-P20-7-24"
    )
    assert prose_case(["Ansøgningen er sendt, sagsnr. 24/1234, og vi venter."]) == "24/1234"
    assert prose_case(["Se Acadre 2025-004412 for bilag."]) == "2025-004412"
    # only the first lines; a case cited deep in the text is another case's
    assert prose_case(["a", "b", "c", "Se sagsnr. 24/1234."]) is None


def test_no_case_from_dates_amounts_paragraphs_or_phones() -> None:
    for text in [
        "Fristen er sag: 4/3 og beløbet 1.500.000 kr.",  # a date, an amount
        "Jf. § 17, stk. 4 og sag 24/1234 fra sidst.",  # "sag" without a colon is prose
        "Ring på sagsnr. 12345678 eller j.nr. 12.03.2025.",  # a phone number, a date
        "Budget 2024-2025 (Sag: 2024-2025).",  # a span of years
        "Intern arbejdsdokument · Sagsnr. 23/31877",  # a page footer's fields
        "Sag: 25/2211 · Dok: 7.114.338",  # a case line (the item grammar's), no prose
        "Sagsnr. 24/1234",
    ]:
        assert prose_case([text]) is None, text


_MEMBERS = """
Til stede: Anne Holm, Per Lind

1. Godkendelse af dagsorden

Godkendt.
"""


def test_place_in_lower_case_after_the_hour_or_under_the_date() -> None:
    for dated, place in [
        ("Tirsdag den 4. marts 2025 kl. 19.00 på hallens cafeteria", "hallens cafeteria"),
        (
            "Tirsdag den 4. marts 2025 kl. 19.00 i det lille mødelokale på rådhuset",
            "det lille mødelokale på rådhuset",
        ),
        ("Tirsdag den 4. marts 2025 kl. 19.00\nskolens bibliotek", "skolens bibliotek"),
        ("Tirsdag den 4. marts 2025 kl. 19.00\nRådhuset, mødelokale 2", "Rådhuset, mødelokale 2"),
        (
            "Tirsdag den 4. marts 2025 kl. 19.00\nHos Birthe, Bøstrupvej 4",
            "Hos Birthe, Bøstrupvej 4",
        ),
    ]:
        meeting = parse_text(f"Skolebestyrelsen\n\n{dated}\n{_MEMBERS}")
        assert meeting.location == place, dated
        assert not any("could not be placed" in w for w in meeting.warnings), dated


def test_no_place_from_lower_case_words_that_name_none() -> None:
    assert lower_place_after_hour("4. marts kl. 19.00 i dagens anledning") is None
    assert lower_place_after_hour("4. marts kl. 19.00 i Rådhuset") is None  # (read elsewhere)
    assert place_line_under("mødets formål", room=False) is None
    assert place_line_under("Anne Holm, Per Lind", room=False) is None
    # a place line needs an address's or a room's number
    assert place_line_under("Rådhuset, store sal", room=True) is None


_DECIDED_FIRST = (
    "Referat\nBorgerrådet i Vestby\nDato: 2. marts 2026 kl. 19.00\n\n"
    "Punkt 1: Budget for sommerfesten\nKassereren gennemgik budgettet.\nBeslutning:\nGodkendt.\n\n"
)


@pytest.mark.parametrize(
    ("last", "warns"),
    [
        # one short finished sentence under a point that needed no decision
        ("Punkt 2: Spørgsmål fra borgerne\nDer var ingen spørgsmål.\n", False),
        # a seminar's evaluation closing the day, a signature page
        ("Punkt 2: Evaluering af mødet\nDeltagerne var tilfredse. Vi ses.\n", False),
        ("Punkt 2: Underskriftsside\nAnne Holm  Per Lind  Mona Friis\n", False),
        # a text that stops mid-sentence, or an item of several sentences, may be cut off
        ("Punkt 2: Spørgsmål fra borgerne\nEn borger spurgte til, om\n", True),
        ("Punkt 2: Evaluering af mødet\nDeltagerne ønskede at\n", True),
        ("Punkt 2: Ny legeplads\nDer er søgt 40.000 kr. Tilbuddet er modtaget. Vi mangler\n", True),
    ],
)
def test_complete_last_items_are_no_sign_of_a_cut_off_file(last: str, warns: bool) -> None:
    meeting = parse_text(_DECIDED_FIRST + last)
    assert [it.number for it in meeting.items] == [1, 2]
    assert any("cut short" in w for w in meeting.warnings) is warns, meeting.warnings


def test_closing_titles_and_short_sentences() -> None:
    assert closing_title("Afrunding og evaluering") and closing_title("Underskriftsark")
    assert not closing_title("Evalueringsplan for skoleområdet 2026")
    assert one_short_sentence("Ingen bemærkninger.")
    assert not one_short_sentence("Der søges om")
    assert not one_short_sentence("Budgettet blev gennemgået. Det blev godkendt.")


def test_institution_then_its_board_after_a_dash() -> None:
    assert board_beside_institution("Børnehuset Mols – Forældrebestyrelsen") == (
        "Forældrebestyrelsen, Børnehuset Mols"
    )
    assert board_beside_institution("Vestby Skole · Skolebestyrelsen") == (
        "Skolebestyrelsen, Vestby Skole"
    )
    # a body that is no institution's board keeps its name
    assert board_beside_institution("Ældrerådet – Assens") is None
