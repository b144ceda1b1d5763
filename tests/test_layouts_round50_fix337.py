"""Fiftieth round, layouts337: Zealand's and Funen's committee and council minutes as web pages.

A decision heading with the date before the body ("Beslutning den 01-03-2025 i
<udvalg>:", ``parse._DATE_FIRST_DECISION`` read by ``decision_heading``); a dated decision
label whose month is named, its text after the colon on the same line
(``parse._DATED_INLINE_HEADING``); a recommendation withheld in a hearing reply the
recommendation left to the forum ("<rådet> afgiver høringssvar" / "kan ikke anbefale …",
``decisions.withheld_in_reply``): decided, and the reply sent on no referral.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import item_decision_rows, refusal_decided, withheld_in_reply
from analysis.parse import _DATED_INLINE_HEADING, decision_heading

#: (line, what ``decision_heading`` reads of it: body and date, or None for prose)
_DATE_FIRST = [
    (
        "Beslutning den 03-02-2025 i Børne- og Skoleudvalget:",
        "Børne- og Skoleudvalget",
        (2025, 2, 3),
    ),
    ("Beslutning d. 7. maj 2024 i Byrådet:", "Byrådet", (2024, 5, 7)),
    ("Afgørelse den 12.06.2023 i Ankenævnet", "Ankenævnet", (2023, 6, 12)),
    ("Beslutning den 1. marts 2022 i udvalget:", "udvalget", (2022, 3, 1)),
    ("Beslutning den 3. marts 2025 i forbindelse med budgettet blev udsat.", None, None),
    ("Beslutningen den 3. marts 2025 i Byrådet:", None, None),
]


def test_a_decision_heading_may_give_its_date_before_the_body() -> None:
    for line, body, ymd in _DATE_FIRST:
        expected = (body, dt.date(*ymd)) if ymd else None
        assert decision_heading(line) == expected, line


@pytest.mark.parametrize(
    ("line", "heading", "text"),
    [
        (
            "Beslutning i Miljøudvalget den 4. november 2024: Godkendt.",
            "Beslutning i Miljøudvalget den 4. november 2024",
            "Godkendt.",
        ),
        (
            "Beslutning i Byrådet den 1. december 2023: Anbefales.",
            "Beslutning i Byrådet den 1. december 2023",
            "Anbefales.",
        ),
    ],
)
def test_a_dated_label_with_a_named_month_takes_its_text_after_the_colon(
    line: str, heading: str, text: str
) -> None:
    m = _DATED_INLINE_HEADING.match(line)
    assert m is not None
    assert (m["heading"], m["text"]) == (heading, text)


def test_a_word_that_is_no_month_before_the_colon_is_no_dated_label() -> None:
    assert _DATED_INLINE_HEADING.match("Mødet blev holdt den 3. gang 2025: alle mødte.") is None


def test_support_withheld_in_an_asked_for_reply_is_the_forums_choice() -> None:
    assert withheld_in_reply("ikke anbefale", ["Seniorrådet afgiver høringssvar."])
    assert withheld_in_reply("ikke anbefale", ["at rådet afgiver en udtalelse"])
    # a proposal put (not a reply asked for), or a refusal of another kind: not so
    assert not withheld_in_reply("ikke anbefale", ["at planen godkendes"])
    assert not withheld_in_reply("afslag", ["Seniorrådet afgiver høringssvar."])


def test_refusal_decided_reads_the_withheld_support_as_decided() -> None:
    text = "Rådet kan ikke anbefale forslaget."
    types = refusal_decided(
        ["rejected"], set(), "ikke anbefale", ["Rådet afgiver høringssvar."], text
    )
    assert types == ["decided"]
    kept = refusal_decided(["rejected"], set(), "ikke anbefale", ["at forslaget godkendes"], text)
    assert kept == ["rejected"]


def test_the_reply_sent_on_is_no_referral() -> None:
    decision = (
        "Handicaprådet kan ikke anbefale lukningen.\n"
        "Formanden skriver høringssvaret og sender det til forvaltningen."
    )
    rows = item_decision_rows(
        "x",
        [("indstilling", "Handicaprådet afgiver høringssvar."), ("beslutning", decision)],
        ["Handicaprådet afgiver høringssvar."],
        "Handicaprådet",
    )
    assert rows["summary"][0][1] == "decided"
