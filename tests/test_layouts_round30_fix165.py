"""Round 30 (layouts165: notes exported from note-taking and collaboration tools): the
small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.inline_case import bracketed_case
from analysis.layouts.outcome import outcome_line
from analysis.read import Document, without_comment_anchors


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a hedged act is what will likely happen, decided later: the discussion stands
        ("Drøftet. Mødet aflyses formentlig – endelig beslutning i maj.", "discussed"),
        ("Drøftet. Projektet udskydes muligvis til 2027.", "discussed"),
        ("Aflyses.", "decided"),
        # the matter taken up again later, agreed on an orientation noted: a follow-up
        ("Gruppen tog status til efterretning og aftalte at genbesøge tallene i juni.", "noted"),
        ("Udvalget drøftede sagen og aftalte at vælge model B.", "decided"),
        # a note's bare participle: the item moved to a day or the next meeting
        ("Flyttet til 5. nov.", "postponed"),
        ("Rykket til 3/10.", "postponed"),
        ("Flyttes til næste møde.", "postponed"),
        ("Flyttet til lukket dagsorden.", "none"),
    ],
)
def test_decision_types(text: str, want: str) -> None:
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Flyttet til 5. nov.", True),
        ("Rykket til 3/10.", True),
        ("Flyttet til Kroppedal.", False),  # a place, no day
        ("Flyttet til lukket dagsorden.", False),
    ],
)
def test_moved_outcome_line(text: str, want: bool) -> None:
    assert outcome_line(text) is want


def test_comment_anchors_removed_where_the_comments_are_listed() -> None:
    text = (
        "Punkt 2: Status på budget[a]\n"
        "Beslutning: Godkendt.[b]\n"
        "- [x] Opgave løst\n"
        "\n"
        "[a]Eva Holm:\nKommentar: Tallene fra maj mangler.\n"
        "[b]Jens Bro: Kommentar: Løst.\n"
    )
    out = without_comment_anchors(Document(text, "txt", "utf-8", ())).text
    assert "Status på budget\n" in out
    assert "Godkendt.\n" in out
    assert "- [x] Opgave løst" in out  # a checkbox, no anchor
    assert "[a]Eva Holm:" in out and "[b]Jens Bro:" in out  # the comments stay


def test_letters_in_brackets_without_a_comment_list_stay() -> None:
    text = "Punkt 2: Bilag[a] og bilag[b]\nBeslutning: Godkendt.\n"
    doc = Document(text, "txt", "utf-8", ())
    assert without_comment_anchors(doc).text == text


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Sundhedsråd – kommissorium  [26/08813]", ("Sundhedsråd – kommissorium", "26/08813")),
        ("Kystbeskyttelse [2025-014417]", ("Kystbeskyttelse", "2025-014417")),
        ("Budget [2026]", None),  # a year, no case
        ("Plan [2026-2029]", None),  # a span of years
        ("Bilag [3/4]", None),
    ],
)
def test_bracketed_short_case(title: str, want: tuple[str, str] | None) -> None:
    assert bracketed_case(title) == want
