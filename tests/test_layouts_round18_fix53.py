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


def test_an_item_table_with_a_row_per_field_reads_down_its_rows() -> None:
    from analysis.read.item_table import field_row_items

    rows = [
        [["Pkt. 7"], ["Vejbelysning", "Sagsid: 05.01.00-G01-1-25"]],
        [[], ["Resumé", "Lamperne skiftes til LED."]],
        [[], ["Beslutning", "For: A (3)", "Imod: V (2)", "Godkendt."]],
        [[], []],
        [["Pkt. 8"], ["Eventuelt"]],
        [[], ["Beslutning", "Intet."]],
    ]
    assert field_row_items(rows) == [
        "Pkt. 7 Vejbelysning",
        "Sagsid: 05.01.00-G01-1-25",
        "",
        "Resumé",
        "Lamperne skiftes til LED.",
        "",
        "Beslutning",
        "For: A (3)",
        "Imod: V (2)",
        "Godkendt.",
        "",
        "Pkt. 8 Eventuelt",
        "",
        "Beslutning",
        "Intet.",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # the meeting's facts: labels beside values, no item's number
        [[["Mødedato:"], ["5. marts 2025"]], [["Sted:"], ["Rådhuset"]]],
        # one item only
        [[["1."], ["Budget"]], [[], ["Beslutning", "Godkendt."]]],
        # a row of prose under the number: no field's label over it
        [
            [["1."], ["Budget"]],
            [[], ["Udvalget drøftede budgettet og bad om et nyt oplæg.", "Mere tekst."]],
            [["2."], ["Takster"]],
            [[], ["Beslutning", "Godkendt."]],
        ],
    ],
)
def test_other_tables_are_no_field_row_items(rows: list[list[list[str]]]) -> None:
    from analysis.read.item_table import field_row_items

    assert field_row_items(rows) is None


@pytest.mark.parametrize(
    "line",
    [
        "Udskrevet: 07.03.2025 10:14",
        "Dokument udskrevet 07.03.2025 kl. 08:04",
        "Assens Kommune, Rådhus Allé 5, 5610 Assens - Telefon 64 74 74 74 - assens@assens.dk",
    ],
)
def test_a_print_stamp_and_an_address_footer_are_furniture(line: str) -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["Udskrevet til alle medlemmer før mødet.", "Referatet blev udskrevet og underskrevet."],
)
def test_sentences_about_printing_are_no_furniture(line: str) -> None:
    from analysis.layouts.text import is_furniture

    assert not is_furniture(line)
