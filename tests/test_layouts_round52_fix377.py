"""Fifty-second round, layouts377: short decision protocols, one to three lines an item.

The outcome in brackets closing a numbered list line (``outcome_list.bracketed_outcome``);
"Ad N. Title: outcome" lines and a case line between the list's lines
(``outcome_list._NUMBERED_LINE``, ``_only_notes``); a title wrapped onto a second line
that carries the dash and the outcome (``outcome_list._wrapped_outcome``); the council's
sentence after the title's dash amid short outcomes (``outcome_list.dashed_note``); a
"Beslutning: …" line or a bare outcome right over the case line, no wrapped title's rest
(``parse.decision_labelled``, ``headings._wrapped_rest``); short outcomes
(``outcome.outcome_line``); a region's case number flush right on the title's line
(``inline_case.closing_journal``); an invitation accepted or declined
(``decisions.classify_decision``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts.headings import _wrapped_rest
from analysis.layouts.inline_case import closing_journal
from analysis.layouts.outcome import outcome_line
from analysis.layouts.outcome_list import (
    _wrapped_outcome,
    bracketed_outcome,
    dashed_note,
    dashed_outcomes,
)
from analysis.layouts.text import prepare
from analysis.parse import Line, decision_labelled, to_lines


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Mødeplan 2026 (Godkendt)", ("Mødeplan 2026", "Godkendt")),
        ("Ny kran  [Udsat]", ("Ny kran", "Udsat")),
        (
            "Koncert (sommer) (Taget til efterretning)",
            ("Koncert (sommer)", "Taget til efterretning"),
        ),
        (
            "Indkøb af stige [Udvalget valgte tilbud A]",
            ("Indkøb af stige", "Udvalget valgte tilbud A"),
        ),
    ],
)
def test_outcome_in_brackets_closing_the_line(rest: str, expected: tuple[str, str]) -> None:
    assert bracketed_outcome(rest) == expected


@pytest.mark.parametrize(
    "rest",
    ["Plan for stier (2024-2027)", "Henvendelse fra KL (Lukket)", "Budget (sag 24/118)", "Ny sti"],
)
def test_brackets_without_an_outcome_stay_in_the_title(rest: str) -> None:
    assert bracketed_outcome(rest) is None


def _heads(text: str) -> list[str]:
    return [ln.clean for ln in dashed_outcomes(to_lines(text)) if not ln.blank]


def test_a_list_with_bracketed_outcomes_is_read_as_items() -> None:
    text = "1) Dagsorden (Godkendt)\n\n2) Sti ved skolen (Udsat)\n\n3) Budget (Drøftet)\n"
    assert _heads(text) == [
        "1. Dagsorden",
        "Beslutning: Godkendt",
        "2. Sti ved skolen",
        "Beslutning: Udsat",
        "3. Budget",
        "Beslutning: Drøftet",
    ]


def test_ad_lines_with_a_case_line_between_them() -> None:
    text = (
        "Ad 1. Dagsorden: Godkendt.\n\nAd 2. Regnskab: Taget til efterretning.\n"
        "      Sagsnr. 13/0412\n\nAd 3. Eventuelt: Intet.\n"
    )
    assert _heads(text) == [
        "1. Dagsorden",
        "Beslutning: Godkendt.",
        "2. Regnskab",
        "Beslutning: Taget til efterretning.",
        "Sagsnr. 13/0412",
        "3. Eventuelt",
        "Beslutning: Intet.",
    ]


def test_wrapped_title_with_its_outcome_on_the_second_line() -> None:
    lines = to_lines("3. Ansøgning om tilskud til klubhus,\n   Vestby Boldklub – Godkendt.\n")
    assert _wrapped_outcome(lines, 0, "Ansøgning om tilskud til klubhus,") == (
        "Ansøgning om tilskud til klubhus, Vestby Boldklub",
        "Godkendt.",
    )
    bullet = to_lines("3. Ansøgning om tilskud til klubhus\n- Vestby Boldklub – Godkendt.\n")
    assert _wrapped_outcome(bullet, 0, "Ansøgning om tilskud til klubhus") is None


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        (
            "Seniordag - Rådet takkede nej til invitationen.",
            ("Seniordag", "Rådet takkede nej til invitationen."),
        ),
        (
            "Demensby - invitation fra foreningen - Rådet sagde ja tak.",
            ("Demensby - invitation fra foreningen", "Rådet sagde ja tak."),
        ),
    ],
)
def test_a_sentence_after_the_titles_dash(rest: str, expected: tuple[str, str]) -> None:
    assert dashed_note(rest) == expected


@pytest.mark.parametrize(
    "rest", ["Valg - forberedelse", "Budget - status på anlæg", "Plan - Ny sti"]
)
def test_no_sentence_after_the_dash(rest: str) -> None:
    assert dashed_note(rest) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beslutning: Godkendt.", True),
        ("Konklusion: Udsat.", True),
        ("Beslutning:", False),
        ("Sagsnr.: 24/1", False),
    ],
)
def test_decision_labelled_line(text: str, expected: bool) -> None:
    assert decision_labelled(Line(0, text, 0)) is expected


def test_outcome_over_the_case_line_is_no_wrapped_title() -> None:
    text = (
        "1. Godkendelse af dagsorden\nGodkendt.\nSag: 14/1102\n\n"
        "2. Lokalplan 311 for et boligområde ved Egeskovvej, Glyngøre\n"
        "Vedtaget endeligt uden ændringer.\nSag: 14/8817\n\n"
        "3. Eventuelt\nIntet.\n"
    )
    lines = prepare(text)
    pos = next(k for k, ln in enumerate(lines) if ln.clean.startswith("2. "))
    assert _wrapped_rest(lines, pos, set()) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vedtaget endeligt uden ændringer.",
        "Vedtaget til offentlig fremlæggelse fra 1. juni.",
        "Godkendt til udsendelse i høring.",
        "Anbefales over for økonomiudvalget.",
        "Anbefales over for regionsrådet",
        "Oversendt til Plan- og Boligudvalget.",
        "Sendt videre til Kultur og Fritid.",
        "Valgt blev Lise Bundgaard (C).",
        "Genvalgt blev Ole Dam.",
    ],
)
def test_short_outcomes(text: str) -> None:
    assert outcome_line(text)


@pytest.mark.parametrize(
    "text",
    ["Anbefales over for os alle at læse", "Valgt blev formanden", "Oversendt materiale om skoler"],
)
def test_not_outcomes(text: str) -> None:
    assert not outcome_line(text)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Årsregnskab 2024 24-003817", ("Årsregnskab 2024", "24-003817")),
        ("Budget 00.30.00-A00-12-24", ("Budget", "00.30.00-A00-12-24")),
    ],
)
def test_case_flush_right_on_the_title_line(title: str, expected: tuple[str, str]) -> None:
    assert closing_journal(title) == expected


@pytest.mark.parametrize("title", ["Plan 2024-2028", "Lokalplan 12-3", "Takster 2025"])
def test_no_case_closing_the_title(title: str) -> None:
    assert closing_journal(title) is None


@pytest.mark.parametrize(
    "text", ["Udvalget takkede ja til invitationen.", "Bestyrelsen takkede nej til tilbuddet."]
)
def test_invitation_accepted_or_declined_is_decided(text: str) -> None:
    assert classify_decision(text)[0][0] == "decided"
