"""Round fifty (fix335): saved web pages of today's publishing portals.

Fold-out panels after a clickable heading row, a closed item's heading alone in a list of
section items, toggles built of spans side by side, a side menu of bare item numbers, a
portal's fact list under the title, header fields under a side column's contents list,
and material sent to a body's members."""

from __future__ import annotations

from bs4 import BeautifulSoup

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.headings import _next_bare_number
from analysis.layouts.text import item_jump_menu, prepare
from analysis.read import html


def _text(markup: str) -> str:
    return html.read(markup.encode("utf-8")).text


def test_a_panel_after_a_heading_row_marked_expandable_is_unfolded() -> None:
    markup = (
        "<html><body><main><ol>"
        '<li><div tabindex="0" aria-expanded="false"><span>1</span><h2>Vejbelysning</h2></div>'
        "<div hidden><p>Sagsnummer: 24/118</p><h3>Beslutning</h3><p>Godkendt.</p></div></li>"
        '<li><div tabindex="0" aria-expanded="false"><span>2</span><h2>Eventuelt</h2></div>'
        "<div hidden><h3>Beslutning</h3><p>Intet.</p></div></li>"
        "</ol></main></body></html>"
    )
    text = _text(markup)
    assert "Godkendt." in text
    assert "Intet." in text


def test_a_hidden_block_after_a_plain_element_stays_hidden() -> None:
    markup = (
        "<html><body><main><div><h2>1. Vejbelysning</h2></div>"
        "<div hidden><p>Skjult kladde.</p></div><p>Godkendt.</p></main></body></html>"
    )
    assert "Skjult kladde." not in _text(markup)


def test_headed_item_reads_a_heading_or_an_item_toggle() -> None:
    soup = BeautifulSoup(
        "<ol><li><h2>Titel</h2></li>"
        '<li><button aria-expanded="false" disabled><span>8</span><span>Salg af grund</span>'
        "</button></li><li>Et punkt uden overskrift</li></ol>",
        "html.parser",
    )
    first, second, third = soup.find_all("li")
    assert html._headed_item(first)
    assert html._headed_item(second)
    assert not html._headed_item(third)


def test_a_closed_item_in_a_list_of_sections_is_a_section_without_a_second_number() -> None:
    markup = (
        "<html><body><main><ol>"
        '<li><button aria-expanded="false"><span>1</span><span>Budget</span></button>'
        "<div hidden><p>Sagsnr.: 24/1</p><h3>Indstilling</h3><p>At budgettet godkendes.</p>"
        "</div></li>"
        '<li><button aria-expanded="false" disabled><span>2</span><span>Køb af grund</span>'
        "<span>Lukket punkt</span></button></li>"
        "</ol></main></body></html>"
    )
    lines = [ln for ln in _text(markup).split("\n") if ln]
    assert "## 1 Budget" in lines
    assert "## 2 Køb af grund Lukket punkt" in lines
    assert not any(ln.startswith(("1.", "2.")) for ln in lines)


def test_parted_spaces_the_spans_of_a_toggle_or_label() -> None:
    soup = BeautifulSoup(
        "<summary><span>Punkt 3</span><span>Titel</span><span>Lukket punkt</span></summary>"
        "<button>Vis <b>mere</b></button><h2><span>A</span><span>B</span></h2>",
        "html.parser",
    )
    assert html._parted(soup.summary) == "Punkt 3 Titel Lukket punkt"
    assert html._parted(soup.button) == "Vis mere"  # loose text between: as it runs
    assert html._parted(soup.h2) == "AB"  # a heading element's own words are left alone


def test_item_jump_menu_is_a_run_of_bare_numbers_and_its_heading() -> None:
    text = "Punkter\n\nPunkt 1\nPunkt 2\nPunkt 3\n\nREFERAT\n\nDato: 3. maj 2022\n"
    lines = prepare(text)
    menu = item_jump_menu(lines)
    assert {ln.clean for ln in lines if ln.index in menu} == {
        "Punkter",
        "Punkt 1",
        "Punkt 2",
        "Punkt 3",
    }


def test_item_jump_menu_needs_three_numbers_counting_up() -> None:
    assert not item_jump_menu(prepare("Punkt 1\nPunkt 2\n\nTitel\n"))
    assert not item_jump_menu(prepare("Punkt 1\nPunkt 3\nPunkt 2\n\nTitel\n"))
    assert not item_jump_menu(prepare("Punkt 1\nGodkendelse\nPunkt 2\nBudget\nPunkt 3\n"))


def test_next_bare_number_is_the_next_item_heading() -> None:
    assert _next_bare_number("8 Salg af grund Lukket punkt", "9 Meddelelser")
    assert not _next_bare_number("8 Salg af grund", "10 Meddelelser")
    assert not _next_bare_number("8. Salg af grund", "9 Meddelelser")
    assert not _next_bare_number("Salg af grund", "2 etaper")


def test_a_portal_fact_list_under_the_title_is_no_wrapped_title() -> None:
    text = (
        "Referat\n\nSeniorrådet\n\nDato: Onsdag den 4. juni 2025\nSted: Rådhuset\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nMødedato: 04.06.2025\nPunkt: 1\n"
        "Type: Åbent punkt\n\nBeslutning\n\nGodkendt.\n\n"
        "Punkt 2: Ny busplan\n\nMødedato: 04.06.2025\nPunkt: 2\nSagsnummer: 25/3310\n"
        "Status: Åbent punkt\n\nBeslutning\n\nDrøftet.\n"
    )
    items = parse_text(text).items
    assert [it.title for it in items] == ["Godkendelse af dagsorden", "Ny busplan"]
    assert items[1].case_number == "25/3310"


def test_fields_under_a_side_contents_list_fill_the_meeting() -> None:
    text = (
        "Punkter\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n\n## Referat\n\n"
        "Udvalg:\tKulturudvalget\nMødedato:\t05-03-2024\nMødetidspunkt:\t16:00 - 18:00\n"
        "Mødested:\tLokale 2, Rådhuset\n\n1.\tGodkendelse af dagsorden\n\nSagsnr.:\t24/100\n\n"
        "Beslutning\n\nGodkendt.\n\n2.\tEventuelt\n\nBeslutning\n\nIntet.\n"
    )
    meeting = parse_text(text)
    facts = (str(meeting.date), meeting.start_time, meeting.location)
    assert facts == ("2024-03-05", "16:00", "Lokale 2, Rådhuset")


def test_material_sent_to_a_bodys_members_is_no_referral() -> None:
    found = classify_decision("Drøftet. Et udkast sendes til udvalgets medlemmer inden mødet.")
    assert [kind for kind, _ in found] == ["discussed"]
    assert classify_decision("Sagen sendes tilbage til udvalget.")[0][0] == "referred"
    assert classify_decision("Sagen oversendes til Byrådet.")[0][0] == "referred"
