"""Round 49 (layouts317): minutes flattened by a PDF export, the items of a page run
together on one line with their sections."""

import pytest

from analysis.layouts.text import (
    _Numbering,
    _pages_off,
    _place,
    flat_header,
    flat_item_headings,
    unflatten,
)

_PAD = " Sagsfremstilling" + " Teksten fortsætter her." * 20


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (  # the numbering goes on: each heading a line
            "1. Valg af formand Beslutning Valgt. 2. Ny legeplads i 4 byer Beslutning Godkendt.",
            [
                "1. Valg af formand Beslutning Valgt.",
                "2. Ny legeplads i 4 byer Beslutning Godkendt.",
            ],
        ),
        (  # a number off the numbering stays in the text
            "1. Budget Der er 7 Forslag i alt. 2. Eventuelt Intet.",
            ["1. Budget Der er 7 Forslag i alt.", "2. Eventuelt Intet."],
        ),
    ],
)
def test_headings_cut_where_the_numbering_goes_on(line, parts):
    assert flat_item_headings(line, _Numbering()).split("\n") == parts


def test_the_first_number_again_starts_the_items_after_their_contents():
    numbering = _Numbering()
    assert numbering.takes(41) and numbering.takes(42)
    assert not numbering.takes(44)
    assert numbering.takes(41)  # the items after their contents list
    assert numbering.last == 41


def test_sag_colon_before_the_number_read_as_sag():
    line = "1. Referat Beslutning Godkendt. Sag: 2 Eventuelt Beslutning Intet."
    assert (
        flat_item_headings(line, _Numbering()).split("\n")[1] == "Sag 2 Eventuelt Beslutning Intet."
    )


def test_unflatten_parts_sections_and_their_labels_text():
    text = (
        "1. Godkendelse af dagsorden Sagsnr.: 12/345 Beslutning Godkendt. "
        "2. Takster Sagsnr.: 12/346" + _PAD + " Indstilling Direktøren indstiller, at taksterne "
        "godkendes. Beslutning i Økonomiudvalget den 03-04-2012 Anbefales."
    )
    lines = unflatten(text).split("\n")
    head = "1. Godkendelse af dagsorden\nSagsnr.: 12/345\nBeslutning\nGodkendt."
    assert "\n".join(lines[:4]) == head
    assert "2. Takster" in lines
    assert lines[-2:] == ["Beslutning i Økonomiudvalget den 03-04-2012", "Anbefales."]


def test_short_lines_are_left_as_they_are():
    text = "1. Godkendelse af dagsorden Sagsnr.: 12/345 Beslutning Godkendt. 2. Eventuelt"
    assert unflatten(text) == text


def test_a_page_footers_number_is_no_heading_once_the_numbering_started():
    numbering = _Numbering()
    line = (
        "1. Valg Beslutning Valgt. Udvalget 01-02-2020 Side 2 Punkt 2 Budget Beslutning Godkendt."
    )
    assert (
        flat_item_headings(line, numbering).split("\n")[-1] == "Punkt 2 Budget Beslutning Godkendt."
    )
    assert _place("Sag nr. Emne Side 87 Titel", 18) == (True, True)
    assert _place("Mødelokale 2 Rådhuset", 11) == (False, False)


def test_a_number_in_the_header_does_not_start_the_numbering():
    numbering = _Numbering()
    assert not numbering.takes(2, opens=False)
    assert numbering.takes(1, opens=False)


def test_leaderless_contents_entries_lose_their_pages():
    pieces = ["1 Godkendelse 1", "2 Budget 2021 3", "3 Skoler 3", "1 Godkendelse Beslutning"]
    assert _pages_off(pieces) == ["1 Godkendelse", "2 Budget 2021", "3 Skoler", pieces[-1]]
    falling = ["1 Valg 4", "2 Budget 2021", "3 Skoler 3", "4 Eventuelt"]
    assert _pages_off(falling) == falling


def test_flat_header_parted_at_its_keys():
    line = (
        "Egedal Kommune Referat Skoleudvalget Torsdag den 4. maj 2017 Tidspunkt 16:00 "
        "Sted Mødelokale 1, Rådhuset Medlemmer Ane Bay, Ole Ravn Afbud Ole Ravn " + "x" * 60
    )
    assert flat_header(line).split("\n")[:7] == [
        "Egedal Kommune",
        "Referat",
        "Skoleudvalget",
        "Torsdag den 4. maj 2017",
        "Tidspunkt 16:00",
        "Sted Mødelokale 1, Rådhuset",
        "Medlemmer Ane Bay, Ole Ravn",
    ]
    assert flat_header("Referat Skoleudvalget Dato: 4. maj") == "Referat Skoleudvalget Dato: 4. maj"
