"""Twenty-seventh round, layouts135 (meetings that are not ordinary meetings: cancelled
meetings, written procedures, telephone meetings, chairmen's and mayors' decisions): the
decision phrases of a cancelled meeting and of a group's appointment, the rows of dots and
the repeated dated outcome that are no page furniture, and the header's kind of meeting."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.text import unrule


def _primary(text: str) -> str:
    return primary_decision_type([t for t, _ in classify_decision(text, "Byrådet")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cancelled meeting: the item's fate after the notice
        ("Mødet aflyst. Punktet overflyttes til mødet den 28.11.2026.", "postponed"),
        ("Mødet er aflyst pga. sygdom. Sagen overføres til udvalgets møde i juni.", "postponed"),
        ("Mødet er aflyst.", "none"),
        ("Mødet er aflyst, da kun to medlemmer kunne deltage.", "none"),
        ("Mødet blev aflyst. Godkendt af formanden den 3. maj.", "approved"),
        # an item moved on to a meeting named by its date
        ("Sagen er overflyttet til mødet den 4. maj 2026.", "postponed"),
        ("Punktet flyttes til næste møde.", "postponed"),
        # the body cancelling a meeting of its own decides it
        ("Mødet den 9. juni aflyses.", "decided"),
        # a party group's appointment, the council taking note of it
        (
            "Venstre udpegede Bo Lund (V) som medlem af Børneudvalget. Taget til efterretning.",
            "noted",
        ),
        ("Dansk Folkeparti har udpeget Ida Kro. Taget til efterretning.", "noted"),
        # a group's choice alone stays the outcome
        ("V-gruppen udpegede Ole Hansen.", "decided"),
    ],
)
def test_cancelled_meeting_and_group_choice(text: str, expected: str) -> None:
    assert _primary(text) == expected


def test_a_row_of_dots_is_a_rule() -> None:
    """A typed document's row of dots between the items is blanked as "-----" is; an
    ellipsis alone, or dots inside a line, stay."""
    text = "Godkendt.\n\n  ..............................\n...\nSe s. 4 ..... bilag"
    assert unrule(text).split("\n") == ["Godkendt.", "", "", "...", "Se s. 4 ..... bilag"]


_FORMAND = """Teknikudvalget

Formandsbeslutninger
Beslutningsdato: mandag den 6. juli 2026

Punkt 1
Vejlukning ved Torvet under byfesten

Formandsbeslutning:
Formanden har på udvalgets vegne godkendt vejlukningen.
"""


def test_chairmans_decision_label() -> None:
    """ "Formandsbeslutning:" (also "Borgmesterens beslutning:", "Hastebeslutning:") is the
    item's decision label."""
    items = parse_text(_FORMAND).items
    assert [s.text for s in items[0].sections if s.key == "beslutning"] == [
        "Formanden har på udvalgets vegne godkendt vejlukningen."
    ]


@pytest.mark.parametrize(
    "kind", ["skriftlig behandling", "telefonmøde", "mailafstemning", "ekstraordinært møde"]
)
def test_body_and_kind_of_meeting_after_a_dash(kind: str) -> None:
    """ "<Body> – skriftlig behandling", "<Body> – telefonmøde": the body is the forum."""
    text = (
        f"Skanderup Kommune\n\nVej- og Parkudvalget – {kind}\n\nDato: 3. februar 2026\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    )
    assert parse_text(text).forum == "Vej- og Parkudvalget"
