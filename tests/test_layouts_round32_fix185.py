"""Round thirty-two (layouts185: minutes edited and corrected after the meeting)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.number_under_title import numbers_under_titles
from analysis.layouts.outcome import headless_decisions, outcome_line
from analysis.layouts.review_marks import corrected_labels, review_marks_off
from analysis.model import Item, Section
from analysis.parse import BodyRules, Line, heading_key


def _type(text: str, forum: str = "Udvalget") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_word_review_balloons_and_comment_anchors_are_dropped():
    text = (
        "Punkt 3. Trafikplan, høring[AB1]\n"
        "Tekst om planen.\n"
        "Kommenteret [AB1]: Titlen er ændret.\n"
        "Beslutning:\n"
        "Godkendt.\n"
        "Slettet: Udsat.\n"
        "Formateret: Skrifttype: Fed\n"
    )
    out = review_marks_off(text)
    assert out.split("\n") == [
        "Punkt 3. Trafikplan, høring",
        "Tekst om planen.",
        "Beslutning:",
        "Godkendt.",
        "",
    ]
    # two deletions are balloons too
    assert review_marks_off("A\nSlettet: x\nSlettet: y\nB") == "A\nB"


def test_a_closing_comment_list_goes_with_its_anchors():
    text = (
        "Referent: Ida Dam [ID1]\n\nTekst om sagen. [KL2]\n\nKommentarer\n\n"
        "[ID1] Ida Dam: Gennemlæst af formanden.\n[KL2] Kim Lund: Tjek tallet.\n"
    )
    assert review_marks_off(text).rstrip() == "Referent: Ida Dam\n\nTekst om sagen."


def test_a_lone_deleted_line_or_an_anchor_without_comment_stays():
    lone = "Punkt 2. Register\nSlettet: 14 poster.\nBeslutning:\nGodkendt.\n"
    assert review_marks_off(lone) == lone
    anchored = "Se bilag [AB1].\nSlettet: x\nSlettet: y\n"
    assert review_marks_off(anchored) == "Se bilag [AB1].\n"  # (the anchor names no comment)


def test_a_label_marked_as_corrected_is_the_label():
    assert corrected_labels("Beslutning (rettet):Frigivet.") == "Beslutning: Frigivet."
    assert corrected_labels("Beslutning (præciseret 14.06.2022):\nTekst") == "Beslutning: \nTekst"
    assert corrected_labels("### Beslutning (rettet 09.11.2016)\nTekst") == "### Beslutning\nTekst"
    # other brackets stay
    kept = "Beslutning (uddrag):\nTekst"
    assert corrected_labels(kept) == kept
    assert corrected_labels("Sagen (rettet): x") == "Sagen (rettet): x"


def test_the_number_and_case_under_a_heading_after_a_blank_line():
    text = (
        "## Godkendelse af dagsorden\n\nPkt. 1 Sagsnr.: 00.01.00-A00-25-21\nGodkendt.\n\n"
        "## Meddelelser\n\nPkt. 2\nIntet.\n"
    )
    lines = numbers_under_titles(text).split("\n")
    assert lines[0] == "## 1. Godkendelse af dagsorden"
    assert lines[2] == "Sagsnr. 00.01.00-A00-25-21"
    assert "## 2. Meddelelser" in lines


def test_outcome_lines_of_corrected_minutes():
    assert outcome_line(
        "Referatet fra 6. december blev godkendt med følgende rettelse: Under pkt. 4 …"
    )
    assert outcome_line("Ruth Dyhr blev valgt.")
    assert outcome_line("Ældrerådet takkede for orienteringen.")
    assert not outcome_line("Formanden takkede for samarbejdet.")
    assert not outcome_line("Planen blev valgt i 2019 som model.")


def test_the_council_s_answer_to_a_hearing_is_its_decision():
    rules = BodyRules(forum="Ældrerådet")
    assert heading_key(Line(0, "Ældrerådets høringssvar:", 0), rules)[0] == "beslutning"
    # another body's answer is the case's text
    assert heading_key(Line(0, "Lokalrådets høringssvar:", 0), rules) is None


def _item(number: int, *sections: Section) -> Item:
    return Item(number, "T", "T", None, False, None, None, None, sections, (), (), ())


def test_the_approved_minutes_open_the_item_with_a_remark_after_them():
    approved = _item(
        1,
        Section("tekst", "", "Referatet fra 24. januar blev godkendt.\n\nAhmad bemærkede noget."),
    )
    labelled = _item(2, Section("tekst", "", "Baggrund."), Section("beslutning", "", "Godkendt."))
    out = headless_decisions([approved, labelled, labelled])
    assert out[0].sections[0] == Section(
        "beslutning", "", "Referatet fra 24. januar blev godkendt."
    )
    # background that tells of another text's approval is no outcome
    other = _item(1, Section("tekst", "", "Planen blev godkendt i 2019.\n\nNu skal den ændres."))
    assert [s.key for s in headless_decisions([other, labelled, labelled])[0].sections] == ["tekst"]


def test_thanks_for_the_briefing_and_money_released_are_typed():
    assert _type("Ældrerådet takkede for orienteringen.") == "noted"
    assert _type("Frigivet med 1,4 mio. kr. Resten afventer regnskab.") == "decided"
    assert _type("Midlerne frigives ikke.") == "rejected"
    assert _type("Udvalget anbefaler, at midlerne frigives.") == "recommended"


def test_a_motion_that_fell_before_the_case_was_sent_on_is_rejected():
    text = "Forslaget om at give tilladelse faldt.\nSagen oversendes til Byrådet."
    assert _type(text) == "rejected"
    assert _type("Forslaget om cykelstien faldt i god jord, og Udvalget godkendte det.") == (
        "approved"
    )
    # an amendment voted down beside the item adopted: approved
    assert _type("Forslaget om en ekstra pulje faldt.\nBudgettet blev vedtaget.") == "approved"
