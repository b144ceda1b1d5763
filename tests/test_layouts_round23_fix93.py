"""Twenty-third round (layouts93): old minutes typed or read by OCR from scanned paper; the
small rules the fixtures hold only in part."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import bare_outcome, outcome_line
from analysis.ocr_labels import danish_field_label
from analysis.parse import to_lines


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the Danish "ø" typed or read as "o", "oe" or "0": a discussion all the same
        ("Droftet.", "discussed"),
        ("Droeftet. Sagen genoptages i maj.", "discussed"),
        ("Udvalget droftede forslaget.", "discussed"),
        ("Drøftet.", "discussed"),
    ],
)
def test_discussion_without_danish_letters(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    "text",
    ["Droftet.", "Dr0ftet. Forvaltningen vender tilbage.", "Ingen bemaerkninger.", "Afslaaet."],
)
def test_outcome_words_without_danish_letters(text: str) -> None:
    assert bare_outcome(text) and outcome_line(text)


@pytest.mark.parametrize("text", ["Drofter vi det?", "Ingen bemaerkninger til dagsordenen her"])
def test_no_outcome_in_other_text(text: str) -> None:
    assert not bare_outcome(text)


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("~ ~", ""),
        ("  ~|", ""),
        ("| ~", ""),
        # a markdown code fence, a bar alone, and text keep their line
        ("~~~", "~~~"),
        ("|", "|"),
        ("~ ca. 40", "~ ca. 40"),
    ],
)
def test_scan_specks_are_a_blank_line(line: str, clean: str) -> None:
    assert to_lines(f"Titel\n{line}\nTekst")[1].clean == clean


@pytest.mark.parametrize(
    ("line", "folded"),
    [
        ("M0dested: Lokale 3, Rådhuset", "Mødested: Lokale 3, Rådhuset"),
        ("Fravaerende: Ole Berg", "Fraværende: Ole Berg"),
        # a label written right, or no label: nothing to fold (the value is never folded)
        ("Mødested: Faaborg Rådhus", None),
        ("Sted: Aabenraa", None),
        ("Der er 0 ansøgninger", None),
    ],
)
def test_header_label_misread_by_ocr(line: str, folded: str | None) -> None:
    assert danish_field_label(line) == folded
