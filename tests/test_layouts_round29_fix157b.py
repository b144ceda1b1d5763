"""Twenty-ninth round, fix157b: minutes in two languages (invented texts)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts.text import unpipe
from analysis.parse import match_case_number


def test_a_diary_number_labels_the_case() -> None:
    """ "Dnr. KR 2022/114": the diary number of a body that keeps its files the Swedish
    way is the item's case, as "Sagsnr." is; a word that merely starts with "d" is not."""
    assert match_case_number("Dnr. KR 2022/114") == "KR 2022/114"
    assert match_case_number("D.nr. 22/3310") == "22/3310"
    assert match_case_number("Diarienummer: 2022/087") == "2022/087"
    assert match_case_number("Diarienr. 2022/087") == "2022/087"
    assert match_case_number("Dato 2022/087") is None


def test_a_numbered_rows_title_cell_goes_on_after_a_line_break() -> None:
    """ "| 2 | **Title** <br> Sag 22/1874 |": the title alone on the row's line, the cell's
    further part a line under it; a row of more cells or an unnumbered one is left."""
    text = "| Nr. | Emne |\n|---|---|\n| **2** | **Sprogcafé** <br> Sag 22/1874 |\n"
    lines = unpipe(text).split("\n")
    assert "**2**\t**Sprogcafé**" in lines
    assert lines[lines.index("**2**\t**Sprogcafé**") + 1] == "Sag 22/1874"
    kept = "| Emne | Note |\n|---|---|\n| Sprogcafé <br> ny | x |\n"
    assert "Sprogcafé <br> ny\tx" in unpipe(kept).split("\n")


def test_support_sent_on_to_the_deciding_body_is_a_recommendation() -> None:
    """The forum backs the proposal and sends the case on in the same sentence: its
    endorsement to the body that decides (where "oversendes med anbefaling", no act of
    support of its own, is the referral since the fifty-seventh session)."""
    text = "Rådet bakker op om forslaget, og sagen oversendes til Kultur- og Fritidsudvalget."
    assert classify_decision(text)[0][0] == "recommended"
    text = "Seniorrådet støttede indstillingen og oversender sagen til Byrådet."
    assert classify_decision(text)[0][0] == "recommended"
    # sent on alone, or the support in another sentence: the referral
    assert classify_decision("Sagen oversendes til Byrådet.")[0][0] == "referred"
    text = "Sagen oversendes til Byrådet. Rådet støtter forslaget."
    assert classify_decision(text)[0][0] == "referred"


def test_the_conditions_of_a_grant_are_not_the_forums_act() -> None:
    """ "bevilgede … under forudsætning af: 1. at sekretariatet godkender projektet": the
    other body's approval is a condition of the grant, the grant the decision."""
    text = (
        "Udvalget bevilgede 60.000 kr. til projektet.\n"
        "Bevillingen gives under forudsætning af:\n"
        " 1. at fonden godkender projektet,\n"
        " 2. at der aflægges regnskab."
    )
    assert classify_decision(text)[0][0] == "decided"
    text = "Rådet bevilgede 8.000 kr. på betingelse af, at kommunen godkender budgettet."
    assert classify_decision(text)[0][0] == "decided"
    # the forum's own approval on conditions stays an approval
    text = "Godkendt under forudsætning af, at fonden bevilger midlerne."
    assert classify_decision(text)[0][0] == "approved"
