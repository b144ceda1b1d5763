"""Round thirty-five (layouts199: committees that hand out grants, applications listed
with amounts asked and given, remaining pool lines, members leaving for inhabilitet):
small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.headings import _TOC_HEAD
from analysis.layouts.small_place import place_line_under
from analysis.parse import Line, heading_key


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bevilget som indstillet med undtagelse af ansøgning nr. 3, som tildeles 12.000 kr. "
        "Der bevilges således i alt 61.000 kr.",
        "Bevilget som indstillet med undtagelse af ansøgning nr. 1, som afslås.",
        "Bevilget som indstillet, dog får ansøgning nr. 4 et tilskud på 3.000 kr. "
        "Der bevilges i alt 40.500 kr.",
        "Bevilges som indstillet bortset fra ansøgning nr. 2, som udsættes til foråret.",
    ],
)
def test_grant_as_recommended_with_one_application_changed_is_approved(text: str):
    assert _type(text) == "approved"


def test_grant_as_recommended_met_in_part_or_cut_stays_decided():
    # a request met in part, or the grant cut down as a whole, is the forum's own measure
    assert _type("Bevilget som indstillet, dog således at Tved Skytter imødekommes delvist.") == (
        "decided"
    )
    assert _type("Bevilget som indstillet, dog kun 20.000 kr.") == "decided"
    # a grant that names what it grants, without "som indstillet", decides
    assert _type("Udvalget bevilgede 20.000 kr. med undtagelse af kørsel.") == "decided"


def test_grant_as_recommended_by_reference_or_with_its_total():
    assert _type("Bevilget jf. indstillingen.") == "approved"
    assert _type("Bevilget som indstillet, i alt 53.000 kr.") == "approved"
    assert _type("Bevilget som indstillet (i alt kr. 98.700).") == "approved"
    # more than a total after it: the grant names what it grants
    assert _type("Bevilget som indstillet, i alt 53.000 kr. og resten overføres.") == "decided"


def test_inhabilitet_told_before_the_outcome():
    assert _type("Kim Dahl deltog ikke i behandlingen (inhabil). Bevilget som indstillet.") == (
        "approved"
    )
    assert _type("Inhabil: Kim Dahl. Bevilget som indstillet.") == "approved"
    assert _type("Kim Dahl erklærede sig inhabil og forlod mødet. Bevilget som indstillet.") == (
        "approved"
    )
    # the note alone decides nothing
    assert _type("Kim Dahl deltog ikke i behandlingen.") == "other"


def test_pool_shared_out_or_grant_decided_before_a_refusal():
    assert _type("Udvalget fordelte puljen således: A 10.000, B 5.000.\nØvrige afslås.") == (
        "decided"
    )
    assert _type("Rådet besluttede at bevilge således: A 10.000. Ansøgningen fra B afslås.") == (
        "decided"
    )
    assert _type("Udvalget bevilgede 10.000 kr. og afslog resten.") == "decided"
    # a refusal of a named application in the grant's own sentence still stands
    assert _type("Udvalget bevilgede 10.000 kr. og afslog ansøgningen fra Ry IF.") == "rejected"
    # the whole application refused
    assert _type("Ansøgningen afslås.") == "rejected"


def test_grant_verb_misspelt():
    assert _type("Udvalget bevilligede 5.000 kr.") == "decided"
    assert _type("Ansøgningen blev ikke bevilliget.") == "rejected"


def test_award_participle_before_its_amount():
    assert _type("Tildelt 5.000 kr.") == "decided"
    assert _type("Tildelt kr. 8.000") == "decided"
    assert _type("Tildelt ramme: se bilag.") != "decided"
    # a task board's card assigned to a person, under the outcome
    assert _type("Drøftet. Ida arbejder videre.\nTildelt: Ida Holm") == "discussed"


def test_administrations_proposal_followed():
    assert _type("Rådet besluttede at følge forvaltningens forslag.") == "approved"
    assert _type("at følge sekretariatets indstilling, men give Hald IF 2.000 kr.") == "approved"
    assert _type("Udvalget fulgte administrationens forslag.") == "approved"
    # not followed: the forum's own decision after it is the outcome
    assert _type(
        "Udvalget kunne ikke følge forvaltningens anbefaling og besluttede at give afslag."
    ) == ("decided")


def test_misspelt_decision_label_as_its_own_heading_line():
    # a line the layout set as a heading (under a title between rules) is still the label
    assert heading_key(Line(0, "Beslutnig", 2)) == ("beslutning", "Beslutnig")
    assert heading_key(Line(0, "Indstiling", 2)) == ("indstilling", "Indstiling")
    # an unknown heading keeps its own name
    assert heading_key(Line(0, "Baggrundsnotat", 2)) == ("baggrundsnotat", "Baggrundsnotat")


def test_virtual_meeting_with_its_platform_in_brackets():
    assert place_line_under("Virtuelt møde (Teams)", False) == "Virtuelt møde (Teams)"
    assert place_line_under("Online møde (Zoom)", False) == "Online møde (Zoom)"
    assert place_line_under("Virtuelt møde (se link)", False) is None


def test_contents_column_heads_in_fixed_width():
    assert _TOC_HEAD.match("Punkt nr. Sag Side")
    assert _TOC_HEAD.match("Pkt. Emne Side")
    assert not _TOC_HEAD.match("Punkt nr. Sag")
    assert not _TOC_HEAD.match("Punkt 3 sag side")
