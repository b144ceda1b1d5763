"""Where two of the twenty-second round's fixers taught one family, merged into one rule."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.header import _place_text
from analysis.layouts.meeting_kind import body_of_meeting
from analysis.layouts.title_forum import body_in_municipality, title_line_forum
from analysis.parse import Line

_BODY = """Tirsdag den 16. september 2025 kl. 10.00

1. Godkendelse af dagsorden
Godkendt.

2. Budget 2026
Drøftet.
"""


def _lines(*texts: str) -> list[Line]:
    return [Line(index=k, clean=t, heading_level=0) for k, t in enumerate(texts)]


def test_body_of_a_municipality_on_top_is_the_body() -> None:
    """fix90 read "Seniorrådet i Lejre" on top (signature.py), fixleft22 the title line
    (title_forum.py) whole; the title reader, tried first, now splits it too."""
    assert body_in_municipality("Seniorrådet i Lejre") == ("Seniorrådet", "Lejre Kommune")
    assert body_in_municipality("Ældrerådet i Gudhjem") is None  # a town: the body's name
    assert title_line_forum(_lines("Seniorrådet i Lejre"), set()) == (
        "Seniorrådet",
        "Lejre Kommune",
    )
    meeting = parse_text(f"Seniorrådet i Lejre\nREFERAT – ordinært møde\n{_BODY}")
    assert (meeting.forum, meeting.municipality) == ("Seniorrådet", "Lejre Kommune")


def test_month_and_year_after_the_meeting_kind() -> None:
    """Both fixers taught a title closed by the month and year; one pattern serves both."""
    assert body_of_meeting("Referat bestyrelsesmøde november 2024") == "Bestyrelsen"
    assert body_of_meeting("Referat bestyrelsesmøde marts 2025") == "Bestyrelsen"


def test_bracket_after_a_place_field_is_kept() -> None:
    """fix89 drops a remark in brackets closing a place written as a sentence; a place
    field's bracket (the room, how to join) stays, as the older sets' labels have it."""
    held = "Mødet blev holdt på Rådhuset, Torvet 2, lokale 110 (indgang B, handicapvenlig)"
    assert _place_text(held) == "Rådhuset, Torvet 2, lokale 110"
    assert _place_text("Torvegade 9, Haslev (byrådssalen)") == "Torvegade 9, Haslev (byrådssalen)"
    assert _place_text("Rådhuset, mødelokale 3 (og Skype)") == "Rådhuset, mødelokale 3 (og Skype)"
