"""Fiftieth round, layouts328: council minutes with members' proposals, questions and
citizens' question time.

A question answered decides nothing (``none``), also where: question time unused is
written to the forum's own question time ("til byrådets spørgetid", ``_NO_ONE_CAME``);
the questions are told with their answer in a clause after them (", som blev besvaret af
…", ``_QUESTION_ANSWERED_IN``); two posts answered questions named bare ("… og … besvarede
spørgsmål fra tre borgere", ``_ANSWERED_ACTIVE``); the answer was given before the meeting
("besvaret skriftligt forud for mødet", ``_ANSWERED_ONLY``); the answer's content is told
after the sentence that says it was answered (``_answer_told_after``).
"""

from __future__ import annotations

import pytest

from analysis.enrich import decisions
from analysis.enrich.decisions import classify_decision


def _type(text: str) -> str:
    return classify_decision(text, "Byråd")[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "Der var ingen spørgsmål til byrådets spørgetid.",
        "Der var ingen spørgsmål til udvalgets spørgetid.",
        "Ingen spørgsmål til kommunalbestyrelsens borgerspørgetid.",
    ],
)
def test_question_time_of_the_forum_unused_is_none(text: str) -> None:
    assert _type(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Der blev stillet to spørgsmål om badevandet, som blev besvaret af borgmesteren.",
        "Der var indkommet ét spørgsmål fra Kim Holt om p-pladser, der blev besvaret "
        "mundtligt af formanden.",
    ],
)
def test_questions_told_with_their_answer_in_a_clause_are_none(text: str) -> None:
    assert decisions._QUESTION_ANSWERED_IN.fullmatch(text)
    assert _type(text) == "none"


def test_questions_told_without_an_answer_are_not_read_as_answered() -> None:
    text = "Der blev stillet to spørgsmål om badevandet, som forvaltningen undersøger."
    assert decisions._QUESTION_ANSWERED_IN.fullmatch(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Borgmesteren og teknik- og miljøborgmesteren besvarede spørgsmål fra fire borgere "
        "om cykelstier.",
        "Formanden og næstformanden besvarede spørgsmålene.",
        "Borgmesteren besvarede spørgsmål om vejbelysningen.",
    ],
)
def test_posts_answering_together_or_bare_questions_are_none(text: str) -> None:
    assert _type(text) == "none"


def test_answered_before_the_meeting_is_none() -> None:
    assert _type("Spørgsmålet blev besvaret skriftligt forud for mødet.") == "none"
    assert _type("Besvaret skriftligt inden mødet.") == "none"


def test_answer_told_after_the_question_answered_is_none() -> None:
    text = "Rådmanden besvarede spørgsmålet.\nBroen forventes åbnet igen i oktober."
    assert decisions._answer_told_after(text) == "Rådmanden besvarede spørgsmålet."
    assert classify_decision(text, "Byråd") == [("none", "Rådmanden besvarede spørgsmålet.")]
    same_line = "Besvaret af borgmesteren. Hun oplyste, at broen forventes åbnet i oktober."
    assert _type(same_line) == "none"


def test_answered_alone_is_no_answer_told_after() -> None:
    assert decisions._answer_told_after("Borgmesteren besvarede spørgsmålet.") is None
    assert decisions._answer_told_after("Godkendt.\nBroen åbner i oktober.") is None


def test_an_act_of_the_forum_after_the_answer_still_counts() -> None:
    assert _type("Borgmesteren besvarede spørgsmålet.\nSagen sendes til Teknisk Udvalg.") == (
        "referred"
    )
    assert _type("Besvaret af formanden.\nByrådet godkendte at sende sagen i høring.") == (
        "approved"
    )
