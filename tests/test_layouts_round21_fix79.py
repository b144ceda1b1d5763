"""Twenty-first round, volunteers' minutes (layouts79): a meeting line without a year."""

from __future__ import annotations

import datetime as dt

from analysis.layouts import parse_text
from analysis.read.pdf import _furniture_year

_BODY = """
{title}

{when}

Til stede: Ane Holm, Per Lund
Afbud: Kim Aagaard

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Nye bænke ved søen
Beslutning: Godkendt.
"""


def _meeting(title: str, when: str):
    return parse_text(_BODY.format(title=title, when=when))


def test_yearless_meeting_line_takes_the_titles_year() -> None:
    m = _meeting(
        "Referat bestyrelsesmøde Vestby Lokalråd november 2023",
        "Torsdag d. 16/11 kl. 19.00 i Vestby Forsamlingshus",
    )
    assert m.date == dt.date(2023, 11, 16)
    assert m.start_time == "19:00"
    assert m.location == "Vestby Forsamlingshus"


def test_weekday_that_does_not_fit_the_year_dates_nothing() -> None:
    # 16 November 2023 was a Thursday: a Monday says the title's year is not the meeting's
    try:
        m = _meeting(
            "Referat bestyrelsesmøde Vestby Lokalråd november 2023", "Mandag d. 16/11 kl. 19.00"
        )
    except Exception as exc:  # NotMinutes: no date
        assert "date" in str(exc)
    else:
        assert m.date != dt.date(2023, 11, 16)


def test_a_date_in_a_sentence_is_no_meeting_line() -> None:
    try:
        m = _meeting(
            "Referat bestyrelsesmøde Vestby Lokalråd november 2023", "Fristen er 16/11, husk det."
        )
    except Exception as exc:
        assert "date" in str(exc)
    else:
        assert m.date is None or m.date.day != 16


def test_pdf_page_header_gives_the_year_only_where_the_top_has_none() -> None:
    running = ["Vestby Lokalråd · Referat november 2023"]
    assert _furniture_year(running, "Vestby Lokalråd\nTorsdag 16/11 kl. 19.00\n") == running[0]
    assert _furniture_year(running, "Torsdag 16. november 2023 kl. 19.00\n") is None


def test_volunteers_outcome_lines_without_label() -> None:
    from analysis.layouts.outcome import outcome_line

    assert outcome_line("Vi blev enige om at købe nye borde.")
    assert outcome_line("Tak for oplægget. Vi blev enige om at spørge kommunen.")
    assert outcome_line("Bestyrelsen blev enige om at holde fast i datoen.")
    assert outcome_line("Udskudt til næste møde, da kassereren var syg.")
    assert outcome_line("Punktet udsættes, da tilbuddet mangler.")
    assert outcome_line("Intet til referat.")
    # background, not the outcome
    assert not outcome_line("Vi blev mange flere end ventet til festen.")
    assert not outcome_line("Sagen udsættes ofte i kommunen.")


def test_pdf_label_alone_starts_its_own_line() -> None:
    from analysis.read.pdf import _label_alone

    assert _label_alone("Rådets beslutning:")
    assert _label_alone("Beslutning:")
    assert not _label_alone("og derfor følgende:")


def test_attachments_line_opening_a_decision_is_no_decision() -> None:
    from analysis.layouts.decision_attachments import _split

    assert _split("Bilag 1: Plan. Bilag 2: Kort.\nRådet anbefaler planen.") == (
        "Bilag 1: Plan. Bilag 2: Kort.",
        "Rådet anbefaler planen.",
    )
    assert _split("Bilag 1: Plan.") is None  # nothing else could be the decision
    assert _split("Bilagene blev gennemgået.\nGodkendt.") is None


_POST = """Bjergby Lokalråd

Referat fra bestyrelsesmødet

Opslået {posted}

Bestyrelsen mødtes {when} i klubhuset.

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Nye bænke
Beslutning: Godkendt.
"""


def test_news_post_dated_by_the_meeting_in_its_prose() -> None:
    m = parse_text(
        _POST.format(posted="14.11.2024", when="tirsdag aften den 12. november kl. 19.30")
    )
    assert m.date == dt.date(2024, 11, 12)
    assert m.start_time == "19:30"
    # a meeting in December posted in January: the year before the post
    m = parse_text(_POST.format(posted="05.01.2025", when="mandag den 30. december kl. 19"))
    assert m.date == dt.date(2024, 12, 30)


def test_news_post_weekday_that_does_not_fit_keeps_the_posting_day() -> None:
    m = parse_text(_POST.format(posted="14.11.2024", when="fredag den 12. november kl. 19.30"))
    assert m.date == dt.date(2024, 11, 14)
