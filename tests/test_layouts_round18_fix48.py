"""Rules taught from a set of internal forums' notes written by the forum's own secretary
(eighteenth round, layouts48) (pure). The fixtures in ``tests/fixtures/layouts/`` check the
families end to end; these tests pin the rules themselves, and what they must leave alone."""

from __future__ import annotations

from analysis.layouts import parse_text

_HEAD = "# Arbejdsgruppen for Kantinedrift\n\nDato: 4. juni 2024 kl. 9.00\n\n"


def test_roman_numerals_parted_from_the_title_by_a_dash() -> None:
    body = (
        "### I – Godkendelse af dagsorden\n\n→ Godkendt.\n\n"
        "### II – Nye menuer\n\n> Sagsnr.: 24/771\n\nForslag fra køkkenet.\n\n→ Drøftet.\n\n"
        "### III – Eventuelt\n\n→ Intet.\n"
    )
    meeting = parse_text(_HEAD + body)
    got = [(it.number, it.title, it.case_number) for it in meeting.items]
    assert got == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Nye menuer", "24/771"),
        (3, "Eventuelt", None),
    ]


def test_a_lone_numeral_before_a_dash_is_no_item() -> None:
    # "I – …" and "V – …" are no run I, II, III: the numbered items stand alone
    body = (
        "1. Godkendelse af dagsorden\nSagsnr.: 24/700\n\nBeslutning:\nGodkendt.\n\n"
        "2. Budget\nSagsnr.: 24/701\n\nI – alt er der 12 sager.\n\nV – Hansen deltog.\n\n"
        "Beslutning:\nDrøftet.\n"
    )
    meeting = parse_text(_HEAD + body)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget"),
    ]
