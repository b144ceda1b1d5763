"""Twenty-eighth round, layouts147 (timetables), the second pass: a department's staff
meeting titled with its unit after a dash ("Referat af afdelingsmøde – <unit>") has the
unit as its forum; a title or an owner that is no unit names none. The timetable's
sub-item rows and the department's owner line are held by the fixtures
``generic-tidsplan-underpunkter-referatraekke.html`` and
``generic-afdelingsmoede-ejerlinje-enhed.md``."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text

_BODY = """{title}

Dato: onsdag den 9. april 2025
Tid: kl. 13.00 – 15.00
Sted: Jobcentret, mødelokale 3

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Eventuelt
Beslutning: Intet.
"""


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        (
            "## Referat af afdelingsmøde – Ydelse, Beskæftigelse og Social",
            "Ydelse, Beskæftigelse og Social",
        ),
        ("Afdelingsmøde – Borgerservice – 9. april 2025", "Borgerservice"),
    ],
)
def test_a_department_meeting_names_its_unit_after_a_dash(title: str, forum: str) -> None:
    meeting = parse_text(_BODY.format(title=title))
    assert meeting.forum == forum


def test_a_department_meeting_of_the_municipality_names_no_unit() -> None:
    meeting = parse_text(_BODY.format(title="Afdelingsmøde – Viborg Kommune"))
    assert meeting.forum != "Viborg Kommune"
