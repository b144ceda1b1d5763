"""Nineteenth round (layouts57): hard export shapes: item tables per lettered group
("A.1" … "B.2"), a web <dl> accordion, a "Tid og sted:" field opening with the date,
and a reply's tagged notes written into a quoted agenda."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.evaluate import _label_numbers
from analysis.layouts import parse_text
from analysis.layouts.quoted_mail import unquote_mail
from analysis.read.html import read as read_html
from analysis.read.item_table import item_rows

_HEAD = [["Nr."], ["Punkt"], ["Ansvarlig"], ["Konklusion"]]


def test_a_table_per_lettered_group_numbers_on_across_the_tables() -> None:
    first = item_rows([_HEAD, [["A.1"], ["Budget"], ["KL"], ["Konklusion: Godkendt."]]])
    second = item_rows(
        [
            _HEAD,
            [["B.1"], ["Status"], ["KL"], ["Konklusion: Drøftet."]],
            [["B.2"], ["Evt."], ["Alle"], ["Konklusion: Intet."]],
        ]
    )
    assert first is not None and second is not None
    assert first[0] == "## A1 Budget" and "Konklusion: Godkendt." in first
    assert "Konklusion" not in first  # the cell's own label, not the column's again
    assert [ln for ln in second if ln.startswith("##")] == ["## B1 Status", "## B2 Evt."]
    # a run that skips a number is no such table
    broken = [_HEAD, [["B.1"], ["Status"], ["KL"], ["Drøftet."]], [["B.3"], ["X"], ["KL"], ["Y"]]]
    assert item_rows(broken) is None
    text = "\n".join(
        [
            "Ledergruppen Kultur",
            "Dato: 7. maj 2025",
            "",
            "## A. Beslutningspunkter",
            "",
            *first,
            "",
            "## B. Orientering",
            "",
            *second,
        ]
    )
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Budget"),
        (2, "Status"),
        (3, "Evt."),
    ]
    assert not any("could not be placed" in w for w in meeting.warnings)
    assert _label_numbers([{"n": "A.1"}, {"n": "B.1"}, {"n": "B.2"}]) == [1, 2, 3]
    assert classify_decision("Ingen beslutninger.")[0][0] == "none"


def test_a_time_and_place_field_that_opens_with_the_date() -> None:
    text = (
        "Styregruppen for ny skole\n\n"
        "Tid og sted: Mandag d. 3/3-2025 kl. 9.00-11.00, Rådhuset, lokale 2\n\n"
        "1. Budget\n\nBeslutning\nGodkendt.\n\n2. Evt.\n\nBeslutning\nIntet.\n"
    )
    meeting = parse_text(text)
    assert (str(meeting.date), meeting.start_time) == ("2025-03-03", "09:00")
    assert meeting.location == "Rådhuset, lokale 2"


def test_a_definition_list_of_headed_sections_is_an_accordion_of_items() -> None:
    dd = "<dd><h3>Sagsfremstilling</h3><p>Tekst.</p><h3>Beslutning</h3><p>{}</p></dd>"
    page = (
        "<html><body><h1>Byrådet</h1><p>Dato: 5. marts 2025</p><dl>"
        f"<dt>7. Budget</dt>{dd.format('Godkendt.')}"
        f"<dt>8. Takster</dt>{dd.format('Udsat.')}</dl></body></html>"
    )
    text = read_html(page.encode()).text
    assert "Sagsfremstilling" in text.split("Takster")[0]  # the <dd>'s blocks, lines apart
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [7, 8]
    # a list of terms (a glossary, "Dato" / value) stays one line a term
    glossary = "<html><body><dl><dt>Dato</dt><dd>5. marts 2025</dd></dl></body></html>"
    assert "Dato: 5. marts 2025" in read_html(glossary.encode()).text


def test_a_replys_tagged_notes_in_a_quoted_agenda_are_the_points_minutes() -> None:
    quoted = [
        "> Dagsorden:",
        ">",
        "> 1) Budget",
        ">    Tal gennemgås.",
        "KMH: Godkendt.",
        "KMH: Anja sender tallene ud.",
        ">",
        "> 2) Mødeplan",
        "KMH: Drøftet.",
        ">",
        "> 3) Evt.",
        "> /Jens",
    ]
    lines = unquote_mail("\n".join(["Svar herunder.", "", *quoted])).split("\n")
    assert lines[4:9] == [
        "1) Budget",
        "   Tal gennemgås.",
        "Referat: Godkendt.",
        "Anja sender tallene ud.",
        "",
    ]
    assert lines[10] == "Referat: Drøftet."
    # one note only, or notes with different tags: no reply written into the quote
    one = "\n".join(["> a", "NB: b", *(["> c"] * 8), ">"])
    assert "NB: b" in unquote_mail(one)


def test_a_decision_set_off_as_a_markdown_quote() -> None:
    text = (
        "# Kulturudvalget\n\nDato: 2. april 2025\n\n### 1. Budget\n\n**Konklusion**\n\n"
        "> Godkendt.\n\n[↑ Til toppen](#)\n\n### 2. Evt.\n\n**Konklusion**\n\n> Intet.\n"
    )
    sections = [s for it in parse_text(text).items for s in it.sections if s.key == "beslutning"]
    assert [s.text.split("\n")[0] for s in sections] == ["Godkendt.", "Intet."]
    assert classify_decision("Henvendelsen oversendes til Vejdirektoratet.")[0][0] == "referred"
    assert classify_decision("Intet under eventuelt.")[0][0] == "none"


def test_a_body_over_its_kind_of_meeting_a_lettered_room_and_a_tab_in_a_sentence() -> None:
    from analysis.read.item_table import _cells

    text = (
        "Byrådet – ekstraordinært møde\nMødedato: 3. juni 2025, kl. 16.00\n\n"
        "Pkt. 1  Budget\n   Beslutning: Byrådet valgte Lis Ry (C).\n\n"
        "Pkt. 2  Evt.\n   Beslutning: Intet.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Byrådet"
    assert classify_decision("Byrådet valgte Lis Ry (C).")[0][0] == "decided"
    dated = "Tirsdag d. 3/6-2025 kl. 8.30–11.00, mødelokale D-2.14, Rådhuset Hinnerup"
    assert parse_text(text.replace("Mødedato: 3. juni 2025, kl. 16.00", dated)).location == (
        "mødelokale D-2.14, Rådhuset Hinnerup"
    )
    # a tab inside a sentence (running on in small letters) is no cell's end
    cells = _cells("2\tTitel\tVi foreslår at\tskifte til nyt.\tAMR\tGodkendt", 5)
    assert [c[0] for c in cells] == [
        "2",
        "Titel",
        "Vi foreslår at skifte til nyt.",
        "AMR",
        "Godkendt",
    ]
    assert len(_cells("2\tTitel\tFormand\tgodkendt", 3)) == 3  # a capital ends no sentence
