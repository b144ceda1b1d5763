"""Fiftieth round, layouts325: single-item pages of the agenda portals.

An item page's pager (``text._item_pager``: "Punkt 4 af 12  « Forrige punkt | Næste punkt »
| Tilbage til dagsorden") is furniture, never a line of the title; a side menu headed
"Mødets punkter" / "Dagsordenens punkter" is the contents list (``headings._TOC_HEAD``); a
heading stopping on a comma goes on on the next line whatever its first letter
(``headings._wrapped_title`` through ``_cut_short``); a genitive in a clause after a comma
("…, som indgår i rådets høringssvar:") heads no decision (``parse._CLAUSE_IN_BODY``).
"""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.layouts import parse_text
from analysis.layouts.headings import _TOC_HEAD
from analysis.layouts.text import _item_pager, is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Forrige punkt | Næste punkt",
        "« Forrige punkt | Næste punkt » | Tilbage til dagsorden",
        "‹ Forrige punkt Næste punkt › Tilbage til dagsorden",
        "◄ Forrige punkt Tilbage til dagsorden Næste punkt ►",
        "Tilbage til dagsorden Forrige punkt Næste punkt Udskriv",
        "< Forrige Næste >",
        "« Forrige | Dagsordenen | Næste »",
        "Punkt 5 af 9 Forrige | Næste",
        "Punkt 3 af 8 ← Forrige punkt Næste punkt → Til oversigten",
        "Forrige sag   Næste sag   Tilbage til dagsordenen",
        "FORRIGE PUNKT | NÆSTE PUNKT",
    ],
)
def test_an_item_pages_pager_is_furniture(line: str) -> None:
    assert _item_pager(line)
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Næste",
        "Forrige",
        "Næste møde",
        "Punkt til næste møde",
        "Forrige referat godkendt",
        "Opfølgning fra forrige møde",
        "Næste punkt på dagsordenen er budgettet",
        "Sagen behandles igen på næste møde i udvalget",
    ],
)
def test_a_title_or_sentence_with_a_steps_word_is_no_pager(line: str) -> None:
    assert not _item_pager(line)


@pytest.mark.parametrize(
    "line", ["Mødets punkter", "Dagsordenens punkter", "Mødets punkter:", "Punkter"]
)
def test_the_side_menus_head_opens_the_contents(line: str) -> None:
    assert _TOC_HEAD.match(line)


def test_a_side_menu_under_the_meetings_points_lists_the_items() -> None:
    meeting = parse_text("""Ikast-Brande Kommune
Forside / Politik / Referater / Social- og Sundhedsudvalget / Møde 02.06.2020

Social- og Sundhedsudvalget - Referat
Tirsdag den 2. juni 2020 kl. 14:00
Mødelokale 3, Rådhuset

Mødets punkter
  1. Godkendelse af dagsorden
  2. Budgetopfølgning
  3. Eventuelt

Punkt 2 af 3
< Forrige   Næste >

2. Budgetopfølgning

Sagsnr.: 20/4411

Beslutning
Taget til efterretning.
""")
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budgetopfølgning"),
        (3, "Eventuelt"),
    ]
    assert meeting.items[1].case_number == "20/4411"


def test_a_heading_stopping_on_a_comma_takes_its_capitalised_rest() -> None:
    meeting = parse_text("""Byrådet
Mødedato: Onsdag den 6. marts 2019
Mødetidspunkt: 18:00
Mødested: Byrådssalen

Punkt 4 af 10        ← Forrige punkt    Næste punkt →

4. Lokalplan nr. 51 for et boligområde ved Søvej, Nørre Alslev,
Vesterby - endelig vedtagelse

Sagsnr.: 01.02.05-P16-2-18

Beslutning i Byrådet den 6. marts 2019:
Godkendt.
""")
    assert [(i.number, i.title) for i in meeting.items] == [
        (
            4,
            "Lokalplan nr. 51 for et boligområde ved Søvej, Nørre Alslev, "
            "Vesterby - endelig vedtagelse",
        )
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Rådet drøftede sagen og havde følgende bemærkninger, som indgår i rådets høringssvar:",
        "Ældrerådet gav disse bemærkninger, der sendes med i Ældrerådets høringssvar:",
    ],
)
def test_a_genitive_in_a_clause_after_a_comma_heads_no_decision(line: str) -> None:
    rules = parse.BodyRules(forum=line.split()[0])
    assert parse.heading_key(parse.Line(0, line, 0), rules) is None


@pytest.mark.parametrize(
    ("line", "forum"),
    [
        ("Ældrerådets høringssvar:", "Ældrerådet"),
        ("Handicaprådets bemærkninger:", "Handicaprådet"),
        ("Social-, Sundheds- og Ældreudvalgets beslutning:", "Social-, Sundheds- og Ældreudvalget"),
    ],
)
def test_a_bodys_genitive_heading_still_heads_the_decision(line: str, forum: str) -> None:
    key = parse.heading_key(parse.Line(0, line, 0), parse.BodyRules(forum=forum))
    assert key is not None and key[0] == "beslutning"
