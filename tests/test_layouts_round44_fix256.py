"""Forty-fourth round, layouts256: long city council minutes with many items.

A council's consent part as a lettered group heading ("A. Sager til beslutning uden
debat", also in a contents list: ``groups._GROUP``); a web page's group heading right over
an item's number, the item's own heading under it ("## Indledende punkter" / "Punkt 1" /
"## Godkendelse af dagsorden": no news post's headline, ``number_under_title._under``);
members' interpellations answered ("Forespørgslen blev besvaret af …", "<post> besvarede
forespørgslen.", "Besvaret af …" under a "Forespørgsel fra …" title: discussed) or
withdrawn (none); question time answered ("Spørgsmål fra <name> om … blev besvaret af …",
"Ingen spørgsmål var anmeldt.": none); an item "Behandlet sammen med punkt 3." typed as
item 3 (``decisions.same_as_item``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, interpellation_debated, same_as_item
from analysis.layouts import parse_text
from analysis.layouts.groups import is_group_heading
from analysis.layouts.number_under_title import numbers_under_titles


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A. Sager til beslutning uden debat", True),
        ("B. Sager til beslutning med debat", True),
        ("SAGER TIL BESLUTNING UDEN DEBAT", True),
        ("Sager til beslutning", True),
        # what must not be read: a sentence about the part, a decision for it
        ("Punkterne tages op på dagsordenen som sager uden debat.", False),
        ("Sager til beslutning uden debat blev godkendt", False),
        ("A. Sager uden debat om budgettet", False),
    ],
)
def test_consent_part_is_a_group_heading(text: str, group: bool) -> None:
    assert is_group_heading(text) is group


_LETTERED_CONTENTS = """# Referat – Kommunalbestyrelsen

**Nordby Kommune**
Tirsdag den 1. oktober 2024 kl. 18:00

## Indhold

- 1. Godkendelse af dagsorden

**A. Sager til beslutning uden debat**

- 2. Takster for vand 2025
- 3. Navngivning af veje

**B. Sager til beslutning med debat**

- 4. Ny skolestruktur

### 1. Godkendelse af dagsorden

**Beslutning i Kommunalbestyrelsen den 1. oktober 2024**

Godkendt.

## A. Sager til beslutning uden debat

### 2. Takster for vand 2025

**Beslutning i Kommunalbestyrelsen den 1. oktober 2024**

Godkendt uden debat.

### 3. Navngivning af veje

**Beslutning i Kommunalbestyrelsen den 1. oktober 2024**

Godkendt uden debat.

## B. Sager til beslutning med debat

### 4. Ny skolestruktur

**Beslutning i Kommunalbestyrelsen den 1. oktober 2024**

Sagen blev udsat.
"""


def test_lettered_consent_group_does_not_end_the_contents_list() -> None:
    meeting = parse_text(_LETTERED_CONTENTS)
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[3].title == "Ny skolestruktur"


_GROUPED_BLOCKS = """## Indledende punkter

Punkt 1

## Godkendelse af dagsorden

Godkendt.

## Lukkede punkter

Punkt 2

## Køb af grund

Punkt 3

## Salg af grund
"""


def test_group_heading_over_a_number_and_its_heading_is_no_headline() -> None:
    assert numbers_under_titles(_GROUPED_BLOCKS) == _GROUPED_BLOCKS


def test_news_post_headlines_over_their_numbers_are_still_read() -> None:
    """What must not be lost: headlines with the number under them and text below."""
    post = "Intro\n\n## Ny hal\n\nPunkt 5\n\nBevilget.\n\n## Ny sti\n\nPunkt 6\n\nUdsat.\n"
    lines = numbers_under_titles(post).split("\n")
    assert "## 5. Ny hal" in lines
    assert "## 6. Ny sti" in lines


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Forespørgslen blev besvaret af borgmesteren.", "discussed"),
        ("Forespørgslen blev besvaret af rådmanden, og der fulgte debat.", "discussed"),
        ("Rådmanden for Sundhed og Omsorg besvarede forespørgslen.", "discussed"),
        ("Forespørgslen blev trukket tilbage af forespørgeren.", "none"),
        ("Ingen spørgsmål var anmeldt.", "none"),
        (
            "Spørgsmål fra Lis Bak om stier blev besvaret af formanden.\n\n"
            "Øvrige spørgsmål blev besvaret skriftligt.",
            "none",
        ),
        ("Rådmanden besvarede spørgsmålet, og administrationen følger op skriftligt.", "none"),
        # what must not be read as an answer alone: the forum's own act after it
        (
            "Spørgsmål fra Lis Bak om stier blev besvaret, og udvalget besluttede at se på sagen.",
            "decided",
        ),
        ("Spørgsmålet blev besvaret.", "none"),
    ],
)
def test_questions_and_interpellations(text: str, kind: str) -> None:
    assert classify_decision(text)[0][0] == kind


def test_an_item_treated_with_an_earlier_one_takes_its_type() -> None:
    earlier = {3: ["approved"]}
    assert same_as_item(["discussed"], "Behandlet sammen med punkt 3.", earlier) == ["approved"]
    assert same_as_item(["discussed"], "Sagen blev behandlet under ét med pkt. 3", earlier) == [
        "approved"
    ]
    # not read: an item not before it, more said after the reference, another type found
    assert same_as_item(["discussed"], "Behandlet sammen med punkt 9.", earlier) == ["discussed"]
    assert same_as_item(["discussed"], "Behandlet sammen med punkt 3, og drøftet.", earlier) == [
        "discussed"
    ]
    assert same_as_item(["postponed"], "Behandlet sammen med punkt 3.", earlier) == ["postponed"]


def test_an_interpellation_answered_is_discussed() -> None:
    title = "Forespørgsel fra Venstre om cykelstier"
    assert interpellation_debated(["none"], "Besvaret af formanden.", title) == ["discussed"]
    assert interpellation_debated(["none"], "Borgmesteren besvarede spørgsmålet.", title) == [
        "discussed"
    ]
    # not read: a member's question, a citizen's, an interpellation said to be withdrawn
    question = "Spørgsmål fra byrådsmedlem Per Friis om parkering"
    assert interpellation_debated(["none"], "Besvaret af formanden.", question) == ["none"]
    assert interpellation_debated(["none"], "Besvaret.", "Spørgetid for borgerne") == ["none"]
    withdrawn = "Forespørgslen blev trukket tilbage."
    assert interpellation_debated(["none"], withdrawn, title) == ["none"]
