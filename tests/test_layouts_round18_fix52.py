"""Rules taught from a set of internal and political minutes (eighteenth round,
layouts52) (pure). The fixtures in ``tests/fixtures/layouts/`` check the families end to
end; these tests pin the rules themselves, and what they must leave alone."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.read.item_table import item_rows

_HEAD = "Hedensted Kommune\nStyregruppen for nyt plejecenter\n\n"
_DATE = "Dato: 12.03.2025   Tid: 10.00–11.30   Sted: Teams\n\n"
_BODY = "1. Godkendelse af dagsorden\n\nReferat:\nGodkendt.\n\n2. Eventuelt\n\nReferat:\nIntet.\n"


def _unplaced(text: str) -> list[str]:
    meeting = parse_text(text)
    return [w for w in meeting.warnings if "could not be placed" in w]


def test_the_kind_of_meeting_with_its_number_under_the_named_forum_is_placed() -> None:
    text = _HEAD + "Referat fra styregruppemøde nr. 4\n\n" + _DATE + _BODY
    assert parse_text(text).forum == "Styregruppen for nyt plejecenter"
    assert not _unplaced(text)


def test_a_unit_under_the_municipality_and_a_numbering_note_are_placed() -> None:
    text = (
        "HEDENSTED KOMMUNE\nDirektionssekretariatet\n\nReferat – Direktionen\n\n"
        + _DATE
        + "Punkterne er nummereret løbende for hele året.\n\n"
        + _BODY
    )
    assert not _unplaced(text)


def test_a_unit_line_elsewhere_is_still_reported() -> None:
    text = _HEAD + "Økonomiafdelingen\n\n" + _DATE + _BODY
    assert "Økonomiafdelingen" in " ".join(_unplaced(text))


def test_a_page_number_with_a_print_stamp_is_furniture() -> None:
    text = _HEAD + _DATE + _BODY + "\n              Side 1 af 1   Udskrevet 13.03.2025\n"
    assert not _unplaced(text)


def test_the_next_meetings_agenda_after_the_minutes_is_not_read() -> None:
    minutes = _HEAD + "Referat\n\n" + _DATE + _BODY
    nxt = (
        "\n=====\n\nStyregruppen for nyt plejecenter\n\nDagsorden\n\n"
        "Dato: 09.04.2025\n\n3. Tidsplan\n\nIndstilling:\nTidsplanen godkendes.\n"
    )
    meeting = parse_text(minutes + nxt)
    assert [it.number for it in meeting.items] == [1, 2]
    assert meeting.items[-1].sections[-1].text == "Intet."
    assert any("another meeting's document" in w for w in meeting.warnings)


def test_a_dated_field_of_the_same_meeting_ends_nothing() -> None:
    # "Dagsorden" / "Dato:" of the meeting's own date (a page's header printed again) is
    # no second document
    body = _BODY.replace("2. Eventuelt", "Dagsorden\n\nDato: 12.03.2025\n\n2. Eventuelt")
    meeting = parse_text(_HEAD + "Referat\n\n" + _DATE + body)
    assert [it.number for it in meeting.items] == [1, 2]
    assert not any("another meeting's document" in w for w in meeting.warnings)


def test_year_prefixed_item_numbers_in_a_table_need_one_year_and_rising_numbers() -> None:
    head = [["Nr."], ["Punkt"], ["Referat"]]
    rows = [[["2025-03"], ["Budget"], ["Drøftet."]], [["2025-04"], ["Eventuelt"], ["Intet."]]]
    text = item_rows([head, *rows])
    assert text is not None and "## 3. Budget" in text and "## 4. Eventuelt" in text
    mixed = [rows[0], [["2024-04"], ["Eventuelt"], ["Intet."]]]
    assert item_rows([head, *mixed]) is None


def test_a_leaders_meeting_with_its_area_after_a_dash_names_the_forum() -> None:
    text = "Ledermøde – Sundhed og Omsorg\n\n" + _DATE + _BODY
    assert parse_text(text).forum == "Ledermøde – Sundhed og Omsorg"
    owner = "Skoleledermøde – Vejle Kommune\n\n" + _DATE + _BODY
    assert parse_text(owner).forum == "Skoleledermøde"


def test_earlier_minutes_quoted_in_an_item_end_nothing() -> None:
    # an item quoting the last meeting's minutes ("Referat" / "Dato: <earlier date>") with no
    # header repeated over it (no forum named again, no rule) is the item's text
    body = _BODY.replace(
        "2. Eventuelt",
        "2. Opfølgning\n\nReferat\n\nDato: 12.02.2025\n\nAlt er fulgt op.\n\n3. Eventuelt",
    )
    meeting = parse_text(_HEAD + "Referat\n\n" + _DATE + body)
    assert [it.number for it in meeting.items] == [1, 2, 3]


def test_a_weekday_after_the_dash_is_no_area_of_the_leaders_meeting() -> None:
    text = "Ledermøde – Torsdag den 13. marts 2025\n\n" + _DATE + _BODY
    assert parse_text(text).forum == "Ledermøde"


def test_ad_pkt_with_a_roman_numeral_alone_takes_the_agendas_title() -> None:
    agenda = "Dagsorden:\n\tI.\tGodkendelse af dagsorden\n\tII.\tBudget\n\tIII.\tEventuelt\n\n"
    notes = (
        "Ad pkt. I\n\tKonklusion: Godkendt.\n\nAd pkt. II\n\tKonklusion: Drøftet.\n\n"
        "Ad pkt. III\n\tKonklusion: Intet.\n"
    )
    meeting = parse_text(_HEAD + _DATE + agenda + notes)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget"),
        (3, "Eventuelt"),
    ]
    assert meeting.items[1].sections[-1].text == "Drøftet."


def test_a_signature_page_line_saying_how_the_minutes_were_signed_ends_the_last_item() -> None:
    text = _HEAD + _DATE + _BODY + "\nUnderskriftsblad: Referatet er godkendt elektronisk.\n"
    meeting = parse_text(text)
    assert meeting.items[-1].sections[-1].text == "Intet."
    assert not _unplaced(text)
