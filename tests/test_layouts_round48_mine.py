"""The forty-eighth round's rules outside the fixers' sets: a decision hard-wrapped right
after its negation ("Udvalget kan ikke" / "imødekomme anmodningen") is read as one line."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.text import page_numbers
from analysis.parse import to_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the negation at the line's end, the verb it denies on the next line
        ("Udvalget kunne ikke\nimødekomme anmodningen.", "rejected"),
        ("Forslaget blev ikke\nvedtaget.", "rejected"),
        ("Økonomiudvalget kan ikke\ngodkende planen, da den er for dyr.", "rejected"),
        # the same sentence on one line reads the same
        ("Udvalget kunne ikke imødekomme anmodningen.", "rejected"),
        # a line that ends with "ikke" before a new sentence is left apart
        ("Det tilføjede udvalget ikke\nGodkendt.", "approved"),
    ],
)
def test_negation_wrapped_before_its_verb(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected


def test_negation_wrap_joined_only_before_lower_case() -> None:
    # "ikke" then a line in capitals is not joined: the wrap rule asks for a small letter
    found = [t for t, _ in classify_decision("Sagen blev ikke\nBehandlet.")]
    assert "rejected" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bid or an offer taken or turned down: the forum's own choice
        ("Udvalget accepterede buddet på 820.000 kr.", "decided"),
        ("Buddet blev ikke accepteret. Grunden sættes til salg igen.", "decided"),
        ("Tilbuddet accepteres.", "decided"),
        ("Udvalget antog buddet fra foreningen.", "decided"),
        ("Udvalget accepterede ikke de tilbud, der var kommet.", "decided"),
        ("Udvalget accepterede forklaringen.", "other"),  # no bid: nothing chosen
        # "antage" as "assume" is no choice
        ("Det antages, at buddet kommer i maj.", "other"),
        ("Udvalget antog, at sagen kunne vente.", "other"),
    ],
)
def test_bid_taken_or_refused(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a grant with its amount right after the verb outranks the discussion beside it
        ("Udvalget drøftede sagen og bevilgede 20.000 kr.", "decided"),
        ("Drøftet. Udvalget bevilgede 20.000 kr. til foreningen.", "decided"),
        ("Taget til efterretning. Rådet bevilgede kr. 5.000 til turen.", "decided"),
        # a grant of before, or a participle before its noun, does not
        ("Udvalget bevilgede tidligere 50.000 kr. Taget til efterretning.", "noted"),
        ("Drøftet. De bevilgede 20.000 kr. er brugt.", "discussed"),
    ],
)
def test_grant_with_amount_beside_a_discussion(text: str, expected: str) -> None:
    found = [t for t, _ in classify_decision(text)]
    assert primary_decision_type(found) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no remarks to the object, then a second verb: what the body does is the outcome
        ("Handicaprådet har ingen bemærkninger til standarden og kan anbefale den.", "recommended"),
        ("Rådet havde ingen bemærkninger til planen og godkendte den.", "approved"),
        # no remarks alone says nothing was decided
        ("Rådet har ingen bemærkninger til høringen om plejeboliger.", "none"),
        ("Ingen bemærkninger til planforslaget.", "none"),
    ],
)
def test_no_remarks_then_a_second_verb(text: str, expected: str) -> None:
    found = [t for t, _ in classify_decision(text, forum="Handicaprådet")]
    assert primary_decision_type(found) == expected


def test_fax_line_is_page_furniture() -> None:
    lines = to_lines(
        "03/04 2018 11:12  FAX 86421100   SKANDERBORG KOMMUNE   @001/002\n"
        "Referat\n"
        "Mødet afholdt: 27. marts 2018 kl. 09:30\n"
        "12.03.2018 14:00 Fax-nummeret er ændret\n"  # a line of prose: no page number closes it
    )
    assert page_numbers(lines) == {0}
