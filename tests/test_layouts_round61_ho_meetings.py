"""Sixty-first session, held-out sets, ho_meetings: minutes of meetings out of the ordinary
(moved, written, late, held elsewhere, dated only by the page header).

* A stamp "Dagsorden udsendt: 6. maj 2025" (the document named without its article, a
  colon) is a sent-out stamp (``header._SENT_STAMP``), and a note "Mødet er flyttet fra 12.
  maj til 14. maj 2025" dates the meeting over a stamp's day (``header.read_header`` with
  ``_moved_date``); before, the stamp's day dated the minutes and every decision dated the
  14th was taken for another meeting's.
* A written procedure's "Beslutningsdato:" dates it over "Svarfrist:", whichever line
  comes first (``header._FIELD``, ``_DECIDED_KEYS``, ``read_header``).
* "Referat godkendt af formanden den 11. maj 2006." is a stamp, no title naming a forum
  (``parse.SENT_OUT``).
* "Mødet startede kl. 9.50 (planlagt 9.30), …": the hour begun, the planned one in
  brackets after it (``header._START_LINE``).
* "udsatte" after a preposition or a degree is the adjective ("en indsats for udsatte
  ældre", "socialt udsatte familier"), which puts nothing off (``decisions._vulnerable``).
* A PDF's running header "<body> dd-mm-yyyy" is the meeting's day where the text's top gives
  none (``read.pdf._body_and_date`` in ``_furniture_date``).
* A place field's note that the venue was changed ("… NYT MØDESTED – oprindeligt planlagt
  i <old place>") is no part of the place (``parse.venue_change_off``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import parse
from analysis.enrich.decisions import classify_decision
from analysis.layouts import header, parse_text
from analysis.parse import SENT_OUT, sent_out, venue_change_off
from analysis.pipeline import parse_bytes
from analysis.read import pdf as read_pdf
from tests.fixture_helpers import FIXTURES


def _head(text: str) -> header.Header:
    return header.read_header(parse.to_lines(text), set(), set())


def _meeting(name: str) -> dict:
    result = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name)
    return result.tables["meetings"].to_dict("records")[0]


def _types(name: str) -> list[str]:
    result = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name)
    summary = result.tables["item_decisions"]
    return list(summary["decision_type"])


BODY = (
    "\n\n1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
    "2. Vejbelysning på Skolevej\n\nSagsfremstilling:\nForvaltningen foreslår nye lamper.\n\n"
    "Beslutning:\nGodkendt.\n"
)


# --- a sent-out stamp and a moved meeting -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dagsorden udsendt: 6. maj 2025",
        "Dagsorden udsendt den 6. maj 2025",
        "Referat offentliggjort: 08.05.2025",
        "Protokol godkendt 9. maj 2025",
    ],
)
def test_a_stamp_naming_its_document_without_the_article(line: str) -> None:
    assert header._sent_stamp(line)


def test_a_meeting_line_is_no_stamp() -> None:
    assert not header._sent_stamp("Dagsorden til mødet 6. maj 2025")
    assert not header._sent_stamp("Referat af mødet den 6. maj 2025")


def test_a_moved_meeting_over_a_sent_out_stamp() -> None:
    text = (
        "Miljøudvalget\n\nMødetidspunkt: 16:30\nDagsorden udsendt: 6. maj 2025\n\n"
        "Bemærk: Mødet er flyttet fra 12. maj til 14. maj 2025.\n" + BODY
    )
    assert parse_text(text).date == dt.date(2025, 5, 14)


def test_a_date_field_moved_from_its_own_day_still_moves() -> None:
    # (the rule as it was: the header's own date is the day moved from)
    text = (
        "Miljøudvalget\n\nMødedato: 12. maj 2025\n\n"
        "Bemærk: Mødet er flyttet fra 12. maj til 14. maj 2025.\n" + BODY
    )
    assert parse_text(text).date == dt.date(2025, 5, 14)


def test_a_stamp_alone_still_dates() -> None:
    text = "Miljøudvalget\n\nMødetidspunkt: 16:30\nDagsorden udsendt: 6. maj 2025\n" + BODY
    assert parse_text(text).date == dt.date(2025, 5, 6)


def test_the_moved_meeting_fixture() -> None:
    name = "beslutning_i-flyttet-moede-dagsorden-udsendt-kolon.md"
    meeting = _meeting(name)
    assert meeting["date"].date() == dt.date(2025, 5, 14)
    assert _types(name) == ["approved", "approved", "noted", "postponed"]


# --- a written procedure's day of decision --------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        "Udsendt: 13. juni 2025\nSvarfrist: 17. juni 2025 kl. 10.00\n"
        "Beslutningsdato: 18. juni 2025\n",
        "Beslutningsdato: 18. juni 2025\nSvarfrist: 17. juni 2025 kl. 10.00\n",
        "Svarfrist: 17. juni 2025 kl. 10.00\nAfgørelsesdato: Onsdag den 18. juni 2025\n",
    ],
)
def test_the_day_decided_dates_a_written_procedure(fields: str) -> None:
    head = _head(f"Teknik- og Klimaudvalget\n\nReferat - skriftlig behandling\n\n{fields}")
    assert head.date == dt.date(2025, 6, 18)
    assert head.start_time is None  # the deadline's hour starts nothing


def test_the_deadline_alone_still_dates() -> None:
    head = _head("Teknik- og Klimaudvalget\n\nSvarfrist: 17. juni 2025 kl. 10.00\n")
    assert head.date == dt.date(2025, 6, 17)


def test_the_written_procedure_fixture() -> None:
    meeting = _meeting("generic-skriftlig-behandling-beslutningsdato-foer-svarfrist.txt")
    assert meeting["date"].date() == dt.date(2025, 6, 18)
    assert meeting["start_time"] is None


# --- "Referat godkendt af formanden den …" ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Referat godkendt af formanden den 11. maj 2006.",
        "Referat godkendt af næstformanden d. 9. marts 2005.",
        "Referatet godkendt den 9. marts 2005",
    ],
)
def test_an_approval_stamp_is_sent_out(line: str) -> None:
    assert SENT_OUT.match(line) and sent_out(line)


def test_an_approval_with_no_day_is_no_stamp() -> None:
    assert not sent_out("Referat godkendt af formanden.")
    assert not sent_out("Referat godkendt af Teknisk Udvalg 12")


def test_the_approval_stamp_names_no_forum() -> None:
    text = (
        "Teknisk Udvalg\n\nMødedato: Tirsdag den 8. marts 2005\n\n"
        "Referat godkendt af formanden den 10. marts 2005.\n" + BODY
    )
    assert parse_text(text).forum == "Teknisk Udvalg"


# --- the hour begun, the planned one in brackets -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "start"),
    [
        (
            "Mødet startede kl. 15.25 (planlagt kl. 15.00) på grund af en forsinket rundvisning.",
            "15:25",
        ),
        ("Mødet startede kl. 9.50 (planlagt 9.30), da bussen var forsinket.", "09:50"),
        ("Mødet begyndte kl. 19.10 (berammet til kl. 19.00).", "19:10"),
    ],
)
def test_the_hour_begun_over_the_planned(line: str, start: str) -> None:
    head = _head(f"Ældreudvalget\n\nMødedato: 3. marts 2025\nMødetid: 08:00\n\n{line}\n")
    assert head.start_time == start


def test_a_bracket_of_another_kind_is_no_plan() -> None:
    assert header._START_LINE.match("Mødet startede kl. 15.25 (se bilag).") is None


def test_the_late_start_fixture() -> None:
    name = "pkt-referat-godkendt-af-formanden-startet-senere.txt"
    meeting = _meeting(name)
    assert meeting["start_time"] == "15:25"
    assert meeting["forum"] == "Børne- og Skoleudvalget"
    assert _types(name) == ["approved", "discussed", "approved"]


# --- "udsatte" the adjective -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Drøftet.\n\nUdvalget ønsker en særlig indsats for udsatte ældre.",
        "Drøftet. Udvalget ønsker fokus på socialt udsatte familier.",
        "Drøftet. Der skal være tilbud til udsatte unge i alle distrikter.",
    ],
)
def test_vulnerable_is_no_postponement(text: str) -> None:
    assert [t for t, _ in classify_decision(text)] == ["discussed"]


@pytest.mark.parametrize(
    "text",
    ["Udvalget udsatte sagen til næste møde.", "Drøftet. Udvalget udsatte beslutningen."],
)
def test_the_past_tense_still_postpones(text: str) -> None:
    assert "postponed" in [t for t, _ in classify_decision(text)]


# --- the day in a PDF's running header ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Byrådet 27-03-2025", "Teknisk Udvalg – 5. marts 2025", "Økonomiudvalget den 04.06.2025"],
)
def test_a_running_body_and_date(line: str) -> None:
    assert read_pdf._body_and_date(line)


@pytest.mark.parametrize(
    "line", ["Referat · Side 1 af 3", "Næstved Kommune", "Udskrevet 27-03-2025", "27-03-2025"]
)
def test_other_running_lines_are_no_body_and_date(line: str) -> None:
    assert not read_pdf._body_and_date(line)


def test_the_running_date_only_where_the_top_has_none() -> None:
    text = "REFERAT\n\nByrådet\n\nMødetidspunkt: Kl. 18.00\n"
    assert read_pdf._furniture_date(["Byrådet 27-03-2025"], text) == "Byrådet 27-03-2025"
    dated = "REFERAT\n\nByrådet\n\nMødedato: 26. marts 2025\n"
    assert read_pdf._furniture_date(["Byrådet 27-03-2025"], dated) is None


def test_the_running_header_fixture() -> None:
    meeting = _meeting("beslutning_i-pdf-sidehoved-organ-og-dato-eneste-dato.pdf")
    assert meeting["date"].date() == dt.date(2025, 3, 27)
    assert meeting["forum"] == "Byrådet"


# --- a changed venue's note ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "place"),
    [
        (
            'Bakkehuset, Skolevej 4, lokale "Havestuen" NYT MØDESTED – oprindeligt planlagt i '
            "Rådhuset",
            'Bakkehuset, Skolevej 4, lokale "Havestuen"',
        ),
        (
            "Kulturhuset, sal 2 ÆNDRET MØDESTED (oprindeligt berammet: Rådhuset)",
            "Kulturhuset, sal 2",
        ),
        ("Biblioteket, mødelokale 1 (flyttet mødested)", "Biblioteket, mødelokale 1"),
    ],
)
def test_a_changed_venue_note_is_off(value: str, place: str) -> None:
    assert venue_change_off(value) == place


@pytest.mark.parametrize(
    "value",
    [
        "Rådhuset, mødelokale 3",
        "NYT MØDESTED: Kulturhuset, sal 2",  # (the note first: the place after it stays)
        "Mødestedet Havnen, Kajgade 2",
    ],
)
def test_a_place_without_such_a_note_stays(value: str) -> None:
    assert venue_change_off(value) == value


def test_the_field_reader_takes_the_note_off() -> None:
    head = _head(
        "Ældreudvalget\n\nMødedato: 3. juni 2025\n"
        "Mødested: Bakkehuset, lokale 2 NYT MØDESTED – oprindeligt planlagt i Rådhuset\n"
    )
    assert head.location == "Bakkehuset, lokale 2"


def test_the_changed_venue_fixture() -> None:
    meeting = _meeting("agenda-moedested-nyt-note-gammelt-sted.html")
    assert (
        meeting["location"]
        == 'Aktivitetscenter Bakkehuset, Skolevej 4, 7500 Holstebro, lokale "Havestuen"'
    )
