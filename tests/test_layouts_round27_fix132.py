"""Twenty-seventh round, fix132: minutes with deep outline numbering.

An item's running number through the year ("løbenr.") printed before or after its title
is no part of the title, and an item's sections numbered under its number ("4.3
Beslutning", "3.1.3 Beslutning i <udvalget>", "2.4 Referat") head the sections their
words name; the layout families are held by the ``*-outline-*`` fixtures named in
docs/layouts.md.
"""

from __future__ import annotations

import pytest

from analysis.layouts.headings import running_number_off
from analysis.parse import Line, heading_key


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("(løbenr. 41) Godkendelse af dagsorden", "Godkendelse af dagsorden"),
        ("(Løbenr. 7) Takster 2026", "Takster 2026"),
        ("Regnskab 2024 - godkendelse   Løbenr. 88/25", "Regnskab 2024 - godkendelse"),
        ("Meddelelser Løbenr. 2025-12", "Meddelelser"),
        # a title that only mentions a number, or a running number inside it, stays
        ("Lokalplan nr. 412 - Erhvervsområde", "Lokalplan nr. 412 - Erhvervsområde"),
        ("Løbenumre i sagssystemet", "Løbenumre i sagssystemet"),
    ],
)
def test_running_number_off(title: str, expected: str) -> None:
    assert running_number_off(title) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("4.3 Beslutning", "beslutning"),
        ("3.1.3 Beslutning i Teknik- og Miljøudvalget", "beslutning"),
        ("2.4 Referat", "beslutning"),
        ("5.1 Sagsfremstilling", "sagsfremstilling"),
    ],
)
def test_numbered_section_heading(text: str, key: str) -> None:
    found = heading_key(Line(0, text, 0))
    assert found is not None and found[0] == key and found[1] == text


@pytest.mark.parametrize(
    "text",
    [
        "3.2 Drift – Vej og Park",  # a sub-item's title, no section
        "2.1 mio. kr. overføres",
        "1.5 Grejs Å, etape 2",
    ],
)
def test_numbered_title_no_section(text: str) -> None:
    assert heading_key(Line(0, text, 0)) is None
