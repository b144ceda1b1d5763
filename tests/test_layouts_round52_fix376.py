"""Fifty-second round, layouts376: minutes as phones and reader modes show their web pages.

A minutes portal's mobile page opens each item heading with its fold control, a chevron
or a plus (``› 4. Title``, ``+ 4. Title``), as a notes page's toggle triangle does: the
mark taken off where two headings or more are so marked (``disclosure.unfolded_headings``,
its marks widened). Each section of an item is marked the same way, a plus where it is
folded and a minus where it is open (``+ Indstilling``, ``− Beslutning``): the mark taken
off a known section's label, where two lines or more are so marked
(``disclosure.unfolded_sections``), so the text under an opened decision is its decision.
"""

from __future__ import annotations

import pytest

from analysis.layouts.disclosure import unfolded_headings, unfolded_sections
from analysis.layouts.text import prepare


@pytest.mark.parametrize("mark", ["›", "+", "▸", "▾"])
def test_a_portal_mark_before_numbered_headings_is_taken_off(mark: str) -> None:
    text = f"{mark} 1. Godkendelse af dagsorden\nGodkendt.\n\n{mark} 2. Vejplan 2030\nDrøftet.\n"
    assert unfolded_headings(text) == (
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Vejplan 2030\nDrøftet.\n"
    )


def test_one_marked_heading_alone_is_left() -> None:
    text = "+ 2 nye stillinger\nAfsnittet fortsætter.\n"
    assert unfolded_headings(text) == text


def test_a_plus_before_a_number_in_prose_is_no_heading() -> None:
    # (a sum, a phone number: no number and title after the mark)
    text = "Udgiften er 40.000 kr.\n+ 12.500 kr. i moms\n+ 4512 3456\n"
    assert unfolded_headings(text) == text


def test_the_fold_marks_before_section_labels_are_taken_off() -> None:
    text = "2. Budget\n+ Sagsfremstilling\n+ Indstilling\n− Beslutning\nGodkendt.\n"
    assert unfolded_sections(text) == (
        "2. Budget\nSagsfremstilling\nIndstilling\nBeslutning\nGodkendt.\n"
    )


def test_a_marked_line_that_is_no_section_label_is_left() -> None:
    text = "− Beslutning\nGodkendt.\n+ Tilskud til foreninger\n+ Indstilling\n"
    assert unfolded_sections(text).split("\n") == [
        "Beslutning",
        "Godkendt.",
        "+ Tilskud til foreninger",
        "Indstilling",
        "",
    ]


def test_one_marked_label_alone_is_left() -> None:
    text = "4. Eventuelt\n+ Beslutning\nIntet.\n"
    assert unfolded_sections(text) == text


def test_prepared_lines_read_the_opened_decision_label() -> None:
    text = (
        "+ 1. Godkendelse af dagsorden\n− Beslutning\nGodkendt.\n\n"
        "+ 2. Ny skolestruktur\n+ Resume\n− Beslutning\nDrøftet.\n"
    )
    cleans = [line.clean for line in prepare(text)]
    assert "Beslutning" in cleans
    assert "1. Godkendelse af dagsorden" in cleans
    assert not any(c.startswith(("+", "−")) for c in cleans)
