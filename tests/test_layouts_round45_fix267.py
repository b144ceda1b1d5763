"""Forty-fifth round, layouts267: minutes and logs of municipal crisis and emergency staffs.

A log table ``Pkt. | Kl. | Emne | Referat / beslutning`` reads its clock column as the
item's time, not its title (``read.item_table._CLOCK_HEAD``); an agenda's planned run
counts an item whose planning field ("Tid: … · Ansvarlig: …") sits over its case line
(``headings._planned``); a staff as the subject of the outcome ("Krisestaben beslutter, at
…", "Staben godkender …": ``outcome._FORUM_SUBJECT``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.outcome import outcome_line
from analysis.read.item_table import item_rows


def _rows(head: list[str], *body: list[str]) -> list[list[list[str]]]:
    return [[[c] for c in head], *[[c.split("\n") for c in row] for row in body]]


def test_clock_column_is_the_items_time() -> None:
    rows = _rows(
        ["Pkt.", "Kl.", "Emne", "Referat / beslutning"],
        ["1", "09:30", "Overblik", "Glat føre.\nBeslutning:\nTaget til efterretning."],
        ["2", "09:40", "Busser", "Kører ikke."],
    )
    text = item_rows(rows)
    assert text is not None
    assert "## 1. Overblik" in text and "Tid: 09:30" in text
    assert "## 2. Busser" in text


@pytest.mark.parametrize("head", ["Kl", "Klokken", "Tidspunkt"])
def test_clock_column_words(head: str) -> None:
    rows = _rows(["Nr.", head, "Emne", "Beslutning"], ["1", "10:00", "Status", "Godkendt."])
    text = item_rows(rows)
    assert text is not None and "## 1. Status" in text


def test_clock_column_not_before_a_non_title_column() -> None:
    # "Pkt. | Kl. | Referat": no title column after the clock: not read as a log's time
    rows = _rows(["Pkt.", "Kl.", "Referat"], ["1", "10:00", "Status givet."])
    text = item_rows(rows)
    assert text is None or "## 1. Status" not in "\n".join(text)


_PLANNED = """DAGSORDEN

Forum: Varmegruppen
Mødedato: tirsdag 9. januar 2024
Mødetid: 10:00 - 11:00

1.  Godkendelse af dagsorden
    Tid: 10:00-10:02 · Ansvarlig: Formand

2.  Status
    Tid: 10:02-10:15 · Ansvarlig: Varmeværket
    Sag: 2024-000412
    To kedler kører.

3.  Varmestuer
    Tid: 10:15-10:30 · Ansvarlig: Kultur
    Sag: 2024-000431
    Mulige steder:
      1) Hallen
      2) Forsamlingshuset
    Indstilling: Det indstilles, at hallen åbnes.

4.  Information
    Tid: 10:30-10:40 · Ansvarlig: Kommunikation

5.  Vagter
    Tid: 10:40-10:45 · Ansvarlig: HR

6.  Erhverv
    Tid: 10:45-10:48 · Ansvarlig: Erhverv

7.  Frivillige
    Tid: 10:48-10:50 · Ansvarlig: Frivilligcentret

8.  Udgifter
    Tid: 10:50-10:55 · Ansvarlig: Økonomi
    Sag: 2024-000450

9.  Eventuelt
    Tid: 10:55-11:00
"""


def test_planned_items_over_case_lines_keep_the_run() -> None:
    meeting = parse_text(_PLANNED)
    assert [i.number for i in meeting.items] == list(range(1, 10))
    assert meeting.items[6].title == "Frivillige"


def test_list_without_planning_fields_stays_text() -> None:
    # the "1)" / "2)" list inside item 3 carries no planning field: no items of its own
    meeting = parse_text(_PLANNED)
    assert "Hallen" not in [i.title for i in meeting.items]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Krisestaben besluttede at åbne hallen.", True),
        ("Beredskabsstaben tiltrådte planen.", True),
        ("Staben godkendte rækkefølgen.", True),
        # what must not be read: the staff as subject of other verbs, a staff's member
        ("Krisestaben mødes dagligt kl. 09.00.", False),
        ("Stabschefen besluttede at indkalde.", False),
        ("Staben består af direktører og chefer.", False),
    ],
)
def test_staff_as_subject_of_the_outcome(text: str, outcome: bool) -> None:
    assert outcome_line(text) is outcome


def _decision(text: str) -> str:
    """The decision of the second item of ``text`` ("" where it has none)."""
    item = parse_text(text).items[1]
    return next((s.text for s in item.sections if s.key == "beslutning"), "")


def _staff_minutes(last: str) -> str:
    return (
        "Krisestaben\n\nReferat, møde onsdag den 10. januar 2024, kl. 08.00\n\n"
        "## 1) Overblik\n\nStrømmen er tilbage i øst.\n\nTaget til efterretning.\n\n"
        f"## 2) Plejecentre\n\nTo centre kører på generator.\n\n{last}\n\n"
        "## 3) Næste møde\n\nBesluttet: Næste møde kl. 13.00.\n"
    )


@pytest.mark.parametrize(
    ("last", "decided"),
    [
        ("Krisestaben beslutter, at der bestilles brændstof.", True),
        ("Staben godkender, at hallen åbnes kl. 18.00.", True),
        # a staff's plan or habit, no outcome: the item keeps no decision
        ("Krisestaben mødes igen kl. 13.00 på rådhuset.", False),
        ("Stabschefen beslutter, at der indkaldes ekstraordinært.", False),
    ],
)
def test_staff_decides_in_the_present_as_the_items_last_line(last: str, decided: bool) -> None:
    assert _decision(_staff_minutes(last)).startswith(last[:20]) is decided


def _labelled_minutes(last: str) -> str:
    """A staff's log whose other items label their decisions ("Beslutning:")."""
    return (
        "Krisestaben\n\nReferat, møde onsdag den 10. januar 2024, kl. 08.00\n\n"
        "1. Overblik\n\nStrømmen er tilbage i øst.\n\nBeslutning:\nTaget til efterretning.\n\n"
        f"2. Plejecentre\n\nTo centre kører på generator.\nBrændstof til i morgen.\n\n{last}\n\n"
        "3. Skoler\n\nSkolerne holder åbent.\n\nBeslutning:\nGodkendt.\n\n"
        "4. Næste møde\n\nBeslutning:\nNæste møde kl. 13.00.\n"
    )


@pytest.mark.parametrize(
    ("last", "decided"),
    [
        ("Krisestaben beslutter, at der bestilles brændstof\ntil begge centre.", True),
        ("Beredskabsstaben godkender planen.", True),
        # the staff as subject of a verb that decides nothing
        ("Krisestaben består af direktionen og beredskabschefen.", False),
        ("Krisestaben mødes igen kl. 13.00.", False),
    ],
)
def test_staff_present_closes_a_labelled_log(last: str, decided: bool) -> None:
    assert _decision(_labelled_minutes(last)).startswith(last[:20]) is decided


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Udsat til kl. 13.00-mødet – afventer svar.", True),
        ("Udsat til 14-mødet.", True),
        ("Udsættes til kl. 9.30-mødet i morgen.", True),
        # what must not be read: a meeting held at a time, no item put off
        ("Mødet holdes kl. 13.00 i stedet.", False),
    ],
)
def test_put_off_to_a_meeting_by_the_hour(text: str, outcome: bool) -> None:
    assert outcome_line(text) is outcome


def test_staff_recommends_on_to_a_named_body() -> None:
    text = (
        "Krisestaben\n\nReferat, møde onsdag den 10. januar 2024, kl. 08.00\n\n"
        "## 1) Overblik\n\nStrømmen er tilbage.\n\nTaget til efterretning.\n\n"
        "## 2) Økonomi\n\nUdgifterne vokser.\n\n"
        "Krisestaben indstiller til borgmesteren, at udvalget indkaldes.\n\n"
        "## 3) Næste møde\n\nBesluttet: Næste møde kl. 13.00.\n"
    )
    assert _decision(text).startswith("Krisestaben indstiller")


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        ("KRISESTABEN – LOG / REFERAT", "KRISESTABEN"),
        ("Beredskabsstaben - Logbog & referat", "Beredskabsstaben"),
        ("SUNDHEDSKRISESTAB", "SUNDHEDSKRISESTAB"),
        ("Socialkrisestaben", "Socialkrisestaben"),
        # the incident after the staff stays part of the forum, as such labels hold it
        ("Krisestab – LOG fra stormen", "Krisestab – LOG fra stormen"),
        # what must not be read: a staff's meeting in a sentence, a rescue service
        ("Krisestabsmødet blev holdt i går kl. 14", None),
        ("Beredskab Fyn", None),
    ],
)
def test_staff_log_and_minutes_kind_after_the_title(title: str, forum: str | None) -> None:
    from analysis.layouts.title_forum import crisis_title_forum
    from analysis.parse import to_lines

    assert crisis_title_forum(to_lines(f"{title}\n\nDato: 3. marts 2024\n"), set()) == forum
