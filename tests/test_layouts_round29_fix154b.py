"""Round 29 (layouts154, second helper): the wrapped-heading and wrapped-contents rules of
the first round narrowed where they took an item's own lines."""

from __future__ import annotations

from analysis.layouts import parse_text


def test_masked_case_line_is_no_wrapped_title_rest() -> None:
    # "j.nr. 14.02.01-K04-***-21" under the title: the case line (its number masked), not
    # the second line of a wrapped title
    text = (
        "Handicaprådet - Sundhed og Omsorg\n\n"
        "Onsdag d. 9/3-2022 kl. 13.00\n"
        "Sted: Sønderborg Bibliotek, lok. 3\n\n"
        "Pkt. 1  Godkendelse af dagsorden\n"
        "j.nr. 14.02.01-K04-1-22\n"
        "Ingen bemærkninger.\n\n"
        "Pkt. 2  Ansøgning om ledsagerordning - Borger F\n"
        "j.nr. 14.02.01-K04-***-22\n"
        "Afgørelse: Bevilget med 15 timer om måneden.\n\n"
        "Pkt. 3  Eventuelt\n"
        "Intet.\n"
    )
    titles = [item.title for item in parse_text(text).items]
    assert titles[1] == "Ansøgning om ledsagerordning - Borger F"


def test_body_line_longer_than_the_heading_is_no_contents_rest() -> None:
    # "4) Ansøgning fra …" / "Ansøgningen imødekommet …" (a longer line): the item's text
    # under its heading, not the wrapped rest of a contents entry
    text = (
        "Hvidbjerg Borgerforening\n\n"
        "REFERAT AF BESTYRELSESMØDE\n"
        "onsdag 4/10-2023 kl. 19.30 i Hvidbjerg Forsamlingshus\n\n"
        "Mødt: Ib Lund, Karen Dahl, Ole Friis\n\n"
        "1) Godkendelse af referat fra forrige møde\n"
        "Godkendt.\n\n"
        "2) Kassereren orienterer\n"
        "Beholdningen er 12.400 kr.\n\n"
        "3) Ansøgning fra Hvidbjerg Petanqueklub om 3.000 kr. til bane\n"
        "Ansøgningen imødekommet - banen bruges af mange i byen. Pengene tages fra\n"
        "aktivitetspuljen.\n\n"
        "4) Sommerfest på sportspladsen i august med musik og telt\n"
        "Udsat til næste møde, da teltet endnu ikke er bestilt.\n\n"
        "5) Evt.\n"
        "Intet.\n"
    )
    items = parse_text(text).items
    assert [item.title for item in items][2] == (
        "Ansøgning fra Hvidbjerg Petanqueklub om 3.000 kr. til bane"
    )
    assert "Ansøgningen imødekommet" in str(items[2].sections)


def test_capital_bullet_under_a_numbered_list_is_no_dash_subtitle() -> None:
    # a numbered list inside an item, a bullet "- Enighed om …" under its last line: the
    # item's notes, no contents list whose last entry goes on after a dash
    text = (
        "**Referat – Lokal-MED, Dagtilbud Nord**\n"
        "Mødedato: 08.02.2024 kl. 9.00-11.00\n"
        "Sted: Skovvej 4, mødelokale Egen\n\n"
        "**1) Godkendelse af dagsorden**\n"
        "- Ingen bemærkninger\n"
        "> Aftalt: Godkendt\n\n"
        "**2) Ferieplan 2024 – forslag**\n"
        "- akt-id 5520114\n"
        "> Aftalt: Ferieplanen godkendt.\n\n"
        "**3) Budget 2024 – tilpasning af 1,1 mio. kr.**\n"
        "- akt-id 5520190\n"
        "- Ledelsen viste to modeller:\n"
        "  1. Færre vikartimer\n"
        "  2. Fælles indkøb på tværs af husene\n"
        "- Enighed om at se på model 2 igen\n"
        "> Aftalt: Drøftet. Sagen tages op igen i marts.\n\n"
        "**4) Evt.**\n"
        "> Aftalt: Intet\n"
    )
    items = parse_text(text).items
    assert [item.title for item in items][:3] == [
        "Godkendelse af dagsorden",
        "Ferieplan 2024 – forslag",
        "Budget 2024 – tilpasning af 1,1 mio. kr.",
    ]


def test_all_capital_word_broken_at_the_line_end_joined() -> None:
    from analysis.parse import join_wrapped

    assert join_wrapped("TILSKUD TIL SKOLE-", "BUSSERNE 2014") == "TILSKUD TIL SKOLEBUSSERNE 2014"
    assert join_wrapped("REFERAT FRA KULTUR-", "OG FRITIDSUDVALGET") == (
        "REFERAT FRA KULTUR- OG FRITIDSUDVALGET"
    )
    assert join_wrapped("Møde om Skole-", "Busser") == "Møde om Skole- Busser"
