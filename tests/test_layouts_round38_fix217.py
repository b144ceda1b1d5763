"""Round thirty-eight (layouts217: minutes whose header facts are hard to find or unusually
written: dates without a year, several dates in the header, times with decimal commas, the
body named by an abbreviation or a logo line, places in a sentence): small rules."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.header_fallback import lead_place
from analysis.layouts.mail_date import with_mail_year
from analysis.layouts.remarks import remarks_before_decision
from analysis.layouts.title_forum import title_line_forum
from analysis.model import Item, Section
from analysis.parse import split_title, to_lines


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a capitalised participle inside a name is no postponement
        ("Prisen tildeles Suppekøkkenet. Overrækkes på Udsattes Dag 24. maj.", "decided"),
        ("Udsat.", "postponed"),
        ("Punktet blev Udsat.", "postponed"),
        ("Sagen udsattes.", "postponed"),
        # a discussion, then what was put forward done as recommended
        ("Udvalget drøftede rapporten. Sendes i høring som indstillet.", "approved"),
        ("Drøftet. Sendes i høring som indstillet.", "approved"),
        ("Udvalget drøftede sagen.", "discussed"),
    ],
)
def test_decision_types(text: str, kind: str) -> None:
    assert _type(text) == kind


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Regnskab 2025 (punktet stod som 5 på dagsordenen)", "Regnskab 2025"),
        ("Regnskab 2025 (pkt. 5 på dagsordenen)", "Regnskab 2025"),
        ("Regnskab 2025 (tidligere punkt 5 på dagsordenen)", "Regnskab 2025"),
        # a remark on the case stays
        (
            "Takster for dagtilbud 2021 (udsat fra januar)",
            "Takster for dagtilbud 2021 (udsat fra januar)",
        ),
    ],
)
def test_agenda_place_note_off_title(raw: str, title: str) -> None:
    assert split_title(raw)[0] == title


@pytest.mark.parametrize(
    ("top", "forum"),
    [
        ("BUU – referat", "BUU"),
        ("Referat - ØK", "ØK"),
        ("## KFU-møde", "KFU"),
        ("KFU referat 2017", "KFU"),
        (
            "**Folkeoplysningsudvalget (FOU)** | Kultur, Fritid og Borgerservice",
            "Folkeoplysningsudvalget (FOU)",
        ),
        ("REFERAT", None),
        ("MØDE – referat", None),
    ],
)
def test_title_line_forum(top: str, forum: str | None) -> None:
    lines = to_lines(f"{top}\n\nDato: 3. februar 2021\n")
    assert title_line_forum(lines, set())[0] == forum


def test_forum_in_mail_subject_after_fra() -> None:
    lines = to_lines("Emne: VS: Referat fra Klima- og Miljøudvalget 11/9-2025\n")
    assert title_line_forum(lines, set())[0] == "Klima- og Miljøudvalget"


_MAIL = (
    "Fra: A <a@x.dk>\nSendt: {sent}\nEmne: VS: Referat fra Vejudvalget 4/3\n\n"
    "Mødet blev holdt {weekday} kl. 15:00 - 17:00, Torvet 2\n\n1. Godkendelse af dagsorden\n"
)


@pytest.mark.parametrize(
    ("sent", "weekday", "written"),
    [
        ("6. marts 2024 10:02", "mandag", "Emne: VS: Referat fra Vejudvalget 4/3-2024"),
        # (mailed in January: the day is last year's)
        ("3. januar 2025 09:00", "mandag", None),
        ("6. marts 2024 10:02", "tirsdag", None),  # the weekday is not that day's
        ("6. december 2024 10:02", "mandag", None),  # nine months after: not this meeting's
    ],
)
def test_subject_dated_by_sending(sent: str, weekday: str, written: str | None) -> None:
    lines = to_lines(_MAIL.format(sent=sent, weekday=weekday))
    dated = with_mail_year(lines, len(lines) - 1)
    got = None if dated is None else next(ln.clean for ln in dated if ln.clean.startswith("Emne"))
    assert got == written


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (
            "Mødet blev holdt torsdag kl. 16:00 - 18:15, Gothersgade 20, 2. sal, lokale 2 / Teams",
            "Gothersgade 20, 2. sal, lokale 2 / Teams",
        ),
        (
            "Mødet blev holdt onsdag den 7. juni 2023 som virtuelt møde (Teams).",
            "virtuelt møde (Teams)",
        ),
        ("Mødet blev holdt onsdag den 7. juni 2023 som aftalt.", None),
    ],
)
def test_place_in_held_sentence(line: str, place: str | None) -> None:
    assert lead_place(to_lines(line), set()) == place


def _meeting(header: str, body: str = "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n"):
    return parse_text(f"{header}\n\n{body}")


def test_hours_with_decimal_commas() -> None:
    m = _meeting("Økonomiudvalget\nMødedato: 5. november 2009\nMødetid: Kl. 8,30 – 11,15")
    assert m.start_time == "08:30"


def test_meeting_time_without_colon() -> None:
    m = _meeting("Referat\nMødedato 23-09-2014\nMødetid 09:30\nMødested Rådhuset")
    assert m.start_time == "09:30"


def test_sending_stamp_is_not_the_meeting_date() -> None:
    m = _meeting(
        "Udsendt den 7. marts 2024\nReferatet godkendt den 18. marts 2024\n\n"
        "Referat af mødet i udvalget for teknik og miljø\ntorsdag den 14. marts 2024, kl. 16.00"
    )
    assert (m.date, m.forum) == (dt.date(2024, 3, 14), "udvalget for teknik og miljø")


def test_date_field_without_year_or_hour() -> None:
    m = _meeting("Referat KFU 2017\n\nMødedato: Tirsdag d. 2.5.\nTid: fra kl. 15")
    assert (m.date, m.start_time) == (dt.date(2017, 5, 2), "15:00")
    # a weekday that does not fall on the day in the title's year dates nothing
    with pytest.raises(Exception, match="no meeting date"):
        _meeting("Referat KFU 2017\n\nMødedato: Onsdag d. 2.5.\nTid: fra kl. 15")


def test_lettered_second_part_without_evidence() -> None:
    m = parse_text(
        "Beredskabskommissionen\nReferat\nMøde: 14. marts 2008 kl. 16\n\n"
        "1) Godkendelse af dagsorden\nKommissionens beslutning: Godkendt.\n\n"
        "2a) Indkøb af tankvogn\nJ.nr.: 14.05.00-G01-2-08\nTilbud er indhentet.\n"
        "Kommissionens beslutning:\nKommissionen valgte det billigste.\n\n"
        "2b) Salg af gammel tankvogn\nDen gamle vogn fra 1987 er udbudt via et auktionshus.\n"
        "Der er kommet et bud på\n45.000 kr. fra en frivillig brandforening.\n"
        "Kommissionens beslutning:\n"
        "Udsat til næste møde.\n\n3) Eventuelt\nKommissionens beslutning: -\n"
    )
    titles = [it.title for it in m.items]
    assert titles == [
        "Godkendelse af dagsorden",
        "Indkøb af tankvogn",
        "Salg af gammel tankvogn",
        "Eventuelt",
    ]


def _sectioned(*sections: tuple[str, str, str]) -> Item:
    return Item(
        3, "Høring", "Høring", None, False, None, None, None,
        tuple(Section(*s) for s in sections), (), (), (),
    )  # fmt: skip


def test_remarks_over_the_decision_heading_are_text() -> None:
    (item,) = remarks_before_decision(
        [
            _sectioned(
                ("beslutning", "Ældrerådets bemærkninger", "Rådet kan ikke støtte forslaget."),
                ("beslutning", "Beslutning i Ældrerådet den 23-09-2014", "Høringssvaret vedtaget."),
            )
        ]
    )
    assert [s.key for s in item.sections] == ["aeldreraadets_bemaerkninger", "beslutning"]
    # a signature read as a heading after the remarks leaves them the decision
    kept = _sectioned(
        ("beslutning", "Rådets bemærkninger", "Intet."), ("beslutning", "Ref.", "LH, 07.03.2025")
    )
    assert remarks_before_decision([kept]) == [kept]
