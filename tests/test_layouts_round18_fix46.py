"""Internal forums' own templates (eighteenth round, layouts46): planning lines under
item titles, agenda tables with the time slot before the title, an agreement column
beside the notes, PDF rows short of an empty cell (pure)."""

from __future__ import annotations

from analysis.layouts.headings import toc_entry
from analysis.parse import Line, parse_minutes
from analysis.read.item_table import item_rows
from analysis.read.pdf import _under_columns

_PLANNED = """Chefgruppen, Kultur og Fritid

Mødedato: 4. februar 2025
Mødetidspunkt: Kl. 9.00 – 10.00

Pkt.\tTid\tEmne / Formål / Ansvarlig
1.\t09.00-09.20\tLokaleplan for hallerne
2.\t09.20-10.00\tEventuelt

1. Lokaleplan for hallerne
Tid: 09.00-09.20   Formål: Beslutning   Ansvarlig: Kulturchef
Sagsnr. 18.15.00-G01-1-25
Beslutning/Aftale:
Godkendt.

2. Eventuelt
Tid: 09.20-10.00   Formål: Orientering   Ansvarlig: Alle
Beslutning/Aftale:
Intet.
"""


def test_planning_line_under_title_is_no_bar_to_the_heading() -> None:
    meeting = parse_minutes(_PLANNED)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Lokaleplan for hallerne"),
        (2, "Eventuelt"),
    ]
    assert meeting.items[0].case_number == "18.15.00-G01-1-25"
    assert meeting.coverage == 1.0


def test_time_slot_before_the_title_in_a_contents_row() -> None:
    entry = toc_entry(Line(0, "3.\t10.05-10.30\tForslag om lukning af café", 0))
    assert entry is not None and (entry.number, entry.title) == (3, "Forslag om lukning af café")
    # a title that itself opens with a time is no time slot's cell
    plain = toc_entry(Line(0, "3. Orientering fra direktøren", 0))
    assert plain is not None and plain.title == "Orientering fra direktøren"


def test_agreement_column_beside_referat_is_the_decision() -> None:
    rows = [
        [["Nr."], ["Emne"], ["Referat"], ["Aftale / beslutning"], ["Ansvarlig"]],
        [["1."], ["Budget"], ["Drøftelse af rammen."], ["Godkendt."], ["Økonomi"]],
        [["2."], ["Evt."], ["Intet."], [], []],
    ]
    text = item_rows(rows)
    assert text is not None
    assert "Beslutning:" in text and text[text.index("Beslutning:") + 1] == "Godkendt."
    assert "Referat:" not in text  # the notes column is the item's text


def test_pdf_row_short_of_an_empty_cell_keeps_its_columns() -> None:
    columns = [68.0, 94.0, 286.0, 462.0, 689.0]
    # the number and the title run together over the first two columns, the fourth empty
    edges = [(68.0, 250.0), (286.0, 440.0), (689.0, 760.0)]
    assert _under_columns(["1. Title", "Notes.", "Alle"], edges, columns) == [
        "1. Title",
        "Notes.",
        "",
        "Alle",
    ]
    # a line starting left of the table's first column is no row of it
    assert _under_columns(["Owner", "Kommune"], [(50.0, 200.0), (680.0, 760.0)], columns) == [
        "Owner",
        "Kommune",
    ]


def test_decision_in_a_med_committee_named_without_a_body_word() -> None:
    import datetime as dt

    from analysis.parse import BodyRules, heading_key

    rules = BodyRules(dt.date(2024, 5, 7), "HovedMED-udvalget")
    assert heading_key(Line(0, "Beslutning i HovedMED", 0), rules) == (
        "beslutning",
        "Beslutning i HovedMED",
    )
    # another MED committee's decision shown beside this one's is the case's history
    assert heading_key(Line(0, "Beslutning i LokalMED Skole", 0), rules)[0] == (
        "tidligere_beslutning"
    )
    # "Beslutning i medens …" is no committee
    assert heading_key(Line(0, "Beslutning i Medens tilfælde", 0), rules) is None


_LETTERED = """REFERAT
Ledergruppe Kultur og Fritid

Dato: Onsdag den 05.02.2025

A. Velkommen

B. Hallernes åbningstider
   J.nr. 18.15.00-G01-2-25
   Referat: Godkendt.

C. Evt.
   Referat: Intet.
"""


def test_lettered_first_item_with_nothing_under_it_is_an_item_not_a_contents_list() -> None:
    meeting = parse_minutes(_LETTERED)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Velkommen"),
        (2, "Hallernes åbningstider"),
        (3, "Evt."),
    ]
    assert meeting.items[1].case_number == "18.15.00-G01-2-25"
    assert meeting.forum == "Ledergruppe Kultur og Fritid"


def test_kle_labelled_whole_journal_number_is_the_case() -> None:
    from analysis.parse import match_case_number

    assert match_case_number("KLE 17.01.00-G01-3-23") == "17.01.00-G01-3-23"
    assert match_case_number("KLE: 17.01.00-G01-3-23") == "17.01.00-G01-3-23"
    assert match_case_number("KLE 17.01.00") is None  # the subject alone names no case


def test_forum_for_an_area_written_small() -> None:
    from analysis.layouts.header import looks_like_body

    assert looks_like_body("Tværgående koordinationsforum for børn og unge")
    assert looks_like_body("Ledergruppe Social og Sundhed")
    assert not looks_like_body("Det er et forum for alle os der arbejder her")
    assert not looks_like_body("Social og Sundhed")


def test_place_after_the_time_named_by_whose_room_or_in_quotes() -> None:
    from analysis.layouts.header import _place_after

    assert _place_after(" kl. 8.30-11.00, direktionens mødelokale, Helsinge Rådhus") == (
        "direktionens mødelokale, Helsinge Rådhus"
    )
    assert _place_after(' kl. 10.00 i mødelokale "Tåsinge", Ramsherred 5') == (
        'mødelokale "Tåsinge", Ramsherred 5'
    )


def test_mail_signature_block_under_the_closing_is_furniture() -> None:
    from analysis.layouts.text import covering_letter

    text = (
        "Kære alle\n\nHermed referat.\n\nVenlig hilsen\nMaja\n\nMaja Holm\nSekretær\n"
        "Gribskov Kommune | Rådhusvej 3 | 3200 Helsinge\nDirekte: 72 49 60 14\n\n"
        "REFERAT\nDeltagere: A, B\n"
    )
    lines = [Line(k, t, 0) for k, t in enumerate(text.split("\n"))]
    found = covering_letter(lines)
    assert {7, 8, 9, 10} <= found  # the block under the name
    assert 12 not in found and 13 not in found  # the minutes' own lines


def test_sent_on_to_a_med_committee_is_referred() -> None:
    from analysis.enrich.decisions import classify_decision

    assert classify_decision("Oversendt til HovedMED, da den vedrører hele kommunen.")[0][0] == (
        "referred"
    )
    assert classify_decision("Sagen oversendes til LokalMED.")[0][0] == "referred"
    assert classify_decision("Godkendt med bemærkninger.")[0][0] == "approved"


def test_intranet_top_bars_are_furniture() -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture("NæstvedNet Teknik og Miljø Min side Log ud")
    assert is_furniture("Skanderborg Kommune Intra")
    assert is_furniture("Søg på intranettet")
    assert is_furniture("Sidst opdateret: 16.10.2023 | Ansvarlig: HR og Personalejura")
    assert not is_furniture("Husk at melde afbud til sekretariatet inden mødet")


def test_numbered_meeting_title_under_the_body_is_placed() -> None:
    meeting = parse_minutes(
        "# Styregruppen for Ny Skole\n\n**Referat af styregruppemøde nr. 4**\n"
        "Dato: 10.09.2024, kl. 9–11\n\n## 1. Tidsplan\n\n**Beslutning:** Godkendt.\n"
        "\n## 2. Eventuelt\n\n**Beslutning:** Intet.\n"
    )
    assert meeting.forum == "Styregruppen for Ny Skole"
    assert meeting.coverage == 1.0
