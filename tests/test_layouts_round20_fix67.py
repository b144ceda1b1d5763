"""Twentieth round (layouts67): everyday committee and council minutes in hard export
shapes — the year's running number alone over the title, 'Ad 1.' over the title."""

from __future__ import annotations

from analysis.parse import parse_minutes


def test_running_number_with_the_year_alone_over_the_title() -> None:
    text = "\n".join(
        [
            "Seniorrådet",
            "Referat",
            "Mødedato: 5. marts 2025",
            "",
            "21/2025",
            "Budgetønsker for 2026",
            "J.nr. 00.30.00-S00-2-25",
            "Beslutning:",
            "Drøftet.",
            "",
            "22/2025",
            "Eventuelt",
            "Sagsfremstilling:",
            "Intet.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (21, "Budgetønsker for 2026", "00.30.00-S00-2-25"),
        (22, "Eventuelt", None),
    ]


def test_ad_number_alone_takes_the_title_right_under_it() -> None:
    text = "\n".join(
        [
            "Kultur- og Fritidsudvalget",
            "Referat",
            "Mødedato: 2. juni 2025",
            "",
            "Ad 1.",
            "Godkendelse af dagsorden",
            "",
            "Udvalgets beslutning:",
            "Godkendt.",
            "",
            "Ad 2.",
            "Tilskud til foreningslivet",
            "",
            "Sagsnr. 25/1234",
            "",
            "Udvalgets beslutning:",
            "Udvalget bevilgede tilskuddet.",
            "",
            "Ad 3.",
            "Eventuelt",
            "",
            "Udvalgets beslutning:",
            "Intet.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Tilskud til foreningslivet", "25/1234"),
        (3, "Eventuelt", None),
    ]


def test_notes_right_under_ad_number_are_no_title() -> None:
    text = "\n".join(
        [
            "Handicaprådet",
            "Referat",
            "Mødedato: 2. juni 2025",
            "",
            "Dagsorden:",
            "1) Godkendelse af dagsorden",
            "2) Tilgængelighed i hallerne",
            "",
            "Ad 1)",
            "Dagsordenen godkendt.",
            "",
            "Ad 2)",
            "Rådet besluttede at besigtige hallerne.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Tilgængelighed i hallerne"),
    ]


def test_a_label_alone_under_the_title_is_no_part_of_it() -> None:
    text = "\n".join(
        [
            "Byrådet",
            "Beslutningsprotokol",
            "Onsdag 7. maj 2025 kl. 17:00",
            "",
            "Indholdsfortegnelse",
            "1 Godkendelse af dagsorden",
            "2 Udbud af vintertjeneste",
            "",
            "1. Godkendelse af dagsorden",
            "Beslutning i Byrådet den 07-05-2025",
            "Godkendt.",
            "",
            "2. Udbud af vintertjeneste",
            "Sagsnummer: 25/4471",
            "Sagen afgøres i:",
            "Teknisk Udvalg",
            "22-04-2025",
            "Byrådet",
            "07-05-2025",
            "Sagsfremstilling",
            "Kontrakten udløber til efteråret.",
            "Beslutning i Byrådet den 07-05-2025",
            "Godkendt.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Udbud af vintertjeneste", "25/4471"),
    ]


def test_the_kind_before_the_body_in_brackets_is_no_part_of_the_forum() -> None:
    text = "\n".join(
        [
            "Aabenraa Kommune – LMU – referat 02.10.2025",
            "",
            "Referat – Lokaludvalget (LMU)",
            "",
            "Torsdag den 02.10.2025 kl. 14.00-15.30",
            "",
            "Rådhuset, mødelokale 4",
            "",
            "1\tGodkendelse af dagsorden",
            "",
            "Konklusion/aftale:",
            "",
            "Godkendt.",
        ]
    )
    meeting = parse_minutes(text)
    assert meeting.forum == "Lokaludvalget"
    assert meeting.location == "Rådhuset, mødelokale 4"


def test_konklusionsreferat_before_the_body_titles_the_minutes() -> None:
    text = "\n".join(
        [
            "Konklusionsreferat – Integrationsrådet",
            "",
            "Tirsdag den 4. februar 2025, kl. 17.00-19.00",
            "Borgerhuset, lokale 1",
            "",
            "1. Godkendelse af dagsorden",
            "",
            "Konklusion",
            "Godkendt.",
        ]
    )
    meeting = parse_minutes(text)
    assert meeting.forum == "Integrationsrådet"
    assert meeting.location == "Borgerhuset, lokale 1"


def test_a_place_left_open_by_a_comma_goes_on_under_it() -> None:
    text = "\n".join(
        [
            "Kultur- og Fritidsudvalget",
            "",
            "REFERAT",
            "",
            "Mødedato: 3. juni 2025",
            "",
            "Sted: Biblioteket,",
            "",
            "mødelokale Lyngen",
            "",
            "Medlemmer:",
            "",
            "Ida Holm (A), formand",
            "",
            "1. Godkendelse af dagsorden",
            "",
            "Beslutning:",
            "",
            "Godkendt.",
        ]
    )
    assert parse_minutes(text).location == "Biblioteket, mødelokale Lyngen"


def test_a_contents_column_read_across_the_fields_is_cut_off() -> None:
    text = "\n".join(
        [
            "Teknisk Udvalg Indholdsfortegnelse",
            "Referat",
            "§ 12 Godkendelse af dagsorden",
            "Mødedato: 04.03.2025 § 13 Vejplan 2026",
            "Mødested: Rådhuset, Vejle, § 14 Eventuelt",
            "lokale Fjorden",
            "Medlemmer:",
            "Eva Lind (V), fmd.",
            "Afbud: Ingen",
            "",
            "§ 12",
            "Godkendelse af dagsorden",
            "Beslutning Teknisk Udvalg 04-03-2025",
            "Godkendt.",
            "",
            "§ 13",
            "Vejplan 2026",
            "Sagsnr. 25/1200",
            "Beslutning Teknisk Udvalg 04-03-2025",
            "Godkendt.",
            "",
            "§ 14",
            "Eventuelt",
            "Beslutning Teknisk Udvalg 04-03-2025",
            "Intet.",
        ]
    )
    meeting = parse_minutes(text)
    assert meeting.location == "Rådhuset, Vejle, lokale Fjorden"
    assert [i.number for i in meeting.items] == [12, 13, 14]
