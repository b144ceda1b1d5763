"""Round thirty-four (layouts196: old minutes 1970-2008, OCR'd typewritten protocols,
amtsråd and kommuner that no longer exist): small rules."""

from __future__ import annotations

import datetime as dt

from analysis import dates
from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.evaluate import _label_numbers
from analysis.layouts import _former_kommune
from analysis.layouts.decision_column import decision_column_off
from analysis.layouts.header import _COUNCIL_PROTOCOL, _DATED_COUNCIL_MEETING, county_council
from analysis.layouts.yearless import _PROTOCOL_YEAR
from analysis.parse import to_lines


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def _cleans(text: str) -> list[str]:
    return [line.clean for line in to_lines(text)]


def test_ocr_item_numbers_read_as_figures():
    assert _cleans("Pkt. 3l2\nPunkt l.\n§ 1O.\nSag nr. l4") == [
        "Pkt. 312",
        "Punkt 1.",
        "§ 10.",
        "Sag nr. 14",
    ]
    # words are no numbers, nor is a number in running text
    assert _cleans("Punkt lukket\nPkt. 12\nSe pkt. l3 herom") == [
        "Punkt lukket",
        "Pkt. 12",
        "Se pkt. l3 herom",
    ]


def test_ocr_clock_times_read_as_figures():
    assert _cleans("Mødet hævet kl. 2l.05.\nkl. l9.30 på rådhuset") == [
        "Mødet hævet kl. 21.05.",
        "kl. 19.30 på rådhuset",
    ]
    assert _cleans("kl. lørdag") == ["kl. lørdag"]


def test_label_numbers_as_ocr_printed_them():
    assert _label_numbers([{"n": "3l2"}, {"n": "3l3"}, {"n": "320"}]) == [312, 313, 320]
    assert _label_numbers([{"n": "l"}, {"n": "2"}, {"n": "3"}]) == [1, 2, 3]
    # a lettered list stays lettered
    assert _label_numbers([{"n": "K"}, {"n": "L"}, {"n": "M"}]) == [11, 12, 13]


def test_decision_column_written_under_its_case():
    text = (
        "Sag:"
        + " " * 40
        + "Beslutning:\n"
        + "-" * 60
        + "\n"
        + "Punkt 2.  J.nr. 05.01.03"
        + " " * 20
        + "Vedtaget, idet arbejdet\n"
        + "Istandsættelse af mark-"
        + " " * 21
        + "udføres i foråret.\n"
        + "vejen ved Nørremølle.\n"
        + "Vejudvalget anbefaler.\n"
        + "-" * 60
        + "\n"
        + "Mødet hævet."
    )
    assert decision_column_off(text).split("\n") == [
        "Punkt 2.  J.nr. 05.01.03",
        "Istandsættelse af markvejen ved Nørremølle.",
        "Vejudvalget anbefaler.",
        "Beslutning:",
        "Vedtaget, idet arbejdet",
        "udføres i foråret.",
        "Mødet hævet.",
    ]
    # column heads close together are a field, no table
    plain = "Sag:  Beslutning:\nPunkt 1. Godkendt."
    assert decision_column_off(plain) == plain


def test_signed_protocol_and_decided_as_recommended_are_approved():
    assert _type("Underskrevet.") == "approved"
    assert _type("Besluttet som indstillet. Se lukket protokol.") == "approved"
    assert _type("Udvalget besluttede at holde borgermøde i oktober.") == "decided"


def test_council_named_by_its_meeting_word_or_protocol():
    assert _DATED_COUNCIL_MEETING.match("Kommunalbestyrelsesmøde tirsdag d. 23.05.95 kl. 19.30")
    assert _DATED_COUNCIL_MEETING.match("Byrådsmøde den 4. maj 1998")
    assert not _DATED_COUNCIL_MEETING.match("Byrådsmødet blev holdt i salen")
    m = _COUNCIL_PROTOCOL.search("THEM KOMMUNE Kommunalbestyrelsens forhandlingsprotokol")
    assert m and m.group("council").capitalize()[:-1] == "Kommunalbestyrelsen"


def test_county_council_as_running_head():
    assert county_council("KØBENHAVNS AMTSRÅD Side 47") == ("Københavns Amt", "Københavns Amtsråd")
    assert county_council("Fyns Amtsraad") == ("Fyns Amt", "Fyns Amtsråd")
    assert county_council("Fyns Amtsråd har besluttet at bygge") is None


def test_former_kommune_on_its_owner_line():
    assert _former_kommune("LEDØJE-SMØRUM KOMMUNE. 1971") == "Ledøje-Smørum Kommune"
    assert _former_kommune("THEM KOMMUNE Kommunalbestyrelsens forhandlingsprotokol") == (
        "Them Kommune"
    )
    # one of today's 98 is read as before, not as a former kommune
    assert _former_kommune("Vejen Kommune :: Dagsorden") is None


def test_protocol_year_typed_with_small_l():
    m = _PROTOCOL_YEAR.match("Aar l97l, tirsdag den 9. februar, kl. 19, afholdt Sogneraadet møde")
    assert m and m["y"] == "l97l"


def test_year_in_words_wrapped_after_its_og():
    found = dates._word_dates(
        "torsdag den ellevte september nitten hundrede og\nseksogfirs, kl. 15"
    )
    assert [d.date for d in found] == [dt.date(1986, 9, 11)]
    # the year cut after its "og" is no year 1900
    assert dates._word_dates("den ellevte september nitten hundrede og") == []
