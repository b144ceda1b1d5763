"""The building blocks for council and committee minutes met in the fourteenth round (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts import parse_text
from analysis.parse import BodyRules, Line, NotMinutes, decision_heading, heading_key


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Beslutning (Miljøudvalget 03-11-2025)", ("Miljøudvalget", dt.date(2025, 11, 3))),
        ("Beslutning (Byrådet, 27.01.2026):", ("Byrådet", dt.date(2026, 1, 27))),
        (
            "Beslutning (Kultur-, Sport- og Fritidsudvalget 03-11-2025)",
            ("Kultur-, Sport- og Fritidsudvalget", dt.date(2025, 11, 3)),
        ),
        ("Beslutning (Byrådet)", None),  # no date: no body's decision of a date
        ("Beslutning (se bilag 3)", None),
    ],
)
def test_decision_heading_with_body_and_date_in_brackets(
    text: str, found: tuple[str, dt.date] | None
) -> None:
    assert decision_heading(text) == found


def test_bracketed_heading_is_this_meetings_or_an_earlier_bodys() -> None:
    rules = BodyRules(dt.date(2025, 11, 3), "Miljøudvalget")
    ours = Line(0, "Beslutning (Miljøudvalget 03-11-2025)", 0)
    earlier = Line(1, "Beslutning (Økonomiudvalget 27-10-2025)", 0)
    assert heading_key(ours, rules) == ("beslutning", ours.clean)
    assert heading_key(earlier, rules) == ("tidligere_beslutning", earlier.clean)


_PUNKT_TOC = """Miljøudvalget - Referat

Mødedato: 3. november 2025

Punkt 1: Godkendelse af dagsorden
Punkt 2: Affaldsplan

Punkt 1: Godkendelse af dagsorden

Beslutning
Godkendt.

Punkt 2: Affaldsplan

Beslutning
Sendes i høring.
"""


def test_punkt_lines_listed_above_their_headings_are_the_contents() -> None:
    meeting = parse_text(_PUNKT_TOC)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Affaldsplan"),
    ]
    assert [it.toc_title for it in meeting.items] == ["Godkendelse af dagsorden", "Affaldsplan"]


def test_standing_punkt_lines_without_text_are_items_not_contents() -> None:
    # "Punkt 2: Eventuelt" with nothing under it, then "Punkt 3": no number comes again
    text = _PUNKT_TOC.replace("Punkt 1: Godkendelse af dagsorden\nPunkt 2: Affaldsplan\n\n", "")
    text = text.replace(
        "Sendes i høring.\n", "Sendes i høring.\n\nPunkt 3: Eventuelt\nPunkt 4: Lukket\n"
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2, 3, 4]


_PLAIN = """Miljøudvalget
Referat fra mødet den 03.11.2025 kl. 16.00 på Rådhuset

{first}

Beslutning:
Godkendt.

Affaldsplan

Sagsfremstilling:
Planen er i høring.

Beslutning:
Sendes i høring.
"""


def test_plain_titles_over_section_labels_are_items() -> None:
    meeting = parse_text(_PLAIN.format(first="Godkendelse af dagsorden"))
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Affaldsplan"),
    ]


def test_a_field_line_over_a_label_is_no_plain_title() -> None:
    # "Til stede: …" in the first title's place leaves one title: too few to be the items
    with pytest.raises(NotMinutes):
        parse_text(_PLAIN.format(first="Til stede: Anne Holm, Bo Krog"))


def test_closed_mark_after_the_title_closes_the_item() -> None:
    text = """Miljøudvalget - Referat

Mødedato: 3. november 2025

1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Personalesag (Lukket)
"""
    meeting = parse_text(text)
    assert [(it.number, it.closed) for it in meeting.items] == [(1, False), (2, True)]
    # (the raw title keeps the mark as printed; the clean title drops it since round 31)
    assert meeting.items[1].raw_title == "Personalesag (Lukket)"
    assert meeting.items[1].title == "Personalesag"
    assert not any("cut short" in w for w in meeting.warnings)


def test_a_closed_part_numbering_from_one_again_is_no_contents_list() -> None:
    # two items without text, then a closed part from "Punkt 1" again: other titles
    text = """Miljøudvalget - Referat

Mødedato: 3. november 2025

Punkt 1: Meddelelser
Punkt 2: Eventuelt

LUKKET DAGSORDEN

Punkt 1: Køb af grund

Beslutning
Godkendt.

Punkt 2: Salg af bygning

Beslutning
Udsat.
"""
    meeting = parse_text(text)
    assert [it.title for it in meeting.items] == [
        "Meddelelser",
        "Eventuelt",
        "Køb af grund",
        "Salg af bygning",
    ]
