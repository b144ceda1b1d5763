"""Twenty-fourth round, leftovers of layouts108: small rules held by unit tests."""

from __future__ import annotations

from analysis.layouts.headings import plausible_title
from analysis.layouts.pictograms import unpictogram


def test_withheld_title_in_brackets_is_a_title() -> None:
    # an item withheld from a copy handed out under the access-to-documents act
    assert plausible_title("[Undtaget fra aktindsigt, jf. offentlighedslovens § 30]")
    assert plausible_title("[Udeladt – fortroligt personaleforhold]")
    # other bracketed text is still no title
    assert not plausible_title("[1] se bilag")
    assert not plausible_title("[billede]")


def test_fact_pictogram_before_weekday_and_number_is_kept() -> None:
    # "📅 Fredag 7/2-2025": a weekday before a number is no label's word before a case
    row = "📅 Fredag 7/2-2025 · 🕙 9.00–10.00 · 📍 Torvet 1"
    assert unpictogram(row) == row
    # a case line's pictogram is still dropped
    assert unpictogram("📎 Sag 24/18332") == "Sag 24/18332"


def test_case_then_sentence_on_one_line_is_split() -> None:
    from analysis.layouts.inline_case import split_case_sentences
    from analysis.parse import Line

    lines = [Line(3, "Sag 25/0877 · Biblioteket holder lukket i uge 29.", 0)]
    assert [ln.clean for ln in split_case_sentences(lines)] == [
        "Sag 25/0877",
        "Biblioteket holder lukket i uge 29.",
    ]
    # a meta line of fields stays whole
    fields = [Line(4, "Sag 25/0877 · Ansv.: KD", 0)]
    assert split_case_sentences(fields) == fields
