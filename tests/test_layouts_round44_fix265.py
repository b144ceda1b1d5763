"""Forty-fourth round, layouts265: minutes of meetings held on special occasions or in
special forms (a youth council, a constituting meeting, decisions by mail between meetings).

A plain-text agenda whose titles are listed as bullets under "Dagsorden:" and repeated
below as the lines opening unnumbered items, with a numbered list inside one item's text
(``base._list_in_one_listed_item``: the listed titles are the items, the list neither
contents nor items); a member's dissent in a subordinate clause after the decision
("Godkendt, idet NN (F) dog ikke kunne tiltræde": ``decisions._subject`` reads the subject
before the adverbs, so the stance is the member's, not the forum's refusal); the chairs of
the standing committees written without a verb, the committee first ("<udvalg>: formand NN
(A), næstformand NN (V)": ``decisions._OFFICE_FILLED``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, positions
from analysis.layouts import parse_text
from analysis.layouts.header import _MEMBER_GROUP

_HEAD = "Ungdomsrådet\nReferat af møde tirsdag den 4. marts 2025 kl. 16.00\n\n"


def _agenda(listed: list[str], body: dict[str, str]) -> str:
    """Minutes listing ``listed`` under "Dagsorden:", each title repeated over its text."""
    bullets = "".join(f"- {t}\n" for t in listed)
    items = "".join(f"{t}\n\n{body.get(t, '')}Beslutning:\nGodkendt.\n\n" for t in listed)
    return f"{_HEAD}Dagsorden:\n{bullets}\n{items}"


_BUDGET = (
    "Fordelingen blev foreslået\n1. Koncert: 10.000 kr.\n2. Pulje: 5.000 kr.\n"
    "3. Annoncer: 2.000 kr.\n\n"
)
_TITLES = ["Godkendelse af dagsorden", "Budget for året", "Sommerfest", "Eventuelt"]


def _titles(text: str) -> list[str]:
    return [it.title for it in parse_text(text).items]


def test_a_numbered_list_inside_a_listed_item_is_no_contents_list() -> None:
    """Followed by prose, the list was read as a contents list with no item text."""
    text = _agenda(_TITLES, {"Budget for året": _BUDGET + "Der var enighed.\n"})
    assert _titles(text) == _TITLES


def test_a_numbered_list_inside_a_listed_item_is_no_run_of_items() -> None:
    """Right over the decision, the list was read as the items themselves."""
    assert _titles(_agenda(_TITLES, {"Budget for året": _BUDGET})) == _TITLES


def test_numbered_headings_under_a_bulleted_agenda_stay_the_items() -> None:
    """Titles numbered in the text ("1. Title"), each heading on its own: the list lists
    the numbered items, which are read as before."""
    listed = ["Godkendelse af dagsorden", "Budget for året", "Eventuelt"]
    bullets = "".join(f"- {t}\n" for t in listed)
    items = "".join(f"{k}. {t}\n\nBeslutning:\nGodkendt.\n\n" for k, t in enumerate(listed, 1))
    meeting = parse_text(f"{_HEAD}Dagsorden:\n{bullets}\n{items}")
    assert [(it.number, it.title) for it in meeting.items] == list(enumerate(listed, 1))


def test_a_list_spread_over_two_listed_items_is_not_read_as_inside_one() -> None:
    """Numbered lines that do not stand side by side are no list inside one item."""
    text = _agenda(
        _TITLES,
        {
            "Budget for året": "1. Koncert: 10.000 kr.\n\n",
            "Sommerfest": "2. Pulje: 5.000 kr.\n\n",
        },
    )
    assert _titles(text) != _TITLES


def test_two_listed_titles_are_too_few() -> None:
    """A list of two titles could be a lead and an entry: the numbered run is read."""
    listed = ["Budget for året", "Eventuelt"]
    text = _agenda(listed, {"Budget for året": _BUDGET})
    assert _titles(text) != listed


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Godkendt, idet Rasmus Holt (F) dog ikke kunne tiltræde.", "Rasmus Holt"),
        ("Godkendt, idet V ikke kunne tiltræde beslutningen.", "V"),
        ("Anbefales, idet Enhedslisten heller ikke kunne støtte forslaget.", "Enhedslisten"),
    ],
)
def test_a_dissent_in_a_subordinate_clause_is_a_members_stance(text: str, actor: str) -> None:
    types = [t for t, _ in classify_decision(text)]
    assert "rejected" not in types
    assert (actor, "imod") in {(a, p) for a, p, _ in positions(text)}


def test_the_forum_refusing_in_a_subordinate_clause_is_no_stance() -> None:
    """A body is no actor: "idet udvalget ikke kunne tiltræde …" records no position."""
    assert positions("Godkendt, idet udvalget ikke kunne tiltræde punkt 3.") == []


def test_a_refusal_with_no_subject_stays_the_forums() -> None:
    assert [t for t, _ in classify_decision("Udvalget kunne ikke tiltræde indstillingen.")] == [
        "rejected"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Plan- og Klimaudvalget: formand Susanne Vind (V), næstformand Ole Dreyer (A)",
        "Ældreudvalget: næstformand Lars Ebbe (O)",
        "Ungdomsskolebestyrelsen: formand Tove Asmussen (Ø)",
        "Formand: Jens Berg (V)",
    ],
)
def test_an_office_filled_with_its_body_first_is_decided(text: str) -> None:
    assert classify_decision(text)[0][0] == "decided"


@pytest.mark.parametrize(
    "text",
    [
        # no body's word before the colon, no colon, or no party: no election read
        "Bemærk: formand Jens Berg (V) deltog ikke.",
        "Formand Jens Berg (V) deltog ikke.",
        "Ældreudvalget: formand Jens Berg deltog ikke.",
    ],
)
def test_an_office_without_its_shape_is_not_decided(text: str) -> None:
    assert classify_decision(text)[0][0] != "decided"


_SESSION = (
    "# Referat – Sundhedsudvalget\n\n**Dato:** 03.10.2024\n**Tid:** 14:00-17:00\n"
    "**Sted:** Mødelokale 2, Rådhuset\n\n{session}"
    "## 1. Godkendelse af dagsorden\n\n**Beslutning:**\nGodkendt.\n\n"
    "## 2. Eventuelt\n\n**Beslutning:**\nIntet.\n"
)


def _unplaced(meeting: object) -> bool:
    return any("could not be placed" in w for w in meeting.warnings)  # type: ignore[attr-defined]


def test_a_session_with_guests_before_item_one_is_the_meetings_note() -> None:
    session = (
        "## Dialogmøde med Ældrerådet\n\nKl. 14.00-15.00. Fra rådet: Åse Berg, Jens Lund.\n\n"
        "Rådet spurgte til ventetiden på genoptræning.\n\n"
    )
    meeting = parse_text(_SESSION.format(session=session))
    assert [it.title for it in meeting.items] == ["Godkendelse af dagsorden", "Eventuelt"]
    assert meeting.notes is not None and meeting.notes.startswith("Dialogmøde med Ældrerådet")
    assert "ventetiden" in meeting.notes
    assert not _unplaced(meeting)


def test_a_plain_session_heading_between_blank_lines_is_read_too() -> None:
    text = (
        "Referat – Sundhedsudvalget\n\nDato: 03.10.2024\nTid: 14:00-17:00\n"
        "Sted: Mødelokale 2, Rådhuset\n\nFællesmøde med Handicaprådet\n\n"
        "Rådet fremlagde sine ønsker til budgettet.\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    meeting = parse_text(text)
    assert meeting.notes is not None and "ønsker til budgettet" in meeting.notes
    assert not _unplaced(meeting)


@pytest.mark.parametrize(
    "session",
    [
        # a sentence about such a meeting, no heading
        "Dialogmøde med Ældrerådet blev aflyst på grund af sygdom.\n\n",
        # a heading of another kind
        "## Orientering fra formanden\n\nFormanden bød velkommen.\n\n",
    ],
)
def test_no_session_without_its_heading(session: str) -> None:
    meeting = parse_text(_SESSION.format(session=session))
    assert meeting.notes is None or "formanden" not in meeting.notes.lower()
    assert meeting.notes is None or "aflyst" not in meeting.notes


def test_a_joint_meeting_titled_so_on_top_is_no_session() -> None:
    """The title above the header's facts names the meeting: the header reads it."""
    text = (
        "## Dialogmøde med Ældrerådet\n\n**Dato:** 03.10.2024\n**Tid:** 14:00\n"
        "**Sted:** Rådhuset\n\n## 1. Godkendelse af dagsorden\n\n**Beslutning:**\nGodkendt.\n\n"
        "## 2. Eventuelt\n\n**Beslutning:**\nIntet.\n"
    )
    meeting = parse_text(text)
    assert meeting.notes is None or "Dialogmøde" not in meeting.notes


def test_the_municipalitys_staff_under_fra_kommunen_are_participants() -> None:
    """ "Fra kommunen: NN (ungekonsulent)" lists staff as "Fra Tønder Kommune:" does."""
    text = (
        "Ungdomsrådet\nReferat af møde tirsdag den 4. marts 2025 kl. 16.00\n\n"
        "Til stede: Alma Berg, Otto Krag\nFra kommunen: Rikke Dahl (ungekonsulent)\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    meeting = parse_text(text)
    assert "Rikke Dahl" in {p.name for p in meeting.participants}
    assert not _unplaced(meeting)


def test_a_sentence_from_the_municipality_is_no_field() -> None:
    """Without its colon right after the words, no field: "Fra kommunen deltog …"."""
    text = (
        "Ungdomsrådet\nReferat af møde tirsdag den 4. marts 2025 kl. 16.00\n\n"
        "Fra kommunen deltog Rikke Dahl.\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    assert "Rikke Dahl" not in {p.name for p in parse_text(text).participants}


def test_each_committees_members_on_a_line_of_their_own_at_a_joint_meeting() -> None:
    text = (
        "Fællesmøde - Kulturudvalget og Børne- og Skoleudvalget\n\n"
        "Dato: 18-03-2025\nTid: 14:00\nSted: Rådhuset\n\nDeltagere:\n"
        "Kulturudvalget: Alma Berg (A), formand, Otto Krag (V)\n"
        "Børne- og Skoleudvalget: Rikke Dahl (F), formand, Ib Lund (C)\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    meeting = parse_text(text)
    assert {"Alma Berg", "Otto Krag", "Rikke Dahl", "Ib Lund"} <= {
        p.name for p in meeting.participants
    }
    assert not _unplaced(meeting)


@pytest.mark.parametrize(
    "text",
    [
        "Der var enighed om at tage med: Ib Lund, Rikke Dahl",  # five words or more
        "Kulturudvalget: Alma Berg (A)",  # one name, no list
        "Kulturudvalget: alle var til stede, også suppleanterne",  # no name first
    ],
)
def test_no_group_of_members_without_its_shape(text: str) -> None:
    assert _MEMBER_GROUP.match(text) is None
