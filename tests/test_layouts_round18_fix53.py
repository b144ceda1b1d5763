"""Eighteenth round (layouts53): councils named owner first, pictograph fact lines, '#N –'
headings, item tables with a row per field, routing marks after titles."""

from __future__ import annotations

import pytest

from analysis.layouts.header import owner_first_off
from analysis.parse import parse_minutes


@pytest.mark.parametrize(
    ("forum", "body", "owner"),
    [
        ("Hjørring Ungeråd", "Ungerådet", "Hjørring Kommune"),
        ("Svendborg Kommunes Ældreråd", "Ældrerådet", "Svendborg Kommune"),
        ("Odense Handicapråd", "Handicaprådet", "Odense Kommune"),
        ("Vejle Kommunes Folkeoplysningsudvalg", "Folkeoplysningsudvalget", "Vejle Kommune"),
    ],
)
def test_a_body_named_after_its_owner_is_the_owners_body(forum: str, body: str, owner: str) -> None:
    assert owner_first_off(forum) == (body, owner)


@pytest.mark.parametrize(
    "forum",
    [
        "Herning Byråd",  # the town's council goes by that name
        "Hvidbjerg Landsbyråd",  # no municipality
        "Økonomiudvalget",
        "Teknisk Udvalg",
        "Børne- og Skoleudvalget",
    ],
)
def test_other_forums_keep_their_name(forum: str) -> None:
    assert owner_first_off(forum) == (forum, None)


def test_pictograph_facts_and_hash_headings() -> None:
    text = "\n".join(
        [
            "ODDER UNGERÅD · referat fra mødet",
            "",
            "📅 Mandag den 3. marts 2025, kl. 17.00-19.00",
            "📍 Ungdomsskolen, Odder",
            "👥 Deltog: Alma Holm, Viggo Lund",
            "Meldt fra: Karla Friis",
            "",
            "#1 – Godkendelse af dagsorden",
            "Aftale: Godkendt.",
            "",
            "#2 – Skatepark ved hallen",
            "Aftale: Rådet drøftede placeringen.",
        ]
    )
    meeting = parse_minutes(text)
    assert (meeting.forum, meeting.municipality) == ("Ungerådet", "Odder Kommune")
    assert meeting.location == "Ungdomsskolen, Odder"
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Skatepark ved hallen"),
    ]
    assert [(p.name, p.present) for p in meeting.participants] == [
        ("Alma Holm", True),
        ("Viggo Lund", True),
        ("Karla Friis", False),
    ]


def test_an_item_table_with_a_row_per_field_reads_down_its_rows() -> None:
    from analysis.read.item_table import field_row_items

    rows = [
        [["Pkt. 7"], ["Vejbelysning", "Sagsid: 05.01.00-G01-1-25"]],
        [[], ["Resumé", "Lamperne skiftes til LED."]],
        [[], ["Beslutning", "For: A (3)", "Imod: V (2)", "Godkendt."]],
        [[], []],
        [["Pkt. 8"], ["Eventuelt"]],
        [[], ["Beslutning", "Intet."]],
    ]
    assert field_row_items(rows) == [
        "Pkt. 7 Vejbelysning",
        "Sagsid: 05.01.00-G01-1-25",
        "",
        "Resumé",
        "Lamperne skiftes til LED.",
        "",
        "Beslutning",
        "For: A (3)",
        "Imod: V (2)",
        "Godkendt.",
        "",
        "Pkt. 8 Eventuelt",
        "",
        "Beslutning",
        "Intet.",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # the meeting's facts: labels beside values, no item's number
        [[["Mødedato:"], ["5. marts 2025"]], [["Sted:"], ["Rådhuset"]]],
        # one item only
        [[["1."], ["Budget"]], [[], ["Beslutning", "Godkendt."]]],
        # a row of prose under the number: no field's label over it
        [
            [["1."], ["Budget"]],
            [[], ["Udvalget drøftede budgettet og bad om et nyt oplæg.", "Mere tekst."]],
            [["2."], ["Takster"]],
            [[], ["Beslutning", "Godkendt."]],
        ],
    ],
)
def test_other_tables_are_no_field_row_items(rows: list[list[list[str]]]) -> None:
    from analysis.read.item_table import field_row_items

    assert field_row_items(rows) is None


@pytest.mark.parametrize(
    "line",
    [
        "Udskrevet: 07.03.2025 10:14",
        "Dokument udskrevet 07.03.2025 kl. 08:04",
        "Assens Kommune, Rådhus Allé 5, 5610 Assens - Telefon 64 74 74 74 - assens@assens.dk",
    ],
)
def test_a_print_stamp_and_an_address_footer_are_furniture(line: str) -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["Udskrevet til alle medlemmer før mødet.", "Referatet blev udskrevet og underskrevet."],
)
def test_sentences_about_printing_are_no_furniture(line: str) -> None:
    from analysis.layouts.text import is_furniture

    assert not is_furniture(line)


def _items(*titles: str) -> list:
    from analysis.model import Item

    return [
        Item(n, t, t, None, False, None, None, None, (), (), (), ())
        for n, t in enumerate(titles, start=1)
    ]


def test_routing_marks_after_most_titles_are_the_bodies() -> None:
    from analysis.layouts.routing import without_routing_marks

    items = without_routing_marks(
        _items("Dagsorden (KFU)", "Idrætspulje 2026 (KFU/ØU/BR)", "Eventuelt", "Halleje (KFU)")
    )
    assert [(i.title, i.bodies) for i in items] == [
        ("Dagsorden", "KFU"),
        ("Idrætspulje 2026", "KFU/ØU/BR"),
        ("Eventuelt", None),
        ("Halleje", "KFU"),
    ]
    assert items[1].raw_title == "Idrætspulje 2026 (KFU/ØU/BR)"


@pytest.mark.parametrize(
    "titles",
    [
        # a party or an organisation after one or two titles: part of the name
        ("Forslag fra Ib Holm (SF)", "Budget", "Tilskud til DGI (DGI)", "Eventuelt"),
        # brackets that share no body
        ("Plan (EU)", "Ansøgning (DGI)", "Status (KL)"),
        # two items only
        ("Dagsorden (KFU)", "Halleje (KFU)"),
    ],
)
def test_other_brackets_stay_in_the_title(titles: tuple[str, ...]) -> None:
    from analysis.layouts.routing import without_routing_marks

    assert [i.title for i in without_routing_marks(_items(*titles))] == list(titles)


def test_a_members_list_parted_by_middle_dots_goes_on_over_its_line() -> None:
    text = "\n".join(
        [
            "Referat – Kultur- og Fritidsudvalget",
            "Mødet afholdt den 03.03.2025 kl. 16.00 i Mødelokale 1",
            "Medlemmer: Ane Bo (V), formand · Ib Ravn (A) · Jon Kure (V)",
            "· Lis Mark (O) · Per Falk (C)",
            "",
            "Pkt. 1 Godkendelse af dagsorden",
            "Beslutning",
            "Godkendt.",
            "",
            "Pkt. 2 Halleje",
            "Beslutning",
            "Godkendt.",
        ]
    )
    meeting = parse_minutes(text)
    assert [p.name for p in meeting.participants][-2:] == ["Lis Mark", "Per Falk"]
    assert not any("could not be placed" in w for w in meeting.warnings)


def _field_table_pdf(rows: list[tuple[str, list[str]]]) -> bytes:
    """A PDF of a field table: each label at the left, its text lines in a column beside
    it (written cell by cell, as a Word export writes a table)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica", 10)
    y = 760
    for label, lines in rows:
        c.drawString(72, y, label)
        for k, line in enumerate(lines):
            c.drawString(180, y - 13 * k, line)
        y -= 13 * len(lines) + 8
    c.showPage()
    c.save()
    return buf.getvalue()


def test_lines_broken_by_hand_in_a_field_cell_stay_lines() -> None:
    from analysis.read.pdf import read

    text = read(
        _field_table_pdf(
            [
                (
                    "Resumé",
                    [
                        "Der er kommet tre høringssvar, og forvaltningen har justeret planen,",
                        "så stien ved skolen kommer med i første etape.",
                    ],
                ),
                (
                    "Beslutning",
                    [
                        "For stemte: A og F (4)",
                        "Imod stemte: V (3)",
                        "Planen blev vedtaget.",
                    ],
                ),
            ]
        )
    ).text
    assert (
        "Resumé\tDer er kommet tre høringssvar, og forvaltningen har justeret planen, så "
        "stien ved skolen kommer med i første etape." in text
    )
    assert "Beslutning\tFor stemte: A og F (4)\nImod stemte: V (3)\nPlanen blev vedtaget." in text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Udvalget besluttede at sende sagen videre til budgetforhandlingerne.", "referred"),
        ("Oversendes til budgetforhandlingerne.", "referred"),
        ("Forvaltningen sender materialet til forhandlingerne.", "other"),  # no referral
    ],
)
def test_a_case_sent_on_to_the_budget_negotiations_is_referred(text: str, kind: str) -> None:
    from analysis.enrich.decisions import classify_decision, primary_decision_type

    assert primary_decision_type(t for t, _ in classify_decision(text)) == kind


def _unplaced(meeting) -> list[str]:
    return [w for w in meeting.warnings if "could not be placed" in w]


def test_the_writers_slash_mark_and_a_page_header_repeating_the_facts_are_placed() -> None:
    text = "\n".join(
        [
            "Faxe Kommune – Ældrerådet – Referat 4. marts 2025",
            "",
            "Referat – Ældrerådet",
            "Tirsdag den 4. marts 2025 kl. 9.30",
            "Sted: Rådhuset",
            "",
            "1. Godkendelse af dagsorden",
            "Beslutning: Godkendt.",
            "",
            "2. Eventuelt",
            "Beslutning: Intet.",
            "",
            "/Hanne Lund",
        ]
    )
    meeting = parse_minutes(text)
    assert meeting.forum == "Ældrerådet"
    assert not _unplaced(meeting)


def test_a_page_header_naming_another_date_is_not_placed() -> None:
    from analysis.layouts.header import Header, _repeats_facts

    head = Header()
    head.forum = "Ældrerådet"
    head.date = __import__("datetime").date(2025, 3, 4)
    assert _repeats_facts("Faxe Kommune – Ældrerådet – Referat 4. marts 2025", head)
    assert not _repeats_facts("Faxe Kommune – Ældrerådet – Referat 4. februar 2025", head)
    assert not _repeats_facts("Ældrerådet besøgte plejecentret 4. marts 2025", head)


def test_the_open_parts_heading_over_agenda_items_is_placed() -> None:
    text = "\n".join(
        [
            "Økonomiudvalget - Referat",
            "Dato: 05.03.2025",
            "Tid: kl. 08:00",
            "",
            "Åbne punkter",
            "",
            "Punkt 1: Godkendelse af dagsorden",
            "Beslutning",
            "Godkendt.",
            "",
            "Punkt 2: Regnskab",
            "Beslutning",
            "Taget til efterretning.",
        ]
    )
    assert not _unplaced(parse_minutes(text))


def test_a_web_field_tables_br_lines_stay_lines_but_a_members_cell_is_the_headers() -> None:
    from analysis.read import read_bytes

    html = (
        "<html><body><h2>Teknisk Udvalg</h2>"
        "<table><tr><td>Mødedato:</td><td>Onsdag den 05.03.2025 kl. 08.30</td></tr>"
        "<tr><td>Medlemmer:</td><td>Ane Bo (V)<br>Ib Ravn (A)</td></tr></table>"
        "<h3>1. Vejplan</h3><table>"
        "<tr><td>Sagsnr.</td><td>25/100</td></tr>"
        "<tr><td>Beslutning</td><td>For stemte: A (4)<br>Imod stemte: V (3)<br>Godkendt.</td></tr>"
        "</table></body></html>"
    ).encode()
    text = read_bytes(html, ".html").text
    assert "Beslutning\tFor stemte: A (4)\nImod stemte: V (3)\nGodkendt." in text
    assert "Ane Bo (V)" in text and "Ane Bo (V)\nIb Ravn (A)" not in text
