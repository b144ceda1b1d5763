"""Twenty-third round, decision-only minutes and action lists (layouts92): the rules small
enough for a unit test. Every text here is invented."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text

_BODY = """Onsdag den 14. maj 2025 kl. 9.00

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Budgetopfølgning
Beslutning: Taget til efterretning.
"""


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        ("# Miljøudvalget – Beslutninger", "Miljøudvalget"),
        ("Ledelsesforum Skole · handlingsreferat", "Ledelsesforum Skole"),
        ("Ledergruppen Kultur – Beslutnings- og handlingsliste", "Ledergruppen Kultur"),
        # a letterhead's two columns run together: the kind capitalised after a space
        ("DIGITALISERINGSUDVALGET Handlingsliste", "DIGITALISERINGSUDVALGET"),
    ],
)
def test_decision_only_kind_after_the_forum(title: str, forum: str) -> None:
    """A title naming the body and a decision-only document's kind ("Beslutninger",
    "handlingsreferat", "Beslutnings- og handlingsliste") gives the body alone."""
    meeting = parse_text(f"{title}\n\n{_BODY}")
    assert (meeting.forum or "").lower() == forum.lower()  # (capitals may be evened)


def test_kind_word_after_a_space_needs_its_capital() -> None:
    """A lower-case kind after a mere space is no title's second column."""
    meeting = parse_text(f"Opfølgning på handlingsliste\n\n{_BODY}")
    assert meeting.forum != "Opfølgning på"


def test_browser_print_header_is_no_start() -> None:
    """A browser's print header atop the page ("<date> <time>  <page title>") says when
    the page was printed: the meeting's start is the one its own line gives."""
    text = (
        "03.02.2025 09:41                 Seniorrådet - Referat - Mariagerfjord Kommune\n\n"
        "Seniorrådet\n\n"
        "Referat fra møde mandag 3. februar 2025 kl. 13:00-15:00\n"
        "Hobro Rådhus, mødelokale 3\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Budget 2026\nDrøftet.\n\n"
        "https://mariagerfjord.dk/politik/seniorraadet/referat-2025-02-03        1/1\n"
    )
    meeting = parse_text(text)
    assert meeting.start_time == "13:00"
    assert meeting.forum == "Seniorrådet"


def test_case_cited_in_an_action_line() -> None:
    """An action line citing the case the matter goes on under gives the item's case."""
    from analysis.layouts.prose_case import action_case

    assert action_case(["Drøftet.", "Handling: KB skriver notat (j.nr. 25/8812) – frist maj"]) == (
        "25/8812"
    )
    assert action_case(["Sagsbehandler: KB (j.nr. 25/8812)"]) is None
    assert action_case(["Handling: ingen"]) is None
