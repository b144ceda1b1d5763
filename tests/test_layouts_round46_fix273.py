"""The forty-sixth round's rules for scanned and typed minutes of 1995-2010 (layouts273):
a KLE journal number with its facet after a space, a route's decisions dated with
two-digit years, OCR's l and O for figures in a decision heading's day and a clock time,
a decision heading hyphenated over two lines, decisions set off by their indentation
alone, a letterhead repeated as every page's header, a header of two columns of two
lines, a place and a month wrapped over a line's end, a received stamp's date, an owner
line OCR'd with a small l for its I, a title wrapped after a number's hyphen, and a
decision wrapped after "som"."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import parse
from analysis.enrich import decisions
from analysis.layouts import _capital_i, _letterhead_on_top, header, parse_text
from analysis.layouts.header_columns import unmixed_header_columns
from analysis.layouts.indented_outcomes import indented_outcomes
from analysis.layouts.text import unbreak_labels
from analysis.layouts.wrapped_month import months_rejoined
from analysis.parse import BodyRules, Line

# --- a KLE journal number, its facet after a space ----------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("J.nr. 05.01.02 G01", "05.01.02 G01"),
        ("J.NR.: 01.02.05 P16", "01.02.05 P16"),
        ("Sagsnr. 28.03.00 Ø00, bilag 2", "28.03.00 Ø00"),
        ("J.nr. 05.01.02", "05.01.02"),  # the subject alone stays as it was
        ("J.nr. 05.01.02 Vej", "05.01.02"),  # a word after it is no facet
        ("J.nr. 00.01A00 - 10/17022", "10/17022"),  # a class and the case's own number
    ],
)
def test_kle_subject_with_its_facet_after_a_space(line: str, case: str) -> None:
    assert parse.match_case_number(line) == case


# --- a route's decisions dated with two-digit years ---------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("KB 23.02.98:", ("KB", dt.date(1998, 2, 23))),
        ("ØU 11.02.98:", ("ØU", dt.date(1998, 2, 11))),
        ("TU 5.2.04:", ("TU", dt.date(2004, 2, 5))),
        ("KB 30.04.2008:", ("KB", dt.date(2008, 4, 30))),
        ("KB 23.02.98", None),  # no colon: a short year needs it
        ("KB 23-02-98:", None),  # dots only, as such a protocol types them
    ],
)
def test_abbreviated_body_and_a_two_digit_year(
    text: str, found: tuple[str, dt.date] | None
) -> None:
    assert parse.decision_heading(text) == found


def test_the_route_before_the_council_is_case_history() -> None:
    rules = BodyRules(meeting_date=dt.date(1998, 2, 23), forum="Kommunalbestyrelsen")
    assert parse.heading_key(Line(0, "KB 23.02.98:", 0), rules)[0] == "beslutning"
    assert parse.heading_key(Line(0, "ØU 11.02.98:", 0), rules)[0] == "tidligere_beslutning"


# --- OCR's l and O for figures --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Beslutning i Udvalget den l9-05-2009:", ("Udvalget", dt.date(2009, 5, 19))),
        ("Beslutning i Udvalget den 2l.05.2009:", ("Udvalget", dt.date(2009, 5, 21))),
        ("Beslutning i Udvalget den l-05-2009:", ("Udvalget", dt.date(2009, 5, 1))),
        ("Beslutning i Udvalget den lille sal:", None),  # a word, no date
        ("Beslutning i Udvalget den l9-05:", None),  # no year: no date to mend
    ],
)
def test_ocr_l_in_a_decision_headings_day(text: str, found: tuple[str, dt.date] | None) -> None:
    assert parse.decision_heading(text) == found


def test_ocr_l_in_a_decision_headings_day_heads_this_meetings_decision() -> None:
    rules = BodyRules(meeting_date=dt.date(2009, 5, 19), forum="Kultur- og Fritidsudvalget")
    line = Line(0, "Beslutning i Kultur- og Fritidsudvalget den l9-05-2009:", 0)
    assert parse.heading_key(line, rules)[0] == "beslutning"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Mødet kl. 19.3O", "Mødet kl. 19.30"),
        ("Mødet kl. 19.OO", "Mødet kl. 19.00"),
        ("Mødet kl. l9.30", "Mødet kl. 19.30"),
        ("kl. 19.30 i OO-lokalet", "kl. 19.30 i OO-lokalet"),  # the figures are whole
    ],
)
def test_ocr_figures_in_a_clock_time(text: str, read: str) -> None:
    assert parse.to_lines(text)[0].clean == read


# --- a decision heading hyphenated over two lines -----------------------------------------


def test_decision_heading_hyphenated_in_the_bodys_name() -> None:
    lines = parse.to_lines(
        "Beslutning i Teknik- og Miljø-\n\nudvalget den 3. september 2009:\nGodkendt."
    )
    out = unbreak_labels(lines)
    assert out[0].clean == "Beslutning i Teknik- og Miljøudvalget den 3. september 2009:"
    assert [ln.clean for ln in out[1:]] == ["", "", "Godkendt."]


@pytest.mark.parametrize(
    "text",
    [
        "Vi har drøftet vej-\nbelysningen i byen:",  # prose: the joined line heads nothing
        "Beslutning i Teknik- og Miljø-\nUdvalget den 3. september 2009:",  # a capital
        "Beslutning i Teknik- og Miljø-\nudvalget den 3. september 2009",  # no colon
    ],
)
def test_other_hyphenated_lines_stay(text: str) -> None:
    lines = parse.to_lines(text)
    assert unbreak_labels(lines) == lines


# --- decisions set off by their indentation alone -----------------------------------------

_INDENTED = """Ad 1)   Orientering
______________________________________________________________________

Borgmesteren orienterede om trafikplanen.

          Udvalget tog orienteringen til efterretning.

Ad 2)   Klage over vejbidrag
______________________________________________________________________

Forvaltningen indstiller, at klagen afvises.

          Udvalget godkendte indstillingen.

Ad 3)   Skolekørsel
______________________________________________________________________

          Forvaltningen genberegner ruterne til næste møde.
"""


def test_indented_paragraphs_are_the_decisions() -> None:
    out = indented_outcomes(_INDENTED).split("\n")
    assert out.count("Beslutning:") == 3
    assert out[out.index("Beslutning:") + 1].strip().startswith("Udvalget tog")
    assert len(out) == len(_INDENTED.split("\n"))  # no line moved


@pytest.mark.parametrize(
    "text",
    [
        # the minutes label their decisions themselves
        _INDENTED + "\nUdvalgets beslutning:\nGodkendt.\n",
        # one indented outcome only: no mark of the minutes
        _INDENTED.replace("          Udvalget godkendte", "Udvalget godkendte"),
        # the case's text indented as deep as the outcomes: a page's layout, no mark
        "\n".join(
            ln if not ln or ln.startswith(("Ad ", "_", " ")) else "          " + ln
            for ln in _INDENTED.split("\n")
        ),
    ],
)
def test_indentation_is_no_decision_mark(text: str) -> None:
    assert indented_outcomes(text) == text


def test_footers_and_tables_are_no_decisions() -> None:
    text = (
        _INDENTED
        + "\n                                                 Protokol 2002, blad 4\n"
        + "\n          Tilskud til foreninger       20.000 kr.\n"
        + "          Tilskud til klubber          15.000 kr.\n"
    )
    out = indented_outcomes(text).split("\n")
    assert out.count("Beslutning:") == 3


# --- a letterhead repeated as every page's header -------------------------------------------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("STENLØSE KOMMUNE TEKNISK UDVALG", "TEKNISK UDVALG"),
        ("HOLBÆK KOMMUNE ØK0NOMIUDVALGET", "ØK0NOMIUDVALGET"),
        ("Varde Kommune Børne- og Undervisningsudvalget", "Børne- og Undervisningsudvalget"),
        ("STENLØSE KOMMUNE", None),  # the owner alone
        ("STENLØSE KOMMUNE Side 3", None),  # a page number, no body
        ("Teknisk Udvalg", None),  # no owner beside it
    ],
)
def test_letterhead_body(line: str, body: str | None) -> None:
    assert header.letterhead_body(line) == body


def test_letterhead_on_top_in_its_own_form() -> None:
    lines = parse.to_lines("\nHOLBÆK KOMMUNE       ØK0NOMIUDVALGET\nProtokol 2002\n")
    assert _letterhead_on_top(lines) == "Økonomiudvalget"
    assert _letterhead_on_top(parse.to_lines("Referat\nHOLBÆK KOMMUNE ØKONOMIUDVALGET")) is None


def test_forum_in_capitals_with_an_ocr_zero() -> None:
    text = (
        "HOLBÆK KOMMUNE          ØK0NOMIUDVALGET\n\nMøde tirsdag den 14. maj 2002, kl. 16.30\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    )
    assert parse_text(text).forum == "Økonomiudvalget"


# --- a header of two columns of two lines -----------------------------------------------------


def test_two_column_header_of_two_lines() -> None:
    text = (
        "   Mødedato: 07.03.01            Mødested: Mødelokale C,\n"
        "   Mødetid:  Kl. 18.30 - 21.10             Rådhuset, Stenløse\n\nFraværende: Ingen.\n"
    )
    lines = unmixed_header_columns(text).split("\n")
    assert "Mødested: Mødelokale C, Rådhuset, Stenløse" in lines
    assert len(lines) == len(text.split("\n"))


def test_two_column_header_of_two_lines_with_no_blank_line_under_it_stays() -> None:
    text = (
        "   Mødedato: 07.03.01            Mødested: Mødelokale C,\n"
        "   Mødetid:  Kl. 18.30 - 21.10             Rådhuset, Stenløse\n"
        "Fraværende: Ingen, men to af medlemmerne kom først til mødet kl. 19.15.\n"
    )
    assert unmixed_header_columns(text) == text


def test_two_fields_side_by_side_that_never_wrap_stay() -> None:
    text = "   Mødedato: 07.03.01            Mødested: Rådhuset\n   Mødetid:  Kl. 18.30\n"
    assert unmixed_header_columns(text) == text


# --- a place and a month wrapped over a line's end ------------------------------------------


def _head(text: str) -> header.Header:
    return header.read_header(parse.to_lines(text), set(), set())


def test_place_wrapped_after_a_preposition() -> None:
    head = _head(
        "til ordinært møde i Lemvig Byråd tirsdag den\n14. november 1995 kl. 19.00 i Mødesalen "
        "på\nLemvig Rådhus, Rådhusgade 2.\n"
    )
    assert head.location == "Mødesalen på Lemvig Rådhus, Rådhusgade 2"


def test_place_wrapped_before_more_text_stays() -> None:
    head = _head("14. november 1995 kl. 19.00 i Mødesalen på\nLemvig Rådhus, hvor der er kaffe\n")
    assert head.location == "Mødesalen på"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "møde torsdag den 11. no-\n      vember 2004, kl. 10.00 i lokale 2.\nTil stede: X",
            "møde torsdag den 11. november 2004, kl. 10.00 i lokale 2.\n\nTil stede: X",
        ),
        ("den 3. de- \ncember 1999 kl. 9", "den 3. december 1999 kl. 9\n"),
        ("den 3. maj-\nhave 2004", "den 3. maj-\nhave 2004"),  # no month's name
        ("den 3. no-\nvember i år", "den 3. no-\nvember i år"),  # no year after it
        ("et bo-\nligområde 2004", "et bo-\nligområde 2004"),  # no day before it
    ],
)
def test_month_hyphenated_over_a_line_end(text: str, read: str) -> None:
    assert months_rejoined(text) == read


def test_month_below_the_header_stays() -> None:
    text = "x\n" * 1600 + "den 11. no-\nvember 2004"
    assert months_rejoined(text) == text


# --- a received stamp, an owner line's OCR'd I ------------------------------------------------


def test_received_stamp_dates_no_meeting() -> None:
    head = _head("MODTAGET\n14. OKT. 1996\n\nOnsdag den 9. oktober 1996 kl. 19.30 i mødesalen.\n")
    assert head.date == dt.date(1996, 10, 9)


def test_received_stamp_alone_still_dates_the_minutes() -> None:
    head = _head("Modtaget d. 14. oktober 1996\nKommunalbestyrelsen\n")
    assert head.date == dt.date(1996, 10, 14)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("lSHØJ KOMMUNE", "ISHØJ KOMMUNE"),
        ("lKAST-BRANDE KOMMUNE", "IKAST-BRANDE KOMMUNE"),
        ("lokale 2", "lokale 2"),  # a word in small letters
        ("lB", "lB"),  # one capital after it: no name
    ],
)
def test_small_l_for_a_capital_i(text: str, read: str) -> None:
    assert _capital_i(text) == read


# --- a title wrapped after a number's hyphen; a decision wrapped after "som" ---------------


@pytest.mark.parametrize(
    ("first", "rest", "joined"),
    [
        ("ETABLERING AF 2-", "SPORET CYKELSTI", "ETABLERING AF 2-SPORET CYKELSTI"),
        ("Nedsættelse af et § 17, stk. 4-", "udvalg", "Nedsættelse af et § 17, stk. 4-udvalg"),
        ("Budget 2025-", "2028", "Budget 2025-2028"),
        ("Takster 2024-", "og 2025", "Takster 2024- og 2025"),  # the hyphen for a part left out
        ("Kultur-", "og Fritidsudvalget", "Kultur- og Fritidsudvalget"),
    ],
)
def test_title_wrapped_after_a_hyphen(first: str, rest: str, joined: str) -> None:
    assert parse.join_wrapped(first, rest) == joined


def test_grant_wrapped_after_som_is_decided() -> None:
    text = "Tillægsbevillingen på 80.000 kr. blev bevilget som\nindstillet."
    assert decisions.classify_decision(text, "Byrådet")[0][0] == "decided"
