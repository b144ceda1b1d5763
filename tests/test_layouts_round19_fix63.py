"""Nineteenth round (layouts63): short forms — item lines 'Sag nr. N – Åben sag' over the
title, meta lines parted by bars, day/month-year dates after the kind of meeting."""

from __future__ import annotations

import pytest

from analysis.layouts.header import _short_year_meeting
from analysis.layouts.text import is_furniture
from analysis.parse import parse_minutes


def test_number_and_open_mark_alone_over_the_title() -> None:
    text = "\n".join(
        [
            "Referat",
            "Teknisk Udvalg",
            "Mødedato: 02.06.2025",
            "",
            "Punkt 1 - Åbent punkt",
            "",
            "Godkendelse af dagsorden",
            "",
            "Sagsnr.: 25/1101",
            "",
            "Beslutning:",
            "Godkendt.",
            "",
            "Punkt 2 - Lukket punkt",
            "",
            "Køb af ejendom",
            "",
            "Sagsnr.: 25/1187",
            "",
            "Beslutning:",
            "Godkendt.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title, i.case_number, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", "25/1101", False),
        (2, "Køb af ejendom", "25/1187", True),
    ]


@pytest.mark.parametrize(
    "line",
    ["Forside | Politik | Udvalg og råd", "Hjem | Nyheder | Referater 2025"],
)
def test_a_trail_of_pages_parted_by_bars_is_still_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_dated_meta_line_parted_by_bars_is_no_trail() -> None:
    line = "Seniorrådet | Mandag den 3. marts 2025, kl. 10.00 | Rådhuset, lokale 4"
    assert not is_furniture(line)
    meeting = parse_minutes(
        "\n".join(
            [
                "KORT REFERAT",
                line,
                "",
                "1) Godkendelse af dagsorden – Godkendt.",
                "2) Orientering fra formanden – Taget til efterretning.",
                "3) Eventuelt – Intet.",
            ]
        )
    )
    assert (meeting.forum, meeting.date.isoformat(), meeting.start_time, meeting.location) == (
        "Seniorrådet",
        "2025-03-03",
        "10:00",
        "Rådhuset, lokale 4",
    )


@pytest.mark.parametrize(
    ("text", "iso", "time"),
    [
        ("Direktionsmøde mandag 24/2-25, kl. 8.30-10.00, Rådhuset", "2025-02-24", "08:30"),
        ("Styregruppemøde 3/4-25 kl. 13.00 i lokale 2", "2025-04-03", "13:00"),
        ("Referat - møde 12.03.07 kl. 19.00 på Rådhuset", "2007-03-12", "19:00"),
    ],
)
def test_a_short_year_after_the_kind_of_meeting(text: str, iso: str, time: str) -> None:
    found = _short_year_meeting(text)
    assert found is not None and (found.date.isoformat(), found.time) == (iso, time)


@pytest.mark.parametrize("text", ["Udvalget mødes 24/2-25", "Bilag 24/2-25 kl. 8.30"])
def test_no_short_year_without_the_meeting_and_the_clock(text: str) -> None:
    assert _short_year_meeting(text) is None


def test_a_fixed_width_table_with_a_rule_under_its_head() -> None:
    from analysis.read.item_table import fixed_width_item_table

    text = "\n".join(
        [
            "Nr.   Emne                      Sagsnr.   Beslutning",
            "---   ------------------------  --------  ----------",
            "  1   Godkendelse af dagsorden  25/0101   Godkendt",
            "  2   Vintertjeneste            25/0144   Udsat",
        ]
    )
    assert fixed_width_item_table(text).split("\n") == [
        "Nr.\tEmne\tSagsnr.\tBeslutning",
        "1\tGodkendelse af dagsorden\t25/0101\tGodkendt",
        "2\tVintertjeneste\t25/0144\tUdsat",
    ]


def test_a_rule_alone_is_no_table() -> None:
    from analysis.read.item_table import fixed_width_item_table

    text = "Nr.   Emne   Sagsnr.\n---   ----   -------\n"
    assert fixed_width_item_table(text) == text


def test_a_remark_on_a_meeting_broken_off_is_its_note() -> None:
    meeting = parse_minutes(
        "\n".join(
            [
                "Referat",
                "Teknisk Udvalg",
                "Mødedato: 02.06.2025",
                "",
                "Bemærk: Mødet blev afbrudt kl. 18.00. Punkt 3 behandles på næste møde.",
                "",
                "1. Godkendelse af dagsorden",
                "Beslutning:",
                "Godkendt.",
                "",
                "2. Vejplan",
                "Beslutning:",
                "Udsat.",
            ]
        )
    )
    assert meeting.notes == "Mødet blev afbrudt kl. 18.00. Punkt 3 behandles på næste møde."
    assert not [w for w in meeting.warnings if "could not be placed" in w]


def test_who_and_when_columns_of_an_action_list_are_no_decision() -> None:
    from analysis.layouts.text import unpipe

    text = "\n".join(
        [
            "| Pkt. | Emne | Ansvarlig | Udfald | Frist |",
            "|---|---|---|---|---|",
            "| 1 | Ventetider | AK | Drøftet | 07.05.25 |",
        ]
    )
    assert [ln for ln in unpipe(text).split("\n") if ln] == [
        "Pkt. 1 Ventetider",
        "Ansvarlig: AK",
        "Frist: 07.05.25",
        "Beslutning:",
        "Drøftet",
    ]


def test_remarks_on_items_after_a_protocols_last_item_are_its_notes() -> None:
    text = "\n".join(
        [
            "Beslutningsprotokol",
            "Kultur- og Fritidsudvalget",
            "Mødedato: 02.06.2025",
            "",
            "1. Godkendelse af dagsorden – Godkendt",
            "2. Tilskud til byfest – Godkendt",
            "3. Halplan 2026 – Drøftet",
            "4. Eventuelt – Intet",
            "",
            "Bemærkninger:",
            "Ad 2: Tilskuddet udbetales efter regnskab.",
            "Ad 3: Sagen genoptages i august.",
            "",
            "Mødet hævet kl. 18.10.   Side 1/1 · Udskrevet 03-06-2025",
        ]
    )
    meeting = parse_minutes(text)
    assert [s.text for s in meeting.items[-1].sections if s.key == "beslutning"] == ["Intet"]
    assert (
        meeting.notes
        == "Ad 2: Tilskuddet udbetales efter regnskab.\nAd 3: Sagen genoptages i august."
    )
    assert not [w for w in meeting.warnings if "could not be placed" in w]


def test_a_remarks_block_with_other_text_stays_the_items() -> None:
    text = "\n".join(
        [
            "Referat",
            "Kultur- og Fritidsudvalget",
            "Mødedato: 02.06.2025",
            "",
            "1. Godkendelse af dagsorden",
            "Beslutning: Godkendt.",
            "",
            "2. Eventuelt",
            "Beslutning: Intet.",
            "",
            "Bemærkninger:",
            "Formanden takkede for samarbejdet.",
        ]
    )
    meeting = parse_minutes(text)
    assert "Formanden takkede" in meeting.items[-1].sections[-1].text
