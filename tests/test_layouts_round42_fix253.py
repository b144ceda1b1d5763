"""Forty-second round, layouts253: city council minutes with political proceedings
(amendments, votes, minority statements, items sent back or withdrawn, each committee's
recommendation shown above the council's own decision, budget tables in the text).

An accordion whose items are unnumbered, each ``<div>`` opened by a button calling itself a
fold (``read.html._opens_section``, ``_fold_marked``); each committee's dated decision head
on such a page ("Beslutning Klima- og Miljøudvalget 01-10-2024") and the one "Sagsfremstilling"
of an item no item's title (``unnumbered._section_length``, ``_without_repeated_sections``);
the meeting's facts in a ``<header>`` before ``<main>`` as a definition list without colons
(``read.html._holds_meeting_fields``); a contents table headed "Pkt.  Tekst  Side"
(``headings._TOC_HEAD``); an item withdrawn and said to come back at the council's own
meeting or in a month (``decisions._COMES_BACK``); the vote adopting a motion or an
amendment told before it, "… blev dermed vedtaget", "…, og sagen blev herefter sendt til …"
(``decisions._BARE_VOTE_AFTER``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.headings import _TOC_HEAD
from analysis.read.html import html_to_text as page_text


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def _panel(title: str, body: str, button: str = 'class="accordion"') -> str:
    return (
        f'<div class="item"><button {button}>{title}</button><div class="panel">{body}</div></div>'
    )


_FACTS = (
    "<h1>Byrådet - Referat</h1><p>Torsdag den 6. marts 2025, kl. 19.00</p>"
    "<p>Mødelokale: Byrådssalen</p>"
)


def _page(*panels: str) -> str:
    return f"<html><body>{_FACTS}<div class='items'>{''.join(panels)}</div></body></html>"


def test_unnumbered_accordion_buttons_are_the_items_headings() -> None:
    text = page_text(
        _page(
            _panel("Godkendelse af dagsorden", "<h4>Beslutning</h4><p>Godkendt.</p>"),
            _panel("Ny busplan", "<p>Sagsnr.: 25-000311</p><h4>Beslutning</h4><p>Godkendt.</p>"),
        )
    )
    assert "## Godkendelse af dagsorden" in text
    assert "## Ny busplan" in text


@pytest.mark.parametrize(
    "button",
    [
        "",  # no fold mark: a plain button, a control
        'class="btn"',  # a class that is no fold's
    ],
)
def test_unnumbered_buttons_without_a_fold_mark_stay_controls(button: str) -> None:
    text = page_text(
        _page(
            _panel("Godkendelse af dagsorden", "<p>Godkendt.</p>", button),
            _panel("Ny busplan", "<p>Godkendt.</p>", button),
        )
    )
    assert "Godkendelse af dagsorden" not in text


def test_a_lone_fold_or_a_control_word_is_no_heading() -> None:
    # one fold alone (no sibling opened by a button) and a control's words stay out
    lone = page_text(_page(_panel("Læs om mødet", "<p>Godkendt.</p>")))
    assert "Læs om mødet" not in lone
    controls = page_text(
        _page(_panel("Vis mere", "<p>Godkendt.</p>"), _panel("Vis mere", "<p>Drøftet.</p>"))
    )
    assert "Vis mere" not in controls


def test_committee_decision_heads_on_an_unnumbered_page_are_sections() -> None:
    page = _page(
        _panel(
            "Klimaplan – midtvejsstatus",
            "<p>Sagsnr.: 25-001144</p><h4>Beslutning Teknik-, Miljø- og Klimaudvalget 17-02-2025"
            "</h4><p>Anbefales.</p><h4>Beslutning Byrådet 06-03-2025</h4><p>Godkendt.</p>",
        ),
        _panel(
            "Ny skole i Vestbyen",
            "<p>Sagsnr.: 25-001150</p><h4>Sagsfremstilling</h4><p>Skolen bygges i to etaper.</p>"
            "<h4>Beslutning Børne-, Unge- og Familieudvalget 18-02-2025</h4><p>Anbefales.</p>"
            "<h4>Beslutning Byrådet 06-03-2025</h4><p>Godkendt.</p>",
        ),
    )
    meeting = parse_text(page_text(page))
    assert [i.title for i in meeting.items] == ["Klimaplan – midtvejsstatus", "Ny skole i Vestbyen"]
    assert [i.case_number for i in meeting.items] == ["25-001144", "25-001150"]
    assert meeting.items[1].sections[0].key == "sagsfremstilling"


def test_a_title_naming_a_decision_stays_a_title() -> None:
    # ("… – beslutning efter høring": no date after it, an item's title)
    page = _page(
        _panel(
            "Skolestruktur – beslutning efter høring",
            "<p>Sagsnr.: 25-001160</p><h4>Beslutning Byrådet 06-03-2025</h4><p>Godkendt.</p>",
        ),
        _panel(
            "Vejplan 2026",
            "<p>Sagsnr.: 25-001161</p><h4>Beslutning Byrådet 06-03-2025</h4><p>Godkendt.</p>",
        ),
    )
    meeting = parse_text(page_text(page))
    assert [i.title for i in meeting.items] == [
        "Skolestruktur – beslutning efter høring",
        "Vejplan 2026",
    ]


_MAIN = (
    "<main><h2><span>1.</span> Godkendelse af dagsorden</h2><h3>Beslutning</h3>"
    "<p>Godkendt.</p></main>"
)


def test_facts_in_a_definition_list_before_main() -> None:
    page = (
        "<html><body><header><h1>Byrådet</h1><dl><dt>Mødedato</dt><dd>onsdag den 4. juni 2025"
        "</dd><dt>Starttidspunkt</dt><dd>17:00</dd><dt>Sted</dt><dd>Byrådssalen, Rådhuset</dd>"
        f"</dl></header>{_MAIN}</body></html>"
    )
    meeting = parse_text(page_text(page))
    assert (meeting.start_time, meeting.location) == ("17:00", "Byrådssalen, Rådhuset")


def test_a_definition_list_of_other_terms_before_main_is_not_taken() -> None:
    page = (
        "<html><body><div><dl><dt>Telefon</dt><dd>70 10 20 30</dd><dt>Åbningstid</dt>"
        f"<dd>9-15</dd></dl></div>{_MAIN}</body></html>"
    )
    assert "Telefon" not in page_text(page)


@pytest.mark.parametrize(
    "head",
    ["Pkt.   Tekst                        Side", "Punkt  Tekst  Side", "Pkt.\tTekst\tSide"],
)
def test_a_contents_table_headed_tekst(head: str) -> None:
    assert _TOC_HEAD.match(head)


@pytest.mark.parametrize("line", ["Pkt. Tekst", "Tekst Side", "Pkt. 3 Tekst side 4"])
def test_other_lines_naming_a_text_are_no_contents_head(line: str) -> None:
    assert not _TOC_HEAD.match(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Punktet udgik og behandles på Byrådets møde den 14. maj 2025.", "postponed"),
        ("Punktet udgik. Sagen genoptages på kommunalbestyrelsens møde i juni.", "postponed"),
        ("Punktet udgik og behandles i september.", "postponed"),
        # (what must not be read: nothing said of the item coming back)
        ("Punktet udgik. Byrådets møde i juni er aflyst.", "none"),
        ("Punktet udgik, da det blev behandlet i udvalget i oktober.", "none"),
    ],
)
def test_an_item_withdrawn_and_said_to_come_back(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Borgmesteren foreslog, at forslaget oversendes til Kultur- og Fritidsudvalget.\n"
            "For borgmesterens forslag stemte 21, imod stemte 4 (Ø).\n"
            "Borgmesterens forslag blev dermed vedtaget.",
            "referred",
        ),
        (
            "Ændringsforslag fra F:\n\nForslaget oversendes til Teknik- og Miljøudvalget.\n\n"
            "For ændringsforslaget stemte 16, imod stemte 9 (V, C).\n\n"
            "Ændringsforslaget blev vedtaget, og sagen blev herefter sendt til Teknik- og "
            "Miljøudvalget.",
            "referred",
        ),
        # (what must not be read: an amendment of substance carried, the recommendation
        # approved after an amendment)
        (
            "Ændringsforslag fra V: Der afsættes 2 mio. kr. til cykelstier.\n\n"
            "Ændringsforslaget blev vedtaget.",
            "approved",
        ),
        ("Ændringsforslaget blev vedtaget, og indstillingen blev herefter godkendt.", "approved"),
    ],
)
def test_the_vote_adopting_a_motion_told_before_it(text: str, expected: str) -> None:
    assert _type(text) == expected
