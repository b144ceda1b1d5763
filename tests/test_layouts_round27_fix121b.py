"""Twenty-seventh round, fix121b: historic minutes (1975-2006) as local archives digitise them.

A forum disposing of its property in the present passive, to whom it goes named after
"til" ("Jorden bortforpagtes til …", "Grunden sælges til …") is its decision; a council
spelt with "aa" ("Amtsraadet") is a body's name. The header families (the hour on the
line under a place left open by a comma, a room in lower case under the dated line, an
amt before a dash) are held by the fixtures named in docs/layouts.md.
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import looks_like_body


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jorden bortforpagtes til gårdejer Ole Bak, Mosevej 3, for 4 år.", "decided"),
        ("Grunden sælges til Tømrerfirmaet Kjær for 180.000 kr.", "decided"),
        ("Lokalet udlejes til spejderne fra 1. april.", "decided"),
        # another outcome stays: the disposal rule is weak
        ("Indstillingen godkendt. Grunden sælges til køberen.", "approved"),
        ("Udvalget drøftede, om grunden skal sælges til foreningen.", "discussed"),
        # no one it goes to: nothing said
        ("Arealet bortforpagtes.", "other"),
    ],
)
def test_property_disposed_of_in_the_present_passive_is_decided(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize("name", ["Amtsraadet", "Sogneraadet", "Byraadet"])
def test_council_spelt_with_aa_is_a_body(name: str) -> None:
    assert looks_like_body(name)
