"""Twenty-fifth round (layouts114, the Chefforum family's own variants): a follow-up sent
on after a clause set off by commas, a stance not taken beside a referral, a leadership
forum named after its owner and a middle dot (no page footer), and a markdown table cell's
"<br>" lines."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.text import is_furniture, unpipe


def _primary(text: str, forum: str = "Chefforum") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a unit's follow-up: it revises the text (a clause set off by commas) and sends it
        # on; the forum discussed, it referred nothing
        (
            "LG drøftede oplægget. Personalekontoret omskriver afsnittet, så det er lettere "
            "at læse for borgerne, og sender til Direktionen mandag.",
            "discussed",
        ),
        (
            "Drøftet. IT tester løsningen, når licensen er på plads, og sender til Direktionen.",
            "discussed",
        ),
        # (the forum itself sending the case on stays a referral)
        ("Udvalget godkendte forslaget, og sender til Byrådet.", "approved"),
        ("Sagen sendes til Økonomiudvalget.", "referred"),
    ],
)
def test_follow_up_after_comma_clause(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the case sent on, a question in it left to the body it goes to: referred
        (
            "Sagen oversendes til Direktionen. Ledergruppen tog ikke stilling til, hvilken "
            "af de to modeller der skal vælges.",
            "referred",
        ),
        (
            "Oversendes til Teknisk Udvalg. Forummet tager ikke stilling til placeringen.",
            "referred",
        ),
        # (a stance not taken alone is still put off; a plain postponement beside a
        # referral stays postponed)
        ("Chefgruppen tog ikke stilling til sagen.", "postponed"),
        ("Udsat. Sagen sendes tilbage til forvaltningen.", "postponed"),
    ],
)
def test_no_stance_beside_referral(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    "text",
    [
        "Favrskov Kommune · Koncernledelsen",
        "Favrskov Kommune · Ledelsesforum",
        "Favrskov Kommune · Topledelsen",
        "Favrskov Kommune | Direktionsforum",
    ],
)
def test_owner_and_leadership_forum_no_footer(text: str) -> None:
    assert not is_furniture(text)


def test_address_footer_still_furniture() -> None:
    assert is_furniture("Favrskov Kommune · Skovvej 20 · 8382 Hinnerup")


def test_table_cell_br_lines() -> None:
    text = (
        "| Pkt. | Emne | Beslutning |\n"
        "|---|---|---|\n"
        "| 2 | Budgetopfølgning | Taget til efterretning.<br>ØK følger op.<br />"
        "Næste status i maj. |\n"
    )
    lines = unpipe(text).split("\n")
    at = lines.index("Beslutning:")
    assert lines[at + 1 : at + 4] == [
        "Taget til efterretning.",
        "ØK følger op.",
        "Næste status i maj.",
    ]
