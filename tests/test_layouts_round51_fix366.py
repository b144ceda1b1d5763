"""Fifty-first round, layouts366: scanned committee and council minutes read back by OCR.

"Nr. 3   Title": the item's number after "Nr." on the title's line (``headings._PKT``);
"Åbent møde      Journalnr.: …" under it, the item marked as heard in the open meeting
before its case (``parse._OPEN_MARK_FIRST``); a digit OCR read for the letter inside a
word of the decision ("ti1 efterretning", ``decisions.ocr_letters``); a refusal where the
recommendation only asked that the request be discussed (``decisions._OPEN_QUESTION``);
withheld support and the hearing reply in one sentence with an ordinal's dot before the
reply ("… fra 1. juli, og sender høringssvar", ``decisions._HEARING_REPLY``); "Godkendt
den ______" among the signature rows under "Referent: …" (``base._SIGNATURE_ROW``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import (
    _OPEN_QUESTION,
    classify_decision,
    item_decision_rows,
    ocr_letters,
)
from analysis.layouts.base import _SIGNATURE_ROW
from analysis.layouts.headings import _PKT
from analysis.parse import match_case_number


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Nr. 4   Udbud af vintertjeneste", "4", "Udbud af vintertjeneste"),
        ("Nr. 12 Budgetopfølgning", "12", "Budgetopfølgning"),
    ],
)
def test_nr_before_the_number_opens_a_heading(line: str, number: str, title: str) -> None:
    m = _PKT.match(line)
    assert m is not None
    assert (m["num"], m["title"]) == (number, title)


def test_nr_without_its_dot_is_no_heading_word() -> None:
    assert _PKT.match("Nr 4 Udbud") is None
    assert _PKT.match("Nr.4 Udbud") is None


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Åbent møde                          Journalnr.: 07.00.00G01", "07.00.00G01"),
        ("Lukket møde   Journalnr.: 2021-004417", "2021-004417"),
        ("Åbent møde  J.nr. 18/2290", "18/2290"),
    ],
)
def test_the_open_meeting_mark_before_the_case_label(line: str, case: str) -> None:
    assert match_case_number(line) == case


def test_the_open_meeting_mark_alone_is_no_case() -> None:
    assert match_case_number("Åbent møde") is None


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        ("Sagen tages ti1 efterretning.", "Sagen tages til efterretning."),
        ("Forslaget b1ev vedtaget.", "Forslaget blev vedtaget."),
        ("Henvist ti1 a1mindelig drift.", "Henvist til almindelig drift."),
        ("Sagen f0rtsætter.", "Sagen fortsætter."),
        # numbers stay numbers
        ("Bevilget 10.000 kr. fra konto 0120.", "Bevilget 10.000 kr. fra konto 0120."),
        ("Punkt B1 udsat.", "Punkt B1 udsat."),
    ],
)
def test_ocr_letters(text: str, restored: str) -> None:
    assert ocr_letters(text) == restored


def test_a_decision_read_by_ocr_is_typed_by_its_words() -> None:
    assert classify_decision("Udvalget tog sagen ti1 efterretning.")[0][0] == "noted"
    assert classify_decision("Forslaget b1ev vedtaget.")[0][0] == "approved"


def _primary(decision: str, recommendation: str) -> str:
    """The item's primary decision type from its decision and one recommendation."""
    return item_decision_rows("x", [("beslutning", decision)], [recommendation])["summary"][0][1]


def test_a_recommendation_to_discuss_leaves_the_outcome_open() -> None:
    assert _OPEN_QUESTION.search("at ansøgningen drøftes.")
    assert _OPEN_QUESTION.search("at udvalget drøfter sagen")
    # (the refusal of a request asked as an open question was `decided` until the
    # fifty-seventh session; it is the refusal, `rejected`, as independent labellers read it)
    refused = _primary("Afslag. Udvalget henviser til andre puljer.", "at sagen drøftes.")
    assert refused == "rejected"
    # a grant proposed: the refusal stays rejected
    assert _primary("Afslag.", "at der bevilges et tilskud på 40.000 kr.") == "rejected"


def test_an_ordinals_dot_ends_no_sentence_before_the_reply() -> None:
    text = "Rådet kan ikke anbefale, at tilbuddet lukkes fra 1. juli, og sender høringssvar."
    assert classify_decision(text)[0][0] == "decided"
    # the stance alone stays a refusal
    assert classify_decision("Rådet kan ikke anbefale, at tilbuddet lukkes fra 1. juli.")[0][0] == (
        "rejected"
    )


@pytest.mark.parametrize(
    "row", ["Godkendt den ____________", "Dato: ________", "________   ________"]
)
def test_a_blank_to_date_or_sign_on_is_a_signature_row(row: str) -> None:
    assert _SIGNATURE_ROW.match(row)


def test_a_sentence_is_no_signature_row() -> None:
    assert _SIGNATURE_ROW.match("Godkendt med de nævnte ændringer") is None
