"""The forty-eighth round's rules for special meetings' minutes (layouts294): a written
procedure's deadline in the lead sentence, whose hour starts no meeting; a title line
"<body> – <kind of gathering> <budget years>" naming the body; a contribution sent on
with its owners in the genitive before it, no referral of the case; and a closing item
joining the round-up and the next meeting, whose decision names only the month."""

from __future__ import annotations

import pytest

from analysis.enrich import decisions
from analysis.layouts import header


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Svarene sendes til sekretæren senest tirsdag den 4. maj 2021 kl. 9.00.", True),
        ("Bemærkninger afgives inden den 4. maj 2021 kl. 9.00.", True),
        ("Svarfristen er 4. maj 2021 kl. 9.00.", True),
        ("Mødet blev holdt tirsdag den 4. maj 2021 kl. 9.00 på rådhuset.", False),
        ("Referat af mødet den 4. maj 2021 kl. 9.00.", False),
    ],
)
def test_deadline_before(text: str, expected: bool) -> None:
    found = header.dates.find_date(text)
    assert found is not None
    assert header.deadline_before(text, found.start) is expected


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Kommunalbestyrelsen – Budgetseminar 2026-2029", "Kommunalbestyrelsen"),
        ("Byrådet - Temamøde", "Byrådet"),
        ("Regionsrådet – Budgetseminar 2024", "Regionsrådet"),
        ("Økonomiudvalget – Strategiseminar", "Økonomiudvalget"),
        ("Byrådet – ekstraordinært møde", "Byrådet"),
    ],
)
def test_body_before_its_kind_of_gathering(line: str, body: str) -> None:
    m = header._ORDINARY_MEETING.match(line)
    assert m is not None and m.group("body") == body


def test_dashed_line_with_another_tail_is_no_gathering() -> None:
    assert header._ORDINARY_MEETING.match("Byrådet – Budget 2026-2029") is None
    assert header._ORDINARY_MEETING.match("Byrådet – Referat") is None


@pytest.mark.parametrize(
    "text",
    [
        "Drøftet. Gruppernes input samles af formanden og sendes til administrationen.",
        "Drøftet. Rådets bemærkninger videresendes til Økonomiudvalget.",
        "Drøftet. Partiernes ønsker samles af borgmesteren og sendes til direktionen.",
    ],
)
def test_owners_contribution_sent_on_is_no_referral(text: str) -> None:
    assert [t for t, _ in decisions.classify_decision(text, "Byrådet")] == ["discussed"]


def test_the_case_sent_on_stays_a_referral() -> None:
    types = [t for t, _ in decisions.classify_decision("Sagens akter sendes til Byrådet.", "X")]
    assert types == ["referred"]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Opsamling og næste temamøde", "Næste temamøde holdes i marts 2026.", ["decided"]),
        ("Evaluering og næste møde", "Næste møde holdes i oktober.", ["decided"]),
        ("Næste møde", "Næste møde holdes i juni, hvor planen drøftes.", ["decided"]),
        ("Opsamling og næste temamøde", "Sekretæren samler op.", ["other"]),
        ("Opsamling på dagen", "Næste møde holdes i marts 2026.", ["other"]),
    ],
)
def test_next_meeting_set_in_a_closing_item(title: str, text: str, expected: list[str]) -> None:
    assert decisions.next_meeting_set(["other"], text, title) == expected
