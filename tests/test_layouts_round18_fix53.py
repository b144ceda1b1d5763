"""Eighteenth round (layouts53): councils named owner first, pictograph fact lines, '#N –'
headings, item tables with a row per field, routing marks after titles."""

from __future__ import annotations

import pytest

from analysis.layouts.header import owner_first_off
from analysis.parse import parse_minutes


@pytest.mark.parametrize(
    ("forum", "body", "owner"),
    [
        ("Hjørring Ungeråd", "Ungerådet", "Hjørring Kommune"),
        ("Svendborg Kommunes Ældreråd", "Ældrerådet", "Svendborg Kommune"),
        ("Odense Handicapråd", "Handicaprådet", "Odense Kommune"),
        ("Vejle Kommunes Folkeoplysningsudvalg", "Folkeoplysningsudvalget", "Vejle Kommune"),
    ],
)
def test_a_body_named_after_its_owner_is_the_owners_body(forum: str, body: str, owner: str) -> None:
    assert owner_first_off(forum) == (body, owner)


@pytest.mark.parametrize(
    "forum",
    [
        "Herning Byråd",  # the town's council goes by that name
        "Hvidbjerg Landsbyråd",  # no municipality
        "Økonomiudvalget",
        "Teknisk Udvalg",
        "Børne- og Skoleudvalget",
    ],
)
def test_other_forums_keep_their_name(forum: str) -> None:
    assert owner_first_off(forum) == (forum, None)


def test_pictograph_facts_and_hash_headings() -> None:
    text = "\n".join(
        [
            "ODDER UNGERÅD · referat",
            "",
            "📅 Mandag den 3. marts 2025, kl. 17.00-19.00",
            "📍 Ungdomsskolen, Odder",
            "Deltog: Alma Holm, Viggo Lund",
            "Meldt fra: Karla Friis",
            "",
            "#1 – Godkendelse af dagsorden",
            "Aftale: Godkendt.",
            "",
            "#2 – Skatepark ved hallen",
            "Aftale: Rådet drøftede placeringen.",
        ]
    )
    meeting = parse_minutes(text)
    assert (meeting.forum, meeting.municipality) == ("Ungerådet", "Odder Kommune")
    assert meeting.location == "Ungdomsskolen, Odder"
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Skatepark ved hallen"),
    ]
    absent = [p.name for p in meeting.participants if not p.present]
    assert absent == ["Karla Friis"]
