"""Topic-labelled items, case labels glued to a PDF heading, and "Referat" right under
an item's heading (pure).

The fixtures ``generic-tema-arbejdsgruppe.txt`` and ``generic-pdf-sagsid-klistret.txt``
check the families end to end; these tests pin the rules and what they leave alone.
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.headings import _INLINE_CASE
from analysis.parse import NotMinutes

_TOPICS = """Furesø Kommune
Cykelrådet
Mødenotat

Møde den 04.02.2025 kl. 16.00
Sted: Farum Rådhus, lokale 2

Emne: Status på cykelstier
Orientering fra vejafdelingen.
Konklusion: Taget til efterretning.

Emne: Cyklistforhold ved skolerne
Aftalt: Forvaltningen laver en tælling i april.

Emne: Evt.
Konklusion: Intet.
"""


def _decision(item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


def test_topic_lines_open_items_in_order() -> None:
    meeting = parse_text(_TOPICS)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Status på cykelstier"),
        (2, "Cyklistforhold ved skolerne"),
        (3, "Evt."),
    ]
    assert _decision(meeting.items[0]) == "Taget til efterretning."
    assert _decision(meeting.items[2]) == "Intet."


def test_one_topic_line_is_a_subject_not_an_item() -> None:
    # a mail's subject line is no run of topics: no item of its own; the titles written
    # plain over their outcomes' labels are the items (the plain-text family)
    text = _TOPICS.replace("Emne: Cyklistforhold", "Cyklistforhold").replace("Emne: Evt.", "Evt.")
    text = text.replace("Emne: Status", "Status")
    meeting = parse_text("Emne: Referat af møde\n" + text)
    assert [i.title for i in meeting.items] == [
        "Status på cykelstier",
        "Cyklistforhold ved skolerne",
        "Evt.",
    ]


def test_topics_without_decisions_are_no_items() -> None:
    text = _TOPICS.replace("Konklusion:", "Note:").replace("Aftalt:", "Note:")
    with pytest.raises(NotMinutes):
        parse_text(text)


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        ("Nyt aktivitetscenter i HinnerupSagsid: 24/9930", "Nyt aktivitetscenter i Hinnerup"),
        ("Budget 2026 (drift)Sagsnr.: 25/100", "Budget 2026 (drift)"),
        ("Trafikplan for byenJ.nr.: 05.01.00-P20-1-25", "Trafikplan for byen"),
    ],
)
def test_case_label_glued_to_the_title_is_cut(title: str, cut: str) -> None:
    m = _INLINE_CASE.search(title)
    assert m is not None
    assert title[: m.start()].strip() == cut


@pytest.mark.parametrize(
    "title",
    [
        "Orienteringsagsid: 25/1",  # the label in small letters: one word, no glued label
        "BorgerforslagSagsbehandling af klager",  # no colon and number
        "Sagsid: nyt system",  # no number after the colon
    ],
)
def test_titles_without_a_glued_case_label_stay(title: str) -> None:
    assert _INLINE_CASE.search(title) is None


_REFERAT_FIRST = """## Ungdomsrådet

## REFERAT

Dato:\t03-06-2025
Tid:\t17:00 - 18:30
Sted:\tUngdomshuset
1. Godkendelse af dagsorden\tSagsid: 25/100

## Indstilling

Det indstilles, at dagsordenen godkendes.

Referat
Godkendt.

2. Eventuelt\tSagsid: 25/100

Referat
Næste møde holdes i august.
"""


def test_referat_right_under_the_heading_is_the_decision() -> None:
    meeting = parse_text(_REFERAT_FIRST)
    assert [_decision(i) for i in meeting.items] == ["Godkendt.", "Næste møde holdes i august."]


def test_moedenotat_is_the_kind_of_document() -> None:
    # "Mødenotat" alone under the forum: the notes' title, minutes all the same
    meeting = parse_text(_TOPICS)
    assert meeting.heading == "Mødenotat"
    assert meeting.document_type == "referat"
    assert meeting.forum == "Cykelrådet"
