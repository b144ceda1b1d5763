"""Decision types, round 20, layouts69: what a 'Besluttet:' label heads."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, is_agreed_label


def test_besluttet_label_heads_what_was_decided() -> None:
    assert is_agreed_label("Besluttet:")
    agreed = is_agreed_label("Besluttet")
    assert classify_decision("Mette Skov er ordstyrer.", agreed=agreed)[0][0] == "decided"
    # an outcome the text names itself keeps its own type
    assert classify_decision("Taget til efterretning.", agreed=agreed)[0][0] == "noted"
    assert not is_agreed_label("Beslutning")


def test_confidential_alone_is_nothing_minuted() -> None:
    assert classify_decision("Fortroligt.", agreed=True)[0][0] == "none"
    assert classify_decision("Fortroligt", agreed=False)[0][0] == "none"
    # a text that goes on says what was done
    assert classify_decision("Fortrolig drøftelse; aftalen blev godkendt.")[0][0] != "none"
