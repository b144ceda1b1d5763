"""Round thirty-four (layouts195: minutes assembled from portals that publish each item on
its own page): small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _place_text, read_header
from analysis.parse import Line


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def test_more_material_asked_then_resumed_later_is_postponed():
    text = "Udvalget ønsker en nærmere beregning af udgifterne. Sagen genoptages på mødet i maj."
    assert _type(text) == "postponed"
    # the request alone decides nothing more than before
    assert _type("Udvalget ønsker en nærmere beregning af udgifterne.") == "other"


def test_kind_of_document_after_the_place_is_no_part_of_it():
    assert _place_text("Byhuset, lokale 3 — Referat") == "Byhuset, lokale 3"
    assert _place_text("Rådhuset, mødelokale 2 – Dagsorden") == "Rådhuset, mødelokale 2"
    assert _place_text("Kulturhuset - Sal B") == "Kulturhuset - Sal B"


def test_site_section_before_the_body_is_no_part_of_its_name():
    line = Line(0, "Solbæk Kommune – Politik – Plan- og Trafikudvalget – Møde 05.06.2023", 0)
    assert read_header([line], set(), set()).forum == "Plan- og Trafikudvalget"
