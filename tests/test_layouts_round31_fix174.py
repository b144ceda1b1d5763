"""Round thirty-one (layouts174: budget processes): small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import closing_forum_decisions
from analysis.layouts.ruled import ruled_titles
from analysis.model import Item, Section
from analysis.parse import Line, _title_continuation


def _type(text: str, forum: str = "Byrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_withdrawn_and_taken_up_again_once_something_is_done_is_postponed():
    assert _type("Punktet blev trukket. Genoptages når revisionens notat foreligger.") == (
        "postponed"
    )
    assert _type("Punktet blev trukket.") == "none"


def test_a_proposal_lapsed_in_the_vote_is_rejected():
    text = "Forslaget blev sat til afstemning. For: B (2) - Imod: A, V (20).\nForslaget bortfaldt."
    assert _type(text) == "rejected"
    # lapsed without a vote: nothing decided
    assert _type("Forslaget bortfaldt.") == "none"


def test_a_task_agreed_over_a_wrapped_line_stays_a_follow_up_of_the_noted():
    text = (
        "Udvalget tog orienteringen til efterretning, og det blev aftalt at regnskabet\n"
        "fremover forelægges hvert halvår."
    )
    assert _type(text, "Udvalget") == "noted"


def test_the_cases_way_through_the_bodies_is_no_wrapped_title():
    body = [Line(1, "Forløb: TM → ØK → BY", 0), Line(2, "Sagsnummer: 05.01.00-P20-1-23", 0)]
    assert _title_continuation("Cykelsti", body, None) == []


def _item(number: int, *sections: Section) -> Item:
    return Item(number, "T", "T", None, False, None, None, None, sections, (), (), ())


def test_a_body_deciding_in_the_closing_paragraph_is_the_decision():
    decided = Section("beslutning", "Beslutning", "Godkendt.")
    text = Section(
        "sagsfremstilling", "Sagsfremstilling", "Lånet er 4 mio. kr.\n\nByrådet godkendte lånet."
    )
    dated = Section(
        "sagsfremstilling", "Sagsfremstilling", "Baggrund.\n\nByrådet godkendte den 3. maj planen."
    )
    items = closing_forum_decisions(
        [_item(1, decided), _item(2, text), _item(3, decided), _item(4, dated)]
    )
    assert [s.key for s in items[1].sections] == ["sagsfremstilling", "beslutning"]
    assert items[1].sections[1].text == "Byrådet godkendte lånet."
    assert items[1].sections[0].text == "Lånet er 4 mio. kr."
    assert items[3] == _item(4, dated)  # a dated decision is background
    # only where the other items label their decisions
    assert closing_forum_decisions([_item(1, text), _item(2, decided)])[0] == _item(1, text)


def test_rules_closing_the_items_leave_the_first_item_above_the_first_rule():
    rule = "-" * 40
    text = "\n".join(
        [
            "Udvalget - referat",
            "Dato: 1. marts 2023",
            "",
            "Godkendelse af dagsorden",
            "Sag nr.: 1   Journalnr.: 00.01.00-A00-1-23",
            "",
            "Udvalget, 1. marts 2023, pkt. 1:",
            "Godkendt.",
            rule,
            "",
            "Regnskab 2022",
            "Sag nr.: 2   Journalnr.: 00.32.00-S00-1-23",
            "",
            "Udvalget, 1. marts 2023, pkt. 2:",
            "Taget til efterretning.",
            rule,
            "",
            "Takster 2024",
            "Sag nr.: 3   Journalnr.: 00.30.10-S55-1-23",
            "",
            "Udvalget, 1. marts 2023, pkt. 3:",
            "Godkendt.",
            rule,
            "",
            "Eventuelt",
            "Sag nr.: 4",
            "",
            "Udvalget, 1. marts 2023, pkt. 4:",
            "Intet.",
        ]
    )
    lines = ruled_titles(text).split("\n")
    assert "## Godkendelse af dagsorden" in lines
    assert "## Regnskab 2022" in lines
    # without the case fields under the titles, the header's part stays the header
    bare = "\n".join(line for line in text.split("\n") if not line.startswith("Sag nr."))
    assert "## Godkendelse af dagsorden" not in ruled_titles(bare).split("\n")
