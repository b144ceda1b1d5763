"""Forty-ninth round, layouts321: committee minutes of 2007-2014 from the old portals.

The heading "Åbent møde for <udvalg>" (``header._FORUM_PREFIX``): the open meeting of the
body, whose name alone is the forum; a permit as the sentence's head given for a period or
a purpose (``decisions._PERMIT_LEAD``: "Dispensationen gives for …", "Tilladelsen meddeles
til …"); a pool shared out in the present passive ("Midlerne fordeles efter …",
``decisions._LEMMA_FIXES``: "fordeles" is the verb "fordele", not the noun "fordel").
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.header import _FORUM_PREFIX


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Åbent møde for Teknisk Udvalg", "Teknisk Udvalg"),
        ("Lukket møde for Økonomiudvalget", "Økonomiudvalget"),
        ("Åbent møde i Børne- og Ungeudvalget", "Børne- og Ungeudvalget"),
    ],
)
def test_an_open_or_closed_meetings_heading_leaves_the_body(line: str, body: str) -> None:
    assert _FORUM_PREFIX.sub("", line, count=1) == body


def test_an_open_meetings_word_before_a_lower_case_word_is_kept() -> None:
    line = "Åbent møde for borgere om trafikplanen"
    assert _FORUM_PREFIX.sub("", line, count=1) == line


def test_the_forum_of_an_open_meetings_page_is_the_body() -> None:
    meeting = parse_text("""Sorø Kommune

Åbent møde for Kulturudvalget

Mødedato: 3. marts 2009
Mødetidspunkt: 16:00
Mødested: Byrådssalen

Pkt. 12 Godkendelse af dagsorden
Sagsnr.: 09/1200

Beslutning i Kulturudvalget:
Godkendt.
""")
    assert meeting.forum == "Kulturudvalget"


@pytest.mark.parametrize(
    "text",
    [
        "Dispensationen gives for to skoleår.",
        "Tilladelse meddeles til en midlertidig pavillon.",
        "Landzonetilladelsen gives for en periode på 5 år.",
    ],
)
def test_a_permit_given_for_a_period_or_purpose_is_decided(text: str) -> None:
    assert _types(text) == ["decided"]


def test_a_permit_refused_stays_rejected() -> None:
    assert _types("Dispensation gives ikke.") == ["rejected"]


def test_a_pool_shared_out_in_the_present_passive_is_decided() -> None:
    assert _types("Puljen fordeles efter forslag 1.") == ["decided"]


def test_a_pool_shared_out_at_a_later_meeting_is_no_decision() -> None:
    assert "decided" not in _types("Midlerne fordeles på næste møde.")


def test_advantages_in_the_plural_are_no_sharing_out() -> None:
    assert _types("Fordele og ulemper blev drøftet.") == ["discussed"]
