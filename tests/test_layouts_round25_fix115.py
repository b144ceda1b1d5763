"""Twenty-fifth round (layouts115, special meetings: constituting meetings, budget readings,
extraordinary meetings): the small rules taught beside the fixtures."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import _region_of_council
from analysis.parse import to_lines
from analysis.pipeline import parse_bytes
from analysis.vocab import DECISION_PRIORITY


def _primary(text: str) -> str:
    types = {t for t, _ in classify_decision(text)}
    return next((t for t in DECISION_PRIORITY if t in types), "none")


@pytest.mark.parametrize(
    "text",
    [
        # the office's rank before it in the passive election
        "Som 2. næstformand valgtes Ulla Winther (SF).",
        "Til 1. viceborgmester valgtes Per Ravn (K).",
        # the office, a colon and the member with the party's letter, one a line
        "Viceborgmester: Nina Brask (A)\nValget skete uden afstemning.",
        "2. næstformand: Kasper Lind Holm (Ø)",
        "Formand: Bent Ry (V)\nNæstformand: Tove Lyng (C)",
        # who chairs the meeting: the outcome of choosing the meeting's chair
        "Mødet blev ledet af Aase Brandt (V) som aldersformand.",
        "Det konstituerende møde ledes af aldersformand Ole Sand.",
    ],
)
def test_an_office_filled_is_decided(text: str) -> None:
    assert _primary(text) == "decided"


@pytest.mark.parametrize(
    "text",
    [
        # an office named before what its holder said: no one chosen
        "Formand: Bent Ry orienterede om mødet med ministeren.",
        "Mødet blev ledet godt, og alle punkter blev nået.",
    ],
)
def test_an_office_named_alone_is_no_election(text: str) -> None:
    assert _primary(text) != "decided"


def _meeting(text: str, name: str) -> dict:
    result = parse_bytes(text.encode("utf-8"), name)
    return result.tables["meetings"].to_dict("records")[0]


_AGENDA_PAGE = """## Byrådet

## Dagsorden – ekstraordinært møde

Dato: Tirsdag 05-03-2024
Tid: 17:00
Sted: Byrådssalen, Hedensted Rådhus

Punkt 1: Godkendelse af dagsorden

Punkt 2: Salg af erhvervsgrund

Sagsnr. 24/1102

Indstilling
Direktionen indstiller, at grunden sælges.
"""


def test_an_agenda_heading_under_the_body_says_agenda() -> None:
    meeting = _meeting(_AGENDA_PAGE, "byraad.md")
    assert meeting["document_type"] == "dagsorden"
    assert meeting["forum"] == "Byrådet"


_AGENDA_LINES = """Struer Kommune

Byrådet
Dagsorden – konstituerende møde
Onsdag den 1. december 2021 kl. 17.00
Byrådssalen, Struer Rådhus

1. Valg af borgmester
Sagsnr.: 21/501

Indstilling
Direktionen indstiller, at byrådet vælger borgmester.
"""


def test_an_agenda_line_under_the_body_says_agenda() -> None:
    meeting = _meeting(_AGENDA_LINES, "byraad.txt")
    assert (meeting["document_type"], meeting["forum"]) == ("dagsorden", "Byrådet")


_BRACKETED = """Hedensted Kommune

Referat – ØKONOMIUDVALGET (ekstraordinært møde)

Dato: 12. marts 2024 kl. 8.00
Sted: Mødelokale 1, Hedensted Rådhus

1. Salg af erhvervsgrund
Sagsnr.: 24/1102

Beslutning
Godkendt.
"""


def test_the_kind_of_meeting_in_brackets_is_no_part_of_the_body() -> None:
    assert _meeting(_BRACKETED, "oeu.txt")["forum"] == "Økonomiudvalget"


@pytest.mark.parametrize(
    ("forum", "text", "expected"),
    [
        ("Regionsrådet", "Region Sjælland skal udpege to medlemmer.", "Region Sjælland"),
        # two regions named: none is surely the council's own
        ("Regionsrådet", "Region Sjælland og Region Hovedstaden deler udgiften.", None),
        # a kommune's body naming a region: never its owner
        ("Byrådet", "Region Sjælland skal udpege to medlemmer.", None),
    ],
)
def test_a_regional_council_owned_by_the_one_region_it_names(
    forum: str, text: str, expected: str | None
) -> None:
    assert _region_of_council(to_lines(text), forum) == expected
