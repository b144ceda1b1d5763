"""Round thirty-one (layouts173: constituent meetings and elections): small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _KIND_OF_MEETING_LINE, _LED
from analysis.layouts.headings import _TOC_HEAD
from analysis.layouts.number_under_title import numbers_right_of_titles
from analysis.layouts.outcome import _without_sign_off
from analysis.parse import Line, heading_key, split_title


def _type(text: str, forum: str = "Byrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_number_right_of_the_title_makes_the_heading():
    text = (
        "Valg af borgmester for perioden 2014 til 31. december\tPunkt 1\n\n## 2017\n\n"
        "Sagsnr.: 13-1\n\n## Beslutning\n\nValgt.\n\n"
        "Meddelelser\tPunkt 2\n\n## Beslutning\n\nTaget til efterretning.\n"
    )
    lines = numbers_right_of_titles(text).split("\n")
    assert lines[0] == "1. Valg af borgmester for perioden 2014 til 31. december 2017"
    assert "## 2017" not in lines
    assert "2. Meddelelser" in lines
    assert lines.count("## Beslutning") == 2  # (a section's label is no wrapped title)
    # a run of spaces for the tab (fixed-width text)
    spaced = "Godkendelse af dagsorden      Pkt. 1\nText.\nEventuelt      Pkt. 2\n"
    assert numbers_right_of_titles(spaced).split("\n")[0] == "1. Godkendelse af dagsorden"
    # one such row alone may be anything
    one = "Godkendelse af dagsorden\tPunkt 1\nText.\n"
    assert numbers_right_of_titles(one) == one


def test_open_or_closed_status_after_the_title_is_no_part_of_it():
    assert split_title("Godkendelse af dagsorden   (Åben)")[0] == "Godkendelse af dagsorden"
    title, bodies, _ = split_title("ØU/BR - Køb af ejendom (Lukket)")
    assert (title, bodies) == ("Køb af ejendom", "ØU/BR")
    assert split_title("Salg af grund (Lukket punkt)")[0] == "Salg af grund"
    # other brackets are the title's own
    assert (
        split_title("Valg til Lokalforum (erhvervsrådet)")[0]
        == "Valg til Lokalforum (erhvervsrådet)"
    )


def test_the_body_by_its_kind_deciding_labels_the_outcome():
    assert heading_key(Line(0, "Udvalget besluttede:", 0)) == ("beslutning", "Udvalget besluttede")
    assert heading_key(Line(0, "Bestyrelsen besluttede:", 0)) is not None
    assert heading_key(Line(0, "Formanden besluttede:", 0)) is None


def test_a_list_nominating_is_no_recommendation():
    assert (
        _type(
            "Liste A indstillede Bo Holm (A). Valggruppen VCO indstillede Eva Dam (O).\n"
            "Begge blev valgt."
        )
        == "decided"
    )
    assert (
        _type("Valggruppen V, C, O og I indstillede 4 medlemmer – alle valgt uden afstemning.")
        == "decided"
    )
    assert (
        _type("Alle valgt.\n\nMedlem\tStedfortræder\tIndstillet af\nOve Dam\tKaj Lund\tC")
        == "decided"
    )
    assert _type("Bo Holm blev valgt, indstillet af V.") == "decided"
    # a forum recommending stays a recommendation
    assert _type("Arbejdsgruppen indstiller, at planen godkendes.") == "recommended"
    assert _type("Udvalget indstiller forslaget til Byrådets godkendelse.") == "recommended"


def test_taken_up_at_a_later_meeting_is_postponed():
    assert (
        _type("Sagen tages op på byrådets møde i januar, idet valgmødet først holdes 14. januar.")
        == "postponed"
    )
    assert _type("Punktet tages op på næste møde.") == "postponed"
    assert (
        _type("Sagen genoptages, når forvaltningen har opgjort antallet af sager.") == "postponed"
    )
    assert _type("Sagen tages op med forvaltningen.") == "referred"


def test_question_answered_and_thanked_for_decides_nothing():
    assert (
        _type("Borgmester Lise Moll besvarede spørgsmålet. Hanne Friis takkede for svaret.")
        == "none"
    )


def test_constituent_meetings_title_and_its_chair():
    for title in (
        "Referat (Konstituerende møde)",
        "REFERAT AF KONSTITUERENDE MØDE",
        "Referat fra det konstituerende møde",
    ):
        assert _KIND_OF_MEETING_LINE.match(title), title
    assert not _KIND_OF_MEETING_LINE.match("Referat (Konstituerende møde")
    led = _LED.match(
        "Mødet blev ledet af aldersformanden, Eva Holm (A), indtil borgmestervalget var foretaget."
    )
    assert led and led.group("who") == "aldersformanden, Eva Holm (A)"


def test_note_takers_initials_sign_off_the_last_item():
    text = "Bo spurgte til vejene. Forvaltningen svarer skriftligt.\n\nRef. AV"
    assert _without_sign_off(text) == "Bo spurgte til vejene. Forvaltningen svarer skriftligt."
    assert _without_sign_off("Sagen drøftes med\nRef. og") == "Sagen drøftes med\nRef. og"


def test_items_dealt_with_head_the_contents_list():
    assert _TOC_HEAD.match("Sager behandlet på mødet:")
    assert _TOC_HEAD.match("Punkter behandlet på mødet")
    assert not _TOC_HEAD.match("Sager behandlet på mødet den 3. maj:")
