"""Twenty-seventh round, layouts131 (minutes written in a fixed template of fields per
item): decision phrases of such templates' conclusion fields. An executive board granting
from its own pool, a case sent on as an item for another body's information, and an
advisory council's own wishes sent on after the discussion."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum=forum))


@pytest.mark.parametrize(
    "text",
    [
        "Direktionen bevilgede 150.000 kr. fra udviklingspuljen.",
        "Koncerndirektionen bevilgede 40.000 kr. til projektet. Resten findes i rammen.",
    ],
)
def test_executive_board_grants_from_its_pool(text: str) -> None:
    assert _primary(text, forum="Direktionen") == "decided"


@pytest.mark.parametrize(
    "text",
    [
        "Taget til efterretning. Notatet oversendes til Miljøudvalget som orienteringssag.",
        "Taget til efterretning. Status sendes til Børneudvalget som orienteringspunkt.",
    ],
)
def test_sent_as_an_item_for_information_is_no_referral(text: str) -> None:
    assert _primary(text) == "noted"


def test_sent_as_a_case_to_decide_stays_a_referral() -> None:
    assert _primary("Sagen oversendes til Økonomiudvalget som beslutningssag.") == "referred"


def test_council_wishes_sent_on_after_discussion_are_its_contribution() -> None:
    assert (
        _primary(
            "Drøftet. Ønskerne samles af formanden og sendes til Sundheds- og Ældreudvalget "
            "inden 1. maj."
        )
        == "discussed"
    )
    # one request sent on by name: the case itself goes on
    assert _primary("Ønsket sendes til Teknisk Udvalg.") == "referred"
