"""Round 28 (layouts142), third pass: a school or day-care board's post and address."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.meeting_kind import board_beside_institution
from analysis.layouts.pictograms import unpictogram


def test_board_after_document_kind_beside_institution() -> None:
    assert (
        board_beside_institution("Referat fra skolebestyrelsen – Rosenlund Skole")
        == "Skolebestyrelsen, Rosenlund Skole"
    )
    assert (
        board_beside_institution("Dagsorden til institutionsbestyrelsen · Børnehuset Bien")
        == "Institutionsbestyrelsen, Børnehuset Bien"
    )
    # a document's kind before anything but a board is left alone
    assert board_beside_institution("Referat fra mødet – Rosenlund Skole") is None


def test_pictogram_before_first_line_title_is_dropped() -> None:
    text = "🏫 **Referat fra skolebestyrelsen** – Rosenlund Skole\n\n🔹 Noget tekst her"
    assert unpictogram(text).split("\n")[0] == "**Referat fra skolebestyrelsen** – Rosenlund Skole"
    # further down, a pictogram before a sentence stays
    assert unpictogram(text).split("\n")[2] == "🔹 Noget tekst her"


def test_municipality_from_postal_town_of_address() -> None:
    text = (
        "Skolebestyrelsen, Rosenlund Skole\n\n"
        "Referat af mødet tirsdag den 3. maj 2022 kl. 19.00\n\n"
        "Rosenlund Skole · Skolestien 2 · 4600 Køge\n\n1. Dagsorden\nGodkendt.\n\n"
        "2. Budget\nGodkendt.\n"
    )
    assert parse_text(text).municipality == "Køge Kommune"
    # a post town of another name than any municipality's says nothing
    assert parse_text(text.replace("4600 Køge", "4930 Maribo")).municipality is None
    # a meeting place's field names where the meeting was held, not whose board met
    placed = text.replace("Rosenlund Skole · Skolestien 2", "Mødested: Hallen, Skolestien 2")
    assert parse_text(placed).municipality is None


def test_place_in_bracket_after_the_hour() -> None:
    head = (
        "Forældrebestyrelsen – referat\n\n{}\n\n"
        "1. Dagsorden\nReferat:\nGodkendt\n\n2. Budget\nReferat:\nGodkendt\n"
    )
    said = {
        "Møde 3/5-2022 kl. 19-21 (på Teams pga. corona)": "Teams",
        "Møde 3/5-2022 kl. 19.00 (i Kulturhuset, sal 2)": "Kulturhuset, sal 2",
        "Møde 3/5-2022 kl. 19.00-21.00 (uge 18)": None,
        "Møde 3/5-2022 kl. 19.00 (ekstraordinært møde)": None,
        "Møde 3/5-2022 kl. 19.00 (bemærk: nyt tidspunkt)": None,
    }
    for line, place in said.items():
        assert parse_text(head.format(line)).location == place, line


def test_slashed_label_after_notes_is_a_points_outcome() -> None:
    text = (
        "Skolebestyrelsen\n\nTirsdag 7.3.2023 kl. 19.00\n\n"
        "1. Dagsorden\nKonklusion/beslutning: Godkendt.\n\n"
        "2. Orienteringer\n\n2.1 Fra ledelsen\nNoter om ledelsen.\n"
        "Konklusion/beslutning: Taget til orientering.\n\n"
        "2.2 Fra elevrådet\nNoter om elevrådet.\nKonklusion/beslutning: Taget til orientering.\n\n"
        "3. Økonomi\n\n3.1 Budget\nNoter om budgettet.\nKonklusion/beslutning: Godkendt.\n\n"
        "4. Eventuelt\nKonklusion/beslutning: Intet.\n"
    )
    titles = [item.raw_title for item in parse_text(text).items]
    assert titles == ["Dagsorden", "Fra ledelsen", "Fra elevrådet", "Budget", "Eventuelt"]
