"""Twenty-sixth round, decisions-only protocols (layouts122): small rules."""

from __future__ import annotations

import pytest

from analysis.layouts.outcome import outcome_line


@pytest.mark.parametrize(
    "text",
    [
        "Forkastet.",  # a proposal voted down, one word
        "Forkastet med 5 stemmer mod 2.",
        "Anbefales til byrådets godkendelse.",  # on to the deciding body, in the genitive
        "Anbefalet til Økonomiudvalget.",
        "Ordningen godkendt som foreslået af forvaltningen.",  # the elliptic passive
        "Regnskabet godkendt som indstillet.",
    ],
)
def test_outcome_lines(text: str) -> None:
    assert outcome_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lokalplanen er endnu ikke vedtaget som foreslået.",  # background, no outcome
        "Godkendt til brug i skolerne fra august er det nye system",
    ],
)
def test_no_outcome_lines(text: str) -> None:
    assert not outcome_line(text)


def test_title_of_the_meeting_names_no_body() -> None:
    from analysis.layouts.header import _OF_THE_MEETING

    assert _OF_THE_MEETING.match("over mødet tirsdag")
    assert not _OF_THE_MEETING.match("Økonomiudvalget")


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        ("Der blev givet en anlægsbevilling på 3,1 mio. kr. til ny hal.", "decided"),
        ("Der blev givet en tillægsbevilling på 400.000 kr.", "decided"),
        ("Forkastet.", "rejected"),
    ],
)
def test_decision_types(text: str, dtype: str) -> None:
    from analysis.enrich.decisions import classify_decision, primary_decision_type

    assert primary_decision_type([t for t, _ in classify_decision(text)]) == dtype
