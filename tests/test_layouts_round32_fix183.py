"""Thirty-second round (layouts183): minutes whose characters were damaged: quoted-printable
e-mail text, a DOS code page read as Windows-1252, Windows-1252 punctuation read as
Latin-1 (C1 codes), letters lost to U+FFFD, ASCII transliteration (ae/oe/aa)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _COVER_BODY, _short_year_meeting
from analysis.layouts.trailing_number import trailing_numbers
from analysis.parse import match_case_number
from analysis.read import Document, read_bytes, without_control_characters
from analysis.read.codepages import c1_as_cp1252, decode_quoted_printable, repair_dos_letters


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, None))


_MAIL_HEAD = (
    "From: A <a@example.dk>\nSubject: =?utf-8?Q?Referat_=C3=86ldrer=C3=A5det?=\n"
    'Content-Type: text/plain; charset="{charset}"\n'
    "Content-Transfer-Encoding: quoted-printable\n\n"
)


def test_quoted_printable_latin1_body_decoded_soft_breaks_joined() -> None:
    text = _MAIL_HEAD.format(charset="iso-8859-1") + "Punkt 2: Vandl=F8b ved H=F8j=\nby\n"
    fixed, n = decode_quoted_printable(text)
    assert fixed.endswith("Punkt 2: Vandløb ved Højby\n")
    assert "Subject: Referat Ældrerådet" in fixed  # the encoded word of the header
    assert n == 3


def test_quoted_printable_utf8_body_decoded() -> None:
    text = _MAIL_HEAD.format(charset="utf-8") + "Budget =E2=80=93 B=C3=B8rn\n"
    assert decode_quoted_printable(text)[0].endswith("Budget – Børn\n")


def test_quoted_printable_needs_its_header() -> None:
    # "=F8" and "=E6" with no header saying so are left as printed (a formula, a code)
    text = "Punkt 1: Beregning a=F8 og b=E6\n\nBeslutning: Godkendt.\n"
    assert decode_quoted_printable(text) == (text, 0)


def test_quoted_printable_warned_at_reading() -> None:
    data = (_MAIL_HEAD.format(charset="iso-8859-1") + "M=F8det\n").encode("ascii")
    doc = read_bytes(data, ".txt")
    assert "Mødet" in doc.text
    assert any("quoted-printable" in w for w in doc.warnings)


def test_dos_code_page_read_as_cp1252_repaired() -> None:
    text = "M\u203adedato: 11.03.08\nSted: R\u2020dhuset\nHjemmehj\u2018lp til \u2018ldre\n"
    fixed, n = repair_dos_letters(text)
    assert fixed == "Mødedato: 11.03.08\nSted: Rådhuset\nHjemmehjælp til ældre\n"
    assert n == 4


def test_dos_letters_need_evidence_and_no_real_letters() -> None:
    # a real quote and a guillemet in ordinary text: untouched
    assert repair_dos_letters("Han sagde \u2018ja\u2019 \u203a se bilag\n")[1] == 0
    # a text with æøå of its own is as meant
    text = "Mødet i R\u2020d \u203a x\u203ay x\u2018y\n"
    assert repair_dos_letters(text) == (text, 0)


def test_c1_codes_read_as_cp1252_punctuation() -> None:
    assert c1_as_cp1252("Regnskab \x96 \x93Pladsen\x94") == "Regnskab – “Pladsen”"
    doc = without_control_characters(Document("Budget \x96 status\x0b", "txt"))
    assert doc.text == "Budget – status\n"
    # beside a terminal's escape or DEL the C1 codes are junk as well: removed
    doc = without_control_characters(Document("Budget \x96 status\x1b\x7f", "txt"))
    assert doc.text == "Budget  status"


def test_case_number_with_a_lost_facet_letter() -> None:
    assert match_case_number("Acadre sagsnr.: 13.03.00-\ufffd60-2-18") == "13.03.00-\ufffd60-2-18"
    assert match_case_number("Sagsnr.: 24/1187 \ufffd") == "24/1187"
    assert match_case_number("Mange tak for m\ufffdet") is None


def test_transliterated_decisions_typed() -> None:
    assert _primary("Sagen udsaettes til naeste moede.") == "postponed"
    assert _primary("Ansoegningen blev ikke imoedekommet.") == "rejected"
    assert _primary("Sagen uds\ufffdttes.") == "postponed"
    # a text with æøå of its own is read as written ("oe", "aa" as meant) but for OCR's
    # "ae" inside a word, its æ where the scan read some and not others (sixtieth session)
    assert _primary("Ansoegningen blev ikke imoedekommet, så vi ser på det.") == "other"
    assert _primary("Sagen udsaettes, så vi ser på det.") == "postponed"


def test_plain_headings_numbered_last() -> None:
    text = "Sted: Rådhuset\n\nGodkendelse (punkt 1)\n\nBeslutning:\nGodkendt.\n\nSalg (punkt 2)\n"
    assert trailing_numbers(text) == (
        "Sted: Rådhuset\n\n1. Godkendelse\n\nBeslutning:\nGodkendt.\n\n2. Salg\n"
    )
    # a reference in running text (no blank line before it) is left as it is
    prose = "Sted: Rådhuset\nSe sagen ovenfor (punkt 1)\nog bilaget (punkt 2)\n"
    assert trailing_numbers(prose) == prose


def test_short_year_after_transliterated_meeting_word() -> None:
    found = _short_year_meeting("REFERAT fra moedet d. 7/9-11 kl. 14.00 i moedelokale 1")
    assert found is not None and found.date.isoformat() == "2011-09-07"


def test_cover_sentence_body_of_coordinated_compounds() -> None:
    m = _COVER_BODY.match("Her er referatet fra mandagens møde i Børne- og Ungeudvalget.")
    assert m is not None and m.group("body") == "Børne- og Ungeudvalget"
