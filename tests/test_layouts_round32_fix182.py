"""Round thirty-two (layouts182: volunteers' and citizen bodies' minutes): small rules."""

from __future__ import annotations

import datetime as dt

from analysis import dates
from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.ad_points import ad_points
from analysis.layouts.header import _TIME_AFTER_PLACE, _weekday_meeting_at_end
from analysis.layouts.headings import Contents, Head, TocEntry
from analysis.layouts.yearless import with_footer_year
from analysis.parse import to_lines


def _type(text: str, forum: str = "Lokalrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_footer_gives_the_year_of_a_meeting_line_without_one():
    text = (
        "Lokaludvalget\n\nTidspunkt: tirsdag d. 8/10 kl. 19.00\n\nPunkt 1: Dagsorden\nGodkendt.\n\n"
        "Lokaludvalget · Referat 08.10.2024          side 1 af 1\n"
    )
    lines = to_lines(text)
    dated = with_footer_year(lines, 4)
    assert dated is not None
    assert dates.find_date(dated[2].clean).date == dt.date(2024, 10, 8)
    # the footer's month and a two-digit year ("nov. 23"), the weekday vouching
    pdf = (
        "Referat fra møde torsdag d. 9. november kl. 14 i Cafeen\n\n1. Punkt\n\n"
        "Referat nov. 23 - side 1\n"
    )
    dated = with_footer_year(to_lines(pdf), 1)
    assert dated is not None and dates.find_date(dated[0].clean).date == dt.date(2023, 11, 9)
    # a weekday that is not the date's in the footer's year: nothing
    wrong = text.replace("tirsdag", "onsdag")
    assert with_footer_year(to_lines(wrong), 4) is None
    # no footer naming the document's kind: nothing
    assert with_footer_year(to_lines(text.replace("Referat ", "")), 4) is None


def test_short_weekday_in_a_date_field():
    assert dates.field_date("ons 14/9-22, 16:30-18:30") == dt.date(2022, 9, 14)
    assert dates.field_date("tors. 6/3-25") == dt.date(2025, 3, 6)
    assert dates.field_date("onsdag 14/9-22") == dt.date(2022, 9, 14)
    assert dates.field_date("ost 14/9-22") is None


def test_meeting_kind_and_short_date_alone_title_the_minutes():
    found = _weekday_meeting_at_end("Bestyrelsesmøde 16.09.08")
    assert found is not None and found.date == dt.date(2008, 9, 16)
    # a sentence, or more than the kind and the date: no date
    assert _weekday_meeting_at_end("Vi holdt bestyrelsesmøde 16.09.08") is None
    assert _weekday_meeting_at_end("Bestyrelsesmøde 16.09.08 og 17.09.08") is None


def test_hour_as_a_sentence_after_the_place():
    value = "Forsamlingshuset, det lille lokale. Kl. 19.30"
    m = _TIME_AFTER_PLACE.search(value)
    assert m is not None and value[: m.start()] == "Forsamlingshuset, det lille lokale"
    assert _TIME_AFTER_PLACE.search("Lokale 3. Kaffe fra kl. 19") is None


def test_ad_lines_answer_the_listed_points():
    text = (
        "Dagsorden:\n1. Referat\n2. Stier\n3. Kassen\n\n"
        "Ad 1)\nGodkendt.\n\nAd 2)\nOle har talt med forældre.\n\n"
        "Ad.3) Økonomi\nTaget til efterretning.\n"
    )
    lines = to_lines(text)
    toc = Contents(
        [
            TocEntry(t, None, p, n)
            for n, (t, p) in enumerate((("Referat", 1), ("Stier", 2), ("Kassen", 3)), 1)
        ],
        {0, 1, 2, 3},
        4,
    )
    cands = [Head(5, 1, ""), Head(8, 2, "Ole har talt med forældre.", (9,)), Head(11, 3, "Økonomi")]
    heads = ad_points([], cands, lines, toc)
    assert [(h.number, h.title, h.consumed) for h in heads] == [
        (1, "Referat", ()),
        (2, "Stier", ()),
        (3, "Kassen", ()),
    ]
    # a point without its "Ad" line: the headings as they were
    assert ad_points([], cands[:2], lines, toc) == []


def test_nothing_decided_and_taken_up_again_is_postponed():
    assert (
        _type("Ikke noget endeligt besluttet, vi tager det op igen på aprilmødet.") == "postponed"
    )
    assert _type("Ingen beslutning – tages op igen når vi kender prisen.") == "postponed"


def test_a_volunteer_body_agreeing_has_decided():
    assert _type("Der var enighed om at sende et brev til kommunen.") == "decided"
    assert _type("Marianne overtager hjemmesiden. Alle enige.") == "decided"
    assert _type("Der var ikke enighed om forslaget.") != "decided"
    assert _type("Alle fik ordet.") != "decided"
    # another trigger says what the agreement was: that one
    assert _type("Drøftet. Der var enighed om at bruge den nationale måling.") == "discussed"
