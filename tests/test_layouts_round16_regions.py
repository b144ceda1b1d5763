"""Regions as the owners of minutes, and Word page headers (pure).

The fixtures ``pkt-region-sidehoved.docx`` and ``web-region-sidetitel.html`` check the
two end to end; these tests pin the rules, and what they must leave alone: a kommune's
minutes that mention a region keep the kommune.
"""

from __future__ import annotations

import io

import docx

from analysis.layouts import _REGION_LEAD, parse_text
from analysis.layouts.page_title import title_facts
from analysis.municipalities import region_in, region_named
from analysis.read import read_bytes


def test_region_named_alone_or_in_a_title() -> None:
    assert region_named("REGION SYDDANMARK") == "Region Syddanmark"
    assert region_named("Region Sjælland.") == "Region Sjælland"
    # a sentence naming a region, or a name that is no region, is not an owner line
    assert region_named("Region Hovedstaden har sendt forslaget i høring") is None
    assert region_named("Region Fyn") is None
    assert region_in("Dagsorden - Regionsrådet - Region Midtjylland") == "Region Midtjylland"
    assert region_in("REGION NORDJYLLAND – Forretningsudvalget") == "Region Nordjylland"
    assert region_in("Regionshuset Vejle") is None
    assert region_in("Delregion Syddanmarksvej 4") is None


def test_page_title_names_a_region_as_owner() -> None:
    assert title_facts("Regionsrådet 26.03.2025 - Referat - Region Midtjylland") == (
        "Regionsrådet",
        "Region Midtjylland",
    )
    # a kommune's title naming both: the kommune owns the page
    assert title_facts("Samarbejde med Region Hovedstaden - Byrådet - Gentofte Kommune")[1] == (
        "Gentofte Kommune"
    )


_MINUTES = """{top}
Referat

Mødedato: 12.03.2025 kl. 14.00
Mødested: {place}

Pkt. 1
Godkendelse af dagsorden

BESLUTNING:
Godkendt.

Pkt. 2
{title}
J.nr.: 25/0441

{text}

BESLUTNING:
Taget til efterretning.
"""


def test_region_on_top_owns_the_minutes() -> None:
    meeting = parse_text(
        _MINUTES.format(
            top="REGION SYDDANMARK\nForretningsudvalget",
            place="Regionshuset, Damhaven 12, Vejle",
            title="Sundhedshus i Give",
            text="Vejle Kommune har tilbudt lokaler til sundhedshuset.",
        )
    )
    assert meeting.municipality == "Region Syddanmark"
    assert meeting.forum == "Forretningsudvalget"


def test_kommune_mentioning_a_region_in_an_item_keeps_the_kommune() -> None:
    meeting = parse_text(
        _MINUTES.format(
            top="Gentofte Kommune\nSocialudvalget",
            place="Rådhuset, mødesal 1",
            title="Region Hovedstaden - høring om praksisplan",
            text="Region Hovedstaden har sendt praksisplanen i høring.\nRegion Hovedstaden",
        )
    )
    assert meeting.municipality == "Gentofte Kommune"
    assert [it.title for it in meeting.items][1] == "Region Hovedstaden - høring om praksisplan"


def test_region_mentioned_only_in_an_item_is_no_owner() -> None:
    meeting = parse_text(
        _MINUTES.format(
            top="Socialudvalget",
            place="Rådhuset, mødesal 1",
            title="Høring om praksisplan",
            text="Region Hovedstaden har sendt praksisplanen i høring.",
        )
    )
    assert meeting.municipality is None


def _word(header: list[str], body: list[str], table: list[str] | None = None) -> bytes:
    document = docx.Document()
    section = document.sections[0]
    if header or table:
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = header[0] if header else ""
        for text in header[1:]:
            section.header.add_paragraph(text)
        if table:
            cells = section.header.add_table(1, len(table), document.sections[0].page_width).rows[0]
            for cell, text in zip(cells.cells, table, strict=True):
                cell.text = text
    for text in body:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


_BODY = [
    "Referat",
    "Mødedato: 12.03.2025 kl. 14.00",
    "Pkt. 1",
    "Godkendelse af dagsorden",
    "BESLUTNING:",
    "Godkendt.",
]


def test_docx_page_header_is_read_once_above_the_body() -> None:
    text = read_bytes(_word(["Region Syddanmark\tForretningsudvalget"], _BODY), ".docx").text
    lines = text.splitlines()
    assert lines[:3] == ["Region Syddanmark", "Forretningsudvalget", ""]
    assert lines[3] == "Referat"
    assert text.count("Region Syddanmark") == 1
    meeting = parse_text(text)
    assert (meeting.municipality, meeting.forum) == ("Region Syddanmark", "Forretningsudvalget")
    assert [it.title for it in meeting.items] == ["Godkendelse af dagsorden"]


def test_docx_page_header_the_body_repeats_is_not_doubled() -> None:
    # Word repeats the header on every page; the body's own title repeats it too
    body = ["Forretningsudvalget", *_BODY]
    text = read_bytes(_word(["Forretningsudvalget", "Referat"], body), ".docx").text
    assert text.count("Forretningsudvalget") == 1
    assert text.count("Referat") == 1
    meeting = parse_text(text)
    assert [it.title for it in meeting.items] == ["Godkendelse af dagsorden"]
    assert [s.text for s in meeting.items[0].sections if s.key == "beslutning"] == ["Godkendt."]


def test_docx_page_header_table_cells_are_lines() -> None:
    text = read_bytes(_word([], _BODY, table=["REGION NORDJYLLAND", "Regionsrådet"]), ".docx").text
    assert text.splitlines()[:3] == ["REGION NORDJYLLAND", "Regionsrådet", ""]
    assert parse_text(text).municipality == "Region Nordjylland"


def test_docx_without_a_page_header_reads_as_before() -> None:
    text = read_bytes(_word([], _BODY), ".docx").text
    assert text.splitlines()[0] == "Referat"


def test_item_title_opening_with_a_region_is_no_owner() -> None:
    text = """Socialudvalget 12.03.2025
Pkt. 1
Region Sjælland
Den nye aftale er underskrevet.

BESLUTNING:
Godkendt.

Pkt. 2
Region Hovedstaden - høring om praksisplan

BESLUTNING:
Taget til efterretning.
"""
    meeting = parse_text(text)
    assert [it.title for it in meeting.items] == [
        "Region Sjælland",
        "Region Hovedstaden - høring om praksisplan",
    ]
    assert meeting.municipality is None
    assert _REGION_LEAD.match("Region Hovedstaden - høring om praksisplan") is None
    assert _REGION_LEAD.match("Region Midtjylland – Referat – 12.03.2025")
    # the same region before a dash with the body after it is the owner line
    assert parse_text("Region Hovedstaden – Regionsrådet\n" + text).municipality == (
        "Region Hovedstaden"
    )


def test_forum_closed_by_its_region_names_the_owner() -> None:
    body = "\nReferat\nMødedato: 12.03.2025 kl. 14.00\n\nPkt. 1\nGodkendelse af dagsorden\n"
    for top, forum, owner in (
        ("Forretningsudvalget, Region Syddanmark", "Forretningsudvalget", "Region Syddanmark"),
        ("Regionsrådet – Region Midtjylland", "Regionsrådet", "Region Midtjylland"),
        # a body named after a region is no owner line
        ("Udvalget for Region Sjælland", "Udvalget for Region Sjælland", None),
    ):
        meeting = parse_text(top + "\n" + body)
        assert (meeting.forum, meeting.municipality) == (forum, owner)
