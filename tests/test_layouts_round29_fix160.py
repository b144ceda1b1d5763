"""Twenty-ninth round, layouts160 (seminars and theme meetings over one or two days): a
council's or a committee's gathering named by the body ("Byrådets temadrøftelse – …",
"Temamøde i Socialudvalget"), the forum's views gathered ("… pegede på …") as a
discussion, and a programme's breaks named with what is served."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.layouts.time_slots import _BREAK
from analysis.parse import to_lines


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        ("Byrådets temadrøftelse - Affaldsplan 2027", "Byrådet"),
        ("REFERAT AF BYRÅDETS BUDGETSEMINAR", "Byrådet"),
        ("Teknik- og Miljøudvalgets temamøde 4. maj 2026", "Teknik- og Miljøudvalget"),
        ("Temadag i Handicaprådet – Assens Kommune", "Handicaprådet"),
        ("Referat – Ældrerådets strategiseminar", "Ældrerådet"),
    ],
)
def test_forum_of_a_bodys_gathering(title: str, forum: str) -> None:
    lines = to_lines(f"{title}\n\nDato: 4. maj 2026\n")
    assert forum_from_meeting_kind(lines, set()) == forum


def test_a_gathering_titled_with_the_municipality() -> None:
    meeting = parse_text(
        "# Temamøde i Teknikudvalget – Vejen Kommune\n\n**Dato:** 2. marts 2026\n\n"
        "## 1. Velkomst\n\nBeslutning: Drøftet.\n\n## 2. Eventuelt\n\nBeslutning: Intet.\n"
    )
    assert meeting.forum == "Teknikudvalget"


def test_a_gathering_without_a_body_names_none() -> None:
    lines = to_lines("Byrådets arbejde med klimaet\n\nDato: 4. maj 2026\n")
    assert forum_from_meeting_kind(lines, set()) is None


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        ("Seminaret pegede på tre indsatsområder.", "discussed"),
        ("Udvalget pegede på, at trafiksikkerheden skal prioriteres.", "discussed"),
        ("Udvalget pegede på model B og godkendte den.", "approved"),
    ],
)
def test_pointed_to_is_a_discussion(text: str, dtype: str) -> None:
    assert classify_decision(text)[0][0] == dtype


@pytest.mark.parametrize(
    ("title", "brk"),
    [
        ("Pause - kaffe og frugt i kantinen", True),
        ("Frokost og tak for i dag", True),
        ("Middag i restauranten", True),
        ("Aftensmad", True),
        ("Pauseordninger i hjemmeplejen", False),
        ("Frokostordning i dagtilbud", False),
    ],
)
def test_a_programmes_break_with_what_is_served(title: str, brk: bool) -> None:
    assert bool(_BREAK.match(title)) is brk


@pytest.mark.parametrize(
    ("day", "decision"),
    [
        ("15.05.2026", "Anbefales."),  # the seminar's second day: the body's own decision
        ("13.05.2026", None),  # before the meeting: an earlier decision, the case's history
        ("20.05.2026", None),  # a week on: no day of this meeting
    ],
)
def test_a_decision_dated_the_meetings_second_day(day: str, decision: str | None) -> None:
    meeting = parse_text(
        "Plan- og Boligudvalget\n"
        "Referat af seminar\n"
        "Dato: 14. og 15. maj 2026 kl. 09.00\n"
        "Sted: Rådhuset, mødesal 2\n\n"
        "## 1. Velkomst\n\nSagsnr. 26/501\nUdvalgets beslutning den 14.05.2026:\nDrøftet.\n\n"
        "## 2. Boligpolitik 2027\n\nSagsnr. 26/502\n"
        f"Udvalgets beslutning den {day}:\nAnbefales.\n"
    )
    ours = [s.text for s in meeting.items[1].sections if s.key == "beslutning"]
    assert (ours[0] if ours else None) == decision
