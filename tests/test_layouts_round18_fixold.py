"""Header fields taught in round 18 (fixold): a body named "Udvalg for …" is no "Udvalg"
field (pure)."""

from __future__ import annotations

from analysis.layouts import parse_text

_PAGE = """## {heading}

Dato: mandag den 3. februar 2025

Punkt 1: Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_a_committee_named_udvalg_for_is_the_forum_whole() -> None:
    meeting = parse_text(_PAGE.format(heading="Udvalg for nære sundhedstilbud"))
    assert meeting.forum == "Udvalg for nære sundhedstilbud"


def test_the_udvalg_field_still_names_the_forum() -> None:
    text = "Udvalg: Socialudvalget\n" + _PAGE.format(heading="Referat")
    assert parse_text(text).forum == "Socialudvalget"
