"""Round 50 (fix334): a site section's running title is no body; a part of the case moved
to a later year, and a member's motion voted down, put no item off."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import _part_put_off_only, classify_decision
from analysis.layouts import parse_text
from analysis.layouts.portal_menu import section_heading


@pytest.mark.parametrize(
    "text", ["Politiske udvalg", "Udvalg og råd", "Fagudvalg", "Råd og nævn", " Udvalg "]
)
def test_a_site_section_is_no_body(text: str) -> None:
    assert section_heading(text)


@pytest.mark.parametrize(
    "text", ["Økonomiudvalget", "Udvalg for Kultur", "Politiske udvalgs møde", "Ældrerådet"]
)
def test_a_body_is_no_site_section(text: str) -> None:
    assert not section_heading(text)


_PAGE = """Hedeby Kommune - Politiske udvalg

Tilbage | Print

Kultur- og Fritidsudvalget

Referat

Mødedato: Mandag den 2. februar 2009 kl. 17.00

Mødested: Rådhuset, lokale 4


Punkt 1. Godkendelse af dagsorden
Sagsnr.: 09/0201

Beslutning i Kultur- og Fritidsudvalget den 2. februar 2009:
Godkendt.
"""


def test_the_body_under_the_section_title_is_the_forum() -> None:
    meeting = parse_text(_PAGE.replace("Hedeby", "Greve"))
    assert meeting.forum == "Kultur- og Fritidsudvalget"
    assert meeting.municipality and meeting.municipality.startswith("Greve")


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget valgte skole 1 og 3. Skole 2 udskydes til 2014.",
        "Udvalget prioriterede etape A. Etape B udsættes til næste år.",
        "Udvalget fordelte midlerne. Projekt C flyttes til foråret 2021.",
    ],
)
def test_a_part_moved_to_a_later_year_puts_no_item_off(text: str) -> None:
    types = [t for t, _ in classify_decision(text, "Udvalget")]
    assert "postponed" not in types
    assert "decided" in types


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget valgte skole 1 og 3. Sagen udsættes til 2014.",
        "Udvalget valgte skole 1. Punktet udsættes til næste møde.",
    ],
)
def test_the_item_itself_put_off_stays_postponed(text: str) -> None:
    assert "postponed" in [t for t, _ in classify_decision(text, "Udvalget")]


def test_part_put_off_only_wants_every_evidence_in_such_a_sentence() -> None:
    text = "Udvalget valgte A. Del 2 udskydes til 2019."
    assert _part_put_off_only(text, ["udskydes"])
    assert not _part_put_off_only(text, ["udsættes"])
    assert not _part_put_off_only("Udvalget valgte A.", ["udskydes"])


def test_a_motion_voted_down_is_no_outcome() -> None:
    text = "Godkendt med 15 stemmer mod 6.\n\nForslag fra Ø om at udsætte sagen blev forkastet."
    assert classify_decision(text, "Byrådet")[0][0] == "approved"
    assert "postponed" not in [t for t, _ in classify_decision(text, "Byrådet")]


def test_a_motion_carried_still_counts() -> None:
    text = "Forslag fra Ø om at udsætte sagen blev vedtaget."
    assert "postponed" in [t for t, _ in classify_decision(text, "Byrådet")]
