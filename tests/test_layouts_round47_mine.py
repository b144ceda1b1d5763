"""The forty-seventh round's rules of my own (outside the sets' fixers)."""

from __future__ import annotations

import pytest

from analysis.layouts import SourceHints, parse_text

_BODY = (
    "\n1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n2. Eventuelt\nBeslutning:\nIntet.\n"
)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Torsdag den 6. marts 2025 kl. 15.00 på rådhuset, mødelokale 2", "rådhuset, mødelokale 2"),
        (
            "Onsdag den 9. april 2025 kl. 16.30 på biblioteket, lokale 1.12, Torvet 3",
            "biblioteket, lokale 1.12, Torvet 3",
        ),
    ],
)
def test_a_house_in_lower_case_then_its_room_is_the_place(line: str, place: str) -> None:
    meeting = parse_text(f"Referat af møde i Ældrerådet\n{line}\n{_BODY}", SourceHints())
    assert meeting.location == place
    assert meeting.start_time is not None


def test_a_lower_case_word_and_a_comma_without_a_room_is_no_place() -> None:
    text = (
        "Referat af møde i Ældrerådet\nTorsdag den 6. marts 2025 kl. 15.00, bemærket, ikke mere\n"
    )
    assert parse_text(text + _BODY, SourceHints()).location is None
