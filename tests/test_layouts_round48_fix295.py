"""The forty-eighth round's conventions for the minutes of committees that hand out grants
(layouts295): a grant in the present passive named by a compound of its kind or by a
commitment ("Der ydes driftstilskud …", "Der gives tilsagn om …"), and the open/closed
mark alone over an item's "Punkt N. Title" heading, which opens that item."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.enrich import decisions
from analysis.layouts import headings
from analysis.parse import Line

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


# --- a grant by a compound of its kind, or a commitment, in the present passive ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der ydes driftstilskud på 12.000 kr. for 2025.", "decided"),
        ("Der ydes lokaletilskud på 9.500 kr. af de ansøgte 14.000 kr.", "decided"),
        ("Der gives tilsagn om 55.000 kr., når fondene har svaret.", "decided"),
        ("Der gives anlægsstøtte på 80.000 kr.", "decided"),
        ("Der ydes et aktivitetstilskud på 4.000 kr.", "decided"),
        # the negation refuses the grant
        ("Der ydes ikke anlægsstøtte, da banen ligger på privat grund.", "rejected"),
        ("Der gives ikke tilsagn om tilskud.", "rejected"),
        # a verb that ends as a grant does decides nothing
        ("Der gives mulighed for at understøtte klubben.", "other"),
    ],
)
def test_grant_by_compound_or_commitment(text: str, expected: str) -> None:
    types = [t for t, _ in decisions.classify_decision(text, "Udvalget")]
    assert types[0] == expected


def test_grant_inside_a_clause_is_no_grant() -> None:
    text = "Det blev oplyst, at der ydes driftstilskud efter reglerne."
    assert "decided" not in [t for t, _ in decisions.classify_decision(text, "Udvalget")]


@pytest.mark.parametrize(
    "word",
    ["driftstilskud", "lokaletilskuddet", "anlægsstøtte", "etableringsbevilling", "tilsagn"],
)
def test_grant_kind_reads_compounds_and_commitments(word: str) -> None:
    import re

    assert re.fullmatch(decisions._GRANT_KIND, word)


@pytest.mark.parametrize("word", ["understøtte", "støtte", "tilskud", "tilsagnene", "bevilge"])
def test_grant_kind_leaves_the_rest(word: str) -> None:
    import re

    # (the simple grants are read by their lemma in _GRANTS_GIVEN, not by this pattern)
    assert not re.fullmatch(decisions._GRANT_KIND, word)


# --- the open/closed mark alone over "Punkt N. Title" -------------------------------------


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_mark_over_a_heading_after_a_blank_line_is_the_items() -> None:
    lines = _lines("Godkendt.", "", "Åbent punkt", "Punkt 62. Title", "Sagsnr.: 1")
    assert headings._mark_over(lines, 3, set()) == 2
    lines = _lines("Lukket punkt", "Punkt 3. Title")  # the page's top over it
    assert headings._mark_over(lines, 1, set()) == 0


@pytest.mark.parametrize(
    "texts",
    [
        ("Godkendt.", "", "Punkt 62. Title"),  # no mark
        ("Godkendt.", "Åbent punkt", "Punkt 62. Title"),  # the last line of a block above
        ("Godkendt.", "", "Åbent punkt i sagen", "Punkt 62. Title"),  # no mark alone
    ],
)
def test_no_mark_over_the_heading(texts: tuple[str, ...]) -> None:
    lines = _lines(*texts)
    assert headings._mark_over(lines, len(lines) - 1, set()) is None


def test_marks_over_punkt_headings_open_their_items() -> None:
    from analysis.pipeline import parse_bytes

    name = "aabent-maerke-over-punkt-nummer-titel.txt"
    result = parse_bytes((RAW / name).read_bytes(), name)
    assert "could not be placed" not in str(result.manifest.get("message") or "")
    items = result.tables["items"]
    assert items["number"].astype(int).tolist() == [14, 15, 16, 17]
    assert items["closed"].tolist() == [False, False, True, False]
    sections = result.tables["sections"]
    decided = sections[sections["section"] == "beslutning"]["text"].tolist()
    assert decided == ["Godkendt.", "Ansøgningen blev imødekommet.", "Godkendt.", "Intet."]


# --- a verb coordinated with the sentence's first shares its subject ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karen Vang (B) erklærede sig inhabil i sagen om Snedsted Badmintonklub og deltog"
            " ikke i behandlingen af punktet.",
            [("Karen Vang", "B", "fraværende")],
        ),
        (
            "Per Moos (V) erklærede sig inhabil og deltog ikke i behandlingen.",
            [("Per Moos", "V", "fraværende")],
        ),
        (
            "Mette Holm erklærede sig inhabil og forlod mødet under punktet.",
            [("Mette Holm", None, "fraværende")],
        ),
        # the subject of the first verb was already the stance's: kept
        (
            "Ole Dam kunne ikke tiltræde indstillingen og tog forbehold.",
            [("Ole Dam", None, "imod"), ("Ole Dam", None, "forbehold")],
        ),
        # the verb's own subject before it: its own
        (
            "Indstillingen blev godkendt, og Bo Lund (C) tog forbehold.",
            [("Bo Lund", "C", "forbehold")],
        ),
    ],
)
def test_coordinated_verb_takes_the_sentences_subject(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    got = [(s.actor, s.party, s.position) for s in decisions._stances(text)]
    assert got == expected


def test_inhabil_member_over_the_outcome_is_absent_for_the_item() -> None:
    from analysis.pipeline import parse_bytes

    name = "aabent-maerke-over-punkt-nummer-titel.txt"
    result = parse_bytes((RAW / name).read_bytes(), name)
    people = result.tables["positions"]
    assert people[["actor", "party", "position"]].values.tolist() == [
        ["Karen Vang", "B", "fraværende"]
    ]
