"""The building blocks for publishing styles met in the tenth round (pure functions).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

import io

import docx

from analysis.layouts import parse_text
from analysis.layouts.groups import is_group_heading
from analysis.layouts.headings import split_journal
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.layouts.text import prepare
from analysis.ocr_labels import ocr_heading
from analysis.read import read_bytes
from analysis.read.item_table import item_rows


def test_item_table_rows_become_numbered_items_with_their_fields() -> None:
    rows = [
        [["Nr."], ["Sag"], ["Indstilling"], ["Beslutning"]],
        [["1"], ["Godkendelse af dagsorden", "Sagsnr. 19/100"], ["Godkendes."], ["Godkendt."]],
        [["2"], ["Eventuelt"], ["–"], ["Intet."]],
    ]
    assert item_rows(rows) == [
        "## 1. Godkendelse af dagsorden",
        "Sagsnr. 19/100",
        "",
        "Indstilling",
        "Godkendes.",
        "",
        "Beslutning",
        "Godkendt.",
        "",
        "## 2. Eventuelt",
        "",
        "Beslutning",
        "Intet.",
    ]


def test_other_tables_are_no_item_tables() -> None:
    # a participants table, a contents table without fields, a row without a number
    assert item_rows([[["Navn"], ["Parti"], ["Beslutning"]], [["Ib"], ["A"], ["x"]]]) is None
    assert item_rows([[["Nr."], ["Sag"], ["Side"]], [["1"], ["Budget"], ["3"]]]) is None
    assert item_rows([[["Nr."], ["Sag"], ["Beslutning"]], [["Note"], ["x"], ["y"]]]) is None
    assert item_rows([[["Nr."], ["Sag"], ["Beslutning"]]]) is None


def test_ocr_heading_matches_known_field_names_only() -> None:
    assert ocr_heading("Beslutnlng") == "beslutning"
    assert ocr_heading("lndstilling") == "indstilling"
    assert ocr_heading("Indstillìng") == "indstilling"
    assert ocr_heading("Sagsfrems tilling") == "sagsfremstilling"
    assert ocr_heading("Sagsfrems-tilling") == "sagsfremstilling"
    for text in ("Beslutningen", "Bestilling", "Godkendt.", "Bilag", "Indstillingen blev fulgt"):
        assert ocr_heading(text) is None, text


def test_group_headings() -> None:
    for text in (
        "Sager til beslutning",
        "SAGER TIL ORIENTERING",
        "Lukkede sager",
        "Supplerende dagsorden",
        "Beslutningssager:",
    ):
        assert is_group_heading(text), text
    for text in ("Sager til beslutning om budgettet blev drøftet", "Meddelelser", "Sager"):
        assert not is_group_heading(text), text


def test_kle_journal_number_before_a_title() -> None:
    assert split_journal("05.13.00-P20-3-13 Trafiksikkerhedsplan") == (
        "Trafiksikkerhedsplan",
        "05.13.00-P20-3-13",
    )
    assert split_journal("00.01.00-A00 Meddelelser") == ("Meddelelser", "00.01.00-A00")
    # a date or a running number is no journal number
    assert split_journal("12.05.2024 Borgermøde") == ("12.05.2024 Borgermøde", None)
    assert split_journal("12.05.24 Borgermøde") == ("12.05.24 Borgermøde", None)
    assert split_journal("45/2024 Budget") == ("45/2024 Budget", None)


def test_forum_from_the_kind_of_meeting() -> None:
    placed: set[int] = set()
    lines = prepare("KALUNDBORG FORSYNING A/S\nCVR-nr. 1\n\nREFERAT AF BESTYRELSESMØDE\n")
    assert forum_from_meeting_kind(lines, placed) == "Bestyrelsen for Kalundborg Forsyning A/S"
    assert placed == {0, 3}
    assert forum_from_meeting_kind(prepare("# Direktionsmøde – referat\n"), set()) == "Direktionen"
    # a meeting named in running text is no title
    text = "Referat fra møde\nBestyrelsesmødet blev flyttet til den 3. maj på grund af ferie.\n"
    assert forum_from_meeting_kind(prepare(text), set()) is None


def test_sub_points_are_no_items() -> None:
    text = (
        "Byrådet\nReferat\nMandag den 29. januar 2024 kl. 18.00\n\n"
        "1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning:\nGodkendt.\n\n"
        "2. Meddelelser\nSagsnr.: 24/2\n2.1 Borgmesterens orientering\n2.2 Referat fra KKR\n"
        "Beslutning:\nTaget til efterretning.\n"
    )
    meeting = parse_text(text)
    assert [(it.number, it.raw_title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Meddelelser"),
    ]


def test_folded_web_sections_are_read_but_hidden_chrome_is_not() -> None:
    page = (
        "<html><body><main><h1>Byrådet</h1>"
        '<button aria-controls="b1"><h3>Godkendelse</h3></button>'
        '<div id="b1" hidden><p>Teksten i punktet.</p></div>'
        "<div hidden><p>Skjult besked</p></div>"
        '<div class="accordion-panel" hidden><p>Foldet tekst</p></div>'
        "</main></body></html>"
    )
    text = read_bytes(page.encode(), ".html").text
    assert "Teksten i punktet." in text
    assert "Foldet tekst" in text
    assert "Skjult besked" not in text


def test_docx_lines_broken_by_hand_stay_lines() -> None:
    doc = docx.Document()
    p = doc.add_paragraph()
    p.add_run("Økonomiudvalget").add_break()
    p.add_run("Møde tirsdag den 12. november 2019 kl. 17.00").add_break()
    p.add_run("Mødelokale 2, Rådhuset")
    p = doc.add_paragraph()
    p.add_run("Udvalget drøftede sagen og bad om en").add_break()
    p.add_run("ny vurdering af økonomien.")
    buf = io.BytesIO()
    doc.save(buf)
    lines = read_bytes(buf.getvalue(), ".docx").text.splitlines()
    assert lines[:3] == [
        "Økonomiudvalget",
        "Møde tirsdag den 12. november 2019 kl. 17.00",
        "Mødelokale 2, Rådhuset",
    ]
    assert "Udvalget drøftede sagen og bad om en ny vurdering af økonomien." in lines


def test_permit_decisions_and_withdrawn_items() -> None:
    from analysis.enrich.decisions import classify_decision

    forum = "Plan- og Miljøudvalget"
    assert classify_decision("Udvalget meddelte afslag på ansøgningen.", forum)[0][0] == "decided"
    assert classify_decision("Udvalget gav tilladelse til ridehallen.", forum)[0][0] == "decided"
    # a wish is no permit given
    assert classify_decision("Ib Holm ønskede at give tilladelse.", forum)[0][0] == "other"
    assert classify_decision("Punktet blev trukket fra dagsordenen.", forum) == [
        ("none", "Punktet blev trukket fra dagsordenen.")
    ]


def test_web_agenda_as_one_table_reads_as_items() -> None:
    page = (
        "<html><body><main><h1>Økonomiudvalget</h1><p>Referat</p>"
        "<p>Mødedato: Tirsdag den 12. november 2019 kl. 17.00</p><table>"
        "<tr><th>Nr.</th><th>Sag</th><th>Indstilling</th><th>Beslutning</th></tr>"
        "<tr><td>1</td><td>Godkendelse af dagsorden<br>Sagsnr. 19/100</td>"
        "<td>Dagsordenen godkendes.</td><td>Godkendt.</td></tr>"
        "<tr><td>2</td><td>Takster 2020<br>Sagsnr. 19/7713</td>"
        "<td>Taksterne godkendes.</td><td>Anbefales.</td></tr>"
        "</table></main></body></html>"
    )
    text = read_bytes(page.encode(), ".html").text
    meeting = parse_text(text)
    assert [(it.number, it.raw_title, it.case_number) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden", "19/100"),
        (2, "Takster 2020", "19/7713"),
    ]
    decisions = [
        next(sec.text for sec in it.sections if sec.key == "beslutning") for it in meeting.items
    ]
    assert decisions == ["Godkendt.", "Anbefales."]
