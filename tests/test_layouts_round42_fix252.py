"""Forty-second round, layouts252: agendas published before the meeting ("Dagsorden", "Åben
dagsorden", "Tillægsdagsorden", an extraordinary meeting's agenda, a joint meeting's), items
with a recommendation and no decision, closed items by title only, a timetable.

"Åben dagsorden" among the page's first lines is the document's title, an agenda unless its
items were decided (``header._OPEN_AGENDA_ALONE``); an office's recommendation in the
genitive ("Direktørens indstilling", ``parse._OFFICE_RECOMMENDATION``); a point's numbered
list after its lead-in and a blank line, its last number the next item's, no item
(``lead_in_list._under_its_items``); a contents line "Punkt 3.<TAB>Title<TAB>4" keeps its page
apart from its title (``parse._parse_header``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.parse import Line, heading_key

_HEAD = (
    "Mødedato: Tirsdag den 4. marts 2025\nMødetidspunkt: Kl. 15.00\n"
    "Mødested: Rådhuset, mødelokale 3\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Direktørens indstilling",
        "Forvaltningens indstilling",
        "Kommunaldirektørens indstilling:",
        "Teknisk direktørs indstilling",
        "Administrationens indstilling",
    ],
)
def test_an_offices_recommendation_heads_the_indstilling(text: str) -> None:
    assert heading_key(Line(0, text, 0)) == ("indstilling", text.rstrip(":"))


@pytest.mark.parametrize(
    "text",
    [
        "I henhold til forvaltningens indstilling",  # a sentence naming it
        "Se indstilling",  # no genitive
        "forvaltningens indstilling",  # small letter: a sentence's rest
        "Der var enighed om direktørens indstilling",
    ],
)
def test_other_lines_naming_a_recommendation_head_nothing(text: str) -> None:
    assert heading_key(Line(0, text, 0)) is None


def _agenda(top: str, body: str) -> str:
    return f"{top}\n\n{_HEAD}{body}"


_ITEMS = (
    "1. Godkendelse af dagsorden\nSagsnr.: 25/101\n\nIndstilling\n"
    "Direktøren indstiller, at dagsordenen godkendes.\n\n"
    "2. Budgetopfølgning\nSagsnr.: 25/102\n\nIndstilling\n"
    "Direktøren indstiller, at opfølgningen tages til efterretning.\n\n"
    "3. Eventuelt\n"
)


def test_open_agenda_under_owner_and_body_is_an_agenda() -> None:
    text = _agenda("Kalundborg Kommune\n\n## Miljøudvalget\n\nÅben dagsorden", _ITEMS)
    assert parse_text(text).document_type == "dagsorden"


def test_open_agenda_with_decided_items_stays_minutes() -> None:
    decided = _ITEMS.replace(
        "tages til efterretning.\n", "tages til efterretning.\n\nBeslutning\nGodkendt.\n"
    ).replace("godkendes.\n", "godkendes.\n\nBeslutning\nGodkendt.\n", 1)
    text = _agenda("Kalundborg Kommune\n\n## Miljøudvalget\n\nÅben dagsorden", decided)
    assert parse_text(text).document_type == "referat"


def _listed(between: str, lead: str = "Forvaltningen orienterer om:") -> str:
    return _agenda(
        "Kalundborg Kommune\nMiljøudvalget\nDagsorden",
        "1. Godkendelse af dagsorden\nSagsnr.: 25/101\n\nIndstilling\n"
        "Direktøren indstiller, at dagsordenen godkendes.\n\n"
        "2. Meddelelser\nSagsnr.: 25/102\n\n"
        f"{lead}\n{between}1. Ny vejplan\n2. Status på rensningsanlægget\n"
        "3. Vandløbsrestaurering i ådalen\n\nIndstilling\n"
        "Direktøren indstiller, at meddelelserne tages til efterretning.\n\n"
        "3. Orientering fra formanden\n\n"
        "4. Natura 2000-plan\nSagsnr.: 25/103\n\nIndstilling\n"
        "Direktøren indstiller, at planen godkendes.\n",
    )


@pytest.mark.parametrize("between", ["", "\n"])
def test_a_points_list_after_its_lead_in_is_no_item(between: str) -> None:
    meeting = parse_text(_listed(between))
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Meddelelser",
        "Orientering fra formanden",
        "Natura 2000-plan",
    ]


def test_a_list_after_a_blank_line_with_no_lead_in_is_not_taken_off() -> None:
    # (no colon: nothing says the lines are a point's list; the blank-line rule needs one)
    from analysis.layouts.headings import candidates
    from analysis.layouts.lead_in_list import lists_under_their_items
    from analysis.parse import to_lines

    lines = to_lines(_listed("\n", lead="Forvaltningen orienterer."))
    heads = candidates(lines, set())
    assert not lists_under_their_items(heads, lines)


def test_punkt_contents_line_keeps_its_page_apart_from_its_title() -> None:
    text = (
        "Aalborg Kommune\nMiljøudvalget\n\nDagsorden\n\n"
        "Mødedato: 09.04.2025\nMødetid: 09:00 - 12:00\nMødested: Rådhuset, lokale 2\n\n"
        "Indholdsfortegnelse\n"
        "Punkt 1.\tGodkendelse af dagsorden\t2\n"
        "Punkt 2.\tGensidig orientering\t3\n"
        "Punkt 3.\tEventuelt\t3\n\n"
        "Punkt 1. Godkendelse af dagsorden\n2025-011120\n"
        "Forvaltningen indstiller, at dagsordenen godkendes.\n\n"
        "Punkt 2. Gensidig orientering\n2025-011120\n\n"
        "Punkt 3. Eventuelt\n2025-011120\n"
    )
    meeting = parse_text(text)
    assert [(it.toc_title, it.toc_page) for it in meeting.items] == [
        ("Godkendelse af dagsorden", 2),
        ("Gensidig orientering", 3),
        ("Eventuelt", 3),
    ]
    assert not meeting.warnings


def test_timetable_and_summons_in_the_header_are_notes_on_the_meeting() -> None:
    from tests.test_layouts import _meeting

    meeting = _meeting("generic-ekstraordinaert-moede-tidsplan-i-hovedet.txt")
    assert not meeting.warnings  # every line placed (before: the note and the slots unplaced)
    assert meeting.notes is not None
    assert "Kl. 16.00 – 16.40: Besigtigelse af havnearealet med havnefogeden" in meeting.notes
    assert meeting.notes.startswith("Mødet er indkaldt af formanden")


@pytest.mark.parametrize(
    "head, slots, read",
    [
        ("Tidsplan", "- Kl. 17.00 – 17.45: Rundvisning\n- Kl. 17.45 – 19.00: Udvalgsmøde", True),
        ("Program for mødet:", "Kl. 15.00 – 15.30: Kaffe\nKl. 15.30 – 17.00: Møde", True),
        # one slot: no timetable
        ("Tidsplan", "Kl. 15.00 – 15.30: Kaffe", False),
        # "Program" alone heads a seminar's programme, its slots the items
        ("Program", "Kl. 15.00 – 15.30: Kaffe\nKl. 15.30 – 17.00: Møde", False),
        # slots by their start alone: no span
        ("Tidsplan", "Kl. 15.00 Kaffe\nKl. 15.30 Møde", False),
    ],
)
def test_a_timetable_needs_its_head_and_two_spans(head: str, slots: str, read: bool) -> None:
    from analysis.layouts.time_slots import timetable_slots
    from analysis.parse import to_lines

    lines = to_lines(f"{head}\n{slots}\n")
    assert bool(timetable_slots(lines, 0)) is read


def test_a_supplements_note_on_the_agenda_it_adds_to_is_placed() -> None:
    text = (
        "Varde Kommune\n\nTillægsdagsorden\n\nByrådet\n\nMødedato: 4. marts 2025\n"
        "Mødetid: 18:00\nMødested: Byrådssalen\n\n"
        "Tillægsdagsordenen supplerer dagsordenen udsendt den 25. februar 2025.\n\n"
        "14. Køb af jord til skoleudvidelse\nSagsnr.: 25/1401\n\nIndstilling\n"
        "Direktionen indstiller, at købet godkendes.\n"
    )
    meeting = parse_text(text)
    assert not meeting.warnings
    assert meeting.document_type == "dagsorden"
