"""Round 24 (layouts103, web pages of Zealand and the capital region): decision phrases."""

from analysis.enrich.decisions import classify_decision


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


def test_no_questions_under_a_standing_point_is_none() -> None:
    # "Ingen forespørgsler.": nothing raised under the members' questions
    assert _types("Ingen forespørgsler.") == ["none"]
    assert _types("Der var ingen forespørgsler.") == ["none"]
    assert _types("Ingen meddelelser.") == ["none"]


def test_counted_rejected_participle_is_no_rejection() -> None:
    # "antal afviste tilbud": what a follow-up report is to count, not a refusal
    text = "Taget til efterretning. Udvalget ønsker en opgørelse af antal afviste pladser."
    assert "rejected" not in _types(text)
    assert "rejected" not in _types("Antallet af afviste ansøgninger tages til efterretning.")


def test_rejection_still_read() -> None:
    assert _types("Udvalget afviste forslaget.") == ["rejected"]
    assert _types("Ansøgningen blev afvist.") == ["rejected"]


def test_forwarded_to_a_unit_by_name_is_referred() -> None:
    # "Videresendes til <unit>: …": the verb says onward, as "sendes videre til" does
    text = "Videresendes til Borgerservice: Else påpegede, at ventetiden i telefonen er lang."
    assert _types(text) == ["referred"]
    assert _types("Materialet videresendes til deltagerne.") != ["referred"]
