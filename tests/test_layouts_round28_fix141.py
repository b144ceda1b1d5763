"""Twenty-eighth round, layouts141 (minutes whose outcomes are marked rather than written:
tick boxes and option lists per item): the type of the option ticked, not of the options
left empty or struck out; a template's yes/no field answered no; the mark opening the
outcome's words; the legend of the marks as furniture; a line of options read as an
outcome only where every option is one (an item's kind ticked beside its title is none)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.option_boxes import marked_status_labels, unticked_option_lines
from analysis.layouts.outcome import marked_options
from analysis.layouts.text import is_furniture


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("☒ Godkendt ☐ Ikke godkendt ☐ Udsat", "approved"),
        ("☐ Godkendt ☒ Ikke godkendt ☐ Udsat", "rejected"),
        ("[X] Vedtaget   [ ] Forkastet", "approved"),
        ("■ Tiltrådt □ Afvist □ Udsat", "approved"),
        ("□ Tiltrådt ■ Afvist", "rejected"),
        ("( ) Taget til efterretning   (x) Drøftet", "discussed"),
        ("☐ Godkendt ☒ Anbefales ☐ Udsat\nBemærkninger: Sendes videre til Byrådet.", "recommended"),
        ("Godkendt: Ja / ~~Nej~~", "approved"),
        ("Godkendt: ~~Ja~~ / Nej", "rejected"),
    ],
)
def test_the_ticked_option_is_the_outcome(text: str, expected: str) -> None:
    assert _primary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Godkendt: Nej", "rejected"),
        ("Vedtaget: nej.\nBem.: Rådet har ikke midler til det.", "rejected"),
        ("Godkendt: Ja", "approved"),
    ],
)
def test_a_yes_no_field_answered(text: str, expected: str) -> None:
    assert _primary(text) == expected


def test_a_yes_no_field_left_unanswered_is_no_refusal() -> None:
    assert _primary("Godkendt: Ja / Nej") != "rejected"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("✔ Bevilget — dog kun 80.000 kr.", "decided"),
        ("☒ Oversendes til Økonomiudvalget", "referred"),
        ("[x] Udsat", "postponed"),
    ],
)
def test_the_mark_opening_the_outcome_is_no_word_of_it(text: str, expected: str) -> None:
    assert _primary(text) == expected


def test_options_one_a_line_keep_the_ticked_one() -> None:
    text = "Afgørelse\t☐ Godkendt\n☒ Anbefales til Byrådet\n☐ Udsat\nBemærkninger"
    assert unticked_option_lines(text) == "Afgørelse\n☒ Anbefales til Byrådet\nBemærkninger"
    task = "**Udfald:**\n- [ ] Godkendt\n- [x] Udsat"
    assert unticked_option_lines(task) == "**Udfald:**\n[x] Udsat"
    # nothing ticked (an agenda's empty field): left as it is
    empty = "Afgørelse\t☐ Godkendt\n☐ Udsat"
    assert unticked_option_lines(empty) == empty


def test_a_status_field_with_a_mark_is_the_decision() -> None:
    assert marked_status_labels("**Status:** ✔ Godkendt") == "**Beslutning:** ✔ Godkendt"
    assert marked_status_labels("Status: projektet følger planen") == (
        "Status: projektet følger planen"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(x) Taget til efterretning   ( ) Drøftet", True),
        ("(x) Aftalt", True),
        ("[X] Til beslutning   [ ] Til orientering", False),
        ("( ) Orientering   (x) Høringssvar", False),
    ],
)
def test_a_line_of_options_is_an_outcome_only_of_outcomes(text: str, expected: bool) -> None:
    assert marked_options(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "☒ = valgt     ☐ = ikke valgt",
        "Forklaring:  ■ = valgt    □ = ikke valgt",
        "Markering af punktet:  [X] = gælder   [ ] = gælder ikke",
        "Tegnforklaring:",
        "Signaturforklaring: ✓ i kolonnen angiver udvalgets afgørelse",
    ],
)
def test_the_legend_of_the_marks_is_furniture(text: str) -> None:
    assert is_furniture(text)
