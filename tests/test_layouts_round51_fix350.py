"""Fifty-first round, layouts350: committee and council web pages saved by HTML-to-Markdown
converters (pandoc's markdown above all).

Pandoc's fenced divs ("::: class" / ":::", an HTML <div>) are markup alone on their lines
(``parse._DIV_FENCE``: a blank line); a heading's attribute list ("## 12 Title {#sag-12}",
"# Dagsorden - Byrådet {#id .class}") is no word of the heading
(``parse._HEADING_ATTRIBUTES``, so the forum in the page's title heading is read); a link
whose words the converter wrapped over two lines ("[12 Title, forslag" / "til høring](#…)",
a contents list at 72 columns) is read as its words on the two lines
(``parse._WRAPPED_LINK``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.parse import to_lines


def _cleans(text: str) -> list[str]:
    return [line.clean for line in to_lines(text)]


@pytest.mark.parametrize(
    "fence", ["::: sagsfelt", ":::", "::: {.moedeinfo}", ":::: {#x .boks}", "  ::: note"]
)
def test_a_pandoc_div_fence_is_a_blank_line(fence: str) -> None:
    assert _cleans(f"Titel\n{fence}\nSagsnr.: 20/118") == ["Titel", "", "Sagsnr.: 20/118"]


@pytest.mark.parametrize(
    "line", [":::Godkendt", "::: Godkendt som indstillet.", "Note ::: her", "::"]
)
def test_words_after_three_colons_are_text(line: str) -> None:
    assert _cleans(line)[0] != ""


@pytest.mark.parametrize(
    ("raw", "clean", "level"),
    [
        ("## 12 Budget 2026 {#sag-12}", "12 Budget 2026", 2),
        ("# Dagsorden - Byrådet {#dagsorden .sidetitel}", "Dagsorden - Byrådet", 1),
        ("### Eventuelt {.unnumbered}", "Eventuelt", 3),
        ("## 3. Anlæg {#pkt3 .aaben data-id=7}", "3. Anlæg", 2),
    ],
)
def test_a_headings_attribute_list_is_no_word_of_it(raw: str, clean: str, level: int) -> None:
    (line,) = to_lines(raw)
    assert (line.clean, line.heading_level) == (clean, level)


@pytest.mark.parametrize("raw", ["Budgettet {i mio. kr.}", "Takster {2024}", "## Tabel {se bilag}"])
def test_braces_in_text_or_without_an_anchor_or_class_stay(raw: str) -> None:
    assert "{" in to_lines(raw)[0].clean


def test_a_link_wrapped_over_two_lines_keeps_its_words_on_both() -> None:
    text = "* [4 Lokalplan for boliger, forslag\n  til høring](#sag-4)\n* [5 Eventuelt](#sag-5)"
    assert _cleans(text) == ["* 4 Lokalplan for boliger, forslag", "til høring", "* 5 Eventuelt"]


def test_brackets_on_lines_of_their_own_are_no_wrapped_link() -> None:
    text = "Se [bilag 2] og\n[bilag 3](https://x.dk/b3) nedenfor"
    assert _cleans(text) == ["Se [bilag 2] og", "bilag 3 nedenfor"]


_PAGE = """-   [Forside](https://www.eksempel.dk/)

# Dagsorden - Miljøudvalget {#dagsorden-mu .sidetitel}

::: moede
Onsdag den 2. oktober 2024 kl. 9:00\\
Mødelokale 5, Rådhuset
:::

## Indhold

-   [88 Godkendelse af dagsorden](#sag-88)
-   [89 Naturpleje i ådalen, plan for de kommende
    år](#sag-89)
-   [90 Orientering om vandløbsvedligeholdelse](#sag-90)

## 88 Godkendelse af dagsorden {#sag-88}

::: sag
Sagsnr.: 24/7001
:::

**Indstilling**

Direktøren indstiller, at dagsordenen godkendes.

## 89 Naturpleje i ådalen, plan for de kommende år {#sag-89}

::: sag
Sagsnr.: 24/6120
:::

**Sagsfremstilling**

Planen omfatter
"""


def test_a_pandoc_agenda_page_reads_forum_titles_cases_and_the_contents() -> None:
    meeting = parse_text(_PAGE)
    assert meeting.forum == "Miljøudvalget"
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (88, "Godkendelse af dagsorden", "24/7001"),
        (89, "Naturpleje i ådalen, plan for de kommende år", "24/6120"),
        (90, "Orientering om vandløbsvedligeholdelse", None),
    ]
