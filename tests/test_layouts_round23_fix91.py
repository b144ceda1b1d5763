"""Twenty-third round (layouts91): internal leadership forums' plan lines and case labels."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _place_after_date
from analysis.parse import match_case_number, split_title


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("raw", "title", "minutes"),
    [
        # the item's start before its minutes in the brackets
        ("Budgetopfølgning (13:10, 15 min.)", "Budgetopfølgning", 15),
        ("Budgetopfølgning (kl. 13.10, 15 min.)", "Budgetopfølgning", 15),
        # the start alone, with a colon or "kl."
        ("Eventuelt (11:45)", "Eventuelt", None),
        ("Eventuelt (kl. 11.45)", "Eventuelt", None),
        # a paragraph's number in brackets stays in the title
        ("Ændring af vedtægt (3.12)", "Ændring af vedtægt (3.12)", None),
    ],
)
def test_start_and_minutes_after_title(raw: str, title: str, minutes: int | None) -> None:
    got, _bodies, duration = split_title(raw)
    assert (got, duration) == (title, minutes)


@pytest.mark.parametrize(
    ("line", "case"),
    [
        # the sentence's full stop after a labelled case is no part of the number
        ("Sag 24/17720.", "24/17720"),
        ("Sagsnr. 2025-004417.", "2025-004417"),
        # "Akt-id" before a full year, a hyphen and a serial
        ("Akt-id: 2025-004417", "2025-004417"),
        # a plan line parted by middle dots whose last part is the case
        ("Tag: Til beslutning · 25 min · MHS · Sag 25/11842", "25/11842"),
        ("Tag: Til drøftelse · 20 min · HR v. Lise Krog (LK) · Sag 25/09317", "25/09317"),
    ],
)
def test_case_lines(line: str, case: str) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    "line",
    [
        # a prose part among the middle dots is no plan cell
        "Tag: Til beslutning · vi tager den op igen · Sag 25/11842",
    ],
)
def test_no_case(line: str) -> None:
    assert match_case_number(line) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the case handed to a unit named by its own name, to handle
        ("Sendes til Plan og Byg til videre behandling.", "referred"),
        ("Sendes til Borgerservice til behandling.", "referred"),
        # for its information only: no referral
        ("Sendes til Plan og Byg til orientering.", "other"),
    ],
)
def test_sent_to_a_named_unit_to_handle(text: str, kind: str) -> None:
    assert _primary(text) == kind


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # the place after a dash past the meeting's end
        ("3. februar 2025 kl. 8.30-10.00 – Torvet 4, lokale 2.07", "Torvet 4, lokale 2.07"),
        ("3. februar 2025 kl. 8.30-10.00 - Torvet 4, lokale 2.07", "Torvet 4, lokale 2.07"),
        # as before: after a comma
        ("3. februar 2025 kl. 8.30-10.00, Torvet 4, lokale 2.07", "Torvet 4, lokale 2.07"),
    ],
)
def test_place_after_a_dash_past_the_end(line: str, place: str) -> None:
    assert _place_after_date(line) == place
