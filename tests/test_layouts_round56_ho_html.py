"""Fifty-sixth session, held-out web pages (ho_html): minutes a portal shows as cards or
tables, read by the HTML reader (``analysis.read.html``) and the header's forum.

* A card's decision box opened by its own bold label, no colon ('<aside
  class="beslutning"><b>Beslutning</b>Godkendt.</aside>', the style setting the label on a
  line of its own): the label is the box's heading, the outcome its text
  (``_box_label``); the card's head row of spans ('<header><span>Punkt 2 af 9</span>
  <span>Åben</span></header>') a line each (``_header_spans``); the fold of the meeting's
  member lists ("<details><summary>Medlemmer (4) · Afbud (1)</summary>…") no item's
  title (``_members_fold``).
* The meeting's date, hour and place only in a side column after ``<main>`` ('<aside><h2>
  Om mødet</h2><p>Møde den 03.06.2025 kl. 16.00</p><p>Sted: …</p>'): read before the
  items as the head (``_facts_before``, ``_side_facts``).
* A table per item of label/value rows whose decision's row is labelled "Beslutning i
  <udvalg> den <dato>" and one cell holds a list: a field table, not a layout table
  (``_field_label``).
* A company's board named after the company, "Lyngå Varme A/S – Bestyrelsen": the forum is
  the board (``layouts.header._FORUM_PREFIX``, ``_COMPANY_NAME``).
* A member away for part of the meeting, "Poul Krogh (V) fra punkt 2": the person, the
  part aside (``_people``, ``_PART_OF_MEETING``).
"""

from __future__ import annotations

from analysis.layouts.header import _FORUM_PREFIX
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes


def _text(body: str, head: str = "") -> str:
    page = f"<html><head>{head}</head><body>{body}</body></html>".encode()
    return read_bytes(page, ".html").text


def _lines(body: str) -> list[str]:
    return [ln for ln in _text(body).splitlines() if ln.strip()]


_CARD = (
    '<article class="kort"><header><span>Punkt {n} af 3</span><span class="tag">Åben</span>'
    "</header><h2>{title}</h2><p>Sagsnummer: 25-0{n}111</p>"
    '<aside class="beslutning"><strong>Beslutning</strong>{outcome}</aside></article>'
)


def _cards() -> str:
    return (
        '<section class="moedehoved"><h1>Kulturudvalget</h1>'
        "<p>Mødedato: 02.10.2025 · Mødetid: 17:00 · Mødested: Biblioteket</p>"
        "<details><summary>Deltagere (3) · Fraværende (1)</summary>"
        "<p>Deltagere: Eva Holt (A) · Bo Riis (V) · Sara Kjær (F)</p>"
        "<p>Fraværende: Bo Riis (V)</p></details></section>"
        + _CARD.format(n=1, title="Godkendelse af dagsorden", outcome="Godkendt.")
        + _CARD.format(n=2, title="Tilskud til byfest", outcome="Udsat.")
        + _CARD.format(n=3, title="Museets åbningstider", outcome="Taget til efterretning.")
    )


def test_a_decision_boxs_bold_label_is_its_heading() -> None:
    lines = _lines(_CARD.format(n=1, title="Budget", outcome="Godkendt."))
    assert "## Beslutning" in lines
    assert "Godkendt." in lines
    assert not any("BeslutningGodkendt" in ln for ln in lines)


def test_a_card_heads_spans_are_lines_of_their_own() -> None:
    lines = _lines(_CARD.format(n=2, title="Budget", outcome="Godkendt."))
    assert "Punkt 2 af 3" in lines and "Åben" in lines
    assert not any("3Åben" in ln for ln in lines)


def test_the_members_fold_is_no_heading() -> None:
    text = _text(_cards())
    assert "Deltagere (3)" not in text
    assert "Fraværende: Bo Riis (V)" in text


def test_cards_read_as_items_with_their_decisions() -> None:
    page = f"<html><body>{_cards()}</body></html>".encode()
    result = parse_bytes(page, "kulturudvalget-2025-10-02.html")
    items = result.records["items"]
    assert [row[4] for row in items] == [
        "Godkendelse af dagsorden",
        "Tilskud til byfest",
        "Museets åbningstider",
    ]
    assert [row[8] for row in items] == ["25-01111", "25-02111", "25-03111"]
    assert [row[3] for row in result.records["decisions"]] == [
        "Godkendt",
        "Udsat",
        "Taget til efterretning",
    ]


def test_a_fold_of_an_items_text_stays_its_heading() -> None:
    lines = _lines(
        "<details><summary>Høring: Vejplan</summary><p>Sagsfremstilling tekst.</p></details>"
    )
    assert "## Høring: Vejplan" in lines


_MAIN = (
    "<main><h1>Beskæftigelsesudvalget</h1>"
    "<h2>1) Godkendelse af dagsorden</h2><p><b>Beslutning:</b> Godkendt.</p>"
    "<h2>2) Eventuelt</h2><p>Intet.</p></main>"
)
_SIDE = (
    "<aside><h2>Om mødet</h2><p>Møde den 03.06.2025 kl. 16.00</p>"
    "<p>Sted: Jobcentret, lokale 12</p><h2>Andre møder</h2>"
    '<ul><li><a href="?d=1">06.05.2025</a></li></ul></aside>'
)


def test_a_side_columns_facts_are_read_before_the_items() -> None:
    lines = _lines(f'<div id="grid">{_MAIN}{_SIDE}</div>')
    assert lines.index("Møde den 03.06.2025 kl. 16.00") < lines.index("## Beskæftigelsesudvalget")
    assert "Sted: Jobcentret, lokale 12" in lines
    # (the column's box caption and its next box, the links to other meetings, stay out)
    assert not any("Om mødet" in ln or "Andre møder" in ln or "06.05.2025" in ln for ln in lines)


def test_a_side_column_gives_the_meetings_date() -> None:
    page = f'<html><body><div id="grid">{_MAIN}{_SIDE}</div></body></html>'.encode()
    result = parse_bytes(page, "beskaeftigelsesudvalget.html")
    meeting = result.records["meetings"][0]
    assert str(meeting[3]) == "2025-06-03" and meeting[5] == "16:00"


def test_a_side_column_stays_out_where_main_has_the_facts() -> None:
    side = '<aside><h2>Andre møder</h2><p>Sted: se <a href="/x">kalender</a></p></aside>'
    lines = _lines(f"<div>{_MAIN.replace('</h1>', '</h1><p>Dato: 03.06.2025</p>')}{side}</div>")
    assert not any("kalender" in ln for ln in lines)


def _field_table(n: int, title: str, text: str) -> str:
    return (
        f"<table><tr><th>Punkt</th><td>{n}</td></tr><tr><th>Titel</th><td><b>{title}</b></td></tr>"
        f"<tr><th>Sagsnr.</th><td>25/{n}00</td></tr><tr><th>Sagsfremstilling</th><td>{text}</td></tr>"
        "<tr><th>Beslutning i Økonomiudvalget den 02-09-2025</th><td>Godkendt.</td></tr></table>"
    )


def test_a_field_table_with_a_long_decision_label_and_a_list_is_no_layout_table() -> None:
    lines = _lines(
        _field_table(2, "Udbud af rengøring", "<p>Tre delaftaler:</p><ul><li>a</li></ul>")
    )
    assert "Titel\tUdbud af rengøring" in lines
    assert "Beslutning i Økonomiudvalget den 02-09-2025\tGodkendt." in lines


def test_a_table_with_a_long_label_of_no_decision_stays_a_layout_table() -> None:
    table = _field_table(2, "Udbud", "<ul><li>a</li></ul>").replace(
        "Beslutning i Økonomiudvalget den 02-09-2025",
        "Bemærkninger fra de mange høringsparter i sagen",
    )
    assert "Titel\tUdbud" not in _lines(table)


def test_a_companys_board_after_its_name_is_the_forum() -> None:
    assert _FORUM_PREFIX.sub("", "Lyngå Varme A/S – Bestyrelsen") == "Bestyrelsen"
    assert _FORUM_PREFIX.sub("", "Egnsvarme I/S - Repræsentantskabet") == "Repræsentantskabet"
    # (no legal form: no company's name read off)
    assert _FORUM_PREFIX.sub("", "Lyngå Varme – Bestyrelsen") == "Lyngå Varme – Bestyrelsen"


def test_a_member_away_for_part_of_the_meeting_is_the_person() -> None:
    page = (
        "<html><body><h1>Byrådet</h1><dl><dt>Dato</dt><dd>30.10.2025</dd>"
        "<dt>Fraværende</dt><dd>Karin Dam (V) fra punkt 2</dd></dl>"
        "<h2>1. Godkendelse af dagsorden</h2><p>Beslutning: Godkendt.</p>"
        "<h2>2. Eventuelt</h2><p>Intet.</p></body></html>"
    ).encode()
    result = parse_bytes(page, "byraadet-2025-10-30.html")
    assert [(p[2], p[4]) for p in result.records["participants"]] == [("Karin Dam", False)]
    assert "could not be placed" not in result.manifest["message"]
