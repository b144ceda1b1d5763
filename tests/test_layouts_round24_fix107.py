"""Twenty-fourth round (layouts107, minutes of bodies above or between municipalities):
the small rules taught beside the fixtures."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts.owners import owner_in_forum
from analysis.vocab import DECISION_PRIORITY


def _primary(text: str) -> str:
    types = {t for t, _ in classify_decision(text)}
    return next(t for t in DECISION_PRIORITY if t in types)


@pytest.mark.parametrize(
    "text",
    [
        "Revisionsfirmaet Nordvest blev genvalgt.",
        "Lone Bak blev genvalgt; Per Sø er ny suppleant.",
    ],
)
def test_a_name_re_elected_is_decided(text: str) -> None:
    assert _primary(text) == "decided"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish stated in the discussion: what the forum wants done, not done
        ("Drøftet. Styregruppen ønsker kystsikringen ved Hou prioriteret højere.", "discussed"),
        ("Drøftet. Bestyrelsen ønskede ruterne prioriteret efter passagertal.", "discussed"),
        # the forum's own ranking stays a decision
        ("Styregruppen prioriterede fem strækninger.", "decided"),
    ],
)
def test_a_participle_wished_for_decides_nothing(text: str, expected: str) -> None:
    assert _primary(text) == expected


_RM, _BL = "Region Midtjylland", "Beredskab Limfjord"


@pytest.mark.parametrize(
    ("forum", "expected"),
    [
        ("Region Sjælland – Sundhedsudvalget", ("Sundhedsudvalget", "Region Sjælland")),
        ("Råd for Kvalitet i Region Midtjylland", ("Råd for Kvalitet i Region Midtjylland", _RM)),
        ("Bestyrelsen for Beredskab Limfjord", ("Bestyrelsen for Beredskab Limfjord", _BL)),
        # no owner: a kommune's committee, a title that is no body, a service of a kommune
        ("Udvalget for Region og Erhverv", None),
        ("Udvalget for Region Sjælland", None),
        ("Region Sjælland – 12.03.2025", None),
        ("Beredskabskommissionen for Kommunens Beredskab", None),
        ("Økonomiudvalget", None),
    ],
)
def test_the_owner_named_in_the_forum(forum: str, expected: tuple[str, str] | None) -> None:
    assert owner_in_forum(forum) == expected
