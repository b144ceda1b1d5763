"""Round thirty-seven (layouts210: parish councils and church bodies: menighedsråd,
provstiudvalg, kirkegårdsudvalg, fællesmøder): small rules."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import (
    classify_decision,
    next_meeting_set,
    primary_decision_type,
)
from analysis.layouts import parse_text
from analysis.layouts.header import owner_first_off
from analysis.layouts.outcome import outcome_line
from analysis.layouts.trailing_number import trailing_numbers
from analysis.read.html import read


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("opening", "date", "forum", "place"),
    [
        (
            "År 2010, fredag den femtende oktober kl. 18.00, afholdt Skt. Povls\n"
            "Menighedsråd møde i præstegården, Kirkevej 9.",
            dt.date(2010, 10, 15),
            "Skt. Povls Menighedsråd",
            "præstegården, Kirkevej 9",
        ),
        (
            "År 2011, den syvogtyvende april kl. 16.30, holdt Menighedsrådet møde i sognegården.",
            dt.date(2011, 4, 27),
            "Menighedsrådet",
            "sognegården",
        ),
    ],
)
def test_protocol_opening_with_the_day_as_an_ordinal_word(
    opening: str, date: dt.date, forum: str, place: str
) -> None:
    text = (
        f"{opening}\n\nad 1. Godkendelse af dagsorden\nDagsordenen godkendtes.\n\n"
        "ad 2. Regnskab\nRegnskabet godkendtes.\n\nad 3. Eventuelt\nIntet.\n"
    )
    meeting = parse_text(text)
    assert (meeting.date, meeting.forum, meeting.location) == (date, forum, place)
    assert meeting.start_time is not None


def test_one_heading_numbered_last_in_its_place_in_the_run() -> None:
    text = "2. Regnskab\nTekst.\n\nKirkens tag (pkt. 3)\nTekst.\n\n4. Eventuelt\nIntet.\n"
    assert "\n3. Kirkens tag\n" in trailing_numbers(text)
    # a heading numbered last alone with no run around it stays as it is
    alone = "Referat\n\nKirkens tag (pkt. 3)\nTekst.\n"
    assert trailing_numbers(alone) == alone


@pytest.mark.parametrize(
    "title",
    ["Næste fællesmøde", "Næste menighedsrådsmøde", "Fastsættelse af mødeplan 2025", "Mødeplan"],
)
def test_meeting_plan_set_is_decided(title: str) -> None:
    text = "Møderne holdes den 2. tirsdag i måneden kl. 19.00."
    assert next_meeting_set(["other"], text, title) == ["decided"]
    assert next_meeting_set(["other"], text, "Kirkens tag") == ["other"]


def test_item_put_off_in_a_sentence_after_a_decision() -> None:
    text = "Rådet besluttede at se stolene først. Punktet udsat til mødet i maj."
    assert _type(text) == "postponed"
    # the decision to move a date, in its own sentence, puts nothing off
    assert _type("Besluttet at fastholde planen og udskyde go-live til april.") == "decided"


def test_committee_under_a_council_recommends_to_it() -> None:
    text = "Udvalget indstiller til menighedsrådet, at tilbuddet på fliser antages."
    assert _type(text, "Kirkegårdsudvalget under Holsted Menighedsråd") == "recommended"
    assert outcome_line("Udvalget fandt, at ansøgningen ikke kan imødekommes.")


def test_frame_kept_is_decided_and_diocese_statement_is_referred() -> None:
    forum = "Kolding Provstiudvalg"
    assert _type("Udvalget fastholder den fastsatte anlægsramme for 2024.", forum) == ("decided")
    assert _type("Udvalget fastholdt sit ønske.") == "other"
    text = "Sagen sendes til udtalelse hos Ribe Stift, før udvalget beslutter sig."
    assert _type(text, forum) == "referred"
    assert _type("Behandlet for lukkede døre, jf. særskilt protokol.") == "none"


def test_church_body_keeps_its_parish_name() -> None:
    assert owner_first_off("Ringsted Menighedsråd") == ("Ringsted Menighedsråd", "Ringsted Kommune")
    assert owner_first_off("Kolding Provstiudvalg") == ("Kolding Provstiudvalg", "Kolding Kommune")
    assert owner_first_off("Hjørring Ungeråd") == ("Ungerådet", "Hjørring Kommune")


def test_italic_outcome_closing_a_numbered_paragraph() -> None:
    page = (
        b"<html><body><p><strong>1. Valg af formand</strong><br>Der var to kandidater.<br>"
        b"<em>Anna blev valgt.</em></p>"
        b"<p><strong>2. Valg af kasserer</strong><br><em>Bo blev valgt.</em></p>"
        b"<p><strong>3. Nyt tag</strong><br>Tilbud foreligger.<br>"
        b"<em>Punktet udsat.</em></p></body></html>"
    )
    text = read(page).text
    assert "Beslutning: Anna blev valgt." in text
    assert "Beslutning: Punktet udsat." in text
    # the titled item's outcome stays with its own item, before the next heading
    assert text.index("Bo blev valgt.") < text.index("3. Nyt tag")


def test_next_meeting_moved_from_a_day_is_decided() -> None:
    assert _type("Næste møde flyttes fra 4. til 11. maj pga. konfirmationerne.") == "decided"
    assert _type("Næste møde flyttes fra den 2. marts til den 9. marts.") == "decided"
    # a move already made, told as news, decides nothing here
    assert _type("Næste møde er flyttet til d. 2/3 kl. 13.") == "other"


def test_committee_named_with_its_parish_on_top() -> None:
    text = (
        "Kirkeudvalget – referat 3/2-21\n\nKirkeudvalget, Sankt Hans Sogn\n"
        "Mødet blev holdt onsdag 3. februar 2021 kl. 16.00 i Sognehuset.\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Koncert\nBeslutning: Godkendt.\n\n3. Eventuelt\nBeslutning: Intet.\n"
    )
    assert parse_text(text).forum == "Kirkeudvalget, Sankt Hans Sogn"
    # a move already made, told as news, decides nothing here
    assert next_meeting_set(["none"], "Næste møde er flyttet til d. 2/3.", "Evt.") == ["none"]
