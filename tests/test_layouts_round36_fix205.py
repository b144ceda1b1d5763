"""Round thirty-six (layouts205: inter-municipal forums and networks — chiefs' circles,
health and practice committees, networks of several municipalities' leaders): the host
named after the place, the network's own word in the genitive over its decision, "Sag:"
before a title, the purpose line under a wrapped title, items handled in swapped order,
the forum named by an area's genitive or a short name before a dash."""

from __future__ import annotations

import datetime as dt

from analysis.layouts import headings
from analysis.layouts.header import without_host
from analysis.layouts.owners import owner_in_forum
from analysis.layouts.title_forum import title_line_forum
from analysis.parse import BodyRules, heading_key, parse_minutes, split_title, to_lines


def _decision(item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


def test_host_after_the_place_is_no_part_of_it():
    for place in (
        "Skive Rådhus, Torvegade 10, lokale 118 (Skive Kommune er vært)",
        "Skive Rådhus, Torvegade 10, lokale 118 (vært: Skive Kommune)",
        "Skive Rådhus, Torvegade 10, lokale 118 – Skive Kommune er vært, kaffe fra kl. 9",
        "Skive Rådhus, Torvegade 10, lokale 118. Vært: Skive Kommune",
    ):
        assert without_host(place) == "Skive Rådhus, Torvegade 10, lokale 118", place
    # a place whose name holds the word, or a room named after it: as written
    for place in ("Værtshuset Ankeret, Havnen 2", "Kroen, lokalet 'Værten'"):
        assert without_host(place) == place


def test_network_in_the_genitive_over_its_decision():
    rules = BodyRules(meeting_date=dt.date(2024, 4, 3), forum="Sundhedsnetværket i Limfjorden")
    line = to_lines("Netværkets beslutning:")[0]
    assert heading_key(line, rules) == ("beslutning", "Netværkets beslutning")
    circle = BodyRules(meeting_date=dt.date(2024, 4, 3), forum="Kommunaldirektørkredsen")
    assert heading_key(to_lines("Kredsens konklusion:")[0], circle) is not None
    # another body's word, or a word that only ends the name's other words: not the forum
    assert heading_key(to_lines("Netværkets beslutning:")[0], circle) is None
    other = BodyRules(meeting_date=dt.date(2024, 4, 3), forum="Byrådet")
    assert heading_key(to_lines("Netværkets beslutning:")[0], other) is None


def test_case_word_before_the_title():
    assert split_title("Sag: Fælles forebyggelsestilbud")[0] == "Fælles forebyggelsestilbud"
    # a case number after the word, or a title that opens with the noun: as written
    assert split_title("Sag: 24/3310")[0] == "Sag: 24/3310"
    assert split_title("Sagsbehandling af klager")[0] == "Sagsbehandling af klager"


_SWAPPED = (
    "Styregruppen for Rammeaftalen\n\nReferat\nMøde den 5. maj 2025 kl. 9.00\n\n"
    "Punkt 1   Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
    "Punkt 2   Takster 2026\nSagsnr. 25/1001\nBeslutning\nGodkendt.\n\n"
    "Punkt 4   Kapacitet på botilbud\nBeslutning\nDrøftet.\n\n"
    "Punkt 3   Status på udviklingsstrategien\nFormanden orienterede.\nBeslutning\n"
    "Taget til efterretning.\n\n"
    "Punkt 5   Eventuelt\nBeslutning\nIntet.\n"
)


def test_items_taken_in_swapped_order():
    meeting = parse_minutes(_SWAPPED)
    assert [it.number for it in meeting.items] == [1, 2, 4, 3, 5]
    assert _decision(meeting.items[3]) == "Taget til efterretning."
    # a heading one below the run's heading above it: swapped; else the run's evidence
    heads = [headings.Head(pos=p, number=n, title="x", evidence=3) for p, n in ((0, 1), (5, 4))]
    c = headings.Head(pos=9, number=3, title="x", evidence=1)
    assert headings._swapped_after(heads, c)
    assert not headings._swapped_after(heads[:1], c)


def test_purpose_line_under_a_long_title_is_no_part_of_it():
    text = (
        "Sydkystens Ledernetværk\n\nReferat af netværksmøde 15. oktober 2021\n\n"
        "Sag 1: Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        "Sag 2: Fælles kompetenceudvikling for afdelingsledere i de fire kommuner – forslag\n"
        "Til beslutning\nSagsnr: 21/8841\n\nBeslutning\nGodkendt.\n\n"
        "Sag 3: Eventuelt\nBeslutning:\nIntet.\n"
    )
    item = parse_minutes(text).items[1]
    assert item.title.endswith("– forslag")
    assert item.case_number == "21/8841"


def test_forum_of_an_area_in_the_genitive_or_a_short_name_before_a_dash():
    for first, forum in (
        ("Sydkystens Ledernetværk", "Sydkystens Ledernetværk"),
        (
            "K8 – Kommunaldirektørkredsen i Region Midtjylland",
            "K8 – Kommunaldirektørkredsen i Region Midtjylland",
        ),
    ):
        assert title_line_forum(to_lines(f"{first}\n\nReferat\n"), set()) == (forum, None)
    # a sentence opening with a genitive is no name
    assert title_line_forum(to_lines("Kommunens ældre får nyt tilbud\n"), set()) == (None, None)


def test_chiefs_circle_in_a_region_is_not_the_regions():
    assert owner_in_forum("K8 – Kommunaldirektørkredsen i Region Midtjylland") is None
    assert owner_in_forum("Udvalget for nære sundhedstilbud i Region Sjælland") == (
        "Udvalget for nære sundhedstilbud i Region Sjælland",
        "Region Sjælland",
    )


def test_held_online_for_a_reason_then_the_host():
    text = (
        "Sydkystens Ledernetværk\n\nReferat af netværksmøde 15. oktober 2021\n\n"
        "Mødet blev pga. smitterisikoen holdt virtuelt på Teams kl. 14.00-15.30. Greve "
        "Kommune var vært og sendte linket ud.\n\n"
        "Sag 1: Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        "Sag 2: Eventuelt\nBeslutning:\nIntet.\n"
    )
    meeting = parse_minutes(text)
    assert (meeting.start_time, meeting.location) == ("14:00", "Teams")
