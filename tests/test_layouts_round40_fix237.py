"""Round forty (layouts237: informal minutes of institutions' boards and staff committees,
written in Word by a member): a short date closed by the clock time as whole hours, and an
agenda whose items each carry their planning fields with numbered lists inside them."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.followup import follow_up_outcomes
from analysis.layouts.header import _short_year_meeting
from analysis.layouts.headings import Head, planned_run
from analysis.layouts.small_place import lower_place_after_hour
from analysis.parse import to_lines


@pytest.mark.parametrize(
    ("text", "date", "start"),
    [
        ("Referat fra bestyrelsesmøde onsdag d. 12/2-25 kl. 16-18", dt.date(2025, 2, 12), "16:00"),
        ("Møde i brugerrådet torsdag d. 6/3-25 kl. 15 – 17", dt.date(2025, 3, 6), "15:00"),
        ("Bestyrelsesmøde tirsdag d. 11/2-25 kl. 19", dt.date(2025, 2, 11), "19:00"),
        ("MØDE ONSDAG D. 12/2-25 KL. 16-18", dt.date(2025, 2, 12), "16:00"),
        # (the minutes as before)
        ("Referat fra bestyrelsesmøde onsdag d. 12/2-25 kl. 16.30", dt.date(2025, 2, 12), "16:30"),
    ],
)
def test_a_short_date_with_the_clock_as_whole_hours(text: str, date: dt.date, start: str) -> None:
    found = _short_year_meeting(text)
    assert found is not None
    assert (found.date, found.time) == (date, start)


@pytest.mark.parametrize(
    "text",
    [
        # a whole hour running into other numbers, or no meeting's word before the date
        "Referat fra bestyrelsesmøde onsdag d. 12/2-25 kl. 16 og 3 punkter",
        "Frist onsdag d. 12/2-25 kl. 16-18",
        "Bestyrelsesmøde d. 12/2-25 kl. 16.5",
    ],
)
def test_a_whole_hour_is_not_read_elsewhere(text: str) -> None:
    found = _short_year_meeting(text)
    assert found is None or found.time != "16:00"


_PLANNED = (
    "Forældrebestyrelsen\nDagsorden\n\nMødedato: Mandag den 10. marts 2025 kl. 18.30\n\n"
    "**1) Godkendelse af dagsorden**\nFormål: Beslutning\nTid: 18.30-18.35\n\n"
    "**2) Legepladsen**\nFormål: Drøftelse\nTid: 18.35-19.00\nTo tilbud er kommet.\n"
    "1. Hvilket tilbud vælger vi?\n2. Hvem hjælper til?\n\n"
    "**3) Budget**\nFormål: Orientering\nTid: 19.00-19.10\n\n"
    "**4) Meddelelser**\nTid: 19.10-19.20\na. Fra lederen\nb. Fra personalet\n\n"
    "**5) Eventuelt**\nTid: 19.20-19.30\n"
)


def test_planned_items_are_the_items_and_the_lists_in_them_are_text() -> None:
    meeting = parse_text(_PLANNED)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Legepladsen"),
        (3, "Budget"),
        (4, "Meddelelser"),
        (5, "Eventuelt"),
    ]
    assert meeting.start_time == "18:30"


def _heads(text: str) -> tuple[list[Head], list]:
    lines = to_lines(text)
    heads = [
        Head(k, int(ln.clean.split(")")[0]), ln.clean.split(") ", 1)[1])
        for k, ln in enumerate(lines)
        if ln.clean[:1].isdigit() and ")" in ln.clean[:3]
    ]
    return heads, lines


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("1) A\nTid: 1\n\n2) B\nFormål: x\n\n3) C\nTid: 2\n\n4) D\nAnsvarlig: KL\n", [0, 1, 2, 3]),
        # three planned headings are too few to prove an agenda
        ("1) A\nTid: 1\n\n2) B\nTid: 2\n\n3) C\nTid: 3\n", []),
        # a number missing from the planned headings: a list's lines, no run of items
        ("1) A\nTid: 1\n\n2) B\nTid: 2\n\n4) C\nTid: 3\n\n5) D\nTid: 4\n", []),
        # a field further down is no planning field right under the heading
        ("1) A\nTekst.\nTid: 1\n\n2) B\nTid: 2\n\n3) C\nTid: 3\n\n4) D\nTid: 4\n", []),
    ],
)
def test_a_planned_run_needs_four_headings_from_one_each_with_its_field(
    text: str, planned: list[int]
) -> None:
    heads, lines = _heads(text)
    assert planned_run(lines, heads) == planned


def _follow_ups(third: str) -> list[str]:
    lines = to_lines(
        "1) A\nOpfølgning: Godkendt.\n\n2) B\nOpfølgning: Taget til efterretning.\n\n"
        f"3) C\n{third}\n"
    )
    return [ln.clean for ln in follow_up_outcomes(lines)]


def test_a_follow_up_label_alone_over_its_text_is_the_decision_label() -> None:
    out = _follow_ups("Opfølgning:\nBo bestiller borde.")
    assert out[-3:-1] == ["Beslutning:", "Bo bestiller borde."]
    assert "Beslutning: Godkendt." in out


@pytest.mark.parametrize(
    "third",
    [
        # a blank line under the label: no text of its own
        "Opfølgning:\n\nBo bestiller borde.",
        # the label with more words: a heading, no field
        "Opfølgning på sidste møde:\nBo bestiller borde.",
    ],
)
def test_a_follow_up_label_is_read_alone_only_over_its_text(third: str) -> None:
    assert "Beslutning:" not in _follow_ups(third)


def test_a_follow_up_label_alone_decides_nothing_where_the_others_state_no_outcome() -> None:
    lines = to_lines("1) A\nOpfølgning: Bo ringer.\n\n2) B\nOpfølgning:\nBo bestiller borde.\n")
    assert [ln.clean for ln in follow_up_outcomes(lines)] == [ln.clean for ln in lines]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lokalrådet går ikke videre med forslaget. Birthe svarer borgeren.", "rejected"),
        ("Vi går ikke videre med idéen.", "rejected"),
        ("Bestyrelsen gik ikke videre med ansøgningen.", "rejected"),
        # the forum going on with it, or another than the forum letting it drop
        ("Bestyrelsen går videre med forslaget.", "other"),
        ("Kommunen går ikke videre med forslaget.", "other"),
        ("Lokalrådet går ikke videre med mødet før kl. 20.", "other"),
    ],
)
def test_a_proposal_the_forum_lets_drop_is_rejected(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("5/2-25 kl. 14.00-15.30 i dagligstuen (stueetagen)", "dagligstuen (stueetagen)"),
        ("5. februar 2025 kl. 18 i personalerummet", "personalerummet"),
        ("5. februar 2025 kl. 18 på mødelokalet.", "mødelokalet"),
        # (a lower-case place as before)
        ("5. februar 2025 kl. 19.00 i skolens bibliotek", "skolens bibliotek"),
        # no room: a time of the week, a word that is no room's
        ("5. februar 2025 kl. 17 i weekenden", None),
        ("5. februar 2025 kl. 17 i forlængelse", None),
    ],
)
def test_a_room_alone_by_its_definite_noun_after_the_hour(text: str, place: str | None) -> None:
    assert lower_place_after_hour(text) == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der sættes en nøgleboks op. Ansvarlig: Jette. Frist: 1/5.", "decided"),
        ("Der sættes en nøgleboks op.\nAnsvarlig: HV", "decided"),
        # a type found stands; an owner field alone, or naming nobody, decides nothing
        ("Godkendt. Ansvarlig: Jette.", "approved"),
        ("Ansvarlig: Jette", "other"),
        ("Der sættes en nøgleboks op. Ansvarlig: ingen endnu.", "other"),
    ],
)
def test_a_task_given_its_owner_is_decided(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected


@pytest.mark.parametrize(
    "text",
    ["7/5-2025 kl. 18.00-20.00 i biblioteket", "14. marts 1974 kl. 19.00 på kommunekontoret."],
)
def test_a_building_alone_after_the_hour_stays_unread(text: str) -> None:
    assert lower_place_after_hour(text) is None
