"""Twenty-sixth round (layouts128: minutes written in shorthand): the abbreviated labels
"Beslutn.:" and "Indst.:", the abbreviated outcomes ("Godk.", "T.t.e.", "Tte.", "Anbef.",
"Vedt.", "Ikke godk.") read as the words they stand for, bare outcome lines in shorthand,
an arrow behind a bullet, a month shortened in a postponement, an outcome over the list
that closes an item's notes, and a title line closed by "møde <weekday> d/m-yy"."""

from __future__ import annotations

import pytest

from analysis import vocab
from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _short_year_meeting
from analysis.layouts.outcome import ARROW_OUTCOME, _closing_outcome, outcome_line


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Godk.", "approved"),
        ("Godk. dog således at puljen får 10.000 kr. mere.", "approved"),
        ("Godk. plan: alle skoler skifter i uge 8.", "approved"),
        ("Vedt. med én ændring:\n  1. Hallen får 20.000 kr.", "approved"),
        ("T.t.e.", "noted"),
        ("T.t.e. – næste status i juni.", "noted"),
        ("Tte. Skolerne sender bemærkninger.", "noted"),
        ("Taget til eft.", "noted"),
        ("Anbef. til ØU og BR.", "recommended"),
        ("Anbef. at tre medarbejdere sendes på kursus.", "recommended"),
        ("Ikke godk. – pladsen er lejet ud.", "rejected"),
        ("Ikke godk. (2 for, 3 imod).", "rejected"),
        ("- Godk.", "approved"),
    ],
)
def test_shorthand_outcomes_are_read_as_written_out(text: str, expected: str) -> None:
    assert _primary(text) == expected


@pytest.mark.parametrize("text", ["Godkendt.", "Godkendes.", "Ok."])
def test_shorthand_leaves_other_words(text: str) -> None:
    # the written-out words and "Ok." read as before (no abbreviation in them)
    assert _primary(text) == "approved"


def test_abbreviated_labels_are_section_headings() -> None:
    assert vocab.SECTION_HEADINGS["beslutn."] == "beslutning"
    assert vocab.SECTION_HEADINGS["indst."] == "indstilling"


@pytest.mark.parametrize(
    "line",
    [
        "Godk.",
        "Vedt.",
        "Tte. Skovrejsningen afventes.",
        "T.t.e. – rekord i år.",
        "Anbef. at planen sendes videre.",
        "Ikke godk. – arealet er udlejet.",
        "Indstilles til KB med 5 %.",
        "Indstilles til Økonomiudvalget.",
        "Udsat til jan.",
        "Udsættes til sept.",
    ],
)
def test_bare_shorthand_outcome_lines(line: str) -> None:
    assert outcome_line(line)


@pytest.mark.parametrize(
    "line",
    ["Godkendelse af dagsorden", "Indstilles til godkendelse", "Tte", "Udsat til jan"],
)
def test_not_outcome_lines(line: str) -> None:
    assert not outcome_line(line)


def test_arrow_behind_a_bullet() -> None:
    assert ARROW_OUTCOME.match("- => Godk. plan: alle udskiftet inden 1/4.")
    assert ARROW_OUTCOME.sub("", "- => Godk.") == "Godk."
    assert not ARROW_OUTCOME.match("- Godk.")


def test_outcome_over_the_closing_list() -> None:
    lines = [
        "Oplæg ved formanden.",
        "Drøftet – se ndf.",
        "- kortlægning af stierne",
        "1. fælles tur i maj",
        "Handling: BSK",
    ]
    assert _closing_outcome(lines) == 1
    # a list under a line that states no outcome is no decision
    assert _closing_outcome(["Oplæg ved formanden.", "Punkter:", "- a", "- b"]) is None


def test_weekday_meeting_closing_the_title_line() -> None:
    found = _short_year_meeting("Beslutningsprotokol – direktionsmøde mandag 7/6-21")
    assert found is not None and found.date.isoformat() == "2021-06-07"
    # the weekday must be the date's (7/6-21 was a Monday)
    assert _short_year_meeting("Beslutningsprotokol – direktionsmøde tirsdag 7/6-21") is None


def test_outcome_under_the_proposal_line() -> None:
    from analysis.layouts.outcome import _outcome_under_proposal
    from analysis.model import Item, Section

    text = "Fordeling som i bilaget\nVedt. med én ændring:\n1. x"
    item = Item(
        number=2,
        raw_title="Puljen",
        title="Puljen",
        bodies=None,
        closed=False,
        case_number=None,
        proposer=None,
        duration_min=None,
        sections=(Section("indstilling", "Indst.", text),),
        recommendations=(),
        attachments=(),
        references=(),
    )
    split = _outcome_under_proposal(item)
    assert [s.key for s in split.sections] == ["indstilling", "beslutning"]
    assert split.sections[1].text.startswith("Vedt. med én ændring:")
