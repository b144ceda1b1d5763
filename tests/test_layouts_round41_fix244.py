"""Forty-first round, layouts244: minutes of municipalities' statutory and special bodies.

A hegnsyn spelt with the compound's joining s, "Hegnssynet" (``parse.BODY_WORDS``,
``vocab.adjudicating_board``, ``decisions._RULING``); a refusal opening the outcome over a
remark to the applicant (``decisions._classified``); the forum's wish, then the application
said to come back (``decisions._back_next``); the day's programme in brackets after the
place (``header._CLOCK_BRACKET``); a case cited in one bullet of a list of news
(``prose_case.prose_case``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.prose_case import prose_case
from analysis.vocab import adjudicating_board


def _types(text: str, forum: str | None = None) -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


@pytest.mark.parametrize("forum", ["Hegnssynet", "Hegnsynet", "HEGNSSYNET"])
def test_a_hegnsyn_in_either_spelling_is_an_adjudicating_board(forum: str) -> None:
    assert adjudicating_board(forum)


def test_a_forum_merely_named_after_a_view_is_no_board() -> None:
    assert not adjudicating_board("Synsudvalget")


def test_the_hegnssyns_order_is_its_ruling() -> None:
    assert _types("Hegnssynet bestemmer, at hækken klippes til 1,8 m.") == ["decided"]


def test_the_hegnssyn_named_on_top_is_the_forum() -> None:
    meeting = parse_text(
        "Struer Kommune\nHegnssynet\n\nMøde i Hegnssynet mandag den 3. marts 2025, kl. 10.00\n"
        "Mødested: Rådhuset\n\n1. Godkendelse af dagsorden\n\nHegnssynets afgørelse:\nGodkendt."
        "\n\n2. Havevej 4 - hæk i skel\n\nHegnssynets afgørelse:\nHækken er et fælles hegn.\n"
    )
    assert meeting.forum == "Hegnssynet"
    decisions = [[s.text for s in it.sections if s.key == "beslutning"] for it in meeting.items]
    assert decisions[1] == ["Hækken er et fælles hegn."]


@pytest.mark.parametrize(
    "text",
    [
        "Afslag, jf. indstillingen.\nUdvalget opfordrer foreningen til at søge igen, når "
        "puljen er vedtaget.",
        "Afslag.\nUdvalget henviser til puljen, der er vedtaget for 2026.",
    ],
)
def test_a_refusal_opening_the_outcome_is_the_outcome(text: str) -> None:
    assert _types(text)[0] == "rejected"


def test_a_refusal_lifted_is_no_refusals_lead() -> None:
    # ("Afslaget …": the noun defined, what was done with it follows)
    assert _types("Afslaget blev ophævet, og tilskuddet blev godkendt.")[0] == "approved"


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget ønsker et budget for hele sæsonen. Ansøgningen behandles igen på augustmødet.",
        "Rådet ønsker en tegning af pladsen. Sagen tages op igen i juni.",
        "Bestyrelsen ønsker et nyt tilbud. Punktet genoptages, når tilbuddet foreligger.",
    ],
)
def test_the_forums_wish_then_the_item_back_later_is_postponed(text: str) -> None:
    assert _types(text) == ["postponed"]


def test_the_forums_wish_with_nothing_said_of_the_item_stays_decided() -> None:
    assert _types("Udvalget ønsker et budget for hele sæsonen. Materialet sendes ud.") == [
        "decided"
    ]


def test_an_application_dealt_with_again_alone_is_postponed() -> None:
    assert _types("Ansøgningen behandles igen på næste møde.") == ["postponed"]


def _location(place: str) -> str | None:
    return parse_text(
        f"Referat\nMøde i Landdistriktsrådet den 2. april 2025, kl. 16.00\nMødested: {place}\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    ).location


def test_the_days_programme_in_brackets_after_the_place_is_no_part_of_it() -> None:
    assert _location("Hallen, Skolevej 4 (besøg på skolen fra kl. 17.30)") == "Hallen, Skolevej 4"
    assert _location("Hallen, Skolevej 4 (FROKOST KL. 12.00-12.30)") == "Hallen, Skolevej 4"


@pytest.mark.parametrize(
    "place", ["Hallen, Skolevej 4 (mødelokale 2)", "Hallen (indgang fra Klokkevej 12)"]
)
def test_a_bracket_with_no_hour_stays_with_the_place(place: str) -> None:
    assert _location(place) == place


def test_a_case_cited_in_one_bullet_of_news_is_not_the_items() -> None:
    lines = [
        "- Der er plantet træer i skoven.",
        "- Klagenævnet har stadfæstet afgørelsen i sagen om mosen (sagsnr. 24/18830).",
    ]
    assert prose_case(lines) is None


def test_a_bullet_that_is_the_case_label_still_gives_the_case() -> None:
    assert prose_case(["- Ansøgning sendt", "- Sagsnr. 24/18830"]) == "24/18830"


def test_a_case_in_a_lone_bullet_is_still_read() -> None:
    assert prose_case(["- Kommunen har svaret (j.nr. 24/7715)."]) == "24/7715"
