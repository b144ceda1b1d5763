"""Round 49 (layouts310): minutes showing each case's treatments, taught by fix310."""

from __future__ import annotations

import datetime as dt

from analysis.layouts.split_decision_date import joined_body_dates, joined_decision_dates
from analysis.parse import BodyRules, Line, decision_heading, heading_key, parse_minutes


def _lines(*texts: str, level: int = 0) -> list[Line]:
    return [Line(i, t, level) for i, t in enumerate(texts)]


def test_dash_parted_treatment_heading_names_body_and_date() -> None:
    assert decision_heading("Teknikudvalget - 07-06-2022 - Pkt. 8") == (
        "Teknikudvalget",
        dt.date(2022, 6, 7),
    )
    assert decision_heading("Byrådet – 21-06-2022 – Pkt. 112") == ("Byrådet", dt.date(2022, 6, 21))


def test_dash_parted_heading_needs_a_body() -> None:
    # the item's own line of status, date and number is no body's treatment
    assert decision_heading("Åben sag - 07-06-2022 - Pkt. 8") is None


def test_dash_parted_heading_of_this_meeting_or_another() -> None:
    rules = BodyRules(meeting_date=dt.date(2022, 6, 7), forum="Teknikudvalget")
    own = heading_key(Line(0, "Teknikudvalget - 07-06-2022 - Pkt. 8", 0), rules)
    later = heading_key(Line(0, "Byrådet - 21-06-2022 - Pkt. 112", 0), rules)
    assert own is not None and own[0] == "beslutning"
    assert later is not None and later[0] == "tidligere_beslutning"


def test_body_alone_joined_to_the_date_under_it() -> None:
    body = _lines("Kulturudvalget", "", "03.05.2021", "Beslutning", "Godkendt.")
    joined, dates = joined_body_dates(body)
    assert [ln.clean for ln in joined] == ["Kulturudvalget 03.05.2021:", "Beslutning", "Godkendt."]
    assert dates == {2}
    # (also through the pass that joins "Beslutning i <forum> den" to its date)
    assert joined_decision_dates(body) == (joined, dates)


def test_a_date_under_prose_or_under_nothing_is_left_alone() -> None:
    body = _lines("Mødet blev afholdt", "03.05.2021", "Godkendt.")
    assert joined_body_dates(body) == (body, set())
    alone = _lines("03.05.2021", "Godkendt.")
    assert joined_body_dates(alone) == (alone, set())


_HISTORY = """Referat

Kulturudvalget
Horsens Kommune

Mandag den 3. maj 2021 kl. 17:00
Mødelokale 1, Rådhuset


1. Tilskud til musikskolen

Sagsfremstilling
Musikskolen søger om et ekstra tilskud.

Byrådet
25.05.2021
Beslutning
Godkendt.

Kulturudvalget
03.05.2021
Beslutning
Anbefales over for Byrådet.


2. Eventuelt

Kulturudvalget
03.05.2021
Beslutning
Intet.
"""


def test_bare_label_under_a_dated_treatment_is_its_own() -> None:
    meeting = parse_minutes(_HISTORY)
    first = meeting.items[0]
    decision = [sec.text for sec in first.sections if sec.key == "beslutning"]
    assert decision == ["Anbefales over for Byrådet."]
    assert [(e.body, e.date, e.decision) for e in first.case_history] == [
        ("Byrådet", dt.date(2021, 5, 25), "Godkendt.")
    ]


def test_dash_parted_treatment_heading_is_no_portal_item_heading() -> None:
    from analysis.layouts.headings import _DATED_FORUM_PREFIX

    # the body's treatment, its outcome under it (no item "Pkt. 8")
    assert _DATED_FORUM_PREFIX.match("Teknikudvalget - 07-06-2022 - Pkt. 8") is None
    # a portal's case page: forum and date before the item's word and number, no dash between
    assert _DATED_FORUM_PREFIX.match("Teknikudvalget 07.06.2022 - Punkt 8") is not None
