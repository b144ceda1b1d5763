"""The forty-seventh round's rules for local councils' minutes (layouts283): a short
item's minute after a colon on its heading line, the first such items no contents list
where the headings below number on from them, a heading wrapped before a capitalised
place name, the body named by "Referat – bestyrelsesmøde i <body>" (and by "Referat af
møde i <body>" in the agenda export's flow), an offer taken, an event evaluated and
nothing decided under Eventuelt."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import headings, outcome_list, prepare
from analysis.layouts.outcome import outcome_line
from analysis.layouts.title_forum import body_of_title_forum
from analysis.parse import Line, to_lines

_SHORT_FIRST = (
    "Referat af møde den 3. maj 2022\n\n"
    "1. Godkendelse af dagsorden: Godkendt.\n\n"
    "2. Valg af referent: Lone blev valgt.\n\n"
    "3. Kassen\nAnna fremlagde regnskabet.\nKonklusion: Regnskabet blev godkendt.\n\n"
    "4. Cykelstien: Intet nyt.\n\n"
    "5. Eventuelt: Intet.\n\n"
    "Næste møde: 7. juni.\n"
)


def _lines(text: str) -> list[Line]:
    return to_lines(text)


def test_short_items_split_title_and_minute() -> None:
    out = outcome_list.headed_outcomes(_lines(_SHORT_FIRST))
    texts = [ln.clean for ln in out if not ln.blank]
    assert "1. Godkendelse af dagsorden" in texts
    assert "4. Cykelstien" in texts
    assert "5. Eventuelt" in texts
    assert texts.count("Beslutning: Intet.") == 1
    assert "Beslutning: Intet nyt." in texts


def test_colon_title_with_text_under_it_is_kept_whole() -> None:
    text = (
        "1. Lokalplan 12: Boliger ved åen.\nForvaltningen har sendt planen.\n\n"
        "2. Eventuelt: Intet.\n"
    )
    out = outcome_list.headed_outcomes(_lines(text))
    assert out[0].clean == "1. Lokalplan 12: Boliger ved åen."


def test_points_in_a_row_under_a_decision_label_are_no_items() -> None:
    text = (
        "Beslutning:\n1) Motionshold: Godkendt.\n2) Cykelture: Godkendt.\n3) Koordinator: Udsat.\n"
    )
    lines = _lines(text)
    assert [ln.clean for ln in outcome_list.headed_outcomes(lines)] == [ln.clean for ln in lines]


def test_short_item_needs_a_full_stop() -> None:
    lines = _lines("\n1. Høring: Godkendelse\n\n2. Eventuelt\n")
    assert not outcome_list._short_item(lines, 1, "Godkendelse", lines[3], 1)


@pytest.mark.parametrize("text", ["Intet nyt.", "Ingen beslutninger under eventuelt.", "Intet."])
def test_nothing_to_tell_is_an_outcome_line(text: str) -> None:
    assert outcome_line(text)


def test_first_short_items_are_no_contents_list() -> None:
    lines = prepare(_SHORT_FIRST)
    cands = headings.candidates(lines, set())
    assert headings.contents(lines, set(), None, cands) is None


def test_a_contents_list_before_its_items_is_still_one() -> None:
    text = (
        "Dagsorden\n\n1. Godkendelse af dagsorden\n2. Kassen\n3. Eventuelt\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Kassen\nTaget til efterretning.\n\n"
        "3. Eventuelt\nIntet.\n"
    )
    lines = prepare(text)
    cands = headings.candidates(lines, set())
    toc = headings.contents(lines, set(), None, cands)
    assert toc is not None and [e.number for e in toc.entries] == [1, 2, 3]


def test_heading_wrapped_before_a_capitalised_place_name() -> None:
    text = (
        "\n4. Høring om forslag til lokalplan 31 for et nyt boligområde nord for skolen ved\n"
        "Engtoften\nKommunen har sendt planen i høring.\n"
    )
    lines = _lines(text)
    assert headings._wrapped_title(lines, 1, set()) == 2


def test_heading_over_a_sentence_is_not_wrapped() -> None:
    text = (
        "\n4. Høring om forslag til lokalplan 31 for et nyt boligområde nord for skolen ved\n"
        "Kommunen har sendt planen i høring.\nMere tekst.\n"
    )
    lines = _lines(text)
    assert headings._wrapped_title(lines, 1, set()) is None


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Referat – bestyrelsesmøde i Stenstrup Lokalråd", "Stenstrup Lokalråd"),
        ("Bestyrelsesmøde i Stenstrup Lokalråd", "Stenstrup Lokalråd"),
        ("Referat af møde i Valby Lokaludvalg", "Valby Lokaludvalg"),
        ("Ledermøde i Kultur og Fritid", None),
    ],
)
def test_body_of_title_forum(title: str, want: str | None) -> None:
    assert body_of_title_forum(title) == want


def _primary(text: str, forum: str = "Beboerrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vi tager imod tilbuddet.", "decided"),
        ("Rådet tog invitationen fra skolen.", "decided"),
        ("Borgerne tager imod tilbuddet.", "other"),
        ("Sommerfesten blev evalueret.", "discussed"),
        ("Ingen beslutninger under eventuelt.", "none"),
        ("Ingen beslutning under punktet.", "none"),
    ],
)
def test_decision_types(text: str, want: str) -> None:
    assert _primary(text) == want
