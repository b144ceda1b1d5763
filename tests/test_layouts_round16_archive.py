"""The building blocks for archival minutes met in the sixteenth round (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

import datetime as dt

from analysis.parse import BodyRules, Line, heading_key
from analysis.read.item_table import item_rows

_RULES = BodyRules(meeting_date=dt.date(2006, 3, 8), forum="Socialudvalget")


def _key(text: str) -> str | None:
    found = heading_key(Line(0, text, 0), _RULES)
    return found[0] if found else None


def test_capitals_genitive_decision_heading() -> None:
    assert _key("SOCIALUDVALGETS BESLUTNING DEN 08.03.2006:") == "beslutning"
    assert _key("SOCIALUDVALGETS BESLUTNING:") == "beslutning"
    # another body's, or another date's: the case's history
    assert _key("ØKONOMIUDVALGETS BESLUTNING DEN 01.03.2006:") == "tidligere_beslutning"
    assert _key("SOCIALUDVALGETS BESLUTNING DEN 01.02.2006:") == "tidligere_beslutning"
    # the heading is returned as printed
    assert heading_key(Line(0, "SOCIALUDVALGETS BESLUTNING:", 0), _RULES) == (
        "beslutning",
        "SOCIALUDVALGETS BESLUTNING",
    )


def test_capitals_without_genitive_decision_are_no_heading() -> None:
    assert _key("SALG AF AREAL I ERHVERVSOMRÅDE HAVNEN - LUKKET SAG") is None
    assert _key("BUDGET 2007 - 2. BEHANDLING") is None
    assert _key("Forvaltningens beslutning blev ikke fulgt af udvalget i 2005.") is None


def test_item_table_number_cell_with_the_items_word() -> None:
    rows = [
        [["Punkt"], ["Emne"], ["Referat"]],
        [["Punkt 1."], ["Godkendelse af dagsorden"], ["Aftale:", "Godkendt."]],
        [["Pkt. 2"], ["Budget", "Sagsnr.: 2016-012345"], ["Drøftet."]],
    ]
    out = item_rows(rows)
    assert out is not None
    assert "## 1. Godkendelse af dagsorden" in out
    assert "## 2. Budget" in out
    # a number cell with other words in it is still no item's number
    rows[2][0] = ["Se bilag 2"]
    assert item_rows(rows) is None


def test_committee_menu_under_udvalg_is_no_forum_field() -> None:
    from analysis.layouts import parse_text

    menu = "\n".join(
        [
            "Udvalg",
            "Byrådet",
            "Økonomiudvalget",
            "Teknik- og Miljøudvalget",
            "",
            "## ØKONOMIUDVALGET",
            "",
            "Mødedato: 17-05-2011",
            "",
            "1. Godkendelse af dagsorden",
            "",
            "Beslutning:",
            "Godkendt.",
            "",
            "2. Meddelelser",
            "",
            "Beslutning:",
            "Taget til efterretning.",
        ]
    )
    assert parse_text(menu).forum.casefold() == "økonomiudvalget"
    # "Udvalg" over one body is the field: its value is the forum
    field = menu.replace("Økonomiudvalget\nTeknik- og Miljøudvalget\n", "")
    assert parse_text(field.replace("## ØKONOMIUDVALGET", "")).forum == "Byrådet"


def _parts(sections: bool) -> str:
    rows = []
    for k, title in enumerate(["Godkendelse af dagsorden", "Budget 2020", "Skolestruktur"], 1):
        rows += [f"## 3.{k} {title}", ""]
        rows += ["Formål: orientering", ""] if sections else [f"Sagsnr.\tSag: 17.00.00-A00-{k}-19"]
        rows += ["Udvalgets beslutning\tGodkendt.", ""]
    head = [
        "## Skoleudvalget",
        "",
        "Dato: 9. september 2019",
        "",
        "1. Referat",
        "",
        "3. Punkter",
        "",
    ]
    return "\n".join(head + rows)


def test_items_numbered_within_a_part_are_numbered_by_place() -> None:
    from analysis.layouts import parse_text

    meeting = parse_text(_parts(sections=False))
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget 2020"),
        (3, "Skolestruktur"),
    ]
    assert meeting.items[1].case_number == "17.00.00-A00-2-19"


def test_part_numbers_without_evidence_are_no_items() -> None:
    from analysis.layouts import headings
    from analysis.parse import to_lines

    # "3.1 …" headings with no case line under them (an item's own numbered sections)
    lines = to_lines(_parts(sections=True).replace("Udvalgets beslutning\tGodkendt.", "Tekst."))
    assert all(
        h.title not in ("Budget 2020", "Skolestruktur") for h in headings.candidates(lines, set())
    )


def test_evaluator_reads_part_numbers_by_place() -> None:
    from analysis.evaluate import _label_numbers

    assert _label_numbers([{"n": "3.1"}, {"n": "3.2"}, {"n": "3.3"}]) == [1, 2, 3]
    assert _label_numbers([{"n": 1}, {"n": "2"}]) == [1, 2]


def test_meeting_line_with_a_two_digit_year() -> None:
    from analysis.layouts.header import _short_year_meeting

    found = _short_year_meeting("Referat - møde 12.03.07 kl. 19.00 på Rådhuset")
    assert found is not None
    assert (found.date, found.time) == (dt.date(2007, 3, 12), "19:00")
    old = _short_year_meeting("Mode den 04.11.98 kl. 15.30 i Byrådssalen")
    assert old is not None and old.date == dt.date(1998, 11, 4)
    # without the meeting's word or the clock time such numbers may be anything
    assert _short_year_meeting("Dagsordenen udsendt den 21.01.10.") is None
    assert _short_year_meeting("J.nr. 05.04.00 kl. 3.00") is None
    assert _short_year_meeting("møde 31.02.07 kl. 19.00") is None  # no such day


def _header(*title: str):
    from analysis.layouts.header import read_header
    from analysis.parse import to_lines

    return read_header(to_lines("\n".join(title)), set(), set())


def test_title_sentence_held_on_its_date() -> None:
    head = _header(
        "Referat af møde i Socialudvalget afholdt onsdag den 5/3 2008 kl. 15.00 på "
        "Rådhuset i Ringe, mødelokale 2"
    )
    assert head.forum == "Socialudvalget"
    assert (head.date, head.start_time) == (dt.date(2008, 3, 5), "15:00")
    assert head.location == "Rådhuset i Ringe, mødelokale 2"


def test_ascii_title_block_over_three_lines() -> None:
    head = _header(
        "Referat af moede i Teknisk Udvalg",
        "afholdt tirsdag den 4. marts 2003 kl. 15.00",
        "i moedelokale 2, Raadhuset, Torvet 1",
    )
    assert head.forum == "Teknisk Udvalg"
    assert head.location == "moedelokale 2, Raadhuset, Torvet 1"


def test_page_header_body_comma_kind_date() -> None:
    head = _header(
        "Ældrerådet, referat 08.09.2014",
        "",
        "Referat af ordinært møde mandag den 8. september 2014, kl. 9.30 - 12.00",
    )
    assert (head.forum, head.date, head.start_time) == (
        "Ældrerådet",
        dt.date(2014, 9, 8),
        "09:30",
    )
    # a sentence with a comma is no such title; another date's time is not the start
    other = _header(
        "Dato: 8. september 2014",
        "Punktet udsat, referat 12.10.2014",
        "Sagen blev sidst drøftet på et møde den 12. oktober 2013 kl. 10.00 i Byrådssalen.",
    )
    assert other.forum is None and other.start_time is None


def test_county_line_names_the_authority() -> None:
    from analysis.layouts.header import _county

    assert _county("RINGKJØBING AMT") == "Ringkjøbing Amt"
    assert _county("Fyns Amt") == "Fyns Amt"
    # not a county of 1970–2006, or more than the name on the line
    assert _county("Skive Amt") is None
    assert _county("Viborg Amt, Skottenborg 26") is None
    assert _header("ÅRHUS AMT", "Amtsrådet", "Dato: 1. marts 2005").municipality == "Århus Amt"


def test_ascii_closing_and_absent_lines_are_read() -> None:
    from analysis.layouts.base import _CLOSING

    assert _CLOSING.match("Moedet haevet kl. 17.10")
    assert _CLOSING.match("Mødet hævet kl. 17.10")
    head = _header("Dato: 3. marts 2009", "Fravaerende: Mette Krogh")
    assert [(p.name, p.present) for p in head.participants] == [("Mette Krogh", False)]
