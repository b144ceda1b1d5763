"""Fifty-first round (layouts363: minutes of plans and strategies going through their
phases): a decision restating the proposal's passive verb, shortened, is the proposal
adopted (``decisions.passive_restated``, read by ``decisions.restated_proposal``)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import item_decision_rows, passive_restated, restated_proposal


@pytest.mark.parametrize(
    ("decision", "proposals"),
    [
        # the verb alone, its subject left out
        ("Påbegyndes", ["at udarbejdelsen af en kulturstrategi påbegyndes."]),
        # an adjective and the subject left out
        ("Udsendes i høring i 6 uger", ["at forslaget udsendes i offentlig høring i 6 uger."]),
        # the subject kept, what follows the verb cut short
        ("Model C sendes i høring", ["at model C sendes i høring fra 4. april til 2. maj"]),
        # the second of two proposals, under an approving verb's "at"
        (
            "Iværksættes",
            ["at udvalget godkender rammen, og at arbejdet med trafikplanen iværksættes"],
        ),
    ],
)
def test_a_shortened_passive_restatement_is_recognised(decision: str, proposals: list[str]) -> None:
    assert passive_restated(decision, proposals)


@pytest.mark.parametrize(
    ("decision", "proposals"),
    [
        # a word the proposal does not have: a decision of its own
        ("Påbegyndes ikke", ["at udarbejdelsen påbegyndes"]),
        ("Model D sendes i høring", ["at model C sendes i høring"]),
        # the proposal's negation left out: the opposite of what was proposed
        ("Imødekommes", ["at ansøgningen ikke imødekommes"]),
        # no passive verb: nothing restated
        ("I høring", ["at forslaget sendes i høring"]),
        # the words out of the proposal's order
        ("Høring sendes i", ["at forslaget sendes i høring"]),
        # no proposal at all
        ("Påbegyndes", []),
    ],
)
def test_other_decisions_are_no_restatement(decision: str, proposals: list[str]) -> None:
    assert not passive_restated(decision, proposals)


def test_restated_proposal_reads_the_shortened_restatement() -> None:
    assert restated_proposal(["other"], "Påbegyndes.", ["at arbejdet påbegyndes."]) == ["approved"]
    # only an unread decision ("other") is read again
    assert restated_proposal(["noted"], "Påbegyndes.", ["at arbejdet påbegyndes."]) == ["noted"]


def test_the_item_takes_the_restatement_as_approved() -> None:
    proposal = ["at udarbejdelsen af en ny strategi påbegyndes efter tidsplanen."]
    primary = {
        decision: item_decision_rows("x-01", [("beslutning", decision)], proposal)["summary"][0][1]
        for decision in ("Påbegyndes.", "Påbegyndes ikke.")
    }
    assert primary == {"Påbegyndes.": "approved", "Påbegyndes ikke.": "other"}
