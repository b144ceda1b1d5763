"""Round thirty-four (layouts192: bilingual and cross-border minutes, Greenlandic, German,
Swedish and English beside the Danish): small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.bilingual import danish_text
from analysis.layouts.number_under_title import bare_numbers_right_of_titles
from analysis.parse import Line, heading_key
from analysis.read import read_bytes


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def test_bilingual_decision_label_as_a_web_heading():
    line = Line(0, "Aalajangiineq / Beslutning", 2)
    assert heading_key(line) == ("beslutning", "Aalajangiineq / Beslutning")
    # a heading of other words stays a section of its own name
    assert heading_key(Line(0, "Tagesordnung / Dagsorden", 2))[0] != "beslutning"


def test_translated_section_label():
    assert heading_key(Line(0, "Innersuussut / Indstilling:", 0))[0] == "indstilling"
    assert heading_key(Line(0, "Tunuliaqutaq / Baggrund", 0))[0] == "baggrund"
    # the Danish label misspelt, as a decision's label is read alone
    assert heading_key(Line(0, "Aalajangiineq / Beslutnig", 0))[0] == "beslutning"
    # two labels, or none, are no translation
    assert heading_key(Line(0, "Budget / regnskab", 0)) is None
    assert heading_key(Line(0, "Baggrund / Indstilling", 0)) is None


def test_decision_in_two_languages_typed_by_the_danish_half():
    assert _type("Isertortumik allassimavoq. / Fremgår af lukket referat.") == "none"
    assert _type("Akuerineqarpoq. / Godkendt.") == "approved"
    # a Danish text without a slash is read as before
    assert _type("Fremgår af lukket referat.") == "none"


def test_proposal_not_supported_is_rejected():
    assert _type("Forslaget blev ikke støttet, da lokalet er optaget.") == "rejected"
    assert _type("Ansøgningen støttes ikke.") == "rejected"
    assert _type("Ikke støttet.") == "rejected"


def _bilingual(*lines: str) -> str:
    # two lines with a German translation make the text bilingual (``danish_text``)
    return "\n".join(("Beslutning / Beschluss", "Referat / Protokoll", *lines))


def test_pipe_row_keeps_its_pipes():
    text = _bilingual("| 1 | Godkendelse af dagsorden / Genehmigung der Tagesordnung |")
    assert danish_text(text).split("\n")[-1] == "| 1 | Godkendelse af dagsorden|"


def test_item_word_in_the_second_language_first():
    text = _bilingual("TOP 3 / Pkt. 3    Verschiedenes")
    assert danish_text(text).split("\n")[-1].strip() == "Pkt. 3    Verschiedenes"
    # another number after the slash: no heading's word
    assert danish_text(_bilingual("TOP 3 / Pkt. 4 x")).split("\n")[-1] == "TOP 3"


def test_number_cell_keeps_its_translated_title():
    text = _bilingual("Pkt. 7\tEventuelt / Any other business")
    assert danish_text(text).split("\n")[-1] == "Pkt. 7\tEventuelt"


def test_german_label_before_the_danish_place():
    text = _bilingual("Ort / Sted: Kulturhuset, Tønder")
    assert danish_text(text).split("\n")[-1] == "Ort / Sted: Kulturhuset, Tønder"


def test_english_line_under_a_bold_title_in_a_cell():
    page = (
        "<table><tr><td>Pkt. 1</td><td><b>Valg af næstformand<br>"
        "<span>Election of vice-chair</span></b></td></tr></table>"
    )
    assert (
        "Pkt. 1\tValg af næstformand / Election of vice-chair"
        in read_bytes(page.encode(), ".html").text
    )


def test_bracketed_number_flush_right_and_a_rule_under():
    rule = "-" * 30
    text = "\n".join(
        (
            "Godkendelse af dagsorden        (1)",
            "Indstilling:",
            "At dagsordenen godkendes.",
            rule,
            "Eventuelt                       (2)",
            "",
            rule,
        )
    )
    out = bare_numbers_right_of_titles(text).split("\n")
    assert out[0] == "1. Godkendelse af dagsorden"
    assert out[4] == "2. Eventuelt"


def test_german_outcome_first_keeps_the_danish_half():
    text = _bilingual("Einstimmig beschlossen. / Vedtaget enstemmigt.")
    line = danish_text(text).split("\n")[-1]
    assert line == "Einstimmig beschlossen. / Vedtaget enstemmigt."
    assert _type(line) == "approved"
