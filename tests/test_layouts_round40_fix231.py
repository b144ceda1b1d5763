"""Fortieth round, layouts231: committee minutes whose decisions are phrased in every way.

A contents list whose unnumbered entries carry the open/closed mark in a column before
the title, over items each opened by the mark alone on the line over the title
(``headings.marks_off``, ``paged_contents.repeated_titles``); a two-part decision written
"Ad 1: …" / "Ad 2: …" under its label, no item headings (``headings._decision_point``);
a participle after an article and a degree ("de to højst prioriterede indsatser") that
describes its noun (``decisions._attributive``); an approval told by the chair in a
that-clause ("Formanden orienterede om, at <styrelse> har godkendt …"), no approval of the
forum's (the approve rule's ``_not_told``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.headings import TocEntry, marks_off

_HEAD = """Norddjurs Kommune
Referat
Socialudvalget
Mødedato: Torsdag den 6. november 2025
Mødested: Rådhuset, Grenaa
Mødetid: 16:00 - 18:00

"""


def _items(body: str) -> list[tuple[int, str, str | None, bool, str]]:
    meeting = parse_text(_HEAD + body)
    return [
        (
            it.number,
            it.raw_title,
            it.case_number,
            it.closed,
            next((s.text for s in it.sections if s.key == "beslutning"), ""),
        )
        for it in meeting.items
    ]


_MARKED = """Indholdsfortegnelse
Åbent  Plan for botilbud .................... 2
Lukket  Klagesag om hjemmehjælp ............. 3
Åbent  Status på ventelister ................ 4

Åbent punkt
Plan for botilbud
Sagsnr. 2025-011903
Beslutning:
Ad 1: Godkendt.
Ad 2: Drøftet.

Lukket punkt
Klagesag om hjemmehjælp
Sagsnr. 2025-012017
Beslutning:
Afvist.

Åbent punkt
Status på ventelister
Sagsnr. 2025-010044
Beslutning:
Taget til efterretning.
"""


def test_marked_items_under_a_contents_list_with_a_mark_column() -> None:
    assert _items(_MARKED) == [
        (1, "Plan for botilbud", "2025-011903", False, "Ad 1: Godkendt.\nAd 2: Drøftet."),
        (2, "Klagesag om hjemmehjælp", "2025-012017", True, "Afvist."),
        (3, "Status på ventelister", "2025-010044", False, "Taget til efterretning."),
    ]


def test_the_mark_column_comes_off_only_where_every_entry_has_it() -> None:
    marked = [TocEntry("Åbent Plan for botilbud", 2, 0), TocEntry("Lukket Klagesag", 3, 1)]
    assert [e.title for e in marks_off(marked)] == ["Plan for botilbud", "Klagesag"]
    # one title opening with the word is the title's own
    mixed = [TocEntry("Åben Skole i Grenaa", 2, 0), TocEntry("Budget 2026", 3, 1)]
    assert marks_off(mixed) == mixed
    # a numbered entry's mark after its number is the list's column too (layouts319; one
    # before the number is the numbered reader's, ``_OPEN_PREFIX``)
    numbered = [TocEntry("Åbent Plan", 2, 0, 1), TocEntry("Åbent Budget", 3, 1, 2)]
    assert [e.title for e in marks_off(numbered)] == ["Plan", "Budget"]


def test_ad_lines_elsewhere_stay_item_headings() -> None:
    """ "Ad 1. Title" answering an agenda (no decision label over it, no full stop) is an
    item heading as before."""
    body = """Ad 1. Godkendelse af dagsorden
Beslutning:
Godkendt.

Ad 2. Budgetopfølgning
Beslutning:
Taget til efterretning.

Ad 3. Eventuelt
Beslutning:
Intet.
"""
    assert [(n, t) for n, t, *_ in _items(body)] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budgetopfølgning"),
        (3, "Eventuelt"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after an article and a degree describes its noun
        (
            "Drøftet. Forvaltningen går videre med de to højst\nprioriterede projekter.",
            ["discussed"],
        ),
        ("Drøftet. Der arbejdes videre med den mest prioriterede opgave.", ["discussed"]),
        # the forum's own ranking still decides
        ("Udvalget prioriterede højst tre projekter.", ["decided"]),
        ("Drøftet. Udvalget prioriterede de to projekter.", ["discussed", "decided"]),
        # an approval told, another authority's: the orientation is the outcome
        ("Formanden orienterede om, at Trafikstyrelsen har godkendt ruten.", ["noted"]),
        ("Direktøren informerede om, at styrelsen har godkendt planen.", ["noted"]),
        # the forum's own approval after the telling, or with a that-clause of its own
        ("Formanden orienterede om sagen. Godkendt.", ["approved"]),
        ("Udvalget godkendte, at projektet igangsættes.", ["approved"]),
    ],
)
def test_decision_types(text: str, expected: list[str]) -> None:
    assert [t for t, _ in classify_decision(text)] == expected
