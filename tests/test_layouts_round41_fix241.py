"""Round forty-one (layouts241: internal minutes of municipal leadership forums written by
the secretariat in a template): the presenter's line under an item's title, an item's
number with its time slot flush right over the title, a direktion joined by its heads of
department as the forum, and the decisions such forums write (the mayor's stance in the
mayor's own meeting, a reason that something is not yet adopted, an event set for a day,
the next agenda's points set)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.header import looks_like_body
from analysis.layouts.time_slots import time_slot_headings
from analysis.parse import presenter_line

_HEADER = (
    "Lejre Kommune\nChefgruppen\n\nReferat\n\nDato: 9/2-2026\nTid: Kl. 9.00-11.00\n"
    "Sted: Rådhuset, mødelokale 4\n\n"
)


def _items(body: str) -> list[tuple[str, str | None]]:
    """(raw title, case number) of each item of minutes with ``body`` under the header."""
    return [(it.raw_title, it.case_number) for it in parse_text(_HEADER + body).items]


def test_the_presenter_under_the_title_is_no_part_of_it() -> None:
    """ "v/ <name> (N min.) - Til beslutning" between the title and its case line is who
    presents the item, not the title's wrapped rest; the case line under it is the item's."""
    body = (
        "1. CG - Ny telefonipolitik\nv/ IT-chef Hans Dyhr (15 min.) - Til beslutning\n"
        "Sagsnr.: 26-000412\nBeslutning:\nGodkendt.\n\n"
        "2. CG - Sygefravær\nv. Anne Kolding\nSBSYS: 26/1120\nBeslutning:\nDrøftet.\n"
    )
    assert _items(body) == [
        ("CG - Ny telefonipolitik", "26-000412"),
        ("CG - Sygefravær", "26/1120"),
    ]


def test_a_lower_case_rest_of_a_wrapped_title_is_still_joined() -> None:
    """A title wrapped at a word its rest starts small with stays one title."""
    body = (
        "1. Ansøgning fra Bramsnæs Bådelaug om tilskud til\nny slæbested ved havnen\n"
        "Sagsnr.: 26-000933\nBeslutning:\nGodkendt.\n\n2. Eventuelt\nBeslutning:\nIntet.\n"
    )
    assert _items(body)[0] == (
        "Ansøgning fra Bramsnæs Bådelaug om tilskud til ny slæbested ved havnen",
        "26-000933",
    )


@pytest.mark.parametrize(
    ("line", "presenter"),
    [
        ("v/ direktør Jens Lind (20 min.) – Til beslutning", True),
        ("v. Anne Holm", True),
        ("vedrørende lokalplan 12", False),
        # (the purpose with its presenter after a dash: a presenter line too since the
        # fiftieth round, fix331; its fixture reads the same either way)
        ("Til beslutning - v/ Ole Bak", True),
    ],
)
def test_presenter_line(line: str, presenter: bool) -> None:
    assert presenter_line(line) is presenter


_SLOTS = (
    "Punkt 1                          09.00-09.10\nGodkendelse af dagsorden\n\n"
    "Punkt 2                          09.10-09.40\nBudgetopfølgning\n\n"
    "Pause                            09.40-09.50\n\n"
    "Punkt 3\t09.50-10.30\nIndkøbspolitik\n"
)


def test_the_slot_right_of_the_number_goes_after_the_title() -> None:
    """ "Punkt N<gap>slot" over the title is written as the title with its time box (the
    title's line left blank), the break in the slot's column blanked."""
    out = time_slot_headings(_SLOTS)
    lines = out.split("\n")
    assert lines[0] == "Punkt 1 Godkendelse af dagsorden (09.00-09.10)"
    assert lines[1] == ""
    assert "Punkt 3 Indkøbspolitik (09.50-10.30)" in lines
    assert "Pause" not in out
    assert len(lines) == len(_SLOTS.split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        # one heading so written is left as it stands
        "Punkt 1                          09.00-09.10\nGodkendelse af dagsorden\n",
        # one space between number and slot, or a label under it: no such heading
        "Punkt 1 09.00-09.10\nGodkendelse\n\nPunkt 2 09.10-09.40\nBudget\n",
        "Punkt 1        09.00-09.10\nBeslutning:\n\nPunkt 2        09.10-09.40\nSagsnr.:\n",
    ],
)
def test_slots_right_of_numbers_not_read_elsewhere(text: str) -> None:
    assert time_slot_headings(text) == text


def test_slotted_items_are_read_with_their_durations() -> None:
    text = _HEADER + (
        "Punkt 1                          09.00-09.10\nGodkendelse af dagsorden\n\n"
        "Beslutning:\nGodkendt.\n\n\n"
        "Pause                            09.10-09.20\n\n\n"
        "Punkt 2                          09.20-09.50\nCG - Budgetopfølgning\n"
        "Til drøftelse - v/ Ole Bak\nSagsnr.: 26/1187\n\nBeslutning:\nDrøftet.\n"
    )
    meeting = parse_text(text)
    assert [(it.title, it.duration_min, it.case_number) for it in meeting.items] == [
        ("Godkendelse af dagsorden", 10, None),
        ("Budgetopfølgning", 30, "26/1187"),
    ]
    assert not meeting.warnings


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Direktion og centerchefer", True),
        ("Direktionen og afdelingscheferne", True),
        ("Chefgruppen og lederne", True),
        # the leaders alone, or a sentence naming both
        ("Centerchefer", False),
        ("Direktionen drøftede sagen med centercheferne", False),
    ],
)
def test_a_direktion_joined_by_its_heads_is_a_body(text: str, body: bool) -> None:
    assert looks_like_body(text) is body


@pytest.mark.parametrize(
    ("text", "forum", "dtype"),
    [
        # the office the forum is named by decides for it
        ("Borgmesteren kunne ikke tilslutte sig forslaget.", "Borgmester/direktion", "rejected"),
        ("Borgmesteren tilsluttede sig forslaget.", "Borgmester og direktion", "approved"),
        # elsewhere the mayor is one member (a stance) or acts after the meeting
        ("Borgmesteren kunne ikke tilslutte sig forslaget.", "Økonomiudvalget", "other"),
        ("Borgmesteren kunne ikke tilslutte sig forslaget.", "Direktionen", "other"),
        ("Formanden kunne ikke tilslutte sig forslaget.", "Borgmester/direktion", "other"),
    ],
)
def test_the_office_naming_the_forum_decides(text: str, forum: str, dtype: str) -> None:
    assert classify_decision(text, forum)[0][0] == dtype


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        ("Udsættes til januar, da lønrammen endnu ikke er fastlagt.", "postponed"),
        ("Udsat, da lokalplanen ikke endnu er godkendt.", "postponed"),
        ("Planen er endnu ikke godkendt af ministeriet.", "other"),
        # a refusal stays one
        ("Forslaget blev ikke godkendt.", "rejected"),
        ("Ikke vedtaget, da der ikke er penge.", "rejected"),
    ],
)
def test_not_yet_adopted_is_no_refusal(text: str, dtype: str) -> None:
    types = [t for t, _ in classify_decision(text)]
    assert types[0] == dtype
    assert dtype == "rejected" or "rejected" not in types


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        ("Dialogmødet afholdes 12. marts kl. 17 på biblioteket.", "decided"),
        ("Temadagen holdes tirsdag den 4. maj på skolen.", "decided"),
        ("Dialogmødet afholdes den 3/6 kl. 16.", "decided"),
        # the forum's next meeting merely told, or no day
        ("Næste møde holdes 4. maj.", "none"),
        ("Mødet afholdes 30. september.", "other"),
        ("Borgermødet afholdes i hallen.", "other"),
    ],
)
def test_an_event_set_for_a_day_is_decided(text: str, dtype: str) -> None:
    assert classify_decision(text)[0][0] == dtype


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        (
            "Følgende punkter sættes på dagsordenen til næste møde:\n"
            "1. Mødestruktur (udsat fra dette møde)\n2. Budget",
            "decided",
        ),
        ("Følgende emner skal på næste dagsorden:\n- Trivsel\n- IT", "decided"),
        # the item itself put on the next agenda is put off, as before
        ("Sagen sættes på dagsordenen til næste møde.", "postponed"),
        # no colon over a list: a sentence of the decision, read as before
        ("Følgende punkter blev drøftet: budget og trivsel.", "discussed"),
    ],
)
def test_the_next_agenda_set(text: str, dtype: str) -> None:
    assert classify_decision(text)[0][0] == dtype
