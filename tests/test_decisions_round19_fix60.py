"""Nineteenth round (layouts60): a closed item's record after a dash says nothing decided."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "OmrådeMED Teknik") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lukket punkt – behandlet for lukkede døre.", "none"),
        ("Lukket punkt – fremgår ikke af referatet.", "none"),
        ("Lukket punkt – beslutningen fremgår ikke af det offentlige referat.", "none"),
        # what was agreed after the closed mark is still the decision
        ("Lukket punkt. Aftalt at HR går videre med sagen.", "decided"),
    ],
)
def test_a_closed_items_record(text: str, want: str) -> None:
    assert _primary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a template's field row left empty under "Intet." adds nothing
        ("Intet.\nOpfølgning\t–", "none"),
        ("Intet.\nAnsvarlig: –", "none"),
        ("Godkendt.\nOpfølgning\t–", "approved"),
        # a unit's follow-up task after the discussion is no referral by the forum
        ("Drøftet. HR reviderer og sender til Hoved-MED.", "discussed"),
        ("Drøftet. Sekretariatet retter og sender til direktionen.", "discussed"),
        # the forum sending the case on, or the case sent on, still is
        ("Drøftet. Udvalget godkender og sender sagen til Byrådet.", "approved"),
        ("Drøftet. Forvaltningen retter og sender videre til Økonomiudvalget.", "referred"),
    ],
)
def test_empty_fields_and_follow_up_tasks(text: str, want: str) -> None:
    assert _primary(text) == want
