"""Nineteenth round (fix51): internal leadership and coordination forums' own minutes."""

from __future__ import annotations

import io

import docx

from analysis.parse import Line, _title_continuation
from analysis.read import read_bytes


def _docx_text(paragraphs: list[tuple[str, bool, bool]]) -> str:
    document = docx.Document()
    for text, bold, underline in paragraphs:
        run = document.add_paragraph().add_run(text)
        run.bold, run.underline = bold, underline
    buf = io.BytesIO()
    document.save(buf)
    return read_bytes(buf.getvalue(), ".docx").text


def test_bold_underlined_paragraph_is_a_heading_bold_alone_is_not() -> None:
    text = _docx_text(
        [
            ("Vejcentret", True, False),
            ("Vintertjeneste", True, True),
            ("Beslutning", True, False),
            ("Det blev aftalt at saltet bestilles i dag.", True, True),
        ]
    )
    lines = text.split("\n")
    assert "## Vintertjeneste" in lines
    assert "Vejcentret" in lines and "Beslutning" in lines
    # a sentence set bold and underlined for emphasis stays text
    assert "Det blev aftalt at saltet bestilles i dag." in lines


def test_item_text_of_two_sentences_is_no_wrapped_title() -> None:
    body = [
        Line(1, "", 0),
        Line(2, "Chefen gennemgik tallene. Der mangler to stillinger.", 0),
        Line(3, "", 0),
        Line(4, "Sagsnr.: 24/5521", 0),
    ]
    assert _title_continuation("Rekruttering", body, None) == []
    wrapped = [Line(1, "på ældreområdet", 0), Line(2, "Sagsnr.: 24/5521", 0)]
    assert _title_continuation("Rekruttering af personale", wrapped, None) == wrapped[:1]


def test_outcome_line_under_the_title_without_a_blank_line() -> None:
    from analysis.layouts.outcome import _leads_with_outcome, outcome_line

    assert outcome_line("Udsat til november, da tallene mangler.")
    assert outcome_line("Udsættes til januar, idet aftalen ikke er på plads.")
    assert not outcome_line("Udsat til fordel for en ny løsning i kommunen")
    assert _leads_with_outcome(["Godkendt. Start i maj.", "Projektet omfatter to veje."])
    # a wrapped sentence's first line is no outcome of its own
    assert not _leads_with_outcome(["Godkendt af byrådet i 2019 og siden", "udvidet to gange."])


def test_agenda_table_with_a_purpose_column_heads_the_contents() -> None:
    from analysis.layouts.headings import _TOC_HEAD

    assert _TOC_HEAD.match("Nr.\tEmne\tTil")
    assert _TOC_HEAD.match("Pkt.\tEmne\tBehandling")


def test_meeting_over_days_is_dated_by_its_first_day() -> None:
    import datetime as dt

    from analysis.dates import find_date, first_day

    def first(text: str) -> dt.date:
        return first_day(text, find_date(text))

    assert first("Hvornår: 2.–3. april 2025, kl. 9") == dt.date(2025, 4, 2)
    assert first("den 28. februar - 1. marts 2024") == dt.date(2024, 2, 28)
    # a number before the date, no day of a range ("punkt 2 - 3. april 2025", "kl. 9.30 -")
    assert first("punkt 2 - 3. april 2025") == dt.date(2025, 4, 3)
    assert first("kl. 9.30 - 3. april 2025") == dt.date(2025, 4, 3)
    assert first("1.-20. marts 2025") == dt.date(2025, 3, 20)  # no meeting: a period


def test_decision_label_and_text_joined_by_a_dash() -> None:
    from analysis.parse import BodyRules, _dash_decision

    rules = BodyRules()
    assert _dash_decision("Konklusion – Drøftet.", rules) is not None
    assert _dash_decision("Beslutning - Godkendt.", rules).group("text") == "Godkendt."
    assert _dash_decision("Status – alle var tilfredse.", rules) is None
    assert _dash_decision("Økonomi – to mio. kr. mangler.", rules) is None


def test_refusal_with_its_reason_is_an_outcome() -> None:
    from analysis.layouts.outcome import outcome_line

    assert outcome_line("Ikke godkendt – gruppen finder prisen for høj.")
    assert outcome_line("Ikke tiltrådt, idet der mangler finansiering.")
    assert not outcome_line("Ikke godkendte udgifter skal bogføres særskilt.")


def test_case_number_opening_the_case_text() -> None:
    from analysis.parse import _CASE_THEN_TEXT

    m = _CASE_THEN_TEXT.match("Sag: 27.00.00-A00-9-22. Forslag om et fælles forum.")
    assert m and m.group("case") == "27.00.00-A00-9-22" and m.group("rest").startswith("Forslag")
    assert _CASE_THEN_TEXT.match("Sagsnr.: 24/118. Sagen er lukket.").group("case") == "24/118"
    assert _CASE_THEN_TEXT.match("Sagen blev drøftet. Der var enighed.") is None


def test_med_committee_with_a_comma_before_its_area_is_a_body() -> None:
    from analysis.layouts.header import looks_like_body

    assert looks_like_body("LokalMED, Børn og Familie – Område Øst")
    assert looks_like_body("OmrådeMED, Teknik og Miljø")
    assert looks_like_body("Tværgående netværk for velfærdsteknologi")
    assert not looks_like_body("Vi har MED, og det går godt")
