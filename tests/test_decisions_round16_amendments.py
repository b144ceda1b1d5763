"""Sixteenth round (fix34): what an amendment's wording or a protocol statement says
beside the forum's own decision is not that decision."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type


def test_an_amendment_rejected_after_the_approval() -> None:
    text = (
        "Godkendt med 21 stemmer for og 6 imod.\n"
        "Ændringsforslag fra Venstre om at halvere beløbet blev forkastet med 6 stemmer."
    )
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == "approved"
    # alone, a proposal voted down is rejected
    assert (
        primary_decision_type([t for t, _ in classify_decision("Forslaget blev forkastet.")])
        == "rejected"
    )


def test_an_amendments_wording_is_not_the_decision() -> None:
    text = (
        "Godkendt med 15 stemmer mod 8.\n\n"
        "Ændringsforslag fra Det Konservative Folkeparti:\n"
        "At sagen udsættes til efter sommerferien.\n"
        "For stemte 8, imod stemte 15. Ændringsforslaget bortfaldt."
    )
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == "approved"


def test_a_protocol_statement_is_not_the_decision() -> None:
    text = (
        "Oversendes til Teknik- og Miljøudvalget.\n\n"
        "Protokoltilføjelse\n"
        "Radikale Venstre ønskede ført til protokols: Vi er kede af, at sagen ikke behandles i dag."
    )
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == "referred"


def test_a_debate_closed_is_discussed() -> None:
    assert classify_decision("Debatten blev afsluttet.") == [
        ("discussed", "Debatten blev afsluttet")
    ]
    assert (
        primary_decision_type(
            [t for t, _ in classify_decision("Forespørgselsdebatten er gennemført.")]
        )
        == "discussed"
    )
