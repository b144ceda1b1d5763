"""Sixtieth session, held-out sets (layouts440): the ways minutes number their items.

- A council or board secretary lists the agenda first and writes each item under "Ad
  dagsordenens punkt 3: Title", the decision under "Referat/beslutning:": the line is an
  item heading as "Ad punkt 3: Title" is (``headings._PKT``, read by
  ``headings.candidates``; the headings answer the list's points in
  ``base.parse_numbered``).
- A numbered group "3. Meddelelser" with only a lead-in ("Udvalget orienteres om disse
  sager:") over points "3.1 Title" / "3.2 Title", each with its own case and decision: the
  points are the agenda's cases and the heading their group's, no item
  (``headings._led_in_group`` in ``headings._one_group``); the heading and its lead-in are
  no text of the item above (``groups.numbered_group_lines``). With a case of its own the
  heading stays an item (``_texted_group_head``).
- A portal's page setting the meeting's fields in a ``<header>`` outside ``<main>``, a
  table of plain cells "Mødedato" | "18-03-2026": the meeting's own head, read before the
  items (``read.html._meeting_header``, ``_holds_meeting_fields`` / ``_field_row``).
- Items with no numbers, each a bold title, the closed one with "(Lukket punkt)" alone
  between its title and its "Beslutning": the mark is no title, the line above is
  (``layouts.unnumbered._plain_heads``, ``_BRACKETED_MARK``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from analysis.layouts import groups, headings, text, unnumbered
from analysis.layouts.base import parse_numbered
from analysis.pipeline import parse_bytes
from analysis.read import html

_RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _items(name: str) -> list[tuple]:
    result = parse_bytes((_RAW / name).read_bytes(), name)
    return [(row[3], row[4]) for row in result.records["items"]]


# --- "Ad dagsordenens punkt N: Title" (headings._PKT) -------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ad dagsordenens punkt 2: Høring om busplanen",
        "Ad dagsordenens pkt. 2 - Høring om busplanen",
        "Ad punkt 2: Høring om busplanen",
    ],
)
def test_the_agenda_point_named_in_full_is_a_heading(line: str) -> None:
    lines = text.prepare(f"Referat\n\n{line}\n\nReferat/beslutning:\nGodkendt.\n")
    heads = headings.candidates(lines, set())
    assert [(h.number, h.title) for h in heads] == [(2, "Høring om busplanen")]


def test_points_answering_the_listed_agenda_are_the_items() -> None:
    names = _items("generic-ad-dagsordenens-punkt-under-liste.txt")
    assert [n for n, _ in names] == [1, 2, 3, 4]
    result = parse_bytes(
        (_RAW / "generic-ad-dagsordenens-punkt-under-liste.txt").read_bytes(),
        "generic-ad-dagsordenens-punkt-under-liste.txt",
    )
    assert len(result.records["item_decisions"]) == 4
    assert "only the table of contents" not in result.manifest["message"]


# --- a numbered group with a lead-in over its cases (headings._led_in_group) --------------

_GROUP = (
    "Mødedato: 11-02-2026\n"
    "\n"
    "## 1. Godkendelse af dagsorden\n\nAfgørelse\n\nGodkendt.\n\n"
    "## 2. Meddelelser\n\n{under}"
    "## 2.1 Vandløbsregulativ\n\n{case1}Afgørelse\n\nTaget til efterretning.\n\n"
    "## 2.2 Naturpleje\n\n{case2}Afgørelse\n\nTaget til orientering.\n\n"
    "## 3. Eventuelt\n\nAfgørelse\n\nIntet.\n"
)


def _titles(source: str) -> list[tuple[int, str]]:
    meeting = parse_numbered(text.prepare(source), "generic")
    return [(it.number, it.title) for it in meeting.items]


def test_a_lead_in_over_cased_points_is_the_groups() -> None:
    source = _GROUP.format(
        under="Udvalget orienteres om disse sager:\n\n",
        case1="Sagsnr.: 2025-010455\n\n",
        case2="Sagsnr.: 2025-011930\n\n",
    )
    assert _titles(source) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Vandløbsregulativ"),
        (3, "Naturpleje"),
        (4, "Eventuelt"),
    ]


def test_a_lead_in_over_points_without_cases_keeps_the_heading_an_item() -> None:
    source = _GROUP.format(under="Punktet rummer disse orienteringer:\n\n", case1="", case2="")
    assert [title for _, title in _titles(source)][:2] == [
        "Godkendelse af dagsorden",
        "Meddelelser",
    ]


def test_a_group_heading_with_a_case_of_its_own_stays_an_item() -> None:
    source = _GROUP.format(
        under="Sagsnr.: 2025-000100\n\nUdvalget orienteres om disse sager:\n\n",
        case1="Sagsnr.: 2025-010455\n\n",
        case2="Sagsnr.: 2025-011930\n\n",
    )
    assert "Meddelelser" in [title for _, title in _titles(source)]


def test_the_group_heading_and_its_lead_in_are_no_text_of_the_item_above() -> None:
    lines = text.prepare(
        "## 1. Budget\n\nGodkendt.\n\n## 2. Meddelelser\n\nUdvalget orienteres om disse sager:\n\n"
        "## 2.1 Vandløb\n\nSagsnr.: 2025-010455\n"
    )
    point = next(p for p, ln in enumerate(lines) if ln.clean.startswith("2.1"))
    group = next(p for p, ln in enumerate(lines) if ln.clean.startswith("2. Med"))
    lead = next(p for p, ln in enumerate(lines) if ln.clean.startswith("Udvalget"))
    found = groups.numbered_group_lines(lines, [0, point])
    assert {lines[group].index, lines[lead].index} <= found


def test_the_lead_in_fixture_reads_the_points() -> None:
    names = _items("generic-gruppe-indledning-underpunkter-med-sager.md")
    assert [title for _, title in names][2:4] == [
        "Vandløbsregulativ for Kastbjerg Å",
        "Status på naturpleje ved Fornæs",
    ]


# --- the meeting's fields in a <header> outside <main> (read.html) ------------------------


def _header(markup: str):
    return BeautifulSoup(markup, "lxml").find("header")


def test_a_header_with_a_date_field_in_cells_is_the_meetings() -> None:
    tag = _header(
        "<header><h1>Referat</h1><table><tr><td>Mødedato</td><td>18-03-2026</td></tr>"
        "</table></header>"
    )
    assert html._meeting_header(tag)
    assert html._holds_meeting_fields(tag)


def test_a_sites_header_stays_chrome() -> None:
    tag = _header("<header><h1>Lemvig Kommune</h1><nav><a href='/'>Forside</a></nav></header>")
    assert not html._meeting_header(tag)
    plain = _header("<header><h1>Velkommen</h1><p>Nyheder fra 18-03-2026</p></header>")
    assert not html._meeting_header(plain)


def test_the_header_fields_fixture_is_read() -> None:
    name = "generic-sidehoved-felttabel-margennumre.html"
    result = parse_bytes((_RAW / name).read_bytes(), name)
    assert result.manifest["status"] in ("ok", "warning")
    meeting = result.records["meetings"][0]
    assert str(meeting[3]) == "2026-03-18" and meeting[5] == "14:00"


# --- "(Lukket punkt)" under an unnumbered title (layouts.unnumbered) ----------------------


@pytest.mark.parametrize("mark", ["(Lukket punkt)", "(lukket sag)", "[Åbent punkt]", "(Åben)"])
def test_a_bracketed_mark_alone_is_no_title(mark: str) -> None:
    assert unnumbered._BRACKETED_MARK.match(mark)


@pytest.mark.parametrize("line", ["(Lukket punkt, se bilag)", "Lukket punkt om salg"])
def test_other_lines_are_no_mark(line: str) -> None:
    assert not unnumbered._BRACKETED_MARK.match(line)


def test_the_title_over_the_mark_is_the_items() -> None:
    names = _items("generic-fed-titel-lukket-maerke-under.html")
    assert [title for _, title in names] == [
        "Godkendelse af dagsorden",
        "Ungeindsats i jobcentret 2026",
        "Salg af erhvervsgrund på Fabriksvej",
        "Ledighedstal for februar",
        "Eventuelt",
    ]
