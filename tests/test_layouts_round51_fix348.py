"""Fifty-first round, layouts348: committee and council web pages with hard-wrapped lines.

A contents entry "Punkt N. Title" whose title wraps onto a line opening with a number the
title goes on with ("… etape" / "3, herunder …", "… fra" / "1. april til …"): the rest of
the entry, no entry of its own (``parse._NUMBER_GOES_ON`` in ``_parse_header``'s contents
list); a line opening with an entry's number before a capital is still an entry. A
span of years wrapped onto the line right over the item's bare case number ("… for" /
"2018-2021" / "17/26013", "… skoleåret" / "2022/23"): the title's rest, not its case
(``parse._years_over_case`` in ``_title_continuation``). The other families' contents
lists (``headings._run``) take such a rest also under the list's last entry, over the
blank that ends the list.
"""

from __future__ import annotations

import pytest

from analysis.layouts.headings import contents
from analysis.parse import (
    _NUMBER_GOES_ON,
    _years_over_case,
    parse_agenda_export,
    to_lines,
)

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


#: (the lines under a heading, the place of the line asked about, whether it is the
#: title's rest over the case line)
_SPANS = [
    (["2018-2021", "17/26013"], 0, True),
    (["2022/23", "2022-000912"], 0, True),
    (["2024-27", "24/1180"], 0, True),
    (["2018-2021", "", "17/26013"], 0, False),  # (a blank between: no one block)
    (["2021-2018", "17/26013"], 0, False),  # (no span: the second year is earlier)
    (["2019-1234", "17/26013"], 0, False),  # (a case number of its own form)
    (["2018-2021", "Sagsfremstilling"], 0, False),
    (["2018-2021"], 0, False),
]


@pytest.mark.parametrize(("texts", "at", "expected"), _SPANS)
def test_a_span_of_years_over_the_case_line_is_the_title_s_rest(
    texts: list[str], at: int, expected: bool
) -> None:
    assert _years_over_case(to_lines("\n".join(texts)), at) is expected


_SPAN_PAGE = """Odder Kommune
Økonomiudvalget

Referat
Mødedato: 04.10.2021
Mødetidspunkt: 16:00
Mødested: Rådhuset, mødesal 1

Punkt 1. Investeringsoversigt for anlæg i budgetperioden
2022-2025
21/14410

Beslutning:
Anbefales.
"""


def test_the_case_under_a_span_of_years_is_the_item_s() -> None:
    (item,) = parse_agenda_export(to_lines(_SPAN_PAGE)).items
    assert item.title == "Investeringsoversigt for anlæg i budgetperioden 2022-2025"
    assert item.case_number == "21/14410"


_LIST = """Indhold
1. Godkendelse af dagsorden
2. Trafikplan for bymidten - etape
2, herunder nye cykelstier

1. Godkendelse af dagsorden
"""


def test_the_last_contents_entry_goes_on_with_a_number() -> None:
    found = contents(to_lines(_LIST), set())
    assert found is not None
    assert [e.title for e in found.entries] == [
        "Godkendelse af dagsorden",
        "Trafikplan for bymidten - etape 2, herunder nye cykelstier",
    ]
