"""Layouts taught in the twenty-first round by fix78 (invented text)."""

from __future__ import annotations

import pytest

from analysis.parse import parse_minutes

_CLOSED_BY = "\n".join(
    [
        "Ældrerådet",
        "Referat af mødet mandag d. 12/5-2025 kl. 10.00",
        "",
        "Punkt 1  Godkendelse af dagsorden",
        "Aftale:",
        "Godkendt.",
        "",
        "Punkt 2  Eventuelt",
        "Aftale:",
        "Intet.",
        "",
        "{last}",
    ]
)


@pytest.mark.parametrize(
    "last",
    [
        "Referatet er udsendt 14/5-2025",
        "Referatet udsendt til medlemmerne den 14. maj 2025",
        "Referatet er offentliggjort 15.05.2025.",
        "Næste møde: mandag d. 16/6-2025 kl. 10.00\nReferatet er udsendt 14/5-2025",
    ],
)
def test_the_day_the_minutes_went_out_closes_them(last: str) -> None:
    """'Referatet er udsendt 6/3-2025' after the last item (alone or under the next
    meeting's date): when the minutes were sent out, no text of the last item."""
    meeting = parse_minutes(_CLOSED_BY.replace("{last}", last))
    assert meeting.items[-1].sections[-1].text == "Intet."
    assert not [w for w in meeting.warnings if "could not be placed" in w]


def test_minutes_to_be_sent_stay_the_items_text() -> None:
    """'Referatet sendes til …' (still to be done, no date it went out) is not the note."""
    meeting = parse_minutes(_CLOSED_BY.replace("{last}", "Referatet sendes til Byrådet."))
    assert "Referatet sendes til Byrådet." in meeting.items[-1].sections[-1].text


_PORTAL = "\n".join(
    [
        "## Børne- og Skoleudvalget",
        "",
        "{kind}",
        "Mødetidspunkt: 02-06-2025 15:00",
        "Mødested: Mødelokale 3",
        "",
        "Punkt 1: Godkendelse af dagsorden",
        "",
        "Beslutning",
        "",
        "Godkendt.",
        "",
        "Punkt 2: Skoledistrikter",
        "",
        "Beslutning",
        "",
        "Godkendt.",
    ]
)


@pytest.mark.parametrize(
    ("kind", "document_type"),
    [
        ("Mødetype: Referat", "referat"),
        ("Mødetype\tReferat", "referat"),
        ("Mødetype: Ordinært møde", "referat"),
    ],
)
def test_the_meeting_type_field_is_a_header_field(kind: str, document_type: str) -> None:
    """'Mødetype: Referat' on a portal's meeting page: the document's kind, placed (an
    'Ordinært møde' placed too, naming no kind)."""
    meeting = parse_minutes(_PORTAL.replace("{kind}", kind))
    assert meeting.document_type == document_type
    assert not [w for w in meeting.warnings if "could not be placed" in w]
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Skoledistrikter"]


_LATER_START = "\n".join(
    [
        "Byrådet",
        "Beslutningsprotokol",
        "Mødedato\tTirsdag den 9. september 2025",
        "",
        "{note}",
        "",
        "## Punkt nr. 5 – Salg af byggegrunde",
        "J.nr.: 25-011203",
        "",
        "Byrådets beslutning den 9. september 2025",
        "Godkendt.",
        "",
        "## Punkt nr. 6 – Takster for svømmehallen",
        "J.nr.: 25-011877",
        "",
        "Byrådets beslutning den 9. september 2025",
        "Udsat.",
    ]
)


@pytest.mark.parametrize(
    "note",
    [
        "Punkt 1-4 er behandlet i særskilt protokol (spørgetid og temadrøftelse).",
        "Pkt. 1-4 blev behandlet for lukkede døre.",
        "Punkterne 1 til 4 er ført i den lukkede protokol.",
    ],
)
def test_a_note_that_the_first_items_are_minuted_elsewhere(note: str) -> None:
    """'Punkt 1-4 er behandlet i særskilt protokol …' over items numbered from 5: a note
    on the meeting (placed), no item 'Pkt. 1'."""
    meeting = parse_minutes(_LATER_START.replace("{note}", note))
    assert [i.number for i in meeting.items] == [5, 6]
    assert not [w for w in meeting.warnings if "could not be placed" in w]


@pytest.mark.parametrize("sep", ["—", "–", "-", "|"])
def test_owner_and_forum_again_under_the_running_head(sep: str) -> None:
    """'Faxe Kommune — Seniorrådet' under a running head that named both: placed."""
    text = "\n".join(
        [
            "Seniorrådet · Faxe Kommune",
            "",
            f"## Faxe Kommune {sep} Seniorrådet",
            "",
            "Referat af møde tirsdag d. 14/10 2025 kl. 10-12",
            "",
            "## Pkt. 1 – Godkendelse af dagsorden",
            "Referat:",
            "Godkendt.",
            "",
            "## Pkt. 2 – Evt.",
            "Referat:",
            "Intet.",
        ]
    )
    meeting = parse_minutes(text)
    assert meeting.forum == "Seniorrådet"
    assert not [w for w in meeting.warnings if "could not be placed" in w]


_FOOTED = (
    "<html><body><div id='content'><h1>Referat – Ældrerådet</h1>"
    "<p>Dato: Mandag den 3. marts 2025</p>"
    "<h2>Punkt 1 - Godkendelse af dagsorden</h2><p><b>Beslutning</b></p><p>Godkendt.</p>"
    "<h2>Punkt 2 - Eventuelt</h2><p><b>Beslutning</b></p><p>Intet.</p></div>"
    "{footer}</body></html>"
)


@pytest.mark.parametrize(
    ("footer", "kept"),
    [
        ("<div id='footer'>Ærø Kommune, Statene 2, 5970 Ærøskøbing · CVR 29189900</div>", False),
        ("<div class='page-footer'>Kontakt · Cookies · Privatlivspolitik</div>", False),
        # a div so named holding a table of the minutes is no site footer
        (
            "<div class='footer'><table><tr><td>Godkendt af</td><td>Anna Lund</td></tr>"
            "</table></div>",
            True,
        ),
    ],
)
def test_a_site_footer_div_is_no_text_of_the_last_item(footer: str, kept: bool) -> None:
    """'<div id="footer">' / '<div class="page-footer">' outside the article: the site's
    page footer, as a '<footer>' is, not read into the last item's decision."""
    from analysis.read import read_bytes

    text = read_bytes(_FOOTED.replace("{footer}", footer).encode(), ".html").text
    assert ("Godkendt af" in text) is kept
    meeting = parse_minutes(text)
    assert meeting.items[-1].sections[-1].text == "Intet." or kept
