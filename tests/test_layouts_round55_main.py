"""Fifty-fifth session, the lead: a body's dated decision heading named without a comma.

A web page heads each body's decision on an item with the body, the date and the item's
number: "Klima- og Miljøudvalget, 08-04-2026, pkt. 31" or, with no comma after the body,
"Klima- og Miljøudvalget 08.04.2026, pkt. 31" (the parse's ``decision_heading`` reads
both). Set at the left margin, the second form looked like a title with its number beside
it (``trailing_number``) and was rewritten as "31. Klima- og Miljøudvalget 08.04.2026":
the decision went into the item's text. ``trailing_number.dated_body_line`` now asks the
parse's own test where no comma stands before the date.

Fixture: ``pkt-dateret-navngivet-organ-uden-komma``.
"""

from __future__ import annotations

import pytest

from analysis.layouts.trailing_number import dated_body_line


@pytest.mark.parametrize(
    "title",
    [
        "Klima- og Miljøudvalget 08.04.2026",  # the body named by its noun, no comma
        "Kommunalbestyrelsen 23.04.2026",
        "Økonomiudvalget den 19. marts 2026",
        "Kultur- og Idrætsudvalget, 03-04-2019",  # the comma form, as before
        "Udvalget for Klima, Miljø og Teknik, 03-04-2019",  # commas in the body's name
    ],
)
def test_a_body_and_its_date_is_a_decision_heading(title: str) -> None:
    assert dated_body_line(title)


@pytest.mark.parametrize(
    "title",
    [
        "Budgetopfølgning 2026",  # a title ending in a year
        "Status på kommunens ladestandere",
        "Orientering om møde 08.04.2026",  # no body named before the date
        "Høring af lokalplan 12",
    ],
)
def test_a_title_is_no_decision_heading(title: str) -> None:
    assert not dated_body_line(title)
