"""Twenty-eighth round, fix150: files that hold more than the minutes of one meeting.

An outcome written as what was refused and the participle, no verb ("Ansøgningen afvist -
det ligger uden for formålet.", "Forslaget forkastet, da …"), is the item's outcome, as
"Dagsorden og referat godkendt." already was. The families of headings (a decision part
after the agenda's items, a list's first point kept aside) are held by the fixtures named
in docs/layouts.md.
"""

from __future__ import annotations

import pytest

from analysis.layouts.outcome import outcome_line
from analysis.layouts.owners import owner_in_forum


@pytest.mark.parametrize(
    "text",
    [
        "Ansøgningen afvist.",
        "Ansøgningen afvist - det falder uden for foreningens formål.",
        "Forslaget forkastet, da der ikke er midler i år.",
        "Anmodningen afvist – vi henviser til kommunens pulje.",
    ],
)
def test_refusal_without_a_verb_is_an_outcome(text: str) -> None:
    assert outcome_line(text)


@pytest.mark.parametrize(
    "text",
    [
        # background, not an outcome: a clause, or too many words before the participle
        "Lokalplanen er endnu ikke afvist.",
        "Hvis forslaget afvist, så søger vi igen.",
        "Ansøgningen om tilskud til nyt tag i hallen afvist.",
    ],
)
def test_refusal_in_background_is_no_outcome(text: str) -> None:
    assert not outcome_line(text)


@pytest.mark.parametrize(
    ("forum", "expected"),
    [
        (
            "Hjørring Kommune · Børne- og Skoleudvalget",
            ("Børne- og Skoleudvalget", "Hjørring Kommune"),
        ),
        ("Ikast-Brande Kommune – Økonomiudvalget", ("Økonomiudvalget", "Ikast-Brande Kommune")),
    ],
)
def test_kommune_before_a_dot_or_dash_is_the_owner(forum: str, expected: tuple[str, str]) -> None:
    assert owner_in_forum(forum) == expected


@pytest.mark.parametrize(
    "forum", ["Lyngby-Taarbæk Kommune · Referat", "Aarhus Kommune · Borgmesterens Afdeling"]
)
def test_kommune_before_no_body_stays(forum: str) -> None:
    assert owner_in_forum(forum) is None
