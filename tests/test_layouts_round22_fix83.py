"""Twenty-second round (layouts83): case lines of web pages copied by the browser."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.text import is_furniture
from analysis.parse import match_case_number


@pytest.mark.parametrize(
    ("line", "case"),
    [
        # the case system's name, a space, then the word "sag" as the field's label
        ("Acadre sag: 25/4410", "25/4410"),
        ("SBSYS sag: 24.02.00-P20-3-24", "24.02.00-P20-3-24"),
        # ("Ny sag: …" names no case system: text)
        ("Ny sag: 25/4410", None),
        # a dash between the case field and the next labelled field
        ("Sag: 23/1187 – Ansvarlig: Tove Krag", "23/1187"),
        ("Sag: 23/1187 - Ansvarlig: T. Krag - Formål: Beslutning", "23/1187"),
        # (a dash before words that are no field: not a meta line)
        ("Sag: 23/1187 – se bilag", None),
    ],
)
def test_case_lines(line: str, case: str | None) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the open slot for citizens' questions that no one used: nothing decided
        ("Ingen borgere var mødt op.", "none"),
        ("Der var ingen fremmødte.", "none"),
        ("Ingen borgere ønskede ordet, men udvalget godkendte planen.", "approved"),
        # an approval the chair will give after the meeting is no approval of this one
        (
            "Aftalt at sekretariatet skriver svaret færdigt. Svaret godkendes af formanden.",
            "decided",
        ),
        ("Planen godkendes.", "approved"),
        ("Budgettet blev godkendt af formanden.", "approved"),
        # the forum's remarks sent on are the discussion's product, not the case referred
        ("Drøftet. Rådets bemærkninger sendes videre til Byrådet.", "discussed"),
        ("Sagen oversendes til Økonomiudvalget.", "referred"),
        # a pool shared out, one application refused in a sentence after the grant
        (
            "Udvalget bevilgede i alt 84.000 kr. til fire foreninger, jf. bilag. "
            "Ansøgningen fra Skovbo Løbeklub blev afslået.",
            "decided",
        ),
        ("Ansøgningen blev afslået.", "rejected"),
        ("Udvalget bevilgede ikke tilskud. Ansøgningen blev afslået.", "rejected"),
    ],
)
def test_decision_types(text: str, primary: str) -> None:
    types = [t for t, _ in classify_decision(text)]
    assert primary_decision_type(types) == primary


def test_place_under_dated_line_with_street() -> None:
    """A building and its street's number under a bare line of date and hours is the
    meeting's place (a local council's page copied by the browser)."""
    text = (
        "Amager Øst Lokaludvalg\n\nReferat af lokaludvalgsmøde 4. marts 2021\n"
        "Torsdag den 4. marts 2021 kl. 19.00-21.30\n"
        "Kulturhuset Amager, Amagerbrogade 31, sal 2\n\n"
        "Pkt. 1 – Godkendelse af dagsorden\nReferat:\nGodkendt.\n\n"
        "Pkt. 2 – Eventuelt\nReferat:\nIntet.\n"
    )
    meeting = parse_text(text)
    assert meeting.location == "Kulturhuset Amager, Amagerbrogade 31, sal 2"
    assert meeting.start_time == "19:00"


@pytest.mark.parametrize("line", ["Cookie-indstillinger", "Cookieindstillinger", "Cookie-politik"])
def test_cookie_settings_link_is_furniture(line: str) -> None:
    assert is_furniture(line)
