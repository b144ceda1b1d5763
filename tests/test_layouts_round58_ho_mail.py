"""Fifty-eighth session, held-out sets, ho_mail: minutes that came by e-mail, and old texts.

A mail saved as its source opens with the servers' stamps ("Received: from … by …",
"Delivered-To: …") over its own fields ("Date:", "From:", "Subject:", the MIME fields):
the whole block is the mail's envelope (``layouts.text.mail_envelope``, whose
``_MAIL_HEADER`` reads those stamps too), so the day the mail was sent is never the
meeting's. A reply with no envelope of its own ("Den 12. mar. 2025 kl. 08.05 skrev
<name> <addr>:" over the answered mail, quoted with "> ") quotes the answered mail's
envelope ("> Fra: <name> <addr>" / "> Sendt: …" / "> Til: …" / "> Emne: …"): once
unquoted, a run of fields with a sender's address and a subject is an envelope too
(``text._addressed_envelope``), and the meeting's own date line below gives the day.

A mail-merged body writes each item's case in brackets under its title, labelled as the
case system files it by subject: "(Emne: EMN-2025-04417)" (``parse.match_case_number``:
the bracketed line read as the "Emne:" field is).

A text file from an old Mac is in Mac OS Roman, often with CR-only line ends: ø, æ, å
are the bytes 0xBF, 0xBE, 0x8C, which Windows-1252 shows as "¿", "¾", "Œ" ("Milj¿",
"RŒdhus", "Ð" for "–", "Õ" for "’"). ``read.text.decode`` reads such a file in that code
page where its bytes say so beyond doubt (``read.codepages.mac_roman_text``: several of
those letters inside words, no Windows or DOS æ, ø, å inside one).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.layouts.text import mail_envelope
from analysis.parse import match_case_number, to_lines
from analysis.pipeline import parse_bytes
from analysis.read.codepages import mac_roman_text
from analysis.read.text import decode

_FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def _parsed(name: str):  # noqa: ANN202 (the pipeline's result)
    return parse_bytes((_FIXTURES / "raw" / name).read_bytes(), name)


# --- a mail's envelope --------------------------------------------------------------

_SOURCE = """Return-Path: <post@example.dk>
Received: from smtp.example.dk by mx.example.net
Delivered-To: modtager@example.net
Date: Fri, 6 Jun 2025 10:12:44 +0200
From: Sekretariatet <post@example.dk>
Subject: Referat
MIME-Version: 1.0

Referat af mødet onsdag den 4. juni 2025 kl. 16.00"""


def test_a_mail_sources_server_stamps_and_its_date_are_the_envelope() -> None:
    lines = to_lines(_SOURCE)
    envelope = mail_envelope(lines)
    dated = next(ln for ln in lines if ln.clean.startswith("Date:"))
    assert dated.index in envelope
    assert lines[-1].index not in envelope


_QUOTED_ENVELOPE = """Tak for det.

Kirsten

Jens skrev:

Hej Kirsten, se nedenfor.

Fra: Sekretariatet <post@example.dk>
Sendt: torsdag, 5. juni 2025 kl. 09:30
Til: Jens Holm <jens@example.net>
Emne: Referat fra udvalgets møde

REFERAT
Onsdag 4. juni 2025, kl. 16:00"""


def test_a_quoted_envelope_under_a_reply_without_one_is_the_mails() -> None:
    lines = to_lines(_QUOTED_ENVELOPE)
    envelope = mail_envelope(lines)
    sent = next(ln for ln in lines if ln.clean.startswith("Sendt:"))
    assert sent.index in envelope
    assert lines[-1].index not in envelope


def test_fields_without_an_address_and_a_subject_are_no_envelope() -> None:
    # ("Fra:" / "Til:" / "Dato:" of a memo's own head: no sender's address, no subject)
    memo = "Notat\n\nFra: Forvaltningen\nTil: Udvalget\nDato: 4. juni 2025\n\nTekst."
    assert mail_envelope(to_lines(memo)) == set()


@pytest.mark.parametrize(
    ("name", "date", "start"),
    [
        ("generic-mail-kilde-received-felter.txt", dt.date(2025, 9, 9), "14:00"),
        ("running-svar-citeret-videresendt-kuvert.txt", dt.date(2025, 3, 10), "19:00"),
    ],
)
def test_the_meetings_date_wins_over_the_mails(name: str, date: dt.date, start: str) -> None:
    meeting = _parsed(name).tables["meetings"].iloc[0]
    assert meeting.date.date() == date
    assert meeting.start_time == start


# --- a mail-merged body's case ------------------------------------------------------


def test_a_bracketed_subject_number_is_the_case() -> None:
    assert match_case_number.__wrapped__("(Emne: EMN-2025-00187)") == "EMN-2025-00187"
    # (a subject in words is none)
    assert match_case_number.__wrapped__("(Emne: Budget 2026)") is None


def test_the_mail_merged_items_have_their_cases() -> None:
    items = _parsed("agenda-brevflet-mail-emne-emn-nummer.txt").tables["items"]
    assert [c if isinstance(c, str) else None for c in items.case_number] == [
        None,
        "EMN-2025-04417",
        "EMN-2024-01968",
        "EMN-2025-03305",
        None,
    ]


# --- Mac OS Roman -------------------------------------------------------------------

_MAC = "Børne- og Skoleudvalget\rMødet på Rådhuset – Næstformand’s punkt\rÅbent møde\r"


def test_mac_roman_bytes_are_read_in_that_code_page() -> None:
    text, encoding, warnings = decode(_MAC.encode("mac_roman"))
    assert (text, encoding, warnings) == (_MAC, "mac_roman", [])


def test_windows_text_with_its_own_letters_is_no_mac_text() -> None:
    # ("¿" once in a Windows text that writes ø itself)
    data = "Mødet¿ om Næstved Rådhus".encode("cp1252")
    assert mac_roman_text(data) is None
    assert decode(data)[1] == "cp1252"


def test_a_dos_text_is_no_mac_text() -> None:
    assert mac_roman_text("Mødet på Rådhuset i Næstved, Børneudvalget".encode("cp865")) is None


def test_the_mac_fixture_reads_its_letters() -> None:
    result = _parsed("generic-mac-roman-cr-linjeskift.txt")
    assert result.manifest["encoding"] == "mac_roman"
    meeting = result.tables["meetings"].iloc[0]
    assert meeting.forum == "Miljø- og Teknikudvalget"
    assert meeting.location == "Aars Rådhus, udvalgsværelse 2"
    assert result.tables["items"].title.iloc[0] == "Renovering af broen over Simested å – tilbud"
