"""Danish compounds (``analysis.compounds``): coordinated compounds written out, and what
that changes for the policy areas."""

from __future__ import annotations

import pytest

from analysis import compounds
from analysis.enrich import policy_areas as pa

EXPANDED = [
    # a shared head, also after a comma list and with capitals kept as written
    ("Renovering af idræts- og svømmehaller", "Renovering af idrætshaller og svømmehaller"),
    ("Børne- og Ungeudvalget", "Børneudvalget og Ungeudvalget"),
    (
        "Klima-, Teknik- og Miljøudvalget",
        "Klimaudvalget, Teknikudvalget og Miljøudvalget",
    ),
    # the head is the longest known word after a known modifier, not "tidsudvalget"
    ("Kultur- og Fritidsudvalget", "Kulturudvalget og Fritidsudvalget"),
    ("skole- og dagtilbudsområdet", "skoleområdet og dagtilbudsområdet"),
    ("Tilsyn med dag- og døgntilbud", "Tilsyn med dagtilbud og døgntilbud"),
    ("vej- eller stianlæg", "vejanlæg eller stianlæg"),
    # a shared modifier: "og -kontrol"
    ("budgetopfølgning og -kontrol", "budgetopfølgning og budgetkontrol"),
    # left as written: no hyphen, a hyphenated word, a prefix that is no modifier
    ("Budget 2031", "Budget 2031"),
    ("MED-udvalget og HMU", "MED-udvalget og HMU"),
    ("for- og efterår", "for- og efterår"),
    # a known word with a derivational ending has no head to share (its head would be
    # "dygtighed", "else"): "klima- og bæredygtighed" is no "klimadygtighed"
    ("Udvalg om klima- og bæredygtighed", "Udvalg om klima- og bæredygtighed"),
    ("social- og beskæftigelse", "social- og beskæftigelse"),
    ("Teknik- og Miljøforvaltningen", "Teknikforvaltningen og Miljøforvaltningen"),
    ("natur- og miljøbeskyttelse", "naturbeskyttelse og miljøbeskyttelse"),
]


@pytest.mark.parametrize(("text", "expected"), EXPANDED)
def test_expand_coordinated(text, expected):
    assert compounds.expand_coordinated(text) == expected


def test_shared_head_at():
    assert compounds.shared_head_at("svømmehaller") == len("svømme")
    assert compounds.shared_head_at("Ungeudvalget") == len("unge")
    assert compounds.shared_head_at("xyzqw") is None
    assert compounds.shared_head_at("bæredygtigheden") is None


def test_word_parts_are_shared_with_the_search():
    from analysis import search

    parts = compounds.word("elevfravær", "elevfraværet")
    assert parts.heads == {"fravær"} and parts.modifiers == {"elev"}
    assert search._word is compounds.word


@pytest.mark.parametrize(
    ("title", "written_out", "as_written"),
    [
        # "idrætshaller" is a facility (parks and facilities), "idræts-" alone is sport
        ("Renovering af idræts- og svømmehaller", "parker_natur", "fritid"),
        # "dag-" alone says nothing; "dagtilbud" does
        ("Tilsyn med dag- og døgntilbud", "dagtilbud", "styrelse"),
    ],
)
def test_policy_areas_read_coordinated_compounds_written_out(
    title, written_out, as_written, monkeypatch
):
    assert pa.classify_titles([title]) == [written_out]
    monkeypatch.setattr(pa, "expand_coordinated", lambda text: text)
    assert pa.classify_titles([title]) == [as_written]
