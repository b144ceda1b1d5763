"""Forty-ninth round, layouts318: a municipality's minutes pages of 2010-2026, excerpts.

An agenda export cut off inside an item: the contents list's entries after the last one
the text has are items of their title alone (``parse.contents_past_text``); a breadcrumb
of slashes whose site section is named in two words ("Politik og demokrati / …") is page
furniture (``text._SLASH_TRAIL``), not the forum.
"""

from __future__ import annotations

import datetime as dt

from analysis.layouts import parse_text
from analysis.layouts.text import is_furniture
from analysis.parse import Line, contents_past_text

_DAY = dt.date(2012, 5, 8)


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_entries_past_the_text_are_items_numbered_as_listed() -> None:
    lines = _lines("Punkt 4. Eventuelt", "Punkt 6. Salg af Skolevej 3")
    entries = [("Eventuelt", None, 0), ("Salg af Skolevej 3", None, 1)]
    items = contents_past_text(entries, lines, 3, _DAY)
    assert [(it.number, it.title, it.case_number) for it in items] == [
        (4, "Eventuelt", None),
        (6, "Salg af Skolevej 3", None),
    ]


def test_an_entry_without_a_number_follows_the_one_before() -> None:
    lines = _lines("Vejnavne i Nørreby")
    items = contents_past_text([("Vejnavne i Nørreby", 7, 0)], lines, 2, _DAY)
    assert [(it.number, it.toc_page) for it in items] == [(3, 7)]


def test_entries_whose_numbers_do_not_go_on_are_no_items() -> None:
    lines = _lines("Punkt 2. Budgetopfølgning")
    assert contents_past_text([("Budgetopfølgning", None, 0)], lines, 5, _DAY) == []


def test_an_excerpt_of_an_agenda_export_keeps_the_listed_items() -> None:
    meeting = parse_text(
        """Børneudvalget - Referat

Mødedato: 08.05.2012
Mødetidspunkt: Kl. 16.00
Mødested: Mødelokale 4, Rådhuset

Indholdsfortegnelse

Punkt 1. Meddelelser
Punkt 2. Dagtilbudsstruktur
Punkt 3. Eventuelt

Punkt 1. Meddelelser

Sagsnr.: 12/881

Beslutning i Børneudvalget den 08.05.2012
Taget til efterretning.

Punkt 2. Dagtilbudsstruktur

Sagsnr.: 12/640

Resumé
Forvaltningen har udarbejdet et forslag til en ny struktur for
"""
    )
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Meddelelser"),
        (2, "Dagtilbudsstruktur"),
        (3, "Eventuelt"),
    ]
    assert any("stops before the text of item(s) 3" in w for w in meeting.warnings)


def test_a_slash_trail_from_a_section_named_in_two_words_is_furniture() -> None:
    assert is_furniture("Politik og demokrati / Dagsordener og referater / Byrådet")
    assert is_furniture("Politik og indflydelse / Referater / Ældrerådet")
    # (a title with slashes, no site section first, is no trail)
    assert not is_furniture("Skole og dagtilbud / Budget 2025 / Anlæg")
