"""The forty-eighth round's rules for the boards of municipally owned companies and
inter-municipal bodies (layouts298): a board meeting's title naming its number and then the
board in full or the company after a dash, a holding company's subsidiaries after its name,
a news post's lead naming a board by what it is the board of, a letterhead's company over
the body's word alone, the participants field opened by the board's whole name, a place
wrapped before its postcode and town, a year alone closing a wrapped sentence, the
minutes' "Referat godkendt og underskrevet" over the signers, and a request refused with
another measure decided in the same sentence."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.enrich import decisions
from analysis.layouts import base, header, lead_sentence, meeting_kind


def _lines(text: str) -> list[parse.Line]:
    return parse.to_lines(text)


# --- the board meeting's title ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        (
            "Bestyrelsesmøde nr. 2/2024 i Bestyrelsen for Skovlund Varme A/S",
            "Bestyrelsen for Skovlund Varme A/S",
        ),
        (
            "Repræsentantskabsmøde nr. 1/2025 i repræsentantskabet for Østbus",
            "Repræsentantskabet for Østbus",
        ),
        ("Bestyrelsesmøde i bestyrelsen for Nørrevig Havn", "Bestyrelsen for Nørrevig Havn"),
    ],
)
def test_board_named_in_full_after_the_meetings_number(title: str, forum: str) -> None:
    assert meeting_kind._board_for(title) == forum


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        (
            "Bestyrelsesmøde nr. 4/2023 – Lyngå Spildevand A/S",
            "Bestyrelsen for Lyngå Spildevand A/S",
        ),
        ("Bestyrelsesmøde – Hedebo Affald I/S", "Bestyrelsen for Hedebo Affald I/S"),
        (
            "Bestyrelsesmøde i Nordby Forsyning Holding A/S og datterselskaber",
            "Bestyrelsen for Nordby Forsyning Holding A/S",
        ),
        ("Bestyrelsesmøde i Nordby Forsyning A/S", "Bestyrelsen for Nordby Forsyning A/S"),
    ],
)
def test_board_of_company_in_the_title(title: str, forum: str) -> None:
    assert meeting_kind.forum_from_meeting_kind(_lines(title), set()) == forum


@pytest.mark.parametrize(
    "title",
    [
        # a dash before a name that is no company's: an area, not the company
        "Bestyrelsesmøde – Status på projektet",
        "Bestyrelsesmøde nr. 3 – Budget",
    ],
)
def test_dash_before_no_company_is_no_board_of(title: str) -> None:
    assert meeting_kind._BOARD_OF.match(title) is None


# --- a news post's lead sentence --------------------------------------------------------


def test_lead_names_the_board_of_its_owner() -> None:
    lead = lead_sentence.meeting_lead(
        "Bestyrelsen for Nørrevig Lystbådehavn holdt møde onsdag den 14. maj 2025 kl. 17.00 "
        "på Havnekontoret, Molevej 3, 3770 Nørrevig."
    )
    assert lead is not None
    assert lead.forum == "Bestyrelsen for Nørrevig Lystbådehavn"
    assert lead.start == "17:00"
    assert lead.place == "Havnekontoret, Molevej 3, 3770 Nørrevig"


def test_lead_without_owner_unchanged() -> None:
    lead = lead_sentence.meeting_lead("Direktionen holdt møde tirsdag kl. 9.00 på Rådhuset.")
    assert lead is not None and lead.forum == "Direktionen"


# --- the letterhead: the company over the body's word alone -----------------------------


def test_body_under_company() -> None:
    lines = _lines("HEDEBO AFFALD I/S\nBestyrelsen\n\nREFERAT\nBestyrelsesmøde nr. 5/2025\n")
    assert meeting_kind.body_under_company("Bestyrelsen", lines)
    assert meeting_kind.area_of_bare_body("Bestyrelsen", lines, set()) == (
        "Bestyrelsen for Hedebo Affald I/S"
    )


def test_body_in_a_field_under_company_stays() -> None:
    # "Forum: Bestyrelsen" under the company's heading: the field names the body as it is
    lines = _lines(
        "# Hedebo Affald I/S\n\n## Referat af bestyrelsesmøde 2/2025\n\n- Forum: Bestyrelsen\n"
    )
    assert not meeting_kind.body_under_company("Bestyrelsen", lines)
    assert meeting_kind.area_of_bare_body("Bestyrelsen", lines, set()) is None


# --- the participants field opened by the board's whole name ----------------------------


def test_board_in_attendance() -> None:
    lines = _lines(
        "Bestyrelsesmøde nr. 3/2025\n\nTil stede:    Bestyrelsen for Østbus: Hanne Viborg "
        "(formand), Ole Kaas\n"
    )
    assert meeting_kind.board_in_attendance("Bestyrelsen", lines) == "Bestyrelsen for Østbus"
    # another body's name, or a forum that is no bare body: nothing
    assert meeting_kind.board_in_attendance("Direktionen", lines) is None
    assert meeting_kind.board_in_attendance("Byrådet", lines) is None


def test_attendance_without_colon_after_the_body() -> None:
    lines = _lines("Til stede: Bestyrelsen for Østbus og gæster fra kommunen.\n")
    assert meeting_kind.board_in_attendance("Bestyrelsen", lines) is None


# --- a place wrapped before its postcode and town ---------------------------------------


@pytest.mark.parametrize(
    ("under", "address"),
    [("3660 Lyngå", "3660 Lyngå"), ("8000 Aarhus C", "8000 Aarhus C")],
)
def test_postcode_and_town_alone_end_the_place(under: str, address: str) -> None:
    m = header._ADDRESS_TAIL.match(under)
    assert m is not None and m.group("address") == address


def test_number_alone_is_no_address_tail() -> None:
    assert header._ADDRESS_TAIL.match("0123 Vestby") is None
    assert header._ADDRESS_TAIL.match("Punkt 3") is None


# --- a year closing a wrapped sentence --------------------------------------------------


def test_year_closing_a_wrapped_sentence_is_no_title_rest() -> None:
    body = _lines(
        "Sagsnr.: 16/3310\n\nDirektøren orienterede om den fælles måleraflæsning, som "
        "begynder 1. april\n2017.\n"
    )
    assert parse._title_continuation("Orientering om måleraflæsning", body, None) == []
    assert parse._YEAR_CLOSING.match("2017.")
    assert parse._YEAR_CLOSING.match("2017") is None
    assert parse._YEAR_CLOSING.match("17/2017.") is None


# --- the minutes approved and signed ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Referat godkendt og underskrevet",
        "Referatet er godkendt og underskrevet",
        "Referatet blev læst og underskrevet.",
    ],
)
def test_minutes_approved_and_signed(line: str) -> None:
    assert base._MINUTES_APPROVED_BY.match(line)


def test_minutes_approved_alone_is_no_closing() -> None:
    # "Referat godkendt." is the outcome of a point approving the last minutes
    assert base._MINUTES_APPROVED_BY.match("Referat godkendt.") is None


# --- a refusal and a decision in one sentence -------------------------------------------


def test_refusal_with_own_measure_is_decided() -> None:
    text = "Bestyrelsen afviste at flytte tracéet og besluttede at reetablere legepladsen."
    assert decisions.refusal_replaced(["rejected", "decided"], text) == ["decided"]


def test_refusal_alone_stays_rejected() -> None:
    text = "Bestyrelsen afviste ansøgningen. Sagen blev besluttet på sidste møde."
    assert decisions.refusal_replaced(["rejected", "decided"], text) == ["rejected", "decided"]
