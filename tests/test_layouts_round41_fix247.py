"""Forty-first round, layouts247: ordinary committee and city council minutes of mid-sized
municipalities in their house styles.

The open/closed mark with its noun in brackets after the item's number ("Punkt 4 (Åben
sag)" over the title, "Punkt 4 (Lukket punkt) Title": ``headings._NUMBER_ALONE``,
``headings._LEADING_OPEN``); a portal's case page headed by the forum and the meeting's date
before the item's word and number ("EBU 05.03.2024 - Sag nr. 21" over the title:
``headings._DATED_FORUM_PREFIX``); a contents list whose entries come again below with a
numbered list of an item's text between the headings (``headings._listed_again_below``);
"Dagsorden" alone over a contents list that the headings below repeat
(``headings.contents``); the members who signed the minutes named under the facts
(``signature_note.signers_named``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.base import _listed_closed
from analysis.layouts.headings import _DATED_FORUM_PREFIX, Contents, TocEntry
from analysis.layouts.signature_note import signers_named
from analysis.pipeline import parse_bytes

_HEAD = """Randers Kommune
Byrådet
Referat
Mandag den 6. februar 2023 kl. 17.00
Byrådssalen, Randers Rådhus

"""


def _items(body: str, head: str = _HEAD) -> list[tuple[int, str, str | None, bool]]:
    meeting = parse_text(head + body)
    return [(it.number, it.title, it.case_number, it.closed) for it in meeting.items]


def _warnings(text: str) -> str:
    return parse_bytes(text.encode(), "referat.txt").manifest["message"]


@pytest.mark.parametrize("noun", ["sag", "punkt"])
def test_the_mark_with_its_noun_in_brackets_over_the_title(noun: str) -> None:
    body = f"""Punkt 1 (Åben {noun})
Godkendelse af dagsorden
Sagsnr.: 23/1201
Beslutning i Byrådet den 6. februar 2023
Godkendt.

Punkt 2 (Åben {noun})
Salg af byggegrund i Assentoft
Sagsnr.: 22/9914
Beslutning i Byrådet den 6. februar 2023
Godkendt.

Punkt 3 (Lukket {noun})
Personalesag
Beslutning i Byrådet den 6. februar 2023
Taget til efterretning.
"""
    assert _items(body) == [
        (1, "Godkendelse af dagsorden", "23/1201", False),
        (2, "Salg af byggegrund i Assentoft", "22/9914", False),
        (3, "Personalesag", None, True),
    ]


def test_the_mark_with_its_noun_before_the_title_on_the_heading_line() -> None:
    body = """Punkt 1 (Åben sag) Godkendelse af dagsorden
Sagsnr.: 23/1201
Beslutning i Byrådet den 6. februar 2023
Godkendt.

Punkt 2 (Lukket punkt) Køb af ejendom
Sagsnr.: 22/9920
Beslutning i Byrådet den 6. februar 2023
Godkendt.
"""
    assert _items(body) == [
        (1, "Godkendelse af dagsorden", "23/1201", False),
        (2, "Køb af ejendom", "22/9920", True),
    ]


def test_another_word_in_brackets_stays_in_the_title() -> None:
    # ("(Åben høring)": no open/closed mark of the item, a word of its title)
    body = """Punkt 1 (Åben høring) Trafikplan for midtbyen
Sagsnr.: 23/1201
Beslutning i Byrådet den 6. februar 2023
Godkendt.

Punkt 2 Eventuelt
Beslutning i Byrådet den 6. februar 2023
Intet.
"""
    assert _items(body)[0][1] == "(Åben høring) Trafikplan for midtbyen"


_PORTAL_HEAD = """Esbjerg Kommune
Kultur- og Fritidsudvalget
Referat
Mødedato: Onsdag den 3. april 2024
Starttidspunkt: Kl. 16.00
Mødested: Mødelokale 1, Esbjerg Rådhus

"""


@pytest.mark.parametrize(
    "prefix", ["KFU 03.04.2024 - ", "Kultur- og Fritidsudvalget 03-04-2024 – ", "KFU 3.4.24 - "]
)
def test_the_forum_and_the_date_before_the_items_word_and_number(prefix: str) -> None:
    body = f"""{prefix}Sag nr. 31

Godkendelse af dagsorden

Beslutning
Godkendt.
J.nr. 00.01.00-A00-2-24

{prefix}Punkt 32

Tilskud til idrætsforeninger 2024

Beslutning
Godkendt.
J.nr. 18.15.00-Ø40-1-24
"""
    assert _items(body, _PORTAL_HEAD) == [
        (31, "Godkendelse af dagsorden", "00.01.00-A00-2-24", False),
        (32, "Tilskud til idrætsforeninger 2024", "18.15.00-Ø40-1-24", False),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # (a title after the number: the prefix only where the item's word and number end it)
        "KFU 03.04.2024 - Sag nr. 31 Godkendelse af dagsorden",
        # (a sentence's date and a dash before a case's words)
        "Mødet den 03.04.2024 blev udsat - sag 4",
        "Referat 03.04.2024 - side 4",
        "KFU 03.04.2024 - 31",
    ],
)
def test_no_forum_and_date_prefix_is_taken_off(line: str) -> None:
    assert _DATED_FORUM_PREFIX.sub("", line) == line


def test_a_contents_list_repeated_below_with_a_list_in_an_items_text() -> None:
    # ("1." / "2." in item 32's text are candidates between the headings: the list is
    # still the contents, its entries no items of their own)
    text = (
        _PORTAL_HEAD
        + """Åbne sager
Sag nr. 31  Godkendelse af dagsorden
Sag nr. 32  Meddelelser
Sag nr. 33  Tilskud til idrætsforeninger 2024
Lukkede sager
Sag nr. 34  Klage over lokalefordeling

KFU 03.04.2024 - Sag nr. 31

Godkendelse af dagsorden

Beslutning
Godkendt.

KFU 03.04.2024 - Sag nr. 32

Meddelelser

Sagsfremstilling
Kulturchefen orienterede om:
1. Åbningen af det nye bibliotek
2. Sommerens festivaler

Beslutning
Til efterretning.

KFU 03.04.2024 - Sag nr. 33

Tilskud til idrætsforeninger 2024

Beslutning
Godkendt.

KFU 03.04.2024 - Sag nr. 34

Klage over lokalefordeling

Sagen er behandlet for lukkede døre.
"""
    )
    meeting = parse_text(text)
    # (34, listed under "Lukkede sager", is closed)
    assert [(it.number, it.title, it.closed) for it in meeting.items] == [
        (31, "Godkendelse af dagsorden", False),
        (32, "Meddelelser", False),
        (33, "Tilskud til idrætsforeninger 2024", False),
        (34, "Klage over lokalefordeling", True),
    ]
    assert _warnings(text) == ""


def test_a_closed_part_numbered_from_one_again_closes_no_open_item() -> None:
    # ("Åbne punkter" / "1. …" / "2. …" / "Lukkede punkter" / "1. …": the closed part's own
    # numbers, the open item 1's too; "… / Lukkede sager" / "69 …": item 69 alone)
    again = Contents(
        [
            TocEntry("Godkendelse", None, 8, 1),
            TocEntry("Budget", None, 9, 2),
            TocEntry("Salg af grund", None, 11, 1),
        ],
        {7, 8, 9, 10, 11},
        12,
    )
    assert _listed_closed(again, {7: False, 10: True}) == set()
    on = Contents(
        [TocEntry("Godkendelse", None, 8, 68), TocEntry("Salg af grund", None, 10, 69)],
        {7, 8, 9, 10},
        11,
    )
    assert _listed_closed(on, {7: False, 9: True}) == {69}
    assert _listed_closed(on, {7: False}) == set()


_COLUMN_HEAD = """Aalborg Kommune
Skoleudvalget
Referat

Tirsdag den 10. september 2024 kl. 14:00 - 16:30
Mødested: Mødelokale 4, Rantzausgade 4
Protokollen er godkendt af: Lene Holm (A), Bo Kjær (V), Ida Lund (F)

"""


def test_dagsorden_alone_heads_a_list_the_headings_repeat() -> None:
    text = (
        _COLUMN_HEAD
        + """Dagsorden
1   Godkendelse af dagsorden
2   Meddelelser
3   Lukket sag: Klage over skolevalg

1. Godkendelse af dagsorden
Åben sag   Sags-id: 24/5120
Skoleudvalgets beslutning den 10. september 2024:
Godkendt.

2. Meddelelser
Åben sag   Sags-id: 24/5120
Skoleudvalgets beslutning den 10. september 2024:
Til orientering.

3. Lukket sag: Klage over skolevalg
Lukket sag
Skoleudvalgets beslutning den 10. september 2024:
Godkendt.
"""
    )
    assert [(n, t) for n, t, _, _ in _items(text, "")] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Meddelelser"),
        (3, "Klage over skolevalg"),
    ]
    assert _warnings(text) == ""


def test_dagsorden_alone_over_the_items_themselves_heads_no_list() -> None:
    # (the document's kind over its items: their text under each, no list of titles)
    text = """Aalborg Kommune
Skoleudvalget
Tirsdag den 10. september 2024 kl. 14:00

Dagsorden
1. Godkendelse af dagsorden
Beslutning:
Godkendt.

2. Skolernes ferieplan 2025/26
Beslutning:
Godkendt.
"""
    assert [(n, t) for n, t, _, _ in _items(text, "")] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Skolernes ferieplan 2025/26"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Protokollen er godkendt af: Lene Holm (A), Bo Kjær (V), Ida Lund (F)",
        "Referatet er underskrevet af: Lene Holm · Bo Kjær",
        "Protokollen blev signeret af: Lene Holm, Bo Kjær Nielsen",
        "Godkendt af: Lene Holm, Bo Kjær",
    ],
)
def test_the_signers_named_after_their_label(text: str) -> None:
    assert signers_named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protokollen er godkendt af formanden.",
        "Protokollen er godkendt af: alle medlemmer",
        "Planen er godkendt af: Lene Holm, Bo Kjær",
        "Protokollen er godkendt af: Lene Holm (A), som stemte imod punkt 4.",
    ],
)
def test_no_signers_without_the_label_or_names_only(text: str) -> None:
    assert not signers_named(text)
