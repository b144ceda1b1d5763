"""Notes as bullets standing apart, and an action log's "Status:" outcome (pure)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts.outcome import _status_outcome
from analysis.parse import parse_minutes

_BULLETS = """Noter fra teammøde

Teammøde, Ældreplejen, 4. februar 2025 kl. 10-11

• Vagtplan for påsken
  Sag 25/410. Der mangler to vagter.
  -> Aftale: Teamlederen spørger vikarkorpset

• Nye hjælpemidler
  Leverandøren demonstrerer i marts.
  -> Taget til efterretning

• Kørselsregnskab
  -> Godkendt

• Eventuelt
"""

_LOG = """Ledergruppen, Kultur

Dato: 3. marts 2025

1. Åbningstider i biblioteket
   Forslag om lørdagsåbent.
   Status: Godkendt.                  AB   -

2. Status på festivalen
   Status: projektet er forsinket to uger.

3. Lokaleleje
   Status: Udsat til næste møde.      CD   1/4
"""


def test_bullets_standing_apart_are_items() -> None:
    items = parse_minutes(_BULLETS).items
    assert [it.title for it in items] == [
        "Vagtplan for påsken",
        "Nye hjælpemidler",
        "Kørselsregnskab",
        "Eventuelt",
    ]
    assert items[0].case_number == "25/410"
    decision = items[0].sections[-1]
    assert decision.key == "beslutning" and decision.heading == "Aftale:"
    assert decision.text.startswith("Teamlederen spørger")


def test_a_list_of_bullets_is_no_item() -> None:
    text = _BULLETS.replace("• Nye hjælpemidler\n", "• Nye hjælpemidler\n- Rollator\n")
    titles = [it.title for it in parse_minutes(text).items]
    assert "Nye hjælpemidler" not in titles


def test_status_line_is_the_outcome_in_a_log_that_states_outcomes_so() -> None:
    items = parse_minutes(_LOG).items
    assert [it.number for it in items] == [1, 2, 3]
    assert items[0].sections[-1].key == "beslutning"
    assert items[0].sections[-1].text.startswith("Godkendt.")
    assert items[2].sections[-1].text.startswith("Udsat til næste møde.")


def test_status_lines_that_state_no_outcome_mark_no_log() -> None:
    assert _status_outcome("Tekst.\nStatus: Udsat.  AB  1/4")
    assert not _status_outcome("Status: projektet er forsinket to uger.")


def test_sent_on_to_a_team_is_a_referral() -> None:
    assert [t for t, _ in classify_decision("Oversendt til Team Miljø.")] == ["referred"]


def test_dot_leaders_and_time_and_place_in_one_field() -> None:
    text = _LOG.replace(
        "Dato: 3. marts 2025",
        "Dato ......: 3. marts 2025\nTid og sted: kl. 14.00-15.30, Kulturhuset, lokale 2",
    )
    meeting = parse_minutes(text)
    assert str(meeting.date) == "2025-03-03"
    assert meeting.start_time == "14:00"
    assert meeting.location == "Kulturhuset, lokale 2"


def test_a_reply_chains_answered_envelope_is_no_header() -> None:
    reply = (
        "Fra: Anne Holm\nSendt: 5. marts 2025 15:40\nTil: Ledergruppen\nEmne: SV: Noter\n\n"
        "Fint, tak.\n\n/Anne\n\n"
        "Fra: Bo Lund\nSendt: onsdag den 5. marts 2025 12:10\nTil: Ledergruppen\n"
        "Emne: Noter\n\n"
    )
    meeting = parse_minutes(reply + _BULLETS)
    assert meeting.start_time == "10:00"
