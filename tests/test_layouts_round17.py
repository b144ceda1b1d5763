"""Seventeenth round: the contents list headed 'Indholdsliste' (a PDF print's word)."""

from __future__ import annotations

import pytest

from analysis.parse import parse_minutes

_MINUTES = """Hedensted Kommune

Referat

Udvalg\tPlan- og Boligudvalget
Mødedato: 12-05-2025 kl. 16:00

{head}
1 Godkendelse af dagsorden\t2
2 Boligplan 2026\t2

## 1 Godkendelse af dagsorden

Sagsnr. 25/1001
Udvalgets afgørelse
Godkendt.

## 2 Boligplan 2026

Sagsnr. 25/1420
Udvalgets afgørelse
Godkendt.
"""


@pytest.mark.parametrize("head", ["Indholdsliste", "Indholdsoversigt", "Indholdsfortegnelse"])
def test_the_contents_list_under_its_head_is_placed(head: str) -> None:
    meeting = parse_minutes(_MINUTES.format(head=head))
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Boligplan 2026"]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings


_BARRED = """Ringsted Kommune
Børne- og Skoleudvalget - Referat
Tirsdag den 2. september 2025 kl. 17:00
Sted: Rådhuset, mødelokale 4

{word}1 | Godkendelse af dagsorden
Sagsnr. 17.00.00-A00-1-25

Beslutning (Børne- og Skoleudvalget 02-09-2025)
Godkendt.

{word}2 | Skolernes budget 2026
Sagsnr. 17.01.00-S00-2-25

Sagsfremstilling
Fordelingen pr. skole:
2 | Byskolen | 41,2 mio. kr.
3 | Nordskolen | 38,9 mio. kr.

Beslutning (Børne- og Skoleudvalget 02-09-2025)
Taget til efterretning.
"""


@pytest.mark.parametrize("word", ["Sag ", "Punkt ", ""])
def test_an_item_numbered_before_a_vertical_bar_is_a_heading(word: str) -> None:
    meeting = parse_minutes(_BARRED.format(word=word))
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Skolernes budget 2026"),
    ]
    assert meeting.items[1].case_number == "17.01.00-S00-2-25"


_KIND_FIRST = """## Viborg Kommune

## {title}

{fields}

## Punkt 1: Godkendelse af dagsorden

Sagsnr.: 25/301

Udvalgets beslutning
Godkendt.

## Punkt 2: Naturpleje 2026

Sagsnr.: 25/377

Udvalgets beslutning
Taget til efterretning.
"""


@pytest.mark.parametrize(
    ("title", "fields"),
    [
        ("Referat - Miljøudvalget", "Mødedato\t5. maj 2025"),
        ("REFERAT – MILJØUDVALGET", "Mødedato\t5. maj 2025"),
        ("Referat – Miljøudvalget – 5. maj 2025", "Mødested\tRådhuset"),
        ("Referat – Miljøudvalget – mandag den 5. maj 2025", "Mødested\tRådhuset"),
        ("Referat - Miljøudvalget - 05-05-2025", "Mødested\tRådhuset"),
    ],
)
def test_the_kind_first_then_the_body_names_the_forum(title: str, fields: str) -> None:
    meeting = parse_minutes(_KIND_FIRST.format(title=title, fields=fields))
    assert (meeting.forum, str(meeting.date)) == ("Miljøudvalget", "2025-05-05")


def test_the_kind_first_before_no_body_names_no_forum() -> None:
    text = _KIND_FIRST.format(title="Referat - Ekstra ordinært", fields="Mødedato\t5. maj 2025")
    assert parse_minutes(text).forum != "Ekstra ordinært"
