"""Fifty-second round, layouts375: later pages of committee and council minutes, saved
without the pages before them.

The text opens in the middle of an item (``text.opens_mid_item``: its first line of text
begins with a small letter), so the lines above the first item are an item's end, not a
header; the page's running header or footer, found once, names the meeting
(``text.fragment_page_meeting``, read in ``base.parse_numbered``). A region's page header of
two columns whose gap was closed ("Region X Regionsrådet <date>") names the region as the
owner (``layouts._REGION_LEAD``) and the body after it (``header._owner_before_body``). An
unnumbered last title cut before its outcome counts where its case field stands as a
paragraph of its own under it (``titled_paragraphs._case_paragraph``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import _REGION_LEAD, parse_text
from analysis.layouts.header import _owner_before_body
from analysis.layouts.text import _page_number_cut, fragment_page_meeting, opens_mid_item
from analysis.layouts.titled_paragraphs import _case_paragraph
from analysis.parse import Line


def _lines(text: str) -> list[Line]:
    return [Line(k, t.strip(), 0) for k, t in enumerate(text.split("\n"))]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "Aabenraa Kommune | Byrådet | 4. maj 2022 | side 2 af 9",
            "Aabenraa Kommune | Byrådet | 4. maj 2022",
        ),
        ("Skive Kommune – Byrådet – 4. maj 2022 – side 6", "Skive Kommune – Byrådet – 4. maj 2022"),
        ("Faxe Kommune Side 3 af 12", "Faxe Kommune"),
        ("Side 4", ""),
    ],
)
def test_a_page_number_is_cut_with_its_separator(text: str, rest: str) -> None:
    assert _page_number_cut(text) == rest


@pytest.mark.parametrize("text", ["Byrådet 4. maj 2022", "Se side 4 i bilaget om sagen."])
def test_a_line_not_ended_by_a_page_number_is_not_cut(text: str) -> None:
    assert _page_number_cut(text) is None


def test_a_text_opening_with_a_small_letter_opens_mid_item() -> None:
    lines = _lines("Tårnby Kommune | Byrådet | 1. juni 2021 | side 2\n\nog at sagen genoptages.\n")
    assert opens_mid_item(lines, {0})
    assert opens_mid_item(lines, set())  # (the page-numbered line passed over, skipped or not)


def test_a_text_opening_with_its_title_does_not() -> None:
    assert not opens_mid_item(_lines("Byrådet\nReferat 1. juni 2021\n\n1. Godkendelse"), set())


def test_the_page_header_on_top_names_the_meeting_without_its_page_number() -> None:
    lines = _lines(
        "Tårnby Kommune | Byrådet | 1. juni 2021 | side 2 af 4\n\nog at sagen genoptages."
    )
    assert [ln.clean for ln in fragment_page_meeting(lines)] == [
        "Tårnby Kommune | Byrådet | 1. juni 2021"
    ]


def test_a_page_footer_and_the_running_header_under_it_name_the_meeting() -> None:
    lines = _lines(
        "og det blev vedtaget.\n\nTønder Kommune   Side 4 af 9\nByrådet 01-06-2021\n\n7. Title"
    )
    assert [ln.clean for ln in fragment_page_meeting(lines)] == [
        "Tønder Kommune",
        "Byrådet 01-06-2021",
    ]


def test_a_page_number_by_no_dated_line_names_nothing() -> None:
    assert fragment_page_meeting(_lines("og det blev vedtaget.\n\nSide 4 af 9\n\n7. Title")) == []


def test_a_later_page_is_dated_by_its_header_not_by_the_case_text_above_the_first_item() -> None:
    text = (
        "Vejen Kommune – Økonomiudvalget – 2. april 2019 – side 3\n\n"
        "at anlægget står færdigt den 1. oktober 2019.\n\nBeslutning\nGodkendt.\n\n\n"
        "8. Salg af byggegrunde i Askov\nSagsnr.: 19/2231\n\nBeslutning\nGodkendt.\n\n\n"
        "9. Budgetopfølgning\nSagsnr.: 19/0810\n\nBeslutning\nTaget til efterretning.\n"
    )
    meeting = parse_text(text)
    assert (meeting.date.isoformat(), meeting.forum) == ("2019-04-02", "Økonomiudvalget")


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("Region Nordjylland Regionsrådet 12. marts 2019 – Referat Side 4", "Region Nordjylland"),
        ("Region Sjælland Forretningsudvalget 3. maj 2022", "Region Sjælland"),
    ],
)
def test_a_regions_name_beside_a_body_in_a_closed_gap_is_the_owner(line: str, region: str) -> None:
    m = _REGION_LEAD.match(line)
    assert m is not None
    assert next(filter(None, m.groups())) == region


def test_a_region_in_a_sentence_is_no_owner() -> None:
    assert _REGION_LEAD.match("Region Hovedstaden har sendt planen i høring i 2024") is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Region Midtjylland Regionsrådet", "Regionsrådet"),
        ("Vejle Kommune Byrådet", "Byrådet"),
    ],
)
def test_the_body_after_its_owner(text: str, body: str) -> None:
    assert _owner_before_body(text) == body


def test_no_owner_no_body() -> None:
    assert _owner_before_body("Regionsrådet") is None


def test_a_case_field_alone_in_its_paragraph_is_read() -> None:
    lines = _lines("Title\n\nSagsnr.: 16/2207\n\nTekst.")
    paras = [[0], [2], [4]]
    assert _case_paragraph(lines, paras, 1) == "16/2207"
    assert _case_paragraph(lines, paras, 2) is None
    assert _case_paragraph(lines, paras, 3) is None
