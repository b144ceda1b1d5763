"""Fifty-fourth session, the lead's own rules from a metamorphic probe (labelled documents
rewritten as HTML, DOCX and PDF, and with their indentation gone): a body's dated decision
heading ``<udvalg>, 10-03-2020, pkt. 18`` is no title numbered beside it
(``trailing_number.dated_body_line``)."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.trailing_number import dated_body_line


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Teknik- og Miljøudvalget, 11-05-2021", True),
        ("Byrådet, 21. juni 2016", True),
        ("Halvårsregnskab", False),
        ("Budget 2025, første behandling", False),
        (", 11-05-2021", False),
    ],
)
def test_dated_body_line(title: str, expected: bool) -> None:
    assert dated_body_line(title) is expected


def test_dated_decision_headings_at_the_margin_stay_decisions() -> None:
    text = (
        "Miljøudvalget\nDato: Mandag, Maj 3, 2021 - 16:00\n\n"
        "• Pkt. 7 Godkendelse af dagsorden\n\nPkt. 7\n\nGodkendelse af dagsorden\n\n"
        "Sagsnr. 51234 Miljøudvalget Åbent punkt\n\n"
        "Miljøudvalget, 03-05-2021, pkt. 7\n\nGodkendt.\n\n"
        "• Pkt. 8 Affaldsplan 2022-2030\n\nPkt. 8\n\nAffaldsplan 2022-2030\n\n"
        "Sagsnr. 51240 Miljøudvalget Åbent punkt\n\n"
        "Miljøudvalget, 03-05-2021, pkt. 8\n\nAnbefales.\n"
    )
    items = parse_text(text).items
    assert [(it.number, it.title) for it in items] == [
        (7, "Godkendelse af dagsorden"),
        (8, "Affaldsplan 2022-2030"),
    ]
    # (not a text section "7. Miljøudvalget, 03-05-2021" before the decision)
    assert [[(s.key, s.text) for s in it.sections] for it in items] == [
        [("beslutning", "Godkendt.")],
        [("beslutning", "Anbefales.")],
    ]


_HEAD = "Referat\nMiljøudvalget\nMødedato: 3. maj 2021\n\n"
_ONE = "1. Godkendelse af dagsorden\nSagsnr.: 21/1044\nBeslutning:\nGodkendt.\n\n"
_TWO = "2. Eventuelt\nBeslutning:\nIntet.\n"


def test_the_text_as_written_replaces_its_restored_paragraphs_by_more_items_and_fields() -> None:
    from analysis.layouts import _finds_more

    kept = parse_text(_HEAD + _ONE)
    assert _finds_more(parse_text(_HEAD + _ONE + _TWO), kept)
    # (more items, but the case number lost)
    assert not _finds_more(parse_text(_HEAD + _ONE.replace("Sagsnr.: 21/1044\n", "") + _TWO), kept)
    # (more items, but the decision lost)
    assert not _finds_more(
        parse_text(_HEAD + _ONE.replace("Beslutning:\nGodkendt.\n", "") + "2. Eventuelt\n"), kept
    )
    assert not _finds_more(kept, kept)
