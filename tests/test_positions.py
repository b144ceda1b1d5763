"""Positions: stances of single members and parties in committee and council decisions.

"Ole Hansen (V) tog forbehold", "Pia Larsen (Ø) kunne ikke tiltræde indstillingen",
"Hans Nielsen var forhindret i at deltage", "For stemte: 15 (A, F, Ø)" … The rules are
tested on sentences in many word orders and inflections, then on the committee and
council fixtures through the parser, and the Chefforum seeds must yield none.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.enrich import decisions
from analysis.enrich.decisions import (
    POSITION_SECTIONS,
    classify_decision,
    positions,
    positions_table,
)
from analysis.vocab import POSITION_TYPES

from .conftest import FIXTURES, RAW

FORUMS = FIXTURES / "forums"
COLUMNS = ["item_id", "seq", "section", "actor", "party", "position", "text"]


def _sections(*rows: tuple[str, int, str, str | None]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["item_id", "position", "section", "text"])
    df.insert(3, "heading", df["section"].str.title())
    return df


def stances(text: str) -> list[tuple[str, str | None, str]]:
    """(actor, party, position) of a Beslutning text, through the table."""
    out = positions_table(_sections(("x-01", 1, "beslutning", text)))
    return [
        (a, None if pd.isna(p) else p, s) for a, p, s in out[["actor", "party", "position"]].values
    ]


# --- The rules: one block per position, other word orders and inflections -------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forbehold
        ("Ole Hansen (V) tog forbehold.", [("Ole Hansen", "V", "forbehold")]),
        (
            "Ole Hansen (V) tog forbehold for den videre proces.",
            [("Ole Hansen", "V", "forbehold")],
        ),
        ("Venstre tager forbehold.", [("Venstre", "V", "forbehold")]),
        ("Ole Hansen har taget et generelt forbehold.", [("Ole Hansen", None, "forbehold")]),
        ("Under behandlingen tog V forbehold.", [("V", "V", "forbehold")]),
        (
            "Med forbehold fra V og C anbefales indstillingen.",
            [("V", "V", "forbehold"), ("C", "C", "forbehold")],
        ),
        (
            "Det Konservative Folkeparti og SF tog forbehold.",
            [("Det Konservative Folkeparti", "C", "forbehold"), ("SF", "F", "forbehold")],
        ),
        ("Liberal Alliance tog forbehold.", [("Liberal Alliance", "I", "forbehold")]),
        ("Formanden tog forbehold.", [("Formanden", None, "forbehold")]),
        (
            "Ole Hansen (V) og Mette Jensen (F) tog forbehold.",
            [("Ole Hansen", "V", "forbehold"), ("Mette Jensen", "F", "forbehold")],
        ),
        (
            "Anbefales, idet Dansk Folkeparti tog forbehold.",
            [("Dansk Folkeparti", "O", "forbehold")],
        ),
        # imod
        (
            "Pia Larsen (Ø) kunne ikke tiltræde indstillingen.",
            [("Pia Larsen", "Ø", "imod")],
        ),
        ("Venstre kunne ikke tiltræde.", [("Venstre", "V", "imod")]),
        ("Derfor kunne V ikke tiltræde indstillingen.", [("V", "V", "imod")]),
        ("Enhedslisten stemte imod.", [("Enhedslisten", "Ø", "imod")]),
        ("V og C stemte imod.", [("V", "V", "imod"), ("C", "C", "imod")]),
        ("Imod stemte: 6 (V, C).", [("V", "V", "imod"), ("C", "C", "imod")]),
        ("Imod stemte V og C.", [("V", "V", "imod"), ("C", "C", "imod")]),
        ("Venstres medlemmer kunne ikke tiltræde.", [("Venstre", "V", "imod")]),
        ("Medlemmerne fra V og C stemte imod.", [("V", "V", "imod"), ("C", "C", "imod")]),
        ("Et mindretal stemte imod.", [("Et mindretal", None, "imod")]),
        (
            "Et mindretal (V, C) kunne ikke godkende indstillingen.",
            [("V", "V", "imod"), ("C", "C", "imod")],
        ),
        ("De Radikale stemte nej.", [("De Radikale", "B", "imod")]),
        (
            "Enhedslisten og SF kunne ikke støtte forslaget.",
            [("Enhedslisten", "Ø", "imod"), ("SF", "F", "imod")],
        ),
        ("Pia Larsen (Ø) kunne ikke følge indstillingen.", [("Pia Larsen", "Ø", "imod")]),
        ("Venstre kan ikke anbefale forslaget.", [("Venstre", "V", "imod")]),
        # for
        ("Socialdemokratiet kunne tiltræde.", [("Socialdemokratiet", "A", "for")]),
        (
            "Et flertal (A, F, Ø) stemte for.",
            [("A", "A", "for"), ("F", "F", "for"), ("Ø", "Ø", "for")],
        ),
        (
            "Et flertal bestående af A, F og Ø stemte for indstillingen.",
            [("A", "A", "for"), ("F", "F", "for"), ("Ø", "Ø", "for")],
        ),
        (
            "For stemte: 15 (A, F, Ø).",
            [("A", "A", "for"), ("F", "F", "for"), ("Ø", "Ø", "for")],
        ),
        ("V støttede forslaget.", [("V", "V", "for")]),
        ("Socialdemokratiet tilsluttede sig indstillingen.", [("Socialdemokratiet", "A", "for")]),
        ("Ole Hansen (V) stemte ja.", [("Ole Hansen", "V", "for")]),
        # fraværende
        (
            "Hans Nielsen var forhindret i at deltage i behandlingen af punktet.",
            [("Hans Nielsen", None, "fraværende")],
        ),
        ("Hans Nielsen var forhindret.", [("Hans Nielsen", None, "fraværende")]),
        (
            "Hans Nielsen (V) deltog ikke i behandlingen.",
            [("Hans Nielsen", "V", "fraværende")],
        ),
        ("I behandlingen deltog ikke Hans Nielsen.", [("Hans Nielsen", None, "fraværende")]),
        ("Pia Larsen (Ø) var fraværende.", [("Pia Larsen", "Ø", "fraværende")]),
        ("Pia Larsen (Ø) var ikke til stede.", [("Pia Larsen", "Ø", "fraværende")]),
        (
            "Borgmester Steen Christiansen (A) havde meldt afbud.",
            [("Steen Christiansen", "A", "fraværende")],
        ),
        (
            "Under behandlingen af punktet forlod Ole Hansen (V) mødet.",
            [("Ole Hansen", "V", "fraværende")],
        ),
        ("Fraværende: Hans Nielsen (V).", [("Hans Nielsen", "V", "fraværende")]),
        # vote lists
        (
            "Indstillingen blev sat til afstemning.\n\n- For: A, F, Ø\n- Imod: V, C\n- Undlod: O",
            [
                ("A", "A", "for"),
                ("F", "F", "for"),
                ("Ø", "Ø", "for"),
                ("V", "V", "imod"),
                ("C", "C", "imod"),
            ],
        ),
        (
            "Godkendt. For: 15 (A, F, Ø). Imod: 6 (V, C).",
            [
                ("A", "A", "for"),
                ("F", "F", "for"),
                ("Ø", "Ø", "for"),
                ("V", "V", "imod"),
                ("C", "C", "imod"),
            ],
        ),
        # several stances in one sentence
        (
            "A, F og Ø stemte for, mens V og C stemte imod.",
            [
                ("A", "A", "for"),
                ("F", "F", "for"),
                ("Ø", "Ø", "for"),
                ("V", "V", "imod"),
                ("C", "C", "imod"),
            ],
        ),
        (
            "Ole Hansen (V) kunne ikke tiltræde indstillingen og tog forbehold.",
            [("Ole Hansen", "V", "imod"), ("Ole Hansen", "V", "forbehold")],
        ),
        (
            "Ole Hansen (V) kunne ikke tiltræde indstillingen, mens Pia Larsen (Ø) tog forbehold.",
            [("Ole Hansen", "V", "imod"), ("Pia Larsen", "Ø", "forbehold")],
        ),
        (
            "Anbefales med 15 stemmer for (A, F, Ø) og 6 imod (V, C).",
            [
                ("A", "A", "for"),
                ("F", "F", "for"),
                ("Ø", "Ø", "for"),
                ("V", "V", "imod"),
                ("C", "C", "imod"),
            ],
        ),
        (
            "Indstillingen blev godkendt. For stemte 15 (A, F og Ø), imod stemte 6 (V og C).",
            [
                ("A", "A", "for"),
                ("F", "F", "for"),
                ("Ø", "Ø", "for"),
                ("V", "V", "imod"),
                ("C", "C", "imod"),
            ],
        ),
        # abstention has no key in the vocabulary: not recorded, and not read as for/imod
        ("Undlod at stemme: 1 (O).", []),
        ("O undlod at stemme, og V stemte hverken for eller imod.", []),
        ("Ole Hansen (V) stemte blankt.", []),
        (
            "A og F stemte for, mens O undlod at stemme.",
            [("A", "A", "for"), ("F", "F", "for")],
        ),
        # the forum, bodies and staff take decisions, not positions
        ("Udvalget kunne tiltræde indstillingen.", []),
        ("Chefforum kunne ikke godkende planen i den foreliggende form.", []),
        ("Udvalget tog forbehold for finansieringen.", []),
        ("Kommunaldirektøren kunne ikke tiltræde indstillingen.", []),
        ("Alle stemte for.", []),
        # a plain approval by a person is the forum's decision; plans and conditions
        ("Henrik godkendte planen.", []),
        ("Venstre vil stemme imod i Byrådet.", []),
        ("Hvis V stemmer imod, sendes sagen til Byrådet.", []),
        ("Ole Hansen (V) tog ikke forbehold.", []),
        ("Hans Nielsen var ikke forhindret.", []),
        ("Forslaget blev ikke godkendt.", []),
        ("Anbefales. Sagen fremsendes til Kommunalbestyrelsen.", []),
        ("Afdelingschefen for Skole deltager i styregruppen.", []),
        ("", []),
    ],
)
def test_positions(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert stances(text) == expected


def test_positions_returns_actor_position_sentence() -> None:
    text = "Anbefales.\n\nOle Hansen (V) tog forbehold.\n\n- Pia Larsen (Ø) kunne ikke tiltræde."
    assert positions(text) == [
        ("Ole Hansen", "forbehold", "Ole Hansen (V) tog forbehold."),
        ("Pia Larsen", "imod", "Pia Larsen (Ø) kunne ikke tiltræde."),
    ]
    assert positions(None) == [] and positions("  ") == []


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
@settings(max_examples=150, deadline=None)
def test_positions_any_text(text: str) -> None:
    for actor, position, sentence in positions(text):
        assert actor and position in POSITION_TYPES
        assert sentence and sentence in text


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # the stance of one member or party leaves the decision to the rest
        ("Venstre kunne ikke tiltræde. Anbefales.", "recommended"),
        ("Pia Larsen (Ø) kunne ikke tiltræde indstillingen.", "other"),
        ("Socialdemokratiet kunne tiltræde. Sagen sendes tilbage.", "referred"),
        # a majority's stance is the forum's decision
        ("Et flertal (A, F, Ø) kunne tiltræde indstillingen.", "recommended"),
        ("Et flertal (A, F, Ø) kunne ikke tiltræde indstillingen.", "rejected"),
    ],
)
def test_positions_and_decision_types(text: str, decision: str) -> None:
    assert [t for t, _ in classify_decision(text)] == [decision]


def test_abstention_is_recorded_once_the_vocabulary_has_it(monkeypatch) -> None:
    """The proposal: add "undlod" to vocab.POSITION_TYPES and abstentions become rows."""
    text = "A og F stemte for, mens O undlod at stemme."
    decisions._stances.cache_clear()
    monkeypatch.setitem(POSITION_TYPES, "undlod", "Abstained ('undlod at stemme').")
    try:
        assert [(a, p) for a, p, _ in positions(text)] == [
            ("A", "for"),
            ("F", "for"),
            ("O", "undlod"),
        ]
    finally:
        decisions._stances.cache_clear()


# --- The table ------------------------------------------------------------------------
def test_positions_table() -> None:
    sections = _sections(
        ("m-02", 3, "beslutning", "Anbefales. Venstre kunne ikke tiltræde."),
        ("m-02", 1, "tidligere_beslutning", "Anbefales. Ole Hansen (V) tog forbehold."),
        ("m-02", 2, "indstilling", "Det indstilles, at Enhedslisten stemte imod."),
        ("m-01", 1, "beslutning", "For stemte: 15 (A, F, Ø)."),
        ("m-03", 1, "beslutning", None),
        ("m-04", 1, "beslutning", "Godkendt."),
        (None, 1, "beslutning", "V stemte imod."),
    )
    before = sections.copy()
    out = positions_table(sections)
    pd.testing.assert_frame_equal(sections, before)
    assert list(out.columns) == COLUMNS
    assert out[["item_id", "seq", "section", "actor", "position"]].values.tolist() == [
        ["m-01", 1, "beslutning", "A", "for"],
        ["m-01", 2, "beslutning", "F", "for"],
        ["m-01", 3, "beslutning", "Ø", "for"],
        ["m-02", 1, "tidligere_beslutning", "Ole Hansen", "forbehold"],
        ["m-02", 2, "beslutning", "Venstre", "imod"],
    ]
    assert out["party"].tolist() == ["A", "F", "Ø", "V", "V"]
    assert out["text"].iloc[3] == "Ole Hansen (V) tog forbehold."
    assert out.index.equals(pd.RangeIndex(len(out)))
    assert out["seq"].dtype == "int64"
    assert all(str(out[c].dtype) == "string" for c in COLUMNS if c != "seq")
    assert set(out["position"]) <= set(POSITION_TYPES)
    assert set(out["section"]) <= set(POSITION_SECTIONS)


def test_positions_table_party_is_null_when_not_given() -> None:
    out = positions_table(_sections(("m-01", 1, "beslutning", "Hans Nielsen var forhindret.")))
    assert out["actor"].tolist() == ["Hans Nielsen"] and out["party"].isna().all()


def test_positions_table_empty() -> None:
    out = positions_table(_sections(("m-01", 1, "beslutning", "Godkendt.")).iloc[0:0])
    assert list(out.columns) == COLUMNS and len(out) == 0
    assert out["seq"].dtype == "int64" and str(out["party"].dtype) == "string"


# --- Committee and council minutes through the parser ---------------------------------
def _sections_of(name: str, text: str | None = None) -> pd.DataFrame:
    from analysis.pipeline import parse_bytes

    raw = (FORUMS / name).read_bytes() if text is None else text.encode()
    folder = "egedal" if name.startswith("egedal") else "albertslund"
    result = parse_bytes(raw, f"{folder}/{name}")
    assert result.manifest["status"] == "ok", result.manifest["message"]
    return result.tables["sections"]


def test_committee_positions() -> None:
    out = positions_table(_sections_of("oekonomiudvalget-2024-03-05.txt"))
    assert out.drop(columns="text").values.tolist() == [
        ["oekonomiudvalget-2024-03-05-02", 1, "beslutning", "Ole Hansen", "V", "forbehold"],
        ["oekonomiudvalget-2024-03-05-02", 2, "beslutning", "Pia Larsen", "Ø", "imod"],
    ]
    assert out["text"].tolist() == [
        "Ole Hansen (V) tog forbehold.",
        "Pia Larsen (Ø) kunne ikke tiltræde indstillingen.",
    ]


def test_council_absence() -> None:
    out = positions_table(_sections_of("egedal-byraad-2024-03-12.txt"))
    assert out[["item_id", "seq", "actor", "position", "text"]].values.tolist() == [
        [
            "egedal-byraad-2024-03-12-03",
            1,
            "Hans Nielsen",
            "fraværende",
            "Hans Nielsen var forhindret i at deltage.",
        ]
    ]
    assert out["party"].isna().all()


def test_earlier_body_decision_is_read_and_labelled() -> None:
    name = "oekonomiudvalget-2024-03-05.txt"
    text = (FORUMS / name).read_text(encoding="utf-8")
    earlier = (
        "Beslutning Børne- og Skoleudvalget den 20-02-2024\n\nAnbefales. Venstre stemte imod.\n\n"
    )
    text = text.replace(
        "Beslutningspunkter\n\nDet indstilles:\nAt 1) anlægsplanen",
        earlier + "Beslutningspunkter\n\nDet indstilles:\nAt 1) anlægsplanen",
    )
    sections = _sections_of(name, text)
    assert "tidligere_beslutning" in set(sections["section"])
    out = positions_table(sections)
    assert out[["seq", "section", "actor", "party", "position"]].values.tolist() == [
        [1, "tidligere_beslutning", "Venstre", "V", "imod"],
        [2, "beslutning", "Ole Hansen", "V", "forbehold"],
        [3, "beslutning", "Pia Larsen", "Ø", "imod"],
    ]


def test_seeds_have_no_positions() -> None:
    from analysis.pipeline import parse_corpus

    sections = parse_corpus(RAW, enriched=False)["sections"]
    assert len(positions_table(sections)) == 0
