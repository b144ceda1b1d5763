"""Fifty-first round, layouts348: committee and council web pages with hard-wrapped lines.

A contents entry "Punkt N. Title" whose title wraps onto a line opening with a number the
title goes on with ("… etape" / "3, herunder …", "… fra" / "1. april til …"): the rest of
the entry, no entry of its own (``parse._NUMBER_GOES_ON`` in ``_parse_header``'s contents
list); a line opening with an entry's number before a capital is still an entry.
"""

from __future__ import annotations

import pytest

from analysis.parse import _NUMBER_GOES_ON, parse_agenda_export, to_lines

_GOES_ON = [
    "3, herunder ombygning af kantinen",
    "1. april til 31. december 2021",
    "9 til kommuneplan 2017",
    "2024-2027 for ældreområdet",
    "2025 (sag 25/00390)",
    "12/2023 for Nørreskov",
]
_ENTRIES = [
    "4. Eventuelt",
    "4 Budgetopfølgning",
    "4\tOrientering fra formanden",
    "4) Meddelelser",
    "12. Godkendelse af referat",
]


@pytest.mark.parametrize("text", _GOES_ON)
def test_a_number_that_goes_on_with_the_title_above(text: str) -> None:
    assert _NUMBER_GOES_ON.match(text) is not None


@pytest.mark.parametrize("text", _ENTRIES)
def test_an_entry_s_number_goes_on_with_nothing(text: str) -> None:
    assert _NUMBER_GOES_ON.match(text) is None


_PAGE = """Roskilde Kommune
Teknisk Udvalg

Referat
Mødedato: 12.05.2020
Mødetidspunkt: 08:00
Mødested: Rådhuset, lokale 1.05

Indholdsfortegnelse
Punkt 1. Godkendelse af dagsorden
Punkt 2. Anlægsbevilling til fortove langs Køgevej - etape
3, herunder nye busperroner
Punkt 3. Vinterberedskab for perioden 1. november til
31. marts
Punkt 4. Eventuelt

Punkt 1. Godkendelse af dagsorden
2020-001234

Beslutning:
Godkendt.

Punkt 2. Anlægsbevilling til fortove langs Køgevej - etape
3, herunder nye busperroner
2020-004321

Beslutning:
Anbefales.
"""


#: The items' titles, the two wrapped entries joined with one space each.
_TITLES = (
    "Godkendelse af dagsorden",
    "Anlægsbevilling til fortove langs Køgevej - etape 3, herunder nye busperroner",
    "Vinterberedskab for perioden 1. november til 31. marts",
    "Eventuelt",
)


def test_a_contents_entry_wrapped_before_a_number_is_one_entry() -> None:
    meeting = parse_agenda_export(to_lines(_PAGE))
    assert tuple(item.title for item in meeting.items) == _TITLES
    assert not any("herunder" in w or "31. marts" in w[:20] for w in meeting.warnings)
