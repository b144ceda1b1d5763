"""Round thirty-three (layouts187: advisory and user councils' minutes): the rules' edges."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts.outcome import outcome_line
from analysis.layouts.trailing_number import trailing_numbers
from analysis.parse import _same_body


def _type(text: str, forum: str | None = "Brugerrådet") -> str:
    return classify_decision(text, forum)[0][0]


def test_the_councils_genitive_names_a_council_without_its_article():
    assert _same_body("Rådet", "Grønt Råd")
    assert _same_body("Rådet", "Handicapråd")
    assert not _same_body("Rådet", "Teknikudvalget")


def test_a_points_number_after_a_dash_or_a_tab_goes_first():
    text = "Intro\n\nGodkendelse – pkt. 1\nGodkendt.\n\nBudget – pkt. 2\nVedtaget.\n"
    assert "\n1. Godkendelse\n" in trailing_numbers(text)
    assert "\n2. Budget\n" in trailing_numbers(text)
    tabbed = "Intro\n\nGodkendelse\tPunkt nr. 1\n\nEventuelt\tPunkt nr. 2\n"
    assert "\n2. Eventuelt\n" in trailing_numbers(tabbed)
    ruled = "## Velkommen – pkt. 1\nx\n\n## Evt. – pkt. 2\n"
    assert trailing_numbers(ruled).startswith("## 1. Velkommen\n")
    # one such line, a number named twice, or no point 1: left as it was
    one = "Intro\n\nSe referatet – pkt. 1\n"
    assert trailing_numbers(one) == one
    twice = "A\n\nX – pkt. 1\n\nY – pkt. 1\n"
    assert trailing_numbers(twice) == twice
    later = "A\n\nX – pkt. 4\n\nY – pkt. 5\n"
    assert trailing_numbers(later) == later
    hyphen = "A\n\nX - pkt. 1\n\nY - pkt. 2\n"  # (no hyphen: its scan costs too much)
    assert trailing_numbers(hyphen) == hyphen
    # a line inside a paragraph is prose, no heading
    prose = "A\nsom nævnt – pkt. 1\nog igen – pkt. 2\n"
    assert trailing_numbers(prose) == prose


def test_a_refused_grant_opening_the_decision():
    assert _type("Ikke bevilget – puljen dækker ikke udstyr.") == "rejected"
    assert _type("Ikke bevilget, da puljen er brugt.") == "rejected"
    assert _type("Ikke bevilget.") == "rejected"
    assert _type("Ikke bevilget ramme til x.") == "other"


def test_a_councils_own_grant_in_the_first_person():
    assert _type("Vi bevilger 1.500 kr. til noder.") == "decided"
    assert _type("Vi giver 2.000 kr. til stævnet.") == "decided"
    assert _type("Rådet gav kr. 5.000 til sommerfesten.") == "decided"
    assert _type("Forvaltningen giver 5.000 kr.") == "other"  # (not the council)
    assert _type("Vi giver input til planen.") == "other"  # (no amount)


def test_a_councils_proposal_to_the_body_that_decides():
    text = "Brugerrådet foreslår Vej- og Parkudvalget at male cykelstien rød."
    assert _type(text) == "recommended"
    assert _type("Rådet foreslog Økonomiudvalget at afsætte midler.") == "recommended"
    assert _type("Forvaltningen foreslår Udvalget at godkende.") == "other"
    assert _type("Rådet foreslår, at kommunen laver en ung-version.") == "other"


def test_talked_about_is_discussed():
    assert _type("Snakket om, vi vender tilbage i maj.") == "discussed"
    assert _type("Vi snakkede om valget.") == "discussed"


def test_a_council_with_no_remarks_states_its_outcome():
    assert outcome_line("Ældrerådet har ingen bemærkninger til strategien.")
    assert outcome_line("Rådet havde ingen kommentarer til planen.")
    assert not outcome_line("Borgeren har ingen bemærkninger til planen.")
